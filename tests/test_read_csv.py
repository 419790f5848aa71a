"""CSV files -> one cell table: BOM or not, UTF-8 or GBK, CRLF, quoted cells, padding dropped."""

from pathlib import Path

import pytest

from pipeline.build.workers import process_file
from pipeline.cells import CellRow, CellTable
from pipeline.manifest import Source
from pipeline.read import text
from pipeline.read.delimited import read_csv
from pipeline.read.formats import detect_format
from pipeline.read.text import ExtractError, decode

FORMATS = Path(__file__).parent / "fixtures" / "formats"

CSV_TEXT = (
    ",,项目支出绩效目标表,,,\r\n"
    ",,,,,\r\n"
    ",,项目名称,总计,绩效指标,\r\n"
    ',,"学前教育, 公用经费"," 1,250.00 ","1、数量；\r\n 2、质量\r\n说明 a\nb",\r\n'
    ",,合计,3044.6,,\r\n"
)

EXPECTED = (
    CellRow(cells=("项目支出绩效目标表",), line=1),
    CellRow(cells=("项目名称", "总计", "绩效指标"), line=3),
    CellRow(cells=("学前教育, 公用经费", "1,250.00", "1、数量； 2、质量说明 a b"), line=4),
    CellRow(cells=("合计", "3044.6"), line=8),
)


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + CSV_TEXT.encode("utf-8"),
        CSV_TEXT.encode("utf-8"),
        CSV_TEXT.encode("gbk"),
        CSV_TEXT.replace("\r\n", "\n").encode("utf-8"),
        # Excel's CSV where the list separator is `;`: fields holding a comma are not quoted.
        b"\xef\xbb\xbf"
        + CSV_TEXT.replace(",", ";")
        .replace('"学前教育; 公用经费";" 1;250.00 "', "学前教育, 公用经费; 1,250.00 ")
        .encode("utf-8"),
    ],
    ids=["utf-8 BOM", "utf-8", "gbk", "LF", "semicolons"],
)
def test_a_csv_file_is_one_table_of_its_cells(data):
    assert read_csv("t.csv", data) == (CellTable("t.csv", 0, "项目支出绩效目标表", EXPECTED),)


def test_a_fixture_csv_keeps_its_displayed_values():
    (table,) = read_csv("edu-truncated.csv", (FORMATS / "edu-truncated.csv").read_bytes())
    assert table.rows[:4] == (
        CellRow(cells=("项目支出绩效目标表（含转移支付项目）",), line=1),
        CellRow(cells=("部门名称：某区教育局", "", "", "", "", "单位：万元"), line=2),
        CellRow(
            cells=(
                "项目名称（资金使用单位）",
                "总计",
                "财政拨款",
                "财政专户拨款",
                "其他资金",
                "绩效目标",
                "绩效指标",
            ),
            line=3,
        ),
        CellRow(cells=("合计", "3,044.60", "2,924.60", "", "120.00"), line=4),
    )


def test_an_empty_csv_is_an_error():
    with pytest.raises(ExtractError, match="the file is empty"):
        read_csv("t.csv", b"  \r\n")


def test_a_csv_is_decoded_once_for_its_cells_and_its_encoding(monkeypatch):
    data = (FORMATS / "edu-truncated.csv").read_bytes()
    decoded = []
    checked = text._checked_text
    monkeypatch.setattr(text, "_checked_text", lambda *a: decoded.append(a[1]) or checked(*a))
    decode.cache_clear()
    (document,) = process_file("edu-truncated.csv", data, Source()).documents
    assert (document["encoding"], document["status"]) == ("utf-8-sig", "ok")
    assert decoded.count(data) == 1


@pytest.mark.parametrize("line_end", ["\r\n", "\n"])
def test_excels_separator_line_names_the_delimiter_and_is_no_row(line_end):
    # `sep=,` atop a GBK CSV (a system's export for any Excel): without it every record but
    # the first is eight fields wide, and the file was taken for text and refused.
    data = f"sep=,{line_end}{CSV_TEXT}".encode("gbk")
    shifted = tuple(CellRow(row.cells, row.line + 1) for row in EXPECTED)
    assert detect_format("sep.csv", data) == "csv"
    assert read_csv("sep.csv", data) == (CellTable("sep.csv", 0, "项目支出绩效目标表", shifted),)


def test_a_field_written_as_a_formula_giving_text_is_read_as_that_text():
    # A system's export keeping Excel from turning numerals into numbers: `="…"`, quoted where
    # it holds a comma; a field that only starts so is text as written.
    data = (
        '项目名称,年度资金总额,执行率,分值,备注\r\n农机补贴,"=""1,046.50""",="96.00%",="10",="a" b\r\n'
    ).encode("utf-8-sig")
    (table,) = read_csv("forced.csv", data)
    assert [row.cells for row in table.rows] == [
        ("项目名称", "年度资金总额", "执行率", "分值", "备注"),
        ("农机补贴", "1,046.50", "96.00%", "10", '="a" b'),
    ]


def test_a_file_named_csv_whose_label_row_has_a_field_more_is_still_csv():
    # 澄城 (held-out self-evaluation round 76): the label row one field wider than the rest.
    # Before, no delimiter split every record alike: read as text, the file failed
    # (file_unreadable). Named otherwise, such a text stays text (its commas may be prose's).
    ragged = "标题,,\n项目名称,某项目,\n绩效指标,一级指标,二级指标,指标值\n,产出指标,数量指标,≥3座\n".encode()
    assert (detect_format("a.csv", ragged), detect_format("a.txt", ragged)) == ("csv", "text")
    assert [row.cells for row in read_csv("a.csv", ragged)[0].rows] == [
        ("标题",), ("项目名称", "某项目"), ("绩效指标", "一级指标", "二级指标", "指标值"),
        ("", "产出指标", "数量指标", "≥3座"),
    ]  # fmt: skip
