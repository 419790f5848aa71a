"""Blocks a converter read column by column (pipeline.read.read_down): a header block's labels
then their values, and a grid printed a column at a time, put back as the rows they stand for;
where the lines leave any doubt which value is whose, they stay as printed."""

from decimal import Decimal

from pipeline.build.workers import process_file
from pipeline.cells import CellRow, CellTable
from pipeline.layouts.select import opened_below
from pipeline.manifest import Source
from pipeline.read.text_cells import read_text_cells
from tests.test_layouts_damage import page_numbered

FORM_HEAD = [
    "项目支出绩效目标表",
    "专项（项目）名称",
    "主管部门及编码",
    "项目属性",
    "某县2025年茶园提质增效项目",
    "[402001]某县农业农村局",
    "延续项目",
    "项目资金",
    "（万元）",
    "年度预算资金总额",
    "其中：财政拨款",
    "其他资金",
    "620.00",
    "600.00",
    "20.00",
]
GRID = [
    "一级指标\t二级指标\t三级指标\t指标值",
    "产出指标\t数量指标\t低产茶园改造面积\t≥1万亩",
    "满意度指标\t服务对象满意度指标\t受益茶农满意度\t≥90%",
]


def _rows(lines: list[str]) -> list[tuple[int, tuple[str, ...]]]:
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    return [(row.line, row.cells) for row in table.rows]


def test_a_header_blocks_labels_then_values_are_rows_of_a_label_and_its_value():
    # `项目资金` over `（万元）`: one label a line break cut, whole again on its first line.
    assert _rows(FORM_HEAD + GRID)[:8] == [
        (1, ("项目支出绩效目标表",)),
        (2, ("专项（项目）名称", "某县2025年茶园提质增效项目")),
        (3, ("主管部门及编码", "[402001]某县农业农村局")),
        (4, ("项目属性", "延续项目")),
        (8, ("项目资金（万元）",)),
        (10, ("年度预算资金总额", "620.00")),
        (11, ("其中：财政拨款", "600.00")),
        (12, ("其他资金", "20.00")),
    ]


def test_a_form_whose_header_was_read_down_builds_its_project():
    tables = process_file("t.txt", "\n".join(FORM_HEAD + GRID).encode(), Source())
    (project,) = tables.projects
    assert (
        project["project_name"],
        project["supervising_department"],
        project["total_amount"],
    ) == (
        "某县2025年茶园提质增效项目",
        "[402001]某县农业农村局",
        Decimal("620.00"),
    )
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_page_number_after_every_line_of_a_block_read_down_is_passed_over():
    # A page's number between the labels and between the values (or a column's cells) is no
    # value of the block: the rows are put back, the numbers after them; the numbers had ended
    # the blocks, which stayed lines outside the table's cells.
    numbered = page_numbered("\n".join(FORM_HEAD + GRID))
    assert [(line, cells) for line, cells in _rows(numbered.split("\n")) if len(cells) > 1][:4] == [
        (3, ("专项（项目）名称", "某县2025年茶园提质增效项目")),
        (5, ("主管部门及编码", "[402001]某县农业农村局")),
        (7, ("项目属性", "延续项目")),
        (19, ("年度预算资金总额", "620.00")),
    ]
    down = page_numbered("\n".join(GRID_DOWN))
    assert [cells for _, cells in _rows(down.split("\n")) if len(cells) > 1] == [
        ("指标名称", "指标性质", "指标值", "计量单位", "指标权重"),
        ("新建高标准农田面积", "≥", "1.2", "万亩", "15"),
        ("工程质量验收合格率", "=", "100", "%", "10"),
        ("项目完工时间", "≤", "2024年10月31日", "", "10"),
        ("项目区粮食产能", "定性", "稳步提升", "", "10"),
    ]


def test_a_departments_budget_parted_by_spending_read_down_is_its_rows():
    # `资金总额 / 其中：基本支出 / 项目支出` then their figures: the spending parts had been
    # no field read down, so the run stopped at one label and the figures were lines of
    # their own (line_unrecognised), the department's total lost.
    lines = ["部门整体支出绩效目标表", "部门（单位）名称\t某市水利局", "年度预算安排", "资金总额",
             "其中：基本支出", "项目支出", "28,463,500.00", "9,863,500.00", "18,600,000.00"]  # fmt: skip
    assert _rows(lines)[2:] == [
        (3, ("年度预算安排",)),
        (4, ("资金总额", "28,463,500.00")),
        (5, ("其中：基本支出", "9,863,500.00")),
        (6, ("项目支出", "18,600,000.00")),
    ]


def test_fewer_values_than_labels_stay_as_printed_and_no_labels_of_the_run_are_paired():
    # Two figures under six money labels: which two, no line tells, nor may the run's last two
    # labels take them.
    lines = [
        "中期预算资金总额",
        "其中：财政拨款",
        "其他资金",
        "年度预算资金总额",
        "其中：财政拨款",
        "其他资金",
        "356.00",
        "356.00",
    ]
    assert _rows(lines) == [(number, (line,)) for number, line in enumerate(lines, 1)]


def test_values_of_another_kind_than_their_labels_stay_as_printed():
    # Text under an amount's label, a figure under a name's: no such block.
    lines = ["项目名称", "资金总额", "120.00", "某项目"]
    assert _rows(lines) == [(number, (line,)) for number, line in enumerate(lines, 1)]


def test_labels_each_over_its_value_are_left_as_printed():
    lines = ["项目名称", "某项目", "主管部门", "某局"]
    assert _rows(lines) == [(number, (line,)) for number, line in enumerate(lines, 1)]


GRID_DOWN = [
    "指标名称", "新建高标准农田面积", "工程质量验收合格率", "项目完工时间", "项目区粮食产能",
    "指标性质", "≥", "=", "≤", "定性",
    "指标值", "1.2", "100", "2024年10月31日", "稳步提升",
    "计量单位", "万亩", "%",
    "指标权重", "15", "10", "10", "10",
]  # fmt: skip


def test_a_grid_printed_a_column_at_a_time_is_its_rows_units_beside_the_bare_figures():
    # Seven lines short of the rows, the unit column's empty cells vanished: its units go to
    # the rows whose value is a bare figure, the date's and the 定性 row's none.
    assert _rows(GRID_DOWN) == [
        (1, ("指标名称", "指标性质", "指标值", "计量单位", "指标权重")),
        (2, ("新建高标准农田面积", "≥", "1.2", "万亩", "15")),
        (3, ("工程质量验收合格率", "=", "100", "%", "10")),
        (4, ("项目完工时间", "≤", "2024年10月31日", "", "10")),
        (5, ("项目区粮食产能", "定性", "稳步提升", "", "10")),
    ]


def test_a_grid_read_down_whose_units_match_no_rows_stays_as_printed():
    # Two units for three bare figures: whose unit vanished, no line tells.
    lines = [*GRID_DOWN[:13], "30", *GRID_DOWN[14:]]
    assert _rows(lines) == [(number, (line,)) for number, line in enumerate(lines, 1)]


# An indicator grid's last page printed transposed, a line a column: 效益指标 merged across the
# three columns of its block prints once, 社会效益指标 across two.
GRID_ACROSS = [
    "一级指标\t二级指标\t三级指标\t年度指标值\t分值",
    "产出指标\t数量指标\t改造老旧小区\t≥12个\t10",
    "一级指标\t效益指标\t\t\t满意度指标",
    "二级指标\t经济效益指标\t社会效益指标\t\t服务对象满意度指标",
    "三级指标\t带动社会资本投入\t居民生活条件改善\t加装电梯\t小区居民满意度",
    "年度指标值\t≥200万元\t明显改善\t≥6部\t≥90%",
    "分值\t5\t10\t5\t10",
    "偏差原因分析及改进措施",
    "总分\t\t\t\t40",
]


def test_a_grid_printed_transposed_a_line_a_column_is_its_rows_at_the_names_line():
    # Before, each line was read as an indicator (一级指标 | 效益指标 …), the names lost.
    (table,) = read_text_cells("t.txt", "\n".join(GRID_ACROSS))
    assert [(row.line, row.location, row.cells) for row in table.rows] == [
        (1, None, ("一级指标", "二级指标", "三级指标", "年度指标值", "分值")),
        (2, None, ("产出指标", "数量指标", "改造老旧小区", "≥12个", "10")),
        (
            3,
            None,
            ("一级指标", "二级指标", "三级指标", "年度指标值", "分值", "偏差原因分析及改进措施"),
        ),
        (5, "5 column 2", ("效益指标", "经济效益指标", "带动社会资本投入", "≥200万元", "5", "")),
        (5, "5 column 3", ("", "社会效益指标", "居民生活条件改善", "明显改善", "10", "")),
        (5, "5 column 4", ("", "", "加装电梯", "≥6部", "5", "")),
        (5, "5 column 5", ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "10", "")),
        (9, None, ("总分", "", "", "", "40")),
    ]
    tables = process_file(
        "t.txt", "\n".join(["项目支出绩效自评表", *GRID_ACROSS]).encode(), Source()
    )
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == [
        ("产出指标", "数量指标", "改造老旧小区", "≥12个"),
        ("效益指标", "经济效益指标", "带动社会资本投入", "≥200万元"),
        ("效益指标", "社会效益指标", "居民生活条件改善", "明显改善"),
        ("效益指标", "社会效益指标", "加装电梯", "≥6部"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%"),
    ]  # fmt: skip


def test_a_header_row_over_its_indicator_rows_is_no_grid_printed_transposed():
    # Lines opening with a column's label whose other cells are labels too are a header.
    lines = ["一级指标\t二级指标\t三级指标\t指标值", "三级指标\t年度指标值\t分值"]
    assert _rows(lines) == [
        (1, ("一级指标", "二级指标", "三级指标", "指标值")),
        (2, ("三级指标", "年度指标值", "分值")),
    ]


def test_a_goal_under_its_label_alone_is_the_goal_and_opens_no_table():
    # `年度绩效目标` alone (a title's words) over the goal's parts, the header above it read down
    # into rows of a label and its value: the goal, its second part opening with a figure after
    # its word's colon; the label had opened a table of its own, the form's header set aside.
    lines = [
        *FORM_HEAD,
        "年度绩效目标",
        "目标1：改造提升低产茶园1万亩。",
        "目标2：11月30日前完成年度建设任务。",
        *GRID,
    ]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source())
    (project,) = tables.projects
    assert (project["project_name"], project["performance_goal"]) == (
        "某县2025年茶园提质增效项目",
        "目标1：改造提升低产茶园1万亩。\n目标2：11月30日前完成年度建设任务。",
    )
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_goals_label_alone_opens_no_table_in_a_files_cell_tables():
    # A PDF's or Word file's cell tables, split at title rows (`layouts.select`): a goal's label
    # alone (a title's words), spaced out or joined with its text by a space, under rows of a
    # label and its value, is the goal's, no title opening a table; a table's title is one.
    def rows(*lines: str) -> tuple[CellRow, ...]:
        return tuple(
            CellRow(tuple(line.split("|")), number) for number, line in enumerate(lines, 1)
        )

    head = ("项目名称|某项目", "主管部门|某局", "实施单位|某中心")
    form = (*head, "年度绩效目标", "目标1：改造提升低产茶园1万亩。", *GRID)
    for goal in ("年度绩效目标", "年 度 绩 效 目 标", "项目绩效目标 新建日光温室120座。"):
        printed = (*head, goal, *form[len(head) + 1 :])
        table = CellTable("t.pdf", 0, None, rows(*printed, "项目支出绩效目标表", *form))
        assert [len(part.rows) for part in opened_below(table)] == [len(form), len(form) + 1]
