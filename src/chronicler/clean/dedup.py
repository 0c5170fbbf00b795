"""Near-duplicate wire copies: MinHash signatures over word shingles, LSH lookup, a canonical per cluster.

Every copy stays stored (provenance) and counts as a source; a copy only gets ``duplicate_of`` = the id of its
cluster's canonical document (the first one stored). Signatures are kept in the store (``doc_signatures``,
migration 2), so copies are found across ingest runs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from chronicler.model import Document, Span

NUM_PERM = 128
SHINGLE = 5
#: Estimated Jaccard similarity of shingle sets above which two reports are copies of one story. On the example
#: corpus (eval/cleaning.py) rewritten wire copies score 0.66-0.94 and unrelated reports at most 0.05; at 0.6 the
#: LSH banding missed the two pairs nearest the threshold.
THRESHOLD = 0.5
# Stored signatures record the hashing scheme of this datasketch version (values are not comparable across schemes).
_PROBE = MinHash(num_perm=NUM_PERM, seed=1)
_SCHEME = getattr(_PROBE, "scheme", "legacy")
_DTYPE = _PROBE.hashvalues.dtype
# Drawing the permutations costs ~170 us per MinHash (more than hashing a short body): draw them once.
_PERMS = _PROBE.permutations
# Matching only: typographic quotes and dashes map to ASCII one character for one character.
_MATCH_MAP = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
                            "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "\u00a0": " "})


def normalize_for_matching(text: str) -> str:
    """``text`` with quotes and dashes made ASCII, 1:1 per character (same length, same offsets)."""
    return text.translate(_MATCH_MAP)


def signature(document: Document) -> MinHash:
    """The MinHash of the document body's word shingles (case, quotes and dashes ignored)."""
    words = re.findall(r"\w+", normalize_for_matching(document.body).casefold())
    m = MinHash(num_perm=NUM_PERM, seed=1, permutations=_PERMS, scheme=_SCHEME)
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m.update_batch([s.encode("utf-8") for s in shingles if s])
    return m


def from_bytes(stored: bytes) -> MinHash:
    """A signature from its stored bytes (``doc_signatures.signature``)."""
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=np.frombuffer(stored, dtype=_DTYPE), permutations=_PERMS,
                   scheme=_SCHEME)


def to_bytes(m: MinHash) -> bytes:
    """The bytes a signature is stored as."""
    return m.hashvalues.astype(_DTYPE).tobytes()


@dataclass(frozen=True)
class Signed:
    """A signature computed by an earlier stage, with the body spans it was computed from (reused while equal)."""

    body_spans: tuple[Span, ...]
    minhash: MinHash


def signed(document: Document, minhash: MinHash) -> Signed:
    """``minhash`` tied to the body it was computed from."""
    return Signed(document.body_spans, minhash)


def reuse(document: Document, known: Signed | None) -> MinHash:
    """The document's signature: ``known`` when it was computed from the same body, else computed now."""
    return known.minhash if known is not None and known.body_spans == document.body_spans else signature(document)


class Deduper:
    """An LSH index over stored signatures; :meth:`assign` marks the copies in a batch and indexes it."""

    def __init__(self, store: Any = None, threshold: float = THRESHOLD):
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.threshold = threshold
        self.canonical: dict[str, str] = {}
        self.signatures: dict[str, MinHash] = {}
        self.store = store
        if store is not None:
            for doc_id, sig, canonical in store.query("SELECT document_id, signature, canonical FROM doc_signatures"):
                self._index(doc_id, from_bytes(sig), canonical or doc_id)

    def _index(self, doc_id: str, m: MinHash, canonical: str) -> None:
        if doc_id not in self.canonical:
            self.lsh.insert(doc_id, m)
            self.canonical[doc_id] = canonical
            self.signatures[doc_id] = m

    def assign(self, documents: Sequence[Document], known: Mapping[str, Signed] | None = None) -> list[Document]:
        """The documents with ``duplicate_of`` set for copies of already seen ones; all are indexed and stored.

        ``known``: signatures an earlier stage computed (by document id; the dating stage's), reused when their
        body is the document's.
        """
        known = known or {}
        out: list[Document] = []
        rows = []
        for doc in documents:
            if len(doc.body.split()) < 25:  # too short to tell a copy from a common phrase
                out.append(doc)
                continue
            m = reuse(doc, known.get(doc.id))
            # LSH candidates are checked against the estimated similarity (banding lets some lower pairs through).
            matches = [k for k in self.lsh.query(m)
                       if k != doc.id and m.jaccard(self.signatures[k]) >= self.threshold]
            canonical = min((self.canonical[k] for k in matches), default=None)
            if canonical is not None and doc.duplicate_of is None:
                doc = replace(doc, duplicate_of=canonical)
            self._index(doc.id, m, doc.duplicate_of or doc.id)
            rows.append([doc.id, to_bytes(m), doc.duplicate_of or doc.id])
            out.append(doc)
        if self.store is not None and rows:
            self.store.con.executemany("INSERT INTO doc_signatures VALUES (?, ?, ?) ON CONFLICT DO NOTHING", rows)
        return out
