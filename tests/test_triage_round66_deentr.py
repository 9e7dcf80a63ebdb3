"""Round 66 (de, en, tr): what a fresh measuring set showed the triage missing, taught as classes, each with calm
twins (everyday sentences with the same words that must stay as they were) and crisis paraphrases in other words."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # not meaning to live to see a day named ahead ('pazartesiyi görmeye niyetim yok'); a person or a film not
        # meant to be seen, or a day looked forward to, stays calm
        ("tr", "Köln. Boşver kardeşim, pazartesiyi görmeye niyetim yok.", "crisis", "suicide"),
        ("tr", "yarını görmeye hiç niyetim yok artık", "crisis", "suicide"),
        ("tr", "bu haftasonunu görmek gibi bir niyetim yok", "crisis", "suicide"),
        ("tr", "sabahı görmeyi düşünmüyorum, herkese iyi geceler", "crisis", "suicide"),
        ("tr", "Pazartesi doktoru görmeye niyetim yok, çok yoğunum.", "none", None),
        ("tr", "Bu filmi görmeye hiç niyetim yok, gruba gelirim ama.", "none", None),
        ("tr", "Pazartesiyi iple çekiyorum, ilk toplantı o gün.", "none", None),
        # the pills named, then all of them taken now, told with a pronoun; taken along or thrown away stays calm
        (
            "de",
            "Hömma, is in Gelsenkirchen ne Gruppe für Spielsüchtige, so abends? Hab die ganzen Schlaftabletten von "
            "meiner Omma hier aufm Tisch und schluck die gleich alle, ehrlich jetz.",
            "crisis",
            "suicide",
        ),
        ("de", "die tabletten liegen vor mir und ich nehm die jetzt alle", "crisis", "suicide"),
        ("de", "hab noch die ganzen Pillen vom Arzt, ich schmeiß sie gleich alle ein", "crisis", "suicide"),
        ("de", "ich nehm die Schlaftabletten heute alle", "crisis", "suicide"),
        ("de", "Die Medis von Oma, ich nehm die jetzt alle mit zur Apotheke.", "none", None),
        ("de", "Hab die alten Medikamente gefunden, ich schmeiß die jetzt alle weg.", "none", None),
        ("de", "Ich nehm meine Tabletten jetzt alle morgens, seit der Arzt das umgestellt hat.", "none", None),
        ("de", "die Tabletten hab ich hier, ich schluck die jetzt alle mit Wodka", "crisis", "suicide"),
        (
            "de",
            "Meine Tabletten nehm ich morgens alle zusammen mit dem Frühstück, gibt es eine Gruppe für Diabetes?",
            "none",
            None,
        ),
        # a substance taken and someone not waking up now: beside a search too; a death told as then stays calm
        (
            "de",
            "Alter, mein Kumpel hat voll viel gesoffen und Pillen geschmissen, der kotzt und wird nich mehr wach. Habt "
            "ihr in Hamburg so ne Gruppe für Jungs mit Drogenproblemen?",
            "crisis",
            "emergency_other",
        ),
        (
            "de",
            "meine Freundin hat Tabletten geschluckt und wacht nicht mehr auf, gibt es eine Gruppe?",
            "crisis",
            "emergency_other",
        ),
        (
            "de",
            "er hat was gezogen und ist nicht mehr ansprechbar. Gibt es Gruppen für Angehörige?",
            "crisis",
            "emergency_other",
        ),
        (
            "de",
            "Mein Bruder hat letztes Jahr Pillen geschmissen und wurde nicht mehr wach. Gibt es eine Gruppe für "
            "Hinterbliebene?",
            "none",
            None,
        ),
        (
            "de",
            "Mein Mann säuft jeden Abend und wird morgens kaum wach. Gibt es eine Gruppe für Angehörige?",
            "none",
            None,
        ),
        # "zum Sterben" as a verdict on a thing; one's own wish to die stays read
        (
            "de",
            "Wie komm ich da ohne Auto hin? Der Bus bei uns aufm Dorf fährt dreimal am Tag, echt zum Sterben.",
            "none",
            None,
        ),
        ("de", "Die Warteliste für Therapie ist einfach zum Sterben.", "none", None),
        ("de", "Das Wetter hier, das ist zum Sterben, gibt es trotzdem eine Gruppe draußen?", "none", None),
        ("de", "Echt zum Sterben, ich will nicht mehr leben.", "crisis", "suicide"),
        ("de", "ich will heute nacht sterben", "crisis", "suicide"),
        # a bridge crossed on the way, by bike, car or on foot; going to the bridge or over its railing stays read
        (
            "en",
            "I'll be cycling over the bridge from the other side of town. Is there somewhere safe to lock a bike?",
            "none",
            None,
        ),
        ("en", "We'll walk over the bridge from the station, is the entrance easy to find?", "none", None),
        (
            "en",
            "My mum drives over the bridge to the centre every Tuesday, can she drop me at the group?",
            "none",
            None,
        ),
        ("en", "im walking to the bridge now, i'm going to jump", "crisis", "suicide"),
        ("en", "I'm standing on the bridge and I'm going to jump tonight", "crisis", "suicide"),
        # a side of the bridge asked as the way or the place; on the other side of a railing stays read
        (
            "tr",
            "Toplantı yerine köprünün bu tarafından mı gidiliyor, öbür tarafından mı? Harita iki yol gösteriyor.",
            "none",
            None,
        ),
        ("tr", "Toplantı köprünün öbür tarafındaki kafede, değil mi?", "none", None),
        ("tr", "Köprünün karşı tarafından gidilir mi, otobüs durağı orada mı?", "none", None),
        ("tr", "Korkuluğun öbür tarafındayım, atlayacağım.", "crisis", "suicide"),
        ("tr", "köprünün korkuluğunun dışına geçtim şu an", "crisis", "suicide"),
        # what was killing me, told as over (the burden named: the class of round 43 in the past continuous too): a
        # figure; someone killing me now stays read
        ("tr", "Valla süpersin, terapi sırası beklemek beni öldürüyodu, bu iyi geldi.", "none", None),
        ("tr", "Evde tek başına oturmak beni öldürüyordu, grup çok iyi geldi.", "none", None),
        ("tr", "Bu bekleyiş beni öldürüyordu, sonunda randevu aldım.", "none", None),
        ("tr", "Kocam şu an beni öldürüyor, yardım edin!", "crisis", "violence_now"),
        ("tr", "Beklemek beni öldürüyordu, bu gece kendimi öldüreceğim.", "crisis", "suicide"),
    ],
)
def test_what_round_66_read_as_classes_deentr(lang, text, level, kind):
    """Round 66 (fresh set; de, en, tr), each with calm twins: not meaning to see a day named ahead ("pazartesiyi
    görmeye niyetim yok") is not living to see it, as "görmeyeceğim" was; the pills named and then all of them taken
    now, told with a pronoun ("schluck die gleich alle"), is the plan carried out, where taking them along or throwing
    them away ("nehm die gleich alle mit", "schmeiß die alle weg") is masked; a substance taken and someone who now
    does not wake up ("hat Pillen geschmissen ... wird nich mehr wach") is an overdose sentence of its own, so a search
    beside it frames nothing, while "wurde nicht mehr wach" tells a death; "zum Sterben" as a verdict on a thing
    ("echt zum Sterben") is an idiom; a bridge crossed by bike, car or on foot from or to a part of town is a way, as is
    a side of the bridge asked as the way or the place in Turkish ("köprünün bu tarafından mı ..."); what was killing
    me told in the past continuous ("beklemek beni öldürüyodu") is a figure, as its present was."""
    assert level_and_kind(text, lang) == (level, kind)
