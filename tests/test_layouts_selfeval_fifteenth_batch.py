"""What the fifteenth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-15)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: a row
numbering the columns under their labels or the money headings (`1 | 2 | … | 8`), a total printed
in its label's own cell (`自评得分：92.5`) or as the score alone (`自评得分 | 95`), a `得分率`
column (and the 合计 row's figure under it), and the counters 具, 匹, 枚 and 段."""

from decimal import Decimal

import pytest

from pipeline.labels.grid_rows import numbers_columns
from pipeline.targets.parser import parse_target
from tests.test_layouts_damage import cells_joined_by_spaces
from tests.test_layouts_selfeval_thirteenth_batch import HEADINGS, _indicators
from tests.test_layouts_selfeval_twelfth_batch import MONEY
from tests.test_layouts_text import read, text

ROWS = [
    ["产出指标", "数量指标", "梯田水系沟渠修复", "≥35公里", "36.2公里", "50", "50"],
    ["效益指标", "生态效益指标", "梯田撂荒面积", "≤500亩", "620亩", "40", "34"],
]
READ = [
    ("产出指标", "数量指标", "梯田水系沟渠修复", "≥35公里", "36.2公里", 50, 50),
    ("效益指标", "生态效益指标", "梯田撂荒面积", "≤500亩", "620亩", 40, 34),
]


def _errors(tables) -> list[tuple[str, str]]:
    return [(f["rule"], f["evidence"]) for f in tables.findings if f["severity"] != "info"]


@pytest.mark.parametrize(
    "numbers",
    [
        ["1", "2", "3", "4", "5", "6", "7"],
        ["栏次", "", "1", "2", "3", "4", "5"],
        ["（1）", "（2）", "（3）", "（4）", "（5）", "（6）", "（7）"],
    ],
)
def test_a_row_numbering_the_columns_under_their_labels_is_no_indicator(numbers):
    # Before, `1 | 2 | … | 7` was an indicator named `3` (target `4`, actual `5`, weight 6,
    # score 7) under a 二级 `2` outside the taxonomy, and the weights and scores failed.
    table = text([*MONEY, HEADINGS, numbers, *ROWS, ["合计", "", "", "", "", "100", "93.6"]])
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert _indicators(tables) == READ
        assert _errors(tables) == []


def test_a_row_numbering_the_money_headings_leaves_the_money_block_whole():
    # Before, `栏次 | | 1 | … | 6` under the money headings lost the block: no amounts, no rate,
    # and the 执行率 `96.00%` an amount_unparsed.
    table = text([*MONEY[:3], ["栏次", "", "1", "2", "3", "4", "5", "6"], *MONEY[3:], HEADINGS,
                  *ROWS, ["合计", "", "", "", "", "100", "93.6"]])  # fmt: skip
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert [
            (p["budget_initial"], p["budget_adjusted"], p["budget_executed"], p["execution_rate"])
            for p in tables.projects
        ] == [(Decimal("680.00"), Decimal("680.00"), Decimal("652.80"), 96.0)]
        assert _indicators(tables) == READ
        assert _errors(tables) == []


def test_a_row_of_figures_that_do_not_count_the_columns_is_not_their_numbering():
    assert not numbers_columns(("1", "2"))  # too few to be a numbering
    assert not numbers_columns(("2", "3", "4"))  # not from 1
    assert not numbers_columns(("产出指标", "1", "2", "3"))  # a label other than 栏次


@pytest.mark.parametrize(
    ("printed", "errors"), [("93.6", []), ("95.6", [("score_total_mismatch", "9.6 + 50 + 34")])]
)
def test_a_total_score_printed_in_its_label_cell_is_held_to_the_scores(printed, errors):
    # Before, `自评得分：95.6` was a sign-off line (a table_note): the scores went unchecked.
    tables = read(text([*MONEY, HEADINGS, *ROWS, [f"自评得分：{printed}"]]))
    assert _indicators(tables) == READ
    assert [(p["score_total"], p["score_total_raw"]) for p in tables.projects] == [
        (float(printed), printed)
    ]
    assert _errors(tables) == errors
    assert "table_note" not in {f["rule"] for f in tables.findings}


@pytest.mark.parametrize(
    "total",
    [
        ["自评得分 95.6"],  # label and figure set apart by a space in one cell
        ["自评得分", "95.6"],  # a label naming the score beside one figure
        ["合计", "", "", "", "", "", "95.6"],  # one figure, under 得分 alone
    ],
)
def test_a_total_printing_the_score_alone_is_no_points(total):
    # Before, the one figure was read as the table's points (weights_total_mismatch: 100, not
    # 95.6) and no total score was read, or the row was a sign-off line.
    tables = read(text([*MONEY, HEADINGS, *ROWS, total]))
    assert [p["score_total_raw"] for p in tables.projects] == ["95.6"]
    assert _errors(tables) == [("score_total_mismatch", "9.6 + 50 + 34")]


def test_a_bare_total_in_its_label_cell_is_not_read_as_a_score():
    # `合计：100` may be the points, not what the table scored: no total score is read.
    tables = read(text([*MONEY, HEADINGS, *ROWS, ["合计：100"]]))
    assert [p["score_total"] for p in tables.projects] == [None]


def test_a_figure_under_a_column_of_the_total_row_is_no_sign_off():
    # Before, the 合计 row's `93.6%` under 得分率 was a `sign-off line` table note.
    tables = read(
        text([
            *MONEY,
            [*HEADINGS, "得分率", "偏差原因分析及改进措施"],
            [*ROWS[0], "100%", ""],
            [*ROWS[1], "85%", "部分农户外出务工"],
            ["合计", "", "", "", "", "100", "93.6", "93.6%", "评价人：张*"],
        ])
    )  # fmt: skip
    assert _indicators(tables) == READ
    assert [(f["rule"], f["evidence"]) for f in tables.findings if f["rule"] == "table_note"] == [
        ("table_note", "评价人：张*")
    ]
    # It is kept: the column's total, among the project's other labelled cells.
    assert [p["extra_columns"] for p in tables.projects] == ['{"得分率（合计）": "93.6%"}']


def test_a_score_rate_column_is_known_and_kept_beside_the_score():
    # Before, `得分率` was an unknown column, and the table with its cells joined by spaces was
    # refused: no row under the labels fitted them without it.
    table = text([
        *MONEY,
        [*HEADINGS, "得分率"],
        [*ROWS[0], "100%"],
        [*ROWS[1], "85%"],
        ["合计", "", "", "", "", "100", "93.6", "93.6%"],
    ])  # fmt: skip
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert _indicators(tables) == READ
        assert [i["extra_columns"] for i in tables.indicators] == [
            '{"得分率": "100%"}',
            '{"得分率": "85%"}',
        ]
        assert _errors(tables) == []
        assert "column_unknown" not in {f["rule"] for f in tables.findings}


def test_rafts_horses_medals_and_stretches_are_counted():
    # Before, each was a number of no unit (`≥420具` against `428具` compared as bare numbers).
    values = ("≥420具", "≥60匹", "≥5枚", "≥3段")
    assert [(c.kind, c.operator, c.value, c.unit) for v in values for c in parse_target(v)] == [
        ("number", ">=", 420, "具"),
        ("number", ">=", 60, "匹"),
        ("number", ">=", 5, "枚"),
        ("number", ">=", 3, "段"),
    ]
