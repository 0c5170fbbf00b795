"""The working record of one actor phrase while the actors stage codes and resolves it (:class:`Draft`), with
the one way a country is set on it (the code, how sure, and the evidence) and the test for a named person."""

from __future__ import annotations

from dataclasses import dataclass, field

from chronicler.actors import kbview
from chronicler.actors.extract import Comp, Phrase


@dataclass
class Draft:
    """A coded phrase, before and after within-document resolution."""

    phrase: Phrase
    kind: str  # person | organization | country | group | pronoun | unknown
    mention_kind: str  # name | title | pronoun | nationality | capital | institution | group | country
    text: str
    start: int  # character offsets in the document
    end: int
    name: str | None = None
    country: str | None = None
    country_conf: float = 0.0
    sector: str | None = None
    role: str | None = None  # the role the text gives (as of the sentence)
    title: str | None = None  # the title words as written
    org: str | None = None  # canonical institution name
    known_body: bool = False  # ``org`` is a lexicon body named inside a longer phrase (id by its name alone)
    kb_terms: list[kbview.Term] = field(default_factory=list)
    poss: Comp | None = None  # "his"/"her"/"its" modifying the phrase
    counterpart: bool = False
    confidence: float = 1.0
    link: "Draft | None" = None  # antecedent after resolution
    actor_id: str | None = None
    evidence: list[str] = field(default_factory=list)
    country_note: str | None = None  # the weak evidence the country rests on (WordNet), kept on the Actor
    credited: bool = False  # named in the report's credit line: no country from the sentence or the setting
    regional: bool = False  # a regional construct ("Western diplomats"): no country from the sentence or the setting

    def root(self) -> "Draft":
        """The draft this one finally refers to."""
        d, seen = self, 0
        while d.link is not None and seen < 30:
            d, seen = d.link, seen + 1
        return d


def _set_country(d: Draft, code: str, conf: float, why: str) -> None:
    d.country, d.country_conf = code, conf
    d.evidence.append(f"country {code} from {why}")


def _named(d: Draft) -> bool:
    return d.kind == "person" and bool(d.name)
