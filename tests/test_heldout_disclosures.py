"""Held-out whole budget disclosures (tests/fixtures/heldout-disclosures and its second to
twenty-third rounds heldout-disclosures-2 to -23: 部门预算公开 and 部门决算公开 documents as PDF,
XLSX, XLS, DOCX, HTML and OFD, holding held-out performance tables among ten budget tables, a 目录 and
prose, a 区县's bundle of several departments' in one PDF; each README says how each was made)
built whole: every file gives its expected.json entry, and its budget tables and prose give no
project and no error or warning finding (the file's findings are those its performance tables
give read alone, as the text tables they were made from). Then the reader rules they called
for, each on a file made here."""

import collections
import csv
import io
import json
import math
import re
from decimal import Decimal
from pathlib import Path

import docx
import pytest
import xlsxwriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from pipeline.build.workers import process_file
from pipeline.cells import CellRow, CellTable
from pipeline.layouts import read_table
from pipeline.layouts.select import file_tables, split_tables
from pipeline.manifest import Source
from pipeline.read import read_file
from pipeline.read.grid import printed_headings
from pipeline.read.text import ExtractError, decode
from pipeline.vocab.labels import TABLE_NUMBERS
from tests import test_read_pdf
from tests.layout_expectations import (
    FIXTURES,
    assert_as_expected,
    assert_self_evaluation_as_expected,
    build_files,
    rounds,
    rows,
)
from tests.test_read_docx import add_filled_table, saved
from tests.test_read_pdf import (
    HEADER,
    JOINED,
    MERGED,
    PAGE_1,
    PAGE_2,
    RIGHT_FORM,
    RIGHT_TITLE,
    TITLE,
    beside,
    draw_page,
    make_pdf,
    titled_right_half,
)

# The rounds' checker folders: a round's folder, then targets/ or self-evaluation/.
FOLDERS = tuple(
    f"{round_}/{season}"
    for round_ in rounds("heldout-disclosures")
    for season in ("targets", "self-evaluation")
)
EXPECTED = {
    folder: json.loads((FIXTURES / folder / "expected.json").read_text(encoding="utf-8"))
    for folder in FOLDERS
}


def _pdf(name: str) -> bool:
    return name.endswith(".pdf")


def _documents(tmp_path_factory, pdf: bool) -> dict[str, Path]:
    """Per folder holding any, the database a build of its PDFs, or of its other files, gives."""
    return {
        folder: build_files(
            tmp_path_factory,
            folder.replace("/", "-"),
            {
                FIXTURES / folder / name: name
                for name in [*EXPECTED[folder], "sources.csv"]
                if name == "sources.csv" or _pdf(name) == pdf
            },
            frozenset(NOT_BUILT),
        )
        for folder in FOLDERS
        if any(_pdf(name) == pdf for name in EXPECTED[folder])
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """The other files' builds: quick."""
    return _documents(tmp_path_factory, pdf=False)


@pytest.fixture(scope="module")
def built_pdfs(tmp_path_factory) -> dict[str, Path]:
    """The PDFs' builds: seconds each file."""
    return _documents(tmp_path_factory, pdf=True)


@pytest.fixture(scope="module")
def built_alone(tmp_path_factory) -> Path:
    """The database a build of the text tables the documents hold gives."""
    sources = {
        FIXTURES / source: Path(source).name
        for folder in FOLDERS
        for entry in EXPECTED[folder].values()
        for source in entry["rendered_from"]
    }
    return build_files(tmp_path_factory, "alone", sources)


# Documents the project does not read as their expected.json says, and why: the test of
# their expected.json fails when they are read.
NOT_READ: dict[str, str] = {
    # A 自评表 appended as a scan with an invisible OCR text layer and no rules, its levels
    # printed on a middle row of their blocks, the upper one of an even block's two: 成本指标
    # over two rows prints on its first, as a block of one row would, so the row under it
    # (农村低保月人均补助水平) is read as the first of 社会效益指标's three.
    "hunan-changde-taoyuan-minzheng-2019-juesuan.pdf": "a level over two rows printed on the "
    "first: its second row read as the block's below",
}


# Documents the build refuses, each with its error finding (the rest of the build goes on).
NOT_BUILT = {}


# Documents whose row in `documents` is not titled by their first performance table, and why.
NOT_TITLED = {
    # Each 自评表 inside a one-cell frame table: the frame's paragraphs (`附件1`, the title,
    # `（2019年度）`, `单位：万元`) are one cell, the title read with its year glued on
    # (tests/test_read_docx.py's strict xfail of a frame).
    "xizang-changdu-jiangda-nongye-2019-juesuan.docx": "a frame's paragraphs joined in one cell",
}


def _cases(season: str, known: dict[str, str] | None = None) -> list:
    """The season's files of every round, the PDFs among the slow tests; a document of
    `known` (name -> why the test fails on it) a strict xfail."""
    known = known or {}
    return [
        pytest.param(folder, name, marks=[
            *([pytest.mark.slow] if _pdf(name) else []),
            *([pytest.mark.xfail(strict=True, reason=known[name])] if name in known else []),
        ])
        for folder in FOLDERS
        if folder.endswith(season)
        for name in sorted(EXPECTED[folder])
    ]  # fmt: skip


def _database(request, folder: str, name: str) -> Path:
    return request.getfixturevalue("built_pdfs" if _pdf(name) else "built")[folder]


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_document_has_its_expectation(folder):
    files = {p.name for p in (FIXTURES / folder).iterdir()} - {"expected.json", "sources.csv"}
    assert sorted(EXPECTED[folder]) == sorted(files)


@pytest.mark.parametrize(("folder", "name"), _cases("targets", NOT_READ))
def test_each_budget_disclosure_gives_its_performance_tables_and_nothing_more(
    request, folder, name
):
    assert_as_expected(_database(request, folder, name), name, EXPECTED[folder][name])


@pytest.mark.parametrize(("folder", "name"), _cases("self-evaluation", NOT_READ))
def test_each_final_accounts_disclosure_gives_its_self_evaluations_and_nothing_more(
    request, folder, name
):
    database = _database(request, folder, name)
    assert_self_evaluation_as_expected(database, name, EXPECTED[folder][name])


def _problems(database: Path, files: list[str]) -> collections.Counter:
    """The error and warning findings of the files, as (severity, rule, evidence)."""
    return collections.Counter(
        (f["severity"], f["rule"], f["evidence"])
        for name in files
        for f in rows(
            database,
            "SELECT severity, rule, evidence FROM findings "
            "WHERE source_file = ? AND severity IN ('error', 'warning')",
            name,
        )
    )


@pytest.mark.parametrize(
    ("folder", "name"),
    _cases("", NOT_READ),
)
def test_a_disclosures_errors_and_warnings_are_its_performance_tables_own(
    request, built_alone, folder, name
):
    # The budget tables, the 目录, page furniture and prose add none.
    alone = [Path(source).name for source in EXPECTED[folder][name]["rendered_from"]]
    assert _problems(_database(request, folder, name), [name]) == _problems(built_alone, alone)


@pytest.mark.parametrize(("folder", "name"), _cases("", NOT_TITLED))
def test_a_disclosures_document_row_is_titled_by_its_first_performance_table(request, folder, name):
    # Not by the cover, the 目录, a part's heading (第四部分 附件) or a table's number
    # (公开11表, 表11); its department and year are the manifest's, a bundle's department
    # (the manifest names none) its first table's. The table's title is its text table's first
    # line but for a number over it (`附件2`), which is no title there either, and a sheet's
    # printed headings (the letters' line over it, each line's number).
    entry = EXPECTED[folder][name]
    source = FIXTURES / entry["rendered_from"][0]
    text = decode(source.name, source.read_bytes())[0]  # some text tables are GB18030
    cells = [line.split("\t") for line in text.splitlines()]
    if printed_headings(cells):
        cells = [row[1:] for row in cells[1:]]
    lines = ("\t".join(row).strip() for row in cells)
    title = next(line for line in lines if not re.fullmatch("|".join(TABLE_NUMBERS), line))
    row = _listed(FIXTURES / folder / "sources.csv", name)
    row["department"] = (
        row["department"] or _listed(source.parent / "sources.csv", source.name)["department"]
    )
    assert rows(
        _database(request, folder, name),
        "SELECT title, department, fiscal_year, fiscal_year_source, layout FROM documents "
        "WHERE source_file = ?",
        name,
    ) == [
        {
            "title": title,
            "department": row["department"],
            "fiscal_year": int(row["fiscal_year"]),
            "fiscal_year_source": "manifest",
            "layout": entry["layout"],
        }
    ]


def test_a_disclosures_page_of_prose_fails_naming_the_attachments_its_tables_are_in():
    # heldout-disclosures-9's web page: its prose and the links to its twelve attached
    # tables, no table; the two performance tables' attachments are in its targets/ folder.
    name = "hunan-xiangxi-longshan-xiangcun-2024-yusuan.html"
    with pytest.raises(ExtractError) as raised:
        read_file(name, (FIXTURES / "heldout-disclosures-9" / "page" / name).read_bytes())
    assert raised.value.reason == (
        "HTML page without a performance table (no <table> with 项目名称 or 绩效指标 labels); "
        "it links 12 attached files (附件11-1：项目支出绩效目标表.xls; 附件11-2：项目支出绩效目标表.xls; "
        "附件1：部门收支总表.xls and 9 more): download those and read them"
    )


def _listed(manifest: Path, name: str) -> dict[str, str]:
    with manifest.open(encoding="utf-8") as listed:
        return next(r for r in csv.DictReader(listed) if r["file"] == name)


# --- DOCX and HTML: the document's prose after its last table ---------------------------

FORM = [
    ("项目名称", "某项目", "", ""),
    ("一级指标", "二级指标", "三级指标", "指标值"),
    ("产出指标", "数量指标", "培训人次", "≥100人次"),
]
NOTE = "注：本表金额单位为万元。"
PROSE = [
    "第三部分 情况说明",
    "1.财政拨款收入：指本级财政当年拨付的资金。",
    "2.基本支出：指人员支出和公用支出。",
]


TITLE_LINE = "2024年项目支出绩效目标表"


def _document_with_prose(*above: str, title: str = TITLE_LINE) -> bytes:
    """The form under its title (and the lines `above` it), its note and prose below it."""
    document = docx.Document()
    for line in [*above, title]:
        document.add_paragraph(line)
    add_filled_table(document, FORM)
    for text in [NOTE, *PROSE]:
        document.add_paragraph(text)
    return saved(document)


def _page_with_prose(*above: str, title: str = TITLE_LINE) -> bytes:
    """The same as a web page."""
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in FORM)
    lines = "".join(f"<p>{text}</p>" for text in [NOTE, *PROSE])
    heads = "".join(f"<p>{text}</p>" for text in [*above, title])
    return f"<html><body>{heads}<table>{table}</table>{lines}</body></html>".encode()


@pytest.mark.parametrize(
    ("name", "render"), [("d.docx", _document_with_prose), ("d.html", _page_with_prose)]
)
def test_the_prose_after_a_documents_last_table_is_not_read_into_it(name, render):
    # Its note is the table's; the 情况说明 and 名词解释 after it are the document's (a
    # `基本支出：…` line there is no label of the table).
    (table,) = file_tables(name, render()).tables
    assert [(row.location, row.cells) for row in table.rows] == [
        ("table 1 above 1", ("2024年项目支出绩效目标表",)),
        *((f"table 1 r{k}", cells) for k, cells in enumerate(FORM, 1)),
        ("table 1 below 1", (NOTE,)),
    ]


# --- a template's placeholder row under a merged level cell -------------------------------


@pytest.mark.parametrize("merged", [False, True], ids=["printed-empty", "merged"])
def test_a_placeholder_row_under_a_merged_level_cell_leaves_only_its_own_level_cell(merged):
    # `……` under 效益指标, whose cell a PDF or DOCX merges over it: 效益指标 has its
    # indicator above; only the 可持续影响指标 cell of the row has none, as where the cell is
    # printed empty.
    rows = [
        (("项目名称", "甲项目", "", ""), ()),
        (("一级指标", "二级指标", "三级指标", "指标值"), ()),
        (("产出指标", "数量指标", "培训人次", "≥100人次"), ()),
        (("效益指标", "社会效益指标", "群众出行条件", "明显改善"), ()),
        (("", "可持续影响指标", "……", ""), (True, False, False, False) if merged else ()),
        (("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"), ()),
    ]
    cell_rows = tuple(
        CellRow(cells, line, merged=flags) for line, (cells, flags) in enumerate(rows, 1)
    )
    read = read_table(CellTable("t.pdf", 0, None, cell_rows))
    assert [(left.line, left.text, left.reason) for left in read.leftovers] == [
        (5, "......", "a template placeholder row"),  # folded
        (5, "可持续影响指标", "a level cell with no indicator under it"),
    ]


# --- a disclosure's running header naming a department by two names -----------------------


@pytest.mark.parametrize(
    "header",
    [
        "城固县2024年部门预算公开",
        "三明市沙县区商务局（三明市沙县区粮食和物资储备局）2022年部门决算公开",
        "新疆生产建设兵团第八师石河子市住房和城乡建设局2023年度部门预算公开",
    ],
)
def test_a_running_header_between_a_forms_rows_is_page_furniture_however_long_its_name(header):
    # The header of every page, a department that bears a second name in brackets too.
    rows = [
        ("项目名称", "甲项目", "", ""),
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "数量指标", "培训人次", "≥100人次"),
        (header, "", "", ""),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ]
    read = read_table(
        CellTable("t.pdf", 0, None, tuple(CellRow(c, n) for n, c in enumerate(rows, 1)))
    )
    assert (read.leftovers, [i.name for p in read.projects for i in p.indicators]) == (
        (),
        ["培训人次", "学员满意度"],
    )


# --- PDF: a table running onto a page under the disclosure's running header -------------


@pytest.mark.parametrize("ruled", ["grid", "rows"])
@pytest.mark.parametrize(
    "header",
    [
        "上海市静安区民政局2024年部门预算公开",
        "瑞金市农业农村局2023年度部门预算",
        "高台县农业农村局  2021年度绩效自评结果公开",
    ],
)
def test_a_table_going_on_under_the_next_pages_running_header_is_one_table(ruled, header):
    # The header every page of a disclosure prints atop it is no line above a table of the
    # next page's own: the table goes on there.
    data = make_pdf([(TITLE, PAGE_1), ((header,), PAGE_2)], ruled)
    (table,) = file_tables("made.pdf", data).tables
    assert ([row.cells for row in table.rows], [row.merged for row in table.rows]) == (
        JOINED,
        MERGED,
    )


@pytest.mark.parametrize("ruled", ["grid", "rows"])
@pytest.mark.parametrize("mark", ["·{}·", "- {} -"])
def test_a_table_going_on_past_a_page_number_between_marks_is_one_table(ruled, mark):
    # `·13·` at a page's foot is its number, as `- 13 -` is: no line below the table that
    # would end it there.
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    for number, (above, cells) in enumerate([(TITLE, PAGE_1), ((), PAGE_2)], 13):
        page.setFont("Helvetica", 9)  # a font that has the marks
        page.drawString(400, 30, mark.format(number))
        draw_page(page, cells, ruled, above, footer="")
    page.save()
    (table,) = file_tables("made.pdf", buffer.getvalue()).tables
    assert ([row.cells for row in table.rows], [row.merged for row in table.rows]) == (
        JOINED,
        MERGED,
    )


# --- PDF: the document's prose below its last table on the page --------------------------


def test_the_prose_printed_below_a_pdf_table_is_set_aside_not_read_into_it():
    # Its note is the table's; the 情况说明 after it, run on below it on the page, is the
    # document's (a `项目名称：…` line there names no project of the table); the part's
    # heading (`第三部分 情况说明`) is page furniture, as a table's number is.
    prose = ["第三部分 情况说明", "1.项目名称:乙项目;预算金额:10万元。"]
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    rows = [HEADER, ["产出指标", "数量指标", "培训人数", "≥200人次"]]
    draw_page(page, rows, "grid", TITLE, below=["注:本表金额单位为万元。", *prose])
    page.save()
    read = file_tables("made.pdf", buffer.getvalue())
    assert [[row.cells for row in table.rows] for table in read.tables] == [
        [TITLE[:1], TITLE[1:], *map(tuple, rows), ("注:本表金额单位为万元。",)]
    ]
    assert [[row.cells for row in table.rows] for table in read.set_aside] == [
        [(line,) for line in prose[1:]]
    ]


def test_the_prose_printed_above_a_pdf_table_is_set_aside_not_read_into_it():
    # A 决算's 情况说明 run on above its 附件's first table: up to its last sentence it is the
    # document's (its `1.项目名称：…` line names no project of the table), then the table's
    # title; the part's heading and the table's number are page furniture.
    prose = ["三、重点项目情况", "1.项目名称:乙项目;决算金额:10.00万元。", "四、名词解释",
             "1.基本支出:指人员支出和公用支出。"]  # fmt: skip
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    rows = [HEADER, ["产出指标", "数量指标", "培训人数", "≥200人次"]]
    draw_page(page, rows, "grid", (*prose, "第四部分 附件", "公开11表", *TITLE))
    page.save()
    read = file_tables("made.pdf", buffer.getvalue())
    assert [[row.cells for row in table.rows] for table in read.tables] == [
        [TITLE[:1], TITLE[1:], *map(tuple, rows)]
    ]
    assert [[row.cells for row in table.rows] for table in read.set_aside] == [
        [(line,) for line in prose]
    ]


RENDERS = [("d.docx", _document_with_prose), ("d.html", _page_with_prose)]


@pytest.mark.parametrize(("name", "render"), RENDERS)
@pytest.mark.parametrize(
    "above",
    [("公开11表",), ("第四部分 附件", "公开11表"), ("第四部分 附件",), ("第六部分：附件",)],
    ids=["number", "part-number", "part", "part-colon"],
)
def test_a_tables_number_and_a_parts_heading_above_its_title_are_not_its_title(name, render, above):
    # `公开11表` over `2024年项目支出绩效目标表`: the title is the line after it; the heading of
    # the disclosure's part that the table opens (`第四部分 附件`) is no line of the table's
    # unread.
    (table,) = file_tables(name, render(*above)).tables
    read = read_table(table)
    assert (table.title, [row.cells for row in table.rows[: len(above)]]) == (
        TITLE_LINE,
        [(line,) for line in above],
    )
    assert [(left.text, left.reason) for left in read.leftovers] == [(NOTE, "sign-off line")]


@pytest.mark.parametrize(("name", "render"), RENDERS)
@pytest.mark.parametrize(
    "number", ["表11 ", "公开11表：", "附表3-1　"], ids=["biao", "gongkai", "fubiao"]
)
def test_a_tables_number_before_its_title_on_its_line_is_not_in_its_title(name, render, number):
    # A CMS article's caption `表11 2024年项目支出绩效目标表`: the table's title is the rest.
    (table,) = file_tables(name, render(title=number + TITLE_LINE)).tables
    assert (table.title, read_table(table).title) == (number + TITLE_LINE, TITLE_LINE)


@pytest.mark.parametrize(("name", "render"), RENDERS)
@pytest.mark.parametrize(
    "caption", ["附件1：项目支出绩效目标表", "表9　项目支出绩效目标表"], ids=["fujian", "biao"]
)
@pytest.mark.parametrize("above", [(), ("룡정시 2024년도 항목지출 성과목표표",)], ids=["", "other"])
def test_a_caption_giving_a_tables_number_and_kind_over_its_own_title_is_not_its_title(
    name, render, caption, above
):
    # An 附件 part's `附件1：项目支出绩效目标表` over the table's own title, which names it more
    # fully: the title is the line under the caption (in a second language there, if so).
    fuller = "某县" + TITLE_LINE
    (table,) = file_tables(name, render(caption, *above, title=fuller)).tables
    assert (table.title, read_table(table).title) == ((above or (fuller,))[0],) * 2


@pytest.mark.parametrize(("name", "render"), RENDERS)
@pytest.mark.parametrize(
    ("caption", "above"),
    [("附件1　某县某项目项目支出绩效目标表", ("公开11表",)), ("表3-1　某项目绩效目标表", ())],
    ids=["fujian-number", "biao"],
)  # fmt: skip
def test_a_caption_numbering_a_table_more_fully_than_its_own_title_is_not_its_title(
    name, render, caption, above
):
    # A Word 决算's heading `附件1　…项目支出绩效目标表` (listed in its 目录) over the form's
    # number and its own title, which names the kind alone: the title is the form's own line.
    (table,) = file_tables(name, render(caption, *above)).tables
    assert (table.title, read_table(table).title) == (TITLE_LINE, TITLE_LINE)


@pytest.mark.parametrize(("name", "render"), RENDERS)
def test_the_prose_between_a_budget_table_and_a_performance_table_is_not_read_into_it(name, render):
    # A 决算 printing its 情况说明 before its 自评表: the sentences there (a `1.项目名称：…` line
    # among them) are the document's; the table's own lines start after the last one.
    prose = ["三、重点项目情况", "1.项目名称：乙项目；决算金额：10.00万元。", "四、名词解释",
             "1.基本支出：指人员支出和公用支出。"]  # fmt: skip
    (table,) = file_tables(name, render(*prose, "第四部分 附件", "附表11")).tables
    read = read_table(table)
    assert (table.title, [row.cells for row in table.rows[:3]]) == (
        TITLE_LINE,
        [("第四部分 附件",), ("附表11",), (TITLE_LINE,)],
    )
    assert [p.name for p in read.projects] == ["某项目"]


@pytest.mark.parametrize(("name", "render"), RENDERS)
def test_a_forms_field_printed_as_a_sentence_above_it_is_the_tables_not_prose(name, render):
    # `年度绩效目标：…。` under the title is the form's goal, though it ends a sentence.
    goal = "年度绩效目标：完成培训100人次。"
    (table,) = file_tables(name, render(TITLE_LINE, goal, title="单位：万元")).tables
    assert (table.title, [row.cells for row in table.rows[:3]]) == (
        TITLE_LINE,
        [(TITLE_LINE,), (goal,), ("单位：万元",)],
    )
    assert [p.annual_goal for p in read_table(table).projects] == ["完成培训100人次。"]


@pytest.mark.parametrize(("name", "render"), RENDERS)
@pytest.mark.parametrize(
    "headings",
    [("一、项目支出绩效目标", "（一）项目名称：某项目"), ("（二）某局部门整体支出绩效目标",)],
    ids=["part-project", "department"],
)
def test_a_documents_numbered_headings_over_a_tables_title_are_not_its_title(
    name, render, headings
):
    # A page giving each project's table under `一、…` and `（一）项目名称：…`: the table's
    # title is the line under them that names it.
    (table,) = file_tables(name, render(*headings)).tables
    assert (table.title, [p.name for p in read_table(table).projects]) == (TITLE_LINE, ["某项目"])


@pytest.mark.parametrize(("name", "render"), RENDERS)
@pytest.mark.parametrize(
    "caption",
    ["（一）某县辣椒产业基地建设项目", "二、某项目", "项目1：辣椒产业基地建设", "项目二、某项目",
     "部门整体：某县农业农村局"],
)  # fmt: skip
def test_a_caption_numbering_a_project_over_a_tables_title_is_the_documents_heading(
    name, render, caption
):
    # A 决算 numbering its 自评表 by captions over their titles: the caption is no title of
    # the table and no line of it left unread (no `line_unrecognised` warning): only its note is
    # left over, a `table_note`. So a heading numbering the projects by the word (`项目1：` and
    # a short name, the form's own 项目名称 the full one), or naming the 部门整体 table's.
    (table,) = file_tables(name, render(caption)).tables
    read = read_table(table)
    assert (
        table.title,
        [p.name for p in read.projects],
        [(left.text, left.reason) for left in read.leftovers],
    ) == (TITLE_LINE, ["某项目"], [(NOTE, "sign-off line")])


@pytest.mark.parametrize(("name", "render"), RENDERS)
def test_a_numbered_heading_that_is_a_tables_title_stays_its_title(name, render):
    # `一、2024年项目支出绩效目标表` over `单位：万元`: no line under it names the table.
    (table,) = file_tables(name, render(title="一、" + TITLE_LINE)).tables
    assert table.title == "一、" + TITLE_LINE


def test_a_word_tables_title_rows_merged_inside_it_give_its_title():
    # A unit's 单位预算 printing each table's title and `单位：万元` as rows merged across the
    # table atop its labels.
    document = docx.Document()
    document.add_paragraph("表5")
    rows = [(TITLE_LINE, "", "", ""), ("单位：万元", "", "", ""), *FORM]
    add_filled_table(document, rows)
    grid = document.tables[0]
    for r in (0, 1):
        grid.cell(r, 0).merge(grid.cell(r, 3))
    (table,) = file_tables("d.docx", saved(document)).tables
    assert (table.title, [p.name for p in read_table(table).projects]) == (TITLE_LINE, ["某项目"])


DEPARTMENT_FORM = [
    ("部门名称", "某局", "", ""),
    ("一级指标", "二级指标", "三级指标", "指标值"),
    ("产出指标", "数量指标", "办理案件数", "≥50件"),
]
PROJECT_ACCOUNTS = [
    ("项目名称", "全年预算数", "全年执行数", "资金来源"),
    ("某项目", "10.00", "9.50", "一般公共预算拨款"),
]


def _accounts_then_department_table() -> tuple[bytes, bytes]:
    """A 决算's 项目支出决算表, its 情况说明 and then its 部门整体支出绩效自评表, as a Word
    document and as a web page."""
    prose = ["第三部分 情况说明", "2023年度收入总计10.00万元，支出总计10.00万元。", "第四部分 附件",
             "附件1", "2023年度部门整体支出绩效自评表"]  # fmt: skip
    document = docx.Document()
    document.add_paragraph("2023年项目支出决算表")
    add_filled_table(document, PROJECT_ACCOUNTS)
    for line in prose:
        document.add_paragraph(line)
    add_filled_table(document, DEPARTMENT_FORM)

    def table(rows) -> str:
        return (
            "<table>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
            + "</table>"
        )

    lines = "".join(f"<p>{line}</p>" for line in prose)
    page = (f"<html><body><p>2023年项目支出决算表</p>{table(PROJECT_ACCOUNTS)}{lines}"
            f"{table(DEPARTMENT_FORM)}</body></html>")  # fmt: skip
    return saved(document), page.encode()


@pytest.mark.parametrize("name", ["d.docx", "d.html"])
def test_a_department_table_after_the_documents_prose_is_no_part_of_the_table_before(name):
    # The 项目支出决算表 (项目名称, 全年预算数, 全年执行数) above the prose, and the
    # 部门整体 table (部门名称, no 项目名称) under its own title below it: two tables, not a
    # form's header block and its indicator table.
    data = dict(zip(["d.docx", "d.html"], _accounts_then_department_table(), strict=True))[name]
    read = file_tables(name, data)
    (table,) = read.tables
    assert (table.title, read_table(table).layout, [row.cells for row in table.rows]) == (
        "2023年度部门整体支出绩效自评表",
        "department-overall",
        [("第四部分 附件",), ("附件1",), ("2023年度部门整体支出绩效自评表",), *DEPARTMENT_FORM],
    )
    assert [[row.cells for row in t.rows] for t in read.set_aside] == [
        [("2023年项目支出决算表",), *PROJECT_ACCOUNTS]
    ]


# --- a workbook's performance tables stacked on one sheet ---------------------------------

STACKED = [
    ("2023年项目支出绩效目标表", "", "", ""),
    ("项目名称", "甲项目", "", ""),
    ("一级指标", "二级指标", "三级指标", "指标值"),
    ("产出指标", "数量指标", "培训人次", "≥100人次"),
    ("", "", "", ""),
    ("2023年部门整体支出绩效目标表", "", "", ""),
    ("部门名称", "某某局", "", ""),
    ("一级指标", "二级指标", "三级指标", "指标值"),
    ("产出指标", "数量指标", "办理案件数", "≥50件"),
]


def test_a_sheet_stacking_a_form_and_a_department_table_has_both_layouts():
    # One sheet, so one table: its layout names each of the tables stacked on it, not the
    # first one's alone.
    read = read_table(
        CellTable("t.xlsx", 0, None, tuple(CellRow(c, n) for n, c in enumerate(STACKED, 1)))
    )
    assert (read.layout, [(p.name, p.project_kind) for p in read.projects]) == (
        "project-form,department-overall",
        [("甲项目", "project"), (None, "department")],
    )


def test_a_budget_table_stacked_below_a_form_on_its_sheet_is_set_aside():
    # A sheet holding a whole disclosure with its performance tables first: the 项目支出表
    # below the form is a table of its own, its title and rows no indicators of the form.
    form = [STACKED[0], *STACKED[1:4]]
    budget = [("某局2023年项目支出表", "", "", ""), ("项目名称", "金额", "资金来源", ""),
              ("甲项目", "420.00", "一般公共预算", "")]  # fmt: skip
    rows = (*form, *budget)
    sheet = CellTable("t.xlsx", 0, None, tuple(CellRow(c, n) for n, c in enumerate(rows, 1)))
    read = split_tables((sheet,))
    assert [[row.cells for row in t.rows] for t in read.tables] == [form]
    assert [[row.cells for row in t.rows] for t in read.set_aside] == [budget]


def test_a_disclosures_next_part_below_a_list_on_its_sheet_is_set_aside():
    # A sheet holding a whole disclosure (Excel's 另存为网页, 18th round): its 情况说明 under the
    # last list, a line a row, the first of them under the list's project name column. The
    # part's heading was glued to the last project's name, and `1.项目名称：…；预算金额：…` lines
    # read as a form matching no layout (layout_unrecognised).
    listed = [("项目名称", "一级指标", "二级指标", "三级指标", "指标值"),
              ("院前急救体系建设", "产出指标", "数量指标", "新增急救站点", "4个"),
              ("", "满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
              ("", "", "", "", "")]  # fmt: skip
    part = [("第四部分 情况说明", "", "", "", ""), ("二、绩效管理工作开展情况", "", "", "", ""),
            ("1.项目名称：院前急救体系建设；预算金额：186.05万元。", "", "", "", "")]  # fmt: skip
    rows = (*listed, *part)
    sheet = CellTable("t.htm", 0, None, tuple(CellRow(c, n) for n, c in enumerate(rows, 1)))
    read = split_tables((sheet,))
    assert [[row.cells for row in t.rows] for t in read.tables] == [listed]
    assert [[row.cells for row in t.rows] for t in read.set_aside] == [part]


# --- PDF: a template's placeholder row opening the next page --------------------------------


@pytest.mark.parametrize("ruled", ["grid", "rows"])
def test_a_placeholder_row_opening_a_page_is_a_row_not_the_end_of_the_row_above(ruled):
    # `……` under the 三级指标 label atop the next page is the template's unfilled row, as it
    # is anywhere else: not the end of `项目完工时间` that a page break cut off.
    first = [HEADER, ["产出指标", "时效指标", "项目完工时间", "2019年12月底前"]]
    second = [["", "", "……", ""], ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"]]
    (table,) = file_tables("made.pdf", make_pdf([(TITLE, first), ((), second)], ruled)).tables
    assert [row.cells for row in table.rows] == [
        TITLE[:1], TITLE[1:], HEADER, tuple(first[1]), tuple(second[0]), tuple(second[1])
    ]  # fmt: skip


# --- PDF: a watermark printed at a slant across the tables -----------------------------------


@pytest.mark.parametrize("ruled", ["grid", "rows"])
@pytest.mark.parametrize("angle", [30, 45, -30])
def test_a_watermark_at_a_slant_across_a_pdf_table_is_no_text_of_its_cells(ruled, angle):
    # `内部资料` repeated across the page, under or over the cells: not read into them.
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    page.saveState()
    page.setFont("STSong-Light", 30)
    page.setFillGray(0.85)
    page.translate(60, 380 if angle > 0 else 560)
    page.rotate(angle)
    page.drawString(0, 0, "　".join(["内部资料"] * 4))
    page.restoreState()
    _assert_read_as_printed_alone(page, buffer, ruled)


def _assert_read_as_printed_alone(page, buffer: io.BytesIO, ruled: str) -> None:
    """The form (`PAGE_1` under `TITLE`) drawn over what the page holds reads as it does
    printed alone."""
    draw_page(page, PAGE_1, ruled, TITLE)
    page.save()
    (table,) = file_tables("made.pdf", buffer.getvalue()).tables
    alone = make_pdf([(TITLE, PAGE_1)], ruled)
    assert [row.cells for row in table.rows] == [
        row.cells for row in file_tables("made.pdf", alone).tables[0].rows
    ]


def _seal(page, name: str, spread: float, centre: tuple[float, float]) -> None:
    """A red seal's ring: `name` round its top letter by letter over `spread` degrees, each
    letter turned to the circle (the middle one of an odd count level, the ends of a 225°
    spread of five a quarter turned)."""
    page.saveState()
    page.setFillColorRGB(0.85, 0.06, 0.1)
    page.setStrokeColorRGB(0.85, 0.06, 0.1)
    page.circle(*centre, 48, stroke=1, fill=0)
    page.setFont("STSong-Light", 14)
    for k, letter in enumerate(name):
        angle = -spread / 2 + spread * (k + 0.5) / len(name)
        page.saveState()
        page.translate(centre[0] + 34 * math.sin(math.radians(angle)),
                       centre[1] + 34 * math.cos(math.radians(angle)))  # fmt: skip
        page.rotate(-angle)
        page.drawCentredString(0, -5, letter)
        page.restoreState()
    page.restoreState()


@pytest.mark.parametrize("ruled", ["grid", "rows"])
@pytest.mark.parametrize(
    ("name", "spread"), [("某县林业草原局", 200), ("某县林草局", 225)], ids=["level", "quarter"]
)
def test_a_seals_letters_over_a_pdf_table_are_no_text_of_it_however_each_is_turned(
    ruled, name, spread
):
    # A 决算's 自评表 stamped with the department's seal over its title and top right cells:
    # its name round the ring, each letter turned to the circle, the one atop an odd count
    # level and those at the sides of a wide ring a quarter turned; none of them is a line or
    # a cell of the table's.
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    _seal(page, name, spread, (40 + sum(test_read_pdf.WIDTHS) - 60, landscape(A4)[1] - 80))
    _assert_read_as_printed_alone(page, buffer, ruled)


# --- PDF: a performance table titled inside its grid, right below a budget table -----------


def test_a_title_row_inside_a_grid_under_a_budget_table_opens_a_table_of_its_own():
    # A 决算 printing its 自评表's title as a row merged across the table, the table right
    # below its 项目支出决算表 with nothing between them: one grid on the page, two tables.
    budget = [("项目名称", "全年预算数", "全年执行数", "资金来源"),
              ("甲项目", "10.00", "9.50", "一般公共预算拨款")]  # fmt: skip
    rows = [*map(list, budget), [("项目支出绩效自评表", 1, 4)], [("项目名称", 1, 1), ("甲项目", 1, 3)],
            HEADER, ["产出指标", "数量指标", "培训人数", "≥200人次"]]  # fmt: skip
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    draw_page(page, rows, "grid", ("2024年项目支出决算表",))
    page.save()
    read = file_tables("made.pdf", buffer.getvalue())
    assert [(t.title, [row.cells for row in t.rows]) for t in read.tables] == [
        ("项目支出绩效自评表", [("项目支出绩效自评表",), ("项目名称", "甲项目"), tuple(HEADER),
                                ("产出指标", "数量指标", "培训人数", "≥200人次")]),
    ]  # fmt: skip
    assert [[row.cells for row in t.rows] for t in read.set_aside] == [
        [("2024年项目支出决算表",), *budget]
    ]


# --- PDF: a table going on under its title again with `（续）` and its unit ------------------


@pytest.mark.parametrize("ruled", ["grid", "rows"])
@pytest.mark.parametrize("title", ["项目支出绩效目标表（续）", "项目支出绩效目标表(续表)"])
def test_a_table_going_on_under_its_continued_title_and_unit_again_is_one_table(ruled, title):
    # The next page prints the title with `（续）`, the unit line and the column labels again
    # above the rest of the rows: the same table goes on, its labels not read twice.
    data = make_pdf([(TITLE, PAGE_1), ((title, "单位:万元"), [HEADER, *PAGE_2])], ruled)
    (table,) = file_tables("made.pdf", data).tables
    assert ([row.cells for row in table.rows], [row.merged for row in table.rows]) == (
        JOINED,
        MERGED,
    )


# --- HTML: a list's project cells merged down its rows, its amount on its last row --------

LIST_LABELS = (
    "序号",
    "项目名称",
    "预算数",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
)


def test_a_lists_project_cell_merged_down_to_the_row_printing_its_amount_starts_no_project():
    # `序号` and `项目名称` merged down the project's rows (rowspan), its 预算数 and 年度目标
    # printed on its last row: that row completes the project; the name filled down into it
    # is the same cell, not the name printed again with an amount of its own.
    def project(number, name, amount, goal, indicators):
        span = len(indicators)
        rows = []
        for k, (level1, level2, indicator, value) in enumerate(indicators):
            head = (
                f"<td rowspan={span}>{number}</td><td rowspan={span}>{name}</td>" if k == 0 else ""
            )
            money = (amount, goal) if k == span - 1 else ("", "")
            rows.append(f"<tr>{head}<td>{money[0]}</td><td>{money[1]}</td><td>{level1}</td>"
                        f"<td>{level2}</td><td>{indicator}</td><td>{value}</td></tr>")  # fmt: skip
        return "".join(rows)

    body = project("1", "道路照明维护", "1,280.00", "亮灯率98%以上。", [
        ("产出指标", "数量指标", "维护路灯", "≥4.6万盏"),
        ("产出指标", "质量指标", "亮灯率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ]) + project("2", "垃圾收运处置", "3,650.50", "无害化处理率100%。", [
        ("产出指标", "数量指标", "收运量", "≥52万吨"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥88%"),
    ])  # fmt: skip
    labels = "".join(f"<td>{label}</td>" for label in LIST_LABELS)
    page = (
        "<html><head><meta charset='utf-8'></head><body><p>某区2025年政府性基金预算项目绩效目标表</p>"
        f"<p>单位：万元</p><table><tr>{labels}</tr>{body}</table></body></html>"
    )
    tables = process_file("list.html", page.encode(), Source(fiscal_year=2025))
    assert [
        (p["project_name"], p["total_amount"], p["performance_goal"]) for p in tables.projects
    ] == [
        ("道路照明维护", Decimal("1280"), "亮灯率98%以上。"),
        ("垃圾收运处置", Decimal("3650.5"), "无害化处理率100%。"),
    ]
    by_project = {p["project_id"]: p["project_name"] for p in tables.projects}
    assert [(by_project[i["project_id"]], i["indicator_name"]) for i in tables.indicators] == [
        ("道路照明维护", "维护路灯"), ("道路照明维护", "亮灯率"), ("道路照明维护", "市民满意度"),
        ("垃圾收运处置", "收运量"), ("垃圾收运处置", "居民满意度"),
    ]  # fmt: skip


MARGIN_ROWS = [("", TITLE_LINE, "", "", ""), ("", "", "", "", "单位：万元"),
               *(("", *cells) for cells in FORM)]  # fmt: skip


def _margin_document() -> bytes:
    document = docx.Document()
    document.add_paragraph("公开11表")
    add_filled_table(document, MARGIN_ROWS)
    return saved(document)


def _margin_page() -> bytes:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in MARGIN_ROWS)
    return f"<html><body><p>公开11表</p><table>{cells}</table></body></html>".encode()


def _margin_pdf() -> bytes:
    """Ruled, the title merged across the table's columns right of the margin."""
    rows = [("", (TITLE_LINE, 1, 4), None, None, None), *MARGIN_ROWS[1:]]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(test_read_pdf, "WIDTHS", (24, *test_read_pdf.WIDTHS))
        return make_pdf([(("公开11表",), rows)])


@pytest.mark.parametrize(
    ("name", "render"),
    [("d.docx", _margin_document), ("d.html", _margin_page), ("d.pdf", _margin_pdf)],
)
def test_a_tables_empty_margin_column_pasted_with_it_is_no_column_of_its_own(name, render):
    # A sheet pasted into Word or a web page, or printed ruled, with its empty margin column A:
    # every row, the title and unit rows inside the grid among them, opens with an empty cell.
    # The margin is dropped as a sheet's is, so the title row prints its title alone.
    (table,) = file_tables(name, render()).tables
    assert table.title == TITLE_LINE
    assert [row.cells[:2] for row in table.rows if "项目名称" in row.cells] == [FORM[0][:2]]
    assert [p.name for p in read_table(table).projects] == ["某项目"]


def test_a_link_back_to_the_contents_beside_a_tables_number_is_page_furniture():
    # A 决算 workbook whose 目录 sheet links each table's sheet: `返回目录` in the column right
    # of the table, on the row of its number (`公开11表`). The row prints page furniture only:
    # no title of the table, no row of it, and no row of a form going on from the sheet before.
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.add_worksheet("目录").write(0, 0, "目录")
    for number, project in ((11, "某项目"), (12, "另一项目")):
        sheet = book.add_worksheet(f"附表{number}")
        sheet.write(0, 0, f"公开{number}表")
        sheet.write_url(0, len(FORM[0]), "internal:'目录'!A1", string="返回目录")
        form = [(FORM[0][0], project, *FORM[0][2:]), *FORM[1:]]
        for r, cells in enumerate([(TITLE_LINE,), ("单位：万元",), *form], 1):
            sheet.write_row(r, 0, cells)
    book.close()
    built = process_file("d.xlsx", buffer.getvalue(), Source(fiscal_year=2024))
    assert [d["title"] for d in built.documents] == [TITLE_LINE]
    assert [p["project_name"] for p in built.projects] == ["某项目", "另一项目"]
    assert [f["rule"] for f in built.findings if f["severity"] == "error"] == []
    assert len(file_tables("d.xlsx", buffer.getvalue()).tables) == 2


@pytest.mark.parametrize(
    ("above", "below"),
    [("第四部分 项目支出绩效目标表", ""), ("", "— 14 —"), ("第四部分 附件", "第14页")],
)
def test_forms_side_by_side_under_a_heading_across_the_page_each_get_their_own_titles(above, below):
    # A PDF printing its performance tables two to a landscape page, side by side, each under
    # its own title lines, the part's heading centred across the page above both, or the
    # page's number centred at its foot. Each form gets its half's lines, not a row joining
    # both halves' titles.
    data = beside(lambda page: titled_right_half(page, above, below))
    left_table, right_table = file_tables("beside.pdf", data).tables
    assert (left_table.title, right_table.title) == (TITLE[0], RIGHT_TITLE[0])
    assert [row.cells for row in right_table.rows] == [
        *((line,) for line in RIGHT_TITLE),
        *(tuple(cells) for cells in RIGHT_FORM),
    ]


def _form_html(project: str) -> str:
    rows = [(FORM[0][0], project, *FORM[0][2:]), *FORM[1:]]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<p>{TITLE_LINE}</p><table>{cells}</table>"


def test_tables_a_script_clones_or_a_page_holds_for_no_script_are_read_once():
    # A portal's page whose forms are `<template>`s its script clones into the article, or
    # stand in a `<noscript>` below a script viewer's placeholder: the reader sees them, so
    # they are read; a template copying a form the page shows gives no second project.
    page = (
        f"<html><body>{_form_html('某项目')}<div id='forms'></div>"
        f"<template id='t1'>{_form_html('另一项目')}</template>"
        f"<div id='viewer'>正在加载附件…</div><noscript>{_form_html('第三项目')}</noscript>"
        f"<template id='t2'>{_form_html('某项目')}</template>"
        "<script>document.querySelectorAll('template').forEach(function (t) {"
        " document.getElementById('forms').appendChild(t.content.cloneNode(true)); });</script>"
        "</body></html>"
    ).encode()
    tables = file_tables("d.html", page).tables
    assert [table.title for table in tables] == [TITLE_LINE] * 3
    assert [p.name for table in tables for p in read_table(table).projects] == [
        "某项目", "另一项目", "第三项目",
    ]  # fmt: skip


HEADINGS_ROWS = [("", "A", "B", "C", "D"), ("1", TITLE_LINE, "", "", "")] + [
    (str(k), *cells) for k, cells in enumerate(FORM, 2)
]


def _headings_page() -> bytes:
    cells = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in HEADINGS_ROWS
    )
    return f"<html><body><p>公开11表</p><table>{cells}</table><p>{NOTE}</p></body></html>".encode()


def _headings_pdf() -> bytes:
    """Ruled, the title merged across the form's columns right of the numbers' column."""
    rows = [HEADINGS_ROWS[0], ("1", (TITLE_LINE, 1, 4), None, None, None), *HEADINGS_ROWS[2:]]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(test_read_pdf, "WIDTHS", (24, *test_read_pdf.WIDTHS))
        return make_pdf([(("公开11表",), rows)])


@pytest.mark.parametrize(("name", "render"), [("d.html", _headings_page), ("d.pdf", _headings_pdf)])
def test_a_sheets_printed_row_and_column_headings_are_no_cells_of_its_table(name, render):
    # A sheet printed with Excel's row and column headings (`A B C D` over it, its rows'
    # numbers down its left), pasted into a portal's article or printed ruled: the letters'
    # row and the numbers' column are the sheet's furniture, as in its text rendering, so the
    # title row inside the grid titles the form and the letters are no row of it.
    (table,) = file_tables(name, render()).tables
    assert table.title == TITLE_LINE
    assert [row.cells for row in table.rows if len(row.cells) > 1][-3:] == FORM
    assert [p.name for p in read_table(table).projects] == ["某项目"]


def test_a_form_set_further_right_below_a_budget_table_on_its_sheet_is_a_table_of_its_own():
    # A 预算 workbook whose forms each stand below a budget table on its sheet, two empty rows
    # between, from column B: the form's title opens a table of its own, whatever the rows of
    # the (empty) budget table above, which is set aside; the document is titled by the form.
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("表8")
    budget = [("公开08表",), ("某局2024年国有资本经营预算支出表",),
              ("科目编码", "科目名称", "合计", "基本支出", "项目支出"), ("合计",),
              ("注：本部门无国有资本经营预算支出，故本表为空表。",)]  # fmt: skip
    for r, cells in enumerate(budget):
        sheet.write_row(r, 0, cells)
    for r, cells in enumerate([("公开11表",), (TITLE_LINE,), *FORM], len(budget) + 2):
        sheet.write_row(r, 1, cells)
    book.close()
    built = process_file("d.xlsx", buffer.getvalue(), Source(fiscal_year=2024))
    assert [d["title"] for d in built.documents] == [TITLE_LINE]
    assert [p["project_name"] for p in built.projects] == ["某项目"]
    assert [f["rule"] for f in built.findings if f["severity"] in ("error", "warning")] == []


def test_a_disclosure_page_holding_its_budget_tables_alone_gives_no_project():
    # Round 23's portal page with its performance tables taken out (a 预算公开 publishing none,
    # or one whose tables a reader does not see): its budget tables are no performance table,
    # so the page gives no project, not 70 named 科目名称合计, 行政运行 … (the line reader read
    # its 项目支出表 as the packed table).
    page = FIXTURES / "heldout-disclosures-13/targets/henan-puyang-taiqian-weijian-2024-yusuan.html"
    data = re.sub(r"<template.*?</template>", "", page.read_text(encoding="utf-8"), flags=re.S)
    built = process_file("d.html", data.encode(), Source(fiscal_year=2024))
    assert (built.projects, [d["status"] for d in built.documents]) == ([], ["failed"])
    assert [(f["rule"], f["severity"], f["message"]) for f in built.findings] == [
        ("file_unreadable", "error", "none of the file's 8 tables is a performance table (the one "
         "here lists projects without a 绩效指标 column: a budget table); a disclosure that "
         "publishes no 绩效目标表 or 自评表 has nothing to read"),
    ]  # fmt: skip


@pytest.mark.parametrize("kind", ["text/html", "text/template", "text/x-template", "TEXT/HTML"])
def test_forms_in_scripts_of_markup_a_page_renders_are_read_and_a_program_is_not(kind):
    # A portal's article whose forms are art-templates (`<script type="text/html">`) its
    # script renders into an empty `<div>`: markup a reader sees, so read, a copy of a form
    # the page shows read once; a program's text (`text/javascript`) holding a form's markup
    # in a string is no table of the page's.
    page = (
        f"<html><body>{_form_html('某项目')}<div id='jxmb'></div>"
        f"<script type='{kind}' id='tpl-1'>\n{_form_html('另一项目')}\n</script>"
        f"<script type='{kind}' id='tpl-2'>{_form_html('某项目')}</script>"
        f"<script type='text/javascript'>var t = '{_form_html('第三项目')}';</script>"
        "<script>['tpl-1', 'tpl-2'].forEach(function (id) { document.getElementById('jxmb')"
        ".insertAdjacentHTML('beforeend', template(id, {})); });</script></body></html>"
    ).encode()
    tables = file_tables("d.html", page).tables
    assert [table.title for table in tables] == [TITLE_LINE] * 2
    assert [p.name for table in tables for p in read_table(table).projects] == [
        "某项目", "另一项目",
    ]  # fmt: skip


def test_a_pdf_s_cell_shading_draws_no_rules():
    # The 阳城 PDF (17th round) rules its forms only between rows, over bands of colour behind
    # every other row, each band drawn cell by cell: the bands' edges were read as rules, and
    # its first form's indicators ran together in one row (none read). Then two forms lost
    # the row a page break cut from its top rule (read as a table of its own with the page
    # before's columns), and two the rows beside a merged 二级 cell (the sign-off row's gaps
    # made columns through it). Every form's indicators are read now.
    path = (
        FIXTURES
        / "heldout-disclosures-17/targets/shanxi-jincheng-yangcheng-weijian-2020-yusuan.pdf"
    )
    read = process_file(path.name, path.read_bytes(), Source(fiscal_year=2020))
    expected = {
        project["name"]: [indicator["name"] for indicator in project["indicators"]]
        for project in EXPECTED["heldout-disclosures-17/targets"][path.name]["projects"]
    }
    whole = [
        project["project_name"]
        for project in read.projects
        if [
            i["indicator_name"] for i in read.indicators if i["project_id"] == project["project_id"]
        ]
        == expected.get(project["project_name"])
    ]
    assert whole == list(expected)
