"""What the tenth held-out batch of target tables (tests/fixtures/heldout-targets-10) showed the
readers lacked, each read by the whole per-file pipeline on a table of its own: money labels
and a compound counter the vocabularies did not hold, a 序号 column glued onto the names, a
file exported with every cell quoted, column labels printed again at a page top without the
block label down the side, and the names of a form's two groups wrapped alike onto a row of
their own."""

from decimal import Decimal

import pytest

from pipeline.targets.parser import parse_target
from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, named, projects
from tests.test_layouts_text import read, text


@pytest.mark.parametrize(
    "label", ["本年度预算", "申报金额", "资金规模（万元）", "安排资金（万元）"]
)
def test_a_form_s_one_amount_under_these_labels_is_its_total(label):
    rows = [["项目名称", "茶园改造"], [label, "420.50"], ["年度目标", "改造茶园。"], GRID, *ROWS]
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", Decimal("420.5"))]
    assert named(tables) == READ


def test_structures_times_visits_is_one_counter():
    (clause,) = parse_target("≥36座次", "桥梁涵洞定期检测座数", 2020)
    assert (clause.kind, clause.operator, clause.value, clause.unit) == ("number", ">=", 36, "座次")


def test_row_numbers_glued_onto_every_name_in_order_are_taken_off():
    rows = [[*row[:2], f"{number}{row[2]}", row[3]] for number, row in enumerate(ROWS, 1)]
    tables = read(text([*HEAD, GRID, *rows]))
    assert named(tables) == READ
    assert [i["indicator_seq"] for i in tables.indicators] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    "names",
    [
        ["1号楼改造面积", "2号楼改造面积", "3号楼改造面积", "4号楼改造面积", "5号楼改造面积"],
        ["1号楼改造面积", "2茶苗成活率", "4每亩补助标准", "5茶农户均增收", "6茶农满意度"],
    ],
)
def test_names_opening_with_numbers_of_their_own_keep_them(names):
    # the same counter after every number, or numbers that skip a place: not a 序号 column
    rows = [[*row[:2], name, row[3]] for name, row in zip(names, ROWS, strict=True)]
    tables = read(text([*HEAD, GRID, *rows]))
    assert [i["indicator_name"] for i in tables.indicators] == names


def test_a_file_exported_with_every_cell_quoted_is_read_as_the_text_the_quotes_hold():
    rows = [[*HEAD[0]], [HEAD[1][0], "1,420.00"], HEAD[2], GRID, *ROWS[:-1],
            [*ROWS[-1][:2], '"茶农"满意度', ROWS[-1][3]], ["", "", "", ""]]  # fmt: skip
    data = "\n".join("\t".join('"' + c.replace('"', '""') + '"' for c in row) for row in rows)
    tables = read(data.encode())
    assert projects(tables) == [("茶园改造", Decimal("1420"))]
    assert named(tables) == [*READ[:-1], (*READ[-1][:2], '"茶农"满意度', READ[-1][3])]


def test_a_cell_quoted_by_hand_in_a_file_not_quoting_every_cell_keeps_its_quotes():
    rows = [*HEAD, GRID, *ROWS[:-1], [*ROWS[-1][:2], '"茶农满意度"', ROWS[-1][3]]]
    tables = read(text(rows))
    assert named(tables)[-1] == (*READ[-1][:2], '"茶农满意度"', READ[-1][3])


@pytest.mark.parametrize("side", ["", "年度绩效指标"])
def test_column_labels_again_at_a_page_top_without_the_block_label_go_on_with_the_table(side):
    # the 一级 产出指标 merged over the page break: the rows after it are still under it
    rows = [
        *HEAD, ["年度绩效指标", *GRID], ["", *ROWS[0]], ["", *ROWS[1]], ["第 1 页"], ["续表"],
        [side, *GRID], *(["", *row] for row in ROWS[2:]),
    ]  # fmt: skip
    tables = read(text(rows))
    assert named(tables) == READ


A1_GRID = ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"]


def test_names_of_both_groups_wrapped_alike_onto_a_row_of_their_own_are_put_back():
    both = [[*row[:3], row[3], row[1], row[2], row[3]] for row in ROWS]
    wrapped = ["", "时效指标", "修复及时率（", "≥95%", "时效指标", "修复及时率（", "≥95%"]
    rest = ["", "", "48小时内）", "", "", "48小时内）", ""]
    tables = read(text([*HEAD, A1_GRID, *both[:2], wrapped, rest, *both[2:]]))
    assert [(i["indicator_name"], i["annual_target"], i["period_target"])
            for i in tables.indicators][2] == ("修复及时率(48小时内)", "≥95%", "≥95%")  # fmt: skip
    assert len(tables.indicators) == len(ROWS) + 1


@pytest.mark.parametrize(
    ("first", "end", "names", "rule"),
    [
        # a long first line (8 of the widest name's 12 narrow columns): the name's end
        ("茶苗成活", "率", ["改造茶园面积", "茶苗成活率", "每亩补助标准"], "name_end_joined"),
        # a short one that the end completes as indicators' names end (`completes_name`)
        ("成活", "率", ["改造茶园面积", "成活率", "每亩补助标准"], "name_end_joined"),
        # a short one the end completes no such way: perhaps an indicator whose targets were
        # left empty, kept
        ("管护", "巡", ["改造茶园面积", "管护", "巡", "每亩补助标准"], "name_maybe_wrapped"),
    ],
)
def test_names_of_both_groups_wrapped_without_evidence_are_read_by_their_width(
    first, end, names, rule
):
    both = [[*row[:3], row[3], row[1], row[2], row[3]] for row in ROWS]
    both[1][2] = both[1][5] = first
    rest = ["", "", end, "", "", end, ""]
    tables = read(text([*HEAD, A1_GRID, *both[:2], rest, *both[2:]]))
    assert [i["indicator_name"] for i in tables.indicators][: len(names)] == names
    assert [f["rule"] for f in tables.findings if f["severity"] == "warning"] == [rule]
