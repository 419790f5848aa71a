"""Templates' own wording, read by the whole per-file pipeline (held-out round 81): a county's
form printing its title again over each of its 长期 and 年度 indicator tables, a city's form
heading them 总目标绩效指标 and 本年度绩效指标 with notes inside its level names, and a 一级
column naming 服务对象满意度指标 over a 二级 of 具体指标."""

from decimal import Decimal

from tests.test_layouts_text import read, text

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
