"""What the twenty-fourth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-24)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: the
2016 forms' money heading `预算安排数`, a 得分 written `满分`, the points closed by a `总计` row,
and headings whose wrapped cells a converter split over two rows."""

from decimal import Decimal

import pytest

from tests.test_layouts_damage import cells_joined_by_spaces
from tests.test_layouts_selfeval_fifteenth_batch import ROWS
from tests.test_layouts_selfeval_twelfth_batch import HEADINGS, MONEY
from tests.test_layouts_text import read, text


def _errors(tables) -> list[tuple[str, str]]:
    return [(f["rule"], f["evidence"]) for f in tables.findings if f["severity"] != "info"]


def _money(tables) -> list[tuple]:
    return [
        (
            p["total_amount"],
            p["budget_initial"],
            p["budget_adjusted"],
            p["budget_executed"],
            p["execution_rate"],
            p["execution_weight"],
            p["execution_score"],
        )
        for p in tables.projects
    ]


def _read(total, initial, adjusted, executed, rate, score) -> tuple:
    """A money block as `_money` reads it, its amounts exact, out of 10 points."""
    return (
        Decimal(total),
        Decimal(initial),
        Decimal(adjusted),
        Decimal(executed),
        rate,
        10.0,
        score,
    )


def _points(tables) -> list[tuple]:
    return [(i["indicator_name"], i["weight"], i["score"]) for i in tables.indicators]


def test_the_2016_forms_budget_arranged_is_the_years_first_budget():
    # Before, `预算安排数` was no label: the headings row was read as label | value pairs, the
    # project's total was the 年度资金总额 row's first figure (180.00, the first budget, not the
    # year's) and no measure, rate or score was read.
    money = [
        *MONEY[:2],
        [
            "项目资金（万元）",
            "",
            "预算安排数",
            "调整后预算数",
            "实际支出数",
            "分值",
            "执行率",
            "得分",
        ],
        ["", "年度资金总额", "180.00", "195.00", "187.20", "10", "96.00%", "9.6"],
    ]
    tables = read(text([*money, HEADINGS, *ROWS, ["合计", "", "", "", "", "100", "93.6"]]))
    assert _money(tables) == [_read("195.00", "180.00", "195.00", "187.20", 96.0, 9.6)]
    assert _errors(tables) == []


def test_a_score_written_full_marks_is_its_weight():
    # Before, `满分` under 得分 gave no score: the scores went unread and the 合计 seemed wrong
    # (score_total_mismatch).
    rows = [[*ROWS[0][:6], "满分"], ROWS[1]]
    tables = read(text([*MONEY, HEADINGS, *rows, ["合计", "", "", "", "", "100", "93.6"]]))
    assert _points(tables) == [("梯田水系沟渠修复", 50.0, 50.0), ("梯田撂荒面积", 40.0, 34.0)]
    assert [
        (f["rule"], f["message"], f["evidence"])
        for f in tables.findings
        if f["rule"] == "score_full_marks_read"
    ] == [
        (
            "score_full_marks_read",
            "得分 满分 of the 50 points (分值): read as 得分 50",
            "分值=50\t得分=满分",
        )
    ]
    assert _errors(tables) == []


def test_a_full_marks_score_in_a_row_joined_by_spaces_is_the_score():
    # Before, `… 620亩 50 满分` joined by spaces under a reason column fitted its columns two
    # ways (`满分` the 得分 or the reason): the row was left out with a finding.
    headings = [*HEADINGS, "偏差原因分析及改进措施"]
    rows = [[*ROWS[0][:6], "满分"], ROWS[1]]
    table = text([*MONEY, headings, *rows, ["合计", "", "", "", "", "100", "93.6"]])
    tables = read(cells_joined_by_spaces(table.decode()).encode())
    assert _points(tables) == [("梯田水系沟渠修复", 50.0, 50.0), ("梯田撂荒面积", 40.0, 34.0)]
    assert _errors(tables) == []


def test_a_money_block_scored_full_marks_is_its_weight():
    money = [*MONEY[:-1], [*MONEY[-1][:7], "满分"]]
    tables = read(text([*money, HEADINGS, *ROWS, ["合计", "", "", "", "", "100", "94"]]))
    assert [(p["execution_weight"], p["execution_score"]) for p in tables.projects] == [
        (10.0, 10.0)
    ]


def test_full_marks_of_no_printed_weight_are_no_score():
    # Full marks of nothing are no number of points: the score is left null.
    headings = [h for h in HEADINGS if h != "分值"]
    rows = [[*ROWS[0][:5], "满分"], [*ROWS[1][:5], "34"]]
    tables = read(text([*MONEY, headings, *rows]))
    assert _points(tables) == [("梯田水系沟渠修复", None, None), ("梯田撂荒面积", None, 34.0)]
    assert "score_full_marks_read" not in {f["rule"] for f in tables.findings}


@pytest.mark.parametrize(
    ("score", "errors"),
    [("93.6", []), ("95.6", [("score_total_mismatch", "9.6 + 50 + 34")])],
)
def test_a_total_row_labelled_zongji_closes_the_points(score, errors):
    # Before, `总计 | … | 100 | 93.6` under the indicators was a level cell with no indicator
    # under it and its figures cells of no row: the total went unread and unchecked.
    tables = read(text([*MONEY, HEADINGS, *ROWS, ["总计", "", "", "", "", "100", score]]))
    assert [(p["weight_total"], p["score_total"]) for p in tables.projects] == [
        (100.0, float(score))
    ]
    assert _errors(tables) == errors


def test_headings_whose_wrapped_cells_were_split_over_two_rows_are_read_joined():
    # Before, `年初 | 全年 | 全年` over `预算数 | 预算数 | 执行数` left the money block without
    # measures (the total read as the 分值, 10: a wrong number) and `年度 | 实际` over `指标值 |
    # 完成值` gave nineteen indicators of no level, weight or score.
    money = [
        *MONEY[:2],
        ["项目资金", "", "年初", "全年", "全年", "分值", "执行率", "得分"],
        ["（万元）", "", "预算数", "预算数", "执行数", "", "", ""],
        ["", "年度资金总额", "150.00", "168.00", "159.60", "10", "95.00%", "9.5"],
    ]
    headings = [
        ["一级", "二级", "三级", "年度", "实际", "分值", "得分", "偏差原因分析"],
        ["指标", "指标", "指标", "指标值", "完成值", "", "", "及改进措施"],
    ]
    tables = read(text([*money, *headings, *ROWS, ["合计", "", "", "", "", "100", "93.5"]]))
    assert _money(tables) == [_read("168.00", "150.00", "168.00", "159.60", 95.0, 9.5)]
    assert [(i["level1_name"], i["level2_name"], i["actual_value"]) for i in tables.indicators] == [
        ("产出指标", "数量指标", "36.2公里"),
        ("效益指标", "生态效益指标", "620亩"),
    ]
    assert _points(tables) == [("梯田水系沟渠修复", 50.0, 50.0), ("梯田撂荒面积", 40.0, 34.0)]
    assert _errors(tables) == []
