"""Levels printed as codes in a column of their own (`指标代码 | A1`), with a legend line above the
table naming each code's level: read as the levels the codes stand for (`layouts/legend.py`)."""

from tests.test_layouts_ninth_batch import named
from tests.test_layouts_text import read, text

LEGEND = (
    "指标代码：A 产出指标（A1 数量指标，A2 质量指标）；B 效益指标（B1 社会效益指标）；"
    "C 满意度指标（C1 服务对象满意度指标）"
)
LABELS = ["项目名称", "资金总额（万元）", "指标代码", "三级指标", "指标值"]
ROWS = [
    ["康复服务", "210.00", "A1", "康复服务人数", "≥1800人"],
    ["", "", "A2", "康复训练达标率", "≥85%"],
    ["", "", "B1", "服务覆盖率", "≥85%"],
    ["", "", "C1", "康复对象满意度", "≥90%"],
]


def _findings(tables) -> list[tuple[str, str]]:
    return [(f["severity"], f["rule"]) for f in tables.findings]


def test_codes_a_legend_names_are_read_as_their_levels():
    # The codes' column was unknown and the legend a line outside the table: every level null,
    # a `column_unknown` note and a `line_unrecognised` warning.
    tables = read(text([["某残联2023年项目绩效目标表"], [LEGEND], LABELS, *ROWS]))
    assert named(tables) == [
        ("产出指标", "数量指标", "康复服务人数", "≥1800人"),
        ("产出指标", "质量指标", "康复训练达标率", "≥85%"),
        ("效益指标", "社会效益指标", "服务覆盖率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "康复对象满意度", "≥90%"),
    ]
    assert [i["extra_columns"] for i in tables.indicators] == [
        '{"指标代码": "A1"}',
        '{"指标代码": "A2"}',
        '{"指标代码": "B1"}',
        '{"指标代码": "C1"}',
    ]
    assert _findings(tables) == []


def test_numbered_codes_extend_their_levels_code():
    legend = "指标编码：1.产出指标（11.数量指标）；2.效益指标（21.社会效益指标）"
    rows = [["甲项目", "80", "11", "培训人数", "200人"], ["", "", "21", "就业率", "≥60%"]]
    tables = read(
        text([[legend], ["项目名称", "资金总额", "指标编码", "三级指标", "指标值"], *rows])
    )
    assert named(tables) == [
        ("产出指标", "数量指标", "培训人数", "200人"),
        ("效益指标", "社会效益指标", "就业率", "≥60%"),
    ]


def test_a_code_the_legend_does_not_name_is_its_level_as_printed():
    # Not the levels of the rows above it, filled down as a merged cell's would be.
    rows = [*ROWS[:1], ["", "", "D9", "服务覆盖率", "≥85%"]]
    tables = read(text([[LEGEND], LABELS, *rows]))
    assert named(tables) == [
        ("产出指标", "数量指标", "康复服务人数", "≥1800人"),
        (None, None, "服务覆盖率", "≥85%"),
    ]
    assert [(i["level1_raw"], i["extra_columns"]) for i in tables.indicators][1] == (
        "D9",
        '{"指标代码": "D9"}',
    )
    assert ("warning", "category_unknown") in _findings(tables)


def test_codes_without_a_legend_are_kept_as_printed():
    tables = read(text([LABELS, *ROWS]))
    assert [row[:2] for row in named(tables)] == [(None, None)] * 4
    assert next(i["extra_columns"] for i in tables.indicators) == '{"指标代码": "A1"}'
    assert ("info", "column_unknown") not in _findings(tables)


def test_a_row_shifted_left_onto_its_code_gets_its_project_cells_back():
    # A converter that drops merged cells shifts every row after a project's first one left by
    # the project's two cells: the code stood under 项目名称 and was read as a project named
    # `A2` (no amount), the indicators' levels null.
    shifted = [ROWS[0], *([*row[2:], "", ""] for row in ROWS[1:])]
    tables = read(text([[LEGEND], LABELS, *shifted]))
    assert [(p["project_name"], str(p["total_amount"])) for p in tables.projects] == [
        ("康复服务", "210.00")
    ]
    assert named(tables) == named(read(text([[LEGEND], LABELS, *ROWS])))
    assert _findings(tables) == []
