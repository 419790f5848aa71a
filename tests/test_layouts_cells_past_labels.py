"""Cells right of the last column label, read by the whole per-file pipeline: a column a
workbook hid (a helper's 得分率 `1.00`, as Excel's Save As CSV keeps it), never a deviation's
reason, each figure kept in a finding; a Word table's note after a spacer cell (a label
spanning two grid columns, the body's cells split otherwise), under its label."""

from tests.test_layouts_text import read, text

HEAD = [
    ["项目支出绩效自评表"], ["项目名称", "", "设施蔬菜大棚建设项目"],
    ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "", "100", "100", "90", "10", "90.00%", "9"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
     "偏差原因分析及改进措施", "", ""],
]  # fmt: skip


def test_a_hidden_helper_columns_figures_right_of_the_reasons_are_no_reason():
    # 孟津 (round selfeval-116): the 偏差原因 heading merged over two columns, a hidden 得分率
    # column after them. Before, an empty reason's row gave the helper's `1.00` as its reason.
    tables = read(text([
        *HEAD,
        ["", "产出指标", "数量指标", "新建钢架大棚", "≥160座", "164座", "15", "15", "", "", "1.00"],
        ["", "", "", "配套水肥设施", "≥160套", "140套", "10", "8.7", "施工延误", "", "0.87"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["actual_value"], i["deviation_reason"])
            for i in tables.indicators] == [
        ("新建钢架大棚", "164座", None), ("配套水肥设施", "140套", "施工延误"),
    ]  # fmt: skip
    assert [(f["rule"], f["source_line"], f["message"], f["evidence"])
            for f in tables.findings if f["severity"] != "info"] == [
        ("row_unparsed", 6, "a cell under no column label", "1.00"),
        ("row_unparsed", 7, "a cell under no column label", "0.87"),
    ]  # fmt: skip


def test_a_note_after_a_spacer_cell_is_under_the_label_spanning_both():
    # 大方 (round 155), a .doc saved as .docx: `指标值` and `备注` each span two grid columns, a
    # body row's note in the second of 备注's. Before, the note was a cell under no label
    # (row_unparsed) and the column lost; closing the gap before the target fitted too.
    tables = read(text([
        ["项目名称", "", "", "", "农村饮水安全工程维修养护项目"],
        ["一级指标", "", "二级指标", "", "三级指标", "", "", "指标值", "", "备注", ""],
        ["产出指标", "", "数量指标", "", "更换老化供水管网", "", "", "≥85公里", "", "", ""],
        ["", "", "时效指标", "", "维修养护任务完成时间", "", "", "2025年11月底前", "", "",
         "汛前完成水源工程"],
    ]))  # fmt: skip
    assert [
        (i["indicator_name"], i["annual_target"], i["standard"]) for i in tables.indicators
    ] == [
        ("更换老化供水管网", "≥85公里", None),
        ("维修养护任务完成时间", "2025年11月底前", "汛前完成水源工程"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
