"""What the seventeenth held-out batch of target tables (tests/fixtures/heldout-targets-17)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: a
sheet's empty margin column opening every line of its text, a value label merged over an
operator cell and a figure cell (`指标值` over `≥ | 1.2万件`), and the fields a 衔接资金 项目库
form prints (`建设性质`, `建设地点`, `建设内容及规模`) or a 乡镇 form (`预算级次`)
under a numbered section heading (`一、项目基本信息`)."""

import json
from decimal import Decimal

from tests.test_layouts_damage import page_numbered
from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text


def test_an_empty_margin_column_opening_every_line_is_no_column_of_the_table():
    # A sheet's narrow column A saved as text: every line opens with an empty cell, the title's
    # and the unit's too; a page number a converter printed at a line's start is no line of
    # the sheet, and leaves the margin a margin.
    rows = [["某县2024年项目支出绩效目标表"], ["单位：万元"], *HEAD, GRID, *ROWS]
    table = text([["", *row] for row in rows])
    for data in (table, page_numbered(table.decode()).encode()):
        tables = read(data)
        assert tables.documents[0]["title"] == "某县2024年项目支出绩效目标表"
        assert projects(tables) == [("茶园改造", Decimal("420"))]
        assert named(tables) == READ
        assert errors(tables) == []


def test_a_value_label_over_an_operator_cell_and_a_figure_cell_reads_them_as_split_columns():
    # `指标值` merged over two columns, printed over the first with no label over the second:
    # the first holds the operators (or nothing), the second the figure with its unit or the
    # whole of a target in words or a date.
    rows = [
        ["产出指标", "数量指标", "改造茶园面积", "≥", "2000亩", "20"],
        ["", "质量指标", "茶苗成活率", "=", "100%", "20"],
        ["", "时效指标", "完成时间", "", "2024年10月底前", "20"],
        ["效益指标", "经济效益指标", "茶农户均增收", "≥", "1000元", "20"],
        ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥", "95%", "20"],
    ]
    tables = read(text([*HEAD, [*GRID, "", "分值"], *rows]))
    assert [
        (i["indicator_name"], i["annual_target"], i["target_operator_raw"],
         i["target_value_raw"], i["weight"])
        for i in tables.indicators
    ] == [
        ("改造茶园面积", "≥2000亩", "≥", "2000亩", 20.0),
        ("茶苗成活率", "=100%", "=", "100%", 20.0),
        ("完成时间", "2024年10月底前", "", "2024年10月底前", 20.0),
        ("茶农户均增收", "≥1000元", "≥", "1000元", 20.0),
        ("茶农满意度", "≥95%", "≥", "95%", 20.0),
    ]  # fmt: skip
    assert errors(tables) == []


def test_project_library_fields_and_a_section_heading_are_known_fields_not_unknown_lines():
    head = [
        ["一、项目基本信息"], HEAD[0], ["建设性质", "新建", "建设地点", "大田村"],
        ["建设内容及规模", "改造茶园2000亩，配套道路3公里。"], ["预算级次", "乡镇级"], *HEAD[1:],
    ]  # fmt: skip
    tables = read(text([*head, GRID, *ROWS]))
    assert projects(tables) == [("茶园改造", Decimal("420"))]
    assert named(tables) == READ
    assert json.loads(tables.projects[0]["extra_columns"]) == {
        "建设性质": "新建", "建设地点": "大田村", "建设内容及规模": "改造茶园2000亩，配套道路3公里。",
        "预算级次": "乡镇级",
    }  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["rule"] != "currency_unit_missing"] == []
