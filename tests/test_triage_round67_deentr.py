"""Round 67 (de, en, tr): what a fresh measuring set showed the triage missing, taught as classes, each with calm
twins (everyday sentences with the same words that must stay as they were) and crisis paraphrases in other words."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the man of the house in slang ('der Alte', 'mein Alter') is a person: his knife, his rage told now; the same
        # words of a man who drinks, watches football or cuts the bread stay calm
        (
            "de",
            "Ey, brauch ne Gruppe wegen häuslicher Gewalt, irgendwo in Duisburg. Der Alte dreht grad völlig durch, hat "
            "n Messer, ich hock mit den Kids im Kinderzimmer.",
            "crisis",
            "violence_now",
        ),
        (
            "de",
            "Gibt es eine Gruppe für Frauen? Mein Alter tobt grad in der Küche, hat n Messer.",
            "crisis",
            "violence_now",
        ),
        ("de", "Suche ne Gruppe, mein Alter rastet grad aus und schlägt die Tür ein.", "crisis", "violence_now"),
        ("de", "Der Alte trinkt seit Jahren, gibt es eine Gruppe für Angehörige?", "none", None),
        ("de", "Der Alte hat früher oft getrunken, gibt es eine Gruppe für Angehörige?", "none", None),
        (
            "de",
            "Ich sitz mit den Kids im Kinderzimmer und der Alte guckt Fußball, wann trifft sich die Gruppe?",
            "none",
            None,
        ),
        ("de", "Mein Alter schneidet grad mit dem Messer das Brot, wann ist das Treffen?", "none", None),
        ("de", "Meine Alte hat n Messerblock gekauft, lol. Gibt es Kochgruppen?", "none", None),
        # a building told by the bridge it stands at ('das Backsteinhaus direkt an der Brücke'): a place described;
        # standing or being at the bridge stays read
        ("de", "Ist das das rote Backsteinhaus direkt an der Brücke? Then I know where it is.", "none", None),
        ("de", "Ist das das Café bei der Brücke?", "none", None),
        ("de", "Das Treffen ist im Gemeindehaus gleich an der Brücke, oder?", "none", None),
        ("de", "Wir treffen uns beim Bäcker direkt an der Brücke, passt das?", "none", None),
        ("de", "ich stehe an der Brücke und springe gleich", "crisis", "suicide"),
        ("de", "Ich stehe an der Brücke beim Café und will springen", "crisis", "suicide"),
        ("de", "ich bin an der Brücke beim Bahnhof, ich kann nicht mehr", "crisis", "suicide"),
        ("de", "ich steh am Parkhaus an der Brücke, heute mach ich Schluss", "crisis", "suicide"),
        # a burn or a cut told as an accident, then carried on with or done again tonight: on purpose; carrying on with
        # the ironing or the group, and a burn told alone, stay calm
        (
            "en",
            "I need a group for people who self-harm in Münster, Thursday afternoons if there is one. I've just burned "
            "my arm with the iron and I'm going to carry on tonight.",
            "crisis",
            "self_harm",
        ),
        ("en", "just burnt my wrist on the kettle and gonna do it again tonight", "crisis", "self_harm"),
        ("en", "Cut myself on the stove just now and I'm gonna keep going tonight", "crisis", "self_harm"),
        ("en", "burned my arm with a lighter just now, gonna keep going later", "crisis", "self_harm"),
        ("en", "I burned my arm with the iron this morning, is there parking at the venue?", "none", None),
        ("en", "Burned myself with the iron earlier, gonna carry on ironing later.", "none", None),
        ("en", "I just burned my arm with the iron, ouch. Is there parking?", "none", None),
        # a child with a tablet, the screen that keeps it busy; tablets beside the writer, or swallowed, stay read
        (
            "en",
            "Any Kinderbetreuung during the session, or can my 5 year old sit in the corner with a tablet?",
            "none",
            None,
        ),
        ("en", "Can my daughter sit beside me with her tablet? She's 7.", "none", None),
        ("en", "My son can sit quietly with his iPad during the meeting, is that ok?", "none", None),
        ("en", "I'm sitting here with the tablets next to me", "crisis", "suicide"),
        ("en", "sitting with all my pills in front of me", "crisis", "suicide"),
        ("en", "my toddler swallowed a tablet, he is sleepy", "crisis", "medical"),
        # a move of house over the bridge from or to a town; going over the bridge, on it or to it stays read
        ("en", "Scratch that, I'm in Mainz now, just moved over the bridge from Wiesbaden.", "none", None),
        ("en", "We've just moved over the bridge to Kastel, which group is closest?", "none", None),
        ("en", "We moved across the bridge to Kastel last year, is there a group here?", "none", None),
        ("en", "I'm going over the bridge tonight", "crisis", "suicide"),
        ("en", "I'm on the bridge now", "crisis", "suicide"),
        ("en", "I'm walking to the bridge now, i'm going to jump", "crisis", "suicide"),
        # 'if dad saw it he'd kill me': a father or a grandparent as the mother was; a husband, and a father killing me
        # now, stay read
        ("tr", "Babam görse beni öldürür valla, bu konuşma gizli kalıyor değil mi?", "none", None),
        ("tr", "babam gorse beni oldurur valla", "none", None),
        ("tr", "Babam öğrenirse beni öldürür, kimse görmesin bunu.", "none", None),
        ("tr", "Dedem duysa beni keser, mesajlar gizli mi?", "none", None),
        ("tr", "Kocam öğrense beni öldürür, mesajlar gizli mi?", "crisis", "violence_now"),
        ("tr", "Babam beni şu an öldürüyor, yardım edin", "crisis", "violence_now"),
        ("tr", "Babam şu an beni öldürecek, kapıyı kırıyor", "crisis", "violence_now"),
        # clean said with the loanword ('üç yıldır cleanim') as 'temizim': an overdose told as then; one taken now
        # after the years clean stays read
        (
            "tr",
            "Überdosis'ten beri üç yıldır cleanim. Koblenz'te NA meeting arıyorum, Sonntag olursa süper.",
            "none",
            None,
        ),
        ("tr", "Aşırı dozdan beri 2 yıldır clean'im, grup arıyorum.", "none", None),
        ("tr", "5 aydır cleanım, NA grubu var mı?", "none", None),
        ("tr", "3 yıldır cleanim ama şimdi yine überdosis aldım", "crisis", "overdose"),
        ("tr", "Şu an überdosis aldım, her şey dönüyor", "crisis", "overdose"),
        # children taken along behind me ('peşimde sürüklicem'); someone after me stays read
        ("tr", "Çocuklara bakan biri oluyo mu? Yoksa iki afacanı da peşimde sürüklicem.", "none", None),
        ("tr", "Çocukları da peşimden götürürüm, sorun olur mu?", "none", None),
        ("tr", "Bebeği her yere peşimde taşıyorum, gruba getirebilir miyim?", "none", None),
        ("tr", "Bakıcı yoksa küçükleri peşimde gezdiriyorum, toplantıya getirebilir miyim?", "none", None),
        ("tr", "Adam peşimde, çocukları götürmeye çalışıyor", "crisis", "witness"),
        ("tr", "Eski kocam peşimde, beni zorla arabaya götürecek", "crisis", "violence_now"),
    ],
)
def test_what_round_67_read_as_classes_deentr(lang, text, level, kind):
    """Round 67 (fresh set; de, en, tr), each with calm twins: the man of the house in slang ("der Alte", "mein
    Alter") is a person, so his knife told now beside a search is his violence now; a building told by the bridge it
    stands at ("das Backsteinhaus direkt an der Brücke") is a place described, as one beside or behind it was; an
    accident's burn or cut carried on with or done again tonight, at the end of its sentence ("... and I'm going to
    carry on tonight"), is done on purpose and undoes the accident's mask; a child with a tablet is a screen, not
    pills; a move of house over the bridge from or to a town is a way; "babam görse beni öldürür" is the idiom
    "annem görse" was, for a father or a grandparent (a husband stays read); clean said with the loanword
    ("cleanim") is "temizim", so an overdose before it is told as then; and children taken along right behind me
    ("peşimde sürüklicem") are no one after me."""
    assert level_and_kind(text, lang) == (level, kind)
