"""What the seventh held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-7) found
the readers lacking, one focused case each, read by the whole per-file pipeline: a 扣分
(points deducted) column between 分值 and 得分 under headings wrapped onto a second line, and a
department's own 二级 names (`履职目标实现`) on rows whose 一级 cell is merged from above.
(An actual month judged against a date target is in tests/test_attainment.py.)
"""

import io
import json

import openpyxl
import pytest

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from tests.test_layouts_text import read, text

MONEY = [
    ["项目支出绩效自评表"],
    ["项目名称", "高标准农田建设"],
    ["项目资金（万元）", "", "年初预算数", "调整后预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "100.00", "100.00", "100.00", "10", "100%", "10"],
]


def rows(tables) -> list[tuple]:
    return [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"],
             i["actual_value"], i["weight"], i["score"], i["deviation_reason"],
             i["extra_columns"] and json.loads(i["extra_columns"]))
            for i in tables.indicators]  # fmt: skip


def read_untabbed(*lines: str):
    """The money block and `lines` with every row's cells joined by one space (damage 3)."""
    return read("\n".join([*(" ".join(row) for row in MONEY), *lines]).encode())


def findings(tables) -> list[tuple]:
    return [(f["rule"], f["message"]) for f in tables.findings if f["severity"] != "info"]


def test_a_deduction_column_under_headings_wrapped_onto_a_second_line_is_kept_beside_the_score():
    tables = read(text([*MONEY,
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指", "实际完成值", "分值", "扣分",
         "得分", "扣分原"],
        ["", "", "", "", "标值", "", "", "", "", "因"],
        ["", "产出指标", "数量指标", "新打机井数量", "≥120眼", "126眼", "10", "0", "10", ""],
        ["", "效益指标", "生态效益指标", "节水灌溉面积占比", "≥60%", "58%", "10", "2", "8",
         "台账不完整"],
    ]))  # fmt: skip
    assert rows(tables) == [
        ("产出指标", "数量指标", "新打机井数量", "≥120眼", "126眼", 10.0, 10.0, None,
         {"扣分": "0"}),
        ("效益指标", "生态效益指标", "节水灌溉面积占比", "≥60%", "58%", 10.0, 8.0, "台账不完整",
         {"扣分": "2"}),
    ]  # fmt: skip
    assert findings(tables) == []


@pytest.mark.parametrize("shifted", [False, True])
def test_a_departments_own_level2_names_under_a_merged_level1_stay_level2_cells(shifted):
    # shifted: a converter that ignores rowspan dropped the merged 一级 cell, moving the row left.
    merged = [] if shifted else [""]
    tables = read(text([
        ["2022年度部门整体支出绩效自评表"],
        ["部门名称", "某县市场监督管理局"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["履职效能（20分）", "重点工作履行情况", "食品安全抽检批次", "≥1200批次", "1286批次", "10", "10", ""],
        [*merged, "履职目标实现", "消费投诉按时办结率", "≥95%", "96.8%", "10", "10", "", ""][:8],
        ["管理效率（10分）", "预算执行", "预算执行率", "≥95%", "97%", "5", "5", ""],
        [*merged, "采购管理", "政府采购执行率", "100%", "100%", "5", "5", "", ""][:8],
    ]))  # fmt: skip
    assert [row[2:7] for row in rows(tables)] == [
        ("食品安全抽检批次", "≥1200批次", "1286批次", 10.0, 10.0),
        ("消费投诉按时办结率", "≥95%", "96.8%", 10.0, 10.0),
        ("预算执行率", "≥95%", "97%", 5.0, 5.0),
        ("政府采购执行率", "100%", "100%", 5.0, 5.0),
    ]
    assert [(i["level1_raw"], i["level2_raw"]) for i in tables.indicators] == [
        ("履职效能(20分)", "重点工作履行情况"),
        ("履职效能(20分)", "履职目标实现"),
        ("管理效率(10分)", "预算执行"),
        ("管理效率(10分)", "采购管理"),
    ]
    assert [rule for rule, _ in findings(tables)].count("weights_total_mismatch") == 0


def test_a_deviation_figure_column_is_known_so_a_table_whose_cells_lost_their_tabs_is_read():
    # Damage 3: every row's cells joined by one space, its empty cells gone. Every column label
    # must be known for the words of a row to be placed; `偏差` holds a figure, not the reason.
    tables = read_untabbed(
        "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 偏差 分值 得分 偏差原因分析及改进措施",
        "产出指标 数量指标 尾水治理养殖面积 ≥2.5万亩 2.55万亩 +2% 10 10",
        "质量指标 尾水排放达标率 ≥95% 93% -2% 10 8 部分设施调试未完成",
    )
    assert rows(tables) == [
        ("产出指标", "数量指标", "尾水治理养殖面积", "≥2.5万亩", "2.55万亩", 10.0, 10.0, None,
         {"偏差": "+2%"}),
        ("产出指标", "质量指标", "尾水排放达标率", "≥95%", "93%", 10.0, 8.0, "部分设施调试未完成",
         {"偏差": "-2%"}),
    ]  # fmt: skip


def test_a_page_marker_glued_to_a_word_of_a_row_whose_cells_lost_their_tabs_is_taken_off():
    # Damages 6 and 3: a hosting site's page marker glued to the weight (`10第1页 共2页`), then
    # the row's cells joined by spaces: the marker no longer ends a cell, it sits between words.
    tables = read_untabbed(
        "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 未完成原因",
        "产出指标 数量指标 农村户厕改造数量 ≥150户 156户 10 10",
        "时效指标 整治任务完成时间 2024年11月底前 2024年11月完成 10第1页 共2页 10",
    )
    assert [row[:7] for row in rows(tables)] == [
        ("产出指标", "数量指标", "农村户厕改造数量", "≥150户", "156户", 10.0, 10.0),
        ("产出指标", "时效指标", "整治任务完成时间", "2024年11月底前", "2024年11月完成", 10.0, 10.0),
    ]  # fmt: skip
    assert findings(tables) == []


def test_a_level_a_workbook_merges_beside_a_row_shifted_left_is_no_name():
    # A row shifted left by a converter (`其中：新建示范园面积 | | ≥1000亩 | 1000亩`) whose empty
    # cell a workbook merges down from `产出指标（50分）`: the merged text is the level above, not
    # the name, so the row moves back by its own cells; it was read as an indicator named
    # 产出指标（50分） with the actual 1000亩 as its target.
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [*MONEY,
                ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分"],
                ["", "产出指标（50分）", "数量指标", "示范园建设面积", "15", "≥1500亩", "1520亩", "15"],
                ["其中：新建示范园面积", "", "≥1000亩", "1000亩"],
                ["", "", "", "带动脱贫户户数", "10", "≥320户", "326户", "10"]]:  # fmt: skip
        sheet.append(row)
    sheet.merge_cells("B6:B8")
    data = io.BytesIO()
    book.save(data)
    tables = process_file("t.xlsx", data.getvalue(), Source(fiscal_year=2023))
    assert [(i["level1_raw"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == [
        ("产出指标(50分)", "示范园建设面积", "≥1500亩"),
        ("产出指标(50分)", "其中:新建示范园面积", "≥1000亩"),
        ("产出指标(50分)", "带动脱贫户户数", "≥320户"),
    ]  # fmt: skip
