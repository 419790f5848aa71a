"""Excel date serials (pipeline.read.workbook): a whole number stored in the target cell of a
time indicator is the date it stands for, its serial kept in a `date_serial_read` note; a
number anywhere else stays the number it is. Serials and date cells count from the
workbook's date system, 1900 or 1904 (a Mac's).

The .xls fixtures in fixtures/workbook-dates were written by xlwt 1.3.0 (`dates_1904` off and
on) with the table `_xlsx` writes; `dates-1904-small-stream.xls` is `dates-1904.xls`'s
Workbook stream, cut to its records (2,003 bytes), repacked in a compound file's mini stream,
where streams under 4,096 bytes are kept.
"""

import datetime
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from pipeline.build.workers import process_file
from pipeline.cells import CellRow, CellTable
from pipeline.manifest import Source
from pipeline.read.workbook import read_workbook

FIXTURES = Path(__file__).parent / "fixtures" / "workbook-dates"

HEADER = ("项目名称", "一级指标", "二级指标", "三级指标", "指标值")
ROWS = (
    ("教师培训", "产出指标", "数量指标", "培训人数", 46022),  # a count, not a date
    (None, None, "时效指标", "完成时间", 46022),
    (None, None, None, "验收期限", 45900.0),  # 时效指标 carried down the merged cell
    (None, None, None, "资金拨付", "46022"),  # text, as printed
    (None, None, "质量指标", "合格率", 46022),
    (None, "效益指标", "时间进度", "按期完成", datetime.datetime(2025, 6, 30)),
    (None, "满意度指标", "服务对象满意度指标", "学员满意度", 0.9),
)


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "目标表"
    sheet.append(("项目支出绩效目标表",))
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    sheet["E8"].number_format = "yyyy-mm-dd"
    sheet.merge_cells("A3:A9")
    sheet.merge_cells("B3:B7")
    sheet.merge_cells("C4:C6")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_serial_in_a_time_indicator_s_target_is_a_date_and_nothing_else_is():
    (table,) = read_workbook("book.xlsx", _workbook())
    assert [row.cells[-1] for row in table.rows[2:]] == [
        "46022", "2025-12-31", "2025-08-31", "46022", "46022", "2025-06-30", "0.9",
    ]  # fmt: skip
    assert table.notes == (
        ("date_serial_read", 4, "目标表 r4: the number 46022 in a time indicator's target is an "
         "Excel date serial, read as 2025-12-31", "46022"),
        ("date_serial_read", 5, "目标表 r5: the number 45900 in a time indicator's target is an "
         "Excel date serial, read as 2025-08-31", "45900"),
    )  # fmt: skip


def test_the_date_is_the_target_and_the_serial_an_info_finding():
    tables = process_file("book.xlsx", _workbook(), Source(fiscal_year=2025))
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators][:4] == [
        ("培训人数", "46022"),
        ("完成时间", "2025-12-31"),
        ("验收期限", "2025-08-31"),
        ("资金拨付", "46022"),
    ]
    notes = [(f["severity"], f["source_line"], f["source_location"], f["evidence"])
             for f in tables.findings if f["rule"] == "date_serial_read"]  # fmt: skip
    assert notes == [("info", 4, "目标表 r4", "46022"), ("info", 5, "目标表 r5", "45900")]


# The serials of 2025-12-31 and 2025-08-31 in each date system.
SERIALS = {"1900": (46022, 45900.0), "1904": (44560, 44438.0)}


def _xlsx(system: str) -> bytes:
    """A target table made in the `system` date system: two serials in a time indicator's
    target (General), a date-formatted 2025-06-30 and a count that is not a date."""
    end, check = SERIALS[system]
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"date_1904": system == "1904", "in_memory": True})
    sheet = book.add_worksheet("目标表")
    sheet.write(0, 0, "项目支出绩效目标表")
    sheet.write_row(1, 0, HEADER)
    sheet.merge_range(2, 0, 5, 0, "教师培训")
    sheet.merge_range(2, 1, 4, 1, "产出指标")
    sheet.write_row(2, 2, ("数量指标", "培训人数", 46022))
    sheet.merge_range(3, 2, 4, 2, "时效指标")
    sheet.write_row(3, 3, ("完成时间", end))
    sheet.write_row(4, 3, ("验收期限", check))
    sheet.write_row(5, 1, ("效益指标", "时间进度", "按期完成"))
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_datetime(5, 4, datetime.datetime(2025, 6, 30), date)
    book.close()
    return buffer.getvalue()


def _rows(end: str, check: str, on_time: str) -> tuple[CellRow, ...]:
    return (
        CellRow(("项目支出绩效目标表",), 1, "目标表 r1"),
        CellRow(HEADER, 2, "目标表 r2"),
        CellRow(("教师培训", "产出指标", "数量指标", "培训人数", "46022"), 3, "目标表 r3"),
        CellRow(("", "", "时效指标", "完成时间", end), 4, "目标表 r4", (True, True) + (False,) * 3),
        CellRow(("", "", "", "验收期限", check), 5, "目标表 r5", (True,) * 3 + (False,) * 2),
        CellRow(("", "效益指标", "时间进度", "按期完成", on_time), 6, "目标表 r6",
                (True,) + (False,) * 4),
    )  # fmt: skip


WORKBOOKS = {
    "xlsx-1900": ("1900", lambda: _xlsx("1900")),
    "xlsx-1904": ("1904", lambda: _xlsx("1904")),
    "xls-1900": ("1900", lambda: (FIXTURES / "dates-1900.xls").read_bytes()),
    "xls-1904": ("1904", lambda: (FIXTURES / "dates-1904.xls").read_bytes()),
    "xls-1904-small-stream": (
        "1904",
        lambda: (FIXTURES / "dates-1904-small-stream.xls").read_bytes(),
    ),
}


@pytest.mark.parametrize("name", WORKBOOKS)
def test_every_date_is_right_in_either_date_system(name):
    system, data = WORKBOOKS[name]
    end, check = (str(int(serial)) for serial in SERIALS[system])
    of_system = "" if system == "1900" else " of the 1904 date system"
    assert read_workbook(name, data()) == (
        CellTable(name, 0, "项目支出绩效目标表", _rows("2025-12-31", "2025-08-31", "2025-06-30"), (
            ("date_serial_read", 4, f"目标表 r4: the number {end} in a time indicator's target "
             f"is an Excel date serial{of_system}, read as 2025-12-31", end),
            ("date_serial_read", 5, f"目标表 r5: the number {check} in a time indicator's target "
             f"is an Excel date serial{of_system}, read as 2025-08-31", check),
        )),
    )  # fmt: skip


@pytest.mark.parametrize("name", ["xlsx-1904", "xls-1904"])
def test_a_1904_workbook_s_dates_are_its_targets_thresholds(name):
    tables = process_file(name, WORKBOOKS[name][1](), Source(fiscal_year=2025))
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("培训人数", "46022"),
        ("完成时间", "2025-12-31"),
        ("验收期限", "2025-08-31"),
        ("按期完成", "2025-06-30"),
    ]
    assert tables.thresholds[1:] == [
        (f"{name}:p1:i{i}", f"{name}:p1", name, "annual", 1, date.isoformat(), "date", "=",
         None, None, None, None, None, None, date, None, None, False, False, name, i + 2)
        for i, date in ((2, datetime.date(2025, 12, 31)), (3, datetime.date(2025, 8, 31)),
                        (4, datetime.date(2025, 6, 30)))
    ]  # fmt: skip


def _date1904(data: bytes, flag: str) -> bytes:
    """The workbook with its xl/workbook.xml saying `date1904="flag"`."""
    source, buffer = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for member in source.infolist():
            part = source.read(member)
            if member.filename == "xl/workbook.xml":
                part = part.replace(b'date1904="1"', f'date1904="{flag}"'.encode())
            target.writestr(member, part)
    return buffer.getvalue()


def _datemode(data: bytes, value: int) -> bytes:
    """The .xls with its DATEMODE record (0x0022, 2 bytes: 1) holding `value`."""
    record = b"\x22\x00\x02\x00"
    assert data.count(record + b"\x01\x00") == 1
    return data.replace(record + b"\x01\x00", record + value.to_bytes(2, "little"))


UNREADABLE = {
    "book.xlsx": (
        lambda: _date1904(_xlsx("1904"), "yes"),
        'xl/workbook.xml: <workbookPr date1904="yes">',
    ),
    "book.xls": (
        lambda: _datemode((FIXTURES / "dates-1904.xls").read_bytes(), 2),
        "the .xls's DATEMODE record: 2",
    ),
}


@pytest.mark.parametrize("name", UNREADABLE)
def test_a_workbook_whose_date_system_cannot_be_read_keeps_its_serials_and_says_so(name):
    data, said = UNREADABLE[name]
    message = (
        f"the workbook's date system (1900 or 1904) cannot be read ({said}): its date cells are "
        "read in the 1900 system and may be 1,462 days early, and whole numbers in time "
        "indicators' targets stay numbers; open it in Excel or WPS, save it again as .xlsx and "
        "put that in data/raw/"
    )
    # calamine reads the 1904 serial of 2025-06-30 in the 1900 system: 1,462 days early.
    assert read_workbook(name, data()) == (
        CellTable(name, 0, "项目支出绩效目标表", _rows("44560", "44438", "2021-06-29"),
                  (("date_system_unknown", 1, message, said),)),
    )  # fmt: skip
    findings = process_file(name, data(), Source(fiscal_year=2025)).findings
    # ... and each serial left a number, in a time indicator, says which dates it may be.
    assert [
        (f["rule"], f["source_line"], f["source_location"], f["message"], f["evidence"])
        for f in findings
        if f["rule"].startswith("date_")
    ] == [
        ("date_system_unknown", 1, "目标表 r1", message, said),
        *(
            (
                "date_serial_suspected", line, f"目标表 r{line}",
                f"年度指标值: the time indicator's target is the bare number {serial}, which as an "
                f"Excel date serial is {early} ({date} in a Mac's 1904 date system): a date left "
                "as its serial? kept as the number; check the published table",
                serial,
            )
            for line, serial, early, date in (
                (4, "44560", "2021-12-30", "2025-12-31"), (5, "44438", "2021-08-30", "2025-08-31"),
            )
        ),
    ]  # fmt: skip
