"""Layout readers (pipeline.layouts) on the real tables of tests/fixtures/layouts, compared with
the expectations written by reading them (expected.json), the way the layouts judge counts."""

import csv
import dataclasses
import json
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.labels.grid_rows import canonical_level
from pipeline.layouts import project_amounts, read_table
from pipeline.layouts.clauses import target_clauses
from pipeline.read.text_cells import read_text_cells
from tests.conftest import RAW, SEED_FILE

FOLDERS = {
    name: Path(__file__).parent / "fixtures" / name for name in ("layouts", "self-evaluation")
}


def load(folder: Path):
    with (folder / "sources.csv").open(encoding="utf-8") as handle:
        years = {row["file"]: int(row["fiscal_year"]) for row in csv.DictReader(handle)}
    return json.loads((folder / "expected.json").read_text(encoding="utf-8")), years


EXPECTED = {name: load(folder) for name, folder in FOLDERS.items()}
CASES = [(folder, name) for folder, (expected, _) in EXPECTED.items() for name in sorted(expected)]


def key(text) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(text or ""))).strip()


LEAD = re.compile(r"^(?:[*★☆]+|指标\d+[:.、]|\d+[、.])")


def loose(text) -> str:
    text, previous = re.sub(r"\s+", "", key(text)), None
    while text != previous:
        previous, text = text, LEAD.sub("", text)
    return text


def find(items, name, attribute, used):
    for fold in (key, loose):
        for item in items:
            if id(item) not in used and fold(getattr(item, attribute)) == fold(name):
                used.add(id(item))
                return item
    return None


def read(folder: str, name: str):
    text = (FOLDERS[folder] / name).read_text(encoding="utf-8")
    return [read_table(table) for table in read_text_cells(name, text)]


def canonical(raw, level):
    category = canonical_level(raw, level)
    return category.name if category else None


def target_problems(scope, expected, indicator, year):
    clauses = target_clauses(indicator, scope, year)
    clause = clauses[0] if clauses else None
    if expected is None or "kind" not in expected:
        return [f"{scope}: expected none, got {clause}"] if expected is None and clause else []
    if clause is None:
        return [f"{scope}: no clause for {expected['text']!r}"]
    bad = []
    for name in ("kind", "operator", "value", "unit"):
        if name not in expected and not (expected["kind"] == "text" and name != "kind"):
            continue
        want, got = expected.get(name), getattr(clause, name)
        same = (
            (want is None and got is None)
            if want is None or got is None
            else (
                abs(float(want) - float(got)) < 1e-9 if name == "value" else key(want) == key(got)
            )
        )
        if not same:
            bad.append(f"{scope} {name} {got!r} != {want!r}")
    return bad


def same_text(want, got) -> bool:
    return key(want) == key(got) if want is not None else got in (None, "")


def same_number(want, got) -> bool:
    return (
        got in (None, "")
        if want is None
        else got not in (None, "") and Decimal(got) == Decimal(str(want))
    )


def score_file(folder: str, name: str):
    """(indicators right, indicators expected, projects right, projects expected, misses)."""
    expected, years = EXPECTED[folder][0][name], EXPECTED[folder][1]
    reads = read(folder, name)
    projects = [p for r in reads for p in r.projects]
    used, misses, right, projects_right = set(), [], 0, 0
    for ep in expected["projects"]:
        if ep["name"] is None:
            wide = [p for p in projects if p.project_kind == "department"]
            got = wide[0] if wide else projects[0] if len(projects) == 1 else None
        else:
            got = find(projects, ep["name"], "name", used)
        if got is None:
            misses.append(f"project {ep['name']} not found")
            continue
        total = project_amounts(got)["total"]
        if ep["total_wan"] is not None and total != Decimal(ep["total_wan"]):
            misses.append(f"project {ep['name']}: total {total} != {ep['total_wan']}")
        else:
            projects_right += 1
        seen = set()
        for ei in ep["indicators"]:
            ind = find(got.indicators, ei["name"], "name", seen)
            if ind is None:
                misses.append(f"indicator {ei['name']} not found")
                continue
            bad = [f"level{n} {canonical(getattr(ind, f'level{n}_raw'), n)!r} != {ei[f'level{n}']!r}"
                   for n in (1, 2) if ei[f"level{n}"] is not None
                   and canonical(getattr(ind, f"level{n}_raw"), n) != ei[f"level{n}"]]  # fmt: skip
            for scope in ("annual", "period"):
                bad += target_problems(scope, ei[scope], ind, years[name])
            if not same_text(ei.get("actual"), ind.actual):
                bad.append(f"actual {ind.actual!r} != {ei['actual']!r}")
            if not same_number(ei.get("score"), ind.score):
                bad.append(f"score {ind.score!r} != {ei['score']!r}")
            if ei["weight"] is not None and (
                ind.weight is None or Decimal(ind.weight) != Decimal(str(ei["weight"]))
            ):
                bad.append(f"weight {ind.weight!r} != {ei['weight']}")
            if bad:
                misses.append(f"{ei['name']}: " + "; ".join(bad))
            else:
                right += 1
    count = sum(len(p["indicators"]) for p in expected["projects"])
    return right, count, projects_right, len(expected["projects"]), misses


@pytest.mark.parametrize(("folder", "name"), CASES)
def test_every_expected_project_and_indicator_is_read(folder, name):
    right, count, projects_right, projects, misses = score_file(folder, name)
    assert misses == []
    assert (right, projects_right) == (count, projects)


@pytest.mark.parametrize(
    ("folder", "indicators", "projects"), [("layouts", 94, 13), ("self-evaluation", 54, 5)]
)
def test_every_file_of_a_folder_gives_every_indicator(folder, indicators, projects):
    scores = [score_file(folder, name) for f, name in CASES if f == folder]
    assert sum(s[0] for s in scores) == sum(s[1] for s in scores) == indicators
    assert sum(s[2] for s in scores) == sum(s[3] for s in scores) == projects


@pytest.mark.parametrize(("folder", "name"), CASES)
def test_no_extra_projects_and_layout_as_expected(folder, name):
    expected = EXPECTED[folder][0][name]
    reads = read(folder, name)
    assert [p.name for r in reads for p in r.projects] == [p["name"] for p in expected["projects"]]
    assert {r.layout for r in reads} == {expected["layout"]}
    assert {r.currency_unit for r in reads} == {expected["currency_unit"]}


def strings(value):
    """Every string inside a record, recursively."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for item in dataclasses.fields(value):
            yield from strings(getattr(value, item.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from strings(item)


@pytest.mark.parametrize(("folder", "name"), CASES)
def test_nothing_is_lost(folder, name):
    """Every non-blank cell ends up in a record, a recognised label or a leftover."""
    text = (FOLDERS[folder] / name).read_text(encoding="utf-8")
    for table in read_text_cells(name, text):
        kept = {key(s) for s in strings(read_table(table))}
        blob = "\n".join(kept)
        for row in table.rows:
            for cell in row.cells:
                if cell.strip():
                    assert key(cell) in kept or key(cell) in blob, (row.line, cell)


def test_the_seed_packed_table_is_left_to_the_packed_reader():
    seed = RAW / SEED_FILE
    (table,) = read_text_cells(seed.name, seed.read_text(encoding="utf-8"))
    read = read_table(table)
    assert (read.layout, read.projects, read.findings, read.leftovers) == (
        "packed-cell",
        (),
        (),
        (),
    )
