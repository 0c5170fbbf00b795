"""The data of actor extraction: a component (a name, title, country, institution, group or pronoun over a token
range) and a phrase (a head component and the components modifying it). Found by :mod:`.extract`, grouped by
:mod:`.grouping`, coded by :mod:`.coding`."""

from __future__ import annotations

from dataclasses import dataclass, field

from chronicler.actors.lexicon import Entry


@dataclass
class Comp:
    """A component: a token range ``[start, end)`` of one kind, with its lexicon entry when known."""

    start: int
    end: int
    kind: str
    text: str
    entry: Entry | None = None
    inner: list["Comp"] = field(default_factory=list)  # lexicon matches inside an unknown name

    def tokens(self) -> range:
        return range(self.start, self.end)


@dataclass
class Phrase:
    """An actor phrase: a head component and the components modifying it."""

    head: Comp
    mods: list[Comp] = field(default_factory=list)
    start: int = 0  # token range of the whole phrase
    end: int = 0
    sentence: int = 0
    former: bool = False
    then: bool = False
    of: list[Comp] = field(default_factory=list)  # components reached through "of"/"from" (president of Armenia)
    in_: list[Comp] = field(default_factory=list)  # components reached through "in" (rebels in Darfur)
    owner: Comp | None = None  # a person's name as possessor, cut loose ("Jackson's physician": Jackson)

    def comps(self) -> list[Comp]:
        return [self.head, *self.mods]

    def first(self, *kinds: str) -> Comp | None:
        """The component of one of ``kinds`` nearest the head (the head itself first)."""
        if self.head.kind in kinds:
            return self.head
        if not self.mods:  # asked for every phrase several times: most have no modifiers, or none of a kind
            return None
        for c in sorted(self.mods, key=lambda m: -m.end):
            if c.kind in kinds:
                return c
        return None
