"""Round 66 (ar, ru, uk): what a fresh measuring set showed the triage missing, taught as classes with calm twins."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # half the face drooping with the speech slurred, confusion or not getting up: a stroke now, beside a search
        # in the next sentence too; told after a stroke of then, or as a dementia's mumbling, not
        (
            "ru",
            "Бабуля упала, не встаёт, бормочет невнятно, пол-лица перекосило. А я вообще-то искала группу для тех, "
            "кто за деменцией ухаживает, в Золингене.",
            "crisis",
            "emergency_other",
        ),
        ("ru", "у деда лицо перекосило, язык заплетается, есть группа для родственников?", "crisis", "medical"),
        (
            "uk",
            "Бабуся впала, не встає, бурмоче невиразно, півлиця перекосило. А я шукала групу для тих, хто доглядає за "
            "хворими на деменцію.",
            "crisis",
            "emergency_other",
        ),
        (
            "ru",
            "после инсульта в прошлом году у папы пол-лица перекошено и он говорит невнятно, ищем группу для "
            "родственников",
            "none",
            None,
        ),
        ("uk", "після інсульту торік у тата півлиця перекошене, говорить невиразно, шукаємо групу", "none", None),
        ("ru", "бабушка с деменцией бормочет, путается, ищу группу для ухаживающих", "none", None),
        # vomiting and not answering when called ("не відкликається", "не отзывается"): someone else's emergency, the
        # search in another sentence; a night of vomiting told of yesterday, a tummy bug, no answer to words, not
        (
            "uk",
            "Друган перебрав, блює і не відкликається, весь білий. А я ж хотів йому групу знайти, для алкашів, ну "
            "анонімних, в Трірі.",
            "crisis",
            "medical",
        ),
        (
            "ru",
            "друг перебрал, блюёт и не отзывается, весь белый. хотела найти ему группу анонимных алкоголиков",
            "crisis",
            "medical",
        ),
        ("uk", "син вчора перебрав, блював всю ніч, тепер спить, шукаю групу для батьків", "none", None),
        ("ru", "муж пьёт, его рвёт по утрам, на мои слова не реагирует, ищу группу для жён", "none", None),
        ("uk", "малого рве від ротавірусу, шукаю групу для батьків", "none", None),
        # knives named among the tableware of a meeting: cutlery (the letters alone still ask: 99 %); a knife in
        # someone's hand stays read
        (
            "ru",
            "Там ножи-тарелки есть? Я пирог хочу испечь на первую встречу, порезать же надо будет.",
            "none",
            None,
        ),
        ("ru", "вилки и ножи надо с собой брать на встречу?", "none", None),
        ("uk", "Там ножі-тарілки є? Хочу спекти пиріг на першу зустріч.", "none", None),
        ("ru", "муж сейчас с ножом, я закрылась в ванной", "crisis", "violence_now"),
        ("ru", "он взял ножи и стоит у двери, угрожает", "crisis", "violence_now"),
        # dying of a past exasperation, ready to, in one run ("сдохнуть был готов от этих сайтов"); ready now, or
        # ready with the means, stays read
        (
            "ru",
            "спасиб, ты меня спас от часа гугления, я уже сдохнуть был готов от этих сайтов",
            "none",
            None,
        ),
        ("ru", "чуть не умерла от скуки, готова была умереть от этой бюрократии, спасибо", "none", None),
        ("ru", "я готова умереть, сил нет", "crisis", "suicide"),
        ("ru", "я уже был готов умереть, таблетки купил", "crisis", "suicide"),
        # a scolding's threat for one more thing bought; a threat for leaving or for a call to one's mother stays read
        (
            "ru",
            "я щас умру от смеха но я реально ищу группу для анонимных шопоголиков в кельне, муж говорит убьет меня "
            "если я еще одну сумку куплю",
            "none",
            None,
        ),
        ("ru", "жена меня убьёт, если я ещё раз закажу кроссовки, есть группа для шопоголиков?", "none", None),
        ("ru", "муж говорит убьет меня если я уйду", "crisis", "violence_now"),
        ("ru", "муж сказал, что убьёт меня, если я ещё раз позвоню маме", "crisis", "violence_now"),
        # a dependence on sleeping pills named as a topic; all of them taken, or a whole pack planned, stays read
        (
            "uk",
            "перепрошую я мала на увазі залежність від снодійних таблеток а не алкоголь, мамі лікар виписав і вона "
            "вже без них не може",
            "none",
            None,
        ),
        ("uk", "шукаю групу, я підсіла на снодійне, без нього не сплю", "none", None),
        ("uk", "мама випила всі снодійні таблетки, не прокидається", "crisis", "emergency_other"),
        ("uk", "я залежна від снодійних, сьогодні вип'ю всю пачку", "crisis", "overdose"),
    ],
)
def test_what_round_66_read_as_classes_ruuk(lang, text, level, kind):
    """Round 66 (ru, uk), each class with calm twins: half the face drooping with the speech slurred ("бормочет
    невнятно"), confusion or not getting up is a stroke now, also beside a search in the next sentence (after a
    stroke of then, or a dementia's mumbling, not); vomiting and not answering when called ("не відкликається") is
    someone else's emergency (a tummy bug, a night of it yesterday, no answer to words not); knives named among the
    tableware ("ножи-тарелки") are cutlery; dying of a past exasperation, ready to ("сдохнуть был готов от этих
    сайтов"), is hyperbole; a threat for one more thing bought ("убьет меня если я еще одну сумку куплю") is a
    scolding, while one for leaving stays violence; a dependence on sleeping pills ("залежність від снодійних") is
    a topic, not a method."""
    assert level_and_kind(text, lang) == (level, kind)


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # "don't look for me" in Iraqi and Gulf forms: a farewell; not looked for at work, or for a group, not
        ("هسه لكيت الكروبات، شنو الفايدة؟ آني خلصت، باجر لا تدورون عليّ.", "crisis", "suicide"),
        ("آني تعبت، لا تدورون عليّ بعد", "crisis", "suicide"),
        ("باجر لا تدورون عليّ بالدوام، عندي موعد طبيب", "none", None),
        ("لا تدورون على كروب بعد، لكيت واحد قريب", "none", None),
        # banging one's own head against the wall, Egyptian Arabizi ("ba5abat rasi fel 7eta"); a son's head, a habit
        # told in a search, not
        ("3ashani. ana ba5abat rasi fel 7eta delwa2ti w msh 2ader awa2af, please.", "crisis", "self_harm"),
        ("ana delwa2ti bakhabat rasi fel 7eta", "crisis", "self_harm"),
        ("ebni bey5abat raso fel 7eta lama yez3al, fi group lel autism?", "none", None),
        # burning one's own hand ("ba7ra2 edi") now, beside a search; the food burnt, a diet not kept, not
        (
            "fi group lel nas elli bey2azzo nafsohom fi Frankfurt? ana dilwa2ti ba7ra2 edi bel wala3a w mesh 3aref "
            "a2af.",
            "crisis",
            "self_harm",
        ),
        ("ana ba7ra2 el akl kol marra, fi group lel tabkh?", "none", None),
        ("ana mesh 3aref a2af 3ala el diet, fi group?", "none", None),
        # the asthma attack that seized me and the inhaler that does not work, Darija; "not the time for groups now"
        # turns from the search. An inhaler that works badly in summer, a printer, not
        ("ماشي وقت الكروبات دابا، ما قادرش نتنفس، الربو شدني والبخاخ ما خدامش.", "crisis", "medical"),
        ("الربو شدني والبخاخ ما خدامش", "crisis", "medical"),
        ("ماشي وقت الكروبات دابا، عندي خدمة", "none", None),
        ("عندي الربو من صغري والبخاخ ديالي ما خدامش مزيان ف الصيف، كاين شي مجموعة؟", "none", None),
        ("الطابعة ما خدامش، بغيت غير العنوان ديال المجموعة", "none", None),
        # one's own breath gone and the lips gone blue: the inability undoes the topic's mask of the breath and the
        # asthma; sometimes, or lips blue from the cold, not
        (
            "مش عارف أتنفس خالص، شفايفي بقت زرقا، الربو شكله... المهم فيه جروب لمرضى الربو في روستوك بالليل؟",
            "crisis",
            "medical",
        ),
        ("مش عارف أتنفس، شفايفي زرقا", "crisis", "medical"),
        ("ساعات مش عارف أتنفس كويس من الربو، فيه جروب؟", "none", None),
        ("مش عارف الربو ده هيخف امتى، فيه جروب لمرضى الربو؟", "none", None),
        ("شفايفي زرقا من البرد هههه، فيه جروب مشي؟", "none", None),
        # one's own hand that does not move and the face turned, Egyptian Arabizi; since a stroke of then, a TV, not
        (
            "ba7es 3an group ba3d el stroke fi Dresden. dilwa2ti edi el yemin mesh bet2tarak w weshi ma2loub, bada2 "
            "men nos sa3a.",
            "crisis",
            "medical",
        ),
        ("edi mesh bet2tarak w weshi ma2loub men sa3a", "crisis", "medical"),
        ("ba3d el stroke men sanaten edi el yemin mesh bet2tarak 5ales, ba7es 3an group", "none", None),
        ("el tv mesh bet2tarak w el sora ma2loub", "none", None),
        # a throat that swelled and the breath whistling (an allergy's shock), Levantine Arabizi and Arabic letters;
        # a throat swollen last month, a whistle blown all day, not
        (
            "bade group la ahel el wlad elli 3andon Allergie b Karlsruhe. benti hala akalet jooz w zal3oumha wermet "
            "w 3am tsaffer.",
            "crisis",
            "medical",
        ),
        ("ebni akal fosto2 w 7al2o ntafakh w 3am ysaffer", "crisis", "medical"),
        ("بنتي اكلت جوز وزلعومها ورم وعم تصفر", "crisis", "medical"),
        ("benti zal3oumha wermet mn el eltihab el shaher el madi, bade group", "none", None),
        ("ebni 3am ysaffer bel sfara tool el nhar, bade group lal ADHD", "none", None),
    ],
)
def test_what_round_66_read_as_classes_ar(text, level, kind):
    """Round 66 (ar), each class with calm twins: "don't look for me" in Iraqi forms ("لا تدورون عليّ") is a
    farewell, unless at work or at home; banging one's own head against the wall ("ba5abat rasi fel 7eta") or
    burning one's own hand ("ba7ra2 edi") now is self-harm; the asthma that seized me with the inhaler not working
    ("الربو شدني والبخاخ ما خدامش") is the emergency, and "not the time for groups now" turns from the search; the
    writer who cannot breathe ("مش عارف أتنفس") undoes the topic's mask, and with the lips gone blue it is the
    emergency; one's own hand that does not move and the face turned ("weshi ma2loub") is a stroke now; a throat
    that swelled with the breath whistling ("zal3oumha wermet w 3am tsaffer") is an allergy's shock."""
    assert level_and_kind(text, "ar") == (level, kind)
