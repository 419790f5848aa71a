"""What the twenty-fifth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-25)
showed the readers lacked, read by the whole per-file pipeline on a table of its own: a money
block's label that a Word converter wrote into every cell its merged cell spans, also with the
cells joined by spaces, and fund parts named by their government alone (`省级补助`) joined so."""

from decimal import Decimal

import pytest

from tests.test_layouts_damage import cells_joined_by_spaces
from tests.test_layouts_selfeval_fifteenth_batch import ROWS
from tests.test_layouts_selfeval_twelfth_batch import HEADINGS
from tests.test_layouts_selfeval_twentyfourth_batch import _errors, _money
from tests.test_layouts_text import read, text

MEASURES = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]


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


def test_a_money_label_written_into_each_row_joined_by_spaces_heads_the_block_once():
    # Before, `项目资金（万元） 年度资金总额 680.00 …` joined by spaces kept its figures in one
    # cell: three amount_unparsed and no money read.
    total = ["合计", "", "", "", "", "100", "93.6"]
    table = text([*_filled("项目资金（万元）"), HEADINGS, *ROWS, total])
    tables = read(cells_joined_by_spaces(table.decode()).encode())
    amount = Decimal("680.00")
    assert _money(tables) == [(amount, amount, amount, Decimal("652.80"), 96.0, 10.0, 9.6)]
    assert _errors(tables) == []


def test_fund_parts_named_by_their_government_joined_by_spaces_are_money_rows():
    # Before, `省级补助 260.00 300.00 …` and `县级配套 …` joined by spaces were lines of no
    # table: only 中央补助 made up the total (amount_row_mismatch).
    money = [
        ["项目支出绩效自评表"],
        ["项目名称", "农村饮水安全巩固提升工程"],
        ["项目资金（万元）", "", *MEASURES],
        ["", "年度资金总额", "1,260.00", "1,385.00", "1,329.60", "10", "96.00%", "9.6"],
        ["", "其中：中央补助", "800.00", "800.00", "800.00", "—", "100.00%", "—"],
        ["", "省级补助", "260.00", "300.00", "280.00", "—", "93.33%", "—"],
        ["", "县级配套", "200.00", "285.00", "249.60", "—", "87.58%", "—"],
    ]
    table = text([*money, HEADINGS, *ROWS, ["合计", "", "", "", "", "100", "93.6"]])
    tables = read(cells_joined_by_spaces(table.decode()).encode())
    assert _money(tables) == [
        (
            Decimal("1385.00"),
            Decimal("1260.00"),
            Decimal("1385.00"),
            Decimal("1329.60"),
            96.0,
            10.0,
            9.6,
        )
    ]
    assert _errors(tables) == []
