"""CSV and XLSX renderings of the real tables (tests/fixtures/formats, copied from the shared
examples) built end to end: each gives what its expected.json entry states, and the same
projects, indicators, thresholds and amount rows as the tab-separated original it was rendered
from (ids, file, line and location aside); a workbook's rows say where they are."""

import io
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from pipeline.build.run import run_build
from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read.workbook import read_workbook
from tests.layout_expectations import assert_as_expected, rows

FIXTURES = Path(__file__).parent / "fixtures"
FORMATS = FIXTURES / "formats"
EXPECTED = json.loads((FORMATS / "expected.json").read_text(encoding="utf-8"))
ORIGINALS = ("layouts", "raw-variants")
COMPARED = ("projects", "indicators", "thresholds", "amount_rows")
NOT_COMPARED = {"source_file", "source_line", "source_location"}
# Where a rendering says more than its original: this workbook merges the 效益指标 cell down
# over the 满意度 row that the text leaves empty. The merge is read as the file prints it (and
# a category_code_mismatch finding reports 31 under 2), so that indicator's level differs.
AS_MERGED = {
    "A-hunan-xiangtan-wupaoche-2023.xlsx": {
        7: {"level1_code": "2", "level1_name": "效益指标", "level1_raw": "效益指标"}
    }
}


def _build(tmp_path_factory, name: str, folder: Path, suffixes: tuple[str, ...]) -> Path:
    raw = tmp_path_factory.mktemp(f"{name}-raw")
    for path in folder.iterdir():
        if path.suffix in suffixes or path.name == "sources.csv":
            shutil.copy(path, raw / path.name)
    out = tmp_path_factory.mktemp(f"{name}-out")
    summary = run_build(raw, out, use_cache=False)
    assert summary.failed == []
    return out / "performance.duckdb"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return _build(tmp_path_factory, "formats", FORMATS, (".csv", ".xlsx"))


@pytest.fixture(scope="module")
def originals(tmp_path_factory) -> dict[str, Path]:
    return {
        folder: _build(tmp_path_factory, folder, FIXTURES / folder, (".txt",))
        for folder in ORIGINALS
    }


def _content(database: Path, table: str, source_file: str) -> list[dict]:
    """A file's rows of a table in output order, without their ids, file and line."""
    found = rows(
        database, f"SELECT * FROM {table} WHERE source_file = ? ORDER BY rowid", source_file
    )
    return [
        {k: v for k, v in row.items() if not k.endswith("_id") and k not in NOT_COMPARED}
        for row in found
    ]


LAYOUT_ENTRIES = sorted(name for name in EXPECTED if not name.startswith("edu-"))
LAYOUT_ORIGINALS = {EXPECTED[name]["rendered_from"] for name in LAYOUT_ENTRIES}


@pytest.mark.parametrize("name", LAYOUT_ENTRIES)
def test_each_rendering_gives_its_expected_projects_and_indicators(built, name):
    assert_as_expected(built, name, EXPECTED[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_rendering_gives_the_rows_of_its_original(built, originals, name):
    original = EXPECTED[name]["rendered_from"]
    database = originals["layouts" if original in LAYOUT_ORIGINALS else "raw-variants"]
    for table in COMPARED:
        expected = _content(database, table, original)
        if table == "indicators":
            merged = AS_MERGED.get(name, {})
            expected = [row | merged.get(row["indicator_position"], {}) for row in expected]
        assert _content(built, table, name) == expected, table


def _file_findings(source_file: str, data: bytes) -> list[tuple]:
    tables = process_file(source_file, data, Source(fiscal_year=2024))
    assert [row["status"] for row in tables.documents] == ["failed"]
    return [(f["rule"], f["source_line"], f["message"]) for f in tables.findings]


def test_a_damaged_word_document_named_txt_fails_saying_what_to_do():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "WordDocument\0".encode("utf-16-le")
    assert _file_findings("table.txt", data) == [
        (
            "file_unreadable",
            1,
            "Word 97–2003 document that cannot be read: no WordDocument stream; open it in "
            "Word or WPS and save it again as .docx",
        )
    ]


def test_a_workbook_with_no_text_fails_saying_so():
    book = openpyxl.Workbook()
    buffer = io.BytesIO()
    book.save(buffer)
    assert _file_findings("empty.xlsx", buffer.getvalue()) == [
        (
            "file_unreadable",
            1,
            "no table in the file (no cell holds text); is this a 项目支出绩效目标表?",
        )
    ]


def test_a_packed_table_in_a_workbook_traces_to_its_rows(built):
    found = rows(
        built,
        "SELECT project_name, source_line FROM projects WHERE source_file = ? "
        "ORDER BY project_seq LIMIT 2",
        "edu-two-units.xlsx",
    )
    (table,) = read_workbook("edu-two-units.xlsx", (FORMATS / "edu-two-units.xlsx").read_bytes())
    lines = {row.line: row.cells for row in table.rows}
    assert [lines[project["source_line"]][0] for project in found] == [
        project["project_name"] for project in found
    ]


@pytest.mark.parametrize("table", ["projects", "amount_rows", "indicators", "findings"])
def test_each_row_of_a_workbook_says_its_sheet_and_row(built, table):
    found = rows(
        built,
        f"SELECT source_file, source_line, source_location FROM {table} "
        "WHERE source_line IS NOT NULL",
    )
    sheets = {
        name: read_workbook(name, (FORMATS / name).read_bytes())[0].rows[0].location.split(" r")[0]
        for name in EXPECTED
        if name.endswith(".xlsx")
    }
    assert found
    assert [row["source_location"] for row in found] == [
        f"{sheets[row['source_file']]} r{row['source_line']}"
        if row["source_file"] in sheets
        else None
        for row in found
    ]


# A packed table whose 绩效指标 cell holds its indicators on lines of their own, no `。` between
# them: in a workbook, and in the workbook's tab-separated text, which quotes that cell over lines.
BROKEN_CELL = (
    "1、产出指标；数量指标；培训人次；实施周期指标值：≥300人次；年度指标值：≥100人次\n"
    "2、满意度指标；服务对象满意度指标；学员满意度；实施周期指标值：≥90%；年度指标值：≥90%"
)
BROKEN_ROWS = [
    ["项目支出绩效目标表"], ["单位：万元"],
    ["项目名称", "总计", "财政拨款", "其他资金", "绩效目标", "绩效指标"],
    ["职业技能培训", "12.50", "10.00", "2.50", "开展培训", BROKEN_CELL],
]  # fmt: skip


def _broken_cell_workbook() -> bytes:
    book = openpyxl.Workbook()
    for row in BROKEN_ROWS:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _broken_cell_text() -> bytes:
    def quoted(cell: str) -> str:
        return f'"{cell}"' if "\n" in cell else cell

    return "\n".join("\t".join(map(quoted, row)) for row in BROKEN_ROWS).encode()


@pytest.mark.parametrize(
    ("name", "data", "lines"),
    [("broken.xlsx", _broken_cell_workbook(), [4, 4]), ("broken.txt", _broken_cell_text(), [4, 5])],
)
def test_a_packed_cells_indicators_on_lines_of_their_own_are_each_read(name, data, lines):
    # One indicator was read, 培训人次 with the second's targets (≥90%), under a 一级 of
    # `"1、产出指标` in the text, the quote kept; the second was lost.
    tables = process_file(name, data, Source(fiscal_year=2025))
    assert [
        (i["indicator_seq"], i["level1_raw"], i["indicator_name"], i["period_target"],
         i["annual_target"], i["source_line"])
        for i in tables.indicators
    ] == [
        (1, "产出指标", "培训人次", "≥300人次", "≥100人次", lines[0]),
        (2, "满意度指标", "学员满意度", "≥90%", "≥90%", lines[1]),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
