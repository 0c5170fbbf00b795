"""Leave-set-out figures of the learned event-type model (``make eval``): does it carry to a set it never saw?

For each training set X of ``eval/_learned_data.py`` (our own sets, tune rows only): the model is trained on the
OTHER sets alone, then X's rows are typed by the events stage without the model (``learned = false``) and with the
model trained without X. Printed per set: the main event's type accuracy (PLOVER type under the CAMEO-root
convention, as eval/events.py scores) off and on, how many sentences the model changed (fixed, broke), and the
model's own accuracy on the coded predicate's instance. ``--masked`` also asks every word as if never seen (no
lemma features), the model then standing on WordNet and the parse alone. ``-v`` lists the sentences the model
changed (tune rows of our own sets only). No measure row, held-out record or shared text is read. ~2 min.

    python eval/events_learned.py [--masked] [-v]
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _learned_data import TRAIN_SETS, collect, training_rows  # noqa: E402
from events import GSR_CONVENTION, main_event  # noqa: E402

from chronicler.events.learned import model as lm  # noqa: E402
from chronicler.events.learned.act import using  # noqa: E402
from chronicler.events.learned.features import token_features  # noqa: E402
from chronicler.events.plover import plover_type  # noqa: E402
from chronicler.events.stage import EventsComponent  # noqa: E402


def typed(component: EventsComponent, ad) -> str:
    """The main event's PLOVER type (CAMEO-root convention), or NONE."""
    ev = main_event(component(ad))
    return plover_type(ev, GSR_CONVENTION) if ev else "NONE"


def main() -> int:
    verbose = "-v" in sys.argv
    masked = "--masked" in sys.argv
    t0 = time.perf_counter()
    data = [collect(name) for name, _, _ in TRAIN_SETS]
    off, on = EventsComponent({"learned": False}), EventsComponent({"learned": True})
    print(f"Leave-set-out learned event types ({time.perf_counter() - t0:.0f} s to prepare; "
          f"{'lemma features masked' if masked else 'lemma features on'})")
    total = Counter()
    for held in data:
        rest = training_rows([d for d in data if d is not held])
        model = lm.fit(rest)
        c = Counter()
        changed = []
        for it, ad in zip(held.items, held.docs):
            p0 = typed(off, ad)
            words = frozenset({t.lemma_.lower() for t in ad.nlp} | {t.lower_ for t in ad.nlp}) if masked else frozenset()
            with using(model, words):
                p1 = typed(on, ad)
            c["n"] += 1
            c["off"] += p0 == it.gold
            c["on"] += p1 == it.gold
            if p0 != p1:
                c["changed"] += 1
                c["fixed"] += p1 == it.gold
                c["broke"] += p0 == it.gold
                changed.append(f"    {it.gold:9} off {p0:9} on {p1:9} | {it.text[:140]}")
        for sent in held.instances:
            for feats, label in sent:
                if label == "NONE":
                    continue
                if masked:
                    feats = {k: v for k, v in feats.items() if not k.startswith(("lem=", "lemobj=", "lemprt="))}
                c["inst"] += 1
                c["inst_ok"] += model.best(feats)[0] == label
        total.update(c)
        n = c["n"]
        print(f"  {held.name:30} n={n:4}  rules {c['off'] / n:6.1%}  with model {c['on'] / n:6.1%}  "
              f"(changed {c['changed']}: fixed {c['fixed']}, broke {c['broke']})  "
              f"model on typed words {c['inst_ok']}/{c['inst']} = {c['inst_ok'] / max(1, c['inst']):.1%}")
        if verbose:
            print("\n".join(changed))
    n = total["n"]
    print(f"  {'all':30} n={n:4}  rules {total['off'] / n:6.1%}  with model {total['on'] / n:6.1%}  "
          f"(changed {total['changed']}: fixed {total['fixed']}, broke {total['broke']})  "
          f"model on typed words {total['inst_ok'] / max(1, total['inst']):.1%}  ({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
