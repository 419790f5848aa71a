"""Benchmarks: what reading a table costs per indicator, layout by layout.

Times `process_file` (a file's whole pipeline: read, layout readers or the packed reader,
normalize, checks; no writing) on one core, in CPU seconds, over the bench corpus's files of each
layout (benchmarks/corpus.py, `table_layout` in its manifest), the bytes already in memory. Each
pass runs in a process forked for it, its caches (labels, levels, parsed targets) empty at
the start, as a build's worker starts: a pass in a warm process would find every file's
cells cached from the pass before, which a build, reading each file once, never does. The
passes go through the layouts in turn, so that a change in the machine's speed falls on
all of them alike; each layout's figure is its indicators over the median of its passes.
Beside it, the printed cells an indicator takes in that layout (non-blank cells of the file's
tables, counted outside the timing) and the time a cell: a form prints its project's header
block and one row of several cells per indicator, where the packed table prints a few cells per
project, so a form's indicator carries several times the text of a packed one. Then where an
indicator's time goes, stage by stage (`STAGES`): a form's stages other than its layout readers
(normalize, checks, the cell tables) are set beside the packed indicator's whole time, to show
how much of a form's extra cost the layout readers are.
"""

import multiprocessing
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.build import workers
from pipeline.build.workers import process_file
from pipeline.layouts.select import file_tables
from pipeline.manifest import Source, read_manifest

# The layout the others are compared with: the seed's packed department table.
BASELINE = "packed"
# Layouts of per-project forms: the goal is that each costs no more per indicator
# than the packed layout.
FORMS = ("project-form", "split-columns")


# The stages of `process_file` timed apart, by the functions `pipeline.build.workers` calls
# for them: the packed reader (tried first on every file: a form fails it), the cell tables,
# the layout readers, normalize, and attainment with the checks. The rest (decoding, numbering
# findings, locations) is `other`.
STAGES: dict[str, tuple[str, ...]] = {
    "packed reader": ("extract_table",),
    "cell tables": ("file_tables", "read_text_cells"),
    "layout readers": ("read_table",),
    "normalize": ("normalize_table", "normalize_reads"),
    "attainment and checks": ("mark_attainment", "check_document"),
}


@dataclass(frozen=True)
class LayoutTiming:
    """One layout's files, their indicators, the seconds of each timed pass over them and
    the seconds each stage took over all passes."""

    layout: str
    files: int
    indicators: int
    cells: int  # non-blank cells of the files' tables
    seconds: tuple[float, ...]
    stages: tuple[tuple[str, float], ...] = ()


def _timed_stages(spent: Counter) -> None:
    """Make each stage's functions, as `pipeline.build.workers` calls them, add their CPU
    seconds to `spent` (in the forked child only: the parent's module is left as it is)."""
    for stage, names in STAGES.items():
        for name in names:
            function = getattr(workers, name)

            def timed(*args, _function=function, _stage=stage, **kwargs):
                started = time.process_time()
                try:
                    return _function(*args, **kwargs)
                finally:
                    spent[_stage] += time.process_time() - started

            setattr(workers, name, timed)


def _timed_pass(files: list[tuple[str, bytes, Source]]) -> tuple[float, int, Counter]:
    """CPU seconds this process took to run `process_file` over `files` (on a shared
    machine, wall-clock time also counts the other tenants' turns on the core), the
    indicators they gave, and the seconds of each stage."""
    spent: Counter = Counter()
    _timed_stages(spent)
    indicators = 0
    started = time.process_time()
    for name, data, source in files:
        indicators += len(process_file(name, data, source).indicators)
    return time.process_time() - started, indicators, spent


def in_fresh_process(files: list[tuple[str, bytes, Source]]) -> tuple[float, int, Counter]:
    """`_timed_pass` in a child forked from this process, which never reads a file itself:
    the child's caches are as empty as a new worker's."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=lambda: send.send(_timed_pass(files)))
    child.start()
    result = receive.recv()
    child.join()
    return result


def run(
    corpus: Path, manifest: dict[str, dict], per_layout: int, repeat: int
) -> list[LayoutTiming]:
    """Time up to `per_layout` files of each layout in `manifest` (the generator's,
    file -> entry), `repeat` passes each; the baseline first, then the others by name."""
    sources = read_manifest(corpus).sources
    by_layout: dict[str, list[tuple[str, bytes, Source]]] = {}
    for name in sorted(manifest):
        files = by_layout.setdefault(manifest[name]["table_layout"], [])
        if len(files) < per_layout:
            files.append((name, (corpus / name).read_bytes(), sources.get(name, Source())))
    order = sorted(by_layout, key=lambda layout: (layout != BASELINE, layout))
    seconds: dict[str, list[float]] = {layout: [] for layout in order}
    stages: dict[str, Counter] = {layout: Counter() for layout in order}
    indicators: dict[str, int] = {}
    for _ in range(repeat):
        for layout in order:
            took, indicators[layout], spent = in_fresh_process(by_layout[layout])
            seconds[layout].append(took)
            stages[layout].update(spent)
    return [
        LayoutTiming(layout, len(by_layout[layout]), indicators[layout],
                     _cells(by_layout[layout]), tuple(seconds[layout]),
                     tuple((stage, stages[layout][stage]) for stage in STAGES))
        for layout in order
    ]  # fmt: skip


def _cells(files: list[tuple[str, bytes, Source]]) -> int:
    """The non-blank cells of the files' tables, as the readers see them."""
    return sum(
        1
        for name, data, _ in files
        for table in file_tables(name, data).tables
        for row in table.rows
        for text in row.cells
        if text.strip()
    )


def report(timings: list[LayoutTiming], spread: Callable, goal: Callable) -> list[str]:
    """The lines `make bench` prints: one a layout, then the forms' goal."""
    rates = {t.layout: t.indicators / spread(t.seconds).median for t in timings}
    per_cell = {t.layout: spread(t.seconds).median / t.cells for t in timings if t.cells}
    baseline = rates.get(BASELINE)
    lines = []
    for timing in timings:
        rate = rates[timing.layout]
        ratio = f"{baseline / rate:.2f}x" if baseline else "n/a"
        cell = per_cell.get(timing.layout)
        cells = (
            f"{timing.cells / timing.indicators:.1f} cells an indicator, "
            f"{cell * 1e6:.0f} us a cell = {cell / per_cell[BASELINE]:.2f}x packed's"
            if cell and timing.indicators and BASELINE in per_cell
            else "no cells counted"
        )
        lines.append(
            f"  {timing.layout}: {rate:,.0f} indicators/s = {ratio} the packed layout's time "
            f"per indicator ({timing.indicators:,} indicators in {timing.files} "
            f"file{'s' * (timing.files != 1)}; {cells}; "
            f"{spread(timing.seconds)})"
        )
    lines.append(
        "  where an indicator's time goes, us of CPU (stages of `process_file`, over all passes):"
    )
    lines += [f"    {timing.layout}: {_stage_costs(timing)}" for timing in timings]
    forms = [timing for timing in timings if timing.layout in FORMS and rates[timing.layout]]
    if baseline and forms:
        slower = min(forms, key=lambda timing: rates[timing.layout])
        worst = baseline / rates[slower.layout]
        costs = {timing.layout: _costs(timing) for timing in (*forms, _baseline(timings))}
        rest = sum(us for stage, us in costs[slower.layout].items() if stage != LAYOUT_STAGE)
        others = rest / sum(costs[BASELINE].values())
        lines.append(
            f"  a form's indicator costs {worst:.2f}x a packed one's (the slower form layout; "
            f"its stages other than the {LAYOUT_STAGE} alone cost {others:.2f}x) "
            f"{goal(worst <= 1, 'a form <= packed per indicator')}"
        )
    return lines


# The stage that reads forms and not the packed table: what a form's extra cost is made of.
LAYOUT_STAGE = "layout readers"


def _baseline(timings: list[LayoutTiming]) -> LayoutTiming:
    return next(timing for timing in timings if timing.layout == BASELINE)


def _costs(timing: LayoutTiming) -> dict[str, float]:
    """A layout's microseconds an indicator stage by stage (`STAGES`, then the rest as
    `other`), over all its passes."""
    per = len(timing.seconds) * timing.indicators / 1e6
    parts = {stage: spent / per for stage, spent in timing.stages}
    parts["other"] = sum(timing.seconds) / per - sum(parts.values())
    return parts


def _stage_costs(timing: LayoutTiming) -> str:
    """A layout's microseconds an indicator, whole and stage by stage."""
    if not timing.indicators:
        return "no indicators"
    parts = _costs(timing)
    return f"{sum(parts.values()):.0f} = " + ", ".join(
        f"{stage} {us:.0f}" for stage, us in parts.items()
    )
