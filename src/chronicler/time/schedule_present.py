"""A schedule told in the simple present: "Italians vote Sunday", "Voters go to the polls on Sunday",
"Parliament reconvenes Tuesday". Headlines and previews tell what is coming in the present tense, so a bare
weekday in such a clause lies ahead, while news prose with no tense cue at all is still read as past."""

from __future__ import annotations

import re

from chronicler.time.anchor import tense_cue

#: Words after a plural noun that are not a present-tense verb of it (function words, reporting and
#: opinion verbs, which report rather than schedule: "officials say", "analysts expect").
_NOT_VERB = frozenset(
    "the a an of in on at for to from with and or but nor that which who whose whom what when where while are were "
    "is was be been have has had will would can could may might must should shall do does did also still not now "
    "then there here this these those their its his her our my your by as than into over under after before since "
    "until about all both each more most such some many few other said say tell told believe think know expect "
    "see fear hope estimate suspect doubt worry reckon claim argue insist warn note predict".split())
#: A plural subject, at most a short prepositional phrase ("Voters in the province"), then the word after it.
_PLURAL_THEN_WORD = re.compile(
    r"\b[A-Za-z][a-z]+[^su'\W]s\s+(?:(?:in|of|from|across)\s+(?:the\s+)?[A-Za-z][a-z]+\s+)?(?P<w>[a-z]{2,})\b")
#: A singular subject's "-s" verb right before the weekday: "Parliament reconvenes Tuesday".
_S_VERB_BEFORE = re.compile(r"\b[A-Za-z][a-z]+[^s'\W]\s+(?P<w>[a-z]{3,}[^s\W]s)\s+(?:on\s+)?$")
_CLAUSE_START = re.compile(r"[.!?;:\n]|,\s")


def scheduled_present(text: str, start: int, end: int) -> bool:
    """True when the clause before ``text[start:end]`` has no tense cue but a simple-present verb of a
    schedule: its plural subject's bare verb ("voters choose ... on Monday") or a singular subject's "-s"
    verb right before it ("the assembly convenes Monday")."""
    if tense_cue(text, start, end) is not None:
        return False
    left = text[max(0, start - 120):start]
    cut = None
    for cut in _CLAUSE_START.finditer(left):
        pass
    if cut is not None:
        left = left[cut.end():]
    if (s := _S_VERB_BEFORE.search(left)) and s["w"].lower() not in _NOT_VERB:
        return True
    return any(not w["w"].endswith(("ed", "ing", "ly", "s")) and w["w"] not in _NOT_VERB
               for w in _PLURAL_THEN_WORD.finditer(left))
