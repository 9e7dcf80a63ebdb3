"""Topic matching through TopicMatcher.match: phrases are found wherever they stand in a text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.directory.taxonomy import default_taxonomy
from bot.directory.topic_matcher import default_matcher
from dialogs.text import normalise

MATCHER = default_matcher()
PHRASES = sorted(
    {
        (normalise(term), topic.id)
        for topic in default_taxonomy().topics
        for terms in topic.terms.values()
        for term in terms
        if " " in normalise(term)
    }
)
INFLECTED_PHRASES = st.builds(  # "panische attacke" + "n": the phrase still begins there
    str.__add__, st.sampled_from([phrase for phrase, _ in PHRASES]), st.text(alphabet="enrs", max_size=2)
)
PHRASE_WORDS = sorted({word for phrase, _ in PHRASES for word in phrase.split()})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(INFLECTED_PHRASES, st.sampled_from(PHRASE_WORDS), st.text(max_size=8)),
        min_size=1,
        max_size=6,
    )
)
def test_every_phrase_that_begins_at_a_word_of_the_text_names_its_topic(parts):
    """Phrases are looked up by their first word; none may be missed, wherever it stands."""
    text = " ".join(parts)
    found = {hit.topic_id for hit in MATCHER.match(text)}
    padded = f" {normalise(text)} "
    missed = [(phrase, topic_id) for phrase, topic_id in PHRASES if f" {phrase}" in padded and topic_id not in found]
    assert not missed
