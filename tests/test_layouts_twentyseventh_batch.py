"""What the twenty-fifth round's second folder of target tables (tests/fixtures/heldout-targets-27)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: per-project
forms of provincial 一体化 systems with a `历史值 | 预期值` grid, a `资金来源` block whose columns are
headed `中期资金总额 | 年度资金总额`, a grid label `指标值说明` wrapped so that its first line prints
`指标值` twice, a row a line break inside its value cell broke onto two lines, and units of
buildings (`幢`)."""

from decimal import Decimal

from pipeline.targets.parser import parse_target
from tests.test_layouts_damage import cells_joined_by_spaces
from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text


def test_a_grid_of_history_and_expected_values_reads_the_expected_one_as_the_target():
    # `历史值 | 预期值`: last year's figure, then the year's. 预期值 was no known label, so every
    # indicator was read without a target and 历史值 kept aside.
    rows = [*HEAD, ["一级指标", "二级指标", "三级指标", "历史值", "预期值"]]
    rows += [[*row[:3], "上年数", row[3]] for row in ROWS]
    tables = read(text(rows))
    assert named(tables) == READ
    assert [i["extra_columns"] for i in tables.indicators][:1] == ['{"历史值": "上年数"}']
    assert errors(tables) == []


def test_money_columns_headed_by_period_totals_give_the_years_total():
    # `资金来源 | 资金性质 | 中期资金总额 | 年度资金总额` over the sources' rows: the headings
    # were read as two totals with no figure and each row's two figures as unheaded
    # (`amount_unparsed`), so the project had no total.
    money = [("财政拨款", "1,260.00", "420.00"), ("其他资金", "0.00", "0.00")]
    money.append(("合计", "1,260.00", "420.00"))
    for heading in ("资金性质", ""):
        head = [["项目名称", "茶园改造"], ["资金来源", heading, "中期资金总额", "年度资金总额"]]
        goal = ["年度目标", "改造茶园2000亩。"]
        tables = read(text([*head, *(["", *row] for row in money), goal, GRID, *ROWS]))
        assert (projects(tables), named(tables), errors(tables)) == (
            [("茶园改造", Decimal("420.00"))],
            READ,
            [],
        )


def test_money_columns_headed_by_period_totals_joined_by_spaces_give_both_totals():
    # The same block with its cells joined by spaces (`财政拨款 1,260.00 420.00` under `资金来源
    # 资金性质 中期资金总额 年度资金总额`): the headings were no row of headings, so each row's
    # figures stayed one cell (`amount_unparsed`) and the 合计's two stood under 资金性质 and
    # 中期, read as a total of 1,260.00 and a period's 420.00. Now they go under the two period
    # headings, the labels under the parts' column.
    money = [("财政拨款", "1,260.00", "420.00"), ("合计", "1,260.00", "420.00")]
    head = [["项目名称", "茶园改造"], ["资金来源", "资金性质", "中期资金总额", "年度资金总额"]]
    rows = [*head, *(["", *row] for row in money), ["年度目标", "改造茶园2000亩。"], GRID, *ROWS]
    tables = read(cells_joined_by_spaces(text(rows).decode()).encode())
    project = tables.projects[0]
    assert (project["total_amount"], project["period_amount"], project["fiscal_appropriation"]) == (
        Decimal("420.00"),
        Decimal("1260.00"),
        Decimal("420.00"),
    )
    assert (named(tables), [(f["severity"], f["rule"]) for f in tables.findings]) == (
        READ,
        [("info", "currency_unit_missing")],
    )


def test_a_money_blocks_total_and_parts_by_government_joined_by_spaces_are_label_and_figure():
    # `资金来源 合计 1,286.40` over `中央补助 1,029.12`, `省级补助 128.64`: 合计 and 省级补助 are
    # labels only inside a money block, so `合计 1,286.40` was one value of 资金来源 and
    # `省级补助 128.64` a line of its own (line_unrecognised). The one part read, 1,029.12, was
    # taken for the project's total.
    money = [["资金来源", "合计", "1,286.40"]]
    money += [
        ["", part, figure] for part, figure in (("中央补助", "1,029.12"), ("省级补助", "128.64"))
    ]
    money.append(["", "县级配套", "128.64"])
    rows = [["项目名称", "茶园改造"], *money, ["年度目标", "改造茶园2000亩。"], GRID, *ROWS]
    tables = read(cells_joined_by_spaces(text(rows).decode()).encode())
    assert projects(tables) == [("茶园改造", Decimal("1286.40"))]
    assert (named(tables), [(f["severity"], f["rule"]) for f in tables.findings]) == (
        READ,
        [("info", "currency_unit_missing")],
    )


def test_a_value_label_printed_twice_over_the_end_of_the_second_is_its_explanation():
    # `指标值 | 指标值 | 数据来源` over ` | 说明 | `: the label 指标值说明 wrapped. The two 指标值
    # were read as the period's target and the year's, the explanation (`含冰雪嘉年华`) the
    # year's target.
    grid = [*GRID, "指标值", "数据来源"]
    rows = [*HEAD, grid, ["", "", "", "", "说明", ""]]
    rows += [[*row, "说明文字", "台账"] for row in ROWS]
    tables = read(text(rows))
    assert named(tables) == READ
    assert [i["period_target"] for i in tables.indicators] == [None] * 5
    assert errors(tables) == []


def test_buildings_counted_in_zhuang_are_a_number_with_their_unit():
    # `≥42幢`: 幢 was no known unit, so the clause had none.
    assert [(c.kind, c.operator, c.value, c.unit) for c in parse_target("≥42幢")] == [
        ("number", ">=", 42.0, "幢")
    ]


def test_a_row_broken_inside_its_value_cell_is_put_back_whole():
    # A sheet's value cell holding a line break, exported unquoted: the row ends at
    # `每学期开学后`, the next line opens with `1个月内` and goes on with the row's other cells.
    # The line was read as a row shifted left: an indicator `1个月内` with the target 按时拨付.
    grid = [*GRID, "历史值", "指标值说明"]
    rows = [
        *HEAD,
        grid,
        [*ROWS[0], "1800亩", "说明"],
        ["", "时效指标", "补助资金拨付", "每学期开学后"],
    ]
    rows += [["1个月内", "按时拨付", "分春秋两季"], [*ROWS[2], "1500元/亩", ""]]
    tables = read(text(rows))
    assert named(tables) == [
        READ[0],
        ("产出指标", "时效指标", "补助资金拨付", "每学期开学后1个月内"),
        READ[2],
    ]
    assert [i["extra_columns"] for i in tables.indicators][1] == '{"历史值": "按时拨付"}'
    assert errors(tables) == []
