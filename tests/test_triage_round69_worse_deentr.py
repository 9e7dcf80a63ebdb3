"""Round 69 (de, en, tr): crises the new letter model no longer raises at once, taught to the lexicon as classes, so
that the words give the crisis reply whatever the letters say; each class with calm twins (everyday sentences with
the same words that must stay as they were) and crisis paraphrases in other words."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # a group turned away: one instead of which the message tells something else ('Statt einer Gruppe: ...') or
        # that no group can bear ('des packt koa Gruppe mehr'); the end told beside it is no search's; asking for
        # something instead of a group, or whether a group helps with sleep, stays calm
        ("de", "Statt einer Gruppe: Ich töte mich gleich, ich wollte es nur jemandem sagen.", "crisis", "suicide"),
        ("de", "Ach, is doch wurscht welche Stadt. I bring mi um, heit no, des packt koa Gruppe mehr.", "crisis", "suicide"),
        ("de", "Statt ner Gruppe sag ich euch lieber: heute Nacht bring ich mich um.", "crisis", "suicide"),
        ("de", "Da hilft keine Gruppe mehr, ich nehm mir heute das Leben.", "crisis", "suicide"),
        ("de", "Anstatt einer Selbsthilfegruppe: ich spring gleich von der Brücke.", "crisis", "suicide"),
        ("de", "Statt einer Gruppe hätte ich lieber Einzelgespräche, gibt es das in Köln?", "none", None),
        ("de", "Hilft keine Gruppe gegen Schlafstörungen? Ich such was in Bonn.", "none", None),
        ("de", "Anstatt einer Gruppe suche ich eine Beratungsstelle in Bremen.", "none", None),
        ("de", "Mit 30 Leuten? Das schafft keine Gruppe mehr, teilt ihr die auf?", "none", None),
        # my own end planned or prepared ('ich plan schon mein Ende', 'mein Ende schon geplant'); a week-end planned,
        # the end of a parental leave, a father's end in a hospice stay calm
        (
            "de",
            "Suche Gruppe für Menschen mit Long Covid in Berlin, maybe online. Honestly ich plan schon mein Ende, aber "
            "vielleicht hilft's ja noch.",
            "crisis",
            "suicide",
        ),
        ("de", "Gibt es eine Gruppe für Depression in Kiel? Ich plane meinen Tod fürs Wochenende.", "crisis", "suicide"),
        ("de", "Ich bereite schon meinen Suizid vor.", "crisis", "suicide"),
        ("de", "ich hab mein ende schon geplant", "crisis", "suicide"),
        ("de", "Ich plane mein Wochenende, wann trifft sich die Gruppe?", "none", None),
        ("de", "Ich plane das Ende meiner Elternzeit und suche eine Gruppe für Mütter.", "none", None),
        ("de", "Mein Vater plant sein Ende im Hospiz, gibt es eine Gruppe für Angehörige?", "none", None),
        # told as no joke ('şaka değil', 'şaka yapmıyorum', 'ciddiyim'): beside a search, the writer's end in a
        # sentence of its own is meant, as a decision said; a group praised or asked after in earnest stays calm
        (
            "tr",
            "universitede sinav kaygisi icin grup var mi? bi de butun hafta yurdun catisindan atlamayi dusunuyorum saka "
            "degil",
            "crisis",
            "suicide",
        ),
        ("tr", "Sınav kaygısı için grup var mı? Köprüden atlamayı düşünüyorum, şaka yapmıyorum.", "crisis", "suicide"),
        ("tr", "Ankara'da depresyon grubu var mı? Kendimi öldürmeyi düşünüyorum, ciddiyim.", "crisis", "suicide"),
        ("tr", "Şaka değil, grup gerçekten çok iyiydi, teşekkürler.", "none", None),
        ("tr", "Ciddiyim, Köln'de Türkçe grup var mı?", "none", None),
        ("tr", "Grup var mı? Şaka yapmıyorum, üç aydır arıyorum.", "none", None),
        # a blade or a gun held to the wrist or the throat, said with the converb or spoken forms ('dayayıp duruyorum',
        # 'dayıyom', 'bastırıp'); a knife rested on a chopping board stays calm
        (
            "tr",
            "Nürnberg'deki Trauma-Gruppe için Überweisung lazım mı? Acil biraz, bıçağı bileğime dayayıp duruyorum",
            "crisis",
            "suicide",
        ),
        ("tr", "jileti bileğime bastırıp duruyom şu an", "crisis", "suicide"),
        ("tr", "bıçağı boğazıma dayıyom şu an", "crisis", "suicide"),
        ("tr", "Bıçağı tahtaya dayayıp duruyorum, soğan doğruyorum, grup kaçta?", "none", None),
        # in the car with a hose fitted, a sentence of its own beside a search; washing the car, watering the garden,
        # a charging cable in the car stay calm
        (
            "tr",
            "Eşim beni bıraktı, çocukları da götürdü. Leipzig'de babalar için grup var mı? Arabada oturuyorum, hortumu "
            "taktım, son bir kez biriyle konuşmak istedim.",
            "crisis",
            "suicide",
        ),
        ("tr", "Garajdayım, arabamda oturuyorum, egzozdan hortumu içeri uzattım.", "crisis", "suicide"),
        ("tr", "arabanın içindeyim hortum hazır", "crisis", "suicide"),
        ("tr", "Arabayı yıkamak için hortumu taktım, grup kaçta başlıyor?", "none", None),
        ("tr", "Bahçe hortumunu taktım, çiçekleri suluyorum.", "none", None),
        ("tr", "Arabada oturuyorum, şarj kablosunu taktım, grup kaçta?", "none", None),
        # a multiple of the dose drawn up or taken ('iki şırınga çektim normal dozun üç katı'); a dose doubled by a
        # doctor stays a question of dosing
        (
            "tr",
            "ya Bremen'de madde bağımlıları için grup var mı. önümde iki şırınga çektim normal dozun üç katı, bu sefer "
            "tam olsun diye. bi grup falan olur mu diye yazıyom işte",
            "crisis",
            "suicide",
        ),
        ("tr", "dozumun beş katını içtim az önce", "crisis", "suicide"),
        ("tr", "Normal dozun on katını hazırladım, bu gece alıcam.", "crisis", "suicide"),
        ("tr", "Doktor dozumu iki katına çıkardı, yan etkiler için grup var mı?", "none", None),
        ("tr", "Doktor normal dozun iki katını yazdı, çok mu?", "none", None),
    ],
)
def test_what_round_69_taught_as_classes_deentr(lang, text, level, kind):
    """Round 69 (de, en, tr), crises the old letters raised and the new ones only ask about, each with calm twins: a
    group turned away ("Statt einer Gruppe:", "des packt koa Gruppe mehr") frames nothing, so the end told beside it
    is the writer's now; one's own end planned or prepared ("ich plan schon mein Ende") is a plan; told as no joke
    ("şaka değil", "ciddiyim") is a decision said; a blade held to the wrist in the converb or spoken forms
    ("dayayıp duruyorum") is that blade held; sitting in the car with a hose fitted is the exhaust's means; and a
    multiple of the dose drawn up or taken ("normal dozun üç katı") is an overdose meant."""
    if kind is None:
        assert level_and_kind(text, lang)[0] == level
    else:
        assert level_and_kind(text, lang) == (level, kind)
