"""The ``events`` stage: who did what to whom, when, where, and whether it happened, one sentence at a time.

For each sentence: triggers (``triggers.py``), then for each trigger its own date (``when.py``), roles resolved
to coded actors as of that date (``roles.py``), status (``status.py``) and location (``where.py``). An event
needs at least one participant mention; roles without an actor stay empty. Every field carries a confidence
in ``Event.field_confidence`` and every part a labelled span in the provenance.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from chronicler.actors.storyplace import STORY_CONF
from chronicler.events.borrow import BorrowedSense
from chronicler.events.contest import contest
from chronicler.events.domestic import with_domestic_target
from chronicler.events.dual import dual_national_side
from chronicler.events.fallback import fallback_triggers
from chronicler.events.force import no_force, seized_place
from chronicler.events.holders import demand_holder
from chronicler.events.international import international_addressee
from chronicler.events.invites import INTENT_TO_MEET, invitation_to_visit
from chronicler.events.joint import joint_plan_acceptance
from chronicler.events.learned.act import LearnedSense, learned_triggers
from chronicler.events.lexicon import cameo_context, goldstein
from chronicler.events.anaphora import refers_back
from chronicler.events.mission import relief_movements
from chronicler.events.narrative import Offset, apply_lead, apply_offsets, find_offsets, told_in_past
from chronicler.events.pairs import has_pair_phrase
from chronicler.events.places import complete_roles
from chronicler.events.recipients import with_recipient
from chronicler.events.requests import no_request
from chronicler.events.roles import Filler, MentionIndex, RoleReader
from chronicler.events.sides import coded_doers
from chronicler.events.triggerroles import read_roles
from chronicler.events.status import adjust_for_date, scheduled_present, trigger_status
from chronicler.events.timelink import modified_noun
from chronicler.events.triggers import Trigger, find_triggers
from chronicler.events.when import (Dated, dated_for, link_timexes, nearest_reading, weekday_ahead,
                                    weekday_in_the_past, weekday_of_a_plan)
from chronicler.events.where import dateline_applies, dateline_location, location_of
from chronicler.nlp.memo import doc_text
from chronicler.nlp.view import parse_view
from chronicler.model import Actor, Event, Provenance, Sentence, Span
from chronicler.pipeline import AnnotatedDocument, stage

#: Confidence in the type by the kind of trigger that gave it.
TYPE_CONFIDENCE = {"verb": 0.8, "light": 0.85, "noun": 0.6, "fallback": 0.4}
#: Confidence of an actor the text only lets us guess (a report's assumed country).
GUESSED_SIDE = STORY_CONF
#: Topic words → PLOVER context (added to the contexts of the CAMEO code).
CONTEXT_WORDS = {
    "military": "military", "defense": "military", "defence": "military", "troop": "military", "force": "military",
    "missile": "military", "security": "military", "trade": "economic", "economic": "economic", "tariff": "economic",
    "nuclear": "cbrn", "refugee": "migration", "election": "election", "terrorism": "terrorism",
    "terrorist": "terrorism", "human": "human_rights", "court": "legal",
}
#: The mode a REQUEST or REJECT takes from the type of its content.
CONTENT_MODE = {"CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
                "RETREAT": "yield", "CONCEDE": "yield"}


def event_id(document_id: str, sentence: int, trigger_start: int) -> str:
    """A stable event id: a hash of the document id, sentence index and trigger offset."""
    return hashlib.sha1(f"{document_id}:{sentence}:{trigger_start}".encode()).hexdigest()[:16]


def make_resolver(adoc: AnnotatedDocument) -> Callable[[int, int, date | None], Actor | None]:
    """``(start, end, on) -> Actor``: the actors stage's ``actor_at`` when installed, else a mention lookup."""
    try:
        from chronicler.actors.resolve import actor_at  # type: ignore[import-not-found]
    except ImportError:
        actor_at = None
    if actor_at is not None:
        return lambda s, e, on: actor_at(adoc, s, e, on)
    actors = {a.id: a for a in adoc.actors}

    def local(start: int, end: int, on: date | None) -> Actor | None:
        for m in adoc.mentions:
            if m.start < end and start < m.end and m.actor_id in actors:
                return actors[m.actor_id]
        return None

    return local


class EventsComponent:
    """Reads events from an annotated document (needs the spaCy parse, timexes and actor mentions)."""

    def __init__(self, config: dict[str, Any]):
        self.max_tokens = int(config.get("max_sentence_tokens", 400))
        self.dateline_days = int(config.get("dateline_days", 31))
        self.min_confidence = float(config.get("min_confidence", 0.0))
        self.wordnet = bool(config.get("wordnet", True))
        self.domestic = bool(config.get("domestic_targets", True))
        self.learned = bool(config.get("learned", False))

    def __call__(self, adoc: AnnotatedDocument) -> AnnotatedDocument:
        if adoc.nlp is None:
            return adoc.with_({"events"}, warnings=adoc.warnings + ("events: no parse available; no events read",))
        with parse_view(adoc.nlp) as sdoc:  # the rules read the parse millions of times: plain attributes
            return self._read(adoc, sdoc)

    def _read(self, adoc: AnnotatedDocument, sdoc: Any) -> AnnotatedDocument:
        """The events of a document whose parse is ``sdoc``."""
        events: list[Event] = []
        pending: list[tuple[list[int], int | None, Offset]] = []
        past_ids: set[str] = set()  # events told in the past tense (the lead's date may date them)
        named_ids: set[str] = set()  # events dated by a date naming their noun ("last Friday's deal"): no lead
        warnings = list(adoc.warnings)
        index = MentionIndex(adoc.mentions)
        resolve = make_resolver(adoc)
        by_sentence: dict[int, list] = {}
        for tx in adoc.timexes:
            s = adoc.sentence_at(tx.start) if tx.sentence is None else None
            by_sentence.setdefault(tx.sentence if tx.sentence is not None else (s.index if s else -1), []).append(tx)
        told: set[str] = set()  # types of the events of earlier sentences (a definite noun may point back at one)
        for sent in adoc.sentences:
            span = sdoc.char_span(sent.start, sent.end, alignment_mode="expand")
            if span is None or not (index.within(sent.start, sent.end) or has_pair_phrase(span)):
                continue  # no actor mentioned (not even "the two countries"): nothing to read
            if len(span) > self.max_tokens:
                warnings.append(f"events: sentence {sent.index} has {len(span)} tokens; skipped")
                continue
            found, offsets, past, named = self._sentence(adoc, sdoc, sent, span, index, resolve,
                                                         by_sentence.get(sent.index, []), told)
            told |= {e.type for e in found}
            past_ids |= past
            named_ids |= named
            pending += [([len(events) + i for i in inner], None if outer is None else len(events) + outer, off)
                        for inner, outer, off in offsets]
            events += found
        published = adoc.document.published
        events = apply_lead(apply_offsets(events, pending, published), published, past_ids, named_ids)
        events = relief_movements(events, sdoc, adoc.mentions)
        kept = tuple(e for e in events if e.confidence >= self.min_confidence)
        return adoc.with_({"events"}, events=kept, warnings=tuple(warnings))

    def _sentence(self, adoc: AnnotatedDocument, sdoc: Any, sent: Sentence, span: Any, index: MentionIndex,
                  resolve: Callable, timexes: list, told: set[str] | None = None) -> tuple[list[Event], list[tuple[tuple[int, ...], int | None, Offset]],
                                                             set[str], set[str]]:
        """The events of one sentence, the offsets between them (trigger numbers = positions in the list), the
        ids of those told in the past tense and of those dated by a date naming their noun."""
        with coded_doers(index.within(sent.start, sent.end), adoc.actors):  # a subject's code guards loans
            triggers = find_triggers(span, borrow=self.wordnet)
        if all(isinstance(t.sense, BorrowedSense) for t in triggers):
            # our own lexicon's default readings and event nouns before WordNet's loans
            triggers = fallback_triggers(span) or triggers
        if self.learned:  # the learned model where no rule found a trigger or only WordNet loans did
            triggers = learned_triggers(span, triggers)
        # a word inside a time expression is no event ("9:40 pm", "Memorial Day"): figures and datelines;
        # "the meeting" after a meeting was told is that meeting (events/anaphora.py)
        triggers = [t for t in triggers if not _in_timex(t, timexes) and not refers_back(t, told or set(), triggers)]
        if not triggers:
            return [], [], set(), set()
        published = adoc.document.published
        dct = published.best or published.earliest if published else None
        place = _place_coder(adoc)
        report_reader = RoleReader(index, lambda s, e: resolve(s, e, dct), place)
        home = _home_country(adoc)
        kept = []
        for trig in triggers:
            roles = self._roles(report_reader, trig)
            if isinstance(trig.sense, LearnedSense) and trig.sense.added and not self._both_sides(report_reader, trig):
                continue  # a word the model alone calls an act: only between two actors the text names
            if contest(trig, roles[0], roles[1]):
                continue  # "Brazil edged Argentina in Rio": two teams, no political act (events/contest.py)
            if no_force(trig, roles[0], roles[1]):
                continue  # a win at the polls, a private crime (events/force.py)
            if no_request(trig, roles[0], roles[1]):
                continue  # a bare question, economic demand, private people asking (events/requests.py)
            trig = seized_place(trig, roles[0])  # "fighters seized Kunduz": occupied territory
            if roles[0] is not None or roles[1] is not None:
                kept.append((trig, roles))  # no participant: no event is invented
        anchors: dict[int, int] = {}
        for n, (t, _) in enumerate(kept):
            for tok in t.tokens:
                anchors.setdefault(tok.i, n)
            for c in t.complements:
                # a complement with its own event keeps its own time; one inside a relative clause is no content
                # of the act ("urged X to reconsider the accord, which was negotiated in 1997")
                if not any(c is k for k, _ in kept) and not _relative_below(c.head, t.head):
                    for tok in c.tokens:
                        anchors.setdefault(tok.i, n)
        contents = frozenset(n for n, (t, _) in enumerate(kept) if t.content_of is not None)
        links = link_timexes(sdoc, timexes, anchors, contents)
        named_links = set()
        for n, (tx, conf) in links.items():
            noun = modified_noun(sdoc, tx)
            if noun is not None:  # "the May 28 agreement": no tense decides its year
                links[n] = (nearest_reading(tx, published), conf)
                named_links.add(n)
        out, past, named = [], set(), set()
        hints = _place_hints(home, adoc, sent, index) if kept else ()
        for n, (trig, roles) in enumerate(kept):
            dated = dated_for(links.get(n), published)
            in_past = told_in_past(trig.head)
            if in_past:
                dated = weekday_in_the_past(dated, dct)
            cue = links[n][0].value if n in links else None
            on = _on_date(dated, dct)
            if on != dct:  # actors as of the event's own date ("then Prime Minister X")
                reader = RoleReader(index, lambda s, e, on=on: resolve(s, e, on), place)
                roles = self._roles(reader, trig)
            source, target, reciprocal = roles
            if reciprocal and target is not None and target.actor is not None and source is not None \
                    and source.actor is not None and target.actor.country == home and source.actor.country != home:
                source, target = target, source  # a joint act: the reporting side first
            out.append(self._event(adoc, sent, trig, source, target, reciprocal, dated, dct, cue, hints))
            if in_past:
                past.add(out[-1].id)
            if n in named_links:
                named.add(out[-1].id)
        offsets = [(o.inner, o.outer, o) for o in find_offsets(sdoc, timexes, anchors)]
        return out, offsets, past, named

    def _both_sides(self, reader: RoleReader, trig: Trigger) -> bool:
        """True when the text names a source and a target actor of the trigger (no domestic filling), two different
        actors, neither a flagged guess (a report's assumed country, confidence ``GUESSED_SIDE`` or less)."""
        source, target, _ = with_recipient(reader, trig, complete_roles(reader, trig, read_roles(reader, trig)))
        if not all(f is not None and f.actor is not None and f.actor.confidence > GUESSED_SIDE for f in (source, target)):
            return False
        return source.actor.id != target.actor.id

    def _roles(self, reader: RoleReader, trig: Trigger) -> tuple[Filler | None, Filler | None, bool]:
        """Source, target and reciprocity of a trigger: syntax, places and nearest mentions, then (setting
        ``domestic_targets``) the own country as the target of a domestic act."""
        roles = with_recipient(reader, trig, complete_roles(reader, trig, read_roles(reader, trig)))
        dual = dual_national_side(doc_text(trig.head.doc), roles[0], roles[1])
        if dual is not None:  # "Iran freed a British-Iranian aid worker": Britain's national
            roles = (roles[0], dual, roles[2])
        holder = demand_holder(reader, trig, roles[0])
        if holder is not None:  # "called for the release of X by Russia": the demand is made of Russia
            roles = (roles[0], holder, False)
        world, addressed = international_addressee(trig)
        # "appealed to the international community": named, whatever the setting; "appealed for international aid"
        # infers the side asked, as the domestic rule infers a side: only with that setting on
        if world is not None and roles[0] is not None and (addressed or (roles[1] is None and self.domestic)):
            roles = (roles[0], world, False)
        return with_domestic_target(trig, roles) if self.domestic else roles

    def _event(self, adoc: AnnotatedDocument, sent: Sentence, trig: Trigger, source: Filler | None,
               target: Filler | None, reciprocal: bool, dated: Dated, dct: date | None,
               time_value: str | None = None, hints: tuple[frozenset[str], ...] = ()) -> Event:
        status, s_conf, _cue = trigger_status(trig.head, trig.noun)
        if time_value == "FUTURE_REF" and status == "occurred":
            status, s_conf = "planned", 0.7  # "when I have talks with him in the future"
        if dated.timex is not None and trig.noun is None and scheduled_present(status, trig.head, dated.timex.text):
            status, s_conf = "planned", 0.6
            dated = weekday_ahead(dated, dct)
        dated = weekday_of_a_plan(dated, dct, status, trig.noun)
        status, s_conf = adjust_for_date(status, s_conf, dated.interval, dct, dated.source == "timex")
        start, end = trig.char_span
        mode = trig.sense.mode
        if mode is None and trig.type in ("REQUEST", "REJECT"):
            mode = next((CONTENT_MODE[c.type] for c in trig.complements if c.type in CONTENT_MODE), None)
        cameo = trig.sense.cameo
        typ = trig.type
        # a government's protest is diplomatic; "protests" in the plural are street demonstrations, by anyone
        if typ == "PROTEST" and trig.head.lemma_.lower() == "protest" and source is not None and source.actor is not None \
                and (source.actor.kind == "country" or source.actor.sector in ("GOV", "MIL", "LEG")) \
                and not (trig.noun is not None and trig.noun.tag_ == "NNS"):
            typ, mode, cameo = "ACCUSE", "disapprove", "114"  # a government's protest is diplomatic
        if typ == "SUPPORT" and reciprocal and joint_plan_acceptance(
                trig.head, source.actor if source else None, target.actor if target else None):
            typ, mode, cameo = "AGREE", None, "030"  # a plan of their own that two sides approve
        if typ == "REQUEST" and invitation_to_visit(trig):
            typ, mode, cameo = "AGREE", None, INTENT_TO_MEET  # PLOVER: an invitation for a visit is AGREE
        context = list(cameo_context(cameo))
        for tok in sent_tokens(trig):
            ctx = CONTEXT_WORDS.get(tok.lemma_.lower())
            if ctx and ctx not in context:
                context.append(ctx)
        heads = [trig.head] + ([trig.noun] if trig.noun is not None else []) + [c.head for c in trig.complements]
        location = location_of(heads, 2 if trig.noun is not None else 1, hints)
        if location is None and self._near_report(dated, dct):
            location = dateline_location(adoc.document.dateline)
            if location is not None and not dateline_applies(location, typ, source.actor if source else None,
                                                             target.actor if target else None):
                location = None
        spans = [Span(start, end, "trigger")]
        borrowed = isinstance(trig.sense, (BorrowedSense, LearnedSense))
        if borrowed:  # the type came through WordNet or the learned model: say how (same range as the trigger, after
            spans.append(Span(start, end, trig.sense.evidence))  # it, so highlighting keeps the trigger's label)
        fc = {"type": trig.sense.confidence if borrowed else TYPE_CONFIDENCE.get(trig.sense.kind, 0.6),
              "status": round(s_conf, 2),
              "date": dated.confidence}
        for label, f in (("source", source), ("target", target)):
            if f is not None:
                spans.append(Span(f.start, f.end, label))
                fc[label] = round(f.confidence if f.actor is not None else 0.0, 2)
        if dated.timex is not None:
            spans.append(Span(dated.timex.start, dated.timex.end, "time"))
        if location is not None:
            fc["location"] = location.confidence
            if location.start is not None and location.end is not None:
                spans.append(Span(location.start, location.end, "location"))
        if reciprocal:
            context.append("reciprocal")
        roles = [fc.get("source", 0.0), fc.get("target", 0.0)]
        confidence = round(min(fc["type"], max(roles) if max(roles) > 0 else 0.3), 2)
        doc_id = adoc.document.id
        return Event(
            id=event_id(doc_id, sent.index, start), type=typ,
            provenance=Provenance(doc_id, sent.index, sent.text, tuple(sorted(spans, key=lambda s: s.start))),
            trigger=adoc.document.text[start:end], mode=mode, context=tuple(context), cameo=cameo,
            goldstein=goldstein(cameo), source=source.actor if source else None,
            target=target.actor if target else None, location=location, date=dated.interval,
            date_source=dated.source, status=status, confidence=confidence, field_confidence=fc,
        )

    def _near_report(self, dated: Dated, dct: date | None) -> bool:
        if dated.source != "timex":
            return True
        iv = dated.interval
        if iv is None or dct is None or iv.earliest is None or iv.latest is None:
            return False
        return (dct - iv.latest).days <= self.dateline_days and (iv.earliest - dct).days <= self.dateline_days


def _place_coder(adoc: AnnotatedDocument) -> Callable[[int, int], Actor | None] | None:
    """The actors stage's coder of a place standing in a role, when installed."""
    try:
        from chronicler.actors.resolve import place_as_actor
    except ImportError:
        return None
    return lambda s, e: place_as_actor(adoc, s, e)


def _on_date(dated: Dated, dct: date | None) -> date | None:
    """The day to code actors' roles on: the event's own day, or the middle of an interval of at most a year;
    a vaguer own date says too little, so the report date is used."""
    iv = dated.interval
    if dated.source != "timex" or iv is None:
        return dct
    if iv.best is not None:
        return iv.best
    width = iv.width_days()
    if width is not None and width <= 366 and iv.earliest is not None:
        return iv.earliest + timedelta(days=width // 2)
    return dct


def _relative_below(tok: Any, top: Any) -> bool:
    """True when ``tok`` lies in a relative clause below ``top``."""
    hops = 0
    while tok.i != top.i and tok.head.i != tok.i and hops < 30:
        if tok.dep_ in ("relcl", "acl") and tok.pos_ in ("VERB", "AUX"):
            return True
        tok, hops = tok.head, hops + 1
    return False


def _in_timex(trig: Trigger, timexes: list) -> bool:
    """True when every word of the trigger lies inside one of the sentence's time expressions."""
    start, end = trig.char_span
    return any(tx.start <= start and end <= tx.end for tx in timexes)


#: Sectors of bodies that act where they are from ("Pakistani police arrested ... in Hyderabad"): their country
#: tells which of two towns of one name is meant; troops and envoys act abroad.
LOCAL_BODIES = frozenset({"COP", "JUD"})
#: Lowest confidence of an actor's country counted as the sentence's word (not a report's assumption).
HINT_CONF = 0.8


def _place_hints(home: str | None, adoc: AnnotatedDocument, sent: Sentence,
                 index: MentionIndex) -> tuple[frozenset[str], ...]:
    """The countries the report points to for a place of ``sent``, strongest first: the dateline's (``home``, as
    :func:`_home_country` read it); those of the sentence's police and courts; any the sentence's actors have by
    their own words (for :func:`chronicler.events.where.coded`)."""
    mentions = [m for m in index.within(sent.start, sent.end) if m.actor_id]
    actors = {a.id: a for a in adoc.actors} if mentions else {}
    local: set[str] = set()
    named: set[str] = set()
    for m in mentions:
        a = actors.get(m.actor_id)
        if a is not None and a.country and len(a.country) == 3 and a.confidence >= HINT_CONF \
                and a.country not in ("IGO", "NGO", "IMG"):
            named.add(a.country)
            if a.sector in LOCAL_BODIES:
                local.add(a.country)
    return frozenset({home} if home else ()), frozenset(local), frozenset(named)


def _home_country(adoc: AnnotatedDocument) -> str | None:
    """The country of the report's dateline, if it names a known place."""
    loc = dateline_location(adoc.document.dateline)
    return loc.country if loc else None


def sent_tokens(trig: Trigger) -> list[Any]:
    """The tokens of the trigger's clause (its head's subtree), for topic words."""
    return list(trig.head.subtree)[:80]


@stage("events", requires={"parse", "timexes", "mentions"}, provides={"events"})
def make_events(config: dict[str, Any]) -> EventsComponent:
    """Events: PLOVER type/mode, CAMEO code, source/target actors, own date, status, location, provenance."""
    return EventsComponent(config)
