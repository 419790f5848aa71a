"""Benchmarks (`make bench`): full build speed, peak memory, incremental rebuild, parse-target.

Generates a synthetic corpus (benchmarks/corpus.py) under benchmarks/out/, builds it with
`python -m pipeline build` in a subprocess while sampling the memory of the whole process
tree, changes one file and rebuilds, then times the target parser. Prints one line per
figure, with the machine's core count. These are measurements, not pass/fail tests.
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


def _tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants, read from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        rss[int(entry.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        children = [child for child, p in parents.items() if p == parent and child not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(member, 0) for member in tree)


def timed_build(raw: Path, out: Path, *args: str) -> tuple[float, int]:
    """(seconds, peak resident bytes of the process tree) of one `pipeline build`."""
    command = [
        sys.executable,
        "-m",
        "pipeline",
        "build",
        "--raw",
        str(raw),
        "--out",
        str(out),
        *args,
    ]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.1)  # a scan of /proc costs ~1.5 ms: keep it off the build

    sampler = threading.Thread(target=sample)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"error: the benchmark build failed:\n{stdout.decode()}{stderr.decode()}")
    return seconds, peak


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
    full, peak = timed_build(corpus, out, "--jobs", str(args.jobs), "--no-cache")
    indicators = pq.read_metadata(out / "indicators.parquet").num_rows
    print(f"machine: {cores} cores; corpus: {args.files} files, {indicators:,} indicators")
    print(
        f"full build (--jobs {args.jobs}, no cache): {full:.2f} s = {indicators / full:,.0f} indicators/s"
    )
    print(f"peak memory of the build's process tree: {peak / 2**20:,.0f} MiB")

    timed_build(corpus, out, "--jobs", str(args.jobs))  # fills the cache
    unchanged, _ = timed_build(corpus, out, "--jobs", str(args.jobs))
    changed = sorted(corpus.glob("*.txt"))[args.files // 2]
    original = changed.read_bytes()
    changed.write_bytes(original + b"\n")  # new bytes, so its cache entry no longer matches
    try:
        incremental, _ = timed_build(corpus, out, "--jobs", str(args.jobs))
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
