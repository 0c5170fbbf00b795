"""Cross-validated abstention threshold of the learned event-type model (issue 7, session 21).

Leave-one-set-out over the model's own training sets (``eval/_learned_data.py``, our written sets, tune rows
only): the model is trained without a set, then every instance of that set is asked with its lemma features
masked (a word the model never saw: the case it is for). An *addition* at threshold t is an instance whose
likeliest class is a type (not NONE) with probability >= t; it is right when that type is the instance's label.
Printed per threshold: additions, right ones, pooled precision and recall of the typed instances; the chosen
threshold is the least one whose precision reaches ``TARGET`` (at most one wrong addition per three right).
No set that is scored elsewhere (blind sets, GSR, news) is read. ~3 min.

    python eval/_learned_cv_s21.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _learned_data import LEMMA_FEATURES, TRAIN_SETS, collect, training_rows  # noqa: E402

from chronicler.events.learned import model as lm  # noqa: E402

TARGET = 0.75
GRID = tuple(round(0.40 + 0.05 * k, 2) for k in range(12))


def fold_predictions() -> list[tuple[str, str, float]]:
    """(label, predicted class, probability) of every instance, each predicted by the model trained without its
    set, lemma features masked."""
    data = [collect(name) for name, _, _ in TRAIN_SETS]
    out = []
    for held in data:
        model = lm.fit(training_rows([d for d in data if d is not held]))
        for sent in held.instances:
            for feats, label in sent:
                typ, p = model.best({k: v for k, v in feats.items() if not k.startswith(LEMMA_FEATURES)})
                out.append((label, typ, p))
    return out


def table(preds: list[tuple[str, str, float]]) -> list[tuple[float, int, int, float, float]]:
    """Per threshold of ``GRID``: (t, additions, right, precision, recall of the typed instances)."""
    typed = sum(1 for label, _, _ in preds if label != "NONE")
    rows = []
    for t in GRID:
        added = [(label, typ) for label, typ, p in preds if typ != "NONE" and p >= t]
        right = sum(1 for label, typ in added if label == typ)
        rows.append((t, len(added), right, right / max(1, len(added)), right / max(1, typed)))
    return rows


def main() -> int:
    rows = table(fold_predictions())
    for t, n, right, prec, rec in rows:
        print(f"  t={t:.2f}  additions {n:5}  right {right:5}  precision {prec:6.1%}  recall {rec:6.1%}")
    chosen = next((t for t, _, _, prec, _ in rows if prec >= TARGET), None)
    print(f"chosen threshold (least t with precision >= {TARGET:.0%}): {chosen}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
