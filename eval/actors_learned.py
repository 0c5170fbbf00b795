"""Leave-set-out figures of the learned actor-sector model: does it carry to a set it never saw?

For each training set X of ``eval/_sector_data.py`` (our own sets, tune rows only): the model is trained on the
OTHER sets and our word lists, then X's rows are coded by the actors stage without the model and with the model trained
without X (the word itself masked too with ``--masked``: no lemma feature, as if never seen). Printed per set:
country+sector accuracy off and on, how many rows the model changed (fixed, broke), and the model's own accuracy
on X's instances (the head nouns it could be asked about). ``-v`` lists the changed rows (tune rows of our own
sets only). Then the word lists by fold: each listed word (that the model could be asked about) is left out of
the lists and coded alone, by WordNet borrowing (the rules) and, when that lends nothing, by the model trained
without the word's fold (``_sector_data.training_rows``), its lemma masked. No measure row, held-out record or shared text is read.

    python eval/actors_learned.py [--masked] [-v]
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sector_data import LEXICON_FOLDS, TRAIN_SETS, collect, lexicon_words, score, training_rows  # noqa: E402

from chronicler.actors.learned import model as lm  # noqa: E402
from chronicler.actors import wordsense  # noqa: E402
from chronicler.actors.learned.act import THRESHOLD, using  # noqa: E402
from chronicler.actors.lexicon import default_lexicon  # noqa: E402
from chronicler.actors.stage import ActorsComponent  # noqa: E402


def main() -> int:
    verbose = "-v" in sys.argv
    masked = "--masked" in sys.argv
    t0 = time.perf_counter()
    data = [collect(name, path) for name, path in TRAIN_SETS]
    words = lexicon_words()
    component = ActorsComponent()
    print(f"Leave-set-out learned actor sectors ({time.perf_counter() - t0:.0f} s to prepare; "
          f"{'the row words masked' if masked else 'lemma features on'}; instances "
          f"{', '.join(f'{d.name} {len(d.instances)}' for d in data)}, word lists {len(words)})")
    total: Counter = Counter()
    for held in data:
        model = lm.fit(training_rows([d for d in data if d is not held], words))
        c: Counter = Counter()
        with using(None):
            off = score(held, component)
        row_words = frozenset(w.lower() for row in held.rows for w in row[1].split()) if masked else frozenset()
        with using(model, row_words):
            on = score(held, component)
        changed = []
        for (_, ok0, got0), (_, ok1, got1), row in zip(off, on, held.rows):
            c["n"] += 1
            c["off"] += ok0
            c["on"] += ok1
            if got0 != got1:
                c["changed"] += 1
                c["fixed"] += ok1 and not ok0
                c["broke"] += ok0 and not ok1
                changed.append(f"    gold {row[2]}/{row[3]:4} off {got0:9} on {got1:9} | {row[1]!r} in {row[0][:110]}")
        for feats, label in held.instances:
            if masked:
                feats = {k: v for k, v in feats.items() if not k.startswith("lem=")}
            c["inst"] += 1
            c["inst_ok"] += model.best(feats)[0] == label
        total.update(c)
        n = c["n"]
        print(f"  {held.name:12} n={n:4}  rules {c['off'] / n:6.1%}  with model {c['on'] / n:6.1%}  "
              f"(changed {c['changed']}: fixed {c['fixed']}, broke {c['broke']})  "
              f"model on head nouns {c['inst_ok']}/{c['inst']}")
        if verbose:
            print("\n".join(changed))
    n = total["n"]
    print(f"  {'all':12} n={n:4}  rules {total['off'] / n:6.1%}  with model {total['on'] / n:6.1%}  "
          f"(changed {total['changed']}: fixed {total['fixed']}, broke {total['broke']})  "
          f"model on head nouns {total['inst_ok']}/{total['inst']}  ({time.perf_counter() - t0:.0f} s)")
    print_word_lists(data, words)
    return 0


def print_word_lists(data, words) -> None:
    """The word lists by fold: each listed word coded alone by the rules (WordNet borrowing without it) and by the
    rules + the model trained without its fold."""
    lex = default_lexicon()
    c: Counter = Counter()
    for fold in range(LEXICON_FOLDS):
        model = lm.fit(training_rows(data, words, fold))
        for w in (w for w in words if w.fold == fold):
            got = wordsense.borrow(w.word, lex, w.forms)
            rules = got.sector if got else None
            sector, p = model.best(w.features(masked=True))
            both = rules or (sector if p >= THRESHOLD else None)
            for key, s in (("rules", rules), ("model", both)):
                c[key, "none" if s is None else "right" if s == w.sector else "wrong"] += 1
    for key, label in (("rules", "rules (WordNet)"), ("model", "rules + model")):
        print(f"  word lists by fold, {label:16} n={len(words)}: right {c[key, 'right']}, wrong {c[key, 'wrong']}, "
              f"none {c[key, 'none']}")


if __name__ == "__main__":
    raise SystemExit(main())
