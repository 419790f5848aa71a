"""Text tables whose cells a converter parted with bars, no tabs, no delimiter row and no rules
(pipeline.read.barred): read as the tab-separated text they stand for, each row at its line."""

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read.barred import tabbed_bars

# A department's list of projects, one row per indicator, the project's cells left blank under
# its first row: a row opening with a bar opens with an empty cell; the unit's row above the
# labels has its empty cells at its end left out (one bar).
UNFRAMED = "\n".join(
    [
        "某县林业局2022年项目支出绩效目标表",
        "单位名称 | 某县林业局",
        "项目名称 | 预算金额 | 年度绩效目标 | 绩效指标 | 计量单位 | 指标性质 | 指标值",
        "防火项目 | 86.00 | 储备防火物资300套以上 | 防火物资储备 | 套 | ≥ | 300",
        " |  |  | 森林火灾受害率 | ‰ | ≤ | 0.9",
        " |  |  | 群众森林防火意识 |  | 定性 | 明显提高",
        "第 1 页",
    ]
)
TABBED = "\n".join(
    [
        "某县林业局2022年项目支出绩效目标表",
        "单位名称\t某县林业局",
        "项目名称\t预算金额\t年度绩效目标\t绩效指标\t计量单位\t指标性质\t指标值",
        "防火项目\t86.00\t储备防火物资300套以上\t防火物资储备\t套\t≥\t300",
        "\t\t\t森林火灾受害率\t‰\t≤\t0.9",
        "\t\t\t群众森林防火意识\t\t定性\t明显提高",
        "第 1 页",
    ]
)


def test_bars_parting_cells_are_read_as_tabs_line_for_line():
    # The spaces padding the cells are no text of theirs: a quoted cell's closing quote must
    # end its cell (`公里" | 数量指标`), as a tab-separated text's does.
    assert tabbed_bars(UNFRAMED) == TABBED


def test_outer_bars_on_every_row_are_the_frame_not_empty_cells():
    framed = "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 产出指标 | 数量指标 | 培训人数 | ≥300人 |\n|  |  | 培训场次 | 12场 |"
    assert tabbed_bars(framed).split("\n") == [
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t培训人数\t≥300人",
        "\t\t培训场次\t12场",
    ]


def test_a_full_width_bar_or_a_box_drawings_parts_cells_too():
    text = "一级指标｜三级指标｜指标值\n产出指标｜培训人数｜≥300人\n效益指标｜满意度｜≥90%"
    assert tabbed_bars(text) == text.replace("｜", "\t")
    # A box drawing's bars without its rule lines (a converter that dropped them): no grid.
    boxed = "│一级指标│三级指标│指标值│\n│产出指标│培训人数│≥300人│\n│││\n│效益指标│满意度│≥90%│"
    assert tabbed_bars(boxed).split("\n") == [
        "一级指标\t三级指标\t指标值",
        "产出指标\t培训人数\t≥300人",
        "\t",
        "效益指标\t满意度\t≥90%",
    ]


def test_texts_the_bars_do_not_part_into_a_table_are_left_as_they_are():
    tabbed = "三级指标\t指标值\n培训人数\t≥ | 95 | %\n满意度\t≥ | 90 | %"
    few = "标题\n一级指标 | 三级指标 | 指标值\n产出指标 | 培训人数 | ≥300人"
    pipe_table = "| 三级指标 | 指标值 |\n| --- | --- |\n| 培训人数 | ≥300人 |\n| 满意度 | ≥90% |"
    ascii_grid = "+----+----+\n| 甲 | 乙 |\n+----+----+\n| 丙 | 丁 |\n| 戊 | 己 |\n+----+----+"
    for text in (tabbed, few, pipe_table, ascii_grid):
        assert tabbed_bars(text) == text


def test_a_line_of_dashes_alone_is_no_rule_line():
    # A converter's separator between a table's parts, not an ASCII grid's rule (no join).
    separated = "标题\n--------\n一级指标 | 三级指标 | 指标值\n产出指标 | 培训人数 | ≥300人\n效益指标 | 满意度 | ≥90%"
    assert tabbed_bars(separated) == separated.replace(" | ", "\t")


def _read(name: str, text: str):
    tables = process_file(name, text.encode(), Source())
    projects = [(p["project_name"], p["total_amount"]) for p in tables.projects]
    indicators = [
        (i["indicator_name"], i["annual_target"], i["source_line"]) for i in tables.indicators
    ]
    return projects, indicators, [d["status"] for d in tables.documents]


def test_a_bar_parted_table_builds_as_its_tab_separated_twin():
    assert _read("t.txt", UNFRAMED) == _read("t.txt", TABBED)
    assert _read("t.txt", UNFRAMED)[1] == [
        ("防火物资储备", "≥300套", 4),
        ("森林火灾受害率", "≤0.9‰", 5),
        ("群众森林防火意识", "明显提高", 6),
    ]


def test_a_csv_whose_cells_hold_bars_is_read_as_a_csv():
    # Bars inside a CSV's cells (split values a tool joined with ` | `) are its cells' text: the
    # CSV reader reads the file, and only the text readers part cells at bars.
    text = "\n".join(
        [
            "项目名称,甲项目,,",
            "一级指标,二级指标,三级指标,指标值",
            "产出指标,数量指标,培训人数,≥ | 300 | 人",
            ",,培训场次,≥ | 12 | 场",
            "效益指标,满意度指标,学员满意度,≥ | 90 | %",
        ]
    )
    tables = process_file("t.csv", text.encode(), Source())
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("培训人数", "≥ | 300 | 人"),
        ("培训场次", "≥ | 12 | 场"),
        ("学员满意度", "≥ | 90 | %"),
    ]
