"""The synthetic benchmark corpus: deterministic, and its manifest tells the truth.

The files are read back here with a parser of the test's own (not the generator's), so
that a miscount in the generator cannot hide behind the same miscount in the check.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.corpus import generate_corpus, main

N = 20
HEADER = "项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标"
AMOUNT = re.compile(r"^(\d{1,3}(,\d{3})*|\d+)\.\d\d$")
PAGE = re.compile(r"^第 (\d+) 页，共 (\d+) 页$")
NUMBER = re.compile(r"(?:^|。)(\d+)、")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("corpus")
    return out, generate_corpus(out, N, seed=7)


def decode(data: bytes, entry: dict) -> str:
    """Decode strictly as the manifest declares, checking BOM and line ends."""
    encoding = entry["encoding"]
    assert encoding in {"utf-8", "utf-8-sig", "gb18030"}
    assert data.startswith(codecs.BOM_UTF8) == (encoding == "utf-8-sig")
    text = data.decode(encoding)
    if encoding == "gb18030":
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    if entry["newline"] == "crlf":
        assert "\r" not in text.replace("\r\n", "")
        assert "\n" not in text.replace("\r\n", "")
        text = text.replace("\r\n", "\n")
    else:
        assert entry["newline"] == "lf"
        assert "\r" not in text
    return text


def read_table(text: str) -> dict:
    """Rows of a table, continuation rows joined to the row above them."""
    rows: list[list[str]] = []
    headers = wrapped = 0
    pages: list[tuple[int, int]] = []
    department = None
    for line in text.split("\n"):
        if line.startswith("部门名称："):
            department = line.removeprefix("部门名称：")
        if m := PAGE.match(line):
            pages.append((int(m[1]), int(m[2])))
        if "\t" not in line:
            continue
        if line == HEADER:
            headers += 1
            continue
        cells = line.split("\t")
        assert len(cells) == 7, line
        if cells[:5] == [""] * 5:
            assert rows and rows[-1][6], "a continuation row follows a project row"
            if rows[-1][7] == "":
                wrapped += 1
            rows[-1][5] += cells[5]
            rows[-1][6] += cells[6]
            rows[-1][7] = "wrapped"
            continue
        rows.append([*cells, ""])
    return {
        "department": department,
        "rows": rows,
        "headers": headers,
        "pages": pages,
        "wrapped": wrapped,
    }


def amount(cell: str) -> Decimal | None:
    if cell == "":
        return None
    assert AMOUNT.match(cell), cell
    return Decimal(cell.replace(",", ""))


def column_sum(values: list[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def check_file(path: Path, entry: dict) -> None:
    table = read_table(decode(path.read_bytes(), entry))
    rows = table["rows"]
    assert table["department"] == entry["department"]
    assert rows[0][0] == "合计"
    grand = [amount(c) for c in rows[0][1:5]]
    units: list[tuple[str, list[Decimal | None], list[list[Decimal | None]]]] = []
    projects = indicators = 0
    for row in rows[1:]:
        values = [amount(c) for c in row[1:5]]
        if row[5] == "" and row[6] == "":  # a 资金使用单位 subtotal row
            units.append((row[0], values, []))
            continue
        assert units, "projects sit under a 资金使用单位 row"
        projects += 1
        assert values[0] == column_sum(values[1:]), row[0]
        units[-1][2].append(values)
        numbers = [int(n) for n in NUMBER.findall(row[6])]
        assert numbers == list(range(1, len(numbers) + 1)), row[6]
        assert 3 <= len(numbers) <= 8
        assert row[6].count("实施周期指标值") == row[6].count("年度指标值") == len(numbers)
        assert row[6].endswith("。")
        indicators += len(numbers)
    for name, subtotal, members in units:
        assert members, name
        assert subtotal == [column_sum(list(col)) for col in zip(*members, strict=True)], name
    assert grand == [column_sum(list(col)) for col in zip(*(u[1] for u in units), strict=True)]
    assert [u[0] for u in units] == entry["units"]
    assert projects == entry["project_count"]
    assert indicators == entry["indicator_count"]
    assert grand[0] is not None and f"{grand[0]:.2f}" == entry["grand_total"]
    assert table["wrapped"] == entry["wrapped_rows"]
    pages = table["pages"]
    if entry["layout"] == "pdf":  # page lines 1..k of M (the last may be lost), a header a page
        assert pages
        total = pages[0][1]
        assert [p for p, _ in pages] == list(range(1, len(pages) + 1))
        assert {m for _, m in pages} == {total}
        assert len(pages) in {total - 1, total}
        assert table["headers"] == total
    else:
        assert entry["layout"] == "clean"
        assert pages == []
        assert table["wrapped"] == 0
        assert table["headers"] == 1


def test_manifest_matches_written_files(corpus: tuple[Path, dict]) -> None:
    out, manifest = corpus
    assert len(manifest) == N
    assert json.loads((out / "expected.json").read_text(encoding="utf-8")) == manifest
    assert sorted(p.name for p in out.glob("*.txt")) == sorted(manifest)
    for file, entry in manifest.items():
        assert 1 <= entry["project_count"] <= 60
        assert 1 <= len(entry["units"]) <= 3
        assert 2021 <= entry["fiscal_year"] <= 2026
        if entry["table_layout"] == "packed":
            check_file(out / file, entry)
        else:  # read back by the build (tests/test_corpus_build.py)
            text = decode((out / file).read_bytes(), entry)
            assert entry["department"] in text and entry["layout"] == "clean"


def test_sources_csv(corpus: tuple[Path, dict]) -> None:
    out, manifest = corpus
    with (out / "sources.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == [
            "file",
            "fiscal_year",
            "region",
            "department",
            "source_url",
            "retrieved",
        ]
        rows = list(reader)
    assert [r["file"] for r in rows] == list(manifest)
    for r in rows:
        entry = manifest[r["file"]]
        assert int(r["fiscal_year"]) == entry["fiscal_year"]
        assert r["department"] == entry["department"]
        assert r["region"].endswith(entry["region"])
        assert re.match(r"^\d{4}-\d\d-\d\d$", r["retrieved"])


def test_same_seed_gives_identical_bytes(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    generate_corpus(a, N, seed=3)
    generate_corpus(b, N, seed=3)
    generate_corpus(c, N, seed=4)
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert (a / "expected.json").read_bytes() != (c / "expected.json").read_bytes()


def test_smaller_corpus_is_a_prefix(tmp_path: Path, corpus: tuple[Path, dict]) -> None:
    out, manifest = corpus
    small = generate_corpus(tmp_path, 5, seed=7)
    assert list(small) == list(manifest)[:5]
    for name in small:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes()


def test_mix_of_forms_and_sizes(tmp_path: Path) -> None:
    manifest = generate_corpus(tmp_path, 300, seed=0)
    everything = list(manifest.values())
    forms = {(e["encoding"], e["newline"]) for e in everything}
    assert forms == {("utf-8", "lf"), ("utf-8-sig", "lf"), ("gb18030", "crlf")}

    def share(pred, entries: list[dict]) -> float:
        return sum(1 for e in entries if pred(e)) / len(entries)

    # Layouts as nationally: per-project forms the commonest, then the packed table.
    layouts = Counter(e["table_layout"] for e in everything)
    assert [layout for layout, _ in layouts.most_common(2)] == ["project-form", "packed"]
    assert set(layouts) == {"project-form", "split-columns", "packed", "indicator-rows",
                            "flat-list", "department-overall"}  # fmt: skip
    assert 0.25 <= share(lambda e: e["table_layout"] == "project-form", everything) <= 0.45
    assert 0.15 <= share(lambda e: e["table_layout"] == "packed", everything) <= 0.35
    assert 0.05 <= share(lambda e: e["encoding"] == "utf-8-sig", everything) <= 0.16
    assert 0.09 <= share(lambda e: e["encoding"] == "gb18030", everything) <= 0.22
    # About as many indicators a file as the packed tables alone had (~100).
    assert 80 <= sum(e["indicator_count"] for e in everything) / len(everything) <= 120
    # PDF damage: packed tables only, as the packed tables alone had it.
    entries = [e for e in everything if e["table_layout"] == "packed"]
    assert all(e["layout"] == "clean" for e in everything if e not in entries)
    clean = share(lambda e: e["encoding"] == "utf-8" and e["layout"] == "clean", entries)
    assert 0.55 <= clean <= 0.8
    assert 0.09 <= share(lambda e: e["layout"] == "pdf", entries) <= 0.25
    assert any(e["layout"] == "pdf" and e["encoding"] != "utf-8" for e in entries)
    assert any(e["wrapped_rows"] for e in entries)
    projects = sum(e["project_count"] for e in entries)
    indicators = sum(e["indicator_count"] for e in entries)
    assert 20 <= projects / len(entries) <= 30
    assert 3.6 <= indicators / projects <= 4.6
    assert {len(e["units"]) for e in entries} == {1, 2, 3}
    assert len({e["department"] for e in entries}) > 50
    assert len({e["fiscal_year"] for e in entries}) == 6
    for file in [name for name, e in manifest.items() if e in entries][:: len(entries) // 10]:
        check_file(tmp_path / file, manifest[file])


def test_main_prints_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "out"), "--files", "3", "--seed", "1"]) == 0
    printed = capsys.readouterr().out
    assert printed.count("\n") == 1
    assert re.match(r"^3 files, \d+ projects, \d+ indicators in [\d.]+ s", printed)
    assert len(list((tmp_path / "out").glob("*.txt"))) == 3
