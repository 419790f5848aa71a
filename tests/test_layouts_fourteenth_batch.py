"""What the fourteenth held-out batch of target tables (tests/fixtures/heldout-targets-14)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own:
ditto marks in the level cells (`同上`, `〃`), an amount restated in words after its figure
(`3,680.50（叁仟陆佰捌拾万伍仟元整）`), a second form under the first with only an empty row
between, fund parts named by their government without 资金 inside a money block (`省级补助`,
`县级配套`), and the units 航次, 剂次 and 车公里."""

from decimal import Decimal

import pytest

from pipeline.layouts.amounts import to_wan
from pipeline.targets.parser import parse_target
from pipeline.vocab.traditional import simplified
from tests.test_layouts_damage import cells_joined_by_spaces, traditional
from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text

# ROWS with every level the cell above repeats written as a ditto mark.
DITTO_ROWS = [
    ROWS[0],
    ["同上", "质量指标", *ROWS[1][2:]],
    ["〃", "成本指标", *ROWS[2][2:]],
    *ROWS[3:],
]


def test_ditto_marks_in_level_cells_keep_the_level_above():
    # `同上` and `〃` in the 一级 cells: the block above goes on, as under a merged cell; so in
    # a 二级 cell (`同上` under 数量指标), and in the table a mirror republished in traditional
    # characters or a converter joined by spaces.
    rows = [*DITTO_ROWS[:2], ["同上", "同上", "茶苗出圃合格率", "100%"], *DITTO_ROWS[2:]]
    table = text([*HEAD, GRID, *rows])
    want = [*READ[:2], ("产出指标", "质量指标", "茶苗出圃合格率", "100%"), *READ[2:]]
    for data in (
        table,
        traditional(table.decode()).encode(),
        cells_joined_by_spaces(table.decode()).encode(),
    ):
        tables = read(data)
        assert [p["total_amount"] for p in tables.projects] == [Decimal("420")]
        assert [
            (i["level1_name"], i["level2_name"], simplified(i["indicator_name"]))
            for i in tables.indicators
        ] == [row[:3] for row in want]
        assert errors(tables) == []


@pytest.mark.parametrize(
    ("cell", "unit", "wan"),
    [
        ("3,680.50（叁仟陆佰捌拾万伍仟元整）", "万元", Decimal("3680.50")),
        ("30（人民币叁拾万元整）", "万元", Decimal("30")),
        ("300,000.00（大写：叁拾万元整）", "元", Decimal("30")),
        ("12.05（壹拾贰万零伍佰元整）", "万元", Decimal("12.05")),
        ("88.5（捌拾捌元伍角）", "元", Decimal("0.00885")),
        # The words say another sum: which one is meant, no reader can tell.
        ("3,680.50（叁仟陆佰捌拾万元整）", "万元", None),
        # Brackets holding no sum in words: the cell is no amount, as before.
        ("120（详见附件）", "万元", None),
    ],
)
def test_an_amount_restated_in_words_is_its_figure_when_the_words_agree(cell, unit, wan):
    assert to_wan(cell, unit) == wan


def test_a_department_total_restated_in_words_is_read():
    head = [
        ["部门名称", "某县卫生健康委员会"],
        ["年度预算资金（万元）", "资金总额", "3,680.50（叁仟陆佰捌拾万伍仟元整）"],
        ["", "基本支出", "1,240.50（壹仟贰佰肆拾万伍仟元整）"],
        ["", "项目支出", "2,440.00（贰仟肆佰肆拾万元整）"],
        ["年度总体目标", "提升基层医疗服务能力。"],
    ]
    tables = read(text([*head, GRID, *ROWS]))
    assert [p["total_amount"] for p in tables.projects] == [Decimal("3680.50")]
    assert named(tables) == READ
    assert errors(tables) == []


def test_fund_parts_named_by_their_government_without_zijin_add_up_to_the_total():
    # `资金来源 | 资金总额 860`, `其中：中央补助 520`, then indented `省级补助`, `县级配套`,
    # `上年结转`: parts that make the total, no mismatch. Outside a money block such words are
    # no label: a project named `高标准农田建设省级补助` keeps its name.
    head = [
        HEAD[0],
        ["资金来源", "资金总额", "860.00"],
        ["", "其中：中央补助", "520.00"],
        ["", "      省级补助", "200.00"],
        ["", "      县级配套", "110.00"],
        ["", "      上年结转", "30.00"],
        HEAD[2],
    ]
    tables = read(text([*head, GRID, *ROWS]))
    assert projects(tables) == [("茶园改造", Decimal("860"))]
    assert errors(tables) == []
    tables = read(text([["项目名称", "高标准农田建设省级补助"], *head[1:3], HEAD[2], GRID, *ROWS]))
    assert projects(tables) == [("高标准农田建设省级补助", Decimal("860"))]


def test_a_second_form_after_an_empty_row_is_a_project_of_its_own_when_joined_by_spaces():
    # Two forms one under the other, an empty row between and no title: once a converter
    # joined the cells by spaces, the second form's 主管部门 and money rows are its header,
    # not indicator rows of the first.
    second = [
        ["项目名称", "茶叶加工厂改造"],
        ["主管部门", "某县农业农村局", "实施单位", "某县茶叶站"],
        ["项目资金（万元）", "年度资金总额", "165.50"],
        HEAD[2],
    ]
    table = text([*HEAD, GRID, *ROWS, [""], *second, GRID, *ROWS])
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert projects(tables) == [
            ("茶园改造", Decimal("420")),
            ("茶叶加工厂改造", Decimal("165.50")),
        ]
        assert named(tables) == READ + READ
        assert errors(tables) == []


@pytest.mark.parametrize(
    ("value", "clause"),
    [
        ("≥120航次", ("number", ">=", 120, "航次")),
        ("≥5.2万剂次", ("number", ">=", 5.2, "万剂次")),
        ("≤2.6元/车公里", ("money", "<=", 2.6, "元/车公里")),
        ("≥860万车公里", ("number", ">=", 860, "万车公里")),
    ],
)
def test_voyages_vaccine_doses_and_vehicle_kilometres_are_units(value, clause):
    (read_clause,) = parse_target(value)
    assert (read_clause.kind, read_clause.operator, read_clause.value, read_clause.unit) == clause
