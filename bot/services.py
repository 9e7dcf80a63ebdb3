"""The conversation's view of the world (dialogs.services.Services) over the loaded data."""

from __future__ import annotations

from dataclasses import dataclass

from bot.crisis_data import CrisisResources, crisis_help
from bot.gazetteer import Gazetteer
from bot.geo import distance_km
from bot.group_search import ContactPointRecord, GroupIndex, GroupRecord, RankedContactPoint, SearchResult
from bot.opening_hours import for_display
from bot.topic_matcher import TopicHit
from dialogs.model import Place, Search
from dialogs.triage import Lexicon, Triage, triage
from dialogs.views import ContactPointView, CrisisHelp, GroupView, Results, TopicOption

MAX_CANDIDATES = 5
AMBIGUITY_MARGIN = 0.05
RESULT_LIMIT = 15


@dataclass
class LotseServices:
    index: GroupIndex
    gazetteer: Gazetteer
    resources: CrisisResources
    lexicon: Lexicon

    @property
    def taxonomy(self):
        return self.index.matcher.taxonomy

    def triage(self, text: str, lang: str) -> Triage:
        return triage(text, self.lexicon, lang)

    def crisis_help(self, kind: str | None, young: bool, lang: str) -> CrisisHelp:
        return crisis_help(self.resources, kind, young, lang)

    def match_topics(self, text: str, lang: str) -> list[TopicOption]:
        return self.topic_options(self.index.matcher.match(text), lang)

    def topic_options(self, hits: list[TopicHit], lang: str) -> list[TopicOption]:
        """The topics to offer for these hits: close to the best one and not merely related to it."""
        if not hits:
            return []
        top = hits[0]
        related = set(self.taxonomy.topic(top.topic_id).related) | {self.taxonomy.topic(top.topic_id).relatives}
        close = [h for h in hits if h.score >= top.score - AMBIGUITY_MARGIN and h.topic_id not in related]
        return [TopicOption(h.topic_id, self.taxonomy.topic(h.topic_id).name(lang)) for h in close[:MAX_CANDIDATES]]

    def names_groups(self, text: str) -> bool:
        return bool(self.index.search(text, limit=1).groups)

    def categories(self, lang: str) -> list[TopicOption]:
        return [TopicOption(c.id, c.names.get(lang) or c.names["de"]) for c in self.taxonomy.categories]

    def topics_in(self, category_id: str, lang: str) -> list[TopicOption]:
        return [TopicOption(t.id, t.name(lang)) for t in self.taxonomy.in_category(category_id)]

    def topic_name(self, topic_id: str, lang: str) -> str | None:
        return self.taxonomy.topic(topic_id).name(lang) if self.taxonomy.has(topic_id) else None

    def locate(self, text: str) -> Place | None:
        found = self.gazetteer.resolve(text)
        return None if found is None else Place(found.name, found.lat, found.lon)

    def place_near(self, lat: float, lon: float) -> Place:
        found = self.gazetteer.nearest(lat, lon)
        return Place(found.name, lat, lon)

    def contact_point_place(self, contact_point_id: str) -> tuple[str, Place] | None:
        cp = self.index.contact_point(contact_point_id)
        if cp is None or cp.lat is None or cp.lon is None:
            return None
        return cp.name, Place(cp.city or cp.name, cp.lat, cp.lon)

    def search(self, search: Search, lang: str, first: int, count: int) -> Results:
        found = self.run_search(search)
        if not found.groups:
            nearest = self.nearest_contact_points(search.place)
            return Results((), 0, False, tuple(self._cp_view(r.contact_point, r.distance_km) for r in nearest))
        shown = found.groups[first : first + count]
        return Results(
            tuple(self._group_view(r.group, r.distance_km, search.place, lang, r.related) for r in shown),
            len(found.groups),
            all(r.related for r in found.groups),
        )

    def run_search(self, search: Search) -> SearchResult:
        place = search.place
        return self.index.search(
            search.query,
            role=search.role,
            lat=place.lat if place else None,
            lon=place.lon if place else None,
            online_ok=search.online_ok,
            limit=RESULT_LIMIT,
            topic_ids=list(search.topic_ids) or None,
        )

    def nearest_contact_points(self, place: Place | None) -> list[RankedContactPoint]:
        return [] if place is None else self.index.nearest_contact_points(place.lat, place.lon)

    def group(self, group_id: str, place: Place | None, lang: str) -> GroupView | None:
        group = self.index.group(group_id)
        if group is None:
            return None
        distance = None
        if place and group.lat is not None and group.lon is not None:
            distance = round(distance_km(place.lat, place.lon, group.lat, group.lon), 1)
        return self._group_view(group, distance, place, lang)

    def _group_view(
        self, group: GroupRecord, distance: float | None, place: Place | None, lang: str, related: bool = False
    ) -> GroupView:
        cp = self.index.contact_point(group.contact_point_id)
        cp_distance = None
        if cp and place and cp.lat is not None and cp.lon is not None:
            cp_distance = round(distance_km(place.lat, place.lon, cp.lat, cp.lon), 1)
        strongest = max(group.topics, key=lambda t: t[1], default=None)
        return GroupView(
            id=group.id,
            name=group.name,
            audience=group.audience,
            contact_point=self._cp_view(cp, cp_distance) if cp else None,
            distance_km=distance,
            online=group.online,
            city=group.city,
            schedule=group.schedule,
            description=group.description,
            topic_name=self.topic_name(strongest[0], lang) or "" if strongest else "",
            related=related,
        )

    @staticmethod
    def _cp_view(cp: ContactPointRecord, distance: float | None) -> ContactPointView:
        return ContactPointView(
            cp.id,
            cp.name,
            cp.street,
            cp.postal_code,
            cp.city,
            cp.phone,
            cp.email,
            cp.website,
            for_display(cp.opening_hours),
            distance,
        )
