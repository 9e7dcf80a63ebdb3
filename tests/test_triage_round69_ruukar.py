"""Round 69 (ru, uk, ar): what a fresh measuring set showed the triage missing, taught as classes with calm twins."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # a man close to a child who touches her or him (jar, 3ammo, el mudarreb ... "yelmesha", "byelmeso", in both
        # scripts), told by whom the child told: a child's abuse; a doctor's examination, a child who strokes a cat
        # are not
        (
            "la bent o5ti, 3omra 7 snin. 2alatli enno jaron 3am yelmesha, w hala2 hiye 3ando la7alha",
            "crisis",
            "child_abuse",
        ),
        ("bent jarti 3omra 9 snin, 2alatli enno 3ammha byelmesha lamma ommha mish bel bet", "crisis", "child_abuse"),
        ("ibni 2alli enno el mudarreb byelmeso ba3d el tadrib", "crisis", "child_abuse"),
        ("بنت اختي عمرها ٧ سنين قالتلي انو جارهم عم يلمسها", "crisis", "child_abuse"),
        ("el doktor fa7as bent o5ti w lamas batna, kel shi mnih", "none", None),
        ("bent o5ti bt7eb el 2otta w btelmesa kel yom", "none", None),
        ("bent o5ti 3omra 7 snin w bt7eb tlmes el 2otta", "none", None),
        ("el jar 3am yelmes el 7ayt el jdid", "check", None),  # the letters ask, as on the base commit
        # decided to kill myself, the participle of any dialect ("m2arrer", "mqarrera") or the verb, before the verb's
        # spellings ("2e2tol 7ali"), beside a search in a sentence of its own; decided to go to the group or to quit
        # smoking is not
        (
            "baddi majmou3a la el depression b Dortmund, abends. bas sara7a ana m2arrer 2e2tol 7ali ba3d bokra, kel "
            "shi jahez.",
            "crisis",
            "suicide",
        ),
        ("ana m2arrera e2tol 7ali el lele, khalas", "crisis", "suicide"),
        ("qarart a2tol nafsi ba3d el maw3ed", "crisis", "suicide"),
        ("ana m2arrer ro7 3al majmou3a ba3d bokra", "none", None),
        ("m2arrera 2e2ta3 el tad5in men bokra", "none", None),
        # a stroke's signs in Darija: numbness with the verb's own negation ("ma kan7essch b rjli"), the tongue gone
        # heavy ("lsani t9al"), the head turning ("rasi kaydour", a weaker sign): signs of the body as any, an emergency
        # with a now; a stroke of last year, a bit of dizziness from the heat are not
        (
            "Bghit Selbsthilfegruppe dyal epilepsie f Regensburg. walakin daba rasi kaydour bzaf, ma kan7essch b "
            "rjli w lsani t9al.",
            "crisis",
            "medical",
        ),
        ("daba ma kan7essch b yeddi w lsani t9al, bo7di f dar", "crisis", "medical"),
        ("lsani t9al w ma kan7essch b wejhi daba", "crisis", "medical"),
        ("bghit groupe dyal stroke, bba kan 3ando jalta l3am lli fat, daba mzyan", "none", None),
        ("rasi kaydour chwiya mn s-skhana", "none", None),
        # the Gulf now in Latin letters ("al7ain", as "الحين") and the Gulf answering ("ma yerud 3alay") after a fall:
        # someone else's emergency, 112 first; an aunt who does not answer on WhatsApp, "al7ain" beside a search are not
        (
            "abi group 7ag ahl el mudmineen fi Bochum. akhoy al7ain ta7 w wajha azra2 w ma yerud 3alay.",
            "crisis",
            "emergency_other",
        ),
        ("abuy al7ain 6a7 fel 7ammam w ma yerud 3alay", "crisis", "medical"),
        ("ukhti ta7at w ma terud, wajha asfar", "crisis", "medical"),
        ("ahlan, abi group lel mudmineen fi Bochum, al7ain ana fel shughul", "none", None),
        ("al7ain ana zain, abi bas group lel mudmineen", "none", None),
        ("khalti ma terud 3alay fel whatsapp", "none", None),
    ],
)
def test_what_round_69_read_as_classes_ar(text, level, kind):
    """Round 69 (Arabic), each with calm twins: a man close to a child (neighbour, uncle, coach ...) who touches her or
    him ("jaron 3am yelmesha", "جارهم عم يلمسها"), a child's abuse whoever tells it; the decision to kill oneself with
    the participle of every dialect ("ana m2arrer 2e2tol 7ali"), beside a search in a sentence of its own; a stroke's
    signs in Darija ("ma kan7essch b rjli", "lsani t9al", "rasi kaydour") as signs of the body; the Gulf "al7ain" as
    a now and "ma yerud" as not answering after a fall."""
    assert level_and_kind(text, "ar") == (level, kind)


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # dying with one's schedule, shifts or work ("с моим графиком", "с такой нагрузкой"): exasperation about the
        # meetings' rhythm; dying tonight with pills, or wanting to, stays read
        ("ru", "Чё, прям каждую неделю надо ходить? Я ж сдохну с моим графиком", "none", None),
        ("ru", "я сдохну с такой нагрузкой, можно раз в две недели?", "none", None),
        ("ru", "с моими сменами я скоро сдохну, есть группа по выходным?", "none", None),
        ("ru", "я сдохну сегодня, таблетки уже выпил", "crisis", "overdose"),  # pills taken: 112 first
        ("ru", "с моим графиком больше не могу, хочу сдохнуть", "crisis", "suicide"),
        # looking after children at a group, the noun ("присмотр за детьми", "догляд", a nanny): no farewell's
        # "присмотрите за детьми"
        ("ru", "С кем оставить ребёнка? Там есть присмотр за детьми?", "none", None),
        ("ru", "а присмотр за детьми во время группы есть?", "none", None),
        ("ru", "есть ли няня для детей на время встречи", "none", None),
        ("uk", "а догляд за дітьми там є?", "none", None),
        ("ru", "присмотрите за детьми, я больше не могу", "crisis", "suicide"),
        ("ru", "позаботься о кошке, прощай", "crisis", "suicide"),
        # dying before I get there ("вмру поки доберусь", "умру, пока доеду"): the way's length; dying tonight while
        # the others sleep stays read
        ("uk", "Шоб туди доїхать, мені дві пересадки, та я вмру поки доберусь) А ближче нема?", "none", None),
        ("uk", "та я помру поки доїду туди, 2 години в дорозі", "none", None),
        ("ru", "я умру, пока доберусь, там три пересадки", "none", None),
        ("uk", "я вмру сьогодні, поки всі сплять", "crisis", "suicide"),
        ("uk", "я хочу вмерти, поки діти в школі", "crisis", "suicide"),
        # the boss 'will kill me' with deadlines, meetings, projects (uk "вбє своїми дедлайнами", ru "убьёт своими
        # дедлайнами"); with fists or a knife it stays read
        (
            "uk",
            "начальник мене скоро вбє своїми дедлайнами хаха. група по вигоранню в аугсбурзі є? після 18",
            "none",
            None,
        ),
        ("uk", "шеф мене вб'є цими нарадами", "none", None),
        ("ru", "начальник меня скоро убьёт своими дедлайнами хаха", "none", None),
        ("uk", "чоловік сказав, що вб'є мене, він з ножем", "crisis", "violence_now"),
        ("uk", "він мене вб'є своїми кулаками, він зараз п'яний", "crisis", "violence_now"),
        # pills swallowed long ago and well for years now ("зараз вже 7 років все ок", "уже 5 лет всё хорошо"): a story
        # of then; swallowed now, or again now after then, stays read
        (
            "uk",
            "колись давно ковтнула таблетки щоб не жити, зараз вже 7 років все ок. є група по пограничному розладу в "
            "майнці?",
            "none",
            None,
        ),
        ("uk", "колись давно наковталася таблеток, вже кілька років все добре. шукаю групу", "none", None),
        ("ru", "когда-то давно наглоталась таблеток, уже 5 лет всё хорошо, ищу группу", "none", None),
        ("uk", "ковтнула таблетки щоб не жити, зараз погано", "crisis", "medical"),
        ("uk", "колись давно ковтнула таблетки, а зараз знову ковтнула всю пачку", "crisis", "overdose"),
        # the threat to come (back) and kill, said ("сказал, вечером придёт и прибьёт", "сказав, шо ввечері прийде і
        # мене вб'є"), and set for tonight or soon: this moment, whatever he did before; coming to nail up a shelf or to
        # help is not, nor a threat of years ago from a man now in another country or in prison
        (
            "ru",
            "Есть чё в Ростоке для жён алкашей? Мой опять нажрался, сказал, вечером придёт и прибьёт, я реально боюсь, "
            "он уже бил так.",
            "crisis",
            "violence_now",
        ),
        ("ru", "Он сказал, что ночью вернётся и убьёт меня, я боюсь", "crisis", "violence_now"),
        ("ru", "муж орал, что сейчас придёт и зарежет нас", "crisis", "violence_now"),
        ("ru", "начальник сказал, что вечером придёт и убьёт меня, он с ножом", "crisis", "violence_now"),
        ("ru", "муж сказал, вечером придёт и прибьёт полку в коридоре", "none", None),
        ("ru", "сказал, вечером придёт и поможет с ремонтом", "none", None),
        ("ru", "бывший когда-то говорил, что убьёт меня, сейчас он в тюрьме, ищу группу", "none", None),
        (
            "ru",
            "бывший когда-то говорил, что придёт и убьёт, но это было 5 лет назад, сейчас он в другой стране",
            "check",  # as on the base commit
            "violence_now",
        ),
        (
            "uk",
            "Є якась група в Цвікау для жінок, шо їх б'ють? Мій сказав, шо ввечері прийде і мене вб'є, і я йому вірю, "
            "він вже раз душив.",
            "crisis",
            "violence_now",
        ),
        ("uk", "чоловік каже, що вночі повернеться і задушить мене", "crisis", "violence_now"),
        ("uk", "він пообіцяв, що ввечері прийде і вб'є нас, він вже бив мене", "crisis", "violence_now"),
        ("uk", "колишній писав, що ввечері прийде і вб'є мене, я боюсь, він вже бив", "crisis", "violence_now"),
        ("uk", "тато сказав, ввечері прийде і приб'є полицю", "none", None),
        ("uk", "сказав, що ввечері прийде і допоможе з ремонтом", "none", None),
        # fits that follow one another without a break ("pristupy idut odin za drugim uzhe polchasa"): a status
        # epilepticus, no panic; fits that come at times, or came so before a remission, are not
        (
            "ru",
            "Shchu Selbsthilfegruppe po epilepsii v Freiburg. U menja pristupy idut odin za drugim uzhe polchasa, "
            "pishu v pereryvah, nikogo net doma.",
            "crisis",
            "medical",
        ),
        ("ru", "у сына судороги идут одна за другой уже 20 минут", "crisis", "emergency_other"),
        ("ru", "приступы идут подряд, уже час, я одна", "crisis", "medical"),
        ("ru", "u syna pristupy idut odin za drugim, uzhe 10 minut", "crisis", "medical"),
        ("ru", "ищу группу по эпилепсии, у сына бывают приступы подряд, врачи подбирают терапию", "none", None),
        ("ru", "раньше приступы шли один за другим, теперь ремиссия три года", "none", None),
        # a low sugar value told after the signs, not answering among them ("млява не відповідає цукор 1.8"); limp
        # after the flu with a normal sugar, a daughter who does not answer messages are not
        (
            "uk",
            "группа для батьків дітей з діабетом в лінгені? донька щас млява не відповідає цукор 1.8 показує",
            "crisis",
            "medical",
        ),
        ("uk", "у сина цукор 2.1, не реагує, млявий", "crisis", "emergency_other"),
        ("uk", "донька млява, цукор 1,9", "crisis", "medical"),
        ("uk", "донька млява після грипу, цукор в нормі, шукаю групу для батьків", "none", None),
        ("uk", "донька не відповідає на повідомлення, цукор 5.6 нормальний", "none", None),
    ],
)
def test_what_round_69_read_as_classes_ruuk(lang, text, level, kind):
    """Round 69 (ru, uk), each with calm twins: dying with one's schedule ("сдохну с моим графиком") and before one
    gets there ("вмру поки доберусь") masked as exasperation; "присмотр за детьми", the noun, made a known word so
    that it is no farewell's "присмотри"; the boss who 'kills' with deadlines masked in uk and ru; well for years told
    before the years ("зараз вже 7 років все ок") as how well the writer is today; the threat to come back and kill,
    said, as a sentence pattern, and as this moment when set for tonight (a shelf nailed up masked); fits one after
    another as a sentence of the body (the plural of a fit is panic's cue otherwise); and a low sugar value told after
    the signs, not answering among them."""
    assert level_and_kind(text, lang) == (level, kind)
