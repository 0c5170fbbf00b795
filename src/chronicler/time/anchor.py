"""Anchoring relative expressions: tense from local cues, and weekday/month/quarter resolution around a date.

The tense of the clause around an expression is read from nearby auxiliaries and verb forms (no parser
needed): the cue nearest to the expression wins; with no cue, news prose defaults to the past.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from chronicler.text.prefilter import by_first_char, fold, needs
from chronicler.time.normalize import add_months

_FUTURE = re.compile(
    r"\b(?:will|won't|'ll|shall|(?:would|might)(?!\s*(?:not\s+)?(?:have\b|'ve\b))|going to|plans? to|planning to|"
    r"scheduled|expected to|expects? to|set to|due to|is to|are to|(?:was|were)\s+to(?!\s+have\b)|intends? to|hopes? to|next(?!\s+to\b)|"
    r"upcoming|coming|to be held|takes\s+effect|(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:expected|due)|"
    r"(?:the|a|an|its|his|her|their|our)\s+(?:planned|slated|proposed|scheduled|projected|intended)(?=\s+[a-z]|\s*$)|"
    r"(?:planned|slated|proposed|scheduled|set|due|pencil(?:l)?ed\s+in)\s+for|"
    r"(?:begin|start|open|close|end|expire|resume|meet|arrive|leave|return|visit|convene|reconvene|face|continue)s|"
    r"as soon as|payable|effective|is|are|by the end of|(?:preparing|planned|prepares?|plans?|planning|intends?|hopes?|"
    r"wants?|aims?|seeks?|expects?|expected|scheduled|slated|due|set|likely|ready|agreed|decided) to)\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:said|says|was|were|had|did|told|announced|reported|ago|last|earlier|previously|"
    r"bought|sold|made|took|came|went|gave|got|met|began|held|left|paid|rose|fell|won|lost|led|saw|found|"
    r"became|spent|sent|built|brought|thought|knew|kept|struck|hit|killed|fought|flew|ran|wrote|spoke|"
    # irregular pasts and "-eed"/"-ed" verbs the suffix rule leaves out (it skips "need", "speed", "proceed")
    r"fled|freed|agreed|disagreed|guaranteed|decreed|shot|stood|withstood|understood|blew|broke|drove|threw|"
    r"overthrew|withdrew|drew|grew|stole|caught|sought|taught|shook|swore|tore|woke|hid|forgot|froze|overtook|"
    r"undertook|hung|swept|slept|wept|felt|dealt|lent|dug|stuck|swam|sank|sang|rang|sat|laid|upheld|"
    r"withheld|oversaw|arose|chose|rode|bore|forbade|overcame|sprang|slid|slew|fed|"
    r"[a-z]{2,}[a-df-z]ed)\b"
)
#: Modals of the present and future: weaker cues, used when no verb form or auxiliary tells ("prices should
#: rise in December"; but "ruled that he must be returned and set Friday as the deadline" is told in the past).
_MODAL = re.compile(r"\b(?:should|must|may|can|cannot)\b(?!\s+(?:not\s+)?have\s+(?:been|had|[a-z]+(?:ed|en|wn|ne|un|t))\b)")
_DEFER = re.compile(r"\b(?:extend(?:ed|s)?|postpone[ds]?|delay(?:ed|s)?|adjourn(?:ed|s)?|defer(?:red|s)?|"
                    r"put\s+off|suspend(?:ed|s)?|given|gave|give[ns]?)\b", re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:already|previously|originally|once)\s+)?(?:been\s+)?$", re.I)
_BE = re.compile(r"\bbe\s+(?:\w+ly\s+)?$", re.I)
_DETERMINER = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|these|those|still|newly)\s+(?:\w+ly\s+)?$", re.I)
#: A sentence end, a semicolon or line break, or a capitalised preposition or conjunction right after a lower-case
#: word: web pages run a headline or caption into the story without a stop ("word from the palace In an address
#: ... Thursday night, the president had ...", "statement on company site By Wednesday he had ...").
_CLAUSE_END = re.compile(r"(?<![A-Z])(?<!Mr|Ms|Dr|St)[.!?][\"”']?(?:\s+|$)|[;\n]|(?<=[a-z])[^\S\n]+(?=(?:In|On|At|By|"
                         r"But|When|After|Before|During|Since|Until|While|As)\s)")
#: _CLAUSE_END as scanned (same matches at every position): led by one class of the characters its three
#: branches begin with, so ``re`` skips in C to them (a pattern led by a lookbehind is entered at every
#: position); each branch then checks the character it took with a lookbehind, and the lookbehinds before it
#: move back by that one character.
_CLAUSE_END_SCAN = re.compile(r"[.!?;\s](?:(?<=[.!?])(?<![A-Z].)(?<!Mr.|Ms.|Dr.|St.)[\"”']?(?:\s+|$)|(?<=[;\n])|"
                              r"(?<=[^\S\n])(?<=[a-z].)[^\S\n]*(?=(?:In|On|At|By|But|When|After|Before|During|Since|"
                              r"Until|While|As)\s))")


#: _FUTURE as scanned: its 34 case-insensitive branches grouped by first character (same matches, fewer tries).
_FUTURE_SCAN = by_first_char(_FUTURE)
#: tense_cue's fixed tests, compiled once (not looked up in ``re``'s cache at every expression).
_PREP = re.compile(r"\b(since|by|on|in|until|till|before|through)\s+(?:the\s+)?$", re.I)
_DEADLINE = re.compile(r"\bdeadline\s+(?:of|for)\s+(?:the\s+)?$", re.I)
_YEAR_THROUGH = re.compile(r"\b(?:this|the)\s+year\s+through\s+$", re.I)
_THAN = re.compile(r"\s+than\b")
_TO_END = re.compile(r"\bto\s+$")
_SPACE_LOWER = re.compile(r"\s+[a-z]")
_HAS_UNTIL = re.compile(r"\b(?:has|have|had)\s+(?:until|till)\s+(?:the\s+)?$", re.I)


def clause_before(text: str, start: int, window: int = 160) -> str:
    """The part of the clause before ``start`` (at most ``window`` characters back): the text after the last clause
    end in that stretch."""
    left = text[max(0, start - window):start]
    last = None
    for last in _CLAUSE_END_SCAN.finditer(left):
        pass
    return left[last.end():] if last is not None else left


def future_cues(left: str) -> list[str]:
    """The words that look ahead in ``left`` ("will", "plans to", "is due", a bare "is" ...), lower-cased, in order."""
    return [c.group(0).lower() for c in _FUTURE_SCAN.finditer(left)]


def tense_at(text: str, start: int, end: int, window: int = 160) -> str:
    """``"future"`` or ``"past"``: the tense of the clause around ``text[start:end]``.

    The cue nearest before the expression in its sentence decides; failing that, the first cue after it;
    failing that, the past (news reports mostly tell what happened).
    """
    return tense_cue(text, start, end, window) or "past"


def tense_cue(text: str, start: int, end: int, window: int = 160, reach: int | None = None) -> str | None:
    """Like :func:`tense_at`, but None when no cue in the clause tells the tense.

    With ``reach``, only the cues bound to the expression count: a preposition before it ("since", "by",
    "through", a deadline put off "until"), a deadline ("a deadline of"), or a verb form ending at most
    ``reach`` characters before it ("scheduled a news conference Thursday", "effective Feb. 1"); these win
    over a parse, which reads only the governing verb."""
    lo = max(0, start - window)
    left = text[lo:start]
    prep = _PREP.search(left[-12:])
    if prep and prep.group(1).lower() == "since":
        return "past"
    if prep and prep.group(1).lower() == "by":
        return "past" if _told_done(text, left, end) else "future"
    if _DEADLINE.search(left[-24:]):
        return "future"  # "set a deadline of Thursday": a day still ahead when it is told
    if prep and prep.group(1).lower() == "through" and not _YEAR_THROUGH.search(left[-30:]):
        # "loans through January"; but "sales this year through August" are results, and "worked through
        # the weekend" is told in the past
        return "past" if _PAST_VERB_BEFORE.search(left[-40:]) and not _DEFER.search(left[-40:]) else "future"
    last = None
    for last in _CLAUSE_END_SCAN.finditer(left):
        pass
    if last is not None:
        left = left[last.end():]
    if prep and prep.group(1).lower() in ("until", "till") and (
            _DEFER.search(left) or _HAS_UNTIL.search(left)):
        return "future"  # "extended its deadline until Tuesday": put off to a day still ahead
    best: tuple[int, str] | None = None
    folded = None
    for rx, label, need in _LEFT_CUES:
        if need is not None:
            folded = fold(left) if folded is None else folded
            if not any(s in (folded if ci else left) for s, ci in need):
                continue  # none of the verbs every match of it holds: it cannot match here
        for c in rx.finditer(left):
            if label == "past" and _participle(left, c):
                continue  # "would be held on Monday", "a still unspecified date": a participle, not a past tense
            if label == "past" and (_AS_EXPECTED.search(left, max(0, c.start() - 40), c.start()) or (
                    c.group(0).lower() == "earlier" and _THAN.match(left, c.end()))):
                continue  # "earlier than expected", "as planned": a fixed comparison, not the clause's tense
            if label == "past" and c.group(0).lower() == "last" and _TO_END.search(left, 0, c.start()):
                continue  # "expected to last until Saturday": the verb, not "last week"
            dist = len(left) - c.end()
            if best is None or dist < best[0]:
                # a plan in the pluperfect was overtaken: "the deal had been due to lapse at noon Friday"
                best = (dist, "past" if label == "future" and _PLUPERFECT.search(left, 0, c.start()) else label)
    if reach is not None:
        return best[1] if best is not None and best[0] <= reach else None
    if best is not None:
        return best[1]
    if _MODAL.search(left):
        return "future"
    right = text[end:end + 60]
    cut = _CLAUSE_END_SCAN.search(right)
    if cut:
        right = right[:cut.start()]
    for rx, label in ((_FUTURE_SCAN, "future"), (_PAST, "past")):
        for c in rx.finditer(right):
            # "On Friday, the ministry decided to ...": a plan made that day, told in the past
            said = "past" if label == "future" and _PAST_PLAN.fullmatch(c.group(0)) else label
            if said == "past" and c.group(0).lower() in ("last", "ago", "earlier", "previously"):
                continue
            if said == "past" and _participle(right, c):
                continue
            if said == "past" and _AS_EXPECTED.search(right, max(0, c.start() - 40), c.start()):
                continue
            if best is None or c.start() < best[0]:
                best = (c.start(), said)
    if best is None and prep and prep.group(1).lower() in ("until", "till"):
        return "future"  # "given until Tuesday"; but a verb decides first ("Until Thursday, they had not ...")
    return best[1] if best else None


#: A decision told in the past whose infinitive complement is the act still ahead of it: "decided on Monday to
#: hold elections in November", "pledged last week to cut rates in March" (the time is the act's, not the
#: decision's). Read on the left only: a time before the decision verb is the decision's own day. An
#: infinitive, not "to" before a determiner, a number or a plural noun ("agreed to terms in May").
_PLAN_INFINITIVE = re.compile(
    r"\b(?:decided|voted|agreed|promised|pledged|vowed|resolved|planned|offered|threatened|undertook|chose|opted)"
    r"\s+(?:(?!to\b)[\w.,'-]+\s+){0,4}?to\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|"
    r"some|all|be|have)\b)(?![a-z]*[^su]s\b)[a-z]+\b", re.I)
#: An object and its infinitive after a verb of expecting, wanting or urging: "expect the recession to end in the
#: second half", "urged the bank to cut rates in March" (what is expected or urged is still ahead).
_WANT_INFINITIVE = re.compile(
    r"\b(?:expect(?:s|ed)?|want(?:s|ed)?|urge[sd]?|ask(?:s|ed)?|order(?:s|ed)?|force[sd]?|allow(?:s|ed)?|"
    r"invite[sd]?|persuade[sd]?|press(?:es|ed)?|forecast(?:s)?|predict(?:s|ed)?|call(?:s|ed)?\s+on|tell(?:s)?|told)"
    r"\s+(?:(?!to\b)[\w.,'-]+\s+){1,4}?to\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|"
    r"some|all|have)\b)(?![a-z]*[^su]s\b)[a-z]+\b", re.I)
#: The cues read left of an expression, with their tense and, for the infinitive ones, literals of which each of
#: their matches holds one (``prefilter.needs``: the verbs), so that a clause holding none of them is not scanned
#: (same matches; most clauses hold none).
_LEFT_CUES = ((_FUTURE_SCAN, "future", None), (_PAST, "past", None),
              (_PLAN_INFINITIVE, "future", needs(_PLAN_INFINITIVE)),
              (_WANT_INFINITIVE, "future", needs(_WANT_INFINITIVE)))
#: A plan told in the past tense as the clause's own verb after the expression (not a participle such as
#: "scheduled to" or "expected to", which still look ahead).
_PAST_PLAN = re.compile(r"(?i:planned|decided|agreed|wanted|hoped|intended|aimed|sought|prepared)\s+to")
_AS_EXPECTED = re.compile(r"\b(?:than|as)\s+(?:(?:had\s+been|was|were|originally|previously|first|initially)\s+)?$",
                          re.I)
#: A past-tense verb right before a preposition: "worked through the weekend", "had docked by Thursday".
_PAST_VERB_BEFORE = re.compile(r"\b(?:[a-z]{2,}[a-df-z]ed|stayed|went|ran|kept|stood|sat|slept|fought|held)\s+"
                               r"(?:\w+ly\s+)?(?:through|by)\s+(?:the\s+)?$")
#: (Or four to six words between the participle and "by", none of them a modal or "to": "had lost a third of its
#: value by August"; but "had said it would finish the work by June" looks ahead.)
_HAD_BEFORE = re.compile(r"\bhad\s+(?!to\b)(?:\w+ly\s+)?(?:been\s+)?[a-z]+\s+(?:(?:\w+\s+){0,3}?|"
                         r"(?:(?!(?:to|will|would|could|might|may|must|should|shall|can)\b)\w+\s+){4,6})by\s+(?:the\s+)?$",
                         re.I)
_HAD_AFTER = re.compile(r"\s*,?\s*(?:(?!(?:will|would|shall|could|might|may|must|should|can)\b)[A-Za-z'-]+\s+){0,9}?"
                        r"(?:had|was|were|did|said|knew|came|went|became|saw|found|held|took|made|left|won|lost|fell|rose|"
                        r"grew|began|stood|ran|kept|got|gave|sent|spent|built|brought|fled|led|told|paid|sold|met|struck|"
                        r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?!(?:expected|scheduled|supposed|planned)\b)"
                        r"[a-z]{3,}ed(?![^.;!?]*\b(?:will|would|shall|could|might|may|must|should|can)\b))"
                        r"\b(?!\s+(?:to\s+be|due|expected|set|scheduled|supposed|going|likely)\b)")


#: "By" opening a clause: at a sentence start, or after a coordinator ("..., and by the next month they held the
#: capital"), where the verb after it still has to be a past one (``_HAD_AFTER``).
_BY_OPENS = re.compile(r"(?:(?:^|[.!?;\n][\"'”]*\s*)(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Tt]hen)\s+)?[Bb]y|"
                       r"(?:,\s*|\s)(?:but|and|yet|so|then)\s+by|"
                       r"(?<=[a-z])\s+By)\s+(?:the\s+)?$")  # (a headline run into the story: see _CLAUSE_END)


def _told_done(text: str, left: str, end: int) -> bool:
    """True when "by <time>" closes something told as done: "had docked by Thursday", "By Wednesday he had
    apologised" (a deadline still ahead is the usual reading of "by")."""
    if _HAD_BEFORE.search(left[-80:]):
        return True
    clause_start = not left[:-3].strip() or bool(_BY_OPENS.search(left[-40:]))
    return clause_start and bool(_HAD_AFTER.match(text, end))


def future_in_past(text: str, start: int, window: int = 100) -> bool:
    """True when the clause looks ahead only from a past vantage that did not hold: "was going to dissolve the
    government Saturday", "were supposed to meet Monday", "hoped to tour the area in March", so the day may
    lie on either side of the report's date. (A backshifted schedule, "the envoy was due back Tuesday", still looks ahead.)"""
    left = text[max(0, start - window):start]
    last = None
    for last in _CLAUSE_END_SCAN.finditer(left):
        pass
    if last is not None:
        left = left[last.end():]
    cue = None
    for cue in _FUTURE_SCAN.finditer(left):
        pass
    if cue is None or _PAST.search(left, cue.end()):
        return False
    return bool(_OVERTAKEN_PLAN.search(left[max(0, cue.start() - 30):]))


#: A plan told from a past vantage: "was going/supposed to", "planned/intended/hoped/wanted/meant to".
_OVERTAKEN_PLAN = re.compile(r"\b(?:(?:was|were)\s+(?:\w+ly\s+)?(?:going|supposed)|planned|intended|hoped|wanted|meant)"
                             r"\s+to\s+")


def _participle(clause: str, c: re.Match[str]) -> bool:
    """True when the past-looking word ``c`` is a passive or adjectival participle: after "be" ("would be
    held"), or after a determiner with a noun following ("a still unspecified date", but not "those
    surveyed Monday", a reduced relative telling what happened)."""
    if _BE.search(clause, 0, c.start()):
        return True
    return bool(_DETERMINER.search(clause, 0, c.start()) and _SPACE_LOWER.match(clause, c.end()))


def weekday_near(ref: date, weekday: int, direction: str) -> date:
    """The ``weekday`` (0 = Monday) nearest ``ref`` going back (``past``) or forward (``future``), ``ref`` included."""
    delta = (weekday - ref.weekday()) % 7
    if direction == "future":
        return ref + timedelta(days=delta)
    return ref - timedelta(days=(7 - delta) % 7)


def weekday_strict(ref: date, weekday: int, direction: str) -> date:
    """Like :func:`weekday_near` but never ``ref`` itself ("last Monday" said on a Monday)."""
    d = weekday_near(ref, weekday, direction)
    if d == ref:
        d = ref + timedelta(days=7 if direction == "future" else -7)
    return d


def month_near(ref: date, month: int, direction: str, strict: bool = False) -> tuple[int, int]:
    """(year, month) of the named month nearest ``ref`` going back or forward (this month included unless strict)."""
    y = ref.year
    if direction == "future":
        if month < ref.month or (strict and month == ref.month):
            y += 1
    elif month > ref.month or (strict and month == ref.month):
        y -= 1
    return y, month


def quarter_near(ref: date, q: int, direction: str) -> tuple[int, int]:
    """(year, quarter) of a named quarter: this year's, unless it lies ahead of ``ref`` in past-tense prose, or
    before the quarter just completed in future-tense prose (next year's)."""
    cur = (ref.month - 1) // 3 + 1
    if direction == "past" and q > cur:
        return ref.year - 1, q
    if direction == "future" and q < cur - 1:
        return ref.year + 1, q  # "will reopen in the second quarter" said in October (the last one may be reported)
    return ref.year, q


def last_completed_quarter(ref: date) -> tuple[int, int]:
    """(year, quarter) of the quarter before the one containing ``ref``."""
    d = add_months(ref, -3)
    return d.year, (d.month - 1) // 3 + 1
