"""Whose relative the person asking is (partner, parent, child, sibling), read from the words for the
one concerned, and the groups for relatives of that relation before those for another one; the
group that names the topic asked before its broader topic's groups. Both ways a message comes (the
conversation and `search --json`) rank alike. Over a small directory of our own."""

from __future__ import annotations

import pytest

from bot.search_output import search_json
from dialogs.machine import step
from dialogs.model import State, Step, Text

DRESDEN = {"city": "Dresden", "lat": 51.05, "lon": 13.74, "contact_point": "cp-d"}
LEIPZIG = {"city": "Leipzig", "lat": 51.34, "lon": 12.37, "contact_point": "cp-l"}
GROUPS = [  # (name, where): ties of score and distance are ranked by name
    ("Eltern suchtkranker Kinder und Jugendliche", DRESDEN),
    ("Erwachsene Kinder suchtkranker Familien", DRESDEN),
    ("Sucht (Angehörige)", DRESDEN),
    ("Spielsucht", DRESDEN),
    ("Alkoholsucht", DRESDEN),
    ("Sucht", LEIPZIG),
    ("Mediensucht", LEIPZIG),
]
PARENTS, CHILDREN, EVERYONE = GROUPS[0][0], GROUPS[1][0], GROUPS[2][0]


@pytest.fixture(scope="module")
def services(directory_runtime):
    return directory_runtime(
        {
            "contact_points": [
                {"id": "cp-d", "name": "KISS", "city": "Dresden", "lat": 51.05, "lon": 13.74, "phone": "0351 1"},
                {"id": "cp-l", "name": "KISS", "city": "Leipzig", "lat": 51.34, "lon": 12.37, "phone": "0341 1"},
            ],
            "groups": [{"id": f"g{n}", "name": name, **where} for n, (name, where) in enumerate(GROUPS)],
        }
    ).services


def both_ways(services, lang: str, text: str) -> list[str]:
    """The groups' names for a message near Dresden, the same in the conversation and in search."""
    found = search_json(services, text, "Dresden", "any", lang)
    state, _ = step(State(lang=lang), Text(text), services)
    if state.step == Step.LOCATION:
        state, _ = step(state, Text("Dresden"), services)
    assert state.step == Step.RESULTS
    assert State.from_dict(state.to_dict()) == state  # the relation is kept between messages
    talked = [g.name for g in services.search(state.search(), lang, 0, 10).groups]
    assert talked == [g["name"] for g in found["groups"]]
    return talked


PARTNERS = [  # a partner who gambles: the parents' and the children's group only after the general one
    ("de", "mein Mann verspielt unser ganzes Geld am Automaten"),
    ("en", "my husband gambles away all our money"),
    ("tr", "kocam kumar oynuyor, bütün paramızı kaybetti"),
    ("ar", "زوجي مدمن قمار وخسر كل المصاري"),
    ("ru", "муж играет в автоматы, проиграл все деньги"),
    ("uk", "мій чоловік грає в автомати, програв усі гроші"),
]


@pytest.mark.parametrize(("lang", "text"), PARTNERS)
def test_a_partner_gets_groups_for_partners_before_those_for_parents_or_children(services, lang, text):
    names = both_ways(services, lang, text)
    assert names.index(EVERYONE) < min(names.index(PARENTS), names.index(CHILDREN)), names


@pytest.mark.parametrize(
    ("lang", "text", "before", "after"),
    [
        ("de", "unser Sohn ist spielsüchtig", PARENTS, CHILDREN),
        ("tr", "oğlum kumar bağımlısı", PARENTS, CHILDREN),
        ("en", "my dad is an alcoholic", CHILDREN, PARENTS),
        ("ru", "мой отец алкоголик, что мне делать", CHILDREN, PARENTS),
        ("de", "ich bin die Tochter eines Alkoholikers", CHILDREN, PARENTS),
        ("uk", "я мама, син грає в автомати", PARENTS, CHILDREN),
    ],
)
def test_a_parent_or_child_gets_the_group_for_their_relation_first(services, lang, text, before, after):
    names = both_ways(services, lang, text)
    assert names.index(before) < names.index(after), names


@pytest.mark.parametrize(
    ("lang", "text", "relations"),
    [
        ("de", "meine Frau trinkt", ("partner",)),
        ("de", "unsere Tochter nimmt Drogen, was können wir als Eltern tun", ("parent",)),
        ("de", "meine Eltern trinken", ("child",)),
        ("de", "ich bin die Mutter eines Spielsüchtigen", ("parent",)),
        ("de", "ich bin mit meinem Mann hier, er trinkt", ("partner",)),
        ("en", "I'm the daughter of an alcoholic", ("child",)),
        ("en", "my brother drinks", ("sibling",)),
        ("tr", "ben karısıyım, eşim alkolik", ("partner",)),
        ("tr", "annem alkolik", ("child",)),
        ("ar", "ابني مدمن مخدرات", ("parent",)),
        ("ar", "اختي عندها اكتئاب", ("sibling",)),
        ("ru", "я его жена, он пьёт", ("partner",)),
        ("ru", "я переживаю за сына, он пьёт", ("parent",)),
        ("uk", "донька вживає наркотики", ("parent",)),
        ("ar", "zawgi byshrab kteer", ("partner",)),
        ("ar", "ukhti 3andha ekti2ab", ("sibling",)),
        ("ar", "abuya 3ando alzheimer", ("child",)),
        ("ar", "waladi bya5od drugs", ("parent",)),
        ("de", "ich trinke zu viel", ()),
    ],
)
def test_the_relation_to_the_one_concerned_in_six_languages(services, lang, text, relations):
    assert services.understand(text, lang, None).relations == relations


def test_a_stored_relation_that_is_none_is_dropped():
    stored = State(role="relative", relations=("partner",)).to_dict()
    assert State.from_dict({**stored, "relations": ["partner", "neighbour"]}).relations == ("partner",)


def test_the_group_naming_the_topic_asked_comes_before_its_broader_topics_at_the_same_distance(services):
    """ "Gaming Sucht" is Mediensucht: its word "Sucht" makes the group "Sucht" no better fit."""
    assert both_ways(services, "de", "Gaming sucht ich")[0] == "Mediensucht"


@pytest.mark.parametrize(
    ("lang", "text", "audience"),
    [
        ("de", "ich bin eine Frau mit Depressionen", "frauen"),
        ("de", "als Mann traue ich mich kaum, über meine Depression zu reden", "maenner"),
        ("en", "I'm a woman with depression", "frauen"),
        ("en", "as a guy it's hard to admit depression", "maenner"),
        ("tr", "kadınım, depresyondayım", "frauen"),
        ("tr", "erkek olarak depresyonu anlatmak zor", "maenner"),
        ("ar", "انا امرأة وعندي اكتئاب", "frauen"),
        ("ar", "ana rajul w 3andi ekti2ab", "maenner"),
        ("ru", "я женщина, у меня депрессия", "frauen"),
        ("uk", "я чоловік, маю депресію", "maenner"),
    ],
)
def test_the_writers_own_gender_refines_the_topic_and_names_no_relative(services, lang, text, audience):
    """ "Ich bin eine Frau" is nobody's wife: the writer's own depression, among its groups those for
    women (the audience); the word for a woman or man names no relatives' topic."""
    understood = services.understand(text, lang, None)
    assert understood.topics == ("depression", audience)
    assert understood.role != "relative" and understood.relations == ()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "meine Frau hat Depressionen"),
        ("de", "ich bin mit meiner Frau hier, sie hat Depressionen"),
        ("en", "my wife has depression"),
        ("ru", "у моей жены депрессия"),
        ("uk", "мій чоловік має депресію"),
        ("de", "als man mir sagte, ich hätte Depressionen"),
    ],
)
def test_someone_else_named_is_no_gender_of_the_writer(services, lang, text):
    understood = services.understand(text, lang, None)
    assert not {"frauen", "maenner"} & set(understood.topics)
