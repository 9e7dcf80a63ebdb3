"""Rank a directory's groups for what a person typed, who they are, and where they are.

The directory is held in memory as arrays (bot/directory/search_index.py): topic -> group
indices (linked at import), words of group names -> group indices (so a rare disease that no
taxonomy knows still finds its group), and coordinates for vectorised distances. A search touches
only the groups of matched topics and names, and near a place only those in the map cells around
it (a topic's groups are kept ordered by cell), which keeps it fast for 100,000 groups.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from bot.common_words import common_words
from bot.directory.geo import Points, cells_within
from bot.directory.relations import default_relations
from bot.directory.search_index import (
    AUDIENCES,
    ONLINE,
    ContactPointRecord,
    GroupRecord,
    SearchIndex,
    effective_coordinates,
)
from bot.directory.topic_matcher import TopicHit, TopicMatcher, stopwords
from bot.directory.twins import twins
from bot.telegram.callback_data import short_id
from dialogs.text import normalise

RELATED_WEIGHT = 0.6
# an audience (Männer, Senioren) beside another topic: its own groups are no results (below MIN_MATCH), the
# topic's groups for it come first among the topic's ("Männer, Gewalt in der Beziehung": no "Fibromyalgie (Männer)")
AUDIENCE_WEIGHT = 0.5
AUDIENCE_REFINES = 1.1  # 30 km farther than another of the topic's groups is still first
MIN_MATCH = 0.55
DISTANCE_PENALTY = 0.35
MAX_DISTANCE_KM = 100.0
FAR_DISTANCE_KM = 250.0  # a rare topic's own group this far away beats no group
RERANK = 60
WORDS_CACHED = 4096  # the topics of single query words (see _naming)
FULL_NAME = 0.999  # every query word is in the group's name
NAME_CUTOFF = 85.0
SHORT_ID_FROM = 40
# a group found through the relatives' topic of a topic asked that names neither that topic nor one
# related to it is for relatives in general ("Pflegende Angehörige" for Parkinson) or of another illness:
# it fits (its topic fit is kept, so it stays in the list), but its ranking score is lowered below that
# of the topic's own groups, even those for the affected only, and of a related topic's groups
# (0.97 * 1.08 * 0.55 = 0.58 < 0.6 = RELATED_WEIGHT < 0.8, AUDIENCE_FIT)
GENERIC_RELATIVES = 0.55
# for a relative, a group whose name says it is for another relation than the one the person named
# ("Eltern suchtkranker Kinder" for "my husband gambles") counts like a generic one
OTHER_RELATION = GENERIC_RELATIVES
RELATIVES = AUDIENCES.index("relatives")
AFFECTED = AUDIENCES.index("affected")
# a group also for a topic not asked ("Borderline (Angehörige)" for schizophrenia) comes after one only
# for what was asked
OTHER_TOPIC = 0.9
FULL_LINK = 0.9  # a link this strong names the topic; a broader topic's (0.85, store.py) or a description's is weaker
# Where to turn, among near contact points: one whose name says it is a self-help contact point comes
# first; one only whose e-mail address or website says so (under its carrier's name, "Diakonie
# Leipziger Land") counts as HOSTED_KM farther, one nothing of which says so (a specialised service,
# "Kontaktstelle PflegeEngagement Mitte") as SPECIALISED_KM farther. One without phone and e-mail
# comes after every one that can be reached.
HOSTED_KM = 1.0
SPECIALISED_KM = 10.0
SELF_HELP = "selbsthilfe"
# the names self-help contact points go by ("Kontakt- und Informationsstelle für Selbsthilfe": KISS, ...)
SELF_HELP_ABBREVIATIONS = frozenset(
    "kiss kis kibis kibs kigs kobs kobes kos ikos nakos sekis sekiz sekos skis rekis nekis "  # noqa: SIM905 (short)
    "biks ziss akis bekos lakos koskon wekiss".split()
)
# person's role -> factor for groups for the affected, for relatives, for both; for a relative a group
# for relatives outweighs a group whose name is the query's word ("Drogen" for parents whose daughter
# takes drugs: 1.05 let it come first; 1.1 puts groups for relatives of a related topic above the exact one)
AUDIENCE_FIT = {
    "affected": np.array([1.0, 0.7, 1.0]),
    "relative": np.array([0.8, 1.08, 1.0]),
    "any": np.array([1.0, 1.0, 1.0]),
}


@dataclass(frozen=True)
class TopicWeights:
    """What a search looks for: the topics asked for with their relatives' topics, the related
    topics, and for each relatives' topic that was not asked itself, the topics it is the
    relatives' topic of with their related topics (its groups naming none of them are generic)."""

    asked: dict[str, float]
    related: dict[str, float]
    kin: dict[str, frozenset[str]]
    named: frozenset[str]  # the topics asked for themselves
    refining: frozenset[str] = frozenset()  # audiences asked beside another topic (AUDIENCE_WEIGHT)


@dataclass(frozen=True)
class Linked:
    """The groups a search looks at (indices, ascending) and, per group, its link to the topics
    asked for, to any of the topics, the share of the query words in its name, whether it is linked
    fully to a topic asked for itself (an own group), whether it is only a generic relatives'
    group (see GENERIC_RELATIVES), whether it is one of a narrow kind of the topic asked, and whether it is a
    generic one whose own topic is another ("Pflegende Angehörige Demenz" for Parkinson: listed, as related)."""

    candidates: np.ndarray
    direct: np.ndarray
    strength: np.ndarray
    named: np.ndarray
    own: np.ndarray
    generic: np.ndarray
    kind: np.ndarray  # a group of a narrow topic not asked, found through the broader one asked: related
    elsewhere: np.ndarray  # a generic relatives' group of a topic not asked ("... Demenz" for Parkinson): related

    def where(self, keep: np.ndarray) -> Linked:
        return Linked(*(a[keep] for a in vars(self).values()))


@dataclass(frozen=True)
class RankedGroup:
    group: GroupRecord
    score: float
    distance_km: float | None
    related: bool = False  # found only through a related topic, not the one asked for


@dataclass(frozen=True)
class RankedContactPoint:
    contact_point: ContactPointRecord
    distance_km: float | None


@dataclass(frozen=True)
class SearchResult:
    topics: list[TopicHit]
    groups: list[RankedGroup]


def content_words(folded: str) -> list[str]:
    stop = stopwords()
    return [w for w in folded.split() if w not in stop and len(w) >= 2]


def words_of_name(name: str) -> tuple[str, ...]:
    """A group name's words as the search compares them with what people type."""
    return tuple(content_words(normalise(name)))


class GroupRecords(Sequence[GroupRecord]):
    """The index's groups, each read from its tables when asked for."""

    def __init__(self, index: SearchIndex) -> None:
        self._index = index

    def __len__(self) -> int:
        return len(self._index.names)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        return self._index.group(i % len(self))


class GroupIndex:
    """A search over a SearchIndex (bot/directory/search_index.py): what every search needs is
    in arrays, a group becomes a GroupRecord only when it is among the results."""

    def __init__(self, matcher: TopicMatcher, index: SearchIndex, demo: bool = False) -> None:
        self.matcher = matcher
        self.index = index
        self.demo = demo  # the invented demo directory (bot/directory/store.py): said where the data is from
        self.relations = default_relations()
        self._word_topics = lru_cache(maxsize=WORDS_CACHED)(self._topics_of_word)
        self.groups = GroupRecords(index)
        self.contact_points = list(index.contact_points)
        self._cp_by_id = {cp.id: cp for cp in self.contact_points}
        self._cp_points = Points([cp.lat for cp in self.contact_points], [cp.lon for cp in self.contact_points])
        self._cp_handicap = np.array([handicap_km(cp) for cp in self.contact_points])
        self._cp_unreachable = np.array([not (cp.phone.strip() or cp.email.strip()) for cp in self.contact_points])
        brokering = np.unique(index.contact_point).tolist()
        self._cp_silent = np.ones(len(self.contact_points), dtype=bool)  # brokers no group of the directory
        self._cp_silent[[b for b in brokering if b >= 0]] = False
        shown_instead = twins(self.contact_points, self._cp_handicap, brokering)
        self._cp_shown = [i for i, twin in enumerate(shown_instead) if twin is None]
        self._cp_twins = np.array([i for i, twin in enumerate(shown_instead) if twin is not None], dtype=int)
        self._cp_twin_of = np.array([twin for twin in shown_instead if twin is not None], dtype=int)
        self._points = Points(*effective_coordinates(index.lat, index.lon, index.contact_point, index.contact_points))
        self._online = index.online
        self._audience = index.audience
        self._vocabulary = list(index.vocabulary)
        self._word_position = {word: i for i, word in enumerate(self._vocabulary)}
        self._topic_position = {topic_id: i for i, topic_id in enumerate(index.topic_ids)}
        self._words = sorted(self._vocabulary)
        taxonomy = matcher.taxonomy
        self._specific_topics = {t.id for t in taxonomy.topics if not t.for_relatives}
        self._narrower = {  # a topic -> the narrow topics of one kind of it ("Trauer": "Trauer nach Suizid", ...)
            t: frozenset(n for n in taxonomy.narrow if t in taxonomy.topic(n).related)
            for t in {t for n in taxonomy.narrow for t in taxonomy.topic(n).related}
        }
        self._specific = self._specific_links()
        long_ids = np.flatnonzero(index.ids.byte_lengths() > SHORT_ID_FROM).tolist()
        self._short_ids = {short_id(index.ids[i]): i for i in long_ids if len(index.ids[i]) > SHORT_ID_FROM}

    @classmethod
    def of(
        cls, matcher: TopicMatcher, groups: Sequence[GroupRecord], contact_points: Sequence[ContactPointRecord]
    ) -> GroupIndex:
        return cls(matcher, SearchIndex.of(groups, contact_points, words_of_name))

    def contact_point(self, contact_point_id: str) -> ContactPointRecord | None:
        return self._cp_by_id.get(contact_point_id)

    def group(self, group_id: str) -> GroupRecord | None:
        position = self._short_ids.get(group_id)
        if position is None:
            ids, by_id = self.index.ids, self.index.by_id
            found = bisect.bisect_left(range(len(by_id)), group_id, key=lambda k: ids[by_id[k]])
            if found == len(by_id) or ids[by_id[found]] != group_id:
                return None
            position = int(by_id[found])
        return self.index.group(position)

    def serves(self, lat: float, lon: float, km: float) -> bool:
        """Whether the directory's region reaches the point: a group within `km` (a contact point,
        for a directory of contact points only)."""
        points = self._points if len(self.groups) else self._cp_points
        return len(points.phi) > 0 and bool((points.km_from(lat, lon) <= km).any())

    def name_words(self, text: str) -> list[str]:
        """The words of a text that are in some group's own name (each as the name writes it); a
        number only beside another such word: "Frauen ab 50" is "Frauen 50+", "50 mal am Tag" not."""
        found = self._query_words(content_words(normalise(text)))
        return found if not all(w.isdigit() for w in found) else []

    def nearest_contact_points(self, lat: float, lon: float, limit: int = 3) -> list[RankedContactPoint]:
        """Where to turn when no group fits: contact points also know groups that are not listed.
        Nearest first, among near ones a self-help contact point before a specialised service, and
        one that can be reached before any without phone and e-mail (see HOSTED_KM): every Berlin
        search had shown "Kompetenzzentrum Pflegeunterstützung" (no phone), never SEKIS. One office
        listed twice is shown once (bot/directory/twins.py); of two at one spot (a town's centre, for
        records without postal code) the one that brokers groups."""
        if not self.contact_points:
            return []
        dist = self._cp_points.km_from(lat, lon)
        ranked = np.where(np.isnan(dist), np.inf, dist + self._cp_handicap)
        np.fmin.at(dist, self._cp_twin_of, dist[self._cp_twins])  # an office is where its nearest record is
        np.minimum.at(ranked, self._cp_twin_of, ranked[self._cp_twins])
        shown = self._cp_shown
        keys = (self._cp_silent[shown], ranked[shown], self._cp_unreachable[shown])  # the last sorts first
        order = [shown[k] for k in np.lexsort(keys)[:limit]]  # stable: equals in directory order
        return [
            RankedContactPoint(self.contact_points[i], None if np.isnan(dist[i]) else round(float(dist[i]), 1))
            for i in order
        ]

    def search(
        self,
        text: str,
        *,
        role: str = "any",
        lat: float | None = None,
        lon: float | None = None,
        online_ok: bool = False,
        limit: int = 10,
        topic_ids: list[str] | None = None,
        online_only: bool = False,
        relations: Sequence[str] = (),
    ) -> SearchResult:
        """Best groups first. `topic_ids` (from a button) replaces text matching of topics;
        `relations`: the relative's to the one concerned (bot/directory/relations.py)."""
        hits = self.matcher.match(text) if topic_ids is None else [TopicHit(t, 1.0, t) for t in topic_ids]
        if role == "affected" and hits and self._for_relatives(hits[0].topic_id):
            role = "any"  # "my father was an alcoholic, my childhood ...": their own groups are relatives' groups
        weights = self._topic_weights(hits, role)
        query = self._naming(content_words(normalise(text)), weights)
        query_words = self._query_words(query)
        located = lat is not None and lon is not None
        for km in (MAX_DISTANCE_KM, FAR_DISTANCE_KM) if located else (None,):
            region = self._region(lat, lon, km, online_ok) if located else None
            found = self._linked(weights, query_words, len(query), region)
            if online_only:
                found = found.where(self._online[found.candidates])
            audience = AUDIENCE_FIT[role][self._audience[found.candidates]]
            dist = self._distances(found.candidates, lat, lon, online_ok)
            if not located:
                break
            reachable = dist <= MAX_DISTANCE_KM  # NaN (no coordinates) compares False
            fits = (found.direct >= MIN_MATCH) | (found.named >= FULL_NAME)
            if not (reachable & fits).any():
                if km == MAX_DISTANCE_KM and region is not None and self.serves(lat, lon, MAX_DISTANCE_KM):
                    continue  # look farther: the region around the place grows to FAR_DISTANCE_KM
                # (only within the directory's region: from a village near Passau, groups of Saxony
                # 214-250 km away are no groups "near" it; its own contact point is)
                reachable |= fits & (dist <= FAR_DISTANCE_KM)
            found, audience, dist = found.where(reachable), audience[reachable], dist[reachable]
            break
        candidates, strength, named, own = found.candidates, found.strength, found.named, found.own
        if not len(candidates):
            return SearchResult(hits, [])
        penalty = DISTANCE_PENALTY * np.minimum(dist, MAX_DISTANCE_KM) / MAX_DISTANCE_KM
        penalty[np.isnan(penalty)] = 0.0  # no coordinates, no penalty
        audience = np.where(found.generic, audience * GENERIC_RELATIVES, audience)  # a factor of the score, not the fit
        pre = np.maximum(strength, named) * audience - penalty
        top = np.argsort(-pre, kind="stable")[: max(RERANK, limit)]
        scorer = NameScorer(query, set(query_words))
        names = self._name_words(candidates[top])
        name_fit = np.array([scorer.score(words) for words in names])
        name_fit[found.kind[top]] = 0.0  # "Trauer" names "Trauer nach Suizid" as the broader topic does
        topic_fit = strength[top]
        match = np.maximum(topic_fit, name_fit) + 0.15 * np.minimum(topic_fit, name_fit)
        if role == "relative" and relations:
            audience = audience.copy()
            audience[top[self._other_relation(relations, names, candidates[top])]] *= OTHER_RELATION
        kept = match >= MIN_MATCH
        top, name_fit, match = top[kept], name_fit[kept], match[kept]
        scores = match * audience[top] - penalty[top]
        if len(scores) > limit:  # ranked by scores rounded to 4 places: far lower ones cannot make the first `limit`
            contender = scores >= np.partition(scores, -limit)[-limit] - 0.001
            if role == "relative" and own[top].any():  # the best own group may come third (see below)
                contender[own[top]] |= scores[own[top]] >= scores[own[top]].max() - 0.001
            top, name_fit, scores = top[contender], name_fit[contender], scores[contender]
        ranked = []
        for position, (i, score, away, related) in enumerate(
            zip(  # Python floats from here: numpy scalars are slow, and Python's round() is exact
                candidates[top].tolist(),
                scores.tolist(),
                dist[top].tolist(),
                ((np.maximum(found.direct[top], name_fit) < MIN_MATCH) | found.elsewhere[top]).tolist(),
                strict=True,
            )
        ):
            d = None if math.isnan(away) else round(away, 1)
            ranked.append((-round(score, 4), 1e9 if d is None else d, self.index.names[i], position, i, d, related))
        ranked.sort()  # best score, then nearest, then by name, then as ranked before
        if role == "relative":
            _own_group_third(ranked, set(candidates[top[own[top]]].tolist()))
        best = [
            RankedGroup(self.index.group(i), -negated, d, related) for negated, _, _, _, i, d, related in ranked[:limit]
        ]
        return SearchResult(hits, best)

    def _for_relatives(self, topic_id: str) -> bool:
        """Whether a topic is one only for relatives: a person who says they are affected by it
        (grown up with an addicted parent) is one of those its relatives' groups are for."""
        taxonomy = self.matcher.taxonomy
        return taxonomy.has(topic_id) and taxonomy.topic(topic_id).for_relatives

    def _topic_weights(self, hits: list[TopicHit], role: str) -> TopicWeights:
        """Weights of the topics asked for (with their topic for relatives), and of related topics;
        which topics each relatives' topic was added for."""
        asked: dict[str, float] = {}
        related: dict[str, float] = {}
        kin: dict[str, set[str]] = {}

        def add(weights: dict[str, float], topic_id: str, weight: float) -> None:
            weights[topic_id] = max(weights.get(topic_id, 0.0), weight)

        taxonomy = self.matcher.taxonomy
        named = frozenset(hit.topic_id for hit in hits if taxonomy.has(hit.topic_id))
        refining = taxonomy.audiences & named if named - taxonomy.audiences else frozenset()
        for hit in hits:
            if not taxonomy.has(hit.topic_id):
                continue
            topic = taxonomy.topic(hit.topic_id)
            score = hit.score * (AUDIENCE_WEIGHT if topic.id in refining else 1.0)
            add(asked, topic.id, score)
            for other in topic.related:
                add(related, other, score * RELATED_WEIGHT)
            if topic.relatives:
                add(asked, topic.relatives, score * (0.97 if role == "relative" else 0.5))
                kin.setdefault(topic.relatives, set()).update((topic.id, *topic.related))
        kin_of = {r: frozenset(of) for r, of in kin.items() if r not in named}
        return TopicWeights(asked, related, kin_of, named, refining)

    def _naming(self, query: list[str], weights: TopicWeights) -> list[str]:
        """The query words that may name a group: not one that only names a topic related to one asked
        ("Gaming Sucht" is Mediensucht; "Sucht" alone names its broader topic, whose groups named
        "Sucht" would fit the word better than the group "Mediensucht" does, see RELATED_WEIGHT)."""
        if not weights.named:
            return query
        return [w for w in query if not self._names_related(w, weights)]

    def _names_related(self, word: str, weights: TopicWeights) -> bool:
        topics = self._word_topics(word)
        return bool(topics) and topics <= weights.related.keys() - weights.asked.keys()

    def _other_relation(self, relations: Sequence[str], names: list[tuple[str, ...]], groups: np.ndarray) -> np.ndarray:
        """Which of these groups' names say they are for relatives of another relation than those
        of the asking person (see OTHER_RELATION)."""
        other = np.zeros(len(groups), dtype=bool)
        for n, audience in enumerate(self._audience[groups].tolist()):
            if audience != AFFECTED:
                relation = self.relations.group_for(names[n], audience == RELATIVES)
                other[n] = relation is not None and relation not in relations
        return other

    def _topics_of_word(self, word: str) -> frozenset[str]:
        """The topics one word names on its own, at its best score."""
        hits = self.matcher.match(word)
        return frozenset(h.topic_id for h in hits if h.score >= hits[0].score) if hits else frozenset()

    def _region(self, lat: float, lon: float, km: float, online_ok: bool) -> np.ndarray | None:
        """The map cells a search near a place looks at (ascending), ONLINE first when online counts."""
        cells = cells_within(lat, lon, km)
        return None if cells is None else np.array([ONLINE, *cells] if online_ok else cells)

    def _name_words(self, groups: np.ndarray) -> list[tuple[str, ...]]:
        """The words of these groups' names, gathered with one index array (per group, numpy's
        call overhead took a sixth of a search)."""
        starts = self.index.word_start[groups]
        counts = self.index.word_start[groups + 1] - starts
        before = np.cumsum(counts) - counts
        flat = self.index.words[np.repeat(starts - before, counts) + np.arange(int(counts.sum()))].tolist()
        vocabulary, names, at = self._vocabulary, [], 0
        for count in counts.tolist():
            names.append(tuple(vocabulary[w] for w in flat[at : at + count]))
            at += count
        return names

    def _linked(
        self, weights: TopicWeights, query_words: list[str], query_length: int, region: np.ndarray | None
    ) -> Linked:
        """The groups linked to the weighted topics or named by the query words (within `region`
        when given), in index order, with what the ranking needs of each (Linked). An everyday word
        names only a group found otherwise: "Leben" in "mein Leben ist ein Scherbenhaufen" is no
        "Leben mit Krebs"; a rare disease's word that no topic knows finds its group by its name."""
        positions = self._topic_position
        narrow = {n for t in weights.asked for n in self._narrower.get(t, ()) if n not in weights.asked}
        topics = [t for t in {**weights.asked, **weights.related, **dict.fromkeys(sorted(narrow))} if t in positions]
        postings = {t: self.index.by_topic.within(positions[t], region) for t in topics}
        named_groups = [self.index.by_word.within(self._word_position[word], region)[0] for word in query_words]
        finding = [idx for word, idx in zip(query_words, named_groups, strict=True) if word not in common_words()]
        present = np.zeros(len(self.groups), dtype=bool)
        for idx in [idx for idx, _ in postings.values()] + finding:
            present[idx] = True
        candidates = np.flatnonzero(present)
        named_groups = [idx[present[idx]] for idx in named_groups]  # an everyday word alone finds no group (below)
        at = {t: np.searchsorted(candidates, idx) for t, (idx, _) in postings.items()}

        def linked_to(topics: frozenset[str]) -> np.ndarray:
            linked = np.zeros(len(candidates), dtype=bool)
            for t in topics & at.keys():
                linked[at[t]] = True
            return linked

        direct = np.zeros(len(candidates))
        fitting = np.zeros(len(candidates))  # the best link that is not only a generic relatives' one
        asked_fully = np.zeros(len(candidates), dtype=np.int16)  # topics asked (no relatives' topic) linked fully
        own = np.zeros(len(candidates), dtype=bool)
        through = np.zeros(len(candidates))  # found through a broader topic asked: its weight as a related topic's
        for t, weight in weights.asked.items():
            if t not in postings:
                continue
            (_, link), where = postings[t], at[t]
            of_kind = self._of_narrow_kind(t, narrow, postings, at, len(candidates))[where]
            np.maximum.at(through, where[of_kind], weight * RELATED_WEIGHT)
            link = np.where(of_kind, 0.0, link)
            kin = weights.kin.get(t)
            np.maximum.at(direct, where, weight * link)
            np.maximum.at(fitting, where, weight * link * (1.0 if kin is None else linked_to(kin)[where]))
            if t in self._specific_topics:
                fully = np.zeros(len(candidates), dtype=bool)
                fully[where[link >= FULL_LINK]] = True  # an online group may be listed twice
                asked_fully += fully
            if t in weights.named:
                own[where[link >= FULL_LINK]] = True
        generic = direct > fitting
        if weights.refining:  # a group of the topic for the audience asked: "Einsamkeit (Senioren)" is fully both
            topical = np.zeros(len(candidates))
            for t, weight in weights.asked.items():
                if t in postings and t not in weights.refining:
                    np.maximum.at(topical, at[t], weight)
            refined = linked_to(weights.refining) & (topical >= MIN_MATCH)
            direct[refined] = np.maximum(direct, topical)[refined] * AUDIENCE_REFINES
        other_topic = self._specific[candidates] > asked_fully
        direct[other_topic] *= OTHER_TOPIC
        strength = np.maximum(direct, through)
        for t, weight in weights.related.items():
            if t in postings:
                np.maximum.at(strength, at[t], weight * postings[t][1])
        named = np.zeros(len(candidates))
        for idx in named_groups:  # `+=` through an index array adds once per index, even if listed twice
            named[np.searchsorted(candidates, idx)] += 1.0 / query_length
        linked = (strength > 0) | (named > 0)
        generic &= direct >= strength  # a related topic's link, not the generic one, is its fit
        return Linked(candidates, direct, strength, named, own, generic, through > direct, generic & other_topic).where(
            linked
        )

    def _of_narrow_kind(
        self,
        topic: str,
        narrow: set[str],
        postings: dict[str, tuple[np.ndarray, np.ndarray]],
        at: dict[str, np.ndarray],
        n: int,
    ) -> np.ndarray:
        """Which candidates are linked fully to a narrow topic of one kind of `topic` that is not asked
        (taxonomy's `narrow`): "Trauer nach Suizid" for a death not told as a suicide."""
        of_kind = np.zeros(n, dtype=bool)
        for kind in self._narrower.get(topic, frozenset()) & narrow & postings.keys():
            of_kind[at[kind][postings[kind][1] >= FULL_LINK]] = True
        return of_kind

    def _specific_links(self) -> np.ndarray:
        """Per group: how many topics other than relatives' topics it is linked to fully."""
        by_topic, n = self.index.by_topic, len(self.groups)
        keys = np.repeat(np.arange(len(by_topic.start) - 1), np.diff(by_topic.start))
        specific = np.array([t in self._specific_topics for t in self.index.topic_ids], dtype=bool)
        keep = specific[keys] & (by_topic.link >= FULL_LINK)
        pairs = np.unique(keys[keep] * n + by_topic.group[keep])  # online groups are listed twice
        return np.bincount(pairs % max(n, 1), minlength=n).astype(np.int16)

    def _query_words(self, query: list[str]) -> list[str]:
        """Query words that occur in group names, each corrected to the closest name word."""
        found = []
        for word in query:
            if word in self._word_position:
                found.append(word)
            elif len(word) >= 5 and not word.isdigit() and word not in common_words():
                best = process.extractOne(word, self._words, scorer=fuzz.ratio, score_cutoff=NAME_CUTOFF)
                if best:
                    found.append(best[0])
        return found

    def _distances(self, candidates: np.ndarray, lat: float | None, lon: float | None, online_ok: bool) -> np.ndarray:
        if lat is None or lon is None:
            return np.full(len(candidates), np.nan)
        dist = self._points.km_from(lat, lon, candidates)
        if online_ok:
            dist = np.where(self._online[candidates], 0.0, dist)
        return dist


def handicap_km(cp: ContactPointRecord) -> float:
    """How much farther a contact point counts as where to turn (see HOSTED_KM), by what its own
    fields say it is."""
    name = normalise(cp.name)
    if SELF_HELP in name or not SELF_HELP_ABBREVIATIONS.isdisjoint(name.split()):
        return 0.0
    address = normalise(f"{cp.email} {cp.website}")
    if SELF_HELP in address or "kiss" in address:
        return HOSTED_KM
    return SPECIALISED_KM


def _own_group_third(ranked: list[tuple], own: set[int]) -> None:
    """For a relative, the first three hold a group of the topic itself beside those for relatives:
    the best own group moves up to third place when it is below (ranked entries hold the group's
    position fifth)."""
    at = next((n for n, entry in enumerate(ranked) if entry[4] in own), None)
    if at is not None and at > 2:
        ranked.insert(2, ranked.pop(at))


class NameScorer:
    """How well a group's own name fits the query words: half the share of name words that are
    query words, half the share of query words in the name. Memoised, since names and their words
    repeat; which query words a name word is, is kept as a bit mask."""

    def __init__(self, query: list[str], known: set[str]) -> None:
        self.query = query
        self.known = known
        self._found = sum(1 << i for i, q in enumerate(query) if q in known)  # query words in some name
        self._mistyped = [len(q) >= 5 and q not in common_words() for q in query]  # "Schule" is no "Schulden"
        self._query_bits = (1 << len(query)) - 1
        self._memo: dict[tuple[str, ...], float] = {}
        self._bits: dict[str, int] = {}

    def score(self, name_words: tuple[str, ...]) -> float:
        if not name_words or not self.query:
            return 0.0
        score = self._memo.get(name_words)
        if score is None:
            covered, used = 0, self._found
            for word in name_words:
                bits = self._bits.get(word)
                if bits is None:
                    bits = self._bits[word] = self._fitting(word)
                covered += bits != 0
                used |= bits
            used &= self._query_bits
            score = self._memo[name_words] = 0.5 * covered / len(name_words) + 0.5 * used.bit_count() / len(self.query)
        return score

    def _fitting(self, name_word: str) -> int:
        """A bit for each query word that this name word is, and one more if it is a known word."""
        bits = sum(1 << i for i, q in enumerate(self.query) if _word_fits(q, name_word, self._mistyped[i]))
        return bits | (1 << len(self.query) if name_word in self.known else 0)


def _word_fits(query_word: str, name_word: str, mistyped: bool) -> bool:
    """Same word up to inflection or a typo ("Erwachsenen" ~ "Erwachsene", "Tinitus" ~ "Tinnitus");
    only a query word that may be `mistyped` (no everyday word) is read as a typo."""
    if query_word == name_word:
        return True
    if min(len(query_word), len(name_word)) >= 5 and (
        query_word.startswith(name_word) or name_word.startswith(query_word)
    ):
        return True
    return mistyped and fuzz.ratio(query_word, name_word) >= NAME_CUTOFF
