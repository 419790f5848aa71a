"""What the seventh held-out batch of target tables (tests/fixtures/heldout-targets-7) showed the
readers lacked, each read by the whole per-file pipeline on a table of its own: the numbering a
form writes before its indicators' names (`①`, `（1）`, `1.`), taken off the name into
`indicator_seq` and allowed to start again under each 二级."""

from decimal import Decimal

import pytest

from pipeline.rows import THRESHOLD_COLUMNS
from tests.test_layouts_text import read, text

HEAD = [["项目支出绩效目标表"], ["单位:万元"], ["项目名称", "城区公共停车场建设"],
        ["年度资金总额", "620"], ["年度目标", "建成公共停车场2处。"]]  # fmt: skip
GRID = ["一级指标", "二级指标", "三级指标", "指标值"]


def named(tables) -> list[tuple]:
    return [(i["level2_name"], i["indicator_seq"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators]  # fmt: skip


def numbering_findings(tables) -> list[tuple]:
    return [(f["rule"], f["severity"], f["message"]) for f in tables.findings
            if f["rule"] == "indicator_numbering_gap"]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second"),
    [("①新建公共停车场", "②新增停车泊位"), ("（1）新建公共停车场", "（2）新增停车泊位"),
     ("⑴新建公共停车场", "⑵新增停车泊位"), ("1.新建公共停车场", "2、新增停车泊位"),
     ("１．新建公共停车场", "２．新增停车泊位")],
)  # fmt: skip
def test_the_number_written_before_a_name_is_its_seq_not_part_of_it(first, second):
    tables = read(text([*HEAD, GRID,
                        ["产出指标", "数量指标", first, "2处"],
                        ["", "", second, "600个"],
                        ["", "质量指标", "①工程验收合格率", "100%"],
                        ["满意度指标", "服务对象满意度指标", "①市民满意度", "≥85%"]]))  # fmt: skip
    assert named(tables) == [
        ("数量指标", 1, "新建公共停车场", "2处"),
        ("数量指标", 2, "新增停车泊位", "600个"),
        ("质量指标", 1, "工程验收合格率", "100%"),
        ("服务对象满意度指标", 1, "市民满意度", "≥85%"),
    ]
    assert numbering_findings(tables) == []


@pytest.mark.parametrize(
    "name", ["1.5米高防护栏安装长度", "5G基站建设数量", "(含线上)培训人数", "(1)"]
)
def test_a_name_that_only_starts_with_a_number_keeps_it(name):
    tables = read(text([*HEAD, GRID, ["产出指标", "数量指标", name, "≥2处"]]))
    assert named(tables) == [("数量指标", None, name, "≥2处")]


def test_numbers_that_skip_one_under_a_level_are_a_gap():
    tables = read(text([*HEAD, GRID,
                        ["产出指标", "数量指标", "①新建公共停车场", "2处"],
                        ["", "", "③新增停车泊位", "600个"]]))  # fmt: skip
    assert numbering_findings(tables) == [
        ("indicator_numbering_gap", "warning", "indicators numbered 1,3, expected 1..2")
    ]


LIST = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"]


def projects(tables) -> list[tuple]:
    return [(p["project_name"], p["total_amount"], p["extra_columns"]) for p in tables.projects]


def test_a_code_printed_before_a_projects_name_is_kept_apart_from_the_name():
    tables = read(text([["部门项目支出绩效目标表"], ["单位:万元"], LIST,
                        ["英德市农业农村局", "2025-001 英德红茶产业发展扶持资金", "350.00", "扶持茶企。",
                         "产出指标", "数量指标", "扶持茶叶加工企业数", "≥15家"],
                        ["", "【440115-21-0003】农村人居环境整治提升", "128.50", "整治村庄。",
                         "产出指标", "数量指标", "整治自然村数量", "≥60个"],
                        ["", "2025 年度农村公路养护", "80.00", "养护公路。",
                         "产出指标", "数量指标", "养护里程", "≥120公里"]]))  # fmt: skip
    assert projects(tables) == [
        ("英德红茶产业发展扶持资金", Decimal("350"), '{"项目编码": "2025-001"}'),
        ("农村人居环境整治提升", Decimal("128.5"), '{"项目编码": "440115-21-0003"}'),
        ("2025 年度农村公路养护", Decimal("80"), None),
    ]


FLAT = ["指标", "指标权重", "计量单位", "指标性质", "指标值"]
FLAT_HEAD = [
    ["项目绩效目标表"],
    ["项目名称", "村级组织运转保障经费"],
    ["当年预算(元)", "96,480.00"],
]


def flat(tables) -> list[tuple]:
    return [(i["indicator_name"], i["annual_target"], i["target_operator_raw"],
             i["target_value_raw"], i["target_unit_raw"], i["source_line"])
            for i in tables.indicators]  # fmt: skip


def test_the_end_of_a_rows_last_cell_written_out_as_a_line_of_its_own_is_put_back():
    tables = read(text([*FLAT_HEAD, FLAT,
                        ["村务公开情况", "15", "", "定性", "按季度公开,内容真实"], ["完整"],
                        ["资金拨付完成时间", "10", "", "≤", "2024年9月30日"], ["前"],
                        ["群众满意度", "15", "%", "≥", "90"]]))  # fmt: skip
    assert flat(tables) == [
        ("村务公开情况", "按季度公开,内容真实完整", "定性", "按季度公开,内容真实完整", "", 5),
        ("资金拨付完成时间", "≤2024年9月30日前", "≤", "2024年9月30日前", "", 7),
        ("群众满意度", "≥90%", "≥", "90", "%", 9),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize("line", ["注:本表金额单位为元。", "— 2 —", "第 2 页 共 3 页"])
def test_a_note_a_label_or_a_page_number_under_a_row_is_not_the_end_of_its_last_cell(line):
    tables = read(text([*FLAT_HEAD, FLAT, ["群众满意度", "15", "%", "≥", "90"], [line]]))
    assert flat(tables) == [("群众满意度", "≥90%", "≥", "90", "%", 5)]


@pytest.mark.parametrize(
    "goal_rows",
    [
        [["年度预期目标", "保障公交线路32条运营。"]],
        [["年度预期"], ["目标", "保障公交线路32条运营。"]],
    ],
)
def test_labels_the_shared_list_lacked_name_the_unit_and_the_years_goal(goal_rows):
    tables = read(text([["项目支出绩效目标表"], ["单位:万元"], ["项目名称", "城乡公交运营补贴"],
                        ["主管部门", "乐陵市交通运输局", "实施主体", "乐陵市公共交通有限公司"],
                        ["项目期", "2023年", "项目资金总额", "486.00"], *goal_rows, GRID,
                        ["产出指标", "数量指标", "运营城乡公交线路", "32条"]]))  # fmt: skip
    (project,) = tables.projects
    assert {key: project[key] for key in ("supervising_department", "implementing_unit",
            "performance_goal", "period_goal", "total_amount", "extra_columns")} == {
        "supervising_department": "乐陵市交通运输局",
        "implementing_unit": "乐陵市公共交通有限公司",
        "performance_goal": "保障公交线路32条运营。",
        "period_goal": None,
        "total_amount": Decimal("486"),
        "extra_columns": None,
    }  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


SPLIT = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "权重"]
DEPARTMENT_HEAD = [["部门整体支出绩效目标表"], ["部门名称", "隆昌市农业农村局"],
                   ["年度预算(万元)", "资金总额", "3286.45"]]  # fmt: skip


def clauses(tables) -> list[tuple]:
    rows = [dict(zip(THRESHOLD_COLUMNS, t, strict=True)) for t in tables.thresholds]
    return [(r["scope"], r["text"], r["kind"], r["operator"], r["value"], r["unit"], r["context"])
            for r in rows]  # fmt: skip


def test_the_operator_column_compares_a_number_its_value_cell_puts_words_before():
    tables = read(text([*DEPARTMENT_HEAD, SPLIT,
                        ["效益指标", "可持续影响指标", "耕地质量等级", "≥", "较2024年提高0.1个等级", "", "10"],
                        ["", "社会效益指标", "农业安全生产事故", "=", "零", "", "10"],
                        ["", "", "群众收入增幅", "≥", "较上年提高5", "%", "10"],
                        ["", "", "部门运转成本", "≤", "预算数", "", "10"]]))  # fmt: skip
    assert clauses(tables) == [
        ("annual", "≥较2024年提高0.1个等级", "number", ">=", 0.1, "个", "较2024年提高 等级"),
        ("annual", "=零", "number", "=", 0.0, None, None),
        ("annual", "≥较上年提高5%", "percent", ">=", 5.0, "%", "较上年提高"),
        ("annual", "≤预算数", "text", None, None, None, "≤预算数"),
    ]


UNIT_GRID = ["一级指标", "二级指标", "三级指标", "指标值", "单位"]


@pytest.mark.parametrize("line", ["武邑县2019年部门预算信息公开", "2019年单位决算信息公开"])
def test_a_running_header_between_rows_is_page_furniture_not_an_indicator(line):
    tables = read(text([*HEAD, UNIT_GRID,
                        ["产出指标", "成本指标", "每村月均清运补助", "≤183.33", "元"], [line],
                        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90", "%"]]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("每村月均清运补助", "≤183.33元"), ("群众满意度", "≥90%"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_line_wider_than_the_last_cell_above_it_is_not_that_cells_end():
    tables = read(text([*HEAD, UNIT_GRID,
                        ["产出指标", "成本指标", "每村月均清运补助", "≤183.33", "元"],
                        ["本表由清凉店镇人民政府负责填报"]]))  # fmt: skip
    first = tables.indicators[0]
    assert (first["indicator_name"], first["annual_target"]) == ("每村月均清运补助", "≤183.33元")
