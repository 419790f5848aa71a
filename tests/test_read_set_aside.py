"""Tables that are not performance tables (pipeline.layouts.select): a disclosure's
收支总表, 目录 and prose, a workbook's other sheets, a Word document's other tables are set
aside, each with one `table_set_aside` info finding saying where it is and how it begins,
and nothing of them reaches projects or indicators."""

import csv
import io
import json
from decimal import Decimal

import docx
import openpyxl

from pipeline.build.workers import process_file
from pipeline.cells import CellRow, CellTable
from pipeline.layouts.select import set_aside_notes, split_tables
from pipeline.manifest import Source
from tests.conftest import FIXTURES
from tests.test_read_docx import add_filled_table, saved

BUNDLE = FIXTURES / "formats" / "pdf" / "layouts" / "disclosure-bundle.pdf"
EXPECTED = json.loads((BUNDLE.parent / "expected.json").read_text(encoding="utf-8"))
PERFORMANCE_CSV = FIXTURES / "formats" / "edu-two-units.csv"
PROJECTS = [
    project["name"]
    for project in json.loads((FIXTURES / "formats" / "expected.json").read_text(encoding="utf-8"))[
        "edu-two-units.csv"
    ]["projects"]
]
BUDGET = [
    ("某区教育局2024年部门收支总表",),
    ("收入", "", "支出", ""),
    ("项目", "预算数", "项目", "预算数"),
    ("一般公共预算拨款收入", "2,924.60", "教育支出", "3,044.60"),
]


def _notes(tables) -> list[tuple]:
    return [(f["severity"], f["source_line"], f["source_location"], f["message"])
            for f in tables.findings if f["rule"] == "table_set_aside"]  # fmt: skip


def test_a_disclosure_notes_each_page_it_sets_aside_and_reads_only_its_tables():
    tables = process_file("bundle.pdf", BUNDLE.read_bytes(), Source(fiscal_year=2024))
    department = "六安市农业农村局"
    aside = "not a performance table, set aside: "
    assert _notes(tables) == [
        ("info", 1, "p1 line 1", aside + f"p1 line 1 to p1 line 4: {department} | 2024年部门预算 | "
         f"{department}编制"),
        ("info", 5, "p2 line 1", aside + "p2 line 1 to p2 line 7: 目 | 录 | "
         "第二部分 2024年部门预算表 .............…"),
        # (p3 prints only a part's heading, `第二部分 2024年部门预算表`: page furniture, no lines)
        # Pages without a performance table's labels: the lines PDFium printed.
        ("info", 12, "p4 line 1", aside + f"p4 line 1 to p4 line 12: {department}2024年部门收支总表"
         f" | 部门名称：{department} 单位：万元 | 收 入 支 出"),
        ("info", 24, "p5 line 1", aside + f"p5 line 1 to p5 line 20: {department}2024年一般公共预算"
         f"支出表 | 部门名称：{department} 单位：万元 | 功能分类科目"),
        ("info", 44, "p6 line 1", aside + f"p6 line 1 to p6 line 7: {department}2024年一般公共预算"
         f"“三公”经费支出表 | 部门名称：{department} 单位：万元 | 合计 因公出国（境）费"),
        # (the tables' numbers atop the table pages, `表5` …, are page furniture: no lines)
        # (its heading `第三部分 2024年部门预算情况说明` is page furniture too; the lines count the
        # sign-off line printed under a form, kept as its row)
        ("info", 278, "p21 line 2", aside + "p21 line 2 to p21 line 24: 一、收支预算总体情况 | "
         "2024年收入预算34,627.66万元，其中一般公共预算… | 入870.71万元。支出预算34,627.66万元，"
         "其中基…"),
    ]  # fmt: skip
    expected = [p["name"] for table in EXPECTED["disclosure-bundle.pdf"]["tables"]
                for p in table["projects"]]  # fmt: skip
    assert [p["project_name"] or None for p in tables.projects] == expected


def _performance_rows() -> list[list[str]]:
    text = PERFORMANCE_CSV.read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_a_workbook_s_other_sheet_is_set_aside_with_a_note():
    book = openpyxl.Workbook()
    budget = book.active
    budget.title = "收支总表"
    for row in BUDGET:
        budget.append(row)
    sheet = book.create_sheet("绩效目标表")
    for row in _performance_rows():
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    tables = process_file("book.xlsx", buffer.getvalue(), Source(fiscal_year=2024))
    assert _notes(tables) == [
        (
            "info",
            1,
            "收支总表 r1",
            "not a performance table, set aside: 收支总表 r1 to 收支总表 r4: "
            "某区教育局2024年部门收支总表 | 收入 | 支出",
        )
    ]
    assert [p["project_name"] for p in tables.projects] == PROJECTS


def test_a_word_document_s_other_table_is_set_aside_with_a_note():
    document = docx.Document()
    for rows in (BUDGET, _performance_rows()):
        add_filled_table(document, rows)
    tables = process_file("doc.docx", saved(document), Source(fiscal_year=2024))
    # The performance table's 12 rows come first; the table set aside is numbered after.
    assert _notes(tables) == [
        (
            "info",
            13,
            "other table 1 r1",
            "not a performance table, set aside: other table 1 r1 to other table 1 r4: "
            "某区教育局2024年部门收支总表 | 收入 | 支出",
        )
    ]
    assert [p["project_name"] for p in tables.projects] == PROJECTS


SCORES_BY_LEVEL = [
    ("一级指标", "分值", "得分", "得分率"),
    ("产出指标", "60", "58", "96.7%"),
    ("效益指标", "20", "20", "100.0%"),
    ("满意度指标", "10", "10", "100.0%"),
]


def test_a_reports_table_of_scores_by_level_one_is_set_aside_not_read_as_indicators():
    # A 绩效评价报告's own table (一级指标 | 分值 | 得分 | 得分率) before the 自评表: it prints
    # the 一级 indicator column alone, no lower level and no target, so no performance table.
    document = docx.Document()
    for rows in (SCORES_BY_LEVEL, _performance_rows()):
        add_filled_table(document, rows)
    tables = process_file("doc.docx", saved(document), Source(fiscal_year=2024))
    assert _notes(tables) == [
        (
            "info",
            1,
            "table 1 r1",
            "not a performance table, set aside: table 1 r1 to table 1 r4: 一级指标 | 分值 | 得分",
        )
    ]
    assert [p["project_name"] for p in tables.projects] == PROJECTS
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == []


def test_a_link_back_to_the_contents_atop_a_sheet_is_no_line_of_its_table():
    # A workbook whose 目录 sheet links to every sheet, `返回目录` atop each sheet linking back:
    # the table's title is the line under it, and no line of the sheet is left unread.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "甲项目"
    for row in (["返回目录"], ["2024年项目支出绩效目标表"], ["项目名称", "甲项目", "", ""],
                ["一级指标", "二级指标", "三级指标", "指标值"],
                ["产出指标", "数量指标", "培训人次", "≥100人次"]):  # fmt: skip
        sheet.append(row)
    sheet["A1"].hyperlink = "#'目录'!A1"
    book.create_sheet("目录").append(["甲项目"])
    buffer = io.BytesIO()
    book.save(buffer)
    tables = process_file("book.xlsx", buffer.getvalue(), Source(fiscal_year=2024))
    assert [f["rule"] for f in tables.findings if f["severity"] == "warning"] == []
    assert tables.documents[0]["title"] == "2024年项目支出绩效目标表"
    assert [p["project_name"] for p in tables.projects] == ["甲项目"]


def _table(index: int, rows: list[tuple[str, ...]], notes=()) -> CellTable:
    return CellTable(
        "t.pdf", index, None, tuple(CellRow(cells, index * 10 + k) for k, cells in enumerate(rows)),
        notes=notes,
    )  # fmt: skip


def test_a_table_set_aside_gives_its_readers_notes_and_a_kept_one_drops_those_for_it_set_aside():
    note = ("table_set_aside", 20, "lines that may be the rows of the table before", "指标值")
    hidden = ("hidden_cells_skipped", 21, "column A (编码)", "编码")
    form = [
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "数量指标", "培训人数", "≥100人"),
    ]
    # The table it is on is no performance table: set aside, the note given after its own,
    # and so is any other note its reader left on it.
    chosen = split_tables((_table(1, form), _table(2, BUDGET, (note, hidden))))
    assert [t.index for t in chosen.tables] == [1]
    assert [t.notes for t in chosen.set_aside] == [(note, hidden)]
    assert [(f["rule"], f["source_line"], f["message"]) for f in
            set_aside_notes("d", chosen.set_aside)] == [
        ("table_set_aside", 20,
         "not a performance table, set aside: 20 to 23: 某区教育局2024年部门收支总表 | 收入 | 支出"),
        ("table_set_aside", 20, "lines that may be the rows of the table before"),
        ("hidden_cells_skipped", 21, "column A (编码)"),
    ]  # fmt: skip
    # It is a performance table: kept, without the note.
    kept = split_tables((_table(1, BUDGET), _table(2, form, (note, hidden))))
    assert [(t.index, t.notes) for t in kept.tables] == [(2, (hidden,))]
    assert [t.index for t in kept.set_aside] == [1]


def test_a_departments_head_drawn_as_a_table_of_its_own_heads_the_indicator_table_after_it():
    # 北林 (held-out round 128): a PDF drawing the department's head (name, tasks, money, goal)
    # and its indicator grid as two tables. Before, the head was set aside as no performance
    # table: no total, no goal, the grid read as a form of no name.
    head = [("部门名称", "某区民政局", ""), ("年度预算申请", "资金总额", "一般公共预算拨款"),
            ("", "7,568.42", "7,568.42"), ("部门整体绩效目标", "健全社会救助体系。", "")]  # fmt: skip
    grid = [("一级指标", "二级指标", "三级指标", "指标值"),
            ("产出指标", "数量指标", "城乡低保保障人数", "≥1.86万人")]  # fmt: skip
    chosen = split_tables((_table(0, BUDGET), _table(1, head), _table(2, grid)))
    assert [[row.cells for row in table.rows] for table in chosen.tables] == [[*head, *grid]]
    assert [table.index for table in chosen.set_aside] == [0]
    tables = process_file(
        "head.txt", "\n".join("\t".join(r) for r in [*head, *grid]).encode(), Source()
    )
    assert [(p["total_amount"], p["performance_goal"]) for p in tables.projects] == [
        (Decimal("7568.42"), "健全社会救助体系。"),
    ]
