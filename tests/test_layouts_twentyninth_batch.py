"""What the twenty-ninth and thirtieth held-out batches of target tables
(tests/fixtures/heldout-targets-29, heldout-targets-30) showed the readers lacked, each read by
the whole per-file pipeline on a table of its own: a list's project name wrapped onto the line
of its next indicator row, beside its goal's next line; a form's name wrapped at no column
width under a long first line."""

from decimal import Decimal

from tests.test_layouts_ninth_batch import projects
from tests.test_layouts_text import read, text

LIST = [
    "序号",
    "项目名称",
    "项目金额",
    "年度绩效目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
]


def test_a_list_s_project_name_wrapped_beside_its_goal_and_an_indicator_row_is_its_end():
    # `农村客运及城市公交` over `燃油补贴`, printed beside the goal's next line and the project's
    # second indicator row: `燃油补贴` was a project of its own (no 序号, no money), its
    # indicators taken from the project above.
    rows = [
        LIST,
        ["1", "农村客运及城市公交", "193.62", "按规定兑付燃油补贴，保障126辆农村客运", "产出指标",
         "数量指标", "补贴农村客运车辆", "≥126辆"],
        ["", "燃油补贴", "", "车辆稳定运营。", "产出指标", "数量指标", "补贴城市公交车辆", "≥48辆"],
        ["2", "乡镇渡口安全管理", "35.80", "加强渡口安全管理。", "产出指标", "数量指标",
         "纳入管理乡镇渡口", "9处"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert projects(tables) == [
        ("农村客运及城市公交燃油补贴", Decimal("193.62")),
        ("乡镇渡口安全管理", Decimal("35.80")),
    ]
    assert [(i["project_id"], i["indicator_name"]) for i in tables.indicators] == [
        ("t.txt:p1", "补贴农村客运车辆"),
        ("t.txt:p1", "补贴城市公交车辆"),
        ("t.txt:p2", "纳入管理乡镇渡口"),
    ]
    assert [p["performance_goal"] for p in tables.projects] == [
        "按规定兑付燃油补贴,保障126辆农村客运车辆稳定运营。",
        "加强渡口安全管理。",
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_name_s_end_under_a_long_first_line_is_joined_with_a_warning():
    # `道地中药材种植基地良种` (22 narrow columns of the widest 24) over `覆盖率`, alone: no mark,
    # bracket or column width says it is the name's end, but a converter wraps long names only.
    grid = ["一级指标", "二级指标", "三级指标", "指标值"]
    tables = read(text([
        ["项目名称", "道地中药材种植基地建设"], ["年度资金总额", "420"], grid,
        ["产出指标", "数量指标", "新建道地中药材种植基地", "≥1800亩"],
        ["", "质量指标", "道地中药材种植基地良种", "≥90%"],
        ["", "", "覆盖率", ""],
        ["", "", "中药材农药残留抽检合格率", "=100%"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("新建道地中药材种植基地", "≥1800亩"),
        ("道地中药材种植基地良种覆盖率", "≥90%"),
        ("中药材农药残留抽检合格率", "=100%"),
    ]
    assert [(f["rule"], f["severity"], f["source_line"], f["message"])
            for f in tables.findings if f["severity"] != "info"] == [
        ("name_end_joined", "warning", 6, "the row printing only '覆盖率', under the long name "
         "'道地中药材种植基地良种', is read as that name's end wrapped onto a line of its own; "
         "compare with the published table"),
    ]  # fmt: skip
