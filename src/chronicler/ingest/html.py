"""Main text and metadata of an HTML news page (trafilatura for the text, meta tags for title and date)."""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.html
import trafilatura

# Meta tags that carry a page's publication time, most specific first.
_DATE_META = (
    ("property", "article:published_time"),
    ("property", "og:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "date"),
    ("name", "dc.date"),
    ("name", "DC.date.issued"),
)
_URL_META = (("property", "og:url"), ("rel", "canonical"))
# Fewer words than this is a menu or a stub, not an article.
MIN_WORDS = 12


@dataclass(frozen=True)
class ExtractedPage:
    """The main text of a page and the metadata found in its head."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)


def extract_html(html: str) -> ExtractedPage | None:
    """Main text (paragraphs separated by blank lines) plus ``title``/``published``/``url`` when the page gives them."""
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    except Exception:  # noqa: BLE001 - trafilatura raises many kinds on broken markup; the caller reports it
        text = None
    if not text or len(text.split()) < MIN_WORDS:
        return None
    meta: dict[str, str] = {}
    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - metadata is optional; the text above is what matters
        tree = None
    if tree is not None:
        title = tree.findtext(".//title")
        if title and title.strip():
            meta["title"] = " ".join(title.split())
        for attr, key in _DATE_META:
            for el in tree.iter("meta"):
                if (el.get(attr) or "").lower() == key.lower() and el.get("content"):
                    meta.setdefault("published", el.get("content").strip())
        for el in tree.iter("time"):
            if el.get("datetime") and "pubdate" in el.attrib:
                meta.setdefault("published", el.get("datetime").strip())
        for attr, key in _URL_META:
            for el in tree.iter("meta", "link"):
                if (el.get(attr) or "").lower() == key and (el.get("content") or el.get("href")):
                    meta.setdefault("url", (el.get("content") or el.get("href")).strip())
    return ExtractedPage("\n\n".join(p.strip() for p in text.split("\n") if p.strip()), meta)
