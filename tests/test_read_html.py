"""HTML reader (pipeline.read.html): the web pages of the layout tables give the same cells as
their text originals and, through the layout readers, every expected project and indicator;
pages built here check spans, site tables around the real one, several tables, charsets."""

import base64
import csv
import json
import quopri
from decimal import Decimal
from pathlib import Path

import pytest

import tests.test_layouts as layouts_test
from pipeline.build.workers import process_file
from pipeline.cells import CellRow, CellTable
from pipeline.labels.grid_rows import is_packed
from pipeline.layouts import read_table
from pipeline.layouts.select import file_tables
from pipeline.manifest import Source
from pipeline.read import html
from pipeline.read.formats import detect_format
from pipeline.read.html import read_html
from pipeline.read.text import ExtractError, decode
from pipeline.read.text_cells import read_text_cells

FIXTURES = Path(__file__).parent / "fixtures"
WEB = FIXTURES / "formats" / "web"
EXPECTED = json.loads((WEB / "expected.json").read_text(encoding="utf-8"))
with (WEB / "sources.csv").open(encoding="utf-8") as handle:
    YEARS = {row["file"]: int(row["fiscal_year"]) for row in csv.DictReader(handle)}
PAGES = sorted(name for name in EXPECTED if name.endswith(".html"))
FORMS = [name for name in PAGES if "layout" in EXPECTED[name]]  # the others are packed tables


def original(name: str) -> Path:
    """The tab-separated table a rendering was made from."""
    source = EXPECTED[name]["rendered_from"]
    folder = "layouts" if "layout" in EXPECTED[name] else "raw-variants"
    return FIXTURES / folder / source


def trimmed(tables) -> list[tuple[str, ...]]:
    """Every row's cells without the empty cells at its end: a rendering pads a short row to
    the table's width (colspan, gridSpan), the text original does not."""
    rows = []
    for table in tables:
        for row in table.rows:
            cells = list(row.cells)
            while cells and not cells[-1]:
                cells.pop()
            rows.append(tuple(cells))
    return rows


def original_rows(name: str) -> list[tuple[str, ...]]:
    path = original(name)
    return trimmed(read_text_cells(path.name, decode(path.name, path.read_bytes())[0]))


def score(monkeypatch, name: str, tables):
    """tests/test_layouts.py's count of right projects and indicators, on these tables."""
    monkeypatch.setitem(layouts_test.EXPECTED, "web", (EXPECTED, YEARS))
    monkeypatch.setattr(layouts_test, "read", lambda folder, file: [read_table(t) for t in tables])
    return layouts_test.score_file("web", name)


def assert_reads_as_expected(monkeypatch, name: str, tables) -> None:
    right, count, projects_right, projects, misses = score(monkeypatch, name, tables)
    assert misses == []
    assert (right, projects_right) == (count, projects)
    reads = [read_table(table) for table in tables]
    expected = EXPECTED[name]
    assert [p.name for r in reads for p in r.projects] == [p["name"] for p in expected["projects"]]
    assert {r.layout for r in reads} == {expected["layout"]}
    assert {r.currency_unit for r in reads} == {expected["currency_unit"]}


def page(body: str, charset: str = "utf-8") -> bytes:
    head = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    return f"{head}</head><body>{body}</body></html>".encode(charset, errors="xmlcharrefreplace")


FORM = (
    "<table border=1><tr><td>项目名称</td><td colspan=3>校舍维修</td></tr>"
    "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
    "<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>维修面积</td><td>≥500平方米</td></tr>"
    "<tr><td>质量指标</td><td>验收合格率</td><td>100%</td></tr></table>"
)
FORM_ROWS = [
    ("项目名称", "校舍维修", "", ""),
    ("一级指标", "二级指标", "三级指标", "指标值"),
    ("产出指标", "数量指标", "维修面积", "≥500平方米"),
    ("", "质量指标", "验收合格率", "100%"),
]


@pytest.mark.parametrize("name", PAGES)
def test_a_page_gives_the_cells_of_its_text_original(name):
    tables = read_html(name, (WEB / name).read_bytes())
    assert trimmed(tables) == original_rows(name)
    assert [row.line for table in tables for row in table.rows] == list(
        range(1, 1 + sum(len(table.rows) for table in tables))
    )


@pytest.mark.parametrize("name", FORMS)
def test_a_page_gives_every_expected_project_and_indicator(monkeypatch, name):
    assert_reads_as_expected(monkeypatch, name, read_html(name, (WEB / name).read_bytes()))


@pytest.mark.parametrize("name", sorted(set(PAGES) - set(FORMS)))
def test_a_packed_department_table_on_a_page_is_recognised_as_packed(name):
    (table,) = read_html(name, (WEB / name).read_bytes())
    assert is_packed(table)
    assert table.title == "项目支出绩效目标表（含转移支付项目）"


def test_the_site_layout_and_navigation_tables_around_the_real_one_are_set_aside():
    name = "A-hubei-wuhan-qingshan-jiaoyu-2020.html"
    (table,) = read_html(name, (WEB / name).read_bytes())
    assert table.title == "项目支出绩效目标表"
    assert table.rows[:4] == (
        CellRow(("项目支出绩效目标表",), 1, "table 1 above 1"),
        CellRow(("2020年度)",), 2, "table 1 above 2"),
        CellRow(("项目名称", "教育系统基础设施建设和设备购置", "", "", ""), 3, "table 1 r1",
                (False,) * 5),
        CellRow(("主管部门 及编码", "[015001]武汉市青山区教育局", "", "", ""), 4, "table 1 r2",
                (False,) * 5),
    )  # fmt: skip
    # The form's indicator table, printed as a second <table> under a title line, joins it.
    assert [row.location for row in table.rows[11:14]] == [
        "table 1 r10", "table 2 above 1", "table 2 r1",
    ]  # fmt: skip
    assert table.rows[12].cells == ("绩效项目指标表",)


def test_a_page_of_navigation_tables_and_one_nested_form_gives_that_form_only():
    nav = "<table><tr><td><a href='/'>首页</a></td><td>政务公开</td><td>部门预算</td></tr></table>"
    footer = "<table class=bottom><tr><td>主办单位:某区人民政府</td></tr></table>"
    body = f"{nav}<table><tr><td><p>项目支出绩效目标表</p><p>单位:万元</p>{FORM}</td></tr></table>{footer}"
    (table,) = read_html("nested.html", page(body))
    assert table == CellTable(
        "nested.html",
        0,
        "项目支出绩效目标表",
        (
            CellRow(("项目支出绩效目标表",), 1, "table 1 above 1"),
            CellRow(("单位:万元",), 2, "table 1 above 2"),
            *(
                CellRow(cells, line, f"table 1 r{line - 2}", merged)
                for line, cells, merged in zip(
                    range(3, 7),
                    FORM_ROWS,
                    [(False,) * 4] * 3 + [(True,) + (False,) * 3],
                    strict=True,
                )
            ),
        ),
    )


def test_a_table_nested_in_a_cell_of_a_form_gives_its_rows_after_that_cells_row():
    inner = FORM.split("</tr>", 1)[1].removesuffix("</table>")  # the indicator rows of FORM
    body = (
        "<table><tr><td>首页</td></tr><tr><td><table><tr><td>项目名称</td><td>校舍维修</td></tr>"
        f"<tr><td>主管部门</td><td>某区教育局</td></tr><tr><td colspan=2>绩效指标<table>{inner}"
        "</table></td></tr><tr><td>财政部门审核意见</td><td>同意</td></tr></table></td></tr></table>"
    )
    (table,) = read_html("nested-cell.html", page(body))
    assert [(row.cells, row.location) for row in table.rows] == [
        (("项目名称", "校舍维修"), "table 1 r1"),
        (("主管部门", "某区教育局"), "table 1 r2"),
        (("绩效指标", ""), "table 1 r3"),
        *((cells, f"table 1 r{k}") for k, cells in enumerate(FORM_ROWS[1:], 4)),
        (("财政部门审核意见", "同意"), "table 1 r7"),
    ]
    (project,) = read_table(table).projects
    assert (project.name, [i.name for i in project.indicators]) == (
        "校舍维修", ["维修面积", "验收合格率"],
    )  # fmt: skip


def test_several_tables_on_a_page_are_several_tables_with_their_own_titles_and_sign_offs():
    second = FORM.replace("校舍维修", "教师培训")
    body = (
        f"<div><p>项目支出绩效目标表(一)</p>{FORM}<p>填表人:张三</p>"
        f"<p>项目支出绩效目标表(二)</p>{second}<p>审核人:李四</p><p>附:说明</p></div>"
    )
    first, other = read_html("two.html", page(body))
    assert (first.index, first.title, other.index, other.title) == (
        0, "项目支出绩效目标表(一)", 1, "项目支出绩效目标表(二)",
    )  # fmt: skip
    assert [(r.cells, r.line, r.location) for r in first.rows if len(r.cells) == 1] == [
        (("项目支出绩效目标表(一)",), 1, "table 1 above 1"),
        (("填表人:张三",), 6, "table 1 below 1"),
    ]
    assert [(r.cells, r.line, r.location) for r in other.rows if len(r.cells) == 1] == [
        (("项目支出绩效目标表(二)",), 7, "table 2 above 1"),
        (("审核人:李四",), 12, "table 2 below 1"),
    ]  # `附:说明` after the sign-off is the page's, not the table's
    assert [p.name for t in (first, other) for p in read_table(t).projects] == [
        "校舍维修",
        "教师培训",
    ]


def test_the_lines_around_a_table_wrapped_in_elements_of_its_own_are_its_title_and_sign_off():
    body = f"<div><p>项目支出绩效目标表</p><div class=wrap><div>{FORM}</div></div><p>填表人:张三</p></div>"
    (table,) = read_html("wrapped.html", page(body))
    assert [(r.cells, r.location) for r in table.rows if len(r.cells) == 1] == [
        (("项目支出绩效目标表",), "table 1 above 1"),
        (("填表人:张三",), "table 1 below 1"),
    ]


def test_a_system_pages_toolbar_prints_nothing_and_its_sign_off_labels_line_is_the_tables():
    # An 一体化 system's export page saved by a browser: its buttons are no text of the
    # document (the heading under them is the title), and the line of 填报单位, 填报人 and
    # 导出时间 under the table is its sign-off, though 填报单位 alone would name a department.
    body = (
        "<div><button>打印</button> <button>导出Excel</button></div><h3>某局2024年项目绩效目标</h3>"
        f"{FORM}<div>填报单位：某局\u3000\u3000填报人：徐**\u3000\u3000导出时间：2024-02-06</div>"
    )
    (table,) = read_html("export.html", page(body))
    assert [(r.cells, r.location) for r in table.rows if len(r.cells) == 1] == [
        (("某局2024年项目绩效目标",), "table 1 above 1"),
        (
            ("填报单位：某局\u3000\u3000填报人：徐**\u3000\u3000导出时间：2024-02-06",),
            "table 1 below 1",
        ),
    ]
    assert table.title == "某局2024年项目绩效目标"


def test_a_forms_parts_published_as_tables_under_headings_are_one_form_its_goals_among_them():
    # 嘉祥 (round 96): a department's form as a table a part, each under its numbered heading,
    # after the page's sentence introducing them: its header block, its goal alone (one label,
    # no performance table by itself, which parted the form before) and its indicators.
    header = "<table border=1><tr><td>部门名称</td><td>某局</td><td>资金总额</td><td>120</td></tr></table>"
    goal = "<table border=1><tr><td>年度绩效目标</td><td>保障运转</td></tr></table>"
    indicators = FORM.replace("<tr><td>项目名称</td><td colspan=3>校舍维修</td></tr>", "")
    body = (
        "<div><p>现将我局2025年度部门整体绩效目标公开如下：</p><h3>一、基本信息</h3>"
        f"{header}<h3>二、年度绩效目标</h3>{goal}<h3>三、年度绩效指标</h3>{indicators}</div>"
    )
    (table,) = read_html("parts.html", page(body))
    assert [(r.location, r.cells) for r in table.rows[:6]] == [
        ("table 1 above 1", ("一、基本信息",)),
        ("table 1 r1", ("部门名称", "某局", "资金总额", "120")),
        ("table 2 above 1", ("二、年度绩效目标",)),
        ("table 2 r1", ("年度绩效目标", "保障运转")),
        ("table 3 above 1", ("三、年度绩效指标",)),
        ("table 3 r1", FORM_ROWS[1]),
    ]
    assert table.title == "一、基本信息"


def test_a_tables_caption_is_its_title_above_its_rows():
    # As a site's rich-text editor publishes a form: the title lines in the table's caption.
    captioned = FORM.replace(
        "<table border=1>", "<table border=1><caption>项目支出绩效目标表<br/>(2023年度)</caption>"
    )
    (table,) = read_html("captioned.html", page(captioned))
    assert [(r.location, r.cells) for r in table.rows[:3]] == [
        ("table 1 above 1", ("项目支出绩效目标表",)),
        ("table 1 above 2", ("(2023年度)",)),
        ("table 1 r1", FORM_ROWS[0]),
    ]
    assert table.title == "项目支出绩效目标表"


def test_a_table_whose_labels_keep_markdowns_bold_is_a_performance_table():
    # A converter left `**…**` around every label: the cells are judged as the labels they
    # stand for, as every reader's cells are read after (`grid.unmarked`), not refused.
    bold = FORM
    for label in ("项目名称", "一级指标", "二级指标", "三级指标", "指标值"):
        bold = bold.replace(f"<td>{label}</td>", f"<td>**{label}**</td>")
    (table,) = read_html("bold.html", page(bold))
    assert [r.cells for r in table.rows] == [
        ("**项目名称**", "校舍维修", "", ""),
        ("**一级指标**", "**二级指标**", "**三级指标**", "**指标值**"),
        *FORM_ROWS[2:],
    ]


def test_an_indicator_table_whose_labels_keep_markdowns_bold_goes_on_from_the_form_above():
    # The page printed a form's header block and its indicator table as two tables, the second's
    # labels in `**…**`: it was judged a form's indicator part by its labels unmarked, but its
    # header row was then looked for among the cells as printed, and reading raised
    # StopIteration.
    head = (
        "<table><tr><td>项目名称</td><td>校舍维修</td></tr>"
        "<tr><td>主管部门</td><td>某县教育局</td></tr></table>"
    )
    bold = "".join(
        f"<td>**{label}**</td>" for label in ("一级指标", "二级指标", "三级指标", "指标值")
    )
    row = "".join(f"<td>{cell}</td>" for cell in ("产出指标", "数量指标", "维修面积", "≥500平方米"))
    grid = f"<table><tr>{bold}</tr><tr>{row}</tr></table>"
    body = f"<p>项目支出绩效目标表</p>{head}<p>绩效指标</p>{grid}"
    (table,) = read_html("two.html", page(body))
    assert [r.cells for r in table.rows] == [
        ("项目支出绩效目标表",), ("项目名称", "校舍维修"), ("主管部门", "某县教育局"),
        ("绩效指标",),
        ("**一级指标**", "**二级指标**", "**三级指标**", "**指标值**"),
        ("产出指标", "数量指标", "维修面积", "≥500平方米"),
    ]  # fmt: skip


# A money block and an indicator header with spans: the grid every reader gives for it.
SPANS = (
    "<table>"
    "<tr><th rowspan=3 colspan=2>项目资金</th><td>资金总额</td><td>10</td></tr>"
    "<tr><td>其中:财政拨款</td><td>8</td></tr>"
    "<tr><td colspan=2>其他资金 2</td></tr>"
    "<tr><td>一级指标</td><td>二级指标</td><td rowspan=2>三级指标</td><td>指标值</td></tr>"
    "<tr><td>产出指标</td><td>数量指标</td><td>3个</td></tr>"
    "</table>"
)
SPANS_GRID = [
    (("项目资金", "", "资金总额", "10"), (False, False, False, False)),
    (("", "", "其中:财政拨款", "8"), (True, True, False, False)),
    (("", "", "其他资金 2", ""), (True, True, False, False)),
    (("一级指标", "二级指标", "三级指标", "指标值"), (False, False, False, False)),
    (("产出指标", "数量指标", "", "3个"), (False, False, True, False)),
]


def test_rowspan_and_colspan_are_expanded_into_a_grid_and_rowspans_are_marked_merged():
    (table,) = read_html("spans.html", page(SPANS))
    assert [(row.cells, row.merged) for row in table.rows] == SPANS_GRID
    assert [row.location for row in table.rows] == [f"table 1 r{k}" for k in range(1, 6)]


def test_rows_and_cells_a_page_hides_are_not_read_and_their_text_is_noted():
    # Excel's 另存为网页 of a sheet hiding its code column (A) and an indicator row: each
    # hidden cell and row kept with display:none, the 产出指标 rowspan counting the hidden row.
    hide = " style='display:none'"
    body = (
        f"<table border=1><tr><td{hide}>&nbsp;</td><td>项目名称</td><td colspan=3>校舍维修</td></tr>"
        f"<tr><td{hide}>指标编码</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
        f"<tr><td{hide}>ZB01</td><td rowspan=3>产出指标</td><td>数量指标</td><td>维修面积</td><td>≥500平方米</td></tr>"
        f"<tr height=0 style='display: none'><td{hide}>ZB02</td><td>数量指标</td><td>维修间数</td><td>≥12间</td></tr>"
        f"<tr><td{hide}>ZB03</td><td>质量指标</td><td>验收合格率</td><td>100%</td></tr>"
        f"<tr height=0{hide}><td></td><td></td><td></td><td></td><td></td></tr></table>"
    )  # fmt: skip
    (table,) = read_html("hidden.htm", page(body, "gb2312"))
    assert [(row.line, row.location, row.cells, row.merged) for row in table.rows] == [
        (1, "table 1 r1", FORM_ROWS[0], (False,) * 4),
        (2, "table 1 r2", FORM_ROWS[1], (False,) * 4),
        (3, "table 1 r3", FORM_ROWS[2], (False,) * 4),
        (4, "table 1 r4", FORM_ROWS[3], (True, False, False, False)),
    ]
    hidden = "<tr> 2 (指标编码); <tr> 3 (ZB01); <tr> 4 (ZB02 | 数量指标 | 维修间数 | ≥12间); <tr> 5 (ZB03)"
    assert table.notes == (
        ("hidden_cells_skipped", 1, "table 1: rows and cells the page hides (display:none) that "
         f"hold text, not read (a browser neither shows nor prints them): {hidden}", hidden),
    )  # fmt: skip


def test_a_column_the_pages_col_hides_is_not_read_and_its_text_is_noted():
    # Excel 2003's web page of a sheet hiding last year's values (博兴, round 102): only the
    # `<col>` carries display:none, its cells none. Before, that column was read as the
    # 实施期 targets (last year's values), silently.
    # A cell spanning the hidden column shows its text in the first column shown.
    body = (
        "<table border=1><col width=0 style='display:none'><colgroup><col width=80>"
        "<col width=80 span=2></colgroup><col width=0 style='display:none'><col width=80>"
        "<tr><td colspan=6>某局项目绩效目标表</td></tr>"
        "<tr><td>ZB</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>2024年指标值</td><td>指标值</td></tr>"
        "<tr><td>ZB01</td><td>产出指标</td><td>数量指标</td><td>维修面积</td><td>≥450平方米</td>"
        "<td>≥500平方米</td></tr></table>"
    )  # fmt: skip
    (table,) = read_html("hidden-column.htm", page(body, "gb2312"))
    assert [row.cells for row in table.rows] == [
        ("某局项目绩效目标表", "", "", ""),
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "数量指标", "维修面积", "≥500平方米"),
    ]
    hidden = "<tr> 2 (ZB | 2024年指标值); <tr> 3 (ZB01 | ≥450平方米)"
    assert table.notes == (
        ("hidden_cells_skipped", 1, "table 1: rows and cells the page hides (display:none) that "
         f"hold text, not read (a browser neither shows nor prints them): {hidden}", hidden),
    )  # fmt: skip


def test_what_a_page_hides_inside_a_cell_or_a_title_is_not_read():
    # A site guarding its text against copying puts decoy characters in hidden spans; a
    # browser neither shows nor prints them. `&ge;` is the character it names.
    hide = "<span style='DISPLAY: none;'>的</span>"
    body = (
        f"<p>维修{hide}项目</p><table border=1><tr><td>项目{hide}名称</td><td colspan=3>校舍维修</td></tr>"
        "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
        f"<tr><td>产出<font style='display:none'>是是</font>指标</td><td>数量指标</td><td>维修面积</td>"
        f"<td>&ge;5{hide}00平方米</td></tr></table>"
    )  # fmt: skip
    (table,) = read_html("decoys.html", page(body))
    assert [row.cells for row in table.rows] == [("维修项目",), *FORM_ROWS[:3]]


def test_a_tables_footer_rows_are_read_after_its_body_wherever_the_page_writes_them():
    # HTML 4 wanted <tfoot> before the <tbody>s; a browser prints its rows last.
    body = FORM.replace(
        "<tr><td>一级指标",
        "<tfoot><tr><td colspan=4>填报人：张三</td></tr></tfoot><tbody><tr><td>一级指标",
    ).replace("</table>", "</tbody></table>")
    (table,) = read_html("tfoot.html", page(body))
    assert [row.cells for row in table.rows] == [*FORM_ROWS, ("填报人：张三", "", "", "")]


@pytest.mark.parametrize(
    "style, wrapper",
    [
        (".grid{display:table} .row, .head{display: table-row} .cell{display:table-cell}",
         "<div class='grid'>{}</div>"),
        ("", "<div style='display:table'>{}</div>"),
    ],
)  # fmt: skip
def test_a_grid_the_pages_css_lays_out_as_a_table_is_read_as_one(style, wrapper):
    # A front-end framework's grid: no <table>, rows and cells as <div>s that CSS displays
    # as table rows and cells (by their classes or their own style).
    rows = [("项目名称", "校舍维修"), ("指标名称", "指标值"), ("维修面积", "≥500平方米")]
    cell = "<div class='cell' style='display:table-cell'>{}</div>"
    divs = "".join(
        f"<div class='row' style='display:table-row'>{''.join(cell.format(t) for t in cells)}</div>"
        for cells in rows
    )
    if style:
        divs = divs.replace(" style='display:table-row'", "").replace(
            " style='display:table-cell'", ""
        )
    body = f"<style>{style}</style><p>绩效目标表</p>{wrapper.format(divs)}"
    (table,) = read_html("grid.html", page(body))
    assert [row.cells for row in table.rows] == [("绩效目标表",), *rows]


def test_text_a_stylesheet_class_hides_is_not_read():
    # An accessible site template leads each cell with its column's label for screen
    # readers, clipped out of sight by a class of the page's stylesheet; a class may hide a
    # row too (display:none). A browser shows and prints neither.
    style = (
        "<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;"
        "clip:rect(0,0,0,0)} .draft{display: none}</style>"
    )
    label = "<span class='sr-only'>{}：</span>"
    body = FORM.replace("<td>维修面积", f"<td>{label.format('三级指标')}维修面积").replace(
        "<td>100%", f"<td>{label.format('指标值')}100%"
    )
    body = body.replace("</table>", "<tr class='draft'><td>质量指标</td><td>旧稿</td></tr></table>")
    (table,) = read_html("sr-only.html", page(f"{style}<a class='sr-only'>跳到主要内容</a>{body}"))
    assert [row.cells for row in table.rows] == FORM_ROWS


def test_what_a_class_hides_only_in_print_or_a_narrow_window_or_under_another_is_read():
    # A site's print sheet and a narrow window's rules hide what a browser window shows.
    style = (
        "<style>@media print{.no-print{display:none}} "
        "@media screen and (max-width:768px){.wide{display:none}}</style>"
    )
    body = FORM.replace("<td>维修面积", "<td><span class='wide no-print'>维修面积</span>")
    # A class shown over one that hides (a tab's pane made active) shows too.
    style += "<style>.pane{display:none} .active{display:block}</style>"
    body = body.replace("<td>100%", "<td><span class='pane active'>100%</span>")
    (table,) = read_html("media.html", page(style + body))
    assert [row.cells for row in table.rows] == FORM_ROWS


def test_a_css_grid_is_read_as_the_table_its_items_fill_in_order():
    # A front-end framework's table drawn with CSS grid: no rows, every cell an item placed
    # in the next free place of a grid of four columns, a merged one spanning by its style.
    items = [
        ("项目名称", ""), ("校舍维修", "grid-column:span 3"),
        ("一级指标", ""), ("二级指标", ""), ("三级指标", ""), ("指标值", ""),
        ("产出指标", "grid-row: span 2"), ("数量指标", ""), ("维修面积", ""), ("≥500平方米", ""),
        ("质量指标", ""), ("验收合格率", ""), ("100%", ""),
    ]  # fmt: skip
    cells = "".join(f"<div style='{style}'>{text}</div>" for text, style in items)
    style = "<style>.grid{display:grid;grid-template-columns:repeat(2,auto) 8em minmax(4em,1fr)}"
    # The site's layout is a grid too: a navigation column beside the article; it holds the
    # table, which it is not.
    style += ".layout{display:grid;grid-template-columns:200px 1fr}</style>"
    body = f"<div class='layout'><div>首页 政务公开</div><div><div class='grid'>{cells}</div></div></div>"
    (table,) = read_html("grid.html", page(style + body))
    # The navigation's line above it is the table's, as it is of a <table> there.
    assert [row.cells for row in table.rows] == [("首页 政务公开",), *FORM_ROWS]
    assert [row.merged for row in table.rows][4] == (True, False, False, False)


def test_a_css_grid_whose_items_name_their_own_places_is_not_read_as_a_table():
    # Items placed by their lines may stand anywhere: reading them in order could put a value
    # beside another indicator, so no table is read.
    cells = "".join(
        f"<div style='grid-column:{n % 2 + 1} / {n % 2 + 2}'>{text}</div>"
        for n, text in enumerate(
            ["项目名称", "校舍维修", "指标名称", "指标值", "维修面积", "≥500平方米"]
        )
    )
    body = f"<div style='display:grid;grid-template-columns:repeat(2,1fr)'>{cells}</div>"
    with pytest.raises(ExtractError):
        read_html("placed.html", page(body))


def test_a_table_in_an_inline_frames_srcdoc_is_read_where_the_frame_shows_it():
    framed = f"<html><body><p>绩效目标表</p>{FORM}</body></html>"
    escaped = framed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = f'<h1>预算公开</h1><iframe width=100% srcdoc="{escaped}"></iframe><p>主办：财政局</p>'
    (table,) = read_html("framed.html", page(body))
    assert [row.cells for row in table.rows] == [("绩效目标表",), *FORM_ROWS]


def test_a_saved_form_pages_fields_are_read_as_the_values_they_show():
    # A budget system's form page saved by a browser: values in text fields and a textarea,
    # the level a drop-down's selected option (the others and the 请选择 prompt not shown);
    # a hidden field, an empty field's placeholder and a prompt left chosen show nothing.
    levels = "".join(f"<option>{name}</option>" for name in ("效益指标", "满意度指标"))
    body = (
        '<form><input type="hidden" name="xmid" value="5f3c2a"><table border=1>'
        '<tr><td>项目名称</td><td colspan=3><input name="xmmc" value="校舍维修"></td></tr>'
        "<tr><td>年度目标</td><td colspan=3><textarea>完成校舍维修500平方米。</textarea></td></tr>"
        "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
        '<tr><td><select><option value="">请选择</option><option selected>产出指标</option>'
        f"{levels}</select></td>"
        '<td><select><option value="">请选择</option><option>数量指标</option></select></td>'
        '<td>维修面积</td><td><input type="text" value="≥500平方米" class="layui-input"></td></tr>'
        '<tr><td></td><td><select><option selected="selected">质量指标</option></select></td>'
        '<td>验收合格率</td><td><input type="TEXT" value="" placeholder="请输入"></td></tr>'
        '</table><input type="submit" value="保存"></form>'
    )
    (table,) = read_html("form.html", page(body))
    assert [row.cells for row in table.rows] == [
        ("项目名称", "校舍维修", "", ""),
        ("年度目标", "完成校舍维修500平方米。", "", ""),
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "", "维修面积", "≥500平方米"),
        ("", "质量指标", "验收合格率", ""),
    ]


def test_lines_inside_a_cell_are_joined_without_a_space_between_cjk_characters():
    body = (
        "<table><tr><td>项目<br>名称</td><td>校舍\n    维修</td><td>主管<br>部门</td></tr>"
        "<tr><td><p>Total</p><p>cost</p></td><td>10<br/>万元</td><td>&nbsp;</td></tr></table>"
    )
    (table,) = read_html("br.html", page(body))
    assert [row.cells for row in table.rows] == [
        ("项目名称", "校舍维修", "主管部门"),
        ("Total cost", "10 万元", ""),
    ]


def test_a_gbk_page_with_characters_outside_gbk_as_references_reads_them():
    body = f"<p>单位:万元</p>{FORM.replace('校舍维修', '𠮷祥镕村校舍维修')}"
    data = page(body, "gb2312")  # 镕 is GBK, not GB2312; 𠮷 is outside GBK: written &#134071;
    assert b"&#134071;" in data
    (table,) = read_html("gbk.html", data)
    assert table.rows[1].cells == ("项目名称", "𠮷祥镕村校舍维修", "", "")
    undeclared = data.replace(b"; charset=gb2312", b"")
    assert read_html("gbk.html", undeclared) == (table,)


@pytest.mark.parametrize(
    ("label", "encoding"),
    [("x-gbk", "gbk"), ("GB_2312-80", "gbk"), ("x-x-big5", "big5"), ("cn-big5", "big5")],
)
def test_a_charset_label_browsers_accept_is_the_pages_charset(label, encoding):
    # Labels Python's codecs do not know: the page was read by its bytes, and a few words are
    # too few to tell GBK from Big5 by (`校舍維修` came out as `У��S��` or `�ժٺ���`).
    data = f'<meta charset="{label}"><p>校舍維修</p>'.encode(encoding)
    assert html._decode("page.html", data) == '<meta charset="' + label + '"><p>校舍維修</p>'


@pytest.mark.parametrize("declared", [b"charset=gbk", b"charset=utf-16", b"charset=x-unknown"])
def test_a_page_whose_charset_declaration_is_wrong_is_read_by_its_bytes(declared):
    data = page(FORM).replace(b"charset=utf-8", declared)
    (table,) = read_html("lying.html", data)
    assert table.rows[0].cells == ("项目名称", "校舍维修", "", "")


@pytest.mark.parametrize(
    ("data", "line", "reason"),
    [
        (
            page("<table><tr><td>首页</td><td>政务公开</td></tr></table><p>项目名称</p>"),
            1,
            "HTML page without a performance table (no <table> with 项目名称 or 绩效指标 "
            "labels); save the document that shows the table itself",
        ),
        (
            b"<html>\n<body>\x00\x01\x02\xff\xfe\x00 binary\x00\x03\x04\x05\x06\x07\x08\x0e"
            b"\x0f\x10\x11",
            2,
            "HTML page in no charset it declares nor UTF-8 nor GB18030 (binary or damaged "
            "bytes); download the page again or save it as UTF-8",
        ),
    ],
)
def test_a_page_that_gives_no_table_is_an_error_naming_the_format_and_what_to_do(
    data, line, reason
):
    with pytest.raises(ExtractError) as raised:
        read_html("bad.html", data)
    assert (raised.value.line, raised.value.reason) == (line, reason)


ARTICLE = (
    "<p>一、部门概况</p><p>本部门主要职责是……。</p><p>二、部门预算表（见附件）</p><p>附件：</p><ul>"
    "<li><a href='/uploadfiles/202402/附件1.xls'>附件1：部门收支总表.xls</a></li>"
    "<li><a href='/uploadfiles/202402/附件2.xlsx?v=2'>附件2：部门支出总表</a></li>"
    "<li><a href='/uploadfiles/202402/附件11-1.xls#top'>附件11-1：项目支出绩效目标表.xls</a></li>"
    "<li><a href='/uploadfiles/202402/f3.pdf'></a></li>"
    "<li><a href='/zwgk/index.html'>返回首页</a></li><li><a href='/uploadfiles/202402/附件1.xls'>"
    "附件1：部门收支总表.xls</a></li></ul>"
)


def test_a_page_of_prose_whose_tables_are_attached_fails_naming_its_attachments():
    # A disclosure's article holding its prose alone, its tables attached: the page has no
    # table to read; its error says which files to read instead, the performance ones first
    # (a link without text by its file's name; a link to a page is none).
    with pytest.raises(ExtractError) as raised:
        read_html("article.html", page(ARTICLE))
    assert raised.value.reason == (
        "HTML page without a performance table (no <table> with 项目名称 or 绩效指标 labels); "
        "it links 4 attached files (附件11-1：项目支出绩效目标表.xls; 附件1：部门收支总表.xls; "
        "附件2：部门支出总表 and 1 more): download those and read them"
    )


def test_characters_that_print_nothing_are_not_read():
    # A page pasted from a WeChat article editor: a zero-width space between each cell's spans
    # (`&#8203;`), a soft hyphen and a byte-order mark left inside a text.
    body = (
        FORM.replace("维修面积", "维修<span>&#8203;</span>面积")
        .replace("≥500平方米", "≥5&#8203;00平方&shy;米")
        .replace("校舍维修", "&#65279;校舍维修")
    )
    (table,) = read_html("pasted.html", page(f"<section>单位:&#8203;万元</section>{body}"))
    assert [row.cells for row in table.rows] == [("单位:万元",), *FORM_ROWS]


def test_a_rubys_reading_is_not_read_with_its_characters():
    # Word's 拼音指南 saved as a web page: each character a `<ruby>` with its reading in `<rt>`
    # (a browser prints it small above); `<rp>` brackets show only where ruby is not laid out.
    ruby = "".join(
        f"<ruby>{character}<rp>(</rp><rt><span style='font-size:5.0pt'>{reading}</span></rt>"
        "<rp>)</rp></ruby>"
        for character, reading in (("校", "xiào"), ("舍", "shè"))
    )
    (table,) = read_html("ruby.html", page(FORM.replace("校舍", ruby), "gb2312"))
    assert [row.cells for row in table.rows] == FORM_ROWS


def test_a_web_archive_is_read_as_the_page_it_holds():
    # Excel's 单个文件网页 (.mht): the page in quoted-printable GB2312, then its file list.
    encoded = quopri.encodestring(page(f"<p>单位:万元</p>{FORM}", "gb2312")).decode("ascii")
    archive = (
        "MIME-Version: 1.0\r\nX-Document-Type: Worksheet\r\nContent-Type: multipart/related; "
        'boundary="----=_NextPart_01"\r\n\r\n此文档为“单个文件网页”。\r\n\r\n------=_NextPart_01\r\n'
        "Content-Location: file:///C:/x/sheet.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f'Content-Type: text/html; charset="gb2312"\r\n\r\n{encoded}\r\n------=_NextPart_01\r\n'
        "Content-Location: file:///C:/x/sheet.files/filelist.xml\r\n"
        'Content-Type: text/xml; charset="utf-8"\r\n\r\n<xml></xml>\r\n------=_NextPart_01--\r\n'
    ).encode("gb2312")
    assert detect_format("sheet.mht", archive) == "mhtml"
    (table,) = file_tables("sheet.mht", archive).tables
    assert [row.cells for row in table.rows] == [("单位:万元",), *FORM_ROWS]


def test_a_workbooks_web_archive_is_read_as_its_sheets_pages():
    # Excel's 单个文件网页 of a workbook of several sheets (垣曲, round 102): its first page a
    # frameset, a page a sheet, then the sheet tabs' page. Before, the frameset alone was
    # read: no performance table, the file refused.
    frameset = '<meta name="Excel Workbook Frameset"><frameset rows="*,39"><frame src="x.files/sheet001.htm"></frameset>'
    tabs = '<meta name="Excel Workbook Frameset"><table><tr><td><a href="sheet001.htm">项目一</a></td></tr></table>'
    second = FORM.replace("校舍维修", "校舍改造")
    parts = [
        ("x.htm", frameset),
        ("x.files/sheet001.htm", f"<p>单位:万元</p>{FORM}"),
        ("x.files/sheet002.htm", f"<p>单位:万元</p>{second}"),
        ("x.files/tabstrip.htm", tabs),
    ]
    archive = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n'
    for location, body in parts:
        encoded = quopri.encodestring(page(body, "gb2312")).decode("ascii")
        archive += (
            f"--B\r\nContent-Location: file:///C:/{location}\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            f'Content-Type: text/html; charset="gb2312"\r\n\r\n{encoded}\r\n'
        )
    archive += "--B--\r\n"
    tables = file_tables("book.mht", archive.encode("ascii")).tables
    assert [[row.cells for row in table.rows] for table in tables] == [
        [("单位:万元",), *FORM_ROWS],
        [("单位:万元",), ("项目名称", "校舍改造", "", ""), *FORM_ROWS[1:]],
    ]


@pytest.mark.parametrize(
    ("hidden", "names"),
    [
        # A copy of the form kept hidden for printing (inline, or by a class of the page's
        # sheet): its project was read twice.
        (f'<div style="display:none">{FORM}</div>', ["校舍维修"]),
        (f'<style>.print{{display:none}}</style><div class="print">{FORM}</div>', ["校舍维修"]),
        # A hidden table of its own (a tab not open) is read.
        (f'<div style="display:none">{FORM.replace("校舍维修", "校舍改造")}</div>',
         ["校舍维修", "校舍改造"]),
    ],
)  # fmt: skip
def test_a_hidden_copy_of_a_shown_table_is_read_once(hidden, names):
    tables = file_tables("p.html", page(FORM + hidden)).tables
    assert [project.name for t in tables for project in read_table(t).projects] == names


@pytest.mark.parametrize("overlay", ["el-table__fixed", "el-table__fixed-right"])
def test_a_components_copy_of_its_table_over_its_fixed_columns_is_no_table_of_its_own(overlay):
    # Element UI's el-table saved by a browser: empty column definitions and a hidden resize
    # line beside the table, and the whole table again laid over its fixed column, its other
    # cells hidden. The copy gave the form twice, and the empty elements kept the title above
    # from the table.
    copy = FORM.replace("<td>", '<td class="is-hidden">')
    body = (
        '<div class="table-box"><div class="table-head"><p>公开11表</p><p>项目支出绩效目标表</p></div>'
        '<div class="el-table"><div class="hidden-columns"><div></div><div></div></div>'
        f'<div class="el-table__body-wrapper">{FORM}</div>'
        f'<div class="{overlay}"><div class="el-table__fixed-body-wrapper">{copy}</div></div>'
        '<div class="el-table__column-resize-proxy" style="display: none;"></div></div></div>'
    )
    (table,) = file_tables("element.html", page(body)).tables
    assert table.title == "项目支出绩效目标表"
    assert [row.cells for row in table.rows] == [("公开11表",), ("项目支出绩效目标表",), *FORM_ROWS]


def test_a_div_table_of_aria_roles_is_read_as_the_table_its_roles_say():
    # A component library's table for screen readers: no <table>, <div>s of the table, row and
    # cell roles laid out by flex boxes, a merged cell in its first row with aria-rowspan.
    def cell(text: str, span: str = "") -> str:
        return f"<div role='cell' class='c'{span}>{text}</div>"

    rows = [
        ["<div role='columnheader'>一级指标</div>", "<div role='columnheader'>二级指标</div>",
         "<div role='columnheader'>三级指标</div>", "<div role='columnheader'>指标值</div>"],
        [cell("产出指标", " aria-rowspan='2'"), cell("数量指标"), cell("维修面积"),
         cell("≥500平方米")],
        [cell("质量指标"), cell("验收合格率"), cell("100%")],
    ]  # fmt: skip
    divs = "".join(f"<div role='row' class='r'>{''.join(cells)}</div>" for cells in rows)
    body = (
        "<style>.r{display:flex}.c{flex:1}</style><p>项目名称：校舍维修</p>"
        f"<div role='table'><div role='rowgroup'>{divs}</div></div>"
    )
    (table,) = read_html("aria.html", page(body))
    assert [(row.cells, row.merged) for row in table.rows] == [
        (("项目名称：校舍维修",), ()),
        (FORM_ROWS[1], (False,) * 4),
        (FORM_ROWS[2], (False,) * 4),
        (FORM_ROWS[3], (True, False, False, False)),
    ]


BOXED = """        校舍维修项目绩效目标表
┌──────────┬────────────────────────────────────┐
│ 项目名称 │ 校舍维修                           │
├──────────┼──────────┬────────────┬────────────┤
│ 一级指标 │ 二级指标 │ 三级指标   │ 指标值     │
├──────────┼──────────┼────────────┼────────────┤
│ 产出指标 │ 数量指标 │ 维修面积   │ ≥500平方米 │
│          ├──────────┼────────────┼────────────┤
│          │ 质量指标 │ 验收合格率 │ 100%       │
└──────────┴──────────┴────────────┴────────────┘
"""
# The rows it draws: its title, then the form, the 产出指标 cell merged down.
BOXED_ROWS = [
    (("校舍维修项目绩效目标表",), ()),
    *((cells, (False,) * 4) for cells in FORM_ROWS[:3]),
    (FORM_ROWS[3], (True, False, False, False)),
]


def test_a_box_drawn_table_in_a_pre_is_read_as_the_table_its_rules_draw():
    # A text table drawn with box-drawing characters pasted into an article's <pre>: the
    # rules' joins cut the columns, a cell with no rule under it goes on below (merged).
    body = f"<h1>通知</h1><pre>{BOXED}</pre><p>附件：无</p>"
    (table,) = read_html("pre.html", page(body))
    assert [(row.cells, row.merged) for row in table.rows] == BOXED_ROWS


def test_an_e_mail_is_read_as_the_web_page_of_its_html_part():
    # An e-mail saved as a file (.eml): `Received:` fields first, its header past the first
    # kilobyte, a multipart/alternative body of a text part and the page in quoted-printable
    # GBK, whose charset only the part's header names.
    encoded = quopri.encodestring(
        f"<html><body><p>各位好：</p>{FORM}</body></html>".encode("gbk")
    ).decode("ascii")
    relays = "".join(
        f"Received: from relay{n}.example.cn (unknown [10.0.0.{n}])\r\n\tby mx.example.gov.cn"
        f" with ESMTP id 4F2A1C0B{n:02d}; Tue, 12 Mar 2024 09:41:07 +0800 (CST)\r\n"
        for n in range(12)
    )
    mail = (
        f"Return-Path: <a@163.com>\r\n{relays}From: a@163.com\r\nSubject: =?GBK?B?1qex9g==?=\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/alternative;\r\n\tboundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=GBK\r\nContent-Transfer-Encoding: base64\r\n"
        "\r\nuPfOu7rDo7o=\r\n--b1\r\nContent-Type: text/html; charset=GBK\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{encoded}\r\n--b1--\r\n"
    ).encode("ascii")
    assert detect_format("mail.eml", mail) == "mhtml"
    (table,) = file_tables("mail.eml", mail).tables
    assert [row.cells for row in table.rows] == [("各位好：",), *FORM_ROWS]


def _mail(content_type: str, body: str) -> bytes:
    """An e-mail of one part: its header, then the body."""
    return (
        "From: a@163.com\r\nTo: b@example.gov.cn\r\nSubject: =?GBK?B?1qex9g==?=\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: {content_type}\r\n{body}"
    ).encode("ascii")


# The form as a mail client sends a table pasted into a plain-text mail: tab-separated text.
FORM_TEXT = "\r\n".join("\t".join(cells) for cells in FORM_ROWS)


@pytest.mark.parametrize(
    "body",
    [
        "Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(FORM_TEXT.encode("gbk")).decode("ascii"),
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quopri.encodestring(FORM_TEXT.encode("gbk")).decode("ascii"),
    ],
    ids=["base64", "quoted-printable"],
)
def test_a_plain_text_e_mail_is_read_as_the_text_of_its_body(body):
    # No HTML part: the table is the text of its one text/plain part, in GBK. Read as a text
    # file, its header and encoded body gave no table (`file_unreadable`).
    mail = _mail("text/plain; charset=GBK", body)
    assert detect_format("mail.eml", mail) == "mhtml"
    (table,) = file_tables("mail.eml", mail).tables
    (text,) = file_tables("form.txt", FORM_TEXT.encode("gbk")).tables
    assert [(row.line, row.cells) for row in table.rows] == [
        (row.line, row.cells) for row in text.rows
    ]
    assert [row.cells for row in table.rows][1:] == FORM_ROWS[1:]


def test_an_e_mail_of_one_html_part_is_read_as_its_page():
    page = f"<html><body>{FORM}</body></html>".encode("gbk")
    body = "Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(page).decode()
    (table,) = file_tables("mail.eml", _mail("text/html; charset=GBK", body)).tables
    assert [row.cells for row in table.rows] == FORM_ROWS


def test_an_e_mail_with_neither_a_page_nor_a_text_says_to_save_what_it_attaches():
    # A mail whose one part is the attached workbook.
    mail = _mail(
        'multipart/mixed; boundary="b1"',
        '\r\n--b1\r\nContent-Type: application/vnd.ms-excel; name="2024.xls"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n0M8R4KGxGuE=\r\n--b1--\r\n",
    )
    with pytest.raises(ExtractError) as raised:
        file_tables("mail.eml", mail)
    assert str(raised.value) == (
        "mail.eml:1: a MIME message (.mht, .eml) with neither a web page nor a text; open it "
        "and save its page, or the table it attaches, as a file of its own"
    )


def test_a_table_role_on_a_table_or_around_one_leaves_its_cells_to_the_table():
    # An accessible template's <table role="table"> with rows of the row role whose <td>s
    # carry no role, and a grid widget's role on the <div> around its <table>: read as the
    # <table>s they are.
    rows = FORM.replace("<tr>", "<tr role='row'>")
    for body in (rows.replace("<table border=1>", "<table role='table'>"),
                 f"<div role='grid'>{rows}</div>"):  # fmt: skip
        (table,) = read_html("roles.html", page(body))
        assert [row.cells for row in table.rows] == FORM_ROWS


LIST = (
    "<TABLE border=1><TR><TH>项目名称<TH>预算金额<TH>年度绩效目标<TH>一级指标<TH>二级指标"
    "<TH>三级指标<TH>指标值<TR><TD>乙项目<TD>86.00<TD>完成免疫。<TD>产出指标<TD>数量指标"
    "<TD>免疫数量<TD>≥185万只</TABLE>"
)


def test_a_table_a_page_without_a_doctype_nests_in_a_paragraph_keeps_its_place():
    # `<P><B>三、…</B><TABLE>`: with no doctype a browser's parser nests the table in the
    # paragraph, whose flow was read after the page's; the table after it came first. And a
    # 政府采购 table between a 项目支出表 and the list of indicators made the list the 项目支出表's
    # indicator part.
    body = (
        "<P>公开09表<TABLE border=1><TR><TH>项目名称<TH>金额<TR><TD>乙项目<TD>86.00</TABLE>"
        "<P>公开10表<TABLE border=1><TR><TH>采购项目<TH>采购数量<TH>金额<TR><TD>台式计算机"
        "<TD>12台<TD>6.00<TR><TD>打印机<TD>3台<TD>0.90</TABLE>"
        f"<P><B>三、项目支出绩效目标表</B>{LIST}"
        f"<P>公开12表 某县项目支出绩效目标表{FORM}"
    )
    data = f"<HTML><BODY>{body}</BODY></HTML>".encode()
    titled = [(t.title, t.rows[-1].cells[:1]) for t in read_html("t.html", data)[:3]]
    assert titled == [
        (None, ("乙项目",)),  # `公开09表` is its number, no title
        ("三、项目支出绩效目标表", ("乙项目",)),
        ("公开12表 某县项目支出绩效目标表", ("",)),
    ]


def test_a_line_over_the_table_laid_out_as_a_table_of_one_row_gives_the_tables_unit():
    # 明光 (held-out round 129): `部门名称：… | 单位：元` in a small table of one row above the
    # list, inside the site's layout table. Before, that table was neither read nor set aside:
    # the unit was lost and every amount read as 万元, 10,000 times too large, with an info
    # note only.
    unit = "<table><tr><td>部门名称：某市教育体育局</td><td>单位：元</td></tr></table>"
    form = FORM.replace(
        "<tr><td>一级指标</td>",
        "<tr><td>资金总额</td><td colspan=3>3,260,000.00</td></tr><tr><td>一级指标</td>",
    )
    layout = f"<table><tr><td>某市人民政府</td></tr><tr><td>{unit}{form}</td></tr></table>"
    (table,) = read_html("unit.html", page(layout))
    assert [(r.location, r.cells) for r in table.rows[:3]] == [
        ("table 1 above 1", ("部门名称：某市教育体育局",)),
        ("table 1 above 2", ("单位：元",)),
        ("table 1 r1", FORM_ROWS[0]),
    ]
    tables = process_file("unit.html", page(layout), Source())
    assert [(p["project_name"], p["total_amount"]) for p in tables.projects] == [
        ("校舍维修", Decimal("326.000000")),
    ]
