"""What the twenty-third held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-23)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: a
total whose score carries the grade the table gives itself in brackets (`95.3分（优）`)."""

import pytest

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
