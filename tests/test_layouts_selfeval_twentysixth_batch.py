"""What the twenty-sixth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-26)
showed the readers lacked, read by the whole per-file pipeline on a table of its own: a 部门评价
form's `评价得分 | … | 评价等级 | 优` under its 总分 and its title `…绩效评价表`; a Word cell's line
break written bare, breaking its row; a `是否达成` column, also with the cells joined by spaces;
merged level cells whose wrapped lines a PDF spread over the rows they span, joined by spaces."""

from decimal import Decimal

import pytest

from tests.test_layouts_damage import cells_joined_by_spaces
from tests.test_layouts_selfeval_fifteenth_batch import READ, ROWS
from tests.test_layouts_selfeval_thirteenth_batch import _indicators
from tests.test_layouts_selfeval_twelfth_batch import HEADINGS
from tests.test_layouts_selfeval_twentyfourth_batch import _errors, _money
from tests.test_layouts_text import read, text

MEASURES = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
MONEY = [
    ["项目名称", "基层医疗卫生服务能力提升项目"],
    ["项目资金（万元）", "", *MEASURES],
    ["", "年度资金总额", "640.00", "640.00", "608.00", "10", "95.00%", "9.5"],
    ["", "其中：财政拨款", "640.00", "640.00", "608.00", "—", "95.00%", "—"],
]
AMOUNT = Decimal("640.00")
SPENT = (AMOUNT, AMOUNT, AMOUNT, Decimal("608.00"), 95.0, 10.0, 9.5)
REASONED = [*HEADINGS, "偏差原因分析及改进措施"]


def _rules(tables, severity: str) -> list[tuple[str, str]]:
    return [(f["rule"], f["evidence"]) for f in tables.findings if f["severity"] == severity]


def test_a_departments_evaluation_score_and_grade_under_its_total_are_no_indicator():
    # Before, `评价得分 | 98.43 | | 评价等级 | 优` was read as an indicator `评价得分` of the
    # 满意度 block with the target `98.43` (satisfaction_not_percent), and the title
    # `…绩效评价表（部门评价）` was a line outside the table (line_unrecognised).
    tables = read(text([
        ["2024年度项目支出绩效评价表（部门评价）"], *MONEY, HEADINGS, *ROWS,
        ["总分", "", "", "", "", "100", "93.5"],
        ["评价得分", "93.5", "", "评价等级", "优"],
    ]))  # fmt: skip
    assert _indicators(tables) == READ
    assert [(p["weight_total"], p["score_total"]) for p in tables.projects] == [(100.0, 93.5)]
    assert _money(tables) == [SPENT]
    assert _errors(tables) == []
    assert tables.documents[0]["title"] == "2024年度项目支出绩效评价表（部门评价）"
    assert ("table_note", "评价等级") in _rules(tables, "info")


@pytest.mark.parametrize(
    ("marker", "page"),
    [("", ""), ("第1页 共2页", ""), ("", "— 2 —\n")],
    ids=["bare", "page-marker-glued", "page-number-between"],
)
def test_a_cells_line_break_written_bare_goes_on_with_the_next_line(marker, page):
    # Before, `完成3处，` ended a row short of its cells: its weight and score were lost, the
    # rest `另有1处在建 | 10 | 7.5 | …` was an indicator of its own, and the reason's second
    # line was taken for the start of the next indicator's name. A page's marker glued after
    # the cell's first line, or a page's number between its lines, is no text of it.
    rows = text([*MONEY, REASONED]).decode() + (
        f"产出指标\t数量指标\t新建口袋公园\t≥4处\t完成3处，{marker}\n{page}"
        "另有1处在建\t50\t37.5\t1处公园因管线迁改推迟开工，\n"
        "已督促加快施工\n"
        "效益指标\t生态效益指标\t新增绿化覆盖率\t≥0.3%\t0.32%\t40\t40\t\n"
        "合计\t\t\t\t\t100\t87\t\n"
    )
    tables = read(rows.encode())
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "新建口袋公园", "≥4处", "完成3处,另有1处在建", 50, 37.5),
        ("效益指标", "生态效益指标", "新增绿化覆盖率", "≥0.3%", "0.32%", 40, 40),
    ]
    assert [i["deviation_reason"] for i in tables.indicators] == [
        "1处公园因管线迁改推迟开工,已督促加快施工",
        None,
    ]
    assert [i["met"] for i in tables.indicators] == [False, True]
    assert _errors(tables) == []


def test_a_row_ending_mid_clause_before_a_row_of_its_own_is_not_joined():
    # A reason ending in `，` before the next indicator's whole row: joined, the row would be
    # wider than the table, so the two rows stay two.
    tables = read(text([
        *MONEY, REASONED,
        ["产出指标", "数量指标", "梯田水系沟渠修复", "≥35公里", "33公里", "50", "45", "雨季影响，"],
        ["效益指标", "生态效益指标", "梯田撂荒面积", "≤500亩", "420亩", "40", "40"],
        ["合计", "", "", "", "", "100", "94.5"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["deviation_reason"]) for i in tables.indicators] == [
        ("梯田水系沟渠修复", "雨季影响,"),
        ("梯田撂荒面积", None),
    ]
    assert _errors(tables) == []


VERDICT_HEADINGS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "是否达成",
                    "分值", "得分"]  # fmt: skip
VERDICT_ROWS = [
    ["产出指标", "数量指标", "梯田水系沟渠修复", "≥35公里", "36.2公里", "是", "50", "50"],
    ["效益指标", "生态效益指标", "梯田撂荒面积", "≤500亩", "620亩", "否", "40", "34"],
    ["合计", "", "", "", "", "", "100", "93.5"],
]


@pytest.mark.parametrize("label", ["是否达成", "是否完成", "是否达标"])
def test_a_verdict_column_is_kept_as_an_extra_cell(label):
    # Before, `是否达成` was a label of no column (column_unknown).
    headings = [label if cell == "是否达成" else cell for cell in VERDICT_HEADINGS]
    tables = read(text([*MONEY, headings, *VERDICT_ROWS]))
    assert _indicators(tables) == READ
    assert [i["extra_columns"] for i in tables.indicators] == [
        f'{{"{label}": "是"}}',
        f'{{"{label}": "否"}}',
    ]
    assert "column_unknown" not in [rule for rule, _ in _rules(tables, "info")]
    assert _errors(tables) == []


def test_a_verdict_column_joined_by_spaces_is_read():
    # Before, its label unknown, the table joined by spaces was refused (file_unreadable).
    table = text([*MONEY, VERDICT_HEADINGS, *VERDICT_ROWS])
    tables = read(cells_joined_by_spaces(table.decode()).encode())
    assert _indicators(tables) == READ
    assert [i["extra_columns"] for i in tables.indicators] == [
        '{"是否达成": "是"}',
        '{"是否达成": "否"}',
    ]
    assert _money(tables) == [SPENT]
    assert _errors(tables) == []


def test_level_cells_wrapped_over_the_rows_they_span_joined_by_spaces_are_read():
    # Before, `指标 亩均节本增效 …` (the end of `经济效益` above) fitted no way and was left out,
    # the rows under it with it, and `满意度 服务对象满 …` over `指标 意度指标` likewise.
    rows = [
        *MONEY, HEADINGS,
        ["产出指标", "数量指标", "新建机电井", "≥120眼", "126眼", "40", "40"],
        ["效益指标", "经济效益", "新增节水灌溉面积", "≥3万亩", "3.1万亩", "20", "20"],
        ["", "指标", "亩均节本增效", "≥80元", "86元", "10", "10"],
        ["", "社会效益", "受益人口", "≥2.5万人", "2.46万人", "10", "8"],
        ["", "指标", "改善灌溉条件行政村", "≥36个", "36个", "5", "5"],
        ["满意度", "服务对象满", "受益群众满意度", "≥90%", "93%", "5", "5"],
        ["指标", "意度指标", "", "", "", "", ""],
        ["合计", "", "", "", "", "100", "97.5"],
    ]  # fmt: skip
    clean = text(rows)
    read_clean = _indicators(read(clean))
    tables = read(cells_joined_by_spaces(clean.decode()).encode())
    assert read_clean == [
        ("产出指标", "数量指标", "新建机电井", "≥120眼", "126眼", 40, 40),
        ("效益指标", "经济效益指标", "新增节水灌溉面积", "≥3万亩", "3.1万亩", 20, 20),
        ("效益指标", "经济效益指标", "亩均节本增效", "≥80元", "86元", 10, 10),
        ("效益指标", "社会效益指标", "受益人口", "≥2.5万人", "2.46万人", 10, 8),
        ("效益指标", "社会效益指标", "改善灌溉条件行政村", "≥36个", "36个", 5, 5),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93%", 5, 5),
    ]
    assert _indicators(tables) == read_clean
    assert _errors(tables) == []


def test_a_level_wrapped_in_a_narrow_column_joined_by_spaces_is_read():
    # Before, `效益指 …` over `标 …` fitted no way: the row was left out and the two under it
    # too (row_unparsed), their 一级 maybe lost; `标` is no character of the 绩效指标 label down
    # the side, but the end of `效益指`.
    lines = ["项目名称 农村饮水安全巩固提升",
             "绩效指标 一级指标 二级指标 三级指标 年度指标值 全年实际完成值",
             "产出指标 成本指标 人均工程建设成本 ≤350元 340.6元",
             "效益指 社会效益指标 农村自来水普及率 ≥88% 89.6%", "标 农村集中供水率 ≥85% 87.2%",
             "供水工程故障率 ≤3% 3.4%", "满意度指标 服务对象满意度指标 受益群众满意度 ≥90% 94%"]  # fmt: skip
    tables = read("\n".join(lines).encode())
    assert [
        (i["level1_name"], i["level2_name"], i["indicator_name"]) for i in tables.indicators
    ] == [
        ("产出指标", "成本指标", "人均工程建设成本"),
        ("效益指标", "社会效益指标", "农村自来水普及率"),
        ("效益指标", "社会效益指标", "农村集中供水率"),
        ("效益指标", "社会效益指标", "供水工程故障率"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度"),
    ]
    assert [f for f in tables.findings if f["rule"] == "row_unparsed"] == []
