"""What the nineteenth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-19)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: a
money block by `本年安排` / `上年结转`, and a department's `年度主要任务 | 完成情况` pairs with each
task in the label's own column; the points and the score joined in one `分值/得分` column; and
a target column as adjusted in the year (`年初目标值 | 调整后目标值`)."""

import json

import pytest

from tests.test_layouts_selfeval_sixteenth_batch import _rules
from tests.test_layouts_selfeval_thirteenth_batch import _indicators
from tests.test_layouts_selfeval_twelfth_batch import HEADINGS, MONEY
from tests.test_layouts_text import read, text

MONEY_HEADINGS = [
    "项目资金（万元）",
    "",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
]
INDICATOR = ["产出指标", "数量指标", "购置消防救援装备", "≥36台（套）", "38台（套）", "90", "90"]


def test_this_years_allocation_beside_the_money_carried_over_is_a_part_of_the_total():
    # Before, `本年安排` was no fund part (the sum of the parts left it out): amount_row_mismatch.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "消防救援装备购置经费"], MONEY_HEADINGS,
        ["", "年度资金总额", "380.00", "425.00", "412.25", "10", "97.00%", "9.7"],
        ["", "其中：本年安排", "380.00", "380.00", "370.50", "—", "97.50%", "—"],
        ["", "上年结转", "0.00", "45.00", "41.75", "—", "92.78%", "—"],
        HEADINGS, INDICATOR, ["合计", "", "", "", "", "100", "99.7"],
    ]))  # fmt: skip
    assert [(a["name"], a["budget_adjusted_raw"], a["budget_executed_raw"])
            for a in tables.amount_rows] == [
        ("其中：本年安排", "380.00", "370.50"), ("上年结转", "45.00", "41.75"),
    ]  # fmt: skip
    assert _rules(tables) == []


def test_a_departments_tasks_in_their_labels_column_are_fields_by_heading():
    # Before, each task was an unknown label (label_unknown) and the 完成情况 heading a value
    # without a label (row_unparsed).
    tables = read(text([
        ["2023年度部门整体支出绩效自评表"], ["部门（单位）名称", "某区市场监督管理局"],
        ["年度预算申请（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "860.00", "892.00", "874.16", "10", "98.00%", "9.8"],
        ["年度主要任务", "完成情况"],
        ["食品安全抽检监测", "完成食品安全抽检6120批次"],
        ["特种设备安全监管", "检查特种设备使用单位1280家"],
        HEADINGS, INDICATOR, ["总分", "", "", "", "", "100", "99.8"],
    ]))  # fmt: skip
    assert json.loads(tables.projects[0]["extra_columns"]) == {
        "食品安全抽检监测/完成情况": "完成食品安全抽检6120批次",
        "特种设备安全监管/完成情况": "检查特种设备使用单位1280家",
    }
    assert [f["rule"] for f in tables.findings if f["rule"] != "missing_level1"] == []
    assert [i["indicator_name"] for i in tables.indicators] == ["购置消防救援装备"]


def test_points_and_score_joined_in_one_column_are_read_apart():
    # Before, `分值/得分` was no known label: no weight, no score, the money block's neither.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "家庭医生签约服务项目"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值/得分", "执行率"],
        ["", "年度资金总额", "64.00", "64.00", "60.80", "10/9.5", "95.00%"],
        ["", "其中：当年财政拨款", "64.00", "64.00", "60.80", "—", "95.00%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值/得分", "偏差原因分析"],
        ["产出指标", "数量指标", "签约人数", "≥6500人", "6820人", "50/50", ""],
        ["", "质量指标", "高血压患者规范管理率", "≥60%", "57.8%", "40/38", "随访不规律"],
        ["合计", "", "", "", "", "100/97.5", ""],
    ]))  # fmt: skip
    project = tables.projects[0]
    assert (project["execution_weight"], project["execution_score"], project["execution_rate_raw"]) == (
        10.0, 9.5, "95.00%",
    )  # fmt: skip
    assert (project["weight_total"], project["score_total"]) == (100.0, 97.5)
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "签约人数", "≥6500人", "6820人", 50, 50),
        ("产出指标", "质量指标", "高血压患者规范管理率", "≥60%", "57.8%", 40, 38),
    ]
    assert [f["rule"] for f in tables.findings if f["rule"] != "missing_level1"] == []


@pytest.mark.parametrize(
    ("first", "adjusted"),
    [
        ("年初目标值", "调整后目标值"),
        ("调整前目标值", "调整后目标值"),
        # 开江 (round 92): read as two indicators of every row, the first with no actual
        ("年度指标值", "变更后目标值"),
        ("年度指标值", "修订后指标值"),
    ],
)
def test_the_target_as_adjusted_in_the_year_is_the_one_the_actual_answers(first, adjusted):
    # Before, `年初目标值 | 调整后目标值` were read as two targets of two scopes: each row gave two
    # indicators, the first (年初) with no actual, weight or score. `调整前目标值`, holding a word
    # of adjustment too, was read as the 中期 target (a false period_annual_differ).
    tables = read(text([
        *MONEY,
        ["一级指标", "二级指标", "三级指标", first, adjusted, "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "重点人群传染病监测", "≥1.2万人次", "≥1万人次", "1.05万人次", "50", "50"],
        ["", "质量指标", "传染病网络直报及时率", "≥95%", "≥98%", "97.2%", "40", "36"],
        ["合计", "", "", "", "", "", "100", "95.6"],
    ]))  # fmt: skip
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "重点人群传染病监测", "≥1万人次", "1.05万人次", 50, 50),
        ("产出指标", "质量指标", "传染病网络直报及时率", "≥98%", "97.2%", 40, 36),
    ]
    assert [i["met"] for i in tables.indicators] == [True, False]
    assert [json.loads(i["extra_columns"]) for i in tables.indicators] == [
        {first: "≥1.2万人次"}, {first: "≥95%"},
    ]  # fmt: skip
    assert [i["period_target"] for i in tables.indicators] == [None, None]


@pytest.mark.parametrize("unadjusted", ["", "—"])
def test_a_row_not_adjusted_in_the_year_keeps_its_first_target(unadjusted):
    # 新野 and 开江 (held-out self-evaluation round 92): two indicators of the form adjusted,
    # the others' adjusted cells empty (or `—`). Before, their targets, clauses and met were
    # null, silently: 780人 against ≥800人 lost its verdict.
    tables = read(text([
        *MONEY,
        ["一级指标", "二级指标", "三级指标", "年初指标值", "调整后指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建蔬菜大棚", "≥120亩", "≥100亩", "104亩", "50", "50"],
        ["效益指标", "社会效益指标", "带动农民就近务工", "≥800人", unadjusted, "780人", "40", "36"],
        ["合计", "", "", "", "", "", "100", "96"],
    ]))  # fmt: skip
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "新建蔬菜大棚", "≥100亩", "104亩", 50, 50),
        ("效益指标", "社会效益指标", "带动农民就近务工", "≥800人", "780人", 40, 36),
    ]
    assert [i["met"] for i in tables.indicators] == [True, False]


def test_the_years_first_target_beside_its_split_target_in_force_is_kept_as_an_extra_cell():
    # 山西's 一体化 self-evaluation (heldout-selfeval-89): `年初指标值` before the split target
    # in force. Before, each row gave two indicators, the first the 年初 one with the operator
    # column's `≥` before its own (`≥≥2000亩`), no actual, weight or score, and no finding.
    tables = read(text([
        *MONEY,
        ["一级指标", "二级指标", "三级指标", "年初指标值", "计算符号", "年度指标值", "度量单位",
         "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "示范片建设面积", "≥2000亩", "≥", "1800", "亩", "1850", "50", "50"],
        ["", "质量指标", "测土配方施肥覆盖率", "≥95%", "≥", "95", "%", "97%", "40", "40"],
        ["合计", "", "", "", "", "", "", "", "100", "100"],
    ]))  # fmt: skip
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "示范片建设面积", "≥1800亩", "1850亩", 50, 50),
        ("产出指标", "质量指标", "测土配方施肥覆盖率", "≥95%", "97%", 40, 40),
    ]
    assert [i["met"] for i in tables.indicators] == [True, True]
    assert [json.loads(i["extra_columns"]) for i in tables.indicators] == [
        {"年初指标值": "≥2000亩"}, {"年初指标值": "≥95%"},
    ]  # fmt: skip


def test_a_mid_term_target_beside_an_adjusted_one_stays_a_target_of_its_own():
    tables = read(text([
        *MONEY,
        ["一级指标", "二级指标", "三级指标", "中期指标值", "调整后年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建蓄水池", "≥6座", "≥2座", "2座", "90", "90"],
        ["合计", "", "", "", "", "", "100", "99.6"],
    ]))  # fmt: skip
    assert [
        (i["indicator_name"], i["annual_target"], i["period_target"]) for i in tables.indicators
    ] == [
        ("新建蓄水池", "≥2座", "≥6座"),
    ]
