"""Training instances and scoring for the learned actor-sector model, from OUR OWN written sets only.

Used by ``eval/train_actor_sectors.py`` (the shipped weights) and ``eval/actors_learned.py`` (leave-set-out).
Each row's sentence is parsed by the ``nlp`` stage; its instance is the syntactic head of the gold actor span
when that head is a common noun naming people or a body of people (``learned.act.people_noun``) and no general
word (``learned.act.general``), labelled with the row's gold sector (rows whose gold is "*" or "-" give none).
The same features as at run time (``learned.features.noun_features``).

Sets used (``TRAIN_SETS``), each only as far as its own split allows tuning on it:
- ``actor_sector_blind_f.tsv``: the tune part by its key column (``_actor_country.sector_part``);
- ``actor_sector_blind_h.tsv``, ``actor_sector_conventions.tsv``, ``actor_sector_blind_j.tsv``: the tune rows
  (data row i with i % 3 != 2, ``_actor_country.row_part``).
- our word lists: every single-word listed actor noun or title with a sector (``lexicon_words``) that the model
  could be asked about, out of context (``word_features``). The leave-one-out over the word lists
  (``eval/actors.py --loo-only``) and ``eval/actors_learned.py`` then ask each word of a model trained without its
  fold (``LEXICON_FOLDS``, by a hash of its lemma) and without the set instances of that fold's words.
Never: a measure row, the measure-only country probes, the ``*_fresh`` sets, the news golds (shared text), the
PLOVER GSR.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _actor_country import (  # noqa: E402
    ROOT,
    ROW_SPLIT,
    SECTOR_BLIND,
    SECTOR_BLIND_H,
    SECTOR_BLIND_J,
    SECTOR_CONVENTIONS,
    _probe_rows,
    forms_by_base,
    row_part,
    sector_part,
)
from _codes import same_code  # noqa: E402

from chronicler.actors.learned.act import _candidate, _listed_sector, general, people_noun  # noqa: E402
from chronicler.actors.learned.features import noun_features, word_features  # noqa: E402
from chronicler.actors.learned.model import CLASSES  # noqa: E402
from chronicler.actors.lexicon import Lexicon, default_lexicon  # noqa: E402
from chronicler.actors.resolve import actor_at, place_as_actor  # noqa: E402
from chronicler.actors.stage import ActorsComponent  # noqa: E402
from chronicler.model import DateInterval, Document  # noqa: E402
from chronicler.nlp import wordnet  # noqa: E402
from chronicler.pipeline import AnnotatedDocument, Pipeline  # noqa: E402

#: (short name, file): the tune part of each is used.
TRAIN_SETS = (
    ("F", SECTOR_BLIND),
    ("H", SECTOR_BLIND_H),
    ("conventions", SECTOR_CONVENTIONS),
    ("J", SECTOR_BLIND_J),
)
LEXICON_FOLDS = 10


def fold_of(lemma: str) -> int:
    """The word-list fold of a lemma (a hash of it)."""
    return int(hashlib.md5(lemma.encode("utf-8")).hexdigest()[:4], 16) % LEXICON_FOLDS


@dataclass(frozen=True)
class ListedWord:
    """A single-word listed actor noun or title: its form, lemma, sector and the listed forms leaving it out
    removes (all forms sharing its WordNet base form)."""

    word: str
    lemma: str
    sector: str
    forms: frozenset[str]

    @property
    def fold(self) -> int:
        """Its fold (:func:`fold_of` its lemma, so that all forms of a word fall in one fold)."""
        return fold_of(self.lemma)

    def features(self, masked: bool = False) -> dict[str, float]:
        """Its features out of context."""
        return word_features(self.lemma, self.word != self.lemma, masked)


def lexicon_words(lex: Lexicon | None = None, gated: bool = True) -> list[ListedWord]:
    """Every single-word listed actor noun or title with a sector the model has (with ``gated``: only those the
    model could be asked about, a people noun and no general word), in sorted order."""
    lex = lex or default_lexicon()
    by_base = forms_by_base(lex)
    out = []
    for t, e in sorted(lex.nouns.items()):
        if " " in t or e.sector not in CLASSES or e.kind not in {"group", "title"} or not t.replace("-", "").isalpha():
            continue
        lemma = (wordnet.base_forms(t, "n") or [t])[0]
        if gated and (general(t) or general(lemma) or not people_noun(lemma)):
            continue
        forms = {t}.union(*(by_base.get(b, set()) for b in wordnet.base_forms(t, "n")))
        out.append(ListedWord(t, lemma, e.sector, frozenset(forms)))  # type: ignore[arg-type]
    return out


def training_rows(data: list["SetData"], words: list[ListedWord], fold: int | None = None) -> list[tuple[dict[str, float], str]]:
    """The instances of ``data`` and of the listed ``words``; with ``fold``, none of that fold's words (neither
    the listed word nor a set instance whose head is one of its forms)."""
    out = []
    gone = {f for w in words if w.fold == fold for f in w.forms | {w.lemma}} if fold is not None else set()
    for d in data:
        out += [(f, s) for f, s in d.instances if not any(f"lem={g}" in f for g in gone)]
    out += [(w.features(), w.sector) for w in words if fold is None or w.fold != fold]
    return out


@dataclass
class SetData:
    """One set's tune rows, parsed: rows (text, span, country, sector, date), parsed documents, instances."""

    name: str
    path: Path
    rows: list[list[str]]
    docs: list[AnnotatedDocument]
    instances: list[tuple[dict[str, float], str]]


def file_hash(path: Path) -> str:
    """sha256[:16] of a data file (the weights file's header names it)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def tune_rows(path: Path) -> list[list[str]]:
    """The rows of ``path``'s tune part (never a measure row)."""
    rows = _probe_rows(path)
    if path in ROW_SPLIT:
        return [r for i, r in enumerate(rows) if row_part(i) == "tune"]
    return [r for r in rows if sector_part(r[5] if len(r) > 5 else "") == "tune"]


def head_noun(adoc: AnnotatedDocument, text: str, span: str) -> Any | None:
    """The syntactic head of the gold span when it is a common noun the model may be asked about, else None."""
    a = text.find(span)
    if a < 0:
        raise ValueError(f"span {span!r} not in {text!r}")
    sp = adoc.nlp.char_span(a, a + len(span), alignment_mode="expand")
    if sp is None:
        return None
    root = sp.root
    if root.pos_ != "NOUN" or not _candidate(root.lower_):
        return None
    return root


def collect(name: str, path: Path, pipeline: Pipeline | None = None) -> SetData:
    """A set's tune rows, parsed, with their training instances."""
    pipeline = pipeline or Pipeline([("nlp", {})], start={"text", "clean"})
    rows = tune_rows(path)
    docs = []
    for i, (text, _span, _c, _s, *on) in enumerate(rows):
        pub = DateInterval.day(date.fromisoformat(on[0])) if on and on[0] else None
        docs.append(AnnotatedDocument(Document(id=f"{name}{i}", source=f"{name}{i}", text=text, published=pub)))
    docs = list(pipeline.pipe(docs, batch_size=64))
    lex = default_lexicon()
    instances = []
    for adoc, (text, span, _c, sector, *_) in zip(docs, rows):
        if sector not in CLASSES:
            continue
        tok = head_noun(adoc, text, span)
        if tok is not None:
            instances.append((noun_features(tok, frozenset(), lambda w: _listed_sector(w, lex)), sector))
    return SetData(name, path, rows, docs, instances)


def score(data: SetData, component: ActorsComponent) -> list[tuple[bool, bool, str]]:
    """Per row: (country right, country and sector right, what was coded), scored as ``eval/actors.py`` scores our
    probe sets (gold "-" a bare country, "*" country only)."""
    out = []
    for adoc, (text, span, country, sector, *on) in zip(data.docs, data.rows):
        done = component(adoc)
        a = text.find(span)
        when = date.fromisoformat(on[0]) if on and on[0] else None
        pred = actor_at(done, a, a + len(span), when) or place_as_actor(done, a, a + len(span))
        pc, ps = (pred.country, pred.sector) if pred else (None, None)
        want = None if sector == "-" else sector
        ok_c = pc == same_code(country)
        out.append((ok_c, ok_c and (sector == "*" or ps == want), f"{pc}/{ps}"))
    return out


def label_counts(data: list[SetData]) -> Counter:
    """How many instances of each sector the sets give."""
    return Counter(label for d in data for _, label in d.instances)
