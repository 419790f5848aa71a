"""Templates' own wording, read by the whole per-file pipeline (held-out round 81): a county's
form printing its title again over each of its 长期 and 年度 indicator tables, a city's form
heading them 总目标绩效指标 and 本年度绩效指标 with notes inside its level names, and a 一级
column naming 服务对象满意度指标 over a 二级 of 具体指标."""

import json
from decimal import Decimal

import docx
import pytest

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.rows import THRESHOLD_COLUMNS
from tests.layout_expectations import FIXTURES
from tests.test_layouts_text import read, text
from tests.test_read_docx import add_filled_table, saved

HEAD = [["某县财政支出项目绩效目标申报表"], ["项目名称", "某县红枣提质增效项目"],
        ["项目资金申请（万元）", "资金总额：", "420.00", "财政拨款：", "380.00", "其他：", "40.00"]]  # fmt: skip
LABELS = ["一级指标", "二级指标", "指标内容", "指标值", "备注"]


def indicators(tables) -> list[tuple]:
    return [(i["level1_name"], i["level2_name"], i["indicator_name"], i["period_target"],
             i["annual_target"]) for i in tables.indicators]  # fmt: skip


def test_a_title_printed_again_over_each_indicator_table_goes_on_with_the_form():
    # 吴堡: before, the form's head was set aside as no performance table and each indicator
    # table read as a project of no name and no money.
    def block(scope: str, area: str, satisfaction: str) -> list[list[str]]:
        return [["某县财政支出项目绩效目标申报表"], [scope], LABELS,
                ["产出指标", "数量指标", "低产园改造面积", area, "计划标准"],
                ["效益指标", "环境效益指标", "化学农药使用量", "逐年减少", ""],
                ["服务对象满意度指标", "具体指标", "枣农满意度", satisfaction, ""],
                ["", "……", "", "", ""]]  # fmt: skip

    tables = read(text([*HEAD, *block("长期绩效指标", "≥10000亩", "≥92%"),
                        *block("年度绩效指标", "≥3000亩", "≥90%"), ["其他说明的问题", "无"]]))  # fmt: skip
    (project,) = tables.projects
    assert (project["project_name"], project["total_amount"]) == (
        "某县红枣提质增效项目", Decimal("420.00"),
    )  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "低产园改造面积", "≥10000亩", "≥3000亩"),
        ("效益指标", "生态效益指标", "化学农药使用量", "逐年减少", "逐年减少"),
        ("满意度指标", None, "枣农满意度", "≥92%", "≥90%"),
    ]


def test_separate_scope_tables_join_indicators_whose_levels_name_one_category():
    # 汝州: the 长期 table's 一级 `产出（工作量）指标（…）`, the 年度 table's `产出指标（…）`;
    # before, 总目标绩效指标 named no scope and the levels as written kept the rows apart.
    rows = [*HEAD,
            ["总目标绩效指标", "一级指标", "二级指标", "指标内容", "指标值"],
            ["", "产出（工作量）指标（数量、质量、成本方面的指标）", "数量指标", "维修养护工程", "≥350处"],
            ["", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥92%"],
            ["本年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值"],
            ["", "产出指标（数量、质量、成本方面的指标）", "数量指标", "维修养护工程", "≥120处"],
            ["", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"]]  # fmt: skip
    tables = read(text(rows))
    assert indicators(tables) == [
        ("产出指标", "数量指标", "维修养护工程", "≥350处", "≥120处"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥92%", "≥90%"),
    ]


def test_a_self_evaluations_heading_down_the_side_and_its_level_label_wrapped_are_labels():
    # 桐城 (held-out round 74s): `年度绩效指标完成情况` heads the indicators down the side, and
    # `一级` is wrapped over `指标` on a row of its own. Before, the heading was read as the
    # actuals' column (every actual lost into extra_columns) and `指标` as an indicator.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "某市茶叶产业提质增效项目"],
        ["年度绩效指标完成情况", "一级", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
         "得分", "偏差原因分析及改进措施"],
        ["", "指标"],
        ["", "产出指标（50分）", "数量指标", "标准化生产基地面积", "≥1500亩", "1560亩", "50", "50"],
        ["", "满意度指标（50分）", "服务对象满意度指标", "服务对象满意度", "90%", "96%", "50", "50"],
        ["总分", "", "", "", "", "", "100", "100"],
        ["偏差大或目标未完成原因分析", "无"],
    ]))  # fmt: skip
    assert [(i["level1_name"], i["indicator_name"], i["annual_target"], i["actual_value"],
             i["score"]) for i in tables.indicators] == [
        ("产出指标", "标准化生产基地面积", "≥1500亩", "1560亩", 50.0),
        ("满意度指标", "服务对象满意度", "90%", "96%", 50.0),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["rule"] == "column_unknown"] == []


def test_a_satisfaction_row_printing_its_only_level_in_the_level1_column_names_both():
    # 洞口 (round 82): `社会公众或服务对象满意度指标 | | 受益群众满意度`, the 二级 empty; and the
    # money in one cell each, 财政拨款's own parts in brackets after it.
    tables = read(text([
        ["项目绩效目标表（2025年度）"], ["项目名称", "某县农村饮水工程"],
        ["年度资金总额及构成", "总额", "650万元",
         "财政拨款：600万元（其中：上级财政资金：450万元；本级财政：150万元）", "三、其他：30万元"],
        LABELS,
        ["产出指标", "数量指标", "维修改造供水工程处数", "≥22处", ""],
        ["社会公众或服务对象满意度指标", "", "受益群众满意度", "≥92%", ""],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"]) == (
        Decimal("650"), Decimal("600"), Decimal("30"),
    )  # fmt: skip
    assert [(i["level1_name"], i["level2_name"], i["level2_code"]) for i in tables.indicators] == [
        ("产出指标", "数量指标", "11"), ("满意度指标", "服务对象满意度指标", "31"),
    ]  # fmt: skip
    # Before, the bracketed parts were added too: 总计 650.00 ≠ 1,230.00.
    assert [f["message"] for f in tables.findings if f["rule"] == "amount_row_mismatch"] == [
        "总计 650.00 ≠ 财政拨款 + 财政专户拨款 + 其他资金 = 630.00 (万元)"
    ]


def test_a_department_schemes_satisfaction_level_printed_in_both_level_columns_stays_put():
    # 高州 (held-out self-evaluation round 91): `服务对象满意度 | 服务对象满意度 | 办事群众满意度`,
    # the department-wide scheme's 一级 over its one 二级, the 三级's label merged across two
    # columns, a reasons column last. Before, the row was read as shifted left: the name was 服务对象满意度, the target
    # none, the actual ≥90%, the weight 95.6.
    tables = read(text([
        ["部门整体支出绩效自评表"], ["部门名称", "", "", "某市人力资源和社会保障局"],
        ["一级指标", "二级指标", "三级指标", "", "年度指标值（A）", "实际完成值（B）", "分值", "得分",
         "偏差原因分析及改进措施"],
        ["履职效能", "重点工作履行情况", "城镇新增就业人数", "", "≥6000人", "6482人", "90", "90", ""],
        ["服务对象满意度", "服务对象满意度", "办事群众满意度", "", "≥90%", "95.6%", "10", "10", ""],
        ["总分", "", "", "", "", "", "100", "100", ""],
    ]))  # fmt: skip
    assert [(i["level1_raw"], i["level2_raw"], i["indicator_name"], i["annual_target"],
             i["actual_value"], i["weight"], i["score"]) for i in tables.indicators] == [
        ("履职效能", "重点工作履行情况", "城镇新增就业人数", "≥6000人", "6482人", 90.0, 90.0),
        ("服务对象满意度", "服务对象满意度", "办事群众满意度", "≥90%", "95.6%", 10.0, 10.0),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize(
    "figures", [["186.00", "160.00", "", "26.00"], ["186.00", "", "160.00", "26.00"]]
)
def test_of_which_alone_over_a_figure_is_the_part_right_of_it_spanning_both_columns(figures):
    # 靖江 (round 87), a system page: `其中：` in a cell of its own before 财政拨款's label, the
    # fiscal figure under either. Before, `其中：` was read as the total's value (amount_unparsed)
    # and no money at all.
    tables = read(text([
        ["项目支出绩效目标表"], ["项目名称", "免疫规划冷链设备更新"],
        ["年度资金总额（万元）", "其中：", "财政拨款（万元）", "其他资金（万元）"], figures,
        LABELS, ["产出指标", "数量指标", "更新疫苗冷藏设备", "≥16台", ""],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"]) == (
        Decimal("186.00"), Decimal("160.00"), Decimal("26.00"),
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize(
    ("change", "after", "reason"),
    [("调整预算数", "调整后预算数", "原因"), ("年中调整数", "全年预算数", "调整说明")],
)
def test_the_budgets_change_beside_the_budget_after_it_is_a_field(change, after, reason):
    # 宁远 and 新野 (held-out self-evaluation round 92): the year's change beside the budget
    # after it. Before, `调整预算数` (-180) was read as the adjusted budget and the total, with
    # false execution_rate_mismatch errors, and `年中调整数 | 调整说明` made the block unread.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "农村公路安全生命防护工程"],
        ["项目资金（万元）", "", "年初预算数", change, after, "全年执行数", "分值", "执行率", "得分",
         reason],
        ["", "年度资金总额", "1200", "-180", "1020", "998.40", "10", "97.88%", "9.79", "年中调减"],
        ["", "其中：财政拨款", "1200", "-180", "1020", "998.40", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "安防工程里程", "≥120公里", "126公里", "90", "90"],
        ["合计", "", "", "", "", "100", "99.79"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["budget_initial"], project["budget_adjusted"],
            project["budget_executed"], project["execution_score"]) == (
        Decimal("1020"), Decimal("1200"), Decimal("1020"), Decimal("998.40"), 9.79,
    )  # fmt: skip
    assert json.loads(project["extra_columns"]) == {
        f"年度资金总额/{change}": "-180", f"年度资金总额/{reason}": "年中调减",
        f"其中：财政拨款/{change}": "-180",
    }  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_departments_money_by_income_then_by_spending_and_its_goal_after_its_tasks():
    # 邵武 and 湖口 (round 110): `按收入性质分` headings over their figures, then `按支出性质分`
    # headings over theirs; the department's goal (`年度部门整体绩效目标`) after its tasks.
    # Before, 基本支出 and 项目支出 were summed into 财政拨款 (a false amount_row_mismatch) and
    # the goal was read as one more task, silently.
    tables = read(text([
        ["部门整体支出绩效目标申报表"], ["单位：万元"], ["部门（单位）名称", "", "", "邵武市水利局"],
        ["年度预算申请（万元）", "按收入性质分", "", "资金总额", "一般公共预算拨款", "政府性基金拨款", "其他资金"],
        ["", "", "", "4,318.72", "3,918.72", "320.00", "80.00"],
        ["", "按支出性质分", "", "资金总额", "基本支出", "项目支出", ""],
        ["", "", "", "4,318.72", "986.52", "3,332.20", ""],
        ["年度主要任务", "任务名称", "", "", "主要内容", "", "预算金额（万元）"],
        ["", "水利工程运行管护", "", "", "落实小型水库日常巡查", "", "4,318.72"],
        ["年度部门整体绩效目标", "保障126座水利工程安全运行"],
        LABELS, ["产出指标", "数量指标", "水利工程巡查覆盖率", "100%", ""],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"],
            project["performance_goal"]) == (
        Decimal("4318.72"), Decimal("4238.72"), Decimal("80.00"), "保障126座水利工程安全运行",
    )  # fmt: skip
    assert {key: value for key, value in json.loads(project["extra_columns"]).items()
            if key in ("基本支出", "项目支出")} == {"基本支出": "986.52", "项目支出": "3,332.20"}  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_total_row_whose_label_spans_the_levels_reads_its_points_and_score_in_order():
    # 博白 (held-out self-evaluation round 94): 分值 before 年度指标值, the 总分 label merged across
    # the levels and a PDF giving no cells of the columns it spans (`总分 | 100 | | 99.88`).
    # Before, the score total was read as the weights' total (false weights_total_mismatch).
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "蕹菜标准化种植基地建设"],
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "原因"],
        ["产出指标", "数量指标", "蕹菜标准化种植基地", "60", "≥300亩", "310亩", "60", ""],
        ["满意度指标", "服务对象满意度指标", "受益脱贫户满意度", "40", "≥90%", "89%", "39.88", ""],
        ["总分", "100", "", "99.88", ""],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["weight_total_raw"], project["score_total_raw"]) == ("100", "99.88")
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_the_parts_of_a_projects_whole_money_beside_the_years_are_kept_as_its_fields():
    # 洛宁 (round 107): `项目资金总额 | 其中：财政资金` above the year's money. Before, the whole
    # money's part was in no output row and no finding.
    tables = read(text([
        ["财政项目支出绩效目标申报表"], ["项目名称", "洛宁县城区道路提升改造项目"],
        ["项目资金总额", "1,260.00"], ["其中：财政资金", "1,200.00"],
        ["年度资金申请总额", "524.00"], ["其中：当年财政拨款", "480.00"], ["上年结转资金", "44.00"],
        LABELS, ["产出指标", "数量指标", "提升改造道路里程", "≥12公里", ""],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["period_amount"], project["fiscal_appropriation"],
            project["other_funds"]) == (
        Decimal("524.00"), Decimal("1260.00"), Decimal("480.00"), Decimal("44.00"),
    )  # fmt: skip
    assert json.loads(project["extra_columns"]) == {"项目资金总额/其中：财政资金": "1,200.00"}


def test_local_matching_funds_in_a_money_block_are_a_fiscal_part():
    # 开江 (held-out self-evaluation round 92): `其中：中央补助 | 地方配套` under the total. Before,
    # 地方配套 was an unknown label and the total a false amount_row_mismatch.
    tables = read(text([
        ["项目支出绩效目标表"], ["项目名称", "基本公共卫生服务项目"],
        ["项目资金（万元）", "年度资金总额", "560.00"], ["", "其中：中央补助", "420.00"],
        ["", "地方配套", "140.00"],
        LABELS, ["产出指标", "数量指标", "建立居民健康档案", "≥90%", ""],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"]) == (
        Decimal("560.00"), Decimal("560.00"),
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_the_years_budget_label_over_its_own_total_label_heads_the_money_block():
    # 坪山 (round 108): `本年度预算（万元） | 本年度预算合计 | 720.00` over its parts. Before,
    # the total's label was read as the first label's value (amount_unparsed, an error).
    tables = read(text([
        ["项目支出绩效目标表"], ["项目名称", "坪山区生活垃圾分类督导服务项目"],
        ["本年度预算（万元）", "本年度预算合计", "720.00"],
        ["", "其中：区级财政资金", "700.00"], ["", "其他资金", "20.00"],
        LABELS, ["产出指标", "数量指标", "督导覆盖小区数", "≥420个", ""],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"]) == (
        Decimal("720.00"), Decimal("700.00"), Decimal("20.00"),
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_lists_money_columns_under_one_heading_are_its_projects_money():
    # 邹城 (round 82): `项目资金申报计划` over `资金总额 | 申请市财政资金 | 项目用款单位自筹`, a
    # goal column `阶段性目标`. Before, the totals were lost and every figure was row_unparsed.
    tables = read(text([
        ["某市住房和城乡建设局2025年项目支出绩效目标表"], ["单位：万元"],
        ["序号", "项目名称", "项目资金申报计划", "", "", "阶段性目标", "一级指标", "二级指标",
         "三级指标", "指标值"],
        ["", "", "资金总额", "申请市财政资金", "项目用款单位自筹"],
        ["1", "某市背街小巷改造项目", "860.00", "800.00", "60.00", "完成18条背街小巷改造。", "产出指标",
         "数量指标", "改造背街小巷条数", "≥18条"],
        ["", "", "", "", "", "", "满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"],
    ]))  # fmt: skip
    assert [(p["project_name"], p["total_amount"], p["fiscal_appropriation"], p["other_funds"],
             p["performance_goal"]) for p in tables.projects] == [
        ("某市背街小巷改造项目", Decimal("860.00"), Decimal("800.00"), Decimal("60.00"),
         "完成18条背街小巷改造。"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_trees_word_of_both_levels_over_a_second_level_of_its_own_is_the_first_level():
    # 乳山 (round 82): the levels as rows of the names' column, `成本指标` over `经济成本指标`.
    tables = read(text([
        ["某市2025年部门整体支出绩效目标表"], ["部门名称", "某市市场监督管理局"],
        ["指标名称", "计算符号", "指标值", "计量单位"],
        ["产出指标"], ["时效指标"], ["投诉举报处理时限", "≤", "7", "个工作日"],
        ["成本指标"], ["经济成本指标"], ["\"三公\"经费变动率", "≤", "0", "%"],
    ]))  # fmt: skip
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"]) for i in tables.indicators] == [
        ("产出指标", "时效指标", "投诉举报处理时限"),
        ("成本指标", "经济成本指标", "\"三公\"经费变动率"),
    ]  # fmt: skip


def test_last_years_level_beside_the_years_plan_is_no_target():
    # 林甸 (round 82, 大庆's form): `上年度实际水平 | 本年度计划水平`, money cells `——` where a
    # source printed none, and `项目实施效益` under the indicators. Before, no target was read.
    tables = read(text([
        ["某县部门预算项目支出绩效目标申报表"], ["项目名称", "某县农田设施管护项目"],
        ["项目资金情况", "项目", "上年度预算安排", "上年度实际执行", "本年度申请金额"],
        ["", "合计", "260.00", "254.30", "318.00"],
        ["", "财政拨款", "——", "——", "300.00"],
        ["", "其他资金", "——", "——", "18.00"],
        ["绩效指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划水平", "指标内容/计算公式"],
        ["", "数量指标", "管护高标准农田面积", "4.2万亩", "≥4.5万亩", "纳入管护范围的面积"],
        ["", "服务对象满意度指标", "受益农户满意度", "93%", "≥95%", "抽样调查"],
        ["项目实施效益", "", "保障高标准农田设施正常运行。"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["period_target"])
            for i in tables.indicators] == [
        ("管护高标准农田面积", "≥4.5万亩", None), ("受益农户满意度", "≥95%", None),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["rule"] == "amount_unparsed"] == []


def test_daqing_form_last_years_money_beside_the_years_and_its_groups_as_levels():
    # 肇州 (round 175, 大庆's form): `资金来源 | 项目 | 上年度预算安排 | 上年度实际执行 | 本年度申请金额`
    # over the fund rows; `指标名称` over `二级指标 | 三级指标`, 三级指标 merged across two columns;
    # the 二级 column holding the groups `目标完成程度` and `项目实施效益`. Before, the total and
    # every target were lost (row_unparsed), and the 项目实施效益 rows read as sign-off lines.
    tables = read(text([
        ["某县部门预算项目支出绩效目标申报表"], ["项目基本情况", "项目名称", "某县动物疫病强制免疫项目"],
        ["项目资金情况", "资金来源（万元）", "项目", "", "上年度预算安排", "上年度实际执行", "本年度申请金额"],
        ["", "", "合计", "", "172.00", "168.35", "186.40"],
        ["", "", "财政拨款", "", "172.00", "168.35", "150.00"],
        ["", "", "财政专户拨款", "", "0.00", "0.00", "0.00"],
        ["", "", "上年结转", "", "——", "——", "36.40"],
        ["", "", "事业基金弥补差额", "", "0.00", "0.00", "0.00"],
        ["绩效指标", "指标名称", "", "", "上年度实际水平", "本年度计划水平", "指标内容/计算公式"],
        ["", "二级指标", "三级指标", "", "", "", ""],
        ["", "目标完成程度", "猪口蹄疫强制免疫数量", "", "41.2万头", "≥42万头", "实际免疫头数"],
        ["", "", "群体免疫密度", "", "93%", "≥90%", "实际免疫数量/应免数量×100%"],
        ["", "项目实施效益", "重大动物疫情发生次数", "", "0次", "0次", "全年区域性重大动物疫情次数"],
        ["", "", "养殖场户满意度", "", "92%", "≥90%", "抽样调查"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["total_amount_raw"], project["fiscal_appropriation"],
            project["other_funds"]) == (Decimal("186.40"), "186.40", Decimal("150.00"),
                                        Decimal("36.40"))  # fmt: skip
    assert json.loads(project["extra_columns"]) == {
        "合计/上年度预算安排": "172.00", "合计/上年度实际执行": "168.35",
        "财政拨款/上年度预算安排": "172.00", "财政拨款/上年度实际执行": "168.35",
        "财政专户拨款/上年度预算安排": "0.00", "财政专户拨款/上年度实际执行": "0.00",
        "上年结转/上年度预算安排": "——", "上年结转/上年度实际执行": "——",
        "事业基金弥补差额/上年度预算安排": "0.00", "事业基金弥补差额/上年度实际执行": "0.00",
    }  # fmt: skip
    assert [(i["level1_raw"], i["level1_name"], i["level2_raw"], i["indicator_name"],
             i["annual_target"], i["period_target"], i["standard"], i["extra_columns"])
            for i in tables.indicators] == [
        ("目标完成程度", None, None, "猪口蹄疫强制免疫数量", "≥42万头", None, "实际免疫头数",
         '{"上年度实际水平": "41.2万头"}'),
        ("目标完成程度", None, None, "群体免疫密度", "≥90%", None, "实际免疫数量/应免数量×100%",
         '{"上年度实际水平": "93%"}'),
        ("项目实施效益", "效益指标", None, "重大动物疫情发生次数", "0次", None,
         "全年区域性重大动物疫情次数", '{"上年度实际水平": "0次"}'),
        ("项目实施效益", "效益指标", None, "养殖场户满意度", "≥90%", None, "抽样调查",
         '{"上年度实际水平": "92%"}'),
    ]  # fmt: skip
    assert [(f["rule"], f["source_line"]) for f in tables.findings if f["severity"] != "info"] == [
        ("category_unknown", 11), ("category_unknown", 12),
    ]  # fmt: skip


def test_a_fanben_forms_names_label_over_its_second_levels_and_names_is_both_columns():
    # 乡宁 (round 175, a 范本 form): `评价内容 | 绩效内容 | 参考标准 | 绩效目标值`, 绩效内容 merged
    # over the 二级 (`时效目标`) and the names, the header a cell narrower than its rows (a PDF's
    # merged cell is one cell); last year's budget beside the name. Before, the file was refused
    # (no layout), and with these labels known, the 二级 read as the names.
    tables = read(text([
        ["财政支出项目绩效目标申报表"], ["单位代码", "128001", "单位名称", "某县卫生健康和体育局"],
        ["项目名称", "某县基本公共卫生服务项目", "是否新增", "是□ 否√"],
        ["上年度预算安排资金(万元)", "396.00", "项目类型", "社会发展性项目√"],
        ["项目资金申请(万元)", "资金总额：", "412.50", "财政拨款：", "398.50", "其他：", "14.00"],
        ["项目年度绩效目标(定量目标)", "评价内容", "绩效内容", "参考标准", "绩效目标值"],
        ["", "投入", "时效目标", "资金拨付完成时间", "按季度预拨", "2024年12月20日前"],
        ["", "产出", "数量目标", "老年人健康管理人数", "上年10326人", "≥10500人"],
        ["", "", "", "高血压患者规范管理人数", "上年7410人", "≥7500人"],
        ["", "效益", "社会效益目标", "疫苗接种率", "国家标准≥90%", "≥95%"],
        ["单位已有的(或拟订的)保证项目实施的制度、措施", "严格执行项目资金管理办法。"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"]) == (
        Decimal("412.50"), Decimal("398.50"), Decimal("14.00"),
    )  # fmt: skip
    assert json.loads(project["extra_columns"])["上年度预算安排资金(万元)"] == "396.00"
    assert [(i["level1_raw"], i["level1_name"], i["level2_name"], i["indicator_name"],
             i["annual_target"], i["standard"]) for i in tables.indicators] == [
        ("投入", None, "时效指标", "资金拨付完成时间", "2024年12月20日前", "按季度预拨"),
        ("产出", "产出指标", "数量指标", "老年人健康管理人数", "≥10500人", "上年10326人"),
        ("产出", "产出指标", "数量指标", "高血压患者规范管理人数", "≥7500人", "上年7410人"),
        ("效益", "效益指标", "社会效益指标", "疫苗接种率", "≥95%", "国家标准≥90%"),
    ]  # fmt: skip
    assert [(f["rule"], f["evidence"]) for f in tables.findings if f["rule"] == "table_note"] == [
        ("table_note", "单位已有的(或拟订的)保证项目实施的制度、措施"),
        ("table_note", "严格执行项目资金管理办法。"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_opinions_signed_under_a_form_its_cells_joined_by_spaces_are_notes_no_indicators():
    # 桦甸 (round 175, a city form) with its cells joined by spaces: `第三方机构审核意见 /` and
    # `市财政局审核意见 业务科室审核人： …` under the indicators were read as two indicators of the
    # last 二级, and `填报人及联系电话：…` before a cell of its own as a third.
    tables = read(text([
        ["项目支出绩效目标申报表"], ["项目名称", "某市村卫生室能力提升项目"],
        ["项目预算(万元)", "资金总额", "145.00"],
        ["本年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
        ["", "产出指标", "数量指标", "标准化建设村卫生室数量", "≥15个"],
        ["", "满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
        ["第三方机构审核意见 /"],
        ["市财政局审核意见 业务科室审核人： 日期："],
        ["填报人及联系电话：赵** 0432-66*****", "", "", "", "", "", "填报日期：2025年10月15日"],
    ]))  # fmt: skip
    assert [i["indicator_name"] for i in tables.indicators] == [
        "标准化建设村卫生室数量",
        "村民满意度",
    ]
    assert [(f["source_line"], f["evidence"]) for f in tables.findings
            if f["rule"] == "table_note"] == [
        (7, "第三方机构审核意见 /"), (8, "市财政局审核意见 业务科室审核人： 日期："),
        (9, "填报人及联系电话：赵** 0432-66*****"), (9, "填报日期：2025年10月15日"),
    ]  # fmt: skip


def test_jinings_unit_spending_the_money_period_and_stage_goal_are_their_fields():
    # 平阴 (round 176, 济宁's form): `项目用款单位`, `项目周期` and `阶段性目标（2025年）` were
    # unknown labels: the first two kept as fields, the unit and the period left empty, and
    # the third read into the goal it heads.
    tables = read(text([
        ["某县财政支出项目绩效目标申报表"], ["项目名称", "某县玫瑰产业提质增效项目"],
        ["主管部门", "某县农业农村局", "项目用款单位", "某县玫瑰产业发展中心"],
        ["项目类型", "延续性项目", "项目周期", "2025年—2027年"],
        ["项目资金（万元）", "资金总额", "420.00"],
        ["绩效目标", "总目标", "2025—2027年新建玫瑰标准化种植基地4500亩。"],
        ["", "阶段性目标（2025年）", "2025年新建玫瑰标准化种植基地1500亩。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建玫瑰标准化种植基地", "≥1500亩"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert {key: project[key] for key in ("implementing_unit", "period_start", "period_end",
                                          "period_goal", "performance_goal", "extra_columns")} == {
        "implementing_unit": "某县玫瑰产业发展中心", "period_start": "2025年", "period_end": "2027年",
        "period_goal": "2025—2027年新建玫瑰标准化种植基地4500亩。",
        "performance_goal": "2025年新建玫瑰标准化种植基地1500亩。",
        "extra_columns": '{"项目类型": "延续性项目"}',
    }  # fmt: skip


# 济宁's `项目资金申报计划`, one row a year and their total (平阴, round 176).
YEARS_APART = [
    ["某县财政支出项目绩效目标申报表"], ["项目名称", "某县玫瑰产业提质增效项目"],
    ["项目资金申报计划（万元）", "年度", "资金总额", "申请县财政资金", "项目用款单位自筹", "其他"],
    ["", "2025年", "420.00", "380.00", "40.00", "0.00"],
    ["", "2026年", "360.00", "330.00", "30.00", "0.00"],
    ["", "2027年", "", "", "", ""],
    ["", "合计", "780.00", "710.00", "70.00", "0.00"],
    ["绩效目标", "2025年新建玫瑰标准化种植基地1500亩。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "新建玫瑰标准化种植基地", "≥1500亩"],
]  # fmt: skip
YEARS_APART_MONEY = ("total_amount", "fiscal_appropriation", "other_funds", "other_funds_raw",
                     "period_amount", "extra_columns")  # fmt: skip


def test_money_printed_a_row_a_year_gives_the_tables_year_and_the_periods_total():
    # Before, the later years' rows were read as more 其他 figures and pairs of fields
    # (`"2026年": "2027年"`), with false amount_row_mismatch and amount_unparsed errors.
    tables = process_file("t.txt", text(YEARS_APART), Source(fiscal_year=2025))
    (project,) = tables.projects
    assert {key: project[key] for key in YEARS_APART_MONEY} == {
        "total_amount": Decimal("420.00"), "fiscal_appropriation": Decimal("380.00"),
        "other_funds": Decimal("40.00"), "other_funds_raw": "40.00 + 0.00",
        "period_amount": Decimal("780.00"),
        "extra_columns": json.dumps({
            "其他/2026年": "0.00", "申请县财政资金/2026年": "330.00", "资金总额/2026年": "360.00",
            "资金总额/其他": "0.00", "资金总额/申请县财政资金": "710.00",
            "资金总额/项目用款单位自筹": "70.00", "项目用款单位自筹/2026年": "30.00",
        }, ensure_ascii=False),
    }  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize(
    ("source", "which"),
    [(Source(), "the table states no year of its own"),
     (Source(fiscal_year=2024), "none is the table’s 2024")],
)  # fmt: skip
def test_money_printed_a_row_a_year_none_the_tables_gives_no_years_money(source, which):
    tables = process_file("t.txt", text(YEARS_APART), source)
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["period_amount"]) == (
        None, None, Decimal("780.00"))  # fmt: skip
    assert json.loads(project["extra_columns"])["资金总额/2025年"] == "420.00"
    assert [(f["severity"], f["rule"], f["source_line"], f["message"]) for f in tables.findings
            if f["severity"] != "info"] == [
        ("warning", "amount_year_unmatched", 3, "the money block prints a row a year (2025年、2026年、"
         f"2027年) and {which}: no figure is read as the year's money (they are kept in "
         "projects.extra_columns); check the file's fiscal_year in data/raw/sources.csv"),
    ]  # fmt: skip


def test_labels_marked_required_after_their_words_are_known():
    # 陵水 (round 177, 海南's form): `一级指标* | … | 绩效指标值* | 权重* | 指标方向性*`. The marks
    # were dropped before a label only: the form was no performance table, the page refused.
    tables = read(text([
        ["项目绩效目标表"], ["项目名称", "某县会展业发展专项资金"],
        ["主管部门：", "某县商务局", "资金总额：", "320.00"],
        ["一级指标*", "二级指标*", "三级指标*", "绩效指标性质*", "绩效指标值*", "绩效度量单位", "权重*",
         "指标方向性*"],
        ["产出指标", "数量指标", "举办会展活动场次", "≥", "12", "场", "15%", "正向指标"],
    ]))  # fmt: skip
    assert tables.projects[0]["total_amount"] == Decimal("320.00")
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"],
             i["weight"], i["direction"]) for i in tables.indicators] == [
        ("产出指标", "数量指标", "举办会展活动场次", "≥12场", 15.0, "正向指标"),
    ]  # fmt: skip


def test_a_column_of_second_levels_under_a_label_of_no_level_is_the_second_level():
    # 六枝 (round 75s, 贵州): `指标类型` holds the 二级, `指标执行值` the actual. Before, the
    # levels were lost into extra_columns and every actual with them.
    tables = read(text([
        ["某县2023年茶产业提质增效项目绩效自评表"], ["项目名称", "某县茶产业提质增效项目"],
        ["资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["年度资金总额", "900.00", "960.00", "945.60", "98.50%"],
        ["指标类型", "指标名称", "指标值", "指标执行值", "指标未完成原因和改进措施"],
        ["数量指标", "新建高标准茶园", "≥3000亩", "3120亩", ""],
        ["经济效益指标", "茶叶综合产值", "≥6.5亿元", "6.1亿元", "受春茶期低温影响产量下降。"],
        ["服务对象满意度指标", "茶农满意度", "≥90%", "94%", ""],
    ]))  # fmt: skip
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["actual_value"],
             i["deviation_reason"]) for i in tables.indicators] == [
        (None, "数量指标", "新建高标准茶园", "3120亩", None),
        (None, "经济效益指标", "茶叶综合产值", "6.1亿元", "受春茶期低温影响产量下降。"),
        (None, "服务对象满意度指标", "茶农满意度", "94%", None),
    ]  # fmt: skip


def test_an_integrated_systems_whole_period_and_years_indicators_under_their_section_rows():
    # 普安 (round 83, 贵州's 一体化 form): `绩效指标 | 总体绩效指标` over the 2025–2027 targets,
    # `绩效指标 | 年度绩效指标` over the year's. Before, both read as the year's.
    def section(scope: str, area: str) -> list[list[str]]:
        return [["绩效指标", scope],
                ["一级指标", "二级指标", "指标名称", "计算符号", "指标值", "计量单位"],
                ["产出指标", "数量指标", "新建标准化茶园面积", "≥", area, "亩"]]  # fmt: skip

    tables = read(text([["某县2025年转移支付项目绩效目标表"], ["项目名称", "某县茶产业提质增效"],
                        *section("总体绩效指标", "3000"), *section("年度绩效指标", "1000")]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "新建标准化茶园面积", "≥3000亩", "≥1000亩")
    ]


def test_the_years_money_beside_the_projects_whole_money_is_the_total():
    # 嵊泗 (round 83, 浙江): `项目资金总额` (the project's two years) over `年度资金申请总额`.
    tables = read(text([
        ["财政项目支出绩效目标申报表"], ["项目名称", "某县供水管网改造工程"],
        ["项目资金总额", "1,500.00"], ["其中：财政资金", "1,500.00"],
        ["年度资金申请总额", "680.00"], ["其中：当年财政拨款", "600.00"], ["上年结转资金", "80.00"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "主管网改造长度", "≥16公里"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"]) == (
        Decimal("680.00"), Decimal("600.00"),
    )  # fmt: skip


def test_an_import_workbooks_level_labels_name_the_levels():
    # 马边 (round 83, 四川's 增发国债 import sheet): `一级绩效指标名称 | *二级绩效指标 |
    # *三级绩效指标名称`. Before, the 一级 column was read as the names': a phantom indicator
    # named 产出指标 beside each row.
    tables = read(text([
        ["*具体项目名称", "一级绩效指标名称", "*二级绩效指标", "*三级绩效指标名称", "*指标值"],
        ["某县防洪治理工程", "产出指标", "0101-数量指标", "新建堤防长度", "≥4.6公里"],
        ["", "满意度指标", "0301-服务对象满意度指标", "沿河群众满意度", "≥90%"],
    ]))  # fmt: skip
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == [
        ("产出指标", "数量指标", "新建堤防长度", "≥4.6公里"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ]  # fmt: skip


def test_an_evaluation_forms_reference_points_and_its_management_levels_are_read():
    # 宜川 (self-evaluation round 76, 宁夏's 部门项目支出绩效自评表): `参考分值` is the weight,
    # and `财务管理` a 二级 of 项目管理. Before, every weight was lost and the 财务管理 row read a
    # column off (its name as the weight, a false score_total_mismatch).
    tables = read(text([
        ["某县部门项目支出绩效自评表（2023年）"], ["项目名称", "某县苹果产业项目"],
        ["一级指标", "二级指标", "三级指标", "参考分值", "指标值（A）", "全年实际值（B）", "得分"],
        ["项目管理（20分）", "投入管理", "预算执行率", "10", "—", "96%", "9"],
        ["", "财务管理", "财务管理制度有效性", "10", "—", "财务制度健全", "10"],
        ["项目产出（80分）", "数量指标", "新建苹果园", "80", "≥2000亩", "2050亩", "80"],
        ["总分", "", "", "100", "", "", "99"],
    ]))  # fmt: skip
    assert [(i["level2_raw"], i["indicator_name"], i["weight"], i["actual_value"], i["score"])
            for i in tables.indicators] == [
        ("投入管理", "预算执行率", 10.0, "96%", 9.0),
        ("财务管理", "财务管理制度有效性", 10.0, "财务制度健全", 10.0),
        ("数量指标", "新建苹果园", 80.0, "2050亩", 80.0),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == []


def test_a_provincial_funds_form_names_its_second_levels_under_its_category_label():
    # 连平 (round 84, 广东's 省级专项资金 form): `指标类别 | 个性化指标 | 上年度实际水平 |
    # 本年度计划完成水平`, the categories 二级 names; money as 投资总额 and 筹资方案. Before, the
    # file failed (file_unreadable).
    tables = read(text([
        ["某县2025年省级专项资金项目绩效目标表"], ["项目名称", "某县技工学校实训基地设备购置项目"],
        ["投资总额（万元）", "180"], ["筹资方案（万元）", "已落实资金", "30"], ["", "申报省级资金", "150"],
        ["预期效果", "预期社会经济效益", "指标类别", "个性化指标", "上年度实际水平", "本年度计划完成水平"],
        ["", "", "经济效益", "实训设备利用率", "62%", "≥85%"],
        ["", "", "社会效益", "年培训学员人次", "1200人次", "≥1500人次"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert project["total_amount"] == Decimal("180")
    assert [(i["level2_name"], i["indicator_name"], i["annual_target"], i["period_target"])
            for i in tables.indicators] == [
        ("经济效益指标", "实训设备利用率", "≥85%", None),
        ("社会效益指标", "年培训学员人次", "≥1500人次", None),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == []


def test_names_and_targets_in_one_cell_under_levels_named_by_their_goals():
    # 建瓯 (round 84, 福建's 绩效目标评审申报表): `一级指标 | 二级指标 | 绩效目标内容`, each cell
    # `name：target`, the levels 投入 / 产出 and `数量目标`. Before, layout_unsupported; and a
    # 一级 naming no category (投入) over rows printing none let the next 一级 (产出) move up.
    tables = read(text([
        ["绩效目标评审申报表"], ["项目名称", "某市农村公路日常养护项目"],
        ["九、项目年度绩效目标", "一级指标", "二级指标", "绩效目标内容"],
        ["", "投入", "时效目标", "项目总实施周期：12个月"],
        ["", "", "成本目标", "项目总投入：≤260万元"],
        ["", "产出", "数量目标", "农村公路日常养护里程：≥420公里"],
        ["", "", "", "危桥加固改造：≥3座"],
    ]))  # fmt: skip
    assert [(i["level1_raw"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == [
        ("投入", "时效指标", "项目总实施周期", "12个月"),
        ("投入", "成本指标", "项目总投入", "≤260万元"),
        ("产出", "数量指标", "农村公路日常养护里程", "≥420公里"),
        ("产出", "数量指标", "危桥加固改造", "≥3座"),
    ]  # fmt: skip


def test_a_units_label_and_its_unit_in_two_cells_are_the_tables_unit():
    # 乌审 (round 84, a workbook): `单位： | 万元` at the end of the department's row. Before,
    # currency_unit_missing.
    tables = read(text([
        ["某旗林业和草原局2025年部门整体支出绩效目标表"],
        ["部门（单位）名称", "某旗林业和草原局", "", "单位：", "万元"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "人工造林面积", "≥3.5万亩"],
    ]))  # fmt: skip
    assert tables.documents[0]["currency_unit"] == "万元"
    assert [f["rule"] for f in tables.findings if f["rule"] == "currency_unit_missing"] == []


def test_a_name_written_as_a_sentence_keeps_its_full_stop_a_numbered_items_does_not():
    # 宜丰 (round 85): `预算支出进度是否达到90%以上。` names an indicator as a sentence; 富川's
    # numbered list (round 22) ends its last item `3.新增消防栓。`, list typing. Before, every
    # name lost its full stop.
    tables = read(text([
        ["项目名称", "某县水库维修养护项目"], ["一级指标", "二级指标", "三级指标", "指标值"],
        ["过程指标", "预算执行", "预算支出进度是否达到90%以上。", "达到90%以上"],
        ["产出指标", "数量指标", "3.新增消防栓。", "8个"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["indicator_seq"]) for i in tables.indicators] == [
        ("预算支出进度是否达到90%以上。", None), ("新增消防栓", 3),
    ]  # fmt: skip


def test_a_money_blocks_weight_headed_zhibiao_quanzhong_is_its_points():
    # 西平 (self-evaluation round 77): `… | 全年执行数 | 指标权重 | 执行率 | 得分` over the money
    # rows. Before, the headings were no money block's: every measure lost, and a false
    # amount_row_mismatch (350.00 against 0.00).
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "某县小麦高产创建项目"],
        ["项目资金", "", "", "年初预算数", "全年预算数", "全年执行数", "指标权重", "执行率", "得分"],
        ["", "年度资金总额", "", "350", "350", "341.25", "10", "97.50%", "9.75"],
        ["", "其中：当年财政拨款", "", "350", "350", "341.25"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "良种推广面积", "≥30000亩", "31500亩", "90", "90"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["budget_adjusted"], project["budget_executed"], project["execution_rate"],
            project["execution_weight"], project["execution_score"]) == (
        Decimal("350"), Decimal("341.25"), 97.5, 10.0, 9.75,
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == []


def test_an_evaluation_forms_level_points_and_empty_collection_column_are_not_the_targets():
    # 农安 (held-out round 85, 吉林's form): `权重` after the 一级 and `分值` after the 二级 are
    # the levels' points, the `分值` after the target the indicator's; `指标值` under
    # 采集数据项 is left for the evaluator. Before, the target was read as the period's (the
    # empty 指标值 taken for the year's), the 一级's 权重 as the weight, and `否` joined with
    # the unit column's `是/否`.
    tables = read(text([
        ["农安县2025年某专项经费绩效目标表"],
        ["项目名称", "农安县2025年某专项经费", "", "", "", "", "项目资金（万元）", "320"],
        ["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值(标准)", "分值",
         "采集数据项", "", "指标值"],
        ["", "", "", "", "", "", "", "", "数据项1", "数据项2"],
        ["预算绩效", "20", "预算管理", "12", "项目预算资金是否被核减", "是/否", "否", "4"],
        ["项目产出", "40", "产出数量", "15", "改造农村户用卫生厕所", "户", "1200", "8"],
        ["", "", "产出质量", "10", "改厕工程验收合格率", "%", "95", "10"],
    ]))  # fmt: skip
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["period_target"],
             i["annual_target"], i["weight"]) for i in tables.indicators] == [
        (None, None, "项目预算资金是否被核减", None, "否", 4.0),
        ("产出指标", "数量指标", "改造农村户用卫生厕所", None, "1200户", 8.0),
        ("产出指标", "质量指标", "改厕工程验收合格率", None, "95%", 10.0),
    ]  # fmt: skip


def test_a_forms_only_money_its_cost_blocks_total_is_the_projects_checked_against_its_items():
    # 若羌 (held-out round 86, 鄂州's form): no 年度资金总额, only `项目预算成本构成 | 金额 |
    # 测算（公式）依据 | 2023年实际执行数` with a 合计 row. Before, the unknown heading made each
    # item a label and its figures fields, and the project had no total.
    def form(total: str) -> list[list[str]]:
        return [["某县2025年县直部门预算项目支出绩效目标表"], ["", "", "", "", "单位：万元"],
                ["项目名称", "某县红枣林病虫害绿色防控项目"], ["项目性质", "持续性项目"],
                ["项目预算成本构成", "金额", "测算（公式）依据", "2023年实际执行数", "2024年实际执行数"],
                ["生物农药采购费", "46", "依据招标文件", "40", "44"],
                ["技术服务及监测费", "16", "据实结算", "12", "15"],
                ["合计", total, "", "52", "59"],
                ["绩效目标", "减少化学农药使用。"],
                ["一级指标", "二级指标", "三级指标", "指标值"],
                ["产出指标", "数量指标", "绿色防控面积", "3.2万亩"]]  # fmt: skip

    tables = read(text(form("62")))
    (project,) = tables.projects
    assert (project["total_amount"], project["total_amount_raw"]) == (Decimal("62"), "62")
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
    wrong = read(text(form("72")))
    assert [(f["rule"], f["evidence"]) for f in wrong.findings if f["severity"] == "error"] == [
        ("subtotal_mismatch", "46 + 16 ≠ 72"),
    ]


def test_a_column_of_unknown_label_whose_bare_figures_make_full_marks_is_the_weights():
    # 双柏 (held-out round 83): each indicator's points under `指标项`. Before, they were kept
    # as an extra cell and no indicator had a weight. Figures adding up to anything else stay
    # extra cells: which they are, nothing says.
    def table(last: str):
        return read(text([
            ["某县农业农村局2025年部门整体支出绩效目标表"], ["部门（单位）名称", "某县农业农村局"],
            ["一级指标", "二级指标", "三级指标", "指标项", "各项预期指标值"],
            ["产出指标", "数量指标", "高标准农田建设面积", "40", "≥1.2万亩"],
            ["", "质量指标", "预算完成率", "30", "≥95%"],
            ["满意度指标", "服务对象满意度指标", "服务对象满意度", last, "≥90%"],
        ]))  # fmt: skip

    tables = table("30")
    assert [(i["indicator_name"], i["annual_target"], i["weight"]) for i in tables.indicators] == [
        ("高标准农田建设面积", "≥1.2万亩", 40.0),
        ("预算完成率", "≥95%", 30.0),
        ("服务对象满意度", "≥90%", 30.0),
    ]
    assert [(f["rule"], f["severity"], f["source_line"]) for f in tables.findings
            if f["rule"] == "weight_column_inferred"] == [("weight_column_inferred", "warning", 3)]  # fmt: skip
    other = table("25")
    assert [i["weight"] for i in other.indicators] == [None, None, None]
    assert [f for f in other.findings if f["rule"] == "weight_column_inferred"] == []


def test_a_lists_period_money_columns_beside_the_years_give_the_period_amount():
    # 瓦房店 (held-out round 87, a system's export): `中期资金总额 | 年度资金总额` on every row.
    # Before, the first was the total (1350 for 450), with no finding; the second was lost.
    tables = read(text([
        ["项目名称", "中期资金总额", "年度资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
        ["学生资助", "1350", "450", "产出指标", "数量指标", "资助学生人次", "≥2000人次"],
        ["学生资助", "1350", "450", "满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["period_amount"]) == (Decimal("450"), Decimal("1350"))


def test_a_forms_period_total_and_its_parts_on_one_row_are_no_years_money():
    # 长寿 (held-out round 87): `中期资金总额 | 1,260.00万元 | 其中：财政拨款 | 1,260.00万元 |
    # 其他资金 | 0.00万元`, the 年度 money in a table of its own. Before, the parts were taken
    # for the year's and the total made of them (1260 for the year); a unit column's `--`
    # was joined to its target (`显著提升--`).
    tables = read(text([
        ["项目名称", "某平台运维"],
        ["中期资金总额", "1,260.00万元", "其中：财政拨款", "1,260.00万元", "其他资金", "0.00万元"],
        ["一级指标", "二级指标", "三级指标", "指标值", "单位"],
        ["产出指标", "数量指标", "纳入监管企业户数", "≥36", "户"],
        ["效益指标", "社会效益指标", "监管数字化水平", "显著提升", "--"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["period_amount"], project["fiscal_appropriation"]) == (
        None, Decimal("1260.00"), None,
    )  # fmt: skip
    assert [(i["annual_target"], i["target_unit_raw"]) for i in tables.indicators] == [
        ("≥36户", "户"), ("显著提升", "--"),
    ]  # fmt: skip
    zero = read(text([
        ["项目名称", "某平台运维"], ["一级指标", "二级指标", "三级指标", "指标值", "单位"],
        ["效益指标", "可持续影响指标", "重大网络安全事件", "0", "--"],
    ]))  # fmt: skip
    clauses = [dict(zip(THRESHOLD_COLUMNS, t, strict=True)) for t in zero.thresholds]
    assert [(c["kind"], c["value"], c["unit"]) for c in clauses] == [("number", 0.0, None)]


def test_a_systems_self_evaluation_labels_with_stars_notes_and_a_budget_change_column():
    # 凌源 (held-out self-evaluation round 79, a 一体化 system's export): required-field stars,
    # instructions in brackets or after a space, `预算执行率%`, and the budget's change between
    # 年初预算 and 调整后的预算. Before, the actuals and scores were lost to extra columns and the
    # 年初预算 was read as the total (300 for 280), silently.
    tables = read(text([
        ["项目支出绩效自评表（2022年度）"], ["项目名称", "某市设施农业提质增效项目"],
        ["资金使用情况", "", "", "", "", "", "单位：万元"],
        ["资金来源", "年初预算", "年度预算调整", "调整后的预算", "全年执行数", "预算执行率%", "自评得分"],
        ["合计", "300", "-20", "280", "273", "90", "9"],
        ["一级指标", "二级指标", "三级指标名称", "计算符号", "指标值",
         "*实际完成值（定量填数字，定性填达成、部分达成、未达成）", "计量单位",
         "*分值 数量(20)、质量(10)、满意度(10)", "*指标得分（定量系统自动计算，定性必填）", "扣减分数"],
        ["产出指标", "数量指标", "新建改造日光温室", "≥", "120", "126", "栋", "50", "50", ""],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", "90", "95", "%", "40", "39", "1"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["budget_initial"], project["budget_adjusted"],
            project["budget_executed"], project["execution_rate_raw"]) == (
        Decimal("280"), Decimal("300"), Decimal("280"), Decimal("273"), "90",
    )  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["actual_value"], i["weight"], i["score"])
            for i in tables.indicators] == [
        ("新建改造日光温室", "≥120栋", "126栋", 50.0, 50.0),
        ("受益农户满意度", "≥90%", "95%", 40.0, 39.0),
    ]  # fmt: skip
    rules = [f["rule"] for f in tables.findings]
    assert "execution_rate_mismatch" in rules
    assert "column_unknown" not in rules and "weight_column_inferred" not in rules


def test_a_money_blocks_change_and_reasons_are_fields_and_its_labels_points_its_weight():
    # 稷山 and 沿滩 (held-out self-evaluation round 90): the budget's change and the reasons
    # under headings of the money block measure none of its money; its label prints its points
    # (`预算执行情况（10分）`), no 分值 column beside. Before, the change and the reasons were in
    # no output row and no finding, and the weights were reported as adding up to 90, not 100.
    tables = read(text([
        ["项目支出绩效自评表（2025年度）"], ["项目名称", "西社镇村级组织运转保障经费"],
        ["预算执行情况（10分）", "资金来源", "年初预算", "年度预算调整", "调整后的预算", "全年执行数",
         "预算执行率%", "自评得分", "原因"],
        ["", "合计", "136.80", "4.56", "141.36", "141.36", "100.00", "10", "年中追加村干部报酬"],
        ["", "当年财政资金", "136.80", "4.56", "141.36", "141.36", "100.00"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["", "产出指标", "数量指标", "保障村级组织数", "19个", "19个", "50", "50"],
        ["", "满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "92%", "40", "40"],
        ["总分", "", "", "", "", "", "100", "100"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["budget_initial"], project["budget_adjusted"], project["execution_weight"],
            project["execution_score"]) == (Decimal("136.80"), Decimal("141.36"), 10.0, 10.0)  # fmt: skip
    assert json.loads(project["extra_columns"]) == {
        "合计/年度预算调整": "4.56", "合计/原因": "年中追加村干部报酬", "当年财政资金/年度预算调整": "4.56",
    }  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize(
    ("projects", "rules"), [("3,500,000.00", []), ("3,600,000.00", ["spending_split_mismatch"])]
)
def test_a_departments_money_under_item_and_budget_headings_with_notes_keeps_every_cell(
    projects, rules
):
    # 米易 (held-out round 104): `年度预算申请 | 项目 | 2026年预算数 | 说明`, the notes beside the
    # figures, the kinds of spending after `按支出性质：`. Before, the headings row was a value
    # without a label (row_unparsed), 其他资金's note an amount (`450,000.00 + 事业收入`,
    # amount_unparsed), and 基本支出's row in no output row and no finding.
    tables = read(text([
        ["部门整体支出绩效目标表"], ["单位：元"], ["部门（单位）名称", "米易县文化广播电视和旅游局"],
        ["年度预算申请", "项目", "2026年预算数", "说明"],
        ["", "资金总额", "13,313,500.00"],
        ["", "其中：财政拨款", "12,863,500.00"],
        ["", "其他资金", "450,000.00", "事业收入"],
        ["", "按支出性质：基本支出", "9,813,500.00", "人员经费和公用经费"],
        ["", "项目支出", projects, "详见项目支出绩效目标表"],
        ["年度总体目标", "保障公共文化场馆免费开放"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "送文化下乡演出", "≥60场次"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"],
            project["other_funds_raw"]) == (
        Decimal("1331.35"), Decimal("1286.35"), Decimal("45"), "450,000.00",
    )  # fmt: skip
    assert json.loads(project["extra_columns"]) == {
        "其他资金/说明": "事业收入", "基本支出": "9,813,500.00", "基本支出/说明": "人员经费和公用经费",
        "项目支出": projects, "项目支出/说明": "详见项目支出绩效目标表",
    }  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == rules


def test_a_department_self_evaluations_money_across_and_its_levels_as_a_tree_with_points():
    # 新民 (held-out self-evaluation round 79): `部门编码 | 部门名称 | 全年预算数 | … | 自评结论`
    # over one row of values, a numbered heading below it, and the levels as rows of the names'
    # column with their blocks' 分值 and 得分. Before, the heading was joined onto the code
    # (`215一、…`), the money lost, and each level row read as an indicator.
    tables = read(text([
        ["部门整体支出绩效自评表"], ["金额单位：万元"],
        ["部门编码", "部门名称", "全年预算数", "全年执行数", "预算执行率%", "得分", "自评结论"],
        ["215", "某市卫生健康局", "2,846.50", "2,731.25", "95.95", "90", "优"],
        ["一、指标完成情况"],
        ["指标名称", "计算符号", "指标值", "实际完成值", "计量单位", "分值", "得分"],
        ["产出指标", "", "", "", "", "50", "49.5"],
        ["数量指标", "", "", "", "", "50", "49.5"],
        ["家庭医生签约服务人数", "≥", "9.5", "9.8", "万人", "50", "49.5"],
        ["满意度指标", "", "", "", "", "40", "40.5"],
        ["服务对象满意度指标", "", "", "", "", "40", "40.5"],
        ["城乡居民满意度", "≥", "85", "90.3", "%", "40", "40.5"],
        ["合计", "", "", "", "", "90", "90"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["budget_adjusted"], project["budget_executed"], project["execution_rate_raw"]) == (
        Decimal("2846.50"), Decimal("2731.25"), "95.95",
    )  # fmt: skip
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["weight"], i["score"])
            for i in tables.indicators] == [
        ("产出指标", "数量指标", "家庭医生签约服务人数", 50.0, 49.5),
        ("满意度指标", "服务对象满意度指标", "城乡居民满意度", 40.0, 40.5),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == [
        "score_exceeds_weight"
    ]


def test_a_departments_tasks_under_a_money_heading_of_its_request_give_its_total():
    # 曲麻莱 (held-out round 88): `年度主要任务 | 任务名称 | 主要内容 | 预算申请（万元）` over
    # `总额 | 财政拨款 | 其他资金`. Before, 预算申请 was no label: every task cell a field of
    # 任务名称, the 金额合计 no total, and its sum never checked.
    def table(total: str):
        return read(text([
            ["部门整体支出绩效目标申报表"], ["部门（单位）名称", "某县教育局"],
            ["年度主要任务", "任务名称", "主要内容", "预算申请（万元）"],
            ["", "", "", "总额", "财政拨款", "其他资金"],
            ["", "学前教育保教费补助", "对在园幼儿保教费给予补助", "186.00", "186.00", ""],
            ["", "中小学教师培训", "组织教师参加培训", "38.50", "30.50", "8.00"],
            ["金额合计", total, "216.50", "8.00"],
            ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
            ["", "产出指标", "数量指标", "教师培训人次", "≥400人次"],
        ]))  # fmt: skip

    (project,) = table("224.50").projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"]) == (
        Decimal("224.50"), Decimal("216.50"), Decimal("8.00"),
    )  # fmt: skip
    wrong = table("234.50")
    assert sorted(f["rule"] for f in wrong.findings if f["severity"] == "error") == [
        "amount_row_mismatch", "subtotal_mismatch",
    ]  # fmt: skip


def test_a_central_investment_forms_levels_under_a_heading_and_its_granted_money():
    # 同德 (held-out round 87, 国家发展改革委's 中央预算内投资计划绩效目标表): one 一级 cell
    # `实施效果指标` over the 二级 column's `产出指标` and `效益指标`, and the money as
    # `下达中央预算内投资(万元)`. Before, every row's 一级 was 效益指标 (实施效果 read as 效果) and
    # the project had no total.
    tables = read(text([
        ["某专项2025年中央预算内投资计划绩效目标表"],
        ["专项名称", "农业绿色发展专项"], ["下达中央预算内投资(万元)", "1860"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["", "实施效果指标", "产出指标", "新建粪污集中处理中心", "2座"],
        ["", "", "", "竣工验收合格率", "100%"],
        ["", "", "效益指标", "畜禽粪污综合利用率", "≥85%"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert project["total_amount"] == Decimal("1860")
    assert [
        (i["level1_name"], i["level2_name"], i["indicator_name"]) for i in tables.indicators
    ] == [
        ("产出指标", None, "新建粪污集中处理中心"),
        ("产出指标", None, "竣工验收合格率"),
        ("效益指标", None, "畜禽粪污综合利用率"),
    ]


def test_a_forms_years_budget_beside_the_whole_projects_and_a_fund_code_beside_a_part():
    # 濯水镇 (held-out round 89, 奉节's 审批表): `项目总预算 | 150` over `当年年度预算 | 90`, and
    # `其中：财政资金 | 80 | 财政资金科目代码 | 21305`. Before, the whole project's budget was
    # the total, and the code was added to the fiscal part (`80 + 财政资金科目代码 + 21305`).
    tables = read(text([
        ["项目名称", "某产业园配套设施建设项目"], ["金额单位：万元"],
        ["项目资金", "项目总预算", "", "150", "财政资金预算分类", "一般公共预算"],
        ["", "当年年度预算", "", "90"],
        ["", "其中：财政资金", "", "80", "财政资金科目代码", "21305"],
        ["", "其中：其它资金", "", "10"],
        ["", "年度预算执行率", "", "100%", "分值", "10分"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建生产便道", "≥1200米"],
    ]))  # fmt: skip
    # The rate it aims at makes no self-evaluation of it: it had read as one.
    assert tables.documents[0]["document_type"] == "targets"
    (project,) = tables.projects
    assert (project["total_amount"], project["period_amount"], project["fiscal_appropriation"],
            project["other_funds"]) == (Decimal("90"), Decimal("150"), Decimal("80"), Decimal("10"))  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == []


def test_a_word_forms_annual_section_in_a_table_of_its_own_goes_on_with_the_project():
    # 长寿 (held-out round 87): the form's head and 中期 section (money, goal, indicators) in
    # one Word table, its 年度 section in the next. Before, the 年度 table was a second project
    # of no name holding every annual target, and the first's total was made of its 中期 parts.
    document = docx.Document()
    add_filled_table(document, [
        ("项目名称", "某平台运维", "", ""),
        ("中期资金总额", "1,260.00万元", "其中：财政拨款", "1,260.00万元"),
        ("中期目标", "2024—2026年保障平台稳定运行。", "", ""),
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "数量指标", "纳入监管企业户数", "≥36户"),
    ])  # fmt: skip
    add_filled_table(document, [
        ("年度目标", "", "", ""),
        ("年度资金总额", "420.00万元", "其中：财政拨款", "420.00万元"),
        ("年度目标", "2024年完成平台全年运维。", "", ""),
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "数量指标", "纳入监管企业户数", "≥32户"),
    ])  # fmt: skip
    tables = process_file("表.docx", saved(document), Source(fiscal_year=2024))
    (project,) = tables.projects
    assert (project["project_name"], project["total_amount"], project["period_amount"],
            project["performance_goal"], project["period_goal"]) == (
        "某平台运维", Decimal("420.00"), Decimal("1260.00"), "2024年完成平台全年运维。",
        "2024—2026年保障平台稳定运行。",
    )  # fmt: skip
    assert [(i["indicator_name"], i["period_target"], i["annual_target"])
            for i in tables.indicators] == [("纳入监管企业户数", "≥36户", "≥32户")]  # fmt: skip


def test_a_periods_section_heading_under_a_department_is_no_end_of_its_name():
    # 靖江 (held-out round 87): `申报单位 | 某市疾病预防控制中心` over `年度绩效信息` alone, the
    # heading of the form's 年度 section. Before, the department was read as
    # `某市疾病预防控制中心年度绩效信息`, with no finding.
    tables = read(text([
        ["项目名称", "免疫规划冷链设备更新"], ["申报单位", "某市疾病预防控制中心"], ["年度绩效信息"],
        ["年度资金总额", "186.00"], ["年度目标", "完成16台疫苗冷藏设备更新。"],
        ["一级指标", "二级指标", "三级指标", "年度指标值"],
        ["产出指标", "数量指标", "冷链设备购置数量", "16台"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["supervising_department"], project["total_amount"]) == (
        "某市疾病预防控制中心", Decimal("186.00"),
    )  # fmt: skip


def test_a_goal_blocks_headings_with_the_reasons_beside_them_give_the_goals():
    # 申扎 (held-out self-evaluation round 80), 新民 (round 79): `年度绩效目标 | 实际完成情况 |
    # 偏差原因分析及改进措施` over the three texts. Before, the reasons' heading was read as the
    # goal achieved and the goals were lost to extra fields.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "某县牦牛良种繁育基地建设项目"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "260.00", "260.00", "254.80", "10", "98.00%", "9.8"],
        ["年度绩效目标", "", "实际完成情况", "", "偏差原因分析及改进措施"],
        ["引进种公牛150头。", "", "引进种公牛152头。", "", "无"],
        ["一级指标", "二级指标", "指标名称", "指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "引进牦牛种公牛", "≥150头", "152头", "90", "90"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["performance_goal"], project["actual_goal"]) == (
        "引进种公牛150头。", "引进种公牛152头。",
    )  # fmt: skip
    assert json.loads(project["extra_columns"]) == {"偏差原因分析及改进措施": "无"}


def test_a_sheet_unmerged_and_filled_gives_its_goal_and_what_was_achieved_apart():
    # 当阳 (held-out self-evaluation round 100): every merged cell's text written into each
    # cell it spans, the goals' label down both rows. Before, the achievement's text was read
    # as a label (label_unknown) and actual_goal was null; read as its merges print, the goal
    # and the achievement were one goal.
    tables = read(text([
        ["项目支出绩效自评表"] * 6, ["项目名称", *["某市耕地地力保护补贴项目"] * 5],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["项目资金（万元）", "年度资金总额", "1620.00", "1635.48", "1635.48", "100.00%"],
        ["年度总体目标", *["预期目标"] * 3, *["实际完成情况"] * 2],
        ["年度总体目标", *["对全市45万亩耕地发放补贴。"] * 3, *["补贴全部兑付到户。"] * 2],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
        ["产出指标", "数量指标", "补贴发放面积", "≥45万亩", "45.44万亩", "90"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["project_name"], project["performance_goal"], project["actual_goal"]) == (
        "某市耕地地力保护补贴项目", "对全市45万亩耕地发放补贴。", "补贴全部兑付到户。",
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_type_column_left_of_the_second_level_printing_first_levels_is_the_first_level():
    # 行唐 and 望都 (held-out round 127): `指标类型 | 二级指标 | 具体指标`, a sign-off under the
    # table. Before, every indicator's 一级 was null (kept in extra columns), with only an info
    # missing_level1; 指标类型 naming 二级 names (贵州) stays the 二级 where no 二级 is labelled.
    tables = read(text([
        ["项目名称", "某县高标准农田建设项目"], ["年度资金总额", "180"],
        ["指标类型", "二级指标", "具体指标", "年度指标值"],
        ["产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩"],
        ["", "质量指标", "工程验收合格率", "100%"],
        ["满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥95%"],
        ["填报人：王**"], ["联系电话：0311-82*****"], ["填报日期：2024年11月"],
    ]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "新建高标准农田面积", None, "≥1.2万亩"),
        ("产出指标", "质量指标", "工程验收合格率", None, "100%"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", None, "≥95%"),
    ]
    assert [i["extra_columns"] for i in tables.indicators] == [None, None, None]


def test_a_goals_label_beside_a_period_goals_label_with_no_goal_gives_no_goal():
    # 延津 (held-out round 127): `项目绩效目标描述 | 总目标 | (empty)` over `| 本年度目标 | …`.
    # Before, the row was read as a value then its label, the period goal `项目绩效目标描述`.
    tables = read(text([
        ["项目名称", "某县免费孕前优生健康检查项目"], ["资金总额", "38.4"],
        ["项目绩效目标描述", "总目标", ""],
        ["", "本年度目标", "为全县计划怀孕夫妇提供免费孕前优生健康检查2400人。"],
        ["一级指标", "二级指标", "指标内容", "指标值"],
        ["产出指标", "数量指标", "孕前优生健康检查人数", "≥2400人"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["period_goal"], project["performance_goal"]) == (
        None, "为全县计划怀孕夫妇提供免费孕前优生健康检查2400人。",
    )  # fmt: skip


def test_money_labels_left_unfilled_with_their_colons_are_labels_not_values():
    # 城中区 (held-out round 125), on 佳县's template: `事业收入： | 经营性收入： | 其他：` under
    # `资金总额：1,286,400.00 | 财政拨款：… | 自有资金：0.00`. Before, they were read as values:
    # two false errors (amount_unparsed, row_unparsed) on a form read right.
    tables = read(text([
        ["项目名称", "某区基本公共卫生服务项目"], ["单位：元"],
        ["项目资金申请（元）", "资金总额：1,286,400.00", "财政拨款：1,286,400.00", "自有资金：0.00"],
        ["", "事业收入：", "经营性收入：", "其他："],
        ["一级指标", "二级指标", "指标内容", "指标值"],
        ["产出指标", "数量指标", "老年人健康管理人数", "≥1.5万人"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert project["total_amount"] == Decimal("128.64")
    assert sorted((f["severity"], f["rule"], f["message"]) for f in tables.findings
                  if f["rule"] != "missing_level1") == [
        ("info", "label_unknown",
         "label '事业收入：' is not in the layout vocabulary; its value is kept as a field"),
        ("info", "label_unknown",
         "label '经营性收入：' is not in the layout vocabulary; its value is kept as a field"),
    ]  # fmt: skip


DEPARTMENT_HEAD = [
    ["部门整体支出绩效目标表"], ["部门名称", "某区卫生健康局"],
    ["年度主要任务", "任务名称", "主要内容", "预算金额"],
    ["", "基本公共卫生服务", "提供国家基本公共卫生服务", "1,856.24"],
    ["", "疾病预防控制", "开展传染病监测", "520.00"],
    ["", "合计", "", "2,376.24"],
]  # fmt: skip
DEPARTMENT_GRID = [
    ["部门整体绩效目标", "保障全区公共卫生服务。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "居民电子健康档案建档人数", "≥62000人"],
]  # fmt: skip


def test_a_departments_money_block_below_its_tasks_gives_its_total_not_the_tasks():
    # 普兰店 (held-out round 128): the tasks' 合计, then `年度预算申请 | 资金总额 | 一般公共预算 |
    # 其他资金` over the figures. Before, the tasks' total was the department's (a false
    # amount_row_mismatch), as it is only where no money block prints a total.
    tables = read(text([
        *DEPARTMENT_HEAD,
        ["年度预算申请", "资金总额", "一般公共预算", "其他资金"],
        ["", "3,276.24", "3,151.24", "125.00"],
        *DEPARTMENT_GRID,
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"]) == (
        Decimal("3276.24"), Decimal("3151.24"), Decimal("125.00"),
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
    tables = read(text([*DEPARTMENT_HEAD, *DEPARTMENT_GRID]))
    assert tables.projects[0]["total_amount"] == Decimal("2376.24")


def test_money_by_income_then_by_spending_each_a_row_of_amounts_under_its_headings():
    # 江源 (held-out round 128): `按收入来源 | 资金总额 | 一般公共预算 | 政府性基金 | 其他资金` over
    # `金额 | …`, then `按支出类型 | 基本支出 | 项目支出` over `金额 | …`. Before, the groups' labels
    # were values of no label (2 false row_unparsed errors) and the parts were not read; with
    # the second headings read as sub-headings, its figures were read under the first's.
    tables = read(text([
        *DEPARTMENT_HEAD,
        ["年度预算资金", "按收入来源", "资金总额", "一般公共预算", "政府性基金", "其他资金"],
        ["", "金额", "3,276.24", "2,851.24", "300.00", "125.00"],
        ["", "按支出类型", "基本支出", "项目支出", "", ""],
        ["", "金额", "900.00", "2,376.24", "", ""],
        *DEPARTMENT_GRID,
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"]) == (
        Decimal("3276.24"), Decimal("3151.24"), Decimal("125.00"),
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_tasks_achievement_beside_its_money_is_the_tasks_not_the_departments_goal_achieved():
    # 弥勒, 丹巴, 宁洱 (held-out self-evaluation round 102): `年度主要任务 | 任务名称 | … | 执行数 |
    # 实际完成情况` over the tasks. Before, each task's achievement was glued onto the
    # department's actual_goal, before the goal's own, with no separator and no finding.
    tables = read(text([
        ["部门整体支出绩效自评表"], ["部门（单位）名称", "某市水务局"],
        ["年度主要任务", "任务名称", "预算数", "执行数", "实际完成情况"],
        ["", "农村供水保障", "386.50", "372.18", "已完成"],
        ["", "防汛抗旱", "64.00", "51.20", "基本完成"],
        ["年度部门整体支出预算（万元）", "", "年初预算数", "全年预算数", "全年执行数"],
        ["", "年度资金总额", "420.00", "450.50", "423.38"],
        ["年度总体目标", "预期目标", "", "实际完成情况", ""],
        ["", "保障农村群众饮水安全。", "", "完成供水工程维修养护48处。", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "农村供水工程维修养护处数", "≥45处", "48处"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["performance_goal"], project["actual_goal"]) == (
        "保障农村群众饮水安全。", "完成供水工程维修养护48处。",
    )  # fmt: skip
    assert json.loads(project["extra_columns"])["实际完成情况#2"] == "基本完成"


def test_a_lists_source_of_funds_column_is_kept_as_each_projects_field():
    # 德昌 (held-out self-evaluation round 102): `项目名称 | 资金来源 | 一级指标 …` over
    # `某项目 | 中央补助 | 产出指标 …`. Before, the source was in no output row and no finding.
    tables = read(text([
        ["项目名称", "资金来源", "预算数", "一级指标", "二级指标", "三级指标", "指标值"],
        ["公共文化服务体系建设", "中央补助", "91.25", "产出指标", "数量指标", "送文化下乡演出", "≥60场"],
        ["文物保护单位安全防护", "省级补助", "30.00", "产出指标", "数量指标", "安防设施", "≥4处"],
    ]))  # fmt: skip
    assert [(p["project_name"], p["extra_columns"]) for p in tables.projects] == [
        ("公共文化服务体系建设", '{"资金来源": "中央补助"}'),
        ("文物保护单位安全防护", '{"资金来源": "省级补助"}'),
    ]


def test_a_second_level_out_of_place_inside_a_first_levels_span_is_not_its_spans_middle():
    # 金坛 (held-out self-evaluation round 79): `经济效益 指标` inside `产出指标(50分)`'s span,
    # 时效指标 back under 产出 below it. Before, the next 一级 (效益指标) was taken for a text
    # centred in a span opening there: the row read under 效益指标, silently, and 时效指标
    # under none. Now the row out of place has no 一级, and the rows after it keep 产出指标.
    tables = read(text([
        ["项目名称", "某区茶叶加工项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值"],
        ["产出指标(50分)", "数量指标", "新建标准化加工车间", "≥1200平方米"],
        ["", "经济效益 指标", "奖补资金兑付率", "100%"],
        ["", "时效指标", "任务完成时限", "10个月"],
        ["效益指标(30分)", "社会效益指标", "带动茶农增收户数", "≥300户"],
    ]))  # fmt: skip
    assert [(i["level1_name"], i["level2_name"]) for i in tables.indicators] == [
        ("产出指标", "数量指标"), (None, "经济效益指标"), ("产出指标", "时效指标"),
        ("效益指标", "社会效益指标"),
    ]  # fmt: skip


def test_a_lists_goal_ending_rows_below_its_last_line_after_a_page_break_is_joined():
    # 亦庄 (held-out round 88, a PDF): the goal merged down its project's rows breaks over a
    # page, its end printed a row below the page's first. Before, the end was a false
    # row_unparsed error and the goal stopped mid-sentence.
    tables = read(text([
        ["项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["某区课后服务经费补助", "736.00", "保障课后服务覆盖有需求的学生，促进学生全", "产出指标",
         "数量指标", "开展课后服务学校数量", "36所"],
        ["", "", "", "", "", "参与课后服务学生人数", "≥9000人"],
        ["", "", "面发展。", "", "成本指标", "课后服务经费补助标准", "400元/生"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert project["performance_goal"] == "保障课后服务覆盖有需求的学生,促进学生全面发展。"
    assert len(tables.indicators) == 3


def test_a_numbered_heading_over_the_next_form_is_no_indicator_of_the_form_above():
    # 桐庐 (held-out round 92, a page copied from a browser): `2.某馆免费开放项目` alone over
    # the next form's title. Before, it was read as a 15th indicator of the first form, with
    # only an indicator_numbering_gap warning.
    def form(name: str, indicator: str) -> list[list[str]]:
        return [["项目支出绩效目标表"], ["项目名称", name], ["年度资金总额", "85.00"],
                ["一级指标", "二级指标", "三级指标", "指标值"],
                ["产出指标", "数量指标", indicator, "≥40场"]]  # fmt: skip

    tables = read(text([["1.某县村晚项目"], *form("某县村晚项目", "举办村晚场次"),
                        ["2.某县图书馆免费开放项目"], *form("某县图书馆免费开放项目", "开放场次")]))  # fmt: skip
    assert [(p["project_name"], p["indicator_count"]) for p in tables.projects] == [
        ("某县村晚项目", 1), ("某县图书馆免费开放项目", 1),
    ]  # fmt: skip


def test_a_lists_header_over_two_rows_with_the_packed_tables_labels_above_is_no_packed_table():
    # 涟源 (held-out round 91): `项目名称 | 预算金额 | 年度绩效目标 | 绩效指标`, the seed's
    # columns, over `一级指标 | … | 指标值 | 度量单位` under 绩效指标. Before, the table was taken
    # for the packed layout and the file failed.
    tables = read(text([
        ["序号", "项目名称", "预算金额（万元）", "年度绩效目标", "绩效指标", "", "", "", ""],
        ["", "", "", "", "一级指标", "二级指标", "三级指标", "指标值", "度量单位"],
        ["1", "小型水库维修养护项目", "268.00", "完成26座小型水库维修养护。", "产出指标", "数量指标",
         "完成小型水库维修养护", "≥26", "座"],
        ["", "", "", "", "", "", "清淤疏浚渠道长度", "≥12.5", "公里"],
    ]))  # fmt: skip
    assert tables.documents[0]["layout"] == "indicator-rows"
    (project,) = tables.projects
    assert (project["project_name"], project["total_amount"]) == (
        "小型水库维修养护项目", Decimal("268.00"),
    )  # fmt: skip
    assert [i["annual_target"] for i in tables.indicators] == ["≥26座", "≥12.5公里"]


def test_a_lists_period_goal_column_beside_the_years_gives_the_period_goal():
    # 永德 (held-out round 91): `实施期绩效目标 | 年度绩效目标` on each project's row. Before,
    # the period's goal was read as the year's, and the year's kept in every indicator's
    # extra columns, with only a column_unknown note.
    tables = read(text([
        ["项目名称", "预算金额", "实施期绩效目标", "年度绩效目标", "一级指标", "二级指标", "三级指标",
         "指标值"],
        ["森林防火项目", "320.00", "三年建设隔离带120公里。", "建设隔离带40公里。", "产出指标",
         "数量指标", "建设防火隔离带", "≥40公里"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["performance_goal"], project["period_goal"], project["extra_columns"]) == (
        "建设隔离带40公里。", "三年建设隔离带120公里。", None,
    )  # fmt: skip


def test_an_exports_zhongqi_goal_column_is_the_period_goal_its_targets_the_period_targets():
    # 蓬安 (held-out round 124): an 一体化 export's `中期目标 | 年度目标` on each project's row.
    # Before, 中期目标 was a column of no known label, its goal kept only in every indicator's
    # extra columns. A 中期目标 column printing targets is the period's value column.
    tables = read(text([
        ["项目名称", "资金总额", "中期目标", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["农村公路养护工程", "386", "2024-2026年列养率保持100%。", "完成1860公里日常养护。",
         "产出指标", "数量指标", "日常养护里程", "≥1860公里"],
        ["客运班线运营补贴", "172.4", "", "保障68条班线正常运营。", "产出指标", "数量指标",
         "运营班线", "≥68条"],
    ]))  # fmt: skip
    assert [(p["project_name"], p["performance_goal"], p["period_goal"], p["extra_columns"])
            for p in tables.projects] == [
        ("农村公路养护工程", "完成1860公里日常养护。", "2024-2026年列养率保持100%。", None),
        ("客运班线运营补贴", "保障68条班线正常运营。", None, None),
    ]  # fmt: skip
    assert [i["extra_columns"] for i in tables.indicators] == [None, None]
    tables = read(text([
        ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "中期目标", "年度目标"],
        ["农村公路养护工程", "386", "产出指标", "数量指标", "日常养护里程", "≥5600公里", "≥1860公里"],
        ["", "", "产出指标", "质量指标", "优良中等路率", "≥80%", "≥78%"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["period_target"], i["annual_target"])
            for i in tables.indicators] == [
        ("日常养护里程", "≥5600公里", "≥1860公里"), ("优良中等路率", "≥80%", "≥78%"),
    ]  # fmt: skip


def test_a_forms_numbered_section_heading_over_its_years_money_goes_on_with_the_project():
    # 烟台 (held-out round 90): `二、年度绩效目标（2025年）` over `年度资金总额 | 720.00`, after the
    # 中期 section's indicators. Before, the heading opened a second project of no name holding
    # the year's money and targets, and the first read its 中期 targets as the year's, silently.
    tables = read(text([
        ["项目支出绩效目标申报表"], ["项目名称", "某市耕地质量提升项目"],
        ["一、中期绩效目标（2025年—2027年）"],
        ["中期资金总额", "2,160.00", "其中：财政拨款", "2,100.00"],
        ["中期目标", "到2027年建设示范区6万亩。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "耕地质量提升示范面积", "≥6万亩"],
        ["二、年度绩效目标（2025年）"],
        ["年度资金总额", "720.00", "其中：财政拨款", "700.00"],
        ["年度目标", "2025年建设示范区2万亩。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "耕地质量提升示范面积", "≥2万亩"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["period_amount"]) == (
        Decimal("720.00"),
        Decimal("2160.00"),
    )
    assert [(i["period_target"], i["annual_target"]) for i in tables.indicators] == [
        ("≥6万亩", "≥2万亩")
    ]


def test_an_adjusted_target_column_left_empty_supersedes_nothing():
    # 北碚 (held-out self-evaluation round 81): `指标性质 | 年初指标值 | 调整指标值 | 全年完成值`,
    # 调整指标值 empty and 指标性质 holding 定量指标. Before, every target was read from the empty
    # column, its words (`定量指标%`) for a target.
    tables = read(text([
        ["部门整体支出绩效自评表"], ["部门名称", "某区财政局"],
        ["指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "指标权重(分)",
         "指标得分(分)"],
        ["预算完成率", "%", "定量指标", "≥90", "", "91", "2", "2"],
        ["预算管理制度健全性", "", "定性指标", "健全", "", "健全", "2", "2"],
    ]))  # fmt: skip
    assert [(i["annual_target"], i["actual_value"]) for i in tables.indicators] == [
        ("≥90%", "91%"), ("健全", "健全"),
    ]  # fmt: skip


def test_a_lists_one_total_column_naming_the_whole_investment_is_its_total():
    # `项目总投资` names the whole period, but alone it is the list's total, as before the
    # period's columns were told apart (`中期资金总额 | 年度资金总额`).
    tables = read(text([
        ["项目名称", "项目总投资", "一级指标", "二级指标", "三级指标", "指标值"],
        ["学生资助", "450", "产出指标", "数量指标", "资助学生人次", "≥2000人次"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["period_amount"]) == (Decimal("450"), None)


def test_a_lists_money_column_headed_zijin_jine_is_its_total_and_its_heji_row_the_sum():
    # An 一体化 export's flat list (恭城): `资金金额`, a form's money heading, over a list's
    # column of figures is the projects' money; the 合计 row under them is their sum, checked.
    tables = read(text([
        ["序号", "项目名称", "资金金额", "绩效指标", "运算符号", "指标值", "计量单位"],
        ["1", "送戏下乡", "126.50", "演出场次", "≥", "60", "场次"],
        ["2", "景区提升", "85.30", "游客接待量", "≥", "3.5", "万人次"],
        ["合计", "", "211.80", "", "", "", ""],
    ]))  # fmt: skip
    assert [(p["project_name"], p["total_amount"]) for p in tables.projects] == [
        ("送戏下乡", Decimal("126.50")),
        ("景区提升", Decimal("85.30")),
    ]
    assert [(r["row_type"], r["name"], r["total_amount"]) for r in tables.amount_rows] == [
        ("grand_total", "合计", Decimal("211.80"))
    ]
    assert not [f for f in tables.findings if f["rule"] == "column_unknown"]


def test_a_departments_tasks_under_headings_from_the_first_column_are_its_tasks():
    # 嘉祥 (round 96): `部门职能 | 任务名称 | 主要内容 | 预算金额` over `总金额 | 财政资金 | 其他资金`,
    # no block label beside them, each duty merged down its tasks; `金额单位 | 万元` in two cells.
    # Before, each duty's text was read as a label of its own and 总金额 as a value.
    tables = read(text([
        ["部门名称", "某局", "部门编码", "165001"],
        ["资金总额", "1,030.00", "一般公共预算", "830.00"],
        ["其他资金", "200.00", "金额单位", "万元"],
        ["部门职能", "任务名称", "主要内容", "预算金额", "", ""],
        ["", "", "", "总金额", "财政资金", "其他资金"],
        ["统筹学前教育", "学校运转保障", "保障126所中小学正常运转", "600.00", "600.00", "0.00"],
        ["", "学生资助", "落实资助政策", "430.00", "230.00", "200.00"],
        ["合计", "", "", "1,030.00", "830.00", "200.00"],
        ["年度绩效目标", "保障运转"],
        ["一级指标", "二级指标", "三级指标", "年度目标值", "权重"],
        ["产出指标", "数量指标", "在校生", "≥68000人", "100"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (
        tables.documents[0]["currency_unit"],
        project["total_amount"],
        project["fiscal_appropriation"],
        project["other_funds"],
    ) == ("万元", Decimal("1030.00"), Decimal("830.00"), Decimal("200.00"))
    assert json.loads(project["extra_columns"]) == {
        "部门编码": "165001",
        "部门职能": "统筹学前教育",
        "任务名称": "学校运转保障",
        "任务名称#2": "学生资助",
        "主要内容": "保障126所中小学正常运转",
        "主要内容#2": "落实资助政策",
        "总金额": "600.00",
        "总金额#2": "430.00",
        "财政资金": "600.00",
        "财政资金#2": "230.00",
        "其他资金": "0.00",
        "其他资金#2": "200.00",
    }
    assert [
        f["rule"] for f in tables.findings if f["severity"] != "info" or "label" in f["rule"]
    ] == []


def test_an_indicators_explanation_beside_its_standard_is_kept_as_an_extra_cell():
    # 德惠 and 格尔木 (round 93): `指标解释 | 评分标准`, the standard kept, the explanation lost.
    tables = read(text([
        *HEAD,
        ["一级指标", "二级指标", "三级指标", "指标值", "指标解释", "评分标准"],
        ["产出指标", "数量指标", "改造小区数量", "12个", "以完成竣工验收的小区计", "每少1个扣1分"],
        ["产出指标", "质量指标", "验收合格率", "100%", "", "未达到不得分"],
    ]))  # fmt: skip
    assert [(i["standard"], i["extra_columns"]) for i in tables.indicators] == [
        ("每少1个扣1分", '{"指标解释": "以完成竣工验收的小区计"}'),
        ("未达到不得分", None),
    ]


def test_a_money_blocks_headings_ending_with_its_reasons_explanation_are_its_headings():
    # 冠县 (self-evaluation round 83, an 一体化 export): `… | 分值 | 得分 | 偏差原因说明` over the
    # money rows. Before, that last heading unknown, the headings were read as label | value
    # pairs: no budget read, the 合计 row lost and each part's figures refused (amount_unparsed).
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "", "某县农村供水工程维修养护项目"],
        ["预算执行情况（万元）", "", "资金来源", "", "年初预算数", "全年预算数", "全年执行数",
         "预算执行率（全年执行数/全年预算数）", "分值", "得分", "偏差原因说明"],
        ["", "", "合计", "", "180.00", "180.00", "176.85", "98.25", "10", "9.83"],
        ["", "", "当年财政资金", "", "180.00", "180.00", "176.85", "98.25"],
        ["", "", "其他资金", "", "0.00", "0.00", "0.00", "0.00"],
        ["一级指标", "二级指标", "指标名称", "计算符号", "指标值", "实际完成值", "计量单位", "权重",
         "实际得分"],
        ["产出指标", "数量指标", "维修养护农村供水工程", "≥", "45", "46处", "处", "90", "90"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["budget_initial"], project["budget_adjusted"],
            project["budget_executed"], project["execution_rate"], project["execution_score"]) == (
        Decimal("180.00"), Decimal("180.00"), Decimal("180.00"), Decimal("176.85"), 98.25, 9.83,
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


IMPLEMENTATION_MONEY = [
    ["项目名称", "养老服务能力提升"],
    ["项目资金（万元）", "", "实施期资金总额", "年度资金总额"],
    ["", "资金总额", "960.00", "320.00"],
    ["", "其中：财政拨款", "900.00", "300.00"],
    ["", "其他资金", "60.00", "20.00"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"],
    ["", "产出指标", "数量指标", "新建服务站", "12个", "4个"],
]


def test_a_forms_money_under_implementation_and_year_headings_gives_both_totals():
    # 枣阳 (round 95, a PDF): `实施期资金总额 | 年度资金总额` over the money rows. Before, the
    # headings were read as two empty totals and every figure dropped, with no finding.
    tables = read(text(IMPLEMENTATION_MONEY))
    (project,) = tables.projects
    assert (project["total_amount"], project["period_amount"], project["fiscal_appropriation"],
            project["other_funds"]) == (
        Decimal("320.00"), Decimal("960.00"), Decimal("300.00"), Decimal("20.00"),
    )  # fmt: skip


def test_money_under_headings_of_no_known_measure_is_refused_with_its_figures_never_dropped():
    rows = [IMPLEMENTATION_MONEY[0], ["项目资金（万元）", "", "全周期资金总额", "年度资金总额"],
            *IMPLEMENTATION_MONEY[2:]]  # fmt: skip
    tables = process_file("t.txt", text(rows), Source(fiscal_year=2024))
    assert tables.projects[0]["total_amount"] is None
    assert [(f["rule"], f["source_line"], f["message"]) for f in tables.findings
            if f["severity"] == "error"] == [
        ("amount_unparsed", 3, "资金总额 prints several figures on one row (960.00 + 320.00) under "
         "no heading that says which is which; none is taken"),
        ("amount_unparsed", 4, "其中：财政拨款 prints several figures on one row (900.00 + 300.00) "
         "under no heading that says which is which; none is taken"),
        ("amount_unparsed", 5, "其他资金 prints several figures on one row (60.00 + 20.00) under "
         "no heading that says which is which; none is taken"),
    ]  # fmt: skip


def test_a_departments_task_under_its_heading_is_a_value_whatever_label_it_says():
    # 衡东 (round 95, a PDF): the third task's 支出项目名称 is `基本支出`, a spending label. Before,
    # it was read as a label of its own, its figure lost and the 合 计 row a false mismatch.
    tables = read(text([
        ["部门（单位）名称", "某局"],
        ["年度预算申请（万元）", "资金总额", "财政拨款", "其他资金"],
        ["", "1,293.38", "1,268.38", "25.00"],
        ["年度履职目标", "部门职能", "年度目标任务", "支出项目名称", "预算金额（万元）"],
        ["", "水利工程运行管理", "开展日常巡查", "小型水库管护经费", "86.00"],
        ["", "农村供水保障", "维修养护供水工程", "饮水安全工程维修养护", "145.00"],
        ["", "机关运转保障", "保障机关正常运转", "基本支出", "1,062.38"],
        ["", "合 计", "1,293.38"],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["", "产出指标", "数量指标", "水利工程建设项目个数", "12个"],
    ]))  # fmt: skip
    (project,) = tables.projects
    extra = json.loads(project["extra_columns"])
    assert (extra["支出项目名称#3"], extra["预算金额（万元）#3"]) == ("基本支出", "1,062.38")
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize("unit", ["402-某局", "311-某局部门"])
def test_a_units_row_whose_name_spans_the_project_name_column_gives_its_total(unit):
    # 蓬溪 (round 95, a PDF): `402-某局 | 1,879,500.00`, the unit's name spanning 单位名称 and
    # 项目名称, so its figure stands in the name's column. Before, the row was read as shifted
    # left by a converter, the unit's name an indicator's: seven row_unparsed errors. 夹江
    # (round 180, a 部门预算 PDF) names the department's row `311-夹江县教育局部门`.
    labels = ["单位名称", "项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"]
    tables = read(text([
        ["金额单位：元"], labels,
        [unit, "1,879,500.00", "", "", "", "", ""],
        ["402001-某局", "高标准农田管护", "1,514,500.00", "产出指标", "数量指标", "管护面积", "≥12.6万亩"],
        ["402003-某推广中心", "农技推广补助", "365,000.00", "产出指标", "数量指标", "示范基地", "2个"],
    ]))  # fmt: skip
    assert [(p["project_name"], p["total_amount"]) for p in tables.projects] == [
        ("高标准农田管护", Decimal("151.450000")),
        ("农技推广补助", Decimal("36.500000")),
    ]
    assert [(r["row_type"], r["name"], r["total_amount"]) for r in tables.amount_rows] == [
        ("funding_unit", unit, Decimal("187.950000"))
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def _browser_copied_form(number: str, name: str, goal: list[list[str]]) -> list[list[str]]:
    return [
        [f"项目{number}：{name}"], ["项目支出信息"], ["项目名称", name],
        ["项目资金（万元）", "", "预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "56.00", "53.20", "10", "95.00%", "9.50"],
        ["年度总体目标完成情况", "预期目标", "目标实际完成情况"], *goal, ["绩效指标信息"],
        ["一级指标", "二级指标", "三级指标", "预期实现值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "推广面积", "≥20万亩", "20.8万亩", "90", "90"],
    ]  # fmt: skip


def test_a_browser_copied_pages_numbered_heading_and_goals_broken_into_lines():
    # 宁明 (self-evaluation round 84, a page copied from a browser): `项目二：…` over `项目支出信息`
    # over the next form was read as an indicator of the form above; the 预期目标's first line,
    # broken off its cell by the copy, as the actual goal; `预期实现值` was no known label.
    tables = read(text([
        *_browser_copied_form("一", "甲项目", [
            ["1.完成管护面积2.5万亩；"], ["2.推广机械化收获1万亩。", "完成管护面积2.56万亩。"],
        ]),
        *_browser_copied_form("二", "乙项目", [["推广测土配方施肥20万亩。", "推广20.8万亩。"]]),
    ]))  # fmt: skip
    assert [(p["project_name"], p["performance_goal"], p["actual_goal"], p["indicator_count"])
            for p in tables.projects] == [
        ("甲项目", "1.完成管护面积2.5万亩；\n2.推广机械化收获1万亩。", "完成管护面积2.56万亩。", 1),
        ("乙项目", "推广测土配方施肥20万亩。", "推广20.8万亩。", 1),
    ]  # fmt: skip
    rules = {f["rule"] for f in tables.findings}
    assert "value_column_inferred" not in rules and "target_in_name" not in rules


def test_a_project_name_ending_as_a_label_does_is_the_names_value():
    # 铜川 (round 90): `项目名称 | 基本公共卫生服务市级配套` ends as a share of funds does (市级配套).
    # Before, the row was read as headings, the name lost and the form taken for a department's.
    tables = read(text([
        ["项目名称", "基本公共卫生服务市级配套"],
        ["主管部门", "某卫生健康委员会", "实施单位", "某卫生健康委员会"],
        ["项目资金（万元）", "年度资金总额", "1126.80", "其中：财政拨款", "1126.80"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "老年人健康管理人数", "≥9.5万人"],
    ]))  # fmt: skip
    assert [(p["project_name"], p["project_kind"], p["total_amount"]) for p in tables.projects] == [
        ("基本公共卫生服务市级配套", "project", Decimal("1126.80"))
    ]


def test_a_lists_money_whole_headed_heji_under_its_heading_and_numbers_in_words():
    # 江阴 (round 99): `项目金额` over `合计 | 财政拨款 | 其他资金`, and 序号 `（一）`. Before, the
    # 合计 row of labels was a sign-off line, and each row, its number no figure, was read a
    # column off: names as amounts, goals as levels.
    tables = read(text([
        ["序号", "项目名称", "项目金额", "", "", "年度绩效目标", "二级指标", "三级指标", "指标值"],
        ["", "", "合计", "财政拨款", "其他资金", "", "", "", ""],
        ["（一）", "堤防维修养护项目", "386.50", "386.50", "0.00", "完成堤防养护。", "数量指标",
         "堤防维修养护长度", "35.2公里"],
        ["", "", "", "", "", "", "", "穿堤建筑物养护座数", "18座"],
        ["（二）", "农村河道轮浚项目", "1,250.00", "950.00", "300.00", "完成河道轮浚。", "数量指标",
         "轮浚农村河道条数", "42条"],
    ]))  # fmt: skip
    assert [(p["project_name"], p["total_amount"], p["fiscal_appropriation"], p["other_funds"])
            for p in tables.projects] == [
        ("堤防维修养护项目", Decimal("386.50"), Decimal("386.50"), Decimal("0.00")),
        ("农村河道轮浚项目", Decimal("1250.00"), Decimal("950.00"), Decimal("300.00")),
    ]  # fmt: skip
    assert [
        (i["level2_name"], i["indicator_name"], i["annual_target"]) for i in tables.indicators
    ] == [
        ("数量指标", "堤防维修养护长度", "35.2公里"),
        ("数量指标", "穿堤建筑物养护座数", "18座"),
        ("数量指标", "轮浚农村河道条数", "42条"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_units_row_that_does_not_add_up_is_its_subtotal_checked_not_a_project():
    # 南陵 (round 99): `单位（项目）名称 | 合计 | 财政拨款 | …`, a unit's row printing more than its
    # projects add up to. Before, the labels were unknown (the file read as one nameless
    # department), and a unit's row whose projects do not add up to it was a project of no
    # indicators, its mismatch never raised.
    tables = read(text([
        ["单位：元"],
        ["序号", "单位（项目）名称", "合计", "财政拨款", "年度绩效目标", "一级指标", "指标名称", "指标值"],
        ["（一）", "某县农业技术推广中心", "1,126,000.00", "1,126,000.00"],
        ["1", "水稻示范项目", "680,000.00", "680,000.00", "建设示范片2万亩。", "产出指标", "示范片面积", "2万亩"],
        ["2", "农技推广补助项目", "406,000.00", "406,000.00", "培育示范主体。", "产出指标", "示范主体", "150个"],
    ]))  # fmt: skip
    assert [(p["project_name"], p["funding_unit"], p["total_amount"]) for p in tables.projects] == [
        ("水稻示范项目", "某县农业技术推广中心", Decimal("68.000000")),
        ("农技推广补助项目", "某县农业技术推广中心", Decimal("40.600000")),
    ]
    assert [(f["rule"], f["source_line"]) for f in tables.findings if f["severity"] == "error"] == [
        ("subtotal_mismatch", 3)
    ]


def _department_money(label: str) -> list[list[str]]:
    return [
        ["部门名称", "某局"],
        [label, "资金来源", "", "中期资金总额（2025—2027年）", "", "年度资金总额（2025年）"],
        ["", "合计", "", "6,420.00", "", "2,148.60"],
        ["", "其中：财政拨款", "", "6,180.00", "", "2,068.60"],
        ["", "其他资金", "", "240.00", "", "80.00"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["", "产出指标", "数量指标", "完成国土绿化面积", "≥1.5万亩", "≥5000亩"],
    ]


def test_a_departments_money_under_its_period_headings_gives_its_parts():
    # 大柴旦 (round 98): `部门资金（万元）`, no label the vocabulary knew, over the 中期 and 年度
    # totals: the totals were read from the 合计 row and the parts dropped, silently.
    tables = read(text(_department_money("部门资金（万元）")))
    (project,) = tables.projects
    assert (project["total_amount"], project["period_amount"], project["fiscal_appropriation"],
            project["other_funds"]) == (
        Decimal("2148.60"), Decimal("6420.00"), Decimal("2068.60"), Decimal("80.00"),
    )  # fmt: skip


def test_a_parts_figures_under_totals_headings_of_an_unknown_block_are_refused_not_dropped():
    tables = process_file(
        "t.txt", text(_department_money("经费来源情况")), Source(fiscal_year=2025)
    )
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"]) == (Decimal("2148.60"), None)
    assert [(f["rule"], f["source_line"], f["evidence"]) for f in tables.findings
            if f["severity"] == "error"] == [
        ("amount_unparsed", 4, "6,180.00 + 2,068.60"),
        ("amount_unparsed", 5, "240.00 + 80.00"),
    ]  # fmt: skip


def test_a_departments_income_and_spending_headings_and_fund_kinds_beside_its_tasks():
    # 合水 (round 98): `年度预算收支情况` over 收入预算合计 … then `支出预算合计 | 基本支出 | 项目支出`:
    # the spending headings were read as figures of the income's (基本支出 and 项目支出 summed into
    # 财政拨款, a false mismatch); 扎兰屯: fund kinds beside a tasks block headed `其中：财政资金`,
    # whose empty label counted as a 财政拨款 printed, so the kinds were dropped (a false mismatch).
    tables = read(text([
        ["部门名称", "", "某局"],
        ["年度预算收支情况", "收入预算合计", "", "一般公共预算拨款", "", "政府性基金拨款", "", "其他收入"],
        ["", "3,486.52", "", "3,326.52", "", "120.00", "", "40.00"],
        ["", "支出预算合计", "", "基本支出", "", "项目支出"],
        ["", "3,486.52", "", "1,218.36", "", "2,268.16"],
        ["年度主要任务", "任务名称", "主要内容", "预算金额", "其中：财政资金", "其他资金"],
        ["", "机构正常运转", "保障机关运转。", "3,486.52", "3,446.52", "40.00"],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["", "产出指标", "数量指标", "高标准农田建设面积", "≥2.1万亩"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"]) == (
        Decimal("3486.52"), Decimal("3446.52"), Decimal("40.00"),
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_departments_tasks_numbered_and_their_money_parted_under_a_heji_heading():
    # 乡宁 (round 98): `年度履职目标 | 序号 | 履职目标 | 主要内容 | 预算金额` (13 row_unparsed before);
    # 曲阳: `预算金额` parted `合计 | 一般公共预算 | 其他` over the tasks, and their 合计 row more
    # than they add up to (the mismatch was never raised: 合计 was no heading there).
    tables = process_file("t.txt", text([
        ["部门名称", "某局"],
        ["资金总额（万元）", "合计", "一般公共预算", "其他"],
        ["", "2,100.00", "2,070.00", "30.00"],
        ["年度履职目标", "序号", "履职目标", "主要内容", "预算金额"],
        ["", "", "", "", "合计", "一般公共预算", "其他"],
        ["", "1", "城乡最低生活保障", "按月发放低保金。", "1,680.00", "1,680.00", "0.00"],
        ["", "2", "养老服务体系建设", "支持养老服务站运营。", "420.00", "390.00", "30.00"],
        ["", "合计", "", "", "2,110.00", "2,080.00", "30.00"],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["", "产出指标", "数量指标", "城乡低保保障人数", "≥8600人"],
    ]), Source(fiscal_year=2024))  # fmt: skip
    (project,) = tables.projects
    assert json.loads(project["extra_columns"])["履职目标#2"] == "养老服务体系建设"
    assert [(f["rule"], f["source_line"], f["message"]) for f in tables.findings
            if f["severity"] != "info"] == [
        ("subtotal_mismatch", 8, "合计 合计 2,110.00 ≠ 2,100.00 (万元), the sum of 2 items above it"),
        ("subtotal_mismatch", 8, "合计 一般公共预算 2,080.00 ≠ 2,070.00 (万元), the sum of 2 items "
         "above it"),
    ]  # fmt: skip


def test_a_money_headings_amount_beside_a_figure_of_its_own_is_the_total():
    # 垣曲 (round 102): `项目资金（万元） | 年度预算数 | 62.40` over its parts, which add up to 60.40.
    # 年度预算数, a heading of money columns elsewhere, was no total: the total was made of the
    # parts (60.40) and the mismatch never raised, silently.
    tables = process_file("t.txt", text([
        ["项目名称", "小型水库安全运行管护项目"],
        ["项目资金（万元）", "年度预算数", "", "62.40"],
        ["", "其中：财政拨款", "", "52.40"],
        ["", "其他资金", "", "8.00"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "管护水库座数", "12座"],
    ]), Source(fiscal_year=2024))  # fmt: skip
    assert tables.projects[0]["total_amount"] == Decimal("62.40")
    assert [(f["rule"], f["source_line"]) for f in tables.findings if f["severity"] == "error"] == [
        ("amount_row_mismatch", 2)
    ]


def test_a_template_row_numbered_and_left_unfilled_is_no_indicator():
    # 都昌 (round 97): a one-year project's 总目标 indicator table left as its template prints
    # it, `1.` and `2.` under each level and no target. Before, five indicators named `1.`.
    tables = read(text([
        ["项目名称", "文旅宣传推介"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "", "1.", ""],
        ["", "", "2、", ""],
        ["产出指标", "数量指标", "1.制作文旅宣传短视频", "≥20条"],
    ]))  # fmt: skip
    assert [i["indicator_name"] for i in tables.indicators] == ["制作文旅宣传短视频"]
    assert [(f["rule"], f["source_line"]) for f in tables.findings
            if f["rule"] == "template_row_skipped"][:2] == [
        ("template_row_skipped", 3), ("template_row_skipped", 4)
    ]  # fmt: skip


def test_a_totals_parts_after_qizhong_over_their_figures_a_row_below():
    # 临澧 (round 97, an .odt): `年度预算总额 | 其中：本级预算 | 上级资金 | 其他资金` over the figures.
    # Before, `其中：本级预算` was no label (read as the total's value, 168.60 the total, 218.60
    # the period's), and 上级资金 no part of the total.
    tables = process_file("t.txt", text([
        ["项目支出名称", "基本公共卫生服务项目"],
        ["预算金额（万元）", "年度预算总额", "其中：本级预算", "上级资金", "其他资金"],
        ["", "218.60", "168.60", "50.00", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "居民电子健康档案建档率", "≥90%"],
    ]), Source(fiscal_year=2026))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["period_amount"], project["fiscal_appropriation"]) == (
        Decimal("218.60"), None, Decimal("218.60"),
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_county_self_evaluation_of_provincial_money_its_notes_row_and_money_notes():
    # 调兵山 (self-evaluation round 88, 衡山's 县级专项资金 form): `其中：中央、省、市补助` beside
    # 县级资金 (unknown: a false amount_row_mismatch), and a closing `说明 | 无` row (an indicator
    # before); 乐昌 (round 87): a money block's last heading `备注` (its headings read as pairs).
    tables = read(text([
        ["项目名称", "省级农村人居环境整治专项资金"],
        ["资金情况（万元）", "资金来源", "全年预算数", "全年执行数", "执行率", "备注"],
        ["", "年度资金总额", "860.00", "846.20", "98.40%", "年中追加30万元"],
        ["", "其中：中央、省、市补助", "700.00", "700.00", "100.00%", ""],
        ["", "县级资金", "160.00", "146.20", "91.38%", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "未完成原因"],
        ["满意度指标", "服务对象满意度指标", "农村居民满意度", "≥90%", "92.5%", ""],
        ["说明", "无"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["budget_executed"], project["indicator_count"]) == (
        Decimal("860.00"), Decimal("846.20"), 1,
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_spanning_value_label_over_the_goals_of_two_scopes_gives_both_targets():
    # 塔峰镇 (round 113): `指标值` merged across over `中期目标 | 年度目标`. The 中期 column was a
    # column of no known label (column_unknown, info): every period target was lost.
    tables = read(text([
        ["部门整体支出绩效目标表"], ["单位：万元"], ["部门（单位）名称", "蓝山县塔峰镇人民政府"],
        ["年度预算申请（万元）", "资金总额", "1,936.80"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", ""],
        ["", "", "", "", "中期目标", "年度目标"],
        ["", "产出指标", "数量指标", "农村公路日常养护里程", "≥180公里", "≥60公里"],
        ["", "", "", "村级党组织标准化建设达标率", "", "≥90%"],
    ]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥180公里", "≥60公里"),
        ("产出指标", "数量指标", "村级党组织标准化建设达标率", None, "≥90%"),
    ]


def test_rows_of_words_copied_into_every_cell_of_their_merge_are_printed_once():
    # 广河 and 冕宁 (round 114): sheets unmerged and filled, a title, `（2026年度）` and the
    # department across every cell. The year's row after a form's 合计 was one more indicator
    # of the form above, silently; the department's copies were four row_unparsed errors.
    def form(name: str) -> list[list[str]]:
        return [
            ["项目支出绩效目标表"] * 5, ["（2026年度）"] * 5,
            ["部门名称：广河县教育局"] * 3 + ["", "金额单位：万元"],
            ["项目名称", name], ["年度资金总额", "248"], ["年度绩效目标", "减轻家庭教育负担"],
            ["序号", "绩效指标", "分值", "指标值", "计量单位"],
            ["1", "资助幼儿人数", "50", "≥4960", "人"], ["2", "家长满意度", "50", "≥95", "%"],
            ["合计", "合计", "100", "", ""],
        ]  # fmt: skip

    tables = read(text(form("学前教育幼儿资助") + form("乡村教师生活补助")))
    assert [(project["project_name"], project["indicator_count"])
            for project in tables.projects] == [("学前教育幼儿资助", 2), ("乡村教师生活补助", 2)]  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("资助幼儿人数", "≥4960人"), ("家长满意度", "≥95%"),
    ] * 2  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_departments_tasks_printing_budget_and_spending_leave_the_departments_money_alone():
    # 绛县 (self-evaluation round 96): the tasks' own `全年预算数 | 全年执行数` columns, the
    # labels of the money block below them. The first task's figures were the department's
    # budget and spending, with a false execution_rate_mismatch and amount_row_mismatch.
    tables = read(text([
        ["部门整体支出绩效自评表"], ["金额单位：万元"], ["部门（单位）名称", "绛县水利局"],
        ["年度主要任务", "任务名称", "主要内容", "全年预算数", "全年执行数", "完成情况"],
        ["", "农村饮水安全巩固提升", "实施农村供水工程改造", "960.00", "938.40", "完成18处"],
        ["", "河湖长制工作", "开展河湖巡查保洁", "186.35", "172.43", "巡查全覆盖"],
        ["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "1862.40", "2138.75", "2076.18", "10", "97.07%", "9.71"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "农村供水工程改造", "≥18处", "18处", "90", "90"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["budget_initial"], project["budget_adjusted"], project["budget_executed"],
            project["execution_rate"]) == (
        Decimal("1862.40"), Decimal("2138.75"), Decimal("2076.18"), 97.07,
    )  # fmt: skip
    assert {key: value for key, value in json.loads(project["extra_columns"]).items()
            if key.startswith("全年")} == {
        "全年预算数": "960.00", "全年执行数": "938.40", "全年预算数#2": "186.35", "全年执行数#2": "172.43",
    }  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def built(folder: str, place: str):
    """`process_file` of the fixture file of `folder` whose name holds `place`."""
    (path,) = (FIXTURES / folder).glob(f"*-{place}-*")
    return process_file(path.name, path.read_bytes(), Source())


@pytest.mark.parametrize(
    ("place", "money", "first"),
    [
        ("lanshan", ("1260.00", "1200.00", "60.00"),
         ("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩")),
        ("ningwu", ("1036.80", "1036.80", None),
         (None, None, "居民电子健康档案建档率", "≥90%")),
    ],
)  # fmt: skip
def test_a_pdf_lists_labels_over_two_rows_are_placed_by_the_cells_merged_down(place, money, first):
    # 蓝山 and 宁武 (round 112): `资金（万元）` spanning three columns above `年度资金总额 | 财政拨款 |
    # 其他资金`, the other labels merged down both rows. A PDF gives no cells for the columns a
    # label spans: the labels slid left (蓝山: every indicator's name its 一级, its target the
    # 财政拨款), or the line reader took the table for a packed one (宁武: no indicator at all).
    tables = built("heldout-targets-112", place)
    project = tables.projects[0]
    assert tables.documents[0]["layout"] == "indicator-rows"
    assert (project["total_amount_raw"], project["fiscal_appropriation_raw"],
            project["other_funds_raw"]) == money  # fmt: skip
    indicator = tables.indicators[0]
    assert (indicator["level1_name"], indicator["level2_name"], indicator["indicator_name"],
            indicator["annual_target"]) == first  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_the_tasks_figures_printed_alike_are_each_kept():
    # 阳江 (round 113): five tasks' 其他资金 `0.00, 40.00, 0.00, 0.00, 60.00`. A cell printed
    # again alike was dropped as a head repeated on a page: three were kept, the third task's
    # the fifth's 60.00.
    (project,) = built("heldout-targets-113", "yangjiang-shiji").projects
    fields = json.loads(project["extra_columns"])
    assert [fields[key] for key in ("其他资金", "其他资金#2", "其他资金#3", "其他资金#4", "其他资金#5")] == [
        "0.00", "40.00", "0.00", "0.00", "60.00",
    ]  # fmt: skip


def test_a_lists_total_row_its_label_copied_across_its_merge_is_checked():
    # 冕宁 and 镇原 (round 114): `合计 | 合计 | 712.98`, a sheet unmerged and filled. The row was
    # a sign-off line (info): a total its projects do not add up to went unreported.
    tables = read(text([
        ["2026年冕宁县卫生健康局项目支出绩效目标表"], ["单位：万元"],
        ["序号", "项目名称", "预算金额", "年度绩效目标", "指标名称", "指标值"],
        ["1", "基本公共卫生服务", "100.00", "提高健康管理水平", "健康管理率", "≥65%"],
        ["2", "计划生育奖励扶助", "50.00", "足额发放", "发放准确率", "100%"],
        ["合计", "合计", "140.00"],
    ]))  # fmt: skip
    assert [(row["row_type"], row["name"], row["total_amount"]) for row in tables.amount_rows] == [
        ("grand_total", "合计", Decimal("140.00"))
    ]
    assert [(f["rule"], f["message"]) for f in tables.findings if f["severity"] != "info"] == [
        ("subtotal_mismatch",
         "合计: printed subtotal differs from the sum of its 2 projects (万元): 总计 140.00 ≠ 150.00"),
    ]  # fmt: skip


def test_money_headings_naming_the_parts_over_rows_of_the_periods_totals():
    # 雅江 (round 116): `项目资金（万元） | | 合计 | 财政拨款 | 其他资金` over `实施期资金总额` and
    # `年度资金总额` rows. Each row's figures were refused as figures under no heading that says
    # which is which (amount_unparsed): no total, parts nor period amount.
    tables = read(text([
        ["项目支出绩效目标申报表"], ["单位：万元"], ["项目名称", "松茸保育促繁项目"],
        ["项目资金（万元）", "", "合计", "财政拨款", "其他资金"],
        ["", "实施期资金总额", "540.00", "450.00", "90.00"],
        ["", "年度资金总额", "180.00", "150.00", "30.00"],
        ["年度目标", "建成松茸保育促繁示范区1万亩"],
        LABELS, ["产出指标", "数量指标", "示范区面积", "≥1万亩", ""],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"],
            project["period_amount"]) == (
        Decimal("180.00"), Decimal("150.00"), Decimal("30.00"), Decimal("540.00"),
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_value_column_labelled_zhi_under_a_spanning_label_and_a_dated_line_above():
    # 祁阳 (round 117): `指标值` over `符号 | 值 | 单位`; `值` was no label, so the header over
    # two rows was not one (four projects one nameless, 80 row_unparsed errors). The line
    # `公开日期：2019年2月` under `部门名称：…` was read as the department's name going on.
    tables = read(text([
        ["祁阳县林业局2019年部门预算项目绩效目标表"], ["部门名称：祁阳县林业局（本级）"],
        ["公开日期：2019年2月"],
        ["序号", "项目名称", "预算金额（万元）", "年度绩效目标", "绩效指标", "", "", "指标值", "", ""],
        ["", "", "", "", "一级指标", "二级指标", "三级指标", "符号", "值", "单位"],
        ["1", "森林防火专项经费", "85.00", "及时处置火情", "产出指标", "数量指标", "森林防火巡护人员",
         "≥", "120", "人"],
        ["", "", "", "", "效益指标", "生态效益指标", "森林火灾受害率", "≤", "0.9", "‰"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["project_name"], project["total_amount"], project["supervising_department"]) == (
        "森林防火专项经费", Decimal("85.00"), "祁阳县林业局（本级）",
    )  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "森林防火巡护人员", None, "≥120人"),
        ("效益指标", "生态效益指标", "森林火灾受害率", None, "≤0.9‰"),
    ]


def test_a_header_over_two_rows_filled_into_every_cell_of_its_merges():
    # 蒲县 (round 118, a CSV) and 五大连池 (round 119, xlsx): every merged label written into
    # each cell it spans, down (`序号` over `序号`) and across (`指标值 | 指标值`), and each
    # target into both columns of its merge. Before, no target was read (蒲县), or each row
    # gave its target twice as the 中期 and the year's (五大连池).
    tables = read(text([
        ["某局2025年项目支出绩效目标表"] * 9, ["单位：万元"],
        ["项目名称", "资金总额", "其中", "其中", "一级指标", "二级指标", "三级指标", "指标值", "指标值"],
        ["项目名称", "资金总额", "财政拨款", "其他资金", "一级指标", "二级指标", "三级指标", "指标值", "指标值"],
        ["高标准农田建设", "1860", "1800", "60", "产出指标", "数量指标", "新建面积", "2.4万亩", "2.4万亩"],
        ["高标准农田建设", "1860", "1800", "60", "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["other_funds"]) == (
        Decimal("1860"), Decimal("1800"), Decimal("60"),
    )  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "新建面积", None, "2.4万亩"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", None, "≥90%"),
    ]


def test_a_lists_qualitative_row_with_its_money_again_stays_in_place():
    # 汤阴 (round 119): `| 96.25 | | 效益指标 | 社会效益指标 | 入园保障 | 定性 | 应助尽助 | |`, the
    # project's money printed again on each of its rows. The figure was taken for the end of
    # the level cell above and the row moved two columns right: one indicator named 效益指标,
    # silently.
    tables = read(text([
        ["某局2025年项目支出绩效目标表"], ["单位：万元"],
        ["项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "计算符号", "指标值", "度量单位", "指标值说明"],
        ["学前教育幼儿资助", "96.25", "保障入园", "产出指标", "数量指标", "资助幼儿人次", "≥", "1925", "人次", ""],
        ["", "96.25", "", "效益指标", "社会效益指标", "入园保障", "定性", "应助尽助", "", ""],
        ["", "96.25", "", "满意度指标", "服务对象满意度指标", "受助家庭满意度", "≥", "95", "%", ""],
        ["填报单位：某县教育局"],
    ]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "资助幼儿人次", None, "≥1925人次"),
        ("效益指标", "社会效益指标", "入园保障", None, "应助尽助"),
        ("满意度指标", "服务对象满意度指标", "受助家庭满意度", None, "≥95%"),
    ]
    # 耿马 (round 118): the filer stated under the list was a project cell on no project's row
    # (row_unparsed, an error); it is the table's note.
    assert [(f["rule"], f["severity"], f["evidence"]) for f in tables.findings
            if f["rule"] != "missing_level1"] == [("table_note", "info", "填报单位：某县教育局")]  # fmt: skip


def test_an_actuals_own_value_and_unit_under_its_spanning_label():
    # 金川 (self-evaluation round 99): `年度指标值` over `指标性质 | 指标值 | 度量单位` and
    # `实际完成值` over its own `指标值 | 度量单位`. The two 指标值 were read as the 中期 and the
    # year's targets: each annual target was the actual (≥3120亩 for ≥0.3万亩), silently.
    tables = read(text([
        ["项目支出绩效自评表"], ["单位：万元"], ["项目名称", "雪梨低效园改造提升项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "", "", "实际完成值", "", "分值", "得分"],
        ["", "", "", "指标性质", "指标值", "度量单位", "指标值", "度量单位", "", ""],
        ["产出指标", "数量指标", "改造低效雪梨园面积", "≥", "0.3", "万亩", "3120", "亩", "50", "50"],
        ["满意度指标", "服务对象满意度指标", "果农满意度", "≥", "90", "%", "95", "%", "50", "50"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["period_target"], i["actual_value"])
            for i in tables.indicators] == [
        ("改造低效雪梨园面积", "≥0.3万亩", None, "3120亩"), ("果农满意度", "≥90%", None, "95%"),
    ]  # fmt: skip


def test_group_headings_over_a_lists_labels_and_the_measures_beside_the_indicators():
    # 犍为 (round 121): `项目基本情况 | 绩效指标` over the list's labels, a false row_unparsed
    # and `{"项目基本情况": "绩效指标"}` in each project's fields. 梁子湖 (round 120):
    # `保障绩效目标实现措施` beside `绩效指标`, merged down the indicator rows: its first row was
    # read one column right (a row_unparsed, the target in the standard).
    tables = read(text([
        ["某局2024年项目支出绩效目标表"], ["单位：万元"],
        ["项目基本情况", "", "", "", "绩效指标", "", "", "", "保障绩效目标实现措施"],
        ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值", ""],
        ["某局", "农村公路养护", "685.00", "保持农村公路畅通", "产出指标", "数量指标", "养护里程",
         "1260公里", "落实网格化管理"],
        ["", "", "", "", "", "质量指标", "优良中等路率", "≥82%", ""],
    ]))  # fmt: skip
    assert [(i["level2_name"], i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("数量指标", "养护里程", "1260公里"), ("质量指标", "优良中等路率", "≥82%"),
    ]  # fmt: skip
    (project,) = tables.projects
    assert "项目基本情况" not in (project["extra_columns"] or "")
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_blank_form_after_a_filled_one_is_set_aside_not_a_project():
    # 玉门 (round 162): a workbook's 空白模板 sheet, its labels and its department's line only.
    # It had been a project of no name, money or indicator (missing_level1 notes on it).
    def form(name: str, money: str, goal: str, rows: list[list[str]]) -> list[list[str]]:
        return [["项目支出绩效目标表"], ["主管部门", "某县农业农村局"], ["项目名称", name],
                ["年度资金总额", money], ["年度绩效目标", goal],
                ["一级指标", "二级指标", "三级指标", "指标值"], *rows]  # fmt: skip

    filled = form("高标准农田建设", "360.00", "新建高标准农田1.2万亩",
                  [["产出指标", "数量指标", "新建高标准农田", "≥1.2万亩"]])  # fmt: skip
    blank = form("", "", "", [["产出指标", "数量指标", "", ""], ["满意度指标", "", "", ""]])
    tables = read(text([*filled, *blank]))
    assert [(p["project_name"], p["total_amount"]) for p in tables.projects] == [
        ("高标准农田建设", Decimal("360.00"))
    ]
    assert [(f["rule"], f["source_line"], f["message"], f["evidence"])
            for f in tables.findings if f["rule"] == "table_set_aside"] == [(
        "table_set_aside", 8,
        "a blank form, its labels only (no project name, money, goal, field or indicator "
        "filled in: a template), set aside",
        "某县农业农村局",
    )]  # fmt: skip


def test_forms_under_numbered_headings_naming_their_projects_take_them_as_titles():
    # 团泊 (round 179, a page copied as text): `2.团泊镇网格化社会治理服务` over the second form
    # had been read as an eighth indicator of the first (no target, levels filled down), and
    # each heading as a line outside the table (line_unrecognised).
    form = [
        ["单位：万元"], ["项目名称", "{name}"], ["主管部门", "某镇人民政府", "实施单位", "某镇综合治理中心"],
        ["项目资金（万元）", "年度资金总额", "146.00"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["", "产出指标", "数量指标", "配备专职网格员", "88人"],
        ["", "满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥92%"],
    ]  # fmt: skip
    rows = [["某镇2025年项目支出绩效目标表"]]
    for number, name in enumerate(("某镇农村道路提升改造", "某镇网格化社会治理服务"), start=1):
        rows += [[f"{number}.{name}"], *([c.format(name=name) for c in row] for row in form)]
    tables = read(text(rows))
    assert [(p["project_name"], p["indicator_count"]) for p in tables.projects] == [
        ("某镇农村道路提升改造", 2), ("某镇网格化社会治理服务", 2),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_budget_unit_printed_over_the_form_gives_way_to_its_supervising_department():
    # 长顺 (round 179, 贵州's 一体化 export): `预算单位：[612001]…` over the form had been read as
    # the supervising department, the form's own `主管部门` cell kept as a field.
    tables = read(text([
        ["项目支出绩效目标表"], ["预算单位：[612003]某县疾病预防控制中心", "", "", "金额单位：万元"],
        ["项目名称", "某县基本公共卫生服务项目"],
        ["主管部门", "某县卫生健康局", "实施单位", "某县疾病预防控制中心"],
        ["资金情况（万元）", "年度资金总额", "612.40"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "老年人健康管理人数", "≥9200人"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["supervising_department"], project["extra_columns"]) == (
        "某县卫生健康局", '{"预算单位": "[612003]某县疾病预防控制中心"}')  # fmt: skip


def test_the_reasons_under_a_self_evaluations_total_are_notes_no_indicator():
    # 北戴河 (self-evaluation round 136, 河北): `偏差原因分析 | …` under the 总分 row had been read as a
    # ninth indicator, its prose as the actual, under the last block's levels.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "某区文化惠民演出项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "广场演出场次", "≥40场", "37场", "50", "46"],
        ["满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "96%", "50", "50"],
        ["总分", "", "", "", "", "100", "96"],
        ["偏差原因分析", "受7月下旬持续降雨影响，3场广场演出取消。"],
        ["改进措施", "汛期活动增加室内场次。"],
    ]))  # fmt: skip
    assert [i["indicator_name"] for i in tables.indicators] == ["广场演出场次", "观众满意度"]
    assert [(f["rule"], f["evidence"]) for f in tables.findings if f["rule"] == "table_note"] == [
        ("table_note", "偏差原因分析"), ("table_note", "受7月下旬持续降雨影响，3场广场演出取消。"),
        ("table_note", "改进措施"), ("table_note", "汛期活动增加室内场次。"),
    ]  # fmt: skip
