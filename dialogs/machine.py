"""The conversation as a pure state machine: step(state, event, services) -> (state, replies).

Read top to bottom: first what holds in every step (crisis check, commands, stale buttons), then
how a typed message is taken (whatever it says about topic, role and place, in any step), then
the table TRANSITIONS that says, for each step, which events it accepts and who handles them.
What each step says is in dialogs/replies.py. A returned state of None means "forget this person
now" (/delete).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from dialogs import messages as m
from dialogs.deep_link import read_payload
from dialogs.model import (
    LANGUAGES,
    MAX_HELD,
    Asked,
    Button,
    Choice,
    Command,
    Event,
    Location,
    Msg,
    Reply,
    Start,
    State,
    Step,
    Text,
    Unsupported,
)
from dialogs.model import Outcome as Reached
from dialogs.outcomes import counted
from dialogs.replies import (
    CRISIS_INTROS,
    INTENT_ANSWERS,
    NAKOS_WEBSITE,
    PAGE_SIZE,
    PRIVACY_NOTE,
    STARTS_AGAIN,
    STOPPED,
    STOPPED_YOUNG,
    TALK,
    TO_HIM,
    TOPIC_ROW,
    YOUNG,
    acknowledged,
    after_crisis_reply,
    call_now,
    contact_point_next,
    crisis_replies,
    detail_replies,
    intent_replies,
    language_offer,
    language_switched,
    lead,
    lines_languages,
    numbers_line,
    prompt,
    question_answers,
    question_for_the_contact_point,
    resource_lines,
    results_replies,
    stopped_reply,
    understood_line,
    who_else_listens,
    with_change_button,
    worried,
    worried_parent,
)
from dialogs.services import Services
from dialogs.text import clauses, is_question, keeps_its_script, normalise, script_language
from dialogs.triage import MODEL_SIGNAL, Triage
from dialogs.views import CrisisHelp, Understanding

MAX_TEXT = 4096
CRISIS_COMMANDS = ("notfall", "sos", "crisis", "krise")
GENERAL = "general"  # the danger a crisis reply answered when it was asked for (/notfall), not read
HELP_TOLD = frozenset({"help_called", "help_coming", "safe_now"})  # data/intents.yaml: help come, on its way, safe
UNREACHED = {"cannot_speak": m.CANNOT_SPEAK, "line_busy": m.LINE_BUSY}  # data/intents.yaml: no call possible
# the help on its way is the police: let them in
POLICE_DANGERS = ("violence_now", "violence_to_him", "witness", "road_danger", "child_abuse")
HARMED_NOW = ("violence_now", "violence_to_him", "child_abuse")  # violence to the writer: its stopping said back
# a danger the writer is in while it goes on: no search until they say they are safe
ONGOING = ("violence_now", "violence_to_him")
OWN_ONGOING = ("child_abuse",)  # one that goes on for a young writer (the abuser at home now: "он сейчас дома")
ASKED_BESIDE = ("hours", "age")  # data/intents.yaml's questions answered by the conversation itself
# the topic a danger to someone close names, when their message names none ("hat sich geritzt")
DANGER_TOPICS = {
    "self_harm": "selbstverletzung",
    "self_harm_bleeding": "selbstverletzung",
    "suicide": "suizidalitaet",
    "violence_now": "gewalt",
    "violence_to_him": "gewalt",
}
# the writer's own danger that names a group's topic
OWN_DANGER_TOPICS = {"self_harm": "selbstverletzung", "self_harm_bleeding": "selbstverletzung"}
SHORT_ASIDE_WORDS = 2  # words too few to tell a search under way is now in another language (see short_aside)
OF_DANGER = (Asked.SAFETY, Asked.CRISIS)  # what a danger left open for a typed answer
OWN_DANGERS = ("suicide", "self_harm", "violence_now", "violence_to_him", "overdose", "medical")  # the writer's own

Outcome = tuple[State | None, list[Reply]]
Handler = Callable[[State, Event, Services], Outcome]


def step(state: State, event: Event, services: Services) -> Outcome:
    """Answer one event; the new state carries the outcome it reached for the demand report
    (`State.reached`, see dialogs/outcomes.py)."""
    new, replies = answer(state, event, services)
    return counted(new, replies, services), replies


def answer(state: State, event: Event, services: Services) -> Outcome:
    """Crisis first, then a typed answer to what was just asked, then commands valid everywhere,
    then the step's own table."""
    if isinstance(event, Text):
        text = event.text.strip()[:MAX_TEXT]
        letters = not _answers_whom(state, text, services)
        verdict = services.triage(text, state.lang, letters=letters, bereaved=state.consoled)
        if numbers_given(state, verdict) or topic_after_no(state, text, verdict, services):
            verdict = replace(verdict, level="none")
        event = Text(text, verdict.loss and not services.lost_only_money(text, state.lang), verdict.then)
        said = services.yes_or_no(text, opening=state.asked == Asked.SAFETY)
        reacted = said_of_help(state, event, verdict, said, services)
        if reacted:
            return reacted
        answered = said in ("yes", "unsure") or (said == "no" and verdict.level == "none")
        if state.asked in OF_DANGER and not verdict.crisis and answered:
            return answer_typed(state, said, services)
        if verdict.level != "none" and told_again(state, event.text, verdict, services):
            new, replies = read_text(state.aged(), event, services)
            kind, young = _danger_answer(state.answered)
            help_ = services.crisis_help(kind, young, state.lang, worried_parent(state, kind))
            return new, lead(numbers_line(help_), replies)
        if verdict.level != "none":
            return danger_first(state, event, verdict, services)
    state = state.aged()
    if isinstance(event, Start):
        return start(state, event, services)
    if isinstance(event, Command):
        return command(state, event, services)
    if isinstance(event, Choice) and event.action in GLOBAL_CHOICES:
        return GLOBAL_CHOICES[event.action](state, event, services)
    handler = TRANSITIONS[state.step].get(_kind(event))
    if handler is None:
        return state, [_stale_or_unsupported(event), *prompt(state, services)]
    return handler(state, event, services)


def said_of_help(state: State, event: Text, verdict: Triage, said: str | None, services: Services) -> Outcome | None:
    """After a crisis reply or the safety question, what the person says of help, unless a danger is told in words
    beside it (the letters alone do not override it): no call possible without being heard, or the line busy, gets
    every number again with that said ("die telefonseelsorge is dauernd besetzt", "arayamam sesimi duyar"); safe, ok or
    better turned by a negation ("i am not safe again", "мне не лучше") is a danger answer, as a "ja" is; help
    called, come or on its way, or safe now, is said back (`help_told`), but feeling better after one's own overdose
    gets the emergency number again ("mir gehts besser": pills act before one feels them); violence to the writer
    that has stopped ("he stopped, he went out") or does not go on now ("сейчас спокойно, он на работе, я ищу группу")
    is said back too (`stopped`), unless it is a whole "no" ("не сейчас, он на работе"). A yes or no to the safety
    question is its answer, whatever else it says."""
    if not (state.answered or state.asked == Asked.SAFETY) or (verdict.crisis and verdict.signal != MODEL_SIGNAL):
        return None
    asked = services.asks(event.text)
    unreached = next((intro for name, intro in UNREACHED.items() if name in asked), None)
    if unreached and state.answered:
        return numbers_again(state.aged(), services, unreached, every=True)
    # "i am not safe again", "güvende değilim": a danger answer, never safe (right after, or where read as safe)
    if "not_safe" in asked and (state.asked in OF_DANGER or "safe_now" in asked):
        return answer_typed(state, "yes", services)
    told = asked & HELP_TOLD
    stopped_now = state.asked == Asked.CRISIS and _danger_answer(state.answered)[0] in HARMED_NOW
    # right after its crisis reply, not a search later
    stopped_said = "danger_stopped" in asked and "danger_not_stopped" not in asked
    if stopped_said and not told and stopped_now and said != "no":
        return stopped(state.aged(), services)
    if not told or (state.asked == Asked.SAFETY and said):
        return None
    if told == {"safe_now"} and _danger_answer(state.answered)[0] == "overdose":
        return numbers_again(state.aged(), services, m.CRISIS_OVERDOSE)
    return help_told(state.aged(), event, told, services)


def help_told(state: State, event: Text, told: frozenset[str], services: Services) -> Outcome:
    """After a crisis reply or the safety question, help called, come or on its way, or the writer safe now ("ok ich
    hab 112 angerufen, bin jetzt im krankenhaus", "polisi aradim geliyorlar"): said back, not the number pushed again.
    Help on the way: stay with the person where that is safe, the phone at hand, 112 again if anything gets worse
    (nothing medical beyond that); for violence the police is on its way: not to step in, to let them in, 110 again.
    An everyday question beside it is answered in the same message (a name: the TelefonSeelsorge is anonymous, for
    the police the bot does not know); a place or a topic it names is taken and the search goes on there ("ana
    b2amen hala2. bas bade group la ekti2ab"; its words of police or ambulance name no topic); the groups asked for
    where the search knows all it needs ("gehts wieder. zeig mir bitte die gruppen") are shown; else the way on (now,
    when the writer is safe), with the numbers a tap away."""
    first = m.HELP_COMING if "help_coming" in told else m.HELP_CALLED if "help_called" in told else m.SAFE_NOW
    police = _danger_answer(state.answered)[0] in POLICE_DANGERS
    on_the_way = m.POLICE_ON_THE_WAY if police else m.HELP_ON_THE_WAY
    lines = [Msg(first), *([Msg(on_the_way)] if "help_coming" in told else [])]
    understood = reading(state, event.text, services)
    asked = tuple(i for i in understood.intents if i not in ("anonymous", "thanks", "hello", "help", "talk"))
    lines += [Msg(m.HELP_ANONYMOUS)] if "anonymous" in understood.intents else []
    answers = question_answers(asked, state.role)
    lines += list(answers.parts) if answers else []
    calm = state.asking(Asked.NOTHING).with_(role=state.role or safe_writer(state, told))
    if understood.places or understood.online or understood.topics:  # "bin sicher, wir sind in Leipzig": on there
        new, replies = read_text(calm, Text(event.text, event.loss, event.then), services)
        return new, [Reply(tuple(lines)), *replies]
    if "show_groups" in services.asks(event.text) and search_known(calm):  # "gehts wieder. zeig mir die gruppen"
        new, replies = ask_next(calm, services)
        return new, [Reply(tuple(lines)), *replies]
    go_on = m.SAFE_GO_ON if first == m.SAFE_NOW else m.HELP_GO_ON
    return calm, [replace(after_crisis_reply(), parts=(*lines, Msg(go_on)))]


def search_known(state: State) -> bool:
    """Whether the search has all it needs for its groups: a topic, whom for, a place or online."""
    return bool((state.topic_ids or state.query) and state.role and (state.place or state.online_ok))


def safe_writer(state: State, told: frozenset[str]) -> str | None:
    """Whom the search is for, said with "I'm safe again" ("я уже в безопасности", "artık güvendeyim") after the
    crisis reply to the writer's own danger: the writer, who said it of themselves, so a topic typed next ("депрессия")
    is not asked about again ("for you or someone close?"). Someone else's danger, or one told as a relative's (the
    crisis reply spoke to them as one who worries), says nothing of whom."""
    kind = _danger_answer(state.answered)[0]
    theirs = kind not in OWN_DANGERS or worried(state, kind)
    return None if "safe_now" not in told or theirs else "affected"


def stopped(state: State, services: Services) -> Outcome:
    """Violence to the writer that has stopped for now, told after its crisis reply ("he stopped, he went out. i
    dont want police my mum will be mad", "er ist weg"): no second crisis reply of every line, but that it stopped
    and is not their fault, someone to talk it through with (a child or teenager their own line, whose hours it
    says; a man hit by his wife the TelefonSeelsorge, `talk`: the women's line is not his), and the police for when it
    starts again (data/crisis: `stopped`, `starts_again`). The danger no longer
    goes on: the way on is open."""
    kind, young = _danger_answer(state.answered)
    young = young or state.young or kind == "child_abuse"
    listen = services.crisis_help(STOPPED_YOUNG if young else TALK if kind == TO_HIM else STOPPED, False, state.lang)
    again = services.crisis_help(STARTS_AGAIN, False, state.lang)
    return state.asking(Asked.NOTHING), [stopped_reply(listen, again, young)]


def numbers_given(state: State, verdict: Triage) -> bool:
    """Whether the crisis reply has been given and only the letter model, no word of danger, asks
    again: "wir sind in Leipzig, welche Gruppe gibt es für mich?" after "mein Bruder hat Tabletten
    geschluckt" goes on with the search (the numbers stay a tap away); a danger told in words is
    answered as ever."""
    return bool(state.answered) and verdict.level == "check" and verdict.signal == MODEL_SIGNAL


def topic_after_no(state: State, text: str, verdict: Triage, services: Services) -> bool:
    """Whether an unclear sign is only the name of a group's topic, typed after the person said "no, I'm looking
    for a group" ("häusliche gewalt", "домашнє насильство"): what they look for, not the question again. Danger told
    in any other words is asked about or answered as ever."""
    if not state.safe_said or verdict.level != "check" or not verdict.danger_words:
        return False
    words = normalise(text).split()
    return services.names_topic(" ".join(words[i] for i in verdict.danger_words if i < len(words)))


def _answers_whom(state: State, text: str, services: Services) -> bool:
    """An answer to whom the search is for, read for danger by the lexicon alone: where that was asked, and a
    message that says nothing else anywhere in a search ("für mich, ich bin seine frau" where the place was asked:
    the letters of "seine Frau" are those of many messages of violence): each of its clauses a role answer."""
    if state.step == Step.ROLE:
        said = services.role_answer(text) or services.understand(text, state.lang, state.home_contact_point).role
        return said is not None
    parts = clauses(text)
    told = bool(state.topic_ids or state.query) and bool(parts)
    return told and all(services.role_answer(part) is not None for part in parts)


def _kind(event: Event) -> str:
    return f"choice:{event.action}" if isinstance(event, Choice) else type(event).__name__.lower()


def _stale_or_unsupported(event: Event) -> Reply:
    return Reply((Msg(m.UNSUPPORTED if isinstance(event, Unsupported | Location | Text) else m.STALE_BUTTON),))


def _stale(state: State, services: Services) -> Outcome:
    return state, [Reply((Msg(m.STALE_BUTTON),)), *prompt(state, services)]


# ---------------------------------------------------------------- what every step understands
def start(state: State, event: Start, services: Services) -> Outcome:
    """A fresh start, in one message: the welcome leads into the first question. A flyer's deep
    link presets the contact point's region and maybe the language."""
    lang = event.client_lang if event.client_lang in LANGUAGES else state.lang
    contact_point, payload_lang = read_payload(event.payload or "")
    lang = payload_lang or lang
    flyer = services.contact_point_place(contact_point) if contact_point else None
    fresh = State(
        lang=lang,
        lang_chosen=bool(payload_lang) or state.lang_chosen,
        home_contact_point=contact_point if flyer else None,
        counted=state.counted,
    )
    greeting: tuple[Msg, ...] = (Msg(m.WELCOME),)
    if flyer:
        greeting += (Msg(m.FROM_CONTACT_POINT, {"name": flyer[0]}),)
    question = prompt(fresh, services)[0]
    language = (Button(Msg(m.BUTTON_LANGUAGE), "language"),)
    return fresh, [Reply(greeting + question.parts, (*question.buttons, language))]


def command(state: State, event: Command, services: Services) -> Outcome:
    name = event.name.lower()
    if name in CRISIS_COMMANDS:
        return crisis(state, None, state.young, services)
    if name == "help":
        return state, [Reply((Msg(m.HELP),)), *prompt(state, services)]
    if name == "privacy":
        return state, [Reply((PRIVACY_NOTE,))]
    if name == "delete":
        return forget(state, Choice("forget"), services)
    if name == "language":
        return choose_language(state, Choice("language"), services)
    if name == "back":
        return go_back(state, Choice("back"), services)
    return state, [Reply((Msg(m.HELP),)), *prompt(state, services)]


def danger_first(state: State, event: Text, verdict: Triage, services: Services) -> Outcome:
    """The crisis reply, or for an unclear sign the safety question, which stays open for a typed
    "ja" or "nein" (see answer_typed). What else the text said is taken, so that carrying on never
    asks for it again (see beside_danger), and what it asked is answered after a "no" (see answer_safe);
    a group's card that no longer answers the search gives way to the list. It is said in the message's
    language unless the person chose one (see spoken_in)."""
    state = spoken_in(state, event.text, verdict, services)
    heard = beside_danger(state, event.text, verdict, services)
    understood = take(state, heard)
    if state.step == Step.DETAIL and understood.search() != state.search():  # the card no longer answers
        understood = understood.with_(step=Step.RESULTS, group_id=None, back=state.back[:-1])
    if services.understand(event.text, state.lang, state.home_contact_point).young:  # "bin 15, mein vadder ..."
        understood = understood.with_(young=True)
    young = verdict.young or understood.young
    if verdict.crisis:
        return crisis(understood, verdict.kind, young, services, verdict.own)
    answer = (verdict.kind or "") + (YOUNG if young else "")
    held = questions_asked(heard, services.asks(event.text))[:MAX_HELD]  # "is someone reading this?": after "no"
    return understood.asking(Asked.SAFETY, answer, held), [safety_question(answer)]


def spoken_in(state: State, text: str, verdict: Triage, services: Services) -> State:
    """The conversation in the language a message of danger is written in ("не хочу больше жить",
    "bdi ente7er" with no language chosen): a crisis reply in another language is unreadable for the
    person. The app's language is the phone's, not a choice made here (many keep a German or English
    phone whatever they read best), so it gives way to the message's; a language the person (or
    their flyer) chose stays, and the language button changes it back."""
    lang = written_in(state, text, services.understand(text, state.lang, state.home_contact_point).language)
    lang = lang or written_in(state, text, verdict.lang)
    return state.with_(lang=lang) if lang else state


def written_in(state: State, text: str, lang: str | None) -> str | None:
    """The language the conversation goes on in, when a message is clearly written in another one than it
    speaks (two words only that language has, or its script: see Reader.language) and the person (or their
    flyer) chose none: people write in the language they read best, whatever their phone's. A single word
    that many languages share ("ok", "Leipzig") tells none; a message in Cyrillic or Arabic letters with
    German words in it keeps its script's language ("heute nacht mach ich schluss, таблетки уже приготовила"
    after Russian: still Russian), nor does a short answer in the middle of a search (see short_aside)."""
    if state.lang_chosen or lang not in LANGUAGES or lang == state.lang or keeps_its_script(state.lang, lang, text):
        return None
    return None if short_aside(state, text) else lang


def short_aside(state: State, text: str) -> bool:
    """Whether a message is too short to move a search under way into another language by its words alone: "ich
    selbst" (myself) in a Turkish chat answers whom the search is for in the words the writer has at hand, and the
    next Turkish message would switch back. A script of its own still tells ("برلين" alone is Arabic)."""
    short = len(normalise(text).split()) <= SHORT_ASIDE_WORDS
    return short and bool(state.topic_ids or state.query) and script_language(text) is None


def safety_question(answer: str, msgid: str = m.SAFETY_QUESTION) -> Reply:
    """ "Bist du oder ist jemand gerade in Gefahr?"; `answer` is what its yes button says."""
    buttons = ((Button(Msg(m.BUTTON_DANGER), "danger", answer),), (Button(Msg(m.BUTTON_SAFE), "safe"),))
    return Reply((Msg(msgid),), buttons)


def beside_danger(state: State, text: str, verdict: Triage, services: Services) -> Understanding:
    """What a message that shows danger adds to the search. An unclear sign's message is read as
    if it had come without the safety question (see unclear_sign): a "no" means it was a message
    about the search. A crisis reply's danger words are no topic to search for: they make
    "Lebenskrise" and "für dich selbst" out of despair. So in the middle of a search (a topic is
    known) it takes only a place, if none is known yet ("Weiter" goes on with Krebs, for
    relatives, in Bautzen). Before any topic, whatever else it says is taken, so that carrying on
    never asks for it again. Its topics: when someone close harms the writer, the one its danger
    words name, for the writer ("mein Freund schlägt mich, ich hab Angst": Gewalt, for oneself;
    fear in a crisis is no anxiety disorder); when the danger is someone else's, every topic the
    message names, danger words too, else the one the danger itself names, for a relative ("my
    daughter cuts herself", "hat sich geritzt": Selbstverletzung); when it is the writer's own,
    those of its other words, unless its danger words name an illness (a medical emergency:
    "Schlaganfall"), and their own self-harm is Selbstverletzung when nothing else is named ("ich bin
    17 und ritz mich wieder": those groups exist for them too); someone close who drinks and hits
    them is both, Alkohol for relatives and Gewalt for themselves. A known role or place is kept."""
    if not verdict.crisis:
        return unclear_sign(state, text, verdict, services)
    heard = heard_for(state, services.understand(text, state.lang, state.home_contact_point))
    rest = " ".join(w for i, w in enumerate(normalise(text).split()) if i not in verdict.danger_words)
    beside = services.understand(rest, state.lang, state.home_contact_point)
    if state.topic_ids or state.query:
        heard = Understanding(places=heard.places, online=heard.online)
    elif heard.harmed and heard.role == "affected" and set(heard.topics) - set(beside.topics):
        named = tuple(t for t in heard.topics if t not in beside.topics)
        heard = replace(heard, topics=named, candidates=(), name_words=())
    elif (heard.role != "relative" or heard.harmed) and (
        beside.topics or beside.candidates or verdict.kind != "medical"
    ):
        own = own_danger_topic(verdict, heard.harmed) if not (beside.topics or beside.candidates) else None
        topics = (own,) if own and services.topic_name(own, state.lang) else beside.topics  # "ich ritz mich wieder"
        topics += tuple(t for t in heard.own_topics if t not in topics)  # "мій чоловік п'є і б'є мене": Gewalt
        heard = replace(heard, topics=topics, candidates=beside.candidates, name_words=beside.name_words)
    else:
        topics = tuple(t for t in heard.topics if not services.generic(t))
        named = DANGER_TOPICS.get(verdict.kind or "")
        if not topics and named and services.topic_name(named, state.lang):  # "hat sich geritzt"
            topics = (named,)
        heard = replace(heard, topics=topics)
    known_place = state.place or state.online_ok
    return replace(
        heard,
        role=None if state.role else heard.role,
        places=() if known_place else heard.places,
        online=heard.online and not known_place,
    )


def own_danger_topic(verdict: Triage, harmed: bool) -> str | None:
    """The topic the writer's own danger names where their words name none: their self-harm is Selbstverletzung,
    violence done to them (the roles read them as the one harmed: "mij cholovik mene bje") Gewalt."""
    if harmed and verdict.kind in HARMED_NOW:
        return DANGER_TOPICS.get(verdict.kind or "", "gewalt")
    return OWN_DANGER_TOPICS.get(verdict.kind or "")


def unclear_sign(state: State, text: str, verdict: Triage, services: Services) -> Understanding:
    """What a message with an unclear sign says, as read_text reads it ("eigentlich eher das mit
    dem Trinken, für mich": for oneself). When it names no topic and none is known, it still told
    of distress: the topics distress names are offered ("nichts macht mehr Spaß, seit Monaten"),
    after the one its sign of danger names ("mein Mann wird manchmal handgreiflich": Gewalt)."""
    heard = reading(state, text, services)
    if state.topic_ids or state.query:
        return without_dangers_topics(heard, verdict)
    if heard.topics or heard.candidates or heard.name_words:
        return heard
    named = DANGER_TOPICS.get(verdict.kind or "")
    offered = (named, *services.distress_topics()) if named else services.distress_topics()
    return replace(heard, candidates=tuple(dict.fromkeys(offered)))


def without_dangers_topics(heard: Understanding, verdict: Triage) -> Understanding:
    """What an unclear sign's message says to a search under way, but the topic of the danger it is asked about
    ("hab mir weh getan" names Selbstverletzung; a sign of no kind, any danger's topic): a "no" to the question says
    that danger is not theirs, so it replaces no topic chosen (Rheuma), nor does its "I" say whom the search is for;
    another topic the message names is taken as ever, and so is a place."""
    dangers = {DANGER_TOPICS[verdict.kind]} if verdict.kind in DANGER_TOPICS else set(DANGER_TOPICS.values())
    if not dangers & {*heard.topics, *heard.candidates}:
        return heard
    topics = tuple(t for t in heard.topics if t not in dangers)
    candidates = tuple(t for t in heard.candidates if t not in dangers)
    if topics or candidates:
        own = tuple(t for t in heard.own_topics if t in topics)
        return replace(heard, topics=topics, candidates=candidates, own_topics=own)
    return replace(heard, topics=(), candidates=(), name_words=(), own_topics=(), role=None, relations=())


def told_again(state: State, text: str, verdict: Triage, services: Services) -> bool:
    """Whether someone close tells again of the danger the last crisis reply answered ("sie ritzt
    sich" after "meine Tochter hat sich geritzt"): they heard the numbers and are looking for a
    group; a second crisis reply would hold them in a loop. Their own danger is answered always."""
    if not state.answered or _danger_answer(state.answered)[0] != verdict.kind:
        return False
    heard = services.understand(text, state.lang, state.home_contact_point)
    return (heard.role or state.role) == "relative" and not heard.harmed


def crisis(state: State, kind: str | None, young: bool, services: Services, own: bool = False) -> Outcome:
    """The crisis reply, to the writer or to one worried about someone close (`own`: the triage
    read the danger as the writer's); a typed "nein" after it is answered (see answer_typed)."""
    answered = (kind or GENERAL) + (YOUNG if young else "")
    new = state.asking(Asked.CRISIS).with_(answered=answered, answered_own=own, safe_said=False)
    return new, crisis_replies(new, kind, young, services)


def _danger_answer(value: str) -> tuple[str | None, bool]:
    """The kind of danger and whether the person is young, from the safety question's "yes"."""
    kind = value.removesuffix(YOUNG)
    return (kind if kind in CRISIS_INTROS else None), value.endswith(YOUNG)


def answer_danger(state: State, event: Choice, services: Services) -> Outcome:
    return crisis(state, *_danger_answer(event.value), services)


def answer_safe(state: State, event: Choice, services: Services) -> Outcome:
    """No danger: on where the person was, with what they typed already taken in (and said), and
    what that message asked answered ("ist das hier anonym?", "is some guy reading all this?": the
    question that was held up by the safety question); a group's card stays shown when the message
    changed nothing of the search (see danger_first)."""
    new = state.asking(Asked.NOTHING).with_(safe_said=True)
    if new.step == Step.DETAIL:
        replies = prompt(new, services)
    elif not (new.topic_ids or new.query or new.role or new.place or new.online_ok):
        new, replies = ask_next(new, services)
    else:
        new, replies = ask_next(new, services, first=understood_line(new, services))
        replies = with_change_button(replies)
    asked = question_answers(state.held, new.role)
    for part in reversed((Msg(m.SAFE_CONTINUE), *(asked.parts if asked else ()))):
        replies = lead(part, replies)
    if asked and asked.buttons:  # "lösch das alles": its button with the question's answer
        replies = [replace(replies[0], buttons=(*asked.buttons, *replies[0].buttons)), *replies[1:]]
    return new, replies


def answer_typed(state: State, said: str, services: Services) -> Outcome:
    """A typed answer to what was just asked. To the safety question: "ja" is its yes button,
    "nein" its no, "weiß nicht" the numbers for any crisis. After a crisis reply, people still
    answer ("nein", "no", "нет"): how to go on from there, where they were, or the numbers again;
    a "ja" there is said to the numbers: every line of the crisis reply again."""
    if state.asked == Asked.SAFETY:
        if said == "no":
            return answer_safe(state, Choice("safe"), services)
        unsure = YOUNG if state.danger.endswith(YOUNG) else ""
        return answer_danger(state, Choice("danger", state.danger if said == "yes" else unsure), services)
    if said == "yes":  # "ja" to the numbers is no "yes, let us search on": the lines to call, again
        return numbers_again(state, services, m.CALL_NOW, every=True)
    return state.asking(Asked.CRISIS).with_(safe_said=True), [after_crisis_reply()]


def forget(state: State, event: Choice, services: Services) -> Outcome:
    """/delete, or its button under the answer to "lösch bitte alles": nothing of this person is kept."""
    return None, [Reply((Msg(m.DELETED),))]


def choose_language(state: State, event: Choice, services: Services) -> Outcome:
    buttons = tuple((Button(name, "lang", code),) for code, name in m.LANGUAGE_NAMES.items())
    return state.to(Step.LANGUAGE), [Reply((Msg(m.ASK_LANGUAGE),), buttons)]


def set_language(state: State, event: Choice, services: Services) -> Outcome:
    if event.value not in LANGUAGES:
        return _stale(state, services)
    previous = state.back[-1] if state.step == Step.LANGUAGE and state.back else state.step
    new = state.with_(
        lang=event.value,
        lang_chosen=True,
        step=previous,
        back=state.back[:-1] if state.step == Step.LANGUAGE else state.back,
    )
    return new, [Reply((Msg(m.LANGUAGE_SET),)), *prompt(new, services)]


def go_back(state: State, event: Choice, services: Services) -> Outcome:
    if not state.back:
        return state, prompt(state, services)
    previous = state.with_(step=state.back[-1], back=state.back[:-1])
    return previous, prompt(previous, services)


def new_search(state: State, event: Choice, services: Services) -> Outcome:
    """Another search of the same person: their language, flyer region and age stay."""
    fresh = State(
        lang=state.lang,
        lang_chosen=state.lang_chosen,
        home_contact_point=state.home_contact_point,
        counted=state.counted,
        young=state.young,
    )
    return fresh, prompt(fresh, services)


def continue_search(state: State, event: Choice, services: Services) -> Outcome:
    """Go on to what is still missing; under the groups, where nothing is ("weiter" typed there), a short word of
    what one can do next with the page's buttons, not the whole page again."""
    if state.step == Step.RESULTS and state.asked != Asked.CRISIS:
        return state, [acknowledged(state, services)]
    return ask_next(state, services)


def show_crisis(state: State, event: Choice, services: Services) -> Outcome:
    """The crisis reply on request: that of the danger answered last, whole ("Die Nummern noch
    einmal" after a violence reply keeps 110 and 116 016), else the general one."""
    if state.answered:
        kind, young = _danger_answer(state.answered)
        return crisis(state, kind, young or state.young, services, state.answered_own)
    return crisis(state, None, state.young, services)


def offer_changes(state: State, event: Choice, services: Services) -> Outcome:
    """ "Ändern" under what was understood: the topic, whom it is for, or the place; what is typed to it instead
    corrects the search (see still_relative), unless a danger's question stays open."""
    if not event.value:
        choices = (("topic", m.BUTTON_CHANGE_TOPIC), ("role", m.BUTTON_CHANGE_ROLE), ("place", m.BUTTON_CHANGE_PLACE))
        buttons = tuple(Button(Msg(label), "change", what) for what, label in choices)
        asked = state if state.asked in OF_DANGER else state.asking(Asked.CHANGE)
        return asked, [Reply((Msg(m.ASK_CHANGE),), (buttons, (Button(Msg(m.BUTTON_BACK), "back"),)))]
    cleared = {
        "topic": {"topic_ids": (), "own_topics": (), "candidates": (), "query": ""},
        "role": {"role": None},
        "place": {"place": None, "online_ok": False, "place_options": ()},
    }.get(event.value)
    if cleared is None:
        return _stale(state, services)
    return ask_next(state.with_(**cleared), services)


GLOBAL_CHOICES: dict[str, Handler] = {
    "crisis": show_crisis,
    "danger": answer_danger,
    "safe": answer_safe,
    "forget": forget,
    "language": choose_language,
    "lang": set_language,
    "back": go_back,
    "restart": new_search,
    "continue": continue_search,
    "change": offer_changes,
}


# ---------------------------------------------------------------- a typed message, in any step
def read_text(state: State, event: Text, services: Services) -> Outcome:
    """Take whatever the message says (topic, role, place, online) and ask only for what is still
    missing; answer what else it asks (cost, thanks, ...); never throw away what is known."""
    if not event.text:
        return state, [Reply((Msg(m.EMPTY_TEXT),)), *prompt(state, services)]
    if state.asked == Asked.CRISIS and not normalise(event.text):  # "😢" to the numbers
        return still_there(state, services)
    if state.asked == Asked.SAFETY and not normalise(event.text):  # "👍" to "Bist du ... in Gefahr?"
        return state, [safety_question(state.danger, m.SAFETY_QUESTION_AGAIN)]
    if not normalise(event.text):  # "🙁", "🍺", "?": a sign, no words to search with
        return state, lead(Msg(m.ONLY_SIGNS), prompt(state, services))
    pressed = typed_button(state, event.text, services)
    if pressed:
        handler, choice = pressed
        return handler(state, choice, services)
    asks = services.asks(event.text)
    wished = wished_language(state, asks)
    if not wished and asks_of_the_lines(state, event.text, asks, services):  # "sprechen die auch türkisch?"
        return state.asking(Asked.CRISIS), [lines_languages(given_lines(state, services))]
    if wished:  # "can we do this auf Deutsch?", "kann ich auf arabisch schreiben? ابني يشرب": and read on
        state = state.with_(lang=wished, lang_chosen=True)
    before: list[Reply] = [Reply((Msg(m.LANGUAGE_SET),))] if wished else []
    understood = reading(state, event.text, services)
    if "forget" in understood.intents:  # "lösch bitte alles, was ich über meine Schwester geschrieben hab": no search
        understood = Understanding(intents=understood.intents, language=understood.language)
    if in_danger_now(state):  # "meine kinder sind auch hier" while he breaks the door: the police again, no search
        new, replies = kept_in_danger(state, understood, asks, services)
        return new, before + replies
    if event.then and (state.topic_ids or state.query):
        understood = told_of_then(understood)
        if not understood.search and not understood.intents:
            return state, [*before, Reply((Msg(m.THEN_TOLD),)), *prompt(state, services)]
    if "numbers_again" in understood.intents and not state.answered:  # no crisis reply given: a contact point's
        intents = ("phone" if i == "numbers_again" else i for i in understood.intents)
        understood = replace(understood, intents=tuple(dict.fromkeys(intents)))
    if wished:
        understood = replace(understood, intents=tuple(i for i in understood.intents if i != "language"))
        if not (understood.search or understood.intents):
            return state, before + prompt(state, services)
    if still_relative(state, understood):  # "für mich" after "mein Mann trinkt": the one looking
        understood = replace(understood, role="relative", topics=(), own_topics=())
        if not understood.places and said_whom(event.text, services):  # "für mich": whom, not "I'm ok now"
            before.append(Reply((Msg(m.FOR_YOU_AS_RELATIVE),)))
    understood = replace(understood, intents=questions_asked(understood, asks))
    written = None if wished else written_in(state, event.text, understood.language)
    if written:  # "my german is bad", "merhaba oglum cok alkol iciyor": on in theirs, the way back a tap away
        before.append(language_switched(state.lang))
        state = state.with_(lang=written)
        if not (understood.search or understood.intents) and asks_about_language(asks):
            return state, before + prompt(state, services)  # "kann ich auch deutsch schreiben?": asked, no place
    elif understood.language and understood.language != state.lang and not wished:
        before.append(language_offer(understood.language))
    if event.loss and not state.consoled:
        before.append(Reply((Msg(m.LOSS_GENTLE), *resource_lines(services.crisis_help("loss", False, state.lang)))))
        state = state.with_(consoled=True)
    if asks_crisis_numbers(state, understood.intents) and not replace(understood, role=None).search:
        # "nummer nochmal" after "danke", "can I have the numbers again" (its "I" says whom for nothing)
        new, replies = numbers_again(state, services, m.CALL_NOW, every=True)
        return new, before + replies
    if not understood.search and state.asked == Asked.CRISIS and not understood.intents:
        new, replies = still_there(state, services)  # "und jetzt?", "ok", "hmm" to the numbers
        return new, before + replies
    if not understood.search and state.asked == Asked.SAFETY and not understood.intents:
        # "weiss nicht genau": an answer not read keeps the question open, asked once more (the next
        # message that is no answer closes it, see State.aged)
        return state, before + [safety_question(state.danger, m.SAFETY_QUESTION_AGAIN)]
    if not understood.search:
        if understood.young and not understood.intents:  # "im 14", "bin 15" alone: no place, what young people need
            understood = replace(understood, intents=("age",))
        kept = state.with_(young=True) if understood.young else state
        offered = taken_up(kept, event.text, understood, services)
        asked_else = not (offered or understood.intents) and is_question(event.text)
        unknown = question_for_the_contact_point(kept, services) if asked_else else None
        if unknown:  # "ist da ein Aufzug?" after the groups: the contact point knows
            return kept, before + unknown
        return kept, before + ([offered] if offered else not_understood(kept, understood, services))
    new = take(state, understood)
    if understood.abroad and not new.place:  # "Depression, ich wohne in Graz": the topic taken, no search far away
        before.append(Reply((Msg(m.PLACE_ABROAD),)))
    # "Was kostet das?" besides the search; a young person's groups say what "age" would, but told young where
    # no place is known ("bin 15 und meine eltern saufen. darf ich da überhaupt hin?"), they hear it at once
    asked = tuple(i for i in understood.intents if i != "age" or not new.young)
    if understood.young and not (new.place or new.online_ok):
        asked += ("age",)
    questions = question_answers(asked, new.role)
    before += [questions] if questions else []
    if state.asked == Asked.SAFETY and understood.role and not (understood.topics or understood.places):
        # "ich" to "Bist du oder ist jemand in Gefahr?": whom the search is for, but maybe also "I am"
        asking = [safety_question(state.danger)]
        return new.asking(Asked.SAFETY, state.danger, state.held), before + lead(understood_line(new, services), asking)
    # the search moved on ("Bonn" after the question): a later "ja" is said to what follows, not to the question
    new = new.asking(Asked.NOTHING)
    if not (understood.role or understood.places or understood.online or new.role or new.place or new.online_ok):
        new, replies = ask_next(new, services)
        return new, before + replies
    told = state.step == Step.LOCATION and new.search() == state.search()  # "Online is fine too" again: not all again
    new, replies = ask_next(new, services, understood_line(new, services), told)  # with a way to change it
    return new, before + with_change_button(replies)


def questions_asked(understood: Understanding, asks: frozenset[str]) -> tuple[str, ...]:
    """What a message asks besides its search: its intents, and the questions the conversation
    answers itself (the contact point's hours only where it asks when)."""
    beside = tuple(a for a in ASKED_BESIDE if a in asks and (a != "hours" or "when" in understood.intents))
    return (*understood.intents, *beside)


def in_danger_now(state: State) -> bool:
    """Whether the crisis reply just given answered a danger the writer is in while it goes on (violence now, or the
    abuse a young writer told as done to them: "мне 15 меня отчим бьёт", then "он сейчас дома пьяный"), and they
    have said neither that they are safe, nor to go on, nor "no" ("Nein, ich suche eine Gruppe")."""
    return state.asked == Asked.CRISIS and goes_on_for_the_writer(state) and not state.safe_said


def goes_on_for_the_writer(state: State) -> bool:
    """Whether the danger answered last goes on for the writer: violence now, or abuse told by a young writer (the
    one it is done to, or a sibling at home with the same abuser); not the abuse of a child a worried parent tells."""
    kind, young = _danger_answer(state.answered)
    return kind in ONGOING or (kind in OWN_ONGOING and (young or state.young))


def kept_in_danger(state: State, understood: Understanding, asks: frozenset[str], services: Services) -> Outcome:
    """A message while that danger goes on ("meine kinder sind auch hier", "çocuklarım da burda", "Leipzig"): the
    crisis stays, its most important number again (the police first), for everyone with the writer when it tells of
    them (`others_here`: "дети тоже тут"); it starts no search and makes no one a relative (the writer is the one
    in danger). A place it names is kept for the search later."""
    kept = take(state, Understanding(places=understood.places, online=understood.online))
    if asks_crisis_numbers(state, understood.intents):
        new, replies = numbers_again(kept, services, m.CALL_NOW, every=True)
    else:
        new, replies = numbers_again(kept, services, m.OTHERS_IN_DANGER if "others_here" in asks else m.STILL_THERE)
    said = place_kept(state, new)
    return new, lead(said, replies) if said else replies


def place_kept(state: State, kept: State) -> Msg | None:
    """The place a message names while the danger goes on ("Берлин" after "он бьёт меня"), said back as kept for the
    search later, before the police's number: the writer sees their message was read, and that the search waits
    until they are safe, not that it was dropped."""
    if kept.place is None or kept.place == state.place:
        return None
    return Msg(m.PLACE_KEPT, {"place": kept.place.name})


def told_of_then(understood: Understanding) -> Understanding:
    """A danger of then the writer has come through, told once a search is under way ("ich hab vor 2 jahren versucht
    mich umzubringen wegen der schulden, jetzt gehts mir gut, ich will einfach eine gruppe" after "mein Mann
    spielt"): a story, not a new search. Its topics and its "I" replace neither the topics nor whom the search is
    for; a place or "online" it names is still taken."""
    return replace(understood, topics=(), own_topics=(), candidates=(), name_words=(), role=None, relations=())


def wished_language(state: State, asks: frozenset[str]) -> str | None:
    """The one other language a message asks to go on in ("can you answer in german", "а українською
    можна?"), if any."""
    wished = [lang for lang in LANGUAGES if f"speak_{lang}" in asks]
    return wished[0] if len(wished) == 1 and wished[0] != state.lang else None


def asks_about_language(asks: frozenset[str]) -> bool:
    """Whether a message speaks of a language (its name, "auf Deutsch", "in English"): a question about it in the
    language itself is answered by switching, and its words are no place or topic."""
    return any(a == "language" or a.startswith(("speak_", "button_lang_")) for a in asks)


def still_there(state: State, services: Services) -> Outcome:
    """A reaction to a crisis reply that asks for no search ("what now", "und jetzt?", "ok", "hmm"):
    no "no topic found", but a kind word, the most important number and the way on; it stays open
    for the next reaction."""
    return numbers_again(state, services, m.STILL_THERE)


def asks_crisis_numbers(state: State, intents: tuple[str, ...]) -> bool:
    """Whether "the number" someone asks for is the crisis reply's: "the numbers again" after one,
    anywhere; "welche Nummer?" right after it, or later while no group's contact point is shown (at
    the place step there is no group yet)."""
    if not state.answered:
        return False
    shown = state.asked != Asked.CRISIS and state.step in (Step.RESULTS, Step.DETAIL)
    return "numbers_again" in intents or ("phone" in intents and not shown)


def numbers_again(state: State, services: Services, intro: str, every: bool = False) -> Outcome:
    """The numbers of the last crisis reply again (see call_now); it stays open for the next reaction."""
    young = _danger_answer(state.answered)[1]
    return state.asking(Asked.CRISIS), [call_now(given_lines(state, services), intro, young, every)]


def given_lines(state: State, services: Services) -> CrisisHelp:
    """The lines of the last crisis reply, as it gave them."""
    kind, young = _danger_answer(state.answered)
    return services.crisis_help(kind, young, state.lang, worried_parent(state, kind))


def asks_of_the_lines(state: State, text: str, asks: frozenset[str], services: Services) -> bool:
    """Whether a message that speaks of a language asks it of the lines of the crisis reply given: right after it,
    its keyboard showing ("а там говорять українською?", "do they speak arabic?"), or later naming one of their
    numbers ("а там по-русски говорят? по телефону 116 016?" after "weiter"). Someone in danger asks whether they
    can call there, not whether the groups speak it."""
    if not (state.answered and asks_about_language(asks)):
        return False
    if state.asked == Asked.CRISIS:
        return True
    digits = "".join(ch for ch in text if ch.isdigit())
    numbers = (number for line in given_lines(state, services).resources for number in line.numbers)
    return any(number.replace(" ", "") in digits for number in numbers)


def typed_button(state: State, text: str, services: Services) -> tuple[Handler, Choice] | None:
    """A button's words typed instead of tapped ("mehr", "zurück", "neue suche", "Change", "Türkçe"): what
    that button does, where it does something. After the crisis reply "weiter" may close a message of
    relief ("ok die polizei ist da, alles gut. weiter"): its danger, if any, was read before. A list's "2. Details"
    opens its group (see listed_group). A word of two buttons is the one that does something here ("дальше" is
    "more" under a list and "continue" after a crisis reply)."""
    choices = services.typed_button(text)
    if not choices and state.asked == Asked.CRISIS:
        last = clauses(text)[-1:]
        choices = (Choice("continue"),) if last and Choice("continue") in services.typed_button(last[0]) else ()
    for choice in choices:
        handler = GLOBAL_CHOICES.get(choice.action) or TRANSITIONS[state.step].get(f"choice:{choice.action}")
        choice = listed_group(state, choice, services) if choice.action == "group" else choice
        if handler and choice:
            return handler, choice
    return None


def listed_group(state: State, typed: Choice, services: Services) -> Choice | None:
    """The group a list's "1. Details" typed opens: that number's on the list the state holds, whatever was answered
    under it since ("is it free?" leaves the list where it was, and its buttons are still what the person sees)."""
    if not typed.value.isdecimal() or not 0 < int(typed.value) <= PAGE_SIZE * (state.page + 1):
        return None
    found = services.search(state.search(), state.lang, int(typed.value) - 1, 1)
    return Choice("group", found.groups[0].id) if found.groups else None


def reading(state: State, text: str, services: Services) -> Understanding:
    """What a message says to the search in this step: a bare "ich" answers whom it is for, a bare
    "Plauen" where, wherever it is typed; an everyday question is no topic. Where "where?" was
    asked, a message that is only a town's name is that town ("Köln", "Kiel"), never a topic whose
    word it resembles; so it is where the safety question is open ("Ffm" to "Bist du ... in Gefahr?": no danger, but
    where to search, as a "nein" and the town)."""
    asked_where = state.step in (Step.LOCATION, Step.PLACE) or state.asked == Asked.SAFETY
    named = services.named_place(text, state.home_contact_point) if asked_where else ()
    if named:  # "برلين": in a script of one language of ours, that language's too
        return Understanding(places=named, language=script_language(text))
    understood = heard_for(state, services.understand(text, state.lang, state.home_contact_point))
    understood = beside_question(state, beside_specific_topic(state, understood, services))
    searching = state.topic_ids or state.query or state.step in (Step.ROLE, Step.LOCATION, Step.PLACE)
    if not understood.search and searching:  # "ich", "beides", "для себя", "я мама", wherever it is typed
        understood = replace(understood, role=services.role_answer(text))
    if not understood.search and not understood.intents and state.step in (Step.ROLE, Step.LOCATION, Step.PLACE):
        understood = replace(understood, places=services.places(text, state.home_contact_point))
    if named_in_passing(state, text, understood, services):
        understood = replace(understood, role=None, relations=(), own_topics=())
    return understood


def named_in_passing(state: State, text: str, understood: Understanding, services: Services) -> bool:
    """Whether someone close is named in passing in a search the writer said is their own ("ich hab alles verzockt,
    meine frau hat mich rausgeworfen" after "spielsucht, für mich"): a topic is told in words of the writer's own,
    and nothing the search is about in those of the one close. Whom it is for stays; one close who is what the
    search is about ("nein, nicht ich, meine eltern trinken") makes it a relative's, as ever."""
    if state.role != "affected" or understood.role != "relative" or understood.harmed:
        return False
    told = [services.understand(part, state.lang, state.home_contact_point) for part in clauses(text)]
    theirs = [heard for heard in told if heard.role == "relative"]
    own = [heard for heard in told if heard.role != "relative"]
    return any(heard.topics for heard in own) and not any(heard.topics or heard.candidates for heard in theirs)


def said_whom(text: str, services: Services) -> bool:
    """Whether a clause of the message answers whom the search is for ("für mich", "для себя"), as a
    relative's "I'm ok now, thanks" does not."""
    return any(services.role_answer(part) is not None for part in clauses(text))


def still_relative(state: State, understood: Understanding) -> bool:
    """Whether a relative's message that speaks of themselves ("für mich als Schwester", "Köln'de
    yaşıyorum", "this gambling thing is killing me") still means "I am the one looking": once someone
    is a relative, only a problem of their own told ("ich trinke selbst auch", "ich bin selbst
    betroffen") or a topic the search does not know yet makes them the one affected; so does whom it is for typed
    after "Ändern" ("Değiştir", then "aslinda bulimiya, kendim icin"): a correction."""
    return (
        state.role == "relative"
        and state.asked != Asked.CHANGE
        and understood.role == "affected"
        and not (understood.own_told or understood.harmed or understood.candidates or understood.name_words)
        and set(understood.topics) <= set(state.topic_ids)
    )


def heard_for(state: State, understood: Understanding) -> Understanding:
    """What a message says, with the topics its words only tell of to choose from while no topic
    is known: once one is, a sentence about something else ("wir wohnen auf dem Land") must not
    replace it with guesses."""
    return understood if state.topic_ids or state.query else understood.guessed()


def beside_question(state: State, understood: Understanding) -> Understanding:
    """An everyday question ("is it anonymous?", "was kostet das?") is asked, not searched for: its
    words are no words of a group's name ("Narcotics Anonymous"), and it never replaces a known
    topic; whoever it asks to come along ("does my wife have to come too?") is not whom it is for."""
    if not set(understood.intents) & set(INTENT_ANSWERS):
        return understood
    if {"alone", "along"} & set(understood.intents) and (state.topic_ids or state.query or not understood.topics):
        # "muss meine Frau mitkommen?", "kann mein freund auch mit": no one the search is for ("mein Papa
        # säuft, kann ich da alleine hin?" still tells whom)
        understood = replace(understood, role=None, relations=(), own_topics=())
    if understood.role == state.role and not understood.relations:
        # "когда у них открыто?": "у них" (they have) tells nothing new of whom, the question is asked
        understood = replace(understood, role=None)
    if not (state.topic_ids or state.query):
        return replace(understood, name_words=())
    return replace(understood, topics=(), candidates=(), name_words=())


def beside_specific_topic(state: State, understood: Understanding, services: Services) -> Understanding:
    """A message whose only topics are those distress names ("artık ne yapacağımı bilmiyorum":
    Lebenskrise) while a more specific one is known (Alkohol for relatives) changes neither the
    topic nor whom it is for (its "I" is the distress speaking): it is heard as a wish to talk."""
    named = understood.topics or understood.candidates
    if not named or not all(map(services.generic, named)):
        return understood
    if not state.query and all(map(services.generic, state.topic_ids)):
        return understood
    talk = understood.intents or ("talk",)
    return replace(understood, topics=(), candidates=(), name_words=(), role=None, intents=talk)


def take(state: State, understood: Understanding) -> State:
    """The state with what a message said: new topics replace the old ones (a word that may mean
    several is asked about; a relative's own beside them are kept as theirs), a role or a place is
    taken as said."""
    changes: dict = {}
    if understood.topics or understood.candidates or understood.name_words:
        changes |= {
            "topic_ids": understood.topics,
            "own_topics": understood.own_topics,
            "candidates": () if understood.topics else understood.candidates,
            "query": " ".join(understood.name_words),
        }
    if understood.role:
        changes["role"] = understood.role
    if understood.relations:
        changes["relations"] = understood.relations
    if len(understood.places) == 1:
        changes |= {"place": understood.places[0], "online_ok": False, "place_options": ()}
    elif understood.places:
        changes["place_options"] = understood.places
    if understood.online:
        changes |= {"online_ok": True, "place_options": ()}
    if understood.young:
        changes["young"] = True
    if understood.parent_of_young:
        changes["parent_of_young"] = True
    return state.with_(**changes) if changes else state


def ask_next(state: State, services: Services, first: Msg | None = None, told: bool = False) -> Outcome:
    """Ask for the first thing still missing (which topic, for whom, which place, where), or show
    the groups when everything is known; a topic still missing while the topics are browsed is the list
    looked at ("Leipzig" typed at the cancer sub-list: the sub-list again, with the place). "Online is
    fine" without a place, where no group meets online, asks for the place (online stays fine): a list of
    none, without a contact point, ends the search; `told`: that was said just before, and the message
    changed nothing of the search."""
    note = None
    if state.candidates:
        step_ = Step.CANDIDATES
    elif not state.topic_ids and not state.query:  # while browsing the topics, the list looked at stays
        step_ = Step.BROWSE if state.step == Step.BROWSE else Step.TOPIC
    elif state.role is None:
        step_ = Step.ROLE
    elif state.place_options:
        step_ = Step.PLACE
    elif state.place is None and not state.online_ok:
        step_ = Step.LOCATION
    elif state.place is None and not services.search(state.search(), state.lang, 0, 1).total:
        step_ = Step.LOCATION  # where, then
        note = None if told else Msg(m.NO_ONLINE_ASK_PLACE, {"website": NAKOS_WEBSITE})
    else:
        step_ = Step.RESULTS
    new = state.to(step_, page=0, group_id=None) if step_ != state.step or step_ == Step.RESULTS else state
    replies = prompt(new, services)
    if note:  # it answers the search as the list of none did: no group meets online
        replies = [replace(replies[0], outcome=Reached.ONLINE), *replies[1:]]
    beside = [*([note] if note else []), *(who_else_listens(new, services) if step_ == Step.RESULTS else [])]
    for part in (*reversed(beside), first):  # the understood line first
        replies = lead(part, replies) if part else replies
    return new, replies


def taken_up(state: State, text: str, understood: Understanding, services: Services) -> Reply | None:
    """A bare "ja" ("yes", "evet", "да") on a page of results, where nothing was asked: a yes to what the
    page offered (see contact_point_next); on a page of groups near, and a bare "ok" ("tamam", "ок", "تمام")
    on any, a short acknowledgement with the page's buttons; never "not understood" and the page again."""
    if state.step != Step.RESULTS or understood.intents:
        return None
    said = services.yes_or_no(text)
    if said == "yes":
        return contact_point_next(state, services) or acknowledged(state, services)
    return acknowledged(state, services) if said == "ok" else None


def not_understood(state: State, understood: Understanding, services: Services) -> list[Reply]:
    """A message with nothing for the search: answer what it says, else say so in the step's words."""
    if understood.intents:
        return intent_replies(understood.intents, state, services)
    if understood.abroad and state.step not in (Step.LOCATION, Step.PLACE):  # "Київ" under the groups: where instead
        return [Reply((Msg(m.PLACE_ABROAD), Msg(m.PLACE_ABROAD_INSTEAD)), prompt(state, services)[-1].buttons)]
    if state.step == Step.TOPIC:  # with the way to help, as the question it answers
        return [Reply((Msg(m.NOT_UNDERSTOOD),), TOPIC_ROW)]
    if state.step == Step.ROLE:
        return [Reply((Msg(m.ROLE_NOT_UNDERSTOOD),)), *prompt(state, services)]
    if state.step in (Step.LOCATION, Step.PLACE) and understood.abroad:  # "Graz": where in Germany, asked again
        return lead(Msg(m.PLACE_ABROAD), prompt(state, services))
    if state.step in (Step.LOCATION, Step.PLACE):
        return [Reply((Msg(m.PLACE_UNKNOWN),), prompt(state, services)[0].buttons)]
    if state.step == Step.RESULTS:  # the page's buttons, not the whole page again (it stands just above)
        return [Reply((Msg(m.NOT_UNDERSTOOD_HERE),), prompt(state, services)[-1].buttons)]
    return lead(Msg(m.NOT_UNDERSTOOD_HERE), prompt(state, services))


# ---------------------------------------------------------------- topic
def browse(state: State, event: Choice, services: Services) -> Outcome:
    new = state.to(Step.BROWSE, category=None)
    return new, prompt(new, services)


def pick_category(state: State, event: Choice, services: Services) -> Outcome:
    if not services.topics_in(event.value, state.lang):
        return _stale(state, services)
    new = state.with_(category=event.value)
    return new, prompt(new, services)


def pick_topic(state: State, event: Choice, services: Services) -> Outcome:
    name = services.topic_name(event.value, state.lang)
    if name is None:
        return _stale(state, services)
    query = state.query if state.step == Step.CANDIDATES else ""
    return ask_next(state.with_(topic_ids=(event.value,), own_topics=(), candidates=(), query=query), services)


def none_fits(state: State, event: Choice, services: Services) -> Outcome:
    new = state.to(Step.TOPIC, candidates=(), query="")
    return new, [Reply((Msg(m.NOT_UNDERSTOOD),), ((Button(Msg(m.BUTTON_BROWSE), "browse"),),))]


# ---------------------------------------------------------------- role and place
def pick_role(state: State, event: Choice, services: Services) -> Outcome:
    if event.value not in ("affected", "relative", "any"):
        return _stale(state, services)
    return ask_next(state.with_(role=event.value), services)


def offer_location_sharing(state: State, event: Choice, services: Services) -> Outcome:
    """Sharing a location is asked for, not offered up front: a standing share button would take
    the place of the phone's keyboard for everyone who types a postal code, and linger after."""
    return state, [Reply((Msg(m.SHARE_LOCATION_HINT),), request_location=True)]


def location_shared(state: State, event: Location, services: Services) -> Outcome:
    if not (-90 <= event.lat <= 90 and -180 <= event.lon <= 180):
        return state, not_understood(state, Understanding(), services)
    place = services.place_near(event.lat, event.lon)
    return ask_next(state.with_(place=place, online_ok=False, place_options=()), services)


def online_fine(state: State, event: Choice, services: Services) -> Outcome:
    return ask_next(state.with_(online_ok=True, place_options=()), services)


def home_region(state: State, event: Choice, services: Services) -> Outcome:
    found = services.contact_point_place(state.home_contact_point or "")
    if found is None:
        return _stale(state, services)
    return ask_next(state.with_(place=found[1], online_ok=False, place_options=()), services)


def pick_place(state: State, event: Choice, services: Services) -> Outcome:
    """One of several places of the same name ("Aue (Sachsen)", "Aue (Bayern)")."""
    if not event.value.isdecimal() or int(event.value) >= len(state.place_options):
        return _stale(state, services)
    place = state.place_options[int(event.value)]
    return ask_next(state.with_(place=place, online_ok=False, place_options=()), services)


def other_place(state: State, event: Choice, services: Services) -> Outcome:
    new = state.to(Step.LOCATION, place_options=())
    return new, prompt(new, services)


# ---------------------------------------------------------------- results
def more_results(state: State, event: Choice, services: Services) -> Outcome:
    new = state.with_(page=state.page + 1)
    return new, results_replies(new, services)


def group_detail(state: State, event: Choice, services: Services) -> Outcome:
    group = services.group(event.value, state.place, state.lang)
    if group is None:
        return _stale(state, services)
    new = state.to(Step.DETAIL, group_id=group.id)
    return new, detail_replies(group, new)


def back_to_results(state: State, event: Choice, services: Services) -> Outcome:
    back = state.back[:-1] if state.step == Step.DETAIL else state.back
    new = state.with_(step=Step.RESULTS, group_id=None, back=back)
    return new, results_replies(new, services)


TRANSITIONS: dict[Step, dict[str, Handler]] = {
    Step.TOPIC: {"text": read_text, "choice:browse": browse},
    Step.BROWSE: {"text": read_text, "choice:category": pick_category, "choice:topic": pick_topic},
    Step.CANDIDATES: {
        "text": read_text,
        "choice:topic": pick_topic,
        "choice:none": none_fits,
        "choice:browse": browse,
    },
    Step.ROLE: {"text": read_text, "choice:role": pick_role},
    Step.LOCATION: {
        "text": read_text,
        "location": location_shared,
        "choice:share": offer_location_sharing,
        "choice:online": online_fine,
        "choice:home": home_region,
    },
    Step.PLACE: {"text": read_text, "choice:place": pick_place, "choice:other": other_place},
    Step.RESULTS: {
        "text": read_text,
        "choice:online": online_fine,
        "choice:more": more_results,
        "choice:group": group_detail,
        "choice:list": back_to_results,
    },
    Step.DETAIL: {"text": read_text, "choice:list": back_to_results, "choice:group": group_detail},
    Step.LANGUAGE: {"text": read_text},
}
