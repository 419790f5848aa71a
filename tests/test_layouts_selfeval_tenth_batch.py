"""What the tenth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-10) showed
the readers lacked, each read by the whole per-file pipeline on a table of its own: a target
and its actual printed in one cell under a label joining theirs (`年度指标值/实际完成值`)."""

import json

import pytest

from pipeline.layouts.indicator_grid import split_value_actual
from tests.test_layouts_text import read, text

HEAD = [
    ["中央对地方转移支付区域绩效自评表"],
    ["转移支付（项目）名称", "茶产业提质增效资金"],
    ["资金投入情况（万元）", "", "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）"],
    ["", "年度资金总额", "320.00", "305.60", "95.50%"],
]


def read_joined(label: str, rows: list[list[str]]):
    tables = read(text([*HEAD, ["一级指标", "二级指标", "三级指标", label], *rows]))
    return tables, [
        (
            i["indicator_name"],
            i["annual_target"],
            i["actual_value"],
            i["extra_columns"] and json.loads(i["extra_columns"]),
        )
        for i in tables.indicators
    ]


@pytest.mark.parametrize("label", ["年度指标值/实际完成值", "指标值／完成值"])
def test_a_target_and_its_actual_in_one_cell_are_read_apart(label):
    # Before, the column was read as the actual's: no target, the actual `≥95%/98%`.
    tables, read_rows = read_joined(label, [
        ["产出指标", "数量指标", "新建标准化茶园面积", "≥2000亩/2150亩"],
        ["", "成本指标", "茶园建设补助标准", "≤800元/亩/760元/亩"],
        ["效益指标", "可持续影响指标", "茶产业品牌影响力", "持续改善/明显改善"],
        ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%/93.5%"],
    ])  # fmt: skip
    assert read_rows == [
        ("新建标准化茶园面积", "≥2000亩", "2150亩", None),
        ("茶园建设补助标准", "≤800元/亩", "760元/亩", None),
        ("茶产业品牌影响力", "持续改善", "明显改善", None),
        ("茶农满意度", "≥90%", "93.5%", None),
    ]
    assert tables.documents[0]["document_type"] == "self_evaluation"
    assert [i["met"] for i in tables.indicators] == [True, True, None, True]


@pytest.mark.parametrize(
    ("cell", "parts"),
    [
        ("≥95%/98%", ("≥95%", "98%")),
        ("100%/100%", ("100%", "100%")),
        ("≤800元/亩/760元/亩", ("≤800元/亩", "760元/亩")),
        ("1次/月/≥1次/月", ("1次/月", "≥1次/月")),
        ("2024年10月31日前/2024年10月20日", ("2024年10月31日前", "2024年10月20日")),
        ("持续改善/明显改善", ("持续改善", "明显改善")),
        # Several slashes an actual's figure may follow: not guessed.
        ("2024/10/31/2024/10/20", None),
        ("≥95%", None),
        ("/98%", None),
    ],
)
def test_a_cell_holding_a_target_and_its_actual_splits_at_the_slash_between_them(cell, parts):
    assert split_value_actual(cell) == parts


def test_a_cell_that_cannot_be_split_is_kept_whole_and_read_as_neither():
    _, read_rows = read_joined("年度指标值/实际完成值", [
        ["产出指标", "时效指标", "建设完成时间", "2024/10/31/2024/10/20"],
    ])  # fmt: skip
    assert read_rows == [
        ("建设完成时间", None, None, {"年度指标值/实际完成值": "2024/10/31/2024/10/20"}),
    ]


def test_rows_shifted_left_of_their_numbers_column_are_put_back_under_its_labels():
    # A converter dropped the merged cells (the 绩效指标 label down the side, 一级, 二级): each
    # row's number left its 序号 column. Before, the numbers were read as levels and names.
    tables = read(text([
        *HEAD,
        ["绩效指标", "序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
         "得分"],
        ["1", "产出指标", "数量指标", "新建旅游公厕", "≥8座", "8座", "40", "40"],
        ["2", "旅游标识标牌设置", "≥120块", "126块", "20", "20"],
        ["3", "质量指标", "设施竣工验收合格率", "100%", "100%", "20", "20"],
        ["4", "效益指标", "社会效益指标", "带动村民就业", "≥50人", "58人", "10", "10"],
    ]))  # fmt: skip
    assert [
        (i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"],
         i["actual_value"], i["weight"], i["score"])
        for i in tables.indicators
    ] == [
        ("产出指标", "数量指标", "新建旅游公厕", "≥8座", "8座", 40.0, 40.0),
        ("产出指标", "数量指标", "旅游标识标牌设置", "≥120块", "126块", 20.0, 20.0),
        ("产出指标", "质量指标", "设施竣工验收合格率", "100%", "100%", 20.0, 20.0),
        ("效益指标", "社会效益指标", "带动村民就业", "≥50人", "58人", 10.0, 10.0),
    ]  # fmt: skip
