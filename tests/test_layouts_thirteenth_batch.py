"""What the thirteenth held-out batch of target tables (tests/fixtures/heldout-targets-13)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own:
level names behind capital letters (`A.产出指标`), the column label 指标值 merged across over
`中期 | 年度` (the lower row shifted left too), names opening with glued outline numbers
(`1.1抽检批次`), the labels 年度预算总额 and 项目承办单位, and an unnamed row's target shifted left
where a name stands."""

from decimal import Decimal

from pipeline.layouts.recognise import _two_row_labels
from tests.test_layouts_damage import cells_joined_by_spaces
from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import indicators, read, text


def test_levels_behind_capital_letters_are_the_levels():
    # `A.产出指标`, `B.效益指标`: the blocks numbered by letters, no part of the level.
    letters = iter("ABC")
    rows = [[level1 and f"{next(letters)}.{level1}", *rest] for level1, *rest in ROWS]
    tables = read(text([*HEAD, GRID, *rows]))
    assert projects(tables) == [("茶园改造", Decimal("420"))]
    assert named(tables) == READ
    assert errors(tables) == []


def test_a_value_label_merged_across_over_its_scopes_labels_each_column_by_its_scope():
    # `指标值` over two columns, the row below printing `中期 | 年度` under it only: the first
    # column the 中期 (period) target, the second the 年度 one; the span runs to the row's end.
    upper = [*GRID, ""]
    lower = ["", "", "", "中期", "年度"]
    rows = [[*ROWS[0][:3], "6000亩", "2000亩"]] + [[*row, row[3]] for row in ROWS[1:]]
    tables = read(text([*HEAD, upper, lower, *rows]))
    assert indicators(tables) == [
        ("产出指标", "数量指标", "改造茶园面积", "2000亩", "6000亩"),
        ("产出指标", "质量指标", "茶苗成活率", "≥90%", "≥90%"),
        ("产出指标", "成本指标", "每亩补助标准", "≤1500元/亩", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "茶农户均增收", "≥1000元", "≥1000元"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥95%", "≥95%"),
    ]
    # A converter that drops the cells merged down both rows prints `中期 | 年度` alone.
    assert indicators(read(text([*HEAD, GRID, ["中期", "年度"], *rows]))) == indicators(tables)
    # A label over nothing at the row's end is a row padded, unless the row below labels it.
    assert _two_row_labels((*GRID, ""), ("", "", "", "", "")) is None
    assert _two_row_labels((*GRID, "", "备注"), ("", "", "", "年度", "实施期", "")) == (
        *GRID[:3], "年度指标值", "实施期指标值", "备注",
    )  # fmt: skip


def test_names_opening_with_glued_outline_numbers_that_run_on_are_read_without_them():
    # `1.1改造茶园面积`, `1.2…`, then `2.1…`: the block's number and the row's place in it,
    # glued to the name; a decimal before one name (`1.5米宽护栏`) numbers nothing.
    numbers = ["1.1", "1.2", "1.3", "2.1", "3.1"]
    rows = [[*row[:2], number + row[2], row[3]] for number, row in zip(numbers, ROWS, strict=True)]
    tables = read(text([*HEAD, GRID, *rows]))
    assert named(tables) == READ
    assert [i["indicator_seq"] for i in tables.indicators] == [1, 2, 3, 1, 1]
    rows[1][2] = "1.5米宽护栏"
    tables = read(text([*HEAD, GRID, *rows]))
    assert [i["indicator_name"] for i in tables.indicators] == [
        "1.1改造茶园面积", "1.5米宽护栏", "1.3每亩补助标准", "2.1茶农户均增收", "3.1茶农满意度",
    ]  # fmt: skip


def test_a_year_budget_total_and_an_undertaking_unit_are_known_labels_joined_or_not():
    # `年度预算总额` (the year's total), `项目承办单位` (the unit that carries the project out):
    # labels in their cells, and in a table whose cells a converter joined by spaces.
    head = [
        HEAD[0], ["项目申报单位", "某县农业农村局", "项目承办单位", "某县茶叶站"],
        ["项目资金（万元）", "年度预算总额", "420"], ["", "其中：财政拨款", "420"], HEAD[2],
    ]  # fmt: skip
    table = text([*head, GRID, *ROWS])
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert [
            (
                p["project_name"],
                p["total_amount"],
                p["supervising_department"],
                p["implementing_unit"],
            )
            for p in tables.projects
        ] == [("茶园改造", Decimal("420"), "某县农业农村局", "某县茶叶站")]
        assert named(tables) == READ
        assert errors(tables) == []


def test_an_unnamed_rows_target_shifted_left_is_no_name():
    # A template row left unnamed, its value printed: in place or shifted left by a converter
    # that dropped its merged level cells, it is a row without a name, not an indicator `≥8个`.
    for unnamed in (["", "", "", "≥8个"], ["", "≥8个"]):
        tables = read(text([*HEAD, GRID, *ROWS[:1], unnamed, *ROWS[1:]]))
        assert named(tables) == READ
        assert [
            (f["rule"], f["source_line"], f["message"])
            for f in tables.findings
            if f["severity"] == "error"
        ] == [("row_unparsed", 6, "a value without an indicator name")]
