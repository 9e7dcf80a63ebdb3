"""Round 68 (de, en, tr): what a fresh measuring set showed the triage missing, taught as classes, each with calm
twins (everyday sentences with the same words that must stay as they were) and crisis paraphrases in other words."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # not being there any more, in dialect ('gibts mi eh nimmer', 'gibt's mi ned mehr', 'mi gibts ... nimmer'),
        # dated by a week-end said in dialect ('nachm Wochenend'); being there again, a shop gone, not being in a list
        # or a group any more, and 'you don't get me without my dog' stay calm
        ("de", "Passt scho, danke. Aber ehrlich, nachm Wochenend gibts mi eh nimmer.", "crisis", "suicide"),
        ("de", "Nachm Wochenend gibt's mi ned mehr.", "crisis", "suicide"),
        ("de", "Bis zum Treffen gibts mi eh nimma.", "crisis", "suicide"),
        ("de", "Mi gibts nach dem Wochenende eh nimmer.", "crisis", "suicide"),
        ("de", "Gibts mi eh nimmer lang, nachm Wochenend is vorbei.", "crisis", "suicide"),
        ("de", "Gibts die Gruppe nachm Wochenend nimmer?", "none", None),
        ("de", "Nachm Wochenend gibts mi wieder, dann komm i vorbei.", "none", None),
        ("de", "Den Laden an der Ecke gibts nimmer, wo trifft sich die Gruppe jetzt?", "none", None),
        ("de", "Nachm Wochenend bin i nimmer in München, i zieh nach Köln. Gibts da a Gruppn?", "none", None),
        ("de", "Gibt's mich nicht mehr in eurer Liste? Ich hab mich doch angemeldet.", "none", None),
        ("de", "Gibts mi nimmer im Verteiler? I krieg keine Mails mehr.", "none", None),
        ("de", "Mich gibt's in der Gruppe bald nicht mehr, ich zieh weg.", "none", None),
        ("de", "Mi gibts ned ohne mein Hund, darf der mit zur Gruppe?", "none", None),
        # speech failing now ('die Sprach geht net gscheit', 'die Worte kommen nicht richtig raus') is a body's sign,
        # and a quarter of an hour is an onset ('seit a Viertelstund'): with numbness, a stroke now; speech and a numb
        # hand since a stroke, a language course, a hand gone to sleep stay calm
        (
            "de",
            "Grüß Gott, gibt's in Passau a Gruppn für Epilepsie? Mir is grad ganz komisch, die Sprach geht net gscheit "
            "und mei rechte Hand is seit a Viertelstund taub.",
            "crisis",
            "medical",
        ),
        (
            "de",
            "Mir is so komisch, die Worte kommen nicht richtig raus und mein Bein ist seit ner halben Stunde taub.",
            "crisis",
            "medical",
        ),
        ("de", "I ko grad net gscheit redn und mei Arm is ganz taub.", "crisis", "medical"),
        ("de", "Auf einmal kann ich nicht mehr richtig sprechen und die linke Hand ist taub.", "crisis", "medical"),
        (
            "de",
            "Seit dem Schlaganfall geht die Sprach net gscheit und mei Hand is taub. Gibts a Gruppe für Aphasie?",
            "none",
            None,
        ),
        (
            "de",
            "Mein Vater hatte letztes Jahr einen Schlaganfall, seitdem geht die Sprache nicht richtig und die rechte "
            "Hand ist taub. Gibt es eine Gruppe für Angehörige?",
            "none",
            None,
        ),
        ("de", "Mei Deutsch is grad net gscheit, die Sprach geht net so guat, gibts a Kurs?", "none", None),
        ("de", "Mei Hand is grad eingschlafen vom Handy halten, haha. Wann trifft sich die Gruppe?", "none", None),
        ("de", "Seit a Viertelstund wart i vorm Eingang, die Gruppe is net da.", "none", None),
        # one's own body burnt, scalded or cut, then doing it again wished or said ahead ('elimi yaktım bi daha yapıcam
        # gibi', 'kaynar suyu elime döktüm ve yine dökmek istiyorum'); 'it seems I'll do it again' undoes an accident's
        # mask; cookies or ironing done again, a haircut, tea spilt, candles lit, last year's burn stay as they were
        ("tr", "listeye bakamiyom su an sicak utuyle elimi yaktim bi daha yapicam gibi", "crisis", "self_harm"),
        (
            "tr",
            "Grup listesine sonra bakarım. Az önce kaynar suyu elime döktüm ve yine dökmek istiyorum.",
            "crisis",
            "self_harm",
        ),
        ("tr", "kaynar suyla elimi haşladım, yine yapasım var", "crisis", "self_harm"),
        ("tr", "Çakmakla kolumu yaktım, yine yakmak istiyorum.", "crisis", "self_harm"),
        ("tr", "sigarayı koluma bastım, bi daha basıcam gibi", "crisis", "self_harm"),
        ("tr", "Kurabiye yaparken elimi yaktım ama yarın yine yapıcam, çok güzel oldu.", "none", None),
        ("tr", "Ütü yaparken elimi yaktım, yarın yine ütü yapıcam.", "check", None),
        ("tr", "Ütü yaparken elimi yaktım ya, grup kaçta başlıyor?", "none", None),
        ("tr", "Pastayı fırında yaktım, bi daha yapıcam gibi, grup kaçta?", "none", None),
        ("tr", "Geçen yıl elimi yaktım, bir daha yapmam.", "none", None),
        ("tr", "Çayı elime döktüm ama yine içmek istiyorum, grup kaçta?", "none", None),
        ("tr", "Saçımı kestim, yine kestirmek istiyorum.", "none", None),
        ("tr", "Mumları yaktım, yine yakmak istiyorum, çok güzel kokuyor.", "check", None),
        ("tr", "Kızım elini ütüyle yaktı, yine yapıcam diyor, ebeveyn grubu var mı?", "none", None),
        # a letter written to one's people and one's affairs (bank details, passwords, the will, insurance papers) left
        # where they will be found, or beside a last letter: a plan, also beside a search for the bereaved; a letter to
        # the landlord, bank details left for the cleaner or for the rent while in rehab stay as they were
        (
            "en",
            "Could you find a support group in Mannheim for families bereaved by suicide? It's for my parents, for "
            "afterwards. I've already written them a letter and left my bank details in the drawer.",
            "crisis",
            "suicide",
        ),
        (
            "en",
            "Group for parents who lost a child? It's for mum and dad, for later. I've written them a last letter and "
            "sorted out my insurance papers.",
            "crisis",
            "suicide",
        ),
        (
            "en",
            "I wrote my wife a letter and left my passwords on the desk. Is there a group for widows near Bonn?",
            "crisis",
            "suicide",
        ),
        (
            "en",
            "Left my bank details and my passwords in the drawer and wrote each of them a note.",
            "crisis",
            "suicide",
        ),
        ("en", "I wrote the landlord a letter and left my bank details with the agent.", "check", None),
        (
            "en",
            "I left my bank details in the drawer for the cleaner, can I pay the group fee by transfer?",
            "none",
            None,
        ),
        (
            "en",
            "I wrote my parents a letter and left my bank details in the drawer so they can pay my rent while I'm in "
            "rehab.",
            "none",
            None,
        ),
        ("en", "My mum keeps her bank details in the drawer, can she still join online?", "none", None),
        # a child just hit by a parent ('just hit our four-year-old'), or shouted at still ('he's still shouting at
        # her'), is this moment; a child just hitting puberty or a birthday, a son's bike hit reversing, a baby still
        # screaming at night, a blow years ago stay as they were
        (
            "en",
            "Does Chemnitz have a parenting support group? My partner just hit our four-year-old so hard she has a "
            "bruise on her face, and he's still shouting at her in the other room.",
            "crisis",
            "violence_now",
        ),
        (
            "en",
            "He just shook the baby really hard and is still shouting at her. any group for this?",
            "crisis",
            "witness",
        ),
        ("en", "My son just hit puberty, is there a parenting group in Chemnitz?", "none", None),
        ("en", "My daughter just hit her first birthday, any baby groups in Chemnitz?", "none", None),
        (
            "en",
            "My husband just hit our son's bike reversing out of the garage, any parenting groups in Kiel?",
            "check",
            None,
        ),
        ("en", "The baby is still screaming at night, any group for sleep-deprived parents?", "none", None),
        ("en", "My partner hit our son once years ago, is there a parenting support group?", "none", None),
        ("en", "He's still shouting at me about the washing up lol, any relationship groups?", "none", None),
        # a place told as just over or across the bridge is a place described; going over it, or on it, stays read
        (
            "en",
            "Is it the place just over the bridge by the river, or the other one? Map's doing my head in.",
            "none",
            None,
        ),
        ("en", "The café across the bridge, is that where you meet?", "none", None),
        ("en", "Is the centre just over the bridge from the station?", "none", None),
        ("en", "Is it over the bridge or this side of the river?", "none", None),
        ("en", "I'm going over the bridge tonight", "crisis", "suicide"),
        ("en", "I'm at the place over the bridge and I'm going to jump", "crisis", "suicide"),
        ("en", "i'm on the bridge over the river right now", "crisis", "suicide"),
        # timing on a knife edge is a close call, no blade; a knife's edge on the skin stays read
        (
            "en",
            "It's knife-edge timing for me: my shift ends at 6:45 and the meeting starts at 7. How far is it from the "
            "main station?",
            "none",
            None,
        ),
        ("en", "I'm pressing the knife edge into my arm right now", "crisis", "suicide"),
        ("en", "I'm holding the knife's edge against my wrist", "crisis", "suicide"),
    ],
)
def test_what_round_68_read_as_classes_deentr(lang, text, level, kind):
    """Round 68 (fresh set; de, en, tr), each with calm twins: not being there any more said in dialect ("nachm
    Wochenend gibts mi eh nimmer": mi/mich, nimmer/ned mehr, gibts/gibt es, the "me" first) is the writer's end, dated
    by the dialect's week-end, while not being in a list or a group any more is an entry asked after; speech failing
    ("die Sprach geht net gscheit") is a body's sign and a quarter of an hour an onset, so with a numb hand now it is a
    stroke; one's own body burnt, scalded or cut and doing it again wished or said ahead is self-harm, and "it seems
    I'll do it again" undoes an ironing accident's mask (not the wish to burn or cut again, which would make lit
    candles and a haircut self-harm); a letter to one's people with one's affairs left where they will be found, or
    beside a last letter, is a plan, also beside a search for the bereaved, unless they are left for a time away or
    for bills; a child just hit by a parent, or shouted at still, is this moment; a place just over or across the
    bridge is a place described; and knife-edge timing is a close call."""
    assert level_and_kind(text, lang) == (level, kind)
