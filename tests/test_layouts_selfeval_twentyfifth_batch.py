"""What the twenty-fifth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-25)
showed the readers lacked, read by the whole per-file pipeline on a table of its own: a money
block's label that a Word converter wrote into every cell its merged cell spans."""

from decimal import Decimal

import pytest

from tests.test_layouts_selfeval_fifteenth_batch import ROWS
from tests.test_layouts_selfeval_twelfth_batch import HEADINGS
from tests.test_layouts_text import read, text

MEASURES = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]


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


def _filled(label: str) -> list[list[str]]:
    """A money block whose merged label cell a converter wrote into each cell it spans."""
    return [
        ["项目支出绩效自评表"],
        ["项目名称", "边境村屯人居环境整治项目"],
        [label, label, *MEASURES],
        [label, "年度资金总额", "680.00", "680.00", "652.80", "10", "96.00%", "9.6"],
        [label, "其中：财政拨款", "680.00", "680.00", "652.80", "—", "96.00%", "—"],
        [label, "其他资金", "0.00", "0.00", "0.00", "—", "—", "—"],
    ]


@pytest.mark.parametrize("label", ["项目资金（万元）", "资金情况", "年度预算执行情况（万元）"])
def test_a_money_label_written_into_each_cell_it_spans_heads_the_block_once(label):
    # Before, `项目资金（万元） | 项目资金（万元） | 年初预算数 …` was no row of headings and each
    # row under it, opening with the label again, a block of its own: no measure, rate or score
    # was read, and the indicators' 90 points seemed short of the 100 of the 合计.
    total = ["合计", "合计", "合计", "合计", "合计", "100", "93.6"]
    tables = read(text([*_filled(label), HEADINGS, *ROWS, total]))
    amount = Decimal("680.00")
    assert _money(tables) == [(amount, amount, amount, Decimal("652.80"), 96.0, 10.0, 9.6)]
    assert _errors(tables) == []


def test_a_money_label_printed_once_reads_as_before():
    rows = _filled("项目资金（万元）")
    rows = [rows[0], rows[1], [rows[2][0], "", *rows[2][2:]], *[["", *r[1:]] for r in rows[3:]]]
    tables = read(text([*rows, HEADINGS, *ROWS, ["合计", "", "", "", "", "100", "93.6"]]))
    amount = Decimal("680.00")
    assert _money(tables) == [(amount, amount, amount, Decimal("652.80"), 96.0, 10.0, 9.6)]
    assert _errors(tables) == []
