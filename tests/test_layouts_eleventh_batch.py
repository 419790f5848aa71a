"""What the eleventh held-out batch of target tables (tests/fixtures/heldout-targets-11) showed
the readers lacked, each read by the whole per-file pipeline on a table of its own: an export's
path of each indicator (both levels in one cell, `产出指标/数量指标`; the 二级 before the name,
`数量指标-改造茶园面积`), a form whose row of column labels a converter lost, a list whose
rows keep their 序号 when a converter drops the project cells merged down beside it, and
label wordings the vocabulary lacked."""

from decimal import Decimal

import pytest

from pipeline.build.workers import process_file
from pipeline.labels import grid_rows
from pipeline.manifest import Source
from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text


def _paths() -> list[tuple[str, str, str, str]]:
    """ROWS as an export prints them: (一级, 二级, name, value), the levels on every row."""
    paths, level1, level2 = [], "", ""
    for row in ROWS:
        level1, level2 = row[0] or level1, row[1] or level2
        paths.append((level1, level2, row[2], row[3]))
    return paths


@pytest.mark.parametrize("separator", ["/", "-", "／"])
def test_both_levels_in_one_cell_are_the_rows_one_and_two_levels(separator):
    # `一级/二级指标 | 产出指标/数量指标`: the cell read as both levels, none of it left over.
    rows = [*HEAD, ["一级/二级指标", *GRID[2:]]]
    rows += [[f"{l1}{separator}{l2}", name, value] for l1, l2, name, value in _paths()]
    tables = read(text(rows))
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_name_printed_after_its_rows_level_two_is_the_name_that_follows():
    # A name opening with a 二级 other than its row's, or with its own and no mark, stays.
    rows = [[*row[:2], f"{path[1]}-{row[2]}", row[3]] for row, path in zip(ROWS, _paths(), strict=True)]  # fmt: skip
    rows[1][2] = "数量指标-茶苗成活率"  # under 质量指标
    rows[2][2] = "成本指标每亩补助标准"  # no mark
    tables = read(text([*HEAD, GRID, *rows]))
    assert [i["indicator_name"] for i in tables.indicators] == [
        "改造茶园面积", "数量指标-茶苗成活率", "成本指标每亩补助标准", "茶农户均增收", "茶农满意度",
    ]  # fmt: skip


def test_a_name_printed_after_its_rows_whole_path_is_the_name_that_follows():
    rows = [[*row[:2], f"{path[0]}/{path[1]}/{row[2]}", row[3]] for row, path in zip(ROWS, _paths(), strict=True)]  # fmt: skip
    tables = read(text([*HEAD, GRID, *rows]))
    assert named(tables) == READ


@pytest.mark.parametrize("side", ["绩效指标", ""])
def test_a_form_whose_row_of_column_labels_was_lost_is_read_by_its_first_rows_cells(side):
    # The block's label merged down the side stands on the first indicator row, if printed.
    rows = [*HEAD, [side, *ROWS[0]], *(["", *row] for row in ROWS[1:])]
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", Decimal("420"))]
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_form_that_lost_its_column_labels_below_a_whole_form_is_read_by_its_own_rows():
    # A sheet stacking a disclosure's forms, the second one's row of column labels lost: its
    # first indicator row gives them to it, not only to a table that has no labels at all.
    second = [["项目名称", "旅游厕所提升"], ["年度资金总额", "238"], ["年度目标", "新建厕所8座。"]]
    rows = [*HEAD, GRID, *ROWS, ["2025年项目支出绩效目标表"], *second,
            ["绩效指标", *ROWS[0]], *(["", *row] for row in ROWS[1:])]  # fmt: skip
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", Decimal("420")), ("旅游厕所提升", Decimal("238"))]
    assert named(tables) == READ * 2
    assert errors(tables) == []


def test_indicator_rows_under_no_form_s_header_block_are_given_no_column_labels():
    # Rows a page prints apart from their table (no 项目名称, no money above): not a form.
    rows = [["绩效指标", *ROWS[0]], *(["", *row] for row in ROWS[1:])]
    (document,) = process_file("t.txt", text(rows), Source(fiscal_year=2024)).documents
    assert (document["status"], document["layout"]) == ("failed", None)


def test_a_row_reads_as_lost_column_labels_only_with_levels_a_name_and_a_target_side_by_side():
    assert grid_rows.restored_labels(("绩效指标", "产出指标", "数量指标", "新建厕所", "8座")) == (
        "绩效指标", "一级指标", "二级指标", "三级指标", "指标值",
    )  # fmt: skip
    assert [
        grid_rows.restored_labels(cells)
        for cells in (
            ("产出指标", "数量指标", "新建厕所", "较好"),  # no target
            ("产出指标", "满意度指标", "新建厕所", "8座"),  # a 二级 of another 一级
            ("产出指标", "", "数量指标", "新建厕所", "8座"),  # not side by side
            ("产出指标", "数量指标", "质量指标", "8座"),  # a level for a name
        )
    ] == [None] * 4


@pytest.mark.parametrize(
    ("department", "period", "total"),
    [("项目归口部门", "项目实施周期", "本年申请数"), ("归口管理部门", "项目执行期", "本年申请数"),
     ("项目归口部门", "实施周期", "本年申请数")],
)  # fmt: skip
def test_a_forms_department_period_and_amount_under_these_labels(department, period, total):
    rows = [
        ["项目名称", "茶园改造"], [department, "某县农业农村局"], [period, "2019年4月-2019年10月"],
        ["资金情况（万元）", total, "420"], ["", "其中：财政拨款", "400"], ["", "其他资金", "20"],
        ["年度目标", "改造茶园。"], GRID, *ROWS,
    ]  # fmt: skip
    tables = read(text(rows))
    (project,) = tables.projects
    assert (project["supervising_department"], project["period_text"], project["total_amount"]) == (
        "某县农业农村局",
        "2019年4月-2019年10月",
        Decimal("420"),
    )
    assert named(tables) == READ
    assert [f["rule"] for f in tables.findings if f["rule"] == "label_unknown"] == []


def test_a_lists_rows_keep_their_number_when_a_converter_drops_the_project_cells_beside_it():
    # 序号 | 项目名称 | 预算数 | 年度目标 | levels…: the project's cells, merged down its rows,
    # dropped and the rest moved left, the row's number staying in its column.
    grid = ["序号", "项目名称", "预算数", "年度目标", *GRID]
    rows = [["1", "茶园改造", "420", "改造茶园。", *ROWS[0]]]
    rows += [[str(n), *path[:2], *row[2:], "", "", ""] for n, (row, path) in enumerate(
        zip(ROWS[1:], _paths()[1:], strict=True), 2)]  # fmt: skip
    tables = read(text([grid, *rows]))
    assert projects(tables) == [("茶园改造", Decimal("420"))]
    assert named(tables) == READ
    assert errors(tables) == []


def test_both_levels_in_one_cell_of_a_table_whose_cells_are_joined_by_spaces():
    # No tab in the file: the cell printing both levels stands in the levels' column.
    rows = [*HEAD, ["一级/二级指标", *GRID[2:]]]
    rows += [[f"{l1}/{l2}", name, value] for l1, l2, name, value in _paths()]
    tables = read("\n".join(" ".join(row) for row in rows).encode())
    assert named(tables) == READ
    assert errors(tables) == []
