"""Money: amounts converted exactly to 万元 from the unit a table prints (元, 千元, 万元, 亿元),
with the printed text and unit kept, and the money columns exact DECIMAL(18,6) everywhere."""

import shutil
from decimal import Decimal

import duckdb
import pyarrow
import pyarrow.parquet as pq
import pytest

import schemas
from pipeline.build.run import run_build
from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.money import to_wan
from pipeline.read.text import extract_table, read_amount
from tests.conftest import FIXTURES

YUAN_FILE = "guangzhou-huadu-kgxj-2025-yuan.txt"
HEADER = "项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标"
INDICATORS = "1、1-产出指标；11-数量指标；名称；年度指标值:1个"
MONEY = ("total_amount", "fiscal_appropriation", "fiscal_special_account", "other_funds")


def table(preamble: str, *rows: str, header: str = HEADER) -> bytes:
    return "\n".join(["项目支出绩效目标表", preamble, header, *rows, ""]).encode()


def money_of(row: dict) -> tuple:
    return tuple(row[column] for column in MONEY) + tuple(row[f"{c}_raw"] for c in MONEY)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("3,309,840.53", (Decimal("3309840.53"), None)),
        ("3,309,840.53元", (Decimal("3309840.53"), "元")),
        ("９７．００万元", (Decimal("97.00"), "万元")),
        ("5千万元", (Decimal("5"), "千万元")),
        ("1.5 亿元", (Decimal("1.5"), "亿元")),
        ("12（千元）", (Decimal("12"), "千元")),
        ("5美元", None),
        ("-", None),
    ],
)
def test_an_amount_cell_reads_as_its_printed_number_and_unit(text, reading):
    assert read_amount(text) == reading


@pytest.mark.parametrize(
    ("number", "cell_unit", "table_unit", "wan"),
    [
        ("3309840.53", None, "元", "330.984053"),
        ("3309840.00", None, "元", "330.984000"),
        ("0.01", None, "元", "0.000001"),
        ("12.5", None, "千元", "1.25"),
        ("2288.09", None, "万元", "2288.09"),
        ("1.5", None, "亿元", "15000.0"),
        ("0.3", None, "千万元", "300.0"),
        ("97.00", "万元", "元", "97.00"),
        ("970000", "元", "万元", "97.0000"),
        ("0.001", None, "元", None),  # finer than DECIMAL(18,6) holds
        ("100000000", None, "亿元", None),  # 10^12 万元: beyond DECIMAL(18,6)
        ("5", None, "美元", None),  # not a unit the vocabulary converts
    ],
)
def test_amounts_convert_exactly_to_wan(number, cell_unit, table_unit, wan):
    value = to_wan(Decimal(number), cell_unit, table_unit)
    assert (str(value) if value is not None else None) == wan


@pytest.mark.parametrize(
    ("lines", "title", "department", "unit"),
    [
        ("单位：元", "项目支出绩效目标表", None, "元"),
        ("金额单位:元", "项目支出绩效目标表", None, "元"),
        ("（单位：千元）", "项目支出绩效目标表", None, "千元"),
        ("部门名称：某局 单位：元", "项目支出绩效目标表", "某局", "元"),
        ("部门名称：某局\t\t金额单位：亿元", "项目支出绩效目标表", "某局", "亿元"),
        ("部门名称：某局\n（2025年度）（单位:元）", "项目支出绩效目标表", "某局", "元"),
        ("单位：人民币元", "项目支出绩效目标表", None, "人民币元"),
        ("单位：美元", "项目支出绩效目标表", None, "美元"),
    ],
)
def test_the_printed_unit_is_read_from_its_line_in_every_form(lines, title, department, unit):
    raw = extract_table("t.txt", table(lines, f"项目甲\t5\t5\t\t\t目标\t{INDICATORS}"))
    assert (raw.title, raw.department, raw.currency_unit) == (title, department, unit)
    assert [row.cells[0] for row in raw.rows] == ["项目甲"]


def test_a_title_ending_in_its_unit_keeps_the_title_and_the_unit():
    data = table("", f"项目甲\t5\t5\t\t\t目标\t{INDICATORS}").replace(
        "绩效目标表\n".encode(), "绩效目标表（单位：元）\n".encode(), 1
    )
    raw = extract_table("t.txt", data)
    assert (raw.title, raw.currency_unit) == ("项目支出绩效目标表", "元")
    assert [(line.kind, line.text) for line in raw.lines if line.line == 1] == [
        ("title", "项目支出绩效目标表"),
        ("currency", "（单位：元）"),
    ]


def test_a_unit_in_the_amount_labels_is_the_table_unit():
    header = HEADER.replace("总计", "总计（元）").replace("财政拨款", "财政拨款(元)")
    tables = process_file(
        "t.txt",
        table("", f"项目甲\t50,000\t50,000\t\t\t目标\t{INDICATORS}", header=header),
        Source(),
    )
    assert tables.documents[0]["currency_unit"] == "元"
    assert money_of(tables.projects[0]) == (
        Decimal("5.0000"),
        Decimal("5.0000"),
        None,
        None,
        "50,000",
        "50,000",
        None,
        None,
    )


@pytest.mark.parametrize(
    ("unit", "printed", "wan"),
    [
        ("千元", ("1,234.5", "1,000.5", "234"), ("123.45", "100.05", "23.4")),
        ("亿元", ("1.25", "1", "0.25"), ("12500.00", "10000", "2500.00")),
        ("元", ("3,309,840.53", "3,000,000.00", "309,840.53"), ("330.984053", "300", "30.984053")),
    ],
)
def test_a_table_in_yuan_thousands_or_hundred_millions_is_stored_in_wan(unit, printed, wan):
    total, fiscal, other = printed
    tables = process_file(
        "t.txt",
        table(
            f"单位：{unit}",
            f"合计\t{total}\t{fiscal}\t\t{other}\t\t",
            f"项目甲\t{total}\t{fiscal}\t\t{other}\t目标\t{INDICATORS}",
        ),
        Source(fiscal_year=2025),
    )
    expected = (Decimal(wan[0]), Decimal(wan[1]), None, Decimal(wan[2]), total, fiscal, None, other)
    assert [money_of(row) for row in (*tables.amount_rows, *tables.projects)] == [expected] * 2
    assert tables.documents[0]["currency_unit"] == unit
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_checks_compare_the_converted_amounts_and_say_so():
    tables = process_file(
        "t.txt",
        table(
            "金额单位:元",
            "合计\t8,827,620.53\t8,827,620.53\t\t\t\t",
            f"项目甲\t3,309,840.00\t3,309,840.00\t\t\t目标\t{INDICATORS}",
            f"项目乙\t660,000.00\t600,000.00\t\t6万元\t目标\t{INDICATORS}",
            f"项目丙\t10,000.00\t20,000.00\t\t\t目标\t{INDICATORS}",
        ),
        Source(fiscal_year=2025),
    )
    assert sorted(
        (f["source_line"], f["rule"], f["message"], f["evidence"])
        for f in tables.findings
        if f["severity"] == "error"
    ) == [
        (
            4,
            "subtotal_mismatch",
            "合计: printed subtotal differs from the sum of its 3 projects (万元): "
            "总计 882.762053 ≠ 397.984; 财政拨款 882.762053 ≠ 392.984",
            "总计=8,827,620.53\t财政拨款=8,827,620.53\t财政专户拨款=\t其他资金=",
        ),
        (
            7,
            "amount_row_mismatch",
            "总计 1.00 ≠ 财政拨款 + 财政专户拨款 + 其他资金 = 2.00 (万元)",
            "总计=10,000.00\t财政拨款=20,000.00\t财政专户拨款=\t其他资金=",
        ),
    ]


@pytest.mark.parametrize(
    ("preamble", "header", "line", "message", "evidence"),
    [
        (
            "单位：美元",
            HEADER,
            2,
            "money unit '美元' is not one the pipeline converts to 万元 "
            "(元、千元、万元、百万元、千万元、亿元、人民币元、人民币万元); the amounts are kept as "
            "printed only, in the *_raw columns",
            "单位：美元",
        ),
        (
            "单位：万元",
            HEADER.replace("总计", "总计（元）"),
            3,
            "the table states two money units, '单位：万元' (line 2) and '总计（元）'; the "
            "amounts are kept as printed only, in the *_raw columns",
            "单位：万元\t总计（元）",
        ),
        (
            "单位：万元\n注：本表金额单位为元。",
            HEADER,
            3,
            "the table states two money units, '单位：万元' (line 2) and '注：本表金额单位为元。'; "
            "the amounts are kept as printed only, in the *_raw columns",
            "单位：万元\t注：本表金额单位为元。",
        ),
    ],
    ids=["unknown", "disagreeing-label", "disagreeing-note"],
)
def test_a_unit_that_cannot_be_converted_leaves_the_amounts_as_printed_and_is_reported(
    preamble, header, line, message, evidence
):
    tables = process_file(
        "t.txt",
        table(
            preamble,
            "合计\t50,000\t5\t\t\t\t",
            f"项目甲\t50,000\t5\t\t\t目标\t{INDICATORS}",
            header=header,
        ),
        Source(fiscal_year=2025),
    )
    assert [money_of(row) for row in (*tables.amount_rows, *tables.projects)] == [
        (None, None, None, None, "50,000", "5", None, None)
    ] * 2
    assert tables.documents[0]["currency_unit"] == preamble.split("\n")[0].removeprefix("单位：")
    assert [
        (f["rule"], f["source_line"], f["message"], f["evidence"])
        for f in tables.findings
        if f["severity"] == "error"
    ] == [("currency_unit_unknown", line, message, evidence)]


def test_units_that_agree_in_other_words_are_one_unit():
    header = HEADER.replace("总计", "总计（元）")
    tables = process_file(
        "t.txt",
        table("单位：人民币元", f"项目甲\t50,000\t50,000\t\t\t目标\t{INDICATORS}", header=header),
        Source(fiscal_year=2025),
    )
    assert tables.projects[0]["total_amount"] == Decimal(5)
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == []


@pytest.mark.parametrize("below", ["金额单位：元", "注：本表金额单位为元。"])
def test_a_unit_stated_only_below_the_header_is_the_table_unit(below):
    tables = process_file(
        "t.txt",
        table("", f"项目甲\t50,000\t50,000\t\t\t目标\t{INDICATORS}", below),
        Source(fiscal_year=2025),
    )
    assert tables.documents[0]["currency_unit"] == "元"
    assert tables.projects[0]["total_amount"] == Decimal(5)
    assert [f["rule"] for f in tables.findings if f["rule"].startswith("currency")] == []


def test_a_table_printing_no_unit_is_read_in_wan_and_says_so():
    tables = process_file(
        "t.txt", table("", f"项目甲\t5.5\t5.5\t\t\t目标\t{INDICATORS}"), Source(fiscal_year=2025)
    )
    assert tables.projects[0]["total_amount"] == Decimal("5.5")
    assert tables.documents[0]["currency_unit"] is None
    assert [
        (f["severity"], f["rule"], f["source_line"], f["message"])
        for f in tables.findings
        if f["rule"].startswith("currency")
    ] == [
        (
            "info",
            "currency_unit_missing",
            3,
            "the table prints no money unit (单位：万元 or 元); its amounts are read as 万元",
        )
    ]


@pytest.fixture(scope="module")
def yuan_build(tmp_path_factory):
    raw = tmp_path_factory.mktemp("yuan-raw")
    shutil.copy(FIXTURES / "yuan" / YUAN_FILE, raw / YUAN_FILE)
    out = tmp_path_factory.mktemp("yuan-build")
    run_build(raw, out, use_cache=False)
    return out


def test_a_table_in_yuan_builds_into_exact_wan_with_its_printed_text(yuan_build):
    def rows(table):
        return [
            (row["source_line"], *money_of(row))
            for row in pq.read_table(yuan_build / f"{table}.parquet").to_pylist()
        ]

    total = (Decimal("457.210053"), Decimal("452.510053"), None, Decimal("4.7"))
    total_raw = ("4,572,100.53", "4,525,100.53", None, "47,000.00")
    assert rows("amount_rows") == [(10, *total, *total_raw), (11, *total, *total_raw)]
    assert rows("projects") == [
        (12, Decimal(97), Decimal(97), None, None, "970,000.00", "970,000.00", None, None),
        (
            13,
            Decimal("5.510053"),
            Decimal("5.510053"),
            None,
            None,
            "55,100.53",
            "55,100.53",
            None,
            None,
        ),
        (14, Decimal(50), Decimal(50), None, None, "500,000.00", "500,000.00", None, None),
        (
            15,
            Decimal("304.7"),
            Decimal(300),
            None,
            Decimal("4.7"),
            "3,047,000.00",
            "3,000,000.00",
            None,
            "47,000.00",
        ),
    ]
    (document,) = pq.read_table(yuan_build / "documents.parquet").to_pylist()
    assert document["currency_unit"] == "元"
    findings = pq.read_table(yuan_build / "findings.parquet").to_pylist()
    assert [f["rule"] for f in findings if f["severity"] == "error"] == []


def test_every_money_column_is_decimal_18_6_in_parquet_and_in_every_table_and_view(yuan_build):
    money_columns = {
        (table, name)
        for table, model in schemas.TABLES.items()
        for name, column in model.to_schema().columns.items()
        if (column.metadata or {}).get("unit") == "万元"
    }
    assert {table for table, _ in money_columns} == {"projects", "amount_rows"}
    for table, name in money_columns:
        field = pq.read_schema(yuan_build / f"{table}.parquet").field(name)
        assert field.type == pyarrow.decimal128(18, 6), (table, name)
    names = ", ".join(f"'{name}'" for _, name in money_columns)
    with duckdb.connect(str(yuan_build / "performance.duckdb"), read_only=True) as connection:
        typed = connection.execute(
            "SELECT table_name, column_name, data_type FROM duckdb_columns() "
            f"WHERE comment LIKE '%Unit: 万元%' OR column_name IN ({names}) ORDER BY ALL"
        ).fetchall()
        views = {
            name
            for (name,) in connection.execute("SELECT view_name FROM duckdb_views()").fetchall()
        }
    assert {(table, name) for table, name, _ in typed} >= money_columns
    assert "project_summary" in {table for table, _, _ in typed} & views
    assert {data_type for _, _, data_type in typed} == {"DECIMAL(18,6)"}


def test_the_report_prints_amounts_in_wan_and_the_unit_the_table_printed(yuan_build):
    page = (yuan_build / "report" / f"{YUAN_FILE}.html").read_text(encoding="utf-8")
    assert (
        '<dt>合计</dt><dd><b>457.210053</b> 万元 <span class="muted">（财政拨款 452.510053; '
        '其他资金 4.70）</span> <span class="muted">原表单位：元</span></dd>'
    ) in page
