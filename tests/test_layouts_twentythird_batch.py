"""What the twenty-third held-out batch of target tables (tests/fixtures/heldout-targets-23)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: level
columns labelled `目标类型 | 指标类别`, a `指标值` label merged over the value and an unlabelled
column of units, and a project's money written as one sentence in its value cell."""

from decimal import Decimal

import pytest

from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text


def test_a_goal_type_column_beside_a_category_column_gives_both_levels():
    # `目标类型 | 指标类别 | 指标名称 | 指标值`: the 一级 under 目标类型 and the 二级 under
    # 指标类别, each a 一级's label in some template. 目标类型 was unknown, and 指标类别 was
    # read as the 一级 holding 二级 names.
    tables = read(text([*HEAD, ["目标类型", "指标类别", "指标名称", "指标值"], *ROWS]))
    assert named(tables) == READ
    assert errors(tables) == []


def test_goal_type_and_category_columns_joined_by_spaces_give_both_levels():
    # The same table with its cells joined by spaces, no tab left: the level words were placed
    # by the labels' roles, two 一级 and no 二级, and no row fitted its columns.
    rows = [*HEAD, ["目标类型", "指标类别", "指标名称", "指标值"], *ROWS]
    joined = "\n".join(" ".join(cell for cell in row if cell) for row in rows) + "\n"
    tables = read(joined.encode())
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_unit_column_under_a_value_label_merged_over_it_gives_each_figure_its_unit():
    # `指标值` merged over the figure and an unlabelled column of units: `≥8 | 座`. The units
    # were cells under no column label, the targets bare figures.
    rows = [
        *HEAD, [*GRID, ""],
        ["产出指标", "数量指标", "改造茶园面积", "2000", "亩"],
        ["", "质量指标", "茶苗成活率", "≥90", "%"],
        ["", "成本指标", "每亩补助标准", "≤1500", "元/亩"],
        ["效益指标", "经济效益指标", "茶农户均增收", "≥1000", "元"],
        ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥95", "%"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert named(tables) == READ
    assert [i["target_unit_raw"] for i in tables.indicators] == ["亩", "%", "元/亩", "元", "%"]
    assert errors(tables) == []


SENTENCES = {
    "wan_after_each_figure": (
        "年度资金总额350万元，其中：财政资金300万元，其他资金50万元。",
        "350",
    ),
    "thousands_separators_no_unit": (
        "资金总额1,286.40，其中财政拨款1,286.40；其他资金0",
        "1286.40",
    ),
}


@pytest.mark.parametrize(("sentence", "total"), SENTENCES.values(), ids=SENTENCES.keys())
def test_a_money_sentence_in_the_money_blocks_value_cell_gives_the_total(sentence, total):
    # `项目资金 | 年度资金总额350万元，其中：…`: each clause a money label glued to its figure.
    # The sentence was a value without a label, the total null.
    rows = [HEAD[0], ["项目资金", sentence], *HEAD[2:], GRID, *ROWS]
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", Decimal(total))]
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_sentence_of_money_and_words_is_no_money():
    # A clause that is no money label and figure (`用于平台运营`): the sentence is not read as
    # money, no total made up from part of it.
    rows = [HEAD[0], ["项目资金", "年度资金总额350万元，用于平台运营"], *HEAD[2:], GRID, *ROWS]
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", None)]


def test_a_lists_heji_row_below_each_project_gives_that_projects_money():
    # The name printed where it changes, the money column empty on the indicator rows, and each
    # project's money in a `合计` row below its indicators. The 合计 rows were sign-off lines, the
    # projects without totals.
    grid = ["项目名称", *GRID, "预算金额"]
    rows = [
        grid,
        ["茶园改造", *ROWS[0], ""], *[["", *row, ""] for row in ROWS[1:]],
        ["合计", "", "", "", "", "420.00"],
        ["茶园步道", "产出指标", "数量指标", "新建茶园步道", "≥3公里", ""],
        ["合计", "", "", "", "", "86.50"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", Decimal("420")), ("茶园步道", Decimal("86.5"))]
    assert errors(tables) == []


def test_a_heji_row_closing_several_projects_is_none_of_theirs():
    # One 合计 under two projects printing no money: the sum of both, neither one's total.
    grid = ["项目名称", *GRID, "预算金额"]
    rows = [
        grid,
        ["茶园改造", *ROWS[0], ""],
        ["茶园步道", "产出指标", "数量指标", "新建茶园步道", "≥3公里", ""],
        ["合计", "", "", "", "", "506.50"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", None), ("茶园步道", None)]


def test_a_name_and_its_target_a_converter_joined_with_a_space_are_parted():
    # Two columns of a PDF's text run together: `茶苗成活率 ≥90%` under 三级指标, nothing under
    # 指标值. The row was an indicator named with its target and none, and the name of the row
    # under it was taken for the end of that one.
    rows = [*HEAD, GRID, ROWS[0], ["", "质量指标", "茶苗成活率 ≥90%"], *ROWS[2:]]
    tables = read(text(rows))
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_name_whose_last_word_is_no_target_keeps_it():
    # `茶苗成活率 抽样` beside an empty 指标值: a name with a space in it, no target after it.
    rows = [*HEAD, GRID, ROWS[0], ["", "质量指标", "茶苗成活率 抽样", ""], *ROWS[2:]]
    tables = read(text(rows))
    assert [i["indicator_name"] for i in tables.indicators][1] == "茶苗成活率 抽样"
    assert [i["annual_target"] for i in tables.indicators][1] is None
