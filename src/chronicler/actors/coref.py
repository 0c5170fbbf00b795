"""Within-document resolution by rules: appositions, surnames, pronouns, titles and "counterpart".

"Defense Minister Yasukazu Hamada" … "Hamada" … "he" … "the defense minister" become one actor; "his
counterpart" becomes the other side's holder of the same role. Each rule links a draft to an antecedent draft
(``Draft.link``); information (country, role, KB terms) flows to the root of each chain. The last rules, countries
guessed from the document's and the sentence's context, are in :mod:`.countryguess`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from chronicler.actors.roots import sentence_starts, span_root
from chronicler.actors import kbview
from chronicler.actors.coding import Draft
from chronicler.actors.context import earlier_mentions, place_by_report, report_country
from chronicler.actors.credits import credit_lines
from chronicler.actors.peoples import settle_peoples
from chronicler.actors.countryguess import _context, _home, _prevailing, _shared_names, prevailing_country
from chronicler.actors.sentenceplace import filed_from
from chronicler.actors.draft import _named
from chronicler.actors.storyplace import STORY_MIN_SENTENCES, place_in_story, story_country
from chronicler.actors.gazetteer import fold
from chronicler.actors.lexicon import default_lexicon
from chronicler.actors.listtitles import shared_titles
from chronicler.actors.possessives import _owner, _possessives
# Split by job (session 17): chain merging in .chains, group nouns and elections in .grouprefs; re-exported here.
from chronicler.actors.chains import PRONOUN_WINDOW, WEAK_ROLES, WEAK_TITLES, _merge_into  # noqa: F401
from chronicler.actors.grouprefs import (  # noqa: F401
    CONTESTS, ELECTED_OFFICES, SUPPORTERS, _common, _elections, _groups, _supporters, _the_one_company)

ROLE_FAMILY = {"defense secretary": "defense minister", "secretary of state": "foreign minister",
               "foreign secretary": "foreign minister", "home secretary": "interior minister",
               "treasury secretary": "finance minister", "premier": "prime minister"}


def resolve(drafts: list[Draft], sdoc: Any, home: str | None, on: date | None, dateline: str | None = None,
            context: bool = True) -> None:
    """Link drafts to their antecedents and fill in what the antecedents know (in place). Last, the report's
    context (:mod:`.context`: an earlier full mention, the ``dateline``'s country, the country the report is mostly
    about) places what is still unplaced; with ``context`` off, the setting of :mod:`.storyplace` alone."""
    if sdoc is not None:
        credit_lines(drafts, sdoc, default_lexicon())
    n_sents = len(sentence_starts(sdoc)) if sdoc is not None else 0
    story = story_country(drafts) if n_sents >= STORY_MIN_SENTENCES else None  # own words only, before any guess
    verdict = report_country(drafts, sdoc, dateline) if context and n_sents >= STORY_MIN_SENTENCES else None
    _appositions(drafts, sdoc)
    _surnames(drafts)
    _pronouns(drafts)
    _possessives(drafts, on)
    _counterparts(drafts)
    shared_titles(drafts, sdoc)  # "Envoys X of Norway, Y of Qatar ...", "the two ministers": each name's role
    _elections(drafts, sdoc)
    _titles(drafts, on, home, sdoc)
    _groups(drafts, sdoc)
    _supporters(drafts)
    contested = earlier_mentions(drafts, sdoc) if context else set()  # "Sudanese police ... Police": before guesses
    settle_peoples(drafts, sdoc, dateline)  # "Kurdish lawmakers ... in Ankara": before any home or sentence guess
    _home(drafts, filed_from(drafts, home), sdoc)
    if home is None and sdoc is not None:  # a state agent in a report about one country: that country's, before
        prevailing = prevailing_country(drafts, n_sents)  # a guess from the sentence; not against the setting
        if verdict is not None and (verdict.contested or verdict.code not in {None, prevailing}):
            prevailing = None  # a report two countries share has no prevailing one
        _prevailing(drafts, prevailing if story is None or story[0] == prevailing else None)
    _context(drafts, sdoc, story[0] if story else None)
    _shared_names(drafts)
    if verdict is not None:  # the last resort: the country the report supports
        place_by_report(drafts, sdoc, verdict, contested)
    elif not context:
        place_in_story(drafts, sdoc, story)


def _appositions(drafts: list[Draft], sdoc: Any) -> None:
    by_token = {i: d for d in drafts for i in range(d.phrase.start, d.phrase.end)}
    for d in drafts:
        r = span_root(sdoc, d.phrase.head.start, d.phrase.head.end)
        if r.dep_ != "appos" or r.head.i not in by_token:
            continue
        other = by_token[r.head.i]
        if other is d or other.kind != "person" and d.kind != "person":
            continue
        if other.kind in {"organization", "country"} and d.kind == "person":
            # "the leader of the Awami League, Sheikh Hasina": the name is the title's, not the party's
            title = next((t for t in drafts if t.kind == "person" and other.phrase.head in t.phrase.of), None)
            if title is None:
                continue
            other = title
        if _named(d) and _named(other) and not _same_person(d.name, other.name):  # type: ignore[arg-type]
            continue  # "chiefs: Foreign Minister A, Defense Secretary B": a list of people, not one person
        if _body_named(d, other) or _body_named(other, d):
            continue
        root, dep = (d, other) if _named(d) and not _named(other) else (other, d)
        if _named(root) or root.kind == "person":
            _merge_into(root, dep, "apposition")
            _former_in_apposition(root, dep)
            if root.sector is None and dep.kind == "organization" and dep.sector and dep.country == root.country:
                root.sector = dep.sector  # "X, the United Nations Emergency Relief Coordinator": that body's


def _former_in_apposition(root: Draft, dep: Draft) -> None:
    """"Colonel X, a former army officer": an apposition naming a former post in the service of the title the name
    carries says the title is a rank kept, not an office held (PLOVER ELI); "President X, a former general" keeps
    the presidency."""
    if not dep.phrase.former or not root.role or root.role.startswith("former "):
        return
    head = dep.phrase.head
    was = next((c.entry.sector for c in dep.phrase.comps() if c.kind == "title" and c.entry is not None),
               head.entry.sector if head.kind == "group" and head.entry is not None else None)
    if was is not None and was == root.sector:
        root.role, root.sector = f"former {root.role}", "ELI"
        root.evidence.append(f"a former {was} post in apposition {dep.text!r}: elites")


def _body_named(name: Draft, kind: Draft) -> bool:
    """"The rights group Odhikar", "the rebel group Ansar Dine": a name no table or KB knows as a person, beside a
    group noun for a kind of body, is that body (an organisation of the noun's sector; its country when the noun
    gives a state's). Recodes ``name``, links the group noun to it; True when it did."""
    from chronicler.actors.lexicon import default_lexicon
    from chronicler.actors.wording import BODY_WORDS

    head = kind.phrase.head
    if not _named(name) or name.kb_terms or name.role is not None or kind.kind != "group" or head.entry is None \
            or head.text.lower().split()[-1] not in BODY_WORDS or default_lexicon().person(name.name) is not None:
        return False
    name.kind, name.mention_kind, name.org, name.confidence = "organization", "institution", name.name, 0.7
    name.sector = kind.sector or ("NGO" if kind.country == "NGO" else None)
    if kind.country and kind.country not in {"NGO", "IGO"} and name.country is None:
        name.country, name.country_conf = kind.country, kind.country_conf
    if name.country == "NGO":
        name.country, name.country_conf = None, 0.0
    name.evidence.append(f"a {head.text!r} named in apposition: a body, not a person")
    kind.link = name
    return True


def _same_person(a: str, b: str) -> bool:
    """Two names that can be one person: equal, or one a part of the other ("Hamada", "Yasukazu Hamada")."""
    wa, wb = a.split(), b.split()
    return wa == wb or (len(wa) != len(wb) and (set(wa) <= set(wb) or set(wb) <= set(wa)))


def _surnames(drafts: list[Draft]) -> None:
    full: dict[str, list[Draft]] = {}
    for f in drafts:
        if _named(f) and f.link is None and len(f.name.split()) > 1:  # type: ignore[union-attr]
            full.setdefault(f.name.split()[-1], []).append(f)  # type: ignore[union-attr]
    for d in drafts:
        if not _named(d) or d.link is not None or len(d.name.split()) > 1:  # type: ignore[union-attr]
            continue
        same = full.get(d.name, [])  # type: ignore[arg-type]
        before = [f for f in same if f.start < d.start]
        target = before[-1] if before else (same[0] if same else None)
        if target is None:
            # a surname seen alone earlier (no full name anywhere): link to its first occurrence
            first = next((f for f in drafts if _named(f) and f.name == d.name and f.start < d.start), None)
            target = first.root() if first is not None else None
        if target is not None:
            if d.country_note and target.name != d.name:  # WordNet's holder of the surname is someone else
                d.country, d.country_conf, d.country_note = None, 0.0, None
            _drop_namesake(d, target)
            _merge_into(target.root(), d, "surname of")


def _name_words(name: str) -> set[str]:
    return {w.strip(".") for w in fold(name).lower().replace("-", " ").split()}


def _drop_namesake(d: Draft, target: Draft) -> None:
    """A bare surname the office-holder KB or the known-people table matched to someone the text did not name:
    in "Alan Nelson opened a bakery ... Nelson said", Nelson is the Alan Nelson named before, not the KB's Nelson.
    The lookup's person, country and sector are dropped; what the text itself says (a title) stays."""
    if target.name is None or d.name is None or len(target.name.split()) < 2:
        return
    known = None if d.kb_terms else default_lexicon().person(d.name)
    looked_up = d.kb_terms[0].name if d.kb_terms else known.name if known is not None else None
    if looked_up is None:
        return
    a, b = _name_words(looked_up), _name_words(target.name)
    if a <= b or b <= a:
        return
    d.kb_terms = []
    if d.text == d.name:  # nothing in the phrase but the surname: its country came from the lookup
        d.country, d.country_conf = None, 0.0
    if d.title is None:
        d.role, d.sector = None, None
    d.evidence.append(f"not {looked_up}: the surname of {target.name!r}, named before")


def _pronouns(drafts: list[Draft]) -> None:
    for i, d in enumerate(drafts):
        if d.kind != "pronoun":
            continue
        want_person = d.text.lower() != "its"
        for prev in reversed(drafts[:i]):
            if d.phrase.sentence - prev.phrase.sentence > PRONOUN_WINDOW:
                break
            ok = prev.kind == "person" if want_person else prev.kind in {"country", "organization", "group"}
            if ok and prev.kind != "pronoun":
                d.link = prev.root()
                break


def family(role: str | None) -> str | None:
    """Roles that are the same office under another name ("defense secretary" is a defense minister)."""
    if role is None:
        return None
    role = role.removeprefix("former ")
    return ROLE_FAMILY.get(role, role)


def _counterparts(drafts: list[Draft]) -> None:
    """"his counterpart" / "US counterpart X": the same role as the owner, on the other side."""
    for i, d in enumerate(drafts):
        if not d.counterpart or d.link is not None:
            continue
        owner = _owner(drafts, i) if d.poss is not None else None
        if owner is d.root():  # "his Turkish counterpart Ali Demir": the title in apposition is the name's own
            owner = None
        if owner is None:
            owner = next((p.root() for p in reversed(drafts[:i]) if p.kind == "person" and p.root() is not d.root()
                          and p.phrase.sentence == d.phrase.sentence and p.root().role), None)
        if owner is None or not owner.role:
            continue
        if d.role is None:
            d.role, d.sector = owner.role, owner.sector
            d.evidence.append(f"role {owner.role} as counterpart of {owner.text!r}")
        if _named(d):
            continue
        other = [p.root() for p in drafts if _named(p) and family(p.root().role) == family(owner.role)
                 and p.root().country not in (None, owner.country) and p.root() is not owner]
        if other:
            _merge_into(other[0], d, "counterpart")


def _titles(drafts: list[Draft], on: date | None, home: str | None, sdoc: Any = None) -> None:
    """"the defense minister": the named holder of that role in the document, else the KB's holder.

    Candidates with the very same title words win ("defense secretary" → the one so called), then one of the
    document's home country, then the nearest before.
    """
    named: dict[str | None, dict[int, Draft]] = {}
    words: dict[int, set[str]] = {}
    for p in drafts:
        r = p.root()
        words.setdefault(id(r), set()).add((p.title or "").lower())
        if _named(p):
            named.setdefault(family(r.role), {})[id(r)] = r
    for d in drafts:
        if d.kind != "person" or _named(d) or d.link is not None or not d.role or _indefinite(d, sdoc):
            continue
        cands = [p for p in named.get(family(d.role), {}).values()
                 if p is not d and (d.country is None or p.country in (None, d.country))
                 and not (p.counterpart and p.country is None)]  # a counterpart is of another state than the title's
        if cands:
            title = (d.title or "").lower()

            def rank(p: Draft) -> tuple:
                return (title in words.get(id(p), ()), p.country == (d.country or home), p.start < d.start,
                        -abs(p.start - d.start))
            _merge_into(max(cands, key=rank), d, "title")
            continue
        term = kbview.holder(d.country, d.title or d.role, on)
        if term is not None:
            d.kb_terms, d.name = [term], term.name
            d.evidence.append(f"{term.name} held {d.role} on {on} (office-holder KB)")


def _indefinite(d: Draft, sdoc: Any) -> bool:
    """"a new leader", "a defense minister": no particular holder of the office."""
    if sdoc is None:
        return False
    k = d.phrase.start - 1
    while k >= 0 and sdoc[k].lower_ in {"new", "next", "future"}:
        k -= 1
    return k >= 0 and sdoc[k].lower_ in {"a", "an"}
