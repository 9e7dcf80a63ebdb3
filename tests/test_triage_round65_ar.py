"""Round 65 (ar): what a fresh measuring set showed the Arabic triage missing, taught as classes with calm twins."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # on a bridge now with its vowel typed ("3al jeser", "jiser"), and throwing oneself in Arabizi ("erme 7ali"), a
        # German river by name; a group that meets at the bridge not
        (
            "fi group lal anxiety bi Bremen? ana hala2 3al jeser fo2 el Weser w nawi erme 7ali, ma fi shi yo2ofni",
            "crisis",
            "suicide",
        ),
        ("ana hala2 3al jiser w bdi erme 7ali bel may", "crisis", "suicide"),
        ("ana wa2ef 3al jeser el 3ali hala2 w ra7 erme 7ali", "crisis", "suicide"),
        ("fi group lal rake bel 3agal? mnetla2a kel jom3a 3and el jeser", "none", None),
        # a grandparent named in Arabizi ("jeddo", "jeddi", "teta") is someone else: fallen and not waking now; a
        # grandfather who sleeps a lot, or fell last year and is well, beside a search not
        (
            "7ada y2oli fi group lal Angehörige von Demenz fi Rostock? jeddo hala2 we2e3 w mesh 3am yes7a, w temmo "
            "ma2loub 3a jeneb",
            "crisis",
            "emergency_other",
        ),
        ("jeddi hala2 we2e3 bel 7ammam w mish 3am yes7a", "crisis", "emergency_other"),
        ("jeddo bi nam ktir hal iyyam, fi group lal Demenz?", "none", None),
        ("jeddo we2e3 el sene el madye w hala2 mni7, fi group?", "none", None),
        # "gone from us" (راح منّا) is a death told, no "I will" before the suicide that follows; one's own end told
        # after it stays
        (
            "ابني راح منّا لأنه انتحر، صارلها سنة. بدي جروب للأهالي اللي مرقوا بهيك شي، بهايدلبرغ أو أونلاين.",
            "none",
            None,
        ),
        ("اخي راح منا من سنتين، انتحر. في مجموعة لاخوة المنتحرين؟", "none", None),
        ("بنتي راحت منا بكير، بدي جروب للأهل", "none", None),
        ("ابوي راح منا، وانا رح انتحر الليلة", "crisis", "suicide"),
        ("جوزي راح مننا، وانا بدي موت", "crisis", "suicide"),
        # a goodbye to everyone ("kol el nas") in Arabizi; goodbyes at work before a trip, at the airport, a party not
        ("Köln. bas ana wadda3t kol el nas, mish ra7 awsal lal Termin", "crisis", "suicide"),
        ("wadda3t kol el nas, ma 3ad fi shi", "crisis", "suicide"),
        ("wadda3t kol el nas w 7ades el 7abel bel sa2f", "crisis", "suicide"),
        ("ana wadda3t kol el nas bel shoghol la2anni msafra bokra 3a Syria, fi group bi Köln?", "none", None),
        ("wadda3t el nas bel matar w rje3t 3al bet", "none", None),
        ("wadda3na kol el nas bel 7afle, kanet 7elwe", "none", None),
        # on a bridge looking into the water with Darija's joined "in" (فالما، فالبحر، فالواد); a son who likes to
        # look at the fish from the bridge not
        ("خليني من الگروبات، أنا دابا واقف فوق القنطرة كنشوف فالما", "crisis", "suicide"),
        ("أنا دابا واقف فوق القنطرة كنشوف فالبحر", "crisis", "suicide"),
        ("انا فوق القنطرة دابا كنشوف فالواد", "crisis", "suicide"),
        ("ولدي كيحب يوقف فوق القنطرة يشوف فالحوت فالما", "none", None),
        # violence in Darija's present (كيضرب، كيطعن، كتخنق) and the one hurt named the Darija way (مراتو، خويا); a
        # beating of then, a search, a ball kicked not
        ("الجار ديالنا كيضرب مراتو دابا، كنسمعها كتغوت، شنو ندير؟", "crisis", "violence_now"),
        ("جارنا كيضرب مراتو دابا", "crisis", "violence_now"),
        ("الراجل ديال جارتنا كيطعن مراتو دابا، كنسمعها كتغوت", "crisis", "violence_now"),
        ("بابا كيضرب خويا دابا بالسمطة", "crisis", "violence_now"),
        ("جارنا كان كيضرب مراتو زمان، دابا تطلقو، كاين شي جمعية؟", "none", None),
        ("كاين شي جمعية للعيالات اللي راجلهم كيضربهم؟", "none", None),
        ("ولدي كيضرب الكورة مع صحابو دابا", "none", None),
        # the fit begun or coming in Arabizi ("el nawba bada2at") and alone ("la7ali", "lwa7di"); a fit of yesterday,
        # alone at home beside a search, one's shift ("nawbti") not
        ("Wait please, ana 7ases en el nawba bada2at w ana la7ali bel bet", "crisis", "medical"),
        ("el nawba bada2at w ana lwa7di bel bet", "crisis", "medical"),
        ("7asse en el nawba jaye w ana la7ali", "crisis", "medical"),
        ("el nawba bada2at embare7 w hala2 ana mni7a, fi group lal sar3?", "none", None),
        ("ana la7ali bel bet, fi group online?", "none", None),
        ("nawbti bada2at bel mostashfa w ana la7ali bel qesm", "none", None),
        # the breath or the attack now and the inhaler not at hand or forgotten (the breath beside the word for asthma
        # is masked as the illness told: the attack "came to me", "جالي", still tells it); a child's inhaler at school,
        # forgetting it at times, an attack whenever it comes without the inhaler not
        ("مش قادر آخد نفسي خالص، الربو جالي والبخاخة مش معايا", "crisis", "medical"),
        ("نفسي مقطوع والبخاخ مش معي", "crisis", "medical"),
        ("ازمة ربو هلق وما معي بخاخ", "crisis", "medical"),
        ("ابني عنده ربو والبخاخ مش معه بالمدرسة، في مجموعة للأهالي؟", "none", None),
        ("عندي ربو ومرات بنسى البخاخ بالبيت، في جروب؟", "none", None),
        ("لما الربو بيجيني والبخاخ مش معي بخاف، في مجموعة؟", "none", None),
    ],
)
def test_what_round_65_read_as_classes_ar(text, level, kind):
    """Round 65 (ar), each with calm twins: the bridge spelled with its vowel in Arabizi ("jeser", "jiser") as the
    place of an end, throwing oneself in Arabizi ("erme 7ali") and German rivers by name; grandparents named in Arabizi
    ("jeddo", "teta") as someone else; "راح منّا" (gone from us) as a death told, masked so that its "راح" is no "I
    will" before the suicide told after it; a goodbye to everyone ("kol el nas") in Arabizi, with goodbyes for a trip,
    at the airport, at work or a party masked; Darija's joined "in" before the water (فالما) on a bridge; violence in
    Darija's present prefix (كيضرب، كيطعن، كتخنق، تيضرب) with the one hurt named the Darija way (مراتو، خويا); the fit
    begun in Arabizi and being alone ("la7ali", "lwa7di"); the breath or an asthma attack now with the inhaler not at
    hand ("والبخاخة مش معايا") or forgotten ("نسيت البخاخ"), not when it is told as what happens whenever."""
    assert level_and_kind(text, "ar") == (level, kind)
