"""Training instances for the learned event-type model, from OUR OWN written sets only.

Used by ``eval/train_event_types.py`` (the shipped weights) and ``eval/events_learned.py`` (leave-set-out).
Each sentence runs through the default pipeline with the learned component OFF; its instances are its verbs and
the words of the events the rules found:
- the coded predicate, labelled with the set's gold type: the trigger of the main event when the rules typed it
  right (else of an event of the gold type; else, the rules having missed it, the verb highest in the parse that
  is not a reporting verb, ``fallback._candidates``), or in the choice sets the marked trigger word;
- every other trigger word, labelled with the type the rules gave it (before the PLOVER status conventions);
- every other verb, labelled NONE.

Sets used (``TRAIN_SETS``), each only as far as its header allows tuning on it:
- ``event_types_own.tsv``, ``event_types_own_complex.tsv``, ``event_types_own_probes.tsv``: written for and
  developed on (coverage checks and probes);
- ``event_choice_own.tsv`` (developed on since session 4), ``event_choice_probes.tsv`` (probes, developed on);
- ``event_types_blind_a.tsv`` (the blind set whose misses may be studied) and ``event_types_blind_d.tsv`` (the
  role set that is tuned on);
- the TUNE rows (data row i with i % 3 != 2) of ``event_types_blind_f.tsv``, ``event_types_blind_i.tsv`` and
  ``event_choice_blind_g.tsv``; their measure rows never.
Left out: every ``*_fresh`` set and ``event_types_own_wire2.tsv`` (never tuned on: proxies of unseen text), sets
B, C and E (measure only or read at most twice), every measure row, the PLOVER GSR and any shared text.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import GSR_CONVENTION, ROOT, _read_rows, main_event, prepared  # noqa: E402

from chronicler.events.fallback import _candidates  # noqa: E402
from chronicler.events.learned.features import token_features  # noqa: E402
from chronicler.events.plover import cameo_root_type, plover_type  # noqa: E402
from chronicler.events.stage import EventsComponent  # noqa: E402
from chronicler.model import Document  # noqa: E402

DATA = ROOT / "eval" / "data"
#: (file, layout, rows): layout "type3" = code, type, sentence; "blind5" = code, type, source, target, sentence;
#: "choice5" = type, source, target, trigger word, sentence. rows "all" or "tune" (i % 3 != 2).
TRAIN_SETS = (
    ("event_types_own.tsv", "type3", "all"),
    ("event_types_own_complex.tsv", "type3", "all"),
    ("event_types_own_probes.tsv", "type3", "all"),
    ("event_choice_own.tsv", "choice5", "all"),
    ("event_choice_probes.tsv", "type3", "all"),
    ("event_types_blind_a.tsv", "blind5", "all"),
    ("event_types_blind_d.tsv", "blind5", "all"),
    ("event_types_blind_f.tsv", "blind5", "tune"),
    ("event_types_blind_i.tsv", "blind5", "tune"),
    ("event_choice_blind_g.tsv", "choice5", "tune"),
)
#: Verbs that are never a predicate of their own (auxiliaries used as verbs).
SKIP_LEMMAS = frozenset({"be", "have", "do"})


@dataclass(frozen=True)
class Item:
    """One training sentence: gold type, text, and the coded word when the set names it."""

    gold: str
    text: str
    word: str = ""


def set_items(name: str) -> list[Item]:
    """The usable rows of one training set."""
    layout, rows_rule = next((lay, rule) for n, lay, rule in TRAIN_SETS if n == name)
    rows = _read_rows(DATA / name, 3 if layout == "type3" else 5)
    if rows_rule == "tune":
        rows = [r for i, r in enumerate(rows) if i % 3 != 2]
    if layout == "type3":
        return [Item(r[1], r[2]) for r in rows]
    if layout == "blind5":
        return [Item(r[1], r[4]) for r in rows]
    return [Item(r[0], r[4], r[3]) for r in rows]


def file_hash(name: str) -> str:
    """sha256 (first 16 hex digits) of a training file's bytes."""
    return hashlib.sha256((DATA / name).read_bytes()).hexdigest()[:16]


def _event_token(ad, ev):
    span = next(s for s in ev.provenance.spans if s.label == "trigger")
    toks = ad.nlp.char_span(span.start, span.end, alignment_mode="expand")
    return toks[0] if toks is not None and len(toks) else None


@dataclass
class SetData:
    """A training set's usable rows, their documents through every stage before ``events``, and the instances."""

    name: str
    items: list[Item]
    docs: list
    instances: list[list[tuple[dict[str, float], str]]]


def collect(name: str) -> SetData:
    """One training set, prepared and turned into instances."""
    items = set_items(name)
    docs = prepared([Document(id=f"learn-{i}", source="own", text=it.text) for i, it in enumerate(items)])[0]
    return SetData(name, items, docs, instances(items, docs))


def instances(items: list[Item], docs: list) -> list[list[tuple[dict[str, float], str]]]:
    """Per sentence, its (features, label) instances (see the module docstring); ``docs`` are the items'
    documents through every stage before ``events``."""
    rules = EventsComponent({"learned": False})
    ads = [rules(ad) for ad in docs]
    out = []
    for it, ad in zip(items, ads):
        labels: dict[int, str] = {}
        for ev in ad.events:
            tok = _event_token(ad, ev)
            if tok is not None:
                labels.setdefault(tok.i, cameo_root_type(ev))
        coded = None
        if it.word:
            at = it.text.find(it.word)
            toks = ad.nlp.char_span(at, at + len(it.word), alignment_mode="expand") if at >= 0 else None
            coded = toks.root if toks is not None else None
            ev = next((e for e in ad.events if (t := _event_token(ad, e)) is not None and coded is not None
                       and t.i in {x.i for x in toks}), None)
            if ev is not None and plover_type(ev, GSR_CONVENTION) == it.gold:
                coded = _event_token(ad, ev)
        else:
            main = main_event(ad)
            ev = main if main is not None and plover_type(main, GSR_CONVENTION) == it.gold else next(
                (e for e in ad.events if plover_type(e, GSR_CONVENTION) == it.gold), None)
            if ev is not None:
                coded = _event_token(ad, ev)
            else:
                coded = next((t for s in ad.nlp.sents for t in _candidates(s)), None)
        if coded is not None:
            ev_here = next((e for e in ad.events if (t := _event_token(ad, e)) is not None and t.i == coded.i), None)
            # the gold type, unless the rules typed this very word right (then their type before the conventions)
            labels[coded.i] = cameo_root_type(ev_here) if ev_here is not None and \
                plover_type(ev_here, GSR_CONVENTION) == it.gold else it.gold
        rows = []
        for tok in ad.nlp:
            if tok.i in labels:
                rows.append((token_features(tok), labels[tok.i]))
            elif tok.pos_ == "VERB" and tok.lemma_.lower() not in SKIP_LEMMAS:
                rows.append((token_features(tok), "NONE"))
        out.append(rows)
    return out


#: Whether each typed instance also trains without the features that name its word (``training_rows``).
UNSEEN_COPIES = True
#: Features that name the word itself (left out of the unseen copies).
LEMMA_FEATURES = ("lem=", "lemobj=", "lemprt=")


def training_rows(data: list[SetData]) -> list[tuple[dict[str, float], str]]:
    """The instances of ``data`` flattened, each typed instance followed by an UNSEEN copy without the features
    that name its word, so that the model also learns to type a word from WordNet and the parse alone (the words
    it will meet in news are mostly words it never saw)."""
    out = []
    for d in data:
        for sent in d.instances:
            for feats, label in sent:
                out.append((feats, label))
                if UNSEEN_COPIES and label != "NONE":
                    out.append(({k: v for k, v in feats.items() if not k.startswith(LEMMA_FEATURES)}, label))
    return out

