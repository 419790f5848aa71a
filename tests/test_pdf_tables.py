"""PDF reader (pipeline.read.pdf): tables printed without a full set of rules, as budget
disclosures print them: three-line tables (三线表), several tables on a page without rules,
labels spaced out to fill their cells. Pages drawn here with reportlab, and the Chromium
renderings of tests/fixtures/heldout-formats (README there)."""

import io
import itertools
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from pipeline.cells import CellRow
from pipeline.layouts.select import file_tables
from pipeline.read.pdf import read_pdf_tables
from tests.test_read_pdf import HEADER, ROW_HEIGHT, WIDTHS

FIXTURES = Path(__file__).parent / "fixtures"
TARGETS = FIXTURES / "heldout-formats" / "targets"
LEFT = 40


def page_pdf(*draws) -> bytes:
    """A PDF (A4 landscape, 9 pt STSong) of a page for each of `draws`, which `draw(canvas)`
    prints."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    for draw in draws:
        page.setFont("STSong-Light", 9)
        page.setLineWidth(0.6)
        draw(page)
        page.showPage()
    page.save()
    return buffer.getvalue()


def print_rows(page, rows, top: float, widths=WIDTHS) -> float:
    """Rows of cells without rules from `top` down, `ROW_HEIGHT` apart, each cell at its
    column's left edge (+3): a str (a newline wraps it onto a line 10 pt lower) or (text,
    letter-spacing in points). The height under the last row."""
    edges = list(itertools.accumulate(widths, initial=LEFT))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            text, spacing = cell if isinstance(cell, tuple) else (cell, 0)
            for n, line in enumerate(text.split("\n")):
                y = top - r * ROW_HEIGHT - 15 - 10 * n
                page.drawString(edges[c] + 3, y, line, charSpace=spacing)
    return top - len(rows) * ROW_HEIGHT


def rule(page, y: float, widths=WIDTHS) -> None:
    page.line(LEFT, y, LEFT + sum(widths), y)


def cells_of(table) -> list[tuple[str, tuple[str, ...]]]:
    return [(row.location, row.cells) for row in table.rows]


# --- three-line tables (三线表) -------------------------------------------------------------

BODY = [
    ["产出指标", "数量指标", "培训\n人数", "≥200人次"],
    ["", "质量指标", "验收合格率", "≥95%"],
    ["效益指标", "社会效益指标", "就业\n率", "≥80%"],
    ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"],
]


def test_a_three_line_table_is_read_row_by_row_under_its_one_header_row():
    # Rules above the table, under its header row and below it; none between the body rows
    # or down the columns. The header row's and two body cells' text is wrapped.
    def draw(page):
        page.drawString(LEFT, 560, "项目支出绩效目标表")
        rule(page, 540)
        print_rows(page, [[*HEADER[:3], "指标值\n(年度)"]], 540)
        rule(page, 540 - ROW_HEIGHT)
        rule(page, print_rows(page, BODY, 540 - ROW_HEIGHT))

    (table,) = file_tables("three-line.pdf", page_pdf(draw)).tables
    assert [(row.line, row.location, row.cells, row.merged) for row in table.rows] == [
        (1, "p1 line 1", ("项目支出绩效目标表",), ()),
        (2, "p1 r1", ("一级指标", "二级指标", "三级指标", "指标值(年度)"), ()),
        (3, "p1 r2", ("产出指标", "数量指标", "培训人数", "≥200人次"), ()),
        (4, "p1 r3", ("", "质量指标", "验收合格率", "≥95%"), ()),
        (5, "p1 r4", ("效益指标", "社会效益指标", "就业率", "≥80%"), ()),
        (6, "p1 r5", ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"), ()),
    ]


def test_a_three_line_table_whose_side_label_is_merged_down_is_read_row_by_row():
    # A self-evaluation as a three-line table: the 绩效指标 label down the side is one cell
    # merged down the indicator rows, so the rule under the header row starts right of it and
    # the cell's own bottom rule, under the last indicator, stops at its right edge.
    widths = (60, *WIDTHS)
    block = [["项目名称", "农村饮水工程"], ["主管部门", "水务局"]]
    body = [["", *row] for row in BODY]
    total = ["合计", "", "", "", "100"]

    def draw(page):
        page.drawString(LEFT, 560, "项目支出绩效自评表")
        rule(page, 540, widths)
        top = print_rows(page, block, 540, widths)
        rule(page, top, widths)
        print_rows(page, [["绩效指标", *HEADER]], top, widths)
        top -= ROW_HEIGHT
        page.line(LEFT + widths[0], top, LEFT + sum(widths), top)
        top = print_rows(page, body, top, widths)
        page.line(LEFT, top, LEFT + widths[0], top)
        rule(page, print_rows(page, [total], top, widths), widths)

    (table,) = file_tables("three-line.pdf", page_pdf(draw)).tables
    assert cells_of(table) == [
        ("p1 line 1", ("项目支出绩效自评表",)),
        ("p1 r1", ("项目名称", "农村饮水工程", "", "", "")),
        ("p1 r2", ("主管部门", "水务局", "", "", "")),
        ("p1 r3", ("绩效指标", *HEADER)),
        ("p1 r4", ("", "产出指标", "数量指标", "培训人数", "≥200人次")),
        ("p1 r5", ("", "", "质量指标", "验收合格率", "≥95%")),
        ("p1 r6", ("", "效益指标", "社会效益指标", "就业率", "≥80%")),
        ("p1 r7", ("", "满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%")),
        ("p1 r8", ("合计", "", "", "", "100")),
    ]


def test_three_line_forms_down_a_page_are_each_read_row_by_row_one_going_on_overleaf():
    # A Word document's forms, each its header block printed without rules above its three
    # rules: two on the first page, the second cut by the page break (no bottom rule there),
    # going on atop the next page under its header row again. With five rules on the page,
    # both had been read as one row each, their names and targets joined.
    block = [["项目名称", "农村饮水工程"], ["年度资金总额", "120.00"]]

    def form(page, top: float, body, block=block, bottom=True) -> float:
        top = print_rows(page, block, top)
        rule(page, top)
        top = print_rows(page, [HEADER], top)
        rule(page, top)
        top = print_rows(page, body, top)
        if bottom:
            rule(page, top)
        return top

    def first(page):
        top = form(page, 560, BODY[:2])
        form(page, top - 30, BODY[:3], bottom=False)

    def second(page):
        form(page, 560, BODY[3:], block=[])

    tables = file_tables("three-line.pdf", page_pdf(first, second)).tables
    assert [cells_of(table) for table in tables] == [
        [
            ("p1 line 1", ("项目名称", "农村饮水工程")),
            ("p1 line 2", ("年度资金总额", "120.00")),
            ("p1 t1 r1", HEADER),
            ("p1 t1 r2", ("产出指标", "数量指标", "培训人数", "≥200人次")),
            ("p1 t1 r3", ("", "质量指标", "验收合格率", "≥95%")),
        ],
        [
            ("p1 line 3", ("项目名称", "农村饮水工程")),
            ("p1 line 4", ("年度资金总额", "120.00")),
            ("p1 t2 r1", HEADER),
            ("p1 t2 r2", ("产出指标", "数量指标", "培训人数", "≥200人次")),
            ("p1 t2 r3", ("", "质量指标", "验收合格率", "≥95%")),
            ("p1 t2 r4", ("效益指标", "社会效益指标", "就业率", "≥80%")),
            ("p2 r2", ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%")),
        ],
    ]


def test_a_table_ruled_between_rows_whose_last_row_wraps_stays_ruled_row_by_row():
    # Four rules across the table as a three-line table under a header block has, but a
    # rule under every row: the last row's cells wrapped over three lines are one row.
    last = [
        "满意度\n指标",
        "服务对象\n满意度\n指标",
        "受训人员\n满意度\n(抽样)",
        "≥90%\n(年度)\n不低于",
    ]

    def draw(page):
        top = 540
        for row in [HEADER, BODY[0], last]:
            rule(page, top)
            print_rows(page, [row], top)
            top -= ROW_HEIGHT if row is not last else 2 * ROW_HEIGHT
        rule(page, top)

    (table,) = file_tables("ruled.pdf", page_pdf(draw)).tables
    assert cells_of(table) == [
        ("p1 r1", HEADER),
        ("p1 r2", ("产出指标", "数量指标", "培训人数", "≥200人次")),
        ("p1 r3", ("满意度指标", "服务对象满意度指标", "受训人员满意度(抽样)", "≥90%(年度)不低于")),
    ]  # fmt: skip


def ruled_in_pieces(page, y: float, columns: range, widths=WIDTHS) -> None:
    """A rule drawn cell by cell, as a browser prints each cell's border: over `columns`."""
    edges = list(itertools.accumulate(widths, initial=LEFT))
    for c in columns:
        page.line(edges[c], y, edges[c + 1], y)


def test_a_row_a_page_break_cut_from_its_top_rule_stays_a_row_of_the_table():
    # Ruled between rows only; the 一级 cell merged down across the break prints no rule
    # beside its rows, and the next page opens with a row whose top rule page 1 drew, above
    # the page's first rule (it was a table of its own, read with page 1's columns).
    def first(page):
        top = 540
        rule(page, top)
        for row in [HEADER, BODY[0]]:
            print_rows(page, [row], top)
            top -= ROW_HEIGHT
            page.line(LEFT + WIDTHS[0] * (row is not HEADER), top, LEFT + sum(WIDTHS), top)

    def second(page):
        top = print_rows(page, [BODY[1]], 560)
        rule(page, top)
        for row in BODY[2:]:
            print_rows(page, [row], top)
            top -= ROW_HEIGHT
            rule(page, top)

    (table,) = file_tables("cut.pdf", page_pdf(first, second)).tables
    assert cells_of(table) == [
        ("p1 r1", HEADER),
        ("p1 r2", ("产出指标", "数量指标", "培训人数", "≥200人次")),
        ("p2 r1", ("", "质量指标", "验收合格率", "≥95%")),
        ("p2 r2", ("效益指标", "社会效益指标", "就业率", "≥80%")),
        ("p2 r3", ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%")),
    ]


def test_text_spread_across_a_sign_off_row_ruled_cell_by_cell_places_no_columns():
    # Rules drawn cell by cell; a 二级 cell merged down two rows (no rule under its first
    # row); under the sign-off row, statements spread over the columns with a gap inside the
    # 二级 column (it made a column there, and the merged cell was split in two).
    rows = [HEADER, BODY[0], ["", "", "培训天数", "≥5天"], BODY[3]]

    def draw(page):
        top = 540
        ruled_in_pieces(page, top, range(4))
        for row in rows:
            print_rows(page, [row], top)
            top -= ROW_HEIGHT
            ruled_in_pieces(page, top, range(2 if row is BODY[0] else 0, 4))
        page.drawString(LEFT + 3, top - 15, "填报人：张三")
        page.drawString(LEFT + 75, top - 15, "审核人：李四")
        page.drawString(LEFT + 140, top - 15, "联系电话：0000-1234567")
        ruled_in_pieces(page, top - ROW_HEIGHT, range(4))

    (table,) = file_tables("sign-off.pdf", page_pdf(draw)).tables
    assert cells_of(table) == [
        ("p1 r1", HEADER),
        ("p1 r2", ("产出指标", "数量指标", "培训人数", "≥200人次")),
        ("p1 r3", ("", "", "培训天数", "≥5天")),
        ("p1 r4", ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%")),
        ("p1 r5", ("填报人：张三", "审核人：李四 联系电话：0000-1234567", "")),
    ]


def test_a_three_line_list_printed_by_chromium_gives_one_row_per_indicator():
    name = "E-jilin-chaoyang-rows-repeated-2023-threeline.pdf"
    (table,) = file_tables(name, (TARGETS / name).read_bytes()).tables
    goal = "完成城区主次干道机械化清扫保洁,道路机械化清扫率达到90%。"
    assert len(table.rows) == 11
    assert cells_of(table)[:4] == [
        ("p1 line 1", ("2023年部门项目绩效目标表",)),
        ("p1 line 2", ("金额单位:元",)),
        ("p1 r1", ("单位名称", "项目名称", "项目金额", "年度目标", "一级指标", "二级指标",
                   "三级指标", "指标性质", "指标值", "度量单位", "指标方向性")),
        ("p1 r2", ("长春市朝阳区城市管理局", "城区道路清扫保洁", "8,650,000.00", goal, "产出指标",
                   "数量指标", "机械化清扫道路面积", "≥", "620", "万平方米", "正向指标")),
    ]  # fmt: skip
    assert cells_of(table)[-1] == (
        "p1 r9",
        ("长春市朝阳区城市管理局", "公厕运行维护", "1,200,000.00", "保障辖区86座公厕正常开放运行。",
         "满意度指标", "服务对象满意度指标", "如厕群众满意度", "≥", "85", "%", "正向指标"),
    )  # fmt: skip


# --- several tables on a page without rules ------------------------------------------------

FIRST = [
    ["项目名称", "职业技能培训补助"],
    ["主管部门", "某区人力资源和社会保障局"],
    list(HEADER),
    ["产出指标", "数量指标", "培训人数", "≥200人次"],
    ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"],
]
SECOND = [
    ["一级项目名称", "就业补助资金"],
    ["二级项目名称", "公共就业服务"],
    ["主管部门", "某区就业服务中心"],
    ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
    ["产出指标", "时效指标", "岗位信息发布时限", "≤3日", "年度"],
]
SECOND_WIDTHS = (90, 110, 120, 60, 60)


@pytest.mark.parametrize("title", ["2024年项目支出绩效目标表", None])
def test_two_forms_on_a_page_without_rules_are_two_tables_each_with_its_columns(title):
    # The second form, its columns placed elsewhere, under a title line of its own or right
    # under the first (its 一级项目名称 after the first's indicators).
    def draw(page):
        top = print_rows(page, FIRST, 560)
        if title:
            page.drawString(LEFT + 150, top - 15, title)
            top -= ROW_HEIGHT
        print_rows(page, SECOND, top, SECOND_WIDTHS)

    first, second = file_tables("two-forms.pdf", page_pdf(draw)).tables
    assert cells_of(first) == [
        ("p1 t1 r1", ("项目名称", "职业技能培训补助")),
        ("p1 t1 r2", ("主管部门", "某区人力资源和社会保障局")),
        ("p1 t1 r3", HEADER),
        ("p1 t1 r4", ("产出指标", "数量指标", "培训人数", "≥200人次")),
        ("p1 t1 r5", ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%")),
    ]
    assert cells_of(second) == [
        *([("p1 line 1", (title,))] if title else []),
        ("p1 t2 r1", ("一级项目名称", "就业补助资金")),
        ("p1 t2 r2", ("二级项目名称", "公共就业服务")),
        ("p1 t2 r3", ("主管部门", "某区就业服务中心")),
        ("p1 t2 r4", ("一级指标", "二级指标", "三级指标", "指标值", "备注")),
        ("p1 t2 r5", ("产出指标", "时效指标", "岗位信息发布时限", "≤3日", "年度")),
    ]


def ruled_down_only(page, rows, top: float) -> float:
    """Rows ruled as Word prints a table bordered between its columns only: each cell's sides
    a segment of their own, a rule above and below the table; the height under it."""
    edges = list(itertools.accumulate(WIDTHS, initial=LEFT))
    for r, row in enumerate(rows):
        y = top - r * ROW_HEIGHT
        for x in [*edges[: len(row)], edges[-1]]:
            page.line(x, y, x, y - ROW_HEIGHT)
    rule(page, top)
    bottom = print_rows(page, rows, top)
    rule(page, bottom)
    return bottom


def framed(page, rows, top: float) -> float:
    """Rows printed without rules inside a frame drawn round them; the height under it."""
    bottom = print_rows(page, rows, top)
    page.rect(LEFT, bottom, sum(WIDTHS), top - bottom)
    return bottom


@pytest.mark.parametrize("draw_form", [ruled_down_only, framed])
def test_two_forms_ruled_down_only_or_framed_on_a_page_are_two_tables_row_by_row(draw_form):
    # 铅山 and 北川 (round 106). Ruled down only, the two forms had been one table of a row
    # each (the rules above and below each, three rows with the gap), and a page with one form
    # lost its second form; framed, the frames' rules were read as rules between rows.
    def draw(page):
        draw_form(page, FIRST, draw_form(page, FIRST, 560) - 40)

    tables = file_tables("two-forms.pdf", page_pdf(draw)).tables
    assert [cells_of(table) for table in tables] == [
        [(f"p1 t{t} r{r}", tuple(row)) for r, row in enumerate(FIRST, 1)] for t in (1, 2)
    ]


def test_a_list_under_a_shaded_unruled_header_row_goes_on_under_it_on_the_next_page():
    # 寒亭 (round 106): the column labels row shaded, not ruled, above a grid, printed again
    # atop the next page. Its rows there were a table of their own, their project lost
    # (row_unparsed: an indicator before any project row).
    edges = list(itertools.accumulate(WIDTHS, initial=LEFT))

    def page(rows):
        def draw(canvas):
            top = print_rows(canvas, [HEADER], 560)
            bottom = print_rows(canvas, rows, top)
            for y in range(round(top), round(bottom) - 1, -ROW_HEIGHT):
                rule(canvas, y)
            for x in edges:
                canvas.line(x, top, x, bottom)

        return draw

    (table,) = file_tables("list.pdf", page_pdf(page(BODY[:2]), page(BODY[2:]))).tables
    assert cells_of(table) == [
        ("p1 line 1", HEADER),
        ("p1 r1", ("产出指标", "数量指标", "培训人数", "≥200人次")),
        ("p1 r2", ("", "质量指标", "验收合格率", "≥95%")),
        ("p2 r1", ("效益指标", "社会效益指标", "就业率", "≥80%")),
        ("p2 r2", ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%")),
    ]


def test_a_forms_indicator_tables_under_titles_of_their_own_are_read_part_by_part_as_one():
    # Chromium: the header block, then 长期绩效指标 and 年度绩效指标 each over a table whose
    # columns are as wide as its own text.
    name = "A4-hainan-meilan-huanwei-separate-2020-unruled-split.pdf"
    (table,) = file_tables(name, (TARGETS / name).read_bytes()).tables
    goal = "三年内实现城乡生活垃圾无害化处理率100%,城乡环境卫生面貌根本改善。"
    unit = "海口市美兰区环境卫生管理局"
    columns = ("一级指标", "二级指标", "指标内容", "指标值", "备注")
    assert [(row.line, row.location, row.cells) for row in table.rows] == [
        (1, "p1 line 1", ("项目支出绩效目标申报表",)),
        (2, "p1 line 2", ("(2020年度)",)),
        (3, "p1 t1 r1", ("项目名称", "美兰区城乡环境卫生整治", "", "", "")),
        (4, "p1 t1 r2", ("主管部门", unit, "实施单位", unit)),
        (5, "p1 t1 r3", ("项目期限", "2020年—2022年", "", "", "")),
        (6, "p1 t1 r4", ("项目资金(万元)", "项目总预算", "1,800.00", "当年预算", "600.00")),
        (7, "p1 t1 r5", ("长期目标", goal)),
        (8, "p1 t1 r6", ("年度目标", "全年清运生活垃圾8万吨,无害化处理率达到100%。", "")),
        (9, "p1 line 3", ("长期绩效指标",)),
        (10, "p1 t2 r1", columns),
        (11, "p1 t2 r2", ("产出指标", "数量指标", "生活垃圾清运量", "≥24万吨", "三年合计")),
        (12, "p1 t2 r3", ("", "质量指标", "生活垃圾无害化处理率", "100%", "")),
        (13, "p1 t2 r4", ("效益指标", "生态效益指标", "城乡环境卫生面貌", "根本改善", "")),
        (14, "p1 line 4", ("年度绩效指标",)),
        (15, "p1 t3 r1", columns),
        (16, "p1 t3 r2", ("产出指标", "数量指标", "生活垃圾清运量", "≥8万吨", "")),
        (17, "p1 t3 r3", ("", "质量指标", "生活垃圾无害化处理率", "100%", "")),
        (18, "p1 t3 r4", ("", "时效指标", "垃圾日产日清率", "100%", "")),
        (19, "p1 t3 r5", ("效益指标", "生态效益指标", "城乡环境卫生面貌", "明显改善", "")),
        (20, "p1 t3 r6", ("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", "")),
    ]


HEAD_BLOCK = [
    ["项目名称", "职业技能培训补助", "项目类型", "经常性项目"],
    ["主管部门", "某区人社局", "实施单位", "某区就业中心"],
    ["年度资金总额", "12.5", "其中:财政拨款", "12.5"],
]
DEPARTMENT = [
    ["部门名称", "某区人社局", "预算单位", "某区人社局本级"],
    list(HEADER),
    ["产出指标", "数量指标", "政策宣传次数", "≥12次"],
]


def test_a_department_table_after_a_forms_indicator_table_is_a_table_of_its_own():
    # The form's head, its 年度绩效指标 under that title, then a 部门整体 table (no 项目名称)
    # under its own title: the indicators go on in the form, the department table does not.
    def draw(page):
        top = print_rows(page, HEAD_BLOCK, 560, (60, 130, 80, 100))
        page.drawString(LEFT, top - 15, "年度绩效指标")
        top = print_rows(page, [HEADER, *BODY[:2]], top - ROW_HEIGHT)
        page.drawString(LEFT + 150, top - 15, "部门整体支出绩效目标表")
        print_rows(page, DEPARTMENT, top - ROW_HEIGHT)

    form, department = file_tables("form-and-department.pdf", page_pdf(draw)).tables
    assert cells_of(form) == [
        *((f"p1 t1 r{k}", tuple(row)) for k, row in enumerate(HEAD_BLOCK, 1)),
        ("p1 line 1", ("年度绩效指标",)),
        ("p1 t2 r1", HEADER),
        ("p1 t2 r2", ("产出指标", "数量指标", "培训人数", "≥200人次")),
        ("p1 t2 r3", ("", "质量指标", "验收合格率", "≥95%")),
    ]
    assert cells_of(department) == [
        ("p1 line 2", ("部门整体支出绩效目标表",)),
        *((f"p1 t3 r{k}", tuple(row)) for k, row in enumerate(DEPARTMENT, 1)),
    ]


@pytest.mark.slow
def test_no_two_table_rows_of_a_pdf_share_a_location():
    # Every PDF of the held-out formats, among them pages of two and three tables: a table
    # row's location (`p1 t2 r3`) names it alone, as a finding or a row that cites it must.
    pdfs = sorted((FIXTURES / "heldout-formats").rglob("*.pdf"))
    assert len(pdfs) >= 10
    several = 0
    for path in pdfs:
        rows = [row for table in file_tables(path.name, path.read_bytes()).tables
                for row in table.rows if " r" in row.location]  # fmt: skip
        locations = [row.location for row in rows]
        assert len(set(locations)) == len(locations), path.name
        several += any(" t2 r" in location for location in locations)
    assert several >= 2


# --- labels spaced out ---------------------------------------------------------------------


def test_a_label_spaced_out_to_fill_its_cell_is_one_cell():
    # 6 pt letter-spacing, and spaces between the characters with 3 pt letter-spacing:
    # closer than the text of any two cells; two characters so spaced that read as a label.
    rows = [
        [("项目名称", 6), "职业技能培训补助", ("单位", 6), "万元"],
        [("绩 效 指 标", 3), ("一级指标", 6), "二级指标", "三级指标"],
        ["", "产出指标", "数量指标", "培训人数"],
    ]
    (table,) = file_tables("spaced.pdf", page_pdf(lambda page: print_rows(page, rows, 560))).tables
    assert cells_of(table) == [
        ("p1 r1", ("项 目 名 称", "职业技能培训补助", "单 位", "万元")),
        ("p1 r2", ("绩 效 指 标", "一 级 指 标", "二级指标", "三级指标")),
        ("p1 r3", ("", "产出指标", "数量指标", "培训人数")),
    ]


def test_cells_of_one_character_each_stay_cells_of_their_own():
    # 优/良/中/差 evenly spaced, one a cell: further apart than the text of two cells is.
    rows = [
        ["三级指标", "优", "良", "中", "差"],
        ["培训人数", "≥200", "≥180", "≥150", "<150"],
        ["合格率", "≥95%", "≥90%", "≥85%", "<85%"],
    ]
    data = page_pdf(lambda page: print_rows(page, rows, 560, (70, 40, 40, 40, 40)))
    (table,) = file_tables("graded.pdf", data).tables
    assert cells_of(table) == [(f"p1 r{k}", tuple(row)) for k, row in enumerate(rows, 1)]


def test_a_heading_spaced_out_alone_on_a_page_without_cells_is_one_cell():
    # A disclosure's contents page (heldout-selfeval-90): `目 录` spaced across its line, no two
    # cells side by side on the page. It was two cells, `目 | 录`, which a workbook rendered
    # from the rows read as a field and its value.
    def draw(page):
        page.drawString(300, 560, "目")
        page.drawString(340, 560, "录")
        page.drawString(60, 530, "一、收入支出决算总表")

    (table,) = read_pdf_tables("contents.pdf", page_pdf(draw))
    assert cells_of(table) == [("p1 line 1", ("目 录",)), ("p1 line 2", ("一、收入支出决算总表",))]


def test_spaced_out_labels_printed_by_chromium_are_read_as_their_cells():
    name = "A8-beijing-chaoyang-yizhan-2024-spaced.pdf"
    (table,) = file_tables(name, (TARGETS / name).read_bytes()).tables
    rows = [row for row in table.rows if row.location in ("p1 r1", "p1 r2", "p1 r13", "p1 r14")]
    assert rows == [
        CellRow(("项 目 名 称", "社区养老服务驿站运营补贴", ""), 3, "p1 r1"),
        CellRow(("项 目 主 管 部 门", "北京市朝阳区民政局", "项目执行单位", "北京市朝阳区养老服务指导中心"),
                4, "p1 r2"),
        CellRow(("绩 效 指 标", "一 级 指 标", "二 级 指 标", "三 级 指 标", "指 标 值"), 15, "p1 r13"),
        CellRow(("", "产出指标", "数量指标", "享受运营补贴驿站数量", "≥150家"), 16, "p1 r14"),
    ]  # fmt: skip


# --- held-out rounds 111 and self-evaluation 95 ----------------------------------------------


def fixture_rows(folder: str, place: str) -> list[tuple[str | None, tuple[str, ...]]]:
    """The rows of every table of the fixture PDF of `folder` whose name holds `place`."""
    (path,) = (FIXTURES / folder).glob(f"*-{place}-*.pdf")
    return [cells for table in file_tables(path.name, path.read_bytes()).tables
            for cells in cells_of(table)]  # fmt: skip


def test_two_cells_whose_texts_meet_at_their_rule_are_two_cells():
    # 瑶海 (self-evaluation round 95): the goal's two cells filled to the rule between them are
    # one word to pdfplumber. Both texts were the 预期目标 and the 实际完成情况 was empty, silently.
    rows = fixture_rows("heldout-selfeval-95", "yaohai")
    assert ("p4 r9", (
        "",
        "购置新能源环卫作业车辆12辆，提升机械化作业水平，减少环卫作业碳排放。",
        "12辆新能源环卫车辆已于9月交付使用，作业碳排放减少18%。",
    )) in rows  # fmt: skip


def test_a_row_opening_the_next_page_with_a_whole_target_is_a_row_of_its_own():
    # 埇桥 (round 111): the last row of a page `维修养护供水工程 | ≥26处`, then atop the next
    # under 续表 and the labels again `| | 更换老旧管网长度 | ≥18公里`. It was read as the end of
    # a row Word broke over the page: one indicator `维修养护供水工程更换老旧管网长度`, silently.
    rows = fixture_rows("heldout-targets-111", "yongqiao")
    at = rows.index(("p1 t2 r8", ("产出指标", "数量指标", "维修养护供水工程", "≥26处", "")))
    assert rows[at + 1] == ("p2 t1 r2", ("", "", "更换老旧管网长度", "≥18公里", ""))


def test_a_text_target_atop_the_next_page_under_a_whole_figure_is_its_own_row():
    # 崇信 (round 130): the last row of a page `村卫生室常见病首诊服务覆盖率 | ≥85%`, then atop
    # the next, its levels merged from the page before, `群众就医便利程度 | 明显提高`. It was
    # read as the end of a row Word broke over the page: one indicator, `≥85%明显提高`, silently.
    rows = fixture_rows("heldout-targets-130", "chongxin")
    at = rows.index(
        ("p2 r12", ("效益指标", "社会效益指标", "村卫生室常见病首诊服务覆盖率", "≥85%", ""))
    )
    assert rows[at + 1] == ("p3 r1", ("", "", "群众就医便利程度", "明显提高", ""))


def test_a_sign_off_line_between_two_forms_of_a_page_is_the_upper_ones():
    # 七里河 (self-evaluation round 95): `填报单位（盖章）：… 填报日期：…` under the first form
    # and above the second's title was read with the second form, a field of its project.
    (path,) = (FIXTURES / "heldout-selfeval-95").glob("*-qilihe-*.pdf")
    first, second, *_ = file_tables(path.name, path.read_bytes()).tables
    assert cells_of(first)[-2:] == [
        ("p1 t1 r18", ("总分", "100", "99.92", "")),
        ("p1 line 4", ("填报单位（盖章）：七里河区文化馆 填报日期：2026年2月26日",)),
    ]
    assert cells_of(second)[0] == ("p1 line 5", ("项目支出绩效自评表",))


def test_a_sign_off_line_with_a_stamps_place_under_the_last_form_is_kept():
    # 白河 (self-evaluation round 97): `填报单位：…（盖章） 填报人：… 填报日期：…` under the
    # page's form, its words close together. The line was taken for a stamp's place and lost.
    rows = fixture_rows("heldout-selfeval-97", "baihe")
    assert rows[-2:] == [
        ("p2 r26", ("自评等级", "优")),
        ("p2 line 4", ("填报单位：白河县教育体育局（盖章） 填报人：王** 填报日期：2026年3月30日",)),
    ]
