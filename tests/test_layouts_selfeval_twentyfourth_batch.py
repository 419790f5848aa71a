"""What the twenty-fourth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-24)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: the
2016 forms' money heading `预算安排数`, a 得分 written `满分`, the points closed by a `总计` row,
and headings whose wrapped cells a converter split over two rows."""

from decimal import Decimal

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
