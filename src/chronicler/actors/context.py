"""The country a whole report supports, for bare institutional and group mentions (issue 6, session 11).

"The government", "police", "the army", "protesters" rarely name their country; a report usually does, elsewhere:
an earlier full mention ("Sudanese police ... Police later released ..."), its dateline, or the country most of its
own words place it in. :func:`document_context` is the last step of within-document resolution (after
:mod:`.coref`'s linking rules and :mod:`.countryguess`'s sentence guesses) and gives such mentions that country with
a low confidence and the cue it rests on. A report about two or more countries with no clear winner gives none:
"the government" of a report on talks between A and B is either side's, and an uncoded actor is better than a
guess presented as fact (issue 6's bad-input rule).

The vote (:func:`report_country`) counts what :func:`.storyplace.story_country` counts — the countries the report's
own words name (places, countries, nationalities, state bodies, people of a state), a mention in the lead twice —
but not companies (a company's home says where it is registered, not where the report is set: a spill at a
British company's well in the Gulf of Mexico is an American story) nor visitors' nationalities ("UK volunteers
in Haiti"); the dateline adds :data:`DATELINE_VOTES`. The winner must have more than half of all votes and at
least :data:`LEAD_FACTOR` times the votes of the runner-up, and be named as a place (or be the dateline's country).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chronicler.actors.roots import span_root
from chronicler.actors.draft import Draft
from chronicler.actors.storyplace import NOT_STATES, ROVING, VISITORS, _evidence, assume_country, tally, unlocated

#: Votes of the dateline's country: where the report was filed, worth more than any one mention in the lead.
DATELINE_VOTES = 3
#: How many times the runner-up's votes the winner needs: below that the report is shared, and no one's.
LEAD_FACTOR = 2
#: Confidence of a country from an earlier full mention of a group of the same kind ("Sudanese police").
EARLIER_CONF = 0.5
#: Sectors whose own words say nothing of the setting: companies (registered anywhere), reporters, aid workers.
NOT_VOTING = {"BUS"} | ROVING
#: Sectors a bare group noun takes from an earlier full mention; companies are left to ``coref._the_one_company``.
FOLLOWING = {"GOV", "LEG", "JUD", "COP", "MIL", "PRM", "SPY", "REB", "UAF", "CRM", "OPP", "PTY", "CVL", "REF", "LAB",
             "AGR", "EDU", "MED", "REL", "ELI", "SOC"}
#: Nouns of a body of water named after a country ("the Gulf of Mexico"): the water is no evidence of the country.
WATERS = {"gulf", "sea", "bay", "strait", "straits", "ocean", "lake"}
#: Lowest confidence of a country that an earlier mention passes on: the text's own word, not a guess.
SURE = 0.8


@dataclass(frozen=True)
class Verdict:
    """The country a report supports (``code``, None when it supports none), its votes and the runner-up's."""

    code: str | None
    votes: int
    total: int
    runner_up: str | None
    runner_votes: int
    dateline: str | None

    @property
    def contested(self) -> bool:
        """True when a runner-up has more than half the leader's votes: the report is shared, and no one's."""
        return self.runner_up is not None and self.votes < LEAD_FACTOR * self.runner_votes

    def why(self) -> str:
        """The evidence in words: the cue and the share the country rests on."""
        cue = f"dateline {self.dateline}, " if self.dateline == self.code else ""
        other = f"; runner-up {self.runner_up} {self.runner_votes}" if self.runner_up else ""
        return (f"country {self.code} assumed: the report is set there ({cue}{self.votes} of {self.total} votes"
                f"{other})")


def _votes_for(d: Draft, sdoc: Any) -> bool:
    """True when the draft's own words name a state that says where the report is set: not a company, reporter
    or aid worker, nor visitors ("UK volunteers", "foreign tourists"), a company's staff ("Transocean workers"),
    or the country a sea is named after ("the Gulf of Mexico")."""
    if not _evidence(d) or d.sector in NOT_VOTING:
        return False
    if any(c.entry is not None and c.entry.sector == "BUS" and c.entry.country == d.country
           for c in [*d.phrase.comps(), *d.phrase.of]):
        return False
    if sdoc is not None:
        r = span_root(sdoc, d.phrase.head.start, d.phrase.head.end)
        if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lower_ in WATERS:
            return False
    return not (d.kind == "group" and {w.lower() for w in d.text.split()} & VISITORS)


def report_country(drafts: list[Draft], sdoc: Any = None, dateline: str | None = None) -> Verdict:
    """The country the report supports by its own words and its dateline (see the module's description)."""
    counts, placed = tally(drafts, lambda d: _votes_for(d, sdoc))
    if dateline is not None and dateline not in NOT_STATES:
        counts[dateline] = counts.get(dateline, 0) + DATELINE_VOTES
        placed.add(dateline)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked:
        return Verdict(None, 0, 0, None, 0, dateline)
    (top, n), total = ranked[0], sum(counts.values())
    runner, k = ranked[1] if len(ranked) > 1 else (None, 0)
    won = 2 * n > total and n >= LEAD_FACTOR * k and top in placed
    return Verdict(top if won else None, n, total, runner, k, dateline)


def _bare_group(d: Draft) -> bool:
    """A group noun with no word of its own that could place it ("police", "the army", "protesters"); not
    visitors or experts (storyplace's ``VISITORS``), who may be others than those named before."""
    return d.kind == "group" and d.phrase.head.kind == "group" and not d.phrase.mods and d.sector in FOLLOWING \
        and not {w.lower() for w in d.text.split()} & VISITORS


def _sentences_naming_a_state(drafts: list[Draft]) -> set[int]:
    """The sentences in which a mention names a state by a sure word: a bare group noun there takes its
    sentence's guess (``countryguess._context``) before any mention far back."""
    return {p.phrase.sentence for p in drafts if p.country and p.country_conf >= SURE and p.country not in NOT_STATES}


def _sure_body(p: Draft) -> Draft | None:
    """The full mention (chain root) of ``p`` when it is a group or body with a sure country of its own words (not
    a city's or capital's), which bare group nouns of its sector named after it may take; else None."""
    r = p.root()
    if r.kind in {"group", "organization"} and r.country and r.country_conf >= SURE \
            and r.country not in NOT_STATES and r.phrase.head.kind not in {"city", "capital"}:
        return r
    return None


def earlier_mentions(drafts: list[Draft], sdoc: Any) -> set[int]:
    """A bare group noun takes the country of the earlier full mentions of its kind when they all name one
    ("Sudanese police ... Police later ..."), however far back; the ids of those naming two or more (left open)."""
    contested: set[int] = set()
    # Once per report, not once per bare group noun (a scan of every mention each time). The countries set below
    # are less than sure (EARLIER_CONF < SURE), so they add no sentence to it.
    naming_a_state = _sentences_naming_a_state(drafts)
    # The sure groups and bodies named so far, by sector: country -> the nearest one's full mention. Gathered as
    # the loop goes (once per mention, not a rescan of every earlier mention per bare noun); what qualifies does
    # not change during the loop, since the countries it sets are less than sure.
    earlier: dict[str | None, dict[str, Draft]] = {}
    for i, d in enumerate(drafts):
        if i and (r := _sure_body(drafts[i - 1])) is not None:
            earlier.setdefault(r.sector, {})[r.country] = r  # type: ignore[index]  # later ones overwrite
        if d.link is not None or d.country is not None or not _bare_group(d) or unlocated(d, sdoc) \
                or d.phrase.sentence in naming_a_state:
            continue
        found = earlier.get(d.sector, {})
        if len(found) > 1:
            contested.add(id(d))
            d.evidence.append(f"country left open: earlier mentions of its kind name {', '.join(sorted(found))}")
        elif found:
            code, p = next(iter(found.items()))
            d.country, d.country_conf = code, EARLIER_CONF
            why = f"country {code} assumed from an earlier mention {p.text!r} (the report's context)"
            d.evidence.append(why)
            d.country_note = why  # kept on the actor: an assumption, not the mention's own word
    return contested


def place_by_report(drafts: list[Draft], sdoc: Any, verdict: Verdict, contested: set[int] = frozenset()) -> None:
    """Give the people and groups :func:`.storyplace._settled` admits, still without a country (and not left open
    by :func:`earlier_mentions`, ids in ``contested``), the report's country (``verdict``, from
    :func:`report_country`), flagged as an assumption with its cue and share."""
    if verdict.code is None:
        return
    assume_country(drafts, sdoc, verdict.code, verdict.why(), contested)
