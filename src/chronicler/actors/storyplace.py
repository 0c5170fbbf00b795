"""The country a report is set in, for the actors whose own words give none (issue 6, session 9).

Event coders (ICEWS, PHOENIX) give a generic actor — "protesters", "the police", "the judge", "Dr X" with no
nationality — the country of the story when the sentence names none. A report's setting is plain from its own
words: the places it names ("in Cairo", "a Los Angeles court"), the countries and nationalities, the state bodies.
:func:`story_country` counts them; :func:`place_in_story` gives the winner, as a weak guess carrying its evidence,
to the people and unnamed groups still without a country after every surer rule (:mod:`.coref`,
:mod:`.countryguess`). Never to a journalist (reporters come to the story), to an organisation (its home may be
anywhere), nor to people named as coming from elsewhere ("tourists", "foreign visitors").
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from chronicler.actors.roots import span_root
from chronicler.actors.draft import Draft, _named
from chronicler.nlp.memo import span_indices, token_indices, token_strings

#: Codes that are no country a report can be set in.
NOT_STATES = {"IGO", "NGO", "IMG"}
#: Weakest own-words country counted as evidence of the setting (a less sure town name still counts).
EVIDENCE_CONF = 0.5
#: Confidence of a country given from the story's setting: below a sentence's guess (0.4), above nothing.
STORY_CONF = 0.35
#: Shortest report with a setting of its own: a lone sentence (a headline, a probe) is placed by its own words.
STORY_MIN_SENTENCES = 2
#: Head kinds of a phrase naming a place (a town or province, a capital, a country).
PLACE_KINDS = {"city", "capital", "country", "place", "gpe"}
#: Modifier kinds naming a town or province ("a Los Angeles court"); a country's name before an actor ("U.S.
#: troops") is its nationality.
TOWN_KINDS = {"city", "capital", "place"}
#: Sentences that open a report (its headline and lead): where they set it counts twice.
LEAD = 3
#: Sectors of unnamed groups that belong where the report is set (a state's agents, its people, its trades).
SETTLED = {"CVL", "GOV", "LEG", "JUD", "COP", "MIL", "MED", "EDU", "LAB", "AGR", "BUS", "OPP", "PTY", "REL", "ELI"}
#: Sectors of people who come to the story rather than belong to it: reporters, aid workers.
ROVING = {"JRN", "NGO"}
#: Group nouns for people from elsewhere: a report's setting says nothing of where they are from.
VISITORS = {"tourists", "tourist", "visitors", "visitor", "foreigners", "foreigner", "expatriates", "expatriate",
            "expats", "migrants", "migrant", "immigrants", "immigrant", "travellers", "traveller", "travelers",
            "traveler", "passengers", "passenger", "pilgrims", "pilgrim", "refugees", "refugee", "exiles",
            "delegates", "delegation", "diplomats", "diplomat", "envoys", "envoy", "foreign", "volunteers",
            "observers", "monitors", "peacekeepers",
            # people quoted for what they know, not for where they are: a wire report cites them from anywhere
            "analysts", "analyst", "economists", "economist", "experts", "expert", "scientists", "scientist",
            "researchers", "researcher", "commentators", "investors"}


#: Nouns of a share of a population: "35% of the population", "a large proportion of people" speak of no one place.
PROPORTION = {"proportion", "percentage", "percent", "%", "share", "fraction", "quantity", "majority", "minority",
              "half", "third", "quarter", "rest", "bulk"}
#: Words that set a group in the whole world ("the largest companies in the world", "people around the world").
WORLD = {"world", "worldwide", "globe", "global", "globally", "planet", "everywhere"}
_WORLD = frozenset(WORLD)


def unlocated(d: Draft, sdoc: Any) -> bool:
    """True when a group is spoken of in general, in no one place: a share of a population ("25% of the
    population"), a group set in the whole world ("... in the world", "worldwide"), a question of number ("how
    many people"). No country of a sentence or a story is given to it."""
    if sdoc is None:
        return False
    r = span_root(sdoc, d.phrase.head.start, d.phrase.head.end)
    if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lower_ in PROPORTION:
        return True
    # a subtree lies between its edges: its tokens are walked only when a world word lies there
    if span_indices(token_indices(sdoc, "LOWER", _WORLD), r.left_edge.i, r.right_edge.i + 1) \
            and any(t.lower_ in WORLD for t in r.subtree):
        return True
    near = token_strings(sdoc, "LOWER")[max(0, d.phrase.start - 2):d.phrase.head.start]
    return any(a == "how" and b == "many" for a, b in zip(near, near[1:]))


def _evidence(d: Draft) -> bool:
    """True when the draft's own words (or the office-holder KB) name a state: not a guess, not WordNet's
    reading of a name, not a bare surname's lookup, not a news outlet (it says where the report comes from, not
    where it is set)."""
    if d.country is None or d.country in NOT_STATES or d.country_conf < EVIDENCE_CONF or d.country_note:
        return False
    if d.kind == "organization" and d.sector == "JRN":
        return False
    if d.kind == "person" and d.name and len(d.name.split()) < 2 and not d.title:
        return False  # a bare surname's lookup may be a namesake ("Alan Mandela ... Mandela said")
    last = d.evidence[-1] if d.evidence else ""
    return "guessed" not in last and "assumed" not in last


def tally(drafts: list[Draft], votes: Callable[[Draft], bool]) -> tuple[dict[str, int], set[str]]:
    """Mentions of each state among the drafts ``votes`` admits (each with a country), a mention in the lead (the
    ``LEAD`` first sentences) counting twice, and the states among them named at least once as a place."""
    counts: dict[str, int] = {}
    placed: set[str] = set()
    for d in drafts:
        if votes(d):
            code = str(d.country)
            counts[code] = counts.get(code, 0) + (2 if d.phrase.sentence < LEAD else 1)
            if d.kind == "place" or d.phrase.head.kind in PLACE_KINDS \
                    or any(m.kind in TOWN_KINDS for m in d.phrase.mods):  # "a Los Angeles court"
                placed.add(code)
    return counts, placed


def story_country(drafts: list[Draft]) -> tuple[str, int, int] | None:
    """The country a report is set in: the one its own words name (places, countries, nationalities, bodies and
    people of a state) more often than all others together, a mention in its lead (the ``LEAD`` first sentences)
    counting twice, and named at least once as a place (a town, province or country, not only as the
    nationality of an actor: "U.S. troops arrived" says where the troops are from, not where the report is).
    Returns (code, its count, all counts)."""
    counts, placed = tally(drafts, _evidence)
    if not counts:
        return None
    top, n = max(counts.items(), key=lambda kv: kv[1])
    total = sum(counts.values())
    return (top, n, total) if 2 * n > total and top in placed else None


def _settled(d: Draft, sdoc: Any) -> bool:
    """True for an actor the setting may place: a person the text names or titles (not a journalist), or an
    unnamed group of a state's or people's sector (not visitors, nor a group spoken of in general)."""
    if d.regional:
        return False  # "Western diplomats": a regional construct has no country (PLOVER)
    if d.kind == "person":
        return d.sector not in ROVING and (_named(d) or d.role is not None)
    if d.kind != "group" or d.sector not in SETTLED or d.phrase.head.kind != "group":
        return False
    return not ({w.lower() for w in d.text.split()} & VISITORS) and not unlocated(d, sdoc)


def place_in_story(drafts: list[Draft], sdoc: Any, found: tuple[str, int, int] | None) -> None:
    """Each actor still without a country that the setting may place (:func:`_settled`) takes the country the
    report is set in (``found``, from :func:`story_country`), flagged as an assumption with the count it rests on."""
    if found is None:
        return
    code, n, total = found
    assume_country(drafts, sdoc, code,
                   f"country {code} assumed: the report is set there ({n} of {total} mentions of a state)")


def assume_country(drafts: list[Draft], sdoc: Any, code: str, why: str, skip: Collection[int] = ()) -> None:
    """Each actor still without a country that the setting may place (:func:`_settled`; not the drafts whose ids
    are in ``skip``) takes ``code``, flagged as an assumption (``why``) at :data:`STORY_CONF`."""
    for d in drafts:
        if d.link is None and d.country is None and id(d) not in skip and _settled(d, sdoc):
            d.country, d.country_conf = code, STORY_CONF
            d.evidence.append(why)
            d.country_note = why  # kept on the actor: the country is an assumption, not the text's word
