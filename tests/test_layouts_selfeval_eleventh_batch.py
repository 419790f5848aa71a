"""What the eleventh held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-11)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: the
indicator headings printed over two rows, a label merged across the target and actual columns
(`指标值`) over their own labels (`年度指标值 | 实际完成值`), in place, shifted left or joined by
spaces; a project code's label beside the name; a score cell reading `未评分` once joined by
spaces; and a 总分 row that opens with the department, as every row of a sheet does."""

import pytest

from pipeline.layouts.recognise import _two_row_labels
from tests.test_layouts_text import read, text

HEAD = [
    ["项目支出绩效自评表"],
    ["项目名称", "国有林场森林资源监测"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["", "年度资金总额", "650.00", "650.00", "633.75", "97.50%"],
]
UPPER = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "", "分值", "得分"]
LOWER = ["", "", "", "", "年度指标值", "实际完成值", "", ""]
ROWS = [
    ["", "产出指标", "数量指标", "监测国有林场数量", "≥200个", "206个", "10", "10"],
    ["", "", "时效指标", "监测报告提交时间", "2024年12月31日前", "2025年1月15日", "5", "3"],
    ["", "效益指标", "社会效益指标", "改革数据支撑", "有效支撑", "有效支撑", "15", "15"],
]


def test_a_label_merged_across_the_target_and_actual_over_their_own_labels_is_one_header():
    # Before, the lower row was no header: the target was read under 指标值, the actual not at all.
    tables = read(text([*HEAD, UPPER, LOWER, *ROWS]))
    assert [
        (i["indicator_name"], i["annual_target"], i["actual_value"], i["weight"], i["score"], i["met"])
        for i in tables.indicators
    ] == [
        ("监测国有林场数量", "≥200个", "206个", 10, 10, True),
        ("监测报告提交时间", "2024年12月31日前", "2025年1月15日", 5, 3, False),
        ("改革数据支撑", "有效支撑", "有效支撑", 15, 15, None),
    ]  # fmt: skip


def test_labels_under_a_label_that_spans_no_empty_column_are_two_rows_of_their_own():
    # `指标值` over `年度指标值` alone, its neighbour labelled above: no merged label's parts.
    upper = ("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值")
    lower = ("", "", "", "", "年度指标值", "", "")
    assert _two_row_labels(upper, lower) is None
    # The span's columns must all be labelled below: `指标值 | ` over `年度指标值 | ` is not one.
    assert _two_row_labels((*upper[:5], "", "分值"), lower) is None
    assert _two_row_labels((*upper[:5], "", "分值"), (*lower[:5], "实际完成值", "")) == (
        "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
    )  # fmt: skip


def test_the_lower_labels_a_converter_shifted_left_are_read_under_the_label_they_part():
    # A converter that drops the cells merged down both rows leaves the lower row's two labels
    # at its start: as many labels as 指标值 spans columns, read under it in order.
    tables = read(text([*HEAD, UPPER, ["年度指标值", "实际完成值"], *ROWS]))
    assert [(i["annual_target"], i["actual_value"]) for i in tables.indicators] == [
        ("≥200个", "206个"), ("2024年12月31日前", "2025年1月15日"), ("有效支撑", "有效支撑"),
    ]  # fmt: skip


def test_a_header_over_two_rows_joined_by_spaces_takes_the_lower_labels_for_the_one_they_part():
    # Before, no row fitted 指标值 alone (a target and an actual under one column): refused.
    joined = "\n".join(" ".join(c for c in row if c) for row in [*HEAD, UPPER, LOWER, *ROWS])
    tables = read(joined.encode())
    assert [
        (i["level1_name"], i["indicator_name"], i["annual_target"], i["actual_value"], i["score"])
        for i in tables.indicators
    ] == [
        ("产出指标", "监测国有林场数量", "≥200个", "206个", 10),
        ("产出指标", "监测报告提交时间", "2024年12月31日前", "2025年1月15日", 3),
        ("效益指标", "改革数据支撑", "有效支撑", "有效支撑", 15),
    ]  # fmt: skip


def test_a_project_code_labelled_beside_the_name_is_no_part_of_it_once_joined_by_spaces():
    # `项目名称 | … | 项目编号 | 2019-…` joined: before, the name ran on over the code's label.
    head = [["项目名称", "公园绿地养护管理", "项目编号", "2019-MH-LH-0037"], *HEAD[2:]]
    joined = "\n".join(" ".join(c for c in row if c) for row in [*head, UPPER, LOWER, *ROWS])
    assert [p["project_name"] for p in read(joined.encode()).projects] == ["公园绿地养护管理"]


def test_a_score_cell_saying_it_is_not_scored_stands_in_the_score_column_once_joined():
    # `10 未评分 …` joined by spaces: before, 未评分 fitted no points column and the row none.
    rows = [
        *HEAD, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        ["产出指标", "数量指标", "监测国有林场数量", "≥200个", "206个", "10", "10", ""],
        ["效益指标", "经济效益指标", "林场职工人均增收", "≥3000元", "待次年统计", "10", "未评分", "数据次年公布"],
    ]  # fmt: skip
    joined = "\n".join(" ".join(c for c in row if c) for row in rows)
    tables = read(joined.encode())
    assert [
        (i["indicator_name"], i["actual_value"], i["weight"], i["score"]) for i in tables.indicators
    ] == [("监测国有林场数量", "206个", 10, 10), ("林场职工人均增收", "待次年统计", 10, None)]
    assert [f["rule"] for f in tables.findings if f["rule"] == "row_unparsed"] == []


DEPARTMENT = "米林县卫生健康委员会"
# Every row under the columns opens with the department, the 总分 row too.
DEPARTMENT_ROWS = [
    ["部门整体支出绩效自评表"], ["单位名称", DEPARTMENT],
    ["单位名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    [DEPARTMENT, "产出指标", "数量指标", "家庭医生签约服务人数", "≥1.2万人", "1.26万人", "50", "50"],
    [DEPARTMENT, "效益指标", "社会效益指标", "居民电子健康档案建档率", "≥90%", "88%", "50", "40"],
    [DEPARTMENT, "总分", "", "", "", "", "100", "95"],
]  # fmt: skip


@pytest.mark.parametrize(
    "printed",
    [
        text(DEPARTMENT_ROWS),
        # `某局 总分 100 95` joined by spaces
        "\n".join(" ".join(c for c in row if c) for row in DEPARTMENT_ROWS).encode(),
    ],
    ids=["tabs", "joined-by-spaces"],
)
def test_a_total_row_opening_with_the_department_like_every_row_gives_the_table_s_points(printed):
    # Before, that row was read as a row without an indicator (row_unparsed errors; joined by
    # spaces, its words fitted no indicator row) and its points not at all.
    tables = read(printed)
    assert [(i["indicator_name"], i["weight"], i["score"]) for i in tables.indicators] == [
        ("家庭医生签约服务人数", 50, 50), ("居民电子健康档案建档率", 50, 40),
    ]  # fmt: skip
    # 95 printed against the scores' 90: the row is read as the table's points.
    assert sorted({f["rule"] for f in tables.findings if f["severity"] != "info"}) == [
        "score_total_mismatch"
    ]
