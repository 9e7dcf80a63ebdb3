"""Round 68 (first sight, all six languages): what a fresh measuring set showed the triage missing, taught as classes,
each with calm twins (everyday sentences with the same words that must stay as they were) and crisis paraphrases in
other words."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # (ar) this is the last time I talk or write to anyone ('هاي اخر مره بحكي مع حدا'), in Arabizi too; the last
        # time
        # with you about a topic, a last talk told of then, or the last time with someone of the old group, not
        ("ar", "اسفه اني بكتب هون بس يمكن هاي اخر مره بحكي مع حدا. باي", "crisis", "suicide"),
        ("ar", "هاي اخر مرة رح احكي مع حدا، سامحوني", "crisis", "suicide"),
        ("ar", "hay akher marra ba7ki ma3 7ada, bye", "crisis", "suicide"),
        ("ar", "هاي اخر مره بحكي معك عن هالموضوع، وعدتك", "none", None),
        ("ar", "اخر مرة حكيت مع حدا عن مشاكلي كان من سنة، في مجموعة؟", "none", None),
        ("ar", "اخر مره بحكي مع حدا بالتلفون قبل ما اطلع عالشغل، بعدين منحكي", "none", None),
        ("ar", "هاي اخر مرة بحكي مع حدا من الجروب القديم، رح غير رقمي", "none", None),
        # (de) from a time ahead on no one need look for the writer ('Nach heute Abend müsst ihr mich nicht mehr
        # suchen');
        # no longer searching for the writer, a pet cared for during a stay at a clinic, not
        (
            "de",
            "Hab alles geregelt, meine Katze kommt zu meiner Schwester. Nach heute Abend müsst ihr mich nicht mehr "
            "suchen, it's fine, really.",
            "crisis",
            "suicide",
        ),
        ("de", "ab morgen braucht ihr mich nicht mehr zu suchen. danke für alles", "crisis", "suicide"),
        ("de", "Nach dem Wochenende sucht mich nicht mehr, ist besser so.", "crisis", "suicide"),
        ("de", "Ihr müsst für mich nicht mehr suchen, ich hab selbst eine Gruppe gefunden. Danke!", "none", None),
        (
            "de",
            "Meine Katze kommt zu meiner Schwester, solange ich in der Reha bin. Gibt's dort Gruppen?",
            "none",
            None,
        ),
        # (de) an address or a meeting place told as lying at the bridge; standing at the bridge now stays read
        ("de", "Die Adresse is bei der Brücke am Kanal, oder? Da wo der Dönerladen is?", "none", None),
        ("de", "Der Treffpunkt ist direkt an der Brücke, richtig?", "none", None),
        ("de", "Die Gruppe trifft sich doch bei der Brücke am Hafen, oder?", "none", None),
        ("de", "Ich steh jetzt an der Brücke am Kanal. Tschüss.", "crisis", "suicide"),
        ("de", "Bin grad bei der Brücke am Kanal und spring gleich.", "crisis", "suicide"),
        # (tr) a fit coming and alone, 'alone' in German words inside Turkish too; alone but well, a fear told as what
        # comes and goes, not
        ("tr", "Benim için, Epilepsie hastasıyım. Nöbet geliyor hissediyorum, evde allein'ım.", "crisis", "medical"),
        ("tr", "Nöbetim geliyor galiba, evde ganz allein.", "crisis", "medical"),
        ("tr", "kriz geliyor, evde tek başıma, ne yapayım", "crisis", "medical"),
        ("tr", "Epilepsi hastasıyım, evde allein'ım ama iyiyim. Grup var mı?", "none", None),
        ("tr", "Nöbet geliyor diye korkuyorum bazen, evde yalnız kalınca. Epilepsi grubu var mı?", "none", None),
        # (tr) the tongue or the lips swelling and no swallowing or breath, begun now (anaphylaxis), beside a search
        # too;
        # a swelling of last year, a flu's sore throat (asked as before), not more
        (
            "tr",
            "Yemekten sonra dilim ve boğazım şişmeye başladı, yutkunamıyorum. Erlangen'de gıda alerjisi olanlar için "
            "bir grup var mı, cumartesi günleri?",
            "crisis",
            "medical",
        ),
        ("tr", "fıstık yedim, dudaklarım şişiyor, nefes alamıyorum", "crisis", "medical"),
        ("tr", "dilim şişti yutkunamıyorum, arı soktu", "crisis", "medical"),
        ("tr", "grip oldum, boğazım şişti, yutkunamıyorum 3 gündür. grup var mı?", "check", "medical"),
        ("tr", "Geçen yıl dilim şişti, yutkunamıyordum, alerji grubu var mı?", "none", None),
        # (tr) beside a fall, the head bleeding a lot now and not speaking (112), beside a search too; the fall alone
        # is not taught here; a son who does not talk to me, a stroke and a bleeding of then, not
        (
            "tr",
            "Eşim merdivenden düştü, başından çok kan geliyor ve konuşmuyor. Aslında Iserlohn'da MS hastalarının "
            "eşleri için bir grup soracaktım.",
            "crisis",
            "emergency_other",
        ),
        ("tr", "babam yere düştü, kafasından kan akıyor, cevap vermiyor", "crisis", "emergency_other"),
        ("tr", "annem düştü, başı kanıyor ve tepki vermiyor", "crisis", "emergency_other"),
        ("tr", "Oğlum benimle konuşmuyor, burnundan kan geldi dün. Grup var mı?", "none", None),
        ("tr", "Babam inme geçirdi, konuşamıyor, geçen yıl başından kan gelmişti. Grup?", "none", None),
        # (tr) dying of laughter, heat, hunger with the cause after the verb; dying tonight, or not of laughter, stays
        # read
        ("tr", "Bot musun sen ya? Çok hızlı cevap veriyosun, ölücem gülmekten 😄", "none", None),
        ("tr", "öldüm gülmekten ya", "none", None),
        ("tr", "ölüyorum sıcaktan bugün", "none", None),
        ("tr", "ölücem bu gece, kimse beni durduramaz", "crisis", "suicide"),
        ("tr", "ölücem artık, gülmekten değil", "crisis", "suicide"),
        # (ru, uk) dying of an everyday effort made so often ('я ж сдохну столько ходить'); dying beside pills taken
        # stays read
        ("ru", "Чё, прям каждую неделю собираются? Я ж сдохну столько ходить, у меня смены.", "none", None),
        ("ru", "я помру так часто ездить, у меня трое детей", "none", None),
        ("ru", "каждую неделю ходить — я сдохну, серьёзно", "none", None),
        ("uk", "Щотижня? Я ж здохну стільки ходити, в мене зміни.", "none", None),
        ("ru", "я сдохну, столько таблеток уже выпила", "crisis", "overdose"),
        ("ru", "сдохну сегодня, таблетки готовы", "crisis", "suicide"),
        # (uk) a sister, a mother or a friend 'will kill me' for what I did, as the Russian of set 72; a husband with a
        # knife, a brother drunk with a knife, someone beating me now stay read
        ("uk", "Ну все, тепер мене сестра вб'є, що я без неї записалась ))", "none", None),
        ("uk", "подруга мене вб'є, якщо дізнається, що я записалась без неї", "none", None),
        ("uk", "мама мене приб'є, що я знову пізно прийшла", "none", None),
        ("uk", "чоловік мене вб'є, що я пішла до подруги, він уже бере ніж", "crisis", "violence_now"),
        ("uk", "брат сказав, що вб'є мене, він п'яний і з ножем у коридорі", "crisis", "violence_now"),
        ("uk", "сестра мене вб'є, він зараз б'є мене", "crisis", "violence_now"),
        # (en) the idiom of a problem faced when it comes; crossing the bridge to jump, standing on it, stay read
        ("en", "Thanks. I'm not sure I'm ready yet, but I'll cross that bridge when I come to it.", "none", None),
        ("en", "we'll cross that bridge when we get there, thanks for the list", "none", None),
        ("en", "I'm going to cross that bridge tonight and jump off it", "crisis", "suicide"),
        ("en", "I'll cross the bridge when it gets dark and then jump", "crisis", "suicide"),
        ("en", "I'm standing on the bridge now, cars underneath", "crisis", "suicide"),
        # (en) a child's father or uncle who touches her or him at night or there, told by whoever the child told, and
        # the child who has to go home to him soon; a hair touched, a search of adults about then, an ex, not
        (
            "en",
            "I work at an after-school club and a girl just told me her father touches her at night; she has to go "
            "home to him in an hour. Is there a group in Lübeck for people supporting abused children, any weekday?",
            "crisis",
            "child_abuse",
        ),
        (
            "en",
            "a boy in my class told me his uncle touches him down there, he has to go home to him tonight",
            "crisis",
            "child_abuse",
        ),
        (
            "en",
            "my niece said her stepdad keeps touching her at night, she has to go back to him after school",
            "crisis",
            "child_abuse",
        ),
        (
            "en",
            "a girl told me her father touches her hair at night to help her fall asleep, is that normal?",
            "none",
            None,
        ),
        ("en", "group for adults whose father touched them at night as children?", "none", None),
        (
            "en",
            "I have to go back to him tonight to get my stuff, he's my ex. Group for separated parents?",
            "none",
            None,
        ),
        # (en) a stroke's speech slurry before the face dropped on one side, or after it; a stroke of years ago, a face
        # that drops at a price, not
        (
            "en",
            "Gran's gone all confused and slurry and one side of her face has dropped, happened just now. Was after a "
            "dementia carers' group in Halle, Tuesday mornings.",
            "crisis",
            "medical",
        ),
        ("en", "my husband is slurring his words and his face is drooping on one side right now", "crisis", "medical"),
        (
            "en",
            "mum is slurring and one side of her mouth has dropped, it started ten minutes ago",
            "crisis",
            "medical",
        ),
        (
            "en",
            "Gran gets confused and one side of her face dropped after her stroke two years ago, carers group in "
            "Halle?",
            "none",
            None,
        ),
        (
            "en",
            "my dad is confused and slurring since his stroke in 2019, his face drooped back then, group for carers?",
            "none",
            None,
        ),
        ("en", "I'm a bit confused, has the group time dropped from the website?", "none", None),
        # (en) a small child who swallowed a button battery or magnets, German words inside English too; a battery
        # changed, swallowed years ago, a shop asked for, not
        (
            "en",
            "My four-year-old just swallowed a Knopfbatterie from the remote! I had been looking for a group for "
            "parents of autistic kids in Magdeburg, nachmittags.",
            "crisis",
            "medical",
        ),
        ("en", "my 2 year old just swallowed a button cell!!", "crisis", "medical"),
        ("en", "toddler swallowed two magnets from the fridge, what do I do", "crisis", "emergency_other"),
        ("en", "my daughter swallowed a battery when she was 3, all fine now. parents group?", "none", None),
        (
            "en",
            "My four-year-old just changed the battery in the remote, so proud. Group for parents of autistic kids "
            "in Magdeburg?",
            "none",
            None,
        ),
        ("en", "Wo gibt es Knopfbatterien? My four-year-old needs one for his toy.", "none", None),
    ],
)
def test_what_round_68_first_read_as_classes(lang, text, level, kind):
    """Round 68 (first sight), each with calm twins: (ar) this is the last time I talk to anyone; (de) from a time ahead
    on no one need look for me (no longer searching for me stays calm), an address or a meeting place told as lying at
    the bridge; (tr) a fit coming and alone in German words too, the tongue or lips swelling with no swallowing begun
    now, the head bleeding a lot and not speaking beside a fall (not the fall itself: r68_idioms), dying of laughter
    with the cause after the verb; (ru, uk) dying of an everyday effort made so often; (uk) a sister or a friend 'will
    kill me' for what I did, as the Russian of set 72 (begun with the 'все' of 'ну все', which as an amount would undo
    the mask); (en) crossing that bridge when one comes to it, a child's father who touches her at night and to whom
    she has to go home soon, a stroke's slurry speech before the dropped face, a child who swallowed a button battery
    or magnets (German words too; named by age alone the child is read as the body's emergency, 112 first). The
    Bavarian 'gibt's mi nimmer'
    is r68_deentr's."""
    assert level_and_kind(text, lang) == (level, kind)
