"""Round 63b (ar): what a fresh measuring set showed the triage missing, taught as classes, each with calm twins."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # not living to a near day, "don't know if I will live to the weekend" in Arabizi too (the future's "rah" is
        # Levantine "will", not Darija "he is"), or not making it to a day beside being tired of life; a late flight,
        # a meeting one cannot get to, a parcel, a day that is left, being tired of work, where one will live not
        (
            "online momken? bas mish 3arif iza rah 3ish la weekend. salamt 3a mama 3al telefon",
            "crisis",
            "suicide",
        ),
        ("واش من اجتماع، أنا ما نوصلش للثلاثاء. عييت من الحياة، صافي", "crisis", "suicide"),
        ("mish 3arif iza ra7 3ish la weekend", "crisis", "suicide"),
        ("ma ra7 3ish la bokra", "crisis", "suicide"),
        ("مش رح عيش للويكند", "crisis", "suicide"),
        ("تعبت من كل شي، ما رح اوصل للجمعة", "crisis", "suicide"),
        ("عييت من الحياة، ما نوصلش للجمعة", "crisis", "suicide"),
        ("أنا ما نوصلش للثلاثاء", "none", None),
        ("الطيارة تاعي متأخرة، ما نوصلش للجمعة", "none", None),
        ("ما نوصلش للاجتماع ديال الثلاثاء، عندي خدمة", "none", None),
        ("ما ضل للجمعة غير يومين", "none", None),
        ("الطرد ما يوصلش للثلاثاء", "none", None),
        ("mish 3arif iza ra7 3ish ma3 ahli aw la2", "none", None),
        ("rah yemchi l dar daba w y9tel mratou", "none", None),
        # someone killed by the beating now ("عم يموّت مرتو من الضرب"), a neighbour's wife heard (witness), in Arabizi
        # too; killed by the multiplication table, the heat, laughing at a game, a death by beating long ago, a film
        # of yesterday not
        ("لإلي. جارنا هلق عم يموّت مرتو من الضرب، عم تصرّخ، شكلو الوضع كتير خطير", "crisis", "witness"),
        ("jarna halla2 3am ymawet marto mn el darb w hiye 3am tsarrekh", "crisis", "witness"),
        ("ابوي هلق عم يموّت امي من الضرب، عم تصرخ", "crisis", "witness"),
        ("الجيران هلأ عم يموتو ابنهم من الضرب، صوته واصل لعنا", "crisis", "violence_now"),
        ("ابني عم يموت من جدول الضرب", "none", None),
        ("أستاذ الرياضيات رح يموتنا من جدول الضرب", "none", None),
        ("الحر عم يموتني من الضرب بالشمس", "none", None),
        ("الصغير عم يموت من الضحك على لعبة الضرب", "none", None),
        ("جدي مات من الضرب بالسجن من أربعين سنة، في مجموعة لأهالي المعتقلين؟", "none", None),
        ("في فيلم شفتو امبارح كان يقتلها من الضرب، ما نمت من وقتها", "none", None),
        # a fit felt or said coming ("حاس بالنوبة جاية", "النوبة جايتني", MSA "نوبة الصرع قادمة") with no one at home,
        # Maghrebi "ما كاين حتى واحد فالدار", "بوحدي", also after a search and a "but"; the next time ("بالنوبة
        # الجاية"), a shift at work or a night shift, a fit of two months ago, a child's fits told to find a group, a
        # fit coming with the wife there not
        (
            "عندي الصرع وكنقلب على مجموعة. ولكن دابا حاس بالنوبة جاية وما كاين حتى واحد فالدار",
            "crisis",
            "medical",
        ),
        ("حاس بالنوبة جاية وما كاين حتى واحد فالدار", "crisis", "medical"),
        ("ما في حدا بالبيت والنوبة جايتني", "crisis", "medical"),
        ("النوبة جاية وما في حدا بالبيت، هلق", "crisis", "medical"),
        ("أشعر بأن نوبة الصرع قادمة وأنا وحدي في البيت", "crisis", "medical"),
        ("بالنوبة الجاية بجي عالاجتماع وما في حدا يوصلني", "none", None),
        ("هلق نوبتي بالشغل جاية وما في حدا يبدلني", "none", None),
        ("النوبة الليلية جاية وما في حدا يغطيها بالمستشفى", "none", None),
        ("عندي الصرع وكنقلب على مجموعة، آخر نوبة جاتني من شهرين", "none", None),
        ("ابني عنده صرع، كل ما يحس بالنوبة جاية بيقلي، في مجموعة للأهالي؟", "none", None),
        ("حاس بالنوبة جاية بس مرتي معي هلق", "none", None),
        # a small child who swallowed pills or a battery, its age told after it ("من الدرج، عنده ٣ سنين": "من" and
        # the number apart are no "three years ago"); swallowed three years ago, or about three years ago, a child
        # who cannot swallow pills, pills put away from him, not
        ("بقولكم ابني الصغير بلع حبوب من الدرج، عنده ٣ سنين، أعمل ايه؟؟", "crisis", "emergency_other"),
        ("ابني الصغير بلع بطارية من الريموت، عمره ٣ سنين", "crisis", "emergency_other"),
        ("طفلي ابتلع أقراص من درج الأدوية، عمره ٤ سنوات، ماذا أفعل؟", "crisis", "emergency_other"),
        ("ebni bala3 7bob mn el dorj, 3ando 3 snin, shu a3mel??", "crisis", "emergency_other"),
        ("ابني بلع بطارية من ٣ سنين والحمد لله مرت بسلام، في مجموعة؟", "none", None),
        ("ابني بلع حبوب قبل حوالي ٣ سنين، هلق منيح", "none", None),
        ("ابني الصغير ما بيعرف يبلع حبوب، عنده ٣ سنين، شو بعمل؟", "none", None),
        ("حطيت حبوب الضغط بالدرج بعيد عن ابني الصغير، عنده ٣ سنين", "none", None),
    ],
)
def test_what_round_63b_read_as_classes_ar(text, level, kind):
    """Round 63b (ar), each with calm twins: not living to a near day (word classes cant_ar, live_to_ar, day_until_ar;
    Arabizi "mish 3arif iza rah 3ish la weekend", with "rah" before the verb the writer's own future, cue `self`), or
    not making it there (reach_ar) beside being tired of life; killing someone by the beating now (kill_by_ar,
    beaten_ar in `violence`); a fit felt or said coming (fit_ar, coming_ar, feel_ar, beside nawba_jaye) with no one at
    home, the Maghrebi "ما كاين حتى واحد" among `nobody`, the feeling the writer's own (`self`); a small child's age
    told after pills swallowed "from the drawer" is no story of three years ago (the mask's "من" now stands right
    before the number)."""
    assert level_and_kind(text, "ar") == (level, kind)
