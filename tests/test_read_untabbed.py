"""Text whose cells lost their tabs (pipeline.read.untabbed): a table printed one cell a line is
cut into its rows by its column count; cells joined by spaces are rebuilt by their labels and
content, and a row that fits its columns in more than one way is left out with a finding, never
placed by a guess."""

from decimal import Decimal

import pytest

from pipeline.build.workers import process_file
from pipeline.cells import CellRow
from pipeline.manifest import Source
from pipeline.read.text_cells import read_text_cells
from pipeline.read.untabbed import _totals, untabbed_rows
from tests.test_layouts_damage import cells_joined_by_spaces, labels_spaced, one_cell_a_line

# A small split-value form, tab-separated as a spreadsheet saves it.
TABLE = [
    ["项目支出绩效目标表"],
    ["项目名称", "老年助餐服务", "主管部门", "某区民政局"],
    ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
    ["年度资金总额", "120.00", "118.00", "110.50"],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "备注"],
    ["产出指标", "数量指标", "助餐点数量", "≥", "12", "个", "新建4个"],
    ["", "", "助餐服务人次", "≥", "3", "万人次"],
    ["效益指标", "社会效益指标", "老年人就餐便利程度", "定性", "明显提高"],
    ["满意度指标", "服务对象满意度指标", "老人满意度", "≥", "90", "%", "抽样调查"],
]


TABLE_JOINED = [" ".join(cell for cell in cells if cell) for cells in TABLE]


def _rows(table) -> list[tuple[int, tuple[str, ...]]]:
    return [(row.line, row.cells) for row in table.rows]


def test_a_table_printed_one_cell_a_line_is_cut_by_its_column_count():
    # Each cell a line, an empty one an empty line, a blank line after each row, every row as
    # wide as the widest (7): a blank line may end a row or be a cell, only the count tells.
    lines = []
    for cells in TABLE:
        lines += [*cells, *[""] * (7 - len(cells)), ""]
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert _rows(table) == [(1 + 8 * index, tuple(cells)) for index, cells in enumerate(TABLE)]


def test_a_table_one_cell_a_line_that_no_column_count_cuts_is_read_as_rows_joined():
    # Each row as wide as its own cells (a web page's text whose empty cells vanished): no one
    # count puts a blank line after every row (12 would, with an indicator row in the labels'
    # row). Each row's lines joined by spaces, it reads as such a text does; it had been
    # refused (file_unreadable).
    rows = [["项目名称", "老年助餐服务"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "助餐点数量", "12个"], ["", "", "助餐服务人次", "3万人次"],
            ["", "质量指标", "食品抽检合格率", "100%"]]  # fmt: skip
    text = "\n".join("\n".join(cells) + "\n" for cells in rows)
    (table,) = read_text_cells("t.txt", text)
    assert _rows(table) == [
        (1, ("项目名称", "老年助餐服务")),
        (4, ("一级指标", "二级指标", "三级指标", "指标值")),
        (9, ("产出指标", "数量指标", "助餐点数量", "12个")),
        (16, ("", "", "助餐服务人次", "3万人次")),
        (20, ("", "质量指标", "食品抽检合格率", "100%")),
    ]
    assert table.notes == ()


# A packed department table (the seed's layout), tab-separated.
PACKED = [
    ["项目支出绩效目标表"],
    ["单位：万元"],
    ["项目名称", "总计", "财政拨款", "其他资金", "绩效目标", "绩效指标"],
    ["农村公路养护", "20.00", "20.00", "", "完成养护任务",
     "1、1-产出指标；11-数量指标；养护里程；实施周期指标值:50公里以上；年度指标值:50公里以上。"],
    ["职业技能培训", "12.50", "10.00", "2.50", "开展培训",
     "1、1-产出指标；11-数量指标；培训人次；实施周期指标值:100人次以上；年度指标值:100人次以上。"
     "2、3-满意度指标；31-服务对象满意度；学员满意度；实施周期指标值:≥90%；年度指标值:≥90%。"],
]  # fmt: skip


def _a_cell_a_line(table: list[list[str]]) -> str:
    """Each cell a line, an empty one an empty line, a blank line after each row, every row
    as wide as the widest."""
    width = max(map(len, table))
    return "\n".join(cell for row in table for cell in (*row, *[""] * (width - len(row)), ""))


def _packed_content(text: str) -> tuple[list[tuple], list[tuple]]:
    built = process_file("packed.txt", text.encode(), Source())
    projects = [
        (p["project_name"], p["total_amount"], p["fiscal_appropriation"], p["other_funds"],
         p["performance_goal"], p["indicator_count"], p["source_line"])
        for p in built.projects
    ]  # fmt: skip
    indicators = [
        (i["project_id"], i["level1_raw"], i["indicator_name"], i["period_target"], i["annual_target"],
         i["source_line"])
        for i in built.indicators
    ]  # fmt: skip
    return projects, indicators


def test_a_packed_table_printed_one_cell_a_line_reads_as_the_tab_separated_one():
    # The packed reader reads lines: it found no header row in this text (`no header row with
    # 项目名称 and 总计 found`). Cut by its column count, each row is read at its first line.
    projects, indicators = _packed_content(_a_cell_a_line(PACKED))
    assert projects == [
        ("农村公路养护", Decimal("20.00"), Decimal("20.00"), None, "完成养护任务", 1, 22),
        ("职业技能培训", Decimal("12.50"), Decimal("10.00"), Decimal("2.50"), "开展培训", 2, 29),
    ]
    assert indicators == [
        ("packed.txt:p1", "1-产出指标", "养护里程", "50公里以上", "50公里以上", 22),
        ("packed.txt:p2", "1-产出指标", "培训人次", "100人次以上", "100人次以上", 29),
        ("packed.txt:p2", "3-满意度指标", "学员满意度", "≥90%", "≥90%", 29),
    ]
    tabbed = _packed_content("\n".join("\t".join(row) for row in PACKED))
    assert [row[:-1] for row in tabbed[0]] == [row[:-1] for row in projects]
    assert [row[:-1] for row in tabbed[1]] == [row[:-1] for row in indicators]


def test_a_packed_table_one_cell_a_line_that_no_column_count_cuts_is_refused_as_before():
    # Rows as wide as their own cells: no count cuts every row on a blank line.
    text = "\n".join("\n".join(row) + "\n" for row in PACKED)
    built = process_file("packed.txt", text.encode(), Source())
    assert [(f["rule"], f["source_line"], f["message"]) for f in built.findings] == [
        (
            "file_unreadable",
            1,
            "no header row with 项目名称 and 总计 found; is this a 项目支出绩效目标表?",
        )
    ]


def test_labels_each_a_word_that_also_join_into_one_label_are_read_one_a_cell():
    # `指标 权重` is also 指标权重 (a weight's label): read as the longest label, the row named
    # no indicator column, and the file was refused (no row under the labels fits).
    lines = ["项目名称：城乡环卫一体化运营", "单位：万元", "资金总额 1,250.00",
             "指标 权重 计量单位 指标性质 指标值", "生活垃圾清运量 20 吨 ≥ 36000",
             "项目完成时限 10 定性 2024年12月31日前"]  # fmt: skip
    built = process_file("flat.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    assert [
        (i["indicator_name"], i["weight"], i["target_operator_raw"], i["target_value_raw"],
         i["target_unit_raw"], i["annual_target"], i["source_line"])
        for i in built.indicators
    ] == [
        ("生活垃圾清运量", 20.0, "≥", "36000", "吨", "≥36000吨", 5),
        ("项目完成时限", 10.0, "定性", "2024年12月31日前", "", "2024年12月31日前", 6),
    ]  # fmt: skip
    assert [p["total_amount"] for p in built.projects] == [Decimal("1250.00")]


def test_a_departments_tasks_joined_by_spaces_each_go_under_the_tasks_headings():
    # The first task went under the headings (a word under each but the first); the second,
    # under the first, was a line outside the table's cells (line_unrecognised): the row above
    # began with the empty cell put back, taken for a figure.
    lines = ["部门整体支出绩效自评表", "部门（单位）名称 某县市场监督管理局",
             "年度主要任务 任务名称 主要内容 完成情况",
             "食品安全监管 开展食品抽检1500批次 完成抽检1620批次",
             "特种设备监管 特种设备监督检查 完成检查320台次",
             "年度绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值",
             "产出指标 数量指标 食品抽检批次 ≥1500批次 1620批次"]  # fmt: skip
    built = process_file("tasks.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    assert [p["extra_columns"] for p in built.projects] == [
        '{"主要内容": "开展食品抽检1500批次", "主要内容#2": "特种设备监督检查", '
        '"任务名称": "食品安全监管", "任务名称#2": "特种设备监管", "完成情况": "完成抽检1620批次", '
        '"完成情况#2": "完成检查320台次"}'
    ]
    assert [f["rule"] for f in built.findings if f["severity"] != "info"] == []


def test_level1_names_joined_by_spaces_under_the_block_label_go_in_its_column():
    # `绩效指标 指标内容 指标值 备注`, the 一级 names down the side where the block label stands:
    # `效益指标 老年人生活质量 有所提高` was placed as the name 效益指标, the target 老年人生活质量
    # and the note 有所提高, with no finding; and the rows opening with a 一级 fitted two ways.
    lines = ["项目名称：社区养老服务补贴", "绩效指标 指标内容 指标值 备注",
             "产出指标 补贴发放人数 ≥3000人", "服务时长 ≥20小时/人/月",
             "效益指标 老年人生活质量 有所提高", "满意度指标 老年人满意度 ≥90%"]  # fmt: skip
    built = process_file("block.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    assert [
        (i["level1_name"], i["indicator_name"], i["annual_target"], i["source_line"])
        for i in built.indicators
    ] == [
        ("产出指标", "补贴发放人数", "≥3000人", 3),
        ("产出指标", "服务时长", "≥20小时/人/月", 4),
        ("满意度指标", "老年人满意度", "≥90%", 6),
    ]
    # A text target beside an empty 备注 may be either: left out, its text kept.
    assert [(f["rule"], f["source_line"], f["evidence"]) for f in built.findings
            if f["severity"] == "error"] == [("row_unparsed", 5, "效益指标 老年人生活质量 有所提高")]  # fmt: skip


def test_cells_joined_by_spaces_are_placed_by_their_labels_and_content():
    text = "\n".join(" ".join(cell for cell in cells if cell) for cells in TABLE)
    (table,) = read_text_cells("t.txt", text)
    assert _rows(table) == [
        (1, ("项目支出绩效目标表",)),
        (2, ("项目名称", "老年助餐服务", "主管部门", "某区民政局")),
        (3, ("资金来源", "年初预算数", "全年预算数", "全年执行数")),
        (4, ("年度资金总额", "120.00", "118.00", "110.50")),
        (5, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "备注")),
        (6, ("产出指标", "数量指标", "助餐点数量", "≥", "12", "个", "新建4个")),
        (7, ("", "", "助餐服务人次", "≥", "3", "万人次")),
        (8, ("效益指标", "社会效益指标", "老年人就餐便利程度", "定性", "明显提高")),
        (9, ("满意度指标", "服务对象满意度指标", "老人满意度", "≥", "90", "%", "抽样调查")),
    ]
    assert table.notes == ()


def test_a_target_written_apart_rejoins_where_no_column_holds_its_parts():
    text = (
        "项目名称 助餐\n一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 助餐点数量 ≥ 12 个\n"
    )
    (table,) = read_text_cells("t.txt", text)
    assert table.rows[-1] == CellRow(("产出指标", "数量指标", "助餐点数量", "≥ 12 个"), 3)


def test_words_inside_a_cells_brackets_stay_one_cell():
    # The name's template leftover `( ≥**个 )` holds spaces of its own: no cell ends inside it.
    text = (
        "项目名称 旅游基地\n一级指标 二级指标 三级指标 指标值 备注\n"
        "产出指标 数量指标 旅游景点开发数量( ≥**个 ) >=4个\n"
    )
    (table,) = read_text_cells("t.txt", text)
    assert table.rows[-1] == CellRow(
        ("产出指标", "数量指标", "旅游景点开发数量( ≥**个 )", ">=4个"), 3
    )
    assert table.notes == ()


def test_the_level1_printed_again_as_its_level2_fits_the_level2_column():
    # `满意度指标 满意度指标`: the 一级's name again under 二级, no 二级's name of the taxonomy.
    text = (
        "项目名称 扶助\n一级指标 二级指标 三级指标 指标值\n"
        "产出指标 数量指标 扶助人数 63人\n满意度指标 满意度指标 受益群众满意度 ≥90%\n"
    )
    (table,) = read_text_cells("t.txt", text)
    assert table.rows[-1] == CellRow(("满意度指标", "满意度指标", "受益群众满意度", "≥90%"), 4)
    assert table.notes == ()


def test_a_bound_in_words_under_the_operator_column_stands_in_it():
    # 陕西's 计算符号 column writes 不小于 as the value's text would: it is the row's operator.
    text = (
        "项目名称 保洁\n一级指标 二级指标 三级指标 计算符号 指标值 度量单位 指标方向性\n"
        "产出指标 数量指标 城区道路清扫保洁面积 不小于 420 万平方米 正向指标\n"
    )
    (table,) = read_text_cells("t.txt", text)
    assert table.rows[-1] == CellRow(
        ("产出指标", "数量指标", "城区道路清扫保洁面积", "不小于", "420", "万平方米", "正向指标"), 3
    )
    assert table.notes == ()


def test_a_year_and_its_month_parted_by_a_space_are_one_date():
    # A PDF's copy spaces `2025年 12月底前`: the two words of one date are one cell.
    text = (
        "项目名称 农田\n一级指标 二级指标 三级指标 指标值 绩效标准\n"
        "产出指标 数量指标 新建农田面积 ≥1.2万亩 计划标准\n"
        "时效指标 项目完工时间 2025年 12月底前\n"
    )
    (table,) = read_text_cells("t.txt", text)
    assert table.rows[-1] == CellRow(("", "时效指标", "项目完工时间", "2025年 12月底前"), 4)
    assert table.notes == ()


def test_a_row_that_fits_its_columns_two_ways_is_left_out_with_its_levels_kept():
    # `明显提高` may be the value or the note (the value left empty): no telling which.
    text = (
        "项目名称 助餐\n一级指标 二级指标 三级指标 指标值 备注\n"
        "效益指标 社会效益指标 就餐便利程度 明显提高\n就餐人次 ≥3万人次\n"
    )
    (table,) = read_text_cells("t.txt", text)
    assert table.rows[-2:] == (
        CellRow(("效益指标", "社会效益指标"), 3),
        CellRow(("", "", "就餐人次", "≥3万人次"), 4),
    )
    assert table.notes == (
        (
            "row_unparsed",
            3,
            "an indicator row whose words fit its columns in more than one way, or in none "
            "(its level cells kept); not placed by a guess: 效益指标 社会效益指标 就餐便利程度 "
            "明显提高",
            "效益指标 社会效益指标 就餐便利程度 明显提高",
        ),
    )


def test_a_direction_word_beside_an_empty_operator_is_never_read_as_the_operator():
    # `正向 较上年提高3 %` under 指标方向 | 计算符号 | 指标值: the operator left empty, or 正向
    # under 计算符号 (labels swapped, spec/layouts.md B); it was read as the operator, the
    # target `正向较上年提高3%`.
    lines = ["项目名称 青稞良种推广",
             "一级指标 二级指标 三级指标 指标方向 计算符号 指标值 度量单位 分值",
             "产出指标 数量指标 培训农牧民人次 正向 ≥ 600 人次 10",
             "效益指标 经济效益指标 青稞单产 正向 较上年提高3 % 10"]  # fmt: skip
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert table.rows[-1] == CellRow(("效益指标", "经济效益指标"), 4)
    assert [note[:2] for note in table.notes] == [("row_unparsed", 4)]


ROWS_WITH_VALUES = [
    "产出指标 数量指标 新建助餐点 ≥4个 新建",
    "就餐人次 ≥3万人次",
    "质量指标 食品安全抽检合格率 100%",
]


@pytest.mark.parametrize(
    ("above", "placed"),
    [
        # Three rows above, each printing its 指标值 (two beside no 备注): the table always
        # fills its 指标值, so the words go under it and the blank cell is the 备注.
        (ROWS_WITH_VALUES, ("效益指标", "社会效益指标", "就餐便利程度", "明显提高")),
        # Two rows above: too few to show it; the row is left out, its levels kept.
        (ROWS_WITH_VALUES[:2], ("效益指标", "社会效益指标")),
    ],
    ids=["always filled", "too few rows"],
)
def test_a_row_fitting_two_ways_goes_the_one_way_that_fills_the_columns_every_row_fills(
    above, placed
):
    lines = ["项目名称 助餐", "一级指标 二级指标 三级指标 指标值 备注", *above,
             "效益指标 社会效益指标 就餐便利程度 明显提高"]  # fmt: skip
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert table.rows[-1] == CellRow(placed, len(lines))
    assert [note[1] for note in table.notes if note[0] == "row_unparsed"] == (
        [] if len(placed) > 2 else [len(lines)]
    )


def test_of_three_ways_a_row_goes_the_one_that_fills_both_targets_every_row_fills():
    # Two word targets under `指标值（长期） | 指标值（年度） | 备注`: the period and the annual, or
    # either beside a 备注; every row above printed both targets (figures a 备注 never holds).
    lines = [
        "项目名称 高效节水灌溉",
        "一级指标 二级指标 三级指标 指标值（长期） 指标值（年度） 备注",
        "产出指标 数量指标 新建高效节水灌溉面积 ≥4.5万亩 ≥1.5万亩",
        "新建首部泵房 ≥36座 ≥12座",
        "质量指标 工程验收合格率 100% 100%",
        "效益指标 生态效益指标 地下水超采量 较上年减少 逐年减少",
    ]
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert table.rows[-1].cells == (
        "效益指标",
        "生态效益指标",
        "地下水超采量",
        "较上年减少",
        "逐年减少",
    )
    assert table.notes == ()


# A row whose name and target are each as wide as the widest of their column.
WIDE_NAME_AND_TARGET = [
    "一级指标 二级指标 三级指标 指标值 偏差原因",
    "产出指标 数量指标 培训人员 ≥200人",
    "质量指标 农村饮水工程验收合格 2025年12月底前",
]


PLACED = [
    # `满 意 度 指 标 服 务 对 象 满 意 度 指 标`: one run of characters that spelled no level
    # whole, so the row was left out (row_unparsed).
    pytest.param(
        ["项目名称 助餐", "一级指标 二级指标 三级指标 指标值",
         "产 出 指 标 数 量 指 标 新建助餐点 ≥4个",
         "满 意 度 指 标 服 务 对 象 满 意 度 指 标 老人满意度 ≥90%"],
        [("产 出 指 标", "数 量 指 标", "新建助餐点", "≥4个"),
         ("满 意 度 指 标", "服 务 对 象 满 意 度 指 标", "老人满意度", "≥90%")],
        id="two-levels-spelled-one-after-the-other",
    ),
    # `新建改造灌排泵站 12座` under 序号 | 项目名称 | 预算数 | 项目年度绩效目标 | 一级 | 二级 | 三级 |
    # 指标值: its 一级 and 二级 merged from the row above, the two words fit seven ways (any
    # text under 序号, 项目名称, the goal or 三级); going on with the project above, whose cells
    # it prints empty, they are the name and its target. It was left out (row_unparsed).
    pytest.param(
        ["序号 项目名称 预算数（万元） 项目年度绩效目标 一级指标 二级指标 三级指标 指标值",
         "1 高标准农田改造提升 2,375.60 改造提升高标准农田1.8万亩 产出指标 数量指标 改造提升面积 1.8万亩",
         "新建改造灌排泵站 12座", "质量指标 工程质量验收合格率 100%"],
        [("", "", "", "", "", "", "新建改造灌排泵站", "12座"),
         ("", "", "", "", "", "质量指标", "工程质量验收合格率", "100%")],
        id="numbered-list-row-without-its-number",
    ),
    # `≥1 350人` under 一级 | 二级 | 三级 | 指标值: five words for four columns fit two ways
    # (`人数 ≥1` a name, `350人` the target), `≥12 000人次` three ways; they were left out.
    # Words that fit one way as written stay apart (`≥100` and `120`, a target and its actual).
    pytest.param(
        ["一级指标 二级指标 三级指标 指标值 实际完成值 分值 得分",
         "产出指标 数量指标 住院医师规范化培训招收人数 ≥1 350人 1 356人 10 10",
         "基层医疗卫生人员能力提升培训 ≥12 000人次 12 006人次 10 10",
         "培训基地督导检查 ≥100 120 10 10"],
        [("产出指标", "数量指标", "住院医师规范化培训招收人数", "≥1 350人", "1 356人", "10", "10"),
         ("", "", "基层医疗卫生人员能力提升培训", "≥12 000人次", "12 006人次", "10", "10"),
         ("", "", "培训基地督导检查", "≥100", "120", "10", "10")],
        id="thousands-a-space-apart",
    ),
    # `定性 稳定 10` under 指标性质 | 计量单位 | 指标值 | 权重: the word after 定性 stands in the next
    # column, a 定性 row has no unit, so it fitted no way and was left out; it is the value.
    pytest.param(
        ["一级指标 二级指标 三级指标 指标性质 计量单位 指标值 权重",
         "产出指标 数量指标 禁牧面积 ≥ 万亩 620 10",
         "效益指标 社会效益指标 牧区社会稳定 定性 稳定 10"],
        [("产出指标", "数量指标", "禁牧面积", "≥", "万亩", "620", "10"),
         ("效益指标", "社会效益指标", "牧区社会稳定", "定性", "", "稳定", "10")],
        id="qualitative-row-past-the-unit-column",
    ),
    # `定性 5` under 指标性质 | 指标值 | 计量单位 | 分值, the value left empty (spec/layouts.md B):
    # the figure after 定性 had to stand in the next column, so the weight was read as the value.
    pytest.param(
        ["一级指标 二级指标 三级指标 指标性质 指标值 计量单位 分值",
         "产出指标 数量指标 改造茶园面积 ≥ 5000 亩 10",
         "效益指标 可持续影响指标 区域公用品牌影响力 定性 5"],
        [("产出指标", "数量指标", "改造茶园面积", "≥", "5000", "亩", "10"),
         ("效益指标", "可持续影响指标", "区域公用品牌影响力", "定性", "", "", "5")],
        id="qualitative-row-without-a-value-its-figure-the-points",
    ),
    # `产 出 指 标（50分）`: the note glued to the last character ended the run of characters
    # (`产 出` | `指` | `标（50分）`), and `（30分）` opening a row is the 一级's points wrapped onto
    # the row below it (read with the level above by the layout floor); both rows fitted no way.
    pytest.param(
        ["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
         "产 出 指 标（50分） 数量指标 图斑核查数 ≥1.2万个 1.26万个 10 10",
         "效益指标 社会效益指标 耕地保有量 ≥42.16万亩 42.31万亩 10 10",
         "（30分） 可持续影响指标 校舍使用年限 ≥50年 50年 15 15"],
        [("产 出 指 标（50分）", "数量指标", "图斑核查数", "≥1.2万个", "1.26万个", "10", "10"),
         ("效益指标", "社会效益指标", "耕地保有量", "≥42.16万亩", "42.31万亩", "10", "10"),
         ("（30分）", "可持续影响指标", "校舍使用年限", "≥50年", "50年", "15", "15")],
        id="level-spelled-with-its-points-and-points-wrapped-alone",
    ),
    # `指标值设定依据及说明` (Jiangxi) names the explanation column: unknown, it took no word,
    # and every row printing one fitted no way (row_unparsed).
    pytest.param(
        ["一级指标 二级指标 三级指标 计算符号 指标值 度量单位 指标值设定依据及说明",
         "产出指标 数量指标 送戏下乡演出场次 ≥ 120 场 按每个乡镇不少于5场安排",
         "农家书屋补充更新图书 ≥ 2.4 万册"],
        [("产出指标", "数量指标", "送戏下乡演出场次", "≥", "120", "场", "按每个乡镇不少于5场安排"),
         ("", "", "农家书屋补充更新图书", "≥", "2.4", "万册")],
        id="explanation-labelled-with-its-basis",
    ),
    # A name's end wrapped alone onto a line of its own (`率` under `农村饮水工程验收合格`):
    # the row's one cell of words as wide as its column's widest is the name, so the word goes
    # under the name (the layout floor joins it, as a tab-separated end); it was left out with
    # row_unparsed and cell_maybe_cut.
    pytest.param(
        ["一级指标 二级指标 三级指标 指标值", "产出指标 数量指标 培训基层卫生人员 ≥200人",
         "质量指标 农村饮水工程验收合格 100%", "率", "时效指标 完成时间 2025年底前"],
        [("", "质量指标", "农村饮水工程验收合格", "100%"), ("", "", "率"),
         ("", "时效指标", "完成时间", "2025年底前")],
        id="name-end-alone-under-the-widest-name",
    ),
    # Levels shifted a column left under 一级指标 | 二级指标 | 指标值 | 备注 (an A6 form): rows above
    # fitted only shifted (`1,078个` no 备注), so `时效指标 故障设施修复时限 48小时内修复`, which
    # also fits unshifted (a 二级, its name as the value, its target as the 备注), is shifted too;
    # it was read a column right.
    pytest.param(
        ["项目名称 农村生活污水处理设施运维", "一级指标 二级指标 指标值 备注",
         "数量指标 运维管护处理设施 1,078个 覆盖全县14个乡镇", "老旧设施修复改造 65个",
         "质量指标 处理设施正常运行率 ≥95%", "时效指标 故障设施修复时限 48小时内修复"],
        [("", "老旧设施修复改造", "65个"), ("质量指标", "处理设施正常运行率", "≥95%"),
         ("时效指标", "故障设施修复时限", "48小时内修复")],
        id="levels-shifted-in-rows-above-shift-a-row-fitting-both-ways",
    ),
    # A reason's second line alone (`下一步结合2024年项目优先扶持`) under a first line narrower
    # than the column's widest reason: a figure in it, and no width to tell it wrapped, it was
    # left out with row_unparsed; the first line's clause left open (`…推迟补栏，`) tells it.
    pytest.param(
        ["项目名称 肉羊产业发展",
         "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
         "产出指标 数量指标 扶持肉羊养殖户 ≥1,500户 1,462户 15 13 部分养殖户因饲草料价格上涨推迟补栏，",
         "下一步结合2024年项目优先扶持",
         "质量指标 种羊良种化率 ≥95% 94.1% 10 9 种羊调运受疫情影响延迟到位导致年内良种化率未达预期"],
        [("产出指标", "数量指标", "扶持肉羊养殖户", "≥1,500户", "1,462户", "15", "13",
          "部分养殖户因饲草料价格上涨推迟补栏，"),
         ("", "", "", "", "", "", "", "下一步结合2024年项目优先扶持"),
         ("", "质量指标", "种羊良种化率", "≥95%", "94.1%", "10", "9",
          "种羊调运受疫情影响延迟到位导致年内良种化率未达预期")],
        id="reason-end-alone-under-a-clause-left-open",
    ),
    # `率` under a row whose name and target are each as wide as the widest of their column:
    # the widths tell neither, but the name ends as no indicator's does (`…验收合格`) and with
    # the word as one does (`…验收合格率`), so the word ends the name; it was left out.
    pytest.param(
        [*WIDE_NAME_AND_TARGET, "率"],
        [("", "质量指标", "农村饮水工程验收合格", "2025年12月底前"), ("", "", "率")],
        id="name-end-alone-completing-the-name",
    ),
    # `万人` under `约28.6`, the one target of the row ending in a figure, in a table with no
    # unit column: the target's unit wrapped onto a line of its own; it was left out.
    pytest.param(
        ["一级指标 二级指标 三级指标 指标值", "产出指标 数量指标 新建供水工程 ≥12处",
         "效益指标 社会效益指标 受益农村人口 约28.6", "万人"],
        [("效益指标", "社会效益指标", "受益农村人口", "约28.6"), ("", "", "", "万人")],
        id="unit-alone-under-the-one-figure-without-one",
    ),
    # `亩` under `31.62万`, an actual ending in a figure's magnitude: its unit; it was left out.
    pytest.param(
        ["一级指标 二级指标 三级指标 指标值 完成值 分值 自评得分",
         "产出指标 数量指标 耕地地力保护补贴面积 ≥31.5万亩 31.62万 10 10", "亩"],
        [("产出指标", "数量指标", "耕地地力保护补贴面积", "≥31.5万亩", "31.62万", "10", "10"),
         ("", "", "", "", "亩")],
        id="unit-alone-under-the-one-magnitude-without-one",
    ),
    # `已列入2025年实施计划` under a row whose name and reason are each as wide as the widest of
    # their column: the reason's clause is left open (`…未能开工，`), so the words go on with it;
    # they were left out.
    pytest.param(
        ["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
         "产出指标 数量指标 新建集中供水工程 ≥8处 8处 10 10",
         "新建（改造）集中供水工程 ≥8处 7处 10 8 龙洞镇1处工程因水源论证调整未能开工，",
         "已列入2025年实施计划"],
        [("", "", "新建（改造）集中供水工程", "≥8处", "7处", "10", "8",
          "龙洞镇1处工程因水源论证调整未能开工，"),
         ("", "", "", "", "", "", "", "已列入2025年实施计划")],
        id="reason-end-alone-beside-a-wide-name-under-a-clause-left-open",
    ),
    # `成本指标 成本指标` under a long-term group's 二级 and the year's: a word of both levels
    # before another level word reads as a 一级, and the first fitted no 二级 column; it was
    # taken for the long-term group's name, an indicator `成本指标` with no finding.
    pytest.param(
        ["一级指标 二级指标(长期) 三级指标(长期) 指标值(长期) 二级指标(年度) 三级指标(年度) 指标值(年度)",
         "产出指标 数量指标 数量指标 重点建设工程安排数量 2",
         "产出指标 成本指标 成本指标 建设项目成本 参照政府采购成本控制"],
        [("产出指标", "成本指标", "", "", "成本指标", "建设项目成本", "参照政府采购成本控制")],
        id="a-word-of-both-levels-under-two-groups-level2s",
    ),
    # A mirror's traditional characters: `力爭達到100%` is a target and `未評分` no points, as
    # their simplified words are; the rows fitted no way (two: a target may be a note) and were
    # left out.
    pytest.param(
        ["一級指標 二級指標 三級指標 年度指標值 備註", "產出指標 質量指標 工程驗收閤格率 力爭達到100%"],
        [("產出指標", "質量指標", "工程驗收閤格率", "力爭達到100%")],
        id="traditional-target-words",
    ),
    pytest.param(
        ["一級指標 二級指標 三級指標 年度指標值 實際完成值 分值 得分 偏差原因",
         "效益指標 經濟效益指標 參訓人員人均增收 ≥3000元 待次年統計 10 未評分 收入數據次年統計"],
        [("效益指標", "經濟效益指標", "參訓人員人均增收", "≥3000元", "待次年統計", "10", "未評分",
          "收入數據次年統計")],
        id="traditional-unscored-word",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "placed"), PLACED)
def test_the_words_of_a_row_go_to_the_one_placement_the_table_tells(lines, placed):
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert ([row.cells for row in table.rows[-len(placed) :]], table.notes) == (placed, ())


def test_a_money_row_short_of_its_headings_is_left_out_with_a_finding():
    # Two figures under three headings: which heading has none cannot be told.
    text = "\n".join(" ".join(cell for cell in cells if cell) for cells in TABLE)
    text = text.replace("120.00 118.00 110.50", "120.00 118.00")
    tables = process_file("t.txt", text.encode(), Source())
    (project,) = tables.projects
    assert (project["project_name"], project["total_amount"]) == ("老年助餐服务", None)
    unparsed = [f for f in tables.findings if f["rule"] == "row_unparsed"]
    assert [(f["severity"], f["source_line"], f["message"], f["evidence"]) for f in unparsed] == [
        (
            "error",
            4,
            "a money row of 2 figures under 3 headings; not placed by a guess: 年度资金总额 "
            "120.00 118.00",
            "年度资金总额 120.00 118.00",
        )
    ]


SCORED_MONEY = [
    "项目支出绩效自评表",
    "项目名称 社区养老服务",
    "预算执行情况（10分） 资金来源 年初预算数 调整后预算数 预算执行数 预算执行率 分值 得分 原因",
    "年度资金总额 1,200.00 1,250.00 1,184.50 94.76% 10 9.5 部分尾款次年支付",
    "其中:财政拨款 1,200.00 1,250.00 1,184.50 94.76% — —",
    "其他资金 60.00 45.60",
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
    "产出指标 数量指标 服务人次 ≥3000人次 3200人次 50 50",
    "满意度指标 服务对象满意度指标 老人满意度 ≥90% 92% 40 40",
]


MONEY = ("budget_initial", "budget_adjusted", "budget_executed", "execution_rate",
         "execution_weight", "execution_score")  # fmt: skip


def _built(lines: list[str]):
    """The tables built from the lines, and the money of their one project."""
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    (project,) = tables.projects
    return tables, [project[name] for name in MONEY]


def _fund_rows_and_problems(tables) -> tuple[list[tuple], list[tuple]]:
    """The money rows read (name, the three amounts, the rate) and the findings above info."""
    funds = [(r["name"], r["budget_initial"], r["budget_adjusted"], r["budget_executed"],
              r["execution_rate"]) for r in tables.amount_rows]  # fmt: skip
    problems = [(f["rule"], f["source_line"], f["message"]) for f in tables.findings
                if f["severity"] != "info"]  # fmt: skip
    return funds, problems


def test_a_money_row_short_of_its_headings_is_placed_where_one_placement_fits():
    # Two headings down the side (the block's label, 资金来源), and rows whose blank cells are
    # gone: the total's figures fill the seven headings after them; the 财政拨款 row's three
    # amounts (each too large for points) and its rate (the only % heading) fit one way; the
    # 其他资金 row's 45.60 may be an amount or points, so it is left out. All three rows were
    # left out, as their figures were not one under each heading but the first.
    tables, money = _built(SCORED_MONEY)
    assert money == [Decimal("1200.00"), Decimal("1250.00"), Decimal("1184.50"), 94.76, 10.0, 9.5]
    assert _fund_rows_and_problems(tables) == (
        [("其中:财政拨款", Decimal("1200.00"), Decimal("1250.00"), Decimal("1184.50"), 94.76)],
        [("row_unparsed", 6, "a money row of 2 figures under 7 headings; not placed by a guess: "
                             "其他资金 60.00 45.60")],
    )  # fmt: skip


def test_a_money_row_that_fits_two_ways_is_placed_as_the_fund_row_above_it():
    # 衔接资金 fund rows of two figures under 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分: 800.00
    # 776.00 fits one way only (776.00 is too large for a rate), 180.00 174.60 two (174.60 may
    # be a rate); the fund rows are printed alike, so it goes where the row above went. It was
    # left out, and the total was held to the two fund rows placed: a false amount_row_mismatch.
    lines = [
        "衔接推进乡村振兴补助资金项目绩效自评表",
        "项目名称 蜜瓜产业园基础设施建设",
        "资金情况（万元） 全年预算数（A） 全年执行数（B） 分值 执行率（B/A） 得分",
        "年度资金总额 980.00 950.60 10 97.00% 9.7",
        "其中：中央衔接资金 800.00 776.00",
        "县级衔接资金 180.00 174.60",
        "一级指标 二级指标 三级指标 年度指标值 全年实际值 分值 得分",
        "产出指标 数量指标 新建蜜瓜大棚数量 ≥120座 126座 90 90",
    ]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    assert [(r["name"], r["budget_adjusted"], r["budget_executed"], r["execution_rate"])
            for r in tables.amount_rows] == [
        ("其中：中央衔接资金", Decimal("800.00"), Decimal("776.00"), None),
        ("县级衔接资金", Decimal("180.00"), Decimal("174.60"), None),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize(
    "fund", ["上年结转资金 0.00 0.00 0.00", "上年结转资金 0.00 0.00 0.00 — / /"]
)
def test_a_fund_row_of_zeros_short_of_its_headings_is_placed_under_the_amounts(fund):
    # `上年结转资金 0.00 0.00 0.00` under 年初预算数 | 调整后预算数 | 预算执行数 | 预算执行率 | 分值 |
    # 得分: three zeros, three amount headings: a fund of no money has no rate nor score. It was
    # left out, as a zero may be a rate or points too (`0 0` under the three amounts still is);
    # so was one printing dashes after its zeros, which say nothing wherever they stand.
    lines = [*SCORED_MONEY[:5], fund, "其他资金 0 0", *SCORED_MONEY[6:]]
    tables, _ = _built(lines)
    assert _fund_rows_and_problems(tables) == (
        [("其中:财政拨款", Decimal("1200.00"), Decimal("1250.00"), Decimal("1184.50"), 94.76),
         ("上年结转资金", Decimal("0.00"), Decimal("0.00"), Decimal("0.00"), None)],
        [("row_unparsed", 7, "a money row of 2 figures under 7 headings; not placed by a guess: "
                             "其他资金 0 0")],
    )  # fmt: skip


def test_a_row_left_out_after_the_last_row_of_a_table_keeps_its_finding():
    # A template's `……` row closing the indicators: its finding was dropped with its text, as
    # it lay after the last row the table kept. Its words are all placeholders: it is the
    # template's row, a note (a row of words fitting no column is `row_unparsed`, as before).
    lines = [*SCORED_MONEY[:5], *SCORED_MONEY[6:], "……"]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    assert [(f["rule"], f["severity"], f["source_line"], f["evidence"]) for f in tables.findings
            if f["severity"] != "info" or f["rule"] == "template_row_skipped"] == [
        ("template_row_skipped", "info", 9, "......")
    ]  # fmt: skip


@pytest.mark.parametrize("spelled", [False, True], ids=["labels as written", "labels spelled"])
def test_a_table_joined_by_spaces_builds_like_the_tab_separated_one(spelled):
    # Spelled: every label spread a character a word too (`一 级 指 标 二 级 指 标 …`), as a
    # PDF's text prints labels justified across their cells: the column labels had been found
    # nowhere and the file failed (file_unreadable).
    tabbed = "\n".join("\t".join(cells) for cells in TABLE)
    joined = cells_joined_by_spaces(labels_spaced(tabbed) if spelled else tabbed)

    def read(text):
        tables = process_file("t.txt", text.encode(), Source())
        fields = ("level1_name", "level2_name", "indicator_name", "annual_target",
                  "target_operator_raw", "target_value_raw", "target_unit_raw", "source_line")  # fmt: skip
        return (
            [(p["project_name"], p["total_amount"]) for p in tables.projects],
            [tuple(i[name] for name in fields) for i in tables.indicators],
            sorted((f["rule"], f["source_line"]) for f in tables.findings),
        )

    assert read(joined) == read(tabbed)
    assert read(joined)[1] == [
        ("产出指标", "数量指标", "助餐点数量", "≥12个", "≥", "12", "个", 6),
        ("产出指标", "数量指标", "助餐服务人次", "≥3万人次", "≥", "3", "万人次", 7),
        ("效益指标", "社会效益指标", "老年人就餐便利程度", "明显提高", "定性", "明显提高", "", 8),
        ("满意度指标", "服务对象满意度指标", "老人满意度", "≥90%", "≥", "90", "%", 9),
    ]


_UNTABBED = (
    "a performance table whose cells are not tab-separated (its column labels {}); save the "
    "table again with one row a line and its cells tab-separated (in Excel: 文本文件(制表符分隔))"
)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "项目名称 助餐\n一级指标 二级指标 三级指标 指标值 备注\n效益指标 社会效益指标 便利程度 提高\n",
            "一级指标 | 二级指标 | 三级指标 | 指标值 | 备注 are joined by spaces, and no row under "
            "them fits its columns in one way only",
        ),
        (
            "项目名称\t助餐\n一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 助餐点数量 12个\n",
            "一级指标 | 二级指标 | 三级指标 | 指标值 are joined by spaces or printed one a line",
        ),
    ],
    ids=["no-row-fits-one-way", "a-tab-elsewhere-reads-as-before"],
)
def test_untabbed_tables_not_rebuilt_fail_with_their_reason(text, labels):
    (finding,) = process_file("t.txt", text.encode(), Source()).findings
    assert (finding["rule"], finding["source_line"], finding["message"]) == (
        "file_unreadable",
        2,
        _UNTABBED.format(labels),
    )
    if "\t" in text:
        assert untabbed_rows("t.txt", text) is None


def test_a_level_written_apart_is_one_cell_and_a_qualitative_row_has_no_unit():
    # `项目效益 指标` (an older 一级 with a space before its end) is one level; after 定性 the
    # grade list is the value, and `高` is the completed value, not a unit (定性 has none).
    text = (
        "项目名称 助餐\n一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值\n"
        "项目效益 指标 社会效益 指标 群众认可度 定性 高中低 高\n"
    )
    (table,) = read_text_cells("t.txt", text)
    assert table.rows[-1] == CellRow(
        ("项目效益 指标", "社会效益 指标", "群众认可度", "定性", "高中低", "", "高"), 3
    )
    assert table.notes == ()


@pytest.mark.parametrize(
    ("lines", "placed"),
    [
        # `三级指标 | 指标内容`: 指标内容 names the indicator in some forms, but beside 三级指标 it
        # describes it, as the grid reader plans it. A row with no description printed puts
        # its target under 指标值, not under 指标内容 (the target was lost).
        (
            ["一级指标 二级指标 三级指标 指标内容 指标值",
             "产出指标 数量指标 安防工程实施里程 新建护栏的公路里程 ≥58公里",
             "效益指标 可持续影响指标 安防设施使用年限 ≥8年"],
            [("产出指标", "数量指标", "安防工程实施里程", "新建护栏的公路里程", "≥58公里"),
             ("效益指标", "可持续影响指标", "安防设施使用年限", "", "≥8年")],
        ),
        # `绩效目标编审覆盖单位` holds 绩效目标, a title's words: the row was taken for the next
        # table's title, and every row under it until the labels came again was lost.
        (
            ["一级指标 二级指标 三级指标 年度指标值",
             "产出指标 数量指标 绩效目标编审覆盖单位 ≥120个",
             "质量指标 国库集中支付率 100%"],
            [("产出指标", "数量指标", "绩效目标编审覆盖单位", "≥120个"),
             ("", "质量指标", "国库集中支付率", "100%")],
        ),
    ],
    ids=["a role taken before", "a title's words in a name"],
)  # fmt: skip
def test_indicator_rows_joined_by_spaces_go_under_the_columns_the_grid_reader_plans(lines, placed):
    (table,) = read_text_cells("t.txt", "\n".join(["项目名称 某项目", *lines]))
    assert _rows(table)[2:] == [(line, cells) for line, cells in enumerate(placed, 3)]


def _indicators(lines: list[str]) -> list[tuple]:
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    return [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"],
             i["period_target"]) for i in tables.indicators]  # fmt: skip


# A form whose labels 实施期指标值 and 年度指标值 were wrapped in their cells, their ends on the
# line under them (`实施期指 | 年度指` over `标值 | 标值`), then its cells joined by spaces.
WRAPPED_LABELS = [
    "项目支出绩效目标表",
    "项目名称 草原生态保护补助",
    "一级指标 二级指标 三级指标 计算符号 实施期指 年度指 度量单位",
    "标值 标值",
    "产出指标 数量指标 禁牧面积 ≥ 420 420 万亩",
    "草畜平衡面积 ≥ 690 690 万亩",
    "满意度指标 服务对象满意度指标 牧民满意度 ≥ 90 85 %",
]


@pytest.mark.parametrize("page", [False, True], ids=["as printed", "a page's number between"])
def test_label_ends_wrapped_onto_the_next_line_are_put_back_under_their_labels(page):
    # `标值 标值` was read as the labels of the table (an indicator column label's end), and no
    # row under them fitted: the file was refused. With a page's number between the two lines
    # (a page break in the header), the ends were no longer put back and the file was refused.
    lines = [*WRAPPED_LABELS[:3], *(["— 2 —"] if page else []), *WRAPPED_LABELS[3:]]
    assert _indicators(lines) == [
        ("产出指标", "数量指标", "禁牧面积", "≥420万亩", "≥420万亩"),
        ("产出指标", "数量指标", "草畜平衡面积", "≥690万亩", "≥690万亩"),
        ("满意度指标", "服务对象满意度指标", "牧民满意度", "≥85%", "≥90%"),
    ]


# A form printing `指标值 | 指标值` over ` | 说明` (the second column's label wrapped: 指标值说明),
# its cells joined by spaces: `说明` alone on the line under the labels.
EXPLAINED = [
    "项目支出绩效目标表",
    "项目名称 全民健身冰雪运动推广",
    "一级指标 二级指标 三级指标 指标值 指标值 数据来源",
    "说明",
    "产出指标 数量指标 举办省级群众性冰雪赛事 ≥32项 含冰雪嘉年华 赛事统计台账",
    "质量指标 赛事安全事故发生率 0 重大安全事故 事故报告",
]


def test_a_whole_label_under_a_label_printed_twice_ends_the_second():
    # `说明`, a label alone, was left as no end: the two 指标值 columns were read as the
    # period's target and the year's, the explanation (`含冰雪嘉年华`) as the year's target.
    assert _indicators(EXPLAINED) == [
        ("产出指标", "数量指标", "举办省级群众性冰雪赛事", "≥32项", None),
        ("产出指标", "质量指标", "赛事安全事故发生率", "0", None),
    ]


def test_a_whole_number_opening_a_row_under_a_row_number_column_is_the_rows_number():
    # A list numbering every indicator row (`序号`), the project's cells printed on its first
    # row only: joined, `2` fitted the 序号 and the 预算数 alike, and every row but the
    # project's first was left out with a finding.
    lines = [
        "序号 项目名称 预算数（万元） 年度目标 一级指标 二级指标 三级指标 指标值",
        "1 文物保护修缮 380.00 完成3处敌楼抢险加固 产出指标 数量指标 敌楼抢险加固数量 ≥3处",
        "2 产出指标 质量指标 修缮工程验收合格率 100%",
        "3 效益指标 社会效益指标 文物本体安全事故 0起",
        "4 满意度指标 服务对象满意度指标 游客满意度 ≥90%",
    ]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    assert [(p["project_name"], p["total_amount"], p["performance_goal"])
            for p in tables.projects] == [("文物保护修缮", Decimal("380.00"), "完成3处敌楼抢险加固")]  # fmt: skip
    assert _indicators(lines) == [
        ("产出指标", "数量指标", "敌楼抢险加固数量", "≥3处", None),
        ("产出指标", "质量指标", "修缮工程验收合格率", "100%", None),
        ("效益指标", "社会效益指标", "文物本体安全事故", "0起", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", None),
    ]
    assert tables.findings == []


def test_a_row_number_after_the_block_label_down_the_side_is_the_rows_number():
    # 绩效指标 printed down the side, then 序号: joined, `2` fitted the 序号 and the block
    # label's column alike (a character of 绩效指标 may stand there), and the row was left out.
    lines = [
        "项目名称 乡村旅游公共服务设施建设",
        "绩效指标 序号 一级指标 二级指标 三级指标 年度指标值",
        "1 产出指标 数量指标 新建旅游公厕 ≥8座",
        "2 质量指标 设施竣工验收合格率 100%",
    ]
    assert _indicators(lines) == [
        ("产出指标", "数量指标", "新建旅游公厕", "≥8座", None),
        ("产出指标", "质量指标", "设施竣工验收合格率", "100%", None),
    ]


def test_a_column_no_label_names_holds_no_word_of_a_row():
    # `整改责任人` names no column the vocabulary knows: what it holds is unknown, so no word is
    # placed under it; the rows' other words are placed by their content. Every row was left
    # out (a word of no level fitted no column of a table with such a column).
    lines = [*SCORED_MONEY[:2], "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 整改责任人",
             *SCORED_MONEY[7:]]  # fmt: skip
    assert _indicators(lines) == [
        ("产出指标", "数量指标", "服务人次", "≥3000人次", None),
        ("满意度指标", "服务对象满意度指标", "老人满意度", "≥90%", None),
    ]


def test_a_money_total_row_under_headings_down_the_side_is_placed_under_its_headings():
    # `合计` under 项目资金（万元） | 资金来源 | 预算数 …: its figures were put from the first column
    # on, so 预算数 read 1,136.40 (the 执行数) and the 执行率 the 分值 10.
    lines = [
        "项目支出绩效自评表",
        "项目名称 沙县小吃产业发展专项资金",
        "项目资金（万元） 资金来源 预算数 执行数 执行率 分值 得分",
        "合计 1,200.00 1,136.40 94.70% 10 9.47",
        *SCORED_MONEY[6:],
    ]
    assert _built(lines)[1] == [None, Decimal("1200.00"), Decimal("1136.40"), 94.7, 10.0, 9.47]


FITS_NONE = "an indicator row whose words fit its columns in more than one way, or in none (its level cells kept)"  # fmt: skip
LEVEL_ABOVE = "an indicator row whose 一级 may be in a row left out above it"


@pytest.mark.parametrize(
    ("lines", "read", "left_out"),
    [
        # `综合管理指标` is a 一级 the vocabulary lacks, so its row fits no way and is left out; the
        # rows under it, printing no 一级, took 产出指标 | 成本指标 from above: wrong levels, with no
        # finding on them. They are left out, each with its finding; a row printing its 一级 is
        # read.
        (["部门整体支出绩效目标表", "部门名称 某区审计局", "一级指标 二级指标 三级指标 指标值",
          "产出指标 成本指标 三公经费变动率 ≤0", "综合管理指标 预算管理 预算完成率 ≥95%",
          "结转结余率 ≤10%", "政府采购执行率 100%",
          "效益指标 社会效益指标 财政资金使用规范程度 明显提高"],
         [("产出指标", "成本指标", "三公经费变动率", "≤0"),
          ("效益指标", "社会效益指标", "财政资金使用规范程度", "明显提高")],
         [(5, FITS_NONE), (6, LEVEL_ABOVE), (7, LEVEL_ABOVE)]),
    ],
)  # fmt: skip
def test_rows_under_a_row_left_out_with_its_level_lost_are_left_out_too(lines, read, left_out):
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == read  # fmt: skip
    assert [(f["source_line"], f["message"].split(";")[0]) for f in tables.findings
            if f["rule"] == "row_unparsed"] == left_out  # fmt: skip


def test_a_department_wide_evaluations_levels_place_their_rows_once_joined():
    # Before, `过程管理指标` (the 部门整体 evaluation scheme's 一级, as 投入, 过程, 效果 and the 二级
    # 预算配置, 职责履行 …) was a word of no level: its row fitted no way and was left out, and
    # the rows under it with it.
    lines = ["部门整体支出绩效目标表", "部门名称 某区审计局", "一级指标 二级指标 三级指标 指标值",
             "产出指标 成本指标 三公经费变动率 ≤0", "过程管理指标 预算管理 预算完成率 ≥95%",
             "结转结余率 ≤10%", "投入 预算配置 重点支出安排率 ≥80%"]  # fmt: skip
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    assert [(i["level1_raw"], i["level2_raw"], i["level1_code"], i["indicator_name"])
            for i in tables.indicators] == [
        ("产出指标", "成本指标", "1", "三公经费变动率"),
        ("过程管理指标", "预算管理", None, "预算完成率"),
        ("过程管理指标", "预算管理", None, "结转结余率"),
        ("投入", "预算配置", None, "重点支出安排率"),
    ]  # fmt: skip
    assert [(f["rule"], f["evidence"]) for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize("piece", ["抽样", "抽样 抽样"])
def test_a_row_above_a_word_left_out_on_its_own_line_is_warned_of(piece):
    # The end of a cell (or of two: 实施期 and 年度 values wrapped alike) on a line of its own
    # fits any cell of the row above: it is left out, and the row it may end is said to be
    # perhaps cut short (it was read as printed, with no word on its own line).
    lines = [*TABLE_JOINED[:7], "满意度指标 服务对象满意度指标 老人满意度 ≥ 90 % 抽样调查", piece]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source())
    assert [(f["rule"], f["severity"], f["source_line"], f["message"], f["evidence"])
            for f in tables.findings if f["source_line"] == 8] == [
        ("cell_maybe_cut", "warning", 8, f"`{piece}` on the line under this row was left out: it "
         "may end one of its cells (its name or its target)", piece),
    ]  # fmt: skip


def test_a_word_alone_that_completes_the_level_above_into_a_levels_name_is_its_end():
    # `经济效益` over `指标` (the 二级's merged cell wrapped by a PDF), joined by spaces: the word
    # alone was left out as fitting any cell of the row above (row_unparsed), though it ends
    # no cell but the 二级 into a level's name; the rows below kept their levels.
    lines = [
        *TABLE_JOINED[:7],
        "效益指标 经济效益 老年人就餐支出节约 ≥ 200 元",
        "指标",
        "社会效益指标 就餐老人人次 ≥ 3 万人次",
    ]
    assert _indicators(lines)[-2:] == [
        ("效益指标", "经济效益指标", "老年人就餐支出节约", "≥200元", None),
        ("效益指标", "社会效益指标", "就餐老人人次", "≥3万人次", None),
    ]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_value_a_spreadsheet_filled_into_a_merged_cells_columns_is_read_once():
    # `项目名称 某项目 某项目 某项目`: the name was read as the three copies joined by spaces.
    lines = [TABLE_JOINED[0], "项目名称 老年助餐服务 老年助餐服务 老年助餐服务", *TABLE_JOINED[2:]]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source())
    assert [p["project_name"] for p in tables.projects] == ["老年助餐服务"]


@pytest.mark.parametrize(
    ("money_lines", "money"),
    [
        # `年初预 全年预 全年执` over `算数 算数 行数`: the headings were one cell, so each money
        # row had six figures under four headings and was left out, and the project had no money.
        (
            ["资金来源 年初预 全年预 全年执 执行率 分值 得分", "算数 算数 行数",
             "年度资金总额 1,150.00 1,286.40 1,286.40 100% 10 10"],
            [Decimal("1150.00"), Decimal("1286.40"), Decimal("1286.40"), 100.0, 10.0, 10.0],
        ),
        # `98.00 %`, its sign spaced off by a converter: one figure, the rate, not two cells,
        # which made the row one figure longer than its headings and left it out.
        (
            ["项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
             "年度资金总额 420.00 436.00 427.28 10 98.00 % 9.8"],
            [Decimal("420.00"), Decimal("436.00"), Decimal("427.28"), 98.0, 10.0, 9.8],
        ),
    ],
    ids=["headings wrapped", "rate sign apart"],
)  # fmt: skip
def test_money_rows_are_read_under_their_headings_whatever_a_converter_split(money_lines, money):
    lines = ["项目支出绩效自评表", "项目名称 城乡居民医疗救助", *money_lines, *SCORED_MONEY[6:]]
    tables, read = _built(lines)
    assert read == money
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_row_whose_first_group_is_empty_goes_under_the_second_group():
    # 长期 and 年度 groups side by side, the 长期 name and value empty: the words after the 长期
    # 二级 go under the 年度 group. The search stopped at the 长期 name column, so such rows fitted
    # no way and were left out.
    lines = [
        "项目支出绩效目标表",
        "项目名称 教育重点项目建设",
        "一级指标 二级指标(长期) 三级指标(长期) 指标值(长期) 二级指标(年度) 三级指标(年度) 指标值(年度)",
        "产出指标 数量指标 数量指标 重点建设工程安排数量 2",
        "效益指标 可持续影响指标 可持续影响指标 基础教育巩固提高情况 巩固提高",
    ]
    assert _indicators(lines) == [
        ("产出指标", "数量指标", "重点建设工程安排数量", "2", None),
        ("效益指标", "可持续影响指标", "基础教育巩固提高情况", "巩固提高", None),
    ]


def test_one_row_of_a_tab_separated_table_that_lost_its_tabs_is_placed_under_its_columns():
    # One indicator row joined by spaces (its empty merged cells gone) in a text otherwise
    # tab-separated: placed under the columns as a row of a file without tabs is; a line under
    # the columns that prints no target (a cell's end wrapped onto a line) stays one cell.
    text = "\n".join([
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "\t产出指标\t数量指标\t耕地轮作试点面积\t≥12万亩\t12.3万亩\t15\t15",
        "质量指标 轮作补贴发放面积核实率 100% 100% 10 10",
        "受持续干旱 影响",
    ])  # fmt: skip
    (table,) = read_text_cells("t.txt", text)
    assert [(row.cells, row.lone) for row in table.rows[2:]] == [
        (("", "", "质量指标", "轮作补贴发放面积核实率", "100%", "100%", "10", "10"), False),
        (("受持续干旱 影响",), True),
    ]


@pytest.mark.parametrize(
    ("lines", "indicators"),
    [
        # Before, a `评价等级` column was no known label, so it held a dash at most: `优` fitted
        # only the reasons' column and `差 家长对…` no way (row_unparsed).
        (
            [
                "项目支出绩效自评表",
                "项目名称 改善办学条件项目",
                "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 评价等级 偏差原因分析及改进措施",
                "产出指标 数量指标 新建标准化理化生实验室 ≥4间 4间 50 50 优",
                "满意度指标 服务对象满意度指标 家长满意度 ≥90% 85% 40 30 差 临时教室安排意见较多",
                "合计 100 80 良",
            ],
            [
                ("产出指标", "数量指标", "新建标准化理化生实验室", "4间", 50, 50, None),
                (
                    "满意度指标",
                    "服务对象满意度指标",
                    "家长满意度",
                    "85%",
                    40,
                    30,
                    "临时教室安排意见较多",
                ),
            ],
        ),
        # Before, `产出指标-数量指标` (a 二级 for `level_fit`) in the 一级's column of a table with no
        # 二级 column fitted no column, nor a `偏差度` figure a column of no known label: refused.
        (
            [
                "项目支出绩效自评表",
                "项目名称 非物质文化遗产保护项目",
                "指标类别 指标名称 年度指标值 实际完成值 偏差度 分值 得分",
                "产出指标-数量指标 非遗传承人培训 ≥200人次 216人次 +8.0% 60 60",
                "效益指标-社会效益指标 非遗展演观众 ≥1万人次 1.3万人次 +30.0% 30 30",
                "合计 100 90",
            ],
            [
                ("产出指标", "数量指标", "非遗传承人培训", "216人次", 60, 60, None),
                ("效益指标", "社会效益指标", "非遗展演观众", "1.3万人次", 30, 30, None),
            ],
        ),
    ],
)
def test_grade_words_and_joined_levels_of_a_self_evaluation_that_lost_its_tabs_are_placed(
    lines, indicators
):
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == []
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["actual_value"],
             i["weight"], i["score"], i["deviation_reason"]) for i in tables.indicators] == indicators  # fmt: skip


def test_a_goal_label_over_its_prose_printed_one_cell_a_line_is_no_column_label_of_the_table():
    # The goals as two label/value pairs on one row (`年度目标 | … | 实际完成情况 | …`), the
    # table printed one cell a line. Before, `实际完成情况` (an actual's label) over its prose
    # was taken for the first of the column labels below it, and the file was refused.
    rows = [
        ["项目支出绩效自评表"],
        ["项目名称", "农村供水保障工程"],
        ["年度目标", "新建集中供水工程12处。", "实际完成情况", "建成集中供水工程12处。"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建集中供水工程", "≥12处", "12处", "90", "90"],
        ["合计", "", "", "", "", "90", "90"],
    ]
    width = max(map(len, rows))
    text = "\n".join("\n".join(row + [""] * (width - len(row))) + "\n" for row in rows)
    tables = process_file("t.txt", text.encode(), Source(fiscal_year=2022))
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
    assert [(i["level2_name"], i["indicator_name"], i["actual_value"], i["score"])
            for i in tables.indicators] == [("数量指标", "新建集中供水工程", "12处", 90)]  # fmt: skip


def test_a_total_label_alone_under_no_columns_is_kept_as_printed():
    # Before, `合计` alone with no points columns known (no figures, no columns) raised an
    # IndexError: the build of the file failed.
    assert _totals(["合计"], None) == ("合计",)


@pytest.mark.parametrize(
    ("under", "reason"),
    [
        # The word makes the name end as no indicator's name ends (`…合格工程`).
        ("工程", ""),
        # The name ends as an indicator's does already (`…合格率`).
        ("抽样", ""),
        # A reason's clause is left open: the word may go on with it.
        ("率", " 部分工程未验收，"),
    ],
)
def test_a_word_alone_under_a_row_of_two_cells_as_wide_as_their_columns_stays_left_out(
    under, reason
):
    # A word under a row whose name and target are each as wide as the widest of their column:
    # either may have wrapped, and what the word says tells neither, so it is left out with
    # its notes, not placed by a guess.
    name = "农村饮水工程验收合格率" if under == "抽样" else "农村饮水工程验收合格"
    lines = [*WIDE_NAME_AND_TARGET[:2], f"质量指标 {name} 2025年12月底前{reason}", under]
    (table,) = read_text_cells("t.txt", "\n".join(lines))
    assert [row.cells for row in table.rows[-2:]] == [
        ("产出指标", "数量指标", "培训人员", "≥200人"),
        ("", "质量指标", name, "2025年12月底前", *reason.split()),
    ]
    assert [(rule, line, evidence) for rule, line, _, evidence in table.notes] == [
        ("row_unparsed", 4, under),
        ("cell_maybe_cut", 3, under),
    ]


def test_a_target_never_stands_as_a_name_under_a_column_of_the_rows_kinds():
    # 指标类型 (kept as an extra column: it may hold 共性指标) merged down, joined by spaces:
    # `2 良种供种量 1,230吨 10` also fitted with the name under 指标类型 and `1,230吨` as the name,
    # and every row but each block's first was left out.
    lines = [
        "项目名称 青稞良种推广补贴",
        "序号 指标类型 指标名称 指标值 权重（%）",
        "1 产出指标 青稞良种推广面积 ≥8.2万亩 60",
        "2 良种供种量 1,230吨 40",
    ]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2019))
    assert [(i["indicator_name"], i["annual_target"], i["weight"]) for i in tables.indicators] == [
        ("青稞良种推广面积", "≥8.2万亩", 60.0),
        ("良种供种量", "1,230吨", 40.0),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_note_of_phrases_is_no_unit_and_goes_under_the_note_column():
    # An empty 度量单位 and 指标方向 beside a date: `按季度预拨、年终结算` fitted the unit column
    # (a unit the vocabulary lacks) and 指标值确定依据 alike; a unit never parts phrases.
    lines = [
        "项目名称 基本公共卫生服务",
        "一级指标 二级指标 三级指标 指标性质 指标值 度量单位 指标方向 指标值确定依据",
        "产出指标 时效指标 资金拨付时间 ≤ 2022年12月31日 按季度预拨、年终结算",
        "成本指标 人均经费补助标准 = 84 元/人 反向 中央、省、市、县按比例分担",
    ]
    assert _indicators(lines) == [
        ("产出指标", "时效指标", "资金拨付时间", "≤2022年12月31日", None),
        ("产出指标", "成本指标", "人均经费补助标准", "=84元/人", None),
    ]


def test_the_groups_labels_printed_again_at_a_page_top_are_no_row():
    # 中期 and 年度 groups side by side under a row of their labels, both printed again at a
    # page top: the groups' row was left out as an indicator row with a finding.
    lines = [
        "项目名称 高标准农田建设",
        "绩效指标 中期绩效指标 年度绩效指标",
        "一级指标 二级指标 三级指标 指标值 二级指标 三级指标 指标值",
        "产出指标 数量指标 新建高标准农田面积 ≥6.4万亩 数量指标 新建高标准农田面积 ≥2.1万亩",
        "第 1 页 共 2 页",
        "绩效指标 中期绩效指标 年度绩效指标",
        "一级指标 二级指标 三级指标 指标值 二级指标 三级指标 指标值",
        "成本指标 亩均建设投入 ≤1,500元/亩 成本指标 亩均建设投入 ≤1,500元/亩",
    ]
    assert _indicators(lines) == [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥2.1万亩", "≥6.4万亩"),
        ("产出指标", "成本指标", "亩均建设投入", "≤1,500元/亩", "≤1,500元/亩"),
    ]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2020))
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_form_code_atop_a_budget_systems_form_is_page_furniture():
    # `报表编号：510000_0013zp` above the title, as Sichuan's 一体化 system exports a 自评表: it
    # was a `line_unrecognised` warning.
    lines = ["报表编号：510000_0013zp", *TABLE_JOINED]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
    assert len(tables.indicators) == 4


def test_a_level_written_with_a_space_before_its_last_three_characters_is_one_cell():
    # `经济效 益指标`, as a spaced label column prints it: joined by spaces, its three last
    # characters were a word of their own and the row fitted no way.
    lines = [
        "项目名称 乡村振兴",
        "一级指标 二级指标 三级指标 年度指标值",
        "效益指标 经济效 益指标 农村居民人均可支配收入增长 ≥6.5%",
        "社会效 益指标 脱贫人口规模性返贫 不发生",
    ]
    assert _indicators(lines) == [
        ("效益指标", "经济效益指标", "农村居民人均可支配收入增长", "≥6.5%", None),
        ("效益指标", "社会效益指标", "脱贫人口规模性返贫", "不发生", None),
    ]


def test_the_block_label_spelled_down_the_side_is_a_column_of_its_own():
    # `绩` heading the column, `效` `指` `标` before the rows' words, then a page top printing the
    # labels without it: the rows that printed a character of it were left out (no column took
    # the character), and under the page top's labels the rows above no longer told which
    # columns the table always fills (`有效减少`, a 指标值 or a 备注).
    lines = [
        "项目名称 塘坝清淤扩挖",
        "绩 一级指标 二级指标 三级指标 指标值 备注",
        "效 产出指标 数量指标 清淤扩挖塘坝 38口",
        "指 新增蓄水能力 ≥12万立方米 按设计清淤深度测算",
        "标 质量指标 工程质量验收合格率 100%",
        "第1页",
        "一级指标 二级指标 三级指标 指标值 备注",
        "效益指标 经济效益指标 新增粮食生产能力 ≥60万公斤",
        "社会效益指标 受益脱贫人口 1,260人",
        "生态效益指标 项目区水土流失 有效减少",
    ]
    assert _indicators(lines) == [
        ("产出指标", "数量指标", "清淤扩挖塘坝", "38口", None),
        ("产出指标", "数量指标", "新增蓄水能力", "≥12万立方米", None),
        ("产出指标", "质量指标", "工程质量验收合格率", "100%", None),
        ("效益指标", "经济效益指标", "新增粮食生产能力", "≥60万公斤", None),
        ("效益指标", "社会效益指标", "受益脱贫人口", "1,260人", None),
        ("效益指标", "生态效益指标", "项目区水土流失", "有效减少", None),
    ]


def test_a_unit_never_stands_as_a_name_beside_a_unit_column():
    # A list's rows under its first, the project's cells blank, joined by spaces: `苗木成活率 15 %
    # ≥ 85` also fitted as a project (苗木成活率, 15万元) whose indicator was named `%`.
    lines = [
        "项目名称 预算金额 年度绩效目标 绩效指标 指标权重 计量单位 指标性质 指标值",
        "退耕还林成果巩固项目 215.30 补植补造2,400亩 补植补造面积 15 亩 ≥ 2,400",
        "苗木成活率 15 % ≥ 85",
        "聘用管护人员 10 人 ＝ 56",
    ]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    assert [(p["project_name"], p["total_amount"]) for p in tables.projects] == [
        ("退耕还林成果巩固项目", Decimal("215.30"))
    ]
    assert [(i["indicator_name"], i["annual_target"], i["weight"]) for i in tables.indicators] == [
        ("补植补造面积", "≥2,400亩", 15.0),
        ("苗木成活率", "≥85%", 15.0),
        ("聘用管护人员", "=56人", 10.0),
    ]


DEPARTMENT_EVALUATION_JOINED = [
    "部门名称 某局",
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
    "管理效率 预算执行 预算执行率 ≥95% 96.9% 6 6",
]
LAST_ROW = "满意度指标 服务对象满意度指标 群众满意度 ≥90% 94.3% 10 10"
LAST_CELLS = ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "94.3%", "10", "10")


def test_a_row_whose_name_holds_a_titles_words_is_read_as_a_row():
    # `项目绩效自评覆盖率` holds 绩效自评, a title's words, and the row fitted its columns no way
    # (绩效管理, a department-wide 二级, was no known level): it was dropped as the next table's
    # title, with no finding.
    line = "绩效管理 项目绩效自评覆盖率 100% 100% 4 4"
    (table,) = read_text_cells("t.txt", "\n".join([*DEPARTMENT_EVALUATION_JOINED, line, LAST_ROW]))
    assert [row.cells for row in table.rows[-2:]] == [
        ("", "绩效管理", "项目绩效自评覆盖率", "100%", "100%", "4", "4"),
        LAST_CELLS,
    ]
    assert table.notes == ()


def test_a_row_whose_name_holds_a_titles_words_and_fits_no_way_is_left_out_with_a_finding():
    # Under a 二级 no vocabulary knows, the row fits its columns no way: left out with
    # row_unparsed, as any such row, rather than dropped as a title with no finding.
    line = "监督管理 项目绩效自评覆盖率 100% 100% 4 4"
    (table,) = read_text_cells("t.txt", "\n".join([*DEPARTMENT_EVALUATION_JOINED, line, LAST_ROW]))
    assert table.rows[-1].cells == LAST_CELLS
    assert table.notes == (
        ("row_unparsed", 4, "an indicator row whose words fit its columns in more than one way, "
         f"or in none (its level cells kept); not placed by a guess: {line}", line),
    )  # fmt: skip


def test_a_title_printing_its_year_apart_under_indicator_rows_stays_a_title():
    title = "2025年度 部门整体支出绩效自评表"
    (table,) = read_text_cells("t.txt", "\n".join([*DEPARTMENT_EVALUATION_JOINED, title, LAST_ROW]))
    assert [row.cells for row in table.rows[-2:]] == [(title,), LAST_CELLS]
    assert table.notes == ()


# A self-evaluation whose indicator row a converter joined by spaces into its first cell.
JOINED_ROW_TABLE = [["项目名称", "金银花产业", "", "", ""],
                    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
                    ["产出指标", "质量指标", "设备验收合格率", "100%", "100%"],
                    ["产出指标 质量指标 干花抽检达标率 ≥95% 97.4%", "", "", "", ""],
                    ["产出指标", "时效指标", "生产线投产时间", "2024年8月31日前", "2024年8月26日"]]  # fmt: skip


def test_an_indicator_row_joined_into_one_cell_of_a_text_one_cell_a_line_is_placed():
    # A row joined by spaces in a text printed one cell a line: the column count cuts it as a
    # row of one cell, then placed under the labels as a tab-separated text's is.
    text = one_cell_a_line("\n".join("\t".join(row) for row in JOINED_ROW_TABLE))
    (table,) = read_text_cells("lines.txt", text)
    assert [row.cells for row in table.rows[-3:]] == [
        ("产出指标", "质量指标", "设备验收合格率", "100%", "100%"),
        ("产出指标", "质量指标", "干花抽检达标率", "≥95%", "97.4%"),
        ("产出指标", "时效指标", "生产线投产时间", "2024年8月31日前", "2024年8月26日"),
    ]


def _read(lines: list[str]) -> tuple[list[tuple], list[tuple]]:
    """The indicators (name, annual target, weight, line) and the findings other than
    information (rule, line) of a text whose cells were joined by spaces."""
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    indicators = [(i["indicator_name"], i["annual_target"], i["weight"], i["source_line"])
                  for i in tables.indicators]  # fmt: skip
    return indicators, [(f["rule"], f["source_line"]) for f in tables.findings
                        if f["severity"] != "info" and f["rule"] != "missing_level1"]  # fmt: skip


# A flat list numbering its indicators, its cells joined by spaces (a PDF's text).
NUMBERED = ["项目名称 高效节水灌溉提质改造", "序号 绩效指标 指标值 计量单位 权重（分）",
            "1 改造提升高效节水灌溉面积 ≥3.2 万亩 10", "2 新建首部泵房 8 座 10",
            "3 更换滴灌主干管网 ≥46 公里 10"]  # fmt: skip


def test_page_numbers_inside_a_line_s_cells_are_taken_out_and_the_cells_pieces_joined():
    # A page's number a PDF's text printed inside a name (`— 9 —` glued to its pieces), and a
    # hosting site's page mark between two words of one name: the name was kept with the page
    # number in it, and the row with the mark between words was left out.
    indicators, findings = _read([
        *NUMBERED,
        "4 林业有害生物— 9 —成灾率 ≤3.5 ‰ 10",
        "5 集中供水工程受益 第1页/共3页 人口 ≥3.6 万人 10",
        "6 亩均高效节水 - 1 - 改造成本 ≤1050 元/亩 10",
    ])  # fmt: skip
    assert indicators[3:] == [
        ("林业有害生物成灾率", "≤3.5‰", 10.0, 6),
        ("集中供水工程受益人口", "≥3.6万人", 10.0, 7),
        ("亩均高效节水改造成本", "≤1050元/亩", 10.0, 8),
    ]
    assert findings == []


def test_a_word_target_beside_a_vanished_unit_goes_under_the_value_a_names_first_line_aside():
    # `明显提升` fits the unit column too (a unit the vocabulary lacks); the rows above each
    # fill the value column, but for a name's first line printed alone over its values, which
    # says nothing of the columns a row fills: counted, it had left the row two ways to fit.
    indicators, findings = _read([
        *NUMBERED,
        "4 高效节水灌溉设施完好",
        "率 ≥95 % 10",
        "5 团场基层医疗服务能力 明显提升 10",
    ])  # fmt: skip
    assert indicators[3:] == [
        ("高效节水灌溉设施完好率", "≥95%", 10.0, 7),
        ("团场基层医疗服务能力", "明显提升", 10.0, 8),
    ]
    assert findings == [("name_end_joined", 7)]


def test_a_target_broken_onto_the_next_line_with_the_rows_weight_is_read_whole():
    # `收到资金后15个` over `工作日内 10`: the line alone fits, its rest does not, and the two
    # pieces joined make one clause under the value (one duration). The rest fits alone no way:
    # once a row without its number (`率 ≥95 % 10`, a name's end) and one without its unit and
    # weight were placed, the columns the rows above always fill were the name's and the
    # value's, by which `工作日内 10` had become an indicator `工作日内` of target 10, silently;
    # a numbered table's row without its number is a piece of the row above, which they say
    # nothing of.
    indicators, findings = _read([*NUMBERED, "4 高效节水灌溉设施完好", "率 ≥95 % 10",
                                  "5 项目竣工验收时间 2022年10月31日前",
                                  "6 资金支付时限 收到资金后15个", "工作日内 10"])  # fmt: skip
    assert indicators[3:] == [
        ("高效节水灌溉设施完好率", "≥95%", 10.0, 7),
        ("项目竣工验收时间", "2022年10月31日前", None, 8),
        ("资金支付时限", "收到资金后15个工作日内", 10.0, 9),
    ]
    assert findings == [("name_end_joined", 7)]


# A department-wide table's indicator rows, their cells joined by spaces.
DEPARTMENT = ["部门名称 某县民政局", "年 度 绩 效 指 标 一级指标 二级指标 三级指标 指标值 备注",
              "产出指标 数量指标 特困供养人员 不少于1300人 含分散供养",
              "临时救助 ≥1500人次"]  # fmt: skip


def test_a_word_alone_that_completes_the_name_below_past_a_page_number_is_its_first_line():
    # The name broken over a page, its page number between its lines: the first line was left
    # out (`cell_maybe_cut`) and the indicator named `保障人数`; `部门预算执行` under a name
    # that ends as names end (…准确率) was joined to it.
    indicators, findings = _read([
        *DEPARTMENT,
        "孤儿和事实无人抚养儿童", "— 23 —", "保障人数 ≥160人",
        "质量指标 社会救助资金发放准确率 100%", "部门预算执行", "率 不低于95% 1-12月支出数/年度预算数",
    ])  # fmt: skip
    assert indicators[2:] == [
        ("孤儿和事实无人抚养儿童保障人数", "≥160人", None, 7),
        ("社会救助资金发放准确率", "100%", None, 8),
        ("部门预算执行率", "不低于95%", None, 10),
    ]
    assert findings == [("name_end_joined", 10)]


def test_a_note_reading_as_a_target_goes_under_the_note_column_beside_the_rows_value():
    # `2019年末为1.18万人` reads as a target (a date, a figure): no column but the value's could
    # hold it, which `≥1.2万人` holds, and the row was left out.
    indicators, findings = _read([
        *DEPARTMENT[:2], "产出指标 数量指标 城乡低保保障对象 ≥1.2万人 2019年末为1.18万人",
    ])  # fmt: skip
    assert indicators == [("城乡低保保障对象", "≥1.2万人", None, 3)]
    assert findings == []


# A department list, one row an indicator, its project's cells on the project's first row.
LIST = ["单位：元", "序号 项目名称 预算金额 年度绩效目标 一级指标 二级指标 三级指标 指标值 计量单位",
        "1 学前教育发展资金 2,368,000.00 补助普惠性幼儿园12所。 产出指标 数量指标 补助普惠性幼儿园 ≥12 所",
        "质量指标 普惠性幼儿园覆盖率 ≥90 %"]  # fmt: skip


def test_a_row_broken_onto_two_lines_inside_a_cell_is_read_whole():
    # A project's first row broken inside its goal (`…10间以上，` over `工程验收合格率100%，…`),
    # and inside its name a page's mark between (`…经费（高中` over `国家助学金） …`): each line
    # alone had been left out, and the second project lost.
    tables = process_file("t.txt", "\n".join([
        *LIST,
        "2 薄弱环节改善与能力提升项目 5,120,500.00 改造8所农村薄弱学校，新建录播教室10间以上，",
        "工程验收合格率100%。 产出指标 数量指标 改造农村薄弱学校 8 所",
        "3 学生资助补助经费（高中",
        "第 1 页，共 2 页",
        "国家助学金） 1,086,750.00 资助1450人次以上。 产出指标 数量指标 资助家庭经济困难学生 ≥1450 人次",
    ]).encode(), Source(fiscal_year=2024))  # fmt: skip
    assert [(p["project_name"], p["total_amount"], p["performance_goal"], p["source_line"])
            for p in tables.projects] == [
        ("学前教育发展资金", Decimal("236.8"), "补助普惠性幼儿园12所。", 3),
        ("薄弱环节改善与能力提升项目", Decimal("512.05"),
         "改造8所农村薄弱学校,新建录播教室10间以上,工程验收合格率100%。", 5),
        ("学生资助补助经费(高中国家助学金)", Decimal("108.675"), "资助1450人次以上。", 7),
    ]  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["source_line"])
            for i in tables.indicators] == [
        ("补助普惠性幼儿园", "≥12所", 3),
        ("普惠性幼儿园覆盖率", "≥90%", 4),
        ("改造农村薄弱学校", "8所", 5),
        ("资助家庭经济困难学生", "≥1450人次", 7),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


# A form of 中期 and 年度 groups side by side, its cells joined by spaces.
GROUPS = ["项目名称 肉牛良种繁育补贴",
          "绩效指标 一级指标 二级指标 三级指标 指标值 二级指标 三级指标 指标值",
          "产出指标 数量指标 冻配改良基础母牛 ≥15万头 数量指标 冻配改良基础母牛 ≥5万头"]  # fmt: skip


def test_rows_printing_one_of_two_groups_are_left_out_not_joined_into_both():
    # The 中期 group left empty, each row joined by spaces fits under either group: two lines
    # are no row broken onto two (each fits alone), nor is a target's end a level's name
    # (`不少于85个` over `质量指标 …`); they had been read as one row of both groups, the first
    # line's target a 中期 one and `不少于85个质量指标` a target, with no finding.
    tables = process_file("t.txt", "\n".join([
        *GROUPS,
        "产出指标 数量指标 改造农村户用卫生厕所 ≥1200户",
        "新建村级垃圾收集点 不少于85个",
        "质量指标 改厕验收合格率 ≥95%",
        "时效指标 项目完工时间 2025年10月底前",
    ]).encode(), Source(fiscal_year=2025))  # fmt: skip
    assert [i["indicator_name"] for i in tables.indicators] == ["冻配改良基础母牛"]
    assert [(f["rule"], f["source_line"], f["evidence"]) for f in tables.findings
            if f["rule"] == "row_unparsed"] == [
        ("row_unparsed", 4, "产出指标 数量指标 改造农村户用卫生厕所 ≥1200户"),
        ("row_unparsed", 5, "新建村级垃圾收集点 不少于85个"),
        ("row_unparsed", 6, "质量指标 改厕验收合格率 ≥95%"),
        ("row_unparsed", 7, "时效指标 项目完工时间 2025年10月底前"),
    ]  # fmt: skip


def test_names_wrapped_in_both_groups_and_a_row_broken_inside_a_name_are_read_whole():
    # `补贴资金兑付` (年度 name) over `时间 2023年11月30日前`: the line alone fits, its rest
    # does not, and the break completes a name; `集约化育苗` (中期 name) over the rest of the
    # row; both names' ends alone on a line under a browser's print header (`…绩效目标公开`, a
    # title's words), which had ended the table.
    indicators = _indicators([
        *GROUPS,
        "时效指标 补贴资金兑付时间 2025年11月30日前 时效指标 补贴资金兑付",
        "时间 2023年11月30日前",
        "质量指标 集约化育苗",
        "成苗率 ≥95% 质量指标 集约化育苗成苗率 ≥95%",
        "效益指标 可持续影响指标 “开鲁红干椒”区域公用 持续提升 可持续影响指标 “开鲁红干椒”区域公用 稳步提升",
        "2023/3/21 09:47 开鲁县农牧局2023年项目支出绩效目标公开-开鲁县人民政府",
        "品牌影响力 品牌影响力",
    ])  # fmt: skip
    assert indicators[1:] == [
        ("产出指标", "时效指标", "补贴资金兑付时间", "2023年11月30日前", "2025年11月30日前"),
        ("产出指标", "质量指标", "集约化育苗成苗率", "≥95%", "≥95%"),
        ("效益指标", "可持续影响指标", "“开鲁红干椒”区域公用品牌影响力", "稳步提升", "持续提升"),
    ]


def test_figures_fewer_than_the_headings_they_stand_under_are_left_out_with_a_finding():
    # A department-wide table's money under headings of two rows, blank cells gone: the four
    # figures had been placed under the second row's last four headings, the fiscal
    # appropriation read as 6,842.57 + 486.32, and a false amount_row_mismatch raised.
    lines = ["部门名称 某县民政局", "年度预算申请 资金总额 按收入性质分 按支出性质分",
             "一般公共预算 政府性基金 其他资金 基本支出 项目支出",
             "6,842.57 6,842.57 486.32 6,356.25",
             "部门职能职责概述 负责社会救助工作。", *DEPARTMENT[1:]]  # fmt: skip
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2020))
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"], project["extra_columns"]) == (
        None,
        None,
        '{"部门职能职责概述": "负责社会救助工作。"}',
    )
    assert [(f["rule"], f["severity"], f["source_line"], f["message"])
            for f in tables.findings if f["severity"] != "info"
            and f["rule"] != "missing_level1"] == [
        ("row_unparsed", "error", 4, "a money row of 4 figures under 5 headings; not placed by a "
         "guess: 6,842.57 6,842.57 486.32 6,356.25"),
    ]  # fmt: skip


def test_a_cell_broken_over_two_lines_of_a_row_printed_one_cell_a_line_is_put_back_whole():
    # A list printed one cell a line, a blank line after each row, empty cells gone: the first
    # row's project name broken over two lines (`…学生营养` over `改善计划`). Its lines joined by
    # spaces fit no way, and the row was left out, its project and indicators with it.
    rows = [["单位：元"],
            ["序号", "项目名称", "预算金额", "一级指标", "二级指标", "三级指标", "指标值"],
            ["1", "农村义务教育学生营养", "改善计划", "4,126,500.00", "产出指标", "数量指标",
             "受益学生人数", "≥8,600人"],
            ["质量指标", "食品安全事故", "0起"]]  # fmt: skip
    text = "\n".join("\n".join(cells) + "\n" for cells in rows)
    tables = process_file("t.txt", text.encode(), Source(fiscal_year=2022))
    assert [(p["project_name"], p["total_amount"]) for p in tables.projects] == [
        ("农村义务教育学生营养改善计划", Decimal("412.65"))
    ]
    assert [(i["level2_name"], i["indicator_name"], i["annual_target"], i["source_line"])
            for i in tables.indicators] == [
        ("数量指标", "受益学生人数", "≥8,600人", 11),
        ("质量指标", "食品安全事故", "0起", 20),
    ]  # fmt: skip


SELF_EVALUATION_MONEY = [
    "                 项目支出绩效自评表",
    "  项目名称      某县高标准农田建设项目",
    "                资金来源              全年预算数  全年执行数  分值    执行率    得分",
    "                                      （A）       （B）               （B/A）",
    "  项目资金      年度资金总额          500.00      480.00      10      96.00%    9.60",
    "  （万元）      其中：中央衔接资金    300.00      300.00      —       100.00%   —",
    "                县级衔接资金          200.00      180.00      —       90.00%    —",
    "  一级指标    二级指标      三级指标          分值    年度指标值    全年实际值    得分",
    "  产出指标    数量指标      新建高标准农田    90      ≥1万亩        1.02万亩      90",
    "  总分                                        100                                99.60",
]


@pytest.mark.parametrize(
    "lines",
    [
        SELF_EVALUATION_MONEY,
        # A department's: the block's label on the first part's line, its unit on the next
        # part's, no line of the headings' marks; the unit had been missed
        # (currency_unit_missing).
        [
            "                 部门整体支出绩效自评表",
            "  部门（单位）名称      某县农业农村局",
            SELF_EVALUATION_MONEY[2],
            "                年度资金总额          500.00      480.00      10      96.00%    9.60",
            "  部门预算资金  其中：基本支出        300.00      300.00      —       100.00%   —",
            "  （万元）      项目支出              200.00      180.00      —       90.00%    —",
            *SELF_EVALUATION_MONEY[7:],
        ],
    ],
)
def test_a_money_blocks_unit_line_beside_a_parts_label_is_the_blocks(lines):
    # The merged money label's last line, its unit (`（万元）`), printed beside a part's own
    # label: the part's figures had been left unread (amount_unparsed) and the total found not
    # to add up (amount_row_mismatch). A unit alone in brackets is the table's money unit.
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    (project,) = tables.projects
    assert (project["budget_adjusted"], project["budget_executed"], project["execution_rate"],
            project["execution_score"]) == (Decimal("500.00"), Decimal("480.00"), 96.0, 9.6)  # fmt: skip
    assert [f["rule"] for f in tables.findings] == ["missing_level1", "missing_level1"]


def test_a_money_blocks_label_begun_before_its_headings_ends_before_a_rows_label():
    # `年度预算执` over `行情况`, a merged label wrapped beside the headings and the total's row:
    # the total's figures had been one unreadable cell (amount_unparsed) and a part read as the
    # total (amount_row_mismatch).
    lines = [
        "                 部门整体支出绩效自评表",
        "  部门（单位）名称    某县水务局",
        "  年度预算执                      年初预算数  全年预算数  全年执行数  分值  执行率   得分",
        "  行情况      年度资金总额        1860.00     2045.00     1963.20     10    96.00%   9.60",
        "  （万元）    其中：当年财政拨款  1720.00     1905.00     1823.20     —     95.71%   —",
        "              上年结转资金        140.00      140.00      140.00      —     100.00%  —",
        *SELF_EVALUATION_MONEY[7:],
    ]
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    (project,) = tables.projects
    assert (project["budget_initial"], project["budget_adjusted"], project["budget_executed"],
            project["execution_score"]) == (
        Decimal("1860.00"), Decimal("2045.00"), Decimal("1963.20"), 9.6)  # fmt: skip
    assert [f["rule"] for f in tables.findings] == ["missing_level1", "missing_level1"]


def test_a_money_blocks_label_printed_beside_its_parts_row_opens_the_block():
    # `项目资金` centred down the block, on the parts' row under the 中期 and 年度 totals side by
    # side: the parts had been read as several figures under no heading (amount_unparsed), so
    # the 年度 parts were lost and their sum never checked.
    lines = [
        "  项目支出绩效目标表",
        "  项目名称            某县黄牛产业发展项目",
        "                      中期资金总额：        900.00         年度资金总额：        320.00",
        "  项目资金                其中：财政拨款        850.00         其中：财政拨款        290.00",
        "  （万元）",
        "                      其他资金            50.00         其他资金            20.00",
        "  一级指标      二级指标      三级指标          指标值             二级指标      三级指标          指标值",
        "  产出指标      数量指标      新建标准化养殖场      ≥15个          数量指标      新建标准化养殖场      ≥5个",
    ]  # fmt: skip
    tables = process_file("f.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    (project,) = tables.projects
    assert (project["period_amount"], project["total_amount"],
            project["fiscal_appropriation"], project["other_funds"]) == (
        Decimal("900.00"), Decimal("320.00"), Decimal("290.00"), Decimal("20.00"))  # fmt: skip
    assert [(f["rule"], f["source_line"]) for f in tables.findings if f["severity"] == "error"] == [
        ("amount_row_mismatch", 3)
    ]


def test_a_money_blocks_unit_line_before_a_label_with_no_headings_is_the_tables_unit():
    # `（万元）` opening the second line of a department's 年度预算安排, before its own label:
    # the unit had been glued to the label (`（万元） 基本支出`) and the table read as printing
    # no unit (currency_unit_missing).
    lines = [
        "                              部门整体支出绩效目标表",
        "部门（单位）名称    某县水利局",
        "年度预算安排        资金总额                1,486.30    项目支出            712.80",
        "（万元）            基本支出                  773.50",
        "一级指标    二级指标      三级指标              目标值",
        "产出指标    数量指标      水利工程巡查次数      ≥12次",
    ]
    tables = process_file("d.txt", "\n".join(lines).encode(), Source(fiscal_year=2025))
    assert (tables.documents[0]["currency_unit"], tables.projects[0]["total_amount"]) == (
        "万元",
        Decimal("1486.30"),
    )
    assert "currency_unit_missing" not in [f["rule"] for f in tables.findings]


def test_a_row_under_the_labels_printed_again_is_no_end_of_the_last_row_above():
    # Cells joined by one space, a page's break and the labels printed again: the first row
    # of the next page, one cell at the line's start as the last row above, had been glued to
    # it as that row's end (two rows read as one, a target lost).
    rows = [
        "项目名称 某县医疗设备购置项目",
        "一级指标 二级指标 三级指标 指标值",
        "产出指标 数量指标 购置设备数量 ≥12台",
        "质量指标 医疗设备安装调试验收合格率 100%",
        "- 2 -",
        "一级指标 二级指标 三级指标 指标值",
        "时效指标 设备采购完成时间 2018年9月底前",
        "效益指标 社会效益指标 服务患者人次 ≥2万人次",
    ]
    tables = process_file("t.txt", "\n".join(rows).encode(), Source(fiscal_year=2018))
    assert [
        (i["level2_name"], i["indicator_name"], i["annual_target"]) for i in tables.indicators
    ] == [
        ("数量指标", "购置设备数量", "≥12台"),
        ("质量指标", "医疗设备安装调试验收合格率", "100%"),
        ("时效指标", "设备采购完成时间", "2018年9月底前"),
        ("社会效益指标", "服务患者人次", "≥2万人次"),
    ]


def test_a_unit_before_money_headings_wrapped_ends_stays_with_them():
    # `（万元） 算数 算数 行数` under `项目资金 年初预 全年预 全年执 …`: the unit opens the
    # headings' ends, no row's label; split off, the ends were lost and no money row placed.
    lines = [
        "项目名称 某县医疗救助资金",
        "项目资金 年初预 全年预 全年执 分值 执行率 得分",
        "（万元） 算数 算数 行数",
        "年度资金总额 1,150.00 1,286.40 1,286.40 10 100% 10",
        "其中：当年财政拨款 1,150.00 1,286.40 1,286.40 — — —",
        "一级指标 二级指标 三级指标 分值 年度指标值 全年实际值 得分",
        "产出指标 数量指标 救助人次 90 ≥2.5万人次 2.86万人次 90",
    ]
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2021))
    (project,) = tables.projects
    assert (project["budget_initial"], project["budget_adjusted"], project["budget_executed"]) == (
        Decimal("1150.00"),
        Decimal("1286.40"),
        Decimal("1286.40"),
    )


def test_a_word_naming_the_level_its_rows_are_under_ends_the_name_above():
    # 扎鲁特旗 (held-out round 171): `储备扑火物资（风力灭火机等）` over `数量`, under rows of
    # 数量指标, cells joined by spaces. The word was read as a 二级 with no indicator under it and
    # skipped (template_row_skipped, info), the name cut with no warning.
    lines = [
        "项目支出绩效目标表", "项目名称 某旗森林草原防火项目", "一级指标 二级指标 三级指标 指标值",
        "产出指标 数量指标 专业扑火队员培训人次 ≥320人次", "储备扑火物资（风力灭火机等） 260台", "数量",
        "质量指标 火情发现报告及时率 100%",
    ]  # fmt: skip
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2025))
    assert [
        (i["level2_name"], i["indicator_name"], i["annual_target"]) for i in tables.indicators
    ] == [
        ("数量指标", "专业扑火队员培训人次", "≥320人次"),
        ("数量指标", "储备扑火物资(风力灭火机等)数量", "260台"),
        ("质量指标", "火情发现报告及时率", "100%"),
    ]
    assert "template_row_skipped" not in [f["rule"] for f in tables.findings]


def test_a_word_closing_a_names_bracket_ends_that_name_not_the_target_beside_it():
    # 五寨 (held-out round 171): `主体工程汛前完成时间（2025年` over `主汛期到来前）`, beside the
    # target `2025年6月30日前`: the word could end either by its words (`…前`). It was left out
    # (row_unparsed), the name cut.
    lines = [
        "项目支出绩效目标表", "项目名称 某县水土保持项目", "一级指标 二级指标 三级指标 指标值",
        "产出指标 质量指标 工程验收合格率 100%",
        "时效指标 主体工程汛前完成时间（2025年 2025年6月30日前", "主汛期到来前）",
        "效益指标 生态效益指标 年均减少入黄泥沙量 ≥1.8万吨",
    ]  # fmt: skip
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2025))
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("工程验收合格率", "100%"),
        ("主体工程汛前完成时间(2025年主汛期到来前)", "2025年6月30日前"),
        ("年均减少入黄泥沙量", "≥1.8万吨"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
