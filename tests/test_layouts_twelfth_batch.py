"""What the twelfth held-out batch of target tables (tests/fixtures/heldout-targets-12) showed
the readers lacked, each read by the whole per-file pipeline on a table of its own: labels
printed with their words in a minority language after the Chinese ones (`主管部门 주관부문`), and
levels and names numbered by their place in the tree (`1.1 数量指标`, `1.1.2 专题培训班`), an empty
cell a converter inserted in a row, a row's value alone on the next line, a header laid out
across or printing a value before its label, and the 2016 forms' `绩效目标（年度）`."""

from decimal import Decimal

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text


def test_labels_followed_by_their_korean_words_are_the_chinese_labels():
    # 延边's bilingual forms: each label's Chinese then its Korean (digits among them: `1급지표`).
    korean = {"项目名称": "항목명칭", "年度资金总额": "년도자금총액", "年度目标": "년도목표"}
    head = [[f"{label} {korean[label]}", value] for label, value in HEAD]
    grid = [f"{label} {n}급지표" for n, label in enumerate(GRID[:3], 1)] + ["指标值 지표값"]
    tables = read(text([*head, grid, *ROWS]))
    assert projects(tables) == [("茶园改造", Decimal("420"))]
    assert named(tables) == READ
    assert errors(tables) == []


def test_levels_and_names_numbered_by_their_place_in_the_tree_are_read_without_the_numbers():
    # `1 产出指标` over `1.1 数量指标` over `1.1.1 改造茶园面积`: outline numbers, no codes; the
    # name's number set off by a space, a mark or nothing (three parts are no decimal).
    rows, one, two = [], 0, 0
    for (level1, level2, name, value), mark in zip(ROWS, [" ", "", "、", " ", "."], strict=True):
        one, two = (one + 1, 0) if level1 else (one, two)
        two += 1
        rows.append([level1 and f"{one} {level1}", f"{one}.{two} {level2}", f"{one}.{two}.1{mark}{name}", value])  # fmt: skip
    tables = read(text([*HEAD, GRID, *rows]))
    assert named(tables) == READ
    assert [i["indicator_seq"] for i in tables.indicators] == [1, 1, 1, 1, 1]
    assert errors(tables) == []


def test_a_decimal_before_a_name_is_no_outline_number():
    tables = read(text([*HEAD, GRID, [*ROWS[0][:2], "1.5米宽护栏", "2000米"]]))
    assert [(i["indicator_seq"], i["indicator_name"]) for i in tables.indicators] == [
        (None, "1.5米宽护栏")
    ]


SPLIT = ["一级指标", "二级指标", "三级指标", "指标方向", "指标值", "单位", "分值"]
SPLIT_ROWS = [
    ["产出指标", "数量指标", "改造茶园面积", "≥", "2000", "亩", "30"],
    ["", "质量指标", "茶苗成活率", "≥", "90", "%", "30"],
    ["", "成本指标", "每亩补助标准", "≤", "1500", "元/亩", "20"],
    ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥", "95", "%", "20"],
]


def test_an_empty_cell_a_converter_inserted_in_a_row_is_closed_wherever_it_stands():
    # Two tabs where one was, after the name, the value and the unit: the row's last cell
    # beyond the labels; each cell read under the column its content fits.
    rows = [list(row) for row in SPLIT_ROWS]
    for row, col in zip(rows[1:], (3, 5, 6), strict=True):
        row.insert(col, "")
    tables = read(text([*HEAD, SPLIT, *rows]))
    assert [(i["indicator_name"], i["annual_target"], i["weight"]) for i in tables.indicators] == [
        ("改造茶园面积", "≥2000亩", 30), ("茶苗成活率", "≥90%", 30),
        ("每亩补助标准", "≤1500元/亩", 20), ("茶农满意度", "≥95%", 20),
    ]  # fmt: skip
    assert errors(tables) == []


def test_a_target_alone_on_the_line_under_a_row_that_prints_none_is_that_rows_target():
    # The converter broke the line before the row's last cell, its value: `≥90%` at the start
    # of the next line, no tab before it.
    rows = [ROWS[0], [*ROWS[1][:3], ""], [ROWS[1][3]], *ROWS[2:]]
    tables = read(text([*HEAD, GRID, *rows]))
    assert named(tables) == READ
    assert errors(tables) == []


def _header_read(rows: list[list[str]], *fields: str) -> list:
    """The fields of the one project a header block gives above the indicators, read whole."""
    tables = read(text([*rows, GRID, *ROWS]))
    assert named(tables) == READ
    assert errors(tables) == []
    (project,) = tables.projects
    return [project[k] for k in ("project_name", "supervising_department", "implementing_unit",
            "total_amount", *fields)]  # fmt: skip


def test_a_header_laid_out_across_reads_each_value_under_its_label():
    # `项目名称 | 主管部门 | 实施单位 | 项目期` over their values, money headings over figures.
    rows = [
        ["项目名称", "主管部门", "实施单位", "项目期"],
        ["茶园改造", "某县农业农村局", "某县茶叶站", "2021年4月-2021年11月"],
        ["年度资金总额", "其中：财政拨款", "其他资金"], ["420.00", "400.00", "20.00"], HEAD[2],
    ]  # fmt: skip
    assert _header_read(rows, "period_text") == [
        "茶园改造", "某县农业农村局", "某县茶叶站", Decimal("420"), "2021年4月-2021年11月",
    ]  # fmt: skip


def test_a_header_row_printing_its_value_before_its_label_gives_the_value_to_the_label():
    rows = [
        HEAD[0], ["某县农业农村局", "主管部门"], ["实施单位", "某县茶叶站"], HEAD[1],
        ["改造茶园2000亩。", "年度目标"],
    ]  # fmt: skip
    assert _header_read(rows, "performance_goal") == [
        "茶园改造", "某县农业农村局", "某县茶叶站", Decimal("420"), "改造茶园2000亩。",
    ]  # fmt: skip


def test_the_2016_forms_goals_are_read_by_the_scope_in_their_labels_note():
    rows = [
        *HEAD[:2], ["绩效目标（长期）", "三年改造茶园6000亩。"], ["绩效目标（年度）", "改造茶园2000亩。"],
        GRID, *ROWS,
    ]  # fmt: skip
    (project,) = read(text(rows)).projects
    assert (project["period_goal"], project["performance_goal"]) == (
        "三年改造茶园6000亩。",
        "改造茶园2000亩。",
    )


def test_a_title_ending_with_the_words_of_a_goal_label_stays_a_title():
    rows = [["某县2016年部门整体支出绩效目标"], ["部门名称", "某县教育局"], *HEAD[1:], GRID, *ROWS]
    tables = read(text(rows))
    assert [(p["project_kind"], p["performance_goal"]) for p in tables.projects] == [
        ("department", "改造茶园2000亩。")
    ]


def test_a_target_alone_in_a_web_pages_row_spanning_the_table_is_the_row_aboves_target():
    # The same break made into a web page whose rows are numbered: the value a row of one cell
    # across the table, under a row whose value cell is empty.
    def tr(cells: list[str]) -> str:
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

    numbered = [[str(n), *row] for n, row in enumerate(ROWS, 1)]
    rows = [tr(row) for row in [*HEAD, ["序号", *GRID], numbered[0], [*numbered[1][:4], ""]]]
    rows += ["<tr><td colspan='5'>≥90%</td></tr>", *map(tr, numbered[2:])]
    page = (
        f"<html><body><p>2024年项目支出绩效目标表</p><table>{''.join(rows)}</table></body></html>"
    )
    tables = process_file("t.html", page.encode(), Source(fiscal_year=2024))
    assert named(tables) == READ
    assert errors(tables) == []
