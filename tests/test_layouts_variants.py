"""Layout readers on tables built here: the held-out check in miniature.

One set of projects and indicators is printed in many ways a real template might: labels
drawn from every variant of the vocabulary, spaces inside labels, indicator columns in any
order, level columns dropped, levels merged (shown once per block) or repeated, split value
columns or one value column, a form or one row per indicator. Whatever the printing, the
readers must give back the same projects, indicators, levels, targets and weights.
"""

import datetime
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from pipeline.cells import CellRow, CellTable
from pipeline.labels.columns import label_scope
from pipeline.labels.grid_rows import canonical_level
from pipeline.layouts import project_amounts, read_table
from pipeline.layouts.clauses import target_clauses
from pipeline.layouts.records import Subtotal
from pipeline.vocab import layout_labels as labels
from tests.test_layouts import strings

# (level1, level2, name, operator, value, unit, weight, direction)
INDICATORS = (
    ("产出指标", "数量指标", "培训人数", "≥", "200", "人次", "20", "正向"),
    ("", "", "发放补助户数", "=", "39", "户", "10", "正向"),
    ("", "质量指标", "验收合格率", "≥", "95", "%", "20", "正向"),
    ("", "成本指标", "人均培训成本", "≤", "300", "元/人", "10", "反向"),
    ("效益指标", "社会效益指标", "群众知晓程度", "定性", "", "", "20", "正向"),
    ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥", "90", "%", "20", "正向"),
)
PROJECTS = (
    ("职业技能培训补助", "12.5", "完成培训200人次"),
    ("高素质农民培育", "30", "培育农民100人"),
)


def variants(table, role, avoid_scope=True):
    words = next(words for name, words in table if name == role)
    return [w for w in words if not avoid_scope or label_scope(w) not in ("period",)]


def column_variants(role):
    return variants(labels.COLUMN_LABELS, role)


def field_variants(role):
    return variants(labels.FIELD_LABELS, role)


def spaced(draw, label: str) -> str:
    """The label with spaces inserted inside it, as converters and clerks print them."""
    cuts = draw(st.lists(st.integers(0, len(label)), max_size=2))
    for cut in sorted(cuts, reverse=True):
        label = label[:cut] + " " + label[cut:]
    return label


def expected_text(operator, value, unit, split):
    if operator == "定性":
        return value or "定性"
    return f"{operator}{value}{unit}"


@st.composite
def grid(draw, project_columns: bool):
    """Header and rows of an indicator table, and what each column is."""
    split = draw(st.booleans())
    keep = draw(st.sampled_from(["both", "level2", "none", "both"]))
    merged = draw(st.booleans())
    roles = ["level1", "level2"] if keep == "both" else ["level2"] if keep == "level2" else []
    roles += ["level3"] + (["operator", "value", "unit"] if split else ["value"])
    roles += sorted(draw(st.sets(st.sampled_from(["weight", "direction"]))))
    order = draw(st.permutations(roles))
    label_of = {}
    for role in order:
        choices = column_variants(role)
        if role == "level3":
            choices = [c for c in choices if c != "绩效指标"]
        label_of[role] = spaced(draw, draw(st.sampled_from(choices)))
    lead = ["绩效指标"] if draw(st.booleans()) and not project_columns else []
    if project_columns:
        order = ["department", "project_name", "total", "goal_annual", *order]
        label_of |= {r: spaced(draw, draw(st.sampled_from(column_variants(r)))) for r in order[:4]}
    header = lead + [label_of[r] for r in order]
    rows = []
    projects = PROJECTS if project_columns else PROJECTS[:1]
    for project_index, (name, total, goal) in enumerate(projects):
        level1 = level2 = ""
        for index, (l1, l2, ind, op, value, unit, weight, direction) in enumerate(INDICATORS):
            level1, level2 = l1 or level1, l2 or level2
            cell = {
                "level1": l1 if merged else level1,
                "level2": l2 if merged else level2,
                "level3": f"{ind}{project_index or ''}",
                "operator": op,
                "value": value if split else expected_text(op, value, unit, split),
                "unit": unit,
                "weight": weight,
                "direction": direction,
                "department": "某县农业农村局" if project_index == 0 and index == 0 else "",
                "project_name": name if index == 0 else "",
                "total": total if index == 0 else "",
                "goal_annual": goal if index == 0 else "",
            }
            rows.append([""] * len(lead) + [cell[r] for r in order])
    return header, rows, split, keep, "weight" in roles


def table(rows) -> CellTable:
    return CellTable(
        "t.txt", 0, rows[0][0], tuple(CellRow(tuple(r), n) for n, r in enumerate(rows, 1))
    )


def check_indicators(project, suffix, split, keep, weighted):
    assert [i.name for i in project.indicators] == [f"{i[2]}{suffix}" for i in INDICATORS]
    level1 = level2 = None
    for read, (l1, l2, _, op, value, unit, weight, _direction) in zip(
        project.indicators, INDICATORS, strict=True
    ):
        level1, level2 = l1 or level1, l2 or level2
        assert read.annual_target == expected_text(op, value, unit, split)
        assert read.period_target is None
        if split:
            assert (read.target_operator_raw, read.target_value_raw) == (op, value)
        level = canonical_level(read.level1_raw, 1)
        assert (level.name if level else None) == (level1 if keep == "both" else None)
        level = canonical_level(read.level2_raw, 2)
        assert (level.name if level else None) == (level2 if keep != "none" else None)
        assert read.weight == (weight if weighted else None)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_form_reads_the_same_however_it_is_printed(data):
    draw = data.draw
    header, rows, split, keep, weighted = draw(grid(project_columns=False))
    name, total, goal = PROJECTS[0]
    money = [
        spaced(draw, draw(st.sampled_from(field_variants("money_block")))) + "(万元)",
        spaced(draw, draw(st.sampled_from(field_variants("total")))),
        total,
    ]
    form = [
        ["项目支出绩效目标表"],
        [spaced(draw, draw(st.sampled_from(field_variants("project_name")))), name],
        [spaced(draw, draw(st.sampled_from(field_variants("department")))), "某县农业农村局"],
        money,
        ["", spaced(draw, draw(st.sampled_from(field_variants("fiscal_part")))), total],
        ["", spaced(draw, draw(st.sampled_from(field_variants("other_part")))), "0"],
        [spaced(draw, draw(st.sampled_from(field_variants("goal_annual")))), goal],
        header,
        *rows,
    ]
    read = read_table(table(form))
    assert read.layout == ("project-form" if keep != "none" else "flat-list")
    (project,) = read.projects
    assert (project.name, project.supervising_department) == (name, "某县农业农村局")
    assert project_amounts(project)["total"] == Decimal(total)
    assert project.annual_goal == goal
    check_indicators(project, "", split, keep, weighted)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_one_row_per_indicator_reads_the_same_however_it_is_printed(data):
    header, rows, split, keep, weighted = data.draw(grid(project_columns=True))
    read = read_table(table([["部门预算项目绩效目标表"], ["金额单位:万元"], header, *rows]))
    assert read.layout == "indicator-rows"
    assert [
        (p.name, project_amounts(p, "万元")["total"], p.annual_goal) for p in read.projects
    ] == [(name, Decimal(total), goal) for name, total, goal in PROJECTS]
    for index, project in enumerate(read.projects):
        check_indicators(project, index or "", split, keep, weighted)


def test_side_by_side_period_and_annual_groups_take_their_scope_from_the_goal_headings():
    rows = [
        ["项目名称", "甲项目"],
        ["总体目标", "年度目标", "中期目标"],
        ["", "今年的目标", "三年的目标"],
        ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥100人", "数量指标", "培训人数", "≥300人"],
        ["", "", "培训天数", "≥5天", "", "", ""],
    ]
    (project,) = read_table(table(rows)).projects
    assert [(i.name, i.annual_target, i.period_target) for i in project.indicators] == [
        ("培训人数", "≥100人", "≥300人"),
        ("培训天数", "≥5天", None),
    ]
    assert (project.annual_goal, project.period_goal) == ("今年的目标", "三年的目标")


def test_a_new_level1_starts_a_new_block_and_a_foreign_level2_ends_one():
    # A 满意度 二级 is no foreign one under 效益指标: 财预〔2015〕88号's scheme prints it there
    # (taxonomy.OLDER_PARENT_CODES); a 产出 二级 is.
    rows = [
        ["项目名称", "甲项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "100人"],
        ["效益指标", "", "带动增收", "5万元"],
        ["", "服务对象满意度指标", "满意度", "≥90%"],
        ["", "时效指标", "完成时间", "2021年11月30日前"],
    ]
    (project,) = read_table(table(rows)).projects
    assert [(i.level1_raw, i.level2_raw) for i in project.indicators] == [
        ("产出指标", "数量指标"),
        ("效益指标", None),
        ("效益指标", "服务对象满意度指标"),
        (None, "时效指标"),
    ]


def test_a_performance_table_matching_no_layout_is_named_with_its_labels():
    rows = [["项目支出绩效目标表"], ["项目名称", "甲项目"], ["考核内容", "评分标准"], ["", "优"]]
    read = read_table(table(rows))
    assert read.layout == "unrecognised"
    assert [f.rule for f in read.findings] == ["label_unknown", "layout_unrecognised"]
    assert read.findings[1].message.endswith("labels seen: 项目名称, 考核内容")
    assert {left.text for left in read.leftovers} >= {"评分标准", "优"}
    assert "考核内容" in read.labels


def test_levels_shifted_one_column_left_are_read_from_their_content():
    rows = [
        ["项目名称", "甲项目"],
        ["一级指标", "二级指标", "指标值"],
        ["数量指标", "培训人数", "100人"],
        ["质量指标", "合格率", "≥95%"],
    ]
    (project,) = read_table(table(rows)).projects
    assert [(i.level2_raw, i.name, i.annual_target) for i in project.indicators] == [
        ("数量指标", "培训人数", "100人"),
        ("质量指标", "合格率", "≥95%"),
    ]


FRAGMENTS = [
    "", "", "项目名称", "甲项目", "主管部门", "资金情况(万元)", "年度资金总额", "其中:财政拨款", "其他资金",
    "12.5", "3,309,840.00", "250万", "-", "总体目标", "中期目标", "年度目标", "一级指标", "二级指标",
    "三级指标", "指标值", "指标性质", "计量单位", "权重", "绩效指标", "产出指标", "数量指标", "培训人数",
    "≥", "定性", "95", "%", "正向", "……", "合计", "审核意见", "金额单位:元", "表十二", "部门整体",
    "实际完成值", "得分", "全年预算数", "单位名称", "预算数",
]  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8), max_size=14))
@example([["全年预算数", "", "资金情况(万元)", "项目名称", "三级指标"], ["95", "", "甲项目"]])
@example([["三级指标", "", "", "", "项目名称", "项目名称"], ["-", "", "", "", "", "……"]])
@example([["主管部门", "三级指标"], ["合计", "12.5"], ["合计", "95"]])
# A label read as spanning the two labels under it (`主管部门` over `项目名称 | 绩效指标`) is
# kept as a label seen when the row made of both prints those under it.
@example([["项目名称", "主管部门"], ["项目名称", "绩效指标"]])
# ... and so is a lower label the row made of both leaves out (`合计` under `预算数`).
@example([["三级指标", "预算数"], ["项目名称", "合计"]])
# A figure the 合计 row read prints under another column (a 得分率 of the whole) is kept.
@example([["三级指标", "指标值", "分值", "得分", "得分率"], ["培训人数", "≥1人", "100", "90", "90%"],
          ["合计", "", "100", "90", "77%"]])  # fmt: skip
# A level's name alone on a row, a section row in a grid with no level column, over no
# indicator: kept as a level cell no indicator used.
@example([["项目名称", "三级指标"], ["产出指标"]])
# A level's end wrapped onto the row below (`数量指标` then a figure under 二级指标, read as its
# `(12.5)`) when no indicator below uses the level: the joined level is reported, whether the
# level cell waited for an indicator or one on its row used it.
@example([["项目名称", "", "", "", "二级指标", "三级指标"], ["数量指标"], ["", "", "", "", "12.5"]])
@example([["项目名称", "", "", "", "二级指标", "三级指标"], ["数量指标", "项目名称"],
          ["", "", "", "", "12.5"]])  # fmt: skip
# A subtotal row (a figure under the money column, no name) printing a cell under an indicator
# column: the cell is reported, none of the sum's (it was dropped).
@example(
    [
        ["", "", "年度资金总额", "", "实际完成值", "项目名称", "三级指标"],
        ["", "", "12.5", "", "甲项目"],
    ]
)
def test_any_table_reads_without_error_and_loses_no_cell(rows):
    read = read_table(table([["项目支出绩效目标表"], *rows]))
    assume(read.layout != "packed-cell")  # read by extract.py, not here
    kept = unicodedata.normalize("NFKC", "\n".join(strings(read)))
    for row in rows:
        for cell in row:
            assert unicodedata.normalize("NFKC", " ".join(cell.split())) in kept, cell


def test_a_row_shifted_left_by_a_converter_is_put_back_under_its_labels():
    rows = [
        ["项目名称", "甲项目"],
        ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
        ["产出指标", "数量指标", "培训人数", "100人", ""],
        ["质量指标", "合格率", "≥95%", "", ""],
        ["培训天数", "≥5天", "", "", ""],
    ]
    (project,) = read_table(table(rows)).projects
    assert [(i.level2_raw, i.name, i.annual_target) for i in project.indicators] == [
        ("数量指标", "培训人数", "100人"),
        ("质量指标", "合格率", "≥95%"),
        ("质量指标", "培训天数", "≥5天"),
    ]


@pytest.mark.parametrize("merged", [False, True], ids=["printed-empty", "merged"])
def test_a_shifted_row_under_merged_level_cells_is_put_back_by_the_cells_it_prints(merged):
    # A table whose 二级 cell a converter dropped, printed in a PDF or DOCX as it came: the
    # 绩效指标 and 一级 cells of the row are under the merged cells above, the name sits under
    # 二级. The shift is told by the cells the row prints, not by those the merge lends it.
    rows = [
        ["项目名称", "甲项目", "", "", ""],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值"],
        ["", "产出指标", "数量指标", "培训班次", "≥40期"],
        ["", "", "培训学员人次", "≥3000人次", ""],
        ["", "", "质量指标", "结业率", "≥98%"],
    ]
    flags = (True, True, False, False, False) if merged else ()
    read = read_table(
        CellTable("t.pdf", 0, None, tuple(
            CellRow(tuple(r), n, merged=flags if n > 3 else ()) for n, r in enumerate(rows, 1)
        ))
    )  # fmt: skip
    (project,) = read.projects
    assert [(i.level1_raw, i.level2_raw, i.name, i.annual_target) for i in project.indicators] == [
        ("产出指标", "数量指标", "培训班次", "≥40期"),
        ("产出指标", "数量指标", "培训学员人次", "≥3000人次"),
        ("产出指标", "质量指标", "结业率", "≥98%"),
    ]


def test_a_shifted_row_whose_levels_the_taxonomy_lacks_is_put_back_by_its_target():
    # The side label's column dropped too: `过程管理指标` fits no level and, read as a name,
    # has no room; its target `≥95%` under the 三级 column and the empty 指标值 tell the shift.
    rows = [
        ["项目名称", "甲项目"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["", "产出指标", "数量指标", "审计项目数量", "≥18个"],
        ["过程管理指标", "预算管理", "预算完成率", "≥95%", ""],
        ["结转结余率", "≤10%", "", "", ""],
    ]
    (project,) = read_table(table(rows)).projects
    assert [(i.level1_raw, i.level2_raw, i.name, i.annual_target) for i in project.indicators] == [
        ("产出指标", "数量指标", "审计项目数量", "≥18个"),
        ("过程管理指标", "预算管理", "预算完成率", "≥95%"),
        ("过程管理指标", "预算管理", "结转结余率", "≤10%"),
    ]


def _evaluated(rows: list[list[str]]) -> list[tuple]:
    """A one-project self-evaluation's indicators: 二级, name, target, actual, weight, score."""
    (project,) = read_table(table(rows)).projects
    return [(i.level2_raw, i.name, i.annual_target, i.actual, i.weight, i.score)
            for i in project.indicators]  # fmt: skip


def test_a_shifted_self_evaluation_row_whose_target_says_nothing_is_put_back_by_its_points():
    # A department's own levels, and targets in words or with a noun after their unit: neither
    # the first cell nor the target tells the shift; the points, 分值 and 得分 last, do.
    rows = [
        ["部门名称", "某区民政局"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["履职效能", "重点工作履行情况", "低保动态管理率", "100%", "100%", "10", "10", ""],
        ["履职目标实现", "特困人员集中供养能力", "≥1200张床位", "1260张床位", "10", "10", "", ""],
        ["居家养老服务覆盖率", "≥85%", "82.5%", "10", "7.5", "站点运营主体更换", "", ""],
        ["制度建设", "内部控制制度健全性", "健全", "已建立并执行", "10", "9.5", "", ""],
    ]  # fmt: skip
    assert _evaluated(rows) == [
        ("重点工作履行情况", "低保动态管理率", "100%", "100%", "10", "10"),
        ("履职目标实现", "特困人员集中供养能力", "≥1200张床位", "1260张床位", "10", "10"),
        ("履职目标实现", "居家养老服务覆盖率", "≥85%", "82.5%", "10", "7.5"),
        ("制度建设", "内部控制制度健全性", "健全", "已建立并执行", "10", "9.5"),
    ]  # fmt: skip


def test_a_shifted_name_before_a_scoring_rule_of_figures_is_put_back_by_its_points():
    # A 评分标准 cell between the name and the target, and an actual with a unit after the
    # target: read by name and target, the rule would be the name and the actual the target.
    rows = [
        ["项目名称", "增殖放流项目"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "评分标准", "年度指标值", "实际完成值", "分值", "得分"],
        ["", "产出指标", "数量指标", "海参放流数量", "每少10万头扣1分", "≥500万头", "526万头", "15", "15"],
        ["人工鱼礁投放", "每少1000立方米扣1分", "≥20000立方米", "21000立方米", "10", "10", "", "", ""],
    ]  # fmt: skip
    assert _evaluated(rows) == [
        ("数量指标", "海参放流数量", "≥500万头", "526万头", "15", "15"),
        ("数量指标", "人工鱼礁投放", "≥20000立方米", "21000立方米", "10", "10"),
    ]  # fmt: skip


HEADER = ["一级指标", "二级指标", "三级指标", "指标值", "备注"]


@pytest.mark.parametrize(
    ("rows", "levels"),
    [
        # A row shifted left by a converter: 成本指标 under 产出指标 is its 二级.
        (
            [["产出指标", "数量指标", "培训人数", "100人", ""], ["成本指标", "人均培训成本", "≤300元", "", ""]],
            [("产出指标", "数量指标", "培训人数"), ("产出指标", "成本指标", "人均培训成本")],
        ),
        # A merged 二级 cell wrapped over the two rows it spans.
        (
            [["效益指标", "经济效益", "带动增收", "明显", ""], ["", "指标", "降低成本", "有所降低", ""],
             ["", "社会效益", "知晓程度", "提高", ""]],
            [("效益指标", "经济效益", "带动增收"), ("效益指标", "经济效益指标", "降低成本"),
             ("效益指标", "社会效益", "知晓程度")],
        ),
        # The header printed again after a page break: the merged cells go on below it.
        (
            [["产出指标", "数量指标", "培训人数", "100人", ""], ["第 1 页"], HEADER,
             ["", "", "培训天数", "≥5天", ""]],
            [("产出指标", "数量指标", "培训人数"), ("产出指标", "数量指标", "培训天数")],
        ),
    ],
)  # fmt: skip
def test_merged_level_cells_are_read_through_the_damage_of_converters(rows, levels):
    read = read_table(table([["项目名称", "甲项目"], HEADER, *rows]))
    (project,) = read.projects
    assert [(i.level1_raw, i.level2_raw, i.name) for i in project.indicators] == levels
    assert read.leftovers == ()


def test_period_and_annual_value_columns_share_one_name_column():
    rows = [
        ["项目名称:甲项目"],
        ["项目名称:甲项目", "主管部门:某局"],
        ["三级指标", "指标性质", "中期指标值", "年度指标值", "计量单位"],
        ["培训人数", "≥", "300", "100", "人"],
    ]
    read = read_table(table(rows))
    (project,) = read.projects
    assert (project.name, project.supervising_department) == ("甲项目", "某局")
    assert [(i.name, i.period_target, i.annual_target) for i in project.indicators] == [
        ("培训人数", "≥300人", "≥100人")
    ]


def test_tables_printed_back_to_back_give_one_project_each():
    rows = [
        ["项目支出绩效目标表"],
        ["项目名称", "甲项目"],
        ["三级指标", "指标值"],
        ["培训人数", "100人"],
        ["项目支出绩效目标申报表"],
        ["专项资金名称", "乙项目"],
        ["三级指标", "指标值"],
        ["培训天数", "5天"],
        ["项目名称", "丙项目"],
        ["指标名称", "目标值"],
        ["宣传次数", "3次"],
    ]
    read = read_table(table(rows))
    assert [(p.name, [i.name for i in p.indicators]) for p in read.projects] == [
        ("甲项目", ["培训人数"]),
        ("乙项目", ["培训天数"]),
        ("丙项目", ["宣传次数"]),
    ]


def test_a_label_the_vocabulary_lacks_keeps_its_value_as_a_field_with_a_finding():
    rows = [
        ["项目名称", "甲项目", "资金文号", "3301"],
        ["资金用途编号", "A-7"],
        ["三级指标", "指标性质", "指标值", "计量单位"],
        ["合格率", "≥", "95%", "%"],
    ]
    read = read_table(table(rows))
    (project,) = read.projects
    assert project.name == "甲项目"
    assert project.fields == (("资金文号", "3301"), ("资金用途编号", "A-7"))
    assert [(f.rule, f.line) for f in read.findings] == [("label_unknown", 1), ("label_unknown", 2)]
    assert project.indicators[0].annual_target == "≥95%"


def test_separate_long_term_and_annual_tables_give_one_indicator_with_both_targets():
    rows = [
        ["项目名称", "甲项目"],
        ["长期绩效指标"],
        ["一级指标", "二级指标", "指标内容", "指标值", "备注"],
        ["产出指标", "数量指标", "培训人数", "≥300人", ""],
        ["年度绩效指标"],
        ["一级指标", "二级指标", "指标内容", "指标值", "备注"],
        ["产出指标", "数量指标", "培训人数", "≥100人", "分两期"],
    ]
    (project,) = read_table(table(rows)).projects
    assert [
        (i.name, i.period_target, i.annual_target, i.explanation) for i in project.indicators
    ] == [("培训人数", "≥300人", "≥100人", "分两期")]


def test_graded_standards_are_kept_per_grade_and_give_no_target():
    rows = [
        ["项目名称", "甲项目"],
        ["一级指标", "二级指标", "三级指标", "优", "良", "中", "差"],
        ["产出指标", "数量指标", "培训人数", "≥100人", "≥80人", "≥60人", "<60人"],
    ]
    read = read_table(table(rows))
    (indicator,) = read.projects[0].indicators
    assert (indicator.annual_target, indicator.recipient_values) == (None, ())
    assert indicator.extra == (("优", "≥100人"), ("良", "≥80人"), ("中", "≥60人"), ("差", "<60人"))
    assert read.findings == ()


def test_a_long_provincial_header_gives_parent_project_dates_and_the_annual_amount():
    rows = [
        ["一级项目名称", "农业发展", "二级项目名称", "高标准农田建设"],
        ["项目类型", "建设类", "资金用途", "农田改造"],
        ["开始日期", "2023-01-01", "完成日期", "2025-12-31"],
        ["项目总投资", "900", "中央补助安排", "200", "预算申报数", "300"],
        ["单位:万元"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造面积", "=300天"],
    ]
    (project,) = read_table(table(rows)).projects
    assert (project.name, project.period_start, project.period_end) == (
        "高标准农田建设",
        "2023-01-01",
        "2025-12-31",
    )
    assert ("一级项目名称", "农业发展") in project.fields
    money = project_amounts(project)
    assert (money["total"], money["period"]) == (Decimal(300), Decimal(900))


def test_cells_the_source_marks_as_merged_take_the_text_above_them():
    header = CellRow(("项目名称", "三级指标", "指标值"), 1)
    rows = (
        CellRow(("甲项目", "培训人数", "≥100人"), 2),
        CellRow(("", "培训场次", ""), 3, "p1 r3", (True, False, True)),
        CellRow(("乙项目", "宣传次数", "3次"), 4),
    )
    read = read_table(CellTable("t.xlsx", 0, None, (header, *rows)))
    assert [
        (p.name, [(i.name, i.annual_target, i.location) for i in p.indicators])
        for p in read.projects
    ] == [
        ("甲项目", [("培训人数", "≥100人", None), ("培训场次", "≥100人", "p1 r3")]),
        ("乙项目", [("宣传次数", "3次", None)]),
    ]


def test_a_month_count_under_a_unit_column_is_a_length_and_a_written_year_a_date():
    rows = [
        ["项目名称", "甲项目"],
        ["三级指标", "计量单位", "指标性质", "指标值"],
        ["资金拨付时限", "月", "≤", "3"],
        ["整改期限", "季度", "≤", "1"],
        ["项目完成年度", "年", "=", "2024"],
        ["办结时限", "工作日", "≤", "15"],
    ]
    (project,) = read_table(table(rows)).projects
    assert [
        (c.text, c.kind, c.operator, c.value, c.unit, c.date)
        for i in project.indicators
        for c in target_clauses(i, "annual", 2024)
    ] == [
        ("≤3月", "duration", "<=", 3.0, "月", None),
        ("≤1季度", "duration", "<=", 1.0, "季度", None),
        ("=2024年", "date", "between", None, None, datetime.date(2024, 1, 1)),
        ("≤15工作日", "duration", "<=", 15.0, "工作日", None),
    ]


def test_a_row_its_operator_column_marks_qualitative_is_a_text_target_whatever_it_writes():
    # `定性 | 年内完成` (Liaoning): the operator column says the target is qualitative; it was
    # read as a deadline at the year's end. `定性` with no value is its own text.
    rows = [
        ["项目名称", "甲项目"],
        ["三级指标", "指标性质", "指标值", "度量单位"],
        ["项目竣工验收", "定性", "年内完成", ""],
        ["群众知晓程度", "定性", "", ""],
        ["验收合格率", "≥", "95", "%"],
    ]
    (project,) = read_table(table(rows)).projects
    assert [
        (i.target_operator_raw, c.text, c.kind, c.operator, c.value, c.date)
        for i in project.indicators
        for c in target_clauses(i, "annual", 2022)
    ] == [
        ("定性", "年内完成", "text", None, None, None),
        ("定性", "定性", "text", None, None, None),
        ("≥", "≥95%", "percent", ">=", 95.0, None),
    ]


def test_a_row_its_column_of_value_types_marks_qualitative_is_a_text_target():
    # `指标值类型（定量/定性） | 计算符号 | 指标值` (Hubei): 定性 beside an empty operator; the
    # target `稳定在95%以上` was read as a floor of 95 %.
    rows = [
        ["项目名称", "甲项目"],
        ["三级指标", "指标值类型（定量/定性）", "计算符号", "指标值", "计量单位"],
        ["应免畜禽免疫密度", "定性", "", "稳定在95%以上", ""],
        ["免疫抗体合格率", "定量", "≥", "70", "%"],
    ]
    (project,) = read_table(table(rows)).projects
    assert [
        (c.text, c.kind, c.operator, c.value)
        for i in project.indicators
        for c in target_clauses(i, "annual", 2022)
    ] == [("稳定在95%以上", "text", None, None), ("≥70%", "percent", ">=", 70.0)]


def test_a_column_of_value_types_under_which_a_sign_off_prints_is_no_second_operator():
    # `指标值类型 | 计量单位 | 计算符号 | 年度指标值` (一体化 self-evaluation, 拜泉): the sign-off
    # under the table prints `单位负责人：***` in the types' column, which was then read as a
    # second operator column, and its 定性 as the 定性 rows' period target.
    rows = [
        ["项目名称", "甲项目"],
        ["三级指标", "指标值类型", "计量单位", "计算符号", "年度指标值"],
        ["黑土地保护利用面积", "定量", "万亩", "≥", "12"],
        ["耕地土壤有机质含量", "定性", "", "", "稳步提升"],
        ["长效机制", "定性", "", "", "逐步建立"],
        ["填报单位（盖章）：某县农业农村局", "单位负责人：***", "", "填报人：***"],
    ]
    (project,) = read_table(table(rows)).projects
    assert [
        (i.name, i.period_target, i.annual_target, i.target_operator_raw)
        for i in project.indicators
    ] == [
        ("黑土地保护利用面积", None, "≥12万亩", "≥"),
        ("耕地土壤有机质含量", None, "稳步提升", ""),
        ("长效机制", None, "逐步建立", ""),
    ]


def test_a_target_ending_in_a_comparison_word_takes_the_figure_wrapped_below_it():
    # `每季度随访1次,全年不少于` over `4次` alone under 指标值: the figure a converter wrapped
    # onto a line of its own was a value without an indicator name (row_unparsed, an error).
    # Under a target ending in a figure, a figure alone stays a row of its own.
    rows = [
        ["项目名称", "甲项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "患者规范管理随访", "每季度随访1次,全年不少于"],
        ["", "", "", "4次"],
        ["", "", "培训覆盖乡镇", "5个乡镇"],
        ["", "", "", "3个"],
    ]
    read = read_table(table(rows))
    (project,) = read.projects
    assert [(i.name, i.annual_target) for i in project.indicators] == [
        ("患者规范管理随访", "每季度随访1次,全年不少于4次"),
        ("培训覆盖乡镇", "5个乡镇"),
    ]
    assert [(leftover.line, leftover.text) for leftover in read.leftovers] == [(6, "3个")]


def test_an_actual_month_count_joined_with_its_unit_column_is_a_length():
    # `≤ | 12 | 月` and an actual `11`, joined `11月`: the actual was read as November, a date
    # beside a length, and the indicator's attainment unknown (units_differ).
    rows = [
        ["项目名称", "甲项目"],
        ["三级指标", "计量单位", "指标性质", "年度指标值", "实际完成值"],
        ["工程完工时间", "月", "≤", "12", "11"],
        ["资金拨付时限", "月", "≤", "3", "2024年3月"],
    ]
    (project,) = read_table(table(rows)).projects
    assert [
        (c.text, c.kind, c.operator, c.value, c.unit, c.date)
        for i in project.indicators
        for c in target_clauses(i, "actual", 2024)
    ] == [
        ("11月", "duration", "=", 11.0, "月", None),
        ("2024年3月", "date", "between", None, None, datetime.date(2024, 3, 1)),
    ]


@pytest.mark.parametrize(
    "mark",
    [
        "石河子市人民政府网 第2页 共3页",
        "http://www.shz.gov.cn/zwgk/czyjs/t20230512_95.html 2/3",
        "www.shz.gov.cn",
    ],
)
def test_a_hosting_sites_page_mark_between_indicator_rows_is_no_indicator(mark):
    rows = [
        ["项目名称", "甲项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "整治连队数量", "≥32个"],
        ["", "时效指标", "项目完成率", "≥90%"],
        [mark],
        ["", "成本指标", "每公里建设成本", "≤18万元"],
    ]
    (project,) = read_table(table(rows)).projects
    assert [(i.level2_raw, i.name, i.annual_target) for i in project.indicators] == [
        ("数量指标", "整治连队数量", "≥32个"),
        ("时效指标", "项目完成率", "≥90%"),
        ("成本指标", "每公里建设成本", "≤18万元"),
    ]


def test_a_label_wrapped_into_two_cells_of_its_row_is_that_label():
    rows = [
        ["项目名称", "甲项目"],
        ["项目起", "止时间", "2023年1月-12月"],
        ["主管部", "门", "某局", "实施单位", "某中心"],
        ["三级指标", "指标值"],
        ["培训人数", "100人"],
    ]
    read = read_table(table(rows))
    (project,) = read.projects
    assert (
        project.period_text,
        project.supervising_department,
        project.implementing_unit,
        project.fields,
        read.findings,
    ) == ("2023年1月-12月", "某局", "某中心", (), ())


@pytest.mark.parametrize(
    ("levels", "names"),
    [
        # `指` `标` of 效益指标 on rows of their own already joined by the converter into `指标`.
        (["产", "出", "指", "标", "效", "益", "指标"],
         ["培训人数", "培训天数", "合格率", "", "就业率", "", ""]),
        # A PDF's narrow 一级 column: `效益指` on the block's first row, `标` on the next, each
        # row an indicator of its own.
        (["产出指标", "", "", "", "效益指", "标", ""],
         ["培训人数", "培训天数", "合格率", "", "就业率", "求职人数", "创业人数"]),
    ],
)  # fmt: skip
def test_a_level_cell_printed_a_piece_a_line_down_its_rows_is_that_level(levels, names):
    level2 = ["数量指标", "", "质量指标", "", "社会效益指标", "", ""]
    rows = [
        ["项目名称", "甲项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *(
            [one, two, name, "≥1" if name else ""]
            for one, two, name in zip(levels, level2, names, strict=True)
        ),
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
    ]
    read = read_table(table(rows))
    wanted = {"培训人数": ("产出指标", "数量指标"), "培训天数": ("产出指标", "数量指标"),
              "合格率": ("产出指标", "质量指标"), "就业率": ("效益指标", "社会效益指标"),
              "求职人数": ("效益指标", "社会效益指标"), "创业人数": ("效益指标", "社会效益指标"),
              "学员满意度": ("满意度指标", "服务对象满意度指标")}  # fmt: skip
    (project,) = read.projects
    assert [(i.level1_raw, i.level2_raw, i.name) for i in project.indicators] == [
        (*wanted[name], name) for name in [*filter(None, names), "学员满意度"]
    ]
    assert (read.findings, read.leftovers) == ((), ())


def test_a_units_subtotal_in_a_list_stays_a_subtotal_though_its_amount_reads_like_a_code():
    # `1.50` (万元) is no level code `1` (产出指标): the row is not moved to put it under 一级.
    rows = [
        ["单位名称", "项目名称", "预算数(万元)", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["某区民政局", "", "1.50", "", "", "", "", ""],
        ["某区民政局", "婚姻登记服务", "1.50", "完善服务。", "产出指标", "数量指标", "登记次数", "≥10次"],
    ]  # fmt: skip
    read = read_table(table(rows))
    assert (read.subtotals, read.findings, read.leftovers) == (
        (Subtotal(label="某区民政局", text="1.50", unit=None, line=2),),
        (),
        (),
    )
    assert [(p.name, [i.name for i in p.indicators]) for p in read.projects] == [
        ("婚姻登记服务", ["登记次数"])
    ]


@pytest.mark.parametrize(
    ("label", "printed", "wan"),
    [
        ("预算数(元)", "15,800,000.00", Decimal("1580")),
        ("预算数(万元)", "1,580.00", Decimal("1580")),
    ],
)
def test_a_lists_money_unit_printed_only_in_its_amount_columns_label_is_the_unit(
    label, printed, wan
):
    # An Excel export with no 金额单位 line: `预算数(元)` says the figures are in 元.
    rows = [
        ["序号", "预算单位", "项目名称", label, "一级指标", "二级指标", "三级指标", "指标值"],
        ["1", "某区民政局", "困难群众救助补助", printed, "产出指标", "数量指标", "保障人数", "≥6200人"],
    ]  # fmt: skip
    read = read_table(table(rows))
    (project,) = read.projects
    assert (read.currency_unit, project_amounts(project)["total"], project.amounts[0].label) == (
        label[4:-1],
        wan,
        label,
    )


def test_a_label_written_one_character_a_row_down_the_first_column_is_one_merged_cell():
    # 绩效指标 in a merged vertical cell, one character per row (Chongqing 表十二).
    rows = [
        ["表十二"],
        ["项目名称", "某县公共文化服务"],
        ["绩", "指标", "指标权重", "计量单位", "指标性质", "指标值"],
        ["效", "送文化下乡演出场次", "50", "场", "≥", "120"],
        ["指", "群众满意度", "50", "%", "≥", "90"],
        ["标", "", "", "", "", ""],
    ]
    read = read_table(table(rows))
    assert (read.layout, read.findings, read.leftovers) == ("flat-list", (), ())
    assert [
        (i.name, i.annual_target, i.weight, i.line) for p in read.projects for i in p.indicators
    ] == [("送文化下乡演出场次", "≥120场", "50", 4), ("群众满意度", "≥90%", "50", 5)]


def test_a_list_whose_merged_project_cells_a_converter_dropped_is_put_back_under_its_labels():
    # 单位名称 is merged down the whole list, each project's cells down its rows: a converter
    # that ignores rowspan shifts every row that lacks them left.
    rows = [
        [
            "单位名称",
            "项目名称",
            "预算数(万元)",
            "年度目标",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
        ],
        [
            "某区教育局",
            "学前教育资助",
            "396",
            "落实资助。",
            "产出指标",
            "数量指标",
            "资助人数",
            "≥6600人",
        ],
        ["质量指标", "政策落实率", "100%", "", "", "", "", ""],
        ["减免幼儿人数", "≥100人", "", "", "", "", "", ""],
        ["效益指标", "社会效益指标", "家庭负担", "有效减轻", "", "", "", ""],
        [
            "校园安保服务",
            "214.56",
            "保障校园安全。",
            "产出指标",
            "数量指标",
            "保安人数",
            "≥96人",
            "",
        ],
        ["时效指标", "服务费支付", "按季度支付", "", "", "", "", ""],
    ]
    read = read_table(table(rows))
    assert [
        (p.name, p.funding_unit, project_amounts(p, "万元")["total"],
         [(i.level1_raw, i.level2_raw, i.name, i.annual_target) for i in p.indicators])
        for p in read.projects
    ] == [
        ("学前教育资助", "某区教育局", Decimal("396"), [
            ("产出指标", "数量指标", "资助人数", "≥6600人"),
            ("产出指标", "质量指标", "政策落实率", "100%"),
            ("产出指标", "质量指标", "减免幼儿人数", "≥100人"),
            ("效益指标", "社会效益指标", "家庭负担", "有效减轻"),
        ]),
        ("校园安保服务", "某区教育局", Decimal("214.56"), [
            ("产出指标", "数量指标", "保安人数", "≥96人"),
            ("产出指标", "时效指标", "服务费支付", "按季度支付"),
        ]),
    ]  # fmt: skip


def test_a_units_name_alone_under_a_unit_and_project_column_files_the_projects_below():
    # `单位名称、项目名称` over a unit's name alone, then its projects: the unit was read as a
    # project of its own, with no indicator.
    rows = [
        ["单位名称、项目名称", "项目年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["某县卫生健康局", "", "", "", "", ""],
        ["乡村医生补助", "保障乡村医生待遇。", "产出指标", "数量指标", "覆盖村卫生室", "152个"],
        ["某县疾病预防控制中心", "", "", "", "", ""],
        ["免疫规划", "维持高水平接种率。", "产出指标", "质量指标", "接种率", "≥95%"],
    ]  # fmt: skip
    read = read_table(table(rows))
    assert read.leftovers == ()
    assert [(p.name, p.funding_unit, [i.name for i in p.indicators]) for p in read.projects] == [
        ("乡村医生补助", "某县卫生健康局", ["覆盖村卫生室"]),
        ("免疫规划", "某县疾病预防控制中心", ["接种率"]),
    ]


def test_a_project_name_ending_on_the_indicator_row_below_is_one_name():
    # A list printing its projects' money: `…执法专` ends as no project's name does, and `项经费`
    # on the next indicator row, no amount of its own, ends it. It was read as a project.
    rows = [
        ["序号", "项目名称", "金额（元）", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["1", "2025年劳动保障监察执法专", "285,000.00", "开展专项执法检查。", "产出指标",
         "数量指标", "检查次数", "≥4次"],
        ["", "项经费", "", "", "", "", "检查用人单位", "≥300家"],
        ["2", "2025年公益性岗位补贴资金", "1,200,000.00", "安置就业困难人员。", "产出指标",
         "数量指标", "安置人数", "≥150人"],
    ]  # fmt: skip
    read = read_table(table(rows))
    assert [(p.name, [i.name for i in p.indicators]) for p in read.projects] == [
        ("2025年劳动保障监察执法专项经费", ["检查次数", "检查用人单位"]),
        ("2025年公益性岗位补贴资金", ["安置人数"]),
    ]


def test_a_split_target_without_a_value_is_no_target_its_parts_kept():
    # 实施期 and 年度 values beside one operator and one unit column: a row whose 年度 cell is
    # empty (the work starts next year) was read as the annual target `≥亩`.
    rows = [
        ["项目名称", "林分改造"],
        ["一级指标", "二级指标", "三级指标", "指标方向", "实施期指标值", "年度指标值", "计量单位"],
        ["产出指标", "数量指标", "改造提升面积", "≥", "3,000", "", "亩"],
        ["", "", "赎买面积", "≥", "1.5", "0.5", "万亩"],
    ]  # fmt: skip
    (project,) = read_table(table(rows)).projects
    assert [
        (i.name, i.period_target, i.annual_target, i.target_operator_raw, i.target_unit_raw)
        for i in project.indicators
    ] == [
        ("改造提升面积", "≥3,000亩", None, "≥", "亩"),
        ("赎买面积", "≥1.5万亩", "≥0.5万亩", "≥", "万亩"),
    ]


def test_a_name_and_target_shifted_under_a_lists_project_cells_with_its_weight_is_put_back():
    # With weights and a basis after the target, a row shifted left by its project cells and
    # levels prints a figure under 预算数: it was read as a project named `≥1,200台` of 5 万元.
    header = ["单位名称", "项目名称", "预算数(万元)", "年度目标", "一级指标", "二级指标",
              "三级指标", "指标值", "指标分值权重", "指标值设置依据"]  # fmt: skip
    rows = [
        header,
        ["某县教育局", "薄弱环节改善", "1,286.00", "改善办学条件。", "产出指标", "数量指标",
         "新建校舍面积", "≥4,200平方米", "10", "建设规划"],
        ["购置教学仪器设备", "≥1,200台", "5", "计划标准", "", "", "", "", "", ""],
        ["质量指标", "工程验收合格率", "100%", "10", "行业标准", "", "", "", "", ""],
    ]  # fmt: skip
    read = read_table(table(rows))
    assert read.leftovers == ()
    assert [
        (p.name, project_amounts(p, "万元")["total"],
         [(i.level2_raw, i.name, i.annual_target, i.weight) for i in p.indicators])
        for p in read.projects
    ] == [
        ("薄弱环节改善", Decimal("1286.00"), [
            ("数量指标", "新建校舍面积", "≥4,200平方米", "10"),
            ("数量指标", "购置教学仪器设备", "≥1,200台", "5"),
            ("质量指标", "工程验收合格率", "100%", "10"),
        ]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "page_top",
    [
        [["续表"], ["一级指标", "二级指标", "三级指标", "指标值"]],
        [["(续上表)"]],
        [["城固县2024年部门预算公开"]],
        [["2023年度部门决算"], ["一级指标", "二级指标", "三级指标", "指标值"]],
    ],
    ids=["continued-with-labels", "continued", "running-header", "running-header-with-labels"],
)
def test_a_continued_tables_mark_or_a_running_header_between_rows_is_no_indicator(page_top):
    rows = [
        ["项目名称", "甲项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "整治连队数量", "≥32个"],
        ["", "质量指标", "验收合格率", "100%"],
        *page_top,
        ["", "", "设施完好率", "≥95%"],
        ["效益指标", "社会效益指标", "群众出行条件", "明显改善"],
    ]
    (project,) = read_table(table(rows)).projects
    assert [(i.level1_raw, i.level2_raw, i.name, i.annual_target) for i in project.indicators] == [
        ("产出指标", "数量指标", "整治连队数量", "≥32个"),
        ("产出指标", "质量指标", "验收合格率", "100%"),
        ("产出指标", "质量指标", "设施完好率", "≥95%"),
        ("效益指标", "社会效益指标", "群众出行条件", "明显改善"),
    ]


@pytest.mark.parametrize(
    "number", ["公开11表", "预算06表", "表3-1", "附表2", "附件1", "财决05表", "Z11-1表"]
)
def test_a_tables_number_printed_above_its_title_is_no_stray_line(number):
    # A disclosure numbers its tables (`公开11表` above the title, at its right): the mark is
    # neither a title nor a line outside the table's cells.
    rows = [
        [number],
        ["2024年项目支出绩效目标表"],
        ["项目名称", "甲项目", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥100人"],
    ]
    read = read_table(table(rows))
    assert (read.leftovers, [(p.name, [i.name for i in p.indicators]) for p in read.projects]) == (
        (),
        [("甲项目", ["培训人数"])],
    )


def test_a_wrapped_level_cells_end_shifted_left_with_its_row_ends_that_level():
    rows = [
        ["项目名称", "甲项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥100人"],
        ["效益指标", "经济效益", "带动农户增收", "明显提升"],
        ["指标", "", "", ""],
        ["社会效益", "群众出行条件", "明显改善", ""],
        ["指标", "", "", ""],
        ["满意度指标", "服务对象满", "群众满意度", "≥90%"],
        ["意度指标", "", "", ""],
    ]
    (project,) = read_table(table(rows)).projects
    assert [(i.level1_raw, i.level2_raw, i.name, i.annual_target) for i in project.indicators] == [
        ("产出指标", "数量指标", "培训人数", "≥100人"),
        ("效益指标", "经济效益指标", "带动农户增收", "明显提升"),
        ("效益指标", "社会效益指标", "群众出行条件", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]


def test_a_label_known_by_its_ending_wrapped_onto_the_next_line_is_that_label():
    rows = [
        ["专项名称", "甲专项"],
        ["中央主管部", "某部"],
        ["门", ""],
        ["地方主管部门", "某县局"],
        ["三级指标", "指标值"],
        ["培训人数", "100人"],
    ]
    read = read_table(table(rows))
    (project,) = read.projects
    assert (project.supervising_department, project.fields, read.findings) == (
        "某部",
        (("地方主管部门", "某县局"),),
        (),
    )


def test_a_lists_project_period_column_is_each_projects_period():
    rows = [
        ["项目名称", "预算金额", "项目实施期", "三级指标", "实施期指标值", "年度指标值"],
        ["甲项目", "120", "2022-2024年", "演出场次", "≥150场", "≥50场"],
        ["", "", "", "参与人次", "≥9万人次", "≥3万人次"],
        ["乙项目", "60", "2022年", "保洁长度", "≥26公里", "≥26公里"],
    ]
    read = read_table(table(rows))
    assert [
        (p.name, p.period_text, p.fields, [(i.name, i.period_target) for i in p.indicators])
        for p in read.projects
    ] == [
        ("甲项目", "2022-2024年", (), [("演出场次", "≥150场"), ("参与人次", "≥9万人次")]),
        ("乙项目", "2022年", (), [("保洁长度", "≥26公里")]),
    ]
    assert read.findings == ()


def test_a_note_under_the_table_naming_its_kind_opens_no_table_of_its_own():
    # `注：本表反映项目支出绩效自评情况…` names a title's words (绩效自评) but is a note under
    # the form, as is the line below it: kept as the form's notes, no second table, no finding.
    rows = [
        ["项目支出绩效自评表"],
        ["项目名称", "甲项目", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥100人"],
        ["注：本表反映项目支出绩效自评情况，资金单位为万元。", "", "", ""],
        ["本表由项目实施单位填报，主管部门审核后随部门决算一并公开。", "", "", ""],
    ]
    read = read_table(table(rows))
    assert (
        [f.rule for f in read.findings],
        [(p.name, [i.name for i in p.indicators]) for p in read.projects],
        [(x.text, x.reason) for x in read.leftovers],
    ) == (
        [],
        [("甲项目", ["培训人数"])],
        [
            ("注：本表反映项目支出绩效自评情况，资金单位为万元。", "sign-off line"),
            ("本表由项目实施单位填报，主管部门审核后随部门决算一并公开。", "sign-off line"),
        ],
    )


def test_separate_long_term_and_annual_tables_join_an_indicator_whose_notes_differ():
    # Each table's 备注 is on its own target (`三年合计` on the 长期 16个, `赤眉等6个卫生院` on
    # the 年度 6个): the notes differing, the two rows were kept as two indicators of one name,
    # each with one target. Both notes are kept, the earlier first.
    labels = ["一级指标", "二级指标", "三级指标", "指标值", "备注"]
    rows = [
        ["项目名称", "甲项目"],
        ["长期绩效指标"],
        labels,
        ["产出指标", "数量指标", "标准化改造卫生院", "16个", "三年合计"],
        ["年度绩效指标"],
        labels,
        ["产出指标", "数量指标", "标准化改造卫生院", "6个", "赤眉等6个卫生院"],
    ]
    (project,) = read_table(table(rows)).projects
    assert [
        (i.name, i.period_target, i.annual_target, i.explanation) for i in project.indicators
    ] == [("标准化改造卫生院", "16个", "6个", "三年合计；赤眉等6个卫生院")]


def test_a_lists_row_shifted_left_under_its_project_cells_is_moved_back_by_its_split_target():
    # A list without levels, its project cells merged down and dropped by a converter: each row
    # under the first moved left by three columns. `苗木成活率 | 15 | % | ≥ | 85` was read as a
    # project of 15 万元 whose indicator was named `≥`.
    rows = [
        ["项目名称", "预算金额", "年度绩效目标", "绩效指标", "指标权重", "计量单位", "指标性质", "指标值"],
        ["退耕还林项目", "215.30", "补植补造2,400亩", "补植补造面积", "15", "亩", "≥", "2,400"],
        ["苗木成活率", "15", "%", "≥", "85", "", "", ""],
        ["项目区水土流失状况", "10", "", "定性", "有所改善", "", "", ""],
    ]  # fmt: skip
    (project,) = read_table(table(rows)).projects
    assert project.name == "退耕还林项目"
    assert [(i.name, i.annual_target, i.weight) for i in project.indicators] == [
        ("补植补造面积", "≥2,400亩", "15"),
        ("苗木成活率", "≥85%", "15"),
        ("项目区水土流失状况", "有所改善", "10"),
    ]
