"""Credit lines: the people a report names as its own makers ("Reporting by A; Editing by B", "By C, CNN",
"Photograph: D", and the caption "E reports from Haiti") are journalists, whatever the story is about (issue 6,
session 9).

A wire report's credit line names its reporters and editors with no nationality; they are not actors of the story,
and the country the story is set in says nothing of theirs. Coded JRN (role "journalist"); the country only when an
outlet is named right after the name ("By Joe Bloggs, CNN"), as that outlet's, a little less sure than the outlet.
"""

from __future__ import annotations

from typing import Any

from chronicler.actors.roots import span_root
from chronicler.actors.draft import Draft, _named
from chronicler.actors.lexicon import Lexicon

#: Words of a credit before "by" ("Reporting by", "Additional reporting by", "Editing by", "Photographs by").
CREDIT_WORDS = {"reporting", "reported", "editing", "edited", "writing", "written", "compiled", "photographs",
                "photograph", "photos", "photo", "pictures", "produced", "interview", "interviewed", "byline"}
#: Words after which a name, with a colon, is a picture's credit ("Photograph: A").
PICTURE_WORDS = {"photograph", "photographs", "photo", "photos", "picture", "pictures", "image", "images"}
#: Marks that may open a byline line before "By" ("February 3, 2011 | By A").
BYLINE_OPENERS = {"|", "--", "—", "-", "\n"}
#: How sure an outlet's country is for the journalist it credits.
OUTLET_CONF = 0.8


def _credited(sdoc: Any, start: int) -> bool:
    """True when the tokens right before token ``start`` make what follows a credit line's name."""
    prev = [t for t in sdoc[max(0, start - 3):start] if not t.is_space]
    if len(prev) >= 2 and prev[-1].lower_ == "by" and prev[-2].lower_ in CREDIT_WORDS:
        return True
    if len(prev) >= 2 and prev[-1].text == ":" and prev[-2].lower_ in PICTURE_WORDS:
        return True
    if prev and prev[-1].text == "By":  # a byline: "By" opening the text, a line or a sentence
        by = prev[-1]
        before = sdoc[by.i - 1] if by.i > 0 else None
        return before is None or by.is_sent_start or before.text.strip() in BYLINE_OPENERS or "\n" in before.text_with_ws
    return False


def _reports(sdoc: Any, d: Draft) -> bool:
    """True for the caption of a correspondent's piece: the name is the subject of "reports" in the present,
    with no object or reported clause ("A reports from Cairo", "as A now reports"); "the minister reported that
    ..." and "police reported three arrests" are sources, not reporters."""
    r = span_root(sdoc, d.phrase.head.start, d.phrase.head.end)
    verb = r.head
    return r.dep_ == "nsubj" and verb.lemma_ == "report" and verb.tag_ == "VBZ" \
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr"} for c in verb.children)


def _outlet_after(sdoc: Any, end: int, lex: Lexicon) -> str | None:
    """The country of a news outlet named right after a credited name ("A, CNN", "A/Reuters"), if any."""
    k = end
    while k < len(sdoc) and sdoc[k].text in {",", "/", "\\/", "for"}:
        k += 1
    for n in (3, 2, 1):
        if k + n <= len(sdoc):
            e = lex.lookup_name(sdoc[k:k + n].text)
            if e is not None and e.kind == "institution" and e.sector == "JRN" and e.country \
                    and e.country not in {"IGO", "NGO"}:
                return e.country
    return None


def credit_lines(drafts: list[Draft], sdoc: Any, lex: Lexicon) -> None:
    """Code the people named in credit lines as journalists (in place), before any rule links or places them."""
    for d in drafts:
        if d.kind != "person" or not _named(d) or d.role is not None or d.kb_terms:
            continue
        if not (_credited(sdoc, d.phrase.start) or _reports(sdoc, d)):
            continue
        d.role, d.sector, d.title, d.credited = "journalist", "JRN", None, True
        d.evidence.append("named in the report's credit line: a journalist")
        outlet = _outlet_after(sdoc, d.phrase.end, lex)
        if outlet is not None and d.country is None:
            d.country, d.country_conf = outlet, OUTLET_CONF
            d.evidence.append(f"country {outlet} from the outlet credited with the name")
        elif d.country_note:  # WordNet's reading of the name is someone else's: a credit names a reporter
            d.country, d.country_conf, d.country_note = None, 0.0, None
