"""Synthetic events for tests and the merge benchmark: several reports of each of many underlying events."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from chronicler.model import PLOVER_TYPES, Actor, DateInterval, Event, Provenance

_COUNTRIES = ("USA", "JPN", "CHN", "KOR", "RUS", "GBR", "FRA", "DEU", "IND", "BRA", "AUS", "PRK", "TWN", "PHL",
              "VNM", "IDN", "CAN", "MEX", "TUR", "IRN", "ISR", "EGY", "ZAF", "NGA", "PAK", "UKR", "POL", "ITA")
_VOCAB = ("troops base relocation summit treaty minister talks agreement island fishing vessel captain navy "
          "missile launch sanctions protest rally election mayor carrier nuclear port aid earthquake loan "
          "trade tariff border ceasefire refugees embassy ambassador statement defence budget exercise drill "
          "coast guard collision arrest release court ruling airport runway helicopter accident").split()


def country(code: str) -> Actor:
    """The country actor of an ISO code."""
    return Actor(f"country:{code}", code, "country", code)


def synthetic_events(n_events: int, reports_per_event: int = 3, seed: int = 0,
                     start: date = date(2000, 1, 1)) -> Iterator[tuple[Event, int]]:
    """Yield ``(event, truth)`` pairs: about ``n_events`` reports, ``truth`` the id of the real event reported.

    Real events are laid out in time order; each is reported 1..2*reports_per_event-1 times with noisy
    wording, sometimes without its date or target, symmetric types sometimes with actors swapped.
    """
    rng = random.Random(seed)
    produced, truth = 0, 0
    while produced < n_events:
        truth += 1
        day = start + timedelta(days=truth // 40)
        a, b = rng.sample(_COUNTRIES, 2)
        etype = rng.choice(PLOVER_TYPES)
        topic = rng.sample(_VOCAB, 6)
        for k in range(rng.randint(1, 2 * reports_per_event - 1)):
            words = topic[:4] + rng.sample(_VOCAB, 2)
            rng.shuffle(words)
            src, tgt = country(a), country(b)
            if etype in ("CONSULT", "AGREE", "COOPERATE") and rng.random() < 0.3:
                src, tgt = tgt, src
            if rng.random() < 0.1:
                tgt = None
            when = DateInterval.day(day) if rng.random() < 0.8 else None
            text = f"Officials said the {' '.join(words)} was discussed."
            ev = Event(id=f"e{produced}", type=etype, provenance=Provenance(f"d{produced // 5}", k, text),
                       trigger=words[0], source=src, target=tgt, date=when)
            yield ev, truth
            produced += 1
            if produced >= n_events:
                return
