"""Round 69 (ru, uk): crises the letter model of round 69 no longer raises to the crisis reply at once, taught to the
lexicon as classes with calm twins, so that the words give the crisis reply whatever the letters say."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # a belt, a scarf or a rope tied to a pipe, a hook, a beam, a chandelier or a bar (held 103): the means made
        # ready, in either order; a dog tied to a pipe, a hammock to a beam or a tree, a scarf to a bag are none
        (
            "uk",
            "пасок вже привязав до труби у ванній. хотів тільки ще раз з кимось переписатись пердтим",
            "crisis",
            "suicide",
        ),
        ("uk", "я прив'язала шарф до гачка в коридорі", "crisis", "suicide"),
        ("uk", "мотузку вже закріпив на балці в гаражі", "crisis", "suicide"),
        ("ru", "ремень уже привязал к трубе в ванной", "crisis", "suicide"),
        ("ru", "верёвку закрепила на крюке от люстры", "crisis", "suicide"),
        ("uk", "мотузку прив'язав до дерева для гамака", "none", None),
        ("uk", "гамак прив'язав до балки на терасі", "none", None),
        ("ru", "привязал собаку к трубе у подъезда, пока зашёл в магазин", "none", None),
        ("ru", "шарф привязала к сумке, чтобы не потерять", "none", None),
        # a time today and a want of ending it all, said last (held 44); finishing it all with the repairs goes on
        ("uk", "є група по депресії в лейпцигу? бо я сьгодні ввечері хочу все закінчити", "crisis", "suicide"),
        ("uk", "сьогодні хочу все припинити", "crisis", "suicide"),
        ("ru", "есть группа по депрессии? я сегодня ночью хочу всё закончить", "crisis", "suicide"),
        ("uk", "сьогодні хочу все закінчити з ремонтом", "none", None),
        # nobody will see me any more, or tomorrow (turns 6, turns 19), as ru has it; unseen in an online group is none
        ("uk", "Дякую за список, але мене завтра вже ніхто не побачить.", "crisis", "suicide"),
        (
            "uk",
            "Ну для мене, але то вже не актуально. Після зміни на складі я додому не вернусь, більше мене ніхто не "
            "побачить.",
            "crisis",
            "suicide",
        ),
        ("uk", "мене вже ніхто не побачить", "crisis", "suicide"),
        ("uk", "в онлайн-групі мене ніхто не побачить, камеру можна вимкнути?", "none", None),
        ("uk", "мене ніхто не побачить на зустрічі, якщо я сяду ззаду?", "none", None),
        # freeing one's own of oneself, someone named (set 6); freeing a daughter of caring for me, of chores, is none
        (
            "uk",
            "я баласт для всіх. донька сказала що я їй життя зламала. ну ок, скоро звільню її від себе",
            "crisis",
            "suicide",
        ),
        ("uk", "скоро позбавлю дітей від себе", "crisis", "suicide"),
        ("ru", "я обуза. скоро избавлю её от себя", "crisis", "suicide"),
        ("uk", "хочу звільнити доньку від турбот про мене, шукаю групу для доглядальників", "none", None),
        ("ru", "хочу избавить дочь от забот обо мне, ищу группу для родственников", "none", None),
        ("uk", "звільню її від обов'язків по дому, хай відпочине", "none", None),
        # a threat to kill in the infinitive, for tonight (held 91); the idiom with "if I'm late again" names no time
        (
            "uk",
            "Gibt es eine Frauengruppe in Mainz? чоловік пообіцяв прибити мене сьогодні ввечері",
            "crisis",
            "violence_now",
        ),
        ("uk", "він погрожує вбити мене сьогодні вночі", "crisis", "violence_now"),
        ("ru", "муж пообещал прибить меня сегодня вечером", "crisis", "violence_now"),
        ("uk", "мама пообіцяла прибити мене, якщо я знову запізнюсь", "none", None),
        # pushed down or hit just now, then a threat to finish off (turns 5); drunk and hit me again, in the dative
        # (turns 4); a push in childhood that a brother does not remember is none
        ("ru", "он тока что столкнул меня с лесницы и говорит што добьёт", "crisis", "violence_now"),
        ("ru", "он только что ударил меня и кричит что убьёт", "crisis", "violence_now"),
        ("ru", "не могу долго, он вернулся бухой и уже дважды мне врезал", "crisis", "violence_now"),
        ("uk", "прийшов пʼяний і вже двічі мені врізав", "crisis", "violence_now"),
        ("ru", "в детстве брат столкнул меня с лестницы, а теперь говорит что не помнит", "none", None),
        # gone to the tracks, a train due in minutes (held 46); a train from the station, a friend visited, is none
        ("uk", "пішла до колій біля станції, поїзд через 10 хв. вибачте якщо шо", "crisis", "suicide"),
        ("uk", "йду на колії, потяг через пʼять хвилин", "crisis", "suicide"),
        ("ru", "пошла к путям, поезд через 10 минут", "crisis", "suicide"),
        ("ru", "иду на вокзал, поезд через 10 минут, опоздаю на группу", "none", None),
        ("uk", "пішла до подруги, поїзд через годину, на групу не встигну", "none", None),
        # enough of this life, said last (set 8, set); this life out of suitcases or without holidays goes on
        ("uk", "ну шо, кінець. досить з мене цього життя", "crisis", "suicide"),
        ("uk", "годі з мене такого життя", "crisis", "suicide"),
        ("ru", "короче я всё, сил нет вообще, нафиг такую жизнь", "crisis", "suicide"),
        ("ru", "хватит с меня этой жизни", "crisis", "suicide"),
        ("ru", "нафиг такую жизнь без отпуска, уволюсь", "none", None),
        ("ru", "к чёрту такую жизнь на чемоданах, ищу квартиру в Лейпциге", "none", None),
    ],
)
def test_what_round_69_taught_ruuk(lang, text, level, kind):
    """Round 69 (ru, uk), each with calm twins: a belt, a scarf or a rope tied to a pipe, a hook, a beam or a bar
    (a sentence pattern of the means made ready; the cord alone tied somewhere stays the method's question, a dog or a
    hammock tied is none); a time today and a want of ending it all said last ("сьогодні ввечері хочу все закінчити";
    with the thing finished named after it, the repairs, it is none); nobody seeing me any more or tomorrow, the uk
    farewell that ru had ("мене завтра вже ніхто не побачить"; unseen on camera is none); freeing someone named of
    oneself ("скоро звільню її від себе", "избавлю её от себя"; freeing her of chores or of caring for me is none); a
    threat to kill in the infinitive with tonight right after "me" ("пообіцяв прибити мене сьогодні ввечері"; the idiom
    with a condition is none); a push or a hit now and a threat to finish off ("столкнул меня ... говорит што добьёт"),
    and drunk and hitting me again in the dative ("бухой и уже дважды мне врезал"); gone to the tracks with a train
    due in minutes ("пішла до колій ..., поїзд через 10 хв"; one takes a train from the station); enough of this life
    said last ("досить з мене цього життя", "нафиг такую жизнь"; a life out of suitcases named after it goes on)."""
    assert level_and_kind(text, lang) == (level, kind)
