"""Properties of the per-file pipeline: any bytes give one document and schema-valid rows."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.outputs.write import FileResult
from pipeline.rows import OUTPUT_TABLES
from pipeline.validate import to_arrow, validate
from tests.conftest import FIXTURES

HEADER = "项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标"
FRAGMENTS = [
    "合计", "某局", "项目甲", "1,250.00", "97.00", "1.23456", "123456789012345.5", "十万", "-", "", "保障运行。", "1、", "2、",
    "1-产出指标；", "11-数量指标；", "31-服务对象满意度；", "名称；", "实施周期指标值:", "年度指标值：",
    "≥90%", "3场以上", "12月31日前", "。", "；", "\t", "\n", "\r\n", "第 1 页，共 2 页", "注：",
    "部门名称：某局", "单位：万元", "项目支出绩效目标表", HEADER,
]  # fmt: skip

table_text = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)


def check(data: bytes) -> None:
    tables = process_file("t.txt", data, Source(fiscal_year=2025))
    assert len(tables.documents) == 1
    result = FileResult.from_tables(tables)
    validate({name: to_arrow(name, result.columns[name]) for name in OUTPUT_TABLES})


@pytest.mark.slow
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table_text)
def test_any_table_like_text_gives_schema_valid_rows(text):
    check((HEADER + "\n" + text).encode("utf-8"))


@pytest.mark.slow
@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_one_document_and_never_raise(data):
    check(data)


# One real file of each packaged or binary format the build reads, to be damaged.
PACKAGES = [
    "heldout-disclosures-7/self-evaluation/jiangxi-ganzhou-ruijin-wenlv-2022-juesuan.xlsx",
    "workbook-dates/dates-1904.xls",
    "heldout-disclosures-7/self-evaluation/tianjin-wuqing-nongye-2023-juesuan.docx",
    "heldout-formats/targets/A-qinghai-guoluo-banma-level2-points-in-brackets-2017-padded.ods",
    "word-formats/self-evaluation/C-guangdong-shengji-nongji-tuiguang-two-tables-2025-paragraphs.odt",
    "heldout-formats/self-evaluation/C-xizang-linzhi-bayi-anjufang-nolevel2-2017.ofd",
    "word-formats/targets/A-hunan-xiangtan-wupaoche-2023.doc",
    "formats/pdf/layouts/E-fujian-xiuyu-shuili-multicol-2025.pdf",
]


@st.composite
def damaged_package(draw) -> bytes:
    """A real file cut short, with bytes overwritten, or a stretch of it zeroed, as downloads
    and disks damage them."""
    data = (FIXTURES / draw(st.sampled_from(PACKAGES))).read_bytes()
    at = draw(st.integers(1, len(data) - 1))
    kind = draw(st.sampled_from(("cut", "overwritten", "zeroed")))
    if kind == "cut":
        return data[:at]
    if kind == "overwritten":
        return data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at + 16 :]
    return data[:at] + bytes(min(512, len(data) - at)) + data[at + 512 :]


@pytest.mark.slow
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_package())
def test_a_damaged_package_gives_one_document_and_never_raises(data):
    # Damaging these files' bytes found zipfile's, pdfplumber's and the .doc reader's failures
    # escaping as bugs to report (or a .doc opening two billion tables).
    check(data)
