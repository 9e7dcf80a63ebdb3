"""Round 67 (ru, uk, ar): what a fresh measuring set showed the triage missing, taught as classes with calm twins."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # exasperated with trains, a course or forms: "with these (trains) I'll soon die / hang myself", in Cyrillic
        # and in the Cyrillic reading of Latin letters (German course words spelled as that reading spells them)
        (
            "ru",
            "Я с этими электричками скоро помру, вечно опаздывают. Есть группа поближе, чтоб пешочком?",
            "none",
            None,
        ),
        (
            "ru",
            "Ya s etim Deutschkurs skoro povešus', haha 😅 A voobshche ishchu gruppu dlya migrantov s trevozhnost'yu v "
            "Nürnberg, lučshe po vyhodnym.",
            "none",
            None,
        ),
        ("ru", "с этим интеграционным курсом я скоро сдохну, есть группа для мигрантов?", "none", None),
        ("ru", "с этим Deutschkurs я скоро повешусь", "none", None),
        ("uk", "з цими електричками я скоро помру, вічно запізнюються", "none", None),
        ("uk", "з цим Deutschkurs я скоро повішусь, хаха, є група для мігрантів?", "none", None),
        # debts are no such nuisance, and a plan told after the idiom stays read
        ("ru", "с этими долгами я скоро повешусь, сил больше нет", "crisis", "suicide"),
        ("uk", "з цими боргами я скоро повішусь, сил більше нема", "crisis", "suicide"),
        (
            "ru",
            "с этим курсом я скоро помру, шучу. а вообще я сегодня ночью повешусь, верёвка уже есть",
            "crisis",
            "suicide",
        ),
        (
            "uk",
            "з цим Deutschkurs я скоро повішусь, а якщо серйозно, сьогодні вночі повішусь, мотузка вже є",
            "crisis",
            "suicide",
        ),
        ("ru", "я скоро повешусь, всё решено", "crisis", "suicide"),
        (
            "uk",
            "Z cym Deutschkurs ja skoro povishus', haha 😅 A vzagali shukaju grupu dlja migrantiv z tryvozhnistju v "
            "Nürnberg, krashche na vyhidnyh.",
            "none",
            None,
        ),
        ("uk", "z cymy borgamy ja skoro povishus, syl bilshe nema", "crisis", "suicide"),
        ("uk", "ja skoro povishus, vse vyrisheno", "crisis", "suicide"),
    ],
)
def test_what_round_67_read_as_classes_ruuk(lang, text, level, kind):
    """Round 67 (ru, uk), each with calm twins: an exasperated "с этими электричками / с этим Deutschkurs скоро
    помру, повешусь" (word class `nuisance_with`: trains, courses, forms, offices, also as the Cyrillic reading spells
    the German words) is an idiom; with debts, or with a night, a rope or a decision told beside it, the end stays
    read."""
    assert level_and_kind(text, lang) == (level, kind)


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # pills someone cannot sleep without, for years: a dependence told by its habit; all of them taken, or a whole
        # pack tonight, stays read
        (
            "uk",
            "Тьху, переплутала. У батька не алкоголь, а снодійні пігулки, він без них роками не спить",
            "none",
            None,
        ),
        ("uk", "мама без снодійного не засинає вже десять років, є група?", "none", None),
        ("uk", "я не можу заснути без снодійних, шукаю групу", "none", None),
        (
            "uk",
            "батько випив усі снодійні пігулки, без них не спав, а тепер не прокидається",
            "crisis",
            "emergency_other",
        ),
        ("uk", "я без снодійного не сплю, а сьогодні вип'ю всю пачку", "crisis", "overdose"),
        # ending it, in the present said for the future ("кінчаю з цим"), with a plan said to be there; ending a
        # renovation, a course or the casino with a plan for it stays calm
        (
            "uk",
            "Слиш, а шо там по групах для лудоманів у Бремені? Мені капєц, бабки всі програв, завтра зранку всьо, "
            "кінчаю з цим, план уже є.",
            "crisis",
            "suicide",
        ),
        ("uk", "все програв, кончаю з усім, план вже є", "crisis", "suicide"),
        ("uk", "кінчаю з цим, все вирішено", "crisis", "suicide"),
        ("uk", "кінчаю з цим ремонтом, план уже є на наступний тиждень", "none", None),
        ("uk", "з казино кінчаю, план вже є: група і психолог", "none", None),
        ("uk", "кінчаю з цим курсом у п'ятницю, план є, шукаю групу після нього", "none", None),
    ],
)
def test_what_round_67_read_as_classes_uk(lang, text, level, kind):
    """Round 67 (uk), each with calm twins: sleeping pills someone cannot sleep without ("без них роками не спить"), a
    dependence told by its habit (all of them taken stays read); "кінчаю з цим", the present said for the future, in
    `end_all`, and a plan said to be there ("план уже є") in `final_word` (ending it right before a task or a habit,
    "кінчаю з цим ремонтом", is masked)."""
    assert level_and_kind(text, lang) == (level, kind)


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # not there on the day that is the meeting's own date ("موعد اللقاء"); an appointment elsewhere is a reason
        ("لنفسي. لكن على الأرجح لن أكون موجوداً يوم الخميس موعد اللقاء.", "crisis", "suicide"),
        ("ما رح كون موجود الخميس موعد الاجتماع", "crisis", "suicide"),
        ("لن أكون موجوداً يوم الجمعة، موعد الجلسة", "crisis", "suicide"),
        ("مش رح كون موجود الخميس موعد عند الدكتور، في لقاء تاني؟", "none", None),
        # (the letters alone ask these two, as before the round)
        ("لن أكون موجوداً يوم الخميس، عندي موعد عند الطبيب", "check", None),
        ("لن أكون موجوداً يوم الخميس موعد عمل، هل هناك لقاء آخر؟", "check", None),
        # not wanting to live to the morning or to tomorrow, in any dialect; wanting to get through the night sober, not
        # wanting to arrive late in the morning or at an appointment, not
        ("واش تقدرو تقولو لماما من بعد بلي كنت نبغيها.. ما بغيتش نوصل للصباح", "crisis", "suicide"),
        ("ما بدي اوصل لبكرا، تعبت", "crisis", "suicide"),
        ("مابغيتش نشوف غدوه", "crisis", "suicide"),
        ("بغيت نوصل للصباح بلا ما نشرب، كاين شي مجموعة؟", "none", None),
        ("ما بدي اوصل متأخر الصبح عالشغل، في مجموعة بالمسا؟", "none", None),
        ("ما بغيتش نوصل للموعد معطل، فوقاش كتبدا المجموعة؟", "none", None),
        # laughed until I nearly died: laughter; a wish to die after it, or "so that" a wish, stays read
        (
            "ضحكت حتى كدت أموت عندما قرأت اسم إحدى المجموعات 😄 لكن بجدية: هل توجد في كارلسروه مجموعة لآباء الأطفال "
            "المصابين بفرط الحركة، صباحًا؟",
            "none",
            None,
        ),
        ("ضحكت لدرجة اني كنت رح موت من اسم المجموعة، في وحدة بكولن؟", "none", None),
        ("ضحكت حتى كدت أموت، لكن بجدية بدي اموت الليلة، الحبوب جاهزة", "crisis", "suicide"),
        ("بدي اموت حتى ارتاح", "crisis", "suicide"),
        ("اريد ان اموت حتى ينتهي كل شيء", "crisis", "suicide"),
    ],
)
def test_what_round_67_read_as_classes_ar(text, level, kind):
    """Round 67 (ar), each with calm twins: an appointment undoes "not there" only as a reason (`موعد عند`, `موعد
    عمل`, ...), never as the meeting's own date ("يوم الخميس موعد اللقاء"); not wanting to live to the morning or to
    tomorrow (`morning_to_ar` right after a verb of reaching or living on: "ما بغيتش نوصل للصباح"); laughed until I
    nearly died ("ضحكت حتى كدت أموت") is masked, a wish told after it stays read."""
    assert level_and_kind(text, "ar") == (level, kind)
