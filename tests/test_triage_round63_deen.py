"""Round 63 (de, en): what a fresh measuring set showed the triage missing, taught as classes, each with calm twins."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # a little one hit in the forms the word class `kid` left out ("haut ihren Kleinen"), and the one hurt left
        # alone now with whoever hits (cue `left_alone`), in a sentence of its own beside a search: the police for the
        # child
        (
            "Der neue Typ von meiner Freundin haut ihren Kleinen jeden Tag, der hat überall blaue Flecken, und grad is "
            "der Kurze wieder allein mit dem. Gibt's ne Alleinerziehendengruppe in Gera?",
            "crisis",
            "witness",
        ),
        (
            "Der Freund von meiner Schwester schlägt ihren Kleinen ständig, und grad ist der Kleine allein mit ihm. "
            "Gibt es eine Gruppe für Angehörige in Jena?",
            "crisis",
            "witness",
        ),
        (
            "mein nachbar verprügelt seinen kleinen jeden abend, grad sind die kinder wieder allein mit dem. gibts ne "
            "gruppe?",
            "crisis",
            "witness",
        ),
        ("Der Typ von meiner Schwester haut ihren Kleinen, grad is der Kleine allein mit dem", "crisis", "witness"),
        # alone with a parent, a grandmother, a wild child, a proposal, the writer hit and alone with the baby: not
        (
            "Mein Ex ist dieses Wochenende allein mit dem Kleinen, das erste Mal seit der Trennung. Gibt es eine "
            "Gruppe für getrennte Eltern in Gera?",
            "none",
            None,
        ),
        (
            "Der Kleine ist grad allein mit Oma, ich hab endlich Zeit. Gibt es eine Alleinerziehendengruppe in Gera?",
            "none",
            None,
        ),
        ("Die Erzieherin schlägt vor, ihren Kleinen früher abzuholen", "none", None),
        (
            "Die Erzieherin schlägt vor, ihren Kleinen früher abzuholen. Gibt es eine Elterngruppe in Gera?",
            "none",
            None,
        ),
        ("Der Kleine ist jeden Tag so wild, grad is er wieder allein mit Papa. Gibt's ne Elterngruppe?", "none", None),
        (
            "Mein Ex hat mich geschlagen, jetzt bin ich allein mit dem Baby. Gibt es eine Gruppe für Alleinerziehende?",
            "none",
            None,
        ),
        # a parent named in dialect (Platt, Berlin, the south) is someone else, here in a seizure that does not stop, or
        # collapsed: 112 first; the illness told for a search, a fit of last year, a visit to the group not
        (
            "Mudder hat grad'n Krampfanfall und der hört nich auf, geht schon so sechs Minuten. Die hat Epilepsie, "
            "wollt ihr eigentlich ne Gruppe in Flensburg suchen.",
            "crisis",
            "emergency_other",
        ),
        (
            "Vadder is grad umgekippt und reagiert nich mehr, wollten eigentlich ne Gruppe für Angehörige suchen.",
            "crisis",
            "emergency_other",
        ),
        (
            "Mudda hat grad nen Anfall, hört nich auf. Wir suchen eigentlich ne Epilepsiegruppe in Kiel",
            "crisis",
            "emergency_other",
        ),
        ("Mudder hat Epilepsie, gibt's in Flensburg ne Gruppe für Angehörige?", "none", None),
        (
            "Vadder hatte letztes Jahr nen Krampfanfall, der hörte gar nich auf. Jetzt suchen wir ne Gruppe in "
            "Flensburg.",
            "none",
            None,
        ),
        ("Mudder kommt am Mittwoch mit zur Gruppe, geht das?", "none", None),
        # an infant's fever with the child limp or hard to wake, its age or the fever's number between, a bare "jetzt"
        # beside the state as its now: 112 first; a fever of last week, an adult's, a vaccination without fever, a
        # tired baby, a grandmother after chemo not
        (
            "Unser Baby, 8 Monate, hat 40,5 Fieber und ist jetzt total schlapp, wacht kaum auf. Suche eine "
            "Elterngruppe in Saarbrücken, is there one on Wednesday?",
            "crisis",
            "emergency_other",
        ),
        (
            "Das Baby hat grad 40 Fieber und ist total apathisch, kaum wach zu kriegen. Gibt es eine Elterngruppe in "
            "Trier?",
            "crisis",
            "emergency_other",
        ),
        (
            "Unser Säugling ist grad total schlapp und hat 39,8 Fieber. Gibt es eine Elterngruppe in Mainz?",
            "crisis",
            "emergency_other",
        ),
        ("unser baby, 5 monate, hat 40 fieber und is ganz matt", "crisis", "emergency_other"),
        (
            "Unser Baby hatte letzte Woche 40 Fieber und war total schlapp, jetzt geht's ihm wieder gut. Elterngruppe "
            "in Saarbrücken?",
            "none",
            None,
        ),
        (
            "Ich hab seit Tagen Fieber und bin total schlapp, gibt's ne Gruppe für Long Covid in Saarbrücken?",
            "none",
            None,
        ),
        ("Baby ist nach dem Impfen etwas schlapp, kein Fieber", "none", None),
        (
            "Unser Baby ist jetzt total müde nach dem Schwimmkurs, gibt's ne Krabbelgruppe in Saarbrücken?",
            "none",
            None,
        ),
        ("Oma ist jetzt total schlapp seit der Chemo, gibt's ne Gruppe für Angehörige?", "none", None),
        # dying or killing for something wanted, in the conditional with the verb right after: an idiom; a wish to die
        # with words between, or after a comma, still read
        (
            "Boah, die Hitze bringt mich echt um. Egal, gibt's in Darmstadt ADHS-Gruppen für Erwachsene? Ich würd "
            "sterben für Leute, die das kapieren.",
            "none",
            None,
        ),
        (
            "Ehrlich, ich würd sterben für Leute, die mich verstehen. Gibt's ne Gruppe für Hochsensible in Bonn?",
            "none",
            None,
        ),
        ("ich könnte sterben für so ne Gruppe, wo man einfach reden kann", "none", None),
        ("Ich würde töten für eine Gruppe, die sich abends trifft, gibt's sowas in Kassel?", "none", None),
        ("Ich würde am liebsten sterben, für alle wäre es besser so", "crisis", "suicide"),
        ("ich würd so gern sterben, für immer schlafen", "crisis", "suicide"),
        ("Ich will sterben für immer weg sein", "crisis", "suicide"),
        # too much insulin, by mistake or not, and the signs of the low now (a sentence of its own beside a search);
        # told of then, or with the writer well today, not
        (
            "zu viel Insulin gespritzt, bin total zittrig und schwitze, kann nicht klar denken. "
            "Diabetesgruppe in Bonn?",
            "crisis",
            "overdose",
        ),
        (
            "Hab aus Versehen doppelt Insulin gespritzt, zitter voll und alles verschwommen. Gibt's ne Diabetesgruppe "
            "in Bonn?",
            "crisis",
            "medical",
        ),
        (
            "vor ner Stunde aus Versehen zu viel Insulin gespritzt, jetzt zitter ich und alles verschwommen",
            "crisis",
            "overdose",
        ),
        (
            "Damals hab ich aus Versehen zu viel Insulin gespritzt und war total zittrig. Gibt es eine Diabetesgruppe "
            "in Bonn?",
            "none",
            None,
        ),
        (
            "Letztes Jahr hab ich aus Versehen zu viel Insulin gespritzt und war total zittrig, heute geht's mir "
            "wieder gut. Diabetesgruppe in Bonn?",
            "none",
            None,
        ),
    ],
)
def test_what_round_63_read_as_classes_de(text, level, kind):
    """Round 63 (de), each with calm twins: a little one hit, told in the forms the word class `kid` left out ("haut
    ihren Kleinen"), and the one hurt left alone now with whoever hits (cue `left_alone`, `left_with_them`): beside a
    search read across the commas of its sentence, the habit of the violence no bar (a child alone with a parent or a
    grandmother, a proposal "schlägt vor", the writer hit and alone with the baby stay calm); a parent named in dialect
    ("Mudder", "Vadder") is someone else in an emergency (an illness told for a search stays calm); an infant's fever
    with the child limp or hard to wake, the age or the fever's number between, and "ist jetzt total schlapp" as its
    now (an adult's fever, a fever of last week, a tired baby stay calm); "ich würd sterben für ..." is wanting
    something (a wish to die with words between stays read); too much insulin and the signs of the low now (told of
    then stays calm)."""
    assert level_and_kind(text, "de") == (level, kind)


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # a knife asked for or brought to cut or serve food, or named by its food for a meal or a place: no means, no
        # weapon; a bread knife swung about or pointed at me stays one. The letter model is all but sure of crises where
        # a knife cuts (0.95 and more: not retrained), and where the lexicon read the danger words away it still asks
        # (MODEL_OVERRULES): the question, no longer the crisis reply
        (
            "Quick one: for the Christmas meeting I'd like to bring a cake. Any kitchen there, plates, a knife to cut "
            "it?",
            "none",
            None,
        ),
        ("I'm bringing a cake to the group on Friday, is there a knife to cut it there?", "check", None),
        ("is there a cake knife at the centre for the birthday on Friday?", "check", None),
        ("can someone bring a bread knife for the brunch after the meeting?", "none", None),
        ("need a knife for the cheese at the summer meeting, who has one?", "none", None),
        ("I have a knife to cut myself and I'm going to do it tonight", "crisis", "self_harm"),
        ("got a knife here to cut my wrists", "crisis", "self_harm"),
        ("he's got a knife and he's screaming he'll cut me", "crisis", "violence_now"),
        (
            "stepdad drunk af, got a bread knife and is swinging it around the living room yelling",
            "crisis",
            "violence_now",
        ),
        ("he's pointing a bread knife at me", "crisis", "violence_now"),
        # a child hit, in the third person ("hits her 4 year old"), and left alone now with whoever hits (cue
        # `left_alone`): beside a search the police for the child; alone with a parent, a child who hits other kids, the
        # writer hit and alone with the baby not
        (
            "my friend's new guy hits her 4 year old every day, the kid has blaue Flecken everywhere and he's alone "
            "with him right now. any group for Alleinerziehende in Gera?",
            "crisis",
            "witness",
        ),
        (
            "my sister's boyfriend smacks her little boy all the time and right now the kid is alone with him, is "
            "there a group for families in Jena?",
            "crisis",
            "witness",
        ),
        (
            "her bf hits her toddler every day, rn the toddler's alone with him. any group for single mums?",
            "crisis",
            "witness",
        ),
        (
            "my ex is alone with our son this weekend for the first time since the split, any group for separated "
            "parents?",
            "none",
            None,
        ),
        ("my 4 year old hits other kids at nursery, is there a parenting group in Gera?", "none", None),
        ("my ex hit me, now i'm alone with the baby. is there a group for single mums?", "check", "violence_now"),
        ("my ex hit me, now he's alone with the baby. is there a group for single mums?", "check", "violence_now"),
        # the letters written and put where they will be found (a drawer, a pillow): a farewell, beside a group for the
        # bereaved too; letters of a job, of Christmas, old love letters, a search after a brother's death not
        (
            "Could you find a group for families bereaved by suicide near Freiburg? It's for my parents, for "
            "afterwards. The letters are written and in my desk drawer.",
            "crisis",
            "suicide",
        ),
        (
            "My letters are all written and in the drawer of my nightstand. Is there a group for my kids, for after?",
            "crisis",
            "suicide",
        ),
        (
            "letters r done n under my pillow. tell my sister theres a group for ppl whose brother died",
            "crisis",
            "suicide",
        ),
        (
            "The letters are sealed and in the bedside drawer. Could you find my mum a group in Kiel for people who "
            "lost someone to suicide?",
            "crisis",
            "suicide",
        ),
        (
            "My cover letters are written and in my desk drawer, any group for unemployed people in Freiburg?",
            "none",
            None,
        ),
        (
            "the Christmas letters are written and in the drawer, just need stamps. is there a seniors group in "
            "Freiburg?",
            "none",
            None,
        ),
        ("Grandma's old love letters are in my desk drawer, is there a grief group near Freiburg?", "none", None),
        (
            "Could you find a group for families bereaved by suicide near Freiburg? It's for my parents, my brother "
            "died in March.",
            "none",
            None,
        ),
        # too much insulin, by accident or not, and the signs of the low now (a sentence of its own beside a search);
        # told of then (years ago, last year with the writer fine now, as a kid), too much coffee not
        (
            "injected way too much insulin by accident, shaky n sweating cant think straight. diabetes group in bonn??",
            "crisis",
            "overdose",
        ),
        (
            "took double my insulin by mistake, really shaky and sweaty now, any type 1 group in Köln?",
            "crisis",
            "medical",
        ),
        (
            "gave myself the wrong insulin, the fast one instead of lantus, dizzy and cant focus",
            "crisis",
            "medical",
        ),
        (
            "an hour ago I injected way too much insulin by accident, now shaky and sweating. diabetes group in bonn?",
            "crisis",
            "overdose",
        ),
        (
            "years ago I injected too much insulin by accident and was shaky and sweaty for hours. diabetes group in "
            "bonn?",
            "none",
            None,
        ),
        (
            "last year I injected way too much insulin by accident, was shaky and sweating, I'm fine now. diabetes "
            "group in bonn?",
            "none",
            None,
        ),
        (
            "as a kid I once got double insulin by mistake and was shaky and confused, any type 1 group for adults?",
            "none",
            None,
        ),
        ("too much coffee, shaky n sweating lol. diabetes group in bonn?", "none", None),
        # the German idiom's English twin stays calm as before
        ("honestly I'd die for people who get it. ADHD group in Darmstadt?", "none", None),
    ],
)
def test_what_round_63_read_as_classes_en(text, level, kind):
    """Round 63 (en), each with calm twins: a knife to cut or serve food, or named by its food ("a cake knife"), is no
    means (masked: the letter model, all but sure where a knife cuts, still asks); a child hit in the third person
    ("hits her 4 year old") and left alone now with whoever hits (cue `left_alone`), beside a search the police for
    the child (alone with a parent, a child hitting other kids, the writer hit stay as they were); the letters written
    and put in a drawer or under a pillow are a farewell, beside a group for the bereaved too (letters of a job or of
    Christmas stay calm); too much insulin and the signs of the low now (told of then stays calm)."""
    assert level_and_kind(text, "en") == (level, kind)
