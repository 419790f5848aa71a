"""The fifteenth round of whole budget disclosures (tests/fixtures/heldout-disclosures-15/),
probed past the folder: a workbook's hidden indicator row and code column, and a Word 自评表
cut by a section break, read as a reader sees them. The folder's documents themselves are
built in tests/test_heldout_disclosures.py."""

import io

import docx
import xlsxwriter
from docx.enum.section import WD_ORIENT, WD_SECTION

from pipeline.layouts import read_table
from pipeline.layouts.select import file_tables

LABELS = ("一级指标", "二级指标", "三级指标", "指标值")
FORM = [
    ("2021年项目支出绩效目标表", "", "", ""),
    ("项目名称", "水土保持综合治理", "", ""),
    LABELS,
    ("产出指标", "数量指标", "治理水土流失面积", "≥12平方公里"),
    ("产出指标", "质量指标", "林草植被成活率", "≥85%"),
    ("效益指标", "生态效益指标", "土壤侵蚀模数下降", "≥10%"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
]
STALE = ("产出指标", "数量指标", "旧版指标：坡改梯面积", "≥3000亩")


def _names(table) -> list[tuple[str, str]]:
    (project,) = read_table(table).projects
    return [(i.name, i.annual_target) for i in project.indicators]


def test_a_sheets_hidden_row_and_column_are_no_part_of_its_form():
    # An indicator someone hid rather than deleted, and the budget system's code column hidden
    # first: the sheet a reader sees holds neither.
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer)
    sheet = book.add_worksheet("表11")
    rows = [*FORM[:4], STALE, *FORM[4:]]
    for r, cells in enumerate(rows):
        sheet.write(r, 0, f"ZB{r:03d}" if r > 2 else "")
        sheet.write_row(r, 1, cells)
    sheet.set_column(0, 0, None, None, {"hidden": True})
    sheet.set_row(4, None, None, {"hidden": True})
    book.close()
    (table,) = file_tables("t.xlsx", buffer.getvalue()).tables
    assert _names(table) == [(c[2], c[3]) for c in FORM[3:]]


def test_a_word_form_cut_by_a_section_break_goes_on_in_the_table_after_it():
    # Portrait to landscape between two indicators: the second Word table, no column labels
    # of its own, holds the rest of the form's indicators.
    document = docx.Document()
    for part in (FORM[:5], FORM[5:]):
        table = document.add_table(rows=len(part), cols=4)
        for row, cells in zip(table.rows, part, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
        section = document.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
    buffer = io.BytesIO()
    document.save(buffer)
    (table,) = file_tables("t.docx", buffer.getvalue()).tables
    assert _names(table) == [(c[2], c[3]) for c in FORM[3:]]
