"""OpenDocument reader (pipeline.read.opendocument): a spreadsheet LibreOffice or WPS saves
(`.ods`) gives the text its cells print, merged cells marked, repeated rows and cells written
out, what it hides or does not print left out with a note of its text; an OpenDocument text
(`.odt`) is refused with what to do."""

import io
import zipfile

import pytest

from pipeline.cells import CellRow
from pipeline.layouts.select import file_tables
from pipeline.read.formats import detect_format, is_archive
from pipeline.read.text import ExtractError

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
)
CELL = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet"


def opendocument(kind: str, body: str, styles: str = "", master_pages: str = "") -> bytes:
    """An OpenDocument file of a kind (its `mimetype`) whose `content.xml` body is `body`,
    its automatic styles `styles`, and whose `styles.xml` holds `master_pages`, if any."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body>{body}</office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", kind)
        archive.writestr("content.xml", content)
        if master_pages:
            archive.writestr("styles.xml", (
                f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NAMESPACES}>'
                f"<office:master-styles>{master_pages}</office:master-styles>"
                "</office:document-styles>"
            ))  # fmt: skip
    return buffer.getvalue()


def test_a_spreadsheets_cells_are_read_as_they_print_with_spans_and_repeats():
    # The title merged across, 产出指标 merged down over two rows (the cell below covered),
    # an amount stored as a float and printed with its format, a label on two lines with a
    # run of spaces, an empty column repeated, and the sheet's empty remainder as one row
    # repeated a million times.
    cell = CELL
    rows = [
        '<table:table-cell table:number-columns-spanned="3"><text:p>项目支出绩效目标表</text:p>'
        "</table:table-cell><table:covered-table-cell table:number-columns-repeated=\"2\"/>",
        cell.format("项目资金") + '<table:table-cell office:value-type="float" office:value="1032">'
        "<text:p>1,032.00</text:p></table:table-cell>"
        '<table:table-cell table:number-columns-repeated="3"/>',
        cell.format("一级<text:s text:c=\"2\"/>指标") + cell.format("三级指标")
        + '<table:table-cell><text:p>指标值</text:p><text:p>（年度）</text:p></table:table-cell>',
        '<table:table-cell table:number-rows-spanned="2"><text:p>产出指标</text:p>'
        "</table:table-cell>" + cell.format("培训人数") + cell.format("≥200人次"),
        "<table:covered-table-cell/>" + cell.format("合格率") + cell.format("≥95%"),
    ]  # fmt: skip
    body = (
        '<office:spreadsheet><table:table table:name="目标表">'
        + "".join(f"<table:table-row>{row}</table:table-row>" for row in rows)
        + '<table:table-row table:number-rows-repeated="1048571"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row></table:table>'
        "</office:spreadsheet>"
    )
    data = opendocument(SPREADSHEET, body)
    assert (detect_format("t.ods", data), is_archive(data)) == ("ods", False)
    (table,) = file_tables("t.ods", data).tables
    assert table.rows == (
        CellRow(("项目支出绩效目标表",), 1, "目标表 r1"),
        CellRow(("项目资金", "1,032.00"), 2, "目标表 r2"),
        CellRow(("一级  指标", "三级指标", "指标值（年度）"), 3, "目标表 r3"),
        CellRow(("产出指标", "培训人数", "≥200人次"), 4, "目标表 r4"),
        CellRow(("", "合格率", "≥95%"), 5, "目标表 r5", (True, False, False)),
    )


# A print template's page style: its title and 单位：万元 in the page header only, a page number
# on a line of its own.
TEMPLATE_PAGE = (
    '<style:master-page style:name="PageStyle_5f_表11"><style:header>'
    "<style:region-left><text:p>公开11表</text:p></style:region-left><style:region-center>"
    "<text:p>项目支出绩效目标表</text:p><text:p>第<text:page-number>1</text:page-number>页</text:p>"
    "</style:region-center><style:region-right><text:p>单位：万元</text:p></style:region-right>"
    "</style:header></style:master-page>"
)
DEFAULT_PAGE = (
    '<style:master-page style:name="Default"><style:header{}>'
    "<text:p><text:sheet-name>???</text:sheet-name>（续）</text:p></style:header></style:master-page>"
)


@pytest.mark.parametrize(
    ("master_pages", "page", "lines"),
    [
        (DEFAULT_PAGE.format("") + TEMPLATE_PAGE, "PageStyle_5f_表11",
         ["公开11表", "项目支出绩效目标表", "单位：万元"]),
        # No page style named: the first; its field of the sheet's name prints that name.
        (DEFAULT_PAGE.format("") + TEMPLATE_PAGE, None, ["表11（续）"]),
        (DEFAULT_PAGE.format(' style:display="false"'), None, []),  # a header not shown
        # LibreOffice's default header: the sheet's name alone, no line of the table's.
        (DEFAULT_PAGE.format("").replace("（续）", ""), None, []),
    ],
)  # fmt: skip
def test_a_spreadsheets_page_header_prints_its_lines_above_its_rows(master_pages, page, lines):
    # As an .xlsx's and an .xls's: the sheet's table had no title and no currency unit.
    rows = [("项目名称", "校舍维修"), ("三级指标", "指标值"), ("维修面积", "≥500平方米")]
    body = (
        '<office:spreadsheet><table:table table:name="表11" table:style-name="ta1">'
        + "".join(f"<table:table-row>{''.join(map(CELL.format, cells))}</table:table-row>"
                  for cells in rows)
        + "</table:table></office:spreadsheet>"
    )  # fmt: skip
    named = f' style:master-page-name="{page}"' if page else ""
    style = f'<style:style style:name="ta1" style:family="table"{named}/>'
    (table,) = file_tables("t.ods", opendocument(SPREADSHEET, body, style, master_pages)).tables
    above = [CellRow((text,), n, f"表11 header {n}") for n, text in enumerate(lines, start=1)]
    below = [CellRow(cells, len(lines) + r, f"表11 r{r}") for r, cells in enumerate(rows, 1)]
    assert list(table.rows) == above + below
    assert table.title == ("项目支出绩效目标表" if page else None)


def flat_opendocument(kind: str, body: str) -> bytes:
    """An OpenDocument file of a kind saved flat (`.fods`, `.fodt`): one XML file whose root
    `office:document` names its type and holds the body."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NAMESPACES} '
        f'office:version="1.2" office:mimetype="{kind}"><office:body>{body}</office:body>'
        "</office:document>"
    ).encode()


@pytest.mark.parametrize(
    ("kind", "body", "form"),
    [(SPREADSHEET, "<office:spreadsheet>{}</office:spreadsheet>", "ods"),
     ("application/vnd.oasis.opendocument.text", "<office:text>{}</office:text>", "odt")],
)  # fmt: skip
def test_a_flat_opendocument_file_is_read_as_its_package_is(kind, body, form):
    # LibreOffice's "Flat XML ODF" saves the document as one XML file, not a ZIP: told by its
    # root's type and read as the package's content.xml is.
    rows = [
        CELL.format("项目名称") + '<table:table-cell table:number-columns-spanned="2">'
        "<text:p>村道修缮</text:p></table:table-cell><table:covered-table-cell/>",
        CELL.format("一级指标") + CELL.format("三级指标") + CELL.format("指标值"),
        CELL.format("产出指标") + CELL.format("修缮村道") + CELL.format("≥12公里"),
    ]  # fmt: skip
    grid = ('<table:table table:name="目标表">'
            + "".join(f"<table:table-row>{row}</table:table-row>" for row in rows)
            + "</table:table>")  # fmt: skip
    flat = flat_opendocument(kind, body.format(grid))
    assert detect_format(f"t.f{form}", flat) == form
    cells = [row.cells for table in file_tables(f"t.f{form}", flat).tables for row in table.rows]
    assert cells == [
        row.cells
        for table in file_tables(f"t.{form}", opendocument(kind, body.format(grid))).tables
        for row in table.rows
    ]
    assert cells[-1] == ("产出指标", "修缮村道", "≥12公里")


def test_what_a_spreadsheet_hides_or_does_not_print_is_not_read_and_noted():
    # A template saved by LibreOffice: its drop-down lists on a hidden sheet before the form;
    # on the form, a hidden column A of indicator codes, a check column E outside the print
    # range B1:D5, an indicator row hidden rather than deleted (its 一级 merged down from it
    # over the row shown below), and a row a filter hides.
    row = "<table:table-row{}>{}</table:table-row>".format
    lists = row("", CELL.format("产出指标")) + row("", CELL.format("效益指标"))
    form = "".join([
        '<table:table-column table:visibility="collapse"/>'
        '<table:table-column table:number-columns-repeated="4"/>',
        row("", CELL.format("编码") + '<table:table-cell table:number-columns-spanned="3">'
            "<text:p>项目支出绩效目标表</text:p></table:table-cell>"
            '<table:covered-table-cell table:number-columns-repeated="2"/>' + CELL.format("校验")),
        row("", CELL.format("") + CELL.format("一级指标") + CELL.format("三级指标")
            + CELL.format("指标值") + CELL.format("通过")),
        row(' table:visibility="collapse"', CELL.format("C01")
            + '<table:table-cell table:number-rows-spanned="2"><text:p>产出指标</text:p>'
            "</table:table-cell>" + CELL.format("旧指标") + CELL.format("≥1个")),
        row("", CELL.format("C02") + "<table:covered-table-cell/>" + CELL.format("培训人数")
            + CELL.format("≥200人次")),
        row(' table:visibility="filter"', CELL.format("C03") + CELL.format("效益指标")
            + CELL.format("满意度") + CELL.format("≥90%")),
    ])  # fmt: skip
    body = (
        '<office:spreadsheet><table:table table:name="下拉选项" table:style-name="ta2">'
        f'{lists}</table:table><table:table table:name="目标表" table:style-name="ta1" '
        f'table:print-ranges="$目标表.$B$1:.$D$5">{form}</table:table></office:spreadsheet>'
    )
    styles = (
        '<style:style style:name="ta1" style:family="table"><style:table-properties '
        'table:display="true"/></style:style><style:style style:name="ta2" '
        'style:family="table"><style:table-properties table:display="false"/></style:style>'
    )
    (table,) = file_tables("t.ods", opendocument(SPREADSHEET, body, styles)).tables
    assert table.rows == (
        CellRow(("项目支出绩效目标表",), 3, "目标表 r1"),
        CellRow(("一级指标", "三级指标", "指标值"), 4, "目标表 r2"),
        CellRow(("产出指标", "培训人数", "≥200人次"), 6, "目标表 r4"),
    )
    # The hidden row's 产出指标 is read in the row shown below it, where its merged cell shows.
    hidden = (
        "r3 (C01 | 旧指标 | ≥1个); r5 (C03 | 效益指标 | 满意度 | ≥90%); "
        "column A (编码 | C01 | C02 | C03)"
    )
    assert table.notes == (
        ("hidden_cells_skipped", 1, "下拉选项: a hidden sheet that holds text, not read (a "
         "spreadsheet neither shows nor prints it): 产出指标 | 效益指标", "产出指标 | 效益指标"),
        ("hidden_cells_skipped", 5, "目标表: hidden rows and columns that hold text, not read "
         f"(a spreadsheet neither shows nor prints them): {hidden}", hidden),
        ("unprinted_cells_skipped", 3, "目标表: columns outside the sheet's print area that "
         "hold text (a template's check or working columns beside the form), not read (a "
         "spreadsheet does not print them): column E (校验 | 通过)", "column E (校验 | 通过)"),
    )  # fmt: skip


ODT_TABLE = (
    "<office:text><text:p>项目支出绩效目标表</text:p>"
    "<text:p>单位：万元<office:annotation><text:p>批注：待核</text:p></office:annotation></text:p>"
    "<table:table><table:table-column table:number-columns-repeated='4'/>"
    "<table:table-header-rows><table:table-row>"
    "<table:table-cell><text:p>项目名称</text:p></table:table-cell>"
    "<table:table-cell table:number-columns-spanned='3'><text:p>村道修缮</text:p></table:table-cell>"
    "<table:covered-table-cell/><table:covered-table-cell/></table:table-row>"
    "</table:table-header-rows><table:table-row>"
    + "".join(
        f"<table:table-cell><text:p>{label}</text:p></table:table-cell>"
        for label in ("一级指标", "二级指标", "三级指标", "指标值")
    )
    + "</table:table-row><table:table-row>"
    "<table:table-cell table:number-rows-spanned='2'><text:p>产出指标</text:p></table:table-cell>"
    "<table:table-cell><text:p>数量指标</text:p></table:table-cell>"
    "<table:table-cell><text:p>修缮村道</text:p></table:table-cell>"
    "<table:table-cell><text:p>≥12<text:s text:c='2'/>公里</text:p></table:table-cell>"
    "</table:table-row><table:table-row><table:covered-table-cell/>"
    "<table:table-cell><text:p>质量指标</text:p></table:table-cell>"
    "<table:table-cell><text:p>验收合格率</text:p></table:table-cell>"
    "<table:table-cell><text:p>100%</text:p></table:table-cell></table:table-row>"
    "</table:table></office:text>"
)


def test_an_opendocument_texts_table_is_read_with_its_spans_and_lines_above():
    # The name spans three columns (the covered cells empty, not merged), 产出指标 two rows
    # (the cell it covers empty and merged); a comment is not printed text.
    data = opendocument("application/vnd.oasis.opendocument.text", ODT_TABLE)
    (table,) = file_tables("t.odt", data).tables
    assert [(row.cells, row.merged) for row in table.rows] == [
        (("项目支出绩效目标表",), ()),
        (("单位：万元",), ()),
        (("项目名称", "村道修缮", "", ""), (False,) * 4),
        (("一级指标", "二级指标", "三级指标", "指标值"), (False,) * 4),
        (("产出指标", "数量指标", "修缮村道", "≥12 公里"), (False,) * 4),
        (("", "质量指标", "验收合格率", "100%"), (True, False, False, False)),
    ]


def test_a_rubys_reading_in_an_opendocument_text_is_not_read_with_its_characters():
    # The Asian phonetic guide (拼音指南, `text:ruby`): the characters in `text:ruby-base`, the
    # reading printed small above them in `text:ruby-text`.
    ruby = "".join(
        f"<text:ruby><text:ruby-base>{character}</text:ruby-base>"
        f"<text:ruby-text>{reading}</text:ruby-text></text:ruby>"
        for character, reading in (("村", "cūn"), ("道", "dào"))
    )
    data = opendocument("application/vnd.oasis.opendocument.text", ODT_TABLE.replace("村道", ruby))
    (table,) = file_tables("t.odt", data).tables
    assert [row.cells[:2] for row in table.rows[2:]] == [
        ("项目名称", "村道修缮"), ("一级指标", "二级指标"), ("产出指标", "数量指标"),
        ("", "质量指标"),
    ]  # fmt: skip


def test_an_opendocument_text_without_a_table_says_so():
    data = opendocument("application/vnd.oasis.opendocument.text", "<office:text/>")
    with pytest.raises(ExtractError) as raised:
        file_tables("t.odt", data)
    assert (raised.value.line, raised.value.reason) == (
        1, "OpenDocument text without a performance table (no table with 项目名称 or 绩效指标 "
        "labels); save the document that shows the table itself",
    )  # fmt: skip


def test_an_opendocument_text_with_a_span_that_is_no_number_is_refused_as_damaged():
    data = opendocument(
        "application/vnd.oasis.opendocument.text",
        ODT_TABLE.replace("number-columns-spanned='3'", "number-columns-spanned='三'"),
    )
    with pytest.raises(ExtractError) as raised:
        file_tables("t.odt", data)
    assert (raised.value.line, raised.value.reason) == (
        1, "an OpenDocument text that cannot be read (invalid literal for int() with base 10: "
        "'三'); open it in WPS or LibreOffice, save it again as .docx and put that in data/raw/",
    )  # fmt: skip
