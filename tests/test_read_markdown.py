"""Markdown as converters and site generators write it (`pipeline.read.markdown`): a sheet
written from a data frame (markitdown, pandas' `DataFrame.to_markdown`: its header row the
sheet's first row with pandas' `Unnamed: <n>` for its empty cells, every empty or merged-away
cell `NaN`, a `## Sheet1` heading above it), and a page opening with front matter."""

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read import read_file

FRAME_FORM = (
    "## Sheet1\n"
    "| 某县2024年项目支出绩效目标表 | Unnamed: 1 | Unnamed: 2 | Unnamed: 3 | Unnamed: 4 | Unnamed: 5 "
    "| Unnamed: 6 |\n"
    "| --- | --- | --- | --- | --- | --- | --- |\n"
    "| 项目名称 | 某县2024年肉牛良种补助项目 | NaN | NaN | NaN | NaN | NaN |\n"
    "| 主管部门 | 某县农业农村局 | NaN | NaN | 实施单位 | 某县畜牧中心 | NaN |\n"
    "| 项目资金（万元） | 年度资金总额 | NaN | 160 | NaN | NaN | NaN |\n"
    "| NaN | 其中：财政资金 | NaN | 160 | NaN | NaN | NaN |\n"
    "| NaN | 其他资金 | NaN | 0 | NaN | NaN | NaN |\n"
    "| 年度绩效目标 | 改良肉牛2万头。 | NaN | NaN | NaN | NaN | NaN |\n"
    "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |\n"
    "| NaN | 产出指标 | 数量指标 | 肉牛冻精改良数 | ≥ | 2 | 万头 |\n"
    "| NaN | NaN | 时效指标 | 补助发放时间 | ≤ | 2024年11月30日 | nan |\n"
    "| NaN | 效益指标 | 可持续影响指标 | 良种繁育体系运行 | 定性 | 长期 | <NA> |\n"
    "| NaN | 满意度指标 | 服务对象满意度指标 | 养殖户满意度 | ≥ | 90 | % |\n"
    "| NaN | NaN | NaN | NaN | NaN | NaN | NaN |\n"
)


def test_a_frame_written_tables_missing_values_and_unnamed_columns_are_empty_cells():
    # They were read as cell texts: `NaN` amounts, levels and units, and a row of `Unnamed: n`
    # labels; the sheet's name `Sheet1` the table's title.
    (table,) = read_file("f.md", FRAME_FORM.encode())
    assert table.title == "某县2024年项目支出绩效目标表"
    assert [row.cells for row in table.rows] == [
        ("某县2024年项目支出绩效目标表", "", "", "", "", "", ""),
        ("项目名称", "某县2024年肉牛良种补助项目", "", "", "", "", ""),
        ("主管部门", "某县农业农村局", "", "", "实施单位", "某县畜牧中心", ""),
        ("项目资金（万元）", "年度资金总额", "", "160", "", "", ""),
        ("", "其中：财政资金", "", "160", "", "", ""),
        ("", "其他资金", "", "0", "", "", ""),
        ("年度绩效目标", "改良肉牛2万头。", "", "", "", "", ""),
        ("绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"),
        ("", "产出指标", "数量指标", "肉牛冻精改良数", "≥", "2", "万头"),
        ("", "", "时效指标", "补助发放时间", "≤", "2024年11月30日", ""),
        ("", "效益指标", "可持续影响指标", "良种繁育体系运行", "定性", "长期", ""),
        ("", "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", "90", "%"),
        ("", "", "", "", "", "", ""),  # the frame's row of `NaN`s: the sheet's empty row
    ]
    assert [row.line for row in table.rows] == [2, *range(4, 16)]


def test_a_frame_written_form_reads_its_amounts_levels_and_targets():
    tables = process_file("f.md", FRAME_FORM.encode(), Source(fiscal_year=2024))
    assert tables.documents[0]["title"] == "某县2024年项目支出绩效目标表"
    (project,) = tables.projects
    assert (project["project_name"], project["total_amount_raw"], project["other_funds_raw"]) == (
        "某县2024年肉牛良种补助项目",
        "160",
        "0",
    )
    assert [
        (i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
        for i in tables.indicators
    ] == [
        ("产出指标", "数量指标", "肉牛冻精改良数", "≥2万头"),
        ("产出指标", "时效指标", "补助发放时间", "≤2024年11月30日"),
        ("效益指标", "可持续影响指标", "良种繁育体系运行", "长期"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ]
    assert [i["extra_columns"] for i in tables.indicators] == [None] * 4
    # No amount_unparsed on `NaN`, no category_unknown on a `NaN` level, no label_unknown on
    # `Unnamed: n`: nothing to report.
    assert [(f["severity"], f["rule"]) for f in tables.findings] == []


def test_a_nan_typed_in_an_ordinary_pipe_table_is_its_text():
    # Its header names its columns: no data frame wrote it, and its `NaN` is what was typed.
    text = (
        "## 指标\n\n| 三级指标 | 指标值 | 备注 |\n|---|---|---|\n| 检测样品数 | ≥20份 | NaN |\n"
        "| 合格率 | 100% | Unnamed: 2 |\n"
    )
    (table,) = read_file("f.md", text.encode())
    assert [row.cells for row in table.rows] == [
        ("指标",),
        ("三级指标", "指标值", "备注"),
        ("检测样品数", "≥20份", "NaN"),
        ("合格率", "100%", "Unnamed: 2"),
    ]


PAGE = (
    "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
    "| --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 改良肉牛数 | ≥2万头 |\n"
)


def test_front_matter_opening_a_page_renders_as_nothing():
    # A site generator's YAML (`date:`, `source:`) had been read as two lines outside the table
    # (line_unrecognised warnings); Markdown renders none of it.
    text = "---\ntitle: 某县绩效目标表\ndate: 2024-05-20\nsource: 某县农业农村局\n---\n\n" + PAGE
    tables = process_file("p.md", text.encode(), Source(fiscal_year=2024))
    assert [(f["rule"], f["source_line"]) for f in tables.findings if f["severity"] != "info"] == []
    assert [
        (i["indicator_name"], i["annual_target"], i["source_line"]) for i in tables.indicators
    ] == [("改良肉牛数", "≥2万头", 9)]


def test_a_thematic_break_opening_a_page_is_no_front_matter():
    # Lines between two breaks that are no YAML keys are the page's: its table is read.
    text = "---\n" + PAGE + "---\n"
    tables = process_file("p.md", text.encode(), Source(fiscal_year=2024))
    assert [
        (i["indicator_name"], i["annual_target"], i["source_line"]) for i in tables.indicators
    ] == [("改良肉牛数", "≥2万头", 4)]
