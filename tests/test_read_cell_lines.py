"""Text one cell a line whose rows no blank line tells (pipeline.read.cell_lines): a PDF's text
in reading order, its rows cut by what their cells say, cells wrapped over lines joined; a run
of lines cut two ways alike is left as printed."""

from decimal import Decimal

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read.cell_lines import Says, rows_of_cells

# 淳化 (held-out round 73), shortened: `pdftotext` without -layout, no blank line anywhere.
READING_ORDER = [
    "项目支出绩效目标表",
    "项目名称",
    "某县苹果产业提质增效项目",
    "主管部门",
    "某县农业农村局",
    "资金情况",
    "（万元）",
    "年度资金总额",
    "320.00",
    "其中：财政拨款",
    "300.00",
    "其他资金",
    "20.00",
    "年度目标",
    "新建矮砧密植苹果园2000亩，安装防雹网",
    "1500亩，带动果农亩均增收1200元以上。",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "产出指标",
    "数量指标",
    "新建矮砧密植苹果",
    "园",
    "≥2000亩",
    "安装防雹网",
    "≥1500亩",
    "效益指标",
    "生态效益指标",
    "化肥使用量",
    "零增长",
    "满意度指标",
    "服务对象满意度指标",
    "果农满意度",
    "≥92%",
]


def test_a_form_a_cell_a_line_without_blank_lines_is_cut_into_rows_by_what_they_say():
    # Before, no column count cut it (no blank line after a row): the file was refused.
    # 庆安 (held-out round 79): the sign-off right under the last row, no blank line between.
    text = "\n".join([*READING_ORDER, "填报人：王某"]) + "\n"
    tables = process_file("reading.txt", text.encode(), Source(fiscal_year=2024))
    (project,) = tables.projects
    assert (project["project_name"], project["supervising_department"], project["total_amount"],
            project["fiscal_appropriation"], project["other_funds"], project["performance_goal"]) == (
        "某县苹果产业提质增效项目", "某县农业农村局", Decimal("320.00"), Decimal("300.00"),
        Decimal("20.00"), "新建矮砧密植苹果园2000亩，安装防雹网1500亩，带动果农亩均增收1200元以上。",
    )  # fmt: skip
    assert [
        (i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
        for i in tables.indicators
    ] == [
        ("产出指标", "数量指标", "新建矮砧密植苹果园", "≥2000亩"),
        ("产出指标", "数量指标", "安装防雹网", "≥1500亩"),
        ("效益指标", "生态效益指标", "化肥使用量", "零增长"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥92%"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_money_block_printed_side_by_side_is_read_a_row_of_two_sides_each():
    # 巴林左旗 (held-out round 79): 中期 and 年度 money side by side, each cell a line, then
    # 总体目标 and 绩效指标 printed down their merged cells a character a line. Before, the
    # two 财政拨款 were added up (750.00) and `amount_row_mismatch` held 420.00 against 800.00;
    # 绩效指标 ended the goal.
    money = [
        "中期资金总额：", "380.00", "年度资金总额：", "420.00",
        "其中：财政拨款", "350.00", "其中：财政拨款", "400.00", "其他资金", "30.00", "其他资金", "20.00",
        "总", "体", "目", "标", "年度目标", "带动养殖户400户。", "绩", "效", "指", "标",
    ]  # fmt: skip
    at = READING_ORDER.index("年度资金总额")
    text = "\n".join([*READING_ORDER[:at], *money, *READING_ORDER[at + 9 :]]) + "\n"
    tables = process_file("sides.txt", text.encode(), Source(fiscal_year=2024))
    (project,) = tables.projects
    assert (project["period_amount"], project["total_amount"], project["fiscal_appropriation"],
            project["other_funds"], project["performance_goal"]) == (
        Decimal("380.00"), Decimal("420.00"), Decimal("400.00"), Decimal("20.00"),
        "带动养殖户400户。",
    )  # fmt: skip
    assert len(tables.indicators) == 4
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == []


def test_money_rows_one_under_the_other_stay_rows_of_their_own():
    # 中期 and 年度 totals one under the other, the parts once: no two rows are one row's sides.
    money = [
        "中期资金总额", "900.00", "年度资金总额", "320.00", "其中：财政拨款", "300.00",
        "其他资金", "20.00",
    ]  # fmt: skip
    at = READING_ORDER.index("年度资金总额")
    text = "\n".join([*READING_ORDER[:at], *money, *READING_ORDER[at + 6 :]]) + "\n"
    tables = process_file("stacked.txt", text.encode(), Source(fiscal_year=2024))
    (project,) = tables.projects
    assert (project["period_amount"], project["total_amount"], project["fiscal_appropriation"],
            project["other_funds"]) == (
        Decimal("900.00"), Decimal("320.00"), Decimal("300.00"), Decimal("20.00"),
    )  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == []


def test_a_self_evaluation_a_cell_a_line_reads_its_money_rows_and_stops_at_its_total():
    # 宁化 (held-out round 72): the money headings one a line run on into the first money row's
    # label, a missed row's reason over two lines, a row's points `5` alone on its line (no
    # page's number), then 总分 and the sign-off right under the last row.
    lines = [
        "项目支出绩效自评表", "项目名称", "某县贡米产业提升项目", "项目资金", "（万元）",
        "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
        "年度资金总额", "380.00", "420.00", "411.60", "10", "98.00%", "9.80",
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施",
        "产出指标", "数量指标", "新建稻米烘干中心", "≥2座", "2座", "5", "5",
        "优质稻品种推广率", "≥85%", "80%", "10", "8", "部分农户仍种植老品种，", "下一步加大推广。",
        "满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "94%", "5", "5",
        "总分", "20", "18", "填报人：王某",
    ]  # fmt: skip
    tables = process_file("money.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    # The unit under 项目资金, on a line of its own, is the money's: before, a value of no label.
    assert tables.documents[0]["currency_unit"] == "万元"
    (project,) = tables.projects
    assert (project["budget_initial"], project["budget_adjusted"], project["budget_executed"],
            project["execution_score"]) == (Decimal("380.00"), Decimal("420.00"),
                                            Decimal("411.60"), 9.8)  # fmt: skip
    assert [
        (
            i["indicator_name"],
            i["annual_target"],
            i["actual_value"],
            i["score"],
            i["deviation_reason"],
        )
        for i in tables.indicators
    ] == [
        ("新建稻米烘干中心", "≥2座", "2座", 5.0, None),
        ("优质稻品种推广率", "≥85%", "80%", 8.0, "部分农户仍种植老品种,下一步加大推广。"),
        ("种植户满意度", "≥90%", "94%", 5.0, None),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_forms_one_after_another_without_blank_lines_are_each_cut_under_their_labels():
    # 苏仙 (held-out self-evaluation round 124): a second form right under the first one's
    # sign-off, and a page's footer between a money row's figure and the next label. The second
    # form's lines had been read as one line of the sign-off: its project and indicators lost.
    second = [
        text.replace("苹果产业提质增效", "油茶产业发展")
        .replace("320.00", "180.00")
        .replace("300.00", "160.00")
        for text in READING_ORDER
    ]
    money = second.index("180.00") + 1
    second[money:money] = ["第 2 页 共 4 页", "某县2024年部门预算"]
    text = "\n".join([*READING_ORDER, "填报人：王某", *second, "填报人：王某"]) + "\n"
    tables = process_file("forms.txt", text.encode(), Source(fiscal_year=2024))
    assert [(p["project_name"], p["total_amount"], p["other_funds"]) for p in tables.projects] == [
        ("某县苹果产业提质增效项目", Decimal("320.00"), Decimal("20.00")),
        ("某县油茶产业发展项目", Decimal("180.00"), Decimal("20.00")),
    ]
    first, second = (p["project_id"] for p in tables.projects)
    names = ["新建矮砧密植苹果园", "安装防雹网", "化肥使用量", "果农满意度"]
    assert [
        (i["project_id"], i["indicator_name"], i["annual_target"]) for i in tables.indicators
    ] == [
        (project, name, target)
        for project in (first, second)
        for name, target in zip(names, ["≥2000亩", "≥1500亩", "零增长", "≥92%"], strict=True)
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_the_next_forms_title_right_under_the_last_row_is_no_indicator():
    # 周宁 (held-out round 169): no sign-off, the next form's title, year and unit lines right
    # under the first form's last row. They had been read as a fifth indicator of the first
    # form, `某县卫生健康局项目支出绩效目标表 （2025年度）` with the target `金额单位：万元`.
    second = ["某县卫生健康局项目支出绩效目标表", "（2025年度）", "金额单位：万元"]
    second += [text.replace("苹果", "茶叶") for text in READING_ORDER[1:]]
    text = "\n".join([*READING_ORDER, *second]) + "\n"
    tables = process_file("titles.txt", text.encode(), Source(fiscal_year=2024))
    assert [p["project_name"] for p in tables.projects] == [
        "某县苹果产业提质增效项目",
        "某县茶叶产业提质增效项目",
    ]
    assert [i["indicator_name"] for i in tables.indicators] == [
        "新建矮砧密植苹果园", "安装防雹网", "化肥使用量", "果农满意度",
        "新建矮砧密植茶叶园", "安装防雹网", "化肥使用量", "果农满意度",
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_goal_and_what_was_achieved_one_a_line_are_two_values():
    # 宣州 (held-out self-evaluation round 126): `年度总体目标 | 预期目标 | 实际完成情况`, then
    # the goal and what was achieved, a sentence a line. The two had been joined into the
    # achieved goal, the goal left null (no finding).
    at = READING_ORDER.index("年度目标")
    goals = ["年度总体目标", "预期目标", "实际完成情况", "新建苹果园2000亩。", "建成苹果园2100亩。"]
    lines = [*READING_ORDER[:at], *goals, *READING_ORDER[at + 3 :]]
    tables = process_file("goals.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    (project,) = tables.projects
    assert (project["performance_goal"], project["actual_goal"]) == (
        "新建苹果园2000亩。",
        "建成苹果园2100亩。",
    )
    assert len(tables.indicators) == 4


def test_a_goal_and_what_was_achieved_several_sentences_each_are_kept_whole_and_reported():
    # 滦南 (held-out self-evaluation round 127): three sentences a goal, one a line, nothing
    # telling where the goal ends. The text is kept whole as what was achieved; it had been
    # so with no finding.
    at = READING_ORDER.index("年度目标")
    goals = [
        "年度总体目标", "预期目标", "实际完成情况", "新建苹果园2000亩。", "安装防雹网1500亩。",
        "建成苹果园2100亩。", "安装防雹网1600亩。",
    ]  # fmt: skip
    lines = [*READING_ORDER[:at], *goals, *READING_ORDER[at + 3 :]]
    tables = process_file("goals.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    (project,) = tables.projects
    assert (project["performance_goal"], project["actual_goal"]) == (
        None,
        "新建苹果园2000亩。 安装防雹网1500亩。 建成苹果园2100亩。 安装防雹网1600亩。",
    )
    assert [
        (f["rule"], f["severity"], f["source_line"], f["message"])
        for f in tables.findings
        if f["severity"] != "info"
    ] == [
        ("goals_joined", "warning", at + 1, (
            "'预期目标' and '实际完成情况' are printed one after the other over one text: nothing "
            "tells where the 预期目标 ends, so the text is kept whole as the 实际完成情况 and the "
            "预期目标 is left empty; compare with the published table"
        )),
    ]  # fmt: skip


def test_a_heading_over_the_goals_of_each_scope_holds_no_goal_of_its_own():
    # `总体目标 | 实施期目标 | …` (克什克腾旗, held-out round 6): the heading is no goal whose
    # text the period's may hold, so nothing is reported.
    at = READING_ORDER.index("年度目标")
    lines = [*READING_ORDER[:at], "总体目标", "实施期目标", *READING_ORDER[at + 1 :]]
    tables = process_file("heading.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    (project,) = tables.projects
    assert (project["period_goal"], project["performance_goal"]) == (
        "新建矮砧密植苹果园2000亩，安装防雹网1500亩，带动果农亩均增收1200元以上。",
        None,
    )
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_rows_under_a_standard_column_keep_their_standards_and_wrapped_levels():
    # 新化 (held-out round 169): 中期 and 年度 values and a 绩效标准 column every row fills, a
    # running header between two rows, a level's name wrapped (`可持续影响` over `指标`). The
    # header was read as the next name's first line, `行业标准` as one too, and `指标` as the
    # column labels printed again: no cut was the only one, the file refused (file_unreadable).
    lines = [
        "项目支出绩效目标表", "项目名称", "某县山洪灾害防治项目", "主管部门", "某县水利局",
        "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "绩效标准",
        "产出指标", "数量指标", "监测站点运行维护数量", "≥138个", "≥46个", "计划标准",
        "第 1 页 共 4 页", "某县水利局2025年部门预算",
        "预警广播站维护数量", "≥900个", "≥300个", "计划标准",
        "质量指标", "监测站点数据到报率", "≥95%", "≥95%", "行业标准",
        "山洪灾害预警信息发布及", "时率", "100%", "100%", "行业标准",
        "效益指标", "可持续影响", "指标", "监测预警体系运行", "持续稳定运行", "正常运行", "计划标准",
    ]  # fmt: skip
    tables = process_file("standards.txt", "\n".join(lines).encode(), Source(fiscal_year=2025))
    assert [
        (i["level2_name"], i["indicator_name"], i["period_target"], i["annual_target"], i["standard"])
        for i in tables.indicators
    ] == [
        ("数量指标", "监测站点运行维护数量", "≥138个", "≥46个", "计划标准"),
        ("数量指标", "预警广播站维护数量", "≥900个", "≥300个", "计划标准"),
        ("质量指标", "监测站点数据到报率", "≥95%", "≥95%", "行业标准"),
        ("质量指标", "山洪灾害预警信息发布及时率", "100%", "100%", "行业标准"),
        ("可持续影响指标", "监测预警体系运行", "持续稳定运行", "正常运行", "计划标准"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_qualitative_row_of_split_columns_printing_no_value_is_read():
    # 资溪 (held-out round 169): `长效管护机制 | 定性 |`, the value column left empty. No row
    # fitted without a value, and the form's whole indicator block was row_unparsed.
    at = READING_ORDER.index("一级指标")
    rows = [
        "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
        "产出指标", "数量指标", "新建苹果园", "≥", "2000", "亩",
        "效益指标", "可持续影响指标", "长效管护机制", "定性",
        "满意度指标", "服务对象满意度指标", "果农满意度", "≥", "92", "%",
    ]  # fmt: skip
    lines = [*READING_ORDER[:at], *rows]
    tables = process_file("split.txt", "\n".join(lines).encode(), Source(fiscal_year=2025))
    assert [
        (i["indicator_name"], i["target_operator_raw"], i["target_value_raw"], i["annual_target"])
        for i in tables.indicators
    ] == [
        ("新建苹果园", "≥", "2000", "≥2000亩"),
        ("长效管护机制", "定性", "", "定性"),
        ("果农满意度", "≥", "92", "≥92%"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_money_parts_printing_no_figures_are_rows_of_their_own():
    # 滦南 (held-out self-evaluation round 127): `上年结转资金` and `其他资金` print no
    # figures, the goals' labels right under them. The labels ran on into one row of headings,
    # one part lost and the goal joined into what was achieved (no finding).
    lines = [
        "项目支出绩效自评表", "项目名称", "某县贡米产业提升项目", "项目资金", "（万元）",
        "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
        "年度资金总额", "380.00", "420.00", "411.60", "10", "98.00%", "9.80",
        "其中：当年财政拨款", "380.00", "420.00", "411.60", "—", "98.00%", "—",
        "上年结转资金", "其他资金",
        "年度总体目标", "预期目标", "实际完成情况", "新建烘干中心2座。", "建成烘干中心2座。",
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施",
        "产出指标", "数量指标", "新建稻米烘干中心", "≥2座", "2座", "90", "90",
        "总分", "100", "99.8", "填报人：王某",
    ]  # fmt: skip
    tables = process_file("parts.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    assert [(a["name"], a["budget_adjusted"]) for a in tables.amount_rows] == [
        ("其中：当年财政拨款", Decimal("420.00")),
        ("上年结转资金", None),
        ("其他资金", None),
    ]
    (project,) = tables.projects
    assert (project["performance_goal"], project["actual_goal"]) == (
        "新建烘干中心2座。",
        "建成烘干中心2座。",
    )
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_row_a_blank_line_ends_joins_each_of_its_cells_wrapped():
    # 会同 (held-out round 66): rows of different lengths, a blank line after each, a name and a
    # reason each over two lines. One join of two lines fitted no such row: it was left out.
    lines = [
        "项目名称", "某县油茶低产林改造项目", "",
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施", "",
        "产出指标", "数量指标", "完成油茶低产林改", "造面积", "≥5000亩", "5100亩", "10 10", "无", "",
        "补植苗木成活率", "≥90% 86%", "5 4", "夏季持续高温干旱，部分苗木死亡；",
        "冬季组织补植并加强抚育管护。", "",
    ]  # fmt: skip
    tables = process_file("rows.txt", "\n".join(lines).encode(), Source(fiscal_year=2019))
    assert [
        (i["indicator_name"], i["annual_target"], i["actual_value"], i["score"], i["deviation_reason"])
        for i in tables.indicators
    ] == [
        ("完成油茶低产林改造面积", "≥5000亩", "5100亩", 10.0, "无"),
        ("补植苗木成活率", "≥90%", "86%", 4.0, "夏季持续高温干旱,部分苗木死亡;冬季组织补植并加强抚育管护。"),
    ]  # fmt: skip
    assert "row_unparsed" not in [f["rule"] for f in tables.findings]


def test_lines_cut_two_ways_alike_are_left_as_printed():
    # Two rows either way (`甲 | 乙 丙` or `甲 乙 | 丙`, no line joined): which, nothing says.
    lines = ["labels", "甲", "乙", "丙"]

    def fits(words: list[str]) -> tuple[str, ...] | None:
        return tuple(words) if words in (["甲"], ["乙", "丙"], ["甲", "乙"], ["丙"]) else None

    never = lambda text: False  # noqa: E731
    out = rows_of_cells(
        lines, 0, 1, Says(fits, never, never, never, never, never, never, never, never, never)
    )
    assert out == ["labels", "甲 乙 丙", "", ""]


def test_a_note_under_the_last_row_ends_the_rows_and_is_no_rows_cell():
    # 巴林左旗 (held-out round 79): `注：…` right under the last row, then a page's number. A cut
    # reaching the run's end through the note had read the note as the last row's cell.
    lines = ["labels", "甲", "≥1", "注：一级指标三项", "— 3 —"]

    def fits(words: list[str]) -> tuple[str, ...] | None:
        return tuple(words) if words[:2] == ["甲", "≥1"] else None

    def notes(text: str) -> bool:
        return text.startswith("注：")

    never = lambda text: False  # noqa: E731
    out = rows_of_cells(
        lines, 0, 1, Says(fits, never, never, never, never, never, never, never, notes, never)
    )
    assert out == ["labels", "甲 ≥1", "", "注：一级指标三项 — 3 —", ""]
