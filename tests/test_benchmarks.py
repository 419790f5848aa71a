"""`make bench` end to end on a tiny corpus: every figure is printed, with its goal, and
the corpus is left as generated.

The figures themselves are measurements of the machine, so only their form is checked:
what a broken benchmark (a failed build, a missing figure) would change.
"""

import re

import pytest

import benchmarks.__main__ as bench
from benchmarks.corpus import generate_corpus

# The bench corpus's layouts, the packed one first, as the others' measure.
LAYOUTS = (
    "packed",
    "department-overall",
    "flat-list",
    "indicator-rows",
    "project-form",
    "split-columns",
)
SECONDS = r"median \d+\.\d\d s of 2 \(range \d+\.\d\d-\d+\.\d\d s\)"
GOAL = r"\[goal [^:]+: (met|not met)\]"
EXPECTED_LINES = [
    r"machine: \d+ cores, load average \d+\.\d\d at the start; corpus: 17 files, [\d,]+ indicators",
    rf"full build \(--jobs 2, no cache\): {SECONDS} = [\d,]+ indicators/s; \d+\.\d CPU-s "
    rf"\[goal >= 50,000/s: (met|not met)\]",
    r"peak memory of the full build's process tree: [\d,]+ MiB \(proportional set sizes: "
    r"pages the workers share with the main process count once\) \[goal < 2 GB: met\]",
    r"first build, filling the cache \(what `make build` does first\): "
    rf"{SECONDS} = [\d,]+ indicators/s",
    rf"rebuild with nothing changed: {SECONDS}",
    rf"rebuild after one file changed: {SECONDS} = \d+\.\dx faster than the full build "
    rf"\[goal >= 10x: (met|not met)\]",
    rf"  of which starting Python with the modules a rebuild imports: {SECONDS}",
    r"per layout, reading alone \(`process_file` in a new process, CPU seconds of 1 core; "
    r"up to 2 files of each layout, 2 passes\):",
    # The first 17 files hold every layout; the packed one first, as the others' measure.
    *(
        rf"  {layout}: [\d,]+ indicators/s = {ratio}x the packed layout's time per indicator "
        rf"\([\d,]+ indicators in {files}; \d+\.\d cells an indicator, \d+ us a cell = "
        rf"{cell_ratio}x packed's; {SECONDS}\)"
        for layout, ratio, files, cell_ratio in [
            ("packed", r"1\.00", "2 files", r"1\.00"),
            ("department-overall", r"\d+\.\d\d", "1 file", r"\d+\.\d\d"),
            ("flat-list", r"\d+\.\d\d", "2 files", r"\d+\.\d\d"),
            ("indicator-rows", r"\d+\.\d\d", "2 files", r"\d+\.\d\d"),
            ("project-form", r"\d+\.\d\d", "2 files", r"\d+\.\d\d"),
            ("split-columns", r"\d+\.\d\d", "1 file", r"\d+\.\d\d"),
        ]
    ),
    r"  where an indicator's time goes, us of CPU \(stages of `process_file`, over all passes\):",
    *(
        rf"    {layout}: \d+ = packed reader \d+, cell tables \d+, layout readers \d+, "
        r"normalize \d+, attainment and checks \d+, other -?\d+"
        for layout in LAYOUTS
    ),
    r"  a form's indicator costs \d+\.\d\dx a packed one's \(the slower form layout; its "
    r"stages other than the layout readers alone cost \d+\.\d\dx\) "
    r"\[goal a form <= packed per indicator: (met|not met)\]",
    r"parse-target: [\d,]+ distinct values/s; chinese2digits: [\d,]+ values/s "
    rf"\(200 distinct values, 1 core\) {GOAL}",
    r"PDF disclosures \(`process_file`, CPU seconds of 1 core; 1 file, \d+ pages, 3 performance "
    rf"tables; {SECONDS}\): \d+\.\d pages/s, \d+ ms per performance table "
    r"\[goal >= 10 pages/s per core: (met|not met)\]",
]


@pytest.mark.slow
def test_bench_prints_every_figure_with_its_goal(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setattr(bench, "OUT", tmp_path)
    arguments = ["--files", "17", "--jobs", "2", "--repeat", "2", "--values", "200"]
    assert bench.main([*arguments, "--layout-files", "2", "--pdf-files", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(EXPECTED_LINES), lines
    for line, expected in zip(lines, EXPECTED_LINES, strict=True):
        assert re.fullmatch(expected, line), line
    # The file changed for the rebuilds is restored: the corpus is as generated.
    fresh = tmp_path / "fresh"
    generate_corpus(fresh, 17)
    (fresh / "expected.json").unlink()
    assert {path.name: path.read_bytes() for path in (tmp_path / "corpus-17").iterdir()} == {
        path.name: path.read_bytes() for path in fresh.iterdir()
    }
