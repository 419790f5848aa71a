"""What the sixteenth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-16)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: the
indicator headings printed again at a page top without the 一级's label (its merged cell going
on under it), a 服务对象满意度指标 printed inside 效益指标 as older schemes have it, a 合计 row
totalling the indicators' 90 points without the money block's 10, and a total label spaced out
(`合  计`) in a row whose tabs were lost."""

import pytest

from tests.test_layouts_damage import cells_joined_by_spaces
from tests.test_layouts_selfeval_thirteenth_batch import HEADINGS, _indicators
from tests.test_layouts_selfeval_twelfth_batch import MONEY
from tests.test_layouts_text import read, text


def _form(*rows: list[str]):
    """The tables of a form with its money block's 10 points and `rows` under its headings."""
    return read(text([*MONEY, HEADINGS, *rows]))


def _rules(tables) -> list[str]:
    return sorted(f["rule"] for f in tables.findings if f["severity"] != "info")


def test_headings_printed_again_without_the_level1_label_go_on_with_the_table():
    # Before, `| 二级指标 | 三级指标 | …` after the page marker opened a new grid with no 一级
    # column: the rows under it lost their 一级 (产出指标 going on, and 效益指标) and the 效益指标
    # row was a row_unparsed.
    table = text([
        *MONEY, HEADINGS,
        ["产出指标", "数量指标", "低产园提质改造面积", "≥2万亩", "2.05万亩", "40", "40"],
        ["第 1 页 共 2 页"],
        ["", *HEADINGS[1:]],
        ["", "质量指标", "改造园区验收合格率", "≥95%", "97.2%", "10", "10"],
        ["效益指标", "经济效益指标", "项目区红枣优果率", "≥60%", "62.5%", "40", "38"],
        ["合计", "", "", "", "", "100", "97.6"],
    ])  # fmt: skip
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert _indicators(tables) == [
            ("产出指标", "数量指标", "低产园提质改造面积", "≥2万亩", "2.05万亩", 40, 40),
            ("产出指标", "质量指标", "改造园区验收合格率", "≥95%", "97.2%", 10, 10),
            ("效益指标", "经济效益指标", "项目区红枣优果率", "≥60%", "62.5%", 40, 38),
        ]
        assert _rules(tables) == []


def test_a_satisfaction_level2_inside_the_benefit_block_keeps_its_level1():
    # Before, 农户满意度's 一级 was dropped (null), as if the 效益指标 block had ended without a
    # 满意度指标 cell; the table prints it inside 效益指标, as 财预〔2015〕88号's scheme does.
    tables = _form(
        ["产出指标", "数量指标", "高标准农田建设面积", "≥1.5万亩", "1.52万亩", "50", "50"],
        ["效益指标", "经济效益指标", "人均可支配收入增长", "≥8%", "8.2%", "30", "30"],
        ["", "服务对象满意度指标", "农户满意度", "≥90%", "92.6%", "10", "10"],
        ["合计", "", "", "", "", "100", "99.6"],
    )
    assert _indicators(tables)[-1] == (
        "效益指标", "服务对象满意度指标", "农户满意度", "≥90%", "92.6%", 10, 10
    )  # fmt: skip
    assert _rules(tables) == ["category_code_mismatch"]  # the scheme is not the taxonomy's


@pytest.mark.parametrize(("total", "rules"), [("90", []), ("95", ["weights_total_mismatch"])])
def test_a_total_of_the_indicators_points_only_is_no_weights_mismatch(total, rules):
    # Before, `合计 | 90 | 88` under indicators weighing 90 (the money block's 10 apart) was a
    # weights_total_mismatch (100, not 90); the score total was already read either way.
    tables = _form(
        ["产出指标", "数量指标", "铺设供水管网", "≥120公里", "121公里", "50", "50"],
        ["效益指标", "社会效益指标", "农村自来水普及率", "≥92%", "92.5%", "30", "28"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "91.2%", "10", "10"],
        ["合计", "", "", "", "", total, "88"],
    )
    assert _rules(tables) == rules


@pytest.mark.parametrize(("total", "rules"), [("98.6", []), ("97.6", ["score_total_mismatch"])])
def test_a_total_label_spaced_out_in_a_row_joined_by_spaces_is_the_total(total, rules):
    # Before, `合 计 100 98.6` (the label `合  计` spaced to fill its cell, the tabs lost) fitted
    # the columns in more than one way: a row_unparsed, and the total went unchecked.
    table = text([
        *MONEY, HEADINGS,
        ["产出指标", "数量指标", "农村安居房建设户数", "≥1500户", "1485户", "50", "49"],
        ["效益指标", "可持续影响指标", "安居房设计使用年限", "≥50年", "50年", "30", "30"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "满意", "10", "10"],
        ["合  计", "", "", "", "", "100", total],
    ])  # fmt: skip
    tables = read(cells_joined_by_spaces(table.decode()).encode())
    assert [p["score_total"] for p in tables.projects] == [float(total)]
    assert _rules(tables) == rules
