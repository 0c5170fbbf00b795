"""Merge throughput on synthetic events: events/s, peak RSS, and the ratio to the blocking pass alone.

Usage: python benchmarks/merge.py [N]   (default 1,000,000 events; needs no external data)

Both passes consume the same synthetic stream (generation time included in both, so the ratio isolates
scoring and cluster upkeep). The merger keeps at most ``MAX_OPEN`` clusters open (older ones are closed,
as a streaming deployment would flush them), which is what bounds memory.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from chronicler.merge.cluster import Merger, pair_of  # noqa: E402
from chronicler.merge.features import family, month_bucket, side  # noqa: E402
from chronicler.merge.metrics import pairwise_prf  # noqa: E402
from chronicler.merge.synthetic import synthetic_events  # noqa: E402

MAX_OPEN = 50_000


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def blocking_only(n: int) -> tuple[float, float]:
    """Baseline: compute every event's block key and count block sizes (no scoring); wall and CPU seconds."""
    t, c = time.perf_counter(), time.process_time()
    blocks: dict[tuple, int] = {}
    for e, _ in synthetic_events(n, seed=7):
        key = (family(e.type), pair_of(side(e.source), side(e.target)), month_bucket(e.date))
        blocks[key] = blocks.get(key, 0) + 1
        if len(blocks) > 4 * MAX_OPEN:
            blocks.clear()
    return time.perf_counter() - t, time.process_time() - c


def full_merge(n: int) -> tuple[float, float, int, tuple[float, float, float], int]:
    """The merger over the stream; returns seconds, clusters made, pairwise P/R/F on a sample, comparisons."""
    closed = [0]
    m = Merger(max_open=MAX_OPEN, on_close=lambda c: closed.__setitem__(0, closed[0] + 1))
    sample_truth: dict[str, int] = {}
    sample_pred: dict[str, str] = {}
    t, c = time.perf_counter(), time.process_time()
    for i, (e, truth) in enumerate(synthetic_events(n, seed=7)):
        cid = m.add(e)
        if i < 100_000:  # score the first 100k assignments (the whole run's labels would cost memory)
            sample_truth[e.id], sample_pred[e.id] = truth, cid
    secs, cpu = time.perf_counter() - t, time.process_time() - c
    return secs, cpu, closed[0] + len(m.clusters), pairwise_prf(sample_truth, sample_pred), m.compared


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    base, base_cpu = blocking_only(n)
    rss_base = peak_rss_mb()
    secs, cpu, clusters, (p, r, f), compared = full_merge(n)
    print(f"events: {n:,}  clusters: {clusters:,}  comparisons/event: {compared / n:.2f}")
    print(f"baseline (blocking keys only): {base:.1f} s wall ({base_cpu:.1f} s CPU), {n / base:,.0f} events/s")
    print(f"merge: {secs:.1f} s wall ({cpu:.1f} s CPU), {n / secs:,.0f} events/s wall, {n / cpu:,.0f} events/CPU-s; "
          f"ratio merge/baseline = {secs / base:.2f}x wall, {cpu / base_cpu:.2f}x CPU")
    print(f"peak RSS: {peak_rss_mb():.0f} MB (after baseline: {rss_base:.0f} MB); open clusters capped at {MAX_OPEN:,}")
    print(f"pairwise clustering on the first 100k synthetic events: P={p:.3f} R={r:.3f} F1={f:.3f}")


if __name__ == "__main__":
    main()
