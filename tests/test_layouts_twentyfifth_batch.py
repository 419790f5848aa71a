"""What the twenty-fourth round's second folder of target tables (tests/fixtures/heldout-targets-25)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: level
cells opening with a budget system's tree code, 基本支出 given as 人员经费 and 公用经费, a list's
project heading rows, a page scraped into a data frame and written out, a 是否核心指标 column and a
定性 row's unit cell holding `/` once the cells are joined by spaces."""

from decimal import Decimal

from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text


def warnings(tables) -> list[str]:
    return [f["rule"] for f in tables.findings if f["severity"] == "warning"]


def test_level_cells_opening_with_a_tree_code_give_their_levels():
    # `01产出指标`, `0101数量指标`: the system's code of each level, two digits a tier, glued to
    # the name. The 二级 was unknown (null), and each 一级's `01` was taken for a published code
    # other than its name's, a `category_code_mismatch` warning on every indicator.
    codes = {"产出指标": "01", "效益指标": "02", "满意度指标": "03"}
    rows, level1 = [], ""
    for one, two, name, value in ROWS:
        level1 = one or level1
        tier = codes[level1]
        rows.append([tier + one if one else "", f"{tier}0{len(rows) + 1}{two}", name, value])
    tables = read(text([*HEAD, GRID, *rows]))
    assert named(tables) == READ
    assert [(i["level1_raw"], i["level2_raw"]) for i in tables.indicators][:2] == [
        ("01产出指标", "0101数量指标"),
        ("01产出指标", "0102质量指标"),
    ]
    assert [i["level2_written_code"] for i in tables.indicators] == [None] * 5
    assert warnings(tables) == []
    assert errors(tables) == []


def test_a_four_digit_code_before_a_level_one_name_is_not_read_as_its_level():
    # `0101` is a 二级's code: before 产出指标 in the 二级's column it names no 二级.
    rows = [*HEAD, GRID, ["产出指标", "0101产出指标", "改造茶园面积", "2000亩"]]
    tables = read(text(rows))
    assert [(i["level1_name"], i["level2_name"]) for i in tables.indicators] == [("产出指标", None)]


def test_money_by_staff_and_public_funds_and_duty_items_are_read_without_errors():
    # `资金总额 | 人员经费 | 公用经费 | 项目支出` over the figures, and `年度履职目标 | 履职事项 |
    # 年度目标任务 | 预算数` over the department's tasks. 人员经费 was read as the 资金总额's figure
    # (`amount_unparsed`) and each task a value without a label (`row_unparsed`).
    rows = [
        ["部门名称", "某区住房和城乡建设局", "", ""],
        ["年度预算资金", "资金总额", "人员经费", "公用经费", "项目支出"],
        ["", "1,542.60", "486.20", "73.40", "983.00"],
        ["年度履职目标", "履职事项", "年度目标任务", "预算数"],
        ["", "市政设施维护管理", "完成城区道路日常维护", "640.00"],
        ["年度总体目标", "改善城区人居环境。"],
        GRID, *ROWS,
    ]  # fmt: skip
    tables = read(text(rows))
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_project_named_after_a_money_heading_keeps_its_name():
    # `学前教育生均公用经费` beside 项目名称 ends with 公用经费, a money heading: matched by its
    # ending, the name was taken for a label and the form read as the department's own table
    # with no name (found by the generated corpus). Money headings are known written whole.
    tables = read(text([["项目名称", "学前教育生均公用经费"], *HEAD[1:], GRID, *ROWS]))
    assert [(p["project_name"], p["project_kind"]) for p in tables.projects] == [
        ("学前教育生均公用经费", "project")
    ]
    assert [d["layout"] for d in tables.documents] == ["project-form"]
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_lists_project_heading_row_leaves_its_number_unreported():
    # Each project's 序号, name, 预算数 and 年度目标 on a row of their own, its indicator cells
    # empty, its indicators below. The 序号 was reported as a cell of a row without a name.
    grid = ["序号", "项目名称", "预算数", "年度目标", *GRID]
    rows = [
        ["单位：万元"], grid,
        ["1", "茶园改造", "420.00", "改造茶园2000亩。", "", "", "", ""],
        *[["", "", "", "", *row] for row in ROWS],
        ["2", "茶园步道", "86.50", "新建茶园步道3公里。", "", "", "", ""],
        ["", "", "", "", "产出指标", "数量指标", "新建茶园步道", "≥3公里"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", Decimal("420.00")), ("茶园步道", Decimal("86.50"))]
    assert named(tables) == [*READ, ("产出指标", "数量指标", "新建茶园步道", "≥3公里")]
    assert errors(tables) == []


def _frame(rows: list[list[str]]) -> list[list[str]]:
    """The rows as a page scraped into a data frame writes them: a first line of the column
    numbers after an empty corner, each row opening with its index, empty cells `NaN`."""
    width = max(map(len, rows))
    cells = [[*row, *[""] * (width - len(row))] for row in rows]
    return [
        ["", *map(str, range(width))],
        *[[str(k), *(cell or "NaN" for cell in row)] for k, row in enumerate(cells)],
    ]


def test_a_data_frames_numbers_and_missing_values_are_no_cells_of_the_table():
    # pandas' `read_html` then `to_csv`: the column numbers, the index and `NaN` were cells (a
    # row of values without labels, an unknown column `11`, targets' notes `NaN`), the title
    # repeated across its row a label, and the task rows under `年度主要任务` written again on
    # each row values without a label.
    title = "某县应急管理局2023年部门整体绩效目标表"
    rows = [
        [title] * 5,
        ["", "", "", "", "单位：万元"],
        ["部门名称", "某县应急管理局", "某县应急管理局", "某县应急管理局", "某县应急管理局"],
        ["年度主要任务", "任务名称", "主要内容", "主要内容", "预算金额"],
        ["年度主要任务", "安全生产执法", "开展执法检查", "开展执法检查", "86.40"],
        ["年度总体目标", "确保安全形势稳定。", "确保安全形势稳定。", "确保安全形势稳定。", "确保安全形势稳定。"],
        [*GRID, "备注"],
        *[[*row, ""] for row in ROWS],
    ]  # fmt: skip
    tables = read(text(_frame(rows)))
    assert tables.documents[0]["title"] == title
    assert named(tables) == READ
    assert [i["extra_columns"] for i in tables.indicators] == [None] * 5
    assert [i["standard"] for i in tables.indicators] == [None] * 5
    assert [f["rule"] for f in tables.findings if f["rule"] != "missing_level1"] == []


def test_a_data_frames_index_is_read_only_under_its_column_numbers():
    # A first row of `0 1 2 3` with no empty corner is no data frame's: nothing taken away.
    rows = [["0", "1", "2", "3"], *HEAD, GRID, *ROWS]
    tables = read(text(rows))
    assert named(tables) == READ


def test_a_core_indicator_column_is_a_known_extra_column_joined_or_not():
    # `是否核心指标 | 是` between the name and the target: unknown, it was reported, and with the
    # cells joined by spaces the file was refused (its labels not all known).
    grid = [*GRID[:3], "是否核心指标", "指标值"]
    rows = [[*row[:3], "是" if k % 2 else "否", row[3]] for k, row in enumerate(ROWS)]
    tabbed = read(text([*HEAD, grid, *rows]))
    assert named(tabbed) == READ
    assert [f["rule"] for f in tabbed.findings if f["rule"] == "column_unknown"] == []
    assert tabbed.indicators[1]["extra_columns"] == '{"是否核心指标": "是"}'
    joined = "\n".join(" ".join(c for c in row if c) for row in [*HEAD, grid, *rows]) + "\n"
    assert named(read(joined.encode())) == READ


def test_a_qualitative_rows_slash_unit_is_placed_once_the_cells_are_joined():
    # `定性 明显改善 / /` under `计算符号 | 目标值 | 度量单位 | 备注`: a 定性 row has no unit, so the
    # `/` under 度量单位 fitted no column and the row was left out (`row_unparsed`).
    grid = [*GRID[:3], "计算符号", "目标值", "度量单位", "备注"]
    rows = [
        ["产出指标", "数量指标", "改造茶园面积", "≥", "2000", "亩", "/"],
        ["效益指标", "社会效益指标", "茶园环境", "定性", "明显改善", "/", "/"],
    ]
    joined = "\n".join(" ".join(c for c in row if c) for row in [*HEAD, grid, *rows]) + "\n"
    tables = read(joined.encode())
    assert named(tables) == [
        ("产出指标", "数量指标", "改造茶园面积", "≥2000亩"),
        ("效益指标", "社会效益指标", "茶园环境", "明显改善"),
    ]
    assert errors(tables) == []
