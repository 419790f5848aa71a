"""OpenDocument reader (pipeline.read.opendocument): a spreadsheet LibreOffice or WPS saves
(`.ods`) gives the text its cells print, merged cells marked, repeated rows and cells written
out; an OpenDocument text (`.odt`) is refused with what to do."""

import io
import zipfile

import pytest

from pipeline.cells import CellRow
from pipeline.read import read_file
from pipeline.read.formats import detect_format, is_archive
from pipeline.read.text import ExtractError

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet"


def opendocument(kind: str, body: str) -> bytes:
    """An OpenDocument file of a kind (its `mimetype`) whose `content.xml` body is `body`."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}>'
        f"<office:body>{body}</office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", kind)
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def test_a_spreadsheets_cells_are_read_as_they_print_with_spans_and_repeats():
    # The title merged across, 产出指标 merged down over two rows (the cell below covered),
    # an amount stored as a float and printed with its format, a label on two lines with a
    # run of spaces, an empty column repeated, and the sheet's empty remainder as one row
    # repeated a million times.
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
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
    (table,) = read_file("t.ods", data).tables
    assert table.rows == (
        CellRow(("项目支出绩效目标表",), 1, "目标表 r1"),
        CellRow(("项目资金", "1,032.00"), 2, "目标表 r2"),
        CellRow(("一级  指标", "三级指标", "指标值（年度）"), 3, "目标表 r3"),
        CellRow(("产出指标", "培训人数", "≥200人次"), 4, "目标表 r4"),
        CellRow(("", "合格率", "≥95%"), 5, "目标表 r5", (True, False, False)),
    )


def test_an_opendocument_text_is_refused_with_what_to_do():
    data = opendocument("application/vnd.oasis.opendocument.text", "<office:text/>")
    with pytest.raises(ExtractError) as raised:
        read_file("t.odt", data)
    assert (raised.value.line, raised.value.reason) == (
        1, "an OpenDocument text (.odt): save it as .docx and put that in data/raw/"
    )  # fmt: skip
