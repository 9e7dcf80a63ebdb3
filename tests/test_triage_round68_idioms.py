"""Round 68 (all six languages): the triage's overreach found by testers acting out users in the console chat, taught
as classes, each with calm twins (everyday sentences with the same words that must stay as they were) and crisis
paraphrases in other words."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the testers' messages: asked, no longer the crisis reply at once
        ("de", "ich könnt mich umbringen wenn ich an meinen chef denk lol", "check", "suicide"),
        ("tr", "olucem artik bu adamdan bikdim", "check", "suicide"),
        ("en", "I could kill my husband when he comes home drunk", "check", None),
        # the same class in other words: the conditional beside someone or something thought of, fed up with someone
        ("de", "ich könnte mich umbringen, wenn ich an die steuererklärung denke", "check", "suicide"),
        ("de", "ich könnt mich umbringen wenn ich an montag denk", "check", "suicide"),
        ("tr", "öleceğim artık, kocamdan bıktım", "check", "suicide"),
        ("tr", "okuldan bıktım ölücem", "check", "suicide"),
        ("en", "I'll die, I'm so fed up with this guy", "check", "suicide"),
        ("en", "I could kill myself when I think of my boss lol", "check", "suicide"),
        ("ar", "رح موت من هالزلمة، زهقت منه", "check", "suicide"),
        # calm twins: anger at someone else in the conditional stays as it was
        ("en", "I could strangle my boss when he does that", "none", None),
        ("en", "could kill my sister when she borrows my clothes", "none", None),
        ("de", "ich könnt sie umbringen wenn sie wieder meine sachen nimmt", "check", None),
        ("ru", "я бы его убила, когда он пьяный домой приходит", "check", None),
        ("uk", "я б його вбила, коли він пʼяний додому приходить", "check", None),
        ("ru", "сдохну скоро от этого мужика, достал", "none", None),
        ("uk", "помру скоро від цього чоловіка, набрид", "none", None),
        # crisis twins: the same words with a time, means or a plan told, fed up with life, or another clause after it
        ("de", "ich bring mich heute um", "crisis", "suicide"),
        ("de", "ich könnt mich umbringen wenn ich an meinen chef denk, heute nacht mach ichs", "crisis", "suicide"),
        (
            "de",
            "ich könnte mich umbringen wenn ich an meinen ex denke, hab schon die tabletten hier",
            "crisis",
            "suicide",
        ),
        ("de", "ich könnt mich umbringen, die tabletten liegen schon bereit", "crisis", "suicide"),
        ("tr", "bu gece ölücem, ilaçları aldım", "crisis", "suicide"),
        ("tr", "öleceğim artık hayattan bıktım", "crisis", "suicide"),
        ("tr", "kocamdan bıktım, bu gece kendimi öldüreceğim", "crisis", "suicide"),
        ("tr", "öleceğim artık bu adamdan bıktım, ilaçları hazırladım", "crisis", "suicide"),
        ("en", "I could kill myself, I have the pills here", "crisis", "suicide"),
        ("en", "I could kill myself when I think of him, I have the rope ready", "crisis", "suicide"),
        ("en", "I'm going to kill him tonight, I have the knife", "crisis", "violence_now"),
        ("en", "I could kill him when he comes home, I have the knife ready now", "crisis", "violence_now"),
    ],
)
def test_what_round_68_read_as_classes_exasperation(lang, text, level, kind):
    """Round 68: a dark idiom said in exasperation (cue `exasperated`): the conditional "könnt(e) mich umbringen" beside
    someone or something thought of ("wenn ich an meinen Chef denk"), "I could kill my husband when he comes home
    drunk", "I could kill myself when I think of my boss", dying soon beside whom one is fed up with ("ölücem artık, bu
    adamdan bıktım", "I'll die, I'm so fed up with this guy", "رح موت من هالزلمة، زهقت منه"): asked at most, as a laugh
    is, since a "yes" still gets the numbers. A "now" in the condition's own clause ("when he comes home drunk") is its
    time, not this moment; a time, means or a plan told elsewhere, a clause after the idiom, or being fed up with life
    keep the crisis reply. Russian and Ukrainian read such anger calmly already (rows kept as they are)."""
    assert level_and_kind(text, lang) == (level, kind)


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the testers' messages, told bare now: the safety question in all six languages
        ("ru", "у сына мысли о самоубийстве", "check", "emergency_other"),
        ("uk", "у сина думки про самогубство", "check", "emergency_other"),
        ("en", "my son has suicidal thoughts", "check", "emergency_other"),
        ("ar", "ابني عنده أفكار انتحارية", "check", "emergency_other"),
        ("de", "mein sohn hat suizidgedanken", "check", "emergency_other"),
        ("tr", "oğlumun intihar düşünceleri var", "check", "emergency_other"),
        # the same in other words
        ("en", "my daughter has been having suicidal thoughts for a few weeks", "check", "emergency_other"),
        ("de", "meine tochter hat seit ein paar wochen suizidgedanken", "check", "emergency_other"),
        ("ru", "у дочки суицидальные мысли", "check", "emergency_other"),
        ("uk", "у доньки суїцидальні думки", "check", "emergency_other"),
        ("tr", "kızımın intihar düşünceleri var", "check", "emergency_other"),
        ("ru", "у мужа снова мысли о самоубийстве", "check", "emergency_other"),
        ("uk", "у чоловіка знову думки про самогубство", "check", "emergency_other"),
        ("en", "my friend told me about her suicidal thoughts", "check", "emergency_other"),
        # calm twins: past, with how well they are today, or in a search for a group
        ("de", "mein sohn hatte suizidgedanken, jetzt in der klinik stabil", "none", None),
        ("en", "my son had suicidal thoughts last year, now he is doing well", "none", None),
        ("de", "mein sohn hat suizidgedanken, gibt es eine gruppe für eltern?", "none", None),
        ("en", "my son has suicidal thoughts, is there a group for parents?", "none", None),
        ("ru", "у сына мысли о самоубийстве, есть ли группа для родителей?", "none", None),
        ("de", "ein buch über suizidgedanken bei jugendlichen", "none", None),
        # crisis twins: their acute danger, the writer's own thoughts
        ("de", "mein sohn will sich heute nacht umbringen", "crisis", "emergency_other"),
        ("en", "my son says he'll kill himself tonight", "crisis", "emergency_other"),
        ("de", "mein sohn hat wieder suizidgedanken und sagt er bringt sich heute um", "crisis", "emergency_other"),
        ("en", "my son has suicidal thoughts and he just took all his pills", "crisis", "emergency_other"),
        ("en", "my mom has suicidal thoughts again and she is alone at home right now", "crisis", "emergency_other"),
        ("ru", "у сына мысли о самоубийстве, он стоит на крыше", "crisis", "emergency_other"),
        ("de", "ich habe suizidgedanken", "crisis", "suicide"),
        ("en", "i have suicidal thoughts", "crisis", "suicide"),
        ("ru", "у меня мысли о самоубийстве", "crisis", "suicide"),
    ],
)
def test_what_round_68_read_as_classes_their_thoughts(lang, text, level, kind):
    """Round 68: someone else's thoughts of suicide named as such (cue `thoughts`: "мысли о самоубийстве",
    "suicidal thoughts", "Suizidgedanken", "intihar düşünceleri", "أفكار انتحارية"), told bare, are the safety question:
    a "yes" is their danger now (112 first: `emergency_other`), a "no" goes on with the relatives' search. They were
    the crisis reply in four languages and nothing in two. Beside a search, a past with how well they are today, they
    stay calm; an end told now beside them, and the writer's own thoughts, keep the crisis reply."""
    assert level_and_kind(text, lang) == (level, kind)


# The review of round 68 took the cap on a fall told alone out again: it took the crisis reply from 11 crises of
# older sets in which the fall was the only danger word read beside signs the lexicon does not read alone ("my mum
# fell down the stairs and shes not movin", "opa is die treppe runtergestürzt er blutet am kopf und sagt nix mehr").
# A fall still gets 112 until those signs are read by themselves.
FALL_STILL_112 = pytest.mark.xfail(strict=True, reason="a fall alone still gets the crisis reply (round 68 review)")


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the testers' messages: asked at most
        pytest.param(*("de", "bin die treppe runtergefallen", "check", None), marks=FALL_STILL_112),
        ("en", "my son cut himself with a knife while cooking", "none", None),
        # the same in other words and languages
        pytest.param(*("de", "ich bin heute die treppe runtergefallen, tut weh", "check", None), marks=FALL_STILL_112),
        pytest.param(*("de", "oma ist die treppe runtergefallen", "check", None), marks=FALL_STILL_112),
        pytest.param(*("en", "I fell down the stairs", "check", None), marks=FALL_STILL_112),
        pytest.param(*("en", "my dad fell down the stairs", "check", None), marks=FALL_STILL_112),
        pytest.param(*("tr", "merdivenlerden düştüm", "check", None), marks=FALL_STILL_112),
        pytest.param(*("tr", "babaannem merdivenden düştü", "check", None), marks=FALL_STILL_112),
        ("tr", "oğlum yemek yaparken bıçakla elini kesti", "none", None),
        ("ru", "сын порезался ножом, когда готовил", "none", None),
        ("uk", "син порізався ножем, коли готував", "none", None),
        ("ar", "ابني جرح حاله بالسكينة وهو عم يطبخ", "check", None),
        # calm twins as they were
        ("en", "i cut my finger while chopping onions", "none", None),
        ("de", "mein sohn hat sich beim kochen mit dem messer geschnitten", "none", None),
        ("ru", "бабушка упала с лестницы", "none", None),
        ("uk", "бабуся впала зі сходів", "none", None),
        ("ar", "ستي وقعت عن الدرج", "none", None),
        # crisis twins: unresponsive, not getting up, a head injury with confusion, bleeding that won't stop, on purpose
        ("de", "oma ist die treppe runtergefallen und reagiert nicht", "crisis", "emergency_other"),
        ("de", "opa ist die treppe runtergestürzt und steht nicht mehr auf", "crisis", "emergency_other"),
        (
            "de",
            "mein mann ist die treppe runtergefallen, blutet am kopf und ist ganz verwirrt",
            "crisis",
            "emergency_other",
        ),
        ("de", "mein sohn hat sich beim kochen geschnitten und es hört nicht auf zu bluten", "crisis", "medical"),
        ("en", "grandma fell down the stairs and isn't responding", "crisis", "emergency_other"),
        ("en", "he cut himself while cooking and it won't stop bleeding", "crisis", "medical"),
        (
            "en",
            "my son cut himself with a knife while cooking, it's bleeding heavily and won't stop",
            "crisis",
            "medical",
        ),
        ("en", "my son cut himself with a knife on purpose", "crisis", "emergency_other"),
        ("tr", "babaannem merdivenden düştü, tepki vermiyor", "crisis", "emergency_other"),
        ("tr", "oğlum yemek yaparken elini kesti, kan durmuyor", "crisis", "emergency_other"),
        ("ru", "бабушка упала с лестницы и не реагирует", "crisis", "emergency_other"),
        ("ru", "сын порезался ножом когда готовил, кровь не останавливается", "crisis", "medical"),
        ("ar", "ستي وقعت عن الدرج وما عم ترد", "crisis", "emergency_other"),
    ],
)
def test_what_round_68_read_as_classes_accidents(lang, text, level, kind):
    """Round 68: a fall down the stairs or off a ladder told alone is no one unresponsive: the writer who fell is
    writing, and someone else's fall would get the question (expected to fail: FALL_STILL_112). A cut while
    cooking (chopping, peeling; "yemek yaparken", "когда готовил", "коли готував", "وهو عم يطبخ") is an everyday
    accident, masked like "beim Kochen geschnitten". Not responding, not getting up, a head injury with
    confusion, bleeding that won't stop and "on purpose" are read beside them as ever."""
    assert level_and_kind(text, lang) == (level, kind)


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the tester's message stays a question; its equivalents are asked at least
        ("de", "ich will einfach nur weg von allem", "check", None),
        ("en", "I just want to get away from everything", "check", None),
        ("tr", "her şeyden uzaklaşmak istiyorum", "check", None),
        ("tr", "her şeyden kaçmak istiyorum artık", "check", None),
        ("ru", "хочу просто исчезнуть от всего", "crisis", "suicide"),
        ("uk", "хочу просто зникнути від усього", "crisis", "suicide"),
        # calm twins: a trip, a holiday or a move
        ("de", "ich will einfach nur weg von hier, in eine andere stadt ziehen", "none", None),
        ("en", "I just want to get away from everything for a weekend, any hiking group?", "none", None),
        ("en", "we want to get away from it all this summer, camping at the lake", "none", None),
        ("en", "I want to get away from everything and move to another city", "none", None),
        ("en", "I need to get away from it all, I'm booking a holiday", "none", None),
        ("tr", "hafta sonu her şeyden uzaklaşmak istiyorum, tatile gidiyoruz", "none", None),
        ("tr", "her şeyden uzaklaşmak istiyorum, başka şehre taşınmak istiyorum", "none", None),
        ("ru", "хочу уехать от всего на море на неделю", "none", None),
        # crisis twin
        ("en", "I just want to get away from everything, forever. I have the pills", "crisis", None),
    ],
)
def test_what_round_68_read_as_classes_away_from_everything(lang, text, level, kind):
    """Round 68: to get away from everything ("I just want to get away from everything", "her şeyden uzaklaşmak
    istiyorum"; German asked by the letters already, Russian and Ukrainian "исчезнуть" are the crisis reply) is a fair
    reading of despair: the question (`distress`). Away from here to another town, a weekend, a holiday, camping or a
    move stay calm (masked)."""
    assert level_and_kind(text, lang) == (level, kind)
