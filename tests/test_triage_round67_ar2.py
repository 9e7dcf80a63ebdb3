"""Round 67 (ar2): what a fresh measuring set showed the triage missing, taught as classes, each with calm twins."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # one's own sugar far too high now (300 and over: `sugar_ar` ... `high_sugar`, a sign of the body), with
        # dizziness or vomiting; a value told as then, as usual, after a meal or as a search not
        (
            "هل توجد مجموعة لمرضى السكري في غوتينغن صباحًا؟ أشعر الآن بدوخة شديدة، والسكر عندي فوق ٤٠٠ ولا أتوقف عن "
            "التقيؤ.",
            "crisis",
            "medical",
        ),
        ("سكري الحين فوق ٥٠٠ وادوخ وايد واستفرغ", "crisis", "medical"),
        ("السكر عندي الان فوق ٥٠٠ وعم استفرغ كتير ومش قادر اوقف", "crisis", "medical"),
        ("sokkari hala2 fo2 450 w dayekh ktir w 3am estafreg", "crisis", "medical"),
        ("السكر عندي كان فوق ٤٠٠ السنة الماضية، الآن الحمد لله مستقر. هل توجد مجموعة لمرضى السكري؟", "none", None),
        ("هل توجد مجموعة لمرضى السكري؟ السكر عندي عادة بين ٣٠٠ و٤٠٠ والطبيب غير الدواء", "none", None),
        ("ابي قروب لمرضى السكري في كولن، السكر عندي وصل ٣٥٠ قبل شهر", "none", None),
        ("السكر عندي عادة ٣٥٠ بس الدكتور قال ما في خطر", "none", None),
        ("أبحث عن مجموعة للسكري، السكر عندي أحيانًا ٤٠٠ بعد الأكل", "none", None),
        # someone gone blue and not breathing well now, the negation fused to the verb ("ومايتنفس", "وماتتنفس": a
        # negation as "ما يتنفس" is, so "now ... well" no longer reads as how well someone is today); a baby well now
        # after the hospital, a night-time asthma told beside a search not
        ("مجموعه لامهات الاطفال الخدج في لايبزيغ؟ البيبي الحين ازرق ومايتنفس زين", "crisis", "emergency_other"),
        ("البيبي الحين ازرق ومايتنفس زين", "crisis", "emergency_other"),
        ("بنتي الحين زرقا وماتتنفس زين", "crisis", "emergency_other"),
        ("el bebe el7in azra2 w ma yetnaffas zein", "crisis", "emergency_other"),
        ("مجموعه لامهات الاطفال الخدج في لايبزيغ؟ البيبي كان ما يتنفس زين بالمستشفى بس الحين زين", "none", None),
        ("البيبي الحين زين ويتنفس زين الحمد لله، ابي قروب لامهات الخدج", "none", None),
        ("ابي قروب للربو، ولدي مايتنفس زين بالليل احيانا", "none", None),
        ("في قروب لاهل الاطفال اللي عندهم ربو؟ ولدي الحين زين بس احيانا مايتنفس زين بالليل", "none", None),
        # someone's fit going on for minutes and not stopping, Levantine Arabizi ("nawbe", the minutes in English or
        # German, "ma wa2fet": `fit_minutes`, `fit_stopped`); a fit that stopped by itself, a fit of last year, how
        # long the fits usually last not
        (
            "fi group lal 3ayle taba3 el epilepsy fi Karlsruhe? ibni hala2 3ando nawbe sarlha aktar men 5 minutes w ma "
            "wa2fet",
            "crisis",
            "emergency_other",
        ),
        ("ibni 3ando nawbe sar3 hala2 sarlha 10 minutes w ma wa2fet", "crisis", "emergency_other"),
        ("binti 3anda nawbe sarlha 10 da2aye2 w ma wa2fet", "crisis", "emergency_other"),
        ("ابني هلق عنده نوبة صرع صرلها اكتر من ٥ دقايق وما وقفت", "crisis", "emergency_other"),
        ("ibni kan 3ando nawbe sarlha 5 minutes w wa2fet la7ala, hala2 mni7", "none", None),
        ("ibni kan 3ando nawbe el sene el madye sarlha 5 minutes, hala2 mni7", "none", None),
        ("fi group lal 3ayle taba3 el epilepsy? ibni 3ando nawbat, 3adatan btotwal 2 minutes", "none", None),
        ("ibni 3ando nawbat, ba3ed 5 minutes bto2af la7ala, fi group?", "none", None),
        ("النوبة عند ابني عادة دقيقتين وبتوقف لحالها، في مجموعة للأهل؟", "none", None),
        # going for good, and the keys and the papers left with someone (`leave_for_good_ar` ... `for_good_ar` ...
        # `handed_ar` the `keys_ar` and `papers_ar`, either order): a farewell; a trip, going to work, the keys alone,
        # keys and papers forgotten at the neighbours' not
        (
            "ابي قروب للاطفال اللي فقدو ابوهم في شتوتغارت عشان ولدي. انا بمشي قريب خلاص، خليت المفاتيح والاوراق عند "
            "الجيران",
            "crisis",
            "suicide",
        ),
        ("انا ماشي خلاص للابد، تركت مفاتيحي واوراقي عند اخوي", "crisis", "suicide"),
        ("خليت المفاتيح والاوراق عند الجيران، انا بمشي خلاص", "crisis", "suicide"),
        ("ana bemshi khalas, khallet el mafati7 wel awra2 3and jiranna", "crisis", "suicide"),
        ("بمشي قريب عالعطلة، خليت المفاتيح والاوراق عند الجيران", "none", None),
        ("بمشي بكرا للشغل، خليت المفاتيح والاوراق عند جاري", "none", None),
        ("انا بمشي خلاص عالشغل، خليت المفاتيح عند الجيران", "none", None),
        ("ابي قروب للاطفال اللي فقدو ابوهم. نسيت المفاتيح والاوراق عند الجيران", "none", None),
        # cut, burnt or scratched a limb and wanting to go on, said last (`hurt_az` a limb ... `want_go_on_az`
        # `go_on_ar` and the message ends; the same in Arabic letters); going on with the training or the food not
        ("fi online? ana lessa jara7t rijli 3ami2 w baddi kammel", "crisis", "self_harm"),
        ("jara7t idi hala2 w baddi kammel", "crisis", "self_harm"),
        ("2ata3t idi hala2 bel mous w baddi kammel", "crisis", "self_harm"),
        ("لسا جرحت ايدي بالموس وبدي كمل", "crisis", "self_harm"),
        ("jara7t rijli bel mal3ab embare7, bas baddi kammel el tamrin", "none", None),
        ("7ara2t idi bel forn, bas mni7, kammalt el akl", "none", None),
    ],
)
def test_what_round_67_ar2_read_as_classes(text, level, kind):
    """Round 67 (ar2), each class with calm twins: one's own sugar far too high now (a sign of the body, so it needs
    a now and a second sign or its strength, and a value told as then or as usual reads nothing); someone blue and
    not breathing well now, the negation fused to the verb of breathing being a negation (in Gulf "ومايتنفس زين"
    the "now ... well" had read as how well the baby is today); someone's fit going on for minutes and not stopping
    in Levantine Arabizi (112 first, as in Arabic letters); going for good with the keys and the papers left with
    someone, a farewell (a trip or the keys alone stay calm); a limb cut and wanting to go on, said last in
    Arabizi or Arabic letters (going on with something named stays calm)."""
    assert level_and_kind(text, "ar") == (level, kind)
