"""Timeline17 as the evaluation scripts read it (imported by the samplers and scorers of the standoff golds; not
run by ``make eval``): the articles of a topic, and the split and drift check the event and TIMEX golds share.

Each gold keeps the hash it was written with: the event gold hashes whitespace-normalised sentences
(``_t17_sample.sentence_hash``), the actor golds use SHA-1 and their own split (``_t17_actor_sample``)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
T17 = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared")) / "eval" / "timeline17"


def topic_articles(topic: str, root: Path = T17) -> list[dict]:
    """A topic's articles ({id, time, text}), in file order."""
    path = root / topic / "articles.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def articles_by_key(topics, root: Path = T17) -> dict[tuple[str, str], dict]:
    """The articles of several topics by (topic, id as text)."""
    return {(topic, str(a["id"])): a for topic in sorted(topics) for a in topic_articles(topic, root)}


def third_part(topic: str, article_id: str) -> str:
    """``measure`` for about a third of the articles (first byte of md5("topic/id") divisible by 3), else
    ``tune``: stable by article, never by content."""
    return "measure" if hashlib.md5(f"{topic}/{article_id}".encode()).digest()[0] % 3 == 0 else "tune"


def md5_hash(text: str) -> str:
    """The 8-hex MD5 drift check of a text, as written."""
    return hashlib.md5(text.encode("utf-8")).hexdigest()[:8]
