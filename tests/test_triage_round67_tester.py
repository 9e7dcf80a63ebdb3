"""Round 67: what a tester acting out users in the console chat found the triage missing, taught as classes, each with
calm twins that must stay as they were."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the tester's messages: harm done to oneself with навредить / зашкодити, told of today
        ("ru", "я сегодня опять себе навредила", "crisis", "self_harm"),
        ("uk", "я сьогодні знову собі зашкодила", "crisis", "self_harm"),
        # other forms, the pronoun after, harm caused, Latin letters
        ("ru", "вчера снова навредил себе", "crisis", "self_harm"),
        ("ru", "я причинила себе вред сегодня", "crisis", "self_harm"),
        ("ru", "ya segodnya opyat sebe navredila", "crisis", "self_harm"),
        ("uk", "вчора знову нашкодив собі", "crisis", "self_harm"),
        ("uk", "я завдала собі шкоди сьогодні", "crisis", "self_harm"),
        # calm twins: what a decision did, an injury at sport, the job harming one's health, a fear denied
        ("ru", "этим решением я только себе навредила", "none", None),
        ("ru", "я повредила себе спину на тренировке", "none", None),
        ("ru", "боюсь, что работа навредит здоровью", "none", None),
        ("ru", "здравствуйте, у меня фибромиалгия, всё болит", "none", None),
        ("uk", "цим рішенням я тільки собі зашкодила", "none", None),
        ("uk", "куріння шкодить здоров'ю, хочу кинути, є група?", "none", None),
        # "can't go on living like this" with "дальше"/"далі" after "жить", as "не могу больше жить" is read
        ("ru", "не могу жить дальше так", "crisis", "suicide"),
        ("ru", "не могу жить больше так, всё, хватит", "crisis", "suicide"),
        ("ru", "ne mogu zhit dalshe tak", "crisis", "suicide"),
        ("uk", "не можу жити далі так", "crisis", "suicide"),
        # calm twins: living in a flat or a hostel, "like this" alone as before (the question)
        ("ru", "не могу жить дальше в этой квартире", "none", None),
        ("ru", "жить в общаге дальше не могу, соседи шумят", "none", None),
        ("uk", "не можу жити далі в цій квартирі", "none", None),
        ("ru", "не могу так жить", "check", None),
    ],
)
def test_what_round_67_tester_read_as_classes_harm_and_living(lang, text, level, kind):
    """Round 67 (ru, uk; the tester's first message): harming oneself told with навредить/вредить/причинить вред or
    зашкодити/нашкодити/завдати шкоди, in the writer's and the past forms, the pronoun before or after, in Latin
    letters too (a word class `self_harm_do`); "only harmed myself by this decision" is masked. "Can't go on living
    like this" with дальше/далі after the verb is read as "не могу больше жить" is; living in a flat or a hostel is a
    home, masked in every order."""
    assert level_and_kind(text, lang) == (level, kind)


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the tester's messages: a parent telling of their child hurting themselves with a knife
        ("de", "mein sohn 15 verletzt sich mit dem messer", "crisis", "self_harm"),
        ("ar", "ahlan, ibni 3omro 15 sene bye3mel 7aleh bel sekkine", "crisis", "self_harm"),
        ("ar", "ابني عمره 15 سنة يجرح نفسه بالسكين", "crisis", "self_harm"),
        ("en", "hi, my teenage son is self harming i think, found blood on his sheets", "crisis", "self_harm"),
        # the same class in other words and in every language
        ("de", "meine tochter ritzt sich mit einer rasierklinge", "crisis", "self_harm"),
        ("de", "mein sohn schneidet sich mit dem messer in den arm", "crisis", "self_harm"),
        ("en", "my son is cutting himself with a knife", "crisis", "self_harm"),
        ("en", "my daughter hurts herself with a razor blade", "crisis", "self_harm"),
        ("tr", "oğlum kendini bıçakla kesiyor", "crisis", "self_harm"),
        ("tr", "kızım jiletle kendini kesiyor", "crisis", "self_harm"),
        ("ru", "сын режет себя ножом", "crisis", "self_harm"),
        ("ru", "мой сын 15 лет ранит себя ножом", "crisis", "self_harm"),
        ("uk", "син ріже себе ножем", "crisis", "self_harm"),
        ("uk", "мій син 15 років ранить себе ножем", "crisis", "self_harm"),
        ("ar", "بنتي عم تجرح حالها بالموس", "crisis", "self_harm"),
        # violence twins: a knife turned on someone else stays violence
        ("de", "er bedroht sie mit dem Messer", "crisis", "violence_now"),
        ("de", "mein mann bedroht mich mit dem messer", "crisis", "violence_now"),
        ("en", "he threatens her with a knife", "crisis", "violence_now"),
        ("tr", "kocam bıçakla beni tehdit ediyor", "crisis", "violence_now"),
        ("ru", "муж угрожает мне ножом", "crisis", "violence_now"),
        ("uk", "чоловік погрожує мені ножем", "crisis", "violence_now"),
        ("ar", "جوزي عم يهددني بالسكين", "crisis", "violence_now"),
        # calm twins: a knife for bread, an accident in the kitchen, "pretends" in Arabic
        ("de", "mein sohn schneidet sich mit dem messer ein stück brot ab", "none", None),
        ("de", "mein sohn hat sich beim kochen mit dem messer geschnitten", "none", None),
        ("ar", "ابني بيعمل حاله نايم", "none", None),
    ],
)
def test_what_round_67_tester_read_as_classes_a_child_hurting_themselves(lang, text, level, kind):
    """Round 67 (all six languages; the tester's second message): someone else hurting *themselves* (a reflexive: sich,
    نفسه, حاله, себя, себе, kendini) with a knife or a blade is self-harm of that person, whose reply lists the parents'
    line for a child: a blade told in the clause of a self-harm, where no violence is told, is its tool
    (`_tools_of_self_harm`), neither a threat (the police and the women's line) nor someone else's end (112 first). The
    lexicons read the third person's reflexive where they did not ("verletzt sich", "ранит себя", "hurts herself with a
    razor blade", "bye3mel 7aleh bel sekkine"). A knife turned on someone else stays violence, also in English, where
    the knife was read as someone else's end."""
    assert level_and_kind(text, lang) == (level, kind)


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the tester's messages: dying of loneliness
        ("de", "ich sterbe hier vor einsamkeit", "none", None),
        ("ru", "я просто умираю от одиночества", "none", None),
        ("uk", "слухай, я просто вмираю від самотності тут, нікого не знаю", "none", None),
        # other feelings and everyday causes, the cause first
        ("ru", "от тоски тут помираю", "none", None),
        ("ru", "я умираю от любопытства, когда встреча?", "none", None),
        ("uk", "помираю від нудьги вдома", "none", None),
        ("de", "ich sterbe vor heimweh", "none", None),
        # crisis twins: the end said beside it stays
        ("ru", "я умираю от одиночества и хочу покончить с собой", "crisis", "suicide"),
        ("uk", "вмираю від самотності, хочу накласти на себе руки", "crisis", "suicide"),
        ("de", "ich sterbe vor einsamkeit und will mich umbringen", "crisis", "suicide"),
        # the tester's messages: hurt by a fall told in the same sentence, the question at most
        ("en", "i hurt myself again today, fell down the stairs", "check", None),
        ("de", "ich hab mir heute wieder weh getan, bin die treppe runtergefallen", "check", None),
        ("ar", "اليوم أذيت نفسي مرة ثانية، وقعت عالدرج", "none", None),
        # crisis twins: hurt on purpose, hurt with nothing else told, "fell asleep" is no fall
        ("en", "i hurt myself again today", "crisis", "self_harm"),
        ("en", "i hurt myself again and fell asleep crying", "crisis", "self_harm"),
        ("de", "ich hab mir heute wieder absichtlich weh getan", "crisis", "self_harm"),
        ("ar", "اليوم أذيت نفسي مرة ثانية", "crisis", "self_harm"),
    ],
)
def test_what_round_67_tester_read_as_classes_idioms_and_accidents(lang, text, level, kind):
    """Round 67 (de, ru, uk, en, ar; the tester's third message): dying of a feeling or of everyday life (loneliness,
    boredom, longing, curiosity, homesickness) is an idiom, masked with words between and the cause first (word classes
    `die_of`, `sigh_cause`); an end said beside it stays read. Hurt by a fall, a slip or at sport told beside it
    (word class `mishap`) is an accident, no self-harm: masked, so the letters ask at most; "on purpose" undoes it,
    and "fell asleep" is no fall."""
    assert level_and_kind(text, lang) == (level, kind)
