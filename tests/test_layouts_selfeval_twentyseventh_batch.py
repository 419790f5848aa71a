"""What the twenty-seventh held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-27)
showed the readers lacked, read by the whole per-file pipeline on a table of its own: a header
over two rows whose spanning target label a PDF printed one cell (`年度指标值` over `指标性质 |
指标值 | 度量单位`) with the labels merged down both rows after it (`实际完成值 | 分值 | 得分`),
the lower row in place or shifted left by a converter that drops the cells merged down."""

import pytest

from tests.test_layouts_text import read, text

UPPER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"]  # fmt: skip
PARTS = ["指标性质", "指标值", "度量单位"]
ROWS = [
    ["产出指标", "数量指标", "低产板栗园改造面积", "≥", "10000", "亩", "10200亩", "50", "50", ""],
    ["", "", "板栗嫁接换优面积", "≥", "3000", "亩", "2860亩", "30", "27", "春季干旱，推迟嫁接"],
    ["满意度指标", "服务对象满意度指标", "栗农满意度", "≥", "90", "%", "93.4%", "20", "20", ""],
]  # fmt: skip


@pytest.mark.parametrize("lower", [["", "", "", *PARTS], PARTS], ids=["in-place", "shifted-left"])
def test_a_target_label_printed_once_over_split_columns_heads_them_and_the_labels_after_it(lower):
    # Before, the labels after `年度指标值` stood over the split columns (实际完成值 over 指标值,
    # 分值 over 度量单位): every target was its operator alone and no actual, weight or score was
    # read.
    tables = read(text([["项目支出绩效自评表"], ["项目名称", "板栗产业提质增效项目"], UPPER, lower,
                        *ROWS]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["target_operator_raw"],
             i["actual_value"], i["weight"], i["score"], i["deviation_reason"])
            for i in tables.indicators] == [
        ("低产板栗园改造面积", "≥10000亩", "≥", "10200亩", 50.0, 50.0, None),
        ("板栗嫁接换优面积", "≥3000亩", "≥", "2860亩", 30.0, 27.0, "春季干旱,推迟嫁接"),
        ("栗农满意度", "≥90%", "≥", "93.4%", 20.0, 20.0, None),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
