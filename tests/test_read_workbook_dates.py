"""Excel date serials (pipeline.read.workbook): a whole number stored in the target cell of a
time indicator is the date it stands for, its serial kept in a `date_serial_read` note; a
number anywhere else stays the number it is."""

import datetime
import io

import openpyxl

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read.workbook import read_workbook

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
