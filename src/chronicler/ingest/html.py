"""Main text and metadata of an HTML news page (trafilatura for the text, meta tags for title and date)."""

from __future__ import annotations

import re
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


_SUFFIX = re.compile(r"^(?P<title>.+?)\s+(?:\||-|–|—|::|·)\s+(?P<site>[^|–—]{2,60})$")


def split_title(title: str, site: str | None = None) -> tuple[str, str | None]:
    """A page title without its site suffix ("Story | The Capital Dispatch" → ("Story", "The Capital Dispatch")).

    With ``site`` (og:site_name) only that suffix is cut; without, a suffix of at most five capitalised words is.
    """
    m = _SUFFIX.match(title)
    if not m:
        return title, None
    suffix = m.group("site").strip()
    if site is not None:
        return (m.group("title").strip(), suffix) if suffix.casefold() == site.casefold() else (title, None)
    words = suffix.split()
    if len(words) <= 5 and all(w[:1].isupper() or w.lower() in {"of", "the", "and", "&"} for w in words):
        return m.group("title").strip(), suffix
    return title, None


def extract_html(html: str) -> ExtractedPage | None:
    """Main text (paragraphs separated by blank lines) plus ``title``/``outlet``/``published``/``url`` when given.

    The outlet is the page's ``og:site_name`` or the suffix of its ``<title>`` ("Story | Outlet"), which is cut
    from the title.
    """
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
        for el in tree.iter("meta"):
            if (el.get("property") or el.get("name") or "").lower() in {"og:site_name", "application-name"} \
                    and (el.get("content") or "").strip():
                meta.setdefault("outlet", " ".join(el.get("content").split()))
        title = tree.findtext(".//title")
        if title and title.strip():
            meta["title"], outlet = split_title(" ".join(title.split()), meta.get("outlet"))
            if outlet:
                meta.setdefault("outlet", outlet)
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
