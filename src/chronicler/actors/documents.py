"""Names of things that hold an organisation word: no actor (issue 6, session 15).

"The State of the Union address", "the Union Jack", "the Police Reform Act", "the Army-Navy game", "the Union
budget": the body word inside ("union", "police", "army") made an organisation or group of a speech, a flag, a law,
a game, a budget. :func:`drop_named_things` leaves such a mention uncoded (no actor, no country, no sector):

- an organisation name whose last word, capitalised, is a thing's noun ("Union Station", "the Kyoto Protocol");
- a group or organisation mention that modifies, as a compound (through further compounds), such a noun outside the
  mention ("Police" in "the Police Reform Act", "Union" in "the Union budget");
- an organisation name "State of the Union" (a speech; a state is "the State of X");
- a place after "treaty of", "accord of", "convention of", "protocol of" (where it was signed: "the Treaty of
  Lisbon").

A thing a body owns or makes and that the text names by the body's word is still the body's ("a police
station", "a government report", "an army base"): those nouns are not listed.
"""

from __future__ import annotations

import re
from typing import Any

from chronicler.actors.draft import Draft

#: Nouns of things that are no actor: laws, treaties, speeches, games, days, flags, prizes, budgets.
THING_NOUNS = frozenset({"act", "acts", "treaty", "treaties", "accord", "accords", "agreement", "agreements",
                         "protocol", "protocols", "convention", "conventions", "charter", "game", "games", "match",
                         "day", "budget", "jack", "flag", "prize", "anthem", "holiday", "cup", "address", "speech"})
#: Capitalised last words that make an organisation's name a place's or a thing's ("Union Station"); not "Street"
#: ("Downing Street" speaks for the government) nor "Airport" (an airport's operator speaks as one).
NAME_HEADS = THING_NOUNS | {"station", "stadium"}
#: Nouns whose "of X" names where a text was signed, not a party to it.
SIGNED_AT = frozenset({"treaty", "treaties", "accord", "accords", "convention", "protocol", "agreement", "charter"})
PLACE_KINDS = {"capital", "city", "country"}
#: "the State of the Union", "the State of the Nation": a yearly speech, not a state (a state is "the State of X").
SPEECH_NAME = re.compile(r"^(?:(?:the|his|her|its|their)\s+)?State\s+of\s+the\s+[A-Z][a-z]+$")


def _modifies_thing(span: Any) -> bool:
    """True when a word of ``span`` is a compound modifier (through further compounds) of a thing's noun outside
    it."""
    lo, hi = span.start, span.end
    for t in span:
        h = t
        while h.dep_ == "compound" and h.head is not h:
            h = h.head
        if h is not t and not lo <= h.i < hi and h.lower_ in THING_NOUNS:
            return True
    return False


def _signed_at(span: Any) -> bool:
    r = span.root
    return r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lower_ in SIGNED_AT


def drop_named_things(drafts: list[Draft], sdoc: Any) -> None:
    """Leave uncoded, in place, the mentions that name a thing rather than an actor (see the module's
    description)."""
    for d in drafts:
        if d.kind not in {"organization", "group"} and not (d.phrase.head.kind in PLACE_KINDS and d.kind != "place"):
            continue  # none of the tests below can pass (asked first: no Span is made)
        span = sdoc[d.phrase.start:d.phrase.end]
        last = span[-1]
        why = None
        if d.kind == "organization" and last.text[:1].isupper() and last.lower_ in NAME_HEADS:
            why = f"no actor: {d.text!r} names a {last.lower_}"
        elif d.kind == "organization" and SPEECH_NAME.match(" ".join(t.text for t in span)):
            why = f"no actor: {d.text!r} names a speech"
        elif d.kind in {"organization", "group"} and d.phrase.head.kind in {"org", "group"} and _modifies_thing(span):
            why = f"no actor: {d.text!r} names a kind of thing"
        elif d.phrase.head.kind in PLACE_KINDS and d.kind != "place" and _signed_at(span):
            d.kind, d.mention_kind = "place", "place"
            d.evidence.append(f"place {d.text!r}: where a text was signed, not a party to it")
            continue
        if why is not None:
            d.kind, d.country, d.country_conf, d.sector = "unknown", None, 0.0, None
            d.evidence.append(why)
