"""Sectors for actor nouns our lexicon does not list, borrowed through WordNet.

A common noun for people ("guerrilla", "gendarme", "legislator") that no lexicon table lists borrows the sector of
the nearest listed word WordNet says it is a synonym of or a kind of: "gendarme" → policeman (listed COP) → COP;
"cleric" → clergyman → REL. Only noun senses whose lexicographer file is ``noun.person`` or ``noun.group`` are
read, in WordNet's sense order; the first such sense (of the first ``MAX_SENSES``) that reaches a listed word
within ``MAX_DEPTH`` hypernym steps decides ("correspondent" is first a letter writer, which reaches nothing, then
a newspaperman, which reaches the listed "newsman": JRN). A walk stops at a word too general to say a sector
(``GENERAL``: "leader", "official", "worker", "person" …): "lawmaker" is a kind of leader, but "leader" would make
every lawgiver a government. A borrowed entry is less sure than a listed one (``CONFIDENCE``) and says where it
came from in its note. The lexicon always wins: a listed word is never looked up here.

Everything is read at run time from the WordNet files (``chronicler.nlp.wordnet``) and cached per word; without
the files nothing is borrowed.
"""

from __future__ import annotations

from functools import lru_cache

from chronicler.actors.lexicon import Entry, Lexicon, default_lexicon
from chronicler.nlp import wordnet

#: Lexicographer files of senses that name people or bodies of people.
PEOPLE_LEXNAMES = ("noun.person", "noun.group")
#: How many senses of a word are tried (WordNet orders them by frequency), and how far up each walk goes.
MAX_SENSES = 1
MAX_DEPTH = 4
MAX_ADJECTIVE_SENSES = 2
LENDER_SENSES = 2
#: Confidence of a borrowed sector (a listed word has 1.0, or its table's own figure).
CONFIDENCE = 0.6
#: Words too general to lend a sector (and where a walk up the hypernyms stops): a kind of person, group,
#: official or leader may belong to any sector.
GENERAL = frozenset({
    "people", "person", "individual", "someone", "somebody", "group", "grouping", "official", "functionary",
    "leader", "force", "side", "member", "members", "worker", "skilled worker", "employee", "adult", "man", "woman",
    "organization", "organisation", "unit", "social group", "body", "representative", "deputy", "agent", "expert",
    "professional", "chief", "head", "authority", "administration", "party",
})


def _listed(lex: Lexicon, word: str, exclude: frozenset[str]) -> Entry | None:
    """The lexicon's sector-bearing entry for a WordNet lemma ("police_officer"), singular or plural."""
    text = word.replace("_", " ").lower()
    if text in GENERAL:
        return None
    forms = [text, text + "s", text + "es", text[:-1] + "ies" if text.endswith("y") else "",
             text[:-3] + "men" if text.endswith("man") else ""]
    for form in forms:
        if not form or form in exclude:
            continue
        e = lex.nouns.get(form)
        if e is not None and e.sector and e.kind in {"group", "title"} and _lender(form):
            return e
    return None


@lru_cache(maxsize=4096)
def _lender(form: str) -> bool:
    """A listed word may lend its sector when it is no generic role (its sector is its body's: "negotiator",
    "staff") and it names people first (not "houses", "bombs" or "village", which the lexicon lists for what
    happens to them)."""
    from chronicler.actors.wording import GENERIC_GROUPS, GENERIC_ROLES

    if form in GENERIC_ROLES or form in GENERIC_GROUPS or form in NOT_LENDERS \
            or (form.endswith("s") and form[:-1] in GENERIC_ROLES | NOT_LENDERS):
        return not LENDER_FILTER
    senses = wordnet.synsets(form, "n")
    return not LENDER_FILTER or not senses or senses[0].lexname in LENDER_LEXNAMES


#: Unlisted words whose first WordNet sense is not the one news reports mean: an "aide" is an aide-de-camp
#: (MIL) there and a political aide in the news; an "inspector" a police inspector there and a weapons or safety
#: inspector in the news; an "assistant" takes whatever body it serves.
NOT_BORROWERS = frozenset({"aide", "inspector", "assistant"})
#: Listed words whose listed sense is not WordNet's first: "speaker" is listed for a parliament's Speaker (LEG),
#: WordNet's speaker is anyone who talks (a witness, a lecturer).
NOT_LENDERS = frozenset({"speaker", "speakers"})


def _stops(words: tuple[str, ...]) -> bool:
    return any(w.replace("_", " ") in GENERAL for w in words)


def borrow(word: str, lex: Lexicon | None = None, exclude: frozenset[str] = frozenset()) -> Entry | None:
    """The entry an unlisted actor noun borrows through WordNet, or None.

    ``exclude`` names lexicon surface forms to treat as unlisted (the leave-one-out evaluation removes a word and
    its plural this way). The result's kind (group or title) is the lending word's; its sector too; its country
    is not borrowed (a title existing only in one country says nothing of its kinds)."""
    lex = lex or default_lexicon()
    if lex is default_lexicon() and not exclude:
        return _borrow_cached(word.lower())
    return _borrow(word.lower(), lex, exclude)


@lru_cache(maxsize=8192)
def _borrow_cached(word: str) -> Entry | None:
    return _borrow(word, default_lexicon(), frozenset())


def _borrow(word: str, lex: Lexicon, exclude: frozenset[str]) -> Entry | None:
    if word in GENERAL or word in NOT_BORROWERS or word.removesuffix("s") in NOT_BORROWERS \
            or not word.replace("-", "").isalpha() or len(word) < 3:
        return None
    senses = wordnet.synsets(word, "n")[:MAX_SENSES]
    if not senses or senses[0].lexname not in PEOPLE_LEXNAMES or _instance(senses[0]):
        return None  # a word mostly naming a thing or a place is not an actor noun; a named one is no common noun
    votes: dict[str, float] = {}
    first: dict[str, tuple[Entry, str, int]] = {}
    for rank, sense in enumerate(senses):
        if sense.lexname not in PEOPLE_LEXNAMES:
            continue
        for lender, via, depth in _nearest(sense, lex, exclude):
            w = SENSE_WEIGHT[rank] * DEPTH_WEIGHT[min(depth, len(DEPTH_WEIGHT) - 1)]
            votes[lender.sector] = votes.get(lender.sector, 0.0) + w  # type: ignore[index]
            first.setdefault(lender.sector, (lender, via, depth))  # type: ignore[arg-type]
        if votes and FIRST_SENSE_WINS:
            break
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] >= MARGIN * ranked[0][1]:
        return None  # the senses disagree: no sector is better than a coin toss
    lender, via, depth = first[ranked[0][0]]
    how = "synonym" if depth == 0 else ("a kind" if depth > 0 else "a general word")
    return Entry(lender.kind, word, None, lender.sector, word, CONFIDENCE, f"wordnet: {how} of {via!r}")


SENSE_WEIGHT = (1.0, 0.5, 0.35, 0.25, 0.2)
DEPTH_WEIGHT = (1.0, 0.8, 0.6, 0.45, 0.35, 0.25)
FIRST_SENSE_WINS = True
MARGIN = 0.99
USE_HYPONYMS = True
LENDER_FILTER = True
LENDER_LEXNAMES = ("noun.person", "noun.group")
HYPONYM_LEXNAMES = ("noun.person",)
HYPONYM_MIN = 2


def _nearest(sense: wordnet.Synset, lex: Lexicon, exclude: frozenset[str]) -> list[tuple[Entry, str, int]]:
    """The nearest listed words on the hypernym walk from ``sense`` (breadth first, the sense itself at depth 0);
    a general word ends its branch of the walk."""
    seen = {sense.offset}
    frontier = [sense]
    for depth in range(MAX_DEPTH + 1):
        found = [(e, w.replace("_", " "), depth) for s in frontier for w in s.words
                 if (e := _listed(lex, w, exclude)) is not None and _main_sense(w, s.offset)]
        if not found and depth == 1 and USE_HYPONYMS and sense.lexname in HYPONYM_LEXNAMES:
            found = [(e, w.replace("_", " "), -1) for o in _hyponyms().get(sense.offset, ())
                     for w in wordnet.synset(o, "n").words if (e := _listed(lex, w, exclude)) is not None
                     and _main_sense(w, o)]
            if len(found) < HYPONYM_MIN:
                found = []
        if found:
            return found
        nxt = []
        for s in frontier:
            if depth > 0 and _stops(s.words):
                continue
            for offset in s.hypernyms:
                if offset not in seen:
                    seen.add(offset)
                    nxt.append(wordnet.synset(offset, "n"))
        frontier = nxt
    return []


def borrow_adjective(word: str, lex: Lexicon | None = None) -> Entry | None:
    """The sector an adjective lends to a generic actor noun it modifies, through the noun WordNet says it pertains
    to ("judicial" → judge: JUD; "parliamentary" → parliament: LEG; "naval" → navy: MIL), or None. Only the
    adjective's first senses are read; the noun must be a listed people noun or borrow a sector itself."""
    lex = lex or default_lexicon()
    if lex is default_lexicon():
        return _borrow_adjective_cached(word.lower())
    return _borrow_adjective(word.lower(), lex)


@lru_cache(maxsize=4096)
def _borrow_adjective_cached(word: str) -> Entry | None:
    return _borrow_adjective(word, default_lexicon())


def _borrow_adjective(word: str, lex: Lexicon) -> Entry | None:
    offsets = wordnet._index("a").get(word, ())
    if not offsets or word in GENERAL:
        return None
    for noun in (n for o in offsets[:MAX_ADJECTIVE_SENSES] for n in _pertainyms(o)):
        for w in noun.words:
            e = _listed(lex, w, frozenset()) or _borrow(w.replace("_", " "), lex, frozenset())
            if e is not None and e.sector and not e.note.startswith("wordnet: people of"):
                return Entry("group", word, None, e.sector, word, CONFIDENCE,
                             f"wordnet: {word!r} pertains to {w.replace('_', ' ')!r}")
    return None


def _pertainyms(offset: int) -> list[wordnet.Synset]:
    """The noun synsets an adjective synset pertains to (WordNet's ``\\`` pointers)."""
    fields = wordnet._data_lines("a")[offset].decode("utf-8").partition(" | ")[0].split()
    k = 4 + 2 * int(fields[3], 16)
    out = []
    for i in range(int(fields[k])):
        symbol, target, pos = fields[k + 1 + 4 * i:k + 4 + 4 * i]
        if symbol == "\\" and pos == "n":
            out.append(wordnet.synset(int(target), "n"))
    return out


def _main_sense(word: str, offset: int) -> bool:
    """True when synset ``offset`` is among ``word``'s first ``LENDER_SENSES`` noun senses: a listed word lends only
    the sense the lexicon means ("mob" is listed for a crowd, not for the crime syndicate WordNet also calls mob)."""
    return offset in wordnet._index("n").get(word.lower(), ())[:LENDER_SENSES]


def _instance(sense: wordnet.Synset) -> bool:
    """True for a named individual ("Hamas", "OPEC"): WordNet makes it an instance of its kind."""
    return b" @i " in wordnet._data_lines("n")[sense.offset]


@lru_cache(maxsize=1)
def _hyponyms() -> dict[int, tuple[int, ...]]:
    """Synset → its direct hyponyms, for the people and group senses only (built once)."""
    out: dict[int, list[int]] = {}
    for offset, line in wordnet._data_lines("n").items():
        if line.split(maxsplit=2)[1] not in (b"18", b"14"):
            continue
        for h in wordnet.synset(offset, "n").hypernyms:
            out.setdefault(h, []).append(offset)
    return {k: tuple(v) for k, v in out.items()}
