"""Normalize stage, the 绩效指标 cell: splitting it into indicators and reading their fields."""

from pipeline.layouts.indicator_cell import IndicatorFields, split_indicator_cell


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


def test_indicator_fields_written_with_their_labels():
    cell = "1、一级指标：产出指标；二级指标：数量指标；三级指标：培训人数；年度指标值：≥100人"
    assert fields(*split_indicator_cell(cell)) == [
        IndicatorFields(1, "产出指标", "数量指标", "培训人数", None, "≥100人")
    ]
