"""Round 64: what a helper acting out users in the console chat and the second pair (crisis turn set 28, search set 47,
calm turn set 32, each measured once untouched before) showed, taught as classes with calm twins and crisis
paraphrases: all the pills to be taken, said as a plan or as what I do now, is a plan with the suicide lines (German
had read it as a medical emergency, whose lines are 112 and the 116 117 for what is not life-threatening); the last
message of this chat deleted, ignored or taken back is no farewell (de, ru, uk); a Ukrainian "я не справляюся" at
the end of a carer's message is no despair without "more" or "any longer", as in Russian; a small child named in
German beside Arabizi, or by a small age told ("Für meinen Sohn. 3omro sentein, bala3 battariye hala2"), who
swallowed a battery; a stroke's signs in Gulf Arabic, two of them together, and its "just now" ("توه")."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        ("de", "ich werde die ganze packung schlucken", "crisis", "suicide"),
        ("de", "eigentlich hab ich die tabletten hier und nehm sie heute nacht alle", "crisis", "suicide"),
        ("de", "hab 40 tabletten hier und werd sie heute nehmen", "crisis", "suicide"),
        ("de", "schluck gleich alle tabletten", "crisis", "suicide"),
        # taken already: the words for pills taken, 112 first
        ("de", "ich hab gerade alle tabletten geschluckt", "crisis", "overdose"),
        ("de", "hab die ganze packung genommen", "crisis", "overdose"),
        # the last message of the chat, deleted or ignored
        ("de", "kannst du meine letzte Nachricht löschen? war zu viel", "none", None),
        ("de", "ignorier bitte meine letzte Nachricht, war zu viel", "none", None),
        ("de", "meine letzte Nachricht war falsch, es geht um meinen Bruder", "none", None),
        ("de", "in meiner letzten Nachricht war ein Fehler", "none", None),
        ("ru", "удалите моё последнее сообщение пожалуйста", "none", None),
        ("ru", "в моём последнем сообщении я ошиблась, это для сестры", "none", None),
        ("uk", "мож видалити останнє повідомлення там я зайве про сестру написала", "none", None),
        ("uk", "видаліть моє останнє повідомлення", "none", None),
        # a last message that is a farewell stays one
        ("de", "das ist meine letzte Nachricht. war alles zu viel.", "crisis", "suicide"),
        (
            "de",
            "lösch meine letzte Nachricht. das hier ist meine letzte nachricht an euch, ich mach heut schluss",
            "crisis",
            "suicide",
        ),
        ("ru", "это моё последнее сообщение, прощайте", "crisis", "suicide"),
        ("uk", "це моє останнє повідомлення. прощавайте", "crisis", "suicide"),
        # a carer who is not coping; "no longer" coping, or beside not wanting to live, stays read
        ("uk", "мама має деменцію, я не справляюся", "none", None),
        ("uk", "mama maye demenciyu, ya ne spravlyayus", "none", None),
        ("uk", "я вже не справляюся, не хочу жити", "crisis", "suicide"),
        ("uk", "я більше не справляюся", "crisis", "suicide"),
        # a small child named in German or by a small age, and the battery swallowed now
        ("ar", "Für meinen Sohn. 3omro sentein, bala3 battariye hala2", "crisis", "emergency_other"),
        ("ar", "ابني عمره سنتين بلع بطارية هلق", "crisis", "emergency_other"),
        ("ar", "3omro sentein w bi7eb yel3ab bel battariyet", "none", None),
        ("ar", "baddi group la ahel, ebni 3omro sentein w 3ando autismus", "none", None),
        # a stroke's signs in Gulf Arabic, two together, told just now; one sign alone, or told as then, is none
        (
            "ar",
            "أدور Angehörigengruppe لأهل مرضى الجلطة في بوتسدام. "
            "أبوي توه وقف كلام على السفرة، نص وجهه طايح وما يحرك يده.",
            "crisis",
            "medical",
        ),
        ("ar", "امي فجأة ما تحرك يدها ونص وجهها نازل", "crisis", "medical"),
        ("ar", "الولد ما يحرك يده من البرد", "none", None),
        ("ar", "نص وجهي طايح من التعب هههه", "none", None),
        ("ar", "اختي توها وقفت كلام معي بسبب الزعل", "none", None),
        (
            "ar",
            "ابوي جاته جلطة قبل سنتين ونص وجهه كان طايح وما يقدر يحرك يده، الحين الحمدلله بخير. ادور قروب للاهالي",
            "none",
            None,
        ),
        ("ar", "ادور قروب للاهالي، ابوي توه متقاعد", "none", None),
    ],
)
def test_what_round_64_read_from_a_tester_and_calm_set_32(lang, text, level, kind):
    assert level_and_kind(text, lang) == (level, kind), text
