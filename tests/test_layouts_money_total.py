"""A money block whose total is labelled only 合计, read by the whole per-file pipeline; and the
header labels around money blocks that provinces print in their own words.

Inside a form's money block (`项目资金(万元) | 合计 | 120` over its fund sources, a
`资金来源 | 合计 | 财政资金 | 其他` heading row over a row of figures, a self-evaluation's 合计 row
under its fund-source rows) the 合计 is the project's total, as 年度资金总额 would be: printed,
kept as raw text and checked against the fund sources. A 合计 anywhere else (a cost block's
items, the points under the indicators) is read as before.
"""

import json
from decimal import Decimal

import pytest

from tests.test_layouts_text import read, text

HEAD = [
    ["项目支出绩效目标表"],
    ["单位:万元"],
    ["项目名称", "农村公路养护"],
    ["主管部门", "某县交通运输局"],
]
GRID = [
    ["年度目标", "完成农村公路养护50公里。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "养护道路里程", "≥50公里"],
]
MONEY = ("total_amount", "total_amount_raw", "fiscal_appropriation", "fiscal_appropriation_raw",
         "other_funds", "other_funds_raw")  # fmt: skip


def money(tables) -> tuple:
    (project,) = tables.projects
    return tuple(project[column] for column in MONEY)


def errors(tables) -> list[tuple]:
    return [(f["rule"], f["source_line"], f["message"]) for f in tables.findings
            if f["severity"] == "error"]  # fmt: skip


def test_a_total_labelled_only_he_ji_in_a_money_block_is_the_projects_printed_total():
    tables = read(text([*HEAD, ["项目资金(万元)", "合计", "120"], ["", "其中:财政拨款", "100"],
                        ["", "其他资金", "20"], *GRID]))  # fmt: skip
    assert money(tables) == (Decimal("120"), "120", Decimal("100"), "100", Decimal("20"), "20")
    assert errors(tables) == []


def test_fund_sources_that_do_not_add_up_to_a_he_ji_total_are_an_amount_row_mismatch():
    # Before, the 合计 was an itemised line and the total the parts' sum: 110, unchecked.
    tables = read(text([*HEAD, ["项目资金(万元)", "合计", "120"], ["", "其中:财政拨款", "100"],
                        ["", "其他资金", "10"], *GRID]))  # fmt: skip
    assert money(tables) == (Decimal("120"), "120", Decimal("100"), "100", Decimal("10"), "10")
    assert errors(tables) == [  # at the 合计's line, the form's money
        (
            "amount_row_mismatch",
            5,
            "总计 120.00 ≠ 财政拨款 + 财政专户拨款 + 其他资金 = 110.00 (万元)",
        )
    ]


def test_a_he_ji_heading_over_a_row_of_figures_is_the_total_of_its_column():
    tables = read(text([*HEAD, ["资金来源(万元)", "合计", "财政资金", "其他"], ["", "120", "100", "20"],
                        *GRID]))  # fmt: skip
    assert money(tables) == (Decimal("120"), "120", Decimal("100"), "100", Decimal("20"), "20")
    assert errors(tables) == []
    assert [f["rule"] for f in tables.findings if f["rule"] == "row_unparsed"] == []


@pytest.mark.parametrize("prefecture", ["州级资金", "州级补助资金", "州级配套资金"])
def test_an_autonomous_prefectures_money_heads_its_column_beside_the_he_ji(prefecture):
    # Before, the unknown heading was read as 中央资金's figure: no total, an unreadable one.
    tables = read(text([*HEAD, ["资金金额(万元)", "中央资金", prefecture, "合计"],
                        ["", "5,216.40", "0", "5,216.40"], *GRID]))  # fmt: skip
    assert money(tables) == (
        Decimal("5216.40"),
        "5,216.40",
        Decimal("5216.40"),
        "5,216.40 + 0",
        None,
        None,
    )
    assert errors(tables) == []


def test_a_he_ji_row_under_a_self_evaluations_fund_sources_is_its_money_blocks_total():
    tables = read(text([
        ["项目支出绩效自评表"], ["单位:万元"], ["项目名称", "农村公路养护"],
        ["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["财政拨款", "100", "100", "90", "", "90%", ""],
        ["其他资金", "20", "20", "20", "", "100%", ""],
        ["合计", "120", "120", "110", "10", "91.67%", "9"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "养护道路里程", "≥50公里", "52公里", "90", "90"],
        ["合计", "100", "99"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["total_amount_raw"], project["budget_initial"],
            project["budget_executed"], project["execution_rate"], project["execution_score"]) == (
        Decimal("120"), "120", Decimal("120"), Decimal("110"), 91.67, 9.0)  # fmt: skip
    assert [(r["row_type"], r["name"], r["budget_adjusted"], r["budget_executed"])
            for r in tables.amount_rows] == [
        ("fund_source", "财政拨款", Decimal("100"), Decimal("90")),
        ("fund_source", "其他资金", Decimal("20"), Decimal("20")),
    ]  # fmt: skip
    assert [f for f in tables.findings if f["rule"] == "label_unknown"] == []


def test_a_figure_under_no_heading_of_a_self_evaluations_money_block_is_left_out_with_an_error():
    # The 得分 of the money block one column right of its heading (a sheet's merged cell printed
    # over further columns): beside 年度资金总额 and under no heading, it had been read as the
    # project's total, 9.75 万元 where the block says 1,286.50. A dash there says nothing.
    tables = read(text([
        ["项目支出绩效自评表"], ["单位:万元"], ["项目名称", "牛羊养殖"],
        ["项目资金（万元）", "资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
        ["", "年度资金总额", "1,200.00", "1,286.50", "1,254.70", "97.53%", "", "9.75"],
        ["", "其中：财政拨款", "1,200.00", "1,286.50", "1,254.70", "97.53%", "", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建圈舍", "≥100平方米", "120平方米", "90", "90"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["budget_adjusted"], project["execution_score"]) == (
        Decimal("1286.50"), Decimal("1286.50"), None)  # fmt: skip
    assert errors(tables) == [
        ("row_unparsed", 5, "a figure under no heading of its money block"),
    ]


def test_a_he_ji_of_a_cost_blocks_items_is_the_total_only_of_a_form_printing_none():
    # What the budget is made of adds up to it: the 合计 is the total, with a finding saying
    # where it comes from (it was none: 若羌's form, held-out round 86, prints no other).
    cost = [["项目预算成本构成", "金额(万元)", "测算依据"], ["养护费", "100", "50公里"],
            ["合计", "100", ""]]  # fmt: skip
    tables = read(text([*HEAD, *cost, *GRID]))
    assert money(tables) == (Decimal("100"), "100", None, None, None, None)
    assert [(f["rule"], f["severity"], f["source_line"]) for f in tables.findings
            if f["rule"] == "total_from_cost_block"] == [("total_from_cost_block", "info", 7)]  # fmt: skip
    printed = read(text([*HEAD, ["年度资金总额", "120"], *cost, *GRID]))
    assert money(printed)[:2] == (Decimal("120"), "120")
    assert "total_from_cost_block" not in {f["rule"] for f in printed.findings}


def test_a_he_ji_row_of_several_figures_under_no_headings_is_no_total():
    # `一期 | 二期` say no period: which of 300 and 120 is the year's is not said.
    tables = read(text([*HEAD, ["项目资金(万元)", "", "一期", "二期"], ["", "合计", "300", "120"],
                        *GRID]))  # fmt: skip
    assert money(tables)[:2] == (None, None)


# `实施期` also names the project period as a field of its own (`实施期 | 2023-2025`).
@pytest.mark.parametrize("period", ["中期", "实施期"])
def test_figures_under_period_headings_are_that_periods_money(period):
    # `中期 | 年度` over the block's rows: 300 is the period's total, 120 the year's.
    tables = read(text([*HEAD, ["项目资金(万元)", "", period, "年度"], ["", "合计", "300", "120"],
                        ["", "财政拨款", "250", "100"], ["", "其他资金", "50", "20"],
                        *GRID]))  # fmt: skip
    assert money(tables) == (Decimal("120"), "120", Decimal("100"), "100", Decimal("20"), "20")
    (project,) = tables.projects
    assert (project["period_amount"], project["period_amount_raw"]) == (Decimal("300"), "300")
    assert (project["period_text"], errors(tables)) == (None, [])


def test_a_fund_source_printing_two_figures_under_headings_not_read_is_not_added_up():
    # `一期 | 二期` over `财政拨款 | 250 | 100`: two measures, not 350 (nor a total of 420).
    tables = read(text([*HEAD, ["项目资金(万元)", "", "一期", "二期"], ["", "合计", "300", "120"],
                        ["", "财政拨款", "250", "100"], ["", "其他资金", "50", "20"],
                        *GRID]))  # fmt: skip
    assert money(tables) == (None, None, None, "250 + 100", None, "50 + 20")
    assert [e for e in errors(tables) if e[0] == "amount_unparsed"] == [
        ("amount_unparsed", 7, "财政拨款 prints several figures on one row (250 + 100) under no "
         "heading that says which is which; none is taken"),
        ("amount_unparsed", 8, "其他资金 prints several figures on one row (50 + 20) under no "
         "heading that says which is which; none is taken"),
    ]  # fmt: skip


@pytest.mark.parametrize("printed", ["120,5", "约120", "详见附件"])
def test_a_total_printed_as_no_amount_is_kept_as_printed_with_an_error(printed):
    # Not read (`120,5` is no 1205), and no total made of the parts beside it.
    tables = read(text([*HEAD, ["项目资金(万元)", "年度资金总额", printed],
                        ["", "其中:财政拨款", "100"], ["", "其他资金", "20,5"], *GRID]))  # fmt: skip
    assert money(tables) == (None, printed, Decimal("100"), "100", None, "20,5")
    assert errors(tables) == [
        ("amount_unparsed", 5, f"年度资金总额 {printed!r} is not an amount; correct the cell or "
         "report the file"),
        ("amount_unparsed", 7, "其他资金 '20,5' is not an amount; correct the cell or report the file"),
    ]  # fmt: skip


def test_the_budgets_of_each_level_of_government_head_their_columns_beside_the_he_ji():
    # Before, 中央财政 | 自治区财政 | 县级财政 were no labels: each figure under them a value
    # without a label (row_unparsed, an error), the total only the 合计's.
    tables = read(text([*HEAD, ["资金金额(万元)", "中央财政", "自治区财政", "县级财政", "合计"],
                        ["", "300.00", "150.00", "50.00", "500.00"], *GRID]))  # fmt: skip
    assert money(tables) == (
        Decimal("500.00"),
        "500.00",
        Decimal("500.00"),
        "300.00 + 150.00 + 50.00",
        None,
        None,
    )
    assert errors(tables) == []


def test_a_department_wide_tables_tasks_and_goal_in_sichuans_words_are_read_as_such():
    # Before, 年度部门(单位)目标 and 年度主要任务 were unknown labels: no goal, two findings.
    tables = read(text([
        ["部门(单位)整体绩效目标表"], ["部门(单位)名称", "某区教育和体育局"],
        ["年度主要任务", "任务名称", "主要内容"], ["", "义务教育保障", "保障学校正常运转。"],
        ["年度部门(单位)目标", "保障全区53所中小学正常运转。"],
        ["年度预算申请(万元)", "资金总额", "120"],
        *GRID[1:],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["performance_goal"], project["total_amount"]) == (
        "保障全区53所中小学正常运转。",
        Decimal("120"),
    )
    assert [f["message"] for f in tables.findings if f["rule"] == "label_unknown"] == []


def test_headings_under_a_heading_that_spans_them_head_the_figures_below():
    # Before, the figures went by the spanning heading (按收入性质分 | 按支出性质分), read as
    # extra fields, one of them the wrong figure, and no 财政拨款 was read.
    tables = read(text([
        ["部门(单位)整体绩效目标表"], ["部门(单位)名称", "某区教育和体育局"],
        ["年度预算申请(万元)", "资金总额", "按收入性质分", "", "按支出性质分"],
        ["", "", "一般公共预算拨款", "政府性基金拨款", "基本支出", "项目支出"],
        ["", "48,626.35", "47,126.35", "1,500.00", "39,882.10", "8,744.25"],
        *GRID[1:],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert money(tables) == (
        Decimal("48626.35"),
        "48,626.35",
        Decimal("48626.35"),
        "47,126.35 + 1,500.00",
        None,
        None,
    )
    # The money by kind of spending, which no amount column holds, is kept by label.
    assert (project["extra_columns"], errors(tables)) == (
        '{"基本支出": "39,882.10", "项目支出": "8,744.25"}',
        [],
    )


def test_a_money_group_label_alone_in_the_label_column_keeps_the_block_and_its_headings():
    # A 部门整体 self-evaluation's money block broken down by income and by spending, its row
    # labels in the block label's column (a converter joined the cells): the line 按收入性质分：
    # opened a block of its own without the headings, and the fund rows below were read from
    # their 年初预算数, a false amount_row_mismatch.
    tables = read(text([
        ["部门整体支出绩效自评表"], ["部门（单位）名称", "某区卫生健康委员会"],
        ["年度预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "12,680.00", "14,236.50", "13,667.04", "10", "96.00%", "9.6"],
        ["按收入性质分："],
        ["其中：财政拨款", "12,180.00", "13,586.50", "13,029.04"],
        ["其他资金", "500.00", "650.00", "638.00"],
        ["按支出性质分："],
        ["其中：基本支出", "8,420.00", "8,536.50", "8,536.50"],
        ["项目支出", "4,260.00", "5,700.00", "5,130.54"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["", "产出指标", "质量指标", "预算执行率", "≥90%", "96%", "10", "10"],
    ]))  # fmt: skip
    assert [(row["name"], row["total_amount"]) for row in tables.amount_rows] == [
        ("其中：财政拨款", Decimal("13586.50")),
        ("其他资金", Decimal("650.00")),
    ]
    assert errors(tables) == []


@pytest.mark.parametrize("local", ["市县资金", "旗县资金"])
def test_a_transfer_self_evaluations_local_share_is_one_of_its_fund_rows(local):
    # Before, the third share was no fund row: 年度资金总额 860 against 700 + 100, a false error.
    tables = read(text([
        ["中央对地方转移支付区域绩效自评表"], ["转移支付（项目）名称", "渔业发展补助资金"],
        ["资金投入情况（万元）", "", "全年预算数（A）", "全年执行数（B）", "分值", "预算执行率（B/A）",
         "得分"],
        ["", "年度资金总额", "860.00", "812.70", "10", "94.50%", "9.45"],
        ["", "其中：中央补助", "700.00", "667.80", "—", "95.40%", "—"],
        ["", "省级资金", "100.00", "95.00", "—", "95.00%", "—"],
        ["", local, "60.00", "49.90", "—", "83.17%", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "减船转产渔船数量", "≥12艘", "14艘", "90", "90"],
    ]))  # fmt: skip
    assert [(r["row_type"], r["name"], r["budget_adjusted"], r["budget_executed"])
            for r in tables.amount_rows] == [
        ("fund_source", "其中：中央补助", Decimal("700.00"), Decimal("667.80")),
        ("fund_source", "省级资金", Decimal("100.00"), Decimal("95.00")),
        ("fund_source", local, Decimal("60.00"), Decimal("49.90")),
    ]  # fmt: skip
    assert errors(tables) == []


# The standard 部门整体支出绩效目标申报表: the department's tasks, each with its money under
# `预算金额（万元）` parted into 总额 | 财政拨款 | 其他资金, then their 金额合计.
DEPARTMENT = [
    ["部门整体支出绩效目标申报表"],
    ["（2024年度）"],
    ["部门（单位）名称", "某县农业农村局"],
    ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）"],
    ["", "", "", "总额", "财政拨款", "其他资金"],
    ["", "高标准农田建设", "新建高标准农田2万亩", "1,200.00", "1,000.00", "200.00"],
    ["", "动物防疫", "强制免疫", "150.00", "150.00"],
]
DEPARTMENT_GRID = [
    ["年度总体目标", "完成高标准农田建设任务，重大动物疫病防控有效。"],
    ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    ["", "产出指标", "数量指标", "新建高标准农田面积", "≥2万亩"],
]


def test_a_department_tables_total_row_under_its_tasks_money_headings_is_its_money():
    # Before, the 金额合计 row was one more task (`金额合计/预算金额（万元）`: 1,350.00) and its
    # 1,150.00 an unknown label of the value 200.00; the department had no money, and the
    # headings under 预算金额 were money labels printed with no figure.
    tables = read(text([*DEPARTMENT, ["金额合计", "", "", "1,350.00", "1,150.00", "200.00"],
                        *DEPARTMENT_GRID]))  # fmt: skip
    assert money(tables) == (
        Decimal("1350.00"), "1,350.00", Decimal("1150.00"), "1,150.00", Decimal("200.00"), "200.00"
    )  # fmt: skip
    (project,) = tables.projects
    assert (project["project_kind"], project["source_line"], project["extra_columns"]) == (
        "department",
        1,
        '{"主要内容": "新建高标准农田2万亩", "主要内容#2": "强制免疫", "任务名称": "高标准农田建设", '
        '"任务名称#2": "动物防疫", "其他资金": "200.00", "总额": "1,200.00", "总额#2": "150.00", '
        '"财政拨款": "1,000.00", "财政拨款#2": "150.00"}',
    )
    assert [(f["rule"], f["message"]) for f in tables.findings] == [
        ("missing_level1", "the project has no 效益指标 indicator"),
        ("missing_level1", "the project has no 满意度指标 indicator"),
    ]  # no label_unknown, no currency_unit_missing: the figures' unit is their heading's


@pytest.mark.parametrize(
    ("total", "found"),
    [
        (["1,350.00", "1,150.00", "200.00"], []),
        (["1,300.00", "1,150.00", "200.00"],
         [("金额合计 总额 1,300.00 ≠ 1,350.00 (万元), the sum of 2 items above it",
           "1,200.00 + 150.00 ≠ 1,300.00")]),
        (["1,350.00", "1,150.00", "150.00"],
         [("金额合计 其他资金 150.00 ≠ 200.00 (万元), the sum of 1 item above it",
           "200.00 ≠ 150.00")]),
    ],
    ids=["adds_up", "total_off", "other_funds_off"],
)  # fmt: skip
def test_a_department_tables_total_row_is_checked_against_its_tasks_money(total, found):
    # Before, the tasks' money was kept as fields and never added up.
    tables = read(text([*DEPARTMENT, ["金额合计", "", "", *total], *DEPARTMENT_GRID]))
    assert [(f["severity"], f["source_line"], f["entity_type"], f["message"], f["evidence"])
            for f in tables.findings if f["rule"] == "subtotal_mismatch"] == [
        ("error", 8, "project", message, evidence) for message, evidence in found
    ]  # fmt: skip


def test_a_department_tables_total_row_that_does_not_add_up_is_an_amount_row_mismatch():
    tables = read(text([*DEPARTMENT, ["金额合计", "", "", "1,350.00", "1,100.00", "200.00"],
                        *DEPARTMENT_GRID]))  # fmt: skip
    # Its 财政拨款 is not the tasks' either: a subtotal of theirs (subtotal_mismatch, an error
    # as the contract has it for any subtotal row; it had been a warning of its own rule).
    assert errors(tables) == [  # at the 金额合计's line
        (
            "amount_row_mismatch",
            8,
            "总计 1,350.00 ≠ 财政拨款 + 财政专户拨款 + 其他资金 = 1,300.00 (万元)",
        ),
        (
            "subtotal_mismatch",
            8,
            "金额合计 财政拨款 1,100.00 ≠ 1,150.00 (万元), the sum of 2 items above it",
        ),
    ]


@pytest.mark.parametrize("joined", [False, True], ids=["tabbed", "joined_by_spaces"])
def test_a_total_row_of_a_tasks_single_money_column_is_the_departments_total(joined):
    # Joined by spaces, the second task and the total row stayed one cell each under 任务名称
    # (`金额合计 1,350.00`, a task's name): the department had no money, and no finding.
    tasks = [row[:4] for row in DEPARTMENT if row[:1] != [""] or row[1:2] != [""]]
    rows = [*tasks, ["金额合计", "", "", "1,350.00"], *DEPARTMENT_GRID]
    data = ("\n".join(" ".join(c for c in row if c) for row in rows) + "\n").encode()
    tables = read(data if joined else text(rows))
    assert money(tables) == (Decimal("1350.00"), "1,350.00", None, None, None, None)
    assert json.loads(tables.projects[0]["extra_columns"]) == {
        "主要内容": "新建高标准农田2万亩", "主要内容#2": "强制免疫", "任务名称": "高标准农田建设",
        "任务名称#2": "动物防疫", "预算金额（万元）": "1,200.00", "预算金额（万元）#2": "150.00",
    }  # fmt: skip


def _merged_cells_dropped(rows: list[list[str]]) -> list[list[str]]:
    """The rows as a converter that drops merged cells prints them: no empty cell left."""
    return [[cell for cell in row if cell] for row in rows]


@pytest.mark.parametrize("parted", [True, False], ids=["parted", "one_money_column"])
def test_a_department_tables_tasks_moved_left_by_a_converter_go_back_under_their_headings(
    parted,
):
    # `总额 | 财政拨款 | 其他资金` from the first column, each task shifted left by the block
    # label's merged cell, `金额合计 | 1,350.00 | …`: the department had no money, its tasks and
    # the total row were labels unknown (`1,200.00` a label).
    tasks = DEPARTMENT if parted else [row[:4] for row in DEPARTMENT if row[1:2] != [""]]
    total = ["金额合计", "", "", "1,350.00", *(["1,150.00", "200.00"] if parted else [])]
    clean = read(text([*tasks, total, *DEPARTMENT_GRID]))
    shifted = read(text([*_merged_cells_dropped([*tasks[3:], total]), *DEPARTMENT_GRID]))
    assert _merged_cells_dropped([*tasks[3:], total])[1:3] == (
        [["总额", "财政拨款", "其他资金"], ["高标准农田建设", "新建高标准农田2万亩", "1,200.00",
         "1,000.00", "200.00"]]
        if parted
        else [["高标准农田建设", "新建高标准农田2万亩", "1,200.00"], ["动物防疫", "强制免疫", "150.00"]]
    )  # fmt: skip
    assert money(shifted) == money(clean) == (
        (Decimal("1350.00"), "1,350.00", Decimal("1150.00"), "1,150.00", Decimal("200.00"),
         "200.00")
        if parted
        else (Decimal("1350.00"), "1,350.00", None, None, None, None)
    )  # fmt: skip
    assert shifted.projects[0]["extra_columns"] == clean.projects[0]["extra_columns"]
    assert [f["rule"] for f in shifted.findings] == [f["rule"] for f in clean.findings]


# The standard form's whole budget: its total, then the money by income and by spending side by
# side under `按收入性质分 | 按支出性质分`, each figure beside its label ...
WHOLE_BUDGET = [
    ["年度部门整体支出预算（万元）", "资金总额", "1,350.00"],
    ["", "按收入性质分", "", "按支出性质分"],
    ["", "其中：一般公共预算", "1,150.00", "其中：基本支出", "800.00"],
    ["", "政府性基金拨款", "0.00", "项目支出", "550.00"],
    ["", "纳入专户管理的非税收入拨款", "0.00"],
    ["", "其他资金", "200.00"],
]
# ... or in the label's cell, after its colon.
WHOLE_BUDGET_COLONS = [
    ["年度部门整体支出预算（万元）", "资金总额：1,350.00"],
    ["", "按收入性质分", "按支出性质分"],
    ["", "其中：一般公共预算：1,150.00", "其中：基本支出：800.00"],
    ["", "政府性基金拨款：0.00", "项目支出：550.00"],
    ["", "纳入专户管理的非税收入拨款：0.00"],
    ["", "其他资金：200.00"],
]


# (A label split from its value at the colon is read folded: `其中:基本支出`.)
@pytest.mark.parametrize(
    ("budget", "basic"), [(WHOLE_BUDGET, "其中：基本支出"), (WHOLE_BUDGET_COLONS, "其中:基本支出")]
)
def test_a_departments_whole_budget_is_its_money_and_its_spending_split_is_kept(budget, basic):
    # Before, `年度部门整体支出预算` was no label: its rows went on in the tasks' block above,
    # each figure a field under a task heading (`资金总额/主要内容`: 1,350.00), and the
    # department had no money.
    tasks = [row[:3] for row in DEPARTMENT[:4]] + [["", "高标准农田建设", "新建高标准农田2万亩"]]
    tables = read(text([*tasks, *budget, *DEPARTMENT_GRID]))
    assert money(tables) == (
        Decimal("1350.00"), "1,350.00", Decimal("1150.00"), "1,150.00 + 0.00 + 0.00",
        Decimal("200.00"), "200.00",
    )  # fmt: skip
    (project,) = tables.projects
    assert project["extra_columns"] == (
        '{"主要内容": "新建高标准农田2万亩", "任务名称": "高标准农田建设", '
        f'"{basic}": "800.00", "项目支出": "550.00"}}'
    )
    assert errors(tables) == []


def test_a_department_self_evaluations_spending_rows_under_its_measures_are_kept():
    # Before, the 基本支出 and 项目支出 rows under 年初预算数 | 全年预算数 | 全年执行数 were read
    # and dropped: no column holds them.
    tables = read(text([
        ["部门整体支出绩效自评表"], ["部门（单位）名称", "某县市场监督管理局"],
        ["年度部门整体支出预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值",
         "执行率", "得分"],
        ["", "资金总额", "2,000.00", "2,150.00", "2,080.00", "10", "96.74%", "9.67"],
        ["", "其中：基本支出", "1,500.00", "1,520.00", "1,510.00", "—", "—", "—"],
        ["", "项目支出", "500.00", "630.00", "570.00", "—", "—", "—"],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["", "产出指标", "数量指标", "食品抽检批次", "≥1500批次", "1620批次", "90", "90"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["budget_adjusted"], project["budget_executed"], project["extra_columns"]) == (
        Decimal("2150.00"),
        Decimal("2080.00"),
        '{"其中：基本支出/全年执行数": "1,510.00", "其中：基本支出/全年预算数": "1,520.00", '
        '"其中：基本支出/年初预算数": "1,500.00", "项目支出/全年执行数": "570.00", '
        '"项目支出/全年预算数": "630.00", "项目支出/年初预算数": "500.00"}',
    )
    assert tables.amount_rows == []  # no fund source: a split by spending, not by source


# A form's header block printed in other words (Zhejiang, Shanghai).
GOAL_GRID = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "补贴发放人数", "≥3000人"],
]


@pytest.mark.parametrize(
    "goal_row",
    [
        ["绩效目标", "为辖区老年人提供居家养老服务补贴。"],
        ["绩效目标：为辖区老年人提供居家养老服务补贴。"],
    ],
)
def test_a_goal_labelled_only_as_jixiao_mubiao_is_the_projects_goal(goal_row):
    # Before, `绩效目标 | …` was a label the vocabulary lacks (label_unknown, the goal kept as a
    # field), and `绩效目标：…` alone on its line a title: no goal either way.
    tables = read(text([["项目名称", "社区养老服务补贴"], goal_row, *GOAL_GRID]))
    (project,) = tables.projects
    assert (project["performance_goal"], project["extra_columns"]) == (
        "为辖区老年人提供居家养老服务补贴。",
        None,
    )
    assert [f["rule"] for f in tables.findings if f["rule"] == "label_unknown"] == []


def test_jixiao_mubiao_alone_on_its_line_is_still_a_title():
    tables = read(text([["绩效目标"], ["项目名称", "社区养老服务补贴"], *GOAL_GRID]))
    assert (tables.documents[0]["title"], tables.projects[0]["performance_goal"]) == (
        "绩效目标",
        None,
    )


def test_a_total_with_its_parts_in_brackets_and_a_total_named_xiangmu_zonge_are_read():
    # Before, the bracketed parts made the total no amount (amount_unparsed, an error), and
    # `项目总额` was a label the vocabulary lacks.
    bracketed = read(text([
        ["项目名称", "社区养老服务补贴"],
        ["资金总额：450万元（其中：市级资金300万元，区级资金150万元）"], *GOAL_GRID,
    ]))  # fmt: skip
    assert money(bracketed) == (
        Decimal("450"), "450万元", Decimal("450"), "300万元 + 150万元", None, None
    )  # fmt: skip
    assert errors(bracketed) == []
    named = read(text([["项目名称", "城市道路维护"], ["项目总额（万元）", "860.00"], *GOAL_GRID]))
    assert money(named)[:2] == (Decimal("860.00"), "860.00")


def test_a_totals_label_over_headings_with_their_own_he_ji_is_the_money_blocks_label():
    # `预算金额（万元）` heads the row of headings `合计 | 本年财政资金 | 上年结转 | 其他资金`:
    # before, it was the total and `合计` its value (amount_unparsed); the figures below went by
    # their headings but 本年 made 本年财政资金 the year's part and the unscoped parts the
    # period's: the total read was 上年结转's 50.00.
    tables = read(text([
        ["项目名称", "智慧城管平台运维"],
        ["预算金额（万元）", "合计", "本年财政资金", "上年结转", "其他资金"],
        ["", "350.00", "300.00", "50.00", "0.00"],
        ["项目绩效目标", "保障智慧城管平台稳定运行。"],
        *GOAL_GRID,
    ]))  # fmt: skip
    assert money(tables) == (
        Decimal("350.00"), "350.00", Decimal("300.00"), "300.00", Decimal("50.00"),
        "50.00 + 0.00",
    )  # fmt: skip
    assert errors(tables) == []
    assert tables.projects[0]["performance_goal"] == "保障智慧城管平台稳定运行。"


def test_a_money_sentence_after_the_blocks_label_and_a_labelled_goal_as_printed():
    # `项目资金：年度资金总额500万元，…` on a line of its own: before, the sentence after the
    # block's label was a value without a label (row_unparsed) and no money was read; and a
    # `label：value` cell's value was reported folded, the goal's `，` made `,`.
    tables = read(text([
        ["项目名称：农村饮水安全巩固提升工程"],
        ["项目资金：年度资金总额500万元，其中：财政拨款450万元，其他资金50万元。"],
        ["年度绩效目标：完成10处农村饮水工程改造，受益人口2万人。"],
        *GOAL_GRID,
    ]))  # fmt: skip
    assert money(tables) == (
        Decimal("500"), "500万元", Decimal("450"), "450万元", Decimal("50"), "50万元"
    )  # fmt: skip
    assert tables.projects[0]["performance_goal"] == "完成10处农村饮水工程改造，受益人口2万人。"
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize(
    ("spending", "found"),
    [
        # 800 + 550 is the 1,350 total: nothing to say.
        ([["", "其中：基本支出", "800.00"], ["", "项目支出", "550.00"]], []),
        (
            [["", "其中：基本支出", "800.00"], ["", "项目支出", "500.00"]],
            [("spending_split_mismatch", "基本支出 + 项目支出 = 1,300.00 ≠ 资金总额 1,350.00 (万元)",
              "其中：基本支出=800.00\t项目支出=500.00")],
        ),
        (
            [["", "人员经费", "600.00"], ["", "公用经费", "150.00"], ["", "项目支出", "550.00"]],
            [("spending_split_mismatch",
              "人员经费 + 公用经费 + 项目支出 = 1,300.00 ≠ 资金总额 1,350.00 (万元)",
              "人员经费=600.00\t公用经费=150.00\t项目支出=550.00")],
        ),
        # 项目支出 alone splits nothing: not checked.
        ([["", "项目支出", "500.00"]], []),
    ],
)  # fmt: skip
def test_a_departments_spending_that_does_not_add_up_to_its_total_is_a_warning(spending, found):
    tables = read(text([
        ["部门（单位）名称", "某县自然资源局"],
        ["年度部门整体支出预算（万元）", "资金总额", "1,350.00"], *spending,
        ["年度总体目标", "完成国土空间规划编制。"], *DEPARTMENT_GRID[1:],
    ]))  # fmt: skip
    assert money(tables)[:2] == (Decimal("1350.00"), "1,350.00")
    assert [
        (f["rule"], f["message"], f["evidence"])
        for f in tables.findings
        if f["rule"] == "spending_split_mismatch"
    ] == found


@pytest.mark.parametrize("dropped", [False, True], ids=["in_place", "label_cell_dropped"])
def test_a_money_block_labelled_only_zijin_holds_its_rows(dropped):
    # A Hunan-style form's `资金（万元）` down the side of its money rows was an unknown label
    # (`label_unknown`), read only because the labels beside it are money's.
    tables = read(text([
        *HEAD,
        ["资金（万元）", "年度资金总额", "120"],
        ["", "其中：财政拨款", "100"][dropped:],
        ["", "其他资金", "20"][dropped:],
        *GRID,
    ]))  # fmt: skip
    assert money(tables) == (Decimal("120"), "120", Decimal("100"), "100", Decimal("20"), "20")
    assert [f["rule"] for f in tables.findings if f["severity"] != "info" or
            f["rule"] == "label_unknown"] == []  # fmt: skip


PERIOD_HEADINGS = ["项目资金（万元）", "中期资金总额", "年度资金总额"]


@pytest.mark.parametrize(
    "parts",
    [
        [["其中：财政拨款", "2,400.00", "800.00"], ["其他资金", "0.00", "0.00"]],
        [["", "其中：财政拨款", "2,400.00", "其中：财政拨款", "800.00"],
         ["", "其他资金", "0.00", "其他资金", "0.00"]],
    ],
    ids=["parts_under_the_headings", "label_value_pairs_side_by_side"],
)  # fmt: skip
def test_figures_under_period_headings_naming_totals_are_each_periods_total(parts):
    # `中期资金总额 | 年度资金总额` over `2,400.00 | 800.00`: the figures were the headings' and
    # no total (the year's summed from its parts, no 中期 amount); and a pair `其中：财政拨款 |
    # 2,400.00` whose label stands under 中期 and its figure under 年度 was the year's part: a
    # total of 2,400.00 summed from it, no finding.
    tables = read(text([*HEAD, PERIOD_HEADINGS, ["", "2,400.00", "800.00"], *parts, *GRID]))
    (project,) = tables.projects
    assert (*money(tables), project["period_amount"], project["period_amount_raw"]) == (
        Decimal("800.00"), "800.00", Decimal("800.00"), "800.00", Decimal("0.00"), "0.00",
        Decimal("2400.00"), "2,400.00",
    )  # fmt: skip
    assert errors(tables) == []


SELF_EVALUATION_GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "保障低保对象", "≥5800人", "5912人", "90", "90"],
    ["总分", "", "", "", "", "100", "99.68"],
]


def self_evaluation(money_rows: list[list[str]]):
    """A department's self-evaluation with these rows under its money headings."""
    return read(text([
        ["部门整体支出绩效自评表"],
        ["部门名称", "某区民政局"],
        ["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "11,960.00", "13,275.80", "12,846.35", "10", "96.77%", "9.68"],
        *money_rows, *SELF_EVALUATION_GRID,
    ]))  # fmt: skip


def findings_of(tables, *rules: str) -> list[tuple]:
    return [(f["rule"], f["message"], f["evidence"]) for f in tables.findings if f["rule"] in rules]


def test_a_self_evaluations_spending_rows_that_do_not_add_up_are_an_amount_row_mismatch():
    # 其中 rows by kind of spending under the measures, no fund rows: each measure's parts
    # against the total row's (the executed ones 36 short). They were kept as fields, unchecked.
    tables = self_evaluation([
        ["", "其中：基本支出", "3,120.00", "3,284.16", "3,284.16", "—", "100.00%", "—"],
        ["", "项目支出", "8,840.00", "9,991.64", "9,526.19", "—", "95.34%", "—"],
    ])  # fmt: skip
    assert findings_of(tables, "amount_row_mismatch", "spending_split_mismatch") == [(
        "amount_row_mismatch",
        "年度资金总额 ≠ the sum of its 其中 rows by kind of spending (基本支出 + 项目支出) (万元): "
        "全年执行数 12,846.35 ≠ 12,810.35",
        "其中：基本支出/年初预算数=3,120.00\t项目支出/年初预算数=8,840.00\t"
        "其中：基本支出/全年预算数=3,284.16\t项目支出/全年预算数=9,991.64\t"
        "其中：基本支出/全年执行数=3,284.16\t项目支出/全年执行数=9,526.19",
    )]  # fmt: skip
    assert json.loads(tables.projects[0]["extra_columns"])["项目支出/全年执行数"] == "9,526.19"


def test_a_self_evaluations_money_row_of_an_unknown_label_is_kept_with_a_finding():
    # A fund row the vocabulary does not name: read as no source of funds, it was dropped
    # without a word (only the total's amount_row_mismatch against the rows read hinted at it).
    tables = self_evaluation([
        ["", "其中：中央补助", "11,000.00", "12,000.00", "11,600.00", "", "", ""],
        ["", "兵团专项补助", "960.00", "1,275.80", "1,246.35", "", "", ""],
    ])  # fmt: skip
    assert findings_of(tables, "label_unknown", "amount_row_mismatch") == [
        (
            "amount_row_mismatch",
            "年度资金总额 ≠ the sum of its 1 fund-source row (万元): 年初预算数 11,960.00 ≠ "
            "11,000.00; 全年预算数 13,275.80 ≠ 12,000.00; 全年执行数 12,846.35 ≠ 11,600.00",
            "年度资金总额=11,960.00/13,275.80/12,846.35\t其中：中央补助=11,000.00/12,000.00/11,600.00",
        ),
        (
            "label_unknown",
            "label '兵团专项补助' is not in the layout vocabulary: its row of the money block is "
            "read as no source of funds; its figures are kept in projects.extra_columns",
            "兵团专项补助",
        ),
    ]
    extra = json.loads(tables.projects[0]["extra_columns"])
    assert {k: v for k, v in extra.items() if k.startswith("兵团")} == {
        "兵团专项补助/年初预算数": "960.00",
        "兵团专项补助/全年预算数": "1,275.80",
        "兵团专项补助/全年执行数": "1,246.35",
    }


@pytest.mark.parametrize("label", ["自治区补助", "盟市配套", "旗县补助", "自治州补助"])
def test_a_fund_part_named_by_an_autonomous_government_is_a_fund_row(label):
    # Ningxia's `自治区补助` under `其中：中央补助` was no known part: its row was dropped.
    tables = self_evaluation([
        ["", "其中：中央补助", "11,000.00", "12,000.00", "11,600.00", "", "", ""],
        ["", label, "960.00", "1,275.80", "1,246.35", "", "", ""],
    ])  # fmt: skip
    assert [(r["row_type"], r["name"], r["budget_executed"]) for r in tables.amount_rows] == [
        ("fund_source", "其中：中央补助", Decimal("11600.00")),
        ("fund_source", label, Decimal("1246.35")),
    ]
    assert findings_of(tables, "label_unknown", "amount_row_mismatch") == []


# The seed's title, unit and columns with a 二级指标 and a 指标值 column beside its 绩效指标.
SEED_COLUMNS_ONE_INDICATOR_A_ROW = [
    ["项目支出绩效目标表（含转移支付项目）"],
    ["单位：万元"],
    ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "二级指标",
     "绩效指标", "指标值"],
]  # fmt: skip


def test_the_seeds_columns_one_indicator_a_row_are_a_list_its_unit_row_a_subtotal():
    # The seed's header with a 二级指标 and a 指标值 column beside its 绩效指标: one indicator a
    # row, no packed cell (it was taken for the packed table, and no indicator was read); 总计
    # is the projects' money, and the row naming the 资金使用单位 (its amount the sum of the
    # projects under it, no goal, no indicator) is that unit's subtotal, no project.
    tables = read(text([
        *SEED_COLUMNS_ONE_INDICATOR_A_ROW,
        ["某县卫生健康局", "300.00", "300.00", "", "", "", "", "", ""],
        ["基本公共卫生服务", "200.00", "200.00", "", "", "提供基本公共卫生服务。", "11-数量指标",
         "健康管理人数", "7万人以上"],
        ["", "", "", "", "", "", "31-服务对象满意度", "居民满意度", "85%以上"],
        ["乡村医生补助", "100.00", "100.00", "", "", "补助乡村医生。", "11-数量指标", "补助人数",
         "548人"],
    ]))  # fmt: skip
    assert [(p["project_name"], p["total_amount"], p["funding_unit"]) for p in tables.projects] == [
        ("基本公共卫生服务", Decimal("200.00"), "某县卫生健康局"),
        ("乡村医生补助", Decimal("100.00"), "某县卫生健康局"),
    ]
    assert [(r["row_type"], r["name"], r["total_amount"]) for r in tables.amount_rows] == [
        ("funding_unit", "某县卫生健康局", Decimal("300.00"))
    ]
    assert [
        (i["level2_name"], i["indicator_name"], i["annual_target"]) for i in tables.indicators
    ] == [
        ("数量指标", "健康管理人数", "7万人以上"),
        ("服务对象满意度指标", "居民满意度", "85%以上"),
        ("数量指标", "补助人数", "548人"),
    ]


def test_a_lists_columns_of_sources_of_funds_are_its_projects_parts():
    # The seed's columns one indicator a row print each project's 财政拨款, 财政专户拨款 and
    # 其他资金 beside its 总计: the project's sources of funds, as in the packed table (they were
    # kept as unknown columns), held against its 总计; the 合计 row's and the unit row's are
    # theirs (the 合计 row was kept as three notes).
    tables = read(text([
        *SEED_COLUMNS_ONE_INDICATOR_A_ROW,
        ["合计", "310.00", "280.00", "20.00", "10.00", "", "", "", ""],
        ["某县卫生健康局", "310.00", "280.00", "20.00", "10.00", "", "", "", ""],
        ["基本公共卫生服务", "200.00", "180.00", "20.00", "", "提供基本公共卫生服务。", "11-数量指标",
         "健康管理人数", "7万人以上"],
        ["乡村医生补助", "110.00", "100.00", "", "5.00", "补助乡村医生。", "11-数量指标", "补助人数",
         "548人"],
    ]))  # fmt: skip
    money = ("total_amount", "fiscal_appropriation", "fiscal_special_account", "other_funds")
    assert [(p["project_name"], *(p[c] for c in money)) for p in tables.projects] == [
        ("基本公共卫生服务", Decimal("200.00"), Decimal("180.00"), Decimal("20.00"), None),
        ("乡村医生补助", Decimal("110.00"), Decimal("100.00"), None, Decimal("5.00")),
    ]
    assert [(r["row_type"], r["name"], *(r[c] for c in money)) for r in tables.amount_rows] == [
        ("grand_total", "合计", *map(Decimal, ("310.00", "280.00", "20.00", "10.00"))),
        ("funding_unit", "某县卫生健康局", *map(Decimal, ("310.00", "280.00", "20.00", "10.00"))),
    ]
    assert findings_of(tables, "amount_row_mismatch") == [
        (
            "amount_row_mismatch",
            "总计 110.00 ≠ 财政拨款 + 财政专户拨款 + 其他资金 = 105.00 (万元)",
            "总计=110.00\t财政拨款=100.00\t财政专户拨款=\t其他资金=5.00",
        )
    ]
    assert findings_of(tables, "column_unknown", "table_note") == []


def test_a_money_group_heading_before_its_first_rows_label_in_one_cell_is_that_rows_label():
    # `按收入性质分：财政拨款` and `按支出性质分：基本支出` (Guangdong): each group's heading before
    # its first row's label in one cell. The label was read as the heading's value, and the
    # row's figures as the row above's (`其他资金 '基本支出' is not an amount`, an error).
    tables = read(text([
        ["部门整体支出绩效自评表"],
        ["部门名称", "某区民政局"],
        ["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "100.00", "120.00", "118.00", "10", "98.33%", "9.83"],
        ["", "按收入性质分：财政拨款", "100.00", "110.00", "108.00", "—", "98.18%", "—"],
        ["", "其他资金", "0.00", "10.00", "10.00", "—", "100.00%", "—"],
        ["", "按支出性质分：基本支出", "40.00", "40.00", "40.00", "—", "100.00%", "—"],
        ["", "项目支出", "60.00", "80.00", "78.00", "—", "97.50%", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "低保对象保障人数", "≥1万人", "1.1万人", "90", "90", ""],
    ]))  # fmt: skip
    assert [
        (r["name"], r["budget_adjusted"], r["budget_executed"]) for r in tables.amount_rows
    ] == [
        ("财政拨款", Decimal("110.00"), Decimal("108.00")),
        ("其他资金", Decimal("10.00"), Decimal("10.00")),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_lists_project_budget_column_is_its_projects_total():
    # `项目预算（元）` over one indicator a row (Shandong): the projects' money, in 元; the
    # column was unknown and every project's total None.
    tables = read(text([
        ["某县卫生健康局2025年项目支出绩效目标表"],
        ["序号", "单位名称", "项目名称", "项目预算（元）", "绩效指标", "指标值"],
        ["1", "某县卫生健康局", "基本公共卫生服务", "3,618,000.00", "健康档案覆盖率", "≥64%"],
        ["2", "某县卫生健康局", "基本公共卫生服务", "3,618,000.00", "居民满意度", "85%以上"],
        ["3", "某县卫生健康局", "医疗设备购置", "2,865,432.00", "设备验收合格率", "100%"],
    ]))  # fmt: skip
    assert [
        (p["project_name"], p["total_amount"], p["total_amount_raw"]) for p in tables.projects
    ] == [
        ("基本公共卫生服务", Decimal("361.8"), "3,618,000.00"),
        ("医疗设备购置", Decimal("286.5432"), "2,865,432.00"),
    ]


def _with_a_share(share: str, *rows: list[str]) -> list[list[str]]:
    """A list's title, unit and column labels with the share `share` between 财政拨款 and 其他资金
    (the seed's columns one indicator a row), then `rows`."""
    return [
        ["项目支出绩效目标表"],
        ["单位：万元"],
        ["项目名称", "总计", "财政拨款", share, "其他资金", "绩效目标", "二级指标", "绩效指标",
         "指标值"],
        *rows,
    ]  # fmt: skip


def test_a_lists_shares_of_its_funds_by_level_of_government_are_parts_of_its_appropriations():
    # `上级补助资金` beside `财政拨款` (Guangdong): a share of the appropriations, summed into
    # 财政拨款 as a form's money block sums it. It was an unknown column: the parts fell short of
    # 总计 (a false amount_row_mismatch), the unit row's share a row_unparsed error, the 合计 row
    # notes.
    tables = read(text(_with_a_share(
        "上级补助资金",
        ["合计", "310.00", "250.00", "50.00", "10.00", "", "", "", ""],
        ["某县卫生健康局", "310.00", "250.00", "50.00", "10.00", "", "", "", ""],
        ["基本公共卫生服务", "200.00", "150.00", "50.00", "", "提供基本公共卫生服务。", "数量指标",
         "健康管理人数", "7万人以上"],
        ["乡村医生补助", "110.00", "100.00", "", "10.00", "补助乡村医生。", "数量指标", "补助人数",
         "548人"],
    )))  # fmt: skip
    money = ("total_amount", "fiscal_appropriation", "fiscal_appropriation_raw", "other_funds")
    assert [(p["project_name"], *(p[c] for c in money)) for p in tables.projects] == [
        ("基本公共卫生服务", Decimal("200.00"), Decimal("200.00"), "150.00 + 50.00", None),
        ("乡村医生补助", Decimal("110.00"), Decimal("100.00"), "100.00", Decimal("10.00")),
    ]
    assert [(r["row_type"], r["name"], *(r[c] for c in money)) for r in tables.amount_rows] == [
        ("grand_total", "合计", Decimal("310.00"), Decimal("300.00"), "250.00 + 50.00",
         Decimal("10.00")),
        ("funding_unit", "某县卫生健康局", Decimal("310.00"), Decimal("300.00"), "250.00 + 50.00",
         Decimal("10.00")),
    ]  # fmt: skip
    assert findings_of(tables, "amount_row_mismatch", "row_unparsed", "column_unknown") == []


def test_a_lists_share_labelled_as_itemising_the_source_left_of_it_is_no_part():
    # `财政拨款 | 其中：中央补助`: the share is part of the 财政拨款 beside it, not of the total;
    # summed in, the parts passed the total (a false amount_row_mismatch). Its cells are kept.
    tables = read(text(_with_a_share(
        "其中：中央补助",
        ["基本公共卫生服务", "200.00", "200.00", "50.00", "", "提供基本公共卫生服务。", "数量指标",
         "健康管理人数", "7万人以上"],
    )))  # fmt: skip
    assert [(p["total_amount"], p["fiscal_appropriation"]) for p in tables.projects] == [
        (Decimal("200.00"), Decimal("200.00"))
    ]
    assert [i["extra_columns"] for i in tables.indicators] == ['{"其中：中央补助": "50.00"}']
    assert findings_of(tables, "amount_row_mismatch", "column_unknown") == []


def test_a_lists_project_name_ending_in_a_joining_word_goes_on_beside_the_next_indicator():
    # `…校舍维修改造及` over `消防设施提升` beside the project's second indicator (Tianjin, the
    # project's cells on its first row only): the name goes on; it had opened a second project
    # of that half-name, with no money.
    tables = read(text([
        ["项目支出绩效目标表"],
        ["单位：元"],
        ["项目名称", "预算数", "三级指标", "指标值"],
        ["中小学校舍维修改造及", "12,365,800.00", "维修改造校舍面积", "≥3.6万平方米"],
        ["消防设施提升", "", "更新消防设施学校数", "24所"],
        ["学生资助", "500,000.00", "资助学生人数", "≥200人"],
    ]))  # fmt: skip
    assert [
        (p["project_name"], p["total_amount"], p["indicator_count"]) for p in tables.projects
    ] == [
        ("中小学校舍维修改造及消防设施提升", Decimal("1236.58"), 2),
        ("学生资助", Decimal("50"), 1),
    ]


def test_the_corps_shares_of_a_forms_money_are_its_appropriations():
    # `其中：兵团补助资金 | 师市本级资金` (the Xinjiang Production and Construction Corps): the
    # Corps' share was unknown, so the parts fell short of the total (a false amount_row_mismatch).
    tables = read(text([
        ["项目支出绩效目标表"],
        ["项目名称", "连队人居环境整治提升项目"],
        ["项目资金（万元）", "年度资金总额", "1,436.00"],
        ["", "其中：兵团补助资金", "1,200.00"],
        ["", "师市本级资金", "236.00"],
        ["", "其他资金", "0.00"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建改造连队道路", "≥38公里"],
    ]))  # fmt: skip
    assert [(p["total_amount"], p["fiscal_appropriation"]) for p in tables.projects] == [
        (Decimal("1436.00"), Decimal("1436.00"))
    ]
    assert findings_of(tables, "amount_row_mismatch", "label_unknown") == []


def test_shang_ji_zi_jin_opening_a_row_of_a_money_block_is_one_of_its_fund_parts():
    # Before, 上级资金 was a field wherever it stood (as beside the Hunan form's 年度本级预算金额,
    # the eighth batch's test): under 总额 in a money block it was left out of the parts, and
    # 1,320 against 地方资金's 120 alone was a false amount_row_mismatch.
    tables = read(text([*HEAD, ["预算资金", "总额", "1,320.00"], ["", "上级资金", "1,200.00"],
                        ["", "地方资金", "120.00"], *GRID]))  # fmt: skip
    assert money(tables) == (
        Decimal("1320.00"),
        "1,320.00",
        Decimal("1200.00"),
        "1,200.00",
        Decimal("120.00"),
        "120.00",
    )
    assert errors(tables) == []


def test_a_text_under_a_money_label_not_its_figure_is_no_part_of_that_money():
    # A goal whose label a converter lost, its row's first cell empty, stands under the money
    # labels' column: it had been read as 地方资金's value (a false amount_unparsed). It is left
    # out with its text, no amount made of it.
    goal = "1.改造高效节水灌溉面积8000亩；2.带动职工就业260人以上。"
    tables = read(text([*HEAD, ["预算资金", "总额", "1,320.00"], ["", "上级资金", "1,200.00"],
                        ["", "地方资金", "120.00"], ["", goal], *GRID[1:]]))  # fmt: skip
    assert money(tables)[4:] == (Decimal("120.00"), "120.00")
    assert [(f["rule"], f["source_line"], f["message"], f["evidence"])
            for f in tables.findings if f["severity"] == "error"] == [
        ("row_unparsed", 8, "a value without a label", goal),
    ]  # fmt: skip


def test_this_years_appropriation_under_a_period_total_is_a_part_of_that_total():
    # `当年财政拨款` tells this year's money from 上年结转资金, not the 年度 total's: under
    # 中期资金总额 it had been added to the 年度 parts (860 ≠ 2,200 + 200 + 800 + 60, a false
    # amount_row_mismatch); now the year's parts match the year's total.
    tables = read(text([*HEAD, ["项目预算资金（万元）", "中期资金总额", "2,400.00"],
                        ["", "其中：当年财政拨款", "2,200.00"], ["", "上年结转资金", "200.00"],
                        ["", "年度资金总额", "860.00"], ["", "其中：当年财政拨款", "800.00"],
                        ["", "上年结转资金", "60.00"], *GRID]))  # fmt: skip
    assert money(tables) == (
        Decimal("860.00"),
        "860.00",
        Decimal("800.00"),
        "800.00",
        Decimal("60.00"),
        "60.00",
    )
    (project,) = tables.projects
    assert (project["period_amount"], project["period_amount_raw"]) == (
        Decimal("2400.00"),
        "2,400.00",
    )
    assert errors(tables) == []


def test_a_tasks_he_ji_under_their_names_is_their_subtotal_not_the_departments_money():
    # `| 合计 | | 262,811,100.00` under the tasks, the department's 资金总额 given above it by its
    # money block: the 合计 had been a task of its own and never added up. It is checked
    # against the tasks (subtotal_mismatch), the department's total left as its block prints it.
    tables = read(text([
        ["部门整体支出绩效目标表"], ["部门名称", "某师教育局"], ["单位：元"],
        ["年度预算资金", "资金总额", "286,413,520.48"], ["", "其中：财政拨款", "279,913,520.48"],
        ["", "其他资金", "6,500,000.00"],
        ["年度主要任务", "任务名称", "主要内容", "预算金额（元）"],
        ["", "义务教育保障", "保障学校正常运转", "168,250,000.00"],
        ["", "学前教育", "落实保教费减免", "84,561,100.00"],
        ["", "合计", "", "262,811,100.00"],
        *DEPARTMENT_GRID,
    ]))  # fmt: skip
    assert money(tables) == (
        Decimal("28641.352048"), "286,413,520.48", Decimal("27991.352048"), "279,913,520.48",
        Decimal("650.000000"), "6,500,000.00",
    )  # fmt: skip
    assert errors(tables) == [(
        "subtotal_mismatch", 10,
        "合计 预算金额（元） 26,281.11 ≠ 25,281.11 (万元), the sum of 2 items above it",
    )]  # fmt: skip


def test_money_headings_wrapped_onto_a_row_of_their_own_are_the_headings_ends():
    # `全年预算 | 全年执行 | 分值 | 得分 | 执行率` over `数（A） | 数（B） | | | （B/A）`: the ends
    # had been figures of the headings (`（B/A）` the execution rate), the rate lost.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "牦牛产业提升"],
        ["项目资金", "资金来源", "全年预算", "全年执行", "分值", "得分", "执行率"],
        ["（万元）", "", "数（A）", "数（B）", "", "", "（B/A）"],
        ["", "年度资金总额", "420.00", "409.50", "10", "9.75", "97.50%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建标准化牦牛暖棚", "≥60座", "64座", "90", "90"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["budget_adjusted"], project["budget_executed"], project["execution_rate"],
            project["execution_score"]) == (
        Decimal("420.00"), Decimal("409.50"), 97.5, 9.75
    )  # fmt: skip
    assert errors(tables) == []


def test_the_own_levels_budget_after_qi_zhong_is_a_part_of_the_total_above_it():
    # 湘阴 (round 131): before, 其中：年度本级预算金额 was read as the year's total (320) and
    # 资金总额 as the period's, with a false amount_row_mismatch. Alone, the Hunan form's
    # 年度本级预算金额 stays the total (tests/test_layouts_eighth_batch.py).
    tables = read(text([*HEAD, ["项目资金", "资金总额", "1500.00"],
                        ["", "其中：年度本级预算金额", "320.00"], ["", "上级资金", "1180.00"],
                        *GRID]))  # fmt: skip
    assert money(tables) == (
        Decimal("1500.00"), "1500.00", Decimal("1500.00"), "320.00 + 1180.00", None, None
    )  # fmt: skip
    assert errors(tables) == []


@pytest.mark.parametrize("heading", ["期间", "", "年度"])
def test_a_money_block_of_a_row_a_period_under_its_fund_sources_gives_each_periods_money(heading):
    # 博野 (round 135): the fund sources head the columns, a row for each period. Before, no
    # figure was read: total, parts and the period's money null, and under no heading of the
    # periods' column not even a finding.
    tables = read(text([*HEAD, ["项目资金（万元）", heading, "资金总额", "其中：财政拨款", "其他资金"],
                        ["", "中期（2025—2027年）", "186.00", "171.00", "15.00"],
                        ["", "2025年度", "62.00", "57.00", "5.00"], *GRID]))  # fmt: skip
    assert money(tables) == (Decimal("62.00"), "62.00", Decimal("57.00"), "57.00",
                             Decimal("5.00"), "5.00")  # fmt: skip
    assert tables.projects[0]["period_amount"] == Decimal("186.00")
    assert errors(tables) == []


@pytest.mark.parametrize(("printed", "found"), [
    ("253,111,100.00", []),
    ("262,811,100.00", [(
        "subtotal_mismatch", 10,
        "小计 预算金额（元） 26,281.11 ≠ 25,311.11 (万元), the sum of 2 items above it",
    )]),
])  # fmt: skip
def test_a_tasks_xiao_ji_closes_them_as_their_he_ji_does(printed, found):
    # 宾阳 (round 137): `| 小计 | | 12,486.35` under the tasks. Before, it was a seventh task named
    # 小计 in the extra columns, never checked.
    tables = read(text([
        ["部门整体支出绩效目标表"], ["部门名称", "某师教育局"], ["单位：元"],
        ["年度预算资金", "资金总额", "286,413,520.48"], ["", "其中：财政拨款", "279,913,520.48"],
        ["", "其他资金", "6,500,000.00"],
        ["年度主要任务", "任务名称", "主要内容", "预算金额（元）"],
        ["", "义务教育保障", "保障学校正常运转", "168,550,000.00"],
        ["", "学前教育", "落实保教费减免", "84,561,100.00"],
        ["", "小计", "", printed],
        *DEPARTMENT_GRID,
    ]))  # fmt: skip
    assert "小计" not in (tables.projects[0]["extra_columns"] or "")
    assert errors(tables) == found


TASKS_WITH_SUBTOTALS = [
    ["部门整体支出绩效目标表"], ["部门名称", "某区民政局"], ["单位：万元"],
    ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）"],
    ["", "人员经费", "保障在职人员工资福利", "612.48"],
    ["", "公用经费", "保障机关正常运转", "86.30"],
]  # fmt: skip


@pytest.mark.parametrize(("first_subtotal", "found"), [
    ("698.78", []),
    ("708.78", [(
        "subtotal_mismatch", 7,
        "小计（基本支出） 预算金额（万元） 708.78 ≠ 698.78 (万元), the sum of 2 items above it",
    )]),
])  # fmt: skip
def test_a_tasks_subtotals_each_close_their_part_and_the_he_ji_sums_every_task(
    first_subtotal, found
):
    # 贾汪 (round 147): `小计（基本支出）`, `小计（项目支出）`, `合计` under the tasks. Before, the
    # 小计 rows were tasks, summed into the 合计 with the tasks they close: an honest table gave
    # a false subtotal_mismatch, and a wrong 小计 blamed the right 合计.
    tables = read(text([
        *TASKS_WITH_SUBTOTALS,
        ["", "小计（基本支出）", "", first_subtotal],
        ["", "低保救助", "城乡低保金发放", "1,865.20"],
        ["", "养老服务", "居家养老服务补贴", "542.60"],
        ["", "项目支出小计", "", "2,407.80"],
        ["", "合计", "", "3,106.58"],
        *DEPARTMENT_GRID,
    ]))  # fmt: skip
    assert money(tables)[:2] == (Decimal("3106.58"), "3,106.58")
    assert "小计" not in (tables.projects[0]["extra_columns"] or "")
    assert errors(tables) == found


@pytest.mark.parametrize("after", [[["", "合计", "", "1,250.00"]], []])
def test_a_tasks_subtotal_of_only_some_of_them_is_not_the_departments_money(after):
    # A 小计 closing the first tasks, more tasks after it: its figure is theirs only. The
    # department's money is the 合计's, or, with none, not known.
    tables = read(text([
        *TASKS_WITH_SUBTOTALS,
        ["", "小计", "", "698.78"],
        ["", "低保救助", "城乡低保金发放", "551.22"],
        *after,
        *DEPARTMENT_GRID,
    ]))  # fmt: skip
    assert money(tables)[:2] == ((Decimal("1250.00"), "1,250.00") if after else (None, None))
    assert errors(tables) == []


def _tasks_by_kind(heading: str = "支出类型", kinds: tuple[str, str] = ("基本支出", "项目支出")):
    return [
        ["部门整体支出绩效目标表"], ["部门（单位）名称", "某市卫生健康局"], ["单位：万元"],
        ["年度主要任务", heading, "任务名称", "主要内容", "预算金额（万元）"],
        ["", kinds[0], "人员经费", "在职人员工资福利", "1,826.45"],
        ["", "", "公用经费", "机关日常运转", "193.52"],
        ["", "", "小计", "", "2,019.97"],
        ["", kinds[1], "基本公共卫生服务", "居民健康档案、慢病管理", "1,286.00"],
        ["", "", "小计", "", "1,286.00"],
        ["", "合计", "", "", "3,305.97"],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("heading", "kinds"), [("支出类型", ("基本支出", "项目支出")),
                           ("资金来源", ("一般公共预算", "政府性基金预算"))]
)  # fmt: skip
def test_a_tasks_kind_of_spending_merged_down_them_is_a_tasks_cell(heading, kinds):
    # 蒙自 (round 163): `支出类型` over `基本支出 | 人员经费 | …`; 五通桥 (round 165): `资金来源`
    # over `一般公共预算 | 机关运行保障 | …`. The first task of each kind had been read as a
    # money label with its figure, not a task (蒙自: false subtotal_mismatch errors on the right
    # 小计 and 合计; 五通桥: the task under a label of its own, `一般公共预算/任务名称`).
    tables = read(text([*_tasks_by_kind(heading, kinds), *DEPARTMENT_GRID]))
    assert money(tables)[:2] == (Decimal("3305.97"), "3,305.97")
    fields = json.loads(tables.projects[0]["extra_columns"])
    assert (fields[heading], fields["任务名称"], fields["预算金额（万元）"]) == (
        kinds[0],
        "人员经费",
        "1,826.45",
    )
    assert errors(tables) == []


def test_a_money_block_after_the_tasks_is_the_departments_money_no_task():
    # 钦北 (round 163): `年度预算资金 | 资金总额 | …` and its parts after the tasks' 合计. They
    # had been read as five more tasks, the money's parts null, silently.
    tables = read(text([
        *_tasks_by_kind(),
        ["年度预算资金", "资金总额", "3,305.97"],
        ["", "按收入性质分", "财政拨款", "3,255.97"],
        ["", "", "其他资金", "50.00"],
        *DEPARTMENT_GRID,
    ]))  # fmt: skip
    assert money(tables) == (
        Decimal("3305.97"), "3,305.97", Decimal("3255.97"), "3,255.97", Decimal("50.00"), "50.00"
    )  # fmt: skip
    assert "资金总额" not in (tables.projects[0]["extra_columns"] or "")
    assert errors(tables) == []


def test_a_department_wide_forms_money_of_the_year_beside_two_years_before_is_its_total():
    # 广水's 部门整体支出绩效目标申报表 (held-out round 175, 曾都): `当年金额` beside
    # `近两年收支金额` and `占比`, rows under `收入构成` and `支出构成`. No heading was known: the
    # total was lost (null) with the figures under no heading.
    tables = read(text([
        ["部门整体支出绩效目标申报表"],
        ["部门(单位)名称", "某区民政局"],
        ["部门总体资金情况(单位:万元)", "", "", "当年金额", "近两年收支金额", "占比"],
        ["", "收入构成", "合计", "1,326.45", "1,233.20", "100.0%"],
        ["", "支出构成", "合计", "1,326.45", "1,233.20", "100.0%"],
        ["年度绩效目标", "保障城乡低保对象基本生活。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "城乡低保对象保障人数", "≥6800人"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["total_amount_raw"]) == (
        Decimal("1326.45"),
        "1,326.45",
    )


def test_the_years_a_heading_of_no_measure_spans_head_their_figures():
    # 曾都 (held-out round 175): `近两年收支金额` merged over `2023年 | 2024年`, the parts' rows
    # under both. The second year's column had no heading: each part's figures were left out
    # as several under no heading (two amount_unparsed errors).
    tables = read(text([
        ["部门整体支出绩效目标申报表"],
        ["部门(单位)名称", "某区民政局"],
        ["部门总体资金情况(单位:万元)", "", "", "当年金额", "近两年收支金额", "", "占比"],
        ["", "", "", "", "2023年", "2024年", ""],
        ["", "收入构成", "财政拨款", "1,286.45", "1,198.20", "1,240.66", "97.0%"],
        ["", "", "其他资金", "40.00", "35.00", "38.00", "3.0%"],
        ["", "", "合计", "1,326.45", "1,233.20", "1,278.66", "100.0%"],
        ["年度绩效目标", "保障城乡低保对象基本生活。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "城乡低保对象保障人数", "≥6800人"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert money(tables) == (
        Decimal("1326.45"), "1,326.45", Decimal("1286.45"), "1,286.45", Decimal("40.00"), "40.00"
    )  # fmt: skip
    assert json.loads(project["extra_columns"]) == {
        "财政拨款/近两年收支金额2023年": "1,198.20", "财政拨款/近两年收支金额2024年": "1,240.66",
        "财政拨款/占比": "97.0%", "其他资金/近两年收支金额2023年": "35.00",
        "其他资金/近两年收支金额2024年": "38.00", "其他资金/占比": "3.0%",
        "合计/近两年收支金额2023年": "1,233.20", "合计/近两年收支金额2024年": "1,278.66",
        "合计/占比": "100.0%",
    }  # fmt: skip
    assert errors(tables) == []


def test_last_years_money_beside_the_years_and_a_cost_total_atop_its_items_are_read():
    # 岳阳楼区's 申报表 (held-out round 90): `项 目 | 上年度安排资金 | 本年度申请资金` over the fund
    # rows and over a cost block whose 合 计 stands atop its items, one of them `4、其他`. Before,
    # no heading was known: no total (three amount_unparsed), the costs kept as numbered fields,
    # `4、其他` read as 其他资金, and the cost block's 合计 never checked.
    tables = read(text([
        ["项目支出预算绩效目标申报表"], ["项目基本情况", "项目名称", "食品安全抽检监测"],
        ["项目资金情况", "项目资金申请（万元）", "项 目", "上年度安排资金", "本年度申请资金"],
        ["", "", "合 计", "268", "295"],
        ["", "", "市级资金", "268", "255"],
        ["", "", "中央资金", "", "40"],
        ["支出明细预算（万元）", "", "项 目", "上年度安排资金", "本年度申请资金", "测算依据及说明"],
        ["", "", "合 计", "268", "295"],
        ["", "", "1、抽检样品购置费", "112", "120", "按4800批次测算"],
        ["", "", "2、检验检测服务费", "148", "157", "按合同单价测算"],
        ["", "", "4、其他", "8", "8", "样品运输等"],
        ["项目绩效目标", "本年度绩效目标", "全年完成食品安全监督抽检4800批次以上。"],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["", "产出指标", "数量指标", "食品安全监督抽检批次", "≥4800批次"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["total_amount_raw"], project["fiscal_appropriation"],
            project["other_funds"]) == (Decimal("295"), "295", Decimal("295"), None)  # fmt: skip
    assert project["performance_goal"] == "全年完成食品安全监督抽检4800批次以上。"
    assert json.loads(project["extra_columns"]) == {
        "合 计/上年度安排资金": "268", "合 计/本年度申请资金": "295", "市级资金/上年度安排资金": "268",
        "1、抽检样品购置费/上年度安排资金": "112", "1、抽检样品购置费/本年度申请资金": "120",
        "1、抽检样品购置费/测算依据及说明": "按4800批次测算",
        "2、检验检测服务费/上年度安排资金": "148", "2、检验检测服务费/本年度申请资金": "157",
        "2、检验检测服务费/测算依据及说明": "按合同单价测算",
        "4、其他/上年度安排资金": "8", "4、其他/本年度申请资金": "8", "4、其他/测算依据及说明": "样品运输等",
    }  # fmt: skip
    assert errors(tables) == [(
        "subtotal_mismatch", 8,
        "合 计 本年度申请资金 295.00 ≠ 285.00 (万元), the sum of 3 items below it",
    )]  # fmt: skip


GRID_177 = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "秸秆综合利用量", "≥28万吨"],
]


def test_parts_after_of_which_in_a_row_of_headings_itemise_the_part_before_them():
    # 扶绥 (round 177, 广西): `财政资金 | 其中：中央补助 | 自治区补助 | 县级安排` in one row of
    # headings. Before, `县级安排` was no label (read as 自治区补助's value, amount_unparsed) and
    # with it known the parts were counted twice (财政拨款 624.80). Now they itemise 财政资金
    # and are kept as fields.
    tables = read(text([
        ["某县项目支出绩效目标表"], ["项目名称", "某县基本公共卫生服务项目"],
        ["项目资金（万元）", "资金总额", "财政资金", "其中：中央补助", "自治区补助", "县级安排", "其他资金"],
        ["", "312.40", "312.40", "180.00", "62.40", "70.00", "0.00"], *GRID_177,
    ]))  # fmt: skip
    (project,) = tables.projects
    assert money(tables) == (
        Decimal("312.40"), "312.40", Decimal("312.40"), "312.40", Decimal("0.00"), "0.00"
    )  # fmt: skip
    assert json.loads(project["extra_columns"]) == {
        "其中：中央补助": "180.00", "自治区补助": "62.40", "县级安排": "70.00",
    }  # fmt: skip
    assert errors(tables) == []


def test_rows_of_periods_under_headings_naming_the_parts_give_each_periods_money():
    # 叶县 (round 177, 河南): `资金构成 | 资金总额 | 中央资金 | …` over `实施期 | 2,400.00 | …` and
    # `2025年度 | 800.00 | …`. Before, the 实施期 row was kept as fields and the year's row was
    # lost without a word: no total.
    tables = read(text([
        ["某县项目支出绩效目标申报表"], ["项目名称", "某县秸秆综合利用项目"],
        ["项目资金（万元）", "资金构成", "资金总额", "中央资金", "省级资金", "县级资金", "其他资金"],
        ["", "实施期", "2,400.00", "1,500.00", "300.00", "600.00", ""],
        ["", "2025年度", "800.00", "500.00", "100.00", "200.00", ""], *GRID_177,
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"],
            project["period_amount"]) == (
        Decimal("800.00"), Decimal("800.00"), None, Decimal("2400.00"),
    )  # fmt: skip
    assert json.loads(project["extra_columns"]) == {
        "实施期/中央资金": "1,500.00", "实施期/省级资金": "300.00", "实施期/县级资金": "600.00",
    }  # fmt: skip
    assert errors(tables) == []


def test_a_cost_blocks_label_right_of_the_money_blocks_merged_label_opens_the_cost_block():
    # 君山 (round 177, 岳阳's form in a PDF): `| 支出明细预算（万元） | 项 目 | 上年度安排资金 | …`,
    # the 项目资金情况 label merged down beside it. Before, the costs stayed in the money block:
    # `4、其他` read as 其他资金 (other_funds 15, silent) and false amount_unparsed errors.
    tables = read(text([
        ["项目支出预算绩效目标申报表"], ["项目基本情况", "项目名称", "某区稻虾综合种养示范基地建设项目"],
        ["项目资金情况", "项目资金申请（万元）", "项 目", "上年度安排资金", "本年度申请资金"],
        ["", "", "合 计", "180", "260"], ["", "", "区级资金", "120", "160"],
        ["", "", "省级资金", "", "100"],
        ["", "支出明细预算（万元）", "项 目", "上年度安排资金", "本年度申请资金", "测算依据及说明"],
        ["", "", "合 计", "180", "260", ""],
        ["", "", "1、基地田间工程改造补助", "165", "245", "按面积测算"],
        ["", "", "4、其他", "15", "15", "验收、监测等"], *GRID_177,
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"]) == (
        Decimal("260"), Decimal("260"), None,
    )  # fmt: skip
    assert json.loads(project["extra_columns"])["4、其他/本年度申请资金"] == "15"
    assert errors(tables) == []


def test_the_years_request_whose_parts_miss_its_total_is_reported_once():
    # A form's money under `上年度预算安排 | 上年度实际执行 | 本年度申请金额`: its parts are the
    # project's, checked against its total; the fund rows they come from are not checked again.
    tables = read(text([
        ["某县部门预算项目支出绩效目标申报表"], ["项目名称", "某县农田设施管护项目"],
        ["项目资金情况", "项目", "上年度预算安排", "上年度实际执行", "本年度申请金额"],
        ["", "合计", "260.00", "254.30", "318.00"],
        ["", "财政拨款", "——", "——", "300.00"],
        ["绩效指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划水平"],
        ["", "数量指标", "管护高标准农田面积", "4.2万亩", "≥4.5万亩"],
    ]))  # fmt: skip
    assert money(tables) == (
        Decimal("318.00"), "318.00", Decimal("300.00"), "300.00", None, None
    )  # fmt: skip
    assert errors(tables) == [
        (
            "amount_row_mismatch",
            4,
            "总计 318.00 ≠ 财政拨款 + 财政专户拨款 + 其他资金 = 300.00 (万元)",
        ),
    ]
