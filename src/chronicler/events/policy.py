"""What a text lets, bars or obliges someone to do is no event: the content of a law, decree, rule or treaty.

"The new law allows police to detain suspects", "guidelines that let its forces protect ships", "the resolution
authorises states to use force", "the constitution bars the president from serving again": the text states
what may, must or may not happen, not what anyone did. A verb of permission or obligation whose subject is such
a text (or the relative pronoun standing for one) is no event, and neither is anything in its complement. Who
adopted, signed or passed the text is told by another verb and stays an event.
"""

from __future__ import annotations

from typing import Any

from chronicler.events.gaps import filled

#: Nouns of texts that set rules (general words; a named text is a name and is never read here).
RULE_TEXTS = frozenset({"law", "bill", "decree", "rule", "regulation", "guideline", "treaty", "agreement", "accord",
                        "deal", "pact", "resolution", "constitution", "act", "amendment", "directive", "statute",
                        "legislation", "charter", "convention", "protocol", "code", "ordinance", "edict", "order",
                        "provision", "clause", "framework", "mandate", "legislation", "policy", "measure"})
#: Verbs by which a text permits, obliges or forbids.
RULING_VERBS = frozenset({"let", "allow", "permit", "authorise", "authorize", "enable", "empower", "entitle",
                          "require", "oblige", "obligate", "compel", "bar", "ban", "prohibit", "forbid", "exempt"})
#: Dependents of a ruling verb that hold what it permits or forbids.
CONTENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "prep", "dative", "advcl", "oprd"})


def ruling_text(verb: Any) -> bool:
    """True when ``verb`` permits, obliges or forbids and its subject is a text that sets rules."""
    if verb.lemma_.lower() not in RULING_VERBS:
        return False
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            noun = filled(c)
            return noun.pos_ == "NOUN" and noun.lemma_.lower() in RULE_TEXTS
    return False


def ruled_content(triggers: list[Any]) -> set[int]:
    """Token indices of the ruling verbs among the heads of ``triggers``' sentence and of their complements: the
    words a rule text permits or forbids, which name no event."""
    if not triggers:
        return set()
    out: set[int] = set()
    sent = triggers[0].head.sent
    for verb in sent:
        if verb.pos_ in ("VERB", "AUX") and ruling_text(verb):
            out.add(verb.i)
            for c in verb.children:
                if c.dep_ in CONTENT_DEPS:
                    out |= {t.i for t in c.subtree}
    return out
