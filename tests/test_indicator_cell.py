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


def test_indicators_numbered_in_brackets_or_with_a_point_are_split_on_their_numbers():
    # `（2）` after the first indicator's `。` was no numbering: one indicator named 培训人次
    # under `（1）产出指标`, its targets the second's (≥90%).
    for first, second in (("（1）", "（2）"), ("(1)", "(2)"), ("1.", "2."), ("1）", "2）")):
        cell = (
            f"{first}产出指标；数量指标；培训人次；实施期指标值：≥300人次；年度指标值：≥100人次。"
            f"{second}满意度指标；服务对象满意度指标；学员满意度；实施期指标值：≥90%；年度指标值：≥90%。"
        )
        assert fields(*split_indicator_cell(cell)) == [
            IndicatorFields(1, "产出指标", "数量指标", "培训人次", "≥300人次", "≥100人次"),
            IndicatorFields(2, "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
        ], first


def test_a_decimal_after_a_full_stop_opens_no_indicator():
    cell = "1、产出指标；数量指标；培训人次；年度指标值：完成。2.5万人次以上"
    assert fields(*split_indicator_cell(cell)) == [
        IndicatorFields(1, "产出指标", "数量指标", "培训人次", None, "完成。2.5万人次以上")
    ]


# A packed cell's indicators on lines of their own, no `。` between them (a spreadsheet cell's
# line breaks): the line reader joins the lines as it found them, a cell table's reader with a
# space between a character and a digit.
BROKEN = (
    "1、产出指标；数量指标；培训人次；实施期指标值：≥300人次；年度指标值：≥100人次",
    "2、满意度指标；服务对象满意度指标；学员满意度；实施期指标值：≥90%；年度指标值：≥90%",
)
BROKEN_READ = [
    IndicatorFields(1, "产出指标", "数量指标", "培训人次", "≥300人次", "≥100人次"),
    IndicatorFields(2, "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
]


def test_an_indicator_on_a_line_of_its_own_is_split_at_the_line_or_the_space_it_begins_after():
    # The second ran on in the first, its targets the first's (培训人次 ≥90%). With no line
    # breaks known, the number glued to the first's target opens the second before a level's
    # name (`…≥100人次2、满意度指标；…`).
    exact = "".join(BROKEN)
    assert fields(*split_indicator_cell(exact)) == BROKEN_READ
    assert fields(*split_indicator_cell(exact, (len(BROKEN[0]),))) == BROKEN_READ
    assert fields(*split_indicator_cell(" ".join(BROKEN))) == BROKEN_READ


def test_a_number_after_a_space_that_does_not_go_on_from_the_last_opens_no_indicator():
    # 2、 after 1、 but no target label after it; 3、 after 1、: a value's own words.
    for cell in (
        "1、产出指标；数量指标；改造楼栋；年度指标值：完成第1、 2、3号楼改造",
        "1、产出指标；数量指标；改造楼栋；年度指标值：完成 3、产出指标；数量指标；名称；年度指标值：1",
    ):
        assert [piece.fields.seq for piece in split_indicator_cell(cell)] == [1], cell


def test_fields_parted_by_spaces_or_a_dash_and_a_colon_are_read_by_their_levels():
    # 从化 and 三水 (held-out round 132): the seed's form with its `；` lost to spaces, and one
    # indicator a line, `一级—二级：名称，目标值：…`. Before, no indicator was read (indicator_unparsed).
    spaced = (
        "1、1-产出指标 11-数量指标 高标准农田管护面积 实施周期指标值：不少于3.2万亩 "
        "年度指标值：不少于3.2万亩。2、3-满意度指标 31-服务对象满意度 农户满意度 年度指标值：≥90%。"
    )
    assert fields(*split_indicator_cell(spaced)) == [
        IndicatorFields(1, "1-产出指标", "11-数量指标", "高标准农田管护面积", "不少于3.2万亩", "不少于3.2万亩"),
        IndicatorFields(2, "3-满意度指标", "31-服务对象满意度", "农户满意度", None, "≥90%"),
    ]  # fmt: skip
    lines = "1.产出指标—数量指标：资助学生人次，目标值：≥1200人次\n2.效益指标—社会效益指标：应助尽助率，目标值：100%"
    assert fields(*split_indicator_cell(lines, (lines.index("\n") + 1,))) == [
        IndicatorFields(1, "产出指标", "数量指标", "资助学生人次", None, "≥1200人次"),
        IndicatorFields(2, "效益指标", "社会效益指标", "应助尽助率", None, "100%"),
    ]


def test_levels_name_and_target_parted_by_colons_with_no_targets_label_are_read():
    # 漳浦 and 澄海 (held-out round 132): `（1）二级：名称：值`, the numbers glued to the value
    # before them, and `①一级—二级：名称：值` numbered by circled digits. Before, every cell was
    # one indicator_unparsed error.
    glued = (
        "（1）数量指标：老年人健康管理人数：≥2.6万人（2）质量指标：电子健康档案建档率：≥90% "
        "（3）服务对象满意度指标：居民满意度：≥85%。"
    )
    assert fields(*split_indicator_cell(glued)) == [
        IndicatorFields(1, None, "数量指标", "老年人健康管理人数", None, "≥2.6万人"),
        IndicatorFields(2, None, "质量指标", "电子健康档案建档率", None, "≥90%"),
        IndicatorFields(3, None, "服务对象满意度指标", "居民满意度", None, "≥85%"),
    ]
    circled = (
        "①产出指标—数量指标：演出场次：60场以上 ②满意度指标—服务对象满意度指标：观众满意度：≥90%"
    )
    assert fields(*split_indicator_cell(circled)) == [
        IndicatorFields(1, "产出指标", "数量指标", "演出场次", None, "60场以上"),
        IndicatorFields(2, "满意度指标", "服务对象满意度指标", "观众满意度", None, "≥90%"),
    ]


def test_a_number_glued_to_a_target_opens_the_next_indicator_only_before_a_levels_name():
    # 三水 (round 132): a cell's line breaks lost, `…≥1200人次2.产出指标—…`. A number glued to
    # text before anything else is part of it (`完成2.5公里`, `主管部门：某局`: no indicator).
    lost = "1.产出指标—数量指标：资助学生人次，目标值：≥1200人次2.效益指标—社会效益指标：应助尽助率，目标值：100%"
    assert fields(*split_indicator_cell(lost)) == [
        IndicatorFields(1, "产出指标", "数量指标", "资助学生人次", None, "≥1200人次"),
        IndicatorFields(2, "效益指标", "社会效益指标", "应助尽助率", None, "100%"),
    ]
    for cell in (
        "1、产出指标；数量指标；道路；年度指标值：完成2.5公里",
        "项目概况：某局：设备更新",
    ):
        assert [piece.fields and piece.fields.seq for piece in split_indicator_cell(cell)] == [
            1 if cell.startswith("1、") else None
        ], cell


def test_both_levels_joined_in_one_field_and_fields_a_line_each_are_read():
    # 新会 and 端州 (held-out round 151): `产出指标-数量指标；名称；指标值：…`, its levels one
    # field joined by a dash, and each labelled field on a line of its own. Before, the first
    # kept `产出指标-数量指标` as its 一级 (no 二级), the second was indicator_unparsed.
    dashed = "1.产出指标-数量指标；开展种植技术培训；指标值：不少于20场2.效益指标-社会效益指标；带动增收；指标值：明显"
    assert fields(*split_indicator_cell(dashed)) == [
        IndicatorFields(1, "产出指标", "数量指标", "开展种植技术培训", None, "不少于20场"),
        IndicatorFields(2, "效益指标", "社会效益指标", "带动增收", None, "明显"),
    ]
    lines = "1.一级指标：产出指标\n二级指标：数量指标\n三级指标：签约服务人数\n指标值：≥8.5万人"
    assert fields(*split_indicator_cell(lines)) == [
        IndicatorFields(1, "产出指标", "数量指标", "签约服务人数", None, "≥8.5万人"),
    ]
    # ... and in traditional characters, the fields kept as printed.
    mirrored = "1.一級指標：產出指標\n二級指標：數量指標\n三級指標：簽約服務人數\n指標值：≥8.5萬人"
    assert fields(*split_indicator_cell(mirrored)) == [
        IndicatorFields(1, "產出指標", "數量指標", "簽約服務人數", None, "≥8.5萬人"),
    ]
