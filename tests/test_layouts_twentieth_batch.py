"""What the twentieth held-out batch of target tables (tests/fixtures/heldout-targets-20)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: a
money block's label printed with a figure of its own (`项目资金：460.00万元`), and header cells
of `label：value` joined by spaces into one cell."""

from tests.test_layouts_ninth_batch import GRID, READ, ROWS, errors, named
from tests.test_layouts_text import read, text


def _projects(tables) -> list[tuple]:
    return [(p["project_name"], str(p["total_amount"])) for p in tables.projects]


def test_a_money_block_label_with_a_figure_of_its_own_is_the_total():
    # `项目资金` heads the money rows in most forms (项目资金 | 年度资金总额 | 420); printed with a
    # figure after it and no part under it, the figure is the whole.
    rows = [["项目名称：茶园改造"], ["项目资金：420.00万元"], GRID, *ROWS]
    tables = read(text(rows))
    assert _projects(tables) == [("茶园改造", "420.00")]
    assert named(tables) == READ
    assert errors(tables) == []


def test_label_value_cells_joined_by_spaces_are_each_read():
    # `资金总额（万元）：420.00 | 其中：财政拨款：400.00 | 其他资金：20.00` joined with spaces.
    rows = [
        ["项目名称：茶园改造 主管部门：某县农业农村局 实施单位：某县茶叶站"],
        ["资金总额（万元）：420.00 其中：财政拨款：400.00 其他资金：20.00"],
        GRID, *ROWS,
    ]  # fmt: skip
    tables = read(text(rows))
    assert [
        (p["project_name"], str(p["total_amount"]), str(p["fiscal_appropriation"]),
         str(p["other_funds"]), p["supervising_department"], p["implementing_unit"])
        for p in tables.projects
    ] == [("茶园改造", "420.00", "400.00", "20.00", "某县农业农村局", "某县茶叶站")]  # fmt: skip
    assert named(tables) == READ
    assert errors(tables) == []
