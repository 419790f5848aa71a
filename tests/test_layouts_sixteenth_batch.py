"""What the sixteenth held-out batch of target tables (tests/fixtures/heldout-targets-16)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own:
`绩效指标` as the one label of the names' column beside 指标值 (a flat list, or the levels as
an indented tree in that column), the unit of every value noted in the value column's label
(`目标值（%）` over `≥85`), a list printing a project's amount and goal on its last row, the
parts of a money block printed side by side under 中期 and 年度 totals, and a target written
inside a name beside an empty value cell (a finding, never a target)."""

from decimal import Decimal

from pipeline.checks import comparison_in_name
from pipeline.rows import THRESHOLD_COLUMNS
from tests.test_layouts_damage import cells_joined_by_spaces, labels_spaced, one_cell_a_line
from tests.test_layouts_ninth_batch import GRID, HEAD, READ, ROWS, errors, named, projects
from tests.test_layouts_text import read, text

IN = "\u3000"  # an ideographic space, as an outline view indents


def clauses(tables, scope: str = "annual") -> dict[str, dict]:
    """The first clause of each indicator's target of `scope`, by indicator."""
    rows = [dict(zip(THRESHOLD_COLUMNS, t, strict=True)) for t in tables.thresholds]
    return {t["indicator_id"]: t for t in rows if t["scope"] == scope and t["clause_seq"] == 1}


def test_the_block_label_heads_the_names_beside_a_value_column_and_no_level_column():
    # `序号 | 绩效指标 | 指标值 | 分值`: no 三级 column, so 绩效指标 is the names' (a flat list),
    # not the seed's packed cell.
    rows = [[str(n), name, value, "20"] for n, (_, _, name, value) in enumerate(ROWS, 1)]
    tables = read(text([*HEAD, ["序号", "绩效指标", "指标值", "分值"], *rows]))
    assert tables.documents[0]["layout"] == "flat-list"
    assert [(i["indicator_name"], i["annual_target"], i["weight"]) for i in tables.indicators] == [
        (name, value, 20.0) for _, _, name, value in READ
    ]


def test_levels_as_an_indented_tree_in_the_names_column_give_each_indicator_its_levels():
    # 一级 and 二级 rows of their own, printing only their name (indented by one ideographic
    # space for a 二级), over the indicators (by two): no indicator is a level, and no level
    # row is the end of the name above it.
    rows = [
        ["产出指标", ""], [f"{IN}数量指标", ""], [f"{IN * 2}改造茶园面积", "2000亩"],
        [f"{IN}质量指标", ""], [f"{IN * 2}茶苗成活率", "≥90%"],
        [f"{IN}成本指标", ""], [f"{IN * 2}每亩补助标准", "≤1500元/亩"],
        ["效益指标", ""], [f"{IN}经济效益指标", ""], [f"{IN * 2}茶农户均增收", "≥1000元"],
        ["满意度指标", ""], [f"{IN}服务对象满意度指标", ""], [f"{IN * 2}茶农满意度", "≥95%"],
    ]  # fmt: skip
    for label in ("绩效指标", "指标名称"):
        table = text([*HEAD, [label, "指标值"], *rows])
        for data in (table, one_cell_a_line(table.decode()).encode()):
            tables = read(data)
            assert named(tables) == READ
            assert errors(tables) == []
            assert [f["rule"] for f in tables.findings if f["rule"] == "name_maybe_wrapped"] == []


def test_a_unit_noted_in_the_value_columns_label_is_the_unit_of_its_bare_figures():
    # `目标值（%）` over `≥85`: ≥85 %, as under a 计量单位 column printing `%`; a cell writing
    # its own unit or words is read as written.
    rows = [
        ["产出指标", "数量指标", "审计项目计划完成率", "100"],
        ["", "质量指标", "审计发现问题整改率", "≥85"],
        ["", "成本指标", "“三公”经费变动率", "≤0"],
        ["效益指标", "社会效益指标", "审计建议采纳率", "≥80%"],
        ["", "可持续影响指标", "审计监督机制", "持续完善"],
    ]
    # Also with the label spread out by a converter (`目 标 值 （ % ）`).
    table = text([*HEAD, [*GRID[:3], "目标值（%）"], *rows])
    for data in (table, labels_spaced(table.decode()).encode()):
        tables = read(data)
        first = clauses(tables)
        assert [
            (
                i["annual_target"],
                *(first[i["indicator_id"]][k] for k in ("kind", "operator", "unit")),
            )
            for i in tables.indicators
        ] == [
            ("100%", "percent", "=", "%"),
            ("≥85%", "percent", ">=", "%"),
            ("≤0%", "percent", "<=", "%"),
            ("≥80%", "percent", ">=", "%"),
            ("持续完善", "text", None, None),
        ]


def test_a_lists_amount_and_goal_printed_on_a_projects_last_row_are_its_own():
    # Merged cells whose text the export left at the bottom of their span: the name on the
    # project's first row, its 预算数 and 年度目标 on its last.
    grid = ["序号", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"]
    rows = [["1", "道路照明维护", "", "", "产出指标", "数量指标", "维护路灯", "≥4.6万盏"],
            ["", "", "1,280.00", "亮灯率98%以上。", "满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
            ["2", "垃圾收运处置", "", "", "产出指标", "数量指标", "收运量", "≥52万吨"],
            ["", "", "", "", "产出指标", "质量指标", "无害化处理率", "100%"],
            ["", "", "3,650.50", "无害化处理率100%。", "满意度指标", "服务对象满意度指标", "居民满意度", "≥88%"]]  # fmt: skip
    tables = read(text([["某区2025年政府性基金预算项目绩效目标表"], ["单位：万元"], grid, *rows]))
    assert projects(tables) == [
        ("道路照明维护", Decimal("1280")),
        ("垃圾收运处置", Decimal("3650.5")),
    ]
    assert [p["performance_goal"] for p in tables.projects] == [
        "亮灯率98%以上。",
        "无害化处理率100%。",
    ]
    assert [len([i for i in tables.indicators if i["project_id"] == p["project_id"]])
            for p in tables.projects] == [2, 3]  # fmt: skip
    assert errors(tables) == []


def test_money_parts_side_by_side_under_period_and_annual_totals_take_their_columns_scope():
    # The 2015 A1 form: `中期资金总额 | 1860 | 年度资金总额 | 720`, then each part printed twice
    # on its row, under the period total and under the annual one.
    head = [["项目名称", "医疗设备更新"],
            ["中期资金总额", "1,860.00", "年度资金总额", "720.00"],
            ["其中：财政拨款", "1,500.00", "其中：财政拨款", "600.00"],
            ["其他资金", "360.00", "其他资金", "120.00"],
            ["年度目标", "更新设备4台。"]]  # fmt: skip
    table = text([*head, GRID, *ROWS])
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        (project,) = tables.projects
        assert [project[k] for k in ("total_amount", "fiscal_appropriation", "other_funds",
                                     "period_amount")] == [
            Decimal("720"), Decimal("600"), Decimal("120"), Decimal("1860"),
        ]  # fmt: skip
        assert errors(tables) == []


def test_a_target_written_in_a_name_beside_an_empty_value_is_a_finding_never_a_target():
    rows = [["产出指标", "数量指标", "培训人数≥1500人次", ""], *ROWS[1:]]
    tables = read(text([*HEAD, GRID, *rows]))
    first = tables.indicators[0]
    assert (first["indicator_name"], first["annual_target"]) == ("培训人数≥1500人次", None)
    assert first["indicator_id"] not in clauses(tables)
    assert [(f["rule"], f["severity"], f["entity_id"], f["evidence"])
            for f in tables.findings if f["rule"] == "target_in_name"] == [
        ("target_in_name", "warning", first["indicator_id"], "培训人数≥1500人次"),
    ]  # fmt: skip


def test_a_comparison_in_a_name_is_one_that_bounds_not_a_size():
    assert comparison_in_name("创业培训人数≥200人") == "创业培训人数≥200人"
    assert comparison_in_name("1.5米护栏安装") is None
    assert comparison_in_name("培训合格率") is None
