"""Excel 97-2003 workbooks (.xls, BIFF8): the held-out text tables saved as .xls by xlwt, a
cell of the sheet for each cell of a line, their figures stored as numbers in the number
formats that print them (`0%`, `#,##0.00`) as budget systems and WPS save them, read to the
same projects, amounts, indicators and thresholds as the text. (A sheet's cells one by one:
`test_read_workbook.py`.)"""

import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
import xlwt

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read.workbook import read_workbook
from pipeline.rows import THRESHOLD_COLUMNS

FIXTURES = Path(__file__).parent / "fixtures"


def _save(book: xlwt.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# A figure as a text table prints it: digits, thousands separators, decimals, a percent sign.
_FIGURE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)")


def _as_xls(text: str) -> bytes:
    """The text table as a sheet, a cell for each TAB-separated cell of a line; a figure is
    stored as a number in the format that prints it as the text does (`95%` is 0.95 in `0%`,
    `1,234.50` is 1234.5 in `#,##0.00`), as a budget system's export stores it."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    styles: dict[str, xlwt.XFStyle] = {}
    for r, line in enumerate(text.splitlines()):
        for c, cell in enumerate(line.split("\t")):
            if figure := _FIGURE.fullmatch(cell):
                whole, decimals, percent = figure.groups()
                code = "#,##0" if "," in whole else "0"
                code += f".{'0' * len(decimals)}" if decimals else ""
                number = Decimal(whole.replace(",", "") + (f".{decimals}" if decimals else ""))
                style = styles.setdefault(
                    code + percent, xlwt.easyxf(num_format_str=code + percent)
                )
                sheet.write(r, c, float(number / 100 if percent else number), style)
            elif cell:
                sheet.write(r, c, cell)
    return _save(book)


# Tables whose damage a sheet cannot show: a cell's line break written out as a line of its
# own (a text file's, read back by the text reader alone).
_TEXT_ONLY = {
    "E-guangdong-qingyuan-yingde-rows-codes-2025.txt",
    "E-liaoning-benxi-huanren-xiang-flat-broken-yuan-2019.txt",
    "C-gansu-longnan-kangxian-huajiao-xianjie-ocr-2024.txt",
}
TABLES = sorted(
    path
    for folder in ("layouts", "heldout-targets-7", "heldout-selfeval-7")
    for path in (FIXTURES / folder).glob("*.txt")
    if path.name not in _TEXT_ONLY
)
# What differs between two files of the same table: their names and where a row is.
_WHERE = ("source_file", "source_location", "document_id", "project_id", "indicator_id")


def _rows(tables, name: str) -> list[dict]:
    rows = getattr(tables, name)
    if name == "thresholds":
        rows = [dict(zip(THRESHOLD_COLUMNS, row, strict=True)) for row in rows]
    return [
        {k: v for k, v in row.items() if k not in _WHERE and not k.endswith("_id")} for row in rows
    ]


@pytest.mark.parametrize("path", TABLES, ids=lambda path: path.name)
def test_a_table_saved_as_xls_reads_as_its_text_does(path):
    source = Source(fiscal_year=int(path.stem[-4:]))
    text = process_file(path.name, path.read_bytes(), source)
    sheet = process_file(f"{path.stem}.xls", _as_xls(path.read_bytes().decode()), source)
    assert text.indicators and sheet.documents[0]["status"] == "ok"
    for name in ("projects", "amount_rows", "indicators", "thresholds"):
        assert _rows(sheet, name) == _rows(text, name), name


@pytest.mark.parametrize(
    ("header", "lines", "title", "unit"),
    [
        ('&L公开11表&C&"黑体,加粗"&16项目支出绩效目标表&R单位：万元&&元',
         ["公开11表", "项目支出绩效目标表", "单位：万元&元"], "项目支出绩效目标表", "万元"),
        # stored a byte a character (no character past U+00FF)
        ("&CTable 11", ["Table 11"], "Table 11", None),
        ("&C第&P页", [], None, None),  # a page number: page furniture
    ],
)  # fmt: skip
def test_an_xls_sheets_page_header_prints_its_lines_above_its_rows(header, lines, title, unit):
    # A print template's title and 单位：万元 in the page header only (the HEADER record), as
    # an .xlsx's are read: the .xls gave its table no title and no currency unit.
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("表11")
    sheet._Worksheet__header_str = header  # its setter cannot take text in Python 3
    rows = [("项目名称", "校舍维修"), ("三级指标", "指标值"), ("维修面积", "≥500平方米")]
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            sheet.write(r, c, text)
    (table,) = read_workbook("t.xls", _save(book))
    above = [((text,), n, f"表11 header {n}") for n, text in enumerate(lines, start=1)]
    below = [(cells, len(lines) + r, f"表11 r{r}") for r, cells in enumerate(rows, start=1)]
    assert [(row.cells, row.line, row.location) for row in table.rows] == above + below
    (document,) = process_file("t.xls", _save(book), Source(fiscal_year=2024)).documents
    assert (table.title, document["currency_unit"]) == (title, unit)
