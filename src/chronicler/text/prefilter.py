"""Regex prefilters read from a pattern's parse tree: where a pattern can match, so a scan skips the rest.

Shared by the stages that scan text with many regexes (no stage owns it): the timex rules
(:mod:`chronicler.time.tagger`), the dating stage's date patterns and the clean stage's boilerplate scan.
Each helper changes no match, only where ``re`` looks.

:func:`needs` reads a compiled pattern's parse tree and returns a set of literal strings of which every match
must contain at least one (or None when it cannot tell): the timex candidate scan skips a rule in a window
holding none of them (no season word, no "ago", no capitalized month), which cannot change what it finds there.
Literals from case-insensitive parts are compared in lower case against the text folded by :func:`fold` (which
maps every character ``re`` matches to an ASCII letter case-insensitively to that letter, keeping offsets); the
others against the text itself. :func:`with_first_chars` puts a lookahead over the characters a match can begin
with (:func:`first_chars`) before a pattern, so that ``re`` tries the pattern only there.
"""

from __future__ import annotations

import re
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

#: A needed literal: (string, case-insensitive?).
Need = tuple[str, bool]

#: Characters other than A-Z that ``re`` matches case-insensitively to an ASCII letter (Python 3.11:
#: dotted and dotless I, the long s, the Kelvin sign); tests/test_timex_prefilter.py checks this is complete.
_FOLD_EXTRA = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_FOLD = {ord(c): ord(c.lower()) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_FOLD |= {ord(k): ord(v) for k, v in _FOLD_EXTRA.items()}

_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", sre_c.MAX_REPEAT)}


def fold(text: str) -> str:
    """``text`` with every character that matches an ASCII letter case-insensitively replaced by that letter in
    lower case (same length, same offsets); other characters unchanged."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


def _best(options: list[set[Need]]) -> set[Need] | None:
    """The most selective of several sufficient need-sets: longest shortest literal, then fewest literals."""
    if not options:
        return None
    return max(options, key=lambda s: (min(len(x) for x, _ in s), -len(s)))


#: At most this many spellings of a run of literals are tracked (``[6-9]`` and ``'?`` multiply them).
MAX_SPELLINGS = 16


def _chars(op: int, av: object, ci: bool) -> list[str] | None:
    """The characters a one-character item can match when they are few literals (``x``, ``[6-9]``, ``[x']``)."""
    if op is sre_c.LITERAL:
        chars = [chr(av)]  # type: ignore[arg-type]
    elif op is sre_c.IN and all(o in (sre_c.LITERAL, sre_c.RANGE) for o, _ in av):  # type: ignore[attr-defined]
        chars = []
        for o, a in av:  # type: ignore[attr-defined]
            chars += [chr(a)] if o is sre_c.LITERAL else [chr(c) for c in range(a[0], a[1] + 1)]
        if len(chars) > 10:
            return None
    else:
        return None
    return sorted({c.lower() for c in chars}) if ci else chars


def _needs(sub: sre_parse.SubPattern, ci: bool) -> set[Need] | None:
    options: list[set[Need]] = []
    run = [""]  # the spellings of the current run of literals the match must contain contiguously

    def flush() -> None:
        nonlocal run
        if all(run):
            options.append({(r, ci) for r in run})
        run = [""]

    for op, av in sub:
        chars = _chars(op, av, ci)
        if chars is None and op in _REPEATS and av[0] == 0 and av[1] == 1 and len(av[2]) == 1:
            optional = _chars(*av[2][0], ci)  # "'?" in "0'?s": spelled with or without it
            if optional is not None and len(run) * (len(optional) + 1) <= MAX_SPELLINGS:
                run = run + [r + c for r in run for c in optional]
                continue
        if chars is not None:
            if len(run) * len(chars) > MAX_SPELLINGS:
                flush()
            if len(chars) <= MAX_SPELLINGS:
                run = [r + c for r in run for c in chars]
                continue
        flush()
        n: set[Need] | None = None
        if op is sre_c.SUBPATTERN:
            _group, add, delete, p = av
            inner_ci = (ci or bool(add & sre_c.SRE_FLAG_IGNORECASE)) and not delete & sre_c.SRE_FLAG_IGNORECASE
            n = _needs(p, inner_ci)
        elif op is sre_c.BRANCH:
            parts = [_needs(b, ci) for b in av[1]]
            n = None if any(p is None for p in parts) else set().union(*parts)  # type: ignore[arg-type]
        elif op in _REPEATS:
            n = _needs(av[2], ci) if av[0] >= 1 else None
        # anything else (lookarounds, classes, anchors, optional parts) requires no literal
        if n:
            options.append(n)
    flush()
    return _best(options)


def needs(pattern: re.Pattern[str]) -> frozenset[Need] | None:
    """Literals of which every match of ``pattern`` contains one (None: no such set found).

    Lookarounds are ignored (a lookbehind may read before the scan window), so the literals lie inside the
    match itself.
    """
    try:
        n = _needs(sre_parse.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))
    except Exception:  # a private module of ``re``: should its parse trees change, run the rule everywhere
        return None
    if not n:
        return None
    # A literal holding another of the same kind is implied by it ("weekend" by "week"): fewer look-ups.
    return frozenset(a for a in n if not any(b != a and b[1] == a[1] and b[0] in a[0] for b in n))


#: Character classes a first character may be given by (``\\d`` in ``\\d+``), as written in a regex class.
_CATEGORIES = {sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_SPACE: r"\s", sre_c.CATEGORY_WORD: r"\w"}


def _firsts(sub: sre_parse.SubPattern, classes: bool = False) -> tuple[set[str] | None, bool]:
    """The characters a match of ``sub`` can begin with (None: any or unknown) and whether it can be empty.

    With ``classes``, a class such as ``\\d`` is one more item of the set (its escape, ``"\\d"``)."""
    out: set[str] = set()
    for op, av in sub:
        if op is sre_c.AT or op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            continue  # zero-width: the first character read is the next item's
        if op is sre_c.LITERAL:
            return out | {chr(av)}, False  # type: ignore[arg-type]
        if op is sre_c.IN:
            for o, a in av:  # type: ignore[union-attr]
                if o is sre_c.LITERAL:
                    out.add(chr(a))
                elif o is sre_c.RANGE and a[1] - a[0] <= 64:
                    out.update(chr(c) for c in range(a[0], a[1] + 1))
                elif classes and o is sre_c.CATEGORY and a in _CATEGORIES:
                    out.add(_CATEGORIES[a])
                else:  # a negated set, a category (\d, \w), a wide range
                    return None, False
            return out, False
        if op is sre_c.SUBPATTERN or op is sre_c.BRANCH or op in _REPEATS:
            parts = [av[-1]] if op is sre_c.SUBPATTERN else av[1] if op is sre_c.BRANCH else [av[2]]  # type: ignore
            empty = False
            for part in parts:
                found, nullable = _firsts(part, classes)
                if found is None:
                    return None, False
                out |= found
                empty = empty or nullable
            if op in _REPEATS and av[0] == 0:  # type: ignore[index]
                empty = True
            if not empty:
                return out, False
            continue
        return None, False  # any character, a back reference ...
    return out, True


def first_chars(pattern: re.Pattern[str], classes: bool = False) -> frozenset[str] | None:
    """Characters of which every match of ``pattern`` begins with one, in every case ``re`` may match them
    (a superset; None when no such set is found: a match may begin with any character, or be empty).

    With ``classes``, the set may also hold the escapes of classes (``"\\d"``) a match may begin with."""
    try:
        found, nullable = _firsts(sre_parse.parse(pattern.pattern, pattern.flags), classes)
    except Exception:  # a private module of ``re``: should its parse trees change, scan as written
        return None
    if found is None or nullable or not found:
        return None
    out = set(found)
    # a superset is exact: case-insensitive or not, every case and re's extra case partners (classes as written)
    for c in (c for c in found if len(c) == 1):
        out |= {c.lower(), c.upper()} | {x for x, v in _FOLD_EXTRA.items() if v == c.lower()}
    return frozenset(out)


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` tried only where a match can begin: a lookahead over :func:`first_chars` before it (same flags,
    same groups, same matches; ``re`` tries an alternation in full at every position otherwise)."""
    chars = first_chars(pattern, classes=True)
    if chars is None:
        return pattern
    # a class such as \d goes in as written: it matches under the pattern's own flags, as in the pattern
    head = "".join(c if len(c) > 1 else re.escape(c) for c in sorted(chars))
    return re.compile("(?=[" + head + "])" + pattern.pattern, pattern.flags)


def _top_branches(p: str, start: int) -> tuple[list[str], int] | None:
    """The branches of the group whose body begins at ``p[start]`` (split at its own ``|``), and the index of
    its closing parenthesis; None when the pattern ends first."""
    branches: list[str] = []
    depth, i, begin, in_class = 0, start, start, False
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 2 if p[i + 1:i + 2] == "]" else 3 if p[i + 1:i + 3] == "^]" else 1  # a "]" first is a literal
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                branches.append(p[begin:i])
                return branches, i
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(p[begin:i])
            begin = i + 1
        i += 1
    return None


def by_first_char(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern`` (written ``\b(?:A|B|...)REST``) with the branches of its alternation grouped by the character
    they can begin with, each group behind a lookahead on that character (same flags, groups and matches).

    Under ``re.I`` a branch led by a letter is entered in full at every word start (``re`` skips a branch at
    once only when its first item is a case-sensitive literal or class): thirty branches cost thirty tries per
    word. Grouped, a word start tries one lookahead per group and then only the branches that can begin with
    its character, in their order. Same matches: at a position only the branches whose first characters
    (:func:`first_chars`, every case ``re`` may match) include the character there can match, and a group
    keeps them in the alternation's order; the groups (one per character as :func:`fold` folds it) exclude
    each other. Returned unchanged when the pattern has another shape or a branch may begin with any character.
    """
    p = pattern.pattern
    head = r"\b(?:"
    found = _top_branches(p, len(head)) if p.startswith(head) else None
    if found is None:
        return pattern
    branches, close = found
    groups: dict[str, tuple[set[str], list[int]]] = {}
    for i, branch in enumerate(branches):
        chars = first_chars(re.compile(branch, pattern.flags))
        if chars is None or any(len(c) > 1 for c in chars):
            return pattern
        for c in sorted(chars):
            cs, members = groups.setdefault(fold(c), (set(), []))
            cs.add(c)
            if not members or members[-1] != i:
                members.append(i)
    parts = ["(?=[" + "".join(re.escape(c) for c in sorted(cs)) + "])(?:" + "|".join(branches[i] for i in members) + ")"
             for cs, members in groups.values()]
    try:
        return re.compile(head + "|".join(parts) + ")" + p[close + 1:], pattern.flags)
    except re.error:  # a branch in two groups defines its named group twice: scan as written
        return pattern
