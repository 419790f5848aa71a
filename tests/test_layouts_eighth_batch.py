"""What the eighth held-out batch of target tables (tests/fixtures/heldout-targets-8) showed the
readers lacked, each read by the whole per-file pipeline on a table of its own: a title printed
again at a page top inside a table, a scoring-rule column (`评分标准`, `评(扣)分标准`) and a
column label wrapped beside it, and a department's money by income kind under headings that
start with its total, the figures on the next row."""

from decimal import Decimal

import pytest

from pipeline.cells import CellRow, CellTable
from pipeline.layouts import read_table
from tests.test_layouts_damage import one_cell_a_line
from tests.test_layouts_text import read, text

TITLE = ["项目支出绩效目标表"]
HEAD = [TITLE, ["项目名称", "茶园改造"], ["年度资金总额", "420"], ["年度目标", "改造茶园2000亩。"]]
GRID = ["一级指标", "二级指标", "三级指标", "指标值"]
ROWS = [["产出指标", "数量指标", "改造茶园面积", "2000亩"], ["", "质量指标", "茶苗成活率", "≥90%"]]
MORE = [
    ["", "成本指标", "每亩补助标准", "≤1500元/亩"],
    ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥95%"],
]

# What HEAD, GRID, ROWS and MORE read as, whatever the damage.
READ = [
    ("产出指标", "数量指标", "改造茶园面积", "2000亩"),
    ("产出指标", "质量指标", "茶苗成活率", "≥90%"),
    ("产出指标", "成本指标", "每亩补助标准", "≤1500元/亩"),
    ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥95%"),
]


def named(tables) -> list[tuple]:
    return [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators]  # fmt: skip


def errors(tables) -> list[str]:
    return [f["rule"] for f in tables.findings if f["severity"] == "error"]


def test_a_title_printed_again_at_a_page_top_inside_a_table_does_not_cut_it():
    tables = read(text([*HEAD, GRID, *ROWS, ["第 1 页"], TITLE, *MORE]))
    assert [(p["project_name"], p["total_amount"]) for p in tables.projects] == [
        ("茶园改造", Decimal("420"))
    ]
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_title_line_inside_a_table_over_rows_that_go_on_is_no_next_table():
    rows = [*HEAD[1:], GRID, *ROWS, ["2019年项目支出绩效目标表"], *MORE]
    cells = tuple(CellRow(cells=tuple(r), line=n) for n, r in enumerate(rows, start=1))
    read_ = read_table(CellTable(source_file="t.txt", index=0, title=None, rows=cells))
    assert [(p.name, len(p.indicators)) for p in read_.projects] == [("茶园改造", 4)]


def test_a_title_printed_again_over_the_next_tables_header_still_opens_it():
    second = [["项目名称:茶叶加工厂", "主管部门:农业农村局"], ["年度资金总额", "80"], GRID,
              ["产出指标", "数量指标", "新建加工厂", "1座"]]  # fmt: skip
    tables = read(text([*HEAD, GRID, *ROWS, TITLE, *second]))
    assert [(p["project_name"], p["total_amount"]) for p in tables.projects] == [
        ("茶园改造", Decimal("420")),
        ("茶叶加工厂", Decimal("80")),
    ]
    assert named(tables)[-1] == ("产出指标", "数量指标", "新建加工厂", "1座")


def test_a_scoring_rule_column_is_the_standard_and_a_label_wrapped_beside_it_is_joined():
    tables = read(text([TITLE, ["项目名称", "公益电影放映"], ["预算金额(元)", "216,000.00"],
                        ["序号", "指标名称", "指标值", "指标权", "评(扣)分标准"],
                        ["", "", "", "重", ""],
                        ["1", "放映场次", "≥1800场", "20", "每少10场扣1分"],
                        ["2", "群众满意度", "90%以上", "20", ""]]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["weight"], i["standard"])
            for i in tables.indicators] == [
        ("放映场次", "≥1800场", 20.0, "每少10场扣1分"),
        ("群众满意度", "90%以上", 20.0, None),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["rule"] == "column_unknown"] == []


def test_money_headings_that_start_with_the_total_head_the_figures_under_them():
    tables = read(text([["部门整体支出绩效目标表"], ["单位:元"], ["部门名称", "某镇人民政府"],
                        ["收入预算合计", "一般公共预算拨款", "政府性基金拨款", "其他收入"],
                        ["6,842,316.00", "6,542,316.00", "0.00", "300,000.00"],
                        ["一级指标", "二级指标", "三级指标", "指标值"],
                        ["产出指标", "数量指标", "在职人员控制数", "≤58人"]]))  # fmt: skip
    (project,) = tables.projects
    assert (project["total_amount"], project["total_amount_raw"], project["fiscal_appropriation"],
            project["other_funds"]) == (
        Decimal("684.2316"), "6,842,316.00", Decimal("654.2316"), Decimal("30"))  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["rule"] != "missing_level1"] == []


def test_a_title_printed_again_in_a_table_whose_cells_lost_their_tabs_does_not_end_it():
    rows = [*HEAD, GRID, *ROWS, ["第 1 页"], TITLE, *MORE]
    tables = read(("\n".join(" ".join(filter(None, row)) for row in rows) + "\n").encode())
    assert named(tables) == READ
    assert errors(tables) == []


@pytest.mark.parametrize("value", ["力争达到100%", "原则上不低于98%"])
def test_a_hedged_target_in_a_row_that_lost_its_tabs_is_the_value_not_a_note(value):
    rows = [*HEAD, [*GRID, "备注"], ["产出指标", "数量指标", "改造茶园面积", "2000亩"],
            ["质量指标", "茶苗成活率", value]]  # fmt: skip
    tables = read(("\n".join(" ".join(row) for row in rows) + "\n").encode())
    assert named(tables)[-1] == ("产出指标", "质量指标", "茶苗成活率", value)
    assert errors(tables) == []


def test_the_money_from_above_beside_a_hunan_forms_total_is_a_field_of_its_own():
    rows = [TITLE, ["单位:元"], ["项目支出名称", "古城文物保护修缮"],
            ["年度本级预算金额", "1,850,000.00", "上级资金", "3,000,000.00"],
            GRID, ["产出指标", "数量指标", "文物建筑修缮处数", "4处"]]  # fmt: skip
    tabbed = text(rows)
    for data in (tabbed, tabbed.replace(b"\t", b" ")):
        tables = read(data)
        (project,) = tables.projects
        assert (project["total_amount"], project["extra_columns"]) == (
            Decimal("185"),
            '{"上级资金": "3,000,000.00"}',
        )
        assert [f["rule"] for f in tables.findings if f["rule"] != "missing_level1"] == []


def test_a_sheets_empty_columns_printed_one_cell_a_line_leave_its_rows_in_place():
    # A spreadsheet's empty columns after the table, every cell on a line of its own: a column
    # count one short cuts every row on a blank line too, each row one cell further right.
    padded = "\n".join(
        "\t".join(row + [""] * (36 - len(row))) for row in [*HEAD, GRID, *ROWS, *MORE]
    )
    tables = read(one_cell_a_line(padded).encode())
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_name_shifted_under_the_level2_label_beside_a_merged_level1_is_moved_back():
    # A workbook's 二级 cell merged down and dropped by the exporter on the rows below: the
    # name stands under the 二级 label, right of the 一级 cell the source marks merged.
    rows = [CellRow(cells=tuple(r), line=n) for n, r in enumerate([*HEAD[1:], GRID, ROWS[0]], 1)]
    rows.append(CellRow(cells=("", "补植面积", "300亩"), line=len(rows) + 1, merged=(True,)))
    read_ = read_table(CellTable(source_file="t.xlsx", index=0, title=None, rows=tuple(rows)))
    (project,) = read_.projects
    assert [(i.level1_raw, i.level2_raw, i.name, i.annual_target) for i in project.indicators] == [
        ("产出指标", "数量指标", "改造茶园面积", "2000亩"),
        ("产出指标", "数量指标", "补植面积", "300亩"),
    ]
