"""Round 69 (Arabic): crises the new letter model no longer raises to the crisis reply, taught to the lexicon as
classes, each with calm twins and crisis paraphrases in other words."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # killing myself in the Iraqi spelling of "kill" (ق as ك or گ: "اكتل نفسي"), and in Arabizi with the glottal stop
        # written 2 ("2arrart 2e2tol 7ali"); killing time or a cockroach is no such
        ("اريد اكتل نفسي هسه ما اكدر اتحمل بعد", "crisis", "suicide"),
        ("والله راح اكتل روحي اذا بقيت هيج", "crisis", "suicide"),
        ("اريد اگتل حالي، ما بقى شي", "crisis", "suicide"),
        ("اريد اكتل الوقت بشي فلم", "none", None),
        ("راح اكتل الصرصور اللي بالمطبخ", "none", None),
        ("2arrart 2e2tol 7ali el leile, bas 7abbet 7ada ya3ref", "crisis", "suicide"),
        ("2arrart e2tol nafsi ba3d el 3id", "crisis", "suicide"),
        ("2arrart 2e2tol el wa2t bel shoghl", "none", None),
        # not being here tomorrow, "here" for alive, in Darija ("غدا ما غانكونش هنا"); away for a reason told is not
        ("ما بقيتش باغي نكمل، غدا ما غانكونش هنا", "crisis", "suicide"),
        ("بكرا ما رح كون هون", "crisis", "suicide"),
        ("غدا ما غانكونش هنا، عندي سفر لفاس", "none", None),
        # ending my life said at the message's end ("الليلة بخلص من حياتي"); a life left behind abroad goes on
        ("Spielsucht Gruppe في دوسلدورف؟ خسرت كل شي، الليلة بخلص من حياتي", "crisis", "suicide"),
        ("خسرت كل فلوسي، بكرا بخلص من حياتي", "crisis", "suicide"),
        ("بخلص من حياتي بالغربة وبرجع عالبلد", "none", None),
        # not reaching the date named before ("ما راح أوصله"), beside being tired of everything or having no strength left;
        # missing it for a trip, or late and tired of the trains, is not
        ("Termin بعد أسبوعين؟ ما راح أوصله، تعبت من كل شي", "crisis", "suicide"),
        ("Termin im März؟ ما اظن رح اوصل لهيك، ما عاد فيني", "crisis", "suicide"),
        ("الموعد بعد شهر؟ ما رح اوصلو، زهقت من الحياه", "crisis", "suicide"),
        ("الموعد الساعة ٨؟ ما رح اوصلو بالوقت، تعبت من المواصلات", "none", None),
        # driving fast into a truck or off the road, said ahead; a truck driver's day, an accident told as past, driving
        # fast when late are not
        ("ولا وحدة. أنا بالـ Auto على الـ Autobahn وناوي فوّت بأول شاحنة بس وصّل لأعلى سرعة.", "crisis", "suicide"),
        ("ana. ra7 sou2 el sayyara 3al Autobahn w fout bel LKW, el lele ba3d el shoghl", "crisis", "suicide"),
        ("ركبت السياره و رح سوق ع الاوتوبان بسرعه و اطلع عن الطريق، ما عاد فرقانه معي", "crisis", "suicide"),
        ("رح سوق عالاوتوبان وفوت بالتريلا اللي قدامي", "crisis", "suicide"),
        ("بشتغل سواق شاحنة عالاوتوبان كل يوم", "none", None),
        ("امبارح شاحنة فاتت بسيارتي عالاوتوبان", "none", None),
        ("رح سوق عالاوتوبان بسرعه لأني متأخر عالشغل", "none", None),
        ("عالاوتوبان إذا خربت السيارة لازم تطلع عن الطريق", "none", None),
    ],
)
def test_what_round_69_read_as_classes_ar_suicide(text, level, kind):
    """Round 69 (Arabic), the writer's own end, each with calm twins: killing oneself in the Iraqi spelling ("اكتل
    نفسي") and in Arabizi with the 2 ("2e2tol 7ali"); not being here tomorrow with "here" for alive, in Darija ("غدا ما
    غانكونش هنا"; a reason told is masked as for "موجود"); ending my life said at the message's end ("بخلص من حياتي");
    not reaching the date named before ("Termin ...؟ ما راح أوصله") beside being tired of everything or no strength
    left; and driving fast into a truck or off the road (word classes `fast_road_ar`, `crash_into_ar`, `truck_ar`,
    `off_road_ar`). The new letter model only asked about these."""
    assert level_and_kind(text, "ar") == (level, kind)
