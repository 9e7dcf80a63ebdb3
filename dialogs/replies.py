"""What the conversation says: each step's question, the results, a group's details, the crisis
reply and the short answers to what people ask on the way. Pure: replies are built from the state
and what the services look up; the decisions are in dialogs/machine.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dialogs import messages as m
from dialogs.model import Asked, Button, Msg, Outcome, Reply, State, Step
from dialogs.services import Services
from dialogs.views import (
    FAR_KM,
    TOWN_KM,
    ContactPointView,
    CrisisHelp,
    GroupView,
    LanguageList,
    MeetingTimes,
    ResourceView,
    Results,
)

PAGE_SIZE = 3
NEAR_KM = 25.0  # "in der Nähe" only this close; farther, the distance is said
NAKOS_WEBSITE = "https://www.nakos.de"  # the national information point (../shared/FACTS.md)
CRISIS_INTROS = {
    "suicide": m.CRISIS_SUICIDE,
    "self_harm": m.CRISIS_SELF_HARM,
    "violence_now": m.CRISIS_VIOLENCE,
    "violence_to_him": m.CRISIS_VIOLENCE,  # a man hit by his wife: the same words, other lines (data/crisis)
    "medical": m.CRISIS_MEDICAL,
    "overdose": m.CRISIS_OVERDOSE,
    "self_harm_bleeding": m.CRISIS_SELF_HARM_BLEEDING,
    "emergency_other": m.CRISIS_EMERGENCY_OTHER,
    "child_abuse": m.CRISIS_CHILD_ABUSE,
    "witness": m.CRISIS_WITNESS,
    "road_danger": m.CRISIS_ROAD_DANGER,
}
CLOSE_ONES_DANGER = ("suicide", "self_harm")  # told of someone close, the crisis reply speaks to the one who worries
# the words for the one who tells of someone else's danger of these kinds (the triage read it as not the writer's own,
# `State.answered_own`): "abim kendini kesti her yer kan", a parent's or a sibling's child abused ("my dad sexually
# abuses my little sister", "عمها بيتحرش ببنتي"), the numbers staying the same
CLOSE_ONES_INTROS = {
    "self_harm_bleeding": m.CRISIS_SELF_HARM_BLEEDING_CLOSE,
    "child_abuse": m.CRISIS_CHILD_ABUSE_CLOSE,
}
PARENTS = "parents"  # data/crisis's situation of a parent of young people: their own line
# data/crisis's situations once violence to the writer has stopped: someone to talk to (the young: their own line),
# and the police for when it starts again
STOPPED, STOPPED_YOUNG, STARTS_AGAIN = "stopped", "stopped_young", "starts_again"
TALK = "talk"  # data/crisis's someone to talk to: for a man hit by his wife once it stopped (no men's line verified)
TO_HIM = "violence_to_him"  # violence now to a man by his wife: 110 first, no women's line as his own
LIFE_AT_STAKE = ("medical", "emergency_other", "overdose", "self_harm_bleeding")  # the group search can wait
YOUNG = "+young"  # marks the safety question's "yes" for a child or teenager
AUDIENCE = {"affected": m.AUDIENCE_AFFECTED, "relatives": m.AUDIENCE_RELATIVES, "both": m.AUDIENCE_BOTH}
FOR_WHOM = {"affected": m.FOR_SELF, "relative": m.FOR_RELATIVE, "any": m.FOR_BOTH}
STORED_HOURS = 24  # the state store's default lifetime (bot/config.py)
PRIVACY_NOTE = Msg(m.PRIVACY, {"hours": STORED_HOURS})
INTENT_ANSWERS = {
    "cost": (Msg(m.ANSWER_COST),),
    "when": (Msg(m.ANSWER_WHEN),),
    "length": (Msg(m.ANSWER_LENGTH),),
    "alone": (Msg(m.ANSWER_ALONE),),
    "along": (Msg(m.ANSWER_ALONG),),
    "anonymous": (Msg(m.ANSWER_ANONYMOUS),),
    "parents_told": (Msg(m.ANSWER_PARENTS_TOLD), Msg(m.ANSWER_AGE)),
    "language": (Msg(m.ANSWER_LANGUAGE),),
    "bot": (Msg(m.ANSWER_BOT), PRIVACY_NOTE),
    "forget": (Msg(m.FORGET, {"hours": STORED_HOURS}),),
    "age": (Msg(m.ANSWER_AGE),),
    "group_talk": (Msg(m.ANSWER_GROUP_TALK),),
    "phone": (Msg(m.ANSWER_PHONE),),
    "contact_point": (Msg(m.ANSWER_CONTACT_POINT),),
    "who_leads": (Msg(m.ANSWER_WHO_LEADS),),
    "data_source": (Msg(m.ANSWER_DATA_SOURCE),),
    "data_demo": (Msg(m.ANSWER_DATA_DEMO),),  # bot/understanding.py: asked where the data is from, the demo running
}
TOPIC_ROW = ((Button(Msg(m.BUTTON_BROWSE), "browse"), Button(Msg(m.BUTTON_CRISIS), "crisis")),)  # help a tap away
# the button an answer comes with: deleting asked for in words gets what /delete does
INTENT_BUTTONS = {"forget": (Button(Msg(m.BUTTON_FORGET), "forget"),)}
REACHED = ("when", "phone")  # answered by the contact point's own lines where one is shown
ELSE_ROW = (Button(Msg(m.BUTTON_CHANGE), "change"), Button(Msg(m.BUTTON_NEW_SEARCH), "restart"))
LIST_ROW = (Button(Msg(m.BUTTON_RESULTS), "list"), Button(Msg(m.BUTTON_NEW_SEARCH), "restart"))  # back to the list
# after a crisis reply: on with the search, or the numbers again
ON_OR_NUMBERS = ((Button(Msg(m.BUTTON_CONTINUE), "continue"),), (Button(Msg(m.BUTTON_NUMBERS_AGAIN), "crisis"),))
# the steps asking for what is still missing, where the search told so far is changed by "✏️ Ändern"
CHANGEABLE_STEPS = (Step.TOPIC, Step.BROWSE, Step.CANDIDATES, Step.ROLE, Step.LOCATION, Step.PLACE)


def lead(part: Msg | str, replies: list[Reply]) -> list[Reply]:
    """The replies with `part` said first, in the same message."""
    first, *rest = replies
    return [replace(first, parts=(part, *first.parts)), *rest]


# ---------------------------------------------------------------- what each step asks
def prompt(state: State, services: Services) -> list[Reply]:
    """The question of the current step, with its buttons (after a detour: help, crisis, language); "✏️ Ändern"
    belongs to them where something told can be changed, so an answer mid-step ("wer leitet die Gruppe?") that
    asks the step again keeps it, as a tap on a button keeps it (a page of groups has its own)."""
    asked = step_question(state, services)
    return with_change_button(asked) if state.step in CHANGEABLE_STEPS and something_told(state) else asked


def something_told(state: State) -> bool:
    """Whom the search is for, or where, told already: what "✏️ Ändern" changes (the topic alone has "Zurück")."""
    return bool(state.role or state.place or state.online_ok or state.place_options)


def step_question(state: State, services: Services) -> list[Reply]:
    """The question of the current step with the step's own buttons."""
    lang = state.lang
    if state.step == Step.TOPIC:
        return [Reply((Msg(m.ASK_TOPIC),), TOPIC_ROW)]
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
        roles = (("affected", m.BUTTON_AFFECTED), ("relative", m.BUTTON_RELATIVE), ("any", m.BUTTON_BOTH))
        rows = tuple((Button(Msg(label), "role", role),) for role, label in roles)
        return [Reply((Msg(m.ASK_ROLE),), (*rows, (Button(Msg(m.BUTTON_BACK), "back"),)))]
    if state.step == Step.LOCATION:
        return [location_question(state, services)]
    if state.step == Step.PLACE:
        rows = tuple((Button(p.name, "place", str(i)),) for i, p in enumerate(state.place_options))
        return [Reply((place_question(state),), (*rows, (Button(Msg(m.BUTTON_OTHER_PLACE), "other"),)))]
    if state.step == Step.RESULTS:
        return results_replies(state, services)
    if state.step == Step.DETAIL:
        group = services.group(state.group_id or "", state.place, lang)
        return detail_replies(group, state) if group else results_replies(state.with_(step=Step.RESULTS), services)
    buttons = tuple((Button(name, "lang", code),) for code, name in m.LANGUAGE_NAMES.items())
    return [Reply((Msg(m.ASK_LANGUAGE),), buttons)]


def place_question(state: State) -> Msg:
    """ "Which Aue?" for places of one name; for two places named apart, the writer's own first (see
    bot/understanding.py, Reader.choose), where to look."""
    options = state.place_options
    if len(options) != 2 or _first_word(options[0].name) == _first_word(options[1].name):
        return Msg(m.ASK_PLACE_CHOICE)
    return Msg(m.ASK_PLACE_WHOSE, {"own": options[0].name, "other": options[1].name})


def _first_word(name: str) -> str:
    return re.split(r"[\W_]+", name.casefold(), maxsplit=1)[0]


def location_question(state: State, services: Services) -> Reply:
    parts: list[Msg | str] = [Msg(m.ASK_PLACE_ONLY if state.online_ok else m.ASK_LOCATION)]
    rows: list[tuple[Button, ...]] = [(Button(Msg(m.BUTTON_SHARE_LOCATION), "share"),)]
    if not state.online_ok:  # said already: asked for the place because no group meets online
        rows.append((Button(Msg(m.BUTTON_ONLINE), "online"),))
    home = services.contact_point_place(state.home_contact_point) if state.home_contact_point else None
    if home:
        parts.append(Msg(m.ASK_LOCATION_HOME, {"name": home[0]}))
        rows.insert(0, (Button(Msg(m.BUTTON_HOME_REGION, {"name": home[1].name}), "home"),))
    rows.append((Button(Msg(m.BUTTON_BACK), "back"),))
    return Reply(tuple(parts), tuple(rows))


def with_change_button(replies: list[Reply]) -> list[Reply]:
    """The first reply with "✏️ Ändern" (what was understood may be wrong), unless it has one."""
    first, *rest = replies
    if any(b.action == "change" for row in first.buttons for b in row):
        return replies
    return [replace(first, buttons=(*first.buttons, (Button(Msg(m.BUTTON_CHANGE), "change"),))), *rest]


def understood_line(state: State, services: Services) -> Msg:
    """ "Verstanden: Alkohol · für Angehörige · Chemnitz": what the bot now knows, in one line; every
    topic searched ("Alkohol + Depression"), not only the first; a relative's own topics with whom
    they are for ("Alkohol · für Angehörige · Depression · für dich selbst")."""
    summary: list[Msg | str] = []
    own = state.search().own_topics if state.role == "relative" else ()
    theirs = tuple(t for t in state.topic_ids if t not in own)
    if theirs:
        summary.append(" + ".join(services.topic_name(t, state.lang) or t for t in theirs))
    elif state.query:
        summary.append(state.query)
    if state.role:
        summary.append(Msg(FOR_WHOM[state.role]))
    if own:  # "Alkohol · für Angehörige · Depression · für dich selbst"
        summary.extend((" + ".join(services.topic_name(t, state.lang) or t for t in own), Msg(m.FOR_SELF)))
    if state.place and state.online_ok:
        summary.append(Msg(m.PLACE_OR_ONLINE, {"place": state.place.name}))
    elif state.place:
        summary.append(state.place.name)
    elif state.online_ok:
        summary.append(Msg(m.ONLINE_PLACE))
    return Msg(m.UNDERSTOOD, {"summary": tuple(summary)})


# ---------------------------------------------------------------- results
def results_replies(state: State, services: Services) -> list[Reply]:
    """A page of groups; the first page (or none found) answers the search: its outcome."""
    start_at = state.page * PAGE_SIZE
    found = services.search(state.search(), state.lang, start_at, PAGE_SIZE)
    if not found.total and not state.place:
        return [replace(no_group_reply(state), outcome=search_outcome(state, found))]
    if not found.groups and found.total:
        return [Reply((Msg(m.NO_MORE),), ((Button(Msg(m.BUTTON_NEW_SEARCH), "restart"),),))]
    parts: list[Msg | str] = []
    if state.page == 0 and state.online_ok and state.place and not found.online:
        parts.append(Msg(m.NO_ONLINE_GROUPS))  # "online?" near a place: the groups there, said honestly
    if state.page == 0:
        parts.extend(where_to_turn(state, found, services))
    if found.groups:
        parts.append(results_header(state, found))
    details = []
    for number, group in enumerate(found.groups, start_at + 1):
        parts.extend(group_summary(number, group))
        details.append(Button(Msg(m.BUTTON_DETAILS, {"number": number}), "group", group.id))
    more = (Button(Msg(m.BUTTON_MORE), "more"),) if start_at + PAGE_SIZE < found.total else ()
    if none_near(state, found):  # the same page for none at all and none near: where else to look
        online = () if state.online_ok else (Button(Msg(m.BUTTON_ONLINE), "online"),)
        rows = ((*more, *online, Button(Msg(m.BUTTON_OTHER_PLACE), "change", "place")), ELSE_ROW)
    else:
        rows = ((*more, Button(Msg(m.BUTTON_BACK), "back"), *ELSE_ROW),)
    outcome = search_outcome(state, found) if state.page == 0 else None
    return [Reply(tuple(parts), tuple(row for row in (tuple(details), *rows) if row), outcome=outcome)]


def none_near(state: State, found: Results) -> bool:
    """Whether a search at a place found no group on its topic near it: none at all, or none within FAR_KM."""
    nearest = found.nearest_km
    return state.place is not None and (not found.total or (nearest is not None and nearest > FAR_KM))


def searched_topic(state: State, services: Services) -> str:
    """The topics searched, by their names in the person's language ("Alkohol + Depression"), else the words
    searched for."""
    return " + ".join(services.topic_name(t, state.lang) or t for t in state.topic_ids) or state.query


def contact_point_next(state: State, services: Services) -> Reply | None:
    """A "ja" to a page of results that named where to turn (no group, or none near: see where_to_turn) is a
    yes to that contact point, the one thing the page offered: its lines with what to tell it, not the page
    again. None for a page of groups near, which offered nothing to say yes to (but its groups), and for one
    of groups far away that said no contact point is near either (it named the NAKOS)."""
    found = services.search(state.search(), state.lang, 0, PAGE_SIZE)
    cp = found.contact_points[0] if found.contact_points else None
    far = cp is not None and cp.distance_km is not None and cp.distance_km > FAR_KM
    if cp is None or far or not where_to_turn(state, found, services):
        return None
    lines = (Msg(m.CONTACT_POINT_NEXT), *contact_point_lines(cp, state.lang))
    return Reply(lines, (ELSE_ROW,))


def acknowledged(state: State, services: Services) -> Reply:
    """A bare "ok" (or a "ja" to a page that offered nothing to say yes to) after the results: a short word
    that the person can go on from there, with the page's buttons, not the list again; "choose a group" only
    where the page showed one."""
    page = results_replies(state, services)[-1]
    return Reply((Msg(m.ACKNOWLEDGED if _lists_groups(page) else m.ACKNOWLEDGED_NO_GROUPS),), page.buttons)


def _lists_groups(page: Reply) -> bool:
    return any(button.action == "group" for row in page.buttons for button in row)


def back_to_page(state: State, services: Services) -> tuple[tuple[Button, ...], ...]:
    """The buttons under an answer given on a page of results or a group's card: "Zurück zur Liste" where there
    is a list to go back to, else (no group found) the page's own ways on."""
    if state.step == Step.RESULTS:
        page = results_replies(state, services)[-1]
        if not _lists_groups(page):
            return page.buttons
    return (LIST_ROW,)


def search_outcome(state: State, found: Results) -> Outcome:
    """Online only without a place; else whether a group on the topic meets within NEAR_KM
    (groups found through a related topic, or online ones, do not count: no group for it is near)."""
    if state.place is None:
        return Outcome.ONLINE
    return Outcome.FOUND if found.local_km is not None and found.local_km <= NEAR_KM else Outcome.NONE_NEAR


def where_to_turn(state: State, found: Results, services: Services) -> list[Msg | str]:
    """The contact point said before the groups. When no group on the topic meets within FAR_KM (none
    at all, or only far away), one page: that nothing was found for the topic there, then the contact
    point of the region, which can name groups not listed here and helps found one (beyond FAR_KM none
    is "in deiner Nähe": that is said, with the NAKOS, which knows them all). When it is nearer than any
    group by more than TOWN_KM, it comes first too: the groups meet in other towns; it arranges them."""
    if state.place is None:
        return []
    nearest, cp = found.nearest_km, found.contact_points[0] if found.contact_points else None
    if none_near(state, found):
        said = {"topic": searched_topic(state, services), "place": state.place.name}
        if cp is None or (cp.distance_km is not None and cp.distance_km > FAR_KM):
            return [Msg(m.NONE_NEAR_AT_ALL, said), Msg(m.NAKOS, {"website": NAKOS_WEBSITE})]
        return [Msg(m.NONE_NEAR, said), *contact_point_lines(cp, state.lang)]
    if cp and nearest is not None and cp.distance_km is not None and cp.distance_km < nearest - TOWN_KM:
        return [Msg(m.LOCAL_CONTACT_POINT), *contact_point_lines(cp, state.lang)]
    return []


def results_header(state: State, found: Results) -> Msg:
    """What the list is: online, near the place, or how far the nearest group of the page is (the next
    pages too: "Weitere Gruppen" 67-95 km away are not "in der Nähe"); beyond FAR_KM the groups
    are offered as far away, not as an answer."""
    params: dict = {"n": found.total}
    nearest = found.nearest_km
    if found.all_related:
        singular, plural = m.RESULTS_HEADER_RELATED
    elif state.online_ok and not state.place:
        singular, plural = m.RESULTS_HEADER_ONLINE
    elif state.online_ok and found.online:  # not all "near": each says where it meets
        singular, plural = m.RESULTS_HEADER_ONLINE_OR_THERE
    elif state.place and nearest is not None and nearest > NEAR_KM and state.page:
        return Msg(m.RESULTS_MORE_FAR, {"place": state.place.name, "distance": nearest})
    elif state.place and nearest is not None and nearest > FAR_KM:
        singular, plural = m.RESULTS_HEADER_AWAY
        params |= {"place": state.place.name, "distance": nearest}
    elif state.place and nearest is not None and nearest > NEAR_KM:
        singular, plural = m.RESULTS_HEADER_FAR
        params |= {"place": state.place.name, "distance": nearest}
    elif state.place:
        singular, plural = m.RESULTS_HEADER_NEAR
        params["place"] = state.place.name
    else:
        singular, plural = m.RESULTS_HEADER
    return Msg(singular, params, plural, found.total)


def no_group_reply(state: State) -> Reply:
    """No group meets online, and no place was searched: said honestly, with the NAKOS, and a place asked for."""
    parts = (Msg(m.NO_ONLINE_GROUPS), Msg(m.NAKOS, {"website": NAKOS_WEBSITE}), Msg(m.NO_GROUPS_NO_PLACE))
    return Reply(parts, (ELSE_ROW,))


def group_summary(number: int, group: GroupView) -> list[Msg | str]:
    facts: list[Msg | str] = [
        Msg(m.GROUP_LINE, {"number": number, "name": group.name}),
        Msg(AUDIENCE.get(group.audience, m.AUDIENCE_BOTH)),
    ]
    if group.related:
        facts.append(Msg(m.RELATED_TOPIC))
    if group.city and group.distance_km is not None and group.distance_km >= 1:
        facts.append(Msg(m.GROUP_CITY_DISTANCE, {"city": group.city, "distance": group.distance_km}))
    elif group.city:
        facts.append(Msg(m.GROUP_CITY, {"city": group.city}))
    elif group.distance_km is not None and group.distance_km >= 1:
        facts.append(Msg(m.DISTANCE, {"distance": group.distance_km}))
    if group.online:
        facts.append(Msg(m.ONLINE))
    if group.contact_point:
        facts.append(Msg(m.ARRANGED_BY, {"name": contact_point_name(group.contact_point)}))
    return facts


def detail_replies(group: GroupView, state: State) -> list[Reply]:
    parts: list[Msg | str] = [group.name, Msg(AUDIENCE.get(group.audience, m.AUDIENCE_BOTH))]
    if group.topic_name:
        parts.append(Msg(m.TOPIC_CHOSEN, {"topic": group.topic_name}))
    if group.schedule:
        parts.append(schedule_line(group.schedule, state.lang, m.DETAIL_SCHEDULE, m.DETAIL_SCHEDULE_ORIGINAL))
    if group.description:
        parts.append(group.description)
    if group.contact_point:
        parts.append(Msg(m.CONTACT_POINT_HEADER))
        parts.extend(contact_point_lines(group.contact_point, state.lang))
    else:
        parts.append(Msg(m.DETAIL_HINT))
    return [Reply(tuple(parts), (LIST_ROW,))]


def contact_point_name(cp: ContactPointView) -> str:
    """Several contact points share one name ("KISS"): the city tells them apart."""
    return f"{cp.name} ({cp.city})" if cp.city and cp.city.casefold() not in cp.name.casefold() else cp.name


def contact_point_lines(cp: ContactPointView, lang: str) -> list[Msg | str]:
    """Name, then the ways to reach it (e-mail first when there is no phone), then where and when,
    and how to get in touch: never "call them" without a number."""
    lines: list[Msg | str] = [contact_point_name(cp)]
    address = ", ".join(x for x in (cp.street, " ".join(x for x in (cp.postal_code, cp.city) if x)) if x)
    hours = m.CP_HOURS if not isinstance(cp.opening_hours, str) or lang == "de" else m.CP_HOURS_ORIGINAL
    for value, msgid, key in (
        (cp.phone, m.CP_PHONE, "phone"),
        (cp.email, m.CP_EMAIL, "email"),
        (cp.website, m.CP_WEBSITE, "website"),
        (address, m.CP_ADDRESS, "address"),
        (cp.opening_hours, hours, "hours"),
        (LanguageList(cp.languages) if cp.languages else None, m.CP_LANGUAGES, "languages"),
    ):
        if value not in (None, ""):
            lines.append(Msg(msgid, {key: value}))
    if cp.distance_km is not None:  # like every other distance said, "0 km" of one in the same town too
        lines.append(Msg(m.CP_DISTANCE, {"distance": cp.distance_km}) if cp.distance_km >= 1 else Msg(m.CP_NEAR))
    lines.append(Msg(m.DETAIL_HINT if cp.phone else m.DETAIL_HINT_WRITE if cp.email else m.DETAIL_HINT_WEBSITE))
    return lines


# ---------------------------------------------------------------- crisis
def crisis_replies(state: State, kind: str | None, young: bool, services: Services) -> list[Reply]:
    """A relative who writes of someone close's suicidal thoughts or self-harm is not told that it
    sounds as if they were in a bad place: the words are for the one who worries, and a parent also
    gets the parents' line (data/crisis)."""
    found = services.crisis_help(kind, young, state.lang, worried_parent(state, kind))
    lines = [Msg(crisis_intro(state, kind)), *resource_lines(found)]
    if found.note:
        lines.append(found.note)
    lines.append(Msg(m.CRISIS_FOOTER_LATER if kind in LIFE_AT_STAKE else m.CRISIS_FOOTER))
    return [Reply(tuple(lines), ((Button(Msg(m.BUTTON_CONTINUE), "continue"),),), outcome=Outcome.CRISIS)]


def crisis_intro(state: State, kind: str | None) -> str:
    """What the crisis reply says before the numbers: to the one who worries about someone close, to the one told
    of someone else's bleeding wound or abused child (`CLOSE_ONES_INTROS`), or to the one in danger."""
    if worried(state, kind):
        return m.CRISIS_SOMEONE_CLOSE
    if kind in CLOSE_ONES_INTROS and not state.answered_own:
        return CLOSE_ONES_INTROS[kind]
    return CRISIS_INTROS.get(kind or "", m.CRISIS_GENERAL)


def worried(state: State, kind: str | None) -> bool:
    """Whether the person writes, as a relative, of someone close's suicidal thoughts or self-harm:
    not of their own (`State.answered_own`: "mein Mann trinkt ... eigentlich will ich gar nicht
    mehr leben" is the writer's crisis, whatever the search)."""
    return state.role == "relative" and kind in CLOSE_ONES_DANGER and not state.answered_own


def worried_parent(state: State, kind: str | None) -> bool:
    """Whether they write so as the parent (of their son or daughter): the parents' line answers."""
    return worried(state, kind) and "parent" in state.relations


def after_crisis_reply() -> Reply:
    """A bare "nein" (or "ja", "weiß nicht") after a crisis reply: it is fine, the search goes on
    where it was, or the numbers again."""
    return Reply((Msg(m.AFTER_CRISIS),), ON_OR_NUMBERS)


def call_now(found: CrisisHelp, intro: str = m.CALL_NOW, young: bool = False, every: bool = False) -> Reply:
    """The numbers again after a crisis reply, and the way on. A "ja" to it, or asking for the
    numbers, gets `every` line of the crisis reply (someone who says yes is at least as much in
    danger: 112, and for violence the Hilfetelefon, stay); a reaction that asks for no search ("und
    jetzt?", "ok", "hmm") is told the most important one after a kind word (`intro` STILL_THERE),
    for a child or teenager with theirs beside it (the crisis reply gave it second)."""
    shown = found.resources if every else found.resources[: 2 if young else 1]
    return Reply((Msg(intro), *resource_lines(replace(found, resources=shown))), ON_OR_NUMBERS)


def lines_languages(found: CrisisHelp) -> Reply:
    """A language asked about right after a crisis reply ("а там говорять українською?", "do they speak arabic?"):
    every line of it again with its numbers, each with only what data/crisis says of its languages (the
    Hilfetelefon's interpreters; 112 and 110 take every call); of the others the bot knows nothing but that they are
    German services, and says so rather than guess. The crisis keyboard stays: the person can still call."""
    lines = [Msg(m.LINES_LANGUAGES)]
    for resource in found.resources:
        said = _line_named(resource)
        if resource.interpreters:
            lines.append(Msg(m.LINE_INTERPRETERS, {**said, "count": str(resource.interpreters)}))
        else:
            lines.append(Msg(m.LINE_EVERY_CALL if resource.emergency else m.LINE_LANGUAGE_UNKNOWN, said))
    return Reply(tuple(lines), ON_OR_NUMBERS)


def stopped_reply(listen: CrisisHelp, again: CrisisHelp, young: bool) -> Reply:
    """Violence to the writer stopped for now ("he stopped, he went out. i dont want police"): said back, that it
    is not their fault, whom they can talk it through with (a young person their own line, with its hours), and
    the police for when it starts again; the way on, with the numbers a tap away."""
    intro = Msg(m.STOPPED_YOUNG if young else m.STOPPED)
    return Reply((intro, *resource_lines(listen), Msg(m.IF_IT_STARTS_AGAIN), *resource_lines(again)), ON_OR_NUMBERS)


def _line_named(resource: ResourceView) -> dict[str, str]:
    """A line's name and numbers as every reply names them."""
    return {"name": resource.name, "numbers": " / ".join(resource.numbers)}


def numbers_line(found: CrisisHelp) -> Msg:
    """The numbers of a crisis reply already given, in one line, said beside what follows."""
    numbers = " · ".join(f"{r.name} {r.numbers[0]}" for r in found.resources if r.numbers)
    return Msg(m.NUMBERS_LINE, {"numbers": numbers})


def resource_lines(found: CrisisHelp) -> list[Msg | str]:
    lines: list[Msg | str] = []
    for resource in found.resources:
        lines.append(Msg(m.RESOURCE_LINE, _line_named(resource)))
        lines.append(resource.who + (f" – {resource.web}" if resource.web else ""))
    return lines


def who_else_listens(state: State, services: Services) -> list[Msg | str]:
    """Said with the groups: a young writer, whom most groups (for adults) do not fit, the Nummer gegen
    Kummer and to ask around; a parent of young people the parents' line, whose own it is."""
    if state.young:
        return [Msg(m.ANSWER_AGE)]
    if state.parent_of_young:
        return [Msg(m.FOR_PARENTS), *resource_lines(services.crisis_help(PARENTS, False, state.lang))]
    return []


# ---------------------------------------------------------------- what people say on the way
def intent_replies(intents: tuple[str, ...], state: State, services: Services) -> list[Reply]:
    """Short answers to what people ask besides their search, every question of a message in one
    ("was kostet das und wann trefft ihr euch?"); the conversation stays where it was."""
    intent = intents[0]
    if intent == "thanks" and state.asked == Asked.CRISIS:  # "danke" for the numbers: the way on stays
        return [replace(after_crisis_reply(), parts=(Msg(m.ANSWER_THANKS_CRISIS),))]
    if intent == "thanks":
        buttons = (Button(Msg(m.BUTTON_NEW_SEARCH), "restart"), Button(Msg(m.BUTTON_CRISIS), "crisis"))
        return [Reply((Msg(m.ANSWER_THANKS),), (buttons,))]
    if intent == "hello":
        return hello(state, services)
    if intent == "talk":
        listening = services.crisis_help("talk", False, state.lang)
        groups = () if state.topic_ids or state.query else (Msg(m.ANSWER_TALK_GROUPS),)  # "tell me what it is about"
        return [Reply((Msg(m.ANSWER_TALK), *resource_lines(listening), *groups)), *prompt(state, services)]
    reach = contact_point_shown(state, services) if {"hours", "phone"} & set(intents) else None
    if reach:  # "wann hat die Kontaktstelle offen?", "Telefonnummer?": its own hours and number, not the groups'
        others = question_answers(tuple(i for i in intents if i not in REACHED), state.role)
        # hours asked of one whose hours the directory lacks: said so, then how to ask it
        unknown = (Msg(m.CP_HOURS_UNKNOWN),) if "hours" in intents and not reach.opening_hours else ()
        lines = (*unknown, Msg(m.CONTACT_POINT_REACH), *contact_point_lines(reach, state.lang))
        return [Reply((*(others.parts if others else ()), *lines), back_to_page(state, services))]
    times = meeting_times(state, services) if "when" in intents else ()
    # "Hilfe", "wer bist du eigentlich?": what the bot is
    answer = question_answers(intents, state.role, times) or Reply((Msg(m.ANSWER_WHO),))
    if state.step in (Step.RESULTS, Step.DETAIL):
        return [replace(answer, buttons=(*answer.buttons, *back_to_page(state, services)))]
    return [answer, *prompt(state, services)]


def hello(state: State, services: Services) -> list[Reply]:
    """A greeting: at the start, the welcome's question; mid-conversation ("hallo" under the groups) a short "hello
    again" with the page's buttons, or with the step's question, not the whole page or block once more."""
    if not (state.topic_ids or state.query or state.role or state.place or state.step != Step.TOPIC):
        return lead(Msg(m.ANSWER_HELLO), prompt(state, services))
    if state.step == Step.RESULTS:
        return [Reply((Msg(m.ANSWER_HELLO_AGAIN),), results_replies(state, services)[-1].buttons)]
    return lead(Msg(m.ANSWER_HELLO_AGAIN), prompt(state, services))


def question_for_the_contact_point(state: State, services: Services) -> list[Reply] | None:
    """A question about the groups shown that the bot has no answer to ("ist da ein Aufzug?", "kann ich auch nur
    einmal schauen?"): the contact point that knows them, and how to reach it, instead of "not understood";
    None where no group is shown."""
    reach = contact_point_shown(state, services)
    if reach is None:
        return None
    lines = (Msg(m.UNKNOWN_QUESTION), *contact_point_lines(reach, state.lang))
    return [Reply(lines, back_to_page(state, services))]


def contact_point_shown(state: State, services: Services) -> ContactPointView | None:
    """The contact point of the group shown in detail, or of the first group on the page shown."""
    if state.step == Step.DETAIL:
        group = services.group(state.group_id or "", state.place, state.lang)
    elif state.step == Step.RESULTS:
        found = services.search(state.search(), state.lang, state.page * PAGE_SIZE, 1)
        group = found.groups[0] if found.groups else None
    else:
        return None
    return group.contact_point if group else None


def meeting_times(state: State, services: Services) -> tuple[Msg | str, ...]:
    """When the groups shown meet, as the directory says ("wann treffen die sich genau?" after a group or a
    list was shown): the group in detail, or those of the page that have a time, each by its name (and
    number on the list), then that the contact point knows whether it still holds; none when no group shown
    has a time (then the contact point knows: ANSWER_WHEN)."""
    if state.step == Step.DETAIL:
        group = services.group(state.group_id or "", state.place, state.lang)
        named = [(group.name, group.schedule)] if group and group.schedule else []
    elif state.step == Step.RESULTS:
        start_at = state.page * PAGE_SIZE
        found = services.search(state.search(), state.lang, start_at, PAGE_SIZE)
        named = [(f"{n}. {g.name}", g.schedule) for n, g in enumerate(found.groups, start_at + 1) if g.schedule]
    else:
        named = []
    timed = [schedule_line(s, state.lang, m.SCHEDULE_OF, m.SCHEDULE_OF_ORIGINAL, name=name) for name, s in named]
    return (Msg(m.ANSWER_WHEN_SCHEDULE), *timed, Msg(m.ANSWER_WHEN_CHECK)) if timed else ()


def schedule_line(schedule: MeetingTimes | str, lang: str, msgid: str, original: str, **params: str) -> Msg:
    """When a group meets: times the directory gives structured in the person's language; its own German text
    as it is, said to be the original to anyone reading another language."""
    said = original if isinstance(schedule, str) and lang != "de" else msgid
    return Msg(said, {**params, "schedule": schedule})


def question_answers(intents: tuple[str, ...], role: str | None = None, times: tuple = ()) -> Reply | None:
    """The answers to every everyday question of a message (cost, when, anonymous, language,
    bot) in one message; None when it asks none of them. "Kann ich alleine hin?" of someone not
    searching as a relative says nothing of relatives' groups; "when" is answered by the shown groups'
    `times` where there are any (see meeting_times)."""
    answers = INTENT_ANSWERS if role == "relative" else INTENT_ANSWERS | {"alone": (Msg(m.ANSWER_ALONE_SELF),)}
    if times:
        answers = answers | {"when": times}
    parts: list[Msg | str] = []
    for part in (part for said in intents for part in answers.get(said, ())):
        parts += [part] if part not in parts else []  # "will they tell my parents? i'm 15": one youth note
    rows = tuple(INTENT_BUTTONS[said] for said in intents if said in INTENT_BUTTONS)
    return Reply(tuple(parts), rows) if parts else None


def language_offer(lang: str) -> Reply:
    """In the language a message was written in: "I can also write to you in English." (one tap)."""
    return Reply((Msg(m.LANGUAGE_OFFER, lang=lang),), ((Button(m.LANGUAGE_NAMES[lang], "lang", lang),),))


def language_switched(before: str) -> Reply:
    """ "I will now write to you in English." in the language a message was written in, with the language spoken
    before one tap away (its name in its own words, "Deutsch"): a writer's language is read from a few words."""
    return Reply((Msg(m.LANGUAGE_SET),), ((Button(m.LANGUAGE_NAMES[before], "lang", before),),))
