"""What the twenty-third held-out batch of target tables (tests/fixtures/heldout-targets-23)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: level
columns labelled `目标类型 | 指标类别`, and a `指标值` label merged over the value and an unlabelled
column of units."""

from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named
from tests.test_layouts_text import read, text


def test_a_goal_type_column_beside_a_category_column_gives_both_levels():
    # `目标类型 | 指标类别 | 指标名称 | 指标值`: the 一级 under 目标类型 and the 二级 under
    # 指标类别, each a 一级's label in some template. 目标类型 was unknown, and 指标类别 was
    # read as the 一级 holding 二级 names.
    tables = read(text([*HEAD, ["目标类型", "指标类别", "指标名称", "指标值"], *ROWS]))
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
