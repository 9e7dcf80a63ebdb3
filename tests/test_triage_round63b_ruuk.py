"""Crisis triage, round 63b (Russian, Ukrainian): what a fresh measuring set showed the triage missing, taught as
classes, each with calm twins (everyday sentences with the same words) and crisis paraphrases in other words."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the fresh messages: a fit felt coming now, nobody at home, beside a search for a group
        (
            "ru",
            "Эпилепсия у меня, группу ищу. Но щас чую, что приступ накатывает, а дома никого, блин",
            "crisis",
            "medical",
        ),
        (
            "uk",
            "В мене епілепсія, групу шукаю. Але щас чую шо приступ начинається, а вдома нікого",
            "crisis",
            "medical",
        ),
        # the same in other words: the fit and its coming in either order, felt ("чую", "відчуваю"), nobody there said
        # in either order, first or last, in Latin letters
        ("ru", "Эпилепсия. Кажется, приступ надвигается, а я сама дома", "crisis", "medical"),
        ("ru", "щас накатывает приступ, дома нет никого, что делать", "crisis", "medical"),
        ("ru", "pristup nakatyvaet, doma nikogo, chto delat", "crisis", "medical"),
        ("ru", "я один дома и чую, что приступ накатывает", "crisis", "medical"),
        ("ru", "эпилепсия, щас чую подкатывает приступ, а я один", "crisis", "medical"),
        ("uk", "епілепсія, щас відчуваю підкочує напад, а я один вдома", "crisis", "medical"),
        ("uk", "зараз накочує напад, а я вдома сама", "crisis", "medical"),
        ("uk", "у мене епілепсія, відчуваю, що напад наближається, а я сама в квартирі", "crisis", "medical"),
        # calm twins: fits that come at night as a habit, a fit feared for later, one that has passed or was last
        # year, a cold, a fit of laughter, nostalgia, laziness or a migraine, spring felt coming, a child's fits
        ("ru", "Эпилепсия у меня, группу ищу. Приступы обычно начинаются ночью, когда дома никого", "none", None),
        ("ru", "у меня эпилепсия, группу ищу, боюсь, что приступ начнется, когда дома никого не будет", "check", None),
        ("uk", "боюся, що напад почнеться, коли вдома нікого не буде", "none", None),
        ("ru", "приступ прошёл, я одна дома, всё хорошо, группу ищу", "none", None),
        ("ru", "в прошлом году приступ начался, когда дома никого не было, теперь ищу группу", "none", None),
        ("uk", "минулого року напад почався, коли вдома нікого не було, тепер шукаю групу", "none", None),
        ("ru", "чую, что простуда накатывает, а дома никого, скучно", "none", None),
        ("ru", "накатывает приступ смеха, а дома никого, некому рассказать", "none", None),
        ("ru", "сегодня дома никого, чую, что приступ лени накатывает", "none", None),
        ("ru", "я одна дома, начинается приступ мигрени, лягу", "none", None),
        ("ru", "начинается приступ мигрени, а я одна дома", "none", None),
        ("uk", "я сама вдома, починається напад мігрені", "none", None),
        ("uk", "напад сміху накочує, а вдома нікого", "none", None),
        ("ru", "чую, что скоро весна, а дома никого", "none", None),
        ("uk", "чую, що весна наближається, а вдома нікого", "none", None),
        ("ru", "у меня эпилепсия, раньше чуял, когда приступ подходит, ищу группу", "none", None),
        ("ru", "я один дома, чувствую себя хорошо", "none", None),
        ("ru", "я одна дома, приступ паники накатывает", "none", None),
        ("uk", "я сама вдома, напад паніки накриває", "none", None),
        # "чую" as the writer's hearing keeps a neighbour's violence a witness's
        ("uk", "чую як сусід б'є дружину за стіною", "crisis", "witness"),
        # an asthma attack alone stays as it was
        ("ru", "начинается приступ астмы, а я одна дома, ингалятора нет", "crisis", "medical"),
    ],
)
def test_what_round_63b_read_as_classes_fit_alone(lang, text, level, kind):
    """A fit felt coming now with nobody at home (ru, uk): the fit (приступ, припадок, судороги, напад) and its coming
    (накатывает, надвигается, подкатывает, накочує, начинається in surzhyk) in one run in either order, or the fit
    felt ("чую", "відчуваю", now also a first-person word), with nobody there (дома никого, вдома нікого, я вдома
    сама, either order) before or after it, is the writer's medical emergency, also beside a search. No future
    forms: a fit feared for when nobody will be home is a worry. A fit of laughter, laziness or a migraine is no
    seizure (masked); habits, a fit that passed or was last year, a cold or spring felt coming stay calm."""
    assert level_and_kind(text, lang) == (level, kind)


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the fresh message: a correction, the mother's dependence on sleeping pills
        (
            "ru",
            "Слушай, я там написал «алкоголь», а это скорее таблетки — снотворное, с которого мама никак не слезет.",
            "none",
            None,
        ),
        # calm twins in other words: pills someone cannot get off or give up, said either way round, in uk too
        ("ru", "мама не может слезть со снотворного", "none", None),
        ("ru", "мама никак не слезет со снотворного", "none", None),
        ("ru", "я написала про алкоголь, а на самом деле мама на снотворном, с которого не может слезть", "none", None),
        ("ru", "это не алкоголь, а снотворное, от которого она не может отказаться", "none", None),
        ("ru", "папа никак не слезет с таблеток, есть группа для родственников?", "none", None),
        ("ru", "брат пытается соскочить с феназепама, группа есть?", "none", None),
        ("ru", "я пытаюсь отвыкнуть от снотворного, есть группа?", "none", None),
        (
            "uk",
            "Я там написав «алкоголь», а це скоріше пігулки — снодійне, з якого мама ніяк не злізе.",
            "none",
            None,
        ),
        ("uk", "мама не може злізти зі снодійного", "none", None),
        ("uk", "мама на снодійному, з якого не може злізти", "none", None),
        ("uk", "батько ніяк не злізе з таблеток, є група для рідних?", "none", None),
        # crises beside the dependence stay read: an overdose now, one's own plan, pills hoarded, off a roof
        (
            "ru",
            "мама не может слезть со снотворного, сегодня выпила всю пачку и не просыпается",
            "crisis",
            "emergency_other",
        ),
        (
            "uk",
            "мама не може злізти зі снодійного, сьогодні випила всю пачку і не прокидається",
            "crisis",
            "emergency_other",
        ),
        ("ru", "сама не могу слезть со снотворного, хочу выпить всё сразу и уснуть навсегда", "crisis", "suicide"),
        ("ru", "снотворное накопила, с которого слезть не могу, сегодня выпью всё", "crisis", "suicide"),
        ("ru", "выпила все снотворное", "crisis", "overdose"),
        ("uk", "хочу випити все снодійне", "crisis", "overdose"),
        ("ru", "слезть с крыши не могу, боюсь", "crisis", "suicide"),
    ],
)
def test_what_round_63b_read_as_classes_pills_dependence(lang, text, level, kind):
    """Sleeping pills (or tablets, tranquillisers, painkillers, drugs) that someone cannot get off (ru слезть,
    соскочить, отвыкнуть, отказаться; uk злізти, зіскочити, відвикнути), said as "can't get off them" or as "the
    pills that she cannot get off", whole forms named right before the relative word: a dependence to find a group
    for (not_crisis), not a handful now. An overdose, a plan or a hoard beside it, and a roof, stay read."""
    assert level_and_kind(text, lang) == (level, kind)
