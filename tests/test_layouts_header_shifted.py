"""Header blocks printed by a converter that drops merged cells, read by the whole per-file
pipeline: a label merged down its block's rows (项目资金, 年度绩效目标, 预算金额) is printed on the
block's first row only, and the rows below it move one column left of the headings they stand
under. Each table is read as it is when printed with its cells in place."""

from decimal import Decimal

import pytest

from tests.test_layouts_text import read, text

GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "供水工程改造数量", "≥5处", "5处", "90", "90"],
]
SELF_EVALUATION = [
    ["项目支出绩效自评表"],
    ["项目名称", "农村饮水安全巩固提升"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "500.00", "480.00", "456.00", "10", "95.00%", "9.5"],
    ["", "其中：当年财政拨款", "500.00", "480.00", "456.00", "—", "—", "—"],
    ["", "其他资金", "0.00", "0.00", "0.00", "—", "—", "—"],
]
MEASURES = ("total_amount", "budget_initial", "budget_adjusted", "budget_executed",
            "execution_rate", "execution_weight", "execution_score")  # fmt: skip


def fund_sources(rows: list[list[str]]) -> tuple:
    """The one project's total, 财政拨款 and 其他资金 as the table's rows read."""
    (project,) = read(text(rows)).projects
    return project["total_amount"], project["fiscal_appropriation"], project["other_funds"]


def _dropped(rows: list[list[str]]) -> list[list[str]]:
    """The rows with the empty cell a merged label left in their first column dropped."""
    return [row[1:] if row[:1] == [""] and len(row) > 1 else row for row in rows]


def test_a_self_evaluations_money_rows_moved_left_of_their_measures_are_read_under_them():
    # `年度资金总额 | 500.00 | 480.00 | …` one column left of `年初预算数 | 全年预算数 | …`: the
    # initial budget was read as 480.00, the executed as 10 (the weight) and the rate as 9.5,
    # an execution_rate_mismatch of numbers the table never printed.
    clean = read(text([*SELF_EVALUATION, *GRID]))
    shifted = read(text([*_dropped(SELF_EVALUATION), *GRID]))
    expected = (Decimal("480.00"), Decimal("500.00"), Decimal("480.00"), Decimal("456.00"), 95.0,
                10.0, 9.5)  # fmt: skip
    assert tuple(shifted.projects[0][c] for c in MEASURES) == expected
    assert tuple(clean.projects[0][c] for c in MEASURES) == expected
    assert [f["rule"] for f in shifted.findings] == [f["rule"] for f in clean.findings]


def test_a_row_of_figures_alone_moved_left_of_its_money_headings_is_read_under_them():
    # `预算金额（万元） | 合计 | 本年财政资金 | 其他资金` over `350.00 | 300.00 | 50.00`, the label
    # column's merged cell dropped: the figures were labels unknown, no money read.
    rows = [
        ["项目绩效目标申报表"],
        ["项目名称", "智慧城管平台运维"],
        ["预算金额（万元）", "合计", "本年财政资金", "其他资金"],
        ["350.00", "300.00", "50.00"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "平台运维系统数量", "5套"],
    ]
    assert fund_sources(rows) == (Decimal("350.00"), Decimal("300.00"), Decimal("50.00"))


@pytest.mark.parametrize("dropped", [False, True], ids=["in_place", "label_cell_dropped"])
def test_a_goals_numbered_part_on_a_row_of_its_own_goes_on_with_the_goal(dropped):
    # `目标2：…` under `年度绩效目标 | 目标1：…`, the label's merged cell dropped: alone on its
    # row, the part was a line outside the table's cells and the goal ended at 目标1.
    part = ["", "目标2：资助资金按时足额发放到位。"]
    rows = [
        ["项目支出绩效目标表"],
        ["项目名称", "学生资助"],
        ["年度绩效目标", "目标1：资助家庭经济困难学生3500人次。"],
        part[1:] if dropped else part,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "资助学生人次", "≥3500人次"],
    ]
    tables = read(text(rows))
    assert tables.projects[0]["performance_goal"] == (
        "目标1：资助家庭经济困难学生3500人次。\n目标2：资助资金按时足额发放到位。"
    )
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_money_pairs_side_by_side_moved_left_of_their_periods_columns_keep_their_periods():
    # `其中：财政拨款 | 2,400.00 | 其中：财政拨款 | 800.00` one column left of the periods' label
    # columns (`实施期资金总额 | 2,400.00 | 年度资金总额 | 800.00`): two figures of one label with
    # no period each, `amount_unparsed`, no fund sources read.
    rows = [
        ["项目支出绩效目标表"],
        ["项目名称", "高标准农田建设"],
        ["项目资金（万元）", "实施期资金总额", "2,400.00", "年度资金总额", "800.00"],
        ["", "其中：财政拨款", "2,400.00", "其中：财政拨款", "800.00"],
        ["", "其他资金", "0.00", "其他资金", "0.00"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "建成高标准农田面积", "≥1万亩"],
    ]
    for table in (rows, _dropped(rows)):
        tables = read(text(table))
        (project,) = tables.projects
        assert (project["total_amount"], project["fiscal_appropriation_raw"],
                project["other_funds_raw"], project["period_amount"]) == (
            Decimal("800.00"), "800.00", "0.00", Decimal("2400.00")
        )  # fmt: skip
        assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


DEPARTMENT = [
    ["部门（单位）整体支出绩效目标申报表"],
    ["部门（单位）名称", "某县自然资源局"],
    ["年度主要任务", "任务名称", "主要内容"],
    ["", "国土空间规划编制", "完成县级国土空间总体规划报批"],
    ["", "耕地保护", "落实耕地保护目标责任"],
    ["年度部门整体支出预算（万元）", "资金总额", "1,350.00"],
    ["", "按收入性质分", "", "按支出性质分"],
    ["", "其中：一般公共预算", "1,150.00", "其中：基本支出", "800.00"],
    ["", "其他资金", "200.00", "项目支出", "550.00"],
    ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    ["", "产出指标", "数量指标", "耕地保有量", "≥45万亩"],
]


@pytest.mark.parametrize(
    "empties", [False, True], ids=["first_cell_dropped", "every_empty_dropped"]
)
def test_a_departments_tasks_and_money_by_kind_moved_left_read_as_in_place(empties):
    # The tasks one column left of 任务名称 | 主要内容 were keyed by their own names
    # (`国土空间规划编制/任务名称`); and with the empty cell between `按收入性质分 | 按支出性质分`
    # gone too, the fund sources stood under 按支出性质分's column, read as figures of a
    # measure the block does not have, and were dropped with no finding.
    moved = (
        [[cell for cell in row if cell] for row in DEPARTMENT] if empties else _dropped(DEPARTMENT)
    )
    clean, shifted = read(text(DEPARTMENT)), read(text(moved))
    columns = ("total_amount", "fiscal_appropriation", "other_funds", "extra_columns")
    assert [shifted.projects[0][c] for c in columns] == [clean.projects[0][c] for c in columns] == [
        Decimal("1350.00"), Decimal("1150.00"), Decimal("200.00"),
        '{"主要内容": "完成县级国土空间总体规划报批", "主要内容#2": "落实耕地保护目标责任", '
        '"任务名称": "国土空间规划编制", "任务名称#2": "耕地保护", "其中：基本支出": "800.00", '
        '"项目支出": "550.00"}',
    ]  # fmt: skip


@pytest.mark.parametrize("filled", [False, True], ids=["in_place", "label_filled_down"])
def test_a_money_headings_label_filled_down_onto_its_figures_row_is_read_once(filled):
    # A sheet unmerged and filled writes `资金来源(万元)` into the figures' row too: its figures
    # were the label's, no total read and no finding.
    rows = [
        ["项目支出绩效目标表"],
        ["项目名称", "老旧小区改造配套设施建设"],
        ["资金来源(万元)", "合计", "财政资金", "其他"],
        ["资金来源(万元)" if filled else "", "1,260.00", "1,200.00", "60.00"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造老旧小区数量", "≥12个"],
    ]
    assert fund_sources(rows) == (Decimal("1260.00"), Decimal("1200.00"), Decimal("60.00"))


@pytest.mark.parametrize("filled", [False, True], ids=["in_place", "label_filled_down"])
def test_a_names_label_filled_down_onto_its_wrapped_end_reads_one_name(filled):
    # `项目名称` written again before the name's wrapped end (a sheet unmerged and filled): the
    # end was a second name's value, kept as a field, and the name cut short.
    rows = [
        ["项目支出绩效目标表"],
        ["项目名称", "中央财政城镇保障性安居工程补助资金（城镇老旧"],
        ["项目名称" if filled else "", "小区改造）"],
        ["项目资金（万元）", "年度资金总额", "3,680.00"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造小区数量", "≥12个"],
    ]
    tables = read(text(rows))
    (project,) = tables.projects
    assert (project["project_name"], project["extra_columns"]) == (
        "中央财政城镇保障性安居工程补助资金（城镇老旧小区改造）", None
    )  # fmt: skip
