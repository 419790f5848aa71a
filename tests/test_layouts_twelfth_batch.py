"""What the twelfth held-out batch of target tables (tests/fixtures/heldout-targets-12) showed
the readers lacked, each read by the whole per-file pipeline on a table of its own: labels
printed with their words in a minority language after the Chinese ones (`主管部门 주관부문`)."""

from decimal import Decimal

from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text


def test_labels_followed_by_their_korean_words_are_the_chinese_labels():
    # 延边's bilingual forms: each label's Chinese then its Korean (digits among them: `1급지표`).
    korean = {"项目名称": "항목명칭", "年度资金总额": "년도자금총액", "年度目标": "년도목표"}
    head = [[f"{label} {korean[label]}", value] for label, value in HEAD]
    grid = [f"{label} {n}급지표" for n, label in enumerate(GRID[:3], 1)] + ["指标值 지표값"]
    tables = read(text([*head, grid, *ROWS]))
    assert projects(tables) == [("茶园改造", Decimal("420"))]
    assert named(tables) == READ
    assert errors(tables) == []
