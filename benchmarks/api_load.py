"""The HTTP API under load: 200 concurrent clients for 60 s against ``chronicler serve`` on 127.0.0.1 (not in CI).

Bounded and self-stopping: the server is a subprocess on a free loopback port (killed at the end, whatever
happens); each client loops until the deadline with a 30 s request timeout; nothing leaves 127.0.0.1.
Reports requests/s, latency p50/p95/p99, status counts (goal: zero 5xx) and the server's resident memory
(psutil, sampled every 0.5 s). Baseline, measured in the same run and printed as a ratio: the same clients on
``/api/meta`` (static vocabularies, no store query) for a shorter phase.

The store is the example corpus ingested with the default pipeline (or ``--db`` an existing store).

    python benchmarks/api_load.py [--clients 200] [--seconds 60] [--baseline-seconds 10] [--db store.duckdb]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

#: The mix of read requests each client cycles through (listings with filters, detail-free pages, an export).
MIX = [
    ("/api/timeline", {}), ("/api/events", {"limit": "50"}), ("/api/events", {"actor": "JPN", "type": "CONSULT"}),
    ("/api/actors", {}), ("/api/documents", {}), ("/api/graph", {}), ("/api/events", {"from": "2006-01-01",
    "to": "2010-12-31"}), ("/api/timeline", {"text": "Futenma"}), ("/api/export", {"fmt": "csv", "limit": "200"}),
    ("/api/meta", {}),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(path: Path) -> None:
    from chronicler.ingest.run import ingest

    t = time.perf_counter()
    summary = ingest([ROOT / "examples" / "alliance"], path)
    print(f"store: example corpus, {len(summary.added)} documents ingested in {time.perf_counter() - t:.0f} s")


class RssSampler(threading.Thread):
    """Samples a process's resident memory until stopped."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.proc = psutil.Process(pid)
        self.samples: list[int] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.samples.append(self.proc.memory_info().rss)
            except psutil.Error:
                return
            time.sleep(0.5)


async def hammer(base: str, mix: list, clients: int, seconds: float,
                 ) -> tuple[list[float], dict[int, int], dict[str, int]]:
    """``clients`` concurrent loops over ``mix`` until ``seconds`` pass: latencies, status counts, failures by kind."""
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    failures: dict[str, int] = {}
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30.0) as client:
        async def one(i: int) -> None:
            k = i
            while time.monotonic() < deadline:
                path, params = mix[k % len(mix)]
                k += 1
                t = time.perf_counter()
                try:
                    r = await client.get(path, params=params)
                    statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                except httpx.HTTPError as exc:
                    failures[type(exc).__name__] = failures.get(type(exc).__name__, 0) + 1
                    continue
                latencies.append(time.perf_counter() - t)

        await asyncio.gather(*(one(i) for i in range(clients)))
    return latencies, statuses, failures


def report(name: str, latencies: list[float], statuses: dict[int, int], failures: dict[str, int],
           seconds: float) -> float:
    rps = len(latencies) / seconds
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    five = sum(n for s, n in statuses.items() if s >= 500)
    print(f"{name:9} {len(latencies):7d} requests  {rps:7.1f} req/s  p50 {q[49] * 1000:7.1f} ms  "
          f"p95 {q[94] * 1000:7.1f} ms  p99 {q[98] * 1000:7.1f} ms  5xx {five}  transport failures {failures}  "
          f"statuses {dict(sorted(statuses.items()))}")
    return rps


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--baseline-seconds", type=float, default=10)
    ap.add_argument("--db", type=Path, default=None, help="an existing store (default: build one from the examples)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "load.duckdb"
    if args.db is None:
        build_store(db)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    server = subprocess.Popen([sys.executable, "-m", "chronicler", "serve", "--db", str(db), "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            print("server did not start:", server.stderr.read().decode()[-2000:] if server.poll() is not None else "")
            return 1
        sampler = RssSampler(server.pid)
        rss_idle = sampler.proc.memory_info().rss
        sampler.start()
        print(f"{args.clients} clients against {base} (load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cpus)")
        lat, st, fail = asyncio.run(hammer(base, [("/api/meta", {})], args.clients, args.baseline_seconds))
        base_rps = report("baseline", lat, st, fail, args.baseline_seconds)
        lat, st, fail = asyncio.run(hammer(base, MIX, args.clients, args.seconds))
        rps = report("load", lat, st, fail, args.seconds)
        sampler.stop.set()
        sampler.join()
        print(f"server RSS: idle {rss_idle / 1e6:.0f} MB, peak {max(sampler.samples) / 1e6:.0f} MB, "
              f"end {sampler.samples[-1] / 1e6:.0f} MB")
        print(f"ratio load/baseline requests per second: {rps / base_rps:.2f}")
        return 1 if any(s >= 500 for s in st) else 0
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        tmp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
