"""Normalize stage: amounts, truncated rows and what the schema's money type can hold."""

from pipeline.build.workers import process_file
from pipeline.manifest import Source

HEADER = "项目名称\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标"


def test_only_the_last_row_cut_short_is_a_truncated_file():
    text = f"{HEADER}\n项目甲\t10.00\t10.00\t\t\t目标甲\n项目乙\t5.00\t5.00\t\t\t目标乙"
    tables = process_file("t.txt", text.encode(), Source(fiscal_year=2025))
    truncated = [
        (f["rule"], f["source_line"], f["entity_id"])
        for f in tables.findings
        if f["severity"] == "error"
    ]
    # Neither row has indicators, so the table gave none: said once, for the document.
    assert truncated == [("indicators_none", 1, "t.txt"), ("row_truncated", 3, "t.txt:p2")]
    assert [p["indicator_count"] for p in tables.projects] == [0, 0]


def test_amounts_the_money_type_cannot_hold_exactly_are_kept_as_printed_and_reported():
    row = (
        "项目甲\t1.2345678\t1234567890123.5\t\t\t目标\t1、产出指标；数量指标；名称；年度指标值:1个"
    )
    tables = process_file("t.txt", f"{HEADER}\n{row}\n".encode(), Source(fiscal_year=2025))
    (project,) = tables.projects
    assert (project["total_amount"], project["total_amount_raw"]) == (None, "1.2345678")
    assert (project["fiscal_appropriation"], project["fiscal_appropriation_raw"]) == (
        None,
        "1234567890123.5",
    )
    assert [f["message"] for f in tables.findings if f["rule"] == "amount_unparsed"] == [
        "total_amount '1.2345678' is finer than 0.000001 万元 or larger than 10^12 万元; it is kept "
        "as printed in total_amount_raw only",
        "fiscal_appropriation '1234567890123.5' is finer than 0.000001 万元 or larger than 10^12 "
        "万元; it is kept as printed in fiscal_appropriation_raw only",
    ]


def test_a_project_with_no_goal_or_indicators_is_not_taken_for_a_unit_subtotal():
    rows = [
        "合计\t30.00\t30.00\t\t\t\t",
        "某市教育局\t30.00\t30.00\t\t\t\t",
        "教师奖励专项\t10.00\t10.00\t\t\t\t",
        "学生资助\t20.00\t20.00\t\t\t目标\t1、产出指标；数量指标；人数；年度指标值:≥100人",
        "某区教学研究室\t0.00\t\t\t\t\t",
    ]
    text = "\n".join([HEADER, *rows]) + "\n"
    tables = process_file("t.txt", text.encode(), Source(fiscal_year=2025))
    assert [(p["project_name"], p["funding_unit"]) for p in tables.projects] == [
        ("教师奖励专项", "某市教育局"),
        ("学生资助", "某市教育局"),
    ]
    assert [(r["row_type"], r["name"]) for r in tables.amount_rows] == [
        ("grand_total", "合计"),
        ("funding_unit", "某市教育局"),
        ("funding_unit", "某区教学研究室"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == []


def test_threshold_tuples_follow_the_schema_column_order():
    from pipeline.rows import THRESHOLD_COLUMNS
    from pipeline.validate import arrow_schema

    assert tuple(arrow_schema("thresholds").names) == THRESHOLD_COLUMNS
    row = "项目甲\t1.00\t1.00\t\t\t目标\t1、产出指标；数量指标；场次；年度指标值:≥3场"
    tables = process_file("t.txt", f"{HEADER}\n{row}\n".encode(), Source(fiscal_year=2025))
    (threshold,) = tables.thresholds
    fields = dict(zip(THRESHOLD_COLUMNS, threshold, strict=True))
    assert {k: fields[k] for k in ("indicator_id", "scope", "text", "operator", "unit")} == {
        "indicator_id": "t.txt:p1:i1",
        "scope": "annual",
        "text": "≥3场",
        "operator": ">=",
        "unit": "场",
    }


def test_a_table_that_gives_projects_but_no_indicators_says_so_once():
    # With a 绩效指标 column whose cells are all empty: an error, the document's counts
    # would be wrong. With no such column at all (a budget table): a warning. Never three
    # missing_level1 per project, as if each project lacked its 产出 indicators.
    # Each prints its unit, so no finding but the one tested.
    rows = "项目甲\t10.00\t10.00\t\t\t目标甲\t\n项目乙\t5.00\t5.00\t\t\t目标乙\t\n"
    with_column = process_file(
        "t.txt", f"单位：万元\n{HEADER}\n{rows}".encode(), Source(fiscal_year=2025)
    )
    budget = "单位：万元\n项目名称\t总计\t财政拨款\n项目甲\t10.00\t10.00\n项目乙\t5.00\t5.00\n"
    without_column = process_file("b.txt", budget.encode(), Source(fiscal_year=2025))
    assert [
        (tables.documents[0]["status"], len(tables.projects), tables.findings)
        for tables in (with_column, without_column)
    ] == [
        (
            "ok",
            2,
            [
                {
                    "finding_id": "t.txt:f1",
                    "document_id": "t.txt",
                    "severity": "error",
                    "rule": "indicators_none",
                    "entity_type": "document",
                    "entity_id": "t.txt",
                    "source_file": "t.txt",
                    "source_line": 2,
                    "source_location": None,
                    "message": "2 projects but not one indicator read from the 绩效指标 column; "
                    "compare the file with the published table",
                    "evidence": "绩效指标",
                }
            ],
        ),
        (
            "ok",
            2,
            [
                {
                    "finding_id": "b.txt:f1",
                    "document_id": "b.txt",
                    "severity": "warning",
                    "rule": "indicator_column_missing",
                    "entity_type": "document",
                    "entity_id": "b.txt",
                    "source_file": "b.txt",
                    "source_line": 2,
                    "source_location": None,
                    "message": "2 projects but no 绩效指标 column, so no indicators; is this a "
                    "budget table rather than a 绩效目标表?",
                    "evidence": "项目名称\t总计\t财政拨款",
                }
            ],
        ),
    ]


UNIT_HEADER = "资金使用单位\t项目名称\t预算金额\t绩效目标\t绩效指标"
INDICATOR = "1、产出指标；数量指标；人数；年度指标值:≥100人"


def test_a_tables_own_column_of_units_names_its_subtotals_before_or_after_their_projects():
    # 三水, 澄海, 漳浦 (held-out round 132): `| 合计 | | …` and `某局 | 小计 | …` before the
    # projects, or `| 小计 | …` after them, the unit on its first project's row only. Before,
    # 合计 was a project of no name and each 小计 a project named 小计: the money counted twice,
    # silently, and every unit's subtotal checked against all projects (false errors).
    rows = [
        "\t合计\t50.00\t\t",
        "某市教育局\t小计\t30.00\t\t",
        "\t学生资助\t10.00\t目标\t" + INDICATOR,
        "\t课后服务\t20.00\t目标\t" + INDICATOR,
        "\t小计\t20.00\t\t",
    ]
    trailing = [
        "某市图书馆\t免费开放\t12.00\t目标\t" + INDICATOR,
        "\t流动服务\t8.00\t目标\t" + INDICATOR,
        "\t小计\t20.00\t\t",
    ]
    text = "\n".join([UNIT_HEADER, *rows[:4], *trailing]) + "\n"
    tables = process_file("t.txt", text.encode(), Source(fiscal_year=2025))
    assert [(p["project_name"], p["funding_unit"]) for p in tables.projects] == [
        ("学生资助", "某市教育局"), ("课后服务", "某市教育局"),
        ("免费开放", "某市图书馆"), ("流动服务", "某市图书馆"),
    ]  # fmt: skip
    assert [(r["row_type"], r["name"], str(r["total_amount"])) for r in tables.amount_rows] == [
        ("grand_total", "合计", "50.00"),
        ("funding_unit", "某市教育局", "30.00"),
        ("funding_unit", "某市图书馆", "20.00"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_units_subtotal_named_before_its_word_after_its_projects_closes_them():
    # 潮州 (held-out round 159), in a packed table: `某市教育局（本级）小计 | | 30.00` after the
    # unit's projects, the 合计 first. Such a row was read as the unit of the projects after
    # it: the next unit's projects filed under it, and each subtotal held to them.
    rows = [
        "\t合计\t50.00\t\t",
        "某市教育局\t学生资助\t10.00\t目标\t" + INDICATOR,
        "\t课后服务\t20.00\t目标\t" + INDICATOR,
        "某市教育局小计\t\t30.00\t\t",
        "某市图书馆\t免费开放\t20.00\t目标\t" + INDICATOR,
        "某市图书馆小计\t\t20.00\t\t",
    ]
    text = "\n".join([UNIT_HEADER, *rows]) + "\n"
    tables = process_file("t.txt", text.encode(), Source(fiscal_year=2025))
    assert [(p["project_name"], p["funding_unit"]) for p in tables.projects] == [
        ("学生资助", "某市教育局"), ("课后服务", "某市教育局"), ("免费开放", "某市图书馆"),
    ]  # fmt: skip
    assert [(r["row_type"], r["name"], str(r["total_amount"])) for r in tables.amount_rows] == [
        ("grand_total", "合计", "50.00"),
        ("funding_unit", "某市教育局", "30.00"),
        ("funding_unit", "某市图书馆", "20.00"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_packed_table_whose_money_column_is_its_budget_in_its_own_words_is_read():
    # 闽侯 (held-out round 132): `序号 | 项目名称 | 资金使用单位 | 预算数 | 年度绩效目标 | 绩效指标`,
    # its fields labelled and parted by commas. Before, the file was refused (file_unreadable:
    # no header with 项目名称 and 总计), then every indicator was indicator_unparsed.
    indicator = "1.一级指标：产出指标，二级指标：数量指标，三级指标：巡查次数，指标值：≥365次。"
    text = (
        "序号\t项目名称\t资金使用单位\t预算数\t年度绩效目标\t绩效指标\n"
        f"1\t水库管护\t某县水利局\t156.00\t确保水库安全度汛。\t{indicator}\n"
    )
    tables = process_file("t.txt", text.encode(), Source(fiscal_year=2024))
    assert [(p["project_name"], p["funding_unit"], str(p["total_amount"]))
            for p in tables.projects] == [("水库管护", "某县水利局", "156.00")]  # fmt: skip
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == [("产出指标", "数量指标", "巡查次数", "≥365次")]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == []


def test_a_total_printed_under_the_row_numbers_of_a_packed_table_is_its_grand_total():
    # 赤坎 (held-out round 151): `合计 | | | 5,691,250.00 | …` in the 序号 column, the unit's
    # and the project's cells empty. It was a project of no name holding the whole table's
    # money, and the unit's 小计 above it was held to that project too (a false mismatch).
    indicator = "1.一级指标:产出指标,二级指标:数量指标,三级指标:供养人数,指标值:≥860人"
    text = (
        "序号\t资金使用单位\t项目名称\t总金额\t年度绩效目标\t绩效指标\n"
        f"1\t某区民政局\t救助供养\t30.00\t目标\t{indicator}\n"
        "\t某区民政局\t小计\t30.00\t\t\n"
        f"2\t某区福利中心\t机构运营\t20.00\t目标\t{indicator}\n"
        "\t某区福利中心\t小计\t20.00\t\t\n"
        "合计\t\t\t50.00\t\t\n"
    )
    tables = process_file("t.txt", text.encode(), Source(fiscal_year=2024))
    assert [p["project_name"] for p in tables.projects] == ["救助供养", "机构运营"]
    assert [(r["row_type"], r["name"], str(r["total_amount"])) for r in tables.amount_rows] == [
        ("funding_unit", "某区民政局", "30.00"),
        ("funding_unit", "某区福利中心", "20.00"),
        ("grand_total", "合计", "50.00"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_total_merged_across_to_the_project_name_in_a_packed_table_is_its_grand_total():
    # 新会 (held-out round 151, a PDF): `合计` merged from 序号 across to 项目名称 gives one cell,
    # its figures after it one a cell. It was a project named `568.40` holding 20.00 (silently).
    indicator = "1.产出指标-数量指标；培训场次；指标值：不少于20场"
    text = (
        "序号\t资金使用单位\t项目名称\t总金额\t财政拨款\t其他资金\t年度绩效目标\t绩效指标\n"
        f"1\t某区农业农村局\t产业扶持\t30.00\t25.00\t5.00\t目标\t{indicator}\n"
        f"2\t某区农业农村局\t技术推广\t20.00\t20.00\t0.00\t目标\t{indicator}\n"
        "合计\t50.00\t45.00\t5.00\n"
    )
    tables = process_file("t.txt", text.encode(), Source(fiscal_year=2025))
    assert [p["project_name"] for p in tables.projects] == ["产业扶持", "技术推广"]
    assert [(r["row_type"], r["name"], str(r["total_amount"]), str(r["fiscal_appropriation"]),
             str(r["other_funds"])) for r in tables.amount_rows] == [
        ("grand_total", "合计", "50.00", "45.00", "5.00")
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_packed_cell_a_spreadsheet_quoted_over_lines_keeps_its_line_breaks():
    # 端州 (held-out round 151, Excel's Unicode text): each field of the packed cell on a line
    # of its own, the cell quoted. Its lines were joined with nothing between them, the fields
    # glued (`数量指标三级指标：…`): every indicator was indicator_unparsed.
    cell = '"1.一级指标：产出指标\n二级指标：数量指标\n三级指标：签约人数\n指标值：≥8.5万人"'
    text = f"{HEADER}\n签约服务\t10.00\t10.00\t\t\t目标\t{cell}\n"
    tables = process_file("t.txt", text.encode(), Source(fiscal_year=2023))
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"],
             i["source_line"]) for i in tables.indicators] == [
        ("产出指标", "数量指标", "签约人数", "≥8.5万人", 2)
    ]  # fmt: skip
