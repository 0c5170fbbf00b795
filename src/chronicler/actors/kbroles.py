"""A named person's offices from the office-holder KB: the KB lookup when a phrase is coded (:func:`_kb_person`),
the state of their office on the report's date (:func:`dated_kb_country`) and their role and sector on a given day
(:func:`role_on`, the text's title where the KB does not know)."""

from __future__ import annotations

from datetime import date

from chronicler.actors import kbview
from chronicler.actors.draft import Draft, _set_country
from chronicler.actors.nationality import own_state


def _terms_in(name: str, country: str | None) -> list[kbview.Term]:
    """The KB terms of every person ``name`` can name, those of another state left out when ``country`` is known."""
    terms = kbview.terms_for_name(name)
    return terms if country is None else [t for t in terms if t.country in (None, country)]


def _kb_person(d: Draft, name: str) -> None:
    """Look a named person up in the office-holder KB: their terms, and their country when all agree."""
    terms = _terms_in(name, d.country)
    if len({t.person_id for t in terms}) > 1 and d.role:
        from chronicler.actors.coref import family

        terms = [t for t in terms if family(t.role) == family(d.role)] or terms
    countries = {t.country for t in terms if t.country}
    if d.country is None and len(countries) == 1 and countries != {"IGO"}:  # an IGO's: by date (dated_kb_country)
        conf = 0.95 if len({t.person_id for t in terms}) == 1 else 0.85
        _set_country(d, next(iter(countries)), conf, "office-holder KB")
    if not terms:
        from chronicler.actors.lexicon import default_lexicon

        known = default_lexicon().person(name)
        if known is not None and d.country is None and known.country:
            _set_country(d, known.country, known.confidence, f"{known.name} (known people table)")
        if known is not None and known.sector and (d.sector is None or _honorific(d)):
            if d.sector is not None and d.role not in HONORIFIC_KEEP_ROLES:
                d.role = None  # "Sheikh Ahmed Yassin": a courtesy, not the head of state the bare word may be
            d.sector = known.sector
        return
    if len({t.person_id for t in terms}) == 1:
        d.kb_terms = terms
    elif terms and d.sector is None and len({t.sector for t in terms}) == 1:
        d.sector = terms[0].sector  # several namesakes, all in one sector (two Presidents Bush)


#: Titles that are courtesies or honorifics, not offices: before a person the people table lists with a sector,
#: the table's sector wins ("Sheikh Hassan Nasrallah" is Hezbollah's leader, REB, not a ruling sheikh).
#: The spellings of "Sheikh", a courtesy that may also be a ruler's title.
SHEIKH_TITLES = frozenset({"sheikh", "sheik", "shaikh", "sheikha"})
HONORIFIC_TITLES = SHEIKH_TITLES | {"dr", "dr.", "doctor", "mr", "mr.", "sir", "leader"}
#: Roles an honorific title gives that still hold beside the table's sector.
HONORIFIC_KEEP_ROLES = {"leader"}


def _honorific(d: Draft) -> bool:
    """Whether the draft's title is a courtesy or honorific (or the bare "leader") rather than an office."""
    return (d.title or "").lower().strip() in HONORIFIC_TITLES


def dated_namesake(d: Draft, on: date | None) -> None:
    """A bare name several KB people share ("Abe": Shintaro, foreign minister in the 1980s, and Shinzo, prime
    minister later) names the one who holds a KB office on ``on`` (the report's date), when exactly one does and
    that office ranks at least as high as any the others ever held.

    News names a sitting office holder by surname alone, unless a namesake is the better known: a 2010 "Clinton"
    may be the former president as well as the secretary of state, so such a name stays unresolved. A full mention
    in the document gives its surname its KB person through the chain, not through this rule. A namesake whose
    term merely may cover the day (a boundary year or month) also leaves the name unresolved.
    """
    if d.kind != "person" or d.kb_terms or not d.name or on is None:
        return
    terms = _terms_in(d.name, d.country)
    if len({t.person_id for t in terms}) < 2:
        return
    sitting = {t.person_id for t in terms if t.covers(on)}
    unsure = {t.person_id for t in terms if t.uncertain_on(on)} - sitting
    if len(sitting) != 1 or unsure:
        return
    pid = next(iter(sitting))
    held = min(kbview.seniority(t)[0] for t in terms if t.person_id == pid and t.covers(on))
    if any(kbview.seniority(t)[0] < held for t in terms if t.person_id != pid):
        return
    d.kb_terms = [t for t in terms if t.person_id == pid]
    d.evidence.append(f"{d.name!r}: the namesake in office on {on}")


def dated_kb_country(d: Draft, on: date | None) -> None:
    """A KB person whose terms are in several states gets the state of their office on ``on`` (the report's
    date), else the one they served longest (:func:`kbview.country_on`)."""
    if d.kind != "person" or not d.kb_terms:
        return
    if d.country == "IGO":
        _former_official_home(d, on)
        return
    if d.country is not None:
        return
    code, conf, why = kbview.country_on(d.kb_terms, on)
    if code is not None:
        _set_country(d, code, conf, why)


def _former_official_home(d: Draft, on: date | None) -> None:
    """"Former UN chief Ban Ki-moon", "Former IAEA head X": a title naming an international body gave the body;
    once out of its office the person acts for their own state (data/nationalities.csv) as an elite (ELI)."""
    own = own_state({t.person_id for t in d.kb_terms})
    if own is None:
        return
    if on is not None:
        if any(t.country == "IGO" and t.may_cover(on) for t in d.kb_terms):
            return  # still in the body's office (an "outgoing" head too)
    elif not d.phrase.former:
        return
    _set_country(d, own, 0.8, f"a former international official's own state ({own})")
    if d.phrase.former or on is not None:
        d.sector = "ELI"


#: KB offices (office_titles.csv) the term table does not track: a text naming one names a post held beside
#: the tracked office (a deputy prime minister who is also finance minister).
UNTRACKED_POSTS = {"minister", "vice_minister"}


def _cabinet_post(d: Draft, country: str | None) -> bool:
    office = kbview.office_for_title(d.title or d.role or "", country)
    office_id = office[0] if isinstance(office, tuple) else office
    return office_id in UNTRACKED_POSTS and (d.title or "").lower() not in {"minister", "secretary"}


def role_on(d: Draft, on: date | None) -> tuple[str | None, str | None, str]:
    """(role, sector, source) of a person draft on day ``on``: from the KB when it knows, else from the text.

    A title marked "then" or "former" describes the past: on the report's date the person is a former holder.
    """
    terms = d.kb_terms
    if terms and on is not None:
        now = sorted((t for t in terms if t.covers(on)), key=kbview.seniority)
        if now and d.role and not d.phrase.former and not d.phrase.then and _cabinet_post(d, now[0].country):
            return d.role, d.sector, "text"  # "Finance Minister Naoto Kan": a post held beside the KB's office
        if now:
            return now[0].role, now[0].sector or "GOV", "kb"
        if any(t.uncertain_on(on) for t in terms):
            return _text_role(d)  # a boundary year/month of a term: the text's title decides, never a guess
        past = sorted((t for t in terms if t.end is not None and t.end < on), key=kbview.seniority)
        if d.role and not d.phrase.former and not d.phrase.then and not _held_before(d.role, past):
            return d.role, d.sector, "text"  # an office the KB does not cover ("U.S. Ambassador Walter Mondale")
        if past:
            return f"former {past[0].role}", "ELI", "kb"
        return None, None, "kb"
    if terms and d.role is None and len({t.sector for t in terms}) == 1 and not d.phrase.former:
        return None, terms[0].sector, "kb (no date)"  # an office holder; which office depends on the date
    return _text_role(d)


def _held_before(role: str, past: list[kbview.Term]) -> bool:
    """Whether the KB has the person in ``role``'s office only before the date: "Ryutaro Hashimoto, prime minister
    at the time" in a 2009 report names the office he held in 1996, not one the KB misses."""
    from chronicler.actors.coref import family

    return any(family(t.role) == family(role) for t in past)


def _text_role(d: Draft) -> tuple[str | None, str | None, str]:
    """(role, sector, "text") from the title the text gives ("then ..." is a former holder)."""
    if d.phrase.then and d.role and not d.role.startswith("former"):
        return f"former {d.role}", "ELI", "text"
    return d.role, d.sector, "text"
