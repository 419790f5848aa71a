"""Excel's XML Spreadsheet 2003 reader (pipeline.read.spreadsheetml): cells where their indexes
put them, merges, numbers in their styles' formats, what a sheet hides (its renderings in
tests/fixtures/heldout-formats: tests/test_heldout_formats.py)."""

import pytest

from pipeline.cells import CellRow
from pipeline.layouts.select import file_tables
from pipeline.read.spreadsheetml import read_spreadsheetml
from pipeline.read.text import ExtractError

HEAD = (
    '<?xml version="1.0" encoding="{encoding}"?>\n<?mso-application progid="Excel.Sheet"?>\n'
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" '
    'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:html="http://www.w3.org/TR/REC-html40">'
    '<Styles><Style ss:ID="Default" ss:Name="Normal"/>'
    '<Style ss:ID="money"><NumberFormat ss:Format="Standard"/></Style>'
    '<Style ss:ID="boxed" ss:Parent="money"><Borders/></Style>'
    '<Style ss:ID="rate"><NumberFormat ss:Format="0%"/></Style>'
    '<Style ss:ID="wan"><NumberFormat ss:Format="0.00&quot;万元&quot;"/></Style></Styles>'
)


def _workbook(sheets: str, encoding: str = "UTF-8") -> bytes:
    return (HEAD.format(encoding=encoding) + sheets + "</Workbook>").encode(encoding)


FORM = (
    '<Worksheet ss:Name="绩效目标表"><Table>'
    '<Column ss:Hidden="1"/><Column ss:Index="2" ss:Span="3"/>'
    '<Row><Cell ss:Index="2" ss:MergeAcross="3"><Data ss:Type="String">项目支出绩效目标表</Data></Cell></Row>'
    '<Row><Cell><Data ss:Type="String">编码</Data></Cell><Cell><Data ss:Type="String">项目名称</Data></Cell>'
    '<Cell ss:MergeAcross="2"><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">'
    '<B>校舍</B><Font html:Color="#FF0000">维修</Font></ss:Data>'
    '<Comment><Data>请填写全称</Data></Comment></Cell></Row>'
    '<Row><Cell ss:Index="2"><Data ss:Type="String">资金总额</Data></Cell>'
    '<Cell ss:StyleID="boxed"><Data ss:Type="Number">1280</Data></Cell>'
    '<Cell ss:StyleID="wan"><Data ss:Type="Number">1168</Data></Cell>'
    '<Cell><Data ss:Type="Number">12.50</Data></Cell></Row>'
    '<Row ss:Index="5"><Cell ss:Index="2"><Data ss:Type="String">一级指标</Data></Cell>'
    '<Cell><Data ss:Type="String">三级指标</Data></Cell><Cell><Data ss:Type="String">指标值</Data></Cell></Row>'
    '<Row><Cell ss:Index="2" ss:MergeDown="2"><Data ss:Type="String">产出指标</Data></Cell>'
    '<Cell><Data ss:Type="String">维修面积</Data></Cell><Cell><Data ss:Type="String">≥500&#10;平方米</Data></Cell></Row>'
    '<Row ss:Hidden="1"><Cell ss:Index="3"><Data ss:Type="String">已取消的指标</Data></Cell></Row>'
    '<Row><Cell ss:Index="3"><Data ss:Type="String">合格率</Data></Cell>'
    '<Cell ss:StyleID="rate"><Data ss:Type="Number">0.95</Data></Cell></Row>'
    '<Row><Cell ss:Index="2"><Data ss:Type="String">完成时间</Data></Cell>'
    '<Cell><Data ss:Type="DateTime">2024-11-30T00:00:00.000</Data></Cell>'
    '<Cell><Data ss:Type="Error">#DIV/0!</Data></Cell></Row>'
    "</Table></Worksheet>"
)  # fmt: skip


def test_cells_stand_where_their_indexes_put_them_and_print_as_excel_shows_them():
    # Cells a merge covers are left out (the next one placed by ss:Index), as is a row
    # (row 4); numbers in their style's format (a parent's: `Standard`), a rich text's runs
    # joined, a cell's lines joined as every reader joins them, a comment not read; a hidden
    # column (A) and a hidden row not read, with a note of their text.
    (table,) = read_spreadsheetml("t.xls", _workbook(FORM))
    assert table.rows == (
        CellRow(("项目支出绩效目标表",), 1, "绩效目标表 r1"),
        CellRow(("项目名称", "校舍维修"), 2, "绩效目标表 r2"),
        CellRow(("资金总额", "1,280.00", "1168.00万元", "12.5"), 3, "绩效目标表 r3"),
        CellRow(("一级指标", "三级指标", "指标值"), 5, "绩效目标表 r5"),
        CellRow(("产出指标", "维修面积", "≥500 平方米"), 6, "绩效目标表 r6"),
        CellRow(("", "合格率", "95%"), 8, "绩效目标表 r8", (True, False, False)),
        CellRow(("完成时间", "2024-11-30", "#DIV/0!"), 9, "绩效目标表 r9"),
    )
    ((code, line, _, said),) = table.notes
    assert (code, line, said) == ("hidden_cells_skipped", 7, "r7 (已取消的指标); column A (编码)")


def test_a_hidden_sheet_is_not_read_and_a_gb2312_file_is_read_in_its_encoding():
    lists = (
        '<Worksheet ss:Name="下拉"><Table><Row><Cell><Data ss:Type="String">产出指标</Data></Cell>'
        '</Row></Table><WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">'
        "<Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>"
    )
    data = _workbook(lists + FORM, encoding="gb2312")
    (table,) = file_tables("t.xls", data).tables
    assert table.rows[1].cells == ("项目名称", "校舍维修")
    assert [note[0] for note in table.notes] == ["hidden_cells_skipped", "hidden_cells_skipped"]


def test_a_damaged_file_is_a_one_line_error():
    with pytest.raises(ExtractError, match="XML Spreadsheet 2003 that cannot be read"):
        read_spreadsheetml("t.xls", _workbook(FORM)[:-40])
