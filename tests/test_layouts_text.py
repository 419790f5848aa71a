"""Layout files built here as TAB-separated text, read by the whole per-file pipeline.

The held-out check in miniature, through the same door a downloaded file takes
(`process_file`: the packed reader's gate, then the layout readers): a small form, split
value table or flat list printed with each label variant the provinces use (the lists of
the layouts spec, copied here as data), and with the damage converters do to labels and
rows (spaces inside labels, full-width brackets and colons, merged level cells shown on the
first row of their block only, continuation rows shifted left, split value columns in any
order). Whatever the printing, the same project and indicators come out.
"""

import json
from decimal import Decimal

import pytest

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read.text_cells import read_text_cells
from pipeline.rows import THRESHOLD_COLUMNS

# The labels that vary between provinces, by what they label (layouts spec, "Labels that
# vary"); only the variants of one cell each (not the `+` pairs).
SPEC_LABELS = {
    "project_name": (
        "项目名称", "项目支出名称", "项目(专项)名称", "专项名称", "专项(项目)名称", "资金名称",
        "专项资金名称", "二级项目名称",
    ),
    "department": (
        "主管部门", "主管部门及代码", "主管部门及编码", "主管部门及其编码", "业务主管部门",
        "项目主管部门", "区级主管部门", "区县主管部门", "主管部门(单位)名称", "预算部门", "预算单位",
        "部门", "部门(单位)名称", "一级预算单位名称", "单位名称", "申报单位", "填报单位", "编制单位",
        "绩效编制单位",
    ),
    "impl_unit": (
        "实施单位", "项目实施单位", "具体实施单位", "项目执行单位", "项目单位", "组织实施单位",
    ),
    "total": (
        "年度资金总额", "资金总额", "年度金额", "年度总金额", "年度财政资金总额", "当年资金总额",
        "年度预算资金总额", "项目总预算", "当年预算", "年度本级预算金额", "预算申报数", "预算数",
        "总额",
    ),
    "fiscal_part": (
        "其中:财政拨款", "其中:当年财政拨款", "其中:本年财政拨款", "财政拨款数", "财政资金",
        "其中:中央补助", "中央资金", "市级资金", "区级资金", "省级财政安排", "一、预算资金",
        "(一)财政拨款小计",
    ),
    "other_part": (
        "其他资金", "其它资金", "地方资金", "其他", "二、自有资金", "(二)自有资金小计",
        "(三)其他收入", "上年结转资金", "财政专户管理资金", "单位资金",
    ),
    "goal_annual": (
        "年度目标", "年度总体目标", "总体目标", "年度绩效目标", "本年度绩效目标", "当年绩效目标",
        "项目年度目标", "年度主要目标和成果", "整体目标", "年度绩效总目标",
    ),
    "level1": ("一级指标", "一级目标", "绩效指标分类"),
    "level2": ("二级指标", "二级指标(年度)"),
    "level3": (
        "三级指标", "三级指标(年度)", "指标内容", "指标名称", "指标", "绩效指标",
    ),
    "value": (
        "指标值", "指标目标值", "目标值", "指标值及单位", "指标值(包含数字及文字描述)",
        "指标值(或计划水平)", "当年预期实现值", "年度指标值", "年初目标值", "年初指标值",
        "调整指标值", "指标值(年度)",
    ),
    "operator": ("指标性质", "计算符号", "指标方向", "指标值类型(定量/定性)"),
    "unit": ("度量单位", "计量单位", "单位"),
    "weight": (
        "分值", "权重", "权重(%)", "指标权重", "指标权重(分)", "指标分值权重", "分值权重",
    ),
}  # fmt: skip

DEFAULTS = {role: variants[0] for role, variants in SPEC_LABELS.items()}

PROJECT = "乡村道路养护"
DEPARTMENT = "某县交通运输局"
UNIT = "某县公路养护中心"
GOAL = "完成农村公路养护50公里，保障群众安全出行。"

# (level1, level2, name, operator, value, unit, weight): level cells blank where merged.
ROWS = (
    ("产出指标", "数量指标", "养护道路里程", "≥", "50", "公里", "30"),
    ("", "", "养护路段数", "=", "12", "个", "20"),
    ("", "质量指标", "养护验收合格率", "≥", "95", "%", "20"),
    ("效益指标", "社会效益指标", "群众出行条件", "定性", "明显改善", "", "20"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%", "10"),
)
# What every printing must give: (level1, level2, name, annual target, period target).
EXPECTED = [
    ("产出指标", "数量指标", "养护道路里程", "≥50公里", None),
    ("产出指标", "数量指标", "养护路段数", "=12个", None),
    ("产出指标", "质量指标", "养护验收合格率", "≥95%", None),
    ("效益指标", "社会效益指标", "群众出行条件", "明显改善", None),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", None),
]


def joined(row) -> str:
    _, _, _, operator, value, unit, _ = row
    return value if operator == "定性" else f"{operator}{value}{unit}"


def header_block(labels: dict[str, str]) -> list[list[str]]:
    return [
        ["项目支出绩效目标表"],
        ["单位:万元"],
        [labels["project_name"], PROJECT, labels["department"], DEPARTMENT],
        [labels["impl_unit"], UNIT],
        ["资金情况", labels["total"], "120.50"],
        ["", labels["fiscal_part"], "100.50"],
        ["", labels["other_part"], "20.00"],
        [labels["goal_annual"], GOAL],
    ]


def form(labels=None, split: bool = False, order=None) -> list[list[str]]:
    """A per-project form: header block, then 一级 | 二级 | 三级 | 指标值 (or split value
    columns, in `order`) with merged level cells blank below their first row."""
    labels = {**DEFAULTS, **(labels or {})}
    parts = order or (("operator", "value", "unit") if split else ("value",))
    rows = [[labels[r] for r in ("level1", "level2", "level3", *parts)]]
    for row in ROWS:
        level1, level2, name, operator, value, unit, _ = row
        cells = {"operator": operator, "value": value, "unit": unit}
        if not split:
            cells["value"] = joined(row)
        rows.append([level1, level2, name, *(cells[p] for p in parts)])
    return header_block(labels) + rows


def flat_list(labels=None) -> list[list[str]]:
    """A flat list without levels: 指标 | 权重 | 计量单位 | 指标性质 | 指标值."""
    labels = {**DEFAULTS, **(labels or {})}
    rows = [[labels[r] for r in ("level3", "weight", "unit", "operator", "value")]]
    for _, _, name, operator, value, unit, weight in ROWS:
        rows.append([name, weight, unit, operator, value])
    return header_block(labels) + rows


def text(rows: list[list[str]]) -> bytes:
    return ("\n".join("\t".join(row) for row in rows) + "\n").encode()


def text_joined(rows: list[list[str]], joiner: str) -> bytes:
    """The rows a line each, their cells tab-separated, or their non-blank cells joined by
    spaces (as a converter that lost the tabs prints them)."""
    return "\n".join(
        joiner.join(row if joiner == "\t" else filter(None, row)) for row in rows
    ).encode()


def read(data: bytes):
    tables = process_file("t.txt", data, Source(fiscal_year=2024))
    document = tables.documents[0]
    problems = [f["message"] for f in tables.findings if f["severity"] == "error"]
    assert document["status"] == "ok", problems
    return tables


def indicators(tables) -> list[tuple]:
    return [
        (i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"],
         i["period_target"])
        for i in tables.indicators
    ]  # fmt: skip


def project(tables) -> tuple:
    (row,) = tables.projects
    return (
        row["project_name"],
        row["supervising_department"],
        row["implementing_unit"],
        row["total_amount"],
        row["fiscal_appropriation"],
        row["other_funds"],
        row["performance_goal"],
    )


PROJECT_ROW = (PROJECT, DEPARTMENT, UNIT, Decimal("120.50"), Decimal("100.50"),
               Decimal("20.00"), GOAL)  # fmt: skip

FORM_ROLES = ("project_name", "department", "impl_unit", "total", "fiscal_part", "other_part",
              "goal_annual", "level1", "level2", "level3", "value")  # fmt: skip


@pytest.mark.parametrize(
    ("role", "label"),
    [(role, label) for role in FORM_ROLES for label in SPEC_LABELS[role]],
)
def test_a_form_labelled_with_any_variant_of_the_spec_is_read(role, label):
    tables = read(text(form({role: label})))
    assert project(tables) == PROJECT_ROW
    assert indicators(tables) == EXPECTED
    assert tables.documents[0]["layout"] == "project-form"


# Variants the spec does not list, printed by tables of other templates.
MORE_LABELS = {
    "project_name": ("项目名", "项目全称"),
    # 福建's department label with its budget code (held-out round 150, 惠安).
    "department": ("主管部门（单位）名称及部门预算编码",),
    "total": ("本年预算", "本年预算数"),
    "goal_annual": ("年度总体绩效目标", "本年度总体目标"),
}


@pytest.mark.parametrize(
    ("role", "label"), [(role, label) for role, labels in MORE_LABELS.items() for label in labels]
)
def test_a_form_labelled_with_a_variant_beyond_the_spec_is_read(role, label):
    tables = read(text(form({role: label})))
    assert project(tables) == PROJECT_ROW
    assert indicators(tables) == EXPECTED


@pytest.mark.parametrize(
    ("role", "label"),
    [(role, label) for role in ("operator", "unit", "value") for label in SPEC_LABELS[role]],
)
def test_split_value_columns_labelled_with_any_variant_are_read(role, label):
    tables = read(text(form({role: label}, split=True)))
    assert indicators(tables) == EXPECTED
    operators = [i["target_operator_raw"] for i in tables.indicators]
    assert operators == ["≥", "=", "≥", "定性", "≥"]


@pytest.mark.parametrize(
    "order",
    [
        ("operator", "value", "unit"),  # Sichuan, Jiangxi
        ("unit", "operator", "value"),  # Chongqing
        ("value", "unit", "operator"),
    ],
)
def test_split_value_columns_in_any_order_are_read(order):
    assert indicators(read(text(form(split=True, order=order)))) == EXPECTED


@pytest.mark.parametrize(
    ("role", "label"),
    [(role, label) for role in ("level3", "weight", "unit", "operator", "value")
     for label in SPEC_LABELS[role] if label != "绩效指标"],
)  # fmt: skip
def test_a_flat_list_labelled_with_any_variant_is_read(role, label):
    tables = read(text(flat_list({role: label})))
    names = [(i["indicator_name"], i["annual_target"], i["weight"]) for i in tables.indicators]
    assert names == [
        (name, joined(row), float(row[6]))
        for row, (_, _, name, *_) in zip(ROWS, EXPECTED, strict=True)
    ]
    assert tables.documents[0]["layout"] == "flat-list"


@pytest.mark.parametrize("joiner", ["\t", " "])
def test_a_project_name_before_its_value_in_one_cell_opens_the_next_flat_list(joiner):
    # Two projects' flat lists in one table, each opening with `项目名称：…` in one cell (Jilin):
    # the second's lines after the first's indicators open a project of their own (they were
    # read as the first's, its indicators joined to the first's), its cells tab-separated or
    # joined by spaces (its header lines were then taken for indicator rows and left out).
    def project(name, rows):
        return [
            [f"项目名称：{name}", "", "", "", ""],
            ["预算单位：某局", "", "项目金额：50.00万元", "", ""],
            ["指标名称", "计算符号", "指标值", "计量单位", "指标权重（分）"],
            *rows,
        ]

    rows = [
        ["某局2021年项目支出绩效目标表", "", "", "", ""],
        *project("森林防火", [["巡护天数", "≥", "180", "天", "60"], ["群众满意度", "≥", "90", "%", "40"]]),
        *project("有害生物防治", [["防治面积", "≥", "2.3", "万亩", "100"]]),
    ]  # fmt: skip
    tables = read(text_joined(rows, joiner))
    assert [
        (p["project_name"], p["total_amount"], p["indicator_count"]) for p in tables.projects
    ] == [
        ("森林防火", Decimal("50.00"), 2),
        ("有害生物防治", Decimal("50.00"), 1),
    ]
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("巡护天数", "≥180天"),
        ("群众满意度", "≥90%"),
        ("防治面积", "≥2.3万亩"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize("joiner", ["\t", " "])
def test_a_row_of_sign_off_cells_under_the_indicators_is_a_note(joiner):
    # `填报单位：某局 | 单位负责人：*** | 填报人：***` under the last indicator, its cells
    # tab-separated or joined by spaces: 填报单位 alone names the department above a table, so
    # the row was read as an indicator named by it (or, joined, left out as one).
    rows = [
        ["项目名称", "秸秆综合利用", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "秸秆离田面积", "≥5万亩"],
        ["产出指标", "质量指标", "离田秸秆利用率", "≥90%"],
        ["填报单位：某县农业农村局", "单位负责人：***", "填报人：***", "填报日期：2022年3月30日"],
    ]
    tables = read(text_joined(rows, joiner))
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("秸秆离田面积", "≥5万亩"),
        ("离田秸秆利用率", "≥90%"),
    ]
    notes = [f["evidence"] for f in tables.findings if f["rule"] == "table_note"]
    assert (
        " ".join(notes)
        == "填报单位：某县农业农村局 单位负责人：*** 填报人：*** 填报日期：2022年3月30日"
    )
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize(
    "site_line", ["首页　上一页　1　2　下一页　尾页", "上一页 下一页", "【打印本页】　【关闭窗口】"]
)
def test_a_saved_web_pages_pager_and_print_links_under_a_table_are_page_furniture(site_line):
    # An article cut into pages, saved as text: the pager and the print links under the
    # table's last row were read as cells of a row without an indicator name (row_unparsed).
    rows = [
        ["项目名称", "临时救助", "", ""],
        ["序号", "指标名称", "指标值", "指标权重"],
        ["1", "临时救助人次", "≥1500人次", "50"],
        ["2", "救助对象满意度", "≥90%", "50"],
        [site_line],
    ]
    tables = read(text_joined(rows, "\t"))
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("临时救助人次", "≥1500人次"),
        ("救助对象满意度", "≥90%"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_lists_labels_printed_again_go_on_with_the_table_though_its_projects_share_names():
    # A page top inside a list's second project, under its merged 一级: the rows below name
    # `群众满意度` as the first project does, which is no second table (that read its first row
    # without its 一级).
    labels = ["项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"]
    tables = read(text([
        labels,
        ["公路养护", "100.00", "产出指标", "数量指标", "养护里程", "≥2860公里"],
        ["", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
        ["公路建设", "300.00", "产出指标", "数量指标", "新建里程", "≥36公里"],
        labels,
        ["", "", "", "时效指标", "完工时间", "2021年11月30日前"],
        ["", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥92%"],
    ]))  # fmt: skip
    assert [
        (i["project_id"][-2:], i["level1_name"], i["level2_name"], i["indicator_name"])
        for i in tables.indicators
    ] == [
        ("p1", "产出指标", "数量指标", "养护里程"),
        ("p1", "满意度指标", "服务对象满意度指标", "群众满意度"),
        ("p2", "产出指标", "数量指标", "新建里程"),
        ("p2", "产出指标", "时效指标", "完工时间"),
        ("p2", "满意度指标", "服务对象满意度指标", "群众满意度"),
    ]


def test_a_forms_group_row_and_labels_printed_again_at_a_page_top_go_on_with_the_table():
    # 中期 and 年度 groups under a row of their labels, both rows printed again at a page top,
    # the merged 一级 going on: the two rows were read as two new grids, and the rows below
    # them lost their 一级.
    groups = ["绩效指标", "中期绩效指标", "", "", "年度绩效指标", "", ""]
    labels = ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"]
    tables = read(text([
        ["项目名称", "高标准农田建设"], groups, labels,
        ["产出指标", "数量指标", "新建高标准农田面积", "≥6.4万亩", "数量指标", "新建高标准农田面积",
         "≥2.1万亩"],
        ["第 1 页 共 2 页"], groups, labels,
        ["", "成本指标", "亩均建设投入", "≤1,500元/亩", "成本指标", "亩均建设投入", "≤1,500元/亩"],
    ]))  # fmt: skip
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["period_target"],
             i["annual_target"]) for i in tables.indicators] == [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥6.4万亩", "≥2.1万亩"),
        ("产出指标", "成本指标", "亩均建设投入", "≤1,500元/亩", "≤1,500元/亩"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_line_alone_under_a_list_printing_its_project_cells_on_every_row_ends_none_of_them():
    # A list printing its project cells on every row (a spreadsheet export): `造`, a name's
    # end a converter shifted under 单位名称, was read as the end of the unit's cell, and the
    # next row, printing the unit whole, opened the same project again (its 860.00 counted
    # twice). Such a list wraps no project cell onto a line of its own: the line is reported.
    labels = ["单位名称", "项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"]
    first = ["某区绿化局", "公园养护", "1,286.50"]
    second = ["某区绿化局", "垃圾分类", "860.00"]
    tables = read(text([
        labels,
        [*first, "产出指标", "数量指标", "养护面积", "≥320万平方米"],
        [*first, "产出指标", "质量指标", "养护合格率", "≥95%"],
        [*second, "产出指标", "数量指标", "投放点位改", "≥260个"],
        ["造", "", "", "", "", "", ""],
        [*second, "效益指标", "社会效益指标", "分类准确率", "≥90%"],
    ]))  # fmt: skip
    assert [(p["project_name"], p["total_amount"]) for p in tables.projects] == [
        ("公园养护", Decimal("1286.50")),
        ("垃圾分类", Decimal("860.00")),
    ]
    assert [(f["rule"], f["source_line"], f["evidence"]) for f in tables.findings
            if f["severity"] != "info"] == [("row_unparsed", 5, "造")]  # fmt: skip


@pytest.mark.parametrize(("total", "findings"), [
    ("300.00", []),
    ("310.00", [("subtotal_mismatch", 7, "合计: printed subtotal differs from the sum of its 2 "
                 "资金使用单位 subtotals (万元): 总计 310.00 ≠ 300.00")]),
])  # fmt: skip
def test_a_total_under_totals_that_each_closed_their_projects_sums_them(total, findings):
    # `小计` under each unit's projects, then `合计`: the 合计 closes no project of its own, so it
    # was held against none (`总计 300.00 ≠ 0.00`, an error on a table that adds up). Each 小计
    # is its unit's (named by it); the 合计 adds up its units' subtotals or every project.
    labels = ["单位名称", "项目名称", "项目金额", "一级指标", "二级指标", "三级指标", "指标值"]
    tables = read(text([
        labels,
        ["甲中心", "疫苗接种", "100.00", "产出指标", "数量指标", "接种人次", "≥1万人次"],
        ["", "慢病管理", "80.00", "产出指标", "数量指标", "管理人数", "≥5000人"],
        ["小计", "", "180.00", "", "", "", ""],
        ["乙中心", "妇幼保健", "120.00", "产出指标", "数量指标", "筛查人数", "≥2000人"],
        ["小计", "", "120.00", "", "", "", ""],
        ["合计", "", total, "", "", "", ""],
    ]))  # fmt: skip
    assert [(r["row_type"], r["name"], r["total_amount"]) for r in tables.amount_rows] == [
        ("funding_unit", "甲中心", Decimal("180.00")),
        ("funding_unit", "乙中心", Decimal("120.00")),
        ("grand_total", "合计", Decimal(total)),
    ]
    assert [(f["rule"], f["source_line"], f["message"]) for f in tables.findings
            if f["severity"] != "info"] == findings  # fmt: skip


def spaced(label: str) -> str:
    return " ".join(label)


def test_labels_written_with_spaces_between_their_characters_are_read():
    labels = {role: spaced(label) for role, label in DEFAULTS.items()}
    tables = read(text(form(labels)))
    assert project(tables) == PROJECT_ROW
    assert indicators(tables) == EXPECTED


def test_labels_with_full_width_brackets_colons_and_a_unit_note_are_read():
    labels = {
        "project_name": "项目名称：",
        "total": "年度资金总额（万元）",
        "fiscal_part": "其中：财政拨款",
        "goal_annual": "年度绩效目标：",
        "value": "指标值（年度）",
    }
    tables = read(text(form(labels)))
    assert project(tables) == PROJECT_ROW
    assert indicators(tables) == EXPECTED


def test_continuation_rows_shifted_left_by_a_converter_are_put_back():
    rows = form()
    # The converter dropped the empty merged cells: the row starts with what follows them.
    rows[-4] = [c for c in rows[-4] if c]  # 养护路段数 | =12个
    rows[-3] = [c for c in rows[-3] if c]  # 质量指标 | 养护验收合格率 | ≥95%
    tables = read(text(rows))
    assert indicators(tables) == EXPECTED


def test_a_name_that_is_a_levels_too_shifted_left_in_a_grid_of_no_levels_is_put_back():
    # 渝中 (round 173, 重庆's 表十二) with the block label's merged cells dropped: every row one
    # cell left of its labels, and `服务对象满意度`, a 二级's name too, left in the label's
    # column, its weight read as its name (`6`) and its value and operator as its target.
    tables = read(text([
        ["某区民政局2026年部门整体绩效目标表"], ["部门名称", "某区民政局"],
        ["年度预算", "资金总额", "6,842.75"],
        ["绩效指标", "指标", "指标权重", "计量单位", "指标性质", "指标值"],
        ["城乡低保对象保障人数", "10", "人", "≥", "5600"],
        ["社区养老服务站运营数量", "8", "个", "=", "79"],
        ["低保金按月足额发放率", "8", "%", "=", "100"],
        ["服务对象满意度", "6", "%", "≥", "90"],
    ]))  # fmt: skip
    assert [(i["level2_name"], i["indicator_name"], i["weight"], i["annual_target"])
            for i in tables.indicators] == [
        (None, "城乡低保对象保障人数", 10.0, "≥5600人"), (None, "社区养老服务站运营数量", 8.0, "=79个"),
        (None, "低保金按月足额发放率", 8.0, "=100%"), (None, "服务对象满意度", 6.0, "≥90%"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_level_cells_repeated_on_every_row_are_read_as_merged_ones():
    rows = form()
    level1, level2 = "", ""
    for row in rows[-len(ROWS) :]:
        level1, level2 = row[0] or level1, row[1] or level2
        row[0], row[1] = level1, level2
    assert indicators(read(text(rows))) == EXPECTED


def test_level1_cells_with_scores_and_level2_without_the_word_indicator_are_read():
    rows = form()
    body = rows[-len(ROWS) :]
    body[0][0], body[0][1] = "产出指标(50分)", "数量"
    body[3][0] = "效益指标 (20分)"
    tables = read(text(rows))
    assert [(i[0], i[1], i[2]) for i in indicators(tables)] == [e[:3] for e in EXPECTED]


def test_a_form_and_a_flat_list_back_to_back_in_one_file_give_two_projects():
    second = flat_list({"project_name": "专项名称"})
    second[2][1] = "公路安全生命防护工程"
    tables = read(text(form() + second))
    assert [p["project_name"] for p in tables.projects] == [PROJECT, "公路安全生命防护工程"]
    assert len(tables.indicators) == 2 * len(ROWS)


def test_a_tab_separated_form_in_gb18030_with_crlf_is_read():
    data = text(form()).decode().replace("\n", "\r\n").encode("gb18030")
    tables = read(data)
    assert project(tables) == PROJECT_ROW
    assert indicators(tables) == EXPECTED


@pytest.mark.parametrize(
    "marker", ["— 1 —", "- 2 -", "·3·", "• 4 •", "第 1 页 共 2 页", "第3页", "2/5", "Page 4"]
)
@pytest.mark.parametrize("where", [-3, len(form())])
def test_a_page_marker_between_or_after_the_rows_is_not_an_indicator(marker, where):
    rows = form()
    rows.insert(where, [marker])
    tables = read(text(rows))
    assert indicators(tables) == EXPECTED
    assert not [f for f in tables.findings if f["evidence"] == marker]


@pytest.mark.parametrize("note", ["本表由单位财务科填报", "备注：本表金额单位为万元"])
def test_a_note_on_the_table_after_its_last_row_is_a_note_not_an_indicator(note):
    # A one-cell line under the indicators, not a level: it was read as a name shifted left,
    # an indicator named `本表由单位财务科填报` with no finding.
    tables = read(text([*form(), [note]]))
    assert indicators(tables) == EXPECTED
    assert [(f["rule"], f["severity"]) for f in tables.findings
            if f["evidence"] == note] == [("table_note", "info")]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        ["联系人：张三    联系电话：0714-8888888"],
        ["经办人：李四", "", "复核人：王五"],
        ["单位负责人（签字）：", "", "填报日期：2024年1月6日"],
        ["审批人", "赵六"],
        ["填 表 人：孙七"],
    ],
)
def test_a_sign_off_line_under_the_indicators_is_a_note_not_an_indicator(line):
    # `联系人：…` and `经办人`/`复核人`/`审批人` were not sign-off words of the layout readers (only
    # of the PDF reader): the line was read as an indicator under the last level, its name the
    # whole line, with no finding.
    tables = read(text([*form(), line]))
    assert indicators(tables) == EXPECTED
    assert [(f["rule"], f["evidence"]) for f in tables.findings] == [
        ("table_note", cell) for cell in line if cell
    ]


def test_an_indicator_whose_name_begins_with_a_sign_off_word_is_an_indicator():
    # A sign-off label is one only as a word of its own: `审核人员培训次数` names staff trained.
    rows = form()
    rows.insert(-1, ["", "", "审核人员培训次数", "≥2次"])
    tables = read(text(rows))
    assert indicators(tables) == [
        *EXPECTED[:-1],
        ("效益指标", "社会效益指标", "审核人员培训次数", "≥2次", None),
        EXPECTED[-1],
    ]


@pytest.mark.parametrize(
    "sentence", ["以上绩效目标经单位领导班子集体研究确定。", "以上指标经单位领导班子集体研究确定。"]
)
def test_a_sentence_under_the_table_is_a_note_not_an_indicator_or_a_table(sentence):
    # The first names a title's words (`绩效目标`): it opened a block of its own, which had no
    # indicator table, and was an error "a performance table whose labels match no known
    # layout … labels seen: none", placed at the table's first line. The second was read as a
    # name shifted left: an indicator named by the sentence, with no target and no finding.
    tables = read(text([*form(), [sentence]]))
    assert indicators(tables) == EXPECTED
    assert [(f["rule"], f["severity"], f["message"], f["evidence"]) for f in tables.findings] == [
        ("table_note", "info", "a note under the table", sentence)
    ]


@pytest.mark.parametrize(
    ("role", "label"),
    [
        ("project_name", "目名称"),  # 项目名称
        ("value", "标值"),  # 指标值
        ("goal_annual", "度绩效目标"),  # 年度绩效目标
        ("department", "管部门"),  # 主管部门
        ("impl_unit", "施单位"),  # 实施单位
    ],
)
def test_a_label_that_lost_its_first_character_is_known_by_the_rest(role, label):
    tables = read(text(form({role: label})))
    assert project(tables) == PROJECT_ROW
    assert indicators(tables) == EXPECTED


def test_a_clipped_label_several_labels_may_be_read_as_stays_unknown():
    """`级指标` may be 一级, 二级 or 三级指标: never guessed."""
    tables = process_file("t.txt", text(form({"level3": "级指标"})), Source(fiscal_year=2024))
    assert tables.documents[0]["status"] == "failed"
    assert tables.indicators == []


LIST_GOAL = "完成农村公路养护50公里"


def indicator_rows(labels=None) -> list[list[str]]:
    """A department list, one row per indicator: the project's cells on its first row only."""
    labels = {**DEFAULTS, **(labels or {})}
    roles = ("department", "project_name", "total", "goal_annual", "level1", "level2", "level3")
    rows = [["项目支出绩效目标表"], ["单位:万元"], [*(labels[r] for r in roles), labels["value"]]]
    for index, row in enumerate(ROWS):
        project_cells = [DEPARTMENT, PROJECT, "120.50", LIST_GOAL] if index == 0 else [""] * 4
        rows.append([*project_cells, *row[:3], joined(row)])
    return rows


@pytest.mark.parametrize(
    ("role", "label"),
    [(role, label) for role in ("project_name", "department", "total", "goal_annual")
     for label in SPEC_LABELS[role]],
)  # fmt: skip
def test_one_row_per_indicator_with_project_columns_labelled_as_in_header_blocks(role, label):
    """A project column is known by the same labels as the header-block field."""
    tables = read(text(indicator_rows({role: label})))
    (row,) = tables.projects
    assert (row["project_name"], row["funding_unit"], row["total_amount"]) == (
        PROJECT, DEPARTMENT, Decimal("120.50"),
    )  # fmt: skip
    assert row["performance_goal"] == LIST_GOAL
    assert indicators(tables) == EXPECTED
    assert tables.documents[0]["layout"] == "indicator-rows"


def test_a_form_file_is_decoded_once(monkeypatch):
    """The packed reader and the layout readers share one decoding of a text file."""
    from pipeline.build import workers
    from pipeline.read import text as text_reader

    calls, decode = [], text_reader.decode

    def counted(source_file, data):
        calls.append(source_file)
        return decode(source_file, data)

    monkeypatch.setattr(workers, "decode", counted)
    monkeypatch.setattr(text_reader, "decode", counted)
    assert indicators(read(text(form()))) == EXPECTED
    assert calls == ["t.txt"]


def test_cells_of_columns_kept_but_not_read_reach_the_indicator_s_extra_columns():
    tables = read(text([
        ["项目支出绩效目标表"],
        ["项目名称", "农村公路养护"],
        ["年度资金总额", "80"],
        ["序号", "一级指标", "二级指标", "三级指标", "指标值", "上年完成值", "完成率", "核实方式"],
        ["1", "产出指标", "数量指标", "养护里程", "≥120公里", "110公里", "", "现场抽查"],
        ["2", "", "", "养护路段数", "≥12段", "", "", ""],
        ["3", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "88%", "98%", "问卷"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["extra_columns"]) for i in tables.indicators] == [
        ("养护里程", '{"上年完成值": "110公里", "序号": "1", "核实方式": "现场抽查"}'),
        ("养护路段数", '{"序号": "2"}'),
        ("群众满意度", '{"上年完成值": "88%", "完成率": "98%", "序号": "3", "核实方式": "问卷"}'),
    ]
    assert [
        (f["rule"], f["message"]) for f in tables.findings if f["rule"] == "column_unknown"
    ] == [
        (
            "column_unknown",
            "column '核实方式' is not a known indicator-table label; its cells are kept in "
            "indicators.extra_columns",
        )
    ]


def test_graded_standards_and_a_label_printed_twice_reach_extra_columns_whole():
    tables = read(text([
        ["项目支出绩效目标表"],
        ["项目名称", "农村公路养护"],
        ["年度资金总额", "80"],
        ["一级指标", "二级指标", "三级指标", "优", "良", "中", "差", "佐证资料", "佐证资料"],
        ["产出指标", "数量指标", "养护里程", "≥120公里", "≥100公里", "≥80公里", "<80公里", "台账", "照片"],
    ]))  # fmt: skip
    (indicator,) = tables.indicators
    assert (indicator["annual_target"], json.loads(indicator["extra_columns"])) == (
        None,
        {"优": "≥120公里", "良": "≥100公里", "中": "≥80公里", "差": "<80公里", "佐证资料": "台账",
         "佐证资料#2": "照片"},
    )  # fmt: skip


def test_a_cell_a_spreadsheet_quoted_over_two_lines_is_one_cell_of_its_row():
    # Saved as tab-separated text, a cell holding a line break is quoted and its row broken
    # over lines; a quote written by hand (`"三公"经费`) and one no line closes stay as printed.
    lines = [
        "三级指标\t年度指标值\t偏差原因",
        '完工时间\t2021年10月31日前\t"受疫情影响延期，',
        '已督促加快进度，今后""合理""安排。"\t6',
        '"三公"经费\t≤12万元\t',
        '培训人次\t≥300人次\t"未完成',
    ]
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert [(row.line, row.cells) for row in table.rows] == [
        (1, ("三级指标", "年度指标值", "偏差原因")),
        (
            2,
            (
                "完工时间",
                "2021年10月31日前",
                '受疫情影响延期，已督促加快进度，今后"合理"安排。',
                "6",
            ),
        ),
        (4, ('"三公"经费', "≤12万元")),
        (5, ("培训人次", "≥300人次", '"未完成')),
    ]


def test_a_quoted_cell_in_a_row_padded_to_the_tables_width_still_reads_on_to_its_close():
    # A row padded with empty cells after a quote it leaves open: the padding is no cell of the
    # row, the quote reads on to the next line's close, and the cells after it go on the row.
    lines = [
        "序号\t一级指标\t二级指标\t三级指标\t指标值\t备注",
        '2\t产出指标\t质量指标\t"接种成活率\t\t',
        '（以抽样核查为准）"\t≥70%',
    ]
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert [(row.line, row.cells) for row in table.rows] == [
        (1, ("序号", "一级指标", "二级指标", "三级指标", "指标值", "备注")),
        (2, ("2", "产出指标", "质量指标", "接种成活率（以抽样核查为准）", "≥70%")),
    ]


def test_a_row_of_a_sheet_padded_to_its_width_cut_by_a_bare_line_break_is_one_row():
    # A sheet saved as text pads every row to its used range (6 cells here), its title's too;
    # a cell's line break written bare cuts a row into lines holding one cell more than that
    # together: a project's name (3 + 4 cells), an indicator's name over three lines (6 + 1 +
    # 2). Each line keeps its number.
    lines = [
        "某局2021年项目支出绩效目标表\t\t\t\t\t",
        "序号\t项目名称\t预算数\t三级指标\t指标值\t备注",
        "1\t青稞良种推广\t286.5\t推广面积\t≥1.2万亩\t",
        "2\t农牧民转移就业",
        "技能培训项目\t168\t培训农牧民\t≥600人次\t",
        "\t\t\t\t转移就业人均",
        "年增收",
        "\t≥3000元",
        "\t\t\t参训人员满意度\t≥95%\t",
    ]
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert [(row.line, row.cells) for row in table.rows] == [
        (1, ("某局2021年项目支出绩效目标表",)),
        (2, ("序号", "项目名称", "预算数", "三级指标", "指标值", "备注")),
        (3, ("1", "青稞良种推广", "286.5", "推广面积", "≥1.2万亩")),
        (4, ("2", "农牧民转移就业技能培训项目", "168", "培训农牧民", "≥600人次")),
        (6, ("", "", "", "", "转移就业人均年增收", "≥3000元")),
        (9, ("", "", "", "参训人员满意度", "≥95%")),
    ]


def test_lines_of_a_text_not_padded_to_one_width_are_not_joined_by_their_count_of_cells():
    # Only a sheet whose title too is padded to its width, and whose every line is so padded or
    # makes it up with the lines after it, has its rows joined by their count of cells: lines
    # of two cells over rows of four (a header block over its grid) are not.
    lines = [
        "项目名称\t农村公路养护",
        "长期目标\t三年完成",
        "年度目标\t完成50公里",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t养护道路里程\t≥50公里",
        "\t\t……\t",
    ]
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert [(row.line, row.cells) for row in table.rows] == [
        (1, ("项目名称", "农村公路养护")),
        (2, ("长期目标", "三年完成")),
        (3, ("年度目标", "完成50公里")),
        (4, ("一级指标", "二级指标", "三级指标", "指标值")),
        (5, ("产出指标", "数量指标", "养护道路里程", "≥50公里")),
        (6, ("", "", "……")),
    ]


def test_heading_cells_a_bare_line_break_cut_are_whole_labels_of_their_row():
    # A Word table's text: `年初预算` over `数\t全年预算` over `数\t全年执行` over `数\t分值…`,
    # each heading broken before its last character. The row had been four, the money block's
    # measures lost with it. A label whose next line opens with a label is no cut one.
    lines = [
        "项目资金（万元）\t\t年初预算",
        "数\t全年预算",
        "数\t全年执行",
        "数\t分值\t得分\t执行率",
        "\t年度资金总额\t1,150.00\t1,236.00\t1,198.92\t10\t9.7\t97.00%",
        "一级指标\t二级指标\t三级指标\t年度指标值",
        "三级指标\t年度指标值",
    ]
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert [(row.line, row.cells) for row in table.rows] == [
        (
            1,
            (
                "项目资金（万元）",
                "",
                "年初预算数",
                "全年预算数",
                "全年执行数",
                "分值",
                "得分",
                "执行率",
            ),
        ),
        (5, ("", "年度资金总额", "1,150.00", "1,236.00", "1,198.92", "10", "9.7", "97.00%")),
        (6, ("一级指标", "二级指标", "三级指标", "年度指标值")),
        (7, ("三级指标", "年度指标值")),
    ]


def test_a_figure_or_a_date_a_bare_line_break_cut_is_one_cell_of_its_row():
    # A Word table's text writes a cell's line break bare: a figure cut after its point
    # (`3,087.` over `17`) and a date cut after its month (`2024年11月` over `30日`) each had
    # its row's rest read as a row of its own (a false amount_unparsed, a weight lost). A
    # figure whole on its line, the next line a row of its own, is left as printed.
    lines = [
        "序号\t指标\t运算符\t指标值\t全年执行数\t分值\t执行率",
        "1\t资金总额\t\t\t3,087.",
        "17\t10\t100.00%",
        "2\t项目竣工时间\t≤\t2024年11月",
        "30日\t\t5",
        "3\t受益户数\t≥\t2400",
        "4\t满意度\t≥\t90%",
    ]
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert [(row.line, row.cells) for row in table.rows] == [
        (1, ("序号", "指标", "运算符", "指标值", "全年执行数", "分值", "执行率")),
        (2, ("1", "资金总额", "", "", "3,087.17", "10", "100.00%")),
        (4, ("2", "项目竣工时间", "≤", "2024年11月30日", "", "5")),
        (6, ("3", "受益户数", "≥", "2400")),
        (7, ("4", "满意度", "≥", "90%")),
    ]


def test_a_row_whose_cells_a_bare_line_break_cut_over_several_lines_is_one_row():
    # A PDF copied through WPS: the goal wraps over three lines beside a name over two, each
    # break bare. Lines short of the widest row went on only where the next line completed it
    # exactly: the goal's middle line was a row_unparsed, the name's end (`人次`) a name of
    # its own holding the target, silently.
    lines = [
        "序号\t项目名称\t预算金额\t年度绩效目标\t一级指标\t二级指标\t三级指标\t指标值",
        "1\t学生资助项目\t612.80\t落实资助政策，",
        "做到应助尽助，不让一个学生因",
        "家庭经济困难而失学。\t产出指标\t数量指标\t资助家庭经济困难学生",
        "人次\t≥9800人次",
        "\t\t\t\t效益指标\t社会效益",
        "指标\t学生因贫",
        "失学率\t0%",
    ]
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert [(row.line, row.cells) for row in table.rows] == [
        (1, ("序号", "项目名称", "预算金额", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")),
        (2, ("1", "学生资助项目", "612.80",
             "落实资助政策，做到应助尽助，不让一个学生因家庭经济困难而失学。", "产出指标",
             "数量指标", "资助家庭经济困难学生人次", "≥9800人次")),
        (6, ("", "", "", "", "效益指标", "社会效益指标", "学生因贫失学率", "0%")),
    ]  # fmt: skip


def test_each_cell_a_spreadsheet_quoted_over_two_lines_is_one_cell_even_between_other_cells():
    # A figure over its unit in both value cells of a copied row (中期 and 年度): the row
    # breaks at each of them, every cell after the first closing quote goes on the same row.
    lines = [
        "三级指标\t指标值\t三级指标\t指标值",
        '养护成本\t"≤1.9',
        '万元/公里"\t养护成本\t"≤1.9',
        '万元/公里"',
        '满意度\t"≥90',
        '%"\t满意度\t≥90%',
    ]
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert [(row.line, row.cells) for row in table.rows] == [
        (1, ("三级指标", "指标值", "三级指标", "指标值")),
        (2, ("养护成本", "≤1.9 万元/公里", "养护成本", "≤1.9 万元/公里")),
        (5, ("满意度", "≥90 %", "满意度", "≥90%")),
    ]


def test_a_cell_quoted_round_a_tab_is_one_cell_of_its_row():
    # A CSV-like export quotes a cell holding a tab as one holding a line break: the tab does
    # not end the cell; a quote closed by no later cell of its line, or only after a cell
    # holding a quote of its own, stays as printed.
    lines = [
        "序号\t项目名称\t年度目标\t三级指标\t指标值",
        '1\t"牧道维修\t养护"\t"维修牧道38公里；\t2.保障出行。"\t户均增收\t"≥6000\t元"',
        '2\t"牧道\t"三公"经费\t≤12万元"',
        '3\t"管护制度\t"未完成',
        '""合理""安排。"\t建立',
    ]
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert [(row.line, row.cells) for row in table.rows] == [
        (1, ("序号", "项目名称", "年度目标", "三级指标", "指标值")),
        (2, ("1", "牧道维修养护", "维修牧道38公里； 2.保障出行。", "户均增收", "≥6000 元")),
        (3, ("2", '"牧道', '"三公"经费', '≤12万元"')),
        (4, ("3", '"管护制度', '未完成 "合理"安排。', "建立")),
    ]


def test_a_page_broken_inside_a_quoted_cell_leaves_its_furniture_out_of_the_cells_text():
    # A page's number between a quoted cell's lines is no line of it; a hosting site's marker
    # glued to a line's end, inside the quotes or after the closing one, goes to the cell's end,
    # where the readers take it off as any cell's (the quote after it had not closed the cell,
    # and the row took the next lines in).
    lines = [
        "三级指标\t年度指标值\t备注",
        '人工增雨作业\t"≥12次第9页 共99页',
        '（按省局口径）"第10页 共99页\t',
        '新增作业点\t"≥2个',
        "— 11 —",
        '（东阿、茌平各1个）"\t新建',
        '户均增收\t"≥6000\t元"第12页 共99页',
    ]
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert [(row.line, row.cells) for row in table.rows] == [
        (1, ("三级指标", "年度指标值", "备注")),
        (2, ("人工增雨作业", "≥12次（按省局口径）第10页 共99页")),
        (4, ("新增作业点", "≥2个（东阿、茌平各1个）", "新建")),
        (7, ("户均增收", "≥6000 元第12页 共99页")),
    ]


@pytest.mark.parametrize("split", [False, True])
def test_an_unfilled_template_row_is_one_finding_not_one_for_each_of_its_cells(split):
    # A template row published as is, its value cells `……` as well as its name: the row is
    # reported once, its placeholder cells being that same row (each kept in the evidence), in
    # a note: it was read, and says nothing (no error: nothing is lost).
    rows = form(split=split)
    rows.insert(-3, ["", "", "指标2：……", *["……"] * (len(rows[-1]) - 3)])
    tables = read(text(rows))
    assert indicators(tables) == EXPECTED
    assert [
        (f["rule"], f["severity"], f["source_line"], f["message"], f["evidence"])
        for f in tables.findings
        if f["severity"] == "error" or f["rule"] == "template_row_skipped"
    ] == [
        (
            "template_row_skipped", "info", len(rows) - 3, "a template placeholder row",
            "指标2:...... | ......",
        )
    ]  # fmt: skip


GOALS_UNDER_HEADINGS = {
    "in_place": (
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["", "完成养护50公里。", "完成养护52公里。"],
    ),
    "label_cell_dropped": (
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["完成养护50公里。", "完成养护52公里。"],
    ),
    # The block's label a title above the table (仁化, round 69: `二、年度总体目标完成情况`),
    # the goals' headings from the first column on.
    "headings_only": (["预期目标", "实际完成情况"], ["完成养护50公里。", "完成养护52公里。"]),
    # A PDF without rules (贵南, round 68): the goal set spans the columns its heading's cell
    # does not, and the goal met stands one column left of its heading.
    "goal_spanning_columns": (
        ["年度总体目标", "预期目标", "", "", "实际完成情况"],
        ["", "完成养护50公里。", "", "完成养护52公里。"],
    ),
}


@pytest.mark.parametrize(
    ("headings", "goals"), GOALS_UNDER_HEADINGS.values(), ids=GOALS_UNDER_HEADINGS
)
def test_a_self_evaluations_goal_under_its_heading_is_the_goal_and_its_account_kept(
    headings, goals
):
    # MoF 2020 附1: `年度总体目标 | 预期目标 | 实际完成情况` over the goal set and the goal met.
    # The account of the goal met was read and then written nowhere; and where a converter
    # dropped the label's merged cell, both values were unknown labels' fields, no goal read.
    rows = [
        ["项目支出绩效自评表"],
        ["项目名称", "农村公路养护"],
        headings,
        goals,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "养护道路里程", "≥50公里", "52公里", "90", "90"],
    ]
    tables = read(text(rows))
    (project,) = tables.projects
    assert (project["performance_goal"], project["actual_goal"], project["extra_columns"]) == (
        "完成养护50公里。", "完成养护52公里。", None
    )  # fmt: skip
    assert [
        f["rule"] for f in tables.findings if f["rule"] in ("label_unknown", "row_unparsed")
    ] == []


@pytest.mark.parametrize(
    "cells",
    [
        ["中期绩效指标", "年度绩效指标"],
        ["", "中期绩效指标", "", "年度绩效指标"],
        ["", "", "年度绩效指标"],
    ],
)
def test_headings_over_the_indicator_groups_are_no_field_and_no_goals_end(cells):
    # Between the goal and the column labels, the groups' headings: 灵寿's (round 73) gave
    # `label_unknown` with 年度绩效指标 the value of 中期绩效指标, and a heading alone right of
    # its row's first cell was read as the goal's wrapped end.
    rows = form()
    rows.insert(next(i for i, row in enumerate(rows) if row[0] == "一级指标"), cells)
    tables = read(text(rows))
    assert project(tables) == PROJECT_ROW
    assert indicators(tables) == EXPECTED
    assert [(f["rule"], f["severity"]) for f in tables.findings] == []


@pytest.mark.parametrize(
    "label",
    ["中期目标", "长期目标", "实施期绩效目标", "实施期目标", "项目总体目标", "总目标",
     "长期绩效目标", "中期绩效目标", "实施周期目标"],
)  # fmt: skip
def test_a_goal_labelled_as_the_periods_is_the_period_goal(label):
    # `长期绩效目标` (an older form's, over its 长期绩效指标 table) was an unknown label, the
    # period goal a field.
    rows = form()
    rows.insert(len(rows) - 6, [label, "三年内完成农村公路养护150公里。"])
    tables = read(text(rows))
    (project,) = tables.projects
    assert (project["period_goal"], project["performance_goal"]) == (
        "三年内完成农村公路养护150公里。",
        GOAL,
    )
    assert [f["rule"] for f in tables.findings if f["rule"] == "label_unknown"] == []


@pytest.mark.parametrize(
    "cells",
    [
        ["填报单位：某县公路养护中心", ""],
        ["编制单位：某县公路养护中心", ""],
        ["编制单位:", "某县公路养护中心"],
        ["填报单位 ：", "某县公路养护中心"],
    ],
)
def test_the_unit_that_filled_in_the_form_does_not_stand_for_its_department(cells):
    # `填报单位：…中心` above the header block, `主管部门 | …局` in it: the 主管部门 is the
    # department, the filer a field of its own, keyed by its label without the colon.
    rows = form()
    rows.insert(1, [*cells, "", "金额单位：万元"])
    tables = read(text(rows))
    assert project(tables) == PROJECT_ROW
    filer = cells[0][:4]
    assert json.loads(tables.projects[0]["extra_columns"]) == {filer: "某县公路养护中心"}


@pytest.mark.parametrize("label", ["部门", "预算单位", "单位名称"])
def test_a_department_on_a_line_of_its_own_above_the_form_does_not_stand_for_its_department(label):
    # A 决算 disclosure's `部门：…中心学校` line above each of its tables (晏家屯, held-out
    # self-evaluation round 90), `主管部门 | …局` in the table: it was the department, silently,
    # the table's own 主管部门 kept as a field.
    rows = form()
    rows.insert(1, [f"{label}：某县公路养护中心"])
    tables = read(text(rows))
    assert project(tables) == PROJECT_ROW
    assert json.loads(tables.projects[0]["extra_columns"]) == {label: "某县公路养护中心"}


@pytest.mark.parametrize("padding", ["\u3000" * 8, " " * 6])
def test_the_filer_and_the_unit_padded_apart_in_one_cell_are_read_each(padding):
    # A sheet's title cell merged across the table (特克斯, round 69) prints both: the filer was
    # read as no field, as a web page's line padded so is.
    rows = form()
    rows.insert(1, [f"填报单位：某县公路养护中心（盖章）{padding}金额单位：万元"])
    tables = read(text(rows))
    assert project(tables) == PROJECT_ROW
    assert json.loads(tables.projects[0]["extra_columns"]) == {
        "填报单位": "某县公路养护中心（盖章）"
    }
    assert tables.documents[0]["currency_unit"] == "万元"


def test_a_workbook_saved_as_text_with_its_empty_columns_reads_like_the_table():
    # Every line padded with empty cells to the sheet's width, the title's too.
    rows = [[*row, *[""] * (20 - len(row))] for row in form()]
    tables = read(text(rows))
    assert (project(tables), indicators(tables)) == (PROJECT_ROW, EXPECTED)
    assert tables.documents[0]["title"] == "项目支出绩效目标表"


def test_label_value_pairs_joined_with_spaces_into_one_cell_are_read_as_cells():
    # A converter that joins a row's cells with spaces: `项目名称 乡村道路养护 主管部门 某县交通运输局`.
    rows = form()
    rows[2] = [" ".join(rows[2])]
    tables = read(text(rows))
    assert (project(tables), indicators(tables)) == (PROJECT_ROW, EXPECTED)
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_flat_list_s_project_gets_one_missing_level1_saying_its_levels_are_not_known():
    tables = read(text([
        ["表十二"],
        ["项目名称", "农村公路养护"],
        ["当年预算", "80"],
        ["指标", "指标权重", "计量单位", "指标性质", "指标值"],
        ["养护里程", "50", "公里", "≥", "120"],
        ["群众满意度", "50", "%", "≥", "90"],
    ]))  # fmt: skip
    assert [(f["rule"], f["severity"], f["message"], f["evidence"])
            for f in tables.findings if f["rule"] == "missing_level1"] == [
        ("missing_level1", "info", "none of the project's 2 indicators names its 一级 level: "
         "whether it has 产出指标、效益指标、满意度指标 indicators is not known", None),
    ]  # fmt: skip


def test_a_table_opening_with_its_column_labels_gives_a_project_on_their_line():
    # Nothing above the labels (the second part of a form a page split): the project, its
    # document and its findings are on the labels' line, never line 0, which the schemas
    # refuse (the whole build failed on it).
    tables = read(text([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥200人次"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
    ]))  # fmt: skip
    assert [(p["project_name"], p["source_line"]) for p in tables.projects] == [("", 1)]
    assert tables.documents[0]["source_line"] == 1
    assert {(f["rule"], f["source_line"]) for f in tables.findings} == {
        ("currency_unit_missing", 1),
        ("missing_level1", 1),
    }


def test_a_site_article_pages_furniture_around_a_table_is_no_part_of_it():
    # A table saved with the article page around it: the breadcrumb, the publication line, the
    # print links, the previous and next articles (one naming another 绩效自评表) and the footer.
    tables = read(text([
        ["首页 > 政务公开 > 财政预决算"],
        ["发布时间：2024-05-20 10:32　来源：区农业农村局　浏览次数：326"],
        ["【字体：大 中 小】　打印本页　关闭窗口"],
        ["项目支出绩效目标表"], ["项目名称", "青稞良种推广"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "良种推广面积", "≥5万亩"],
        ["上一篇：2023年度部门整体支出绩效自评报告"],
        ["下一篇：2023年度农业生产发展资金绩效自评表"],
        ["主办：某区人民政府　版权所有"],
    ]))  # fmt: skip
    assert indicators(tables) == [("产出指标", "数量指标", "良种推广面积", "≥5万亩", None)]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize(
    "footer",
    [
        "本站由無棣縣人民政府辦公室主辦　　繁體版",
        "本文由网友上传至文库资料网，仅供学习交流，如有侵权请联系删除",
        "Copyright©2025文库资料网版权所有",
        # The QR code of the page's mobile version (held-out round 145, 务川).
        "扫一扫在手机打开当前页",
    ],
)
def test_a_site_footer_saying_who_runs_the_site_is_no_indicator(footer):
    # A site's footer, a document site's notice or its copyright under a table's last row had
    # been read as an indicator with no target.
    tables = read(text([
        ["项目支出绩效目标表"], ["项目名称", "青稞良种推广"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "良种推广面积", "≥5万亩"],
        [footer],
    ]))  # fmt: skip
    assert indicators(tables) == [("产出指标", "数量指标", "良种推广面积", "≥5万亩", None)]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_name_wrapped_into_two_cells_of_its_row_is_one_name_the_row_back_under_its_labels():
    # `新建滴灌首部 | 系统 | 10 | 座 | ＝ | 6`: every cell after the name one column right. It
    # had been read as the name `新建滴灌首部`, the weight `系统` (points_unparsed), 座 = 10. Words
    # beside a name under a column of words (绩效标准) stay where they are.
    tables = read(text([
        ["项目支出绩效目标表"], ["项目名称", "高效节水灌溉改造"],
        ["指标", "指标权重", "计量单位", "指标性质", "指标值", "绩效标准"],
        ["铺设输水管网", "10", "公里", "≥", "42.5", "按实际完成比例计分"],
        ["新建滴灌首部", "系统", "10", "座", "＝", "6"],
        ["灌溉水利用系数", "10", "", "定性", "明显提高", "达到得满分"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["weight"], i["standard"])
            for i in tables.indicators] == [
        ("铺设输水管网", "≥42.5公里", 10.0, "按实际完成比例计分"),
        ("新建滴灌首部系统", "=6座", 10.0, None),
        ("灌溉水利用系数", "明显提高", 10.0, "达到得满分"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


# A form's header block, for the tables of the tests below.
_FORM_HEAD = [
    ["项目支出绩效目标表"],
    ["单位:万元"],
    ["项目名称", "城市道路维护"],
    ["年度目标", "道路完好。"],
]


# A form whose 一级 names stand in a column labelled as no level: `指标类型` (elsewhere 共性指标 or
# 个性指标), or the block label `绩效指标` down the side over `指标内容`, the names.
@pytest.mark.parametrize("labels", [("指标类型", "指标名称"), ("绩效指标", "指标内容")])
def test_level1_names_in_a_column_labelled_as_no_level_are_the_indicators_level1(labels):
    # Before, the column was kept aside (指标类型) or taken for the block label's, and every
    # indicator had no 一级 (a flat list, missing_level1 saying so).
    rows = [["产出指标", "维护道路面积", "≥50万平方米"], ["", "道路完好率", "≥95%"],
            ["效益指标", "市民出行便利度", "明显改善"], ["满意度指标", "市民满意度", "≥90%"]]  # fmt: skip
    tables = read(text([*_FORM_HEAD, [*labels, "指标值"], *rows]))
    assert tables.documents[0]["layout"] == "project-form"
    assert [(i["level1_name"], i["level1_raw"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == [
        ("产出指标", "产出指标", "维护道路面积", "≥50万平方米"),
        ("产出指标", "产出指标", "道路完好率", "≥95%"),
        ("效益指标", "效益指标", "市民出行便利度", "明显改善"),
        ("满意度指标", "满意度指标", "市民满意度", "≥90%"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["rule"] == "missing_level1"] == []


def test_a_column_of_row_numbers_beside_the_names_is_no_level():
    # `1`, `2` … are 产出指标's and 效益指标's codes too; a 序号 column is no 一级.
    rows = [[str(n), name, value] for n, name, value in
            ((1, "维护道路面积", "≥50万平方米"), (2, "道路完好率", "≥95%"), (3, "市民满意度", "≥90%"))]  # fmt: skip
    tables = read(text([*_FORM_HEAD, ["序号", "指标名称", "指标值"], *rows]))
    assert tables.documents[0]["layout"] == "flat-list"
    assert [i["level1_raw"] for i in tables.indicators] == [None, None, None]


def test_levels_labelled_as_a_category_its_subcategory_and_the_indicator_are_read():
    # `指标类别 | 指标子类 | 具体指标`: 指标子类 and 具体指标 were no labels, and the table, with no
    # name column, was refused (layout_unsupported).
    rows = [
        ["产出指标", "数量指标", "平台运维系统数量", "5套"],
        ["", "质量指标", "系统可用率", "≥99%"],
    ]
    tables = read(text([*_FORM_HEAD, ["指标类别", "指标子类", "具体指标", "指标值"], *rows]))
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == [
        ("产出指标", "数量指标", "平台运维系统数量", "5套"),
        ("产出指标", "质量指标", "系统可用率", "≥99%"),
    ]  # fmt: skip


LIST = [
    ["2024年部门预算项目绩效目标表"],
    ["单位：元"],
    ["单位名称", "项目名称", "项目总额", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
    ["某市教育局本级", "教师培训", "1,500,000.00", "完成教师培训3000人次", "产出指标", "数量指标",
     "培训人次", "≥3000人次"],
    ["", "", "", "", "满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"],
    ["", "校园安保", "2,000,000.00", "保障校园安全", "产出指标", "数量指标", "安保人员数", "≥200人"],
]  # fmt: skip


@pytest.mark.parametrize("at_top", [True, False], ids=["above_the_projects", "below_them"])
@pytest.mark.parametrize("printed", ["3,500,000.00", "3,600,000.00"])
def test_a_lists_he_ji_row_of_several_projects_is_their_checked_grand_total(at_top, printed):
    # `合计 | | 3,500,000.00` above or below a list's projects: a sign-off line, its figure
    # never checked against them.
    total = ["合计", "", printed]
    rows = [*LIST[:3], total, *LIST[3:]] if at_top else [*LIST, total]
    tables = read(text(rows))
    line = 4 if at_top else 7
    assert [(a["row_type"], a["name"], a["total_amount"], a["total_amount_raw"], a["source_line"])
            for a in tables.amount_rows] == [
        ("grand_total", "合计", Decimal(printed.replace(",", "")) / 10000, printed, line)
    ]  # fmt: skip
    assert [p["funding_unit"] for p in tables.projects] == ["某市教育局本级", "某市教育局本级"]
    assert [(f["rule"], f["source_line"], f["message"]) for f in tables.findings
            if f["severity"] == "error"] == (
        []
        if printed == "3,500,000.00"
        else [("subtotal_mismatch", line, "合计: printed subtotal differs from the sum of its 2 "
               "projects (万元): 总计 360.00 ≠ 350.00")]
    )  # fmt: skip


def test_the_二级_of_both_groups_wrapped_alike_end_their_levels():
    # 中期 and 年度 groups side by side, each group's 二级 wrapped onto a line of its own
    # (`经济效益` over `指标`): the line is the ends of both level cells, not the end of the name
    # beside them (it was joined to it, `护林员人均年增收指标`, with name_end_joined).
    tables = read(text([
        ["项目名称", "天然林保护修复"],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "二级指标", "三级指标", "年度指标值"],
        ["效益指标", "经济效益", "护林员人均年增收", "≥1万元", "经济效益", "护林员人均年增收", "≥1万元"],
        ["", "指标", "", "", "指标", "", ""],
        ["", "社会效益指标", "带动脱贫户就业", "300多户", "社会效益指标", "带动脱贫户就业", "300多户"],
    ]))  # fmt: skip
    assert [
        (i["level2_raw"], i["indicator_name"], i["period_target"], i["annual_target"])
        for i in tables.indicators
    ] == [
        ("经济效益指标", "护林员人均年增收", "≥1万元", "≥1万元"),
        ("社会效益指标", "带动脱贫户就业", "300多户", "300多户"),
    ]
    assert [f["rule"] for f in tables.findings if f["rule"] == "name_end_joined"] == []


LIST_HEAD = [
    "某县林业局2023年项目支出绩效目标表",
    "单位名称\t资金名称\t预算数\t年度主要目标和成果\t一级指标\t二级指标\t三级指标\t指标值",
    "某县林业局\t森林生态效益补偿\t120.00\t兑付补偿资金\t产出指标\t数量指标\t公益林补偿面积\t≥98.6万亩",
    "\t\t\t\t效益指标\t生态效益指标\t森林覆盖率\t≥67%",
]


def test_a_project_printing_its_levels_one_column_left_reads_them_by_content_with_a_finding():
    # Damage 12: a 二级 under 一级指标, the name under 二级指标, 三级指标 empty, on every row of
    # the second project: its 二级 and names read by content, no 一级 made up; it was a
    # `row_unparsed` a row ("a value without an indicator name") but the row of no 一级 cell.
    lines = [
        *LIST_HEAD,
        "\t有害生物防治\t86.30\t除治疫木\t数量指标\t松材线虫病疫木除治\t\t≥2.5万株",
        "\t\t\t\t\t林业有害生物监测面积\t\t≥120万亩",
        "\t\t\t\t服务对象满意度指标\t林农满意度\t\t≥90%",
    ]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == [
        ("产出指标", "数量指标", "公益林补偿面积", "≥98.6万亩"),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥67%"),
        (None, "数量指标", "松材线虫病疫木除治", "≥2.5万株"),
        (None, "数量指标", "林业有害生物监测面积", "≥120万亩"),
        (None, "服务对象满意度指标", "林农满意度", "≥90%"),
    ]  # fmt: skip
    assert [(f["rule"], f["severity"], f["source_line"], f["message"])
            for f in tables.findings if f["rule"] in ("level_columns_shifted", "row_unparsed")] == [
        ("level_columns_shifted", "warning", 5,
         "the row prints the 二级 '数量指标' under the 一级's label and the name '松材线虫病疫木除治' "
         "under the 二级's, its 三级 empty: read by their content, with no 一级, as are the rows "
         "below it so printed; compare with the published table"),
    ]  # fmt: skip


def test_another_tables_title_after_the_last_row_closes_the_performance_table_of_a_text():
    # The next table of the disclosure right after the list's 合计 (layouts.md, damage 6): set
    # aside with a note, where its rows had been read as two projects with unreadable amounts.
    lines = [
        *LIST_HEAD,
        "合计\t\t120.00",
        "某县林业局2023年政府采购预算表",
        "\t\t\t单位：万元",
        "采购项目\t采购品目\t采购数量\t采购金额",
        "松材线虫病防治药剂\t农药\t12吨\t18.60",
        "合计\t\t\t18.60",
    ]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    assert [p["project_name"] for p in tables.projects] == ["森林生态效益补偿"]
    assert [(f["rule"], f["source_line"], f["message"]) for f in tables.findings
            if f["severity"] != "info" or f["rule"] == "table_set_aside"] == [
        ("table_set_aside", 6, "not a performance table, set aside: 6 to 10: "
         "某县林业局2023年政府采购预算表 | 单位：万元 | 采购项目"),
    ]  # fmt: skip


def test_a_split_value_row_a_column_off_is_text_with_a_finding():
    # Its operator cell dropped as well as its levels (`受益居民 | 3,260 | 户 | 10`): the figure
    # under 计算符号 says the parts stand a column off; it had read `= 3260 户` and `= 10`, the
    # weight a second figure of the target, with no finding.
    tables = process_file("t.txt", "\n".join([
        "项目名称\t老旧小区改造",
        "一级指标\t二级指标\t指标名称\t计算符号\t指标值\t计量单位\t权重(%)",
        "产出指标\t数量指标\t改造老旧小区\t≥\t12\t个\t10",
        "受益居民\t3,260\t户\t10",
    ]).encode(), Source(fiscal_year=2022))  # fmt: skip
    rows = [dict(zip(THRESHOLD_COLUMNS, t, strict=True)) for t in tables.thresholds]
    assert [(r["indicator_id"][-2:], r["kind"], r["operator"], r["value"]) for r in rows] == [
        ("i1", "number", ">=", 12.0),
        ("i2", "text", None, None),
    ]
    assert [(f["rule"], f["severity"], f["source_line"], f["message"]) for f in tables.findings
            if f["rule"] == "target_parts_off"] == [
        ("target_parts_off", "warning", 4, "年度指标值's operator column holds the figure "
         "'3,260': the row's value parts stand a column off, so the target is kept as text"),
    ]  # fmt: skip


def test_a_money_labels_unit_wrapped_onto_the_next_row_is_its_unit():
    # `（万元）` alone in the next row's first cell, under the money block's label: the label's
    # unit, wrapped; it was an unknown label and the table's unit missing (currency_unit_missing).
    tables = process_file("t.txt", "\n".join([
        "项目支出绩效目标表",
        "项目名称\t设施蔬菜产业提升",
        "项目资金申请\t年度总金额\t526.00",
        "（万元）\t其中：财政资金\t500.00",
        "\t单位资金\t26.00",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t新建日光温室\t≥120座",
    ]).encode(), Source(fiscal_year=2023))  # fmt: skip
    assert (tables.documents[0]["currency_unit"], tables.projects[0]["total_amount"]) == (
        "万元",
        Decimal("526.00"),
    )
    assert [f["rule"] for f in tables.findings if f["rule"] != "missing_level1"] == []


@pytest.mark.parametrize("note", [[], ["备注"]])
def test_a_periods_group_over_its_own_target_label_holds_that_periods_targets(note):
    # 卢龙 and 博野 (round 135): `中期绩效指标 | 年度绩效指标`, one column each, over `指标值 |
    # 指标值`. Before, the lower labels were read one column right of their groups: the year's
    # targets became the period's and the annual target was null, with no finding (博野's 备注
    # the period target).
    tables = read(text([
        ["项目名称", "基本公共卫生服务"],
        ["一级指标", "二级指标", "三级指标", "中期绩效指标", "年度绩效指标", *note],
        ["", "", "", "指标值", "指标值", *[""] * len(note)],
        ["产出指标", "数量指标", "老年人健康管理人数", "≥3.6万人", "≥1.2万人", *["每年"] * len(note)],
        ["效益指标", "社会效益指标", "公共卫生服务差距", "逐步缩小", "不断缩小", *[""] * len(note)],
    ]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "老年人健康管理人数", "≥1.2万人", "≥3.6万人"),
        ("效益指标", "社会效益指标", "公共卫生服务差距", "不断缩小", "逐步缩小"),
    ]
    assert [i["standard"] for i in tables.indicators] == (["每年", None] if note else [None, None])
