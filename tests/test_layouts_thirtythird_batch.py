"""What the sixtieth and sixty-first held-out batches of target tables
(tests/fixtures/heldout-targets-60, heldout-targets-61) showed the readers lacked, each read by
the whole per-file pipeline on a table of its own: a header's scope labels noting their years
(`中期（2022—2024年） | 年度（2022年）` under `绩效目标值`); a name wrapped over lines beside a
standard wrapped with it; a level cell's end and a name's end wrapped onto one line; and a form
printing its head again atop its second page."""

from decimal import Decimal

from pipeline.rows import THRESHOLD_COLUMNS
from tests.test_layouts_ninth_batch import errors, named, projects
from tests.test_layouts_text import read, text

HEAD = [["部门整体支出绩效目标表"], ["部门（单位）名称", "某区卫生健康局"], ["单位：万元"]]


def test_scope_labels_noting_their_years_under_a_spanning_value_label_are_its_two_groups():
    # `年度（2022年）` was no label: the 年度 column had no label (a row_unparsed error a row)
    # and the 中期 figure was read as the year's target.
    rows = [
        ["一级指标", "二级指标", "指标内容", "评价标准", "绩效目标值", ""],
        ["", "", "", "", "中期（2022—2024年）", "年度（2022年）"],
        ["产出指标", "数量指标", "家庭医生签约服务人数", "以系统统计为准", "≥18万人", "≥16万人"],
        ["满意度指标", "服务对象满意度指标", "群众就医满意度", "第三方调查", "≥90%", "≥88%"],
    ]
    tables = read(text([*HEAD, *rows]))
    assert [(i["indicator_name"], i["period_target"], i["annual_target"])
            for i in tables.indicators] == [
        ("家庭医生签约服务人数", "≥18万人", "≥16万人"),
        ("群众就医满意度", "≥90%", "≥88%"),
    ]  # fmt: skip
    assert errors(tables) == []


def test_a_name_wrapped_beside_a_standard_wrapped_with_it_is_one_name():
    # `适龄儿童国家免` / `疫规划疫苗接种` / `率` beside the standard's three lines: three
    # indicators before, two with no target; now one, a warning for each line joined. A row
    # whose standard above ends its sentence is an indicator of its own, and so is one wider
    # than the line above.
    rows = [
        ["一级指标", "二级指标", "指标内容", "评价标准", "指标值"],
        ["产出指标", "数量指标", "适龄儿童国家免", "按免疫规划信息系统", "≥95%"],
        ["", "", "疫规划疫苗接种", "统计的接种人数/适", ""],
        ["", "", "率", "龄儿童数计算", ""],
        ["", "", "孕产妇系统管理率", "按系统统计。", "≥90%"],
        ["", "", "产后访视", "按系统统计", "≥85%"],
        ["", "", "高危孕产妇专案管理人数", "按专案统计", ""],
    ]
    tables = read(text([*HEAD, *rows]))
    assert named(tables) == [
        ("产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≥95%"),
        ("产出指标", "数量指标", "孕产妇系统管理率", "≥90%"),
        ("产出指标", "数量指标", "产后访视", "≥85%"),
        ("产出指标", "数量指标", "高危孕产妇专案管理人数", None),
    ]
    assert [(f["rule"], f["source_line"]) for f in tables.findings
            if f["severity"] == "warning"] == [("name_end_joined", 6), ("name_end_joined", 7)]  # fmt: skip


def test_a_level_cells_end_and_a_names_end_on_one_line_end_the_row_above():
    # `指标 | 年限` under `可持续影响 | 道路设施正常使用 | ≥10年`: the 二级 was joined, the name's
    # end read as an indicator `年限` with no target. Beside a value it stays a row.
    rows = [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建硬化道路长度", "≥4.2公里"],
        ["效益指标", "可持续影响", "道路设施正常使用", "≥10年"],
        ["", "指标", "年限", ""],
        ["满意度指标", "服务对象满", "受益群众满意度", "≥95%"],
        ["", "意度指标", "", ""],
    ]
    tables = read(text([["项目支出绩效目标表"], ["项目名称", "村级道路硬化"], *rows]))
    assert named(tables) == [
        ("产出指标", "数量指标", "新建硬化道路长度", "≥4.2公里"),
        ("效益指标", "可持续影响指标", "道路设施正常使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%"),
    ]
    assert errors(tables) == []


FORM_HEAD = [
    ["项目名称", "高山茶产业发展"],
    ["主管部门", "某镇人民政府", "实施单位", "某镇农业农村服务中心"],
    ["资金情况（万元）", "年度资金总额", "150.00"],
    ["年度目标", "新建高标准茶园300亩。"],
]
LABELS = ["一级指标", "二级指标", "三级指标", "目标值（年度）"]


def test_a_form_printing_its_head_again_atop_its_next_page_is_one_project():
    # Its head printed again after the page's number opened a second project of the same name,
    # the rows after it with no 一级. The next form's head opens the next project.
    tables = read(text([
        ["项目支出绩效目标表"], *FORM_HEAD, LABELS,
        ["产出指标", "数量指标", "新建高标准茶园", "≥300亩"],
        ["- 1 -"], *FORM_HEAD, LABELS,
        ["", "时效指标", "茶园建设完成时间", "2024年11月底前"],
        ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"],
        ["项目名称", "农村人居环境整治"], ["资金情况（万元）", "年度资金总额", "45.80"], LABELS,
        ["产出指标", "数量指标", "清理村内沟塘", "≥35处"],
    ]))  # fmt: skip
    assert projects(tables) == [
        ("高山茶产业发展", Decimal("150.00")),
        ("农村人居环境整治", Decimal("45.80")),
    ]
    assert named(tables) == [
        ("产出指标", "数量指标", "新建高标准茶园", "≥300亩"),
        ("产出指标", "时效指标", "茶园建设完成时间", "2024年11月底前"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"),
        ("产出指标", "数量指标", "清理村内沟塘", "≥35处"),
    ]
    assert errors(tables) == []


def test_a_goals_lines_wrapped_at_the_pages_width_are_one_text_its_parts_each_a_line():
    # A fixed-width text wraps the goal onto lines of their own, the label's cell empty: they
    # were lines outside the table (line_unrecognised), and under 预期目标 they were kept
    # apart by line breaks mid-word (`淘汰燃煤` / `小锅炉40台`). A part of its own (`2.…`) and a
    # line after a sentence's end still start a line.
    tables = read(text([
        ["项目支出绩效目标表"], ["项目名称", "村级道路硬化"],
        ["年度目标", "新建村组道路硬化4.2公里，解决3个行政村"],
        ["2100余名群众出行难问题。"], ["2.路面宽4.5米，淘汰燃煤"], ["小锅炉40台。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建硬化道路长度", "≥4.2公里"],
    ]))  # fmt: skip
    assert tables.projects[0]["performance_goal"] == (
        "新建村组道路硬化4.2公里，解决3个行政村2100余名群众出行难问题。\n2.路面宽4.5米，淘汰燃煤小锅炉40台。"
    )
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_lists_amount_cut_before_its_decimals_with_the_name_ends_on_the_line_below():
    # `墨脱县2025年茶叶种植基地 | 1,260` over `提质增效项目 | .50`: the line below had opened a
    # project of 0.50 万元, the first kept 1,260 and one indicator.
    rows = [
        ["序号", "项目名称", "预算金额", "一级指标", "二级指标", "三级指标", "指标值"],
        ["1", "墨脱县2025年茶叶种植基地", "1,260", "产出指标", "数量指标", "新建茶叶种植基地", "≥500亩"],
        ["", "提质增效项目", ".50", "", "", "", ""],
        ["", "", "", "", "质量指标", "茶苗成活率", "≥85%"],
        ["2", "村级动物防疫员补助", "45.60", "产出指标", "数量指标", "补助村级防疫员", "56人"],
    ]  # fmt: skip
    tables = read(text([["墨脱县2025年项目支出绩效目标汇总表"], ["金额单位：万元"], *rows]))
    assert projects(tables) == [
        ("墨脱县2025年茶叶种植基地提质增效项目", Decimal("1260.50")),
        ("村级动物防疫员补助", Decimal("45.60")),
    ]
    assert [i["indicator_name"] for i in tables.indicators] == [
        "新建茶叶种植基地", "茶苗成活率", "补助村级防疫员"
    ]  # fmt: skip
    assert errors(tables) == []


def test_a_template_row_of_a_level_and_a_numbered_placeholder_is_no_indicator():
    # `其他效益指标 | 指标1：` (a full-width colon): the placeholder was no placeholder, and the
    # row was moved right as a name shifted left, `其他效益指标` an indicator whose target was
    # `指标1:`. It is a template row, skipped with a finding.
    rows = [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["效益指标", "社会效益指标", "指标1：受益农户", "≥2.1万户"],
        ["", "其他效益指标", "指标1：", ""],
        ["满意度指标", "服务对象满意度指标", "指标1：★受益群众满意度", "≥90%"],
    ]
    tables = read(text([["项目支出绩效目标表"], ["项目名称", "高标准农田建设"], *rows]))
    assert [i["indicator_name"] for i in tables.indicators] == [
        "指标1:受益农户", "指标1:★受益群众满意度"
    ]  # fmt: skip
    assert [(f["rule"], f["source_line"]) for f in tables.findings
            if f["rule"] == "template_row_skipped"] == [
        ("template_row_skipped", 5), ("template_row_skipped", 5)
    ]  # fmt: skip


def test_a_titles_year_alone_in_a_later_cell_is_a_title_line():
    # `,,,,,,,（2023年度）`: a sheet's merged title cell saved as CSV, the year in column H, had
    # been a value without a label (a false row_unparsed error).
    data = (
        "项目支出绩效目标表,,,,,,,\n,,,,,,,（2023年度）\n项目名称,黑青稞种植,,,,,,\n"
        "一级指标,二级指标,三级指标,指标值,,,,\n产出指标,数量指标,种植面积,≥2000亩,,,,\n"
    ).encode()
    tables = read(data)
    assert errors(tables) == []
    assert [i["indicator_name"] for i in tables.indicators] == ["种植面积"]


def test_a_range_of_bare_figures_under_a_label_noting_its_unit_takes_that_unit():
    # `指标值（%）` over `-5～5`: the bare figures took the %, the range did not (a number
    # between -5 and 5). A range writing its own unit keeps it.
    rows = [
        ["一级指标", "二级指标", "三级指标", "指标值（%）"],
        ["产出指标", "质量指标", "预算执行偏差率", "-5～5"],
        ["", "", "工程造价变动率", "≥95"],
        ["", "成本指标", "人均成本变动", "-3～3元"],
    ]
    tables = read(text([["项目支出绩效目标表"], ["项目名称", "教育设施提升"], *rows]))
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("预算执行偏差率", "-5~5%"), ("工程造价变动率", "≥95%"), ("人均成本变动", "-3~3元")
    ]  # fmt: skip
    clauses = [dict(zip(THRESHOLD_COLUMNS, t, strict=True)) for t in tables.thresholds]
    first = tables.indicators[0]["indicator_id"]
    assert [(t["operator"], t["value"], t["value_max"], t["unit"]) for t in clauses
            if t["indicator_id"] == first and t["scope"] == "annual"] == [
        ("between", -5.0, 5.0, "%")
    ]  # fmt: skip


def test_a_page_of_pages_marker_in_a_cell_of_its_own_beside_a_row_is_no_cell_of_it():
    # `≥1,100户 | 第 2 页，共 5 页`: the marker in a cell of its own under no column label had
    # been a false row_unparsed error.
    rows = [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "草原围栏建设户数", "≥1,100户", "第 2 页，共 5 页"],
        ["满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"],
    ]
    tables = read(text([["项目支出绩效目标表"], ["项目名称", "草原保护"], *rows]))
    assert named(tables) == [
        ("产出指标", "数量指标", "草原围栏建设户数", "≥1,100户"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ]
    assert errors(tables) == []


def test_a_row_a_page_break_cut_after_its_name_takes_its_values_from_the_next_page():
    # `| 时效指标 | 项目完工及时率 | | | | |`, the page's number, the labels again, then
    # `| | | 100% | 100% | 5 | 5.00 | 无`: the name had no target, its values four
    # row_unparsed errors, and the weights and scores came out short (two false errors).
    labels = [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因",
    ]
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "唐崖茶产业提升"], labels,
        ["产出指标", "质量指标", "新植茶苗成活率", "≥85%", "88%", "50", "50", "无"],
        ["", "时效指标", "项目完工及时率", "", "", "", "", ""], ["— 5 —"], labels,
        ["", "", "", "100%", "100%", "50", "50", "无"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["actual_value"], i["weight"], i["score"])
            for i in tables.indicators] == [
        ("新植茶苗成活率", "≥85%", "88%", 50.0, 50.0),
        ("项目完工及时率", "100%", "100%", 50.0, 50.0),
    ]  # fmt: skip
    assert errors(tables) == []
