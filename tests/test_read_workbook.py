"""Workbooks -> a cell table per sheet: cells as Excel shows them, merges marked, padding dropped."""

import datetime
import html
import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
import xlwt
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from pipeline.build.workers import process_file
from pipeline.cells import CellRow, CellTable
from pipeline.manifest import Source
from pipeline.read.delimited import read_csv
from pipeline.read.grid import printed_title
from pipeline.read.text import ExtractError
from pipeline.read.workbook import read_workbook

FIXTURES = Path(__file__).parent / "fixtures"
FORMATS = FIXTURES / "formats"


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "表1"
    sheet["C2"] = "项目支出绩效目标表"
    sheet.merge_cells("C2:F2")
    sheet.append([None, None, "项目名称", "总计", "占比", "完成时间"])
    sheet.append([None, None, "学前教育", 3044.6, 0.955, datetime.date(2024, 6, 30)])
    sheet["D4"].number_format = "#,##0.00"
    sheet["E4"].number_format = "0.0%"
    sheet["F4"].number_format = "yyyy-mm-dd"
    sheet.append([None, None, "产出指标", 51.35, 10.0, 45473])
    sheet.merge_cells("C5:C6")
    sheet.append([None, None, None, 1250, "  校舍\n维修 a\nb  ", None, None, None])
    sheet["H6"].number_format = "#,##0.00"
    book.create_sheet("空")
    second = book.create_sheet("表2")
    second.append(["单位：万元", 2924.6])
    second["B1"].number_format = "#,##0.00;[Red]-#,##0.00"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_every_sheet_is_a_table_of_its_cells_as_displayed():
    assert read_workbook("t.xlsx", _workbook()) == (
        CellTable(
            "t.xlsx",
            0,
            "项目支出绩效目标表",
            (
                CellRow(("项目支出绩效目标表",), 2, "表1 r2"),
                CellRow(("项目名称", "总计", "占比", "完成时间"), 3, "表1 r3"),
                CellRow(("学前教育", "3,044.60", "95.5%", "2024-06-30"), 4, "表1 r4"),
                CellRow(("产出指标", "51.35", "10", "45473"), 5, "表1 r5"),
                CellRow(("", "1250", "校舍维修 a b"), 6, "表1 r6", (True, False, False)),
            ),
        ),
        CellTable("t.xlsx", 1, None, (CellRow(("单位：万元", "2,924.60"), 7, "表2 r1"),)),
    )


@pytest.mark.parametrize(
    ("number_format", "value", "shown"),
    [
        # Chinese Excel's 数值 with thousands separators pads a space's width after the digits.
        ("#,##0.00_ ", 1620000, "1,620,000.00"),
        ("#,##0.00_);[Red](#,##0.00)", 3044.6, "3,044.60"),
        # Text in the format prints beside the digits, quoted, escaped or a currency's symbol.
        ('0.00"万元"', 1168, "1168.00万元"),
        ("#,##0.00\\万\\元", 12.5, "12.50万元"),
        ("[$¥-804]#,##0.00", 3044.6, "¥3,044.60"),
        ('0"个"', 12, "12个"),
        # A format whose digits are not read here prints the number as stored.
        ('0.00E+00"元"', 1234.5, "1234.5"),
        # The float a sum leaves prints at Excel's 15 digits, in General or in a format.
        (None, 9.999999999999998, "10"),
        ("General", 0.30000000000000004, "0.3"),
        ("0.00", 297.99999999999994, "298.00"),
        ("0.00%", 0.9800000000000001, "98.00%"),
        # The section that prints a number is chosen as Excel chooses it: by the conditions the
        # format writes (0.35 was printed by the first section, `0`: a wrong number), else by
        # the number's sign; the sign is the number's, however the section writes it.
        ("[>=1]0;0.0%", 0.35, "35.0%"),
        ("[>=1]0;0.0%", 12.0, "12"),
        ('[<1]0.0%;0"人"', 150.0, "150人"),
        ("[>=100]0;[<1]0.0%;0.00", 5.5, "5.50"),
        ("0.00;(0.00)", -5.0, "-5.00"),
        ("0.0%;-0.0%;0", -0.062, "-6.2%"),
        ("0.0%;-0.0%;0", 0.0, "0"),
        ('#,##0.00"元";[Red]#,##0.00"元"', -1280.5, "-1,280.50元"),
        # Digits placed around text between their placeholders, commas after them scaling by a
        # thousand, a currency sign among padding: printed as stored before (12345678, a figure
        # in 元 that the sheet shows in 万元, read as 12345678 万元).
        ('0!.0000"万元"', 12345678.0, "1234.5678万元"),
        # Decimals under `#` or `?` print no trailing zero (巴楚, round 133: `0.0#` printed
        # 37.3 as 37.30 before).
        ("0.0#", 37.3, "37.3"),
        ("0.0#", 1.85, "1.85"),
        ("#,##0.0#", 1234.5, "1,234.5"),
        ("0.##", 12.0, "12."),
        ('0"."0000', 4200000.0, "420.0000"),
        ("#,##0.00,", 1234567.0, "1,234.57"),
        ('#,##0,"千元"', 12345678.0, "12,346千元"),
        ('_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ', 1234.5, "¥1,234.50"),
        ('_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ', -3.2, "¥-3.20"),
        ('_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ', 0.0, "¥-"),
        # A date in a Chinese date format prints as the format spells it; other dates as ISO.
        ('yyyy"年"m"月"', datetime.date(2024, 11, 1), "2024年11月"),
        ('yyyy"年"m"月"d"日"', datetime.date(2023, 9, 30), "2023年9月30日"),
        ("yy年mm月dd日", datetime.date(2024, 6, 5), "24年06月05日"),
        ('[$-804]yyyy"年"m"月"d"日" aaaa', datetime.date(2024, 6, 5), "2024-06-05"),
        ("m/d/yyyy", datetime.date(2024, 6, 5), "2024-06-05"),
        # A date of numbers parted by dots only, or by slashes the year first (a Chinese
        # Excel's short date), prints as the format spells it.
        ("yyyy/m/d", datetime.date(2024, 6, 5), "2024/6/5"),
        ("yyyy/mm/dd", datetime.date(2023, 11, 30), "2023/11/30"),
        ("yyyy.mm.dd", datetime.date(2024, 12, 20), "2024.12.20"),
        ("yyyy.m.d", datetime.date(2024, 6, 5), "2024.6.5"),
    ],
)
def test_a_custom_number_format_prints_its_digits_and_text_as_excel_shows_them(
    number_format, value, shown
):
    book = openpyxl.Workbook()
    book.active.append(["年度资金总额", value])
    if number_format:
        book.active["B1"].number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    (table,) = read_workbook("t.xlsx", buffer.getvalue())
    assert table.rows == (CellRow(("年度资金总额", shown), 1, "Sheet r1"),)


@pytest.mark.parametrize(
    ("code", "builtin", "shown"),
    [
        ('yyyy"年"m"月"d"日"', 31, "2024年8月20日"),
        ('yyyy"年"m"月"', 57, "2024年8月"),
        ('m"月"d"日"', 58, "8月20日"),
    ],
)
def test_a_date_in_a_chinese_excels_own_format_saved_by_id_alone_prints_as_that_format(
    code, builtin, shown
):
    # A Chinese Excel saves its own date formats by their ids (27–36, 50–58), with no `numFmt`
    # element giving their code.
    book = openpyxl.Workbook()
    book.active.append(["项目完工时间", datetime.date(2024, 8, 20)])
    book.active["B1"].number_format = code
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    styles = source.read("xl/styles.xml").decode()
    custom = re.search(
        rf'<numFmt numFmtId="(\d+)" formatCode="{re.escape(html.escape(code))}"/>', styles
    )
    styles = styles.replace(custom[0], "").replace(
        f'numFmtId="{custom[1]}"', f'numFmtId="{builtin}"'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as rewritten:
        for item in source.infolist():
            part = styles.encode() if item.filename == "xl/styles.xml" else source.read(item)
            rewritten.writestr(item, part)
    (table,) = read_workbook("t.xlsx", out.getvalue())
    assert table.rows == (CellRow(("项目完工时间", shown), 1, "Sheet r1"),)


@pytest.mark.parametrize("name", sorted(path.stem for path in FORMATS.glob("*.xlsx")))
def test_a_fixture_workbook_reads_as_excel_saved_it_as_csv(name):
    """The CSV beside each workbook is what Excel wrote from it: the same cells, displayed."""
    (table,) = read_workbook(f"{name}.xlsx", (FORMATS / f"{name}.xlsx").read_bytes())
    (saved,) = read_csv(f"{name}.csv", (FORMATS / f"{name}.csv").read_bytes())
    assert [row.cells for row in table.rows] == [row.cells for row in saved.rows]
    sheet = table.rows[0].location.split(" r")[0]
    assert [row.location for row in table.rows] == [f"{sheet} r{row.line}" for row in table.rows]


def test_a_damaged_workbook_is_a_one_line_error():
    data = _workbook()[:2000]
    with pytest.raises(ExtractError) as raised:
        read_workbook("t.xlsx", data)
    assert raised.value.line == 1
    assert raised.value.reason.startswith("an Excel workbook that cannot be read (")
    assert raised.value.reason.endswith(
        "); open it in Excel or WPS, save it again as .xlsx and put that in data/raw/"
    )
    assert "\n" not in raised.value.reason


def _xls_damaged(at: int, written: bytes):
    """The build of an .xls with `written` over at least sixteen of its bytes from `at`, as
    downloads and disks damage them."""
    data = (FIXTURES / "workbook-dates" / "dates-1904.xls").read_bytes()
    return process_file(
        "坏.xls", data[:at] + written + data[at + max(len(written), 16) :], Source()
    )


@pytest.mark.parametrize(
    ("at", "written", "reason"),
    [
        # Five bytes over sixteen: calamine's Rust code panics reading a record past the
        # stream's end, which pyo3 raises as a BaseException the build's guard for a file's
        # bugs (`except Exception`) let through, ending the build with a traceback.
        (4855, bytes.fromhex("bdf22106f0"),
         "range end index 120 out of range for slice of length 117"),
        # 512 bytes zeroed: the compound file's directory chain loops back, which calamine
        # followed without end, allocating until the machine's memory was gone (the build hung,
        # then the kernel ended it).
        (4530, bytes(512), "directory corruption: seen[0] == 3"),
    ],
)  # fmt: skip
def test_a_workbook_calamine_cannot_survive_is_one_failed_file_not_the_build_ended(
    at, written, reason
):
    built = _xls_damaged(at, written)
    assert [(d["source_file"], d["status"]) for d in built.documents] == [("坏.xls", "failed")]
    assert [(f["rule"], f["severity"], f["message"]) for f in built.findings] == [(
        "file_unreadable", "error",
        f"an Excel workbook that cannot be read ({reason}); open it in Excel or WPS, save it "
        "again as .xlsx and put that in data/raw/",
    )]  # fmt: skip


@pytest.mark.parametrize(
    ("at", "written", "status", "indicators"),
    [
        # seven bytes over sixteen: an `assert` of xlrd's container reader fails; calamine
        # cannot read the workbook either
        (659, bytes.fromhex("4d1efefbf1ad4e"), "failed", 0),
        # 512 bytes zeroed: the directory's tree loops back (xlrd recurses without end);
        # calamine reads the workbook whole
        (4730, bytes(512), "ok", 4),
    ],
)
def test_damage_the_container_check_trips_on_is_left_to_the_workbook_reader(
    at, written, status, indicators
):
    # Both ended the build with a traceback from the container check: its own failures are no
    # verdict on the file, which the workbook reader reads as far as it can.
    built = _xls_damaged(at, written)
    assert [(d["source_file"], d["status"]) for d in built.documents] == [("坏.xls", status)]
    assert len(built.indicators) == indicators


@pytest.mark.parametrize("zero_sized", [False, True])
def test_hidden_rows_and_columns_are_not_read_and_a_note_gives_their_text(zero_sized):
    # A budget system's export: a hidden column A of indicator codes under a title merged
    # over A:D, and an indicator row hidden rather than deleted, the level-1 cell merged from
    # it down over a row shown; a hidden empty column says nothing. Or hidden as Apache POI's
    # setColumnWidth(0, 0) and setHeight(0) hide them: of zero width and height, not marked.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "目标表"
    sheet["A1"] = "项目支出绩效目标表"
    sheet.merge_cells("A1:E1")
    for row in [
        ["指标编码", "一级指标", "三级指标", None, "指标值"],
        ["ZB01", "产出指标", "培训人数", None, "≥200人次"],
        ["ZB02", "效益指标", "已取消的指标", None, "≥1个"],
        ["ZB03", None, "带动就业人数", None, "≥50人"],
    ]:
        sheet.append(row)
    sheet.merge_cells("B4:B5")
    sheet.column_dimensions["A"].hidden = not zero_sized
    sheet.column_dimensions["D"].hidden = not zero_sized
    sheet.row_dimensions[4].hidden = not zero_sized
    buffer = io.BytesIO()
    book.save(buffer)
    data = _zero_sized(buffer.getvalue()) if zero_sized else buffer.getvalue()
    (table,) = read_workbook("t.xlsx", data)
    assert table.rows == (
        CellRow(("项目支出绩效目标表",), 1, "目标表 r1"),
        CellRow(("一级指标", "三级指标", "指标值"), 2, "目标表 r2"),
        CellRow(("产出指标", "培训人数", "≥200人次"), 3, "目标表 r3"),
        CellRow(("效益指标", "带动就业人数", "≥50人"), 5, "目标表 r5"),
    )
    assert table.notes == _hidden_skipped(
        "r4 (ZB02 | 已取消的指标 | ≥1个); column A (指标编码 | ZB01 | ZB02 | ZB03)"
    )


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_number_format_whose_section_is_empty_prints_nothing(suffix):
    # A template's check column in `;;;` (every section empty: neither its numbers nor its
    # texts print) and amounts in `#,##0.00;-#,##0.00;` (no zeros printed).
    rows = [
        ["三级指标", "指标值", "年度资金总额", "校验"],
        ["培训人数", "≥200人次", 12.5, "通过"],
        ["带动就业人数", "≥50人", 0, 3],
        ["退回资金", "≤1万元", -2, -1],
    ]
    formats = {2: "#,##0.00;-#,##0.00;", 3: ";;;"}
    buffer = io.BytesIO()
    if suffix == ".xlsx":
        book = openpyxl.Workbook()
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                book.active.cell(r, c + 1, value).number_format = (
                    formats.get(c, "General") if r > 1 else "General"
                )
    else:
        book = xlwt.Workbook(encoding="utf-8")
        sheet = book.add_sheet("Sheet")
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                shape = formats.get(c, "General") if r else "General"
                sheet.write(r, c, value, xlwt.easyxf(num_format_str=shape))
    book.save(buffer)
    (table,) = read_workbook(f"t{suffix}", buffer.getvalue())
    assert [row.cells for row in table.rows] == [
        ("三级指标", "指标值", "年度资金总额", "校验"),
        ("培训人数", "≥200人次", "12.50"),
        ("带动就业人数", "≥50人"),
        ("退回资金", "≤1万元", "-2.00"),
    ]


def _zero_sized(data: bytes) -> bytes:
    """The workbook with its columns A and D of zero width and its row 4 of zero height."""

    def sized(sheet_xml: bytes) -> bytes:
        sheet_xml = re.sub(rb"<cols>.*?</cols>", b"", sheet_xml)
        sheet_xml = sheet_xml.replace(
            b"<sheetData>",
            b'<cols><col min="1" max="1" width="0" customWidth="1"/>'
            b'<col min="4" max="4" width="0.0" customWidth="1"/></cols><sheetData>',
        )
        return re.sub(rb'<row r="4"[^>]*>', b'<row r="4" ht="0" customHeight="1">', sheet_xml)

    return _sheet_xml_edited(data, sized)


def _sheet_xml_edited(data: bytes, edit) -> bytes:
    """The workbook with its first sheet's XML as `edit` gives it."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = edit(parts["xl/worksheets/sheet1.xml"])
    edited = io.BytesIO()
    with zipfile.ZipFile(edited, "w") as archive:
        for name, part in parts.items():
            archive.writestr(name, part)
    return edited.getvalue()


def test_rows_and_cells_written_without_their_addresses_keep_their_formats_and_hiding():
    # A writer that leaves out `r` (the format allows it: each row after the one before, each
    # cell after the one before in its row): the number formats and the hidden row still
    # belong to their cells, as Excel shows them.
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [
        ["三级指标", "年度指标值", "实际完成值", "年度资金总额"],
        ["已取消的指标", "≥1个", "0个", 12.5],
        ["电站年均故障停机率", "≤2%", 0.014, 3044.6],
    ]:
        sheet.append(row)
    sheet["C3"].number_format = "0.0%"
    sheet["D3"].number_format = "#,##0.00"
    sheet.row_dimensions[2].hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = re.sub(rb'(<(?:row|c)) r="[A-Z]*\d+"', rb"\1", sheet_xml)
    assert b' r="' not in parts["xl/worksheets/sheet1.xml"]
    unaddressed = io.BytesIO()
    with zipfile.ZipFile(unaddressed, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    (table,) = read_workbook("t.xlsx", unaddressed.getvalue())
    assert table.rows == (
        CellRow(("三级指标", "年度指标值", "实际完成值", "年度资金总额"), 1, "Sheet r1"),
        CellRow(("电站年均故障停机率", "≤2%", "1.4%", "3,044.60"), 3, "Sheet r3"),
    )


def _hidden_skipped(said: str) -> tuple:
    """The note of a sheet 目标表 whose hidden row 4 and column A hold text (`said`)."""
    message = (
        "目标表: hidden rows and columns that hold text, not read (a spreadsheet neither shows "
        f"nor prints them): {said}"
    )
    return (("hidden_cells_skipped", 4, message, said),)


@pytest.mark.parametrize("area", [(0, 0, 2, 3), (0, 0, 2, 16383), None])
def test_columns_outside_a_sheets_print_area_are_not_read_and_a_note_gives_their_text(area):
    # A template's check column beside the form, outside the print area the sheet sets (a
    # second sheet's area does not bear on the first). An area of whole rows (`$1:$3`)
    # prints every column, as does a sheet without one.
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("目标表")
    for r, row in enumerate([
        ["一级指标", "三级指标", "指标值", None, "填报校验"],
        ["产出指标", "培训人数", "≥200人次", None, "通过"],
        ["效益指标", "带动就业人数", "≥50人", None, "通过"],
    ]):  # fmt: skip
        sheet.write_row(r, 0, row)
    if area:
        sheet.print_area(*area)
    notes = book.add_worksheet("说明")
    notes.write(0, 0, "填报说明")
    notes.print_area(0, 0, 1, 0)
    book.close()
    table = read_workbook("t.xlsx", buffer.getvalue())[0]
    printed = area == (0, 0, 2, 3)
    check = () if printed else ("", "填报校验"), () if printed else ("", "通过")
    assert [row.cells for row in table.rows] == [
        ("一级指标", "三级指标", "指标值", *check[0]),
        ("产出指标", "培训人数", "≥200人次", *check[1]),
        ("效益指标", "带动就业人数", "≥50人", *check[1]),
    ]
    said = "column E (填报校验 | 通过 | 通过)"
    message = (
        "目标表: columns outside the sheet's print area that hold text (a template's check or "
        f"working columns beside the form), not read (a spreadsheet does not print them): {said}"
    )
    assert table.notes == ((("unprinted_cells_skipped", 1, message, said),) if printed else ())


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_is_not_read_and_a_note_on_the_next_table_gives_its_text(state):
    # A template's drop-down lists on a sheet of their own, hidden before the form: no table
    # of its own (its `≥` and `定性` no rows a reader cannot parse).
    book = openpyxl.Workbook()
    lists = book.active
    lists.title = "下拉选项"
    for row in [["一级指标", "指标性质"], ["产出指标", "≥"], ["效益指标", "定性"]]:
        lists.append(row)
    lists.sheet_state = state
    form = book.create_sheet("附表1")
    form.append(["项目名称", "甲项目"])
    book.active = 1
    buffer = io.BytesIO()
    book.save(buffer)
    (table,) = read_workbook("t.xlsx", buffer.getvalue())
    said = "一级指标 | 指标性质 | 产出指标 | ≥ | 效益指标 | 定性"
    message = (
        "下拉选项: a hidden sheet that holds text, not read (a spreadsheet neither shows nor "
        f"prints it): {said}"
    )
    assert (table.rows, table.notes) == (
        (CellRow(("项目名称", "甲项目"), 4, "附表1 r1"),),
        (("hidden_cells_skipped", 1, message, said),),
    )


@pytest.mark.parametrize("zero_sized", [False, True])
def test_an_xls_number_prints_in_its_number_format_and_its_hidden_cells_are_not_read(zero_sized):
    # Before xlrd was asked for them, an .xls's numbers printed as stored: a target of 95%
    # stored as 0.95 in the `0%` format read as `0.95`, a wrong number. A column of zero width
    # and a row of zero height are hidden as those marked so.
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("目标表")
    sheet.write_merge(0, 0, 0, 3, "项目支出绩效目标表")
    rows = [
        ("指标编码", "三级指标", "指标值", "金额"),
        ("ZB01", "验收合格率", (0.95, "0%"), (3044.6, "#,##0.00")),
        ("ZB02", "已取消的指标", (12, "0"), None),
        ("ZB03", "补助标准", (0.125, "0.0%"), (1168, '0.00"万元"')),
    ]
    for r, cells in enumerate(rows, start=1):
        for c, cell in enumerate(cells):
            if isinstance(cell, tuple):
                sheet.write(r, c, cell[0], xlwt.easyxf(num_format_str=cell[1]))
            elif cell is not None:
                sheet.write(r, c, cell)
    if zero_sized:
        sheet.col(0).width = 0
        sheet.row(3).height, sheet.row(3).height_mismatch = 0, True
    else:
        sheet.col(0).hidden = True
        sheet.row(3).hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    (table,) = read_workbook("t.xls", buffer.getvalue())
    assert table.rows == (
        CellRow(("项目支出绩效目标表",), 1, "目标表 r1"),
        CellRow(("三级指标", "指标值", "金额"), 2, "目标表 r2"),
        CellRow(("验收合格率", "95%", "3,044.60"), 3, "目标表 r3"),
        CellRow(("补助标准", "12.5%", "1168.00万元"), 5, "目标表 r5"),
    )
    assert table.notes == _hidden_skipped(
        "r4 (ZB02 | 已取消的指标 | 12); column A (指标编码 | ZB01 | ZB02 | ZB03)"
    )


@pytest.mark.parametrize(
    ("firsts", "title"),
    [
        ((("项目支出绩效目标表",), ("项目名称", "总计")), "项目支出绩效目标表"),
        # A disclosure's number for the table, a page number, a continued table's mark: passed.
        (
            (("公开11表",), ("湛江市麻章区2022年项目绩效目标申报表",)),
            "湛江市麻章区2022年项目绩效目标申报表",
        ),
        ((("第 3 页",), ("续表",), ("部门整体支出绩效目标表",)), "部门整体支出绩效目标表"),
        # A heading naming the document and its year titles the table it is above.
        (
            (("台山市教育局2021年度部门决算",), ("项目支出绩效自评表",)),
            "台山市教育局2021年度部门决算",
        ),
        # The note of the (empty) table before it, printed above its title (蓬溪, round 95).
        (
            (("注：某局2025年无国有资本经营预算支出，本表无数据。",), ("部门整体支出绩效目标表",)),
            "部门整体支出绩效目标表",
        ),
        # A system page's breadcrumb and the fields it states above the title (新宁, held-out
        # self-evaluation round 89: the breadcrumb titled the table), an attachment's label
        # (常庄, round 90: `附件：` did).
        (
            (
                ("湖南省预算管理一体化系统 > 绩效管理 > 绩效自评 > 项目支出绩效自评",),
                ("年度：2025",),
                ("区划：新宁县本级",),
                ("项目支出绩效自评表",),
            ),
            "项目支出绩效自评表",
        ),
        ((("附件：",), ("项目支出绩效自评表",)), "项目支出绩效自评表"),
        ((("年度：2025",), ("项目名称", "总计")), "年度：2025"),
        ((("项目名称", "总计"), ("项目支出绩效目标表",)), None),
        ((("附表3",),), None),
    ],
)
def test_a_table_is_titled_by_its_first_row_of_one_cell_page_furniture_passed(firsts, title):
    rows = tuple(CellRow(cells, line) for line, cells in enumerate(firsts, start=1))
    assert printed_title(rows) == title


def test_a_merged_range_whose_one_text_is_in_its_last_cell_reads_it_in_its_first():
    # Some exporters store a merged range's value in its last cell, the first left empty; a
    # range with its text in its first cell, or with two texts, is read as stored.
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("表1")
    sheet.write_row(0, 0, ["一级指标", "二级指标", "三级指标", "指标值"])
    sheet.merge_range(1, 0, 3, 0, "")
    sheet.write(3, 0, "产出指标")
    sheet.write_row(1, 1, ["数量指标", "培训人数", "≥200人次"])
    sheet.merge_range(2, 1, 3, 1, "质量指标")
    sheet.write_row(2, 2, ["合格率", "≥95%"])
    sheet.write_row(3, 2, ["优良率", "≥80%"])
    sheet.merge_range(4, 0, 4, 3, "")
    sheet.write(4, 3, "注：本表由项目单位填报")
    sheet.merge_range(5, 0, 5, 1, "甲")
    sheet.write(5, 1, "乙")
    book.close()
    (table,) = read_workbook("last.xlsx", buffer.getvalue())
    assert [(row.cells, row.merged) for row in table.rows] == [
        (("一级指标", "二级指标", "三级指标", "指标值"), ()),
        (("产出指标", "数量指标", "培训人数", "≥200人次"), ()),
        (("", "质量指标", "合格率", "≥95%"), (True, False, False, False)),
        (("", "", "优良率", "≥80%"), (True, True, False, False)),
        (("注：本表由项目单位填报",), ()),
        (("甲", "乙"), ()),
    ]


def _errors_xls() -> bytes:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("表1")
    for c, text in enumerate(("资金来源", "全年预算数", "全年执行数", "执行率")):
        sheet.write(0, c, text)
    for c, text in enumerate(("其他资金", "0", "0")):
        sheet.write(1, c, text)
    sheet.row(1).set_cell_error(3, "#DIV/0!")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _errors_xlsx() -> bytes:
    book = openpyxl.Workbook()
    book.active.title = "表1"
    book.active.append(["资金来源", "全年预算数", "全年执行数", "执行率"])
    book.active.append(["其他资金", "0", "0", "#DIV/0!"])  # openpyxl stores it as an error
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "make"), [("t.xlsx", _errors_xlsx), ("t.xls", _errors_xls)])
def test_an_error_value_reads_as_excel_shows_it(name, make):
    # A fund row's 执行率 dividing 0 by 0 shows `#DIV/0!`, as the same table saved as text prints
    # it; calamine gives an error cell empty.
    (table,) = read_workbook(name, make())
    assert table.rows[1].cells == ("其他资金", "0", "0", "#DIV/0!")


def _struck_xlsx(shared: bool) -> bytes:
    """`STRUCK_ROWS` as an XLSX, its strings shared (xlsxwriter's) or inline (openpyxl's)."""
    buffer = io.BytesIO()
    if shared:
        book = xlsxwriter.Workbook(buffer)
        sheet = book.add_worksheet("目标表")
        styles = {True: book.add_format({"font_strikeout": True}), False: book.add_format()}
        for r, (name, value) in enumerate(STRUCK_ROWS):
            sheet.write(r, 0, name)
            if isinstance(value, str):
                sheet.write(r, 1, value)
            elif len(value) == 1:  # one run: the cell's own format strikes it
                sheet.write(r, 1, value[0][0], styles[value[0][1]])
            else:
                sheet.write_rich_string(r, 1, *(p for text, s in value for p in (styles[s], text)))
        book.close()
        return buffer.getvalue()
    book = openpyxl.Workbook()
    book.active.title = "目标表"
    for name, value in STRUCK_ROWS:
        if not isinstance(value, str):
            value = CellRichText(*(TextBlock(InlineFont(strike=s), text) for text, s in value))
        book.active.append([name, value])
    book.save(buffer)
    return buffer.getvalue()


def _struck_xls() -> bytes:
    """`STRUCK_ROWS` as an XLS (xlwt's rich text)."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("目标表")
    struck = xlwt.XFStyle()
    struck.font.struck_out = True
    for r, (name, value) in enumerate(STRUCK_ROWS):
        sheet.write(r, 0, name)
        if isinstance(value, str):
            sheet.write(r, 1, value)
        elif len(value) == 1:  # one run: the cell's own format strikes it
            sheet.write(r, 1, value[0][0], struck)
        else:
            runs = [(text, struck.font) if s else text for text, s in value]
            sheet.write_rich_text(r, 1, runs)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# A sheet whose targets a review corrected: the old figure struck through before the agreed
# one in one cell (runs of (text, struck)), and a target struck through whole.
STRUCK_ROWS = [
    ("三级指标", "指标值"),
    ("新建口袋公园", [("≥4", True), ("≥5座", False)]),
    ("取消的指标", [("≥3项", True)]),
    ("验收合格率", "≥95%"),
]


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("shared.xlsx", lambda: _struck_xlsx(shared=True)),
        ("inline.xlsx", lambda: _struck_xlsx(shared=False)),
        ("t.xls", _struck_xls),
    ],
)
def test_text_struck_through_is_deleted_text_not_read_and_a_note_gives_it(name, make):
    # A 财政局's review left in. calamine gives the cell's text without its runs: `≥4≥5座`,
    # read as a target of 4.
    (table,) = read_workbook(name, make())
    assert [row.cells for row in table.rows] == [
        ("三级指标", "指标值"), ("新建口袋公园", "≥5座"), ("取消的指标",), ("验收合格率", "≥95%"),
    ]  # fmt: skip
    said = "struck through (删除线: deleted, left to show), not read; the cell is read as"
    assert table.notes == (
        ("struck_text_skipped", 2, f"目标表 r2: cell B2 prints ≥4 {said} ≥5座", "≥4"),
        ("struck_text_skipped", 3, f"目标表 r3: cell B3 prints ≥3项 {said} empty", "≥3项"),
    )


PRINT_HEADER = '&L公开11表&C&"黑体,加粗"&16项目支出绩效目标表&R单位：万元&&元'


@pytest.mark.parametrize(
    ("header_footer", "lines"),
    [
        (f"<oddHeader>{html.escape(PRINT_HEADER)}</oddHeader>"
         "<oddFooter>&amp;C第&amp;P页，共&amp;N页</oddFooter>",
         ["公开11表", "项目支出绩效目标表", "单位：万元&元"]),
        # The first page's own header; the others' a page number only, page furniture, and so
        # is a line holding one.
        ("<oddHeader>&amp;C第&amp;P页</oddHeader>"
         f"<firstHeader>{html.escape(PRINT_HEADER.replace('&&元', chr(10) + '第&P页'))}</firstHeader>",
         ["公开11表", "项目支出绩效目标表", "单位：万元"]),
    ],
)  # fmt: skip
def test_a_sheets_page_header_prints_its_lines_above_its_rows(header_footer, lines):
    # A 财政局's print template: the title and 单位：万元 only in the page header the sheet
    # prints atop each page, none in its cells. The table had no title and no currency unit.
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer)
    sheet = book.add_worksheet("表11")
    rows = [("项目名称", "校舍维修"), ("三级指标", "指标值"), ("维修面积", "≥500平方米")]
    for r, cells in enumerate(rows):
        sheet.write_row(r, 0, cells)
    book.close()
    first = ' differentFirst="1"' if "firstHeader" in header_footer else ""
    data = _sheet_xml_edited(
        buffer.getvalue(),
        lambda xml: xml.replace(
            b"</worksheet>",
            f"<headerFooter{first}>{header_footer}</headerFooter></worksheet>".encode(),
        ),
    )
    (table,) = read_workbook("t.xlsx", data)
    above = [((text,), n, f"表11 header {n}") for n, text in enumerate(lines, start=1)]
    below = [(cells, len(lines) + r, f"表11 r{r}") for r, cells in enumerate(rows, start=1)]
    assert [(row.cells, row.line, row.location) for row in table.rows] == above + below
    assert table.title == "项目支出绩效目标表"


def test_a_page_header_over_a_sheet_that_prints_its_own_title_is_a_running_header():
    # The document's name atop every page of a disclosure's workbook: a sheet printing its
    # table's title in its cells was titled by the document instead.
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer)
    sheet = book.add_worksheet("表11")
    sheet.set_header("&C某区民政局2017年部门预算公开")
    rows = [("项目支出绩效目标表",), ("项目名称", "校舍维修"), ("三级指标", "指标值")]
    for r, cells in enumerate(rows):
        sheet.write_row(r, 0, cells)
    book.close()
    (table,) = read_workbook("t.xlsx", buffer.getvalue())
    assert [(row.cells, row.line) for row in table.rows] == [
        (("项目支出绩效目标表",), 1), (("项目名称", "校舍维修"), 2), (("三级指标", "指标值"), 3),
    ]  # fmt: skip
    assert table.title == "项目支出绩效目标表"


def _sheet_of(rows: list[list]) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("目标表")
    for r, row in enumerate(rows):
        sheet.write_row(r, 0, row)
    book.close()
    return buffer.getvalue()


def test_two_forms_side_by_side_on_a_sheet_are_two_tables_left_to_right():
    # A blank column F between two forms, each printing its own 项目名称 and level labels.
    labels = ["一级指标", "二级指标", "三级指标", "指标值", "权重"]
    rows = [
        ["项目名称", "甲", None, None, None, None, "项目名称", "乙"],
        [*labels, None, *labels],
        ["产出指标", "数量指标", "培训人数", "≥200人", 10, None,
         "产出指标", "数量指标", "就业人数", "≥50人", 10],
    ]  # fmt: skip
    tables = read_workbook("t.xlsx", _sheet_of(rows))
    saved_as_csv = "\r\n".join(",".join("" if c is None else str(c) for c in r) for r in rows)
    assert [
        [row.cells for row in table.rows] for table in read_csv("t.csv", saved_as_csv.encode())
    ] == [[row.cells for row in table.rows] for table in tables]
    assert [[row.cells for row in table.rows] for table in tables] == [
        [("项目名称", "甲"), ("一级指标", "二级指标", "三级指标", "指标值", "权重"),
         ("产出指标", "数量指标", "培训人数", "≥200人", "10")],
        [("项目名称", "乙"), ("一级指标", "二级指标", "三级指标", "指标值", "权重"),
         ("产出指标", "数量指标", "就业人数", "≥50人", "10")],
    ]  # fmt: skip
    assert [table.index for table in tables] == [0, 1]


def test_a_templates_notes_beside_its_form_are_a_table_of_their_own():
    # `填报说明：` and its numbered lines right of the form, a blank column between: not cells
    # of the form's rows.
    rows = [["项目名称", "甲", None, None, "填报说明："],
            ["一级指标", "三级指标", "指标值", None, "1.指标值须填写具体数值。"],
            ["产出指标", "培训人数", "≥200人", None, "2.本表由项目单位填报。"]]  # fmt: skip
    tables = read_workbook("t.xlsx", _sheet_of(rows))
    assert [[row.cells for row in table.rows] for table in tables] == [
        [("项目名称", "甲"), ("一级指标", "三级指标", "指标值"), ("产出指标", "培训人数", "≥200人")],
        [("填报说明：",), ("1.指标值须填写具体数值。",), ("2.本表由项目单位填报。",)],
    ]  # fmt: skip


def test_an_empty_column_inside_one_form_keeps_it_one_table():
    # The column between 三级指标 and 指标值 is empty from top to bottom, but right of it no
    # form's labels of its own: one table, the empty column kept.
    rows = [["项目名称", "甲", None, None],
            ["一级指标", "三级指标", None, "指标值"],
            ["产出指标", "培训人数", None, "≥200人"]]  # fmt: skip
    (table,) = read_workbook("t.xlsx", _sheet_of(rows))
    assert [row.cells for row in table.rows] == [
        ("项目名称", "甲"), ("一级指标", "三级指标", "", "指标值"), ("产出指标", "培训人数", "", "≥200人"),
    ]  # fmt: skip


def _sheets(sheets: dict[str, list[list]]) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            sheet.write_row(r, 0, row)
    book.close()
    return buffer.getvalue()


FORM_SHEET = [
    ["项目名称", "校舍维修", None, None],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "维修面积", "≥500平方米"],
]
LABELS_AGAIN = ["一级指标", "二级指标", "三级指标", "指标值"]


@pytest.mark.parametrize("labels", [[], [LABELS_AGAIN]], ids=["no header", "labels again"])
def test_a_sheet_going_on_from_the_form_of_the_sheet_before_is_read_as_its_rows(labels):
    # The form's end moved onto a sheet of its own (`Sheet1 (2)`), from its first row, in the
    # form's columns, without the form's header or under its column labels again.
    rest = [
        *labels,
        [None, "质量指标", "验收合格率", "100%"],
        ["效益指标", "社会效益指标", "受益学生", "≥600人"],
    ]
    (table,) = read_workbook("t.xlsx", _sheets({"Sheet1": FORM_SHEET, "Sheet1 (2)": rest}))
    assert [(row.cells, row.location) for row in table.rows] == [
        (("项目名称", "校舍维修"), "Sheet1 r1"),
        (("一级指标", "二级指标", "三级指标", "指标值"), "Sheet1 r2"),
        (("产出指标", "数量指标", "维修面积", "≥500平方米"), "Sheet1 r3"),
        *((tuple(LABELS_AGAIN), "Sheet1 (2) r1") for _ in labels),
        (("", "质量指标", "验收合格率", "100%"), f"Sheet1 (2) r{len(labels) + 1}"),
        (("效益指标", "社会效益指标", "受益学生", "≥600人"), f"Sheet1 (2) r{len(labels) + 2}"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "second",
    [
        [["项目名称", "操场改造"], *FORM_SHEET[1:]],  # a form of its own
        [["填报说明："], ["1. 金额保留两位小数。"]],  # a template's notes, one column of lines
        [["部门名称", "某区教育局"], ["项目支出", "1,280.00"]],  # a table opening with a label
        [
            ["公开12表"],
            ["部门整体支出绩效目标表"],
            ["一级指标", "三级指标", "指标值"],
        ],  # its number
    ],
    ids=["form", "notes", "labels", "numbered"],
)
def test_a_sheet_that_does_not_go_on_from_the_form_before_is_a_table_of_its_own(second):
    tables = read_workbook("t.xlsx", _sheets({"Sheet1": FORM_SHEET, "Sheet2": second}))
    assert [len(table.rows) for table in tables] == [3, len(second)]


def test_a_form_whose_figures_in_yuan_are_shown_in_wan_yuan_reads_the_figures_shown():
    # Stored in 元, printed in 万元 by a literal point four digits from the right: the total is
    # 420 万元, as the sheet shows it (4200000 万元 before); 其他资金's zero in the accounting
    # format prints a dash.
    book = openpyxl.Workbook()
    rows = [["项目名称", "茶园改造"], ["年度资金总额", 4200000], ["其中：财政拨款", 4200000],
            ["其他资金", 0], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "改造茶园面积", "2000亩"]]  # fmt: skip
    for row in rows:
        book.active.append(row)
    for cell in ("B2", "B3"):
        book.active[cell].number_format = '0!.0000"万元"'
    book.active["B4"].number_format = '_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-'
    buffer = io.BytesIO()
    book.save(buffer)
    tables = process_file("t.xlsx", buffer.getvalue(), Source(fiscal_year=2024))
    assert [
        (p["project_name"], p["total_amount"], p["total_amount_raw"]) for p in tables.projects
    ] == [("茶园改造", Decimal("420.0000"), "420.0000万元")]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def _form_and_list_of_small_projects(he_ji: float) -> bytes:
    """A workbook of one project's form, then a sheet listing the small projects with their
    合计 (蒙山's 50万元以下 list sheet beside its forms)."""
    book = openpyxl.Workbook()
    book.active.title = "表1"
    for row in [["项目支出绩效目标表"], ["单位：万元"], ["项目名称", "茶园改造"],
                ["年度资金总额", 420], ["其中：财政拨款", 420], ["年度目标", "改造茶园2000亩。"],
                ["一级指标", "二级指标", "三级指标", "指标值"],
                ["产出指标", "数量指标", "改造茶园面积", "2000亩"]]:  # fmt: skip
        book.active.append(row)
    listed = book.create_sheet("表2")
    for row in [["项目支出绩效目标表（50万元以下项目）"], ["单位：万元"],
                ["序号", "项目名称", "预算金额", "年度绩效目标", "一级指标", "二级指标",
                 "三级指标", "指标值"],
                [1, "农机补贴", 30, "补贴农机100台。", "产出指标", "数量指标", "补贴农机台数",
                 "100台"],
                [2, "种子检验", 12.5, "检验种子200批。", "产出指标", "数量指标", "检验批次",
                 "200批"],
                ["合计", None, he_ji]]:  # fmt: skip
        listed.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("he_ji", "found"),
    [
        (42.5, []),
        (45, [("subtotal_mismatch", "表2 r6",
               "合计: printed subtotal differs from the sum of its 2 projects (万元): "
               "总计 45.00 ≠ 42.50")]),
    ],
)  # fmt: skip
def test_a_lists_he_ji_sums_its_own_sheets_projects_not_the_forms_beside_it(he_ji, found):
    tables = process_file("t.xlsx", _form_and_list_of_small_projects(he_ji), Source())
    assert [(p["project_name"], p["total_amount"]) for p in tables.projects] == [
        ("茶园改造", Decimal("420")),
        ("农机补贴", Decimal("30")),
        ("种子检验", Decimal("12.5")),
    ]
    assert [
        (f["rule"], f["source_location"], f["message"])
        for f in tables.findings
        if f["severity"] != "info"
    ] == found
