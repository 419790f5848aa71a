"""Two tables a page printed side by side, read by a converter line by line so that their rows
alternate (pipeline.read.side_by_side): put back table by table, or read as printed where the
rows do not pair."""

from decimal import Decimal

from pipeline.cells import CellRow
from pipeline.read.side_by_side import tables_parted
from tests.test_layouts_ninth_batch import errors, projects
from tests.test_layouts_text import read, text


def _form(name: str, total: str, rows: list[list[str]]) -> list[list[str]]:
    return [
        ["项目支出绩效目标表"],
        ["项目名称", name],
        ["主管部门", "某县农业农村局", "实施单位", "某县农技站"],
        ["资金情况（万元）", "年度资金总额", total],
        ["年度目标", f"完成{name}建设任务。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *rows,
    ]


LEFT = _form("稻鱼共生基地建设", "280.00", [
    ["产出指标", "数量指标", "基地建设面积", "≥3,000亩"],
    ["", "", "田鱼苗种投放", "≥45万尾"],
    ["", "质量指标", "苗种成活率", "≥85%"],
    ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
])  # fmt: skip
RIGHT = _form("杨梅提质增效", "156.50", [
    ["产出指标", "数量指标", "品种改良面积", "≥1,500亩"],
    ["", "", "避雨设施建设", "≥200亩"],
    ["", "质量指标", "嫁接成活率", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "果农满意度", "≥92%"],
])  # fmt: skip


def _interleaved(left: list[list[str]], right: list[list[str]]) -> list[list[str]]:
    return [row for pair in zip(left, right, strict=True) for row in pair]


def test_two_forms_printed_side_by_side_and_read_line_by_line_are_read_form_by_form():
    # The rows alternated left, right, left … from the two titles on: read as one form, the
    # two names joined into one project and its indicators doubled under it.
    tables = read(text([["某县农业农村局2024年部门预算"], *_interleaved(LEFT, RIGHT), ["— 17 —"]]))
    assert projects(tables) == [("稻鱼共生基地建设", Decimal("280.00")),
                                ("杨梅提质增效", Decimal("156.50"))]  # fmt: skip
    assert [(i["project_id"][-2:], i["level1_name"], i["level2_name"], i["indicator_name"],
             i["annual_target"], i["source_line"]) for i in tables.indicators] == [
        ("p1", "产出指标", "数量指标", "基地建设面积", "≥3,000亩", 14),
        ("p1", "产出指标", "数量指标", "田鱼苗种投放", "≥45万尾", 16),
        ("p1", "产出指标", "质量指标", "苗种成活率", "≥85%", 18),
        ("p1", "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", 20),
        ("p2", "产出指标", "数量指标", "品种改良面积", "≥1,500亩", 15),
        ("p2", "产出指标", "数量指标", "避雨设施建设", "≥200亩", 17),
        ("p2", "产出指标", "质量指标", "嫁接成活率", "≥90%", 19),
        ("p2", "满意度指标", "服务对象满意度指标", "果农满意度", "≥92%", 21),
    ]  # fmt: skip
    assert errors(tables) == []


def _rows(table: list[list[str]]) -> list[CellRow]:
    return [CellRow(cells=tuple(cells), line=line) for line, cells in enumerate(table, 1)]


def test_a_form_whose_title_is_printed_twice_is_read_as_printed():
    rows = _rows([LEFT[0], *LEFT])
    assert tables_parted(rows) == rows


def test_two_forms_side_by_side_whose_rows_stop_pairing_are_read_as_printed():
    # The right form has one indicator fewer: its last rows pair with nothing, so which table
    # a row is of no longer shows; nothing is moved.
    rows = _rows([*_interleaved(LEFT[:-1], RIGHT[:-1]), LEFT[-1]])
    assert tables_parted(rows) == rows


def test_rows_pairing_after_the_twin_titles_but_opening_with_too_few_labels_stay_as_printed():
    # A title printed twice over a list of indicators, every row of one shape: no two labels
    # open a pair, so no two tables stand side by side.
    grid = [["某县2024年项目支出绩效目标表"], ["某县2024年项目支出绩效目标表"],
            *[["", "", f"指标{n}", f"≥{n}%"] for n in range(1, 15)]]  # fmt: skip
    rows = _rows(grid)
    assert tables_parted(rows) == rows
