"""Dating clues from the office-holder knowledge base: titled office holders and recent known events.

- "Defense Minister Yasukazu Hamada" (a title the KB maps to the person's office) → the report is within one
  of that person's terms in that office; a person with several terms gives several windows.
- "former Prime Minister X" → after the end of the term; "then Prime Minister X" → says nothing about now.
- "X, who steps down in September" → before the end of the term, which falls in that month.
- "North Korea's recent rocket launch" (a KB event referred to as recent) → within about two months after it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from chronicler.model import DateInterval, Evidence
from chronicler.time.dating.evidence import WEIGHTS
from chronicler.time.dating.patterns import MONTHS, days, sentence_bounds
from chronicler.time.dating.relative import Cue

Window = tuple[date, date]
#: Open-ended terms (still in office) are taken to run to this day.
OPEN_END = date(2100, 12, 31)
#: Days after a term's end during which reports still give the holder the title (news of the resignation itself).
TERM_SLACK = 30

_NAME = re.compile(r"(?:[A-Z][\w'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’\-]+|[A-Z]\.|bin|al|de|van|von|da))*")
_THEN = re.compile(r"\b(?:then|then-|former|ex-|the late|late|erstwhile|onetime|one-time|past)\s*-?\s*"
                   r"(?:[A-Z][\w.]*\s+){0,2}$", re.I)
_FORMER = re.compile(r"\b(?:former|ex-|erstwhile|onetime|one-time)\s*-?\s*(?:[A-Z][\w.]*\s+){0,2}$", re.I)
#: "President-elect X", "Prime Minister-designate X": chosen for the office, not yet in it.
_ELECT = re.compile(r"(?:-\s*|\s)(?:elect|designate)\b", re.I)
#: How long before a term begins its holder is spoken of as chosen (a US transition is 11 weeks; slack added).
ELECT_DAYS = 120
_STEPS_DOWN = re.compile(r"^\s*,\s*who\s+(?:steps|will step|is stepping|is due to step|is set to step|is to step|"
                         r"leaves|will leave|is leaving)\s+(?:down|office)\s+(?:in|at the end of)\s+(?P<month>[A-Z][a-z]+)")
_RECENT = re.compile(r"(?:\brecent|\blatest|\blast week(?:'s| 's)|\blast month(?:'s| 's)|\bthis week(?:'s| 's)|"
                     r"\bthis month(?:'s| 's)|\byesterday(?:'s| 's)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:'s| 's))"
                     r"[\w\s'’\-]{0,30}$", re.I)


_RECENT_WORD = re.compile(r"\b(?:recent|latest|last (?:week|month)|this (?:week|month)|yesterday|"
                          r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)", re.I)
#: _RECENT_WORD as scanned (same matches): led by a class of the words' first letters (any case, and the long s
#: that ``re`` folds to "s"), so ``re`` skips in C to where a word can begin instead of trying the alternation
#: at every word start; the lookbehind on two characters is ``\b`` before a letter, and the first letter is
#: checked again case-insensitively by a lookbehind that picks the rest of the word.
_RECENT_WORD_SCAN = re.compile(r"[fFlLmMrRsStTwWyY\u017f](?<!\w.)(?i:(?<=r)ecent|(?<=l)(?:atest|ast (?:week|month))|"
                               r"(?<=t)(?:his (?:week|month)|(?:ues|hurs)day)|(?<=y)esterday|(?<=m)onday|"
                               r"(?<=w)ednesday|(?<=f)riday|(?<=s)(?:atur|un)day)")
_TOKEN = re.compile(r"\S+")
#: For one knowledge base: the terms of the names asked so far, and whether any word run ending a capitalised
#: run names someone (kept across documents: reports name the same few hundred people, and ``terms_for_name``
#: folds and strips each name anew); cleared past _TERMS_MAX names.
_TERMS: list[Any] = [None, {}, {}]
_TERMS_MAX = 1 << 16


def kb_evidence(text: str, kb: Any) -> list[Evidence]:
    """Absolute evidence from the KB (office holders with a single matching term, former holders...)."""
    return kb_clues(text, kb)[0]


def kb_cues(text: str, kb: Any) -> list[Cue]:
    """Clues from the KB that allow several windows (a person with several terms, an event that recurs)."""
    return kb_clues(text, kb)[1]


def kb_clues(text: str, kb: Any) -> tuple[list[Evidence], list[Cue]]:
    """Both kinds of KB clue from one pass over ``text``: (absolute evidence, multi-window cues)."""
    found = _clues(text, kb)
    return [x for x in found if isinstance(x, Evidence)], [x for x in found if isinstance(x, Cue)]


def _clues(text: str, kb: Any) -> list[Evidence | Cue]:
    out: list[Evidence | Cue] = []
    if _TERMS[0] is not kb or len(_TERMS[1]) > _TERMS_MAX or len(_TERMS[2]) > _TERMS_MAX:
        _TERMS[:] = [kb, {}, {}]
    memo: dict[str, list[Any]] = _TERMS[1]
    names_someone: dict[str, bool] = _TERMS[2]

    def terms(name: str) -> list[Any]:
        found = memo.get(name)
        if found is None:
            found = memo[name] = kb.terms_for_name(name)
        return found

    for m in _NAME.finditer(text):
        name = m.group(0)
        found = names_someone.get(name)
        if found is None:
            found = names_someone[name] = any(terms(name[t.start():]) for t in _TOKEN.finditer(name))
        if found:  # else _office_clues finds no term for any of the run's word runs and returns nothing
            out.extend(_office_clues(text, m, kb, terms))
    out.extend(_event_clues(text, kb))
    out.extend(_mention_clues(text, kb, {(e.start, e.end) for e in out if isinstance(e, (Evidence, Cue))}))
    return out


def _office_clues(text: str, m: re.Match[str], kb: Any, terms_for: Any) -> list[Evidence | Cue]:
    for tok in _TOKEN.finditer(m.group(0)):
        start = m.start() + tok.start()
        terms = terms_for(m.group(0)[tok.start():])
        if not terms:
            continue
        s0, _ = sentence_bounds(text, m.start())
        left = text[max(s0, start - 90):start]
        right = text[m.end():m.end() + 90]
        found = [(t, _title_words(left, right, t, kb)) for t in terms]
        matched = [t for t, k in found if k is not None]
        if not matched:
            return []
        k = next(k for _, k in found if k is not None)
        words = re.sub(r"['’]s\b", "", left.rstrip(" ,")).split()
        head = " ".join(words[:-k] if k else words) + " "
        title_start = start
        if k:
            tails = list(_TOKEN.finditer(left))
            title_start = start - len(left) + tails[-k].start() if len(tails) >= k else start
        return _office_evidence(text, max(s0, title_start), start, m.end(), matched, head, right)
    return []


def _office_evidence(text: str, first: int, start: int, end: int, matched: list[Any], head: str,
                     right: str) -> list[Evidence | Cue]:
    mention = text[first:end].strip()
    who = f"{matched[0].title} {matched[0].name}"
    if _FORMER.search(head):
        # a term dated to a year/month ended somewhere in that period: "former" is sure only from its first day
        ends = [getattr(t, "sure_end", t.end) or t.end for t in matched if t.end is not None]
        if not ends:
            return []
        return [Evidence("office_holder", mention, DateInterval(min(ends), None, None, "day"), first, end,
                         f"former {who}: after the term ended", WEIGHTS["office_holder"])]
    if _THEN.search(head):
        return []  # "then Prime Minister X" speaks of the past, not of the time of the report
    if _ELECT.search(text[first:start]):
        return _elect_clue(mention, first, end, matched, who)
    step = _STEPS_DOWN.match(right)
    if step and step.group("month").lower() in MONTHS:
        month = MONTHS[step.group("month").lower()]
        ends = [t.end for t in matched if t.end is not None and t.end.month == month
                and getattr(t, "end_precision", "day") != "year"]  # a year-only end names no month
        if ends:
            d = ends[0]
            return [Evidence("office_holder", text[first:end + step.end()], DateInterval(d - days(365), d, None, "day"),
                             first, end + step.end(), f"{matched[0].name} steps down in {step.group('month')}: the "
                             f"report is in the year before the term ends ({d.isoformat()})", WEIGHTS["office_holder"])]
    windows = sorted({(t.start, t.end or OPEN_END) for t in matched})
    if len(windows) == 1:
        a, b = windows[0]
        out: list[Evidence | Cue] = [
            Evidence("office_holder", mention, DateInterval(a, None, None, "day"), first, end,
                     f"{who}: the title is given once the term has begun ({a})", WEIGHTS["office_holder"])]
        if b != OPEN_END:
            # Reports also name past holders by their title ("President Bush's 2002 speech"), and keep the title
            # for a few days after a resignation: the term's end is a weaker, slackened bound.
            out.append(Evidence("office_term", mention, DateInterval(None, b + days(TERM_SLACK), None, "day"), first,
                                end, f"{who}: mostly spoken of during the term (ended {b}; {TERM_SLACK} days' slack)",
                                WEIGHTS["office_term"]))
        return out
    windows = [(a, b if b == OPEN_END else b + days(TERM_SLACK)) for a, b in windows]
    note = f"{who}: the report is within one of the terms (with {TERM_SLACK} days' slack) " + \
        ", ".join(f"{a}..{'' if b == OPEN_END else b}" for a, b in windows)
    return [Cue("office_holder", mention, first, end, note, "fixed", _no_window, WEIGHTS["office_term"],
                fixed=tuple(windows))]


def _elect_clue(mention: str, first: int, end: int, matched: list[Any], who: str) -> list[Evidence | Cue]:
    """"President-elect X": the report comes in the weeks before one of X's terms begins, not during it."""
    windows = sorted({(t.start - days(ELECT_DAYS), t.start) for t in matched})
    note = f"{who} spoken of as chosen, not yet in office: before the term begins (" + \
        ", ".join(b.isoformat() for _, b in windows) + f"; at most {ELECT_DAYS} days)"
    if len(windows) == 1:
        a, b = windows[0]
        return [Evidence("office_holder", mention, DateInterval(a, b, None, "day"), first, end, note,
                         WEIGHTS["office_term"])]
    return [Cue("office_holder", mention, first, end, note, "fixed", _no_window, WEIGHTS["office_term"],
                fixed=tuple(windows))]


def _no_window(base: int | date) -> None:
    return None


def _title_words(left: str, right: str, term: Any, kb: Any) -> int | None:
    """How many words before the name are this term's title (0: an apposition after it), or None."""
    from chronicler.actors.office_kb import title_key

    words = re.sub(r"['’]s\b", "", left.rstrip(" ,")).split()
    key = title_key(term.title)
    office = getattr(term, "office_key", term.office)  # a local office is one unit's ("governor/Okinawa")
    for k in range(1, min(6, len(words)) + 1):
        phrase = " ".join(words[-k:])
        if title_key(phrase) == key or (kb.office_for_title(phrase, term.country) or ("",))[0] == office:
            return k
    app = re.match(r"^\s*,\s*(?:the\s+)?(?P<t>[^,.;()]{3,70})", right)
    if app:
        phrase = app.group("t").strip()
        if title_key(phrase) == key or (kb.office_for_title(phrase, term.country) or ("",))[0] == office:
            return 0
    return None


def _event_clues(text: str, kb: Any) -> list[Evidence | Cue]:
    out: list[Evidence | Cue] = []
    # Only keywords right after a "recent" marker count: match the KB against those stretches, not the whole text.
    near = " \n ".join(text[m.start():m.end() + 80] for m in _RECENT_WORD_SCAN.finditer(text))
    events = kb.known_events_matching(near) if near else []
    if not events:
        return out
    folded = text.casefold()
    seen: set[tuple[int, int]] = set()
    by_span: dict[tuple[int, int], list[Window]] = {}
    for ev in events:
        for keyword in ev.keywords:
            for m in re.finditer(r"(?<!\w)" + re.escape(keyword) + r"(?!\w)", folded):
                if not _RECENT.search(text[max(0, m.start() - 45):m.start()]):
                    continue
                span = (m.start(), m.end())
                # Referred to as recent: the report is within about two months after the event.
                by_span.setdefault(span, []).append((ev.date, ev.date + days(62)))
    for (s, e), windows in by_span.items():
        if (s, e) in seen:
            continue
        seen.add((s, e))
        ws = tuple(sorted(set(windows)))
        recent = _RECENT.search(text[max(0, s - 45):s])
        s = max(0, s - 45) + recent.start() if recent else s
        phrase = text[s:e]
        note = "a known event referred to as recent: the report is within two months after it (" + \
               ", ".join(a.isoformat() for a, _ in ws) + ")"
        if len(ws) == 1:
            out.append(Evidence("known_event", phrase, DateInterval(ws[0][0], ws[0][1], None, "day"), s, e, note,
                                WEIGHTS["known_event"]))
        else:
            out.append(Cue("known_event", phrase, s, e, note, "fixed", _no_window, WEIGHTS["known_event"],
                           fixed=ws))
    return out


#: A known event named by a phrase with one of these words ("the Haiti earthquake", "the Gulf oil spill") is over
#: when a report names it: the report is after it, whatever the tense. Keywords without one ("nuclear test",
#: "Fukushima", "Lehman Brothers": things that recur or existed before the event) give no such bound.
_EVENT_NOUN = re.compile(r"\b(?:earthquake|quake|tsunami|bombings?|spill|hurricane|typhoon|cyclone|assassination|"
                         r"massacre|crash|explosion|blast|death|died|shootings?|collapse|eruption|fire|disaster|"
                         r"outbreak|pandemic|epidemic|genocide|riots|inauguration|scandal|volcano|ash cloud|"
                         r"deepwater horizon|uprising|revolution)\b")
#: Possessive markers of how recent a named event is, with the window (days after it) they put the report in.
_HOW_RECENT = (
    ("yesterday's", re.compile(r"\byesterday\s?['’]s\s+(?:[\w\-]+\s+){0,3}$", re.I), (1, 1)),
    ("<weekday>'s", re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s?['’]s\s+(?:[\w\-]+\s+){0,3}$",
                               re.I), (0, 6)),
    ("last week's", re.compile(r"\blast week\s?['’]s\s+(?:[\w\-]+\s+){0,3}$", re.I), (1, 13)),
    ("last month's", re.compile(r"\blast month\s?['’]s\s+(?:[\w\-]+\s+){0,3}$", re.I), (1, 62)),
)


_NAMED: dict[int, tuple[Any, re.Pattern[str], dict[str, Any]]] = {}


def _named_events(kb: Any) -> tuple[re.Pattern[str], dict[str, Any]]:
    """One regex over the keywords that name an event (two words or more, an event noun), and each keyword's
    earliest event date; built once per knowledge base."""
    cached = _NAMED.get(id(kb))
    if cached is None or cached[0] is not kb:
        first: dict[str, Any] = {}  # keyword -> its earliest KnownEvent
        for ev in kb.events:
            for k in ev.keywords:
                if " " in k and _EVENT_NOUN.search(k) and (k not in first or ev.date < first[k].date):
                    first[k] = ev
        alternation = keyword_alternation(sorted(first, key=len, reverse=True))
        cached = (kb, re.compile(r"(?<!\w)(?:" + (alternation or r"(?!)") + r")(?!\w)"), first)
        _NAMED[id(kb)] = cached
    return cached[1], cached[2]


def _keyword(text: str) -> str:
    return re.escape(text).replace("'", r"\s?'")  # "ramadan 's": spaCy-style spacing before a possessive


def keyword_alternation(keywords: list[str]) -> str:
    """A regex alternation of ``keywords`` (in this order, each as a literal), its branches grouped by first
    character: ``re`` tries the branches of an alternation one by one at every word start, so hundreds of
    keywords cost hundreds of tries per word; grouped, a word start tries one branch per first character and then
    only the keywords beginning with its own. Same matches: at a position only the keywords beginning with its
    character can match, and their order is kept. Keywords that may begin with a space or a quote are not
    grouped (the quote's branch may match a space first)."""
    if any(k[:1] == "'" or k[:1].isspace() or not k for k in keywords):
        return "|".join(map(_keyword, keywords))
    groups: dict[str, list[str]] = {}
    for k in keywords:
        groups.setdefault(k[0], []).append(_keyword(k[1:]))
    return "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())


def _mention_clues(text: str, kb: Any, taken: set[tuple[int | None, int | None]]) -> list[Evidence | Cue]:
    """Named known events: the report is on or after the event; "Tuesday's / last week's <event>" narrow it."""
    pattern, named = _named_events(kb)
    folded = text.casefold()
    first: dict[str, tuple[int, int, date]] = {}
    out: list[Evidence | Cue] = []
    for m in pattern.finditer(folded):
        if (m.start(), m.end()) in taken:
            continue
        keyword = re.sub(r"\s'", "'", m.group(0))
        ev = named.get(keyword)
        if ev is None:
            continue
        d = ev.date
        first.setdefault(keyword, (m.start(), m.end(), d))
        before = text[max(0, m.start() - 40):m.start()]
        for label, marker, (a, b) in _HOW_RECENT:
            if marker.search(before):
                out.append(Evidence("known_event", text[m.start():m.end()],
                                    DateInterval(d + days(a), d + days(b), None, "day"), m.start(), m.end(),
                                    f"{ev.description} ({d}), spoken of as {label}: the report is {a}-{b} days after it",
                                    WEIGHTS["known_event"]))
                break
    for keyword, (s, e, d) in first.items():
        out.append(Evidence("known_event", text[s:e], DateInterval(d, None, None, "day"), s, e,
                            f"a known event named ({d}): the report is on or after it", WEIGHTS["known_event_named"]))
    return out
