"""What the twenty-third held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-23)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: a
total whose score carries the grade the table gives itself in brackets (`95.3分（优）`), and a
money block whose measure headings follow a label naming a total (`年度预算（万元） | 年初预算数 |
…`) with no empty cell between, as a sheet or a converter that drops it prints them, and its rows
of 基本支出 and 项目支出 so printed."""

from decimal import Decimal

import pytest

from tests.test_layouts_damage import cells_joined_by_spaces
from tests.test_layouts_selfeval_fifteenth_batch import ROWS
from tests.test_layouts_selfeval_twelfth_batch import HEADINGS, MONEY
from tests.test_layouts_text import read, text


def _errors(tables) -> list[tuple[str, str]]:
    return [(f["rule"], f["evidence"]) for f in tables.findings if f["severity"] != "info"]


@pytest.mark.parametrize(
    ("score", "total", "errors"),
    [
        ("93.6分（优）", 93.6, []),
        ("93.6（优秀）", 93.6, []),
        ("95.6 (良)", 95.6, [("score_total_mismatch", "9.6 + 50 + 34")]),
    ],
)
def test_a_total_score_with_its_grade_in_brackets_is_that_score(score, total, errors):
    # Before, `93.6分（优）` under 得分 was a sign-off line (a table_note) and no total score was
    # read: the scores went unchecked.
    tables = read(text([*MONEY, HEADINGS, *ROWS, ["总分", "", "", "", "", "100分", score]]))
    assert [(p["weight_total"], p["score_total"]) for p in tables.projects] == [(100.0, total)]
    assert [p["score_total_raw"] for p in tables.projects] == [
        score.replace("（", "(").replace("）", ")")
    ]
    assert _errors(tables) == errors
    assert "table_note" not in {f["rule"] for f in tables.findings}


def test_a_figure_with_other_words_in_brackets_is_no_total_score():
    # Only a grade word is taken off: a score with a note is not read as a total.
    tables = read(
        text([*MONEY, HEADINGS, *ROWS, ["总分", "", "", "", "", "100分", "93.6（暂定）"]])
    )
    assert [p["score_total"] for p in tables.projects] == [None]


@pytest.mark.parametrize("block_label", ["年度预算（万元）", "年度预算", "资金总额"])
def test_money_headings_after_a_label_naming_a_total_head_the_block(block_label):
    # Before, the label was read as the total and the headings as its value: the project's total
    # was the 年初预算数 (1120.00), no measure was read and the figures became fields.
    money = [
        ["部门整体支出绩效自评表"],
        ["部门名称", "绥滨县自然资源局"],
        [block_label, "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["资金总额", "1120.00", "1386.40", "1355.20", "97.75%"],
    ]
    table = text([*money, HEADINGS, *ROWS, ["总分", "", "", "", "", "90", "84"]])
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert [
            (
                p["total_amount"],
                p["budget_initial"],
                p["budget_adjusted"],
                p["budget_executed"],
                p["execution_rate"],
                p["extra_columns"],
            )
            for p in tables.projects
        ] == [
            (
                Decimal("1386.40"),
                Decimal("1120.00"),
                Decimal("1386.40"),
                Decimal("1355.20"),
                97.75,
                None,
            )
        ]
        assert _errors(tables) == []


SPENDING_ROWS = [
    ["年度预算（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["", "资金总额", "1120.00", "1386.40", "1355.20", "97.75%"],
    ["", "其中：基本支出", "640.00", "652.40", "652.40", "100.00%"],
    ["", "项目支出", "480.00", "734.00", "702.80", "—"],
]


def _money_of(rows: list[list[str]]) -> list[tuple]:
    table = text([["部门整体支出绩效自评表"], *rows, HEADINGS, *ROWS])
    return [
        (p["total_amount"], p["budget_executed"], p["execution_rate"], p["extra_columns"])
        for p in read(table).projects
    ]


def test_spending_rows_without_the_label_columns_empty_cell_stay_in_the_money_block():
    # Before, `其中：基本支出 | 640.00 | 652.40 | 652.40 | 100.00%` with no empty cell before it
    # was a block of its own read as label | value pairs: `652.40` became a label, with a
    # label_unknown finding.
    dropped = [row[1:] if row[0] == "" else [row[0], *row[2:]] for row in SPENDING_ROWS]
    read_whole = _money_of(SPENDING_ROWS)
    assert read_whole[0][:3] == (Decimal("1386.40"), Decimal("1355.20"), 97.75)
    assert "其中：基本支出/年初预算数" in read_whole[0][3]
    assert _money_of(dropped) == read_whole
