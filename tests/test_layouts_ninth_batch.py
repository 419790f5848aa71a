"""What the ninth held-out batch of target tables (tests/fixtures/heldout-targets-9) showed the
readers lacked, each read by the whole per-file pipeline on a table of its own: invisible format
characters a web page leaves in cells, a column header printed over two rows, merged level cells
whose text a converter printed on the middle row of their span, a page's whole head (the title
over two lines, its unit line, its column labels) printed again at a page top, a row a page
break cut after its name, and a page number with its count in brackets."""

from decimal import Decimal

import pytest

from pipeline.layouts.select import file_tables
from pipeline.vocab.labels import is_page_furniture
from tests.test_layouts_text import read, text

HEAD = [["项目名称", "茶园改造"], ["年度资金总额", "420"], ["年度目标", "改造茶园2000亩。"]]
GRID = ["一级指标", "二级指标", "三级指标", "指标值"]
ROWS = [
    ["产出指标", "数量指标", "改造茶园面积", "2000亩"],
    ["", "质量指标", "茶苗成活率", "≥90%"],
    ["", "成本指标", "每亩补助标准", "≤1500元/亩"],
    ["效益指标", "经济效益指标", "茶农户均增收", "≥1000元"],
    ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥95%"],
]
READ = [
    ("产出指标", "数量指标", "改造茶园面积", "2000亩"),
    ("产出指标", "质量指标", "茶苗成活率", "≥90%"),
    ("产出指标", "成本指标", "每亩补助标准", "≤1500元/亩"),
    ("效益指标", "经济效益指标", "茶农户均增收", "≥1000元"),
    ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥95%"),
]
ZWSP = "\u200b"


def named(tables) -> list[tuple]:
    return [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators]  # fmt: skip


def errors(tables) -> list[str]:
    return [f["rule"] for f in tables.findings if f["severity"] == "error"]


def projects(tables) -> list[tuple]:
    return [(p["project_name"], p["total_amount"]) for p in tables.projects]


def test_zero_width_spaces_in_labels_levels_and_targets_are_not_there():
    rows = [
        [f"项目{ZWSP}名称", "茶园改造"], *HEAD[1:], [f"一级{ZWSP}指标", *GRID[1:]],
        [f"产出{ZWSP}指标", "数量指标", "改造茶园面积", f"2000{ZWSP}亩"], *ROWS[1:],
    ]  # fmt: skip
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", Decimal("420"))]
    assert named(tables) == READ
    assert errors(tables) == []


def test_invisible_format_characters_leave_every_format_s_cells():
    # A CSV file's cells: a zero-width space, a word joiner and a soft hyphen, and a row of
    # nothing else, dropped.
    data = f"项目{ZWSP}名称,茶园\u2060改造\n{ZWSP},\u00ad\n年度资金总额,420\n".encode()
    (table,) = file_tables("t.csv", data).tables
    assert [row.cells for row in table.rows] == [("项目名称", "茶园改造"), ("年度资金总额", "420")]


def test_a_column_header_printed_over_two_rows_is_one_header():
    # `绩效指标` merged across the level columns, 指标值 and 备注 merged down both rows.
    header = [["绩效指标", "", "", "指标值", "备注"], ["一级指标", "二级指标", "三级指标"]]
    tables = read(text([*HEAD, *header, *ROWS]))
    assert named(tables) == READ
    assert errors(tables) == []


def test_level_one_cells_printed_on_the_middle_row_of_their_span_cover_the_rows_above():
    rows = [
        ["", "数量指标", "改造茶园面积", "2000亩"],
        ["产出指标", "质量指标", "茶苗成活率", "≥90%"],
        ["", "成本指标", "每亩补助标准", "≤1500元/亩"],
        ["", "经济效益指标", "茶农户均增收", "≥1000元"],
        ["效益指标", "", "带动茶农户数", "≥400户"],
        ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥95%"],
    ]
    tables = read(text([*HEAD, GRID, *rows]))
    assert named(tables) == [
        *READ[:4], ("效益指标", "经济效益指标", "带动茶农户数", "≥400户"), READ[4],
    ]  # fmt: skip
    assert errors(tables) == []


@pytest.mark.parametrize("level2", ["", "其他指标"])
def test_a_row_without_a_level_two_its_level_one_above_names_keeps_the_level_one_filled_down(
    level2,
):
    # No 二级 of the taxonomy says the row is not the block's: nothing moves.
    rows = [*ROWS[:3], ["", level2, "茶叶加工能力", "≥50吨"], *ROWS[3:]]
    tables = read(text([*HEAD, GRID, *rows]))
    assert [(i["level1_name"], i["indicator_name"]) for i in tables.indicators][3] == (
        "产出指标",
        "茶叶加工能力",
    )


def test_a_page_s_whole_head_printed_again_at_a_page_top_continues_the_table():
    title = [["某县农业农村局"], ["2019年部门整体支出绩效目标表"], ["单位：万元"]]
    top = [["部门名称", "某县农业农村局"], ["资金总额", "420"], ["年度总体目标", "改造茶园。"]]
    again = [["产出指标", "成本指标", "每亩补助标准", "≤1500元/亩"], *ROWS[3:]]
    tables = read(text([*title, *top, GRID, *ROWS[:2], *title, GRID, *again]))
    assert projects(tables) == [("", Decimal("420"))]
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_row_cut_by_a_page_break_after_its_name_takes_the_value_on_the_next_page():
    cut = [["", "成本指标", "每亩补助标准", ""], ["第1页（共2页）"], ["", "", "", "≤1500元/亩"]]
    tables = read(text([*HEAD, GRID, *ROWS[:2], *cut, *ROWS[3:]]))
    assert named(tables) == READ
    assert errors(tables) == []


@pytest.mark.parametrize("marker", ["第1页（共2页）", "第 2 页 (共 3 页)", "第1页/共2页"])
def test_page_numbers_with_their_count_in_brackets_are_page_furniture(marker):
    assert is_page_furniture(marker)


@pytest.mark.parametrize(
    "line", ["索引号：115303220000****-2026-0042", "发布机构：陆良县水务局", "主题分类：财政预决算"]
)
def test_the_record_of_a_government_sites_article_is_page_furniture(line):
    # 陆良 (held-out self-evaluation round 91): the record under the article, rendered as a
    # sheet's rows after the table, was read as two indicators (`索引号:`, `发布机构:`).
    assert is_page_furniture(line)
