"""`python -m bot search` as in the brief's contract, and ranking through the search interface."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.directory.geo import NO_CELL
from bot.directory.group_search import RERANK, GroupIndex, NameScorer
from bot.directory.search_index import AUDIENCES, ONLINE, ContactPointRecord, GroupRecord, Postings
from bot.directory.topic_matcher import default_matcher
from bot.render import render_text
from bot.search_output import search_json
from dialogs.machine import step
from dialogs.model import Choice, State, Step, Text
from tests.cli import run_cli


def test_search_json_has_the_contract_fields(database_url):
    done = run_cli(
        "--demo",
        "search",
        "mein Mann trinkt jeden Abend",
        "--where",
        "Lepzig",
        "--role",
        "relative",
        "--lang",
        "de",
        "--json",
        db=database_url,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["crisis"] is None
    assert result["place"]["name"] == "Leipzig"
    first = result["groups"][0]
    assert {"id", "name", "audience", "distance_km", "contact_point"} <= set(first)
    assert {"id", "name", "phone", "email", "website"} <= set(first["contact_point"])
    assert first["audience"] == "relatives" and first["distance_km"] < 5
    assert result["contact_points"][0]["distance_km"] <= result["contact_points"][-1]["distance_km"]


def test_search_batch_answers_in_order(tmp_path, database_url):
    batch = tmp_path / "q.jsonl"
    lines = [
        {"text": "Depression", "where": "01067", "role": "affected", "lang": "de"},
        {"text": "ich will nicht mehr leben", "where": "", "role": "any", "lang": "de"},
        {"text": "alkol bağımlılığı", "where": "Leipzig", "role": "any", "lang": "tr"},
    ]
    batch.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    done = run_cli("--demo", "search", "--batch", str(batch), "--json", db=database_url)
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["query"]["text"] for r in results] == [line["text"] for line in lines]
    assert results[1]["crisis"]["crisis"] is True
    assert "Alkohol" in results[2]["groups"][0]["name"]


def test_search_rejects_bad_batch_lines(tmp_path):
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"text": "x", "role": "boss"}\n', encoding="utf-8")
    done = run_cli("search", "--batch", str(batch), db=f"sqlite:///{tmp_path}/b.sqlite3")
    assert done.returncode == 2 and "role" in done.stderr


@pytest.mark.parametrize(
    ("text", "where", "role", "expected"),
    [
        ("mein Mann trinkt", "04109", "relative", "Angehörige von Suchtkranken"),
        ("depresionen", "Leipzig", "affected", "Depression"),
        ("Spielsucht", "Leipzig", "affected", "Spielsucht"),
        ("kumar bağımlılığı", "Leipzig", "any", "Spielsucht"),
        ("тревога", "München", "any", "Angst und Panik"),
        ("الاكتئاب", "Leipzig", "any", "Depression"),
    ],
)
def test_demo_searches_find_the_right_group_nearby(demo_runtime, text, where, role, expected):
    result = search_json(demo_runtime.services, text, where, role)
    assert expected in result["groups"][0]["name"]
    assert result["groups"][0]["distance_km"] < 25


def test_unknown_place_is_reported_not_guessed(demo_runtime):
    result = search_json(demo_runtime.services, "Depression", "Qqqxxyy")
    assert result["place"] is None and result["place_unknown"] is True


def test_online_groups_count_as_near_when_online_is_fine(demo_runtime):
    far = search_json(demo_runtime.services, "Angst", "Hamburg", online=True)
    assert any(g["online"] and g["city"] != "Hamburg" for g in far["groups"])


RARE = {
    "contact_points": [
        {"id": "cp-dd", "name": "Kontaktstelle Dresden", "postal_code": "01067", "city": "Dresden"},
        {"id": "cp-b", "name": "Kontaktstelle Berlin", "postal_code": "10115", "city": "Berlin"},
    ],
    "groups": [
        {"id": "muko", "name": "Mukoviszidose", "contact_point": "cp-b"},
        {"id": "kline", "name": "Klinefelter-Syndrom", "contact_point": "cp-dd"},
        {"id": "lunge", "name": "Lungenerkrankungen", "contact_point": "cp-dd"},
    ],
}


@pytest.fixture(scope="module")
def rare_runtime(directory_runtime):
    return directory_runtime(RARE)


def test_a_rare_topics_own_group_farther_away_comes_before_related_ones(rare_runtime):
    found = search_json(rare_runtime.services, "Mukoviszidose", "01067")
    names = [(g["name"], g["match"]) for g in found["groups"]]
    assert names[0] == ("Mukoviszidose", "topic") and 150 < found["groups"][0]["distance_km"] < 250
    assert ("Lungenerkrankungen", "related") in names
    assert "Klinefelter-Syndrom" not in dict(names), "a syndrome is no rare-disease group in general"


def test_outside_the_directorys_region_no_group_far_away_is_offered(rare_runtime):
    """Erfurt is 190 km from Dresden and 240 km from Berlin: a rare topic's group far away is worth it
    from within the region the directory serves, not from another one (its contact points know more)."""
    assert search_json(rare_runtime.services, "Mukoviszidose", "99084")["groups"] == []
    assert search_json(rare_runtime.services, "Lungenerkrankungen", "99084")["groups"] == []


def test_groups_found_only_through_a_related_topic_are_said_to_be_related(rare_runtime):
    services = rare_runtime.services
    state, _ = step(State(), Text("Sarkoidose"), services)
    state, _ = step(state, Choice("role", "affected"), services)
    state, replies = step(state, Text("Dresden"), services)
    shown = render_text(replies[0], "de")
    assert shown.startswith("Verstanden: Sarkoidose · für dich selbst · Dresden\n")
    assert "\nEine Gruppe genau zu deinem Thema habe ich nicht gefunden, aber 1 Gruppe" in shown
    assert "Lungenerkrankungen" in shown and "zu einem verwandten Thema" in shown
    assert "on a related topic" in render_text(replies[0], "en")


@pytest.mark.parametrize(
    "text, topic",
    [
        ("депрессией", "depression"),
        ("після депресії", "depression"),
        ("панические атаки", "angst"),
        ("панічні атаки", "angst"),
        ("Burn-out", "burnout"),
        ("Brust Krebs", "brustkrebs"),
        ("I lost my wife", "partnerverlust"),
        ("babamı kaybettim", "trauer"),
        ("فقدت ابني", "verwaiste-eltern"),
        ("втратила сина", "verwaiste-eltern"),
        ("işitme engelli", "hoeren"),
        ("chronic fatigue", "long-covid-me"),
    ],
)
def test_inflected_split_and_everyday_wording_finds_the_topic(demo_runtime, text, topic):
    assert topic in [option.id for option in demo_runtime.services.match_topics(text, "de")][:3]


@pytest.mark.parametrize(
    "text",
    ["Alkohol und Spielsucht", "mein Mann trinkt", "Sarkom Krebs", "Soziale Phobie Angststörung", "Krebs", "Tinnitus"],
)
def test_search_json_calls_a_text_ambiguous_when_the_bot_would_ask_which_topic(demo_runtime, text):
    services = demo_runtime.services
    asked = step(State(), Text(text), services)[0].step == Step.CANDIDATES
    assert search_json(services, text)["ambiguous"] is asked


@pytest.mark.parametrize("text", ["lieber nicht", "ich esse lieber Brot", "атаки"])
def test_ordinary_words_are_not_corrected_into_a_topic(demo_runtime, text):
    assert demo_runtime.services.match_topics(text, "de") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ich trink zu viel und mein Leben ist ein Scherbenhaufen, ich bin am Ende mit den Nerven", "de", "Alkohol"),
        ("Mein Leben ist so schwer, ich trinke jeden Abend", "de", "Alkohol"),
        ("Leben mit Krebs", "de", "Leben mit Krebs"),  # the twin: the topic still finds its group
    ],
)
def test_an_everyday_word_alone_names_no_group_of_another_topic(demo_runtime, text, lang, expected):
    """ "Leben" is in the name "Leben mit Krebs": a word that common finds no group by its name alone
    (a rare disease's own word still does, see test_a_rare_topics_own_group_farther_away_comes_before_related_ones)."""
    names = [g["name"] for g in search_json(demo_runtime.services, text, "Berlin", lang=lang)["groups"]]
    assert expected in names[0]
    assert expected == "Leben mit Krebs" or not any("Krebs" in name for name in names)


SHORT_WORDS = st.sampled_from(["ad", "bet", "cus", "dol", "eck", "fun", "gi"])  # below the length for typos


@given(
    query=st.lists(SHORT_WORDS, min_size=1, max_size=5),
    names=st.lists(st.lists(SHORT_WORDS, min_size=1, max_size=5).map(tuple), min_size=1, max_size=6),
    known=st.sets(SHORT_WORDS),
)
def test_a_names_score_is_half_its_words_asked_for_and_half_the_query_words_it_holds(query, names, known):
    scorer = NameScorer(query, known)
    for name in names + names:  # the second time from the memo
        covered = sum(1 for w in name if w in query or w in known) / len(name)
        used = sum(1 for q in query if q in name or q in known) / len(query)
        assert scorer.score(name) == pytest.approx(0.5 * covered + 0.5 * used)


@given(
    st.lists(st.tuples(st.sampled_from([NO_CELL, *range(8)]), st.booleans()), min_size=1, max_size=40),
    st.lists(st.integers(0, 9), max_size=6, unique=True),
    st.booleans(),
)
def test_a_regions_groups_are_those_in_its_cells_and_the_online_ones_when_online_counts(groups, cells, online):
    cell, is_online = np.array([c for c, _ in groups]), np.array([o for _, o in groups])
    idx = np.arange(len(groups))
    postings = Postings.of(1, {0: list(zip(idx.tolist(), (idx / 100).tolist(), strict=True))}, cell, is_online)
    found, links = postings.within(0, np.array(([ONLINE] if online else []) + sorted(cells)))
    assert set(found.tolist()) == {i for i in idx if cell[i] in cells or (online and is_online[i])}
    assert np.array_equal(links, found / 100)  # each link stays with its group


MATCHER = default_matcher()


@given(
    st.lists(
        st.tuples(
            st.sampled_from([0.6, 0.7, 0.70004, 0.70006, 0.8, 0.9, 1.0]),  # near ties that round alike or apart
            st.sampled_from(AUDIENCES),
            st.integers(0, 9),  # tenths of a degree east of the place: all within 100 km
            st.sampled_from(["Alkohol", "Sucht", "Alkohol und Sucht", "Trinken"]),
            st.sampled_from(["alkohol", "angehoerige-sucht"]),  # the topic's own group, or one for relatives
        ),
        min_size=1,
        max_size=RERANK + 20,
    ),
    st.sampled_from(["affected", "relative", "any"]),
)
def test_a_shorter_list_is_the_start_of_a_longer_one(groups, role):
    """The ranking leaves out groups that cannot reach the first places; it must not leave out one that can."""
    records = [
        GroupRecord(f"g{n}", name, "cp", audience, lat=51.3, lon=12.3 + east / 10, topics=((topic, strength),))
        for n, (strength, audience, east, name, topic) in enumerate(groups)
    ]
    index = GroupIndex.of(MATCHER, records, [ContactPointRecord("cp", "KISS", lat=51.3, lon=12.3)])

    def first(limit: int) -> list[tuple[str, float, float | None]]:
        found = index.search("Alkohol", role=role, lat=51.3, lon=12.3, limit=limit).groups
        return [(r.group.id, r.score, r.distance_km) for r in found]

    longest = first(RERANK)
    assert len(longest) >= min(sum(topic == "alkohol" for *_, topic in groups), RERANK)  # own groups all fit
    for limit in (1, 2, 3, 15):
        assert first(limit) == longest[:limit]


def ranked_for(groups: list[tuple[str, str, tuple[tuple[str, float], ...], float]], topics: list[str]) -> list[str]:
    """Names found for a relative asking about `topics` among groups (name, audience, topic links,
    km east of the place)."""
    records = [
        GroupRecord(f"g{n}", name, "cp", audience, lat=51.05, lon=13.74 + km / 70, topics=links)
        for n, (name, audience, links, km) in enumerate(groups)
    ]
    index = GroupIndex.of(MATCHER, records, [ContactPointRecord("cp", "KISS", lat=51.05, lon=13.74)])
    return [r.group.name for r in index.search("", role="relative", lat=51.05, lon=13.74, topic_ids=topics).groups]


CARERS = ("Pflegende Angehörige", "relatives", (("pflegende-angehoerige", 1.0),), 1)


def test_for_a_relative_a_topics_own_group_comes_before_the_carers_groups_of_its_relatives_topic():
    """Parkinson's relatives' topic is the carers' one, shared by many illnesses: its groups do not
    name Parkinson, and a Parkinson group is for the family as well."""
    found = ranked_for([CARERS, ("Parkinson", "both", (("parkinson", 1.0),), 20)], ["parkinson"])
    assert found == ["Parkinson", "Pflegende Angehörige"]


def test_a_relatives_group_of_another_illness_is_said_to_be_related():
    """A mother with Parkinson: the carers' group of dementia was listed as fitting (a tester); it is a related one,
    the carers' group of no illness fits, as the Parkinson group does."""
    groups = [
        CARERS,
        ("Pflegende Angehörige Demenz", "relatives", (("pflegende-angehoerige", 1.0), ("demenz", 1.0)), 2),
        ("Parkinson", "both", (("parkinson", 1.0),), 20),
    ]
    records = [
        GroupRecord(f"g{n}", name, "cp", audience, lat=51.05, lon=13.74 + km / 70, topics=links)
        for n, (name, audience, links, km) in enumerate(groups)
    ]
    index = GroupIndex.of(MATCHER, records, [ContactPointRecord("cp", "KISS", lat=51.05, lon=13.74)])
    found = index.search("", role="relative", lat=51.05, lon=13.74, topic_ids=["parkinson"]).groups
    assert {r.group.name: r.related for r in found} == {
        "Parkinson": False,
        "Pflegende Angehörige": False,
        "Pflegende Angehörige Demenz": True,
    }


def test_for_a_relative_the_relatives_groups_of_the_illness_come_first():
    addiction = ("Sucht (Angehörige)", "relatives", (("angehoerige-sucht", 1.0), ("sucht", 0.85)), 5)
    found = ranked_for([("Alkoholsucht", "both", (("alkohol", 1.0),), 1), addiction], ["alkohol"])
    assert found == ["Sucht (Angehörige)", "Alkoholsucht"]


@pytest.mark.parametrize(
    ("topic", "exact", "other"),
    [
        (  # relatives' groups of another illness under the same relatives' topic
            "schizophrenie",
            (
                "Psychische Erkrankungen (Angehörige)",
                "relatives",
                (("angehoerige-psyche", 1.0), ("psychische-erkrankung", 0.85)),
                10,
            ),
            ("Borderline (Angehörige)", "relatives", (("angehoerige-psyche", 1.0), ("borderline", 1.0)), 1),
        ),
        (  # ... of a related topic
            "fasd",
            ("Fetale Alkoholspektrumstörungen (FASD)", "both", (("fasd", 1.0), ("alkohol", 0.85)), 10),
            (
                "Eltern geistig behinderter Kinder",
                "relatives",
                (("eltern-besondere-kinder", 1.0), ("geistige-behinderung", 1.0)),
                1,
            ),
        ),
        (  # a group of the topic asked and of another one
            "parkinson",
            ("Parkinson", "both", (("parkinson", 1.0),), 10),
            ("Parkinson und Schlaganfall", "both", (("parkinson", 1.0), ("schlaganfall", 1.0)), 1),
        ),
    ],
)
def test_a_group_also_for_a_topic_not_asked_comes_after_one_for_what_was_asked(topic, exact, other):
    assert ranked_for([other, exact], [topic]) == [exact[0], other[0]]


def test_for_a_relative_the_best_own_group_is_among_the_first_three():
    relatives = [
        (f"Sucht (Angehörige) {n}", "relatives", (("angehoerige-sucht", 1.0), ("sucht", 0.85)), 1) for n in range(4)
    ]
    found = ranked_for([*relatives, ("Alkoholsucht", "both", (("alkohol", 1.0),), 95)], ["alkohol"])
    assert found[2] == "Alkoholsucht" and len(found) == 5


@pytest.mark.parametrize(
    ("topic", "own"),
    [("kriegstrauma", "Kriegserfahrung"), ("trauma", "Posttraumatische Belastungsstörung (PTBS)")],
)
def test_for_a_relative_a_topics_group_for_the_affected_comes_before_generic_relatives_groups(topic, own):
    """A wife whose husband came back from the front changed: the trauma groups come before the groups
    for relatives of the mentally ill in general."""
    generic = (
        "Angehörige psychisch kranker Menschen",
        "relatives",
        (("angehoerige-psyche", 1.0), ("psychische-erkrankung", 0.85)),
        1,
    )
    found = ranked_for([generic, (own, "affected", ((topic, 1.0),), 10)], [topic])
    assert found == [own, generic[0]]


def test_for_a_relative_generic_relatives_groups_stay_listed_after_the_topics_and_related_groups():
    """A husband back from the front: the war trauma group farther away and a trauma group come
    before the groups for relatives of the mentally ill, which are still shown after them."""
    generic = (
        "Angehörige psychisch kranker Menschen",
        "relatives",
        (("angehoerige-psyche", 1.0), ("psychische-erkrankung", 0.85)),
        30,
    )
    related = ("Posttraumatische Belastungsstörung (PTBS)", "both", (("trauma", 1.0),), 30)
    own = ("Kriegserfahrung", "affected", (("kriegstrauma", 1.0),), 60)
    assert ranked_for([generic, related, own], ["kriegstrauma"]) == [own[0], related[0], generic[0]]


@pytest.mark.parametrize(
    "text",
    [
        "mein Vater war Alkoholiker, meine Kindheit war schlimm",
        "my dad was an alcoholic and my childhood was awful",
        "babam alkolikti, cocuklugum kotu gecti",
        "ابوي كان مدمن كحول وطفولتي كانت صعبة",
        "отец был алкоголиком, детство было тяжёлое",
        "батько був алкоголіком, дитинство було важке",
    ],
)
def test_a_grown_up_child_of_an_addict_who_says_affected_gets_the_relatives_groups_first(text):
    """Grown up with an addicted parent, the person is affected, by a topic only for relatives: the
    groups for them are relatives' groups, not those of the addicted (Anonyme Alkoholiker)."""
    records = [
        GroupRecord("g0", "Anonyme Alkoholiker", "cp", "affected", lat=51.05, lon=13.75, topics=(("alkohol", 1.0),)),
        GroupRecord(
            "g1", "Erwachsene Kinder", "cp", "relatives", lat=51.05, lon=13.8, topics=(("angehoerige-sucht", 1.0),)
        ),
    ]
    index = GroupIndex.of(MATCHER, records, [ContactPointRecord("cp", "KISS", lat=51.05, lon=13.74)])
    found = index.search(text, role="affected", lat=51.05, lon=13.74).groups
    assert [r.group.name for r in found][0] == "Erwachsene Kinder"


@pytest.mark.parametrize(
    ("topics", "groups", "expected"),
    [
        (  # "Rentnerin, Brustkrebs": older people's loneliness group nearer, breast cancer first
            ["brustkrebs", "senioren"],
            [
                ("Einsamkeit (Senioren)", "both", (("einsamkeit", 1.0), ("senioren", 1.0)), 1),
                ("Brustkrebs", "both", (("brustkrebs", 1.0),), 30),
            ],
            ["Brustkrebs"],
        ),
        (  # "Männer, Gewalt in der Beziehung": the violence group for men first, no men's fibromyalgia group
            ["gewalt", "maenner"],
            [
                ("Fibromyalgie (Männer)", "both", (("fibromyalgie", 1.0), ("maenner", 1.0)), 1),
                ("Häusliche Gewalt", "both", (("gewalt", 1.0),), 10),
                ("Gewalt in Beziehungen (Männer)", "both", (("gewalt", 1.0), ("maenner", 1.0)), 30),
            ],
            ["Gewalt in Beziehungen (Männer)", "Häusliche Gewalt"],
        ),
        (  # a man beaten by his wife: a women's group nearer is for someone else, the violence group first
            ["gewalt", "maenner"],
            [
                ("Frauen und Gewalt", "both", (("gewalt", 1.0), ("frauen", 1.0)), 1),
                ("Häusliche Gewalt", "both", (("gewalt", 1.0),), 20),
            ],
            ["Häusliche Gewalt", "Frauen und Gewalt"],
        ),
        (  # and a woman is not sent to a men's group first
            ["sucht", "frauen"],
            [
                ("Sucht (Männer)", "both", (("sucht", 1.0), ("maenner", 1.0)), 1),
                ("Suchtselbsthilfe", "both", (("sucht", 1.0),), 20),
            ],
            ["Suchtselbsthilfe", "Sucht (Männer)"],
        ),
        (  # the audience alone still finds its groups
            ["frauen"],
            [("Frauentreff", "both", (("frauen", 1.0),), 1)],
            ["Frauentreff"],
        ),
    ],
)
def test_an_audience_beside_a_topic_refines_its_groups_and_brings_no_other_topics_group(topics, groups, expected):
    assert ranked_for(groups, topics) == expected


# a console tester: the demo directory's only grief group, "Trauer nach Suizid", was offered for any death as its match
GRIEF = {
    "de": "mein Vater ist gestorben, suche Trauergruppe in Leipzig",
    "en": "my dad passed away last month, looking for a grief group in leipzig",
    "tr": "babam vefat etti, Leipzig'de yas grubu arıyorum",
    "ar": "أبوي توفى الشهر الماضي، بدور على مجموعة للحزن في لايبزيغ",
    "ru": "у меня умер отец, ищу группу для переживающих утрату в Лейпциге",
    "uk": "помер тато, шукаю групу підтримки в горі в Лейпцигу",
}


@pytest.mark.parametrize("lang", GRIEF)
def test_a_group_after_a_suicide_is_a_related_one_for_a_death_not_told_as_one(lang, demo_runtime):
    state, replies = step(State(lang=lang), Text(GRIEF[lang]), demo_runtime.services)
    shown = "\n".join(render_text(reply, "de") for reply in replies)
    assert state.step == Step.RESULTS and "[DEMO] Trauer nach Suizid" in shown, (lang, shown)
    assert "zu einem verwandten Thema" in shown and "genau zu deinem Thema habe ich nicht" in shown, (lang, shown)


SUICIDE_LOSS = [
    "mein Bruder hat sich das Leben genommen, Leipzig",
    "my mum killed herself last year, grief group in leipzig",
]


@pytest.mark.parametrize("text", SUICIDE_LOSS)
def test_a_loss_told_as_a_suicide_finds_its_group_as_the_match(text, demo_runtime):
    state, replies = step(State(), Text(text), demo_runtime.services)
    shown = "\n".join(render_text(reply, "de") for reply in replies)
    assert state.step == Step.RESULTS and "[DEMO] Trauer nach Suizid" in shown and "verwandten Thema" not in shown


@pytest.mark.parametrize(
    ("topic", "text"), [("trauer", ""), ("trauer", "Trauer"), ("verwaiste-eltern", ""), ("trauer-suizid", "")]
)
def test_groups_of_a_narrower_loss_are_related_to_a_loss_in_general(topic, text):
    """A group for one kind of loss (after a suicide, of a child, of the partner: linked to grief too, as a
    broader topic) comes after a grief group 30 km away and is said to be related, whatever word names
    them both; for its own loss it is the match."""
    records = [
        GroupRecord(group_id, name, "cp", audience, lat=51.05, lon=13.74 + km / 70, topics=links)
        for group_id, name, audience, links, km in (
            ("s", "Trauer nach Suizid", "relatives", (("trauer-suizid", 1.0), ("trauer", 0.85)), 0),
            ("p", "Trauernde Eltern", "relatives", (("verwaiste-eltern", 1.0), ("trauer", 0.85)), 0),
            ("t", "Trauercafé", "both", (("trauer", 1.0),), 30),
        )
    ]
    index = GroupIndex.of(MATCHER, records, [ContactPointRecord("cp", "KISS", lat=51.05, lon=13.74)])
    found = index.search(text, role="relative", lat=51.05, lon=13.74, topic_ids=[topic]).groups
    own = {"trauer": "Trauercafé", "verwaiste-eltern": "Trauernde Eltern", "trauer-suizid": "Trauer nach Suizid"}[topic]
    assert found[0].group.name == own and not found[0].related, found
    assert found[1:] and all(r.related for r in found[1:]), found
