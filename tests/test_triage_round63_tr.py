"""Crisis triage, round 63 (Turkish): what a fresh measuring set showed the triage missing, taught as classes, each
with calm twins (everyday sentences with the same words) and crisis paraphrases in other words."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # an act named by its verbal noun that "will kill me" (speaking before strangers, waiting, getting up early),
        # also said the other way round or of someone else's shyness; a threat told with a condition or a person
        # before "beni" stays
        ("Konuşmak zorunda mıyım? Yabancıların önünde konuşmak beni öldürür valla.", "none", None),
        ("Grupta sırayla konuşmak beni öldürür, sadece dinlesem olur mu?", "none", None),
        ("Sabah erken kalkmak beni öldürüyor, akşam grubu var mı?", "none", None),
        ("Telefonda konuşmak beni öldürecek, yazışarak katılabilir miyim?", "none", None),
        ("İnsanların önünde konuşmak öldürür beni", "none", None),
        ("Bu kadar beklemek bizi öldürüyor, randevu ne zaman?", "none", None),
        ("Herkesin bana bakması beni öldürür", "none", None),
        ("Bunu düşünmek bile beni öldürüyor", "none", None),
        ("kalabalikta konusmak beni oldurur ya", "none", None),
        ("Yabancıların önünde konuşmak seni öldürmez, gel bir kere", "none", None),
        ("Oğlum çok utangaç, sınıfta konuşmak onu öldürüyor, gençlik grubu var mı", "none", None),
        ("kocam eve gelmek üzere, beni öldürecek", "crisis", "violence_now"),
        ("boşanmak istersem beni öldürür", "crisis", "violence_now"),
        ("ayrılmak istediğimi söylersem kocam beni öldürür", "crisis", "violence_now"),
        ("kocam kaçmak istersem beni öldüreceğini söyledi", "crisis", "violence_now"),
        ("babam sarhoş geldi, kemerini almaya gitti, beni öldürecek", "crisis", "violence_now"),
        # a flame or a hot thing held, pressed or touched to one's own skin, also beside a search and typed without
        # Turkish letters; a lighter held for someone or in one's hand, ice or a hot water bottle on the skin, a
        # habit of then, and a burn told as an accident not
        (
            "kusura bakmayin garip olcak. su an yazarken cakmagi kolima tutuyorum. nurnbergde gencler icin boyle "
            "seyler icin grup var mi",
            "crisis",
            "self_harm",
        ),
        ("şu an çakmağın alevini bileğime tutuyorum", "crisis", "self_harm"),
        ("su an cakmagi yakip kolima tutuyom", "crisis", "self_harm"),
        ("çakmağı koluma tutuyorum", "crisis", "self_harm"),
        ("kızgın kaşığı az önce bacağıma bastım", "crisis", "self_harm"),
        ("şimdi ütüyü koluma değdiriyorum, acısı iyi geliyor", "crisis", "self_harm"),
        ("az önce yanan kibriti avucuma bastırdım, gençler için grup var mı", "crisis", "self_harm"),
        ("yanlışlıkla değil, bilerek çakmağı koluma tutuyorum şu an", "crisis", "self_harm"),
        ("çakmağı babama tuttum, sigarasını yaktı", "none", None),
        ("çakmağı elimde tutuyorum, sigarayı bırakmaya çalışıyorum, grup var mı", "none", None),
        ("buz torbasını koluma tutuyorum, kolum şişti", "none", None),
        ("sıcak su torbasını karnıma tutuyorum, regl ağrısı", "none", None),
        ("mumu elimde tutuyorum, elektrik kesildi", "none", None),
        ("sigarayı kendime tuttum, arkadaşıma vermedim", "none", None),
        ("eskiden çakmağı koluma tutardım, artık yapmıyorum, grup arıyorum", "none", None),
        ("ütü yaparken yanlışlıkla ütüyü elime değdirdim, yanık kremi var mı", "none", None),
        ("çakmağı kazara elime tuttum, ufak bir yanık", "none", None),
        # a baby, or a child told with its age in months, with a high fever (in German too) and limp or hard to wake,
        # also beside a search; hard to wake in the mornings without a fever, sleepy after a vaccine, a fever of then,
        # a fever or the limpness said away, and the months of one's own pregnancy not
        (
            "Bebeğimiz 8 aylık, 40,5 Fieber var, şimdi çok uyuşuk, zor uyanıyor. Saarbrücken'de Eltern grubu "
            "arıyorum, çarşamba günü olan var mı?",
            "crisis",
            "emergency_other",
        ),
        ("oğlum 6 aylık, ateşi 40, gözlerini zor açıyor", "crisis", "emergency_other"),
        ("6 aylık kızım ateşler içinde, tepkisiz gibi", "crisis", "emergency_other"),
        ("bebek ateşler içinde, pelte gibi yatıyor, ağlamıyor bile", "crisis", "emergency_other"),
        (
            "Bebeğim 5 aylık, ateşi 39,5, şu an uyuşuk uyuşuk yatıyor. Köln'de anne grubu var mı?",
            "crisis",
            "emergency_other",
        ),
        ("bebegim cok uyusuk zor uyaniyo atesi 40 ne yapayim", "crisis", "emergency_other"),
        ("bebeğim 3 aylık, 39 derece, çok uyuşuk", "crisis", "emergency_other"),
        ("oğlum 2 aylık ateşi 38,5 ve zor uyanıyo", "crisis", "emergency_other"),
        ("Bebeğim 8 aylık, ateşi düştü ama hâlâ çok uyuşuk, zor uyanıyor", "crisis", "emergency_other"),
        ("Bebeğimiz 8 aylık, sabahları zor uyanıyor, geceleri çok ağlıyor, uyku grubu var mı?", "none", None),
        (
            "Bebeğim 8 aylıkken 40 ateşle hastanede yattı, çok uyuşuktu, şimdi 3 yaşında ve sağlıklı, grup arıyorum",
            "none",
            None,
        ),
        ("Bebeğim aşıdan sonra hafif ateşlendi, biraz uykulu, normal mi?", "none", None),
        ("Bebeğim 8 aylık, ateşi düştü, artık uyuşuk değil, güzelce emiyor", "none", None),
        ("Bebeğim 8 aylık, ateşi 38, ama oynuyor, gülüyor, uyuşuk değil", "none", None),
        ("Bebeğim 7 aylık, ateşi yok ama çok uyuşuk, demir eksikliği dediler, grup var mı", "none", None),
        ("Bebek ateşi hakkında bilgi veren bir grup var mı, uyuşuk olursa ne yapmalı?", "none", None),
        ("3 aylık hamileyim, biraz ateşim var, kendimi uyuşuk hissediyorum, hamileler grubu var mı", "none", None),
        ("Boynum tutuldu, ensem kaskatı, ateşim yok, fizyoterapi grubu var mı", "none", None),
    ],
)
def test_what_round_63_read_as_classes_tr(text, level, kind):
    """Round 63 (Turkish), each with calm twins: an act named by its verbal noun (-mak, -mek, -ması, -mesi) right
    before "beni" that "will kill me" ('Yabancıların önünde konuşmak beni öldürür valla', not_crisis with the word
    classes doing_tr, kills_me_tr) is an idiom of dread, while a threat told with a condition ('boşanmak istersem')
    or a person before "beni" is violence as before; a flame or a hot thing held, pressed or touched to one's own
    skin ('cakmagi kolima tutuyorum': flame_tr, skin_to_tr, held_to_tr in the concept self_harm) is self-harm, a
    lighter held for someone, in one's hand (the locative), a hot water bottle and a burn told as an accident are
    not; a baby, or a child told with its age in months ('oğlum 6 aylık'), with a high fever and limp or hard to
    wake ('40,5 Fieber var, şimdi çok uyuşuk, zor uyanıyor': infant_tr, limp_tr in the concept unresponsive) is
    someone else's emergency, while the mornings' sleep without a fever, a fever said away ('ateşi yok', 'uyuşuk
    değil': look_alike, so the letters still weigh the message) and the months of a pregnancy ('3 aylık hamileyim')
    are not."""
    assert level_and_kind(text, "tr") == (level, kind)
