"""Round 63 (ru, uk): what a fresh measuring set showed the triage missing, taught as classes, each with calm twins."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # here no more, so no use bothering with the groups (concept `dying`: 'я ... тут уже не буду, так что не трать
        # время'); without 'any more', with a trip or a move told, or with a verb after 'не буду' it is an absence
        (
            "ru",
            "Мне, мне. Слышь, бот, я после пятницы тут уже не буду, так что не трать время на свои группы.",
            "crisis",
            "suicide",
        ),
        ("ru", "я после выходных здесь больше не буду, так что не тратьте время", "crisis", "suicide"),
        ("ru", "не ищи мне группу, я с понедельника тут уже не буду", "crisis", "suicide"),
        ("ru", "я скоро уже здесь не буду, поэтому не трать силы на группы", "crisis", "suicide"),
        ("ru", "ya posle pyatnicy tut uzhe ne budu, tak chto ne trat vremya na svoi gruppy", "crisis", "suicide"),
        (
            "uk",
            "Мені, мені. Слухай, бот, я після п'ятниці тут уже не буду, тож не витрачай час на свої групи.",
            "crisis",
            "suicide",
        ),
        ("uk", "не шукай мені групу, я з понеділка тут вже не буду", "crisis", "suicide"),
        ("uk", "я тут вже не буду, не старайся", "crisis", "suicide"),
        (
            "ru",
            "я после пятницы тут уже не буду, переезжаю в Мюнхен, так что не трать время на группы здесь",
            "none",
            None,
        ),
        ("ru", "я в пятницу тут не буду, так что не трать время на бронь", "none", None),
        ("ru", "я тут больше не буду курить, так что не трать время на уговоры", "none", None),
        ("ru", "не трать время на группы, я уже записалась в Кёльне", "none", None),
        ("ru", "мне эта группа не нужна, я тут больше не буду, уезжаю в командировку", "none", None),
        (
            "uk",
            "я після п'ятниці тут уже не буду, переїжджаю до Мюнхена, тож не витрачай час на групи тут",
            "none",
            None,
        ),
        ("uk", "я в п'ятницю тут не буду, тож не витрачай час на бронь", "none", None),
        # killing oneself in one reflexive word, the Russism самовбивство as самогубство (`end_slang` with a day,
        # `самовб*` in the concept); a warning of the stairs, a relative's suicide in a search not
        ("uk", "Онлайн, бо з хати не вилізу. Шо ті групи, я сьодні самовбюсь і всьо, задовбало.", "crisis", "suicide"),
        ("uk", "я сьогодні самовбʼюся", "crisis", "suicide"),
        ("uk", "шо ті групи, седня вбʼюсь і все", "crisis", "suicide"),
        ("uk", "завтра самовбʼюся, рішив", "crisis", "suicide"),
        ("uk", "думаю про самовбивство", "crisis", "suicide"),
        ("uk", "ya sohodni samovbyus i vse", "crisis", "suicide"),
        ("ru", "Какие там группы, я сегодня самоубьюсь и всё, задолбало.", "crisis", "suicide"),
        ("ru", "какие группы, седня самоубьюсь и всё", "crisis", "suicide"),
        ("uk", "група для рідних самовбивць", "none", None),
        ("uk", "Є група для родин, де хтось скоїв самовбивство?", "none", None),
        ("uk", "мій брат скоїв самовбивство два роки тому, шукаю групу", "none", None),
        ("uk", "обережно на сходах, а то вбʼєшся", "none", None),
        ("uk", "я сьодні на роботі до вечора, в групу не встигну", "none", None),
        ("uk", "Шо ті групи, я сьодні на зміні до ночі, задовбало.", "none", None),
        # the writer is superfluous ('я здесь лишний'), not what was written or said too much, nor an extra thing
        ("ru", "Können Sie bitte мою переписку löschen? Я случайно лишнее написала про работу.", "none", None),
        ("ru", "удалите, пожалуйста, мои сообщения, я вчера лишнего наговорил", "none", None),
        ("ru", "я лишнего сболтнула в чате, можно стереть?", "none", None),
        ("ru", "я лишний раз не звоню, чтобы не беспокоить", "none", None),
        ("ru", "я купила лишний билет на концерт, кто хочет?", "none", None),
        ("ru", "Я здесь лишний. Пора уходить.", "crisis", "suicide"),
        ("ru", "я лишний на этом свете", "crisis", "suicide"),
        ("ru", "я лишняя в этой семье", "crisis", "suicide"),
        ("ru", "я стала лишней в собственном доме", "crisis", "suicide"),
        ("ru", "ya zdes lishnij, pora uhodit", "crisis", "suicide"),
        # cutting without a knife, the idiom of a bind (masked in any person and tense, in Latin letters too); a knife
        # in someone's hand, or cutting with something else, stays violence
        ("ru", "Только по средам? Без ножа режете, у сына как раз секция по средам.", "none", None),
        ("ru", "ой, без ножа зарезали, я в четверг работаю допоздна", "none", None),
        ("ru", "Только по утрам? Вы меня без ножа режете", "none", None),
        ("ru", "цена 50 евро? режете без ножа", "none", None),
        ("ru", "bez nozha rezhete, ja zhe po sredam rabotaju", "none", None),
        ("uk", "Тільки зранку? Ой, ріжете без ножа, я ж на роботі до обіду.", "none", None),
        ("uk", "без ножа зарізали, в четвер я працюю до ночі", "none", None),
        ("uk", "ви мене без ножа ріжете з цим розкладом", "none", None),
        ("uk", "Тільки по середах? Без ножа режете, у сина якраз секція", "none", None),
        ("uk", "oj, rizhete bez nozha, ja zh na roboti do obidu", "none", None),
        ("ru", "муж с ножом, режет мне руки, помогите", "crisis", "violence_now"),
        ("ru", "я без ножа, но он режет меня осколком бутылки прямо сейчас", "crisis", "violence_now"),
        ("uk", "чоловік з ножем, ріже мені руки, допоможіть", "crisis", "violence_now"),
        # strength gone for today, told right beside the day or the work that took it: tiredness (masked), while
        # 'сил нет жить' keeps its end. The fresh message itself gets the question, not nothing: the lexicon reads
        # nothing now, but the letter model is 0.99 sure, and where the words were read away it asks from 0.95 on
        # (MODEL_OVERRULES); so does its Cyrillic spelling in both languages
        ("ru", "spasibo, zavtra pozvonyu, segodnya uzhe sil net, den' byl beshenyj", "none", None),
        ("ru", "спасибо, завтра позвоню, сегодня уже сил нет, день был бешеный", "check", None),
        ("uk", "дякую, завтра подзвоню, сьогодні вже нема сил, день був шалений", "check", None),
        ("ru", "после смены сил нет, давайте завтра", "none", None),
        ("ru", "сил нет после работы, группу поищу на выходных", "none", None),
        ("ru", "pryamo s raboty, sil netu, den byl zhutkij, pozvonyu zavtra", "none", None),
        ("ru", "за день так набегалась, сил нет, запишусь завтра", "none", None),
        ("uk", "після зміни нема сил, давайте завтра", "none", None),
        ("uk", "нема сил, день був важкий", "none", None),
        ("uk", "dyakuyu, zavtra podzvonyu, sogodni vzhe nema syl, den buv shalenyj", "none", None),
        ("ru", "сил нет", "check", None),
        ("ru", "сил нет жить", "crisis", "suicide"),
        ("ru", "день был тяжёлый, сил нет жить", "crisis", "suicide"),
        ("ru", "день был тяжёлый, нет сил жить", "crisis", "suicide"),
        ("ru", "сил нет, день был бешеный, сегодня ночью наглотаюсь таблеток", "crisis", "overdose"),
        ("uk", "день був важкий, нема сил жити", "crisis", "suicide"),
        ("uk", "нема сил", "check", None),
        # the writer arms himself and goes to settle it with someone now; a bat taken to training or a game, a
        # timetable or papers to sort out, an anger group sought for what happened once are none
        (
            "uk",
            "Братуха, треба група по контролю гніву в Дуйсбурзі. Я щас реально на взводі: той козел з роботи живе "
            "через дорогу, я взяв биту і йду до нього розбиратися.",
            "crisis",
            "violence_now",
        ),
        ("uk", "я взяв биту і йду до нього розбиратися", "crisis", "violence_now"),
        ("uk", "беру ствол і йду валити того козла", "crisis", "violence_now"),
        ("uk", "йду до нього з битою розбиратися", "crisis", "violence_now"),
        ("uk", "йду до нього з ножем, зараз поквитаюсь", "crisis", "violence_now"),
        ("ru", "я взял биту и иду к нему разбираться", "crisis", "violence_now"),
        ("ru", "иду к нему с битой, сейчас проучу", "crisis", "violence_now"),
        ("ru", "схватил топор и еду к нему разбираться", "crisis", "violence_now"),
        (
            "ru",
            "Брат, нужна группа по управлению гневом. Я щас на взводе, взял биту и иду к этому козлу разбираться.",
            "crisis",
            "violence_now",
        ),
        ("uk", "я взяв биту і йду на тренування", "none", None),
        ("uk", "взяв биту, йдемо грати в бейсбол", "none", None),
        ("uk", "взяв биту й іду до тренера, треба розібратися з розкладом", "none", None),
        (
            "uk",
            "шукаю групу по контролю гніву, раніше бувало, що брав биту і йшов розбиратися, зараз працюю з психологом",
            "none",
            None,
        ),
        ("uk", "беру ніж і йду різати салат", "none", None),
        ("ru", "я взял биту и иду на тренировку", "none", None),
        ("ru", "еду к нему разбираться с документами", "none", None),
    ],
)
def test_what_round_63_read_as_classes_ruuk(lang, text, level, kind):
    """Round 63 (ru, uk), each with calm twins: being here no more, so no use bothering with the groups ("я после
    пятницы тут уже не буду, так что не трать время на свои группы"; a Friday away, a move, a verb after "не буду"
    stay calm); killing oneself in one reflexive word with a day, and the Russism самовбивство as самогубство ("я
    сьодні самовбюсь"); the writer superfluous, "я лишний|лишняя", no longer "я лишн*" (what was written or said too
    much, "лишнее", and an extra thing, "лишний раз", are calm); cutting without a knife, the idiom of a bind, masked;
    strength gone for today told beside the day or the work that took it, masked ("сил нет жить" keeps its end); the
    writer armed and going to settle it with someone, violence now (a bat for training, a timetable sorted out are
    calm)."""
    assert level_and_kind(text, lang) == (level, kind)
