"""Round 65b (de, en, tr): what a fresh measuring set showed the triage missing, taught as classes, each with calm
twins (everyday sentences with the same words that must stay as they were) and crisis paraphrases in other words."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the way from a bridge to somewhere asked or measured is a way described; on, at or off a bridge stays read
        ("de", "wie komm ich von der brücke am bahnhof zum gebäude, bin schlecht zu fuss", "none", None),
        ("de", "Wie weit ist es von der Brücke bis zur Beratungsstelle? Ich bin nicht gut zu Fuß.", "none", None),
        ("de", "wie komme ich vom bahnhof zur brücke, bin schlecht zu fuß", "none", None),
        ("de", "Von der Brücke zum Treffpunkt sind es wie viele Minuten?", "none", None),
        ("de", "kommt man von der alten brücke gut zum gemeindehaus mit rollator?", "none", None),
        ("de", "wie lange läuft man von der Brücke zur Selbsthilfekontaktstelle?", "none", None),
        ("de", "ich spring jetzt von der brücke", "crisis", "suicide"),
        ("de", "ich stehe auf der brücke am bahnhof und spring gleich", "crisis", "suicide"),
        ("de", "ich steh auf der brücke und will springen", "crisis", "suicide"),
        ("de", "ich geh jetzt zur brücke, es ist vorbei", "crisis", "suicide"),
        # sunk in debt, someone's or one's own, and not knowing what to do: a topic of a group (the letters alone
        # raised it); one's end said beside it stays read
        (
            "tr",
            "Eniştem kumar borcuna batmış, ablam her şeyi benden saklıyor, ne yapacağımı bilemiyorum.",
            "none",
            None,
        ),
        ("tr", "Babam borca batmış durumda, annem bana bir şey söylemiyor, ne yapacağımı bilmiyorum.", "none", None),
        ("tr", "Abim kredi kartı borçlarına battı, eşi her şeyi gizliyor, ne yapacağımı şaşırdım.", "none", None),
        ("tr", "Kocam bahis yüzünden borç batağına saplandı, ne yapacağımı bilemiyorum.", "none", None),
        ("tr", "Borçlara battık, kocam kumar oynuyor, Anonim Kumarbazlar gibi bir grup var mı?", "none", None),
        ("tr", "Borca batmış durumdayım, bu gece kendimi öldüreceğim.", "crisis", "suicide"),
        ("tr", "Kumar borcuna battım, artık yaşamak istemiyorum.", "crisis", "suicide"),
        # someone who has gone or is going blue is so now: beside a search, with a breath that fails, the crisis
        # reply; went blue last year, fingers blue in the cold, blue in the face from shouting not
        (
            "en",
            "mate's gone blue after a hit, barely breathing, we're at his flat. any groups for families of addicts in "
            "Gelsenkirchen?",
            "crisis",
            "emergency_other",
        ),
        (
            "en",
            "my brother just used and he's turning blue, hardly breathing. is there a group for families?",
            "crisis",
            "emergency_other",
        ),
        (
            "en",
            "is there a group for parents? my daughter is going grey and barely breathing after those pills",
            "crisis",
            "emergency_other",
        ),
        ("en", "my baby has gone blue in the face and isn't breathing, is there a group", "crisis", "emergency_other"),
        (
            "en",
            "my brother nearly died when he went blue after a hit last year. any groups for families of addicts?",
            "none",
            None,
        ),
        (
            "en",
            "any groups for families of addicts? my mate went blue twice last year, barely breathing, we found him "
            "at his flat",
            "none",
            None,
        ),
        ("en", "my fingers are turning blue in the cold, is there a Raynaud's group?", "none", None),
        ("en", "my baby sometimes goes blue when she cries, any parent groups near Essen?", "none", None),
        ("en", "my mood has gone grey since the winter started, is there a group for depression?", "none", None),
        ("en", "i told him till i was blue in the face, is there a group for parents of addicts?", "none", None),
        # (asked before this round already, by the letters)
        (
            "en",
            "he's gone blue in the face from shouting at the ref again lol, any groups for angry dads?",
            "check",
            None,
        ),
        # a fit's aura coming while alone (or a fit coming): the writer's emergency now; the aura told as what comes
        # before fits, in a search or of someone else, not
        (
            "de",
            "Sorry kurz: ich hab Epilepsie und merk, die Aura kommt, bin alone im Park und mein Akku ist fast leer.",
            "crisis",
            "medical",
        ),
        ("de", "ich spür die aura, gleich kommt ein anfall und ich bin ganz allein", "crisis", "medical"),
        ("de", "hab epilepsie, die aura fängt an, niemand da", "crisis", "medical"),
        ("de", "ich merk die aura, keiner ist hier", "crisis", "medical"),
        ("de", "ich hab Epilepsie, manchmal merk ich vorher die Aura. Gibt es eine Gruppe?", "none", None),
        ("de", "Bei meiner Migräne kommt oft eine Aura, ich lebe allein. Gibt es eine Gruppe?", "none", None),
        (
            "de",
            "Mein Mann ist Epileptiker, die Aura kommt bei ihm selten. Gibt es Gruppen für Angehörige?",
            "none",
            None,
        ),
        (
            "en",
            "Quick one, I have Epilepsie and I feel the aura coming, I'm alone in the Park and my phone is almost "
            "dead.",
            "crisis",
            "medical",
        ),
        ("en", "i can feel an aura starting, i'm on my own at the station", "crisis", "medical"),
        ("en", "aura's coming on, no one here with me", "crisis", "medical"),
        ("en", "I have epilepsy and sometimes feel the aura coming, I live alone. Any groups?", "none", None),
        ("en", "with my migraines the aura comes first, I usually go lie down alone", "none", None),
        (
            "en",
            "My son has epilepsy and gets an aura before fits; he's never alone at school. Any parent groups?",
            "none",
            None,
        ),
        (
            "tr",
            "Kısaca: Epilepsie hastasıyım, nöbet geliyor gibi, Park'ta tek başımayım ve Akku bitmek üzere.",
            "crisis",
            "medical",
        ),
        ("tr", "nöbetim geliyor, evde tek başımayım", "crisis", "medical"),
        ("tr", "aura geliyor, nöbet başlıyor, yanımda kimse yok", "crisis", "medical"),
        ("tr", "Epilepsi hastasıyım, nöbet geldiğinde tek başıma olmaktan korkuyorum. Grup var mı?", "none", None),
        ("tr", "Tek başımayım bugün, evde oturuyorum.", "none", None),
        ("tr", "Annem tek başına yaşıyor, epilepsi hastası. Yakınlar için grup var mı?", "none", None),
        # skin scratched or torn till it bleeds, and about to do it again: self-harm now; eczema scratched till it
        # bleeds, a mosquito bite, a daughter's eczema not
        (
            "tr",
            "Hiçbiri uymuyor. Derimi kanayana kadar kaşıdım ve yine yapmak üzereyim, kendimi durduramıyorum.",
            "crisis",
            "self_harm",
        ),
        ("tr", "Kolumu kanayana kadar kaşıdım, şimdi yine yapacağım.", "crisis", "self_harm"),
        ("tr", "derimi kanatana kadar tırnakladım ve şimdi tekrar yapıcam", "crisis", "self_harm"),
        ("tr", "Egzamam var, geceleri kanayana kadar kaşıyorum, bir grup var mı?", "none", None),
        ("tr", "Sivrisinek ısırığını kanayana kadar kaşıdım, çok kaşınıyor.", "none", None),
        ("tr", "Kızım egzamadan derisini kanayana kadar kaşıyor, ne yapacağımı bilemiyorum.", "none", None),
    ],
)
def test_what_round_65b_read_as_classes_deentr(lang, text, level, kind):
    """Round 65b (fresh set; de, en, tr), each with calm twins: the way from a bridge to somewhere asked (how do I get
    from the bridge to the building) is a way described, where "Brücke" alone was read as the place of an end; sunk in
    debt ("borcuna batmış") is a topic of a group, which the letters alone had raised to the crisis reply; someone
    who has gone or is going blue is so now, so that beside a search a failing breath is the crisis reply; a fit's
    aura coming while alone is a fit coming while alone, the writer's emergency (Turkish "tek başımayım" names the
    writer as "yalnızım" does); skin scratched till it bleeds and about to be done again is self-harm now, as "on
    purpose" undoes the mask of eczema scratched so."""
    assert level_and_kind(text, lang) == (level, kind)
