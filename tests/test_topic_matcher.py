"""Topic matching through TopicMatcher.match: phrases are found wherever they stand in a text."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from bot.directory.arabizi import MAX_READINGS, latin_skeletons
from bot.directory.taxonomy import Category, Taxonomy, Topic, default_taxonomy
from bot.directory.topic_matcher import (
    TopicMatcher,
    default_matcher,
    negation_words,
    phrase_content,
)
from bot.directory.violence import default_violence
from dialogs.text import normalise

MATCHER = default_matcher()
GRIEF = {"trauer", "partnerverlust"}  # a widow with her children grieves before she is a single parent
GRIEF_OF_KIN = {"verwaiste-eltern", "partnerverlust", "trauer"}
PHRASES = sorted(
    {
        (normalise(term), topic.id)
        for topic in default_taxonomy().topics
        for terms in topic.terms.values()
        for term in terms
        if " " in normalise(term) and not term.startswith("~")  # a vague phrase gives way to any other
    }
)
INFLECTED_PHRASES = st.builds(  # "panische attacke" + "n": the phrase still begins there
    str.__add__, st.sampled_from([phrase for phrase, _ in PHRASES]), st.text(alphabet="enrs", max_size=2)
)
CATEGORY = {topic.id: topic.category for topic in default_taxonomy().topics}
PHRASE_WORDS = sorted({word for phrase, _ in PHRASES for word in phrase.split()})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(INFLECTED_PHRASES, st.sampled_from(PHRASE_WORDS), st.text(max_size=8)),
        min_size=1,
        max_size=6,
    )
)
@example(["baby in der 10 woche verloren", "sahte profil para"])
@example(["I", "abused by a coach"])
def test_every_phrase_that_stands_in_the_text_names_its_topic(parts):
    """Phrases are looked up by their first word; none may be missed, wherever it stands, with an
    ending on a last word of four letters or more, unless a longer phrase of another topic of its
    category holds its words ("біль за оком" of migraine in "біль за оком неврит"). A negation denies
    its word (test_a_topic_word_a_negation_denies_names_no_topic): none in these texts. The longer phrase
    may stand with a slip the matcher forgives ("back pain young mane" is Bechterew's "back pain young man"). A
    verb of losing beside a thing tells lost things, not a death (test_money_or_a_job_lost_is_no_death): none in
    these texts (CI drew "baby in der 10 woche verloren sahte profil para", where "verloren" stands near "para"). A
    term of violence told from another side than the text is left out (who hit whom, data/taxonomy/violence.yaml: CI
    drew "I abused by a coach", the writer as the one who does it)."""
    text = " ".join(parts)
    assume(negation_words().isdisjoint(normalise(text).split()))
    assume(not MATCHER.tells_lost_things(text))
    hits = MATCHER.match(text)
    found = {hit.topic_id for hit in hits}
    padded = f" {normalise(text)} "
    standing = [(phrase, topic_id) for phrase, topic_id in PHRASES if stands_in(phrase, padded)]
    matched = [(normalise(hit.matched), hit.topic_id) for hit in hits]
    sides = default_violence().told(normalise(text).split())
    missed = [
        (phrase, topic_id)
        for phrase, topic_id in standing
        if topic_id not in found
        and not inside_longer(phrase, topic_id, standing + matched)
        and not MATCHER.other_side(phrase, sides)
    ]
    assert not missed


def inside_longer(phrase: str, topic_id: str, standing: list[tuple[str, str]]) -> bool:
    category = CATEGORY[topic_id]
    return any(
        phrase_content(phrase) < phrase_content(other) and other_topic != topic_id and CATEGORY[other_topic] == category
        for other, other_topic in standing
    )


def stands_in(phrase: str, padded: str) -> bool:
    if f" {phrase}" not in padded:
        return False
    ending = 3 if len(phrase.rsplit(" ", 1)[-1]) >= 4 else 0
    return re.search(rf" {re.escape(phrase)}\w{{0,{ending}}} ", padded) is not None


def small_matcher(**terms_by_topic: dict[str, list[str]]) -> TopicMatcher:
    """A matcher over a few invented topics, so a rule is tested apart from the shipped data's workarounds."""
    topics = tuple(
        Topic(id=topic_id, category="test", terms={lang: tuple(ts) for lang, ts in terms.items()})
        for topic_id, terms in terms_by_topic.items()
    )
    return TopicMatcher(Taxonomy((Category("test", {"de": "Test"}),), topics))


def topics_of(matcher: TopicMatcher, text: str) -> set[str]:
    return {hit.topic_id for hit in matcher.match(text)}


ARABIC = small_matcher(
    literacy={"ar": ["الأمية"]},
    alcohol={"ar": ["الكحول", "يشرب كحول"]},
    cancer={"ar": ["السرطان"]},
)


@pytest.mark.parametrize(
    ("text", "topic"),
    [("بالكحول", "alcohol"), ("كحول", "alcohol"), ("سرطان", "cancer"), ("بالسرطان", "cancer"), ("سرطانه", "cancer")],
)
def test_arabic_words_are_found_without_their_article_conjunction_or_pronoun(text, topic):
    assert topics_of(ARABIC, text) == {topic}


def test_a_diagnosis_in_its_initials_is_as_specific_as_its_full_name():
    """ "diagnosed BPD" beside a symptom's long description: the diagnosis is what the person has."""
    matcher = small_matcher(
        borderline={"en": ["Borderline personality disorder", "BPD"]}, dependency={"en": ["fear of abandonment"]}
    )
    assert [hit.topic_id for hit in matcher.match("fear of abandonment, diagnosed BPD")] == ["borderline", "dependency"]


@pytest.mark.parametrize("text", ["ولادتي كانت صعبة", "بعد ولادتها الصعبة", "صحتي النفسية تعبانة"])
def test_an_arabic_noun_in_ta_marbuta_is_found_with_a_pronoun_attached(text):
    """ "ولادة" (birth) is written "ولادتي" (my birth), "ولادتها" (her birth): the ة becomes ت."""
    matcher = small_matcher(birth={"ar": ["ولادة صعبة"]}, mind={"ar": ["الصحة النفسية"]})
    assert topics_of(matcher, text) == {"mind" if "صحتي" in text else "birth"}
    assert topics_of(matcher, "بنتي كانت صعبة") == set()  # "بنت" (girl) is no "بنة"


@pytest.mark.parametrize("text", ["امي مريضة", "حول البيت", "يشرب شاي حول البيت"])
def test_a_short_arabic_everyday_word_never_meets_a_longer_term_cut_short(text):
    """ "امي" (my mother) is no "الأمية" (illiteracy) without its ending; "حول" (around) no "كحول"."""
    assert topics_of(ARABIC, text) == set()


def test_arabic_everyday_words_are_not_bent_into_topic_words():
    matcher = small_matcher(
        alcohol={"ar": ["البيرة"]}, smoking={"ar": ["سيجارة"]}, adoption={"ar": ["التبني", "الأهل بالتبني"]}
    )
    assert topics_of(matcher, "بيت كبير") == set()  # big, not beer
    assert topics_of(matcher, "سيارة") == set()  # a car, not a cigarette
    assert topics_of(matcher, "في مصعد بالمبنى؟") == set()  # in the building (an everyday word behind "بال")
    assert topics_of(matcher, "مجموعة للأهل بالتبني") == {"adoption"}


@pytest.mark.parametrize("text", ["ابني ما بيقعد ولا دقيقة والمدرسة عم تشتكي", "رحت مع ابني عالسوق"])
def test_an_arabic_word_of_a_phrase_is_never_met_by_a_particle_of_two_letters(text):
    """ "عمي" (blind) cut by the stemmer is "عم", the Levantine "-ing" particle; "معي" (with me) "مع"."""
    matcher = small_matcher(blind={"ar": ["عمي ابني"]}, company={"ar": ["ابني معي"]})
    assert topics_of(matcher, text) == set()
    assert topics_of(matcher, "ابني عمي") == {"blind"}


VERBS = small_matcher(
    hearing={"ar": ["ما بسمع منيح"]}, voices={"ar": ["بيحكي مع حاله"]}, school={"ar": ["ما يروح عالمدرسه"]}
)


@pytest.mark.parametrize(
    ("text", "topic"),
    [("صرت ما اسمع منيح", "hearing"), ("وما عم بسمع منيح", "hearing"), ("ما بدو يروح المدرسة", "school")],
)
def test_an_arabic_verb_is_one_with_or_without_the_levantine_b_and_on_the_written_onto_a_word(text, topic):
    """ "اسمع" (MSA, Gulf) and "بسمع" (Levantine) are both "I hear"; "عالمدرسه" is "على المدرسه"."""
    assert topics_of(VERBS, text) == {topic}


@pytest.mark.parametrize("text", ["بدي احكي مع حدا لحالي", "بدنا نحكي مع حالنا"])
def test_an_arabic_verb_of_another_person_is_another_verb(text):
    """ "احكي" (I talk) is no "بيحكي" (he talks): a phrase about oneself is not one about someone else."""
    assert topics_of(VERBS, text) == set()


COMPOUNDS = small_matcher(
    tourette={"de": ["Tics"], "en": ["tics"]},
    diabetes={"ar": ["سكري"]},
    coma={"ru": ["кома"]},
    lichen={"de": ["Lichen"]},
    cancer={"de": ["Krebs"], "tr": ["kanser"]},
    addiction={"de": ["Sucht"]},
    anxiety={"ar": ["khof"]},
    als={"de": ["ALS"], "en": ["ALS"]},
)


@pytest.mark.parametrize(
    "text", ["Narcotics Anonymous", "ابني عسكري", "у мамы глаукома", "im Jugendwerkhof", "bin als Kind umgezogen"]
)
def test_a_term_is_no_end_of_an_unrelated_word(text):
    assert topics_of(COMPOUNDS, text) == set()


@pytest.mark.parametrize(
    ("text", "topic"),
    [("Brustkrebs", "cancer"), ("Darmkrebs", "cancer"), ("Spielsucht", "addiction"), ("Arbeitssucht", "addiction")],
)
def test_a_german_compound_names_the_topic_of_its_last_word(text, topic):
    assert topics_of(COMPOUNDS, text) == {topic}


def test_a_term_that_is_a_function_word_is_the_topic_only_alone():
    assert topics_of(COMPOUNDS, "ALS") == {"als"}
    assert topics_of(COMPOUNDS, "ich war als Kind krank") == set()


def test_a_whole_word_term_matches_the_word_and_its_endings_not_its_stem():
    matcher = small_matcher(alcohol={"de": ["=Trinker"]}, diabetes={"ar": ["=سكري"]})
    assert topics_of(matcher, "er will nur trinken") == set()
    assert topics_of(matcher, "Treffen für Trinker") == {"alcohol"}
    assert topics_of(matcher, "Angehörige von Trinkern") == {"alcohol"}
    assert topics_of(matcher, "عنده السكري") == {"diabetes"}
    assert topics_of(matcher, "ابني عسكري") == set()


def test_a_phrase_ends_where_a_word_ends():
    """ " п є" is no " п ємо", "ام اس" (MS) no "ام اسماعيل" (a woman's name); a long last word may
    take an ending ("panische Attacken")."""
    matcher = small_matcher(alcohol={"uk": ["чоловік п'є"]}, ms={"ar": ["ام اس"]}, panic={"de": ["panische Attacke"]})
    assert topics_of(matcher, "ми з чоловіком п'ємо чай") == set()
    assert topics_of(matcher, "чоловік п'є щодня") == {"alcohol"}
    assert topics_of(matcher, "جارتي ام اسماعيل") == set()
    assert topics_of(matcher, "عندي ام اس") == {"ms"}
    assert topics_of(matcher, "ich habe panische Attacken") == {"panic"}


def test_a_negated_phrase_needs_its_negation():
    matcher = small_matcher(school_refusal={"ru": ["не хочет ходить в школу"], "ar": ["ما بدو يروح عالمدرسة"]})
    assert topics_of(matcher, "сын хочет ходить в школу") == set()
    assert topics_of(matcher, "сын не хочет ходить в школу") == {"school_refusal"}
    assert topics_of(matcher, "ابني بدو يروح عالمدرسة") == set()
    assert topics_of(matcher, "ابني ما بدو يروح عالمدرسة") == {"school_refusal"}


def test_a_word_with_a_vowel_before_ue_keeps_its_inflection():
    """ "kauen" is no "kaun" with its "ue" folded as an umlaut: the stemmer knows "kaut" as its form."""
    matcher = small_matcher(nails={"de": ["Nägel kauen"]}, grief={"de": ["Trauer"]})
    assert topics_of(matcher, "er kaut immer Nägel") == {"nails"}
    assert topics_of(matcher, "wir trauern um Oma") == {"grief"}


def test_a_short_word_of_a_phrase_is_no_start_of_a_longer_word():
    """ "total" is no form of "tot", "trinkt" none of "trying" (whose stem is "tri")."""
    matcher = small_matcher(grief={"de": ["Mutter tot"]}, wish={"en": ["trying for a baby"]})
    assert topics_of(matcher, "meine Mutter ist total erschöpft") == set()
    assert topics_of(matcher, "das Baby trinkt nicht") == set()
    assert topics_of(matcher, "meine Mutter ist tot") == {"grief"}
    assert topics_of(matcher, "we are trying for a baby") == {"wish"}


def test_a_reflexive_pronoun_of_a_phrase_is_met_by_any_reflexive_pronoun():
    """ "sich ritzen" is "ich ritze mich" too; another pronoun is met only by itself ("мене" is no
    "мені", and "ненавижу себя" no "ненавижу его")."""
    matcher = small_matcher(
        self_harm={"de": ["sich ritzen"]}, hate={"ru": ["ненавижу себя"]}, violence={"uk": ["чоловік мене б'є"]}
    )
    assert topics_of(matcher, "ich ritze mich") == {"self_harm"}
    assert topics_of(matcher, "sie ritzt sich seit Wochen") == {"self_harm"}
    assert topics_of(matcher, "ненавижу себя") == {"hate"}
    assert topics_of(matcher, "ненавижу его") == set()
    assert topics_of(matcher, "чоловік загинув, мені важко") == set()
    assert topics_of(matcher, "чоловік мене б'є") == {"violence"}


def test_a_number_of_a_phrase_is_met_only_by_itself():
    matcher = small_matcher(miscarriage={"de": ["Baby in der 10. Woche verloren"]}, weight={"de": ["wiege 100 Kilo"]})
    assert topics_of(matcher, "wir haben das Baby in der 30. Woche verloren") == set()
    assert topics_of(matcher, "wir haben unser Baby in der 10. Woche verloren") == {"miscarriage"}
    assert topics_of(matcher, "ich wiege 1000 Gramm weniger als letztes Jahr, Kilo egal") == set()
    assert topics_of(matcher, "ich wiege über 100 Kilo") == {"weight"}


def test_a_phrase_is_found_with_its_words_close_together_and_in_english_in_its_order():
    matcher = small_matcher(loss={"en": ["lost my husband"]}, tinnitus={"de": ["Pfeifen im Ohr"]})
    assert topics_of(matcher, "I lost my husband last year") == {"loss"}
    assert topics_of(matcher, "my husband lost all our money") == set()
    assert topics_of(matcher, "es pfeift ständig in meinem Ohr") == {"tinnitus"}
    assert topics_of(matcher, "ich pfeife beim Radfahren immer ein Lied, seit gestern tut mir das Ohr weh") == set()


def test_a_word_of_a_phrase_found_names_no_unrelated_topic():
    """ "aids" in "hearing aids" is no HIV; a word of a phrase of a related topic still counts
    ("trinkt" in "mein Mann trinkt", which is about relatives of addicts: alcohol too)."""
    topics = (
        Topic(id="hiv", category="body", terms={"de": ("Aids",)}),
        Topic(id="hearing", category="senses", terms={"en": ("hearing aids",)}),
        Topic(id="alcohol", category="addiction", terms={"de": ("trinkt",)}, relatives="relatives"),
        Topic(id="relatives", category="family", terms={"de": ("mein Mann trinkt",)}),
    )
    categories = tuple(Category(c, {"de": c}) for c in ("body", "senses", "addiction", "family"))
    matcher = TopicMatcher(Taxonomy(categories, topics))
    assert topics_of(matcher, "my father needs hearing aids") == {"hearing"}
    assert topics_of(matcher, "er hat Aids") == {"hiv"}
    assert topics_of(matcher, "mein Mann trinkt") == {"relatives", "alcohol"}


def test_an_everyday_word_is_no_form_of_a_rare_term_of_its_stem():
    """ "blutet" and "Bluter" (a person with haemophilia) are both "blut" to the German stemmer."""
    matcher = small_matcher(haemophilia={"de": ["Bluter"]}, alcohol={"en": ["drinking"]})
    assert topics_of(matcher, "das Zahnfleisch blutet ständig") == set()
    assert topics_of(matcher, "unser Sohn ist Bluter") == {"haemophilia"}
    assert topics_of(matcher, "he drinks") == {"alcohol"}  # two everyday words of one stem are one word


def test_colloquial_ich_such_is_no_addiction():
    """ "ich such eine Gruppe für Depression": "such" (suche) is one letter from "Sucht" and had added
    the addiction groups beside depression, or instead of it (console tester, round 19)."""
    matcher = default_matcher()
    assert {hit.topic_id for hit in matcher.match("ich such eine gruppe für depression")} == {"depression"}
    assert "sucht" in {hit.topic_id for hit in matcher.match("ich such was wegen meiner sucht")}


def test_of_equal_scores_the_longer_term_comes_first():
    matcher = small_matcher(a_short={"de": ["Knie schmerzen"]}, z_long={"de": ["Schmerzen im Knie"]})
    hits = matcher.match("Knie Schmerz")
    assert hits[0].score == hits[1].score and [h.topic_id for h in hits] == ["z_long", "a_short"]


def test_a_negation_of_a_phrase_is_met_by_any_negation_of_its_language():
    matcher = small_matcher(adhd={"de": ["kann nicht ruhig sitzen"]}, school={"ru": ["не хочет ходить в школу"]})
    assert topics_of(matcher, "er kann keine Minute ruhig sitzen") == {"adhd"}
    assert topics_of(matcher, "er kann ruhig sitzen") == set()
    assert topics_of(matcher, "сын никогда не хочет ходить в школу") == {"school"}
    assert topics_of(matcher, "сын nicht хочет ходить в школу") == set()


def test_a_four_letter_word_of_a_phrase_is_no_other_word_of_its_first_three_letters():
    """The German stemmer cuts "care" to "car": "cart" cut to "car" is another word, while "sehe"
    is still met by "seh" and "sehen"."""
    matcher = small_matcher(
        care_leavers={"de": ["Care Leaver"], "en": ["care leaver"]}, sight={"de": ["schlecht sehe"]}
    )
    assert topics_of(matcher, "I have to leave my cart and run out") == set()
    assert topics_of(matcher, "a group for care leavers") == {"care_leavers"}
    assert topics_of(matcher, "ich seh immer schlechter") == {"sight"}
    assert topics_of(matcher, "wir sehen schlecht") == {"sight"}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("ich reiße mir die Haare aus, kahle Stellen", "trichotillomanie"),
        ("I pull out my eyebrows", "trichotillomanie"),
        ("kaue meine Nägel bis aufs Blut", "onychophagie"),
        ("грызу ногти", "onychophagie"),
        ("knibbel an der Haut bis es blutet", "dermatillomanie"),
        ("Skin Picking", "dermatillomanie"),
    ],
)
def test_hair_pulling_skin_picking_and_nail_biting_are_topics_of_their_own(text, topic):
    """Directories hold a group for each ("Trichotillomanie", "Skin Picking", "Onychophagie")."""
    assert MATCHER.match(text)[0].topic_id == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("7azin tool al wa2t", "depression"),  # حزين طول الوقت, a Levantine 2 for ق
        ("ana mithli w ahli ma bya3rfo", "lgbtiq"),  # th is ث
        ("ba3d el 7arb 3andi kawabees kol lela", "trauma"),  # a word without digits in an Arabizi message
        ("ibni byet2ta2 bel kalam", "stottern"),  # a hamza keeps the two t of تأتأ apart
        ("Khalti ma btermi ay shi, el bet malyan zbale", "messie"),  # no digit: "khalti", "shi", "malyan" say it
    ],
)
def test_arabizi_is_read_by_the_consonants_of_arabic_topic_words(text, topic):
    assert topic in {hit.topic_id for hit in default_matcher().match(text)}


@pytest.mark.parametrize(
    "text",
    [
        "kawabees",  # no digit, nothing else Arabizi: Latin letters are not read as Arabic
        "ba3d ma 2ata3t el ba7r",  # "2ata3t" (I crossed) is no "تعاطي" (drug use): other vowels
    ],
)
def test_latin_words_are_read_as_arabic_only_in_arabizi_and_with_alike_vowels(text):
    assert default_matcher().match(text) == []


@given(st.text(alphabet="abdefghijklmnoqrstuvwxyz235789", max_size=12))
def test_an_arabizi_word_has_a_few_skeletons_of_consonant_classes(word):
    skeletons = latin_skeletons(word)
    assert 1 <= len(skeletons) <= MAX_READINGS
    assert all(set(s) <= set("3HSbdfghjklmnqrstxz") for s in skeletons)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("мы переехали год назад, я никого тут не знаю, язык тяжело даётся", "migration"),
        ("seit dem Umzug vor einem Jahr ist hier alles fremd, kenne keinen", "migration"),
    ],
)
def test_a_description_in_which_no_term_stands_is_guessed_from_its_words(text, topic):
    matcher = default_matcher()
    assert matcher.match(text) == []
    assert topic in [hit.topic_id for hit in matcher.guess(text)]


@pytest.mark.parametrize(
    "text",
    [
        "wie funktioniert das hier eigentlich, muss ich meinen Namen sagen",
        "the meeting room is on which floor",
        "kann ich meine Freundin mitbringen",
        "ich lach mich tot über die Öffnungszeiten",
    ],
)
def test_everyday_sentences_are_no_guess(text):
    assert default_matcher().guess(text) == []


def test_one_word_shared_with_a_topics_terms_is_no_guess():
    """ "fremd" alone is a word of migration's terms, yet one word is chance."""
    matcher = default_matcher()
    assert matcher.guess("alles fremd") == []


def test_a_word_that_is_a_term_itself_is_no_other_term_with_an_ending():
    """ "hashish" is a drug, not "hashi" (Hashimoto) with an ending."""
    matcher = small_matcher(drugs={"en": ["hashish"]}, thyroid={"en": ["hashi"]})
    assert topics_of(matcher, "ebni bydakhan hashish") == {"drugs"}
    assert topics_of(matcher, "hashis") == {"thyroid"}


def test_an_arabic_preposition_with_a_pronoun_is_met_only_by_itself():
    """ "مدمنه عليه" (addicted to him) is not in "مدمن على القمار" (addicted to gambling)."""
    matcher = small_matcher(attachment={"ar": ["مدمنه عليه"]}, gambling={"ar": ["القمار"]})
    assert topics_of(matcher, "انا مدمن على القمار") == {"gambling"}
    assert topics_of(matcher, "انا مدمنه عليه") == {"attachment"}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("ebni 3ando tawahhud", "autismus"),  # توحد: short vowels written, the long one too
        ("bent 3amti 3andha sukkari", "diabetes"),
    ],
)
def test_an_arabizi_word_that_writes_every_long_vowel_is_read_as_the_arabic_word(text, topic):
    assert topic in topics_of(default_matcher(), text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("my brother drinks", "alkohol"),
        ("my sister drinks every night", "alkohol"),
        ("oğlum kumar oynuyor", "gluecksspiel"),
        ("ablam bahis oynuyor", "gluecksspiel"),
        ("اخوي بيقامر", "gluecksspiel"),
        ("اختي بتشرب", "alkohol"),
        ("брат употребляет", "drogen"),
        ("сестра пьёт", "alkohol"),
        ("донька вживає", "drogen"),
        ("meine Schwester kifft", "drogen"),
    ],
)
def test_what_a_relative_says_someone_does_names_that_addiction(text, topic):
    """The relatives' topic is asked with it (its relatives' topic): the specific groups are not lost."""
    assert MATCHER.match(text)[0].topic_id == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("hiçbir şeye hevesim yok, bütün gün yatakta", "depression"),
        ("ellerimi defalarca yıkıyorum", "zwang"),
        ("depremden beri uyuyamıyorum", "trauma"),
        ("babam çok içerdi, şimdi yetişkinim", "angehoerige-sucht"),
        ("мама дементная", "demenz"),
        ("тато з деменцією", "demenz"),
        ("слова застревают, когда говорю", "stottern"),
        ("сын кусает ногти", "onychophagie"),
        ("отец везде видит заговор", "verschwoerung"),
        ("мы оформили опеку над мальчиком", "pflegefamilie"),
        ("рідна мати пила під час вагітності", "fasd"),
        ("він виманив гроші і зник", "liebesbetrug"),
        ("донька перестала спілкуватися", "kontaktabbruch"),
        ("батько пив, я виросла з цим", "angehoerige-sucht"),
    ],
)
def test_the_long_tail_is_found_in_the_words_people_describe_it_with(text, topic):
    assert MATCHER.match(text)[0].topic_id == topic


def test_a_vague_term_names_its_topic_only_in_a_message_that_names_no_other():
    """Distress itself ("I'm exhausted") gives way to what the message is about."""
    matcher = small_matcher(burnout={"en": ["~exhausted", "burnout"]}, carers={"en": ["caring for my mother"]})
    assert topics_of(matcher, "caring for my mother, I'm exhausted") == {"carers"}
    assert topics_of(matcher, "I'm exhausted") == {"burnout"}
    assert topics_of(matcher, "burnout from caring for my mother") == {"burnout", "carers"}


@pytest.mark.parametrize(
    ("text", "topic", "vague"),
    [
        ("lost my husband last year, grief still overwhelming", "partnerverlust", "burnout"),
        ("oğlum kumar oynuyor, ne yapacağımı bilmiyorum", "gluecksspiel", "lebenskrise"),
        ("два года назад умер сын, до сих пор каждый день плачу", "verwaiste-eltern", "depression"),
        ("у мамы деменция, нервы сдают", "demenz", "psychische-erkrankung"),
        ("ابني مدمن حشيش، ضغط نفسي كتير", "drogen", "psychische-erkrankung"),
        ("meine Tochter hungert sich runter, ich bin völlig erschöpft", "essstoerung", "burnout"),
        ("seit der Chemo kann ich nachts nicht schlafen", "krebs", "schlaf"),
    ],
)
def test_vague_words_do_not_outrank_the_topic_named_beside_them(text, topic, vague):
    found = topics_of(MATCHER, text)
    assert topic in found and vague not in found


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("нерви зовсім здали", "psychische-erkrankung"),
        ("нервы сдали", "psychische-erkrankung"),
        ("I'm exhausted", "burnout"),
    ],
)
def test_vague_words_alone_name_the_general_topic(text, topic):
    assert topic in topics_of(MATCHER, text)


def test_a_turkish_noun_of_a_phrase_is_met_only_in_its_case():
    """ "oğlumuzu kaybettik" (we lost our son: the son is the object) is not in "oğlum parasını
    kaybetti" (my son lost his money: the son is the subject), typed with or without Turkish letters."""
    matcher = small_matcher(bereaved={"tr": ["oğlumuzu kaybettik"]}, carers={"tr": ["anneme bakıyorum"]})
    assert topics_of(matcher, "oğlum parasını kaybetti") == set()
    assert topics_of(matcher, "oglumu gecen yil kaybettim") == {"bereaved"}
    assert topics_of(matcher, "annem bakıyor") == set()
    assert topics_of(matcher, "anneye her gün ben bakıyorum") == {"carers"}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("kaynanam yatalak, ona ben bakiyorum", "pflegende-angehoerige"),
        ("kocamın psikolojik sorunları var", "angehoerige-psyche"),
        ("bosandik, eski esim cocuklarimi gostermiyor", "sorgerecht"),
        ("Almanya'ya yeni geldim, burada kimseyi tanimiyorum", "migration"),
        ("oglum gece gunduz bilgisayar oyunu oynuyor", "medien"),
        ("adet olduğumda çok ağrı çekiyorum", "endometriose"),
        ("gayim ama ailem bilmiyor", "lgbtiq"),
        ("oğlum bütün parasını kumarda kaybetti", "gluecksspiel"),
    ],
)
def test_turkish_everyday_sentences_name_their_topic(text, topic):
    """Possessive and case endings, typed without Turkish letters; what a verb's object says."""
    assert MATCHER.match(text)[0].topic_id == topic
    assert "verwaiste-eltern" not in topics_of(MATCHER, text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("mein Sohn kann nicht rechnen", "dyskalkulie"),
        ("my daughter still counts on fingers, numbers make no sense", "dyskalkulie"),
        ("ابني ما بيعرف يحسب", "dyskalkulie"),
        ("we lost our baby at 22 weeks", "totgeburt"),
        ("потеряла ребёнка на 24 неделе", "totgeburt"),
        ("20. haftada bebeğimi kaybettim", "totgeburt"),
        ("seit das Baby da ist weine ich nur", "postpartale-depression"),
        ("с тех пор как родился малыш плачу", "postpartale-depression"),
        ("we are polyamorous", "polyamorie"),
        ("я асексуалка", "asexualitaet"),
        ("раздражает шум и свет", "hochsensibilitaet"),
        ("Schmerzen überall und die Ärzte finden nichts", "psychosomatik"),
        ("ich möchte meinem Mann eine Niere spenden", "niere"),
        ("ревматизм, болят суставы", "rheuma"),
        ("переехали из Казахстана, не чувствую себя своей", "migration"),
        ("كنت معتقل بسوريا وعذبوني", "kriegstrauma"),
        ("чоловік повернувся з полону", "kriegstrauma"),
    ],
)
def test_more_of_the_long_tail_is_found_in_the_words_people_describe_it_with(text, topic):
    assert MATCHER.match(text)[0].topic_id == topic


def test_of_two_topics_found_alike_the_one_more_terms_name_comes_first():
    """ "ревматизм, суглоби болять": aching joints are both, rheumatism is named besides."""
    matcher = small_matcher(rheumatism={"uk": ["ревматизм", "суглоби болять"]}, arthrosis={"uk": ["болять суглоби"]})
    assert [hit.topic_id for hit in matcher.match("ревматизм, суглоби болять")] == ["rheumatism", "arthrosis"]


def test_a_colloquial_turkish_present_is_read_as_its_written_form():
    """Chat Turkish drops the "r" of the present tense: "titriyo" is "titriyor", "kalkamıyom"
    "kalkamıyorum"; typed without Turkish letters too."""
    matcher = small_matcher(tremor={"tr": ["ellerim titriyor"]}, tired={"tr": ["sabah kalkamıyorum"]})
    assert topics_of(matcher, "ellerim titriyo") == {"tremor"}
    assert topics_of(matcher, "sabah kalkamiyom") == {"tired"}
    assert topics_of(matcher, "ellerim titriyoz") == {"tremor"}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # can't get out of bed: depression (ME/CFS only with exhaustion after exertion)
        ("hiç bir şey yapmak istemiyorum, sabahları yataktan kalkamıyom", "depression"),
        ("ich liege nur noch im Bett und komme morgens nicht aus dem Bett", "depression"),
        ("I can't drag myself out of bed anymore", "depression"),
        ("الصبح ما بقدر قوم من التخت", "depression"),
        ("уже месяц не встаю с кровати", "depression"),
        ("тиждень не встаю з ліжка", "depression"),
        # hash and pills every day: drugs
        ("esrar ve hap bırakamıyom, her gün içiyorum", "drogen"),
        ("ich kiffe jeden Tag und nehme Pillen", "drogen"),
        ("weed and pills every day, can't stop", "drogen"),
        ("حشيش وحبوب كل يوم وما بقدر وقف", "drogen"),
        ("каждый день курю траву и пью таблетки", "drogen"),
        ("щодня курю траву, не можу кинути", "drogen"),
        # raiding the fridge at night: binge eating
        ("geceleri buzdolabına saldırıyom, duramıyorum", "essstoerung"),
        ("ich plündere nachts den Kühlschrank und hasse mich", "essstoerung"),
        ("I raid the fridge at night and can't stop", "essstoerung"),
        ("بالليل بهجم عالبراد وما بوقف", "essstoerung"),
        ("ночью опустошаю холодильник и ненавижу себя", "essstoerung"),
        ("вночі спустошую холодильник і не можу зупинитися", "essstoerung"),
        # my ex always belittled me: narcissistic abuse
        ("eski sevgilim beni hep küçümsedi", "narzissmus"),
        ("mein Ex hat mich immer kleingemacht", "narzissmus"),
        ("my ex always belittled me in front of others", "narzissmus"),
        ("طليقي كان دايما يحقرني", "narzissmus"),
        ("бывший постоянно унижал меня", "narzissmus"),
        ("колишній постійно принижував мене", "narzissmus"),
        # my husband beat me for years and I left: domestic violence
        ("eşim yıllarca beni dövdü, ayrıldım", "gewalt"),
        ("mein Mann hat mich jahrelang geschlagen, jetzt bin ich weg", "gewalt"),
        ("my husband beat me for years, I left him", "gewalt"),
        ("جوزي كان يضربني سنين وتركته", "gewalt"),
        ("муж годами бил меня, я ушла", "gewalt"),
        ("чоловік роками бив мене, я пішла", "gewalt"),
    ],
)
def test_symptom_descriptions_typed_as_people_chat_name_their_topic(text, topic):
    assert MATCHER.match(text)[0].topic_id == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("mein Vater kann nichts wegwerfen, die Wohnung ist bis unter die Decke vollgestellt", "messie"),
        ("I can't throw anything away, the flat is full to the ceiling", "messie"),
        ("babam hiçbir şeyi atamıyor, ev tavana kadar dolu", "messie"),
        ("ابوي ما بيرمي ولا شي، البيت مليان لفوق", "messie"),
        ("отец не может ничего выбросить, квартира завалена до потолка", "messie"),
        ("батько не може нічого викинути, квартира завалена до стелі", "messie"),
        ("seit der Coronaimpfung Kribbeln in Armen und Beinen", "post-vac"),
        ("tingling since the covid jab, always tired", "post-vac"),
        ("korona aşısından beri halsizlik ve karıncalanma", "post-vac"),
        ("من بعد لقاح كورونا ضعف وتنميل", "post-vac"),
        ("после прививки от ковида слабость и покалывание", "post-vac"),
        ("після щеплення від ковіду слабкість і поколювання", "post-vac"),
        ("nach Milch bläh ich auf und renn aufs Klo", "laktose"),
        ("after milk I bloat and run to the toilet", "laktose"),
        ("sütten sonra şişiyorum, tuvalete koşuyorum", "laktose"),
        ("بعد الحليب بنفخ وبركض عالحمام", "laktose"),
        ("после молока вздутие и бегу в туалет", "laktose"),
        ("після молока здуття і біжу в туалет", "laktose"),
        ("my legs are huge and painful, dieting doesn't change them", "lipoedem"),
        ("meine Beine sind dick und schmerzhaft, trotz Diät", "lipoedem"),
        ("bacaklarım çok kalın ve ağrıyor, hemen morarıyo", "lipoedem"),
        ("رجليا ضخام وبيوجعوني والرجيم ما بيفيد", "lipoedem"),
        ("ноги толстые и болят, диета не помогает", "lipoedem"),
        ("ноги товсті і болять, дієта не допомагає", "lipoedem"),
        ("my emotions go from 0 to 100, every relationship ends in chaos", "borderline"),
        ("meine Gefühle gehen von 0 auf 100, jede Beziehung endet im Chaos", "borderline"),
        ("her ilişkim kaosla bitiyor", "borderline"),
        ("مشاعري من صفر لمية بثانية", "borderline"),
        ("эмоции от 0 до 100, все отношения заканчиваются хаосом", "borderline"),
        ("емоції від 0 до 100, всі стосунки закінчуються хаосом", "borderline"),
        ("ich reiße mir die Haare aus wenn ich Stress habe", "trichotillomanie"),
        ("I pull my hair out when stressed", "trichotillomanie"),
        ("stresliyken saçımı yoluyorum", "trichotillomanie"),
        ("ba2la3 sha3ri lama kun mdaye2a", "trichotillomanie"),
        ("вырываю волосы когда нервничаю", "trichotillomanie"),
        ("виривую волосся коли нервую", "trichotillomanie"),
        ("Bauch und Kopf tun weh, die Ärzte sagen es sind die Nerven", "psychosomatik"),
        ("stomach and head hurt, the doctors say it's all nerves", "psychosomatik"),
        ("midem ve başım ağrıyor, doktorlar sinirden diyor", "psychosomatik"),
        ("معدتي وراسي بيوجعوني والدكاترة بيقولوا كله من الأعصاب", "psychosomatik"),
        ("болит живот и голова, врачи говорят это нервы", "psychosomatik"),
        ("болить живіт і голова, лікарі кажуть це нерви", "psychosomatik"),
        ("ابني قاعد على الموبايل والألعاب ليل نهار وبطّل يروح عالمدرسة", "medien"),
        ("mein Sohn zockt Tag und Nacht und geht nicht mehr zur Schule", "medien"),
        ("my son is gaming day and night and skips school", "medien"),
        ("oğlum gece gündüz telefonda, okula gitmiyor", "medien"),
        ("сижу в телефоне целыми днями, не могу отложить телефон", "medien"),
        ("сиджу в телефоні по 10 годин на день, не можу відкласти", "medien"),
        ("дочь три года не берёт трубку, внуков ни разу не видела", "kontaktabbruch"),
        ("unsere Tochter geht nicht mehr ans Telefon, die Enkel sehe ich nicht", "kontaktabbruch"),
        ("my daughter won't pick up the phone for years", "kontaktabbruch"),
        ("kızım telefonlarımı açmıyor, torunlarımı göremiyorum", "kontaktabbruch"),
        ("بنتي ما بترد على تلفوناتي من سنين", "kontaktabbruch"),
        ("meine Schwester hat versucht sich umzubringen", "suizidalitaet"),  # someone else's attempt: the relatives
        ("my sister tried to kill herself", "suizidalitaet"),
        ("kız kardeşim intihar etmeye çalıştı", "suizidalitaet"),
        ("أختي حاولت تنتحر وكلنا مصدومين", "suizidalitaet"),
        ("сестра пыталась покончить с собой", "suizidalitaet"),
        ("сестра намагалася покінчити з собою", "suizidalitaet"),
        ("أنا أرعى زوجي المعاق في البيت", "pflegende-angehoerige"),
        ("ما عندي رغبة بأي شي من شهور", "depression"),
        ("донька не бере трубку вже три роки", "kontaktabbruch"),
        ("колишній не дає мені бачитися з дітьми, Jugendamt нічого не робить", "sorgerecht"),
        ("бывший не даёт видеться с детьми", "sorgerecht"),
        ("mein Ex lässt mich die Kinder nicht sehen, das Jugendamt tut nichts", "sorgerecht"),
        ("my ex won't let me see the kids", "sorgerecht"),
        ("eski eşim çocuklarımı görmeme izin vermiyor", "sorgerecht"),
        ("طليقي ما بيخليني شوف ولادي", "sorgerecht"),
        ("мені подобаються і хлопці, і дівчата", "lgbtiq"),
        ("мне нравятся и парни и девушки", "lgbtiq"),
        ("ich mag Jungs und Mädchen", "lgbtiq"),
        ("I like boys and girls, nobody knows", "lgbtiq"),
        ("hem kızlardan hem erkeklerden hoşlanıyorum", "lgbtiq"),
        ("بحب الشباب والبنات وما حدا بيعرف", "lgbtiq"),
        ("мне вообще не интересен секс, со мной что-то не так?", "asexualitaet"),
        ("Sex interessiert mich überhaupt nicht", "asexualitaet"),
        ("sex doesn't interest me at all", "asexualitaet"),
        ("seks beni hiç ilgilendirmiyor", "asexualitaet"),
        ("الجنس ما بيهمني ابدا", "asexualitaet"),
        ("секс мене взагалі не цікавить", "asexualitaet"),
        ("بدي مجموعة نسوان عربيات مسلمات نحكي مع بعض", "migration"),
        ("gibt es eine Gruppe für arabische Frauen?", "migration"),
        ("a group of arab muslim women to talk", "migration"),
        ("Arap kadınlarla konuşmak istiyorum", "migration"),
        ("есть группа для арабские женщины?", "migration"),
        ("чи є група арабські жінки", "migration"),
        ("fled from sudan, still have nightmares every night", "kriegstrauma"),
        ("vor dem Krieg geflohen, Albträume jede Nacht", "kriegstrauma"),
        ("savaştan kaçtım, her gece kabus görüyorum", "kriegstrauma"),
        ("هربت من الحرب وعندي كوابيس كل ليلة", "kriegstrauma"),
        ("бежала от войны, кошмары каждую ночь", "kriegstrauma"),
        ("втекла від війни, кошмари щоночі", "kriegstrauma"),
        ("our kid is super hyper and the school keeps calling us", "adhs"),
        ("unser Sohn kann keine Minute still sitzen, die Schule ruft an", "adhs"),
        ("oğlum yerinde duramıyor, okuldan arıyorlar", "adhs"),
        ("ابني ما بيقعد دقيقة والمدرسة بتتصل كل يوم", "adhs"),
        ("сын не может усидеть на месте, из школы звонят", "adhs"),
        ("син не може всидіти на місці, зі школи дзвонять", "adhs"),
    ],
)
def test_the_long_tail_said_as_what_happens_names_its_topic(text, topic):
    assert MATCHER.match(text)[0].topic_id == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "meine Schwester ist mal total aufgedreht und kauft wie verrückt ein, dann liegt sie wochenlang im Bett",
            "bipolar",
        ),
        ("some weeks I barely sleep and spend all my money, then I'm stuck in bed for weeks", "bipolar"),
        ("bazen haftalarca uyumuyorum butun paramı harciyorum, sonra haftalarca yataktan cikamiyorum", "bipolar"),
        ("مرات بكون طاير وما بنام وبصرف كل مصرياتي، وبعدين بضل بالتخت أسابيع", "bipolar"),
        ("то неделями летаю и трачу все деньги, то лежу пластом", "bipolar"),
        ("то тижнями не сплю і витрачаю всі гроші, то лежу пластом", "bipolar"),
        ("ich zupf mir dauernd die Wimpern und Augenbrauen aus", "trichotillomanie"),
        ("i keep pulling out my eyelashes and eyebrows when im nervous", "trichotillomanie"),
        ("stresliyken kirpiklerimi ve kaslarimi koparıyorum", "trichotillomanie"),
        ("بقلع رموشي وحواجبي لما اتوتر", "trichotillomanie"),
        ("когда нервничаю, вырываю себе ресницы и брови", "trichotillomanie"),
        ("коли нервую, виривую собі вії та брови", "trichotillomanie"),
        ("hab einem Mann aus dem Internet Geld geschickt, jetzt meldet er sich nicht mehr", "liebesbetrug"),
        ("sent money to a man I met online and now he has disappeared", "liebesbetrug"),
        ("internetten tanistigim adama para gonderdim, simdi ortadan kayboldu", "liebesbetrug"),
        ("بعتت مصاري لواحد تعرفت عليه عالنت وهلق اختفى", "liebesbetrug"),
        ("перевела деньги знакомому из интернета, а он пропал", "liebesbetrug"),
        ("переказала гроші знайомому з інтернету, а він зник", "liebesbetrug"),
        ("ich fress mich voll und kotz dann heimlich, schon seit Jahren", "essstoerung"),
        ("I binge and then make myself throw up, nobody knows", "essstoerung"),
        ("yiyip yiyip sonra kusuyorum, yillardir sakliyorum", "essstoerung"),
        ("باكل كتير وبعدين بستفرغ، من سنين مخبية هالشي", "essstoerung"),
        ("объедаюсь, а потом вызываю рвоту, скрываю это годами", "essstoerung"),
        ("об'їдаюся, а потім викликаю блювоту, роками це приховую", "essstoerung"),
        ("mein Ex hat mich jahrelang manipuliert und mir eingeredet, ich sei verrückt", "narzissmus"),
        ("my ex manipulated me and made me believe I was going crazy", "narzissmus"),
        ("eski sevgilim beni yillarca manipule etti, deli oldugumu dusundurdu", "narzissmus"),
        ("طليقي كان يتلاعب فيني ويخليني احس اني مجنونة", "narzissmus"),
        ("бывший годами манипулировал мной и убедил, что я сумасшедшая", "narzissmus"),
        ("колишній роками маніпулював мною і переконував, що я божевільна", "narzissmus"),
        ("vor drei Jahren wurde ich vergewaltigt, ich kann keine Berührung ertragen", "sexueller-missbrauch"),
        ("i was sexually assaulted years ago and still can't stand being touched", "sexueller-missbrauch"),
        ("yillar once tecavuze ugradim, hala kimse bana dokunamiyor", "sexueller-missbrauch"),
        ("من سنين تعرضت لاعتداء جنسي ولسا ما بتحمل حدا يلمسني", "sexueller-missbrauch"),
        ("несколько лет назад меня изнасиловали, до сих пор не выношу прикосновений", "sexueller-missbrauch"),
        ("кілька років тому мене зґвалтували, досі не можу терпіти дотиків", "sexueller-missbrauch"),
        ("ich hab panische Angst, dass mich Leute anschauen, deshalb schwänze ich die Vorlesungen", "sozialphobie"),
        ("terrified of people staring at me so i skip class to avoid talking", "sozialphobie"),
        ("insanlar bana bakinca korkuyorum, konusmamak icin derslere gitmiyorum", "sozialphobie"),
        ("بخاف الناس يطلعو فيي، عشان هيك ما بروح عالمحاضرات", "sozialphobie"),
        ("боюсь, что на меня смотрят, поэтому прогуливаю пары", "sozialphobie"),
        ("боюся, що на мене дивляться, тому прогулюю пари", "sozialphobie"),
        ("ich muss mir zwanzigmal die Hände waschen, sonst werd ich unruhig", "zwang"),
        ("i have to wash my hands twenty times or i can't calm down", "zwang"),
        ("ellerimi yirmi kere yikamam lazim yoksa rahatlamiyorum", "zwang"),
        ("لازم اغسل ايدي عشرين مرة وإلا ما برتاح", "zwang"),
        ("мне надо помыть руки двадцать раз, иначе не успокоюсь", "zwang"),
        ("мені треба помити руки двадцять разів, інакше не заспокоюся", "zwang"),
        ("neu in Deutschland, ich kann die Sprache nicht, keine Arbeit, keine Freunde", "migration"),
        ("new in germany, no language, no job, no friends, so lonely", "migration"),
        ("almanyaya yeni geldim, dil bilmiyorum, isim yok, arkadasim yok", "migration"),
        ("جديد بألمانيا، ما بعرف اللغة ولا عندي شغل ولا أصحاب", "migration"),
        ("недавно в Германии, языка не знаю, работы нет, друзей нет", "migration"),
        ("недавно в Німеччині, мови не знаю, роботи немає, друзів немає", "migration"),
        ("unser Kind (14) sagt, sie sei eigentlich ein Junge", "trans"),
        ("my 14 year old says she is really a boy, how do we support him", "trans"),
        ("kizim erkek olmak istiyor, adini degistirdi", "trans"),
        ("بنتي عمرها 14 بتقول انها بالحقيقة ولد", "trans"),
        ("дочь говорит, что на самом деле она мальчик, сменила имя", "trans"),
        ("донька каже, що насправді вона хлопчик, змінила ім'я", "trans"),
        ("seit der Impfung Herzrasen und Kribbeln in den Beinen", "post-vac"),
        ("since the vaccine i have heart racing and tingling in my arms", "post-vac"),
        ("asidan beri kalbim hizli atiyor ve kollarim karinciyor", "post-vac"),
        ("من بعد اللقاح قلبي بيدق بسرعة وعندي تنميل", "post-vac"),
        ("после прививки сердцебиение и покалывание в руках", "post-vac"),
        ("після щеплення серцебиття і поколювання в руках", "post-vac"),
        ("unser Sohn sitzt im Rollstuhl, wir suchen andere Familien", "koerperbehinderung"),
        ("our son uses a wheelchair, we want to meet other families", "koerperbehinderung"),
        ("oglum tekerlekli sandalyede, benzer ailelerle tanismak istiyoruz", "koerperbehinderung"),
        ("ابني على كرسي متحرك وبدنا نتعرف على عائلات متلنا", "koerperbehinderung"),
        ("сын в инвалидной коляске, хотим познакомиться с другими семьями", "koerperbehinderung"),
        ("син на інвалідному візку, хочемо познайомитися з іншими родинами", "koerperbehinderung"),
        ("ich habe eine psychische Krankheit und komme gerade aus der Klinik", "psychische-erkrankung"),
        ("i have a mental illness and just got out of the clinic", "psychische-erkrankung"),
        ("ruhsal hastaligim var, klinikten yeni ciktim", "psychische-erkrankung"),
        ("عندي مرض نفسي وطلعت من العيادة من فترة قصيرة", "psychische-erkrankung"),
        ("у меня психическое заболевание, только что выписали из клиники", "psychische-erkrankung"),
        ("у мене психічна хвороба, щойно виписали з клініки", "psychische-erkrankung"),
        ("mein Vater war Alkoholiker, meine Kindheit war schlimm", "angehoerige-sucht"),
        ("my dad was an alcoholic and my childhood was awful", "angehoerige-sucht"),
        ("babam alkolikti, cocuklugum kotu gecti", "angehoerige-sucht"),
        ("ابوي كان مدمن كحول وطفولتي كانت صعبة", "angehoerige-sucht"),
        ("отец был алкоголиком, детство было тяжёлое", "angehoerige-sucht"),
        ("батько був алкоголіком, дитинство було важке", "angehoerige-sucht"),
        ("meine Mutter war meine ganze Kindheit in der Psychiatrie", "angehoerige-psyche"),
        ("my mom was in psych wards my whole childhood", "angehoerige-psyche"),
        ("annem butun cocuklugum boyunca psikiyatrideydi", "angehoerige-psyche"),
        ("امي كانت طول طفولتي بالمستشفى النفسي", "angehoerige-psyche"),
        ("мама всё моё детство лежала в психбольницах", "angehoerige-psyche"),
        ("мама все моє дитинство лежала в психлікарнях", "angehoerige-psyche"),
        ("Papa säuft seit Wochen, Mama weint nur noch", "alkohol"),
        ("dad has been drinking for weeks and mom just cries", "alkohol"),
        ("babam haftalardir iciyor, annem surekli agliyor", "alkohol"),
        ("ابوي صارله أسابيع بيشرب وامي بس تبكي", "alkohol"),
        ("папа запил на неделю, мама только плачет", "alkohol"),
        ("тато запиває тижнями, мама тільки плаче", "alkohol"),
        ("mein Mann ist letztes Jahr gestorben, jetzt bin ich allein mit den Kindern", "partnerverlust"),
        ("my husband died last year and i'm alone with the kids", "partnerverlust"),
        ("esim gecen yil vefat etti, cocuklarla yalniz kaldim", "partnerverlust"),
        ("توفى زوجي السنة الماضية وانا لحالي مع الولاد", "partnerverlust"),
        ("муж умер в прошлом году, осталась одна с детьми", "partnerverlust"),
        ("чоловік помер минулого року, залишилася сама з дітьми", "partnerverlust"),
        ("عندي شقيقة كل أسبوع", "migraene"),
        ("ma3i sha2i2a kil yom", "migraene"),
    ],
)
def test_what_people_go_through_names_a_topic_no_term_of_which_they_say(text, topic):
    """Bipolar told as its phases, a romance scam, bulimia, gaslighting, a child who is trans, a parent's
    addiction or illness told by the grown-up child: described, not named (held-out set 9)."""
    first = MATCHER.match(text)[0].topic_id
    assert first in GRIEF if topic == "partnerverlust" else first == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "erst der Magen, dann das Herz, alle Untersuchungen ohne Befund, der Arzt sagt es sind die Nerven",
            "psychosomatik",
        ),
        ("first my stomach, then my heart, all tests came back normal, the doctor says it's nerves", "psychosomatik"),
        ("once midem sonra kalbim, tahlillerim temiz, doktor sinirden diyor", "psychosomatik"),
        ("مرة معدتي ومرة قلبي، كل التحاليل سليمة والدكتور بيقول اعصاب", "psychosomatik"),
        ("то живот болит, то сердце, все анализы в норме, врач говорит что это нервы", "psychosomatik"),
        ("то живіт болить то серце, всі аналізи в нормі, лікар каже що це нерви", "psychosomatik"),
        ("mir tut alles weh, die Ärzte finden nichts, könnte es Fibromyalgie sein?", "fibromyalgie"),
        ("everything hurts, doctors find nothing, could it be fibromyalgia?", "fibromyalgie"),
        ("كل جسمي بيوجعني والدكاترة ما لقيوا شي، ممكن يكون فيبروميالجيا؟", "fibromyalgie"),
        ("всё болит, врачи ничего не находят, может это фибромиалгия?", "fibromyalgie"),
        ("plötzlich Herzrasen im Supermarkt, dachte ich sterbe", "angst"),
        ("out of nowhere my heart is racing and I feel like I'm dying", "angst"),
        ("birden kalbim hizla carpiyor, nefes alamiyorum, olecegim sandim", "angst"),
        ("فجأة قلبي بيدق بسرعة وحسيت اني رح موت", "angst"),
        ("вдруг сердце колотится, думала умру, прямо в магазине", "angst"),
        ("раптом серце калатає, думала помру, прямо в магазині", "angst"),
        ("meine Frau weint nur noch und geht nicht mehr aus dem Haus", "depression"),
        ("my wife cries all the time and won't leave the house", "depression"),
        ("esim surekli agliyor, evden cikmiyor", "depression"),
        ("مرتي بتبكي طول الوقت وما بتطلع من البيت", "depression"),
        ("жена постоянно плачет и не выходит из дома", "depression"),
        ("дружина постійно плаче і не виходить з дому", "depression"),
    ],
)
def test_of_related_topics_the_one_the_description_fits_comes_first(text, topic):
    """Normal findings and "it's nerves" are psychosomatic before chronic pain or the heart; a racing
    heart with fear of dying is panic; a fibromyalgia named beside normal findings is fibromyalgia;
    a wife who cries and stays at home is depressed, not agoraphobic."""
    assert MATCHER.match(text)[0].topic_id == topic


@pytest.mark.parametrize(
    "text",
    [
        "das bringt mich noch um, diese rückenschmerzen",
        "ugh i want to die, my back pain is killing me",
        "bel agrisindan olmek istiyorum",
        "bdi mout mn el ta3ab",
        "умираю от усталости",
        "помираю від нудьги",
    ],
)
def test_a_verb_of_dying_said_as_an_idiom_names_no_suicide_or_dying(text):
    """ "das bringt mich noch um", "bdi mout mn el ta3ab" (I'm dying of tiredness) are hyperbole: the
    suicide topic needs its own words, the seriously ill someone else dying."""
    assert not {"suizidalitaet", "schwerkranke"} & {hit.topic_id for hit in MATCHER.match(text)}


@pytest.mark.parametrize(
    "text",
    [
        "ich habe Suizidgedanken",
        "suicidal thoughts",
        "intihar dusunceleri",
        "افكار انتحار",
        "мысли о суициде",
        "думки про суїцид",
    ],
)
def test_the_suicide_topic_is_found_by_its_own_words(text):
    assert MATCHER.match(text)[0].topic_id == "suizidalitaet"


@pytest.mark.parametrize(
    "text",
    [
        "mein Sohn zockt, er hat sein ganzes Geld verloren",
        "my son gambled and lost all his money",
        "oglum kumar oynuyor, butun parasini kaybetti",
        "ابني بيقامر وخسر كل فلوسه",
        "мой сын играет в азартные игры, потерял все деньги",
        "мій син грає в азартні ігри, втратив усі гроші",
        "чоловік втратив роботу і п'є",
        "муж потерял работу и пьёт",
    ],
)
def test_money_or_a_job_lost_is_no_death(text):
    """ "втратив усі гроші" (lost all the money) beside "син" is no "втратила сина" (lost a son)."""
    assert not GRIEF_OF_KIN & {hit.topic_id for hit in MATCHER.match(text)}


@pytest.mark.parametrize(
    "text",
    [
        "ich habe meinen Sohn verloren",
        "we lost our son",
        "oglumu kaybettim",
        "خسرت ابني",
        "потеряла сына",
        "втратила сина",
    ],
)
def test_a_child_lost_is_still_a_death(text):
    assert MATCHER.match(text)[0].topic_id == "verwaiste-eltern"


@pytest.mark.parametrize(
    "text",
    [
        "ich trau mich nicht mehr aus dem haus, beim einkaufen krieg ich herzrasen",
        "i dont dare to leave the house anymore, when shopping my heart races",
        "artik evden cikmaya korkuyorum, markette kalbim cok hizli carpiyor",
        "ما عاد اتجرأ اطلع من البيت، بالسوق قلبي بيدق بسرعة",
        "боюсь выходить из дома, в магазине сердце колотится",
        "боюся виходити з дому, в магазині серце калатає",
    ],
)
def test_not_daring_to_go_out_is_anxiety_not_grief_or_violence(text):
    """ "trau" (dare) and "trauern" (grieve) share the Snowball stem "trau", and "aus dem Haus" is
    no "nach Hause" (home, where violence waits)."""
    topics = [hit.topic_id for hit in MATCHER.match(text)]
    assert topics[0] == "angst" and not {"trauer", "gewalt"} & set(topics)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("alle nuscheln nur noch, ich versteh nix und nicke einfach", "hoeren"),
        ("everyone seems to mumble lately, i just nod along in conversations", "hoeren"),
        ("herkes mirildaniyor gibi geliyor, anlamiyorum sadece kafa salliyorum", "hoeren"),
        ("كل الناس صارت تتمتم، ما بفهم شي وبس بهز راسي", "hoeren"),
        ("все вокруг бормочут, я ничего не разбираю и просто киваю", "hoeren"),
        ("всі навколо бурмочуть, я нічого не розбираю і просто киваю", "hoeren"),
        ("mein Sohn spricht wenig, braucht jeden Tag denselben Ablauf und flippt bei Lärm aus", "autismus"),
        ("my daughter barely talks, needs the exact same routine and has meltdowns when it's loud", "autismus"),
        ("oglum az konusuyor, hep ayni duzen istiyor, gurultude krize giriyor", "autismus"),
        ("ابني قليل الكلام وبدو نفس الروتين كل يوم وبينهار من الأصوات العالية", "autismus"),
        ("сын мало говорит, ему нужен один и тот же распорядок, от шума истерики", "autismus"),
        ("донька мало говорить, їй потрібен той самий розпорядок, від шуму істерики", "autismus"),
        ("unser Sohn isst kaum noch was und wiegt sich ständig", "essstoerung"),
        ("my daughter hardly eats anything and weighs herself every day", "essstoerung"),
        ("kizim neredeyse hic yemiyor, her gun tartiliyor", "essstoerung"),
        ("بنتي صارت ما تاكل تقريبا وكل يوم بتوزن حالها", "essstoerung"),
        ("дочь почти ничего не ест и каждый день встаёт на весы", "essstoerung"),
        ("донька майже нічого не їсть і щодня стає на ваги", "essstoerung"),
        ("meine Beine sind dick und tun weh, obwohl ich viel Sport mache", "lipoedem"),
        ("my legs stay fat and sore no matter how much I exercise", "lipoedem"),
        ("spor yapmama ragmen bacaklarim kalin ve agriyor", "lipoedem"),
        ("رجلي تخان وبيوجعوني رغم اني بعمل رياضة", "lipoedem"),
        ("ноги толстые и болят, хотя занимаюсь спортом", "lipoedem"),
        ("ноги товсті й болять, хоча займаюся спортом", "lipoedem"),
        ("arbeite 60 Stunden die Woche, schlafe nicht mehr, heule morgens im Auto", "burnout"),
        ("working 70 hours a week, can't switch off, I cry in the car before my shift", "burnout"),
        ("haftada 60 saat calisiyorum, uyuyamiyorum, ise giderken arabada agliyorum", "burnout"),
        ("بشتغل ٦٠ ساعة بالأسبوع، ما عم نام، وببكي بالسيارة قبل الشغل", "burnout"),
        ("работаю по 60 часов в неделю, не сплю, плачу в машине перед работой", "burnout"),
        ("працюю по 60 годин на тиждень, не сплю, плачу в машині перед роботою", "burnout"),
        ("tagelang kaum Schlaf und voller Pläne, dann wochenlang im Loch", "bipolar"),
        ("days without sleep full of big plans, then I crash for weeks", "bipolar"),
        ("gunlerce uyumadan planlarla doluyum, sonra haftalarca cokuyorum", "bipolar"),
        ("بضل أيام ما بنام ومليان خطط، وبعدين بنهار أسابيع", "bipolar"),
        ("то на подъёме, сплю по три часа, то проваливаюсь в яму на месяц", "bipolar"),
        ("то тижнями на підйомі й майже не сплю, то падаю в яму", "bipolar"),
        ("mein Vater glaubt, die Nachbarn hören ihn durch die Wand ab", "schizophrenie"),
        ("my mum is sure the neighbours are spying on her through the walls", "schizophrenie"),
        ("babam komsularin duvardan onu dinledigine inaniyor", "schizophrenie"),
        ("ابوي مقتنع انو الجيران عم يتجسسوا عليه من ورا الحيط", "schizophrenie"),
        ("брат уверен, что соседи следят за ним через стену", "schizophrenie"),
        ("брат переконаний, що сусіди стежать за ним через стіну", "schizophrenie"),
        ("ibni ma byi2dar yahda, dayman bi-yrkod w bel madrase mashakel", "adhs"),
        ("ابني ما بيهدا ابدا وبالمدرسة مشاكل كتير", "adhs"),
        ("mein Sohn kann nie stillsitzen, in der Schule nur Ärger", "adhs"),
        ("my son never sits still and is always in trouble at school", "adhs"),
        ("oglum hic yerinde durmuyor, okulda surekli sorun", "adhs"),
        ("сын ни минуты не сидит спокойно, в школе постоянно проблемы", "adhs"),
        ("син ні хвилини не сидить спокійно, у школі постійні проблеми", "adhs"),
        ("seit wir aus Syrien geflohen sind, kann ich nicht schlafen, jeder Knall macht mir Angst", "kriegstrauma"),
        ("since we fled Syria I can't sleep and every bang makes me jump", "kriegstrauma"),
        ("Suriyeden kactigimizdan beri uyuyamiyorum, her yuksek ses beni korkutuyor", "kriegstrauma"),
        ("من وقت ما هربنا من الحرب ما بقدر نام وكل صوت قوي بيرعبني", "kriegstrauma"),
        ("с тех пор как мы бежали от войны, не могу спать, каждый громкий звук пугает", "kriegstrauma"),
        ("відколи ми втекли від війни, не можу спати, кожен гучний звук лякає", "kriegstrauma"),
        ("seit dem Unfall sehe ich die Szene immer wieder vor mir, kann nicht mehr Auto fahren", "trauma"),
        ("since the crash I keep seeing it again and again, I can't get in a car", "trauma"),
        ("kazadan sonra surekli o ani yasiyorum, araba kullanamiyorum", "trauma"),
        ("من بعد الحادث المشهد ما بيروح من عيوني وما بقدر اركب سيارة", "trauma"),
        ("после аварии постоянно вижу это перед глазами, не могу сесть в машину", "trauma"),
        ("після аварії постійно бачу це перед очима, не можу сісти в машину", "trauma"),
        ("abends kribbeln und zucken meine Beine, ich kann nicht einschlafen", "restless-legs"),
        ("in the evening my legs ache and twitch and I can't fall asleep", "restless-legs"),
        ("aksamlari bacaklarim sizliyor ve seyiriyor, uyuyamiyorum", "restless-legs"),
        ("بالليل رجلي بتنمل وبتنتفض وما بقدر نام", "restless-legs"),
        ("вечером ноги ноют и дёргаются, не могу уснуть", "restless-legs"),
        ("ноги крутить і смикає ввечері, не засну", "restless-legs"),
        ("unser Sohn ist 4 und spricht fast nicht, nur einzelne Wörter", "sprache"),
        ("my daughter is 4 and hardly talks, only single words", "sprache"),
        ("kizim 4 yasinda, neredeyse hic konusmuyor, sadece tek kelimeler", "sprache"),
        ("ابني عمره ٤ سنين وبالكاد بيحكي، بس كم كلمة", "sprache"),
        ("сыну 4 года, а он почти не говорит, только отдельные слова", "sprache"),
        ("доньці 4 роки, майже не розмовляє, лише окремі слова", "sprache"),
        ("seit einem halben Jahr keine Kraft für nichts, ich liege nur rum", "depression"),
        ("for half a year I've had no strength for anything, I just lie around", "depression"),
        ("alti aydir hicbir seye gucum yok, sadece yatiyorum", "depression"),
        ("من ست شهور ما عندي طاقة لأي شي، بس نايمة", "depression"),
        ("уже полгода ни на что нет сил, только лежу", "depression"),
        ("пів року ні на що сил нема, лише лежу", "depression"),
    ],
)
def test_what_happens_names_its_topic_without_its_name(text, topic):
    """Hearing loss as everyone mumbling, autism as routines and meltdowns, a daughter who weighs
    herself daily, thick painful legs despite sport, a 60-hour week with crying in the car, bipolar
    swings, neighbours spying through the wall, a restless child, war and an accident that come
    back, legs that twitch at night, a four-year-old with single words, months without strength
    (held-out set 10): the topic first, not sleep, homelessness ("сплю в машине") or aphasia."""
    assert MATCHER.match(text)[0].topic_id == topic


@pytest.mark.parametrize(
    ("text", "said", "denied"),
    [
        ("Er ist nicht gewalttätig, aber er trinkt jeden Abend", "alkohol", "gewalt"),
        ("ich bin nicht depressiv, nur einsam", "einsamkeit", "depression"),
        ("he is not aggressive, he just drinks every night", "alkohol", "aggression"),
        ("I'm not depressed, just lonely", "einsamkeit", "depression"),
        ("kocam agresif değil ama her akşam içiyor", "alkohol", "aggression"),
        ("depresif değilim, sadece yalnızım", "einsamkeit", "depression"),
        ("زوجي مش عدواني بس بيشرب كل يوم", "alkohol", "aggression"),
        ("ana mish mokta2eb bas wa7id", "einsamkeit", "depression"),
        ("муж не агрессивный, но пьет каждый вечер", "alkohol", "aggression"),
        ("я не депрессивная, просто одинокая", "einsamkeit", "depression"),
        ("чоловік не агресивний, але п'є щовечора", "alkohol", "aggression"),
        ("я не депресивна, просто самотня", "einsamkeit", "depression"),
    ],
)
def test_a_topic_word_a_negation_denies_names_no_topic(text, said, denied):
    """ "nicht gewalttätig" (not violent) tells that there is no violence; the topic said beside it stays."""
    topics = {hit.topic_id for hit in MATCHER.match(text)}
    assert said in topics and denied not in topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("ich kann nicht schlafen", "schlaf"),
        ("ich will nicht mehr einsam sein", "einsamkeit"),
        ("ich will nicht einsam sein", "einsamkeit"),
        ("kürtaj oldum", "schwangerschaftsabbruch"),
    ],
)
def test_a_phrase_that_says_the_negation_or_a_wish_is_still_found(text, topic):
    assert topic in {hit.topic_id for hit in MATCHER.match(text)}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("wir sind eine Poly-Triade und suchen Anschluss", "polyamorie"),
        ("we are a poly triad, looking for community", "polyamorie"),
        ("biz üçlü poli bir ilişkiyiz, topluluk arıyoruz", "polyamorie"),
        ("احنا علاقة بولي ثلاثية وبندور على مجتمع", "polyamorie"),
        ("мы поли-триада, ищем сообщество", "polyamorie"),
        ("ми полі-тріада, шукаємо спільноту", "polyamorie"),
        ("وزني ١٣٠ كيلو وبدي انحف", "adipositas"),
        ("وزني ۱۲۵ كيلو ونفسي اخس", "adipositas"),
        ("ich wiege 130 kilo und will abnehmen", "adipositas"),
        ("i weigh 140 kilos and want to lose weight", "adipositas"),
        ("130 kilo geliyorum, kilo vermek istiyorum", "adipositas"),
        ("вешу 130 кило, хочу похудеть", "adipositas"),
        ("важу 130 кілограмів, хочу схуднути", "adipositas"),
        ("el baby mat bi batni bel shahr el sabe3", "totgeburt"),
        ("il baby mat bbatni bil shahr il tamen", "totgeburt"),
        ("البيبي مات ببطني بالشهر السابع", "totgeburt"),
        ("das Baby ist im 7. Monat in meinem Bauch gestorben", "totgeburt"),
        ("the baby died inside me in the seventh month", "totgeburt"),
        ("bebeğim yedinci ayda karnımda öldü", "totgeburt"),
        ("ребёнок умер у меня в животе на седьмом месяце", "totgeburt"),
        ("дитина померла в животі на сьомому місяці", "totgeburt"),
        ("wurde in der Schule gezwungen, mit der rechten Hand zu schreiben", "linkshaender"),
        ("i was forced to write with my right hand as a kid", "linkshaender"),
        ("çocukken sağ elle yazmaya zorlandım", "linkshaender"),
        ("جبروني اكتب بإيدي اليمين وانا صغير", "linkshaender"),
        ("в школе заставляли писать правой рукой", "linkshaender"),
        ("у школі змушували писати правою рукою", "linkshaender"),
        ("болять суглоби, пальці скручує", "rheuma"),
        ("болят суставы, пальцы выкручивает", "rheuma"),
        ("meine Gelenke tun weh und die Finger verbiegen sich", "rheuma"),
        ("my joints hurt and my fingers are getting twisted", "rheuma"),
        ("eklemlerim ağrıyor, parmaklarım çarpılıyor", "rheuma"),
        ("مفاصلي بتوجعني واصابعي عم تتعوج", "rheuma"),
    ],
)
def test_the_names_people_use_name_the_topic(text, topic):
    """A poly triad, a weight in Arabic-Indic digits, a stillbirth in Arabizi (an English "baby" is
    no "بابي", my dad), forced right-handed writing, fingers twisting with rheumatism."""
    assert MATCHER.match(text)[0].topic_id == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("annem cok unutkan oldu", "demenz"),
        ("merhaba, annem cok unutkan oldu, doktor alzheimer dedi, ben kiziyim", "demenz"),
        ("esim cok unutkan oldu", "demenz"),
        ("oglum alkolik oldu", "alkohol"),
    ],
)
def test_turkish_became_typed_like_died_is_no_death(text, topic):
    """Without Turkish letters "öldü" (died) and "oldu" (became) are one word; after a word of a
    topic ("unutkan oldu", became forgetful) it is no death, and "ben kiziyim" (I am her daughter)
    with it no lost daughter."""
    topics = {hit.topic_id for hit in MATCHER.match(text)}
    assert topic in topics and not topics & {"trauer", "partnerverlust", "verwaiste-eltern"}


@pytest.mark.parametrize(("text", "topic"), [("annem dün öldü", "trauer"), ("annem oldu", "trauer")])
def test_turkish_died_after_a_person_is_still_a_death(text, topic):
    assert MATCHER.match(text)[0].topic_id == topic


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("kocam öldü, çocuklar başka şehirde, evde hep tek başımayım", "partnerverlust", "einsamkeit"),
        (
            "mein Mann ist gestorben, die Familie wohnt weit weg, ich bin immer allein zu Hause",
            "partnerverlust",
            "einsamkeit",
        ),
        ("my husband died, the kids live far away, i'm always alone at home", "partnerverlust", "einsamkeit"),
        ("زوجي توفى والولاد بمدينة تانية، دايما لحالي بالبيت", "partnerverlust", "einsamkeit"),
        ("муж умер, дети в другом городе, я всё время одна дома", "partnerverlust", "einsamkeit"),
        ("чоловік помер, діти в іншому місті, я весь час сама вдома", "partnerverlust", "einsamkeit"),
        ("er zockt und säuft jedes Wochenende", "gluecksspiel", "alkohol"),
        ("he's gambling and drinking every weekend", "gluecksspiel", "alkohol"),
        ("kumar oynuyor ve içiyor her hafta sonu", "gluecksspiel", "alkohol"),
        ("بيقامر وبيشرب كل ويكند", "gluecksspiel", "alkohol"),
        ("играет в автоматы и бухает каждые выходные", "gluecksspiel", "alkohol"),
        ("грає в автомати і бухає кожні вихідні", "gluecksspiel", "alkohol"),
    ],
)
def test_two_topics_of_one_message_are_both_found(text, first, second):
    """A widow alone at home, someone who gambles and drinks: both topics in the first three."""
    topics = [hit.topic_id for hit in MATCHER.match(text)][:3]
    assert {first, second} <= set(topics)


@pytest.mark.parametrize(
    "text",
    [
        "мій чоловік грає в ігри на гроші, програв усю зарплату",
        "мой муж играет в игры на деньги, проиграл всю зарплату",
        "mein Mann spielt um Geld an Automaten, alles verspielt",
        "kocam para için oyun oynuyor, bütün maaşını kaybetti",
    ],
)
def test_games_played_for_money_are_gambling_not_gaming(text):
    """ "грає в ігри" (plays games) inside "грає в ігри на гроші" (for money): a phrase of a topic
    inside a longer one of another topic of its category names only the longer one's."""
    topics = [hit.topic_id for hit in MATCHER.match(text)]
    assert topics[0] == "gluecksspiel" and "medien" not in topics


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("abim iciyor agabeyim esrar iciyor", {"alkohol", "drogen"}),
        ("mein Bruder trinkt und mein Sohn kifft jeden Tag", {"alkohol", "drogen"}),
    ],
)
def test_a_phrase_said_apart_from_a_longer_one_is_still_found(text, topics):
    """My brother drinks, my older brother smokes weed: "abim iciyor" (alcohol) stands as written, and the
    drugs phrase "abim esrar iciyor" is only put together from words of both statements; it hides nothing."""
    assert topics <= {hit.topic_id for hit in MATCHER.match(text)}


@pytest.mark.parametrize(
    "text",
    ["AD(H)S, Elterngruppe", "ابني عنده مرض نادر وما حدا بيعرف عنه"],
)
def test_a_phrase_inside_a_longer_one_of_another_category_is_still_found(text):
    """ADHD in a parents' group's name, a rare disease in "my son has a rare disease"."""
    assert len(MATCHER.match(text)) >= 2


def test_a_turkish_verb_is_not_cut_into_another_word():
    """ "bıraktı" (left) is "bırak|tı" to Turkish: no "bira" (beer) of "bira içiyor"."""
    assert "alkohol" not in {hit.topic_id for hit in MATCHER.match("oglum esrar iciyor, okulu da birakti")}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("her yerim ağrıyor, fibromiyalji olabilir mi", "fibromyalgie"),
        ("überall Schmerzen, vielleicht Fibromyalgie?", "fibromyalgie"),
        ("pain everywhere, might it be fibromyalgia", "fibromyalgie"),
        ("ممكن يكون عندي فيبروميالجيا، كل جسمي بيوجعني", "fibromyalgie"),
        ("болит всё тело, может фибромиалгия", "fibromyalgie"),
        ("все тіло болить, може фіброміалгія", "fibromyalgie"),
        ("seit der Impfung Herzrasen und Taubheit in den Beinen, Verdacht auf MS", "post-vac"),
        ("since the jab my heart races and my legs are numb", "post-vac"),
        ("aşıdan sonra çarpıntı ve bacaklarımda uyuşma", "post-vac"),
        ("بعد اللقاح صار عندي خفقان وتنميل برجلي", "post-vac"),
        ("после прививки сердце колотится и немеют ноги", "post-vac"),
        ("після щеплення серце калатає і німіють ноги", "post-vac"),
        ("neu in Deutschland und sehr einsam, kenne niemanden", "migration"),
        ("new to germany and lonely, i know nobody here", "migration"),
        ("Almanya'ya yeni geldim, çok yalnızım, kimseyi tanımıyorum", "migration"),
        ("جديدة بألمانيا وحاسة حالي وحيدة، ما بعرف حدا", "migration"),
        ("недавно переехала в Германию, очень одиноко, никого не знаю", "migration"),
        ("недавно переїхала до Німеччини, дуже самотньо, нікого не знаю", "migration"),
        ("meine Frau ist an Krebs gestorben", "partnerverlust"),
        ("my wife died of cancer", "partnerverlust"),
        ("karım kanserden öldü", "partnerverlust"),
        ("مرتي ماتت بالسرطان", "partnerverlust"),
        ("жена умерла от рака", "partnerverlust"),
        ("дружина померла від раку", "partnerverlust"),
    ],
)
def test_the_specific_topic_comes_before_its_neighbours(text, topic):
    """A fibromyalgia asked about, symptoms since a vaccination, a newcomer's loneliness, a wife
    who died of cancer: the topic itself first, not pain, the heart, MS, loneliness or cancer."""
    assert MATCHER.match(text)[0].topic_id == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("він мене б'є кожного тижня", "gewalt"),
        ("він мене б’є кожного тижня", "gewalt"),
        ("він мене б`є кожного тижня", "gewalt"),
        ("вітчим б'є маму", "gewalt"),
        ("б'ю пляшки, п'ю кожен день", "alkohol"),
        ("чоловік п’є кожен день", "alkohol"),
    ],
)
def test_a_ukrainian_word_with_an_apostrophe_is_one_word(text, topic):
    """ "б'є" (beats), typed with ', ’ or `, is one word, not "б" and "є" (is) left out as too short."""
    assert MATCHER.match(text)[0].topic_id == topic


@pytest.mark.parametrize(
    "text",
    ["ibni ma byahda abadan, bel schule kteer mashakel", "ibni ma byi2dar yahda, dayman bi-yrkod w bel madrase"],
)
def test_arabizi_without_digits_is_read_by_its_marker_words(text):
    """Two Arabizi words ("ibni", "kteer") make a message Arabizi without a digit; "abadan" (never)
    is no "بدانه" (obesity)."""
    assert [hit.topic_id for hit in MATCHER.match(text)] == ["adhs"]


@pytest.mark.parametrize(
    ("lang", "term", "without", "with_it"),
    [
        ("de", "Kribbeln in den Beinen MS", "Kribbeln in den Beinen seit der Impfung", "MS? Kribbeln in beiden Beinen"),
        ("en", "tingling legs MS", "tingling legs since the jab", "tingling legs, could it be ms"),
        ("tr", "bacaklarımda uyuşma MS", "aşıdan sonra bacaklarımda uyuşma", "bacaklarimda uyusma var, MS mi"),
        ("ar", "تنميل برجلي MS", "من بعد اللقاح تنميل برجلي", "تنميل برجلي، ممكن يكون ms"),
        ("ru", "онемение ног РС", "онемение ног после прививки", "онемение ног, может это РС"),
        ("uk", "оніміння ніг РС", "оніміння ніг після щеплення", "оніміння ніг, може це РС"),
    ],
)
def test_an_abbreviation_of_a_phrase_must_be_in_the_text(lang, term, without, with_it):
    """ "MS" of "bacaklarımda uyuşma MS" is shorter than a stem, yet no function word: a phrase with
    it is not found where it is not said (tingling legs after a vaccination are no multiple sclerosis)."""
    matcher = small_matcher(ms={lang: [term]})
    assert not topics_of(matcher, without) and topics_of(matcher, with_it) == {"ms"}


@pytest.mark.parametrize(
    ("text", "topic", "junk"),
    [
        ("Ich höre sehr schlecht", "hoeren", "taubblind"),  # "sehr" is no form of "sehen"
        ("meine Mutter ist dement und ich bin 24/7 am pflegen", "pflegende-angehoerige", "migration"),  # "§24"
        ("i care for my mum 24/7, she has dementia", "demenz", "migration"),
        ("7 gün 24 saat annemle ilgileniyorum", "pflegende-angehoerige", "migration"),
        ("أنا بعتني بأمي 24 ساعة", "pflegende-angehoerige", "migration"),
        ("я 24/7 доглядаю маму", "pflegende-angehoerige", "migration"),
        ("ухаживаю за мамой 24/7", "pflegende-angehoerige", "migration"),
        ("3andi sokkari w ana mn el3ira2, fi group bel 3arabi?", "diabetes", "aggression"),  # Arabic, no "3asabi"
        ("3andi sokkari", "diabetes", "alkohol"),  # "سكري" (diabetes), no "سكايري" (a drunkard)
    ],
)
def test_a_word_that_names_no_topic_adds_none(text, topic, junk):
    """A function word meets no phrase's word, a number alone is no term, an Arabizi word is not
    bent to a word one letter off, and is read as the Arabic word whose long vowels it spells."""
    topics = {hit.topic_id for hit in MATCHER.match(text)}
    assert topic in topics and junk not in topics


@pytest.mark.parametrize(
    ("text", "topic", "other"),
    [
        ("oğlum 17 yaşında, her akşam içiyor", "alkohol", "drogen"),  # "oğlum ot içiyor": weed
        ("oğlum ot içiyor", "drogen", "alkohol"),
        ("muzh opyat p yot", "alkohol", "gewalt"),  # "п'ёт" (drinks), typed in Latin letters
        ("muzh menya b yot", "gewalt", "alkohol"),  # "бьёт" (beats)
        ("cholovik znovu p ye", "alkohol", "gewalt"),
        ("cholovik mene b ye", "gewalt", "alkohol"),
    ],
)
def test_a_short_word_that_tells_a_phrase_from_another_term_must_be_in_the_text(text, topic, other):
    """A word too short to stem is all that tells "oğlum ot içiyor" (my son smokes weed) from
    "oğlum içiyor" (my son drinks), "b yot" (beats) from "p yot" (drinks): a phrase is not found
    by its longer words alone where that short word is not said."""
    topics = {hit.topic_id for hit in MATCHER.match(text)}
    assert topic in topics and other not in topics


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("burnout hit me hard, on sick leave 3 months now", {"burnout"}),
        ("the news hit me like a truck", set()),
        ("my ex hit me for years", {"gewalt"}),
        ("my bf hit me last night", {"gewalt"}),
    ],
)
def test_what_hits_me_is_violence_only_when_a_person_does_it(text, topics):
    """ "burnout hit me hard" is an idiom: it had offered domestic violence beside burnout."""
    assert topics_of(MATCHER, text) == topics


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("can i join a grief group in bonn", {"trauer"}),
        ("i want to join a group", set()),
        ("my son smokes a joint every day", {"rauchen", "drogen"}),
    ],
)
def test_joining_a_group_is_no_joint(text, topics):
    """Seen in the console: "can i join a grief group" found grief and drug addiction ("join" is one letter
    from "joint"). To join is how people ask for any group; a joint smoked is still read."""
    assert {hit.topic_id for hit in MATCHER.match(text)} == topics


@pytest.mark.parametrize(
    ("text", "grief"),
    [
        ("ich hab vor 3 monaten meine mama verloren", True),
        ("mein vater ist tot, ich komm nicht drüber weg", True),
        ("i lost my mom 3 months ago", True),
        ("my dad passed away in spring", True),
        ("hab mein handy verloren", False),
        ("my mom passed her driving test", False),
    ],
)
def test_a_parent_lost_said_as_people_say_mum_and_dad_is_grief(text, grief):
    """ "Mama verloren", "lost my mom", "Vater ist tot" (a tester's grief got the topic question again)."""
    assert ("trauer" in topics_of(MATCHER, text)) == grief, text
