"""Round 64 (ar): what a fresh measuring set showed the triage missing, taught as classes, each with calm twins."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # "whether" or "if" before a past form ("إن كنت سأبقى", "اذا كنت رح ضل", "iza kont ra7") is no story of then: a
        # thought of suicide beside it is told now; whether I will make it to the meeting alone, a thought of suicide in
        # a story of then ("لما كنت صغير", "قبل سنتين كنت") not
        (
            "لايبزيغ. لكني لا أعرف إن كنت سأبقى حتى موعد اللقاء، أفكر في الانتحار طوال الوقت واليوم أسوأ يوم.",
            "crisis",
            "suicide",
        ),
        ("ما بعرف اذا كنت رح ضل عايش لحد الاجتماع، بفكر بالانتحار كل يوم", "crisis", "suicide"),
        ("mish 3arif iza kont ra7 eb2a la ba3d el jalse, bfakker bel enti7ar", "crisis", "suicide"),
        ("لا أعرف إن كنت سأحضر اللقاء يوم الخميس، عندي موعد عند الطبيب", "none", None),
        ("ما بعرف اذا كنت رح اقدر اجي عالاجتماع، في جروب اونلاين؟", "none", None),
        ("لما كنت صغير كنت افكر بالانتحار، هلق الحمدلله منيح، في جروب؟", "none", None),
        ("قبل سنتين كنت افكر في الانتحار، واليوم أبحث عن مجموعة للتعافي", "none", None),
        # a goodbye to someone, anyone or you, and no more words from the writer after it; no more writing after a group
        # was found, a friend seen off at the airport, not
        (
            "شكراً على القائمة. أردت فقط أن أودّع أحداً، حتى لو كان برنامجاً. لن أكتب مرة أخرى.",
            "crisis",
            "suicide",
        ),
        ("بس حبيت ودع حدا، حتى لو كان بوت. مش رح اكتب تاني", "crisis", "suicide"),
        ("كنت بدي اودعك، ما رح تسمع مني بعد اليوم", "crisis", "suicide"),
        ("bas 7abbet wadde3 7ada, ma ra7 ektob kaman", "crisis", "suicide"),
        ("شكراً، لقيت مجموعة. لن أكتب مرة أخرى.", "none", None),
        ("شكرا على المساعدة، مش رح اكتب تاني لأني لقيت الجروب", "none", None),
        ("ودعت صاحبي بالمطار امبارح، في جروب للمغتربين؟", "check", None),
        # a cut made on one's own body ("3amla jor7", "عاملة جرح") and the wish to make another, "just" made ("lessa")
        # beside a search too; a cut while cooking, a child's wound, a new recipe or a tattoo wanted again, something
        # else "just" done, not (the letters alone ask there, as before)
        (
            "Ana lessa 3amla jor7 fi edi w 3ayza a3mel tany. 3andi 14 sana w mama mat3rafsh. fi group online?",
            "crisis",
            "self_harm",
        ),
        ("3amalt jor7 fi dra3i w nefsi a3mel kaman", "crisis", "self_harm"),
        ("أنا لسه عاملة جرح في إيدي وعايزة اعمل تاني", "crisis", "self_harm"),
        ("ana 3amalt gro7 fi rejli embare7 w 3awza a3mel tany delwa2ti", "crisis", "self_harm"),
        ("ana 3amla jor7 fi edi w ana ba2ta3 el basal, fi group lel tabkh?", "check", None),
        ("ebni 3amel jor7 fi edo men el ta2, 3ayez a3mel eh?", "check", None),
        ("3amalt wasfa gdida w 3ayza a3mel tany bokra", "check", None),
        ("3amalt tatoo fi edi w 3ayza a3mel tany", "check", None),
        ("ana lessa 3amla el tahalil w mostanya el nateega, fi group?", "check", None),
        # someone not waking from sleep ("ما يقعد", "ما يكعد", "ما يصحى من النوم"), then not answering at all or snoring
        # strangely: 112 first; snoring as a topic, a teenager who sleeps till noon or gets up late, not
        ("أبوي ما يقعد من النوم، يشخر شخير غريب وما يرد علينا أبد، والسكر عنده عالي.", "crisis", "emergency_other"),
        ("امي ما تصحى من النوم وما ترد علينا، السكر عندها واطي", "crisis", "emergency_other"),
        ("جدي ما عم يفيق من النوم وبيشخر بشكل غريب", "crisis", "emergency_other"),
        ("ابوي ما يكعد من النوم وما يجاوب، شنسوي؟", "crisis", "emergency_other"),
        ("ابني المراهق ما يصحى من النوم الا الظهر، في مجموعة للأهالي؟", "none", None),
        ("زوجي يشخر شخير غريب بالليل، في مجموعة لانقطاع النفس؟", "none", None),
        ("ابوي ما يقعد من النوم بدري، ويشخر كل ليلة", "none", None),
        ("بنتي ما تقوم من النوم الا الظهر وما ترد علينا لما نكلمها", "none", None),
        ("ابوي ما يصحى من النوم الا الظهر", "none", None),
        # the pills named (someone else's too: "dwa dyal mama" names whose they are, not whose the overdose is), then
        # all of them to be drunk or swallowed, Darija; a course the doctor said to finish, pills taken along on a
        # trip, and another's overdose told, not one's own
        (
            "kayn chi groupe dyal l'addiction f Bremen? 3ndi dwa dyal mama kamlin 9damni, ghadi nchrbhom kamlin lyoum",
            "crisis",
            "overdose",
        ),
        ("jm3t l7bob dyal sbou3 kaml, daba ghadi nbl3hom ga3", "crisis", "overdose"),
        ("عندي الدوا ديال بابا قدامي، غادي نشربهم كاملين الليلة", "crisis", "overdose"),
        ("3ndi kachiyat dyal nn3as, bghit naklhom kamlin daba", "crisis", "overdose"),
        ("tbib 3tani antibiotique, khassni nchrbhom kamlin 7ta ykmlo", "none", None),
        ("3ndi dwa dyal mama, ghadi nakhodhom kamlin m3aya f safar", "check", None),
        ("ماما بلعت حبوب بابا كلها", "crisis", "emergency_other"),
        # dying of curiosity, of excitement, of thirst, in Arabizi ("bmoot min el fdool"); dying with no such cause not
        ("ana bmoot min el fdool, min bi7dar hal jalsat 3adatan?", "none", None),
        ("ana bmout mn el fodol, shu bi7ki el nas bel group?", "none", None),
        ("bamoot min el 7amas la awwal jalse", "none", None),
        ("ana bmoot min el 3atash, fi may bel jalse?", "none", None),
        ("بموت من الفضول، مين بيحضر الجلسات عادة؟", "none", None),
        ("ana bmoot, ma 3ad fiyye kammel", "crisis", "suicide"),
    ],
)
def test_what_round_64_read_as_classes_ar(text, level, kind):
    """Round 64 (ar), each with calm twins: "whether" or "if" right before a past form (cue `whether`, read only by
    `_forget_past_told_just_now`) tells no story of then; a goodbye to someone, anyone or you with no more words from
    the writer after it is a farewell; a cut made on one's body and the wish to make another is self-harm, "just" made a
    now; someone not waking from sleep who then does not answer at all or snores strangely is unresponsive (sleeping
    till noon or for school is masked); the pills named and then all of them to be drunk or swallowed in Darija is one's
    own overdose, whoever the pills belong to (cue `owner`); dying of curiosity, excitement or thirst is an idiom."""
    assert level_and_kind(text, "ar") == (level, kind)
