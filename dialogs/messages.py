"""Every user-visible sentence of the conversation, in German (the gettext source language).

The person is addressed with "du" throughout. Translations live in locales/<lang>/LC_MESSAGES.
"""

from dialogs.model import N_, Nn_

LANGUAGE_NAMES = {  # each in its own language, as the language buttons show them
    "de": "Deutsch",
    "en": "English",
    "tr": "Türkçe",
    "ar": "العربية",
    "ru": "Русский",
    "uk": "Українська",
}

WELCOME = N_(
    "Hallo! Ich bin der Selbsthilfe-Lotse. Ich helfe dir, eine passende Selbsthilfegruppe in deiner Nähe "
    "zu finden – und die Kontaktstelle, die dir den Kontakt vermittelt.\n"
    "Du bleibst anonym: Ich frage nicht nach deinem Namen oder deiner Telefonnummer.\n"
    "Ich bin kein Notdienst. Wenn du gerade in akuter Not bist, tippe auf „Akute Krise“."
)
FROM_CONTACT_POINT = N_("Du kommst über die Kontaktstelle „{name}“. Ich suche zuerst in ihrer Region.")
ASK_TOPIC = N_(
    "Worum geht es? Schreib es in deinen eigenen Worten (zum Beispiel „mein Mann trinkt“) oder schau dir die Themen an."
)
NOT_UNDERSTOOD = N_(
    "Dazu habe ich leider kein Thema gefunden. Magst du es anders beschreiben, zum Beispiel mit einem "
    "anderen Wort? Du kannst auch die Themen ansehen."
)
ASK_CANDIDATE = N_("Ich bin nicht ganz sicher. Welches Thema passt am besten?")
ASK_CATEGORY = N_("Wähle einen Bereich:")
ASK_TOPIC_IN_CATEGORY = N_("Wähle ein Thema:")
TOPIC_CHOSEN = N_("Thema: {topic}")
ASK_ROLE = N_("Geht es um dich selbst, oder suchst du für jemanden, der dir nahesteht?")
UNDERSTOOD = N_("Verstanden: {summary}")
FOR_SELF = N_("für dich selbst")
FOR_RELATIVE = N_("für Angehörige")
FOR_BOTH = N_("für dich und Angehörige")
ONLINE_PLACE = N_("online")
PLACE_OR_ONLINE = N_("{place} oder online")
ASK_CHANGE = N_("Was möchtest du ändern?")
ASK_PLACE_CHOICE = N_("Welchen Ort meinst du?")
ASK_PLACE_WHOSE = N_(
    "Du hast zwei Orte genannt. Wo soll ich suchen: in deiner Nähe ({own}) oder am anderen Ort ({other})?"
)
LANGUAGE_OFFER = N_("Ich kann dir auch auf Deutsch schreiben.")
ASK_LOCATION = N_(
    "Wo suchst du? Schreib deine Postleitzahl oder deinen Ort, teile deinen Standort – "
    "oder wähle „Online ist auch gut“."
)
ASK_LOCATION_HOME = N_("Du kannst auch in der Region von „{name}“ suchen.")
PLACE_UNKNOWN = N_(
    "Diesen Ort kenne ich leider nicht. Die Gruppen, die ich kenne, treffen sich in Deutschland oder online. "
    "Versuch es bitte mit der Postleitzahl (zum Beispiel 04109) oder einem anderen Ort in Deutschland."
)
PLACE_ABROAD = N_(
    "Dieser Ort liegt nicht in Deutschland. Die Gruppen, die ich kenne, treffen sich in Deutschland oder online."
)
# after PLACE_ABROAD where "where?" was not asked (a town typed under the groups): how to search elsewhere
PLACE_ABROAD_INSTEAD = N_(
    "Schreib mir dafür einen Ort oder eine Postleitzahl in Deutschland – oder suche nach Gruppen, die sich online "
    "treffen."
)
RESULTS_HEADER = Nn_("Ich habe {n} passende Gruppe gefunden:", "Ich habe {n} passende Gruppen gefunden:")
RESULTS_HEADER_NEAR = Nn_(
    "Ich habe {n} passende Gruppe in der Nähe von {place} gefunden:",
    "Ich habe {n} passende Gruppen in der Nähe von {place} gefunden:",
)
RESULTS_HEADER_FAR = Nn_(
    "Ich habe {n} passende Gruppe gefunden. Sie ist {distance} km von {place} entfernt:",
    "Ich habe {n} passende Gruppen gefunden. Die nächste ist {distance} km von {place} entfernt:",
)
RESULTS_HEADER_ONLINE = Nn_(
    "Ich habe {n} passende Gruppe gefunden, die sich online trifft:",
    "Ich habe {n} passende Gruppen gefunden, die sich online treffen:",
)
RESULTS_HEADER_ONLINE_OR_THERE = Nn_(
    "Ich habe {n} passende Gruppe gefunden, online oder vor Ort:",
    "Ich habe {n} passende Gruppen gefunden, online oder vor Ort:",
)
RESULTS_HEADER_AWAY = Nn_(
    "Weiter weg kenne ich {n} passende Gruppe, {distance} km von {place} entfernt:",
    "Weiter weg kenne ich {n} passende Gruppen. Die nächste ist {distance} km von {place} entfernt:",
)
RESULTS_MORE_FAR = N_("Weitere passende Gruppen, die nächste davon {distance} km von {place} entfernt:")
LOCAL_CONTACT_POINT = N_(
    "Die Kontaktstelle in deiner Nähe vermittelt dir auch die Gruppen in der Umgebung und kennt oft noch "
    "weitere, die hier fehlen:"
)
NONE_NEAR = N_(
    "Zu „{topic}“ kenne ich in der Nähe von {place} keine Gruppe. Die Kontaktstelle deiner Region kennt oft "
    "auch Gruppen, die hier nicht stehen, und hilft, eine neue zu gründen:"
)
NONE_NEAR_AT_ALL = N_(
    "Zu „{topic}“ kenne ich in der Nähe von {place} keine Gruppe und auch keine Kontaktstelle, die Gruppen vermittelt."
)
RESULTS_HEADER_RELATED = Nn_(
    "Eine Gruppe genau zu deinem Thema habe ich nicht gefunden, aber {n} Gruppe zu einem verwandten Thema:",
    "Eine Gruppe genau zu deinem Thema habe ich nicht gefunden, aber {n} Gruppen zu verwandten Themen:",
)
NO_ONLINE_GROUPS = N_(
    "Eine Gruppe, die sich online trifft, habe ich dazu leider nicht gefunden. Die Selbsthilfe-Kontaktstellen "
    "wissen oft auch von Online-Gruppen, die hier fehlen."
)
NAKOS = N_(
    "Bundesweit kennt die NAKOS, die Nationale Kontakt- und Informationsstelle für Selbsthilfe, auch "
    "Online-Gruppen und Selbsthilfeorganisationen: {website}"
)
NO_GROUPS_NO_PLACE = N_(
    "Ohne Ort kann ich dir keine Kontaktstelle nennen. Schreib mir deine Postleitzahl, dann finde ich die nächste."
)
GROUP_LINE = N_("{number}. {name}")
AUDIENCE_AFFECTED = N_("für Betroffene")
AUDIENCE_RELATIVES = N_("für Angehörige")
AUDIENCE_BOTH = N_("für Betroffene und Angehörige")
DISTANCE = N_("{distance} km entfernt")
GROUP_CITY = N_("in {city}")
GROUP_CITY_DISTANCE = N_("in {city}, {distance} km entfernt")
ONLINE = N_("trifft sich auch online")
RELATED_TOPIC = N_("zu einem verwandten Thema")
ARRANGED_BY = N_("Kontakt über: {name}")
DETAIL_SCHEDULE = N_("Treffen: {schedule}")
DETAIL_SCHEDULE_ORIGINAL = N_("Treffen (Originaltext): {schedule}")
SCHEDULE_OF = N_("{name}: {schedule}")
SCHEDULE_OF_ORIGINAL = N_("{name} (Originaltext): {schedule}")
MEETS_WEEKLY = N_("jeden {day}, {time}")
MEETS_MONTHLY = N_("jeden {weeks} {day} im Monat, {time}")
# the weeks of a month a group meets in ("jeden 2. und 4. Mittwoch"): the ordinal, as the language writes it
WEEK_1 = N_("1.")
WEEK_2 = N_("2.")
WEEK_3 = N_("3.")
WEEK_4 = N_("4.")
WEEK_5 = N_("5.")
CONTACT_POINT_HEADER = N_("Den Kontakt zur Gruppe vermittelt die Kontaktstelle:")
CP_ADDRESS = N_("Adresse: {address}")
CP_PHONE = N_("Telefon: {phone}")
CP_EMAIL = N_("E-Mail: {email}")
CP_WEBSITE = N_("Website: {website}")
CP_HOURS = N_("Erreichbar: {hours}")
CP_HOURS_ORIGINAL = N_("Erreichbar (Originaltext): {hours}")
CP_LANGUAGES = N_("Sprachen: {languages}")
HOURS_BY_APPOINTMENT = N_("nach Vereinbarung")
CP_DISTANCE = N_("Entfernung: {distance} km")
CP_NEAR = N_("Entfernung: unter 1 km")
# The printed flyer (bot/outreach/): three lines per language on what the bot does, the rest in its first language.
FLYER_WHAT = N_("Finde eine Selbsthilfegruppe in deiner Nähe.")
FLYER_HOW = N_("Anonym und kostenlos, ohne Anmeldung.")
FLYER_LANGUAGES = N_("Im Chat auf Telegram, in sechs Sprachen.")
FLYER_SCAN = N_("Code scannen oder Link öffnen:")
FLYER_CONTACT_POINT = N_("Deine Kontaktstelle vor Ort:")
FLYER_CRISIS = N_("Kein Notdienst. In akuter Not:")
DETAIL_HINT = N_(
    "Du kannst die Kontaktstelle anrufen oder ihr schreiben. Du musst dort nicht sagen, wer du bist, "
    "bevor du die Gruppe kennenlernst."
)
DETAIL_HINT_WRITE = N_(
    "Eine Telefonnummer dieser Kontaktstelle habe ich nicht – schreib ihr am besten eine E-Mail. Du musst dort "
    "nicht sagen, wer du bist, bevor du die Gruppe kennenlernst."
)
DETAIL_HINT_WEBSITE = N_(
    "Telefonnummer und E-Mail dieser Kontaktstelle habe ich nicht – auf ihrer Website steht, wie du sie "
    "erreichst. Du musst dort nicht sagen, wer du bist, bevor du die Gruppe kennenlernst."
)
NO_MORE = N_("Das waren alle Gruppen, die ich gefunden habe.")
CRISIS_SUICIDE = N_(
    "Danke, dass du das schreibst. Es klingt, als ginge es dir gerade sehr schlecht. Du musst da nicht "
    "allein durch. Bitte sprich jetzt mit jemandem – am Telefon, sofort, kostenlos und anonym:"
)
CRISIS_SELF_HARM = N_(
    "Danke, dass du mir das anvertraust. Du musst damit nicht allein bleiben. Hier bekommst du jetzt sofort "
    "Hilfe – kostenlos und anonym:"
)
CRISIS_SOMEONE_CLOSE = N_(
    "Danke, dass du das schreibst. Sich um jemanden so zu sorgen, ist schwer – du musst das nicht allein "
    "tragen. Hier bekommst du sofort Rat, für dich und für ihn oder sie – kostenlos und anonym:"
)
CRISIS_VIOLENCE = N_(
    "Das klingt gefährlich. Deine Sicherheit geht jetzt vor. Wenn du in Gefahr bist, ruf sofort die Polizei an:"
)
CRISIS_MEDICAL = N_("Das klingt nach einem medizinischen Notfall. Bitte ruf sofort Hilfe:")
CRISIS_OVERDOSE = N_(
    "Zu viele Tabletten sind lebensgefährlich, auch wenn du noch nichts merkst. Bitte ruf jetzt sofort den "
    "Notruf – und du musst damit nicht allein bleiben:"
)
CRISIS_SELF_HARM_BLEEDING = N_(
    "Eine tiefe oder stark blutende Wunde ist ein Notfall. Bitte ruf jetzt sofort den Notruf. Drück bis dahin ein "
    "sauberes Tuch fest auf die Wunde und halte sie hoch. Und du musst damit nicht allein bleiben:"
)
CRISIS_SELF_HARM_BLEEDING_CLOSE = N_(
    "Eine tiefe oder stark blutende Wunde ist ein Notfall. Ruf jetzt sofort den Notruf und bleib bei ihr oder ihm. "
    "Drück bis dahin ein sauberes Tuch fest auf die Wunde und halte sie hoch. Auch für dich ist jemand da:"
)
CRISIS_EMERGENCY_OTHER = N_(
    "Das klingt, als wäre jemand gerade in Lebensgefahr. Ruf jetzt sofort den Notruf an und sag, wo ihr seid "
    "und was passiert ist:"
)
# someone drunk at the wheel or driving off with the children now, told by one who sees it (kind `road_danger`)
CRISIS_ROAD_DANGER = N_(
    "Das klingt, als wären gerade andere auf der Straße in Gefahr. Ruf jetzt die Polizei an und sag, wer wo "
    "und mit welchem Auto unterwegs ist – halte niemanden selbst auf, wenn es dich in Gefahr bringt:"
)
CRISIS_WITNESS = N_(
    "Das klingt, als würde gerade jemandem Gewalt angetan. Ruf jetzt die Polizei an und sag, wo es passiert – du "
    "musst nicht selbst dazwischengehen:"
)
CRISIS_CHILD_ABUSE = N_(
    "Danke, dass du mir das erzählst. Was dir passiert, ist nicht in Ordnung, und es ist nicht deine Schuld. "
    "Hier hört dir jemand zu und überlegt mit dir, was du tun kannst – kostenlos und anonym. Wenn du gerade in "
    "Gefahr bist, ruf die Polizei:"
)
CRISIS_CHILD_ABUSE_CLOSE = N_(
    "Danke, dass du das erzählst und hinschaust. Was dem Kind passiert, ist nicht in Ordnung, und es ist weder seine "
    "noch deine Schuld. Hier hört dir jemand zu und überlegt mit dir, wie du es schützen kannst – auch das Kind selbst "
    "kann dort anrufen, kostenlos und anonym. Wenn es gerade in Gefahr ist, ruf die Polizei:"
)
SAFETY_QUESTION = N_(
    "Ich möchte sichergehen, dass ich dich richtig verstehe: Bist du oder ist jemand gerade in Gefahr?"
)
SAFETY_QUESTION_AGAIN = N_(
    "Ich frage noch einmal, damit ich nichts übersehe: Bist du oder ist jemand gerade in Gefahr?"
)
SAFE_CONTINUE = N_("Danke. Dann suchen wir weiter.")
CRISIS_GENERAL = N_("Wenn du gerade in akuter Not bist, bekommst du hier sofort Hilfe – kostenlos und anonym:")
CRISIS_FOOTER = N_("Wenn du magst, suchen wir danach weiter nach einer Gruppe.")
CRISIS_FOOTER_LATER = N_("Die Gruppensuche hat Zeit – wenn du später magst, geht es hier weiter.")
AFTER_CRISIS = N_(
    "Okay. Wenn du magst, suchen wir dort weiter, wo wir waren. Die Nummern zeige ich dir auch gern noch einmal."
)
ONLY_SIGNS = N_(
    "Ein Zeichen allein kann ich leider nicht lesen – schreib mir gern ein paar Worte, so wie sie dir einfallen."
)
CALL_NOW = N_("Bitte ruf jetzt dort an – da ist jemand für dich:")
FOR_YOU_AS_RELATIVE = N_(
    "Dann suche ich Gruppen für Angehörige: Sie sind für dich selbst da. Wenn du selbst betroffen bist, tippe auf "
    "„✏️ Ändern“."
)
# a place typed while violence goes on: kept for the search once the writer is safe, the police's number below
PLACE_KEPT = N_("{place} habe ich mir gemerkt: Dort suche ich weiter, sobald du in Sicherheit bist.")
STILL_THERE = N_("Ich bin noch da. Das Wichtigste zuerst: Bitte ruf hier an – da ist jemand für dich:")
# a language asked about right after a crisis reply ("sprechen die auch türkisch?"): each line of it with its numbers,
# and only what data/crisis says of its languages
LINES_LANGUAGES = N_("Zu den Sprachen der Nummern von eben:")
LINE_INTERPRETERS = N_("{name}: {numbers} – hat Dolmetscherinnen für {count} Sprachen.")
LINE_EVERY_CALL = N_("{name}: {numbers} – nimmt jeden Anruf an.")
LINE_LANGUAGE_UNKNOWN = N_(
    "{name}: {numbers} – ob man dort diese Sprache spricht, weiß ich nicht; es ist ein deutscher Dienst."
)
LINE_BUSY = N_(
    "Wenn gerade besetzt ist oder niemand abnimmt: Versuch es gleich noch einmal oder unter einer anderen Nummer – "
    "manche Stellen haben mehrere Nummern und einen Chat. Wenn du in Lebensgefahr bist, ruf sofort 112 an:"
)
CANNOT_SPEAK = N_(
    "Wenn du nicht telefonieren kannst, ohne gehört zu werden: Bei manchen dieser Stellen kannst du auch im Chat "
    "schreiben – die Adresse steht dabei. Sobald du sicher sprechen kannst, ruf an:"
)
HELP_CALLED = N_("Gut, dass du dir Hilfe geholt hast. Danke, dass du mir das schreibst.")
HELP_COMING = N_("Gut, dass Hilfe unterwegs ist. Danke, dass du mir das schreibst.")
SAFE_NOW = N_("Gut zu hören, dass du jetzt sicher bist. Danke, dass du mir das schreibst.")
HELP_ON_THE_WAY = N_(
    "Bis sie da ist: Bleib bei der Person, wenn das für dich sicher ist, und halte das Telefon bereit. Wenn "
    "etwas schlimmer wird, ruf sofort noch einmal 112 an."
)
HELP_ANONYMOUS = N_(
    "Bei der TelefonSeelsorge musst du deinen Namen nicht sagen – sie ist anonym. Was die Polizei von dir wissen "
    "muss, kann ich dir nicht sicher sagen; frag sie direkt."
)
POLICE_ON_THE_WAY = N_(
    "Bis die Polizei da ist: Geh nicht selbst dazwischen, bleib, wo du sicher bist, und halte das Telefon bereit. "
    "Lass die Polizei herein, wenn sie kommt. Wenn es schlimmer wird, ruf sofort noch einmal 110 an."
)
OTHERS_IN_DANGER = N_(
    "Dann geht es um eure Sicherheit – deine und die aller, die bei dir sind. Das Wichtigste zuerst: Ruf jetzt sofort "
    "hier an und sag, wo ihr seid:"
)
STOPPED = N_(
    "Gut, dass es gerade aufgehört hat. Was dir passiert ist, ist nicht deine Schuld. Hier kannst du in Ruhe "
    "darüber sprechen, wie es weitergeht – kostenlos und anonym:"
)
STOPPED_YOUNG = N_(
    "Gut, dass es gerade aufgehört hat. Was passiert ist, ist nicht deine Schuld. Du entscheidest selbst, mit wem "
    "du sprichst. Hier kannst du erst einmal einfach erzählen, was los ist – kostenlos und anonym:"
)
IF_IT_STARTS_AGAIN = N_("Wenn es wieder anfängt oder du in Gefahr bist, ruf sofort die Polizei an:")
SAFE_GO_ON = N_(
    "Wenn du magst, suchen wir jetzt weiter nach einer Gruppe. Die Nummern zeige ich dir auch gern noch einmal."
)
HELP_GO_ON = N_(
    "Wenn du magst, suchen wir danach weiter nach einer Gruppe. Die Nummern zeige ich dir auch gern noch einmal."
)
NUMBERS_LINE = N_("Die Nummern von eben, falls du sie brauchst: {numbers}")
ANSWER_THANKS_CRISIS = N_(
    "Gern. Pass gut auf dich auf. Wenn du magst, suchen wir weiter nach einer Gruppe – die Nummern zeige ich "
    "dir auch gern noch einmal."
)
CONTACT_POINT_REACH = N_("So erreichst du die Kontaktstelle, die den Kontakt zur Gruppe vermittelt:")
UNKNOWN_QUESTION = N_(
    "Darauf weiß ich keine sichere Antwort. Die Kontaktstelle, die den Kontakt zur Gruppe vermittelt, kennt sie "
    "und beantwortet solche Fragen gern:"
)
CP_HOURS_UNKNOWN = N_(
    "Wann diese Kontaktstelle geöffnet hat, steht nicht in meinem Verzeichnis – frag sie am besten direkt."
)
CONTACT_POINT_NEXT = N_(
    "Gut. Am besten meldest du dich bei dieser Kontaktstelle und sagst einfach, was für eine Gruppe du suchst. Sie "
    "kennt oft auch Gruppen, die hier fehlen, und hilft dir, eine neue zu gründen:"
)
ANSWER_AGE = N_(
    "Die meisten Selbsthilfegruppen sind für Erwachsene. Für junge Leute gibt es manchmal eigene Gruppen – frag "
    "einfach die Kontaktstelle, sie weiß, ob es in deiner Nähe eine gibt. Reden kannst du auch mit der Nummer "
    "gegen Kummer: 116 111 (kostenlos und anonym)."
)
FOR_PARENTS = N_("Für Eltern gibt es auch ein eigenes Telefon zum Reden:")
ANSWER_GROUP_TALK = N_(
    "In einer Selbsthilfegruppe treffen sich Menschen, die Ähnliches erleben, und erzählen einander, wie es ihnen "
    "geht und was ihnen hilft – meist ohne Fachleute, auf Augenhöhe. Niemand muss etwas sagen: Du kannst auch erst "
    "einmal nur zuhören. Wie es in einer bestimmten Gruppe abläuft, weiß die Kontaktstelle."
)
ANSWER_CONTACT_POINT = N_(
    "Eine Selbsthilfe-Kontaktstelle kennt die Selbsthilfegruppen ihrer Region, zu allen Themen. Sie informiert "
    "und berät, auch Angehörige, und vermittelt dir den Kontakt zu einer Gruppe."
)
ANSWER_WHO_LEADS = N_(
    "Eine Selbsthilfegruppe leitet sich selbst: Die Mitglieder gestalten die Treffen gemeinsam, auf Augenhöhe – ohne "
    "Therapeutin oder Therapeuten als Leitung. Wie es in einer bestimmten Gruppe läuft, erzählt dir die Kontaktstelle."
)
ANSWER_DATA_SOURCE = N_(
    "Die Angaben zu den Gruppen und Kontaktstellen stammen von den regionalen Selbsthilfe-Kontaktstellen: Sie "
    "kennen die Gruppen ihrer Region und pflegen diese Angaben. Ob sich eine Gruppe gerade trifft und neue Leute "
    "aufnimmt, weiß die Kontaktstelle."
)
ANSWER_DATA_DEMO = N_("Hier läuft gerade eine Demo: Die Gruppen und Kontaktstellen, die ich zeige, sind erfunden.")
ANSWER_PHONE = N_(
    "Wie du die Kontaktstelle erreichst – Telefon, E-Mail, Adresse –, steht bei jeder Gruppe unter „Details“."
)
ANSWER_WHO = N_(
    "Ich bin der Selbsthilfe-Lotse, ein Computerprogramm: Ich suche mit dir anonym eine Selbsthilfegruppe in deiner "
    "Nähe und nenne dir die Kontaktstelle, die den Kontakt vermittelt.\n"
    "Schreib mir einfach, worum es geht. In akuter Not hilft dir /notfall sofort."
)
LOSS_GENTLE = N_(
    "Es tut mir sehr leid, was du erlebt hast. Es gibt Gruppen für Menschen, die jemanden verloren haben – "
    "ich suche mit dir danach. Wenn es dir selbst gerade sehr schlecht geht, ist hier jederzeit jemand für dich da:"
)
THEN_TOLD = N_("Danke, dass du mir das erzählst. Ich bleibe bei deiner Suche:")
RESOURCE_LINE = N_("{name}: {numbers}")
HELP = N_(
    "So funktioniert es: Ich frage dich, worum es geht, ob du selbst betroffen oder angehörig bist, und wo "
    "du suchst. Dann zeige ich dir passende Gruppen und die Kontaktstelle, die den Kontakt vermittelt.\n"
    "Befehle: /start – neu beginnen, /language – Sprache, /privacy – Datenschutz, /delete – meine Daten "
    "löschen, /notfall – sofortige Hilfe in einer Krise."
)
PRIVACY = N_(
    "Datenschutz: Ich speichere keinen Namen und keine Telefonnummer. Damit das Gespräch weitergehen kann, "
    "merke ich mir nur deinen aktuellen Schritt (Thema, Ort, Sprache) unter einer verschlüsselten Kennung – "
    "höchstens {hours} Stunden nach deiner letzten Nachricht wird das gelöscht. Deine Nachrichten werden nicht "
    "protokolliert. Mit /delete lösche ich alles sofort."
)
FORGET = N_(
    "Deine Nachrichten speichere ich nicht. Ich merke mir nur, wo wir in der Suche sind (Thema, Ort, Sprache), "
    "höchstens {hours} Stunden lang. Soll ich auch das jetzt löschen? Den Chatverlauf auf deinem Handy löschst du in "
    "Telegram selbst („Verlauf leeren“)."
)
DELETED = N_("Erledigt: Ich habe alles gelöscht, was ich mir zu dir gemerkt hatte. Mit /start kannst du neu beginnen.")
ASK_LANGUAGE = N_("Welche Sprache möchtest du?")
LANGUAGE_SET = N_("Ich schreibe dir jetzt auf Deutsch.")
STALE_BUTTON = N_("Dieser Knopf ist nicht mehr aktuell. Hier geht es weiter:")
UNSUPPORTED = N_("Das kann ich leider nicht lesen. Bitte schreib mir in Worten oder nutze die Knöpfe.")
EDITED = N_("Geänderte Nachrichten lese ich nicht. Schick mir bitte eine neue Nachricht.")
SLOW_DOWN = N_(
    "Langsamer bitte: So viele Nachrichten auf einmal kann ich nicht beantworten. Warte einen Moment, "
    "dann lese ich wieder mit. In akuter Not hilft dir /notfall sofort."
)
NOT_DELETED = N_(
    "Ich konnte deine Angaben gerade nicht löschen. Bitte schick /delete gleich noch einmal. Wenn du "
    "eine Weile nicht schreibst, lösche ich sie ohnehin von selbst."
)
NOT_DELIVERED = N_(
    "Entschuldige, meine Antwort ist gerade nicht bei dir angekommen. Bitte schick deine letzte Nachricht "
    "noch einmal. In akuter Not hilft dir /notfall sofort."
)
PRIVATE_ONLY = N_("Ich arbeite nur im privaten Chat – hier ist der Link: {link}")
ROLE_NOT_UNDERSTOOD = N_("Bitte wähle einen der Knöpfe:")
EMPTY_TEXT = N_("Ich habe keine Worte gefunden. Schreib mir bitte, worum es geht.")
ACKNOWLEDGED = N_(
    "Gut. Wenn du noch etwas wissen möchtest, frag mich einfach – oder wähle unten eine Gruppe oder einen "
    "nächsten Schritt."
)
ACKNOWLEDGED_NO_GROUPS = N_(
    "Gut. Wenn du noch etwas wissen möchtest, frag mich einfach – oder wähle unten einen nächsten Schritt."
)
NOT_UNDERSTOOD_HERE = N_(
    "Das habe ich nicht verstanden. Du kannst mir ein anderes Thema oder einen anderen Ort schreiben – "
    "oder unten weitermachen."
)
ASK_PLACE_ONLY = N_("Wo suchst du? Schreib deine Postleitzahl oder deinen Ort – oder teile deinen Standort.")
NO_ONLINE_ASK_PLACE = N_(
    "Eine Gruppe, die sich online trifft, habe ich dazu leider nicht gefunden. Bundesweit kennt die NAKOS auch "
    "Online-Gruppen: {website}\nSchreib mir deinen Ort oder deine Postleitzahl – dann zeige ich dir die Gruppen in "
    "deiner Nähe und die Kontaktstelle, die oft auch Online-Gruppen kennt."
)
ANSWER_LENGTH = N_(
    "Wie lange ein Treffen dauert und zu welcher Tageszeit es ist, ist von Gruppe zu Gruppe verschieden. Die "
    "Kontaktstelle weiß es und sagt es dir gern."
)
ANSWER_ALONE = N_(
    "Du kannst allein hingehen – niemand muss mitkommen. Eine Gruppe für Angehörige ist für dich da, auch wenn die "
    "Person, um die du dich sorgst, nicht dabei ist. Die Kontaktstelle hilft dir beim ersten Besuch."
)
ANSWER_ALONE_SELF = N_(
    "Du kannst allein hingehen – niemand muss mitkommen. Die Kontaktstelle hilft dir beim ersten Besuch."
)
ANSWER_ALONG = N_(
    "Ob jemand mitkommen kann, ist von Gruppe zu Gruppe verschieden – oft sind Partner oder Angehörige willkommen. "
    "Frag einfach die Kontaktstelle, sie weiß es."
)
ANSWER_COST = N_("Selbsthilfegruppen sind kostenlos. Auch die Kontaktstelle kannst du einfach fragen.")
ANSWER_WHEN = N_(
    "Wann und wo sich eine Gruppe trifft, weiß die Kontaktstelle. Sie vermittelt dir den Kontakt und hilft dir "
    "beim ersten Besuch."
)
ANSWER_WHEN_SCHEDULE = N_("So steht es in meinem Verzeichnis:")
ANSWER_WHEN_CHECK = N_(
    "Ob das noch stimmt und wo genau die Treffen sind, weiß die Kontaktstelle. Sie vermittelt dir den Kontakt "
    "und hilft dir beim ersten Besuch."
)
ANSWER_PARENTS_TOLD = N_(
    "Du musst nicht sagen, wer du bist: In der Gruppe und bei der Kontaktstelle kannst du anonym bleiben, und auch "
    "dieser Chat kennt deinen Namen nicht. Frag die Kontaktstelle ruhig vorher, wie sie es mit Jugendlichen hält."
)
ANSWER_ANONYMOUS = N_(
    "Die Teilnahme an einer Selbsthilfegruppe ist freiwillig und anonym. Du musst niemandem sagen, wer du bist – "
    "auch der Kontaktstelle nicht, wenn du erst einmal nur fragen willst."
)
ANSWER_LANGUAGE = N_(
    "Die meisten Gruppen treffen sich auf Deutsch. Ob es eine Gruppe in deiner Sprache gibt oder jemand "
    "übersetzen kann, weiß die Kontaktstelle – frag sie einfach."
)
ANSWER_THANKS = N_(
    "Gern! Alles Gute für dich. Wenn du wieder suchen möchtest, schreib mir einfach. Und wenn es dir einmal "
    "sehr schlecht geht, findest du mit /notfall sofort Hilfe."
)
ANSWER_BOT = N_(
    "Ich bin ein Computerprogramm, kein Mensch. Hier liest niemand mit: Ich zeige dir Gruppen und die "
    "Kontaktstelle – mit Menschen sprichst du dann dort."
)
ANSWER_HELLO = N_("Hallo! Schön, dass du da bist.")
ANSWER_HELLO_AGAIN = N_("Hallo nochmal! Wir machen da weiter, wo wir waren.")
ANSWER_TALK = N_(
    "Manchmal braucht man einfach jemanden zum Reden. Hier hört dir jederzeit jemand zu, kostenlos und anonym:"
)
ANSWER_TALK_GROUPS = N_(
    "Und in einer Selbsthilfegruppe triffst du Menschen, die Ähnliches erleben. Erzähl mir gern, worum es geht."
)

BUTTON_CRISIS = N_("🆘 Akute Krise")
BUTTON_LANGUAGE = N_("🌐 Sprache")
BUTTON_BROWSE = N_("Themen ansehen")
BUTTON_NONE = N_("Nichts davon")
BUTTON_AFFECTED = N_("Um mich selbst")
BUTTON_RELATIVE = N_("Für jemanden, der mir nahesteht")
BUTTON_BOTH = N_("Beides / weiß nicht")
BUTTON_ONLINE = N_("Online ist auch gut")
BUTTON_SHARE_LOCATION = N_("📍 Standort teilen")
BUTTON_HOME_REGION = N_("Region von {name}")
BUTTON_DETAILS = N_("{number}. Details")
BUTTON_MORE = N_("Weitere Gruppen")
BUTTON_NEW_SEARCH = N_("Neue Suche")
BUTTON_FORGET = N_("🗑 Ja, alles löschen")
BUTTON_BACK = N_("Zurück")
BUTTON_RESULTS = N_("Zurück zur Liste")
BUTTON_CONTINUE = N_("Weiter mit der Gruppensuche")
BUTTON_NUMBERS_AGAIN = N_("Die Nummern noch einmal")
BUTTON_CHANGE = N_("✏️ Ändern")
BUTTON_CHANGE_TOPIC = N_("Thema")
BUTTON_CHANGE_ROLE = N_("Für wen")
BUTTON_CHANGE_PLACE = N_("Ort")
BUTTON_OTHER_PLACE = N_("Anderer Ort")
BUTTON_DANGER = N_("Ja, ich brauche jetzt Hilfe")
BUTTON_SAFE = N_("Nein, ich suche eine Gruppe")
SHARE_LOCATION_HINT = N_(
    "Tippe auf den Knopf unten, um deinen Standort zu teilen – oder schreib deine Postleitzahl oder deinen Ort."
)
MENU_HELP = N_("Hilfe")
MENU_PRIVACY = N_("Datenschutz")
MENU_DELETE = N_("Meine Daten löschen")
BOT_SHORT_DESCRIPTION = N_(
    "Anonym zur passenden Selbsthilfegruppe in deiner Nähe. Kein Notdienst – bei akuter Not: 112."
)
BOT_DESCRIPTION = N_(
    "Der Selbsthilfe-Lotse hilft dir, anonym eine passende Selbsthilfegruppe in Deutschland zu finden, und nennt "
    "dir die Selbsthilfe-Kontaktstelle, die den Kontakt vermittelt. Du musst keinen Namen angeben. "
    "Ich bin kein Notdienst. In akuter Not: {crisis}."
)
