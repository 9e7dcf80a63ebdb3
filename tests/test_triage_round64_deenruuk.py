"""Round 64 (de, en, ru, uk): what a fresh measuring set showed the triage missing, taught as classes, each with calm
twins and crisis paraphrases in other words."""

from __future__ import annotations

import dataclasses

import pytest

from bot.crisis_data import load_lexicon
from dialogs.triage import triage
from tests.crisis_sets import level_and_kind, names_topic


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # a beating got, the noun in slang ('kriegt Dresche', 'bekommt Prügel'), by a child or a person; the flat
        # above or below (`next_door`: 'von obendrüber') is another home, so the writer is a witness
        (
            "de",
            "Die Kleine von obendrüber kriegt grad wieder Dresche, man hört's im ganzen Haus, die is vielleicht fünf.",
            "crisis",
            "witness",
        ),
        ("de", "der kleine nebenan kriegt gerade wieder prügel, ich hör ihn schreien", "crisis", "witness"),
        ("de", "Nachbarskind kriegt grad richtig Schläge, der Vater brüllt rum", "crisis", "violence_now"),
        ("de", "mein stiefvater haut grad die kleine, sie kriegt wieder dresche", "crisis", "witness"),
        # a team that gets a beating in a match, a beating told as then beside a search, the child upstairs practising
        ("de", "Der HSV kriegt grad wieder Dresche, 0:4 zur Halbzeit", "none", None),
        ("de", "Unsere Mannschaft bekommt gerade ordentlich Prügel in der Liga", "none", None),
        ("de", "Als Kind hab ich oft Prügel gekriegt, gibt es eine Gruppe für Erwachsene?", "none", None),
        ("de", "die Kleine von obendrüber übt grad wieder Klavier, man hört's im ganzen Haus", "none", None),
        # a door of the home hammered at now, the verb first and the door by its compound, with the writer shut in
        # behind it (its calm twins: `test_round_64_doors_the_words_leave_calm`)
        (
            "de",
            "Ich suche eine Gruppe für Frauen, die Gewalt in der Partnerschaft erleben, in Hannover. Mein Mann hämmert "
            "gerade gegen die Badezimmertür, hinter der ich mich eingeschlossen habe.",
            "crisis",
            "violence_now",
        ),
        (
            "de",
            "Gibt es hier eine Gruppe? Mein Freund tritt grad gegen die Klotür, ich hab mich eingesperrt",
            "crisis",
            "violence_now",
        ),
        ("de", "er trommelt gerade an die Schlafzimmertür und brüllt, ich hab abgeschlossen", "crisis", "violence_now"),
        (
            "de",
            "Mein Ex hämmert grad an die Wohnungstür, ich hab mich im Schlafzimmer versteckt",
            "crisis",
            "violence_now",
        ),
        # the threat to kill said with the one threatened before its verb ('сказал что ночью меня задушит')
        (
            "ru",
            "какие группы есть для жертв насилия в билефельде по вечерам. он пьяный сказал что ночью меня задушит "
            "когда дети уснут я боюсь",
            "crisis",
            "violence_now",
        ),
        (
            "ru",
            "есть ли группа поддержки по вечерам? сожитель сказал что меня задушит когда все уснут",
            "crisis",
            "violence_now",
        ),
        ("ru", "он обещал, что вечером меня прибьёт, когда вернётся. помогите", "crisis", "violence_now"),
        ("ru", "группа для женщин есть? муж грозится что сегодня ночью нас всех зарежет", "crisis", "violence_now"),
        # a threat over a trivial misdeed, and hugged to death, the idiom (the latter alarmed before this round)
        ("ru", "мама сказала, что меня прибьёт, если узнает про двойку", "none", None),
        ("ru", "сестра сказала что меня прибьёт, если узнает, что я съела её шоколадку", "none", None),
        ("ru", "подруга сказала что меня задушит в объятиях, когда я приеду", "none", None),
    ],
)
def test_what_round_64_read_as_classes_crisis(lang, text, level, kind):
    """Round 64, crises the words missed, each with calm twins: a beating got as a noun in slang ('kriegt Dresche',
    said of a person or a child, never of a team in a match), the flat above or below as another home ('von
    obendrüber'); a door of the home hammered at now, the verb first and the door by its compound, with the writer shut
    in behind it; a threat to kill with the one threatened before its verb ('сказал что ночью меня задушит'), while a
    threat over a trivial misdeed and 'задушит в объятиях' (hugged to death) stay calm."""
    assert level_and_kind(text, lang) == (level, kind)


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # too many pills as a habit, how long or how often told: a dependence; taken now, not waking, stays read
        (
            "de",
            "Ich habe mich vertan, es geht nicht um Alkohol, sondern um Tabletten. Meine Mutter nimmt seit Jahren zu "
            "viele Schlafmittel und kommt nicht davon los.",
            "none",
            None,
        ),
        (
            "de",
            "Mein Vater schluckt jeden Abend zu viele Schmerztabletten, gibt es eine Gruppe für Angehörige?",
            "none",
            None,
        ),
        ("de", "sie nimmt zu viele Beruhigungsmittel, seit Jahren schon", "none", None),
        (
            "de",
            "Meine Mutter hat gerade zu viele Schlafmittel genommen und ist nicht ansprechbar",
            "crisis",
            "emergency_other",
        ),
        ("de", "Mama hat zu viele Schlaftabletten geschluckt", "crisis", "emergency_other"),
        # the habit is the pills' own: another verb's "dauernd" tells none (held-out set 36)
        (
            "de",
            "glaub hab viel zu viel von meinen Tabletten genommen, mir is voll schwindlig und ich kotz dauernd",
            "crisis",
            "overdose",
        ),
        # a place told by the bridge it lies beyond or beside: a way described; on or at a bridge stays read. The
        # message itself: the letters (0.97) still ask, as they do where the words are read away (MODEL_OVERRULES)
        ("de", "wo genau is das, hinter der brücke am bahnhof? google maps zeigt mir 2 sachen an", "none", None),
        ("de", "die gruppe ist direkt neben der brücke, oder?", "none", None),
        ("de", "nach der Brücke links, dann das zweite Haus?", "none", None),
        ("de", "das treffen ist unter der brücke im jugendzentrum?", "none", None),
        ("de", "ich steh auf der brücke hinterm bahnhof und spring gleich", "crisis", "suicide"),
        ("de", "ich bin jetzt an der brücke und spring", "crisis", "suicide"),
        # pills and drink used as a habit, how often told; the verb right before the pills ('take all my ...' is no
        # habit), mixed tonight or not waking stays read
        (
            "en",
            "correction its alcohol AND sleeping pills, my dad mixes them every night. forgot to say that",
            "none",
            None,
        ),
        ("en", "my mom takes sleeping pills with wine every night, is there a group for families?", "none", None),
        ("en", "every night my husband pops sleeping pills, i dont know what to do", "none", None),
        ("en", "he takes his sleeping pills every night at 10, can the meeting end earlier?", "none", None),
        (
            "en",
            "my dad mixed sleeping pills and vodka tonight and now he won't wake up",
            "crisis",
            "emergency_other",
        ),
        ("en", "i'm going to mix all my sleeping pills with vodka tonight", "crisis", "overdose"),
        ("en", "every night I take all my sleeping pills and hope not to wake up", "crisis", "suicide"),
        # not wanting to be the odd one out ('белой вороной'), in either order, in ru and uk; 'не хочу быть' alone
        # and a burden stay read
        ("ru", "Там одни бабушки небось сидят? Мне 24, не хочу белой вороной быть.", "none", None),
        ("ru", "не хочу быть белой вороной в группе, там все старше?", "none", None),
        ("ru", "не хочу там выглядеть белой вороной", "none", None),
        ("uk", "не хочу бути білою вороною, там усі старші?", "none", None),
        ("ru", "не хочу быть", "crisis", "suicide"),
        ("ru", "не хочу быть обузой, лучше бы меня не было", "crisis", "suicide"),
        # one's own dose at its hour, then its taking: no overdose. The message itself: the letters (p >= 0.95) ask;
        # all of them at once after a 'but', or tonight, stays read
        (
            "ru",
            "Мне таблетки в семь вечера пить, ничего, если я прям на встрече закинусь, коситься не будут?",
            "none",
            None,
        ),
        ("ru", "мне таблетки утром принимать, можно на встрече выпью?", "none", None),
        ("ru", "мне пить таблетки в 19:00, ничего если я на встрече приму?", "none", None),
        ("ru", "мне таблетки в семь пить, но сегодня я закинусь всеми сразу", "crisis", "overdose"),
        ("ru", "закинусь всеми таблетками сегодня ночью", "crisis", "overdose"),
        # a box cutter carried from or for work (the warehouse, the building site), in uk and ru. The message itself:
        # the nervous laugh and the letters ask; a cut or an end told beside it stays read
        (
            "uk",
            "Я зі складу йду прямо туди, в кишені канцелярський ніж. Там же сумки ніхто не перевіряє? 😅",
            "none",
            None,
        ),
        ("uk", "купила канцелярський ніж для коробок, переїжджаємо", "none", None),
        ("uk", "після зміни на складі беру канцелярський ніж додому, це нормально?", "none", None),
        ("ru", "я со склада иду, в кармане канцелярский нож, там сумки не проверяют?", "none", None),
        (
            "uk",
            "з роботи йду, в кишені канцелярський ніж, сьогодні вночі поріжу собі вени",
            "crisis",
            "suicide",
        ),
        ("uk", "канцелярський ніж у кишені, сьогодні вночі все закінчу", "crisis", "suicide"),
    ],
)
def test_what_round_64_read_as_classes_calm(lang, text, level, kind):
    """Round 64, calm messages alarmed, each with crisis paraphrases: too many pills taken as a habit, how long or how
    often told ('nimmt seit Jahren zu viele Schlafmittel', 'my dad mixes them every night') is a dependence, the topic
    of a group; a place told by the bridge it lies beyond ('hinter der brücke am bahnhof?'); not wanting to be the
    odd one out ('не хочу белой вороной быть'); one's own dose at its hour ('таблетки в семь вечера пить, ... на
    встрече закинусь'); a box cutter carried from the warehouse. Three of the messages end at the question, not at
    nothing: the letters (p >= 0.95, MODEL_OVERRULES) or a nervous laugh still ask where the words are read away."""
    assert level_and_kind(text, lang) == (level, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Der Handwerker hämmert gerade gegen die Badezimmertür, die klemmt",
        "mein Sohn hämmert gerade an die Badtür, er muss aufs Klo",
        "Der Nachbar hämmert grad gegen die Wohnungstür, er hat sich ausgesperrt und will den Ersatzschlüssel",
        "hab mich im Bad eingeschlossen zum Lernen, mein Bruder hämmert gegen die Badtür weil er duschen will lol",
    ],
)
def test_round_64_doors_the_words_leave_calm(text):
    """Round 64's doors: a door hammered at now is violence only with the writer shut in or hiding behind it. These
    calm twins the letter model alone alarmed before this round and still does (no word to point at); the words
    themselves must read nothing in them."""
    lexicon = dataclasses.replace(load_lexicon(), model=None)
    assert triage(text, lexicon, "de", names_topic).level == "none"
