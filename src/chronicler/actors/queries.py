"""Read-side API for one actor: who they are, the roles they held over time, the documents naming them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from chronicler.actors import kbview
from chronicler.model import Actor, from_dict
from chronicler.store.db import DEFAULT_DB, Store, open_store


def find_actors(st: Store, query: str) -> list[Actor]:
    """Stored actors whose id, name or an alias matches ``query`` (exact id first, then case-insensitive text)."""
    rows = st.query("SELECT data FROM actors WHERE id = ?", [query])
    if not rows:
        like = f"%{query.lower()}%"
        rows = st.query(
            "SELECT data FROM actors WHERE lower(name) LIKE ? OR lower(aliases) LIKE ? OR lower(kb_id) = lower(?) "
            "ORDER BY (lower(name) LIKE ?) DESC, kind = 'person' DESC, name", [like, like, query, like])
    return [from_dict(Actor, json.loads(r[0])) for r in rows]


def actor_profile(db: str | Path = DEFAULT_DB, query: str = "", *, store: Store | None = None) -> list[dict[str, Any]]:
    """Every stored actor matching ``query`` with its KB terms, the roles documents give it and those documents.

    Each item keeps the ``actors`` listing fields (``id, name, country, sector, role, aliases, kind, mentions``)
    and adds ``terms`` (office-holder KB: ``role, title, country, start, end``), ``roles_seen`` (``role,
    document, published``) and ``documents`` (``id, title, source, published, mentions``), oldest first.
    """
    st = store if store is not None else open_store(db, read_only=True)
    try:
        out = []
        for a in find_actors(st, query):
            docs = st.query(
                "SELECT d.id, d.title, d.source, d.published_best, d.published_earliest, count(*) "
                "FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.actor_id = ? "
                "GROUP BY ALL ORDER BY d.published_best NULLS LAST, d.published_earliest NULLS LAST, d.source", [a.id])
            seen = st.query(
                "SELECT DISTINCT m.role, d.id, d.published_best FROM mentions m JOIN documents d ON d.id = m.document_id "
                "WHERE m.actor_id = ? AND m.role IS NOT NULL ORDER BY d.published_best NULLS LAST, m.role", [a.id])
            terms = [t for t in kbview.terms_for_name(a.name) if a.kb_id and t.person_id == a.kb_id]
            out.append({
                "id": a.id, "name": a.name, "country": a.country, "sector": a.sector, "role": a.role,
                "aliases": list(a.aliases), "kind": a.kind, "mentions": sum(r[5] for r in docs),
                "kb_id": a.kb_id, "confidence": a.confidence,
                "terms": [{"role": t.role, "office": t.office, "country": t.country, "sector": t.sector,
                           "start": t.period("start"), "end": t.period("end"),
                           "start_precision": t.start_precision, "end_precision": t.end_precision} for t in terms],
                "roles_seen": [{"role": r[0], "document": r[1], "published": r[2].isoformat() if r[2] else None}
                               for r in seen],
                "documents": [{"id": r[0], "title": r[1], "source": r[2],
                               "published": (r[3] or r[4]).isoformat() if (r[3] or r[4]) else None, "mentions": r[5]}
                              for r in docs],
            })
        return out
    finally:
        if store is None:
            st.close()
