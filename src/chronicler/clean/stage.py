"""The ``clean`` stage: credit line and outlet, dateline, title and boilerplate, as spans of the original text.

Nothing is deleted from ``Document.text``: the stage sets ``body_spans`` (what later stages read),
``boilerplate_spans`` (what was removed, for inspection) and the outlet/dateline fields.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from chronicler.clean.learned import apply_learned
from chronicler.model import Document, Span
from chronicler.pipeline import stage
from chronicler.text.prefilter import with_first_chars

# Agency abbreviations used in datelines and credit lines, with the outlet name we store.
AGENCY_CODES = {
    "AP": "Associated Press", "AFP": "Agence France-Presse", "REUTERS": "Reuters", "UPI": "United Press International",
    "XINHUA": "Xinhua", "KYODO": "Kyodo News", "YONHAP": "Yonhap", "DPA": "dpa", "ANSA": "ANSA", "TASS": "TASS",
    "EFE": "EFE", "JIJI": "Jiji Press", "BLOOMBERG": "Bloomberg", "CNN": "CNN", "BBC": "BBC", "NYT": "New York Times",
}
_CREDIT = re.compile(r"^\s*[•·*\-–—]?\s*(?P<name>[A-Z][\w.&'’ \-]{1,60}?)\s*[,:]?\s*$")
_CREDIT_WORDS = re.compile(
    r"\b(news|press|agence|agency|wire|service|times|post|daily|herald|journal|tribune|telegraph|associated|"
    r"reuters|kyodo|xinhua|yonhap|bloomberg|afp|ap|upi|jiji|gazette|chronicle|broadcasting|network|report|newswire|"
    r"dispatch|star|mail|observer|courier|monitor|express|standard|guardian|independent|bulletin|inquirer|"
    r"examiner|weekly|media|television|radio|tv|wires|newspapers?|shimbun|ilbo|nippo|globe|sun|record)\b",
    re.I,
)
_BYLINE = re.compile(r"^\s*By\s+(?P<who>[A-Z][\w.'’\- ]+)(,\s*(?P<outlet>[A-Z][\w.'’&\- ]+))?\s*$")
# A headline or name line: short, no sentence-final punctuation, not itself a dateline.
_HEADING = re.compile(r"^\s*[A-Z][^\n]{0,118}[^.!?:;,—–\-\s]\s*$")
# "TOKYO —", "Tokyo:", "WASHINGTON (AP) _", "Naha, Okinawa —", "TOKYO, April 17 (Reuters) -", "SEOUL, Feb. 27, 2008 —",
# "LONDON, 3 March 2011 (AFP) -"
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’\-]+(?:[ ,]+[A-Z][A-Za-z.'’\-]+){0,3})"
    r"(?P<date>,?\s+(?:" + _MONTH_WORD + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH_WORD + r")(?:,?\s+(?:19|20)\d\d)?)?"
    r"\s*(?:\((?P<agency>[A-Za-z\- ]{2,30})\))?\s*(?P<sep>:|—|–|--| _ | - |_)\s*"
)
_BOILERPLATE_PHRASES = re.compile(
    r"(subscrib|all rights reserved|©|\(c\)\s*\d{4}|copyright|click here|share this|related:|related stories|"
    r"read more|sign up|newsletter|follow us|cookie|advertisement|quality journalism|"
    r"this article (?:was|has been)|reproduction prohibited)",
    re.I,
)
# tried only at the phrases' first characters: a case-insensitive alternation is otherwise tried in full at each
# character of each line
_BOILERPLATE = with_first_chars(_BOILERPLATE_PHRASES)
# Only at the end of a report (these words also occur in news sentences): corrections, membership pleas, rules.
_TRAILING = re.compile(
    r"(this (?:story|article|report) (?:has been|was) (?:corrected|updated|amended)|^correction:|become a member|"
    r"readers like you|support (?:independent|our) journalism|^[_\-=*~•·]{3,}$)",
    re.I,
)


@stage("clean", requires={"text"}, provides={"clean"})
def make_clean(config: dict[str, Any]):
    """Finds the credit line, byline, dateline and boilerplate lines; sets body spans and outlet.

    Lines repeated across many documents of the same outlet (learned by ingest, see ``clean/learned.py``) are
    removed too: ingest records their keys on the document, so the stage needs no shared state.
    """
    return lambda doc: doc.with_({"clean"}, document=apply_learned(clean_document(doc.document)))


def clean_document(document: Document) -> Document:
    """``document`` with outlet, dateline, body spans and boilerplate spans set from its text."""
    text = document.text
    lines = _lines(text)
    outlet = document.outlet
    boiler: list[Span] = []
    body: list[Span] = []
    content = [(s, e) for s, e in lines if text[s:e].strip()]
    # Leading credit line / byline: a short first line naming an agency or paper. A bare name without a news word
    # ("Nikkei Asia") is not taken: a headline in title case looks the same, and a headline is no outlet.
    credits: list[str] = []
    while content:
        s, e = content[0]
        line = text[s:e]
        credit = _credit_outlet(line)
        if credit is None:
            break
        outlet = outlet or credit or None
        credits.append(line.strip())
        boiler.append(Span(s, e, "credit"))
        content.pop(0)
    title = document.title
    if title is not None and any(_same_line(title, c) for c in credits):
        title = None  # a credit line is never a title
    # A headline repeated as the first line of the text (HTML pages): kept out of the body.
    if content and title is not None:
        s, e = content[0]
        if _same_line(text[s:e], title):
            boiler.append(Span(s, e, "title"))
            content.pop(0)
    # Trailing boilerplate: short lines at the end that match the patterns.
    while content:
        s, e = content[-1]
        if not (_is_boilerplate(text[s:e]) or _TRAILING.search(text[s:e].strip())):
            break
        boiler.append(Span(s, e, "boilerplate"))
        content.pop()
    dateline = document.dateline
    for i, (s, e) in enumerate(content):
        line = text[s:e]
        if _is_boilerplate(line) and len(line) < 200:
            boiler.append(Span(s, e, "boilerplate"))
            continue
        if i == 0 or (i == 1 and dateline is None and _HEADING.match(text[content[0][0]:content[0][1]])):
            # The dateline opens the first paragraph, or the second after a headline.
            m = _DATELINE.match(line)
            if m and _plausible_dateline(m):
                dateline = dateline or _normalize_place(m.group("place"))
                agency = (m.group("agency") or "").strip()
                if agency:
                    outlet = outlet or AGENCY_CODES.get(agency.upper(), agency)
                boiler.append(Span(s, s + m.end(), "dateline"))
                s = s + m.end()
        body.append(Span(s, e, "body"))
    return replace(document, outlet=outlet, dateline=dateline, title=title, body_spans=tuple(body),
                   boilerplate_spans=tuple(sorted(boiler, key=lambda x: x.start)))


def _same_line(a: str, b: str) -> bool:
    """Two lines equal up to case, spacing and a trailing comma or colon."""
    def norm(x: str) -> str:
        return " ".join(x.casefold().strip().rstrip(",:").split())
    return norm(a) == norm(b)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        lead = len(stripped) - len(stripped.lstrip())
        trail = len(stripped.rstrip())
        out.append((pos + lead, pos + max(trail, lead)))
        pos += len(line)
    return out


def _credit_outlet(line: str) -> str | None:
    """The outlet a credit line or byline names, "" for a byline without one, None if ``line`` is neither."""
    stripped = line.strip()
    by = _BYLINE.match(stripped)
    if by:
        who = by.group("who").strip()
        if not by.group("outlet") and _CREDIT_WORDS.search(who):
            return who  # "By Northern Pacific Times": the byline names the paper itself
        return (by.group("outlet") or "").strip()
    if len(stripped) > 60 or stripped.endswith("."):
        return None
    m = _CREDIT.match(stripped)
    if not m:
        return None
    name = m.group("name").strip()
    upper = name.upper().strip("() ")
    if upper in AGENCY_CODES:
        return AGENCY_CODES[upper]
    starts_with_bullet = stripped[:1] in "•·*"
    if not (starts_with_bullet or stripped.endswith(",") or _CREDIT_WORDS.search(name) or name.isupper()):
        return None
    return _titlecase(name) if name.isupper() else name


def _titlecase(name: str) -> str:
    return " ".join(w if len(w) <= 3 and w in {"AP", "AFP", "UPI", "BBC", "CNN", "NHK"} else
                    "-".join(p.capitalize() for p in w.split("-")) for w in name.split())


def _is_boilerplate(line: str) -> bool:
    return len(line) < 300 and bool(_BOILERPLATE.search(line))


def _plausible_dateline(m: re.Match[str]) -> bool:
    place = m.group("place")
    # A dateline place is short and capitalised; "He said:" or "The ministry —" are not datelines.
    words = re.split(r"[ ,]+", place)
    if len(words) > 4 or words[0].lower() in {"the", "he", "she", "it", "they", "we", "but", "and", "in", "on", "a"}:
        return False
    return m.group("sep") in {":", "—", "–", "--"} or bool(m.group("agency")) or place.isupper()


def _normalize_place(place: str) -> str:
    """The dateline's city ("GINOWAN, Okinawa" → "Ginowan"; the region or state after the comma is dropped)."""
    first = next((p.strip() for p in place.split(",") if p.strip()), place.strip())
    return first.title() if first.isupper() else first

