"""Benchmarks (`make bench`): build speed, memory, incremental rebuild, layouts, parse-target.

Generates a synthetic corpus (benchmarks/corpus.py) under benchmarks/out/, times full
builds with `python -m pipeline build` in a subprocess, builds it again while sampling the
memory of the whole process tree, times the first build that fills the cache, a build with
nothing changed, and rebuilds after one file changed, then the reading of each layout
per indicator (benchmarks/bench_layouts.py), then the target parser, then the reading of
generated PDF budget disclosures in pages per second (benchmarks/bench_pdf.py).
Builds are repeated (`--repeat`), as a shared machine's speed varies from one minute to
the next: each figure is the median, with the range beside it. Prints one line per
figure, with the machine's core count and the issue's goal for it. These are
measurements, not pass/fail tests.
"""

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from benchmarks import bench_layouts, bench_parse_target, bench_pdf
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


def _start(*arguments: str) -> subprocess.Popen:
    """`python ARGUMENTS` in the repository, its output captured."""
    return subprocess.Popen(
        [sys.executable, *arguments], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _start_build(raw: Path, out: Path, *args: str) -> subprocess.Popen:
    return _start("-m", "pipeline", "build", "--raw", str(raw), "--out", str(out), *args)


def _finish(process: subprocess.Popen) -> None:
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"error: the benchmark build failed:\n{stdout.decode()}{stderr.decode()}")


@dataclass(frozen=True)
class Timing:
    """Wall-clock seconds of one command, and the CPU seconds (user + system) its whole
    process tree used."""

    seconds: float
    cpu_seconds: float


def _timed(start) -> Timing:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    _finish(start())
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(seconds, cpu)


def timed_build(raw: Path, out: Path, *args: str) -> Timing:
    """One `pipeline build`, timed, with nothing else running to disturb it."""
    return _timed(lambda: _start_build(raw, out, *args))


def import_floor() -> Timing:
    """Starting Python with the modules a rebuild needs (pandas, pandera, pyarrow, DuckDB
    and the pipeline's own): what no rebuild can take less than."""
    modules = "pipeline.build.run, pipeline.build.workers, pipeline.outputs.write, pipeline.outputs.report"
    return _timed(lambda: _start("-c", f"import {modules}"))


@dataclass(frozen=True)
class Spread:
    """Repeated measurements: their median and range."""

    values: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def __str__(self) -> str:
        low, high = min(self.values), max(self.values)
        runs = len(self.values)
        return f"median {self.median:.2f} s of {runs} (range {low:.2f}-{high:.2f} s)"


def _goal(is_met: bool, goal: str) -> str:
    return f"[goal {goal}: {'met' if is_met else 'not met'}]"


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
    parser.add_argument(
        "--repeat", type=int, default=3, help="times each build is timed (default 3)"
    )
    parser.add_argument(
        "--values",
        type=int,
        default=bench_parse_target.TARGET_COUNT,
        help=f"distinct target values to parse (default {bench_parse_target.TARGET_COUNT:,})",
    )
    parser.add_argument(
        "--layout-files",
        type=int,
        default=200,
        help="files of each layout timed for the per-layout figures (default 200)",
    )
    parser.add_argument(
        "--pdf-files",
        type=int,
        default=10,
        help="generated budget-disclosure PDFs timed for the PDF figure (default 10)",
    )
    args = parser.parse_args(argv)
    repeat = max(1, args.repeat)
    jobs = ("--jobs", str(args.jobs))

    corpus, out = OUT / f"corpus-{args.files}", OUT / f"build-{args.files}"
    if not corpus.exists():
        generate_corpus(corpus, args.files)
        # The manifest of expected counts is for tests, not a table to build.
        (corpus / "expected.json").replace(OUT / f"corpus-{args.files}.expected.json")
    load = os.getloadavg()[0]
    fulls = [timed_build(corpus, out, *jobs, "--no-cache") for _ in range(repeat)]
    peak = build_memory(corpus, out, *jobs, "--no-cache")
    indicators = pq.read_metadata(out / "indicators.parquet").num_rows
    full = Spread(tuple(timing.seconds for timing in fulls))
    rate = indicators / full.median
    print(
        f"machine: {os.cpu_count()} cores, load average {load:.2f} at the start; "
        f"corpus: {args.files} files, {indicators:,} indicators"
    )
    print(
        f"full build (--jobs {args.jobs}, no cache): {full} = {rate:,.0f} indicators/s; "
        f"{statistics.median(t.cpu_seconds for t in fulls):.1f} CPU-s "
        f"{_goal(rate >= 50_000, '>= 50,000/s')}"
    )
    print(
        f"peak memory of the full build's process tree: {peak / 2**20:,.0f} MiB "
        "(proportional set sizes: pages the workers share with the main process count once) "
        f"{_goal(peak < 2 * 2**30, '< 2 GB')}"
    )

    fills = []
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)  # no cache, no record of a build: a first one
        fills.append(timed_build(corpus, out, *jobs).seconds)
    fill = Spread(tuple(fills))
    print(
        f"first build, filling the cache (what `make build` does first): {fill} = "
        f"{indicators / fill.median:,.0f} indicators/s"
    )
    unchanged = Spread(tuple(timed_build(corpus, out, *jobs).seconds for _ in range(repeat)))
    changed = sorted(corpus.glob("*.txt"))[args.files // 2]
    original = changed.read_bytes()
    rebuilds = []
    try:
        for count in range(1, repeat + 1):
            # New bytes each time, so that no cache entry matches them.
            changed.write_bytes(original + b"\n" * count)
            rebuilds.append(timed_build(corpus, out, *jobs).seconds)
    finally:
        changed.write_bytes(original)
    incremental = Spread(tuple(rebuilds))
    floor = Spread(tuple(import_floor().seconds for _ in range(repeat)))
    speedup = full.median / incremental.median
    print(f"rebuild with nothing changed: {unchanged}")
    print(
        f"rebuild after one file changed: {incremental} = {speedup:.1f}x faster than the "
        f"full build {_goal(speedup >= 10, '>= 10x')}"
    )
    print(f"  of which starting Python with the modules a rebuild imports: {floor}")

    expected = json.loads((OUT / f"corpus-{args.files}.expected.json").read_text("utf-8"))
    timings = bench_layouts.run(corpus, expected, args.layout_files, repeat)
    print(
        f"per layout, reading alone (`process_file` in a new process, CPU seconds of 1 core; "
        f"up to {args.layout_files} files of each layout, {repeat} passes):"
    )
    for line in bench_layouts.report(timings, Spread, _goal):
        print(line)

    figures = bench_parse_target.run(bench_parse_target.benchmark_values(args.values))
    ours, theirs = figures["parse_target_per_second"], figures["chinese2digits_per_second"]
    print(
        f"parse-target: {ours:,.0f} distinct values/s; chinese2digits: {theirs:,.0f} values/s "
        f"({figures['values']:,} distinct values, 1 core) "
        f"{_goal(ours >= theirs, '>= chinese2digits')}"
    )
    pdfs = bench_pdf.run(OUT / "pdf", args.pdf_files, repeat)
    for line in bench_pdf.report(pdfs, Spread, _goal):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
