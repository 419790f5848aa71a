"""What the twenty-fourth held-out batch of target tables (tests/fixtures/heldout-targets-24)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: Word's
manual line breaks left in cells as vertical tabs, ditto marks in a list's project cells, points
in brackets after each target under `指标值（分值）`, a project named only in its title's quotes,
an operator column labelled `比较符`, and a sign-off exported into the last row's cells; the
last three with the cells joined by spaces too."""

from decimal import Decimal

import pytest

from pipeline.read.grid import unmarked_lines
from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text

VT, FF = "\x0b", "\x0c"
LIST_GRID = ["项目名称", "预算金额", "年度目标", *GRID]


def listed(first: list[str], *after: list[str], ditto: str = "同上") -> list[list[str]]:
    """A list's rows: the project's cells on the first indicator row, ditto marks on the others."""
    return [
        ["茶园改造", "420.00", "改造茶园2000亩。", *first],
        *[[ditto] * 3 + row for row in after],
    ]


def test_vertical_tabs_in_cells_are_line_breaks_of_those_cells():
    # Word's manual line breaks saved as vertical tabs (U+000B) in a label, a name, a level and
    # the goal, nine of them and more: the file was refused as binary (`file_unreadable`).
    rows = [
        HEAD[0], HEAD[1], ["年度目标", f"改造{VT}茶园2000亩。"], [f"一级{VT}指标", *GRID[1:]],
        [f"产出{VT}指标", "数量指标", f"改造茶园{VT}面积", "2000亩"],
        ["", f"质量{VT}指标", f"茶苗{VT}成活率", "≥90%"],
        ["", f"成本{VT}指标", f"每亩补助{VT}标准", "≤1500元/亩"],
        ["效益指标", f"经济效益{VT}指标", "茶农户均增收", "≥1000元"],
        ["满意度指标", f"服务对象满意度{VT}指标", f"茶农{VT}满意度", "≥95%"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", Decimal("420"))]
    assert named(tables) == READ
    assert tables.projects[0]["performance_goal"] == "改造茶园2000亩。"
    assert errors(tables) == []


def test_a_form_feed_opening_a_page_is_no_part_of_the_row():
    # A PDF converter's form feed (U+000C) at the page break, before the next row's first cell.
    rows = [*HEAD, GRID, *ROWS[:2], [FF + ROWS[2][0], *ROWS[2][1:]], *ROWS[3:]]
    tables = read(text(rows))
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_form_feed_opening_a_pdftotext_page_keeps_its_first_lines_places():
    # 镇平 (round 181): `pdftotext -layout` writes the form feed before a page's first line, the
    # line's spaces after it. Before, it was read as a cell's line break, the spaces stripped
    # with it: the labels printed again atop the page no longer stood over their columns.
    printed = "          — 15 —\n\x0c           预算金额        权重\n  项目名称    年度绩效目标"
    assert unmarked_lines(printed) == printed.replace("\x0c", "")


def test_ditto_marks_in_a_lists_project_cells_keep_the_project_above():
    # `同上` (then `〃`) typed under a list's 项目名称, 预算金额 and 年度目标 on each project's
    # rows after its first: each row opened a project named `同上`, with an amount `同上`, and
    # the projects above kept one indicator each.
    rows = [
        LIST_GRID, *listed(*ROWS[:3]),
        ["茶园步道", "86.50", "新建步道3公里。", *ROWS[3]], ["〃"] * 3 + ROWS[4],
    ]  # fmt: skip
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", Decimal("420")), ("茶园步道", Decimal("86.5"))]
    assert [p["performance_goal"] for p in tables.projects] == [
        "改造茶园2000亩。",
        "新建步道3公里。",
    ]
    assert [p["indicator_count"] for p in tables.projects] == [3, 2]
    assert named(tables) == READ
    assert errors(tables) == []
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_points_in_brackets_after_targets_under_a_value_label_noting_them_are_the_weights():
    # `指标值（分值）` over `2000亩（20分）`, `长期（10分）`: each cell the target, then its points.
    # The points were read as the target's clause (`10分`, a number) where the target was words,
    # and no weight was read.
    points = ["20", "20", "20", "20", "10"]
    rows = [
        *HEAD, [*GRID[:3], "指标值（分值）"],
        *[[*row[:3], f"{row[3]}（{points[n]}分）"] for n, row in enumerate(ROWS[:4])],
        [*ROWS[4][:3], "长期（10分）"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert named(tables) == [*READ[:4], (*READ[4][:3], "长期")]
    assert [i["weight"] for i in tables.indicators] == [Decimal(w) for w in points]
    assert [i["is_quantified"] for i in tables.indicators] == [True] * 4 + [False]
    assert errors(tables) == []


def test_points_in_brackets_under_a_value_label_noting_none_stay_in_the_target():
    # The same cells under a plain `指标值`: nothing says the brackets hold the weights, which
    # stay in the target as printed.
    rows = [*HEAD, GRID, [*ROWS[0][:3], "2000亩（20分）"], *ROWS[1:]]
    tables = read(text(rows))
    assert [i["annual_target"] for i in tables.indicators][:1] == ["2000亩(20分)"]
    assert [i["weight"] for i in tables.indicators] == [None] * 5


def titled(title: str, department: str = "某县农业农村局") -> list[tuple]:
    """The name and kind of the project of a form printing no 项目名称 under the title."""
    rows = [[title], ["主管部门", department], *HEAD[1:], GRID, *ROWS]
    tables = read(text(rows))
    assert named(tables) == READ
    return [(p["project_name"], p["project_kind"]) for p in tables.projects]


def test_a_form_printing_no_project_name_is_named_by_the_quotes_in_its_title():
    # No 项目名称 row; the title quotes the project before 项目支出绩效目标表. The block was read
    # as the department's own table (the header names a 主管部门), its name empty.
    assert titled("某县2025年度“茶园改造”项目支出绩效目标表") == [("茶园改造", "project")]


def test_a_title_in_traditional_characters_names_its_project_as_printed():
    # A mirror's title: `項目` after the quotes is 项目; the name keeps its characters.
    title = "某縣2025年度“茶園改造”項目支出績效目標表"
    assert titled(title, "某縣農業農村局") == [("茶園改造", "project")]


TITLES = {
    "no_quotes": "某县2025年度茶园改造项目支出绩效目标表",
    "quotes_not_before_xiangmu": "某县2025年度“十四五”茶园改造项目支出绩效目标表",
    "two_names_quoted": "某县“茶园改造”项目和“茶园步道”项目支出绩效目标表",
}


@pytest.mark.parametrize("title", TITLES.values(), ids=TITLES.keys())
def test_a_title_quoting_no_one_project_names_none(title):
    # Nothing quoted right before 项目, or two names so quoted: which words name the project is
    # not printed, and the block stays the department's, as before.
    assert titled(title) == [("", "department")]


def joined(rows: list[list[str]]) -> bytes:
    """The rows with their cells joined by spaces, no tab left (damage 3)."""
    return ("\n".join(" ".join(cell for cell in row if cell) for row in rows) + "\n").encode()


def test_an_operator_column_labelled_bijiaofu_is_read_with_its_cells_joined_by_spaces():
    # `比较符 | 目标值 | 计量单位`, the cells joined by spaces: no word was placed under a label
    # the vocabulary lacked, and no row fitted its columns.
    split = [("=", "2000", "亩"), ("≥", "90", "%"), ("≤", "1500", "元/亩"), ("≥", "1000", "元")]
    split.append(("≥", "95", "%"))
    grid = [*GRID[:3], "比较符", "目标值", "计量单位"]
    rows = [*HEAD, grid, *[[*row[:3], *split[n]] for n, row in enumerate(ROWS)]]
    tables = read(joined(rows))
    assert named(tables) == [
        (*row[:3], "=2000亩" if n == 0 else row[3]) for n, row in enumerate(READ)
    ]
    assert [i["target_operator_raw"] for i in tables.indicators] == ["=", "≥", "≤", "≥", "≥"]
    assert errors(tables) == []


def test_ditto_marks_in_a_lists_project_cells_are_read_with_the_cells_joined_by_spaces():
    # A list printing its levels on every row, its cells joined by spaces: `同上` fitted no
    # amount column, and every row after a project's first was left out (`row_unparsed`).
    tables = read(joined([LIST_GRID, *listed(*map(list, READ))]))
    assert projects(tables) == [("茶园改造", Decimal("420"))]
    assert named(tables) == READ
    assert errors(tables) == []


def test_ditto_marks_joined_to_a_row_printing_no_yiji_leave_it_out():
    # `同上 同上 同上 质量指标 茶苗成活率 ≥90%` under seven columns: the third 同上 may be the goal
    # or the 一级's ditto. The row is left out with its text; its ditto marks were kept as its
    # levels, and the reader made an indicator named 同上 with the target 同上 of them.
    tables = read(joined([LIST_GRID, *listed(*ROWS[:2])]))
    assert named(tables) == READ[:1]
    assert [(f["rule"], f["evidence"]) for f in tables.findings if f["severity"] == "error"] == [
        ("row_unparsed", "同上 同上 同上 质量指标 茶苗成活率 ≥90%")
    ]


SIGN_OFF = ["填表人：张**", "联系电话：0701-*******", "填报日期：2022年10月"]


def test_a_sign_off_in_the_last_rows_cells_past_the_table_is_a_note():
    # The line under the table exported into the last row's empty cells past its width: each
    # was a `row_unparsed` error, a cell under no column label.
    rows = [*HEAD, GRID, *ROWS[:-1], [*ROWS[-1], *SIGN_OFF]]
    tables = read(text(rows))
    assert named(tables) == READ
    assert errors(tables) == []
    assert [(f["rule"], f["evidence"]) for f in tables.findings if f["rule"] == "table_note"] == [
        ("table_note", "填表人:张**"),
        ("table_note", "联系电话:0701-*******"),
        ("table_note", "填报日期:2022年10月"),
    ]


def test_a_sign_off_joined_to_the_last_row_by_spaces_is_no_part_of_it():
    # The same, the cells joined by spaces: the row's words and the sign-off's fitted its
    # columns in no way, and the indicator was left out (`row_unparsed`).
    rows = [*HEAD, GRID, *ROWS[:-1], [*ROWS[-1], *SIGN_OFF]]
    tables = read(joined(rows))
    assert named(tables) == READ
    assert errors(tables) == []
