"""Countries from context, after the linking rules of :mod:`.coref`: the document's home country for a person or
body with none of its own (:func:`_home`), the nearest country the sentence names, as a weak guess
(:func:`_context`), and a body named by a name several states use (:func:`_shared_names`)."""

from __future__ import annotations

from typing import Any

from chronicler.actors.roots import span_root
from chronicler.actors.draft import Draft, _named


#: Sectors of groups that are normally the report's own country's ("the crowd", "the central government");
#: troops, rebels or gunmen with no country are not guessed so.
DOMESTIC = {"CVL", "GOV", "LEG", "OPP", "PTY", "COP", "JUD", "LAB", "EDU", "AGR", "BUS", "MED", "REL", "JRN"}


#: Sectors of a state's own bodies: a court or legislature named with no country is the report's country's.
STATE_BODIES = {"GOV", "JUD", "LEG"}


def _home(drafts: list[Draft], home: str | None, sdoc: Any = None) -> None:
    """A person or body with no country of its own: the document's home country, said to be a guess; not a local
    group whose own sentence places it in another country ("SEOUL - ... In Tokyo, demonstrators marched": left to
    :func:`_context`, which gives it the place's country)."""
    if home is None:
        return
    from chronicler.actors.sentenceplace import placed_elsewhere

    for d in drafts:
        if d.kind == "group" and d.sector in LOCAL and placed_elsewhere(d, drafts, sdoc, home):
            continue
        guessable = (d.kind == "person" and d.role is not None) \
            or (d.kind == "organization" and d.sector in STATE_BODIES) \
            or (d.kind == "group" and d.sector in DOMESTIC and d.phrase.head.kind == "group")
        if d.link is None and d.country is None and guessable and not d.regional:
            d.country, d.country_conf = home, 0.6
            d.evidence.append(f"country {home} assumed from the document's home country")


#: A report with no dateline or outlet to place it: the country it is mostly about stands in for its home country,
#: for state agents only ("the government", "officials", "Ms Lubchenco" with a title), never for civilians or
#: companies, who may be anyone's. It must be named this often, and outnumber all the others together.
PREVAILING_MIN = 3
PREVAILING_MIN_SENTENCES = 4
STATE_AGENTS = {"GOV", "LEG", "JUD", "COP", "MIL"}
#: A big city counts towards the prevailing country ("Los Angeles" is also a town elsewhere, hence its 0.6): the
#: majority over the whole report is what makes the guess, not any one place.
PREVAILING_PLACE_CONF = 0.6


def prevailing_country(drafts: list[Draft], n_sentences: int) -> str | None:
    """The country a longer report is mostly about: the one most named through places, countries and state
    bodies (sure codes only), named at least ``PREVAILING_MIN`` times and more than all others together."""
    if n_sentences < PREVAILING_MIN_SENTENCES:
        return None
    counts: dict[str, int] = {}
    for d in drafts:
        if d.country is None or d.country in {"IGO", "NGO", "IMG"} \
                or d.country_conf < (PREVAILING_PLACE_CONF if d.kind == "place" else 0.8):
            continue
        if d.kind in {"place", "country"} or (d.kind in {"organization", "group"} and d.sector in STATE_AGENTS):
            counts[d.country] = counts.get(d.country, 0) + 1
    if not counts:
        return None
    top, n = max(counts.items(), key=lambda kv: kv[1])
    return top if n >= PREVAILING_MIN and n > sum(counts.values()) - n else None


#: Occupations whose holders report on or come to a country rather than belong to it: a journalist, an aid worker.
ROVING = {"JRN", "NGO"}


def _prevailing(drafts: list[Draft], home: str | None) -> None:
    """A state agent, or a person named with an occupation ("the judge", "Dr Murray"), with no country of its own
    in a report with no home country: the report's prevailing country (:func:`prevailing_country`), said to be a
    weak guess. Not a journalist (``ROVING``): reporters are sent to the country they write about."""
    if home is None:
        return
    for d in drafts:
        agent = (d.kind == "person" and d.role is not None and d.sector not in ROVING) \
            or (d.kind in {"organization", "group"} and d.sector in STATE_AGENTS)
        if d.link is None and d.country is None and agent:
            d.country, d.country_conf = home, 0.5
            d.evidence.append(f"country {home} guessed: the country the report is mostly about")


#: Sectors of actors that are usually from where the sentence places the action ("a bomb exploded in a market
#: in Peshawar", "gunmen killed three policemen in Guerrero"): for them a location named in the sentence is
#: better evidence than the nearest other actor. Refugees and the state's agents abroad are not.
LOCAL = {"CVL", "UAF", "CRM", "COP", "REB", "LAB", "AGR", "EDU", "MED", "JRN", "BUS", "OPP", "PTY", "REL", "UNK"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "within", "across", "throughout", "around", "off", "into",
                  "from"}


def _context(drafts: list[Draft], sdoc: Any = None, story: str | None = None) -> None:
    """Still no country: the nearest country named in the same sentence, as a weak guess (confidence 0.4).

    Evidence is any phrase whose own words (or the office-holder KB) give its country — a body, a group, a
    place, or a person ("Pakistani Federal Secretary Interior" tells where "the Federal Minister for Interior" is
    from). For local actors (``LOCAL``) a location in the sentence ("in Basra", "outside the Iraqi city of ...")
    comes first; in a longer report with a setting (``story``, :mod:`.storyplace`), a local group with no place in
    its sentence is left to that setting."""
    places: dict[int, list[Draft]] = {}
    weak: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.country and d.country_conf >= 0.8 and d.country not in {"IGO", "NGO", "IMG"} \
                and "guessed" not in " ".join(d.evidence[-1:]):
            places.setdefault(d.phrase.sentence, []).append(d)
        elif d.kind == "place" and d.country and d.country_conf >= 0.5 and d.country not in {"IGO", "NGO", "IMG"}:
            weak.setdefault(d.phrase.sentence, []).append(d)  # a town whose name is less sure ("near Kandahar")
    worded = {(id(p.root()), p.phrase.sentence) for p in drafts if p.kind == "person" and _nationality_worded(p)}
    for d in drafts:
        if d.link is not None or d.country is not None or d.kind not in {"person", "organization", "group"} \
                or d.credited or d.regional:  # the report's own journalist, "Western diplomats": where the
            # sentence is says nothing of them
            continue
        if _outlet(d) and common_paper_name(d.phrase.head.text):
            continue  # "The Star reported that Tanzanian officials ...": papers of many states bear that name
        same = [p for p in _beside(d, places, sdoc) if d.sector == "JRN" or not _outlet(p)]
        if (d.kind == "organization" and d.sector is None) or (d.kind == "person" and d.role is None):
            # a bare unknown name or body: only a sentence naming one country through a body, group or person
            # of it says where it belongs ("the Ivory Coast's Supreme Court ... allowed X"); a country named
            # bare is as likely the other side ("X accused the United States")
            same = [p for p in same if p.kind in {"organization", "group", "person"} and not p.counterpart
                    and not (p.kind == "person" and (id(p.root()), p.phrase.sentence) in worded)
                    and p.phrase.head.kind not in {"city", "capital", "country", "gpe"}]  # not a place's people
            # ("X met his Chinese counterpart": a counterpart is by definition of another state), nor another
            # person's nationality word: it is its own name's ("Iranian envoy X told Y", "X and Y, Iran's envoy",
            # "Y greeted the French envoy"); a person placed by a body ("CNN's A, B and C", "the BP chief") still
            # speaks for the sentence
            if len({p.country for p in same}) == 1 and d.kind == "person" and _named(d):
                d.country, d.country_conf = same[0].country, 0.3
                d.evidence.append(f"country {same[0].country} guessed: the only country in the sentence")
            continue
        if d.root().counterpart:  # "his counterpart X": by definition of another state than the people beside it
            same = [p for p in same if p.kind != "person"]
        if d.sector in STATE_AGENTS:  # a company says nothing of where a state's body is ("a Congressional
            same = [p for p in same if p.sector != "BUS"]  # committee heard Transocean's chief executive")
        if d.kind == "group" and d.sector in ASSAILANTS and sdoc is not None:
            same = [p for p in same if not _victim(d, p, sdoc)] \
                or _beside(d, weak, sdoc) \
                or same  # the victims only last
        if d.kind == "group" and d.sector in LOCAL and sdoc is not None:
            same = [p for p in same if not _sourced(p, sdoc)]
            located = [p for p in same if _located(p, sdoc)]
            if not located and story is not None:  # a longer report: a place of the sentence, even a less sure
                located = _beside(d, weak, sdoc)  # one, else its setting
                if not located:  # (storyplace), not whoever is named nearby ("BP lawyers", a BBC reporter)
                    continue
            same = located or same
        if same:
            near = min(same, key=lambda p: abs(p.start - d.start))
            d.country, d.country_conf = near.country, 0.4
            d.evidence.append(f"country {near.country} guessed from {near.text!r} nearby")


#: Component kinds that name a state: a person's phrase holding one is placed by its own nationality word.
NATION_WORDS = {"demonym", "country", "capital", "gpe", "norp"}


def _nationality_worded(p: Draft) -> bool:
    """True when the phrase names a state ("Iranian envoy X", "Iran's envoy", "the French envoy", "X of Qatar"):
    the person it codes (with its chain in that sentence: "Y, Iran's envoy") is placed by its own words, which are
    its alone."""
    return any(c.kind in NATION_WORDS for c in [*p.phrase.mods, *p.phrase.of])


def _beside(d: Draft, by_sentence: dict[int, list[Draft]], sdoc: Any) -> list[Draft]:
    """The drafts of ``by_sentence`` in ``d``'s sentence, other than ``d``, named in ``d``'s own clause."""
    return [p for p in by_sentence.get(d.phrase.sentence, []) if p is not d and not _elsewhere(d, p, sdoc)]


def _elsewhere(d: Draft, p: Draft, sdoc: Any) -> bool:
    """True when ``p`` is named in another clause than ``d`` and so says nothing of where ``d`` belongs ("Migrants
    picked up by a Maltese patrol boat", "the refugees ... although Germany had offered": :mod:`.clauses`)."""
    if sdoc is None or d.kind != "group":
        return False
    from chronicler.actors.clauses import cut_off

    return cut_off(_head_token(d, sdoc), _head_token(p, sdoc), _located(p, sdoc))


#: Sectors of unnamed assailants ("gunmen", "pirates", "rebels"): whom they act on says little of where they are
#: from ("gunmen kidnapped four Italian oil workers in the Niger Delta" are not Italian): any other country the
#: sentence names comes first, then a town whose name is less sure, the victims' only when there is no other.
ASSAILANTS = {"UAF", "CRM", "REB"}


#: Words of newspaper names that papers of many states share ("The Star", "The Daily Star", "The Nation", "The
#: Sunday Herald"): a name made of these alone says nothing of the paper's country, nor does the story it reports.
PAPER_WORDS = frozenset({"the", "daily", "sunday", "weekly", "morning", "evening", "star", "nation", "national",
                         "herald", "times", "post", "tribune", "observer", "standard", "independent", "guardian",
                         "mail", "express", "sun", "news", "chronicle", "gazette", "courier", "telegraph", "mirror",
                         "journal", "monitor", "citizen", "globe", "new", "reporter", "daily's"})


def common_paper_name(name: str) -> bool:
    """True when a paper's name is made only of words papers of many states share (``PAPER_WORDS``)."""
    words = [w.strip(".,'").lower() for w in name.split()]
    return bool(words) and all(w in PAPER_WORDS for w in words)


def _outlet(d: Draft) -> bool:
    """True for a news outlet ("CNN personnel saw wounded people", "a BBC correspondent was arrested by police"):
    its country says where the report comes from, not where the people around it are from."""
    return d.kind == "organization" and d.sector == "JRN"


def _victim(d: Draft, p: Draft, sdoc: Any) -> bool:
    """True when ``p`` lies in what ``d``'s verb acts on: the object of the verb ``d`` is the subject of ("gunmen
    seized a Danish ship"), or the subject of a passive verb ``d`` is the agent of ("two Britons were kidnapped by
    rebels")."""
    if p.kind == "place" or _located(p, sdoc):
        return False  # where it happened, even said of the victim ("a Japanese engineer in Karachi")
    r = _head_token(d, sdoc)
    if r.dep_ == "nsubj":
        verb, deps = r.head, {"dobj", "obj", "dative"}
    elif r.dep_ == "pobj" and r.head.dep_ == "agent":
        verb, deps = r.head.head, {"nsubjpass"}
    else:
        return False
    target = _head_token(p, sdoc)
    return any(target in c.subtree for v in (verb, *[c for c in verb.children if c.dep_ == "conj"])
               for c in v.children if c.dep_ in deps)


def _located(d: Draft, sdoc: Any) -> bool:
    """True when the phrase says where something happens: a place, or the object of "in/at/near/outside ...";
    not where the source of a report is ("..., diplomatic sources in neighbouring Pakistan said")."""
    if _sourced(d, sdoc):
        return False
    r = _head_token(d, sdoc)
    if d.kind == "place" or (d.phrase.head.kind in {"city", "capital"} and d.sector == "CVL"):
        return True  # a place, or a city not standing for its government
    if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lower_ in LOCATIVE_PREPS | {"north", "south",
                                                                                           "east", "west"}:
        return True  # "just outside the Afghan town of Ghazni", "north of Baghdad"
    return r.dep_ == "pobj" and r.head.lower_ in LOCATIVE_PREPS


def _head_token(d: Draft, sdoc: Any) -> Any:
    r = span_root(sdoc, d.phrase.head.start, d.phrase.head.end)
    while r.dep_ == "conj" and r.head.i != r.i:
        r = r.head
    return r


def _sourced(d: Draft, sdoc: Any) -> bool:
    """True when the phrase places the source of a report ("..., sources in neighbouring Pakistan said")."""
    r = _head_token(d, sdoc)
    if r.dep_ != "pobj" or r.head.dep_ != "prep":
        return False
    owner = r.head.head
    return owner.dep_ in {"nsubj", "nsubjpass"} and owner.head.lemma_.lower() in SPEECH


#: Verbs of reporting: a place attached to their subject locates the source of the report.
SPEECH = {"say", "tell", "report", "announce", "state", "add", "quote", "claim", "confirm", "reveal", "disclose"}


def _shared_name(d: Draft) -> bool:
    """True when the body is named by a name several states use ("Congress", "Senate", "the Baath Party"): the
    lexicon's note says so."""
    e = d.phrase.head.entry
    return d.kind == "organization" and e is not None and e.kind == "institution" and e.country is not None \
        and ("other" in e.note or " and " in e.note)


def _shared_names(drafts: list[Draft]) -> None:
    """A body named by a name several states use is that of the one state the sentence names, when that is not
    the name's usual one ("Peruvian President Alberto Fujimori dissolved Congress": Peru's)."""
    for d in drafts:
        if d.link is not None or not _shared_name(d) or d.phrase.mods:
            continue
        others = {p.root().country for p in drafts if p.phrase.sentence == d.phrase.sentence and p is not d
                  and p.kind in {"person", "group", "organization", "country"} and p.root().country
                  and p.root().country_conf >= 0.8 and p.root().country not in {"IGO", "NGO", "IMG"}}
        if len(others) == 1 and d.country not in others:
            code = next(iter(others))
            d.country, d.country_conf, d.org = code, 0.6, d.phrase.head.text
            d.evidence.append(f"country {code}: the one state the sentence names ({d.phrase.head.text!r} is a name "
                              f"several states use)")
