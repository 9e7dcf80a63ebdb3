"""Round 69 (Arabic): crises the new letter model no longer raises to the crisis reply, taught to the lexicon as
classes, each with calm twins and crisis paraphrases in other words."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # killing myself in the Iraqi spelling of "kill" (ق as ك or گ: "اكتل نفسي"), and in Arabizi with the glottal
        # stop written 2 ("2arrart 2e2tol 7ali"); killing time or a cockroach is no such
        ("اريد اكتل نفسي هسه ما اكدر اتحمل بعد", "crisis", "suicide"),
        ("والله راح اكتل روحي اذا بقيت هيج", "crisis", "suicide"),
        ("اريد اگتل حالي، ما بقى شي", "crisis", "suicide"),
        ("اريد اكتل الوقت بشي فلم", "none", None),
        ("راح اكتل الصرصور اللي بالمطبخ", "none", None),
        ("2arrart 2e2tol 7ali el leile, bas 7abbet 7ada ya3ref", "crisis", "suicide"),
        ("2arrart e2tol nafsi ba3d el 3id", "crisis", "suicide"),
        ("2arrart 2e2tol el wa2t bel shoghl", "none", None),
        # sleeping and not waking in the Iraqi verb ("أنام وما أگعد"), and closing my eyes never to open them again;
        # getting up tomorrow for work, closing the eyes at a film are not
        ("أريد أنام وما أگعد، كلش تعبانة ومحد يحتاجني بهالدنيا", "crisis", "suicide"),
        ("اريد انام وما اكعد بعد", "crisis", "suicide"),
        ("اريد انام هسه، باجر اكعد الساعة ستة للدوام", "none", None),
        ("أتمنى أن أغمض عيني الآن ولا أفتحهما مرة أخرى", "crisis", "suicide"),
        ("بدي غمض عيوني وما افتحهم ابدا", "crisis", "suicide"),
        ("اتمنى اغمض عيوني بالسينما وقت المشهد المخيف", "none", None),
        # not being here tomorrow, "here" for alive, in Darija ("غدا ما غانكونش هنا"); away for a reason told is not
        ("ما بقيتش باغي نكمل، غدا ما غانكونش هنا", "crisis", "suicide"),
        ("بكرا ما رح كون هون", "crisis", "suicide"),
        ("غدا ما غانكونش هنا، عندي سفر لفاس", "none", None),
        # ending my life said at the message's end ("الليلة بخلص من حياتي"); a life left behind abroad goes on
        ("Spielsucht Gruppe في دوسلدورف؟ خسرت كل شي، الليلة بخلص من حياتي", "crisis", "suicide"),
        ("خسرت كل فلوسي، بكرا بخلص من حياتي", "crisis", "suicide"),
        ("بخلص من حياتي بالغربة وبرجع عالبلد", "none", None),
        # not reaching the date named before ("ما راح أوصله"), beside being tired of everything or having no strength
        # left; missing it for a trip, or late and tired of the trains, is not
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
    `off_road_ar`); sleeping and not waking in the Iraqi verb ("أنام وما أگعد") and closing the eyes never to open them
    again ("أغمض عيني ... ولا أفتحهما مرة أخرى"). The new letter model only asked about these."""
    assert level_and_kind(text, "ar") == (level, kind)


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # a threat if the child tells, in Iraqi ("ويكول اذا حجيتي راح يأذيني"); a boss or a mother saying what follows
        # if we talk is not
        ("ابن خالتي الچبير يسويلي اشياء من نبقى وحدنا ويكول اذا حجيتي راح يأذيني", "crisis", "violence_now"),
        ("خالي يسوي اشياء وياي ويكول اذا حجيت لأحد راح يذبحني", "crisis", "violence_now"),
        ("مديري يكول اذا حجيت وياه بالراتب راح يزعل", "none", None),
        ("ماما تكول اذا حجيتي وياي بالليل راح تنامين متأخر", "none", None),
        # one man kicking or breaking the door now with a threat to kill, in Darija and Levantine; a son knocking is not
        (
            "كنقلب على مجموعة ديال العيالات اللي كيتعرضو للعنف ف هانوفر. راجلي كيضرب باب الحمام برجليه سديت على راسي "
            "وكيغوت غادي نقتلك",
            "crisis",
            "violence_now",
        ),
        ("جوزي عم يكسر باب الاوضة وعم يصرخ رح اقتلك", "crisis", "violence_now"),
        ("ولدي كيضرب الباب وكيغوت بغيت نخرج", "none", None),
        # the door broken now with me inside (Iraqi "وآني والجهال جوه"); workmen breaking an old door name no one inside
        (
            "اكو Beratung او Gruppe للعوائل العراقية بمدينة Kiel؟ بس هسه الجيران الشباب كاعدين يكسرون باب الشقة مالتنا "
            "بالحديدة وآني والجهال جوه",
            "crisis",
            "violence_now",
        ),
        ("رجال غرب دا يكسرون الباب واحنا جوه", "crisis", "violence_now"),
        # an ex at the door breaking the lock now; a locksmith breaking it, an ex who did not knock, are not
        (
            "مرحبا، عم دوّر على Beratungsstelle او Gruppe لـ häusliche Gewalt بـ Gelsenkirchen. طليقي هلأ واقف قدام "
            "الـ Tür، عندو Kontaktverbot بس عم يكسر الـ Schloss بشي حديدة، عم اسمع الصوت. في Gruppe؟",
            "crisis",
            "violence_now",
        ),
        ("طليقي برا وعم يكسر القفل هلق", "crisis", "violence_now"),
        ("الحداد عم يكسر القفل لأني نسيت المفتاح", "check", None),
        # a child's own age as what they have ("عندي 14 سنة") beside being beaten, and being dragged by the hair in
        # Arabizi; years of work told so, a parent's child's age, a beating when I was 12 told from today are not
        ("عندي 14 سنة وبابا بيضربني كل يوم بالحزام", "crisis", "child_abuse"),
        ("ana 15 sene w baba byes7abni mn sha3ri kel ma yez3al", "crisis", "child_abuse"),
        ("عندي 12 سنة بالشغل هون وبدور على مجموعة للبيرن اوت", "none", None),
        ("ابني عندو 12 سنة وابوه بيضربه، في مجموعة للأمهات؟", "none", None),
        ("ابويا كان بيضربني بالحزام لما كان عندي 12 سنة، هلق عمري 30 وبدور على مجموعة", "none", None),
    ],
)
def test_what_round_69_read_as_classes_ar_violence(text, level, kind):
    """Round 69 (Arabic), violence now, each with calm twins: an adult's threat if the child tells, in Iraqi ("يكول اذا
    حجيتي راح يأذيني"); one man kicking or breaking the door with a threat to kill, in Darija ("كيضرب باب الحمام ...
    غادي نقتلك"); a door broken now with the writer inside ("وآني والجهال جوه"); an ex breaking the lock ("طليقي ...
    عم يكسر الـ Schloss"); and a child's age told as "عندي 14 سنة" (cue `minor`) and being dragged by the hair in
    Arabizi (`beat_ar`). Not taught: "... كل يوم وانا عندي 12 سنة", where "وانا عندي N" is read as "when I was N"
    (round 14) and a present beating cannot be told from one of then in the words; and the Arabizi teenager beside a
    search ("ana 14 sene fi group ...? baba kel yom byet2eni")."""
    assert level_and_kind(text, "ar") == (level, kind)


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # a fit for a quarter or half an hour, not yet stopped; a fit that stopped is told with its stop
        ("ابني عم يختلج من ربع ساعه وما وقفت النوبه", "crisis", "medical"),
        ("بنتي عم تتشنج صرلها نص ساعه ولسا ما وقفت", "crisis", "emergency_other"),
        ("ابني عنده صرع، النوبه بتاخد ربع ساعه عادة وبعدين بينام", "none", None),
        # the breath not normal and turning blue (Iraqi "دا يزرك"); a blue shirt is no such
        ("الجاهل عمره شهرين ونفسه مو طبيعي، دا يزرك", "crisis", "emergency_other"),
        ("البيبي نفسه مش طبيعي ووجهه عم يزرق", "crisis", "emergency_other"),
        ("نفسه مو طبيعي ولابس بلوزه زرقا", "check", "emergency_other"),
        # someone who cannot breathe, in Darija Arabizi with "could not" fused ("daba ma9dratch tneffes"); not coming to
        # the group, breathing badly in yesterday's heat and fine now, are not
        ("l khti. klat chi 7aja w daba ma9dratch tneffes, wjha 7mar w mnfou5", "crisis", "emergency_other"),
        ("bnti daba ma9dratch tneffes", "crisis", "emergency_other"),
        ("ma9dratch nji l group lbar7, kan3tadr", "none", None),
        ("khti ma9dratch tneffes mzyan mn l7ar lbar7, daba mzyana", "none", None),
        # fallen and not answering, in Egyptian and Darija Arabizi; fallen yesterday and fine today is not
        ("mama we2e3et fel matba5 w mesh bet2ool ay 7aga", "crisis", "medical"),
        ("jarti tay7a f droj, rasha kaysil dem w ma katjawebnich", "crisis", "emergency_other"),
        ("jedda we2e3et fel share3 embare7 w dlw2ty kwayesa", "none", None),
    ],
)
def test_what_round_69_read_as_classes_ar_medical(text, level, kind):
    """Round 69 (Arabic), the body's emergency, each with calm twins: a fit for a quarter or half an hour not yet
    stopped (word class `fit_minutes` now with "ربع ساعه", "نص ساعه"); a baby's breath not normal and turning blue, the
    verb of turning blue (Iraqi "دا يزرك") without lips named; and someone fallen who does not answer, in Egyptian
    ("we2e3et ... mesh bet2ool ay 7aga") and Darija Arabizi with the fall told further from the silence ("tay7a f
    droj, rasha kaysil dem w ma katjawebnich"); someone who cannot breathe in Darija Arabizi ("ma9dratch tneffes").
    The breath check gives its question as before when nothing turns blue."""
    assert level_and_kind(text, "ar") == (level, kind)
