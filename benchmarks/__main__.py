"""Benchmarks (`make bench`): full build speed, peak memory, incremental rebuild, parse-target.

Generates a synthetic corpus (benchmarks/corpus.py) under benchmarks/out/, times a full
build with `python -m pipeline build` in a subprocess, builds it again while sampling the
memory of the whole process tree, changes one file and rebuilds, then times the target
parser. Prints one line per figure, with the machine's core count. These are
measurements, not pass/fail tests.
"""

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq

from benchmarks import bench_parse_target
from benchmarks.corpus import generate_corpus

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"


def _tree_memory(pid: int) -> int:
    """Bytes of memory used by `pid` and all its descendants: the sum of their proportional
    set sizes, read from /proc. Forked workers share their parent's pages until they write
    to them; summing resident sizes would count those pages once per process."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        children = [child for child, p in parents.items() if p == parent and child not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(_pss(member) for member in tree)


def _pss(pid: int) -> int:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    kilobytes = next(line.split()[1] for line in rollup.splitlines() if line.startswith("Pss:"))
    return int(kilobytes) * 1024


def _start_build(raw: Path, out: Path, *args: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "pipeline", "build", "--raw", str(raw), "--out", str(out)]
    return subprocess.Popen(
        [*command, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _finish(process: subprocess.Popen) -> None:
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"error: the benchmark build failed:\n{stdout.decode()}{stderr.decode()}")


def timed_build(raw: Path, out: Path, *args: str) -> float:
    """Seconds of one `pipeline build`, with nothing else running to disturb it."""
    start = time.perf_counter()
    _finish(_start_build(raw, out, *args))
    return time.perf_counter() - start


def build_memory(raw: Path, out: Path, *args: str) -> int:
    """Peak memory of the process tree of one `pipeline build`, sampled every 0.25 s. A
    separate build from the timed one: reading a process's memory map costs ~10 ms."""
    process = _start_build(raw, out, *args)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, _tree_memory(process.pid))
            time.sleep(0.25)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _finish(process)
    sampler.join()
    return peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--files", type=int, default=2000, help="tables in the corpus (default 2000)"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)

    cores = os.cpu_count()
    corpus, out = OUT / f"corpus-{args.files}", OUT / f"build-{args.files}"
    if not corpus.exists():
        generate_corpus(corpus, args.files)
        # The manifest of expected counts is for tests, not a table to build.
        (corpus / "expected.json").replace(OUT / f"corpus-{args.files}.expected.json")
    full = timed_build(corpus, out, "--jobs", str(args.jobs), "--no-cache")
    peak = build_memory(corpus, out, "--jobs", str(args.jobs), "--no-cache")
    indicators = pq.read_metadata(out / "indicators.parquet").num_rows
    print(f"machine: {cores} cores; corpus: {args.files} files, {indicators:,} indicators")
    print(
        f"full build (--jobs {args.jobs}, no cache): {full:.2f} s = {indicators / full:,.0f} indicators/s"
    )
    print(
        f"peak memory of the full build's process tree: {peak / 2**20:,.0f} MiB "
        "(proportional set sizes: pages the workers share with the main process count once)"
    )

    timed_build(corpus, out, "--jobs", str(args.jobs))  # fills the cache
    unchanged = timed_build(corpus, out, "--jobs", str(args.jobs))
    changed = sorted(corpus.glob("*.txt"))[args.files // 2]
    original = changed.read_bytes()
    changed.write_bytes(original + b"\n")  # new bytes, so its cache entry no longer matches
    try:
        incremental = timed_build(corpus, out, "--jobs", str(args.jobs))
    finally:
        changed.write_bytes(original)
    print(f"rebuild with nothing changed: {unchanged:.2f} s")
    print(
        f"rebuild after one file changed: {incremental:.2f} s = {full / incremental:.1f}x faster than full"
    )

    figures = bench_parse_target.run(bench_parse_target.benchmark_values())
    print(
        f"parse-target: {figures['parse_target_per_second']:,.0f} distinct values/s; "
        f"chinese2digits: {figures['chinese2digits_per_second']:,.0f} values/s "
        f"({figures['values']:,} distinct values, 1 core)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
