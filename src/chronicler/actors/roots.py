"""The root token and the text of a token range of a Doc, without a spaCy Span.

spaCy finds a span's root by slicing the Doc (a Python ``normalize_slice`` and a new Span) and walking the span's
tokens on every ``doc[s:e].root``; the actors stage asks for the root of the same component ranges in a score of
readers (grouping, coding, conventions, coreference). The index is memoized per Doc (``nlp.memo``).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc

from chronicler.nlp.memo import doc_memo, doc_text


def span_root(sdoc: Any, start: int, end: int) -> Any:
    """``sdoc[start:end].root``: the same token, its index memoized per Doc and range."""
    roots = doc_memo(sdoc, "span_root")
    i = roots.get((start, end))
    if i is None:
        i = roots[(start, end)] = sdoc[start:end].root.i
    return sdoc[i]


def span_chars(sdoc: Any, start: int, end: int) -> tuple[str, int, int]:
    """``(span.text, span.start_char, span.end_char)`` of ``span = sdoc[start:end]``, read off the Doc's text and
    its tokens' offsets (once per Doc) instead of a new Span joining its tokens' texts. A Doc's text is its
    tokens' texts each followed by its one trailing space or none, so a range's text is the slice from its first
    token's offset to its last token's end."""
    if start >= end or sdoc.__class__ is not Doc:
        span = sdoc[start:end]
        return span.text, span.start_char, span.end_char
    memo = doc_memo(sdoc, "char_offsets")
    offsets = memo.get("offsets")
    if offsets is None:
        columns = sdoc.to_array(["IDX", "LENGTH"])
        offsets = memo["offsets"] = (columns[:, 0].tolist(), (columns[:, 0] + columns[:, 1]).tolist())
    a, b = offsets[0][start], offsets[1][end - 1]
    return doc_text(sdoc)[a:b], a, b


def span_text(sdoc: Any, start: int, end: int) -> str:
    """``sdoc[start:end].text`` (see :func:`span_chars`)."""
    return span_chars(sdoc, start, end)[0]


def sentence_starts(sdoc: Any) -> tuple[int, ...]:
    """``tuple(s.start for s in sdoc.sents)``, once per Doc: a score of readers ask for their sentence's bounds,
    each ``Token.sent`` walking the tokens to both ends anew and each ``Doc.sents`` making every sentence's Span."""
    memo = doc_memo(sdoc, "sentences")
    starts = memo.get("starts")
    if starts is None:
        starts = memo["starts"] = tuple(s.start for s in sdoc.sents)
    return starts


def sentence_range(sdoc: Any, i: int) -> tuple[int, int]:
    """``(sdoc[i].sent.start, sdoc[i].sent.end)``: the sentences of ``Doc.sents`` lie end to end from the first
    token to the last, so the sentence of token ``i`` ends where the next begins."""
    starts = sentence_starts(sdoc)
    k = bisect_right(starts, i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(sdoc)
