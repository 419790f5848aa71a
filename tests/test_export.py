"""The export as an analyst opens it: the workbook in openpyxl (sheets, Chinese headers, cell
types, the 万元 format, the seed's totals) and the CSV files in pandas."""

import datetime
import shutil
from collections import Counter
from decimal import Decimal

import duckdb
import openpyxl
import pandas as pd
import pytest
import xlsxwriter

import schemas
from pipeline.outputs import export
from pipeline.outputs.database import VIEWS
from tests.test_cli import run

SHEETS = [
    "project_summary",
    "indicator_targets",
    "indicator_summary",
    "quantified_share_by_level",
    "satisfaction_targets",
    "target_attainment",
    "attainment_by_document",
    "attainment_by_department",
    "documents",
    "projects",
    "amount_rows",
    "indicators",
    "thresholds",
    "indicator_categories",
    "findings",
    "project_links",
    "columns",
]
MONEY = ["total_amount", "fiscal_appropriation", "fiscal_special_account", "other_funds"]


@pytest.fixture(scope="module")
def workbook(seed_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "绩效.xlsx"
    result = run("export", "--db", seed_build / "performance.duckdb", "--out", out)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"wrote {out}: 17 sheets, 806 rows\n"
    return openpyxl.load_workbook(out)


def _table(worksheet) -> list[dict]:
    header, *rows = worksheet.iter_rows()
    return [{h.value: cell for h, cell in zip(header, row, strict=True)} for row in rows]


def test_the_workbook_has_a_sheet_per_table_and_main_view_and_one_of_columns(workbook):
    assert workbook.sheetnames == SHEETS
    assert all(len(name) <= 31 for name in workbook.sheetnames)
    for worksheet in workbook:
        assert worksheet.freeze_panes == "A2"
        assert worksheet.auto_filter.ref == f"A1:{worksheet.dimensions.split(':')[1]}"


def test_headers_are_the_chinese_labels_and_titles(workbook):
    assert [cell.value for cell in workbook["projects"][1]][:13] == [
        "项目编号",
        "文档编号",
        "项目顺序",
        "项目名称",
        "资金使用单位",
        "总计",
        "财政拨款",
        "财政专户拨款",
        "其他资金",
        "总计（原文）",
        "财政拨款（原文）",
        "财政专户拨款（原文）",
        "其他资金（原文）",
    ]
    assert [cell.value for cell in workbook["quantified_share_by_level"][1]] == [
        "文档编号",
        "部门名称",
        "年度",
        "一级指标代码",
        "一级指标",
        "指标数",
        "已量化数",
        "量化比例",
    ]


def test_every_column_of_every_table_and_view_has_a_chinese_name_of_its_own():
    """Two columns of a sheet never share a header, and none falls back to English."""
    for table, model in schemas.TABLES.items():
        headers = [export.ColumnDoc.of(c).header_zh for c in model.to_schema().columns.values()]
        assert None not in headers, table
        assert [h for h, n in Counter(headers).items() if n > 1] == [], table
    for view, definition in VIEWS.items():
        assert all(doc.title_zh for doc in definition.computed.values()), view


def test_money_is_numbers_in_the_wan_yuan_format_and_the_seed_adds_up(workbook):
    rows = _table(workbook["projects"])
    assert len(rows) == 28
    first = rows[0]
    assert (first["项目名称"].value, first["总计"].value, first["总计"].number_format) == (
        "项目验收（完工评价）、评审以及项目与行业管理支出",
        97,
        '#,##0.00####" 万元"',
    )
    for row in rows:
        for label in ("总计", "财政拨款", "财政专户拨款", "其他资金"):
            cell = row[label]
            assert cell.value is None or (
                cell.data_type == "n" and cell.number_format == export.MONEY_FORMAT
            )
        assert row["总计（原文）"].data_type == "s"
    total = sum(Decimal(str(row["总计"].value)) for row in rows)
    assert total == Decimal("2288.09")
    summary = sum(Decimal(str(row["总计"].value)) for row in _table(workbook["project_summary"]))
    assert summary == Decimal("2288.09")


def test_cells_keep_their_types(workbook):
    clause = _table(workbook["thresholds"])[0]
    assert {header: (cell.value, cell.data_type) for header, cell in clause.items()} == {
        "指标编号": ("guangzhou-huadu-kgxj-2025.txt:p1:i1", "s"),
        "项目编号": ("guangzhou-huadu-kgxj-2025.txt:p1", "s"),
        "文档编号": ("guangzhou-huadu-kgxj-2025.txt", "s"),
        "指标值期间": ("period", "s"),
        "子句顺序": (1, "n"),
        "指标值": ("3场以上", "s"),
        "数值类型": ("number", "s"),
        "比较符": (">=", "s"),
        "数值": (3, "n"),
        "上限值": (None, "n"),
        "计量单位": ("场", "s"),
        "折算数值": (3, "n"),
        "折算上限值": (None, "n"),
        "折算单位": ("场", "s"),
        "日期": (None, "n"),
        "截止日期": (None, "n"),
        "其余文字": (None, "n"),
        "比较符由指标名称推断": (False, "b"),
        "单位由指标名称推断": (False, "b"),
        "原始文件": ("guangzhou-huadu-kgxj-2025.txt", "s"),
        "原始行号": (12, "n"),
    }
    dates = [row["日期"] for row in _table(workbook["thresholds"]) if row["日期"].value]
    assert dates[0].is_date and dates[0].number_format == export.DATE_FORMAT
    assert isinstance(dates[0].value, datetime.datetime)


def test_rows_follow_their_tables_order_numbers_in_ids_counted(workbook):
    ids = [row["项目编号"].value for row in _table(workbook["projects"])]
    assert ids[8:11] == [f"guangzhou-huadu-kgxj-2025.txt:p{n}" for n in (9, 10, 11)]


def test_the_columns_sheet_says_what_each_column_is(workbook):
    rows = [[cell.value for cell in row] for row in workbook["columns"].iter_rows()]
    assert rows[0] == ["表", "列", "中文列名", "英文列名", "说明", "单位"]
    by_column = {(row[0], row[1]): row for row in rows[1:]}
    assert by_column["projects", "total_amount"] == [
        "projects",
        "total_amount",
        "总计",
        "Total",
        "Total funds in 万元, exact: the printed amount converted from the unit the table "
        "prints (documents.currency_unit, or the cell's own: 3,309,840.53 元 is 330.984053). "
        "Null when the cell is empty, or its amount cannot be converted (see findings).",
        "万元",
    ]
    assert by_column["project_summary", "output_indicators"] == [
        "project_summary",
        "output_indicators",
        "产出指标数",
        "Output indicators",
        "Indicators under 产出指标 (level1_code 1).",
        None,
    ]
    sheets = [sheet for sheet in workbook.sheetnames if sheet != "columns"]
    assert list(dict.fromkeys(row[0] for row in rows[1:])) == sheets


@pytest.mark.slow
def test_english_headers_and_csv_files_with_a_byte_order_mark(seed_build, tmp_path):
    out = tmp_path / "csv"
    result = run(
        "export", "--db", seed_build / "performance.duckdb", "--format", "csv", "--out", out
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"wrote {out}: 17 files, 806 rows\n",
        "",
    )
    assert sorted(path.name for path in out.iterdir()) == sorted(f"{s}.csv" for s in SHEETS)
    data = (out / "projects.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + "项目编号,文档编号,".encode())
    projects = pd.read_csv(out / "projects.csv", encoding="utf-8-sig", dtype=str)
    assert len(projects) == 28
    assert projects.loc[0, ["项目名称", "总计", "总计（原文）"]].tolist() == [
        "项目验收（完工评价）、评审以及项目与行业管理支出",
        "97.000000",
        "97.00",
    ]
    assert sum(Decimal(amount) for amount in projects["总计"].dropna()) == Decimal("2288.09")

    english = tmp_path / "en.xlsx"
    assert (
        run(
            "export", "--db", seed_build / "performance.duckdb", "--lang", "en", "--out", english
        ).returncode
        == 0
    )
    header = [cell.value for cell in openpyxl.load_workbook(english)["projects"][1]]
    assert header[:6] == ["Project id", "Document id", "Project order", "Project name",
                          "Funding unit", "Total"]  # fmt: skip


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    path = tmp_path / "formula.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    formats = {"header": None, "money": None, "date": None}
    columns = [export.Column("text", "VARCHAR", None)]
    export._write_rows(workbook.add_worksheet("t"), columns, ["text"], [("=1+1",)], formats)
    workbook.close()
    cell = openpyxl.load_workbook(path)["t"]["A2"]
    assert (cell.value, cell.data_type) == ("=1+1", "s")


def test_a_table_too_long_for_a_sheet_is_an_error_naming_it(seed_build, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "EXCEL_ROWS", 200)
    out = tmp_path / "out.xlsx"
    with pytest.raises(export.ExportError) as refused:
        export.export(seed_build / "performance.duckdb", "xlsx", out)
    assert str(refused.value) == (
        "indicator_targets: 228 rows, more than an Excel sheet holds (200); export with "
        "--format csv, or select fewer rows with query"
    )
    assert list(tmp_path.iterdir()) == []


def test_text_too_long_for_a_cell_is_an_error_naming_the_column(seed_build, tmp_path):
    database = tmp_path / "performance.duckdb"
    shutil.copyfile(seed_build / "performance.duckdb", database)
    with duckdb.connect(str(database)) as connection:
        connection.execute(
            "UPDATE findings SET evidence = repeat('证', 40000) "
            "WHERE finding_id = (SELECT min(finding_id) FROM findings)"
        )
    with pytest.raises(export.ExportError) as refused:
        export.export(database, "xlsx", tmp_path / "out.xlsx")
    assert str(refused.value) == (
        "findings.evidence: a value of 40,000 characters, more than an Excel cell holds "
        "(32,767); export with --format csv"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["performance.duckdb"]


def test_no_database_is_one_line(tmp_path):
    result = run("export", "--db", tmp_path / "none.duckdb")
    assert (result.returncode, result.stdout, result.stderr) == (
        1,
        "",
        f"error: {tmp_path / 'none.duckdb'}: no database there; run `make build` first or pass "
        "--db PATH\n",
    )
