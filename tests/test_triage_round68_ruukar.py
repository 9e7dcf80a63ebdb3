"""Round 68 (ru, uk, ar): what a fresh measuring set showed the triage missing, taught as classes with calm twins."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # not waking tomorrow, in Arabizi as the Arabic script has it ("مش عايز اصحى بكرة"); getting up early, for
        # work or school, is no such wish
        ("Essen. bas ana khalas, ma badi if2 bokra, khalli el kel ye3ishu ra7a minni", "crisis", "suicide"),
        ("mesh 3ayez as7a bokra, ta3abt men kol 7aga", "crisis", "suicide"),
        ("ma badi efi2 bokra el sob7, khalas", "crisis", "suicide"),
        ("ma badi if2 bokra bakkir, 3andi dawam", "none", None),
        ("mesh 3ayza as7a bokra badri 3ashan el shoghl", "none", None),
        ("ma badi if2 bokra lal madrase, fi imti7an", "none", None),
        ("bokra 3otle, ma badi efi2 abl el dohr", "check", None),
        # the window, balcony or roof named first, then I jump, in Arabizi; a cat that jumped out, a floor and an open
        # window for the heat, children who jump on the balcony are not
        ("ana fel dor el 12 w el shebbak maftoo7, bafakar anot dilwa2ti", "crisis", "suicide"),
        ("ana 3al balkon w ha2fez dilwa2ti, khalas", "crisis", "suicide"),
        ("ana 3al sat7 el 3emara, ra7 anot", "crisis", "suicide"),
        ("el shebbak maftoo7 w el 2otta nattet bara", "none", None),
        ("ana fel dor el talet w el shebbak maftoo7 3ashan el 7ar", "check", None),
        ("3al balkon el wlad byel3abo w byno6o", "check", None),
        # the cut told as the state I am in, the participle before my body (Egyptian "مجرّحة دراعي"), in both
        # scripts; the body named first, scratched by thorns or a cat, is not
        ("يعني هتفرق؟ أنا لسه مجرّحة دراعي وبيجيب دم ومش عايزة أبطّل.", "crisis", "self_harm"),
        ("ana lessa mgarra7a dra3i w biyegib dam", "crisis", "self_harm"),
        ("انا مشرّحة ايدي بالموس ومش قادرة اوقف", "crisis", "self_harm"),
        ("ايدي مجرحة من الشوك في الجنينة", "none", None),
        ("دراعي مجروح من القطة", "none", None),
        ("eidi mgarra7a men el shoghl fel gonena", "none", None),
        # an attempt long ago, and fine now in the Egyptian spellings of "now" ("dlw2ty ana kwayes"), as the Arabic
        # script reads it; the wish told now stays read
        (
            "Men zaman kont 3amalt mo7awlet entehar, dlw2ty ana kwayes w bakhod 3elag. 3ayez Selbsthilfegruppe lel "
            "PTBS f Ludwigshafen, yom el arba3.",
            "none",
            None,
        ),
        ("zaman 3amalt mo7awlet entehar, dlw2ty ana kwayes", "none", None),
        ("men sanatein 3amalt mo7awlet entehar, delwa2ty ana kwayyes w 3ayez magmo3a", "check", "suicide"),
        ("3amalt mo7awlet entehar embare7, dlw2ty 3ayez a3id", "crisis", "suicide"),
        ("dlw2ty 3ayez antehar", "crisis", "suicide"),
    ],
)
def test_what_round_68_read_as_classes_ar(text, level, kind):
    """Round 68 (Arabic), each with calm twins: not wanting to wake up tomorrow in Arabizi ("ma badi if2 bokra",
    "mesh 3ayez as7a bokra"), as the Arabic script had it, with getting up early, for work or school masked as the
    Arabic script masks it; the window, balcony or roof named before "I jump" ("el shebbak maftoo7, bafakar anot"), the
    order the Arabizi method did not read (a jump named alone is no method); a cut told as the state one is in, the
    participle before one's body ("مجرّحة دراعي", "mgarra7a dra3i"; the body named first is a scratch); and an attempt
    long ago with "now I am fine" in the Egyptian spellings of now ("dlw2ty ana kwayes"): a story of then."""
    assert level_and_kind(text, "ar") == (level, kind)


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the blood that has started to flow is a beginning (cue `onset`) and a sign of the body: beside pregnancy or
        # with its pain and severity the crisis reply, also beside a search; told as then, as over or as a cut finger
        # dressed it is nothing
        (
            "uk",
            "Ой, я ж вагітна, 32 тиждень, шукала групу для майбутніх мамочок у Потсдамі, а тут кров пішла сильно і "
            "живіт крутить, шо робить?",
            "crisis",
            "medical",
        ),
        ("uk", "я вагітна, кров пішла, що робити", "crisis", "medical"),
        ("uk", "у мене раптом пішла кров з носа сильно і не зупиняється", "crisis", "medical"),
        ("uk", "вчора кров пішла з носа, лікар сказав нічого страшного", "none", None),
        ("uk", "вагітна, 20 тиждень, шукаю групу для майбутніх мам у Києві", "none", None),
        ("uk", "минулого тижня кров пішла сильно, була в лікарні, тепер все добре", "none", None),
        ("uk", "порізала палець, кров пішла, заклеїла пластирем", "none", None),
        # the head bleeding told first ("з голови кров", "из головы кровь"), then not getting up, silent or mumbling:
        # someone else's emergency, 112 first, however many words the fall's place took; a fall of last year, a
        # fall that keeps happening, a child's scratch are not
        (
            "uk",
            "Свекруха впала на сходах, з голови кров, не встає і щось бурмоче. А я тут групу для доглядальників у "
            "Целле шукаю, господи.",
            "crisis",
            "emergency_other",
        ),
        ("uk", "Свекор упав у дворі, з голови тече кров, мовчить", "crisis", "emergency_other"),
        ("uk", "дід впав у ванній, з голови кров, не відповідає", "crisis", "emergency_other"),
        (
            "uk",
            "Свекруха впала на сходах минулого року, з голови кров була, тепер усе добре. Шукаю групу для "
            "доглядальників",
            "none",
            None,
        ),
        ("uk", "Свекруха часто падає, шукаю групу для доглядальників деменції", "none", None),
        ("uk", "у малого з голови кров від подряпини, помазала зеленкою", "none", None),
        ("ru", "Свекровь упала в подъезде на лестнице, из головы кровь, не встаёт", "crisis", "emergency_other"),
        ("ru", "дед упал в ванной, из головы течёт кровь, молчит", "crisis", "emergency_other"),
        ("ru", "в детстве упал с велосипеда, из головы кровь шла, теперь шрам", "none", None),
        # "убить меня мало", I deserve worse: self-reproach for a slip, in any order of its words, in Cyrillic and in
        # Latin letters; a threat's object followed by "мало ли", "мало того" stays the threat
        ("ru", "Убить меня мало, автозамена опять: не «Богом», а «Бохум», конечно 🙈", "none", None),
        ("ru", "меня убить мало, опять перепутал дни встречи", "none", None),
        ("ru", "мало меня убить, забыла записаться на группу", "none", None),
        ("ru", "ubit menya malo, opyat opechatka v adrese", "none", None),
        ("uk", "вбити мене мало, знову переплутала адресу", "none", None),
        ("ru", "муж грозится убить меня, мало ли что он сделает, он пьяный сейчас", "crisis", "violence_now"),
        ("ru", "он обещал убить меня, мало того, он сейчас стоит под дверью", "crisis", "violence_now"),
        ("uk", "чоловік погрожує вбити мене, мало чи що він зробить, він зараз п'яний", "crisis", "violence_now"),
        ("ru", "он сейчас хочет убить меня", "crisis", "violence_now"),
    ],
)
def test_what_round_68_read_as_classes_ruuk(lang, text, level, kind):
    """Round 68 (ru, uk), each with calm twins: blood that has started to flow ("а тут кров пішла сильно і живіт
    крутить", "кров пішла" beside a pregnancy) is a sign of the body and its own beginning, as "кровь пошла" in ru;
    the head bleeding told first ("з голови кров, не встає і щось бурмоче") and someone not getting up, silent or
    mumbling, is someone else's emergency (112 first), in uk as in ru; and the idiom "убить меня мало" (I deserve
    worse) masked in any order of its words, while "убить меня, мало ли ..." after a threat stays the threat (its
    "мало ли" is masked first, so that the idiom cannot take the threat's verb)."""
    assert level_and_kind(text, lang) == (level, kind)
