"""What the twenty-sixth round's first folder of target tables (tests/fixtures/heldout-targets-28)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: a
department list printing a project's cells once, on its first row, whose wrapped name and goal a
converter printed line by line below it, on lines of their own and beside the project's next
indicator rows, and a department's task rows under one heading, each printing the same labels."""

import json
from decimal import Decimal

from tests.test_layouts_ninth_batch import errors, named, projects
from tests.test_layouts_text import read, text

LIST = ["项目名称", "资金总额", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"]
PIPES = ["产出指标", "数量指标", "改造供水管网长度", "≥12公里"]
CHECKED = ["", "质量指标", "工程验收合格率", "100%"]


def _goals(tables) -> list[str]:
    return [p["performance_goal"] for p in tables.projects]


def test_a_list_s_project_name_and_goal_wrapped_onto_the_lines_below_are_its_own():
    # `城区老旧供水管网改造` over `工程` on a line of its own beside the goal's second line, the
    # goal's last line beside the next indicator row: `工程` was read as a project of its own
    # (no money, the first project's other indicators), and the goal's lines beside indicator
    # rows as cells of no project (row_unparsed).
    rows = [
        LIST,
        ["城区老旧供水管网改造", "860.00", "改造城区老旧供水管网12公里，降低", *PIPES],
        ["工程", "", "管网漏损率，保障城区居民用水", "", "", "", ""],
        ["", "", "安全。", *CHECKED],
        ["", "", "", "效益指标", "社会效益指标", "管网漏损率", "≤9%"],
        ["农村饮水水质检测", "45.00", "开展农村饮水工程水质检测，", "产出指标", "数量指标",
         "水质检测样品", "≥260份"],
        ["", "", "保障农村饮水安全。", "", "时效指标", "检测完成时间", "2024年11月30日前"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert projects(tables) == [
        ("城区老旧供水管网改造工程", Decimal("860.00")),
        ("农村饮水水质检测", Decimal("45.00")),
    ]
    assert _goals(tables) == [
        "改造城区老旧供水管网12公里,降低管网漏损率,保障城区居民用水安全。",
        "开展农村饮水工程水质检测,保障农村饮水安全。",
    ]
    assert named(tables) == [
        ("产出指标", "数量指标", "改造供水管网长度", "≥12公里"),
        ("产出指标", "质量指标", "工程验收合格率", "100%"),
        ("效益指标", "社会效益指标", "管网漏损率", "≤9%"),
        ("产出指标", "数量指标", "水质检测样品", "≥260份"),
        ("产出指标", "时效指标", "检测完成时间", "2024年11月30日前"),
    ]
    assert errors(tables) == []


def test_a_goal_cell_after_a_goal_that_ends_its_sentence_is_no_end_of_it():
    # The goal above ends (`。`): a second text in its column is no wrapped line of it, and
    # stays a cell of no project, reported with its text.
    rows = [
        LIST,
        ["城区老旧供水管网改造", "860.00", "改造城区老旧供水管网12公里。", *PIPES],
        ["", "", "另行安排维修资金。", *CHECKED],
    ]  # fmt: skip
    tables = read(text(rows))
    assert _goals(tables) == ["改造城区老旧供水管网12公里。"]
    assert [
        (f["rule"], f["message"], f["evidence"])
        for f in tables.findings
        if f["severity"] == "error"
    ] == [("row_unparsed", "a project cell on a row that starts no project", "另行安排维修资金。")]


def test_a_name_s_line_beside_the_goal_s_next_line_is_its_end_whatever_its_width():
    # `供水管网改造` is no widest name of its column (the converter did not wrap it there), but
    # the line `工程` under it stands beside the goal's next line (`改造城区老旧供水管网` goes on
    # with `12公里。`), and a project of its own opens no goal mid-sentence: the name's end.
    # Before the twenty-ninth batch, `工程` was a project of its own (no money, the goal's end).
    rows = [
        LIST,
        ["供水管网改造", "860.00", "改造城区老旧供水管网", *PIPES],
        ["工程", "", "12公里。", "", "", "", ""],
        ["", "", "", *CHECKED],
        ["农村饮水工程水质检测", "45.00", "开展检测。", "产出指标", "数量指标", "水质检测样品",
         "≥260份"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert projects(tables) == [
        ("供水管网改造工程", Decimal("860.00")),
        ("农村饮水工程水质检测", Decimal("45.00")),
    ]
    assert _goals(tables) == ["改造城区老旧供水管网12公里。", "开展检测。"]


def test_a_departments_task_rows_under_one_heading_are_each_kept():
    # `年度主要任务 | 任务名称 | 主要内容 | 预算金额` over three tasks: each row's fields had the
    # same labels, and the project kept the last task only (玛纳斯's first two tasks lost).
    grid = ["一级指标", "二级指标", "三级指标", "指标值"]
    tables = read(text([
        ["某县2022年部门整体支出绩效目标表"], ["部门名称", "某县文化和旅游局"],
        ["年度主要任务", "任务名称", "主要内容", "预算金额"],
        ["", "公共文化服务", "免费开放图书馆、文化馆", "120.00"],
        ["", "文物保护", "开展文物安全巡查", "45.00"],
        ["年度总体目标", "保障公共文化场馆免费开放。"],
        grid, ["产出指标", "数量指标", "免费开放场馆", "≥3个"],
    ]))  # fmt: skip
    assert json.loads(tables.projects[0]["extra_columns"]) == {
        "任务名称": "公共文化服务",
        "主要内容": "免费开放图书馆、文化馆",
        "预算金额": "120.00",
        "任务名称#2": "文物保护",
        "主要内容#2": "开展文物安全巡查",
        "预算金额#2": "45.00",
    }
    assert errors(tables) == []
