"""Normalize stage: amounts, the 绩效指标 cell, and level labels onto the taxonomy."""

from decimal import Decimal

import pytest

from pipeline.extract import read_amount
from pipeline.normalize import IndicatorFields, split_indicator_cell
from pipeline.taxonomy import read_level


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("2,288.09", Decimal("2288.09")),
        ("1，000", Decimal("1000")),
        ("97.00", Decimal("97.00")),
        ("-3.5", Decimal("-3.5")),
        ("", None),
        ("-", None),
        ("约10", None),
    ],
)
def test_amounts_are_exact_decimals(text, amount):
    assert read_amount(text) == amount
    assert amount is None or isinstance(read_amount(text), Decimal)


def fields(*pieces):
    return [piece.fields for piece in pieces]


def test_indicator_cell_splits_on_numbering_not_on_full_stops():
    cell = (
        "1、1-产出指标；11-数量指标；举办活动。次数；实施周期指标值:3场以上；年度指标值:3场以上。"
        "2、3-满意度指标；31-服务对象满意度；满意度；实施周期指标值:环境。；年度指标值:环境。"
    )
    assert fields(*split_indicator_cell(cell)) == [
        IndicatorFields(1, "1-产出指标", "11-数量指标", "举办活动。次数", "3场以上", "3场以上"),
        IndicatorFields(2, "3-满意度指标", "31-服务对象满意度", "满意度", "环境。", "环境"),
    ]


def test_indicator_cell_with_only_annual_targets_and_ascii_separators():
    cell = "1、产出指标;数量指标;培训人数;年度指标值：≥3000人次。2、效益指标;社会效益指标;能力;年度指标值：提升"
    assert fields(*split_indicator_cell(cell)) == [
        IndicatorFields(1, "产出指标", "数量指标", "培训人数", None, "≥3000人次"),
        IndicatorFields(2, "效益指标", "社会效益指标", "能力", None, "提升"),
    ]


def test_text_that_is_no_indicator_is_kept_as_unread_piece():
    pieces = split_indicator_cell("见附件。1、1-产出指标；11-数量指标；名称；年度指标值:1个")
    assert [(piece.offset, piece.text, piece.fields) for piece in pieces] == [
        (0, "见附件。", None),
        (
            4,
            "1、1-产出指标；11-数量指标；名称；年度指标值:1个",
            IndicatorFields(1, "1-产出指标", "11-数量指标", "名称", None, "1个"),
        ),
    ]


@pytest.mark.parametrize(
    ("raw", "level", "code", "name", "written"),
    [
        ("1-产出指标", 1, "1", "产出指标", "1"),
        ("21-经济效益", 2, "21", "经济效益指标", "21"),
        ("31-服务对象满意度", 2, "31", "服务对象满意度指标", "31"),
        ("社会公众或服务对象满意度指标", 2, "31", "服务对象满意度指标", None),
        ("经济效益 指标", 2, "21", "经济效益指标", None),
        ("产出指标(50分)", 1, "1", "产出指标", None),
        ("产出指标（30分）", 1, "1", "产出指标", None),
        ("14-成本指标", 2, "14", "成本指标", "14"),
        ("成本指标", 1, "4", "成本指标", None),
        ("经济成本指标", 2, "41", "经济成本指标", None),
        ("生态环境成本", 2, "43", "生态环境成本指标", None),
        ("22", 2, "22", "社会效益指标", "22"),
        ("99-其他指标", 2, None, None, "99"),
    ],
)
def test_level_labels_map_onto_the_taxonomy(raw, level, code, name, written):
    read = read_level(raw, level)
    assert (read.raw, read.written_code) == (raw, written)
    category = read.category
    assert ((category.code, category.name) if category else (None, None)) == (code, name)


def test_only_the_last_row_cut_short_is_a_truncated_file():
    from pipeline.build import process_file
    from pipeline.normalize import Source

    header = "项目名称\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标"
    text = f"{header}\n项目甲\t10.00\t10.00\t\t\t目标甲\n项目乙\t5.00\t5.00\t\t\t目标乙"
    tables = process_file("t.txt", text.encode(), Source(fiscal_year=2025))
    truncated = [
        (f["rule"], f["source_line"], f["entity_id"])
        for f in tables.findings
        if f["severity"] == "error"
    ]
    assert truncated == [("row_truncated", 3, "t:p2")]
    assert [p["indicator_count"] for p in tables.projects] == [0, 0]


def test_indicator_fields_written_with_their_labels():
    cell = "1、一级指标：产出指标；二级指标：数量指标；三级指标：培训人数；年度指标值：≥100人"
    assert fields(*split_indicator_cell(cell)) == [
        IndicatorFields(1, "产出指标", "数量指标", "培训人数", None, "≥100人")
    ]


def test_amounts_the_money_type_cannot_hold_exactly_are_kept_as_printed_and_reported():
    from pipeline.build import process_file
    from pipeline.normalize import Source

    header = "项目名称\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标"
    row = (
        "项目甲\t1.23456\t123456789012345.5\t\t\t目标\t1、产出指标；数量指标；名称；年度指标值:1个"
    )
    tables = process_file("t.txt", f"{header}\n{row}\n".encode(), Source(fiscal_year=2025))
    (project,) = tables.projects
    assert (project["total_amount"], project["total_amount_raw"]) == (None, "1.23456")
    assert (project["fiscal_appropriation"], project["fiscal_appropriation_raw"]) == (
        None,
        "123456789012345.5",
    )
    assert [f["message"] for f in tables.findings if f["rule"] == "amount_unparsed"] == [
        "total_amount '1.23456' is finer than 0.0001 or larger than 10^14; it is kept as printed in total_amount_raw only",
        "fiscal_appropriation '123456789012345.5' is finer than 0.0001 or larger than 10^14; it is kept as printed "
        "in fiscal_appropriation_raw only",
    ]
