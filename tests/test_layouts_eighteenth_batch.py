"""What the eighteenth held-out batch of target tables (tests/fixtures/heldout-targets-18)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: the
markup of another format a converter left in cells as text (HTML's character references and
`<br>` tags, OOXML's `_x000D_`, Markdown's bold around labels), a list's bullet before every
indicator name, a value's sign given to the name's cell, a spreadsheet's error value (`#N/A`)
where a target was, a sheet printed with its row and column headings, rule lines of hyphens, a
department's tasks under `工作任务` and a list's department named above its column labels."""

from decimal import Decimal

import pytest

from pipeline.checks import target_problems
from pipeline.read.grid import printed_headings, unmarked
from pipeline.rows import THRESHOLD_COLUMNS
from pipeline.targets.parser import parse_target
from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text


@pytest.mark.parametrize(
    ("cell", "shows"),
    [
        ("&ge;90%", "≥90%"),
        ("&#8804;1500元/亩", "≤1500元/亩"),
        ("&ldquo;双减&rdquo;课后服务", "“双减”课后服务"),
        ("&nbsp;", ""),
        ("茶苗<br>成活率", "茶苗成活率"),
        ("茶苗<BR/>成活率", "茶苗成活率"),
        ("茶农户均_x000D_增收", "茶农户均增收"),
        ("茶农户均_x000D_\n增收", "茶农户均增收"),
        ("**项目名称**", "项目名称"),
        ("R&D投入", "R&D投入"),  # no reference: as written
        ("**a** and **b**", "**a** and **b**"),  # bold not around the whole cell: as written
        ("项目总投入(≥**万元)", "项目总投入(≥**万元)"),  # a template's placeholder, no bold
    ],
)
def test_a_cells_markup_left_by_a_converter_is_read_as_what_it_stands_for(cell, shows):
    assert unmarked(cell) == shows


def test_a_table_with_markup_in_its_labels_names_and_values_reads_as_the_clean_one():
    # A page copied from its source (`&ge;`, `&nbsp;`, `<br>`), a sheet's export that kept
    # OOXML's escape of a line break (`_x000D_`), a converter that keeps bold as Markdown.
    rows = [
        ["**项目名称**", "茶园改造"], ["**年度资金总额**", "420"],
        ["**年度目标**", "改造茶园2000亩。", "&nbsp;", "&nbsp;"],
        ["**一级指标**", "**二级指标**", "**三级指标**", "指标<br>值"],
        ["产出指标", "数量指标", "改造茶园面积", "2000亩"],
        ["&nbsp;", "质量指标", "茶苗<br>成活率", "&ge;90%"],
        ["&nbsp;", "成本指标", "每亩补助_x000D_标准", "&le;1500元/亩"],
        ["效益指标", "经济效益_x000D_指标", "茶农户均增收", "&ge;1000元"],
        ["满意度指标", "服务对象满意度指标", "茶农满意度", "&#8805;95%"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", Decimal("420"))]
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_list_bullet_before_each_name_is_no_part_of_the_name():
    rows = [[*row[:2], f"● {row[2]}", row[3]] for row in ROWS]
    rows[1][2] = "◆茶苗成活率"
    tables = read(text([*HEAD, GRID, *rows]))
    assert named(tables) == READ
    assert [i["indicator_seq"] for i in tables.indicators] == [None] * 5


def test_a_sign_ending_the_name_over_a_figure_is_the_values():
    # A PDF's sign drawn at the left edge of the value's cell, given to the name's cell by the
    # converter; a name ending in a book-title mark or over a value in words keeps its end.
    rows = [
        ["产出指标", "数量指标", "改造茶园面积≥", "2000亩"],
        ["", "质量指标", "茶苗成活率≥", "90%"],
        ["", "成本指标", "每亩补助标准≤", "1500元/亩"],
        ["效益指标", "社会效益指标", "学习《茶叶种植技术规程》", "3次"],
        ["", "", "宣传<<农药管理条例>>", "2场"],
        ["", "", "茶园管护水平≥", "明显提升"],
    ]
    tables = read(text([*HEAD, GRID, *rows]))
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("改造茶园面积", "≥2000亩"),
        ("茶苗成活率", "≥90%"),
        ("每亩补助标准", "≤1500元/亩"),
        ("学习《茶叶种植技术规程》", "3次"),
        ("宣传<<农药管理条例>>", "2场"),
        ("茶园管护水平≥", "明显提升"),
    ]


@pytest.mark.parametrize("value", ["#N/A", "#REF!", "#VALUE!", "#div/0!"])
def test_a_spreadsheets_error_value_sets_no_target_and_is_reported(value):
    assert parse_target(value, "茶苗成活率", 2024) == ()
    assert [problem[0] for problem in target_problems("茶苗成活率", False, None, value, 2024)] == [
        "target_error_value"
    ]


def test_an_indicator_whose_target_is_an_error_value_keeps_its_name_and_has_no_clause():
    rows = [[*row] for row in ROWS]
    rows[1][3] = "#N/A"
    tables = read(text([*HEAD, GRID, *rows]))
    assert named(tables) == [*READ[:1], (*READ[1][:3], "#N/A"), *READ[2:]]
    lost = tables.indicators[1]["indicator_id"]
    clauses = [dict(zip(THRESHOLD_COLUMNS, t, strict=True)) for t in tables.thresholds]
    assert [c for c in clauses if c["indicator_id"] == lost] == []
    assert [f["rule"] for f in tables.findings if f["severity"] == "warning"] == [
        "target_error_value"
    ]


def test_a_sheet_printed_with_its_row_and_column_headings_reads_as_the_sheet():
    rows = [["某县2024年项目支出绩效目标表"], ["单位：万元"], *HEAD, GRID, *ROWS]
    width = max(map(len, rows))
    lettered = [["", *"ABCD"[:width]]] + [[str(n), *row] for n, row in enumerate(rows, 1)]
    tables = read(text(lettered))
    assert tables.documents[0]["title"] == "某县2024年项目支出绩效目标表"
    assert projects(tables) == [("茶园改造", Decimal("420"))]
    assert named(tables) == READ
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
    # A first column of figures that do not rise is the table's own (a 序号 column).
    numbered = [["", "A", "B", "C"], ["3", "a", "b"], ["2", "c", "d"]]
    assert not printed_headings(numbered)
    assert printed_headings([["", "A", "B", "C"], ["1", "a"], ["4", "b"]])


def test_rule_lines_a_converter_drew_between_blocks_are_no_rows():
    rule = ["-" * 30]
    rows = [*HEAD, rule, GRID, rule, *ROWS[:3], ["+------+------+------+"], *ROWS[3:], rule]
    tables = read(text(rows))
    assert named(tables) == READ
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_departments_tasks_under_work_tasks_are_neither_fields_nor_indicators():
    head = [
        ["部门（单位）名称", "某县市场监督管理局"], ["年度预算资金（万元）", "资金总额", "420"],
        ["年度履职目标", "工作任务", "预算数（万元）"], ["", "食品安全监督抽检", "96.00"],
        ["", "特种设备安全监察", "42.50"], ["年度总体目标", "完成抽检1600批次。"],
    ]  # fmt: skip
    tables = read(text([["某县市场监督管理局2024年部门整体支出绩效目标表"], *head, GRID, *ROWS]))
    assert [(p["project_kind"], p["total_amount"]) for p in tables.projects] == [
        ("department", Decimal("420"))
    ]
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_lists_department_named_above_its_column_labels_is_the_documents():
    rows = [
        ["某县2022年部门项目支出绩效目标表"],
        ["部门名称：某县农业农村局", "", "", "", "", "", "", "单位：万元"],
        ["序号", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["1", "茶园改造", "420", "改造茶园2000亩。", *ROWS[0]],
        *[["", "", "", "", *row] for row in ROWS[1:]],
    ]
    tables = read(text(rows))
    assert tables.documents[0]["department"] == "某县农业农村局"
    assert projects(tables) == [("茶园改造", Decimal("420"))]
    assert errors(tables) == []
