"""The conversation as a pure state machine: step(state, event, services) -> (state, replies).

Read top to bottom: first what holds in every step (crisis check, commands, stale buttons), then
the table TRANSITIONS that says, for each step, which events it accepts and who handles them.
A returned state of None means "forget this person now" (/delete).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from dialogs import messages as m
from dialogs.model import (
    LANGUAGES,
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
from dialogs.services import Services
from dialogs.text import normalise
from dialogs.triage import Triage
from dialogs.views import CrisisHelp, GroupView

PAGE_SIZE = 3
MAX_TEXT = 4096
LANGUAGE_NAMES = {
    "de": "Deutsch",
    "en": "English",
    "tr": "Türkçe",
    "ar": "العربية",
    "ru": "Русский",
    "uk": "Українська",
}
PAYLOAD = re.compile(r"^(?:cp-(?P<cp>[A-Za-z0-9-]{1,50}?))?(?:_?(?P<lang>de|en|tr|ar|ru|uk))?$")
CRISIS_COMMANDS = ("notfall", "sos", "crisis", "krise")

Outcome = tuple[State | None, list[Reply]]
Handler = Callable[[State, Event, Services], Outcome]


def step(state: State, event: Event, services: Services) -> Outcome:
    """Answer one event. Crisis first, then commands valid everywhere, then the step's own table."""
    if isinstance(event, Text):
        text = event.text.strip()[:MAX_TEXT]
        verdict = services.triage(text, state.lang)
        event = Text(text, verdict.loss)
        if verdict.level != "none":
            return danger_first(state, event, verdict, services)
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


def _kind(event: Event) -> str:
    return f"choice:{event.action}" if isinstance(event, Choice) else type(event).__name__.lower()


def _stale_or_unsupported(event: Event) -> Reply:
    return Reply((Msg(m.UNSUPPORTED if isinstance(event, Unsupported | Location | Text) else m.STALE_BUTTON),))


# ---------------------------------------------------------------- what every step understands
def start(state: State, event: Start, services: Services) -> Outcome:
    """A fresh start, in one message: the welcome leads into the first question. A flyer's deep
    link presets the contact point's region and maybe the language."""
    lang = event.client_lang if event.client_lang in LANGUAGES else state.lang
    match = PAYLOAD.match(event.payload or "") if len(event.payload or "") <= 64 else None
    if match and match.group("lang"):
        lang = match.group("lang")
    flyer = services.contact_point_place(match.group("cp")) if match and match.group("cp") else None
    fresh = State(lang=lang, home_contact_point=match.group("cp") if flyer else None)
    greeting: tuple[Msg, ...] = (Msg(m.WELCOME),)
    if flyer:
        greeting += (Msg(m.FROM_CONTACT_POINT, {"name": flyer[0]}),)
    question = prompt(fresh, services)[0]
    language = (Button(Msg(m.BUTTON_LANGUAGE), "language"),)
    return fresh, [Reply(greeting + question.parts, (*question.buttons, language))]


def command(state: State, event: Command, services: Services) -> Outcome:
    name = event.name.lower()
    if name in CRISIS_COMMANDS:
        return state, crisis_replies(state, None, False, services)
    if name == "help":
        return state, [Reply((Msg(m.HELP),)), *prompt(state, services)]
    if name == "privacy":
        return state, [Reply((Msg(m.PRIVACY, {"hours": 24}),))]
    if name == "delete":
        return None, [Reply((Msg(m.DELETED),))]
    if name == "language":
        return choose_language(state, Choice("language"), services)
    if name == "back":
        return go_back(state, Choice("back"), services)
    return state, [Reply((Msg(m.HELP),)), *prompt(state, services)]


CRISIS_INTROS = {
    "suicide": m.CRISIS_SUICIDE,
    "self_harm": m.CRISIS_SELF_HARM,
    "violence_now": m.CRISIS_VIOLENCE,
    "medical": m.CRISIS_MEDICAL,
    "emergency_other": m.CRISIS_EMERGENCY_OTHER,
    "child_abuse": m.CRISIS_CHILD_ABUSE,
}
YOUNG = "+young"  # marks the safety question's "yes" for a child or teenager


def danger_first(state: State, event: Text, verdict: Triage, services: Services) -> Outcome:
    """The crisis reply, or for an unclear sign the safety question. Whatever else the text said
    (a topic, a place) is taken all the same, so that carrying on never asks for it again; after a
    crisis reply without the words that showed the danger (they are no topic to search for)."""
    if verdict.crisis:
        rest = " ".join(w for i, w in enumerate(normalise(event.text).split()) if i not in verdict.danger_words)
        understood = take_in(state, Text(rest), services)
        return understood, crisis_replies(understood, verdict.kind, verdict.young, services)
    understood = take_in(state, event, services)
    answer = (verdict.kind or "") + (YOUNG if verdict.young else "")
    buttons = ((Button(Msg(m.BUTTON_DANGER), "danger", answer),), (Button(Msg(m.BUTTON_SAFE), "safe"),))
    return understood, [Reply((Msg(m.SAFETY_QUESTION),), buttons)]


def take_in(state: State, event: Text, services: Services) -> State:
    """The state after the text, where the step understood something from it; else unchanged."""
    handler = TRANSITIONS[state.step].get("text")
    new = handler(state, event, services)[0] if handler else None
    learned = new is not None and (
        (new.topic_ids, new.role, new.place, new.online_ok)
        != (state.topic_ids, state.role, state.place, state.online_ok)
        or new.candidates not in ((), state.candidates)
        or new.step not in (state.step, Step.TOPIC)
    )
    return new if learned else state


def crisis_replies(state: State, kind: str | None, young: bool, services: Services) -> list[Reply]:
    found = services.crisis_help(kind, young, state.lang)
    lines = [Msg(CRISIS_INTROS.get(kind or "", m.CRISIS_GENERAL)), *resource_lines(found)]
    if found.note:
        lines.append(found.note)
    lines.append(Msg(m.CRISIS_FOOTER))
    return [Reply(tuple(lines), ((Button(Msg(m.BUTTON_CONTINUE), "continue"),),))]


def resource_lines(found: CrisisHelp) -> list[Msg | str]:
    lines: list[Msg | str] = []
    for resource in found.resources:
        lines.append(Msg(m.RESOURCE_LINE, {"name": resource.name, "numbers": " / ".join(resource.numbers)}))
        lines.append(resource.who + (f" – {resource.web}" if resource.web else ""))
    return lines


def answer_danger(state: State, event: Choice, services: Services) -> Outcome:
    kind, young = event.value.removesuffix(YOUNG), event.value.endswith(YOUNG)
    return state, crisis_replies(state, kind if kind in CRISIS_INTROS else None, young, services)


def answer_safe(state: State, event: Choice, services: Services) -> Outcome:
    """No danger: on where the person was, with what they typed already taken in."""
    return state, lead(Msg(m.SAFE_CONTINUE), prompt(state, services))


def lead(part: Msg, replies: list[Reply]) -> list[Reply]:
    """The replies with `part` said first, in the same message."""
    first, *rest = replies
    return [replace(first, parts=(part, *first.parts)), *rest]


def choose_language(state: State, event: Choice, services: Services) -> Outcome:
    buttons = tuple((Button(LANGUAGE_NAMES[code], "lang", code),) for code in LANGUAGES)
    return state.to(Step.LANGUAGE), [Reply((Msg(m.ASK_LANGUAGE),), buttons)]


def set_language(state: State, event: Choice, services: Services) -> Outcome:
    if event.value not in LANGUAGES:
        return state, [Reply((Msg(m.STALE_BUTTON),)), *prompt(state, services)]
    previous = state.back[-1] if state.step == Step.LANGUAGE and state.back else state.step
    new = state.with_(
        lang=event.value, step=previous, back=state.back[:-1] if state.step == Step.LANGUAGE else state.back
    )
    return new, [Reply((Msg(m.LANGUAGE_SET),)), *prompt(new, services)]


def go_back(state: State, event: Choice, services: Services) -> Outcome:
    if not state.back:
        return state, prompt(state, services)
    previous = state.with_(step=state.back[-1], back=state.back[:-1])
    return previous, prompt(previous, services)


def new_search(state: State, event: Choice, services: Services) -> Outcome:
    fresh = State(lang=state.lang, home_contact_point=state.home_contact_point)
    return fresh, prompt(fresh, services)


def continue_search(state: State, event: Choice, services: Services) -> Outcome:
    return state, prompt(state, services)


def show_crisis(state: State, event: Choice, services: Services) -> Outcome:
    return state, crisis_replies(state, None, False, services)


GLOBAL_CHOICES: dict[str, Handler] = {
    "crisis": show_crisis,
    "danger": answer_danger,
    "safe": answer_safe,
    "language": choose_language,
    "lang": set_language,
    "back": go_back,
    "restart": new_search,
    "continue": continue_search,
}


# ---------------------------------------------------------------- topic
def topic_text(state: State, event: Text, services: Services) -> Outcome:
    if not event.text:
        return state, [Reply((Msg(m.EMPTY_TEXT),)), *prompt(state, services)]
    gentle = []
    if event.loss:
        gentle = [Reply((Msg(m.LOSS_GENTLE), *resource_lines(services.crisis_help("loss", False, state.lang))))]
    options = services.match_topics(event.text, state.lang)
    if not options and not services.names_groups(event.text):
        return state.with_(query=""), [Reply((Msg(m.NOT_UNDERSTOOD),), ((Button(Msg(m.BUTTON_BROWSE), "browse"),),))]
    if len(options) > 1:
        new = state.to(Step.CANDIDATES, query=event.text, candidates=tuple(o.id for o in options))
        return new, gentle + prompt(new, services)
    new = state.to(Step.ROLE, query=event.text, topic_ids=tuple(o.id for o in options[:1]), candidates=())
    return new, gentle + prompt(new, services)


def browse(state: State, event: Choice, services: Services) -> Outcome:
    new = state.to(Step.BROWSE, category=None)
    return new, prompt(new, services)


def pick_category(state: State, event: Choice, services: Services) -> Outcome:
    if not services.topics_in(event.value, state.lang):
        return state, [Reply((Msg(m.STALE_BUTTON),)), *prompt(state, services)]
    new = state.with_(category=event.value)
    return new, prompt(new, services)


def pick_topic(state: State, event: Choice, services: Services) -> Outcome:
    name = services.topic_name(event.value, state.lang)
    if name is None:
        return state, [Reply((Msg(m.STALE_BUTTON),)), *prompt(state, services)]
    new = state.to(
        Step.ROLE, topic_ids=(event.value,), candidates=(), query=state.query if state.step == Step.CANDIDATES else ""
    )
    return new, [Reply((Msg(m.TOPIC_CHOSEN, {"topic": name}),)), *prompt(new, services)]


def none_fits(state: State, event: Choice, services: Services) -> Outcome:
    new = state.to(Step.TOPIC, candidates=(), query="")
    return new, [Reply((Msg(m.NOT_UNDERSTOOD),), ((Button(Msg(m.BUTTON_BROWSE), "browse"),),))]


# ---------------------------------------------------------------- role and location
ROLE_WORDS = {  # typed instead of pressing a button; compared after normalise()
    "relative": ("angehorig", "relative", "family", "familie", "partner", "yakin", "اقارب", "родствен", "родич"),
    "affected": ("betroffen", "selbst", "affected", "myself", "kendim", "نفسي", "сам", "сама"),
}


def pick_role(state: State, event: Choice, services: Services) -> Outcome:
    if event.value not in ("affected", "relative", "any"):
        return state, [Reply((Msg(m.STALE_BUTTON),)), *prompt(state, services)]
    new = state.to(Step.LOCATION, role=event.value)
    return new, prompt(new, services)


def role_text(state: State, event: Text, services: Services) -> Outcome:
    folded = normalise(event.text)
    for role, words in ROLE_WORDS.items():
        if any(word in folded for word in words):
            return pick_role(state, Choice("role", role), services)
    return state, [Reply((Msg(m.ROLE_NOT_UNDERSTOOD),)), *prompt(state, services)]


def location_text(state: State, event: Text, services: Services) -> Outcome:
    place = services.locate(event.text) if event.text else None
    if place is None:
        return state, place_unknown(state, services)
    return show_results(state.with_(place=place, online_ok=False), services)


def place_unknown(state: State, services: Services) -> list[Reply]:
    return [Reply((Msg(m.PLACE_UNKNOWN),), prompt(state, services)[0].buttons)]


def offer_location_sharing(state: State, event: Choice, services: Services) -> Outcome:
    """Sharing a location is asked for, not offered up front: a standing share button would take
    the place of the phone's keyboard for everyone who types a postal code, and linger after."""
    return state, [Reply((Msg(m.SHARE_LOCATION_HINT),), request_location=True)]


def location_shared(state: State, event: Location, services: Services) -> Outcome:
    if not (-90 <= event.lat <= 90 and -180 <= event.lon <= 180):
        return state, place_unknown(state, services)
    return show_results(state.with_(place=services.place_near(event.lat, event.lon), online_ok=False), services)


def online_fine(state: State, event: Choice, services: Services) -> Outcome:
    return show_results(state.with_(online_ok=True), services)


def home_region(state: State, event: Choice, services: Services) -> Outcome:
    found = services.contact_point_place(state.home_contact_point or "")
    if found is None:
        return state, [Reply((Msg(m.STALE_BUTTON),)), *prompt(state, services)]
    return show_results(state.with_(place=found[1], online_ok=False), services)


# ---------------------------------------------------------------- results
def show_results(state: State, services: Services) -> Outcome:
    new = state.to(Step.RESULTS, page=0, group_id=None)
    return new, results_replies(new, services)


def more_results(state: State, event: Choice, services: Services) -> Outcome:
    new = state.with_(page=state.page + 1)
    return new, results_replies(new, services)


def group_detail(state: State, event: Choice, services: Services) -> Outcome:
    group = services.group(event.value, state.place, state.lang)
    if group is None:
        return state, [Reply((Msg(m.STALE_BUTTON),)), *prompt(state, services)]
    new = state.to(Step.DETAIL, group_id=group.id)
    return new, detail_replies(group, new)


def back_to_results(state: State, event: Choice, services: Services) -> Outcome:
    new = state.with_(step=Step.RESULTS, group_id=None, back=state.back[:-1])
    return new, results_replies(new, services)


def results_replies(state: State, services: Services) -> list[Reply]:
    start_at = state.page * PAGE_SIZE
    found = services.search(state.search(), state.lang, start_at, PAGE_SIZE)
    if not found.total:
        parts: list[Msg | str] = [Msg(m.NO_GROUPS)]
        if found.contact_points:
            parts.append(Msg(m.NEAREST_CONTACT_POINTS))
            for cp in found.contact_points[:2]:
                parts.extend(contact_point_lines(cp))
        else:
            parts.append(Msg(m.NO_GROUPS_NO_PLACE))
        return [
            Reply(tuple(parts), ((Button(Msg(m.BUTTON_NEW_SEARCH), "restart"), Button(Msg(m.BUTTON_BACK), "back")),))
        ]
    if not found.groups:
        return [Reply((Msg(m.NO_MORE),), ((Button(Msg(m.BUTTON_NEW_SEARCH), "restart"),),))]
    if found.all_related:
        singular, plural = m.RESULTS_HEADER_RELATED
    else:
        singular, plural = m.RESULTS_HEADER_NEAR if state.place else m.RESULTS_HEADER
    params = {"n": found.total, "place": state.place.name} if state.place else {"n": found.total}
    parts = [Msg(singular, params, plural, found.total)]
    details = []
    for number, group in enumerate(found.groups, start_at + 1):
        parts.extend(group_summary(number, group))
        details.append(Button(Msg(m.BUTTON_DETAILS, {"number": number}), "group", group.id))
    more = (Button(Msg(m.BUTTON_MORE), "more"),) if start_at + PAGE_SIZE < found.total else ()
    return [Reply(tuple(parts), (tuple(details), (*more, Button(Msg(m.BUTTON_NEW_SEARCH), "restart"))))]


AUDIENCE = {"affected": m.AUDIENCE_AFFECTED, "relatives": m.AUDIENCE_RELATIVES, "both": m.AUDIENCE_BOTH}


def group_summary(number: int, group: GroupView) -> list[Msg | str]:
    facts: list[Msg | str] = [
        Msg(m.GROUP_LINE, {"number": number, "name": group.name}),
        Msg(AUDIENCE.get(group.audience, m.AUDIENCE_BOTH)),
    ]
    if group.related:
        facts.append(Msg(m.RELATED_TOPIC))
    if group.distance_km is not None:
        facts.append(Msg(m.DISTANCE, {"distance": group.distance_km}))
    if group.online:
        facts.append(Msg(m.ONLINE))
    if group.contact_point:
        facts.append(Msg(m.ARRANGED_BY, {"name": group.contact_point.name}))
    return facts


def detail_replies(group: GroupView, state: State) -> list[Reply]:
    parts: list[Msg | str] = [group.name, Msg(AUDIENCE.get(group.audience, m.AUDIENCE_BOTH))]
    if group.topic_name:
        parts.append(Msg(m.TOPIC_CHOSEN, {"topic": group.topic_name}))
    if group.schedule:
        parts.append(Msg(m.DETAIL_SCHEDULE, {"schedule": group.schedule}))
    if group.description:
        parts.append(group.description)
    if group.contact_point:
        parts.append(Msg(m.CONTACT_POINT_HEADER))
        parts.extend(contact_point_lines(group.contact_point))
    parts.append(Msg(m.DETAIL_HINT))
    return [
        Reply(tuple(parts), ((Button(Msg(m.BUTTON_RESULTS), "list"), Button(Msg(m.BUTTON_NEW_SEARCH), "restart")),))
    ]


def contact_point_lines(cp) -> list[Msg | str]:
    lines: list[Msg | str] = [cp.name]
    address = ", ".join(x for x in (cp.street, " ".join(x for x in (cp.postal_code, cp.city) if x)) if x)
    for value, msgid, key in (
        (address, m.CP_ADDRESS, "address"),
        (cp.phone, m.CP_PHONE, "phone"),
        (cp.email, m.CP_EMAIL, "email"),
        (cp.website, m.CP_WEBSITE, "website"),
        (cp.opening_hours, m.CP_HOURS, "hours"),
        (cp.distance_km, m.CP_DISTANCE, "distance"),
    ):
        if value not in (None, ""):
            lines.append(Msg(msgid, {key: value}))
    return lines


# ---------------------------------------------------------------- what each step asks
def prompt(state: State, services: Services) -> list[Reply]:
    """The question of the current step, with its buttons (after a detour: help, crisis, language)."""
    lang = state.lang
    if state.step == Step.TOPIC:
        return [
            Reply(
                (Msg(m.ASK_TOPIC),), ((Button(Msg(m.BUTTON_BROWSE), "browse"), Button(Msg(m.BUTTON_CRISIS), "crisis")),)
            )
        ]
    if state.step == Step.BROWSE:
        if state.category:
            options = services.topics_in(state.category, lang)
            rows = tuple((Button(o.name, "topic", o.id),) for o in options)
            return [Reply((Msg(m.ASK_TOPIC_IN_CATEGORY),), (*rows, (Button(Msg(m.BUTTON_BACK), "back"),)))]
        rows = tuple((Button(o.name, "category", o.id),) for o in services.categories(lang))
        return [Reply((Msg(m.ASK_CATEGORY),), (*rows, (Button(Msg(m.BUTTON_BACK), "back"),)))]
    if state.step == Step.CANDIDATES:
        rows = tuple((Button(services.topic_name(t, lang) or t, "topic", t),) for t in state.candidates)
        return [Reply((Msg(m.ASK_CANDIDATE),), (*rows, (Button(Msg(m.BUTTON_NONE), "none"),)))]
    if state.step == Step.ROLE:
        return [
            Reply(
                (Msg(m.ASK_ROLE),),
                (
                    (Button(Msg(m.BUTTON_AFFECTED), "role", "affected"),),
                    (Button(Msg(m.BUTTON_RELATIVE), "role", "relative"),),
                    (Button(Msg(m.BUTTON_BOTH), "role", "any"),),
                    (Button(Msg(m.BUTTON_BACK), "back"),),
                ),
            )
        ]
    if state.step == Step.LOCATION:
        parts: list[Msg | str] = [Msg(m.ASK_LOCATION)]
        rows: list[tuple[Button, ...]] = [
            (Button(Msg(m.BUTTON_SHARE_LOCATION), "share"),),
            (Button(Msg(m.BUTTON_ONLINE), "online"),),
        ]
        home = services.contact_point_place(state.home_contact_point) if state.home_contact_point else None
        if home:
            parts.append(Msg(m.ASK_LOCATION_HOME, {"name": home[0]}))
            rows.insert(0, (Button(Msg(m.BUTTON_HOME_REGION, {"name": home[1].name}), "home"),))
        rows.append((Button(Msg(m.BUTTON_BACK), "back"),))
        return [Reply(tuple(parts), tuple(rows))]
    if state.step == Step.RESULTS:
        return results_replies(state, services)
    if state.step == Step.DETAIL:
        group = services.group(state.group_id or "", state.place, lang)
        return detail_replies(group, state) if group else results_replies(state.with_(step=Step.RESULTS), services)
    return choose_language(state, Choice("language"), services)[1]


def new_topic_text(state: State, event: Event, services: Services) -> Outcome:
    """Typing in a later step starts a new search with that text."""
    return topic_text(state.to(Step.TOPIC, candidates=()), event, services)


TRANSITIONS: dict[Step, dict[str, Handler]] = {
    Step.TOPIC: {"text": topic_text, "choice:browse": browse},
    Step.BROWSE: {"text": new_topic_text, "choice:category": pick_category, "choice:topic": pick_topic},
    Step.CANDIDATES: {
        "text": new_topic_text,
        "choice:topic": pick_topic,
        "choice:none": none_fits,
        "choice:browse": browse,
    },
    Step.ROLE: {"text": role_text, "choice:role": pick_role},
    Step.LOCATION: {
        "text": location_text,
        "location": location_shared,
        "choice:share": offer_location_sharing,
        "choice:online": online_fine,
        "choice:home": home_region,
    },
    Step.RESULTS: {"choice:more": more_results, "choice:group": group_detail, "text": new_topic_text},
    Step.DETAIL: {"choice:list": back_to_results, "choice:group": group_detail, "text": new_topic_text},
    Step.LANGUAGE: {"text": new_topic_text},
}
