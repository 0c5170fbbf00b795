"""A parse view: a spaCy Doc's tokens as plain Python objects, made per Doc (a sentence at a time), read like spaCy's.

spaCy builds a new ``Token`` object on every ``doc[i]``, ``.head`` and step over ``.children``, and looks each
string attribute (``.dep_``, ``.lower_`` ...) up in its string store on every read. The rule functions of the
``events`` stage read the parse millions of times per hundred articles, so that cost was much of its time. :func:`parse_view` reads the Doc's columns once (``Doc.to_array``) and gives a :class:`DocView` whose
:class:`TokenView` objects hold the strings, head and children as plain attributes, answering the subset of
spaCy's ``Doc``/``Span``/``Token`` interface the stage uses, with spaCy's semantics (same children order,
subtree order, ``Span.root``, ``conjuncts``, sentence spans, ``char_span`` alignment, equality and hashing).

Tokens of one view are unique per index (``view[i] is view[i]``), so equality is identity, as spaCy's is
(``doc`` and index) within one Doc; hashes equal spaCy's (``hash((doc, i))``), so sets of tokens iterate in
the same order as with spaCy's tokens. Attributes the view does not hold are read from the spaCy token (and any
token or span in the answer mapped into the view), so nothing of spaCy's interface is lost, only slower. Do not
mix a view's tokens with spaCy's own (``spacy_token == token_view`` is False).
"""

from __future__ import annotations

import gc
import weakref
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import repeat
from operator import attrgetter, index
from typing import Any

import numpy

#: The per-token string columns a view holds (spaCy attribute names, in TokenView's argument order).
_STRINGS = ("ORTH", "LOWER", "LEMMA", "POS", "TAG", "DEP")
_WHITESPACE = ("", " ")
#: Token attributes a view fills for all its tokens on the first read of one (spaCy attribute, how to read it).
_LAZY = {"ent_type_": ("ENT_TYPE", "str"), "ent_iob_": ("ENT_IOB", "iob"), "norm_": ("NORM", "str"),
         "shape_": ("SHAPE", "str"), "is_title": ("IS_TITLE", "bool"), "is_alpha": ("IS_ALPHA", "bool"),
         "is_punct": ("IS_PUNCT", "bool"), "is_space": ("IS_SPACE", "bool"), "is_digit": ("IS_DIGIT", "bool"),
         "is_upper": ("IS_UPPER", "bool"), "is_lower": ("IS_LOWER", "bool"), "is_stop": ("IS_STOP", "bool"),
         "like_num": ("LIKE_NUM", "bool")}
_IOB = ("", "I", "O", "B")
_INDEX = attrgetter("i")
#: The string of each spaCy string id met so far (an id is a hash of its string, the same in every vocabulary), so
#: that a view's build looks up only the ids it has not met before; cleared when it grows past ``_MAX_STRINGS``.
_STRING_OF: dict[int, str] = {}
_MAX_STRINGS = 1 << 20


def _strings_of(column: list[int], strings: Any) -> list[str]:
    """The strings of the spaCy string ids ``column`` (``strings``: the Doc's string store)."""
    try:
        return list(map(_STRING_OF.__getitem__, column))
    except KeyError:  # (the answer from a dict of its own: another thread may clear the kept strings meanwhile)
        found = {h: strings[h] for h in set(column)}
        if len(_STRING_OF) > _MAX_STRINGS:
            _STRING_OF.clear()
        _STRING_OF.update(found)
        return list(map(found.__getitem__, column))


@contextmanager
def parse_view(doc: Any) -> Iterator["DocView"]:
    """The parse view of spaCy Doc ``doc`` for the duration of a ``with`` block (a view or a span of one is its own
    view, left as is).

    The view is two or three objects per token, alive for the block only. The cyclic GC is paused during the block
    and the view taken apart at its end (its tokens point at each other: head, children), so that refcounting
    frees it at once: otherwise its objects would survive the young collections made while it is read, be
    promoted, and bring on extra full collections, each scanning the whole heap (the model's tables too), for
    nothing to free. Other garbage of the block is collected as usual after it; a pause already in force (an
    outer block, or the application's ``gc.disable()``) is left as it is.
    """
    if isinstance(doc, (DocView, SpanView)):
        yield doc if isinstance(doc, DocView) else doc.doc
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        view = DocView(doc)
        try:
            yield view
        finally:
            view.release()
    finally:
        if enabled:
            gc.enable()


class TokenView:
    """One token of a :class:`DocView`: spaCy's ``Token`` interface as plain attributes."""

    __slots__ = ("doc", "i", "idx", "whitespace_", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "head",
                 "children", "lefts", "rights", "_subtree", "__weakref__", *_LAZY)

    def __init__(self, doc: "DocView", i: int, idx: int, whitespace_: str, text: str, lower_: str, lemma_: str,
                 pos_: str, tag_: str, dep_: str):
        self.doc, self.i, self.idx, self.whitespace_, self.text, self.lower_ = doc, i, idx, whitespace_, text, lower_
        self.lemma_, self.pos_, self.tag_, self.dep_, self._subtree = lemma_, pos_, tag_, dep_, None
        self.children = self.lefts = self.rights = ()

    def __hash__(self) -> int:
        return hash((self.doc.spacy_doc, self.i))  # spaCy's, so that sets of tokens keep spaCy's order

    def __lt__(self, other: "TokenView") -> bool:
        return self.idx < other.idx

    def __le__(self, other: "TokenView") -> bool:
        return self.idx <= other.idx

    def __gt__(self, other: "TokenView") -> bool:
        return self.idx > other.idx

    def __ge__(self, other: "TokenView") -> bool:
        return self.idx >= other.idx

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    @property
    def n_lefts(self) -> int:
        return len(self.lefts)

    @property
    def n_rights(self) -> int:
        return len(self.rights)

    @property
    def subtree(self) -> tuple["TokenView", ...]:
        """The token and its descendants in spaCy's order (each word's left subtrees, the word, its right ones)."""
        found = self._subtree
        if found is None:  # an explicit stack: a pathological parse may nest deeper than Python's recursion limit
            out: list[TokenView] = []
            stack: list[tuple[TokenView, bool]] = [(self, False)]
            while stack:
                t, ready = stack.pop()
                if ready:
                    out.append(t)
                    continue
                stack += [(r, False) for r in reversed(t.rights)]
                stack.append((t, True))
                stack += [(c, False) for c in reversed(t.lefts)]
            found = self._subtree = tuple(out)
        return found

    @property
    def left_edge(self) -> "TokenView":
        return self.subtree[0]

    @property
    def right_edge(self) -> "TokenView":
        return self.subtree[-1]

    @property
    def conjuncts(self) -> tuple["TokenView", ...]:
        """Coordinated tokens, not the token itself (spaCy's walk: up the ``conj`` arcs, then down the right ones)."""
        start = self
        while start.head is not start and start.dep_ == "conj":
            start = start.head
        queue = [start]
        output = [start]
        for word in queue:
            for child in word.rights:
                if child.dep_ == "conj":
                    output.append(child)
                    queue.append(child)
        return tuple(w for w in output if w is not self)

    @property
    def sent(self) -> "SpanView":
        """The sentence holding the token."""
        return self.doc.sentence_of(self.i)

    @property
    def is_sent_start(self) -> bool | None:
        return self.doc.spacy_doc[self.i].is_sent_start

    def nbor(self, i: int = 1) -> "TokenView":
        """The token ``i`` places away (IndexError past either end, as spaCy)."""
        j = self.i + i
        n = len(self.doc)
        if j < 0 or j >= n:
            raise IndexError(f"[E042] Index {j} out of range for doc of {n} tokens")
        return self.doc[j]

    def __getattr__(self, name: str) -> Any:
        if name in _LAZY:
            self.doc.fill(name)
            return object.__getattribute__(self, name)
        if name.startswith("_"):
            raise AttributeError(name)
        return self.doc.mapped(getattr(self.doc.spacy_doc[self.i], name))


_SET_HEAD = TokenView.head.__set__  # type: ignore[attr-defined]
_SET_SUBTREE = TokenView._subtree.__set__  # type: ignore[attr-defined]


class SpanView:
    """Tokens ``[start, end)`` of a :class:`DocView`: spaCy's ``Span`` interface over the view's tokens."""

    __slots__ = ("doc", "start", "end", "label_", "_root", "__weakref__")

    def __init__(self, doc: "DocView", start: int, end: int, label_: str = ""):
        self.doc, self.start, self.end, self.label_ = doc, start, end, label_
        self._root: TokenView | None = None

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.doc.span_tokens(self.start, self.end))

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self))
            return SpanView(self.doc, self.start + start, self.start + max(start, stop))
        n = len(self)
        if key < -n or key >= n:
            raise IndexError(f"[E1002] Span index {key} out of range for span of {n} tokens")
        return self.doc[self.start + key % n]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SpanView) and other.doc is self.doc and other.start == self.start \
            and other.end == self.end and other.label_ == self.label_

    def __hash__(self) -> int:
        return hash((self.doc, self.start, self.end, self.label_))

    def __repr__(self) -> str:
        return self.text

    @property
    def tokens(self) -> list[TokenView]:
        """The span's tokens as a list (a slice of the view's)."""
        return self.doc.span_tokens(self.start, self.end)

    @property
    def start_char(self) -> int:
        return self.doc._idx[self.start] if self.end > self.start else 0

    @property
    def end_char(self) -> int:
        if self.end <= self.start:
            return self.start_char
        return self.doc.token_end(self.end - 1)

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char:self.end_char]

    @property
    def root(self) -> TokenView:
        """spaCy's ``Span.root``: a sentence root inside the span, else the first of the words with fewest steps
        to the root among those whose head lies outside the span."""
        root = self._root
        if root is None:
            root = self._root = self.doc[self.doc.root_index(self.start, self.end)]
        return root

    @property
    def sent(self) -> "SpanView":
        return self.doc.mapped(self.doc.spacy_doc[self.start:self.end].sent)

    @property
    def ents(self) -> list["SpanView"]:
        return [e for e in self.doc.ents if self.start <= e.start and e.end <= self.end]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return self.doc.mapped(getattr(self.doc.spacy_doc[self.start:self.end], name))


class DocView:
    """A spaCy Doc's tokens as :class:`TokenView` objects; spaCy's ``Doc`` interface over them.

    The Doc's columns are read at once (C loops), but the token objects are made a block at a time, on the first
    read of a token of the block: a block is a run of tokens no dependency arc leaves (in a parsed Doc, one
    sentence), so every head, child and subtree of its tokens lies in it. The events stage reads only the sentences
    that mention an actor, so the others' tokens are never made (s25speedE: building every token was ~15 % of the
    stage's CPU).
    """

    def __init__(self, doc: Any):
        self._doc = weakref.ref(doc)
        n = len(doc)
        self._strings = doc.vocab.strings
        array = doc.to_array(["SPACY", "IDX", "LENGTH", "HEAD"]) if n else None
        self._spaces, self._idx, self._len = array[:, :-1].T.tolist() if n else ([], [], [])
        from chronicler.nlp.memo import known_strings, token_strings  # (the memo module imports this one)

        # The string columns, whole, from the Doc's memo (an earlier stage read most of them; the stage's readers
        # ask for the lemmas too): a block's strings are slices of them.
        self._columns = [token_strings(doc, attr) for attr in _STRINGS]
        self._known = known_strings(doc)
        if n:
            # HEAD is the offset to the head (unsigned in the array): read as signed, plus the token's own index
            offsets = array[:, -1].view("int64")
            own = numpy.arange(n)
            heads = offsets + own
            # a block ends before token k when no arc spans k-1 and k (an arc covers [min, max) of its ends)
            lo, hi = numpy.minimum(own, heads), numpy.maximum(own, heads)
            cover = numpy.cumsum(numpy.bincount(lo + 1, minlength=n + 1) - numpy.bincount(hi + 1, minlength=n + 1))
            starts = numpy.flatnonzero(cover[:n] == 0)  # cover[0] is 0: token 0 starts the first block
            self._heads = heads.tolist()
            self._block_of = (numpy.cumsum(cover[:n] == 0) - 1).tolist()
            self._bounds = list(zip(starts.tolist(), starts[1:].tolist() + [n]))
        else:
            self._heads, self._block_of, self._bounds = [], [], []
        self._built = bytearray(len(self._bounds))
        self._tokens: list[TokenView | None] = [None] * n
        self._filled: dict[str, list[Any]] = {}  # lazy columns asked for so far (whole Doc), by attribute
        self._starts: list[int] | None = None
        self._sents: tuple[SpanView, ...] | None = None
        self._ents: tuple[SpanView, ...] | None = None
        self._text: str | None = None
        #: Answers readers keep for the view's lifetime (one document's read: the parse and the tables they read
        #: stay as they are), by a key of their own that starts with the reader's name; emptied by ``release``.
        self.answers: dict[Any, Any] = {}

    def _build(self, block: int) -> None:
        """Make the token objects of block ``block`` (its heads, children and any lazy column read so far)."""
        a, b = self._bounds[block]
        self._built[block] = 1
        text = [col[a:b] for col in self._columns]
        spaces = list(map(_WHITESPACE.__getitem__, self._spaces[a:b]))
        toks = list(map(TokenView, repeat(self, b - a), range(a, b), self._idx[a:b], spaces, *text))
        every = self._tokens
        every[a:b] = toks
        kids: dict[int, list[TokenView]] = {}
        for t, h in zip(toks, self._heads[a:b]):
            t.head = every[h]
            if h != t.i:
                kids.setdefault(h, []).append(t)
        for h, under in kids.items():
            t = every[h]
            t.children = tuple(under)  # in index order, as spaCy's lefts then rights
            k = bisect_right(under, h, key=_INDEX)  # (no child has the head's own index)
            t.lefts = tuple(under[:k])
            t.rights = tuple(under[k:])
        for name, values in self._filled.items():
            list(map(getattr(TokenView, name).__set__, toks, values[a:b]))

    def _ensure(self, start: int, end: int) -> None:
        """Make the tokens ``[start, end)`` (their blocks) if not made yet."""
        if start < end:
            built, block_of = self._built, self._block_of
            for block in range(block_of[start], block_of[end - 1] + 1):
                if not built[block]:
                    self._build(block)

    @property
    def tokens(self) -> list[TokenView]:
        """Every token of the view (all made)."""
        self._ensure(0, len(self._tokens))
        return self._tokens  # type: ignore[return-value]

    def span_tokens(self, start: int, end: int) -> list[TokenView]:
        """Tokens ``[start, end)`` as a list."""
        self._ensure(start, end)
        return self._tokens[start:end]  # type: ignore[return-value]

    def head_index(self, i: int) -> int:
        """The index of token ``i``'s head (no token object made)."""
        return self._heads[i]

    def token_end(self, i: int) -> int:
        """The character offset after token ``i``'s text."""
        return self._idx[i] + self._len[i]

    def fill(self, name: str) -> None:
        """Set attribute ``name`` (one of :data:`_LAZY`) on every token, from one column of the Doc (tokens made
        later get it when made)."""
        attr, kind = _LAZY[name]
        if not self._tokens or name in self._filled:
            return
        if kind == "str" and attr in self._known:
            values = self._known[attr]
        elif kind == "str":
            values = _strings_of(self.spacy_doc.to_array(attr).tolist(), self._strings)
        elif kind == "iob":
            values = [_IOB[v] for v in self.spacy_doc.to_array(attr).tolist()]
        else:
            values = [v != 0 for v in self.spacy_doc.to_array(attr).tolist()]
        self._filled[name] = values
        setter = getattr(TokenView, name).__set__
        for block, (a, b) in enumerate(self._bounds):
            if self._built[block]:
                list(map(setter, self._tokens[a:b], values[a:b]))  # the slot's setter, in one C loop

    def release(self) -> None:
        """Take the view apart (drop the links between its tokens); it must not be read afterwards."""
        # No token left pointing back up: what remains is a tree, freed by refcounting (the slots' setters, C loops).
        made = [t for t in self._tokens if t is not None]
        list(map(_SET_HEAD, made, repeat(None)))
        list(map(_SET_SUBTREE, made, repeat(None)))
        self._tokens = []
        self._built = bytearray(len(self._bounds))
        self._idx, self._len, self._block_of = [], [], []
        self._sents = self._ents = None
        self.answers = {}

    @property
    def spacy_doc(self) -> Any:
        """The spaCy Doc this view reads."""
        doc = self._doc()
        if doc is None:
            raise ReferenceError("the spaCy Doc of this parse view is gone")
        return doc

    def __len__(self) -> int:
        return len(self._tokens)

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.tokens)

    def __getitem__(self, key: int | slice) -> Any:
        if key.__class__ is int:
            tok = self._tokens[key]
            if tok is None:
                i = key % len(self._tokens)
                self._ensure(i, i + 1)
                tok = self._tokens[i]
            return tok
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self._tokens))
            return SpanView(self, start, max(start, stop))
        return self[index(key)]

    @property
    def text(self) -> str:
        if self._text is None:
            from chronicler.nlp.memo import seeded_text  # (the memo module imports this one)

            self._text = seeded_text(self.spacy_doc) or self.spacy_doc.text
        return self._text

    @property
    def vocab(self) -> Any:
        return self.spacy_doc.vocab

    def to_array(self, attrs: Any) -> Any:
        """spaCy's ``Doc.to_array``."""
        return self.spacy_doc.to_array(attrs)

    @property
    def sents(self) -> Iterator[SpanView]:
        if self._sents is None:
            self._sents = tuple(SpanView(self, s.start, s.end) for s in self.spacy_doc.sents)
        return iter(self._sents)

    def sentence_of(self, i: int) -> SpanView:
        """The sentence holding token ``i``."""
        if self._starts is None:
            list(self.sents)
            self._starts = [s.start for s in self._sents or ()]
        return self._sents[bisect_right(self._starts, i) - 1]  # type: ignore[index]

    @property
    def ents(self) -> tuple[SpanView, ...]:
        if self._ents is None:
            self._ents = tuple(SpanView(self, e.start, e.end, e.label_) for e in self.spacy_doc.ents)
        return self._ents

    def char_span(self, start_idx: int, end_idx: int, label: str = "", alignment_mode: str = "strict",
                  **_: Any) -> SpanView | None:
        """spaCy's ``Doc.char_span`` (same alignment modes and token lookup), as a span of the view."""
        idx = self._idx  # (the columns: no token object is made)
        start = self._token_at(start_idx)
        if start < 0 or (alignment_mode == "strict" and start_idx != idx[start]):
            return None
        end = self._token_at(end_idx - 1)
        if end < 0 or (alignment_mode == "strict" and end_idx != self.token_end(end)):
            return None
        if alignment_mode == "contract":
            if idx[start] < start_idx:
                start += 1
            if end_idx < self.token_end(end):
                end -= 1
            if end < start:
                return None
        elif alignment_mode == "expand":
            if start_idx == self.token_end(start):
                start += 1
        elif alignment_mode != "strict":
            raise ValueError(f"alignment_mode must be strict, contract or expand, not {alignment_mode!r}")
        if start > end + 1:  # spaCy's Span refuses it: let spaCy say so
            self.spacy_doc.char_span(start_idx, end_idx, alignment_mode=alignment_mode)
        return SpanView(self, start, end + 1, label)

    def _token_at(self, char: int) -> int:
        """spaCy's ``token_by_char``: the token whose text or trailing space holds character ``char``, or -1."""
        k = bisect_right(self._idx, char) - 1
        if k < 0:
            return -1
        return k if char < self._idx[k] + self._len[k] + self._spaces[k] else -1

    def root_index(self, start: int, end: int) -> int:
        """The index of spaCy's ``Span.root`` of tokens ``[start, end)``."""
        heads = self._heads
        for i in range(start, end):
            if heads[i] == i:
                return i
        best, root = len(heads), -1
        for i in range(start, end):
            if start <= heads[i] < end:
                continue
            steps, j = 0, i
            if not self[i].children and (self.spacy_doc[i].is_punct or self.spacy_doc[i].is_space):
                steps = len(heads) - 1  # spaCy counts a childless punctuation or space token as far as can be
            else:
                while heads[j] != j and steps < len(heads):  # spaCy's _count_words_to_root
                    j = heads[j]
                    steps += 1
            if steps < best:
                best, root = steps, i
        return start if root == -1 else root

    def mapped(self, value: Any) -> Any:
        """``value`` (an answer of spaCy's) with spaCy tokens and spans replaced by the view's."""
        from spacy.tokens import Span, Token

        if isinstance(value, Token):
            return self[value.i] if value.doc is self.spacy_doc else value
        if isinstance(value, Span):
            return SpanView(self, value.start, value.end, value.label_) if value.doc is self.spacy_doc else value
        if isinstance(value, (tuple, list)):
            return type(value)(self.mapped(v) for v in value)
        if hasattr(value, "__next__"):
            return (self.mapped(v) for v in value)
        return value
