"""What the nineteenth held-out batch of target tables (tests/fixtures/heldout-targets-19)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own:
columns beside the target that print figures but hold none (`基期值`, `历史值`, `计算公式`,
`数据来源`, `佐证材料`, `考核方式`, `指标值设定依据`), a zero in Excel's accounting format (`¥-`),
rows inside a merged 一级 span shifted one column right, and names a stray vertical rule cut in
two."""

import pytest

from pipeline.labels.columns import column_roles
from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named
from tests.test_layouts_text import read, text


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("基期值", "other_column"),
        ("历史值", "other_column"),
        ("计算公式", "other_column"),
        ("数据来源", "other_column"),
        ("佐证材料", "other_column"),
        ("考核方式", "other_column"),
        ("指标值设定依据", "explanation"),
    ],
)
def test_a_column_of_past_figures_sources_or_formulas_is_a_known_one(label, role):
    assert column_roles(label) == (role,)


def test_a_base_period_column_before_the_target_is_no_target_nor_unknown():
    rows = [
        *HEAD,
        [*GRID[:3], "基期值", GRID[3]],
        *([*row[:3], "1800亩", row[3]] for row in ROWS),
    ]
    tables = read(text(rows))
    assert named(tables) == READ
    assert {i["extra_columns"] for i in tables.indicators} == {'{"基期值": "1800亩"}'}
    assert [f["rule"] for f in tables.findings if f["rule"] == "column_unknown"] == []


def test_a_zero_in_accounting_format_is_no_unreadable_amount():
    # Excel's accounting format prints a zero as a dash after the currency sign.
    rows = [
        ["项目名称", "茶园改造"], ["年度资金总额", "¥420.00"], ["其中：财政拨款", "¥420.00"],
        ["其他资金", "¥-"], HEAD[2], GRID, *ROWS,
    ]  # fmt: skip
    tables = read(text(rows))
    assert [(p["project_name"], str(p["total_amount"])) for p in tables.projects] == [
        ("茶园改造", "420.00")
    ]
    assert errors(tables) == []


def test_rows_a_merged_level_cell_pushed_one_column_right_are_read_under_their_labels():
    # The merged 一级 cell drawn a column too wide: each row inside its span after the first
    # opens with one empty cell more, its 二级, name and target one column right.
    rows = [
        *HEAD, GRID,
        ["产出指标", "数量指标", "改造茶园面积", "2000亩"],
        ["", "", "", "茶园补植面积", "≥300亩"],
        ["", "", "质量指标", "茶苗成活率", "≥90%"],
        ["", "", "成本指标", "每亩补助标准", "≤1500元/亩"],
        ["效益指标", "经济效益指标", "茶农户均增收", "≥1000元"],
        ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥95%"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert named(tables) == [
        READ[0], ("产出指标", "数量指标", "茶园补植面积", "≥300亩"), *READ[1:],
    ]  # fmt: skip
    assert errors(tables) == []


# A vertical rule drawn through the names' column: each name longer than the rule allows goes on
# in an unlabelled column right of it, the rest cut where the rule crossed; printed in place, or
# with the merged level cells dropped by the converter, each end moved left with its row.
CUT_LABELS = ["一级指标", "二级指标", "三级指标", "", "指标值", "数据来源"]
CUT_IN_PLACE = [
    ["产出指标", "数量指标", "改造茶园面", "积", "2000亩", "台账"],
    ["", "质量指标", "茶苗成活率", "", "≥90%", ""],
    ["", "成本指标", "每亩补助标", "准", "≤1500元/亩", "文件"],
]
CUT_SHIFTED_LEFT = [CUT_IN_PLACE[0], CUT_IN_PLACE[1][1:], CUT_IN_PLACE[2][1:]]
CUT_BELOW = [
    ["效益指标", "经济效益指标", "茶农户均增", "收", "≥1000元", ""],
    ["满意度指标", "服务对象满意度指标", "茶农满意度", "", "≥95%", "问卷"],
]


@pytest.mark.parametrize("cut", [CUT_IN_PLACE, CUT_SHIFTED_LEFT], ids=["in-place", "shifted-left"])
def test_names_a_stray_rule_cut_in_two_are_whole_again(cut):
    tables = read(text([*HEAD, CUT_LABELS, *cut, *CUT_BELOW]))
    assert named(tables) == READ
    assert errors(tables) == []


def test_an_unlabelled_column_right_of_names_narrower_than_the_widest_is_not_their_end():
    # The cells beside names shorter than the longest are no pieces of a cut name.
    rows = [
        *HEAD, ["一级指标", "二级指标", "三级指标", "", "指标值"],
        ["产出指标", "数量指标", "改造茶园面积", "", "2000亩"],
        ["", "质量指标", "茶苗成活率", "抽查", "≥90%"],
        ["", "成本指标", "每亩补助标准", "", "≤1500元/亩"],
        ["效益指标", "经济效益指标", "茶农户均增收", "", "≥1000元"],
        ["满意度指标", "服务对象满意度指标", "茶农满意度", "问卷", "≥95%"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert [i["indicator_name"] for i in tables.indicators] == [row[2] for row in READ]
