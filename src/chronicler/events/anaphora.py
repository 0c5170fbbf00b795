"""An event noun that points back at an event the report has already told is no new event.

Found on the blind mission set (``eval/data/mission_s15``, tune part, session 15): after "Abe met Trump on
Thursday", the sentences that follow speak of "the meeting" and "the talks" ("After the meeting, which lasted
about 90 minutes, ...", "the talks had been informal", "rushed to arrange the meeting"), and after a report of a
pact, of "the pact". Each was read as one more meeting or agreement. Such a noun stands alone (no light verb
carries it), has a plain definite determiner ("the", "this", "that", "these", "those") and nothing else that
could make it a different occasion (no adjective, number, possessor, compound or prepositional phrase: "the
two leaders' first summit", "the talks on trade next week" stay), and an earlier sentence of the same report
holds an event of its type. A noun another trigger of the sentence acts on ("criticized the deployment", "called
the agreement a fair balance") is left to that act's rules (``events/nested.py``).
"""

from __future__ import annotations

from typing import Any

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Dependents that leave the noun's referent as it was: a relative clause or a participle describes it further.
PLAIN_DEPS = frozenset({"det", "punct", "relcl", "acl"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def refers_back(trigger: Any, earlier_types: frozenset[str] | set[str], triggers: list[Any]) -> bool:
    """True for a standalone definite event noun whose type an earlier sentence of the report already holds and
    that no other trigger of the sentence (``triggers``) takes as its object."""
    if not trigger.standalone or trigger.type not in earlier_types:
        return False
    noun = trigger.noun
    if noun.dep_ in OBJECT_DEPS and any(t is not trigger and t.head.i == noun.head.i for t in triggers):
        return False
    deps = [c for c in trigger.noun.children]
    dets = [c for c in deps if c.dep_ == "det"]
    return len(dets) == 1 and dets[0].lower_ in DEFINITE and all(c.dep_ in PLAIN_DEPS for c in deps)
