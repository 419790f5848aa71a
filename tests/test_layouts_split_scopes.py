"""Split value columns under both targets (`实施期目标 | 年度目标`, each over `指标性质 | 指标值 |
度量单位`), read by the whole per-file pipeline: each target keeps its own written parts and
takes its own operator column."""

import pytest

from pipeline.rows import THRESHOLD_COLUMNS
from tests.test_layouts_text import read, text

FORM = [
    ["项目支出绩效目标表"],
    ["项目名称", "高标准农田建设"],
    ["主管部门", "某县农业农村局", "实施单位", "某县农田建设服务中心"],
    ["项目资金（万元）", "年度资金总额", "800.00"],
    ["总体目标", "实施期目标", "年度目标"],
    ["", "建成高标准农田3万亩。", "建成高标准农田1万亩。"],
    ["一级指标", "二级指标", "三级指标", "实施期目标", "", "", "年度目标", "", ""],
    ["", "", "", "指标性质", "指标值", "度量单位", "指标性质", "指标值", "度量单位"],
    ["产出指标", "数量指标", "建成高标准农田面积", "≥", "30000", "亩", "=", "10000", "亩"],
    ["", "质量指标", "工程验收合格率", "=", "100", "%", "=", "100", "%"],
    ["", "时效指标", "项目完工时间", "定性", "按期完成", "", "≤", "12", "月"],
    ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", "90", "%", "定性", "满意", ""],
]  # fmt: skip


def test_each_target_of_a_row_keeps_its_own_split_parts():
    # The two groups' operators differ on three rows: each row was read as two indicators of
    # the same name, one with the period target and one with the annual, and the annual's
    # parts were the period's where they agreed.
    tables = read(text(FORM))
    assert [
        (i["indicator_name"], i["period_target"], i["annual_target"],
         i["period_operator_raw"], i["period_value_raw"], i["period_unit_raw"],
         i["target_operator_raw"], i["target_value_raw"], i["target_unit_raw"], i["source_line"])
        for i in tables.indicators
    ] == [
        ("建成高标准农田面积", "≥30000亩", "=10000亩", "≥", "30000", "亩", "=", "10000", "亩", 9),
        ("工程验收合格率", "=100%", "=100%", "=", "100", "%", "=", "100", "%", 10),
        ("项目完工时间", "按期完成", "≤12月", "定性", "按期完成", "", "≤", "12", "月", 11),
        ("受益农户满意度", "≥90%", "满意", "≥", "90", "%", "定性", "满意", "", 12),
    ]  # fmt: skip


def test_each_target_of_a_row_takes_its_own_operator_and_unit_columns():
    # `≤ | 12 | 月` is twelve months (the annual's unit column says a length), `按期完成` under
    # 定性 words only; before, the annual took the period's columns.
    tables = read(text(FORM))
    assert [
        (t["indicator_id"].rsplit(":", 1)[1], t["scope"], t["kind"], t["operator"], t["value"],
         t["unit"])
        for t in (dict(zip(THRESHOLD_COLUMNS, row, strict=True)) for row in tables.thresholds)
    ] == [
        ("i1", "period", "number", ">=", 30000.0, "亩"),
        ("i1", "annual", "number", "=", 10000.0, "亩"),
        ("i2", "period", "percent", "=", 100.0, "%"),
        ("i2", "annual", "percent", "=", 100.0, "%"),
        ("i3", "period", "text", None, None, None),
        ("i3", "annual", "duration", "<=", 12.0, "月"),
        ("i4", "period", "percent", ">=", 90.0, "%"),
        ("i4", "annual", "text", None, None, None),
    ]  # fmt: skip


# What each printing of the header below must give: (name, period, annual target, line).
TARGETS = [
    ("建成高标准农田面积", "≥30000亩", "=10000亩", 9),
    ("工程验收合格率", "=100%", "=100%", 10),
    ("项目完工时间", "按期完成", "≤12月", 11),
    ("受益农户满意度", "≥90%", "满意", 12),
]


def assert_targets_read(rows: list[list[str]]) -> None:
    tables = read(text(rows))
    assert [
        (i["indicator_name"], i["period_target"], i["annual_target"], i["source_line"])
        for i in tables.indicators
    ] == TARGETS
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize("dropped", [3, 1])
def test_the_groups_labels_shifted_left_under_their_scopes_are_read_under_them(dropped):
    # A converter that drops the cells merged down both header rows (一级 | 二级 | 三级) moves
    # the lower row's labels left, and the trailing empty cells of `年度目标`'s span are gone:
    # the lower row was read as an indicator (`指标性质` its target) and every row's values
    # were cells under no column label.
    rows = [list(row) for row in FORM]
    rows[7] = rows[7][dropped:]
    rows[6] = rows[6][:7]
    assert_targets_read(rows)


def test_the_groups_labels_one_cell_each_over_their_columns_are_read_over_them():
    # A PDF's cell spanning columns gives one cell (`实施期目标 | 年度目标`, no empty cells for
    # the columns they span): the second group's label stood over the first group's 指标值
    # column, and every indicator was read as two half rows, values without names.
    rows = [list(row) for row in FORM]
    rows[6] = ["一级指标", "二级指标", "三级指标", "实施期目标", "年度目标"]
    assert_targets_read(rows)


@pytest.mark.parametrize("dropped", [0, 3], ids=["in-place", "shifted-left"])
def test_the_groups_labels_one_cell_each_before_a_label_merged_down_are_read_over_them(dropped):
    # `实施期目标 | 年度目标 | 权重`, each target's label one cell over its three columns, the
    # weight's label merged down both rows: the three labels were each widened over two of the
    # six columns below (权重 over the annual's value and unit); with the lower row shifted
    # left, its labels stood under the levels.
    rows = [list(row) for row in FORM]
    rows[6] = ["一级指标", "二级指标", "三级指标", "实施期目标", "年度目标", "权重"]
    rows[7] = rows[7][dropped:]
    rows[8:] = [
        [*row, weight] for row, weight in zip(rows[8:], ["30", "30", "20", "20"], strict=True)
    ]
    assert_targets_read(rows)
    assert [i["weight"] for i in read(text(rows)).indicators] == [30.0, 30.0, 20.0, 20.0]


@pytest.mark.parametrize(
    ("heading", "scope"), [("年度指标值", "annual_target"), ("中期指标值", "period_target")]
)
def test_a_target_heading_alone_over_a_whole_header_row_names_its_columns_scope(heading, scope):
    # The labels merged down both header rows printed on the lower one (a Word cell aligned to
    # its foot), the upper row printing only `年度指标值` over its split columns: the heading
    # was a value without a label (row_unparsed).
    rows = [list(row) for row in FORM[:6]] + [
        ["", "", "", heading, "", ""],
        ["一级指标", "二级指标", "三级指标", "计算符号", "目标值", "计量单位"],
        ["产出指标", "数量指标", "建成高标准农田面积", "≥", "10000", "亩"],
        ["", "质量指标", "工程验收合格率", "=", "100", "%"],
    ]
    tables = read(text(rows))
    assert [(i["indicator_name"], i[scope]) for i in tables.indicators] == [
        ("建成高标准农田面积", "≥10000亩"),
        ("工程验收合格率", "=100%"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
