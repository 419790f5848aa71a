"""Text tables drawn with box-drawing characters (pipeline.read.boxdrawn): the grid the rules
draw, merged cells from the rules left out, in either width a font gives the characters, or
drawn in ASCII."""

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read.boxdrawn import box_parts
from pipeline.read.text_cells import read_text_cells
from tests.test_layouts_damage import drawn_in_ascii
from tests.test_read_html import BOXED, BOXED_ROWS
from tests.test_read_untabbed import JOINED_ROW_TABLE


def test_a_box_drawn_text_is_read_as_the_grid_its_rules_draw():
    (table,) = read_text_cells("boxed.txt", BOXED)
    assert [(row.cells, row.merged) for row in table.rows] == BOXED_ROWS
    assert [row.line for row in table.rows] == [1, 3, 5, 7, 9]


def test_box_drawing_characters_two_columns_wide_are_read_so():
    # A Chinese font (宋体) draws box-drawing characters two columns wide, as GBK text
    # tables are laid out: `─` is two columns, as wide as a CJK character.
    wide = "\n".join(
        [
            "┌─┬──┐",
            "│一│二级│",
            "├─┼──┤",
            "│甲│ab  │",
            "└─┴──┘",
        ]
    )
    (table,) = box_parts(wide)
    assert [[cell.text for cell in cells] for cells in table.rows] == [["一", "二级"], ["甲", "ab"]]


def test_a_text_whose_bars_stand_where_no_rule_cuts_is_read_as_text():
    # A `│` between the rules' joins: no grid the rules draw holds it, so no box table.
    crooked = "┌────┬────┐\n│ 甲 │ 乙  │\n└────┴────┘\n"
    assert box_parts(crooked) is None


def test_a_cells_lines_between_two_rules_are_one_text():
    wrapped = "┌──────┬──────┐\n│ 三级 │ 指标 │\n│ 指标 │ 值   │\n└──────┴──────┘\n"
    (table,) = box_parts(wrapped)
    assert [[cell.text for cell in cells] for cells in table.rows] == [["三级指标", "指标值"]]
    # A row's second line cutting it elsewhere draws no grid: read as text.
    cut = wrapped.replace("│ 指标 │ 值   │", "│ 指标   值   │")
    assert box_parts(cut) is None


# BOXED drawn in ASCII, as a database console or a grid-table writer prints it: `=` under the
# header, a `+` and a `-` inside cells' text.
ASCII = """        校舍维修项目绩效目标表
+----------+------------------------------------+
| 项目名称 | 校舍维修                           |
+----------+----------+------------+------------+
| 一级指标 | 二级指标 | 三级指标   | 指标值     |
+==========+==========+============+============+
| 产出指标 | 数量指标 | 维修面积   | ≥500平方米 |
|          +----------+------------+------------+
|          | 质量指标 | 验收合格率 | 100%       |
+----------+----------+------------+------------+
"""


def test_a_table_drawn_in_ascii_is_read_as_the_grid_its_rules_draw():
    (table,) = read_text_cells("ascii.txt", ASCII)
    assert [(row.cells, row.merged) for row in table.rows] == BOXED_ROWS
    assert [row.line for row in table.rows] == [1, 3, 5, 7, 9]


def test_a_plus_or_a_minus_in_an_ascii_tables_cell_is_its_text():
    signed = ASCII.replace("| ≥500平方米 |", "| +5%-10%    |")
    (table,) = read_text_cells("ascii.txt", signed)
    assert table.rows[3].cells == ("产出指标", "数量指标", "维修面积", "+5%-10%")


def test_lines_opening_with_bars_under_one_rule_are_no_ascii_table():
    # A rule line must close the table: bars under one rule line alone are read as text.
    assert box_parts("+------+------+\n| 甲   | 乙   |\n说明\n") is None


def test_a_drawn_table_whose_labels_are_spaced_out_is_built_from_its_cells():
    # `一 级 指 标` is no label a line's words show: the file failed as a packed table whose
    # header was not found (file_unreadable), though its grid reads whole.
    rows = [["项目名称", "校舍维修", "", ""], ["一 级 指 标", "二 级 指 标", "三 级 指 标", "指 标 值"],
            ["产出指标", "数量指标", "维修面积", "≥500平方米"], ["", "质量指标", "验收合格率", "100%"]]  # fmt: skip
    drawn = drawn_in_ascii("\n".join("\t".join(row) for row in rows))
    assert box_parts(drawn) is not None
    tables = process_file("ascii.txt", drawn.encode(), Source(fiscal_year=2024))
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == [
        ("产出指标", "数量指标", "维修面积", "≥500平方米"),
        ("产出指标", "质量指标", "验收合格率", "100%"),
    ]  # fmt: skip


def test_an_indicator_row_joined_into_one_cell_of_a_drawn_grid_is_placed_under_the_labels():
    # A row a converter had joined by spaces, then drawn into the grid's first cell: read as
    # the tab-separated text's joined row is (its words fitting the columns one way only),
    # not left one cell that the next indicator's name took for its own first line.
    drawn = drawn_in_ascii("\n".join("\t".join(row) for row in JOINED_ROW_TABLE))
    (table,) = read_text_cells("ascii.txt", drawn)
    assert table.rows[3].cells == ("产出指标", "质量指标", "干花抽检达标率", "≥95%", "97.4%")


def test_a_title_printed_again_across_a_drawn_grid_opens_the_next_table():
    # A row printing one text across the grid's columns is a line alone, as a title is: the
    # next table's title inside the same drawn grid opens a table of its own, which a line alone
    # had done and such a row had not.
    lines = [
        "项目支出绩效自评表",
        "项目名称\t甲项目",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
        "产出指标\t数量指标\t受益学生人数\t≥3200人\t3268人",
        "项目支出绩效自评表",
        "（2022年度）",
    ]
    tables = read_text_cells("t.txt", drawn_in_ascii("\n".join(lines)))
    assert [[row.cells[0] for row in table.rows] for table in tables] == [
        ["项目支出绩效自评表", "项目名称", "一级指标", "产出指标"],
        ["项目支出绩效自评表", "（2022年度）"],
    ]


def test_a_grid_drawn_from_a_sheets_text_export_reads_its_quoted_cells_as_their_text():
    # A sheet saved as text quotes a cell holding a quote or a comma, its quotes doubled; drawn
    # into a grid, `"""三公""经费变动率"` had been read with its quotes as the indicator's name.
    rows = [["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "成本指标", '"""三公""经费变动率"', "≤0%"],
            ["", "数量指标", "补助人数", '"1,200人"']]  # fmt: skip
    (table,) = read_text_cells("t.txt", drawn_in_ascii("\n".join("\t".join(row) for row in rows)))
    assert [row.cells for row in table.rows[1:]] == [
        ("产出指标", "成本指标", '"三公"经费变动率', "≤0%"),
        ("", "数量指标", "补助人数", "1,200人"),
    ]


def test_a_grid_drawn_from_an_export_quoting_every_cell_reads_each_as_its_text():
    rows = [['"一级指标"', '"二级指标"', '"三级指标"', '"指标值"'],
            ['"产出指标"', '"数量指标"', '"补助人数"', '"≥1200人"'],
            ['""', '"质量指标"', '"验收合格率"', '"100%"']]  # fmt: skip
    (table,) = read_text_cells("t.txt", drawn_in_ascii("\n".join("\t".join(row) for row in rows)))
    assert [row.cells for row in table.rows] == [
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "数量指标", "补助人数", "≥1200人"),
        ("", "质量指标", "验收合格率", "100%"),
    ]


def test_a_drawn_cell_printed_in_quotes_by_hand_keeps_them():
    rows = [["一级指标", "二级指标", "三级指标", "指标值"],
            ["效益指标", "社会效益指标", '"双减"政策落实', '"好"']]  # fmt: skip
    (table,) = read_text_cells("t.txt", drawn_in_ascii("\n".join("\t".join(row) for row in rows)))
    assert table.rows[1].cells == ("效益指标", "社会效益指标", '"双减"政策落实', '"好"')
