"""What people already said is taken, places are honest, answers fit: the state machine over a
small directory of our own (invented, like the demo) and over the demo directory."""

from __future__ import annotations

import pytest

from bot.paths import DATA, read_yaml
from bot.render import render_text
from bot.search_output import search_json
from dialogs.machine import step
from dialogs.model import Asked, Choice, Location, Place, Start, State, Step, Text

LEIPZIG = Place("Leipzig", 51.3396, 12.3713)


@pytest.fixture(scope="module")
def small(directory_runtime):
    """Two contact points in Saxony, one without a phone; groups in Aue, Leipzig and online."""
    return directory_runtime(
        {
            "contact_points": [
                {
                    "id": "cp-aue",
                    "name": "KISS",
                    "city": "Aue",
                    "postal_code": "08280",
                    "lat": 50.59,
                    "lon": 12.70,
                    "email": "kiss-aue@example.org",
                    "languages": ["de", "ru"],
                },
                {
                    "id": "cp-leipzig",
                    "name": "KISS",
                    "city": "Leipzig",
                    "postal_code": "04109",
                    "lat": 51.34,
                    "lon": 12.37,
                    "phone": "0341 000000",
                    "opening_hours": "Montags nach Absprache",
                },
            ],
            "groups": [
                {"id": "g1", "name": "Tinnitus", "contact_point": "cp-aue", "city": "Aue", "lat": 50.59, "lon": 12.70},
                {
                    "id": "g2",
                    "name": "Alkohol (Angehörige)",
                    "contact_point": "cp-leipzig",
                    "city": "Leipzig",
                    "lat": 51.34,
                    "lon": 12.37,
                    "audience": "relatives",
                },
                {
                    "id": "g3",
                    "name": "Alkoholabhängigkeit",
                    "contact_point": "cp-leipzig",
                    "city": "Leipzig",
                    "lat": 51.34,
                    "lon": 12.37,
                    "audience": "affected",
                },
                {"id": "g4", "name": "Depression online", "contact_point": "cp-leipzig", "online": True},
            ],
        }
    ).services


def said(replies, lang="de") -> str:
    return "\n".join(render_text(r, lang) for r in replies)


def test_a_complete_first_message_goes_straight_to_the_groups(small):
    state, replies = step(State(), Text("mein Mann trinkt, wir wohnen in Leipzig"), small)
    text = said(replies)
    assert state.step == Step.RESULTS and state.role == "relative" and state.place.name == "Leipzig"
    assert text.startswith("Verstanden: ") and "für Angehörige · Leipzig" in text
    groups = text.split("\n", 1)[1]  # the first line names the topic understood
    assert groups.index("Alkohol (Angehörige)") < groups.index("Alkoholabhängigkeit")  # relatives' group first
    assert "change" in [b.action for r in replies for row in r.buttons for b in row]


PAIR = ("Alkoholabhängigkeit", "Depression")


def test_the_headline_names_every_topic_searched(small):
    """A message naming two topics searches both: the first line says so, not only the first."""
    state, replies = step(State(), Text("Alkohol und Depression, wir wohnen in Leipzig"), small)
    assert state.step == Step.RESULTS and len(state.topic_ids) == 2
    headline = said(replies).split("\n", 1)[0]
    assert headline in (f"Verstanden: {a} + {b} · für dich selbst · Leipzig" for a, b in (PAIR, PAIR[::-1]))


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("tr", "Kocam çok içiyor, Leipzig'de oturuyoruz"),
        ("ru", "мой муж пьёт, мы живём в Лейпциге"),
        ("uk", "мій чоловік п'є, ми живемо в Лейпцигу"),
        ("ar", "زوجي يشرب الكحول كثيرا ونحن في لايبزيغ"),
        ("en", "my husband drinks every night, we live in Leipzig"),
    ],
)
def test_role_and_place_are_understood_in_every_language(small, lang, message):
    state, _ = step(State(lang=lang), Text(message), small)
    assert (state.step, state.role, state.place and state.place.name) == (Step.RESULTS, "relative", "Leipzig")


def test_what_was_said_before_is_never_asked_again(small):
    state, _ = step(State(), Text("04109"), small)  # a postal code first
    assert state.place.name == "Leipzig" and state.step == Step.TOPIC
    state, replies = step(state, Text("ich habe seit Jahren Tinnitus"), small)
    assert state.step == Step.RESULTS  # topic and role now, and the place from before
    assert "Tinnitus" in said(replies)


def test_an_ambiguous_place_is_asked_about_and_the_directorys_region_comes_first(small):
    state, _ = step(State(step=Step.LOCATION, topic_ids=("tinnitus",), role="affected"), Text("Aue"), small)
    assert state.place is not None and state.place.name == "Aue (Sachsen)"  # the directory's region, and said which
    state, _ = step(State(step=Step.LOCATION, topic_ids=("tinnitus",), role="affected"), Text("Neustadt"), small)
    assert state.place is not None and state.place.name == "Neustadt/Vogtland"  # 30 km from Aue, the only one near
    state, replies = step(State(step=Step.LOCATION, topic_ids=("tinnitus",), role="affected"), Text("Lichtenau"), small)
    assert state.step == Step.PLACE and len(state.place_options) > 1  # none near: which one?
    labels = [str(b.label) for r in replies for row in r.buttons for b in row if b.action == "place"]
    assert all("(" in label for label in labels)  # each with its state
    chosen, _ = step(state, Choice("place", "0"), small)
    assert chosen.place == state.place_options[0] and chosen.step == Step.RESULTS


def test_a_word_that_is_no_place_is_not_made_one(small):
    state = State(step=Step.LOCATION, topic_ids=("tinnitus",), role="affected")
    for word in ("ritzen", "Xyzzyhausen", "ich weiß nicht"):
        new, _ = step(state, Text(word), small)
        assert new.place is None, word


@pytest.mark.parametrize(
    ("message", "lang", "topic"),
    [
        ("bin jetzt im frauenhaus und sicher", "de", "gewalt"),  # was Frauenau
        ("er ist im delirium", "de", None),  # was Delitzsch
        ("i suffer from menieres", "en", "meniere"),  # was Mézières
        ("meniyer'den dolayı başım dönüyor", "tr", "meniere"),  # was Meinier
        ("أعاني من ليونه في المفاصل", "ar", None),  # hypermobile joints, was Löhne
        ("у меня мокрота из бронхов", "ru", None),  # was Bronkow
        ("я зараз у фрауенхаус", "uk", "gewalt"),  # was Frauenau
        ("біль віддає в простату", "uk", None),  # was Postau
    ],
)
def test_a_word_of_our_topics_is_no_mistyped_place(small, message, lang, topic):
    """Only a word we know no other meaning of is read as a place's name mistyped after "in", "im", "from", "в",
    "من" or before "'den": a word of the taxonomy, in any of its forms, is that word."""
    understood = small.understand(message, lang, None)
    assert not understood.places, understood.places
    assert topic is None or topic in understood.topics, understood.topics


@pytest.mark.parametrize("message", ["im greiving since my mum died", "im sufering", "im angri all the time", "im 14"])
def test_english_im_is_i_am_and_names_no_place(small, message):
    """German "im" takes an article, which a town's name never has; English "im" is "I'm": no name mistyped
    follows it ("im sufering" was Fehring, "im greiving" Greiling), not in a sentence, nor where "where?" was asked."""
    assert not small.understand(message, "en", None).places
    state, _ = step(State(step=Step.LOCATION, topic_ids=("trauer",), role="affected", lang="en"), Text(message), small)
    assert state.place is None and not state.place_options, state


@pytest.mark.parametrize(("message", "town"), [("im in Köln", "Köln"), ("im in leipzig, my husband drinks", "Leipzig")])
def test_a_place_after_english_im_in_is_still_read(small, message, town):
    state, _ = step(State(step=Step.LOCATION, topic_ids=("alkohol",), role="relative", lang="en"), Text(message), small)
    assert state.place is not None and state.place.name == town


@pytest.mark.parametrize("message", ["в Лейпциге", "Leipzig'de", "ich wohne in Leipzig", "لايبزيغ", "Лейпциг"])
def test_places_as_people_write_them(small, message):
    state, _ = step(State(step=Step.LOCATION, topic_ids=("alkohol",), role="affected"), Text(message), small)
    assert state.place is not None and state.place.name == "Leipzig"


def test_every_result_says_its_place_and_distance_honestly(small):
    state, replies = step(State(step=Step.LOCATION, topic_ids=("tinnitus",), role="affected"), Text("Leipzig"), small)
    text = said(replies)
    assert "Gruppe in der Nähe" not in text and "km von Leipzig entfernt" in text  # Aue is 90 km away
    assert "in Aue" in text
    assert "KISS (Aue)" in text  # contact points of the same name are told apart


def test_a_contact_point_without_phone_is_never_to_be_called(small):
    state, _ = step(State(step=Step.LOCATION, topic_ids=("tinnitus",), role="affected"), Location(50.59, 12.70), small)
    state, replies = step(state, Choice("group", "g1"), small)
    text = said(replies)
    assert "anrufen" not in text and "E-Mail: kiss-aue@example.org" in text
    assert "Telefonnummer dieser Kontaktstelle habe ich nicht" in text
    assert "Sprachen: Deutsch und Russisch" in text
    assert "Языки: немецкий и русский" in said(replies, "ru")


def test_online_means_online_groups_and_none_is_said_honestly(small):
    state, replies = step(
        State(step=Step.LOCATION, topic_ids=("depression",), role="affected"), Choice("online"), small
    )
    assert "Depression online" in said(replies) and "Alkohol" not in said(replies)
    state, replies = step(State(step=Step.LOCATION, topic_ids=("tinnitus",), role="affected"), Choice("online"), small)
    text = said(replies)
    assert "online trifft, habe ich dazu leider nicht gefunden" in text and "nakos.de" in text


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("de", "erlangen aber egal, online?"),
        ("de", "Leipzig oder online"),
        ("en", "leipzig but whatever, online?"),
        ("en", "Leipzig or online"),
        ("tr", "Leipzig ama fark etmez, online?"),
        ("tr", "Leipzig veya online"),
        ("ar", "لايبزيغ بس مش مهم، اونلاين؟"),
        ("ar", "لايبزيغ او اونلاين"),
        ("ru", "Лейпциг, но неважно, онлайн?"),
        ("ru", "Лейпциг или онлайн"),
        ("uk", "Лейпциг, але байдуже, онлайн?"),
        ("uk", "Лейпциг або онлайн"),
    ],
)
def test_online_said_beside_a_place_is_wished(small, lang, message):
    """ "online?" in a clause of its own beside the place named is the wish a bare "online?" is: the
    online groups come with those of the place (it had been left out)."""
    state, replies = step(
        State(step=Step.LOCATION, topic_ids=("depression",), role="affected", lang=lang), Text(message), small
    )
    assert state.place is not None and state.online_ok, state
    assert "Depression online" in said(replies, lang)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        pytest.param(
            "de",
            "online bitte, ich will nicht dass mich jemand aus der schule sieht",
            # round 61's letters: 0.96 (round 54's 0.85), the crisis reply in eleven words of no danger; the price
            # of the retrain seen in the conversation, left for the next round to weigh
            marks=pytest.mark.xfail(strict=True, reason="the retrained letter model alarms on it"),
        ),
        ("en", "online pls, i dont want anyone from my school to see me"),
        ("tr", "online lütfen, okuldan kimse görmesin"),
        ("ar", "اونلاين لو سمحت، ما بدي حدا من المدرسة يشوفني"),
        ("ru", "онлайн пожалуйста, не хочу чтобы кто-то из школы меня видел"),
        ("uk", "онлайн будь ласка, не хочу щоб хтось зі школи мене бачив"),
    ],
)
def test_online_with_a_please_where_the_place_is_asked_is_online(small, lang, message):
    """ "online pls" is the wish a bare "online" is, also beside a clause on why: no place unknown."""
    state, replies = step(
        State(step=Step.LOCATION, topic_ids=("depression",), role="affected", lang=lang), Text(message), small
    )
    if state.asked == Asked.SAFETY:  # the letter model may ask first; its "no" reads the message on
        state, replies = step(state, Choice("safe"), small)
    assert state.online_ok and state.place is None and "Depression online" in said(replies, lang), lang


MAGDEBURG = Place("Magdeburg", 52.1205, 11.6276)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("de", "gibt es das auch online? nach Leipzig fahre ich nicht"),
        ("de", "online wär gut, aber bitte nicht nach Leipzig"),
        ("en", "any online groups? i won't go to Leipzig"),
        ("tr", "online grup var mı? Leipzig'e gitmem"),
        ("ar", "في شي اونلاين؟ ما بروح على لايبزيغ"),
        ("ru", "а онлайн группы есть? в Лейпциг я не поеду"),
        ("uk", "а онлайн групи є? до Лейпцига я не поїду"),
    ],
)
def test_a_place_the_writer_will_not_go_to_is_no_place(small, lang, message):
    """ "в Лейпциг я не поеду" beside "online?" after Magdeburg: Magdeburg is kept and online wished; the
    refused town had become the place ("Leipzig oder online")."""
    shown = State(step=Step.RESULTS, topic_ids=("depression",), role="affected", lang=lang, place=MAGDEBURG)
    state, _ = step(shown, Text(message), small)
    assert state.place == MAGDEBURG and state.online_ok, (lang, state.place)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("de", "ich fahre nicht gern weit, ich wohne in Leipzig"),
        ("de", "nicht weit von Leipzig"),
        ("en", "i can't drive far, i live in Leipzig"),
        ("tr", "uzağa gidemem, Leipzig'de oturuyorum"),
        ("ar", "ما بقدر روح بعيد، ساكن بلايبزيغ"),
        ("ru", "далеко ездить не могу, живу в Лейпциге"),
        ("uk", "далеко їздити не можу, живу в Лейпцигу"),
        ("de", "gibt es nicht in Leipzig eine Gruppe?"),
        ("en", "is there not one in Leipzig?"),
        ("ru", "а не в Лейпциге есть группа?"),
    ],
)
def test_a_place_beside_a_no_of_another_clause_is_the_place(small, lang, message):
    """Calm twins: a "not far" in a clause of its own, or "not far from", leaves the place named; so does a negation
    before the only place named ("gibt es nicht in Leipzig eine?" asks about it)."""
    state, _ = step(
        State(step=Step.LOCATION, topic_ids=("depression",), role="affected", lang=lang), Text(message), small
    )
    assert state.place is not None and state.place.name == "Leipzig", (lang, message)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("de", "nicht leipzig, sondern dresden"),
        ("de", "nee, nich in leipzig. in dresden"),
        ("en", "not leipzig, dresden"),
        ("en", "no sorry not in Leipzig but in Dresden"),
        ("tr", "leipzig değil, dresden"),
        ("ar", "مش لايبزيغ، درسدن"),
        ("ru", "не лейпциг, а дрезден"),
        ("ru", "не в лейпциге, а в дрездене"),
        ("ru", "ne leipzig a dresden"),
        ("uk", "не лейпциг, а дрезден"),
    ],
)
def test_a_place_negated_before_another_is_corrected_away(small, lang, message):
    """ "не лейпциг, а дрезден" after Leipzig's groups: Dresden (a tester's Russian correction kept Leipzig, and so did
    the German "nicht Leipzig, sondern Dresden")."""
    shown = State(step=Step.RESULTS, topic_ids=("depression",), role="affected", lang=lang, place=LEIPZIG)
    state, _ = step(shown, Text(message), small)
    assert state.place is not None and state.place.name == "Dresden", (lang, message, state.place)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("de", "nicht leipzig sondern kiel"),
        ("de", "nicht in leipzig, sondern in kiel"),
        ("de", "leipzig, nein, kiel"),
        ("de", "kiel, nicht leipzig"),
        ("en", "not leipzig but kiel"),
        ("en", "leipzig, no, kiel"),
        ("tr", "leipzig değil kiel"),
        ("ru", "не лейпциг, а киль"),
        ("ru", "лейпциг, нет, киль"),
        ("uk", "не лейпциг, а кіль"),
        ("ar", "مش لايبزيغ، كيل"),
        ("de", "leipzig nein dresden"),
    ],
)
@pytest.mark.parametrize("asked", [Step.RESULTS, Step.LOCATION])
def test_the_place_a_correction_names_instead_is_taken(small, lang, message, asked):
    """ "nicht hamburg sondern kiel" kept Hamburg: Kiel is also a word ("der Kiel"), a place in a sentence only where
    it is said as one. The rest of a correction, the place corrected away and its "not" or "no" left out, is read as
    the answer to "where?" (the calm twin: "gibt es nicht in Leipzig eine Gruppe?" keeps Leipzig, above); so is a
    place corrected away by a "no" after it ("Leipzig, nein, Kiel")."""
    shown = State(step=asked, topic_ids=("depression",), role="affected", lang=lang)
    shown = shown.with_(place=LEIPZIG) if asked == Step.RESULTS else shown
    state, _ = step(shown, Text(message), small)
    assert state.place is not None and state.place.name in ("Kiel", "Dresden"), (lang, message, state.place)
    assert (state.place.name == "Dresden") == ("dresden" in message)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("uk", "online tezh mozhna"),
        ("uk", "онлайн теж можна"),
        ("uk", "onlain tezh mozhna"),
        ("ru", "онлайн тоже можно"),
        ("ru", "online tozhe mozhno"),
        ("ar", "اونلاين كمان ماشي"),
        ("ar", "online kaman mashi"),
        ("de", "online geht auch"),
        ("en", "online is fine too"),
        ("tr", "online da olur"),
        # round 68, a console tester: "internetten de olur", "ممكن أونلاين", and other people's wordings of the same
        ("tr", "internetten de olur"),
        ("tr", "online olabilir"),
        ("tr", "çevrimiçi de olur"),
        ("tr", "internetten olsa da olur"),
        ("ru", "можно и онлайн"),
        ("ru", "mozhno i onlain"),
        ("uk", "можна й онлайн"),
        ("uk", "mozhna i onlain"),
        ("ar", "ممكن أونلاين"),
        ("ar", "ممكن اونلاين كمان"),
        ("ar", "mumken online"),
        ("ar", "اونلاين ما في مشكلة"),
        ("ar", "online mafi moshkle"),
        ("de", "online wäre auch ok"),
        ("de", "online ginge auch"),
        ("de", "online ist auch okay"),
        ("en", "online would be fine"),
        ("en", "could be online"),
        ("en", "i can do online too"),
    ],
)
def test_online_is_fine_too_is_understood_in_each_script(small, lang, message):
    """ "online tezh mozhna" (Ukrainian in Latin letters) was no answer to "where?", nor its Cyrillic, Russian or
    Arabic twins: online is fine, no place asked for as unknown."""
    state, _ = step(
        State(step=Step.LOCATION, topic_ids=("depression",), role="affected", lang=lang), Text(message), small
    )
    assert state.online_ok and state.place is None, (lang, message)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("de", "Leipzig bitte"),
        ("en", "leipzig pls"),
        ("tr", "Leipzig lütfen"),
        ("ar", "لايبزيغ لو سمحت"),
        ("ru", "Лейпциг пожалуйста"),
        ("uk", "Лейпциг будь ласка"),
    ],
)
def test_a_please_beside_a_place_wishes_no_online(small, lang, message):
    """Calm twins: a please beside a place is that place, no wish for online."""
    state, _ = step(
        State(step=Step.LOCATION, topic_ids=("depression",), role="affected", lang=lang), Text(message), small
    )
    assert state.place is not None and state.place.name == "Leipzig" and not state.online_ok, lang


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "my dad has dementia, yesterday he walked out from home and got lost"),
        ("ar", "ابوي صار ينسى كل شي، امبارح طلع من البيت وضاع"),
        ("ru", "у папы деменция, вчера ушёл из дома и потерялся"),
        ("uk", "у тата деменція, вчора пішов з дому і загубився"),
    ],
)
def test_leaving_home_is_no_wish_for_online_groups(small, lang, message):
    state, _ = step(State(lang=lang), Text(message), small)
    assert not state.online_ok


def test_the_results_page_holds_and_answers_what_people_ask(small):
    state, _ = step(State(step=Step.LOCATION, topic_ids=("alkohol",), role="relative"), Text("Leipzig"), small)
    for question, answer in (
        ("kostet das was?", "kostenlos"),
        ("wann trifft sich die Gruppe?", "weiß die Kontaktstelle"),
        ("muss ich meinen Namen sagen?", "anonym"),
    ):
        new, replies = step(state, Text(question), small)
        assert new == state and answer in said(replies), question
    new, replies = step(state, Text("danke"), small)
    assert new == state and "Alles Gute" in said(replies) and "/notfall" in said(replies)
    new, replies = step(state, Text("asdfgh"), small)
    assert new == state and "nicht verstanden" in said(replies) and "Alkohol (Angehörige)" not in said(replies)
    assert {"group", "back", "change", "restart"} <= {b.action for r in replies for row in r.buttons for b in row}
    new, _ = step(state, Text("in Aue"), small)  # a new place refines the same search
    assert new.step == Step.RESULTS and new.topic_ids == state.topic_ids and new.place.name == "Aue (Sachsen)"
    actions = [b.action for r in step(state, Choice("list"), small)[1] for row in r.buttons for b in row]
    assert {"back", "change", "restart"} <= set(actions)
    back, _ = step(state, Choice("back"), small)
    assert back.step == Step.LOCATION  # back from the list to the place question


def test_hello_help_and_someone_to_talk_to_get_warm_answers(small):
    _, replies = step(State(), Text("Hallo"), small)
    assert said(replies).startswith("Hallo! Schön, dass du da bist.")
    _, replies = step(State(), Text("ich brauche jemanden zum Reden"), small)
    assert "jemanden zum Reden" in said(replies) and "0800 111 0 111" in said(replies)


def test_a_death_gets_words_of_sympathy_first(small):
    _, replies = step(State(), Text("unser Sohn ist letztes Jahr gestorben"), small)
    assert said(replies).startswith("Es tut mir sehr leid")


def test_a_message_in_another_language_offers_to_switch_in_that_language_once_one_was_chosen(small):
    """The person chose German (see tests/test_conversation_language.py for one who chose none)."""
    state, replies = step(State(), Start("", "de"), small)
    state, replies = step(state.with_(lang_chosen=True), Text("здравствуйте, у моего сына депрессия"), small)
    offer = replies[0]
    assert render_text(offer, "de") == "Я могу писать тебе и по-русски."
    assert [(b.action, b.value) for row in offer.buttons for b in row] == [("lang", "ru")]
    switched, _ = step(state, Choice("lang", "ru"), small)
    assert switched.lang == "ru" and switched.topic_ids == state.topic_ids


@pytest.mark.parametrize(
    ("typed", "lang"),
    [
        ("syn p'et", "ru"),
        ("skolko eto stoit", "ru"),
        ("a kogda oni vstrechayutsya", "ru"),
        ("syn p'je, ja mama", "uk"),
        ("skilky tse koshtuye", "uk"),
        ("mij cholovik p'je", "uk"),
    ],
)
def test_russian_or_ukrainian_in_latin_letters_switches_as_other_languages_do(small, typed, lang):
    """A writer who types Russian or Ukrainian in Latin letters, each message understood, had German replies to
    the end: their message's Cyrillic reading tells its language, and the bot goes on in it (German a tap away)."""
    state = State(step=Step.LOCATION, topic_ids=("alkohol",), role="relative")
    new, replies = step(state, Text(typed), small)
    offers = [(b.action, b.value) for r in replies for row in r.buttons for b in row if b.action == "lang"]
    assert new.lang == lang and offers == [("lang", "de")], typed


@pytest.mark.parametrize(
    "typed", ["zhivu v Lejpcige", "meine tochter hat magersucht", "nur online bitte", "moja mama pije", "Leipzig"]
)
def test_latin_letters_that_say_no_language_clearly_offer_no_switch(small, typed):
    """Calm twins: a place in Latin letters, German, a Polish sentence offer no Russian or Ukrainian."""
    _, replies = step(State(step=Step.LOCATION, topic_ids=("alkohol",), role="relative"), Text(typed), small)
    assert not [b for r in replies for row in r.buttons for b in row if b.action == "lang"], typed


def test_the_role_question_fits_identity_topics(small):
    state, replies = step(State(), Text("Depression"), small)
    assert state.step == Step.ROLE and "Geht es um dich selbst" in said(replies)
    assert "betroffen" not in said(replies)


@pytest.mark.parametrize(
    "message",
    [
        "Ich heiße Anna Schubert, Tel. 0171 2345678, anna.schubert@example.org, Hauptstraße 5 in Leipzig, "
        "mein Mann trinkt",
        "My name is John Carter, +49 152 9876543, I live at Karl-Liebknecht-Str. 12, I have tinnitus",
        "Меня зовут Ольга Иванова, телефон 0176 5554443, мой сын пьёт",
    ],
)
def test_the_state_keeps_only_what_the_search_needs(small, message):
    state, _ = step(State(), Text(message), small)
    state, _ = step(state, Location(51.339612, 12.371301), small)
    stored = str(state.to_dict())
    for private in (
        "Anna",
        "Schubert",
        "0171",
        "example.org",
        "Hauptstr",
        "John",
        "Carter",
        "9876543",
        "Liebknecht",
        "Ольга",
        "Иванова",
        "5554443",
        "51.339612",
    ):
        assert private not in stored, private


@pytest.mark.parametrize(
    ("message", "topic"),
    [("postojanno pishit v uhe, ne mogu spat", "tinnitus"), ("muzh kazhdyj vecher napivaetsja", "alkohol")],
)
def test_russian_typed_in_latin_letters_names_its_topic(small, message, topic):
    """Read in Cyrillic as the crisis triage reads it ("pishit" is "пищит"), words spelled like a
    topic word of the language taken for it."""
    assert topic in small.understand(message, "ru", None).topics


@pytest.mark.parametrize(
    ("message", "lang", "topic"),
    [
        ("I was abused as a kid and it still haunts me", "en", "sexueller-missbrauch"),  # as "abused as a child"
        ("I was abused when I was little", "en", "sexueller-missbrauch"),
        ("ich wurde in meiner Kindheit missbraucht", "de", "sexueller-missbrauch"),
        ("küçükken istismar edildim", "tr", "sexueller-missbrauch"),
        ("в детстве меня насиловали", "ru", "sexueller-missbrauch"),
        ("в дитинстві мене ґвалтували", "uk", "sexueller-missbrauch"),
        ("تعرضت للاعتداء في طفولتي", "ar", "sexueller-missbrauch"),
        ("I was mistreated as a child", "en", "kindheit"),
        ("ich wurde als Kind misshandelt", "de", "kindheit"),
        ("küçükken dövüldüm", "tr", "kindheit"),
        ("меня в детстве избивали", "ru", "kindheit"),
        ("мене в дитинстві кривдили", "uk", "kindheit"),
        ("تعرضت للعنف في طفولتي", "ar", "kindheit"),
    ],
)
def test_abuse_or_violence_lived_through_as_a_child_names_its_topic(small, message, lang, topic):
    """In the words people use for it ("as a kid", "when I was little", "в детстве"): sexual abuse as "abused as a
    child" names it, being beaten or mistreated the topic of a difficult childhood (Belastende Kindheit)."""
    assert topic in small.understand(message, lang, None).topics


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("I hit my kid and I hate myself", "en"),
        ("my kid was beaten at school", "en"),
        ("I hit my little sister", "en"),
        ("küçük kardeşimi dövdüm", "tr"),
        ("я в детстве много болел", "ru"),
    ],
)
def test_a_child_of_the_writers_or_a_childhood_told_of_names_no_difficult_childhood(small, message, lang):
    """Twins: a child of the writer's, or one hit by the writer, is no childhood of their own ("kid" alone tells no
    whose); a childhood without violence named is none."""
    assert "kindheit" not in small.understand(message, lang, None).topics


@pytest.fixture(scope="module")
def named(directory_runtime):
    """Groups whose names hold a role word or a number."""
    cp = {"id": "cp", "name": "KISS", "city": "Leipzig", "lat": 51.34, "lon": 12.37}
    names = ("Schwule Väter", "Frauen 50+", "Zwänge")
    groups = [
        {"id": f"g{i}", "name": name, "contact_point": "cp", "city": "Leipzig", "lat": 51.34, "lon": 12.37}
        for i, name in enumerate(names)
    ]
    return directory_runtime({"contact_points": [cp], "groups": groups}).services


@pytest.mark.parametrize(
    ("message", "lang", "name"),
    [
        ("mein vater hatte nen schlag", "de", "Schwule Väter"),
        ("elimi günde 50 kere yıkıyorum", "tr", "Frauen 50+"),
    ],
)
def test_whom_a_message_is_about_and_a_number_alone_name_no_group(named, message, lang, name):
    assert name not in [g["name"] for g in search_json(named, message, "Leipzig", "any", lang)["groups"]]


@pytest.mark.parametrize(
    ("message", "name"), [("Gruppe für schwule Väter", "Schwule Väter"), ("Frauen ab 50", "Frauen 50+")]
)
def test_a_role_word_or_number_asked_for_still_names_its_group(named, message, name):
    assert search_json(named, message, "Leipzig")["groups"][0]["name"] == name


@pytest.mark.parametrize(
    ("message", "lang", "topic", "not_meant"),
    [
        ("esrar ve hap bırakamıyorum, her gün içiyorum", "tr", "drogen", "alkohol"),
        ("our kid is super hyper and the school keeps calling us", "en", "adhs", "stalking"),
        ("mein Sohn zockt Tag und Nacht und geht nicht mehr zur Schule", "de", "medien", "schulvermeidung"),
    ],
)
def test_words_of_a_longer_term_name_no_topic_of_their_own(small, message, lang, topic, not_meant):
    """ "her gün içiyor" (drinks every day) is part of "her gün esrar içiyor" (smokes weed every day),
    "keeps calling" (stalking) of "the school keeps calling" (ADHD)."""
    topics = small.understand(message, lang, None).topics
    assert topics[0] == topic
    assert not_meant not in topics


def test_a_relatives_term_still_names_the_illness_in_it(small):
    """ "ابني عنده مرض نادر" (my son has a rare disease) is for parents, and about a rare disease."""
    assert "seltene-erkrankungen" in small.understand("ابني عنده مرض نادر وما حدا بيعرف عنه", "ar", None).topics


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("meine frau ist letztes jahr gestorben", "de"),
        ("meine Frau ist an Krebs gestorben, jetzt bin ich allein mit den Kindern", "de"),
        ("my wife died of cancer", "en"),
        ("karim kanserden vefat etti", "tr"),
        ("مرتي ماتت بالسرطان", "ar"),
        ("жена умерла от рака, я один с детьми", "ru"),
        ("дружина померла від раку", "uk"),
    ],
)
def test_a_partners_death_is_no_womens_cancer_or_childs_death_topic(small, message, lang):
    """The word for the partner in "meine Frau ist gestorben" names no women's groups, "Kindern" beside
    it no child's death, the cause ("an Krebs") no cancer topic and no group named "Krebs"."""
    understood = small.understand(message, lang, None)
    assert "partnerverlust" in understood.topics
    assert not {"frauen", "verwaiste-eltern", "krebs", "krebs-angehoerige"} & set(understood.topics)
    assert "krebs" not in understood.name_words


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("ich bin so allein seit meine frau tot ist", "de"),
        ("meine frau ist letztes jahr gestorben", "de"),
        ("I'm so lonely since my wife is dead", "en"),
        ("my husband is dead and I am alone", "en"),
        ("karım öleli beri çok yalnızım", "tr"),
        ("زوجتي ميتة وأنا وحيد", "ar"),
        ("мне так одиноко, жена мертва", "ru"),
        ("моя жена умерла, мне одиноко", "ru"),
        ("мені самотньо, дружина мертва", "uk"),
    ],
)
def test_a_partners_death_is_the_mourners_own_grief(small, message, lang):
    """The partner who died is no relative the search is for: the one who writes mourns, for themself."""
    understood = small.understand(message, lang, None)
    assert "partnerverlust" in understood.topics
    assert (understood.role, understood.relations) == ("affected", ())


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("my mother died", "en"),
        ("my father died", "en"),
        ("my dad died last week", "en"),
        ("meine Mutter ist gestorben", "de"),
        ("мама умерла", "ru"),
        ("тато помер", "uk"),
        ("annem öldü", "tr"),
        ("ابوي مات", "ar"),
    ],
)
def test_a_death_told_in_the_past_is_the_writers_grief(small, message, lang):
    """Round 68: "my mother died" was read as "my mother is dying" (the stemmer makes "died" and "dying" one
    word), a relative's search for the seriously ill. A death told in the past is grief, the writer's own."""
    understood = small.understand(message, lang, None)
    assert understood.topics[:1] == ("trauer",) and "schwerkranke" not in understood.topics, understood.topics
    assert understood.role == "affected"


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("Kind verloren", "de"),
        ("wir haben unseren Sohn verloren", "de"),
        ("we lost our daughter", "en"),
        ("oğlumu kaybettim", "tr"),
        ("сын умер", "ru"),
        ("син помер", "uk"),
        ("ابني مات", "ar"),
    ],
)
def test_a_parent_who_lost_a_child_mourns_for_themself(small, message, lang):
    """Round 68: "Kind verloren" was asked "for whom?", "unseren Sohn verloren" searched for a relative: the one
    who tells of a child's death is the bereaved parent, the groups of bereaved parents are theirs."""
    understood = small.understand(message, lang, None)
    assert understood.topics[:1] == ("verwaiste-eltern",) and understood.role == "affected", understood


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("my mother is dying", "en"),
        ("my father is dying of cancer", "en"),
        ("meine Mama liegt im Sterben", "de"),
        ("мама умирает", "ru"),
    ],
)
def test_someone_close_who_is_dying_is_no_death_yet(small, message, lang):
    """The twin: the dying are a relative's search for the seriously ill, not grief."""
    understood = small.understand(message, lang, None)
    assert understood.topics[:1] == ("schwerkranke",) and understood.role == "relative", understood


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("I am dying inside since my mom passed away", "en"),
        ("ich will nicht mehr leben seit meine mama gestorben ist", "de"),
    ],
)
def test_a_death_told_beside_the_writers_own_dark_words_is_still_grief(small, message, lang):
    """Round 68: "I am dying inside" asks the safety question; the death told apart from those words ("since my mom
    passed away") is still the writer's grief, as it would be without them, not a search with no topic."""
    understood = small.understand(message, lang, None)
    assert "trauer" in understood.topics and understood.role == "affected", understood


@pytest.mark.parametrize(
    ("message", "lang", "topic"),
    [
        ("meine Mutter trauert so sehr um meinen Vater", "de", "trauer"),
        ("my husband drinks and I am alone", "en", "alkohol"),
    ],
)
def test_someone_close_who_mourns_or_is_ill_stays_the_one_the_search_is_for(small, message, lang, topic):
    """The twin: the one named who did not die is still the relative's search."""
    understood = small.understand(message, lang, None)
    assert topic in understood.topics and understood.role == "relative"


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("in der 22. Woche gestorben", "de"),
        ("our baby died at 22 weeks", "en"),
        ("bebegimiz 22. haftada oldu", "tr"),
        ("البيبي مات بالاسبوع 22", "ar"),
        ("наш малыш умер на 22 неделе", "ru"),
        ("наш малюк помер на 22 тижні", "uk"),
    ],
)
def test_a_death_in_pregnancy_is_no_premature_baby(small, message, lang):
    """A count of weeks beside a death is the pregnancy's, not a premature birth's."""
    topics = small.understand(message, lang, None).topics
    assert topics and "fruehgeborene" not in topics


@pytest.mark.parametrize(
    ("message", "lang", "topic"),
    [
        ("ja z Ukrajiny, teper v Nimechchyni, v mene travma vid vijny", "uk", "kriegstrauma"),
        ("ya iz Ukrainy, teper v Germanii, u menya travma ot vojny", "ru", "trauma"),
    ],
)
def test_a_latin_word_that_reads_as_an_everyday_cyrillic_word_is_no_typo(small, message, lang, topic):
    """ "teper" is "тепер"/"теперь" (now), no mistyped "temper" (anger and aggression)."""
    topics = small.understand(message, lang, None).topics
    assert topic in topics and "aggression" not in topics


@pytest.mark.parametrize(
    ("lang", "text", "bereaved"),
    [
        ("en", "my son wants to kill himself", False),
        ("en", "my husband says he wants to kill himself", False),
        ("ru", "муж говорит, что хочет покончить с собой", False),
        ("uk", "чоловік каже, що хоче покінчити з собою", False),
        ("tr", "kocam kendini öldürmek istediğini söylüyor", False),
        ("en", "my brother killed himself last year", True),
        ("ru", "брат покончил с собой", True),
        ("de", "mein Sohn hat sich umgebracht", True),
        # round 66: the verb last, and the other ways of saying it
        ("de", "seit mein bruder sich das leben genommen hat komm ich nicht klar", True),
        ("en", "since my brother took his own life i cant cope", True),
        ("tr", "abim geçen yıl kendi canına kıydı", True),
        ("ru", "брат лишил себя жизни в прошлом году", True),
        ("uk", "брат наклав на себе руки, не можу впоратися", True),
        ("ar", "أخي أنهى حياته", True),
        ("ru", "брат хочет лишить себя жизни", False),
        ("de", "ich habe angst, dass mein bruder sich das leben nimmt", False),
    ],
)
def test_a_wish_to_die_told_of_someone_close_is_no_bereavement(small, lang, text, bereaved):
    """ "Wants to kill himself" shares its words with "killed himself": the groups for those
    bereaved by suicide are for a death the triage reads as one."""
    topics = small.understand(text, lang, None).topics
    assert ("trauer-suizid" in topics) is bereaved, (lang, text, topics)


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("my dad drinks and I'm scared when he comes home. I'm 15", "en"),
        ("whenever my mom drinks she shouts", "en"),
        ("ich weiß nie, wann er nach Hause kommt und wie betrunken er ist", "de"),
        ("мне страшно, когда он пьёт", "ru"),
        ("мені страшно, коли він п'є", "uk"),
    ],
)
def test_a_when_that_tells_when_something_happens_asks_no_meeting_time(small, message, lang):
    """ "when he comes home", "когда он пьёт" tell when, they ask nothing of the groups' times."""
    assert "when" not in small.understand(message, lang, None).intents


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("when do the groups meet?", "en"),
        ("my dad drinks when he is home. when do you meet?", "en"),
        ("когда встречи?", "ru"),
    ],
)
def test_a_when_question_beside_a_when_told_is_still_asked(small, message, lang):
    assert "when" in small.understand(message, lang, None).intents


@pytest.mark.parametrize(
    ("message", "lang", "intent"),
    [
        ("vse dengi proigral", "ru", None),
        ("on dengi vse prosadil", "ru", None),
        ("hroshi vsi prohrav", "uk", None),
        ("hal hatha majjani?", "ar", "cost"),
        ("lazem adfa3 shi?", "ar", "cost"),
    ],
)
def test_money_told_in_latin_letters_is_no_question_and_arabizi_asks_the_cost(small, message, lang, intent):
    """Russian and Ukrainian typed in Latin letters tell of money lost in either order; Arabic typed in
    Latin letters asks whether it is free ("majjani")."""
    intents = small.understand(message, lang, None).intents
    assert ("cost" in intents) == (intent == "cost"), (message, intents)


@pytest.mark.parametrize(
    ("message", "lang", "topic"),
    [
        ("mein Mann hat getrunken", "de", "alkohol"),
        ("babam her aksam trinken yapiyor", "tr", "alkohol"),
        ("mein Mann wird manchmal handgreiflich", "de", "gewalt"),
        ("mein Mann trinkt und wird handgreiflich", "de", "gewalt"),
        ("my boyfriend gets physical when he is angry", "en", "gewalt"),
        ("муж распускает руки", "ru", "gewalt"),
        ("чоловік розпускає руки", "uk", "gewalt"),
    ],
)
def test_verb_forms_and_idioms_of_drinking_and_hitting_name_their_topic(small, message, lang, topic):
    """The participle ("getrunken"), a German verb inside Turkish, "handgreiflich", "распускает руки"."""
    assert topic in small.understand(message, lang, None).topics


@pytest.mark.parametrize(
    ("message", "lang", "topic"),
    [
        ("ich lach mich tot, mein Mann hat Diabetes", "de", "diabetes"),
        ("i am dying of laughter, my wife has diabetes", "en", "diabetes"),
        ("gülmekten ölüyorum, kocamın diyabeti var", "tr", "diabetes"),
        ("умираю со смеху, у мужа диабет", "ru", "diabetes"),
    ],
)
def test_dying_of_laughter_is_no_death(small, message, lang, topic):
    """A death told as a figure of speech names no grief ("seit mein Mann tot ist")."""
    topics = small.understand(message, lang, None).topics
    assert topic in topics and not {"partnerverlust", "trauer"} & set(topics), topics


@pytest.mark.parametrize(
    ("message", "lang", "stalked"),
    [
        # round 69: a past that haunts the writer is no stalking
        ("mein vater hat mich als kind geschlagen, das verfolgt mich bis heute", "de", False),
        ("die Erinnerung verfolgt mich immer noch", "de", False),
        ("it still haunts me to this day", "en", False),
        ("это преследует меня до сих пор", "ru", False),
        # twins: a person who follows the writer, now or still
        ("mein Ex verfolgt mich immer noch", "de", True),
        ("er verfolgt mich", "de", True),
        ("бывший муж преследует меня до сих пор", "ru", True),
    ],
)
def test_a_past_that_haunts_is_no_stalking(small, message, lang, stalked):
    topics = small.understand(message, lang, None).topics
    assert ("stalking" in topics) == stalked, (message, topics)


@pytest.mark.parametrize(
    ("message", "lang", "young"),
    [
        ("oğlum 16 yaşında, alkol içiyor", "tr", False),
        ("16 yaşındayım, babam içiyor", "tr", True),
        ("ben 15 yaşında, annem içiyor", "tr", True),
    ],
)
def test_a_childs_age_is_not_the_writers(small, message, lang, young):
    """Turkish "16 yaşında" of someone named is their age; the writer's own is "yaşındayım"."""
    assert small.understand(message, lang, None).young == young


def test_ukrainian_to_me_in_latin_letters_is_no_menieres_disease(small):
    """ "meni" (мені, to me) is the stem of "Meniere": the name is read only as a whole word."""
    assert small.understand("pryvit, meni 16, ja rizhu sebe", "uk", None).topics == ("selbstverletzung",)
    assert "meniere" in small.understand("ich habe Morbus Menière", "de", None).topics


@pytest.mark.parametrize("name", ["roles.yaml", "intents.yaml"])
def test_no_pattern_writes_a_phrase_of_several_words_as_one_choice(name):
    """A pattern's words are its slots: "bana ... vuruyor|el kaldiriyor|tokat" is "bana ... vuruyor|el"
    followed by "kaldiriyor|tokat", which no message says; a word in two neighbouring choices shows it."""
    broken = [
        pattern
        for sections in read_yaml(DATA / name).values()
        for label, patterns in sections.items()
        if label != "words"
        for pattern in patterns
        for a, b in zip(pattern.split(), pattern.split()[1:], strict=False)
        if "|" in a and "|" in b and set(a.split("|")) & set(b.split("|"))
    ]
    assert not broken


@pytest.mark.parametrize(
    "answer",
    [
        "für meine Frau",
        "für meinen Mann",
        "um meine Tochter",
        "for my wife",
        "about my son",
        "karım için",
        "для жены",
        "для дружини",
        "لزوجتي",
    ],
)
def test_for_my_wife_typed_as_the_answer_to_for_whom_is_for_a_relative(small, answer):
    """ "meine Frau" answered "for a relative" and "für meine Frau" nothing: the slack between "für" and "Frau"
    took "meine" before the pattern's own optional "<poss>" could, so not every word was the answer's."""
    assert small.role_answer(answer) == "relative"


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("mein mann trinkt und wird dann grob, ich hab angst vor ihm", "de"),
        ("ich hab angst vor ihm", "de"),
        ("ich hab solche angst sie stirbt mir weg", "de"),
        ("ich habe angst um sie", "de"),
        ("I'm so afraid of him", "en"),
        ("I'm scared she'll die", "en"),
        ("ondan korkuyorum", "tr"),
        ("я боюсь его", "ru"),
        ("я боюся його", "uk"),
        ("خايفة منه", "ar"),
    ],
)
def test_fear_of_or_for_a_person_is_no_anxiety_disorder(small, message, lang):
    """Round 68: "ich hab angst vor ihm" (of a violent husband) searched social phobia, "angst sie stirbt mir weg" (of
    a sick daughter) an anxiety disorder: fear of a person or for one is no anxiety disorder."""
    understood = small.understand(message, lang, None)
    assert not {"angst", "sozialphobie"} & set(understood.topics), understood.topics


@pytest.mark.parametrize(
    ("message", "lang", "topic"),
    [
        ("ich habe angst vor menschen", "de", "sozialphobie"),
        ("ich habe ständig angst", "de", "angst"),
        ("korkuyorum", "tr", "angst"),
        ("ich habe Angst vor meinem Mann", "de", "gewalt"),
    ],
)
def test_fear_of_people_or_of_nothing_named_is_still_its_topic(small, message, lang, topic):
    """The twins: fear of people in general is social phobia, fear alone anxiety, fear of one's husband violence."""
    assert topic in small.understand(message, lang, None).topics


@pytest.mark.parametrize(
    "message", ["für mich als angehörige", "ich suche als Angehöriger", "als Mutter", "in Leipzig als Angehörige"]
)
def test_german_als_beside_a_role_or_place_is_the_word_as(small, message):
    """Round 68: "für mich als angehörige" searched ALS (Amyotrophe Lateralsklerose): "als" left over when the words
    of the role are taken is the word "as", no illness."""
    assert "als" not in small.understand(message, "de", None).topics


@pytest.mark.parametrize(("message", "lang"), [("ALS", "de"), ("mein Vater hat ALS", "de"), ("an ALS erkrankt", "de")])
def test_als_alone_or_with_an_illness_word_is_the_illness(small, message, lang):
    """The twins: "ALS" all the message says, or said as an illness, is Amyotrophe Lateralsklerose."""
    assert "als" in small.understand(message, lang, None).topics
