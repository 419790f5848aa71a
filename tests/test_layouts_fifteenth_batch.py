"""What the fifteenth held-out batch of target tables (tests/fixtures/heldout-targets-15)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own:
each 一级 a section row spanning the table over a level column holding the 二级 only
(`一、产出指标`), column labels wrapped in narrow cells onto a second row (`指标` over `值`),
`符号 | 数值 | 单位` under a merged 年度指标值, a `填表说明：` heading over numbered notes under the
table, one project name over two fund sources in a list, and the unit 届."""

from decimal import Decimal

from pipeline.targets.parser import parse_target
from tests.test_layouts_damage import cells_joined_by_spaces, rowspan_dropped
from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text


def test_section_rows_give_the_level1_of_a_grid_whose_level_column_holds_the_level2():
    # No 一级 column: `一、产出指标` alone across the table names the 一级 of the rows under it up
    # to the next section row; the section rows are no indicators.
    rows = [
        ["一、产出指标", "", ""],
        *[row[1:] for row in ROWS[:3]],
        ["二、效益指标", "", ""],
        ROWS[3][1:],
        ["三、满意度指标", "", ""],
        ROWS[4][1:],
    ]
    table = text([*HEAD, GRID[1:], *rows])
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert named(tables) == READ
        assert errors(tables) == []


def test_column_labels_wrapped_onto_a_second_row_are_joined_with_it():
    # Narrow cells wrap every label: `一级 | 二级 | 三级 | 指标` over `指标 | 指标 | 指标 | 值`.
    # Each upper label is one alone (三级's `指标` is a name's column), but `值` is none and
    # makes the last column the value's: the two rows are one row of labels.
    labels = [["一级", "二级", "三级", "指标"], ["指标", "指标", "指标", "值"]]
    tables = read(text([*HEAD, *labels, *ROWS]))
    assert named(tables) == READ
    assert errors(tables) == []


def test_symbol_number_unit_under_a_merged_value_label_are_split_value_columns():
    grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "", "", "分值"],
            ["", "", "", "符号", "数值", "单位", ""]]  # fmt: skip
    rows = [["产出指标", "数量指标", "改造茶园面积", "≥", "2000", "亩", "20"],
            ["", "质量指标", "茶苗成活率", "≥", "90", "%", "20"],
            ["", "时效指标", "管护机制", "定性", "健全", "", "10"]]  # fmt: skip
    # Joined by spaces, the line `符号 数值 单位` parts `年度指标值` above it, though its first
    # word is no value's label.
    table = text([*HEAD, *grid, *rows])
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert [
            (i["indicator_name"], i["annual_target"], i["weight"]) for i in tables.indicators
        ] == [
            ("改造茶园面积", "≥2000亩", 20.0),
            ("茶苗成活率", "≥90%", 20.0),
            ("管护机制", "健全", 10.0),
        ]


def test_numbered_notes_under_a_notes_heading_are_no_indicators():
    # `填表说明：` alone on its row heads the one-cell rows under it, a note ending in no full
    # stop (`3.权重合计为100%`) too, also once a converter joined the cells by spaces.
    notes = [["填表说明："], ["1.一级指标按规范填写。"], ["2.指标值应量化"], ["3.权重合计为100%"]]
    table = text([*HEAD, GRID, *ROWS, *notes])
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert named(tables) == READ
        assert [f["rule"] for f in tables.findings if f["rule"] == "row_unparsed"] == []


def test_one_name_over_two_fund_sources_is_two_projects_in_a_list():
    # A list's 资金来源 is a project cell merged down like its name: the name printed again
    # with another source and amount opens a project of its own, also once a converter that
    # ignores rowspan dropped the merged cells and shifted the rows left.
    grid = ["序号", "项目名称", "资金来源", "预算数（万元）", "一级指标", "二级指标", "三级指标",
            "指标值"]  # fmt: skip
    rows = [["1", "污水治理", "中央资金", "520", "产出指标", "数量指标", "新建设施", "≥42座"],
            ["2", "", "", "", "产出指标", "质量指标", "验收合格率", "100%"],
            ["3", "污水治理", "县级资金", "180", "产出指标", "数量指标", "运维设施", "≥156座"],
            ["4", "", "", "", "效益指标", "可持续影响指标", "正常运行率", "≥90%"]]  # fmt: skip
    table = text([["某县2025年项目支出绩效目标表"], grid, *rows]).decode()
    for data in (table, rowspan_dropped(table)):
        tables = read(data.encode())
        assert projects(tables) == [("污水治理", Decimal("520")), ("污水治理", Decimal("180"))]
        assert [i["indicator_name"] for i in tables.indicators] == [
            "新建设施", "验收合格率", "运维设施", "正常运行率",
        ]  # fmt: skip


def test_sessions_are_a_unit():
    (clause,) = parse_target("1届")
    assert (clause.kind, clause.operator, clause.value, clause.unit) == ("number", "=", 1, "届")


def test_weights_written_as_percents_are_read_once_cells_are_joined_by_spaces():
    # `10%` under 指标权重 is the weight's share of the whole, beside targets in percents
    # (`≥90% 10%`): the words fit the columns in one way only, as they do with points.
    grid = [*GRID, "指标权重"]
    rows = [[*row, "20%"] for row in ROWS]
    table = text([*HEAD, grid, *rows])
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert named(tables) == READ
        assert [i["weight"] for i in tables.indicators] == [20.0] * 5
