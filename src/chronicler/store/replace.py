"""Replace one stored report by a new analysis of it (its row, sentences, mentions, timexes and events).

Used when a report's publication date changes after it was stored (a dated wire copy arrives later: session 19),
so the annotations anchored to the date are redone. The clusters its old events were in are dissolved: their other
members are unclustered and returned with the new events, for the caller to merge again (the merge module's
incremental entry), so no event is lost or counted twice.
"""

from __future__ import annotations

from chronicler.pipeline import AnnotatedDocument
from chronicler.store.db import Store

_ANNOTATIONS = ("events", "sentences", "mentions", "timexes")


def replace_document(store: Store, a: AnnotatedDocument) -> list[str]:
    """Replace the stored report ``a.document.id`` by ``a`` (run id kept), inside the caller's transaction.

    Returns the event ids to merge: the report's new events and the other members of the dissolved clusters.
    """
    doc_id = a.document.id
    (run_id,) = store.query("SELECT run_id FROM documents WHERE id = ?", [doc_id])[0]
    clusters = [r[0] for r in store.query(
        "SELECT DISTINCT cluster_id FROM events WHERE document_id = ? AND cluster_id IS NOT NULL", [doc_id])]
    others = [r[0] for r in store.query(
        "SELECT id FROM events WHERE cluster_id IN (SELECT unnest(?)) AND document_id <> ?", [clusters, doc_id])]
    if clusters:
        store.con.execute("DELETE FROM clusters WHERE id IN (SELECT unnest(?))", [clusters])
        store.con.execute("DELETE FROM cluster_state WHERE cluster_id IN (SELECT unnest(?))", [clusters])
    if others:
        store.con.execute("UPDATE events SET cluster_id = NULL WHERE id IN (SELECT unnest(?))", [others])
    for table in _ANNOTATIONS:
        store.con.execute(f"DELETE FROM {table} WHERE document_id = ?", [doc_id])
    store.con.execute("DELETE FROM documents WHERE id = ?", [doc_id])
    store._insert(a, run_id)
    return [e.id for e in a.events] + others
