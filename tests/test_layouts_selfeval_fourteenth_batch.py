"""What the fourteenth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-14)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: the
levels printed before the name in the name's own cell where no level column gives them (one
`指标名称（一级/二级/三级）` column of paths `产出指标/数量指标/培训人数`, a `二级指标：三级指标`
column beside the 一级's); an actual printed `/` (none); a target column headed with the goal
block's `年初设定目标`; and a `整改措施` column beside the reasons, a note however its row is
printed."""

from pipeline.labels.columns import column_roles
from pipeline.labels.grid_rows import levels_before_name
from tests.test_layouts_damage import cells_joined_by_spaces
from tests.test_layouts_text import read, text

MONEY = [
    ["项目支出绩效自评表"],
    ["项目名称", "茶叶低产园改造提升项目"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "480.00", "500.00", "485.00", "10", "97.00%", "9.7"],
]


def _indicators(*rows: list[str], layout: str = "project-form") -> list[tuple]:
    tables = read(text([*MONEY, *rows]))
    assert tables.documents[0]["layout"] == layout
    return [
        (i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"],
         i["actual_value"], i["weight"], i["score"], i["met"])
        for i in tables.indicators
    ]  # fmt: skip


def test_a_name_column_of_paths_gives_each_indicator_its_levels():
    # Before, the whole path was the name and no indicator had a level (missing_level1), the
    # form a flat list.
    assert _indicators(
        ["指标名称（一级/二级/三级）", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标/数量指标/茶园低产改造面积", "≥5000亩", "5200亩", "50", "50"],
        ["产出指标/成本指标/每亩改造补助标准", "≤800元/亩", "800元/亩", "20", "20"],
        ["效益指标/社会效益指标/带动脱贫户户数", "≥400户", "412户", "20", "20"],
    ) == [
        ("产出指标", "数量指标", "茶园低产改造面积", "≥5000亩", "5200亩", 50, 50, True),
        ("产出指标", "成本指标", "每亩改造补助标准", "≤800元/亩", "800元/亩", 20, 20, True),
        ("效益指标", "社会效益指标", "带动脱贫户户数", "≥400户", "412户", 20, 20, True),
    ]


def test_a_level2_before_the_name_is_the_rows_level2_under_its_level1():
    # Before, `数量指标:绿地养护面积` was the name and the 二级 was None.
    assert _indicators(
        ["一级指标", "二级指标：三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标：绿地养护面积", "≥350万平方米", "352万平方米", "45", "45"],
        ["", "成本指标：每平方米养护费用", "≤6元", "6.3元", "45", "40"],
    ) == [
        ("产出指标", "数量指标", "绿地养护面积", "≥350万平方米", "352万平方米", 45, 45, True),
        ("产出指标", "成本指标", "每平方米养护费用", "≤6元", "6.3元", 45, 40, False),
    ]


def test_a_name_opening_with_no_level_of_its_row_keeps_its_whole_text():
    # A 二级 of another 一级, a code (`1:1`), a word of both levels with no 二级 after it.
    assert levels_before_name("质量指标-抽检合格率", "效益指标", None) == (
        "效益指标", None, "质量指标-抽检合格率",
    )  # fmt: skip
    assert levels_before_name("1:1配套资金", None, None) == (None, None, "1:1配套资金")
    assert levels_before_name("成本指标/单位成本", None, None) == (None, "成本指标", "单位成本")
    assert levels_before_name("数量指标-培训人数", "产出指标", "数量指标") == (
        "产出指标", "数量指标", "培训人数",
    )  # fmt: skip


HEADINGS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def test_an_actual_printed_as_a_slash_is_no_actual_and_a_word_none_stays():
    # Before, `/` was kept as the actual as if it had been measured.
    assert _indicators(
        HEADINGS,
        ["产出指标", "质量指标", "安全生产事故", "无重大安全责任事故", "无", "45", "45"],
        ["满意度指标", "服务对象满意度指标", "牧民满意度", "≥90%", "/", "45", "0"],
    ) == [
        ("产出指标", "质量指标", "安全生产事故", "无重大安全责任事故", "无", 45, 45, None),
        ("满意度指标", "服务对象满意度指标", "牧民满意度", "≥90%", None, 45, 0, None),
    ]


def test_a_target_column_headed_with_the_goal_blocks_words_holds_the_targets():
    # Before, `年初设定目标` over the indicators was read as no column: every target was lost.
    assert _indicators(
        ["年度总体目标", "年初设定目标", "全年实际完成情况"],
        ["", "建设辣椒基地2000亩。", "建成辣椒基地2100亩。"],
        ["一级指标", "二级指标", "三级指标", "年初设定目标", "全年实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "辣椒标准化种植基地", "≥2000亩", "2100亩", "45", "45"],
        ["", "", "发放有机肥", "≥600吨", "580吨", "45", "40"],
    ) == [
        ("产出指标", "数量指标", "辣椒标准化种植基地", "≥2000亩", "2100亩", 45, 45, True),
        ("产出指标", "数量指标", "发放有机肥", "≥600吨", "580吨", 45, 40, False),
    ]


def test_a_measures_column_beside_the_reasons_is_a_known_note_joined_or_not():
    # Before, `整改措施` was an unknown column (column_unknown) whose cells could hold any word:
    # joined by spaces, every row fitted its columns in more than one way and was left out.
    rows = [
        [*HEADINGS, "未完成原因", "整改措施"],
        ["产出指标", "数量指标", "养殖户技术培训", "≥8期", "6期", "45", "35", "受台风影响停训2期",
         "次年上半年补训2期"],
        ["", "质量指标", "良种成活率", "≥90%", "93.2%", "45", "45", "", ""],
    ]  # fmt: skip
    table = text([*MONEY, *rows])
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert [
            (i["indicator_name"], i["actual_value"], i["score"], i["deviation_reason"])
            for i in tables.indicators
        ] == [("养殖户技术培训", "6期", 35, "受台风影响停训2期"), ("良种成活率", "93.2%", 45, None)]
        assert not [f for f in tables.findings if f["severity"] != "info"]
        assert "column_unknown" not in {f["rule"] for f in tables.findings}


def test_a_measures_label_is_known_only_written_whole():
    # A label ending in the measures names the reasons too, or is the end of a wrapped label.
    assert column_roles("整改措施") == ("measure",)
    assert column_roles("未完成原因及整改措施") == ("deviation",)
    assert column_roles("及改进措施") == ()


def test_a_total_row_printing_its_points_with_their_unit_closes_the_scores():
    # Before, `100分 | 90分` was no figure: the row was a sign-off line and the scores, which add
    # up to 95 + 9.7, went unchecked against it.
    tables = read(
        text([
            *MONEY,
            HEADINGS,
            ["产出指标", "数量指标", "人参标准化种植基地", "≥1500亩", "1520亩", "90分", "85分"],
            ["总分", "", "", "", "", "100分", "90分"],
        ])
    )  # fmt: skip
    assert [(f["rule"], f["evidence"]) for f in tables.findings if f["severity"] == "error"] == [
        ("score_total_mismatch", "9.7 + 85"),
    ]


def test_the_indicators_under_a_title_of_their_own_go_on_with_the_form_above():
    # A self-evaluation printed as two tables: the second's title was a line_unrecognised.
    tables = read(
        text([
            *MONEY,
            ["附件2"],
            ["项目绩效指标完成情况表"],
            HEADINGS,
            ["产出指标", "数量指标", "新建标准化羊舍", "≥20栋", "20栋", "90", "90"],
            ["合计", "", "", "", "", "100", "99.7"],
        ])
    )  # fmt: skip
    assert [(p["project_name"], p["execution_score"]) for p in tables.projects] == [
        ("茶叶低产园改造提升项目", 9.7),
    ]
    assert [i["indicator_name"] for i in tables.indicators] == ["新建标准化羊舍"]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
