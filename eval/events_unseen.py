"""Event types for unseen wording: leave-lemma-out type accuracy, without and with the WordNet loans (``make eval``).

The PLOVER gold's held-out half illustrates the same CAMEO codes as its dev half in other words, so a lexicon tuned
on dev words says little about wording it has not seen. This simulates unseen wording on data we may read: for each
sentence, the lexicon rows of its gold trigger words are removed (every kind: verb, noun, light, default), the
events stage reruns on the same parse, and the main event's type is scored; once with WordNet loans off
(``[stages.events] wordnet = false``) and once on.

- PLOVER GSR dev part (even records; ../shared/eval/plover/PLOVER_GSR_CAMEO.txt): the gold trigger words are those
  of the record's ``eventText`` (its ``(EVT: ...)`` markup).
- Our own check sets (eval/data/event_types_own*.tsv, event_choice_probes.tsv): the words of the trigger that made
  our full lexicon fire for the expected type (else of the main event's trigger); the choice sets
  (event_choice_own*.tsv) name the coded event's trigger word, which is taken out.

A third column adds the learned type model (``events/learned``, session 12): the taken-out words are unseen by
it too (no feature naming them), and it was never trained on the sentence scored: the GSR is never trained on
(the shipped model), and each of our own sets the model is trained on is scored with a model trained without it
(leave-set-out folds; ``eval/_learned_data.py``). The lexicon caches are emptied around each sentence
(``forget_lexicon_lookups``: before session 12 a word looked up earlier kept firing, which raised every figure).

``-v`` lists the sentences whose type the loans (or the model) changed (dev and own data only; never the held-out
half).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import GSR_CONVENTION, GSR_RENAME, ROOT, SHARED, _read_rows, main_event  # noqa: E402
from events import prepared as _prepared  # noqa: E402

from _gsr_split import listable  # noqa: E402
from _learned_data import TRAIN_SETS, collect, training_rows  # noqa: E402

from chronicler.events.triggers import forget_lexicon_lookups  # noqa: E402
from chronicler.events.cues import lemmas  # noqa: E402
from chronicler.events.learned import model as lm  # noqa: E402
from chronicler.events.learned.act import using  # noqa: E402
from chronicler.events.lexicon import spelling_variants, trigger_lexicon  # noqa: E402
from chronicler.events.plover import plover_type  # noqa: E402
from chronicler.events.stage import EventsComponent  # noqa: E402
from chronicler.model import Document  # noqa: E402
from chronicler.pipeline import AnnotatedDocument  # noqa: E402

OWN_SETS = ("event_types_own.tsv", "event_types_own_complex.tsv", "event_types_own_fresh.tsv",
            "event_types_own_probes.tsv", "event_types_own_wire2.tsv", "event_choice_probes.tsv")
#: Check sets that name the coded event's trigger word themselves (several event words per sentence).
CHOICE_SETS = ("event_choice_own.tsv", "event_choice_own_fresh.tsv")
KINDS = ("verb", "noun", "light", "default")


@contextmanager
def without(words: set[str]) -> Iterator[None]:
    """The trigger lexicon with every row of ``words`` (all kinds, all spellings) taken out, then put back."""
    table = trigger_lexicon()
    keys = {(k, v) for w in words for v in spelling_variants(w) for k in KINDS} & table.keys()
    saved = {k: table.pop(k) for k in keys}
    forget_lexicon_lookups()
    try:
        yield
    finally:
        table.update(saved)
        forget_lexicon_lookups()


def prepared(docs: list[Document]) -> list[AnnotatedDocument]:
    """The documents through every stage before ``events`` (parsed once, reused by every rerun)."""
    return _prepared(docs)[0]


def token_words(tok) -> set[str]:
    """A token's lemma candidates, as the lexicon would be asked."""
    return set(lemmas(tok)) | {tok.lower_, tok.lemma_.lower()}


def gsr_words(ad: AnnotatedDocument, event_text: str) -> set[str]:
    """The lemmas of the sentence's tokens named in the record's eventText."""
    marked = {w.strip(".,;:'\"{}()").lower() for w in event_text.replace("-", " ").split()}
    out: set[str] = set()
    for tok in ad.nlp:
        if tok.lower_ in marked:
            out |= token_words(tok)
    out |= {w for w in event_text.lower().split() if "-" in w}  # "free-trade", "cease-fire"
    return out


def marked_words(ad: AnnotatedDocument, word: str) -> set[str]:
    """The lemmas of the tokens inside the first occurrence of ``word`` in the text."""
    at = ad.document.text.find(word)
    if at < 0:
        return set()
    return set().union(set(), *(token_words(t) for t in ad.nlp if at <= t.idx < at + len(word)))


def fired_words(ad: AnnotatedDocument, gold: str) -> set[str]:
    """The lemmas of the trigger that made the full lexicon give the expected type (else the main event's)."""
    events = list(ad.events)
    ev = main_event(ad)
    if ev is None or plover_type(ev, GSR_CONVENTION) != gold:
        ev = next((e for e in events if plover_type(e, GSR_CONVENTION) == gold), ev)
    if ev is None:
        return set()
    span = next(s for s in ev.provenance.spans if s.label == "trigger")
    toks = ad.nlp.char_span(span.start, span.end, alignment_mode="expand")
    return set().union(*(token_words(t) for t in toks)) if toks is not None else set()


def predicted(component: EventsComponent, ad: AnnotatedDocument) -> tuple[str, AnnotatedDocument]:
    out = component(ad)
    ev = main_event(out)
    return (plover_type(ev, GSR_CONVENTION) if ev else "NONE"), out


def run(name: str, items: list[tuple[str, AnnotatedDocument, set[str]]], verbose: bool, model=None,
        unlisted: frozenset[int] = frozenset()) -> None:
    """Leave-lemma-out accuracy of one data set: (gold type, prepared document, words to take out); ``model``: the
    learned model to use (one never trained on this set), else the shipped one; ``unlisted``: positions of items
    whose text is never printed (GSR dev records the actors eval holds out)."""
    plain = EventsComponent({"wordnet": False, "learned": False})
    loans = EventsComponent({"wordnet": True, "learned": False})
    learned = EventsComponent({"wordnet": True, "learned": True})
    right = Counter()
    changed: list[str] = []
    for k, (gold, ad, words) in enumerate(items):
        verbose_here = verbose and k not in unlisted
        with without(words):
            p0, _ = predicted(plain, ad)
            p1, out = predicted(loans, ad)
            with using(model, frozenset(words)):  # the taken-out words are unseen by the model too (no lemma feature)
                p2, out2 = predicted(learned, ad)
        right["off"] += p0 == gold
        right["on"] += p1 == gold
        right["learned"] += p2 == gold
        if p2 != p1:
            right["l_changed"] += 1
            right["l_fixed"] += p2 == gold
            right["l_broke"] += p1 == gold
            if verbose_here:
                changed.append(f"    {gold:9} loans {p1:9} learned {p2:9} | {ad.document.text[:150]}")
        if p0 != p1:
            right["changed"] += 1
            right["fixed"] += p1 == gold
            right["broke"] += p0 == gold
            ev = main_event(out)
            label = next((s.label for s in ev.provenance.spans if s.label.startswith("wordnet")), "") if ev else ""
            if verbose_here:
                changed.append(f"    {gold:9} off {p0:9} on {p1:9} [{label}] | {ad.document.text[:150]}")
    n = len(items)
    print(f"  {name:32} n={n:3}  lexicon only {right['off'] / n:6.1%}  with WordNet {right['on'] / n:6.1%}  "
          f"(changed {right['changed']}: fixed {right['fixed']}, broke {right['broke']})  "
          f"+ learned {right['learned'] / n:6.1%} (changed {right['l_changed']}: fixed {right['l_fixed']}, "
          f"broke {right['l_broke']}{'; model without this set' if model is not None else ''})")
    if verbose:
        print("\n".join(changed))


def main() -> int:
    verbose = "-v" in sys.argv
    t0 = time.perf_counter()
    print("Leave-lemma-out event types (gold trigger words taken out of the lexicon; main event's type scored)")
    gsr_path = SHARED / "eval" / "plover" / "PLOVER_GSR_CAMEO.txt"
    if gsr_path.exists():
        import json

        records = [r for r in json.loads(gsr_path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
        dev = [(i, r) for i, r in enumerate(records) if i % 2 == 0]  # the held-out half is never read here
        unlisted = frozenset(k for k, (i, r) in enumerate(dev) if not listable(gsr_path, r["id"], i))
        dev = [r for _, r in dev]
        ads = prepared([Document(id=r["id"], source=r["id"], text=r["text"]) for r in dev])
        items = [(GSR_RENAME.get(r["event"], r["event"]), ad, gsr_words(ad, r.get("eventText", "")))
                 for r, ad in zip(dev, ads)]
        run("PLOVER GSR dev", items, verbose, unlisted=unlisted)
    else:
        print("  PLOVER GSR dev: skipped: data absent")
    full = EventsComponent({"wordnet": False, "learned": False})
    trained = {name: collect(name) for name, _, _ in TRAIN_SETS}

    def fold_model(name: str):
        """The learned model trained without ``name`` (None for a set it was never trained on: the shipped one)."""
        if name not in trained:
            return None
        return lm.fit(training_rows([d for n, d in trained.items() if n != name]))

    for name in OWN_SETS:
        path = ROOT / "eval" / "data" / name
        if not path.exists():
            continue
        rows = _read_rows(path)
        ads = prepared([Document(id=f"own-{i}", source="own", text=t) for i, (_, _, t) in enumerate(rows)])
        items = [(gold, ad, fired_words(full(ad), gold)) for (_, gold, _), ad in zip(rows, ads)]
        run(name, items, verbose, fold_model(name))
    for name in CHOICE_SETS:
        path = ROOT / "eval" / "data" / name
        if not path.exists():
            continue
        rows = _read_rows(path, 5)  # (type, source, target, trigger word, sentence)
        ads = prepared([Document(id=f"choice-{i}", source="own", text=r[4]) for i, r in enumerate(rows)])
        items = [(gold, ad, marked_words(ad, word)) for (gold, _, _, word, _), ad in zip(rows, ads)]
        run(name, items, verbose, fold_model(name))
    print(f"  ({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
