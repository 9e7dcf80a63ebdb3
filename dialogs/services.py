"""What the conversation needs to know about the world, as one interface.

The bot implements it over the directory, taxonomy, gazetteer and crisis data (bot/services.py);
tests can implement it with a few lines. Every method is a pure lookup: no writes, no network.
"""

from __future__ import annotations

from typing import Protocol

from dialogs.model import Choice, Place, Search
from dialogs.triage import Triage
from dialogs.views import CrisisHelp, GroupView, Results, TopicOption, Understanding


class Services(Protocol):
    def triage(self, text: str, lang: str, letters: bool = True, bereaved: bool = False) -> Triage:
        """Signs of danger in a text; `lang` (the conversation's) only breaks ties between languages.
        `letters=False` reads it by the lexicon alone: an answer the step asked for ("wir beide, mein
        Mann und ich" for whom) is no case for the letter model, which read that one as a crisis.
        `bereaved`: a death was told earlier in this search ("ich gehe ihr hinterher" is then the writer's end)."""
        ...

    def crisis_help(self, kind: str | None, young: bool, lang: str, parent: bool = False) -> CrisisHelp:
        """The numbers for a situation, and what is said after them; `parent`: for a parent who
        writes of their child."""
        ...

    def understand(self, text: str, lang: str, home_contact_point: str | None) -> Understanding:
        """What a message says about the search (topics, role, place, online) and what else it
        asks; places near the flyer's contact point are preferred."""
        ...

    def yes_or_no(self, text: str, opening: bool = False) -> str | None:
        """ "yes", "no" or "unsure" when a whole message is only that answer ("ja bitte", "nee passt
        schon", "evet", "нет"), "ok" when it only acknowledges ("ok", "tamam", "ладно"), else None.
        `opening` (the safety question is open): "yes" also for a message a yes opens and nothing after it
        turns ("jo i ruf morge a", "yes i will call"; not "ja, aber mir gehts gut")."""
        ...

    def typed_button(self, text: str) -> tuple[Choice, ...]:
        """The button pressed when a whole message is its words ("mehr", "zurück", "neue suche", "ändern",
        "Ort ändern", "Themen", "المزيد", "назад"; a language's name, "Türkçe", "English", is its language
        button): every button whose words they are ("дальше" is two), the first to try first."""
        ...

    def asks(self, text: str) -> frozenset[str]:
        """The labels of data/intents.yaml a message says, beside what `understand` reads: a
        language to be answered in ("speak_de": "can you answer in german"), the contact point's
        hours ("hours"), whether young people sit with adults ("age")."""
        ...

    def lost_only_money(self, text: str, lang: str) -> bool:
        """Whether the loss a message tells of is money ("vtratyv usi hroshi", "sein ganzes Geld
        verloren"): without its words for money lost, it tells of none. No condolence for that."""
        ...

    def names_topic(self, text: str) -> bool:
        """Whether words name a group's topic ("häusliche gewalt", "домашнє насильство")."""
        ...

    def generic(self, topic_id: str) -> bool:
        """Whether distress itself names this topic ("Lebenskrise" from "weiß nicht mehr weiter"):
        such a topic never replaces a more specific one already known."""
        ...

    def distress_topics(self) -> tuple[str, ...]:
        """The topics distress itself names ("Lebenskrise"), to offer when a message told of
        distress and of nothing else."""
        ...

    def places(self, text: str, home_contact_point: str | None) -> tuple[Place, ...]:
        """The place a whole message names, typos tolerated (the answer to "where?"); several
        when the name is ambiguous; none when it is no place."""
        ...

    def named_place(self, text: str, home_contact_point: str | None) -> tuple[Place, ...]:
        """The place a whole message is the name of, as written ("Köln", "in Kiel"), where letters
        close to a topic's word would make it a topic; none for anything else."""
        ...

    def role_answer(self, text: str) -> str | None:
        """Whom the search is for ("affected", "relative", "any") when a whole message answers
        just that ("ich", "beides", "для себя"); None otherwise."""
        ...

    def categories(self, lang: str) -> list[TopicOption]: ...

    def topics_in(self, category_id: str, lang: str) -> list[TopicOption]: ...

    def topic_name(self, topic_id: str, lang: str) -> str | None: ...

    def place_near(self, lat: float, lon: float) -> Place: ...

    def contact_point_place(self, contact_point_id: str) -> tuple[str, Place] | None:
        """Name and place of a contact point (for flyer deep links), None if unknown."""
        ...

    def region_contact_point(self, place: Place) -> str | None:
        """The id of the contact point whose region a place is in (the nearest one), for counting."""
        ...

    def search(self, search: Search, lang: str, first: int, count: int) -> Results:
        """The groups from `first` on, at most `count` of them: views only for what is shown."""
        ...

    def group(self, group_id: str, place: Place | None, lang: str) -> GroupView | None: ...
