"""Round 69 (de, en, tr): what a fresh measuring set showed the triage missing, taught as classes, each with calm
twins (everyday sentences with the same words that must stay as they were) and crisis paraphrases in other words."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # a fit told with where someone lies ('sie liegt im Flur und krampft'): 'im' masks a fit only as a time ('im
        # Monat', 'im Schlaf'), not as a place; fits a month or in sleep stay as they were
        (
            "de",
            "Für meine Anne. Sie liegt im Flur und krampft, die Augen verdreht, ich weiß nicht was tun, lütfen schnell",
            "crisis",
            "emergency_other",
        ),
        (
            "de",
            "Meine Frau liegt im Bad und krampft, die Augen sind verdreht, was soll ich tun",
            "crisis",
            "emergency_other",
        ),
        (
            "de",
            "mein sohn liegt im wohnzimmer und krampft schon seit ein paar minuten, augen nach oben",
            "crisis",
            "emergency_other",
        ),
        (
            "de",
            "Meine Tochter hat Epilepsie, im Monat krampft sie zwei, dreimal. Gibt es eine Elterngruppe?",
            "none",
            None,
        ),
        ("de", "Mein Sohn krampft im Schlaf manchmal, ist das was für eine Epilepsie-Gruppe?", "none", None),
        # the English 'suicidal' in German is a German word: 'nicht suicidal' is said away as 'nicht suizidal' is, and
        # 'ich bin suicidal' stays read
        (
            "de",
            "Ich bin Lehrerin, total ausgebrannt, Burnout halt, aber nicht suicidal oder so, nur erschöpft",
            "none",
            None,
        ),
        ("de", "Bin nicht suizidal, nur total erschöpft vom Job. Gibts ne Burnout-Gruppe?", "none", None),
        ("de", "Keine Sorge, ich bin nicht suicidal, suche nur eine Gruppe gegen Einsamkeit", "none", None),
        ("de", "Ich bin echt suicidal gerade, weiß nicht weiter", "crisis", "suicide"),
        ("de", "ich fühl mich so suicidal heute nacht", "crisis", "suicide"),
        # a stroke's face told after its droop ('hängt ihr Gesicht ... runter') and the talk confused ('redet wirres
        # Zeug'): a stroke now, also after a search 'nach Schlaganfall'; a droop and confused talk since a stroke, with
        # no "now" between, and dementia's confused talk stay calm
        (
            "de",
            "Du, ich such für meine Oma ne Gruppe für Leute nach Schlaganfall in Trier. Aber grad eben "
            "hängt ihr Gesicht "
            "auf einer Seite runter und sie redet total wirres Zeug, is das normal??",
            "crisis",
            "medical",
        ),
        (
            "de",
            "Bei meinem Opa hängt grad der Mundwinkel runter und er spricht ganz unverständlich",
            "crisis",
            "medical",
        ),
        ("de", "Plötzlich hängt sein Gesicht links runter und er redet nur noch wirres Zeug", "crisis", "medical"),
        (
            "de",
            "Meine Oma hatte letzte Woche einen Schlaganfall und grad eben hängt ihr Gesicht wieder runter "
            "und sie redet "
            "wirres Zeug",
            "crisis",
            "medical",
        ),
        (
            "de",
            "Seit dem Schlaganfall hängt ihr Mundwinkel runter und sie redet manchmal wirres Zeug, gibt es eine "
            "Angehörigengruppe?",
            "none",
            None,
        ),
        (
            "de",
            "Meine Oma hatte letztes Jahr einen Schlaganfall, ihr Gesicht hängt noch etwas, sie redet aber "
            "wieder normal. "
            "Gruppe in Trier?",
            "none",
            None,
        ),
        (
            "de",
            "Mein Opa redet seit der Demenz viel wirres Zeug, gibt es eine Gruppe für Angehörige in Trier?",
            "none",
            None,
        ),
        # parked or sitting up high and not sure of getting back in the car, said last: the height may be masked as
        # a car's place, the doubt is not; the top deck alone, a car after a crash, a ride with a bad driver stay calm
        (
            "en",
            "im parked on the top deck of the multi storey right now. its for me. not sure im getting back in the car",
            "crisis",
            "suicide",
        ),
        ("en", "sitting on the roof of the car park, not sure i'm getting back in my car tonight", "crisis", "suicide"),
        (
            "en",
            "I'm parked up at the cliffs right now and I don't know if I'm getting back in the car",
            "crisis",
            "suicide",
        ),
        ("en", "Parked on the top deck of the car park, where's the entrance to the group?", "none", None),
        (
            "en",
            "After the crash I'm not sure I'm getting back in a car ever, is there a group for accident trauma?",
            "none",
            None,
        ),
        (
            "en",
            "My brother drives like a maniac, not sure I'm getting back in the car with him. Any groups for families?",
            "none",
            None,
        ),
        # a father or mother who hits him or her (the child named before) is violence; with a "now", this moment;
        # beaten at chess, kicked out, hit once years ago stay calm
        (
            "en",
            "For the kid downstairs, maybe 6 years. Every night the father screams and hits him, right now "
            "again, I hear "
            'him cry "Papa nein".',
            "crisis",
            "violence_now",
        ),
        (
            "en",
            "the little girl next door, her dad is hitting her right now, I can hear her screaming",
            "crisis",
            "witness",
        ),
        (
            "en",
            "My stepdad hits him again right now, my little brother is crying in the hall",
            "crisis",
            "violence_now",
        ),
        ("en", "My dad beats him at chess every time, any family groups?", "none", None),
        ("en", "His mother kicks him out every time he drinks, is there an Al-Anon group near Kiel?", "none", None),
        ("en", "My father hit him once years ago and they don't talk, is there a family group?", "none", None),
        # the writer locked or put out in the cold ('locked me out on the balcony'): 'locked me out' is masked only of a
        # place named by 'of' (the flat, an account), or told as a child then; by accident it stays calm
        (
            "en",
            "I'm 11 and I live in Augsburg. Is there a group for kids whose mum drinks? She just locked me out on the "
            "balcony with no shoes and it's freezing, and she said I have to stay out here all night.",
            "crisis",
            "child_abuse",
        ),
        (
            "en",
            "I'm 13, my dad put me out in the snow in my pyjamas right now and won't open the door",
            "crisis",
            "child_abuse",
        ),
        (
            "en",
            "my mum's boyfriend shut me out on the balcony again, it's freezing and i'm only 12",
            "crisis",
            "child_abuse",
        ),
        ("en", "I'm 11 and I live in Augsburg. Is there a group for kids whose mum drinks?", "none", None),
        (
            "en",
            "My flatmate accidentally locked me out on the balcony, funny story, any groups for social anxiety?",
            "none",
            None,
        ),
        (
            "en",
            "My flatmate locked me out of the flat again, is there a group for people with difficult flatmates?",
            "none",
            None,
        ),
        ("en", "Locked me out of my account again, how do I log in to see the groups?", "none", None),
        (
            "en",
            "As a kid my dad would lock me out on the balcony. Any groups for adult children of alcoholics "
            "in Augsburg?",
            "none",
            None,
        ),
        (
            "en",
            "When I was a kid my mum locked me out on the balcony all night. Is there a group for adult children of "
            "alcoholics?",
            "check",
            "suicide",
        ),
        # a button hit ('I hit "for myself" by accident'), or oneself hit by accident, is no blow; hitting oneself
        # again stays read
        ("en", 'Hold up, I hit "for myself" by accident. It\'s for my best mate', "none", None),
        ("en", "Oops, pressed for myself by mistake, it's for my sister", "none", None),
        ("en", "I accidentally hit myself with the door, anyway what time is the group?", "none", None),
        ("en", "I hit myself again tonight until I bruised", "crisis", "self_harm"),
        ("en", "I keep hitting myself in the head when it gets bad, just did it again", "crisis", "self_harm"),
        # a heart attack or a stroke recovered from is a past; a heart attack's signs now stay read
        ("en", "Recovering from a heart attack, docs say I'm fine but my head isn't there yet", "none", None),
        ("en", "Recovered from a stroke last year but I'm struggling with anxiety, is there a group?", "none", None),
        (
            "en",
            "recovering from a heart attack and now my chest is crushing again and my left arm went numb",
            "crisis",
            "medical",
        ),
        # an allergen eaten and the throat or tongue closing or swelling is anaphylaxis, however panicky the writer
        # feels; a panicky parent and a panic attack's throat stay calm
        (
            "en",
            "alright, any allergy groups round Regensburg? just ate something with nuts by accident, "
            "throat's closing up "
            "and my EpiPen's out of date, bit panicky tbh",
            "crisis",
            "medical",
        ),
        ("en", "ate a peanut by mistake, my tongue is swelling and I'm panicking", "crisis", "medical"),
        (
            "en",
            "any allergy groups round Regensburg? my son has a nut allergy and I get panicky when he eats out",
            "none",
            None,
        ),
        (
            "en",
            "I get panic attacks where my throat feels like it's closing up, any groups in Regensburg?",
            "none",
            None,
        ),
        # gone after a day of the week or the week-end, beside thanks, 'no need any more' or 'don't let them look for
        # me': a farewell; away after Saturday for work, a holiday or a move stays calm
        ("tr", "tesekkurler ama gerek kalmadi. cumartesiden sonra yokum, arkamdan aramasinlar", "crisis", "suicide"),
        ("tr", "Sağolun ama gerek kalmadı. Pazardan sonra yokum, beni aramasınlar.", "crisis", "suicide"),
        ("tr", "hafta sonundan sonra yokum, hakkınızı helal edin", "crisis", "suicide"),
        ("tr", "cumartesiden sonra yokum, işim var, pazartesi yazarım", "none", None),
        ("tr", "Teşekkürler! Cumartesiden sonra yokum, tatile gidiyorum, dönünce bakarım.", "none", None),
        ("tr", "Teşekkürler, cumartesiden sonra grup için vaktim olur.", "none", None),
        ("tr", "Pazardan sonra yokum, beni aramasınlar, Almanya'ya taşınıyorum.", "none", None),
        # suicide said away in passing ('intihar falan değil'): exhaustion beside a topic; a wish to die or a plan
        # beside it stays read
        (
            "tr",
            "Burnout oldum, Krankschreibung'dayım, intihar falan değil merak etme, sadece tükendim",
            "none",
            None,
        ),
        ("tr", "Merak etme intihar falan yok, sadece işten çok yoruldum, tükenmişlik grubu var mı?", "none", None),
        ("tr", "intihar falan değil bu, sadece bu gece ölmek istiyorum", "crisis", "suicide"),
        ("tr", "sadece tükendim, bu gece intihar edeceğim", "crisis", "suicide"),
        # one's own body burnt or cut, then going on with it tonight or now ('bu gece devam etmek istiyorum'), which
        # undoes an ironing accident's mask; going on with the ironing, the baking or the group stays calm
        (
            "tr",
            "Hannover'de kendine zarar verme davranışı olan yetişkinler için hafta sonu buluşan bir grup arıyorum. Az "
            "önce ütüyle elimi yaktım ve bu gece devam etmek istiyorum.",
            "crisis",
            "self_harm",
        ),
        ("tr", "çakmakla kolumu yaktım, bu gece devam edicem", "crisis", "self_harm"),
        ("tr", "Az önce jiletle kolumu kestim, şimdi devam etmek istiyorum.", "crisis", "self_harm"),
        ("tr", "Ütü yaparken elimi yaktım ama ütüye devam etmek istiyorum, grup kaçta?", "none", None),
        ("tr", "Kurabiye yaparken elimi yaktım, yarın pastaya devam edeceğim, grup kaçta?", "none", None),
        ("tr", "Geçen yıl elimi yaktım, gruba devam etmek istiyorum.", "none", None),
        # a pad soaked through in half an hour or an hour is a heavy bleeding going on now, after a birth told as
        # then; a bleeding over, a pad filling as it used to stay calm
        (
            "tr",
            "Hallo, Kassel'de Geburt sonrası depresyon için Gruppe arıyorum. Doğum iki hafta önceydi, şimdi "
            "çok kanamam "
            "var, Binde yarım saatte doluyor, başım dönüyor, kocam Schicht'te.",
            "crisis",
            "medical",
        ),
        (
            "tr",
            "Doğum geçen hafta oldu, şimdi ped yarım saatte sırılsıklam oluyor ve başım dönüyor",
            "crisis",
            "medical",
        ),
        ("tr", "Sezaryen on gün önceydi, şu an pedim bir saatte doluyor, çok kanıyorum", "crisis", "medical"),
        ("tr", "Doğum iki ay önceydi, lohusa depresyonu için grup arıyorum, kanamam bitti.", "none", None),
        ("tr", "Adet dönemimde ped bir saatte doluyordu eskiden, miyom grubu var mı?", "none", None),
    ],
)
def test_what_round_69_read_as_classes_deentr(lang, text, level, kind):
    """Round 69 (fresh set; de, en, tr), each with calm twins: a fit told with where someone lies ("liegt im Flur und
    krampft") is no fit "im Monat"; the English "suicidal" in German is a German word, so "nicht suicidal" is said away;
    a stroke's droop told before the face and confused talk ("redet wirres Zeug") is a stroke now, and the same since a
    stroke with no "now" between a deficit that stayed; parked up high and not sure of getting back in the car, said
    last, is a plan; a father or mother who hits him or her is violence; the writer locked out in the cold on the
    balcony is a child's abuse now ("locked me out" masks only of a place named by "of", or as a child then); a button
    hit "for myself" by accident is no blow, a heart attack recovered from a past, and an allergen with the throat
    closing anaphylaxis however panicky; gone after a weekday beside thanks or "don't look for me" is a farewell;
    "intihar falan değil" says suicide away; a burn done and going on with it tonight is self-harm; a pad soaked in
    half an hour is a bleeding now."""
    assert level_and_kind(text, lang) == (level, kind)
