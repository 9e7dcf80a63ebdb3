"""Round 65b (ar, ru, uk): what a fresh measuring set showed the triage missing, taught as classes with calm twins."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # tired "to death", said in one run: exhaustion, no wish; the wish said beside it keeps its alarm
        ("ar", "احترقت بالشغل تماماً، تعبانة تعب الموت، مو اكتئاب يمكن بس أبي أحد أسولف معه", "none", None),
        ("ar", "انا تعبان موت من الشغل، بدي حدا احكي معه", "none", None),
        ("ar", "ana ta3bana ta3b el mot mn el shoghol, bas badi 7ada a7ki ma3o", "none", None),
        ("ar", "تعبانة، بدي موت", "crisis", "suicide"),
        ("ar", "تعبانة تعب الموت وبدي موت، ما عاد بدي عيش", "crisis", "suicide"),
        # dying at or before an exam: the present of exam nerves; pills swallowed before it stay an overdose
        (
            "ru",
            "Я студент, 22 года, тревожка страшная, на экзаменах прям умираю. Есть что-то для молодых?",
            "none",
            None,
        ),
        ("ru", "перед сессией просто умираю от нервов, есть группа для студентов?", "none", None),
        (
            "uk",
            "Та я студентка, 21, тривожність дика, перед сесією взагалі помираю. Є шось для молодих?",
            "none",
            None,
        ),
        ("uk", "на іспитах просто вмираю від страху, є група?", "none", None),
        ("ru", "после экзамена хочу умереть, всё провалила", "crisis", "suicide"),
        ("ru", "я умираю, перед экзаменом наглоталась таблеток", "crisis", "overdose"),
        ("uk", "перед іспитом я наковталась таблеток і помираю", "crisis", "overdose"),
        # a call put off till tomorrow, no strength left today (said last): the letters still ask, the words do not
        # alarm; no strength to live keeps its end
        ("ru", "ладно попробую позвонить завтра, сегодня уже сил нет", "check", None),
        ("ru", "ок, завтра позвоню, сегодня сил нет уже", "check", None),
        ("uk", "ладно спробую подзвонити завтра сьогодні вже сил нема", "check", None),
        ("uk", "гаразд, завтра подзвоню, сьогодні сил нема", "check", None),
        ("ru", "попробую завтра, сегодня сил нет жить", "crisis", "suicide"),
        ("uk", "спробую завтра, сьогодні сил нема жити", "crisis", None),
        # more options expected of the search: a disappointment; the Russian message's letters still ask (99 %)
        ("ru", "Честно говоря, я немного разочарована, думала, вариантов будет больше.", "none", None),
        ("ru", "ожидала, что групп будет побольше, жаль", "none", None),
        ("uk", "Чесно кажучи, трохи розчарована, думала, варіантів буде більше.", "none", None),
        ("ru", "думала, что будет больше сил, а сил нет жить", "crisis", "suicide"),
        # a widows' group for the writer's own wife, for after the writer is gone: a last arrangement
        (
            "ar",
            "أرجو أن تجدوا مجموعة للأرامل في شتوتغارت لزوجتي، من "
            "أجل ما بعد رحيلي. سأرحل قريبًا ولا أريدها أن تبقى وحدها.",
            "crisis",
            "suicide",
        ),
        ("ar", "بدي جروب للارامل لمرتي، لما اموت ما بدي ياها تضل لحالها", "crisis", "suicide"),
        ("ar", "أبحث عن مجموعة للأرامل لأمي بعد وفاة أبي", "none", None),
        ("ar", "زوجتي فقدت زوجها الأول، هل توجد مجموعة للأرامل لها؟", "none", None),
        (
            "uk",
            "Знайдіть, будь ласка, групу для вдів у Гайдельберзі — це для моєї дружини, на потім. Я скоро піду, хочу, "
            "щоб вона мала куди прийти.",
            "crisis",
            "suicide",
        ),
        ("uk", "шукаю групу вдів для моєї дружини, коли мене не буде, щоб вона не була сама", "crisis", "suicide"),
        ("uk", "шукаю групу для вдів для мами, тато помер минулого року", "none", None),
        ("uk", "моя дружина вдова, її перший чоловік загинув, є група для вдів?", "none", None),
        # a fit's coming felt now ("сейчас начнётся", "delwa2ty"), alone or without pills; a fear of one later not
        (
            "ar",
            "3ayza group lel epilepsy fi Freiburg. ana 7asa en el nooba gaya delwa2ty w ana lewa7di fel beit, edeyya "
            "bteterta3esh.",
            "crisis",
            "medical",
        ),
        ("ar", "fi group lel sara3? ana 7ases en el nooba gaya delwa2ty w mafish 7ad fel beit", "crisis", "medical"),
        ("ar", "في جروب للصرع؟ حاسة ان النوبة جاية دلوقتي وانا لوحدي في البيت", "crisis", "medical"),
        ("ar", "3ayza group lel epilepsy. ana delwa2ty kwayesa, el nooba bteegi marra fel shahr", "none", None),
        ("ar", "ana mafish 7ad yefhamni, 3ayza group", "none", None),
        (
            "ru",
            "Я эпилептик, чувствую, что сейчас начнётся приступ, а я одна в квартире и лекарства кончились.",
            "crisis",
            "medical",
        ),
        ("ru", "Я эпилептик, чувствую, что сейчас будет приступ, а я один дома", "crisis", "medical"),
        ("uk", "Я епілептик, відчуваю, що зараз почнеться напад, а я сама вдома", "crisis", "medical"),
        ("uk", "боюся, що напад почнеться, коли вдома нікого не буде", "none", None),
        ("ru", "сейчас будет приступ смеха, я одна дома", "none", None),
        # drink stopped some days ago, told with its days, and shaking or things seen now; stopped work or smoking not
        (
            "ru",
            "Анонимные алкоголики в Галле когда собираются? Я бросил три дня назад, щас колотит жутко, глюки пошли, "
            "сердце херачит как бешеное.",
            "crisis",
            "medical",
        ),
        (
            "uk",
            "Анонімні алкоголіки в Цвікау коли збираються? Я три дні як кинув, щас так трусить, шо страшно, якісь "
            "глюки пішли, серце гупає як скажене.",
            "crisis",
            "medical",
        ),
        ("ru", "бросила два дня назад, трясёт, мерещится всякое, галлюцинации пошли", "crisis", "medical"),
        ("ru", "три дня как бросила, трясёт всю, слышу голоса", "crisis", "medical"),
        ("ru", "бросил три года назад, глюки были жуткие, сейчас всё хорошо, ищу группу АА", "none", None),
        ("ru", "бросил курить три дня назад, трясёт от злости", "none", None),
        ("ru", "бросил работу, сижу дома, смотрю фильм про галлюцинации", "none", None),
        ("uk", "кинув роботу три дні тому, дивлюсь фільм про галюцинації", "none", None),
        ("ru", "бросил пить два дня назад, всё нормально, ищу группу", "none", None),
        # someone fallen who does not get up or answer, the head bleeding: this moment beside a search; told as then not
        (
            "ru",
            "ищу группу для жен алкоголиков в гамбурге по вечерам. муж упал и не встает не отвечает голова в крови",
            "crisis",
            "emergency_other",
        ),
        (
            "uk",
            "шукаю групу для дружин алкоголіків в гамбурзі "
            "ввечері. чоловік впав і не встає не відповідає голова в крові",
            "crisis",
            "emergency_other",
        ),
        (
            "ru",
            "есть группа для родственников? отец упал с лестницы, лежит, голова разбита, не отвечает",
            "crisis",
            "emergency_other",
        ),
        ("uk", "є група для рідних? батько впав зі сходів, голова розбита, не відповідає", "crisis", "emergency_other"),
        (
            "ru",
            "ищу группу для жен алкоголиков. в прошлом году муж упал пьяный, голова в крови была, теперь лечится",
            "none",
            None,
        ),
        (
            "uk",
            "шукаю групу для дружин алкоголіків. торік чоловік впав п'яний, голова в крові, тепер лікується",
            "none",
            None,
        ),
        (
            "ru",
            "ищу группу для родителей, сын упал на футболе, голова в крови, но всё зашили, он в порядке",
            "none",
            None,
        ),
        # a threat to cut "us" promised for the night, the ones threatened named before the verb; a game named no night
        (
            "uk",
            "Група для созалежних у Фленсбурзі єсть? Мій знов п'яний, з ножом по хаті ходить, сказав шо вночі нас з "
            "малим поріже.",
            "crisis",
            "violence_now",
        ),
        ("uk", "батько п'яний, погрожує шо сьогодні вночі мене з мамою заріже", "crisis", "violence_now"),
        ("uk", "син каже, що нас з татом поріже в шахи", "none", None),
        # the decision said in its Russism ("рішено", "рішила") makes the end dated before the meeting a plan
        ("uk", "зустріч у вівторок? я себе вбю раніше ніж вівторок настане, вже все рішено", "crisis", "suicide"),
        ("uk", "я себе вбю раніше, я так рішила", "crisis", "suicide"),
    ],
)
def test_what_round_65b_read_as_classes_arruuk(lang, text, level, kind):
    """Round 65b (ar, ru, uk), each class with calm twins: tired "to death" in one run ("تعبانة تعب الموت") is
    exhaustion; "dying" at or before an exam is nerves ("на экзаменах прям умираю", "перед сесією взагалі помираю");
    a call put off till tomorrow with no strength left today, said last, is a day's tiredness (the letters still
    ask); more options expected of the search is a disappointment; a widows' group sought for the writer's own wife
    for after the writer is gone is a last arrangement; a fit felt coming now ("сейчас начнётся", "delwa2ty") while
    alone or without pills is the emergency; drink stopped some days ago, told with its days, with shaking or
    things seen is withdrawal; someone fallen who does not get up or answer with the head bleeding is this moment
    beside a search; a threat to cut "us" promised for the night is violence now; the decision in its Russism
    ("рішено") dates an end as "вирішено" does."""
    assert level_and_kind(text, lang) == (level, kind)
