"""What the twenty-second held-out batch of target tables (tests/fixtures/heldout-targets-22)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: names
typed as a list's items ending with `；` or `。`, last year's target printed before the year's
(`上年目标值 | 本年目标值`), a list's project money in a column labelled only `资金（万元）`, and
a page number between the rows (or a marker glued to their ends) of a grid whose merged 指标值
was written into both its columns."""

import pytest

from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text


def test_the_marks_ending_a_list_of_names_are_not_the_names():
    # Each block's names typed as a numbered list: `1.改造茶园面积；`, the block's last with
    # `。`. The number came off the name; the end mark stayed on it.
    rows = [
        *HEAD, GRID,
        ["产出指标", "数量指标", "1.改造茶园面积；", "2000亩；"],
        ["", "质量指标", "1.茶苗成活率。", "≥90%。"],
        ["", "成本指标", "1、每亩补助标准；", "≤1500元/亩；"],
        ["效益指标", "经济效益指标", "茶农户均增收；", "≥1000元；"],
        ["满意度指标", "服务对象满意度指标", "茶农满意度。", "≥95%。"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert [i["indicator_name"] for i in tables.indicators] == [r[2] for r in READ]
    assert [i["indicator_seq"] for i in tables.indicators][:3] == [1, 1, 1]
    assert errors(tables) == []


def test_last_years_target_before_the_years_is_no_target_of_this_table():
    # `上年目标值 | 本年目标值`: the first was read as the period's target.
    rows = [
        *HEAD, [*GRID[:3], "上年目标值", "本年目标值"],
        *[[*row[:3], "", row[3]] for row in ROWS],
    ]  # fmt: skip
    rows[len(HEAD) + 1][3] = "1800亩"
    tables = read(text(rows))
    assert named(tables) == READ
    assert [i["period_target"] for i in tables.indicators] == [None] * len(READ)
    assert errors(tables) == []


def test_a_lists_money_column_labelled_only_funds_is_the_projects_total():
    # `… | 指标值 | 年度绩效目标 | 资金（万元）`: the project's goal and money after its
    # indicators, on its first row. The money column was not known.
    grid = ["序号", "项目名称", *GRID, "年度绩效目标", "资金（万元）"]
    rows = [
        grid,
        ["1", "茶园改造", *ROWS[0], "改造茶园2000亩。", "420.00"],
        *[["", "", *row, "", ""] for row in ROWS[1:]],
        ["2", "茶园步道", "产出指标", "数量指标", "新建茶园步道", "≥3公里", "新建步道3公里。", "86.50"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", 420.0), ("茶园步道", 86.5)]
    assert errors(tables) == []


# `指标值 | 指标值`: a merged label and its cells written into both columns, with page furniture:
# a page number on a line between the rows, or a hosting site's marker glued to each row's last
# cell (the copy). Either kept the copy as a column of its own, read as the period's target.
COPIED = [[*row, row[3]] for row in ROWS]
PAGED = {
    "number_between_rows": [*COPIED[:2], ["— 2 —"], *COPIED[2:]],
    "marker_glued_to_the_copy": [
        [*row[:-1], f"{row[-1]}第{n}页 共9页"] for n, row in enumerate(COPIED, start=1)
    ],
}


@pytest.mark.parametrize("paged", PAGED.values(), ids=PAGED.keys())
def test_page_furniture_leaves_a_merged_value_columns_copy_a_copy(paged):
    tables = read(text([*HEAD, [*GRID, "指标值"], *paged]))
    assert named(tables) == READ
    assert [i["period_target"] for i in tables.indicators] == [None] * len(READ)
    assert errors(tables) == []
