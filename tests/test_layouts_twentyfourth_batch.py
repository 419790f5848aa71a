"""What the twenty-fourth held-out batch of target tables (tests/fixtures/heldout-targets-24)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: Word's
manual line breaks left in cells as vertical tabs."""

from decimal import Decimal

from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text

VT, FF = "\x0b", "\x0c"


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


def test_ditto_marks_in_a_lists_project_cells_keep_the_project_above():
    # `同上` (then `〃`) typed under a list's 项目名称, 预算金额 and 年度目标 on each project's
    # rows after its first: each row opened a project named `同上`, with an amount `同上`, and
    # the projects above kept one indicator each.
    grid = ["项目名称", "预算金额", "年度目标", *GRID]
    rows = [
        grid,
        ["茶园改造", "420.00", "改造茶园2000亩。", *ROWS[0]],
        *[["同上", "同上", "同上", *row] for row in ROWS[1:3]],
        ["茶园步道", "86.50", "新建步道3公里。", *ROWS[3]],
        ["〃", "〃", "〃", *ROWS[4]],
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
