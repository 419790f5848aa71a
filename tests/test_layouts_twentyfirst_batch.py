"""What the twenty-first held-out batch of target tables (tests/fixtures/heldout-targets-21)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: a
一级 printed as a row of its own behind its column's label (`一级指标：产出指标`) in a grid with
no 一级 column, level rows opened by a 序号 column's outline marks with a 一级's points on its
row, merged level cells whose text stands on the last row of their span, and the rows of a
grid printing the 二级 column before the 一级's whose merged 一级 cells a converter dropped, and a
goal printed as numbered parts across its row."""

from pipeline.labels.grid_rows import canonical_level
from tests.test_layouts_ninth_batch import HEAD, READ, ROWS, errors, named
from tests.test_layouts_text import read, text


def test_a_level1_row_behind_its_label_and_a_colon_names_the_level1():
    # A grid of 二级 | 三级 | 指标值 under rows `一级指标：产出指标`: each such row opens its 一级's
    # rows; it was read as an indicator, or joined to the name above as its wrapped end.
    rows = [
        *HEAD,
        ["二级指标", "三级指标", "指标值"],
        ["一级指标：产出指标", "", ""],
        ["数量指标", "改造茶园面积", "2000亩"],
        ["质量指标", "茶苗成活率", "≥90%"],
        ["成本指标", "每亩补助标准", "≤1500元/亩"],
        ["一级指标:效益指标", "", ""],
        ["经济效益指标", "茶农户均增收", "≥1000元"],
        ["一级指标：满意度指标", "", ""],
        ["服务对象满意度指标", "茶农满意度", "≥95%"],
    ]
    tables = read(text(rows))
    assert named(tables) == READ
    assert [i["level1_raw"] for i in tables.indicators][:1] == ["一级指标:产出指标"]
    assert errors(tables) == []


def test_a_label_of_the_other_level_before_a_level_name_names_no_level():
    assert canonical_level("一級指標：產出指標", 1).name == "产出指标"  # a mirror's traditional
    assert canonical_level("二级指标：产出指标", 1) is None
    assert canonical_level("一级指标：数量指标", 2) is None
    assert canonical_level("二级指标：数量指标", 2).name == "数量指标"


def test_outline_marks_in_a_row_number_column_open_level_rows_with_their_block_points():
    # `序号 | 指标名称 | 目标值 | 权重`: `一`/`二` open a 一级 (its block's points beside it),
    # `（一）` a 二级, numbers the indicators. The level rows were indicators, the points weights.
    rows = [
        ["项目名称：茶园改造"], ["项目资金：420.00万元"],
        ["序号", "指标名称", "目标值", "权重"],
        ["一", "产出指标", "", "60"],
        ["（一）", "数量指标", "", ""],
        ["1", "改造茶园面积", "2000亩", "30"],
        ["（二）", "成本指标", "", ""],
        ["2", "每亩补助标准", "≤1500元/亩", "30"],
        ["二", "满意度指标", "", "40"],
        ["（一）", "服务对象满意度指标", "", ""],
        ["3", "茶农满意度", "≥95%", "40"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert [
        (*row, i["weight"]) for row, i in zip(named(tables), tables.indicators, strict=True)
    ] == [
        ("产出指标", "数量指标", "改造茶园面积", "2000亩", 30.0),
        ("产出指标", "成本指标", "每亩补助标准", "≤1500元/亩", 30.0),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥95%", 40.0),
    ]
    notes = [(f["rule"], f["evidence"]) for f in tables.findings if f["rule"] == "table_note"]
    assert notes == [("table_note", "60"), ("table_note", "40")]
    assert errors(tables) == []


def test_level_text_on_the_last_row_of_its_span_covers_the_blank_rows_above_it():
    # Bottom-aligned merged cells: the first name prints no level, `数量指标` and `产出指标`
    # stand on the last rows of their spans. The first row had no levels and the row after
    # `数量指标` took it by filling down instead of `质量指标` below it.
    rows = [
        *HEAD,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["", "", "改造茶园面积", "2000亩"],
        ["", "数量指标", "新建茶园步道", "≥3公里"],
        ["", "", "茶苗成活率", "≥90%"],
        ["产出指标", "质量指标", "茶园改造验收合格率", "100%"],
        ["", "", "茶农户均增收", "≥1000元"],
        ["效益指标", "经济效益指标", "带动茶叶销售额", "≥300万元"],
        ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥95%"],
    ]
    tables = read(text(rows))
    assert named(tables) == [
        ("产出指标", "数量指标", "改造茶园面积", "2000亩"),
        ("产出指标", "数量指标", "新建茶园步道", "≥3公里"),
        ("产出指标", "质量指标", "茶苗成活率", "≥90%"),
        ("产出指标", "质量指标", "茶园改造验收合格率", "100%"),
        ("效益指标", "经济效益指标", "茶农户均增收", "≥1000元"),
        ("效益指标", "经济效益指标", "带动茶叶销售额", "≥300万元"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥95%"),
    ]
    assert errors(tables) == []


def test_levels_printed_on_the_first_row_of_their_spans_are_filled_down_as_before():
    # The same rows top-aligned (the first row prints its levels): nothing is moved.
    rows = [
        *HEAD,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造茶园面积", "2000亩"],
        ["", "", "新建茶园步道", "≥3公里"],
        ["", "质量指标", "茶苗成活率", "≥90%"],
        ["效益指标", "经济效益指标", "茶农户均增收", "≥1000元"],
    ]
    tables = read(text(rows))
    assert [(i[0], i[1], i[2]) for i in named(tables)] == [
        ("产出指标", "数量指标", "改造茶园面积"),
        ("产出指标", "数量指标", "新建茶园步道"),
        ("产出指标", "质量指标", "茶苗成活率"),
        ("效益指标", "经济效益指标", "茶农户均增收"),
    ]


def test_rows_dropping_the_level1_of_a_grid_printing_it_after_the_level2_are_moved_back():
    # `二级指标 | 一级指标 | 三级指标 | 指标值`, the merged 一级 cells dropped by a converter that
    # ignores rowspan: `质量指标 | 茶苗成活率 | ≥90%` put the name under 一级 and the target
    # under 三级 (an indicator named `≥90%`).
    rows = [
        *HEAD,
        ["二级指标", "一级指标", "三级指标", "指标值"],
        ["数量指标", "产出指标", "改造茶园面积", "2000亩"],
        ["质量指标", "茶苗成活率", "≥90%"],
        ["成本指标", "每亩补助标准", "≤1500元/亩"],
        ["经济效益指标", "效益指标", "茶农户均增收", "≥1000元"],
        ["服务对象满意度指标", "满意度指标", "茶农满意度", "≥95%"],
    ]
    tables = read(text(rows))
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_goal_printed_as_numbered_parts_across_its_row_is_one_goal():
    # `年度目标 | 1.… | 2.… | 3.…`: the goal's cell split at its line breaks. The first part was
    # the goal, the second taken for an unknown label and the third for its value.
    rows = [
        ["项目名称", "茶园改造", "", ""],
        ["年度资金总额", "420", "", ""],
        ["年度目标", "1.改造茶园2000亩；", "（2）新建步道3公里；", "三、茶农户均增收1000元。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *ROWS,
    ]
    tables = read(text(rows))
    (project,) = tables.projects
    assert project["performance_goal"] == (
        "1.改造茶园2000亩；\n（2）新建步道3公里；\n三、茶农户均增收1000元。"
    )
    assert project["extra_columns"] is None
    assert named(tables) == READ
    assert [f["rule"] for f in tables.findings if f["rule"] == "label_unknown"] == []
