"""Parsing and validating filter parameters (HTTP API and ``chronicler timeline``) into SQL ``WHERE`` parts
with bound parameters only.

Every user value ends up in the ``params`` list, never in the SQL text; the SQL text is built only from
constants chosen here. Bad values raise :class:`BadRequest`, which the app turns into a 400 envelope.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from chronicler.model import EVENT_STATUSES, PLOVER_TYPES

#: PLOVER event types by quad class (verbal/material × cooperation/conflict).
QUAD_CLASSES: dict[str, tuple[str, ...]] = {
    "verbal_cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "material_cooperation": ("COOPERATE", "AID", "RETREAT"),
    "verbal_conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST"),
    "material_conflict": ("SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}
QUAD_OF: dict[str, str] = {t: q for q, types in QUAD_CLASSES.items() for t in types}

MAX_FILTER_VALUES = 50
MAX_VALUE_CHARS = 200


class BadRequest(ValueError):
    """A request parameter is malformed; the message names the parameter and what was expected."""

    def __init__(self, message: str, param: str | None = None):
        super().__init__(message)
        self.param = param


def quad_class(event_type: str | None) -> str | None:
    """The PLOVER quad class of an event type, or None for an unknown type."""
    return QUAD_OF.get((event_type or "").upper())


def parse_date(value: str | None, param: str) -> date | None:
    """An ISO date ``YYYY-MM-DD`` (also ``YYYY-MM`` → first day, ``YYYY`` → 1 January); None when absent."""
    if value is None or value == "":
        return None
    v = value.strip()
    try:
        if len(v) == 4 and v.isdigit():
            return date(int(v), 1, 1)
        if len(v) == 7 and v[4] == "-":
            return date(int(v[:4]), int(v[5:]), 1)
        return date.fromisoformat(v)
    except ValueError:
        raise BadRequest(f"{param}={value[:40]!r}: expected a date as YYYY-MM-DD", param) from None


def clean_values(values: list[str] | None, param: str) -> list[str]:
    """Split comma-separated, repeated parameters into a bounded list of non-empty strings."""
    out: list[str] = []
    for raw in values or []:
        for v in raw.split(","):
            v = v.strip()
            if not v:
                continue
            if len(v) > MAX_VALUE_CHARS:
                raise BadRequest(f"{param}: value longer than {MAX_VALUE_CHARS} characters", param)
            out.append(v)
    if len(out) > MAX_FILTER_VALUES:
        raise BadRequest(f"{param}: at most {MAX_FILTER_VALUES} values", param)
    return out


@dataclass
class Filters:
    """The filters shared by events, timeline, graph and export."""

    actor: list[str] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    type: list[str] = field(default_factory=list)
    quad: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None
    min_mentions: int = 1

    @classmethod
    def parse(cls, *, actor: list[str] | None = None, country: list[str] | None = None,
              type: list[str] | None = None, quad: list[str] | None = None,  # noqa: A002 - API name
              status: list[str] | None = None, date_from: str | None = None, date_to: str | None = None,
              text: str | None = None, min_mentions: int = 1) -> "Filters":
        """Validated filters from raw query parameters (unknown types/statuses/quad classes are 400s)."""
        types = [t.upper() for t in clean_values(type, "type")]
        for t in types:
            if t not in PLOVER_TYPES:
                raise BadRequest(f"type={t[:40]!r}: not a PLOVER type ({', '.join(PLOVER_TYPES)})", "type")
        quads = [q.lower() for q in clean_values(quad, "quad")]
        for q in quads:
            if q not in QUAD_CLASSES:
                raise BadRequest(f"quad={q[:40]!r}: one of {', '.join(QUAD_CLASSES)}", "quad")
        statuses = [s.lower() for s in clean_values(status, "status")]
        for s in statuses:
            if s not in EVENT_STATUSES:
                raise BadRequest(f"status={s[:40]!r}: one of {', '.join(EVENT_STATUSES)}", "status")
        f, t_ = parse_date(date_from, "from"), parse_date(date_to, "to")
        if f and t_ and f > t_:
            raise BadRequest(f"from={f} is after to={t_}", "from")
        if text is not None and len(text) > MAX_VALUE_CHARS:
            raise BadRequest(f"text: longer than {MAX_VALUE_CHARS} characters", "text")
        if min_mentions < 1:
            raise BadRequest("min_mentions: at least 1", "min_mentions")
        return cls(clean_values(actor, "actor"), [c.upper() for c in clean_values(country, "country")], types,
                   quads, statuses, f, t_, (text or "").strip() or None, min_mentions)

    def words(self) -> list[str]:
        """The words of the free-text filter: each must occur (case-insensitive, as a substring)."""
        return (self.text or "").split()

    def where(self, *, text_sql: str | None, actor_ids: list[list[str]],
              country_ids: list[str] | None) -> tuple[list[str], list[Any]]:
        """SQL conditions over a relation with ``type, status, source_id, target_id, date_*`` columns.

        ``actor_ids`` holds one list of actor ids per actor condition (an event must match each, on either
        side) and ``country_ids`` the ids of the actors of the ``country`` values (None: no country
        condition); :func:`chronicler.api.queries.resolve_actors` computes both. ``text_sql`` is a constant SQL
        expression every word of the free-text filter must occur in (case-insensitive; None: no text test
        here, the caller adds its own). The date tests keep a form
        DuckDB can prune with its min/max zone maps.
        """
        where: list[str] = []
        params: list[Any] = []
        for ids in actor_ids + ([country_ids] if country_ids is not None else []):
            cond, p = side_condition("source_id", ids)
            cond2, p2 = side_condition("target_id", ids)
            where.append(f"({cond} OR {cond2})")
            params += p + p2
        types = list(self.type)
        if self.quad:
            quad_types = [t for q in self.quad for t in QUAD_CLASSES[q]]
            types = [t for t in types if t in quad_types] if types else quad_types
            if not types:
                where.append("FALSE")
        if types:
            where.append("list_contains(?, type)")
            params.append(types)
        if self.status:
            where.append("list_contains(?, status)")
            params.append(self.status)
        if self.date_from is not None:
            # the interval ends on/after the start of the range (without a latest day: its best or earliest day does)
            where.append("(date_latest >= ? OR (date_latest IS NULL AND coalesce(date_best, date_earliest) >= ?))")
            params += [self.date_from, self.date_from]
        if self.date_to is not None:
            where.append("(date_earliest <= ? OR (date_earliest IS NULL AND coalesce(date_best, date_latest) <= ?))")
            params += [self.date_to, self.date_to]
        if text_sql:
            for word in self.words():
                where.append(f"contains(lower({text_sql}), lower(?))")
                params.append(word)
        return where, params


def side_condition(column: str, ids: list[str]) -> tuple[str, list[Any]]:
    """``column`` is one of ``ids``: a plain equality for one id (DuckDB pushes it into the scan)."""
    if len(ids) == 1:
        return f"{column} = ?", [ids[0]]
    return f"list_contains(?, {column})", [list(ids)]


# ------------------------------------------------------------------------------------------- cursors

def encode_cursor(key_date: date | None, key_id: str) -> str:
    """An opaque cursor for keyset pagination on ``(date_best NULLS LAST, id)``."""
    raw = json.dumps([key_date.isoformat() if key_date else None, key_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> tuple[date | None, str] | None:
    """The key a cursor encodes; a malformed cursor is a 400."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        d, i = json.loads(raw)
        if not isinstance(i, str) or not (d is None or isinstance(d, str)):
            raise ValueError
        return (date.fromisoformat(d) if d else None), i
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise BadRequest("cursor: malformed; pass the next_cursor of a previous page", "cursor") from None


def encode_key(values: list[date | None | str]) -> str:
    """An opaque cursor for keyset pagination on several columns (dates or None, then a string id)."""
    raw = json.dumps([v.isoformat() if isinstance(v, date) else v for v in values], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_key(cursor: str | None, n: int) -> list[date | None | str] | None:
    """The ``n`` key values an :func:`encode_key` cursor holds (``n - 1`` dates or None, then an id)."""
    if not cursor:
        return None
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(raw, list) or len(raw) != n or not isinstance(raw[-1], str):
            raise ValueError
        if not all(v is None or isinstance(v, str) for v in raw[:-1]):
            raise ValueError
        return [date.fromisoformat(v) if v else None for v in raw[:-1]] + [raw[-1]]
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise BadRequest("cursor: malformed; pass the next_cursor of a previous page", "cursor") from None


def keyset_after(key: list[Any] | None, columns: list[str]) -> tuple[list[str], list[Any]]:
    """The condition selecting rows after ``key`` in ``ORDER BY c1 NULLS LAST, ..., id`` (the last column is a
    non-null id; the others may be NULL)."""
    if key is None:
        return [], []
    ors, params = [], []
    for i, col in enumerate(columns):
        eq = [f"{c} IS NOT DISTINCT FROM ?" for c in columns[:i]]
        if i == len(columns) - 1:
            after = f"{col} > ?"
        elif key[i] is None:
            continue  # nothing sorts after NULL in this column
        else:
            after = f"({col} > ? OR {col} IS NULL)"
        ors.append("(" + " AND ".join(eq + [after]) + ")")
        params += list(key[:i]) + [key[i]]
    return ["(" + " OR ".join(ors) + ")"], params


def keyset(cursor: tuple[date | None, str] | None, date_col: str, id_col: str) -> tuple[list[str], list[Any]]:
    """The condition selecting rows after ``cursor`` in ``ORDER BY date_col NULLS LAST, id_col``."""
    if cursor is None:
        return [], []
    d, i = cursor
    if d is None:
        return [f"({date_col} IS NULL AND {id_col} > ?)"], [i]
    return [f"({date_col} > ? OR ({date_col} = ? AND {id_col} > ?) OR {date_col} IS NULL)"], [d, d, i]
