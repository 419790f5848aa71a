"""PDF reader (pipeline.read.pdf): the rendered fixtures give the cells of the tab-separated
originals and what expected.json says; generated PDFs test page breaks, merged cells, tables
ruled only between rows, scans, passwords and damage."""

import csv
import io
import json
import logging
import re
import sys
from decimal import Decimal
from difflib import SequenceMatcher
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

import pipeline.read.pdf as pdf_reader
import tests.test_layouts as layout_checks
from pipeline.build.workers import process_file
from pipeline.cells import CellRow
from pipeline.labels.lines import signs_off
from pipeline.layouts import read_table
from pipeline.layouts.select import file_tables
from pipeline.manifest import Source
from pipeline.read.pdf import read_pdf_tables
from pipeline.read.text import ExtractError, decode
from pipeline.read.text_cells import read_text_cells

FIXTURES = Path(__file__).parent / "fixtures"
PDFS = FIXTURES / "formats" / "pdf"
EXPECTED = {
    folder: json.loads((PDFS / folder / "expected.json").read_text(encoding="utf-8"))
    for folder in ("layouts", "raw-variants")
}
SINGLE = [(folder, name) for folder, entries in EXPECTED.items() for name in sorted(entries)
          if name != "disclosure-bundle.pdf"]  # fmt: skip
LAYOUTS = [name for folder, name in SINGLE if folder == "layouts"]


def pdf_tables(folder: str, name: str):
    return file_tables(name, (PDFS / folder / name).read_bytes()).tables


def original_rows(folder: str, name: str) -> list[tuple[str, ...]]:
    """The tab-separated original's rows, trailing empty cells dropped (a PDF cell spanning
    to the table's right edge gives no empty cells after it)."""
    source = EXPECTED[folder][name]["rendered_from"]
    text, _ = decode(source, (FIXTURES / folder / source).read_bytes())
    return [trimmed(row.cells) for table in read_text_cells(source, text) for row in table.rows]


def trimmed(cells) -> tuple[str, ...]:
    cells = list(cells)
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


def rows_of(tables) -> list[tuple[str, ...]]:
    return [trimmed(row.cells) for table in tables for row in table.rows]


# Where a PDF cannot give the original's rows, and why (the rows as the PDF gives them).
DIFFERENCES = {
    # A wrapped line ends where the original had a space between two CJK sentences: the PDF
    # no longer shows it, and CJK lines are joined without one.
    "B-neimenggu-wuhai-gongxiaoshe-2021.pdf": (
        [("年度目标", "…目标4:年度预算总金额3万元 目标5:…")],
        [("年度目标", "…目标4:年度预算总金额3万元目标5:…")],
    ),
    # The original carries a converter's page footers and repeated headers as rows; the PDF
    # prints them as page furniture and a repeated header, both set aside.
    "edu-pdf-artifacts.pdf": (
        [("第 1 页，共 3 页",),
         ("项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"),
         ("第 2 页，共 3 页",),
         ("项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标")],
        [],
    ),
}  # fmt: skip


def differing(want, got):
    """The rows only the original has and the rows only the PDF has, in order."""
    only_want, only_got = [], []
    for _, a0, a1, b0, b1 in SequenceMatcher(None, want, got, autojunk=False).get_opcodes():
        if a1 - a0 != b1 - b0 or want[a0:a1] != got[b0:b1]:
            only_want += want[a0:a1]
            only_got += got[b0:b1]
    return only_want, only_got


def shorten(rows, keep: str):
    return [tuple(f"…{keep}…" if keep and keep in cell else cell for cell in row) for row in rows]


@pytest.mark.parametrize(("folder", "name"), SINGLE)
def test_the_cells_are_the_originals_rows(folder, name):
    only_want, only_got = differing(original_rows(folder, name), rows_of(pdf_tables(folder, name)))
    # The generated PDFs print a sign-off line under the table that their original's text
    # leaves out: a row of the PDF's own (a table note, as every format's sign-off lines are).
    only_got = [row for row in only_got if not signs_off(row)]
    if name == "B-neimenggu-wuhai-gongxiaoshe-2021.pdf":
        only_want = shorten(only_want, "目标4:年度预算总金额3万元 目标5:")
        only_got = shorten(only_got, "目标4:年度预算总金额3万元目标5:")
    assert (only_want, only_got) == DIFFERENCES.get(name, ([], []))


def test_reading_a_pdf_logs_nothing_of_the_pdf_librarys_own(caplog):
    # Chromium's fonts give pdfminer no FontBBox: it logged a warning for each (137 in this
    # file), which Python printed on the build's stderr.
    path = (
        FIXTURES / "heldout-disclosures-16/targets/jiangxi-yichun-zhangshu-nongye-2023-yusuan.pdf"
    )
    with caplog.at_level(logging.WARNING):
        assert len(read_pdf_tables(path.name, path.read_bytes())) > 1
    assert caplog.records == []


def test_cells_keep_their_page_and_row_and_count_lines_over_the_file():
    (table,) = pdf_tables("layouts", "A-sichuan-guangyuan-zhaohua-2021.pdf")
    assert table.title == "项目支出绩效目标申报表"
    assert [row.line for row in table.rows] == list(range(1, len(table.rows) + 1))
    assert table.rows[:3] == (
        CellRow(("项目支出绩效目标申报表",), 1, "p1 line 1"),
        CellRow(("(2021年度)",), 2, "p1 line 2"),
        CellRow(("项目名称", "特困家庭再扶助(独生子女死亡再扶助)"), 3, "p1 r1"),
    )
    # The merged 一级 cell cut by the page break prints its text again on page 2: the row is
    # the original's, the cell marked merged.
    assert table.rows[-4:-1] == (
        CellRow(("", "", "可持续影响 指标", "实现社会稳定和谐发展", "长期"), 22, "p2 r1",
                (True, True, False, False, False)),
        CellRow(("", "满意度指标", "满意度指标", "受益群众满意度", "≥90%"), 23, "p2 r2",
                (True, False, False, False, False)),
        CellRow(("", "", "", "社会满意度", "100%"), 24, "p2 r3", (True, True, True, False, False)),
    )  # fmt: skip
    # The sign-off line under the table, its own row (kept: nothing printed is lost).
    assert table.rows[-1] == CellRow(
        ("单位负责人： 财务负责人： 制表人： 填报日期：2020年12月12日",), 25, "p2 line 1"
    )


@pytest.fixture
def pdf_layout_checks(monkeypatch):
    """tests/test_layouts.py's scoring, reading the PDF renderings instead of the text."""
    with (FIXTURES / "layouts" / "sources.csv").open(encoding="utf-8") as handle:
        years = {row["file"]: int(row["fiscal_year"]) for row in csv.DictReader(handle)}
    entries = EXPECTED["layouts"]
    pdf_years = {name: years[entries[name]["rendered_from"]] for name in LAYOUTS}
    monkeypatch.setitem(layout_checks.EXPECTED, "pdf", (entries, pdf_years))
    monkeypatch.setattr(layout_checks, "read", lambda folder, name: [
        read_table(table) for table in pdf_tables("layouts", name)])  # fmt: skip
    return layout_checks


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_expected_project_and_indicator_is_read_from_the_pdf(pdf_layout_checks, name):
    right, count, projects_right, projects, misses = pdf_layout_checks.score_file("pdf", name)
    assert misses == []
    assert (right, projects_right) == (count, projects)
    reads = pdf_layout_checks.read("pdf", name)
    entry = EXPECTED["layouts"][name]
    assert [p.name for r in reads for p in r.projects] == [p["name"] for p in entry["projects"]]
    assert {r.layout for r in reads} == {entry["layout"]}
    assert {r.currency_unit for r in reads} == {entry["currency_unit"]}


@pytest.mark.parametrize("folder", ["layouts", "raw-variants"])
def test_a_disclosure_gives_exactly_its_performance_tables(folder):
    bundle = file_tables(
        "disclosure-bundle.pdf", (PDFS / folder / "disclosure-bundle.pdf").read_bytes()
    )
    entry = EXPECTED[folder]["disclosure-bundle.pdf"]
    singles = [table for source in entry["table_files"]
               for table in pdf_tables(folder, source.replace(".txt", ".pdf"))]  # fmt: skip
    assert len(bundle.tables) == len(singles)
    assert {read_table(table).layout for table in bundle.tables} == {
        table.get("layout", "packed-cell") for table in entry["tables"]
    }
    # The same cells as each table printed on its own, but for the 表N caption the
    # disclosure prints above some of them, and the sign-off lines under them, which the
    # disclosure and the tables printed alone print each for other tables.
    bundled, alone = ([row for row in rows_of(tables) if not signs_off(row)]
                      for tables in (bundle.tables, singles))  # fmt: skip
    captions = [row for row in bundled if row not in alone]
    assert all(re.fullmatch(r"表\d+", cell) for (cell,) in captions)
    assert [row for row in bundled if row not in captions] == alone
    # Pages without a performance table's labels are set aside as the lines they print (a
    # page printing only a part's heading, `第二部分 2024年部门预算表`, prints none).
    assert [(t.title, len(t.rows)) for t in bundle.set_aside][2:5] == [
        (f"{entry_department(folder)}2024年部门收支总表", 12),
        (f"{entry_department(folder)}2024年一般公共预算支出表", 20),
        (f"{entry_department(folder)}2024年一般公共预算“三公”经费支出表", 7),
    ]


def entry_department(folder: str) -> str:
    return {"layouts": "六安市农业农村局", "raw-variants": "某区教育局"}[folder]


# --- generated PDFs -----------------------------------------------------------------------

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
ROW_HEIGHT = 24
WIDTHS = (70, 100, 150, 80)
HEADER = ("一级指标", "二级指标", "三级指标", "指标值")


def draw_page(page, rows, ruled: str, above=(), footer="- 1 -", below=(), left=40, centred=False):
    """One page: lines of text, then a table whose rows are lists of cells (a str, a
    (text, rows spanned, columns spanned[, "above" or "below": the side left without a rule])
    tuple, or None where a span covers the place; a newline in a text starts a new line in
    the cell), ruled as a grid, only between
    rows or not at all (`none`), its left edge at `left`, its text at the left of each cell
    or `centred` in it, then lines below it and a page number."""
    page.setFont("STSong-Light", 9)
    height = landscape(A4)[1]
    y = height - 40
    for line in above:
        page.drawString(40, y, line)
        y -= 16
    edges = [left]
    for width in WIDTHS:
        edges.append(edges[-1] + width)
    top = y - 4
    page.setLineWidth(0.6)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            text, down, across, *unruled = cell if isinstance(cell, tuple) else (cell, 1, 1)
            x0, x1 = edges[c], edges[c + across]
            y0, y1 = top - r * ROW_HEIGHT, top - (r + down) * ROW_HEIGHT
            if ruled != "none" and "above" not in unruled:
                page.line(x0, y0, x1, y0)
            if ruled != "none" and "below" not in unruled:
                page.line(x0, y1, x1, y1)
            if ruled == "grid":
                page.line(x0, y0, x0, y1)
                page.line(x1, y0, x1, y1)
            lines = text.split("\n")
            for number, line in enumerate(lines):
                y = (y0 + y1) / 2 - 3 + 5 * (len(lines) - 1) - 10 * number
                if centred:
                    page.drawCentredString((x0 + x1) / 2, y, line)
                else:
                    page.drawString(x0 + 3, y, line)
    y = top - len(rows) * ROW_HEIGHT - 20
    for line in below:
        page.drawString(40, y, line)
        y -= 16
    page.drawString(edges[-1] / 2, 30, footer)
    page.showPage()


def make_pdf(pages, ruled="grid", centred=False, **options) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4), **options)
    for number, (above, rows) in enumerate(pages, start=1):
        draw_page(page, rows, ruled, above, f"- {number} -", centred=centred)
    page.save()
    return buffer.getvalue()


TITLE = ("项目支出绩效目标表", "单位:万元")
# The rows the title lines give; with them, the column labels and the 培训人数 row that several
# made tables open with.
TITLE_ROWS = [("p1 line 1", TITLE[:1], ()), ("p1 line 2", TITLE[1:], ())]
OPENING = [
    *TITLE_ROWS,
    ("p1 r1", HEADER, ()),
    ("p1 r2", ("产出指标", "数量指标", "培训人数", "≥200人次"), ()),
]
PAGE_1 = [
    HEADER,
    [("产出指标", 3, 1), "数量指标", "培训人数", "≥200人次"],
    [None, ("质量指标", 2, 1), "验收合格率", "≥95%"],
    [None, None, "群众知晓", "≥90%"],
]
PAGE_2 = [
    [("", 1, 1), "", "程度", ""],
    ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"],
]
JOINED = [
    ("项目支出绩效目标表",), ("单位:万元",), HEADER,
    ("产出指标", "数量指标", "培训人数", "≥200人次"),
    ("", "质量指标", "验收合格率", "≥95%"),
    ("", "", "群众知晓程度", "≥90%"),
    ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"),
]  # fmt: skip
MERGED = [(), (), (), (), (True, False, False, False), (True, True, False, False), ()]


@pytest.mark.parametrize("ruled", ["grid", "rows"])
@pytest.mark.parametrize("repeat_header", [False, True])
def test_a_table_over_two_pages_is_one_table_with_the_broken_row_joined(ruled, repeat_header):
    second = [HEADER, *PAGE_2] if repeat_header else PAGE_2
    data = make_pdf([(TITLE, PAGE_1), ((), second)], ruled)
    (table,) = file_tables("made.pdf", data).tables
    assert [row.cells for row in table.rows] == JOINED
    assert [row.merged for row in table.rows] == MERGED
    assert [row.location for row in table.rows] == [
        "p1 line 1", "p1 line 2", "p1 r1", "p1 r2", "p1 r3", "p1 r4",
        "p2 r3" if repeat_header else "p2 r2",
    ]  # fmt: skip
    assert table.title == "项目支出绩效目标表"


def test_a_total_row_alone_atop_the_next_page_is_a_row_of_its_own():
    # `合计 | | | 100` prints in half the last row's cells: it was joined onto the last
    # indicator row as the end of a row Word broke (`受训人员满意度 | ≥90% 100`).
    page_2 = [["合计", "", "", "100"]]
    data = make_pdf([(TITLE, PAGE_1[:2]), ((), page_2)])
    (table,) = file_tables("made.pdf", data).tables
    assert [row.cells for row in table.rows[-2:]] == [
        ("产出指标", "数量指标", "培训人数", "≥200人次"),
        ("合计", "", "", "100"),
    ]


def test_a_list_going_on_over_a_page_without_rules_keeps_its_unit_and_its_total_sums_both():
    # A list printed without rules over two pages, its labels again atop the second, read as two
    # tables: `金额单位：元` on the first page only, the second's amounts were read in 万元
    # (428,650 万元), and its 合计 was held to the second's projects alone (subtotal_mismatch).
    labels = ["项目名称", "预算金额", "三级指标", "指标值"]
    first = [labels, ["学前教育资助", "1,286,400.00", "受助幼儿人数", "1072人"],
             ["", "", "资助准确率", "100%"]]  # fmt: skip
    second = [labels, ["教师培训", "428,650.00", "参训教师人次", "≥3500人次"],
              ["", "", "考核合格率", "≥98%"], ["合计", "1,715,050.00", "", ""]]  # fmt: skip
    data = make_pdf(
        [(("某局2025年部门项目支出绩效目标表", "金额单位：元"), first), ((), second)], "none"
    )
    tables = process_file("list.pdf", data, Source())
    assert [(p["project_name"], p["total_amount"]) for p in tables.projects] == [
        ("学前教育资助", Decimal("128.640000")),
        ("教师培训", Decimal("42.865000")),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == []
    assert [f["message"] for f in tables.findings if f["rule"] == "currency_unit_missing"] == [
        "the table prints no money unit (单位：万元 or 元); amounts with no unit of their own "
        "are read as 元, the unit a table before it in the file prints"
    ]


def test_merged_level_cells_centred_down_their_span_in_a_table_without_rules_span_it():
    # A sheet printed without borders, its merged level cells centred (合并后居中): each
    # level's text stands on the middle row of its block, the rows above it print none.
    rows = [
        HEADER,
        [("产出指标", 3, 1), ("数量指标", 3, 1), "培训人数", "≥200人次"],
        [None, None, "培训天数", "≥5天"],
        [None, None, "培训班次", "≥4期"],
        [("效益指标", 3, 1), "社会效益指标", "群众知晓率", "≥90%"],
        [None, "可持续影响指标", "长效机制", "健全"],
        [None, "生态效益指标", "节约纸张", "≥1000张"],
        ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"],
    ]
    (table,) = file_tables("centred.pdf", make_pdf([(TITLE, rows)], "none")).tables
    inside = (True, True, False, False)
    assert [(row.location, row.cells, row.merged) for row in table.rows] == [
        *TITLE_ROWS,
        ("p1 r1", HEADER, ()),
        ("p1 r2", ("产出指标", "数量指标", "培训人数", "≥200人次"), ()),
        ("p1 r3", ("", "", "培训天数", "≥5天"), inside),
        ("p1 r4", ("", "", "培训班次", "≥4期"), inside),
        ("p1 r5", ("效益指标", "社会效益指标", "群众知晓率", "≥90%"), ()),
        ("p1 r6", ("", "可持续影响指标", "长效机制", "健全"), (True, False, False, False)),
        ("p1 r7", ("", "生态效益指标", "节约纸张", "≥1000张"), (True, False, False, False)),
        ("p1 r8", ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"), ()),
    ]


def test_headings_centred_over_narrower_figures_in_a_table_without_rules_head_their_columns():
    # A sheet printed without borders, every cell centred: a heading wider than the figures
    # under it begins left of them. The column's edge was set before the figures, inside the
    # heading, which went to the labels' column: every figure under the heading after its own.
    rows = [
        ["", "年初预算数", "全年预算数", "执行率"],
        ["年度资金总额", "210.00", "210.00", "97.50%"],
        ["其他资金", "0.00", "0.00", "—"],
        HEADER,
        ["产出指标", "数量指标", "维修养护工程", "≥45处"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]
    (table,) = file_tables("centred.pdf", make_pdf([(TITLE, rows)], "none", centred=True)).tables
    assert [row.cells for row in table.rows][2:5] == [
        ("", "年初预算数", "全年预算数", "执行率"),
        ("年度资金总额", "210.00", "210.00", "97.50%"),
        ("其他资金", "0.00", "0.00", "—"),
    ]


def test_a_lists_project_cells_centred_down_their_rows_without_rules_span_the_project(
    monkeypatch,
):
    # A list printed without borders, its merged project cells centred (合并后居中): the name
    # and amount stand on the middle row of the project's rows. The rows above them were the
    # project above's (the first project's lost), the rows below them went on with it.
    monkeypatch.setattr(sys.modules[__name__], "WIDTHS", (110, 70, 70, 110, 70))
    rows = [
        ["项目名称", "预算金额", "一级指标", "三级指标", "指标值"],
        [("学前教育资助", 3, 1), ("128.64", 3, 1), ("产出指标", 3, 1), "受助幼儿人数", "1072人"],
        [None, None, None, "资助准确率", "100%"],
        [None, None, None, "资金发放时间", "12月底前"],
        [("教师培训", 3, 1), ("42.87", 3, 1), ("产出指标", 3, 1), "参训教师人次", "≥3500人次"],
        [None, None, None, "考核合格率", "≥98%"],
        [None, None, None, "人均培训成本", "≤125元/人"],
    ]
    (table,) = file_tables("centred.pdf", make_pdf([(TITLE, rows)], "none", centred=True)).tables
    assert [row.cells for row in table.rows][2:] == [
        ("项目名称", "预算金额", "一级指标", "三级指标", "指标值"),
        ("学前教育资助", "128.64", "产出指标", "受助幼儿人数", "1072人"),
        ("", "", "", "资助准确率", "100%"),
        ("", "", "", "资金发放时间", "12月底前"),
        ("教师培训", "42.87", "产出指标", "参训教师人次", "≥3500人次"),
        ("", "", "", "考核合格率", "≥98%"),
        ("", "", "", "人均培训成本", "≤125元/人"),
    ]


def test_a_block_label_centred_down_its_own_column_without_rules_is_no_level(monkeypatch):
    # A form printed without borders: `绩效指标`, merged down a column of its own left of the
    # 一级's, stands on the block's middle row, where no 一级 is printed. No line printed both,
    # so no gap parted the two columns: the label was read as a 一级 of the rows around it.
    monkeypatch.setattr(sys.modules[__name__], "WIDTHS", (60, 70, 90, 110, 70))
    rows = [
        ["", "一级指标", "二级指标", "三级指标", "指标值"],
        [("绩效指标", 5, 1), ("产出指标", 3, 1), "数量指标", "培训人数", "≥200人次"],
        [None, None, "质量指标", "合格率", "≥95%"],
        [None, None, "时效指标", "完成时间", "12月底前"],
        [None, "效益指标", "社会效益指标", "知晓率", "≥90%"],
        [None, "满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    ]
    (table,) = file_tables("centred.pdf", make_pdf([(TITLE, rows)], "none", centred=True)).tables
    assert [row.cells for row in table.rows][2:] == [
        ("", "一级指标", "二级指标", "三级指标", "指标值"),
        ("", "产出指标", "数量指标", "培训人数", "≥200人次"),
        ("", "", "质量指标", "合格率", "≥95%"),
        ("绩效指标", "", "时效指标", "完成时间", "12月底前"),
        ("", "效益指标", "社会效益指标", "知晓率", "≥90%"),
        ("", "满意度指标", "服务对象满意度指标", "满意度", "≥90%"),
    ]


def test_merged_level_cells_centred_down_two_rows_in_a_table_without_rules_span_them():
    # A level centred down an even number of rows prints its text between two rows' lines, as
    # far from each as a wrapped line from its first: the block was read as one row. A line
    # whose text no line above or below it stretches across, between two rows as far apart as
    # rows stand elsewhere, is a merged cell's text, no row's.
    rows = [
        HEADER,
        [("产出指标", 4, 1), ("数量指标", 2, 1), "培训人数", "≥200人次"],
        [None, None, "培训天数", "≥5天"],
        [None, ("质量指标", 2, 1), "验收合格率", "≥95%"],
        [None, None, "培训班次", "≥4期"],
        ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"],
    ]
    (table,) = file_tables("centred.pdf", make_pdf([(TITLE, rows)], "none")).tables
    assert [row.cells for row in table.rows] == [
        *(cells for _, cells, _ in TITLE_ROWS),
        HEADER,
        ("产出指标", "数量指标", "培训人数", "≥200人次"),
        ("", "", "培训天数", "≥5天"),
        ("", "质量指标", "验收合格率", "≥95%"),
        ("", "", "培训班次", "≥4期"),
        ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"),
    ]


def test_a_page_number_printed_among_the_rows_of_a_table_without_rules_is_no_row():
    # A scanned page (its OCR text layer) keeps the page number the original printed between
    # two rows: it was a row of the table, its `— 5 —` a level cell's text.
    rows = [
        HEADER,
        ["产出指标", "数量指标", "培训人数", "≥200人次"],
        ["", "质量指标", "验收合格率", "≥95%"],
        ["— 5 —", "", "", ""],
        ["", "时效指标", "完成时间", "2025年12月底前"],
        ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"],
    ]
    (table,) = file_tables("numbered.pdf", make_pdf([(TITLE, rows)], "none")).tables
    assert [(row.location, row.cells) for row in table.rows] == [
        *((location, cells) for location, cells, _ in TITLE_ROWS),
        ("p1 r1", HEADER),
        ("p1 r2", ("产出指标", "数量指标", "培训人数", "≥200人次")),
        ("p1 r3", ("", "质量指标", "验收合格率", "≥95%")),
        ("p1 r4", ("", "时效指标", "完成时间", "2025年12月底前")),
        ("p1 r5", ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%")),
    ]


def test_a_centred_level_below_rows_going_on_past_a_page_number_spans_its_own_block():
    # A scan of two pages, levels centred down their blocks: the 产出 block goes on below the
    # page number with no level printed (its text was on the page above), then 效益指标 is
    # centred down its own three rows. Measured from the page number, its block took the 产出
    # rows below it and 满意度指标 with them, the levels of two blocks in one cell; it is the
    # run of whole 二级 blocks centred on its text, and the rows above it keep no level.
    rows = [
        HEADER,
        [("产出指标", 3, 1), ("数量指标", 2, 1), "培训人数", "≥200人次"],
        [None, None, "培训天数", "≥5天"],
        [None, "质量指标", "验收合格率", "≥95%"],
        ["— 5 —", "", "", ""],
        ["", "时效指标", "完成时间", "2025年12月底前"],
        ["", "成本指标", "人均培训成本", "≤300元"],
        [("效益指标", 3, 1), ("社会效益指标", 2, 1), "群众知晓率", "≥90%"],
        [None, None, "参训人员就业率", "≥60%"],
        [None, "可持续影响指标", "长效机制", "健全"],
        ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"],
    ]
    (table,) = file_tables("scanned.pdf", make_pdf([(TITLE, rows)], "none")).tables
    assert [row.cells for row in table.rows[len(TITLE_ROWS) + 1 :]] == [
        ("产出指标", "数量指标", "培训人数", "≥200人次"),
        ("", "", "培训天数", "≥5天"),
        ("", "质量指标", "验收合格率", "≥95%"),
        ("", "时效指标", "完成时间", "2025年12月底前"),
        ("", "成本指标", "人均培训成本", "≤300元"),
        ("效益指标", "社会效益指标", "群众知晓率", "≥90%"),
        ("", "", "参训人员就业率", "≥60%"),
        ("", "可持续影响指标", "长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"),
    ]


@pytest.mark.parametrize("ruled", ["grid", "rows"])
def test_a_watermark_set_at_a_slant_across_the_table_is_not_read(ruled):
    # The publishing system's stamp across every page, over the table's cells: grey text
    # turned 30 degrees. Text turned a quarter (a cell written top to bottom) stays.
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    for above, rows in [(TITLE, PAGE_1), ((), PAGE_2)]:
        page.saveState()
        page.setFont("STSong-Light", 40)
        page.setFillGray(0.8)
        page.translate(150, 380)
        page.rotate(30)
        page.drawString(0, 0, "内部资料 仅供参考")
        page.restoreState()
        draw_page(page, rows, ruled, above)
    page.save()
    (table,) = file_tables("stamped.pdf", buffer.getvalue()).tables
    assert [row.cells for row in table.rows] == JOINED
    assert [row.merged for row in table.rows] == MERGED


def test_a_page_whose_text_pdfium_drops_is_left_to_pdfminer():
    # A disclosure's scanned 自评表 with an OCR layer: each character its own invisible text in
    # `STSong-Light`, which no PDF embeds. PDFium drops its ideographs where no CJK font of the
    # machine stands in for it (its figures stay), so the page showed no table's labels to
    # PDFium and its table was set aside as lines of figures. It is marked for pdfminer,
    # whether PDFium reads its labels or drops them; a page in a built-in font is not.
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    page.setFont("Helvetica", 12)
    page.drawString(40, 500, "2019 - 1 -")
    page.showPage()
    for number, char in enumerate("绩效自评表2019"):
        line = page.beginText(40 + 12 * number, 500)
        line.setTextRenderMode(3)
        line.setFont("STSong-Light", 12)
        line.textOut(char)
        page.drawText(line)
    page.showPage()
    page.save()
    marked = pdf_reader._marked_pages(buffer.getvalue(), 2, pdf_reader._Radicals())
    assert [is_marked for is_marked, _ in marked] == [False, True]


def beside(draw_right, ruled="grid") -> bytes:
    """A landscape page: the form of `PAGE_1` under its title at the left, ruled as `ruled`
    says, what `draw_right` draws at the right (ending the page)."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    show, page.showPage = page.showPage, lambda: None
    draw_page(page, PAGE_1, ruled, TITLE, left=20)
    page.showPage = show
    draw_right(page)
    page.save()
    return buffer.getvalue()


def test_tables_side_by_side_are_read_left_to_right_the_left_one_under_its_title():
    # Two small forms on one landscape page: the left one under its title lines, the right
    # one without, its top higher on the page.
    right = [HEADER, ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"]]
    data = beside(lambda page: draw_page(page, right, "grid", left=432))
    left_table, right_table = file_tables("beside.pdf", data).tables
    assert [row.cells for row in left_table.rows][:4] == JOINED[:4]
    assert [row.cells for row in right_table.rows] == [HEADER, tuple(right[1])]


def test_a_cells_lines_meeting_end_to_start_place_no_column_edge_between_them():
    # A form ruled only between rows (上海's 申报表): the 资金用途 cell's second line of
    # check boxes begins where its first ends. The two lines were taken for two cells, a
    # column edge set where they meet, inside the 二级's column: the rows of a two-row 二级
    # block (the rule between them stopping at the 三级's column) got an empty cell more and
    # were left out, and the rows around them read under another 二级 without a finding.
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("STSong-Light", 9)
    edges = (50, 120, 200, 300, 420, 520)
    first = "基本建设类□政府购买服务□"
    rows = [
        [(0, "项目名称"), (1, "长者照护之家运营补贴")],
        [(0, "资金用途"), (1, first), (None, "政策补贴类√其他类□")],
        [(0, "绩效指标"), (1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (4, "指标值")],
        [(1, "产出指标"), (2, "数量指标"), (3, "照护之家数量"), (4, "=14家")],
        [(3, "服务老年人人次"), (4, ">=6.8万人次")],
        [(1, "满意度指标"), (2, "服务对象满意度指标"), (3, "入住老人满意度"), (4, ">=90%")],
    ]
    top = 700
    for r, cells in enumerate(rows):
        y0 = top - 30 * r
        page.line(edges[3] if r == 4 else edges[1] if r > 2 else edges[0], y0, edges[-1], y0)
        for column, text in cells:
            if column is None:  # the second line, from where the first one ends
                x = edges[1] + 3 + pdfmetrics.stringWidth(first, "STSong-Light", 9)
                page.drawString(x, y0 - 24, text)
            else:  # the 产出指标 block's levels centred down its two rows
                centred = r == 3 and column < 3
                page.drawString(edges[column] + 3, y0 - (33 if centred else 14), text)
    page.line(edges[0], top - 30 * len(rows), edges[-1], top - 30 * len(rows))
    page.showPage()
    page.save()
    (table,) = file_tables("rows.pdf", buffer.getvalue()).tables
    assert [(row.cells, row.merged) for row in table.rows[2:]] == [
        (("绩效指标", "一级指标", "二级指标", "三级指标", "指标值"), ()),
        (("", "产出指标", "数量指标", "照护之家数量", "=14家"), (True, False, False, False, False)),
        (("", "", "", "服务老年人人次", ">=6.8万人次"), (True, True, True, False, False)),
        (
            ("", "满意度指标", "服务对象满意度指标", "入住老人满意度", ">=90%"),
            (True, False, False, False, False),
        ),
    ]


def test_forms_side_by_side_ruled_between_rows_only_are_read_apart():
    # Two forms on a landscape page, each ruled between its rows across itself only, the
    # right one's rows at other heights than the left one's: read as one table, their rows
    # were interleaved, the right form's cells given to the left one's rows.
    right = [HEADER, ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"]]
    data = beside(lambda page: draw_page(page, right, "rows", left=432), ruled="rows")
    left_table, right_table = file_tables("beside.pdf", data).tables
    assert [row.cells for row in left_table.rows] == [*JOINED[:5], ("", "", "群众知晓", "≥90%")]
    assert [row.cells for row in right_table.rows] == [HEADER, tuple(right[1])]


def test_a_table_going_on_in_the_next_page_column_is_one_table():
    # A page set in two columns (Word's 分栏): the list runs down the left column and goes on
    # atop the right one, level with it, under its column labels row again (重复标题行).
    right = [HEADER, ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥85%"]]
    data = beside(lambda page: draw_page(page, right, "grid", ("", ""), left=432))
    (table,) = file_tables("columns.pdf", data).tables
    assert [row.cells for row in table.rows] == [
        *JOINED[:5],
        ("", "", "群众知晓", "≥90%"),
        tuple(right[1]),
    ]


RIGHT_FORM = [HEADER, ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"]]
RIGHT_TITLE = ("乙项目绩效目标表", "单位:元")


def titled_right_half(page, above: str = "", below: str = "") -> None:
    """`beside`'s right: `RIGHT_FORM` under its own title lines `RIGHT_TITLE`, on the same
    lines as the left form's, and its half's page number; `above`, `below`: a line centred
    across the whole page above both forms, at the page's foot."""
    show, page.showPage = page.showPage, lambda: None
    draw_page(page, RIGHT_FORM, "grid", ("", ""), footer="", left=432)
    page.showPage = show
    for number, line in enumerate(RIGHT_TITLE):
        page.drawString(440, landscape(A4)[1] - 40 - 16 * number, line)
    page.drawCentredString(landscape(A4)[0] / 2, landscape(A4)[1] - 22, above)
    page.drawCentredString(landscape(A4)[0] / 2, 14, below)
    page.drawString(620, 30, "- 2 -")
    page.showPage()


def test_a_sheet_printed_two_pages_to_it_reads_each_half_with_its_own_lines():
    # 2-up: each half a page of its own, the two titles on the same lines, each half's page
    # number at its foot, nothing across the middle. Each form gets its own half's lines, not
    # a row joining both halves' titles.
    left_table, right_table = file_tables("two-up.pdf", beside(titled_right_half)).tables
    assert [row.cells for row in left_table.rows][:4] == JOINED[:4]
    assert [row.cells for row in right_table.rows] == [
        *((line,) for line in RIGHT_TITLE),
        *(tuple(cells) for cells in RIGHT_FORM),
    ]


def test_a_spread_cut_back_into_pages_reads_each_page_as_its_crop_box_shows_it():
    # A booklet exported in spreads, then cut back into pages as Acrobat does it: the spread
    # kept twice, each copy's CropBox the half it shows, the facing page's text still in its
    # content. Each page was read whole, both forms twice.
    spread = pdfium.PdfDocument(beside(titled_right_half))
    cut = pdfium.PdfDocument.new()
    cut.import_pages(spread, [0, 0])
    width, height = landscape(A4)
    cut[0].set_cropbox(0, 0, width / 2, height)
    cut[1].set_cropbox(width / 2, 0, width, height)
    buffer = io.BytesIO()
    cut.save(buffer)
    left_table, right_table = file_tables("spreads.pdf", buffer.getvalue()).tables
    assert [row.cells for row in left_table.rows] == [*JOINED[:5], ("", "", "群众知晓", "≥90%")]
    assert [row.location for row in left_table.rows] == [
        "p1 line 1", "p1 line 2", "p1 r1", "p1 r2", "p1 r3", "p1 r4",
    ]  # fmt: skip
    assert [(row.location, row.cells) for row in right_table.rows] == [
        ("p2 line 1", RIGHT_TITLE[:1]), ("p2 line 2", RIGHT_TITLE[1:]),
        ("p2 r1", HEADER), ("p2 r2", tuple(RIGHT_FORM[1])),
    ]  # fmt: skip


def test_a_filled_in_form_never_flattened_reads_its_fields_values_in_their_cells():
    # A fillable 自评表 (PDF 表单) filled in and saved as it is: the labels and rules are the
    # page's content, each value a text field. The page's text holds no value: every 指标值
    # was read empty.
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    values = {1: "200", 2: "95%", 3: "90%"}  # the standard fonts a form field may use
    rows = [list(PAGE_1[0]), *([*row[:3], ""] for row in PAGE_1[1:])]
    show, page.showPage = page.showPage, lambda: None
    draw_page(page, rows, "grid", TITLE)
    page.showPage = show
    top = landscape(A4)[1] - 40 - 16 * len(TITLE) - 4
    for row, value in values.items():
        page.acroForm.textfield(
            name=f"value{row}", value=value, x=42 + sum(WIDTHS[:3]),
            y=top - (row + 1) * ROW_HEIGHT + 2, width=WIDTHS[3] - 4, height=ROW_HEIGHT - 4,
            fontName="Helvetica", fontSize=9, borderWidth=0,
        )  # fmt: skip
    page.showPage()
    page.save()
    (table,) = file_tables("form.pdf", buffer.getvalue()).tables
    assert [row.cells for row in table.rows] == [
        *JOINED[:3],
        ("产出指标", "数量指标", "培训人数", "200"),
        ("", "质量指标", "验收合格率", "95%"),
        ("", "", "群众知晓", "90%"),
    ]


def test_a_table_going_on_in_the_next_half_of_a_two_up_sheet_is_one_table():
    # 2-up: the form's rows go on atop the right half, in the same place on that half (the
    # left form at 20 on the left half, the rest at 20 on the right half, which begins at 421).
    def half(page):
        draw_page(page, PAGE_2, "grid", footer="", left=20 + landscape(A4)[0] / 2)

    (table,) = file_tables("two-up-over.pdf", beside(half)).tables
    assert [row.cells for row in table.rows] == JOINED
    assert [row.merged for row in table.rows] == MERGED


def test_a_ruled_table_going_on_without_rules_on_the_next_page_is_one_table():
    # The second page's borders cleared: the rest of the table printed without any rule, in
    # the first page's columns. Its lines go on with the ruled table's columns.
    page_1 = [*PAGE_1[:3], [None, None, "群众知晓程度", "≥90%"]]
    page_2 = [["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥92%"],
              ["", "", "受训人员投诉", "≤2件"]]  # fmt: skip
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    draw_page(page, page_1, "grid", TITLE)
    draw_page(page, page_2, "none", footer="- 2 -")
    page.save()
    (table,) = file_tables("cleared.pdf", buffer.getvalue()).tables
    assert [row.cells for row in table.rows] == [
        *JOINED[:-1],
        ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥92%"),
        ("", "", "受训人员投诉", "≤2件"),
    ]
    assert [row.location for row in table.rows][-2:] == ["p2 r1", "p2 r2"]


def test_column_labels_turned_a_quarter_anticlockwise_are_read_from_the_bottom_up():
    # A sheet's narrow heading cells set to 90° text rotation: each label printed from the
    # bottom of its cell up, its glyphs turned (pdfplumber reads turned text top down:
    # `标指级一`). Text turned clockwise (a landscape page's) is read top down still.
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    top = landscape(A4)[1] - 40 - 16 * len(TITLE) - 4
    page.setFont("STSong-Light", 9)
    for c, label in enumerate(HEADER):
        page.saveState()
        page.translate(40 + sum(WIDTHS[:c]) + 12, top - 2 * ROW_HEIGHT + 4)
        page.rotate(90)
        page.drawString(0, 0, label)
        page.restoreState()
    labels = [("", 2, 1)] * len(HEADER)
    draw_page(page, [labels, [None] * len(HEADER), *PAGE_1[1:]], "grid", TITLE)
    page.save()
    (table,) = file_tables("turned.pdf", buffer.getvalue()).tables
    assert [row.cells for row in table.rows][:4] == JOINED[:4]


@pytest.mark.parametrize("date", ["12/1/26, 2:51 AM", "2026/12/1 下午2:51"])
def test_what_a_browser_prints_atop_and_at_the_foot_of_each_page_is_set_aside(date):
    # A web page printed from a browser: its print date and title atop each page, its
    # address and page number at the foot.
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    for number, (above, rows) in enumerate([(TITLE, PAGE_1), ((), PAGE_2)], start=1):
        header = f"{date}{' ' * 40}项目支出绩效目标表_政务公开"
        footer = f"file:///C:/Users/admin/Desktop/jxmb.html{' ' * 60}{number}/2"
        draw_page(page, rows, "grid", (header, *above), footer)
    page.save()
    (table,) = file_tables("printed.pdf", buffer.getvalue()).tables
    assert [row.cells for row in table.rows] == JOINED
    assert [row.location for row in table.rows][:2] == ["p1 line 2", "p1 line 3"]
    assert table.title == "项目支出绩效目标表"


def test_merged_cells_a_page_break_cut_without_a_rule_keep_their_text_and_go_on():
    # Word prints a table broken inside its merged level cells with no rule under them at
    # the page's end and none over them atop the next page: their column rules run on.
    # Their text is the last row's (not lost), and the next page's first row goes on under
    # them (not the end of a row Word broke, nor lines above a table of its own).
    last = [("效益指标", 1, 1, "below"), ("社会效益指标", 1, 1, "below"), "带动就业", "≥50人"]
    first = [("", 1, 1, "above"), ("", 1, 1, "above"), "群众知晓率", "≥90%"]
    satisfied = ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"]
    output = ["产出指标", "数量指标", "培训人数", "≥200人次"]
    data = make_pdf([(TITLE, [HEADER, output, last]), ((), [first, satisfied])])
    (table,) = file_tables("made.pdf", data).tables
    assert [(row.location, row.cells, row.merged) for row in table.rows] == [
        *OPENING,
        ("p1 r3", ("效益指标", "社会效益指标", "带动就业", "≥50人"), ()),
        ("p2 r1", ("", "", "群众知晓率", "≥90%"), (True, True, False, False)),
        ("p2 r2", tuple(satisfied), ()),
    ]


@pytest.mark.parametrize("ruled", ["grid", "rows"])
def test_a_row_opening_the_next_page_that_fills_most_cells_is_a_row_of_its_own(ruled):
    # Page 1 ends on a whole row (its 偏差原因 given); page 2 opens on the next row, its
    # 偏差原因 empty: it prints in most of the cells, not the end of a row Word broke.
    head = ["一级指标", "三级指标", "指标值", "偏差原因"]
    first = ["产出指标", "培训人数", "≥200人次", "部分学员缺课"]
    second = ["效益指标", "带动就业人数", "≥50人", ""]
    third = ["满意度指标", "受训人员满意度", "≥90%", ""]
    data = make_pdf([(TITLE, [head, first]), ((), [second, third])], ruled)
    (table,) = file_tables("made.pdf", data).tables
    assert [(row.location, row.cells, row.merged) for row in table.rows] == [
        *TITLE_ROWS,
        ("p1 r1", tuple(head), ()),
        ("p1 r2", ("产出指标", "培训人数", "≥200人次", "部分学员缺课"), ()),
        ("p2 r1", tuple(second), ()),
        ("p2 r2", tuple(third), ()),
    ]


def test_a_ruled_tables_last_row_alone_on_the_next_page_is_its_last_row():
    # One ruled row opens page 2, under the page furniture only, as wide as page 1's table:
    # it ends that table (not a line of text whose figures read as page numbers).
    last = ["满意度指标", "服务对象满意度指标", "受训人员满意度", "90"]
    data = make_pdf([(TITLE, PAGE_1[:2]), ((), [last])], "grid")
    (table,) = file_tables("made.pdf", data).tables
    assert [(row.location, row.cells) for row in table.rows] == [
        ("p1 line 1", ("项目支出绩效目标表",)),
        ("p1 line 2", ("单位:万元",)),
        ("p1 r1", HEADER),
        ("p1 r2", ("产出指标", "数量指标", "培训人数", "≥200人次")),
        ("p2 r1", tuple(last)),
    ]


UNRULED_PAGE_1 = [
    HEADER,
    ["产出指标", "数量指标", "培训人数", "≥200人次"],
    ["", "质量指标", "验收合格率", "≥95%"],
    ["", "", "群众知晓", "≥90%"],
]
UNRULED_PAGE_2 = [
    ["", "", "程度", ""],
    ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"],
]


@pytest.mark.parametrize("centred", [False, True])
@pytest.mark.parametrize("repeat_header", [False, True])
def test_a_table_without_rules_over_two_pages_goes_on_where_its_columns_line_up(
    repeat_header, centred
):
    # Page 2 prints no label (or the header again): its lines start where page 1's columns
    # start (or, its cells centred, their middles are where page 1's are), so they are rows
    # of the table; the row broken by the page is joined.
    second = [HEADER, *UNRULED_PAGE_2] if repeat_header else UNRULED_PAGE_2
    data = make_pdf([(TITLE, UNRULED_PAGE_1), ((), second)], "none", centred)
    (table,) = file_tables("made.pdf", data).tables
    assert [(row.location, row.cells, row.merged) for row in table.rows] == [
        *OPENING,
        ("p1 r3", ("", "质量指标", "验收合格率", "≥95%"), ()),
        ("p1 r4", ("", "", "群众知晓程度", "≥90%"), ()),
        ("p2 r3" if repeat_header else "p2 r2",
         ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"), ()),
    ]  # fmt: skip
    assert table.notes == ()


def test_a_last_row_holding_only_a_wrapped_cells_end_is_a_row_of_a_table_without_rules():
    # The 二级 name's end on a row of its own after the last row (as a converter wrapped it):
    # it starts where the 二级 column does, so it is a row; the note below starts at the
    # table's left edge and stays a line.
    rows = [
        list(HEADER),
        ["产出指标", "数量指标", "培训人数", "≥200人次"],
        ["满意度指标", "服务对象满", "受训人员满意度", "≥90%"],
        ["", "意度指标", "", ""],
    ]
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    draw_page(page, rows, "none", TITLE, below=("注:指标值为年度目标。",))
    page.save()
    (table,) = file_tables("made.pdf", buffer.getvalue()).tables
    assert [(row.location, row.cells) for row in table.rows] == [
        ("p1 line 1", ("项目支出绩效目标表",)),
        ("p1 line 2", ("单位:万元",)),
        *((f"p1 r{k}", tuple(cells)) for k, cells in enumerate(rows, 1)),
        ("p1 line 3", ("注:指标值为年度目标。",)),
    ]


def test_rows_on_the_next_page_off_the_columns_are_set_aside_with_a_note_of_them():
    # Page 2's table is printed 30pt further right: its lines do not start where page 1's
    # columns do, so they are not read as its rows; they print text in its 指标值 column.
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    draw_page(page, UNRULED_PAGE_1, "none", TITLE)
    draw_page(page, UNRULED_PAGE_2[1:] * 2, "none", footer="- 2 -", left=70)
    page.save()
    tables = file_tables("made.pdf", buffer.getvalue())
    (table,) = tables.tables
    assert [row.location for row in table.rows][-1] == "p1 r4"
    assert [[(row.location, row.cells) for row in aside.rows] for aside in tables.set_aside] == [
        [(f"p2 line {k}", ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"))
         for k in (1, 2)],
    ]  # fmt: skip
    # The note travels on the table set aside, for the build to give when it is set aside.
    (aside,) = tables.set_aside
    assert table.notes == ()
    assert aside.notes == (
        (
            "table_set_aside", 7,
            "p2 line 1 to p2 line 2, set aside: 2 lines of it print text in the value column "
            "(指标值) of the table that ended page 1, but their columns do not line up with its "
            "columns; they may be its indicator rows, missing from it: check them against the "
            "PDF",
            "指标值",
        ),
    )  # fmt: skip
    # The build gives it as a finding beside the note on the table set aside.
    found = process_file("made.pdf", buffer.getvalue(), Source(fiscal_year=2024)).findings
    assert [(f["severity"], f["source_location"], f["message"]) for f in found
            if f["rule"] == "table_set_aside"] == [
        ("info", "p2 line 1", "not a performance table, set aside: p2 line 1 to p2 line 2: "
         "满意度指标 | 服务对象满意度指标 | 受训人员满意度"),
        ("info", "p2 line 1", aside.notes[0][2]),
    ]  # fmt: skip


def test_merged_cells_across_columns_give_one_cell_and_down_rows_an_empty_marked_one():
    rows = [
        [("项目名称", 1, 1), ("职业技能培训补助", 1, 3), None, None],
        [("项目资金", 2, 1), "年度资金总额", ("12.5", 1, 2), None],
        [None, "其中:财政拨款", ("12.5", 1, 2), None],
        HEADER,
        ["产出指标", "数量指标", "培训人数", "≥200人次"],
    ]
    for ruled in ("grid", "rows"):
        (table,) = file_tables(
            "made.pdf", make_pdf([(("项目支出绩效目标表",), rows)], ruled)
        ).tables
        assert [(row.cells, row.merged) for row in table.rows] == [
            (("项目支出绩效目标表",), ()),
            (("项目名称", "职业技能培训补助"), ()),
            (("项目资金", "年度资金总额", "12.5"), ()),
            (("", "其中:财政拨款", "12.5"), (True, False, False)),
            (HEADER, ()),
            (("产出指标", "数量指标", "培训人数", "≥200人次"), ()),
        ], ruled


def test_page_numbers_and_stamps_are_set_aside_sign_offs_kept_and_wrapped_cells_joined():
    # A sign-off line under a table is its own (a table note, as every reader gives it), no
    # longer dropped with the page's furniture: nothing printed is lost.
    rows = [HEADER, ["产出指标", "数量指标", "培训\n人数", "Total\n2024"]]
    pages = [
        (("项目支出绩效目标表", "填报单位(盖章):", "部门名称:某局        单位:万元"), rows, "— 3 —",
         ("制表人: 张三", "第3页")),
        (("绩效目标表",), rows, "第 4 页 共 9 页", ("审核人:",)),
    ]  # fmt: skip
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    for above, table, footer, below in pages:
        draw_page(page, table, "grid", above, footer, below)
    page.save()
    first, second = file_tables("made.pdf", buffer.getvalue()).tables
    assert [row.cells for row in first.rows] == [
        ("项目支出绩效目标表",), ("填报单位(盖章):",), ("部门名称:某局",), ("单位:万元",), HEADER,
        ("产出指标", "数量指标", "培训人数", "Total 2024"), ("制表人: 张三",),
    ]  # fmt: skip
    assert [row.cells for row in second.rows] == [
        ("绩效目标表",), HEADER, ("产出指标", "数量指标", "培训人数", "Total 2024"), ("审核人:",),
    ]  # fmt: skip


def test_a_page_without_a_text_layer_is_a_scan():
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.rect(40, 40, 300, 200, fill=1)
    page.showPage()
    page.save()
    with pytest.raises(ExtractError) as error:
        file_tables("scan.pdf", buffer.getvalue())
    assert (
        str(error.value) == "scan.pdf:1: scanned PDF: no text layer; run OCR first (e.g. ocrmypdf)"
    )


def test_a_pdf_protected_against_copying_is_read_and_one_needing_a_password_is_an_error():
    def encrypted(encrypt) -> bytes:
        buffer = io.BytesIO()
        page = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
        page.setFont("Helvetica", 12)
        page.drawString(40, 700, "Performance targets 2024")
        page.showPage()
        page.save()
        return buffer.getvalue()

    locked = StandardEncryption("", ownerPassword="owner", canCopy=0, canModify=0)
    # Its one table is kept, for the layout readers to say it is no performance table.
    (text,) = file_tables("locked.pdf", encrypted(locked)).tables
    assert text.rows == (CellRow(("Performance targets 2024",), 1, "p1 line 1"),)
    with pytest.raises(ExtractError) as error:
        file_tables("secret.pdf", encrypted(StandardEncryption("user", "owner")))
    assert str(error.value) == (
        "secret.pdf:1: PDF needs a password to open; save an unprotected copy and put that in "
        "data/raw/"
    )


def test_text_whose_fonts_have_no_unicode_map_is_an_error_not_cid_numbers():
    # reportlab's CID font in an encrypted file reaches pdfminer without its CMap: the text
    # reads as (cid:N), as in PDFs whose embedded font subsets lost their character maps.
    locked = StandardEncryption("", ownerPassword="owner", canCopy=0)
    data = make_pdf(
        [(TITLE, [HEADER, ["产出指标", "数量指标", "培训人数", "≥200人次"]])], encrypt=locked
    )
    with pytest.raises(ExtractError) as error:
        file_tables("cid.pdf", data)
    assert str(error.value) == (
        "cid.pdf:1: PDF text without a Unicode map (its fonts give only (cid:N)); run OCR first "
        "(e.g. ocrmypdf)"
    )


def test_a_damaged_pdf_is_a_one_line_error_naming_the_format():
    data = (PDFS / "layouts" / "A-anhui-luan-nongchanpin-2024.pdf").read_bytes()
    with pytest.raises(ExtractError) as error:
        file_tables("cut.pdf", data[:400])
    assert str(error.value).startswith("cut.pdf:1: damaged PDF: ")
    assert str(error.value).endswith("; open it in a PDF viewer and save or print it to a new PDF")
    assert "\n" not in str(error.value)


def test_pages_without_performance_labels_are_lines_unless_they_continue_a_table():
    """Only a page whose text has a performance table's words (绩效, 指标) is searched for
    tables, and the pages after one with a table, which may continue it."""
    budget = [
        ["收入", "预算数", "支出", "预算数"],
        ["一般公共预算拨款收入", "100.00", "教育支出", "100.00"],
    ]
    more = [["", "", "培训天数", "≥5天"], ["", "", "课程数量", "≥10门"]]
    data = make_pdf([(("某局2024年部门收支总表",), budget), (TITLE, PAGE_1), ((), more),
                     ((), [["", "", "讲师人数", "≥8人"], ["", "", "教材数量", "≥3种"]])])  # fmt: skip
    parts = file_tables("made.pdf", data)
    ((budget_page,),) = [parts.set_aside]
    assert [(row.cells, row.location) for row in budget_page.rows] == [
        (("某局2024年部门收支总表",), "p1 line 1"),
        (("收入 预算数 支出 预算数",), "p1 line 2"),
        (("一般公共预算拨款收入 100.00 教育支出 100.00",), "p1 line 3"),
    ]
    (table,) = parts.tables
    assert [(row.cells, row.location) for row in table.rows][-5:] == [
        (("", "", "群众知晓", "≥90%"), "p2 r4"),
        (("", "", "培训天数", "≥5天"), "p3 r1"),
        (("", "", "课程数量", "≥10门"), "p3 r2"),
        (("", "", "讲师人数", "≥8人"), "p4 r1"),
        (("", "", "教材数量", "≥3种"), "p4 r2"),
    ]


def test_a_row_the_page_cut_through_goes_on_under_the_column_labels_printed_again():
    # A browser printing a table whose column labels repeat atop every page (`<thead>`) cuts a
    # tall row at the page's foot, every cell of it open below: the rest of its long name
    # under the labels on the next page is that row's, not an indicator row of its own.
    cut = [(text, 1, 1, "below") for text in ("效益指标", "社会效益指标", "群众知晓", "≥90%")]
    first = [HEADER, ["产出指标", "数量指标", "培训人数", "≥200人次"], cut]
    rest = [(text, 1, 1, "above") for text in ("", "", "率", "")]
    second = [HEADER, rest, ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"]]
    (table,) = file_tables("made.pdf", make_pdf([(TITLE, first), ((), second)])).tables
    assert [row.cells for row in table.rows] == [
        TITLE[:1], TITLE[1:], HEADER, ("产出指标", "数量指标", "培训人数", "≥200人次"),
        ("效益指标", "社会效益指标", "群众知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"),
    ]  # fmt: skip


def test_an_amount_the_row_over_a_page_break_prints_again_is_the_next_rows_own():
    # `其中：财政拨款 1,420.00` atop page 2 under `年度资金总额 1,420.00` at page 1's foot: all the
    # money is 财政拨款, the amount and its unit are the row's own, no merged cell's text printed
    # again.
    first = [["项目名称", "甲项目", "", ""], ["项目资金", "年度资金总额", "1,420.00", "万元"]]
    second = [["", "其中：财政拨款", "1,420.00", "万元"], HEADER]
    (table,) = file_tables("made.pdf", make_pdf([(TITLE, first), ((), second)])).tables
    assert [(row.cells, row.merged) for row in table.rows[2:]] == [
        (("项目名称", "甲项目", "", ""), ()),
        (("项目资金", "年度资金总额", "1,420.00", "万元"), ()),
        (("", "其中：财政拨款", "1,420.00", "万元"), ()),
        (HEADER, ()),
    ]


class _Overprinting(canvas.Canvas):
    """A canvas that draws every string a second time 0.3 pt right of the first, as a report
    engine fakes bold for a font without a bold face."""

    def drawString(self, x, y, text, *args, **kwargs):
        super().drawString(x, y, text, *args, **kwargs)
        super().drawString(x + 0.3, y, text, *args, **kwargs)


def test_text_drawn_twice_a_fraction_of_a_point_apart_is_read_once():
    buffer = io.BytesIO()
    page = _Overprinting(buffer, pagesize=landscape(A4))
    draw_page(page, PAGE_1, "grid", TITLE)
    page.save()
    (table,) = file_tables("made.pdf", buffer.getvalue()).tables
    assert [row.cells for row in table.rows] == [
        *(cells for _, cells, _ in OPENING),
        ("", "质量指标", "验收合格率", "≥95%"),
        ("", "", "群众知晓", "≥90%"),
    ]


def test_a_sheet_printed_down_then_over_goes_on_beside_itself_on_the_next_page():
    # A sheet too wide for its page printed as Excel prints it (先列后行): its last columns on
    # page 2, each row at the height it has on page 1, the titles' rows blank there.
    beside = [("分值", "备注"), ("10", ""), ("10", "上年≥95%"), ("5", "")]
    data = make_pdf([(TITLE, PAGE_1), (("", ""), beside)])
    (table,) = file_tables("over.pdf", data).tables
    assert [row.cells for row in table.rows] == [
        *(cells for _, cells, _ in TITLE_ROWS),
        (*HEADER, "分值", "备注"),
        ("产出指标", "数量指标", "培训人数", "≥200人次", "10", ""),
        ("", "质量指标", "验收合格率", "≥95%", "10", "上年≥95%"),
        ("", "", "群众知晓", "≥90%", "5", ""),
    ]
    assert [row.merged for row in table.rows][3:] == [
        (),
        (True, False, False, False, False, False),
        (True, True, False, False, False, False),
    ]


def test_an_operator_and_a_unit_the_row_over_a_page_break_prints_again_are_the_next_rows_own():
    # `≥ | 98 | %` atop page 2 under `≥ | 95 | %` at page 1's foot (split value columns): the
    # operator and the unit are the row's own, as an amount is, no merged cell's text printed
    # again (they were blanked as one, the target read as `98` alone).
    header = ["三级指标", "指标性质", "指标值", "度量单位"]
    first = [header, ["验收合格率", "≥", "95", "%"]]
    second = [["资金到位率", "≥", "98", "%"]]
    (table,) = file_tables("made.pdf", make_pdf([(TITLE, first), ((), second)])).tables
    assert [(row.cells, row.merged) for row in table.rows[2:]] == [
        (tuple(header), ()),
        (("验收合格率", "≥", "95", "%"), ()),
        (("资金到位率", "≥", "98", "%"), ()),
    ]


# A form's first columns down two pages, its labels printed again atop the second: the pages
# that its further columns, printed over, stand beside.
SATISFACTION = ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥85%")
DOWN_TWO_PAGES = [(TITLE, PAGE_1), (("", ""), [HEADER, list(SATISFACTION)])]


def test_a_sheet_printed_down_two_pages_then_over_two_goes_on_beside_each_page():
    # 先列后行 over four pages: the first columns down pages 1 and 2 (the labels printed again
    # atop page 2), then the last columns down pages 3 and 4, each row at the height it has on
    # the page it goes with. Only a table over one page was joined to its further columns;
    # pages 3 and 4 were tables of their own, and the rows had no 分值 nor 备注.
    pages = [
        *DOWN_TWO_PAGES,
        (("", ""), [("分值", "备注"), ("10", ""), ("10", "上年≥95%"), ("5", "")]),
        (("", ""), [("分值", "备注"), ("10", "抽样")]),
    ]
    (table,) = file_tables("over.pdf", make_pdf(pages)).tables
    assert [(row.cells, row.location) for row in table.rows] == [
        *((cells, location) for location, cells, _ in TITLE_ROWS),
        ((*HEADER, "分值", "备注"), "p1 r1"),
        (("产出指标", "数量指标", "培训人数", "≥200人次", "10", ""), "p1 r2"),
        (("", "质量指标", "验收合格率", "≥95%", "10", "上年≥95%"), "p1 r3"),
        (("", "", "群众知晓", "≥90%", "5", ""), "p1 r4"),
        ((*SATISFACTION, "10", "抽样"), "p2 r2"),
    ]


def test_a_line_under_the_last_page_of_further_columns_is_kept_after_the_table():
    # A note printed under the further columns' last page, after a line of the page before
    # them that is no line of the table (a part of its own): the table's lines below had been
    # taken already, and this one was dropped.
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    (above, first), (blank, second) = DOWN_TWO_PAGES
    draw_page(page, first, "grid", above, "- 1 -")
    draw_page(page, second, "grid", blank, "- 2 -", below=("附件2 指标说明另附",))
    draw_page(page, [("分值", "备注"), ("10", ""), ("10", "上年≥95%"), ("5", "")], "grid",
              ("", ""), "- 3 -")  # fmt: skip
    draw_page(page, [("分值", "备注"), ("10", "抽样")], "grid", ("", ""), "- 4 -",
              below=("注：分值按抽样结果计",))  # fmt: skip
    page.save()
    tables = read_pdf_tables("over.pdf", buffer.getvalue())
    assert [row.cells for row in tables[0].rows[-2:]] == [
        (*SATISFACTION, "10", "抽样"), ("注：分值按抽样结果计",),
    ]  # fmt: skip


def test_further_columns_ruled_as_a_grid_keep_their_columns_however_few_their_texts():
    # Each row of page 3 prints one text, in the one column or the other: ruled between its
    # columns, these are cells of their own, not a cell merged across them.
    pages = [
        *DOWN_TWO_PAGES,
        (("", ""), [("分值", ""), ("", "新增"), ("10", ""), ("", "上年≥95%")]),
        (("", ""), [("分值", ""), ("10", "")]),
    ]
    (table,) = file_tables("over.pdf", make_pdf(pages)).tables
    assert [row.cells[4:] for row in table.rows[2:]] == [
        ("分值", ""), ("", "新增"), ("10", ""), ("", "上年≥95%"), ("10", ""),
    ]  # fmt: skip


def test_further_columns_beside_labels_left_out_must_print_labels_again_to_be_joined():
    # Page 4's first row stands beside page 2's labels printed again, which the table left
    # out, and prints no labels of page 3: joined, it would be lost; page 4 is a table of its own.
    pages = [
        *DOWN_TWO_PAGES,
        (("", ""), [("分值", "备注"), ("10", ""), ("10", "上年≥95%"), ("5", "")]),
        (("", ""), [("说明", "见附件"), ("10", "抽样")]),
    ]
    tables = read_pdf_tables("over.pdf", make_pdf(pages))
    assert [table.rows[0].cells for table in tables if table.rows[0].location.startswith("p4")] == [
        ("说明", "见附件"),
    ]


def test_a_titled_table_after_a_table_down_two_pages_is_not_beside_it():
    # Its rows at the heights of page 1's, but a title above it: a table of its own.
    pages = [
        *DOWN_TWO_PAGES,
        (("项目资金表", ""), [("资金来源", "金额"), ("财政拨款", "10"), ("其他资金", "5"),
                               ("合计", "15")]),
    ]  # fmt: skip
    tables = read_pdf_tables("two.pdf", make_pdf(pages))
    assert [table.rows[-1].cells for table in tables if len(table.rows) > 1] == [
        SATISFACTION,
        ("合计", "15"),
    ]


def test_a_table_going_on_down_the_next_page_at_the_same_heights_is_not_beside_it():
    # The same columns on both pages: the table goes on below, however its rows line up.
    below = [("满意度指标", "服务对象满意度指标", f"满意度{n}", "≥85%") for n in range(4)]
    (table,) = file_tables("down.pdf", make_pdf([((), PAGE_1), ((), below)])).tables
    assert [row.cells for row in table.rows][-5:] == [("", "", "群众知晓", "≥90%"), *below]


def test_a_form_of_the_same_rows_on_the_next_page_is_not_beside_the_one_before():
    # Its rows where the first form's are, but its labels again: a form of its own.
    narrower = [HEADER[:3], *(row[:3] for row in PAGE_1[1:])]
    tables = read_pdf_tables("forms.pdf", make_pdf([((), PAGE_1), ((), narrower)]))
    assert [len(table.rows[0].cells) for table in tables] == [4, 3]


def _one_page_pdf(media_box: bytes) -> bytes:
    """A PDF of one empty page whose /MediaBox is written as given."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + media_box + b" >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref


@pytest.mark.parametrize(
    ("media_box", "detail"),
    [
        (b"[0 0 /x 842]", "float() argument must be a string or a real number, not 'PSLiteral'"),
        (b"[0 0 595]", "list index out of range"),
        (b"null", "'NoneType' object is not iterable"),
    ],
)
def test_a_page_box_that_is_no_box_is_a_one_line_error(media_box, detail):
    # pdfplumber lays a page out from its box with its own code: what it raises on one of
    # other things than four numbers was left to the build's last guard, as a bug to report.
    built = process_file("表.pdf", _one_page_pdf(media_box), Source())
    assert [(f["rule"], f["severity"], f["message"]) for f in built.findings] == [(
        "file_unreadable", "error",
        f"damaged PDF: {detail}; open it in a PDF viewer and save or print it to a new PDF",
    )]  # fmt: skip


def test_what_pdfminer_says_is_cut_in_the_error():
    # A damaged dictionary is printed whole in pdfminer's message: the error keeps a line.
    error = pdf_reader._damaged(
        "表.pdf", ValueError("Invalid dictionary construct: [" + "/'g0', " * 200)
    )
    assert str(error) == (
        "表.pdf:1: damaged PDF: Invalid dictionary construct: ["
        + "/'g0', " * 12
        + "/'g0…; open it in a PDF viewer and save or print it to a new PDF"
    )


@pytest.mark.parametrize("ruled", ["grid", "rows"])
@pytest.mark.parametrize("repeat_header", [False, True])
def test_a_row_under_the_labels_atop_the_next_page_is_not_joined_onto_the_labels(
    ruled, repeat_header
):
    # A form broken right after its column labels (its header block and labels at a page's
    # foot): the next page (printing the labels again or not) opens with a level's row
    # printing one cell. The row is the next one, not the labels' broken end: joined, it gave
    # `一级指标一、产出指标`, no label.
    first = [["项目名称", ("乡村振兴培训项目", 1, 3), None, None], HEADER]
    second = [
        *([HEADER] if repeat_header else []),
        ["一、产出指标", "", "", ""],
        ["", "数量指标", "培训人数", "≥200人次"],
        ["", "质量指标", "验收合格率", "≥95%"],
    ]
    data = make_pdf([(TITLE, first), ((), second)], ruled)
    (table,) = file_tables("made.pdf", data).tables
    assert [row.cells for row in table.rows[2:]] == [
        ("项目名称", "乡村振兴培训项目"),
        HEADER,
        ("一、产出指标", "", "", ""),
        ("", "数量指标", "培训人数", "≥200人次"),
        ("", "质量指标", "验收合格率", "≥95%"),
    ]


def _turned(data: bytes, clockwise: bool) -> bytes:
    """The PDF's pages drawn turned a quarter on pages as tall as they were wide, no
    `/Rotate` saying so (as a merging tool puts a landscape page into a portrait document)."""
    source, out = pdfium.PdfDocument(data), pdfium.PdfDocument.new()
    for n in range(len(source)):
        width, height = source[n].get_size()
        page = out.new_page(height, width)
        drawn = source.page_as_xobject(n, out).as_pageobject()
        turn = (0, -1, 1, 0, 0, width) if clockwise else (0, 1, -1, 0, height, 0)
        drawn.transform(pdfium.PdfMatrix(*turn))
        page.insert_obj(drawn)
        page.gen_content()
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("clockwise", [False, True])
def test_a_page_whose_text_lies_turned_a_quarter_is_read_turned_back(clockwise):
    # Its text running up (or down) the page: read as the page turned back would print it,
    # the same rows as the upright page's.
    data = make_pdf([(TITLE, PAGE_1)])
    upright = rows_of(read_pdf_tables("made.pdf", data))
    assert upright[:3] == [TITLE[:1], TITLE[1:], HEADER]
    assert rows_of(read_pdf_tables("turned.pdf", _turned(data, clockwise))) == upright


def test_a_band_whose_every_cell_goes_on_from_above_has_the_top_of_the_band_above():
    # Rules that part a band no cell begins in (a short rule inside merged cells' span): the
    # band's top is the band above's, and a table's first band without one has the table's;
    # every band had to begin a cell (`min()` of no tops stopped the page's reading).
    cells = [
        pdf_reader._Cell(10, 50, 100, 160, 0, 2),
        pdf_reader._Cell(50, 90, 100, 120, 0, 0),
        pdf_reader._Cell(50, 90, 140, 160, 2, 2),
    ]
    assert pdf_reader._band_tops(3, cells, 95.0) == (100, 100, 140)
    assert pdf_reader._band_tops(2, cells[2:], 95.0) == (95.0, 95.0)


def _placed_pdf(lines: list[list[tuple[int, str]]]) -> bytes:
    """A page of lines without rules, each text at its x (points), a line every 20 points."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    page.setFont("STSong-Light", 9)
    for number, line in enumerate(lines):
        for x, text in line:
            page.drawString(x, landscape(A4)[1] - 60 - 20 * number, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def test_a_form_without_rules_places_its_indicator_columns_apart_from_its_header_block():
    # 三穗 (held-out round 75): the money's figures stand over the 三级 column. One set of
    # column edges for the whole form put one before them, and each name reaching past it
    # spanned two columns, its row's cells one column left (`2个10`: target_parts_off,
    # row_unparsed).
    starts = (40, 110, 200, 340, 390, 455, 510)
    lines = [
        [(300, "项目支出绩效目标表")],
        [(40, "项目名称"), (110, "某县肉鸭产业发展项目")],
        [(40, "主管部门"), (110, "某县农业农村局"), (250, "实施单位"), (300, "某县畜牧业发展中心")],
        [(40, "项目资金"), (110, "年度资金总额"), (240, "260.00")],
        [(110, "其中：中央财政补助资金"), (240, "200.00")],
        [(110, "其他资金"), (240, "60.00")],
        [(40, "年度目标"), (110, "改扩建种鸭场2个，培训养殖户400人次。")],
        list(zip(starts, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                          "权重(%)"), strict=True)),
        list(zip(starts, ("产出指标", "数量指标", "种鸭场改扩建数量", "≥", "2", "个", "40"),
                 strict=True)),
        list(zip(starts[2:], ("培训人数", "≥", "400", "人次", "30"), strict=True)),
        list(zip(starts, ("效益指标", "经济效益指标", "带动养殖户户均增收", "≥", "2000", "元", "20"),
                 strict=True)),
        list(zip(starts, ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", "90", "%", "10"),
                 strict=True)),
    ]  # fmt: skip
    tables = process_file("made.pdf", _placed_pdf(lines), Source(fiscal_year=2025))
    assert [
        (i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"], i["weight"])
        for i in tables.indicators
    ] == [
        ("产出指标", "数量指标", "种鸭场改扩建数量", "≥2个", Decimal("40")),
        ("产出指标", "数量指标", "培训人数", "≥400人次", Decimal("30")),
        ("效益指标", "经济效益指标", "带动养殖户户均增收", "≥2000元", Decimal("20")),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", Decimal("10")),
    ]
    (project,) = tables.projects
    assert (project["implementing_unit"], project["total_amount"]) == (
        "某县畜牧业发展中心", Decimal("260.00")
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_target_printed_atop_a_page_as_the_row_above_the_break_prints_it_is_the_rows_own():
    # 丁青 (held-out round 69): `资金拨付及时率 | 100%` atop page 2 under `政府采购执行率 | 100%`
    # was read as a cell the break cut, its text printed again: the row's target was an empty
    # cell marked merged, the row above's only by the fill down.
    page_1 = [
        HEADER,
        ["产出指标", "数量指标", "培训人数", "≥200人次"],
        ["", "质量指标", "验收合格率", "100%"],
    ]
    page_2 = [["", "时效指标", "资金拨付及时率", "100%"]]
    (table,) = file_tables("made.pdf", make_pdf([(TITLE, page_1), ((), page_2)])).tables
    assert [(row.cells, any(row.merged)) for row in table.rows[-2:]] == [
        (("", "质量指标", "验收合格率", "100%"), False),
        (("", "时效指标", "资金拨付及时率", "100%"), False),
    ]
