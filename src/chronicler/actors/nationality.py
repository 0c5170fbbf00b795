"""A KB office holder's own state (data/nationalities.csv): the state an official of an international body acts
for outside their terms there (issue 6, session 21).

The office-holder KB lists offices, not citizenship, so "Ban Ki-moon" in a 2018 report from Seoul has only his
UN and foreign-ministry terms to go by; a former head of the UN, NATO, the EU or the IAEA is coded with his own
state once the international term has ended (:func:`kbview.country_on`).
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from pathlib import Path


@lru_cache(maxsize=1)
def own_states() -> dict[str, str]:
    """person_id -> own state (ISO alpha-3) of every row of data/nationalities.csv."""
    try:
        text = resources.files("chronicler").joinpath("data", "nationalities.csv").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        text = (Path(__file__).resolve().parent.parent / "data" / "nationalities.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO("\n".join(ln for ln in text.splitlines() if not ln.startswith("#"))))
    return {r["person_id"].strip(): r["country"].strip() for r in rows if r.get("person_id") and r.get("country")}


def own_state(person_ids: set[str]) -> str | None:
    """The own state of the one person ``person_ids`` name (None: several people, or not listed)."""
    if len(person_ids) != 1:
        return None
    return own_states().get(next(iter(person_ids)))
