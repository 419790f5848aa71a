"""What the twelfth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-12)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: a
money block of one row whose 全年预算数 heading spans the columns of its parts (`合计 | 财政拨款 |
上年结转 | 其他资金`); 得分 cells printing the points taken off (`扣0.5分`, `8.5（扣1.5分）`); a
total row labelled 自评得分; and value columns named by year (`2024年完成值 | 2025年目标值 |
2025年完成值`), last year's beside this year's."""

from decimal import Decimal

import pytest

from tests.test_layouts_text import read, text

GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "受益学生人数", "≥2.1万人", "2.13万人", "90", "90"],
]


def _spanned(parts: list[str]) -> bytes:
    return text([
        ["项目支出绩效自评表"],
        ["项目名称", "农村义务教育学生营养改善计划"],
        ["项目资金（万元）", "年初预算数", "全年预算数", "", "", "", "全年执行数", "执行率", "分值", "得分"],
        ["", "", "合计", "其中：财政拨款", "上年结转", "其他资金", "", "", "", ""],
        ["", "1,560.00", "1,612.40", *parts, "1,547.90", "96.00%", "10", "9.6"],
        *GRID,
    ])  # fmt: skip


def test_a_he_ji_under_the_budget_heading_that_spans_it_is_that_budget():
    # Before, the 合计 under 全年预算数 was read as a total of no measure: no 全年预算数, and the
    # parts beside it were fund rows of no measure either.
    tables = read(_spanned(["1,560.00", "52.40", "0.00"]))
    (project,) = tables.projects
    measures = ("budget_initial", "budget_adjusted", "budget_executed", "total_amount",
                "execution_rate", "execution_score")  # fmt: skip
    assert tuple(project[measure] for measure in measures) == (
        Decimal("1560.00"), Decimal("1612.40"), Decimal("1547.90"), Decimal("1612.40"), 96.0, 9.6,
    )  # fmt: skip
    assert [
        (row["name"], row["budget_adjusted"]) for row in tables.amount_rows
        if row["budget_adjusted"] is not None
    ] == [
        ("其中：财政拨款", Decimal("1560.00")),
        ("上年结转", Decimal("52.40")),
        ("其他资金", Decimal("0.00")),
    ]  # fmt: skip
    assert not [f for f in tables.findings if f["severity"] == "error"]


def test_parts_under_the_budget_heading_that_do_not_make_its_he_ji_are_an_amount_row_mismatch():
    tables = read(_spanned(["1,560.00", "42.40", "0.00"]))
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == [
        "amount_row_mismatch"
    ]


MONEY = [
    ["项目支出绩效自评表"],
    ["项目名称", "边境村屯人居环境整治项目"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "680.00", "680.00", "652.80", "10", "96.00%", "9.6"],
]
HEADINGS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _read_joined(rows: list[list[str]]):
    """The tables of rows whose cells a converter joined by spaces, the blank ones gone."""
    return read("\n".join(" ".join(cell for cell in row if cell) for row in rows).encode())


def _scores(tables) -> list[tuple]:
    return [(i["indicator_name"], i["weight"], i["score"]) for i in tables.indicators]


def test_a_score_printed_as_the_points_taken_off_is_the_weight_less_them():
    # Before, `扣0.5分` gave no score, and the total looked short of its scores.
    tables = read(text([
        *MONEY, HEADINGS,
        ["产出指标", "数量指标", "改造农村户厕", "≥1200户", "1150户", "50", "扣0.5分"],
        ["", "时效指标", "项目完成时间", "2024年10月31日前", "2024年11月", "20", "扣2分"],
        ["效益指标", "社会效益指标", "群众满意度", "≥90%", "92%", "20", "20"],
        ["合计", "", "", "", "", "100", "97.1"],
    ]))  # fmt: skip
    assert _scores(tables) == [
        ("改造农村户厕", 50, 49.5), ("项目完成时间", 20, 18), ("群众满意度", 20, 20),
    ]  # fmt: skip
    assert [(f["rule"], f["evidence"]) for f in tables.findings if f["severity"] != "info"] == []
    assert [f["evidence"] for f in tables.findings if f["rule"] == "score_deduction_read"] == [
        "分值=50\t得分=扣0.5分", "分值=20\t得分=扣2分",
    ]  # fmt: skip


def test_points_taken_off_stand_in_the_score_column_once_the_cells_are_joined_by_spaces():
    # Before, `扣0.5分` fitted no column of points: the row was left out with a finding.
    rows = [
        *MONEY, [*HEADINGS, "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "改造农村户厕", "≥1200户", "1150户", "50", "扣0.5分", "部分农户外出务工"],
        ["", "", "新建垃圾收集点", "≥96处", "98处", "20", "18.5（扣1.5分）", "选址调整"],
        ["效益指标", "社会效益指标", "群众满意度", "≥90%", "92%", "20", "20", ""],
    ]  # fmt: skip
    assert _scores(_read_joined(rows)) == [
        ("改造农村户厕", 50, 49.5), ("新建垃圾收集点", 20, 18.5), ("群众满意度", 20, 20),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("weight", "printed", "score"),
    [
        ("10", "8.5（扣1.5分）", 8.5),  # the score, its deduction in brackets agreeing
        ("10", "釦1.5分", 8.5),  # in traditional characters, as a mirror prints it
        ("", "8.5（扣1.5分）", 8.5),  # no 分值 to hold it to: the score printed
        ("10", "8（扣1.5分）", None),  # brackets that contradict the score: which is meant?
        ("", "扣1.5分", None),  # points taken off no printed 分值
        ("1", "扣1.5分", None),  # more than the 分值
    ],
)
def test_a_score_with_its_deduction_is_read_where_the_two_agree(weight, printed, score):
    tables = read(text([
        *MONEY, HEADINGS,
        ["产出指标", "数量指标", "新建水源涵养林", "≥2000亩", "1860亩", weight, printed],
    ]))  # fmt: skip
    assert [i["score"] for i in tables.indicators] == [score]


def test_a_total_row_labelled_zi_ping_de_fen_prints_the_tables_points_and_score():
    # Before, the row was no total: its figures were left over and no total was checked.
    tables = read(text([
        *MONEY, HEADINGS,
        ["产出指标", "数量指标", "整治边境村屯数量", "≥32个", "32个", "90", "90"],
        ["自评得分", "", "", "", "", "100", "98.6"],
        ["自评结论", "项目自评得分98.6分，等级为优。"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["weight_total"], project["score_total"]) == (100, 98.6)
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == [
        "score_total_mismatch"
    ]
    assert [f["rule"] for f in tables.findings if f["rule"] == "row_unparsed"] == []


@pytest.mark.parametrize(
    ("last_year", "target", "actual"),
    [
        ("2023年完成值", "2024年目标值", "2024年完成值"),
        ("2023年实际完成值", "年度指标值", "实际完成值"),
    ],
)
def test_last_years_figures_in_a_column_named_by_year_are_no_actual(last_year, target, actual):
    # Before, the first column of actuals by its label was last year's: every actual was.
    tables = read(text([
        *MONEY[:2],
        ["一级指标", "二级指标", "三级指标", last_year, target, actual, "分值", "得分"],
        ["产出指标", "数量指标", "人工造林", "1.2万亩", "≥1.5万亩", "1.38万亩", "90", "88"],
    ]))  # fmt: skip
    assert [(i["annual_target"], i["actual_value"], i["met"]) for i in tables.indicators] == [
        ("≥1.5万亩", "1.38万亩", False)
    ]


def test_department_wide_levels_no_category_names_are_placed_as_levels_once_joined():
    # Before, `履职效能 重点工作履行情况 …` fitted no columns (neither word a known level): each
    # row opening a level was left out with a finding.
    rows = [
        ["2023年度部门整体支出绩效自评表"],
        ["部门名称", "某区文化和旅游局"],
        ["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "100.00", "100.00", "96.00", "10", "96.00%", "9.6"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "指标权重", "得分"],
        ["履职效能（50分）", "重点工作履行情况", "公共文化活动场次", "≥600场", "648场", "50", "50"],
        ["管理效率", "预算管理", "结转结余率", "≤5%", "3.2%", "20", "20"],
        ["", "资产管理", "固定资产账实相符率", "100%", "100%", "20", "20"],
    ]  # fmt: skip
    tables = _read_joined(rows)
    assert [
        (i["level1_raw"], i["level2_raw"], i["indicator_name"], i["level1_name"], i["weight"])
        for i in tables.indicators
    ] == [
        ("履职效能(50分)", "重点工作履行情况", "公共文化活动场次", None, 50),
        ("管理效率", "预算管理", "结转结余率", None, 20),
        ("管理效率", "资产管理", "固定资产账实相符率", None, 20),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["rule"] == "row_unparsed"] == []


def test_last_years_figure_headed_shang_nian_tong_qi_zhi_is_a_known_column_once_joined():
    # Before, `上年同期值` was a label the vocabulary lacked: joined by spaces, the column labels
    # could not be parted, and the file was refused.
    rows = [
        *MONEY[:2],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年同期值", "分值", "得分"],
        ["产出指标", "数量指标", "补贴购置农机具数量", "≥1100台", "1086台", "1032台", "90", "扣1分"],
    ]  # fmt: skip
    tables = _read_joined(rows)
    assert [
        (i["annual_target"], i["actual_value"], i["weight"], i["score"], i["extra_columns"])
        for i in tables.indicators
    ] == [("≥1100台", "1086台", 90, 89, '{"上年同期值": "1032台"}')]
