"""Validate stage, content rules: what fires, on constructed targets and forms and on the seed."""

from decimal import Decimal

import pyarrow.parquet as pq
import pytest

from pipeline.build.workers import process_file
from pipeline.checks import target_problems
from pipeline.manifest import Source
from pipeline.targets.parser import parse_target
from tests.test_layouts_text import read, text

DOC = "guangzhou-huadu-kgxj-2025.txt"
DIFFER = ("period_annual_differ", "实施周期指标值 and 年度指标值 differ")


def _differ(period: str, annual: str, fiscal_year: int | None = 2025) -> list[tuple]:
    return [
        problem
        for problem in target_problems("指标", False, period, annual, fiscal_year)
        if problem[0] == DIFFER[0]
    ]


@pytest.mark.parametrize(
    ("period", "annual"),
    [
        ("2025年12月31日前完成", "12月31日前"),  # the fiscal year resolves the date
        ("2025年12月31日前支付服务费用", "12月31日前"),  # words on one side only
        ("约2000人", "2000人左右"),
        ("0.2万人", "2000人"),
        ("1万元", "10000元"),
        ("全年≥1场次 全年≥30家", "≥1场次，≥30家"),
        ("稳步提升。", "稳步提升"),  # words only: compared as words, a final 。 aside
        ("稳步 提升", "稳步提升；"),
    ],
)
def test_targets_that_say_the_same_do_not_differ(period, annual):
    assert _differ(period, annual) == []


@pytest.mark.parametrize(
    ("period", "annual", "fiscal_year"),
    [
        ("2025年12月31日前完成", "12月31日前", None),  # no year to resolve it: not guessed
        ("2026年12月31日前完成", "12月31日前", 2025),
        ("2025年12月31日前", "2025年6月30日前", 2025),
        ("≥100家", "≥30家", 2025),
        ("≥90%", "90%", 2025),
        ("约2000人", "≥2000人", 2025),
        ("全年≥1场次", "每月≥1场次", 2025),  # both write words, and they differ
        ("≥1场次 ≥30家", "≥1场次", 2025),
        ("稳步提升", "有效推动", 2025),
        ("正常运作率", "不低于98%", 2025),  # words against a number
    ],
)
def test_targets_that_set_different_things_differ(period, annual, fiscal_year):
    assert _differ(period, annual, fiscal_year) == [(*DIFFER, f"{period} | {annual}")]


OCR = (
    "target_unparsed",
    "年度指标值: the target's operator reads as OCR damage (≥ read as 2, = as 二 or 工) and is "
    "kept as text; check the published table",
)


@pytest.mark.parametrize(
    ("name", "annual", "expected"),
    [
        ("按期完成率(≥**%)", "292%", [(*OCR, "292%")]),  # `≥92%`, its ≥ read as 2
        ("群眾滿意度", "298%", [(*OCR, "298%")]),
        ("成本控制率", "工5%", [(*OCR, "工5%")]),
        ("资金到位率", "二100%", [(*OCR, "二100%")]),
        ("产值增长率", "292%", []),  # a growth rate may pass 100 %: read as written
        ("任务完成率", "120%", []),  # no 2 before it: read as written
        ("工程完工率", "完工100%", []),  # 工 inside a word, not glued to the value's start
    ],
)
def test_an_operator_damaged_by_ocr_is_kept_as_text_and_reported(name, annual, expected):
    assert [
        problem
        for problem in target_problems(name, False, None, annual, 2025)
        if problem[0] == "target_unparsed"
    ] == expected


@pytest.mark.parametrize(
    ("name", "annual", "expected"),
    [
        # Round 100's OCR: ≥98.5% with its decimal point lost, ≤0.5% read as 05, 0起 as O起.
        (
            "农产品质量安全抽检合格率",
            "≥985%",
            [
                (
                    "percent_implausible",
                    "年度指标值: a rate "
                    "that cannot pass 100% has the target 985%: a decimal point lost (OCR, a converter)? "
                    "check the published table",
                    "≥985%",
                )
            ],
        ),
        (
            "结转结余率",
            "≤05%",
            [
                (
                    "percent_implausible",
                    "年度指标值: the percentage '≤05%' "
                    "opens with a 0 before a digit: a decimal point lost (OCR, a converter)? check the "
                    "published table",
                    "≤05%",
                )
            ],
        ),
        (
            "较大食品安全事件发生数",
            "O起",
            [
                (
                    "target_unparsed",
                    "年度指标值: the target prints a "
                    "letter where its figure stands (O for 0, l for 1: OCR damage) and is kept as text; "
                    "check the published table",
                    "O起",
                )
            ],
        ),
        ("产值增长率", "≥120%", []),  # a growth rate may pass 100 %
        ("抽检合格率", "≥98.5%", []),
        ("资金结余率", "≤0.5%", []),
        ("水质类别", "I类", []),  # the Roman one, no OCR's letter
    ],
)
def test_a_percentage_or_figure_that_reads_as_damaged_is_reported(name, annual, expected):
    assert [
        problem
        for problem in target_problems(name, False, None, annual, 2025)
        if problem[0] in ("percent_implausible", "target_unparsed")
    ] == expected


PLACEHOLDER = (
    "target_placeholder",
    "年度指标值: the target is only a template's placeholder and sets no target; fill in the value",
)


@pytest.mark.parametrize(
    ("annual", "expected"),
    [
        ("……", [(*PLACEHOLDER, "……")]),
        ("* *", [(*PLACEHOLDER, "* *")]),
        ("★", [(*PLACEHOLDER, "★")]),
        ("≧ %", []),  # an unfilled value with its operator and unit: a text target
        ("个", []),
        ("稳步提升", []),
    ],
)
def test_a_target_that_is_only_a_templates_placeholder_sets_no_target_and_is_reported(
    annual, expected
):
    clauses = parse_target(annual, "建设美丽乡村示范村", 2021)
    assert [(clause.kind, clause.text) for clause in clauses] == (
        [] if expected else [("text", annual)]
    )
    assert [
        problem
        for problem in target_problems("建设美丽乡村示范村", False, None, annual, 2021)
        if problem[0] == "target_placeholder"
    ] == expected


@pytest.mark.parametrize(
    ("name", "annual", "repeats"),
    [
        ("时", "时", True),  # a wrapped line's end read as a row of its own: name and target
        ("验收", "验收", True),
        ("群众满意度", "满意度", False),  # a stem shorter than four characters is no repeat
        ("设备正常运作率", "正常运作", True),
        ("时", "好", False),
    ],
)
def test_a_target_that_only_repeats_its_name_however_short_is_reported(name, annual, repeats):
    assert [
        problem[0]
        for problem in target_problems(name, False, None, annual, 2022)
        if problem[0] == "target_repeats_indicator_name"
    ] == (["target_repeats_indicator_name"] if repeats else [])


def test_seed_period_and_annual_targets_differ_only_in_meaning(seed_build):
    findings = pq.read_table(seed_build / "findings.parquet").to_pylist()
    differing = [  # finding number, indicator, line, evidence
        (4, "p7:i1", 19, "完成“三线”点位数整治 | 完成不少于300个点位数"),
        (5, "p7:i4", 19, "“三线”整治工作完成满意度 | 90%"),
        (6, "p7:i5", 19, "农村通信线路整治工作镇街满意率 | 90%"),
        (10, "p8:i1", 20, "完成“三线”整治工单数 | 数量不少于200单"),
        (20, "p24:i3", 39, "正常运作率 | 不低于98%"),
        (21, "p24:i4", 39, "智慧信息共享平台使用满意度 | 不低于95%"),
    ]
    assert [
        tuple(f[name] for name in ("finding_id", "severity", "entity_type", "entity_id",
                                   "source_file", "source_line", "message", "evidence"))
        for f in findings
        if f["rule"] == DIFFER[0]
    ] == [
        (f"{DOC}:f{n}", "info", "indicator", f"{DOC}:{indicator}", DOC, line, DIFFER[1],
         evidence)
        for n, indicator, line, evidence in differing
    ]  # fmt: skip


FORM = "form.txt"
FORM_RULES = ("amount_row_mismatch", "period_amount_below_annual", "weights_total_mismatch")
INDICATORS = (("产出指标", "数量指标", "培训人数", "≥100人"), ("效益指标", "社会效益指标", "就业人数",
              "≥10人"), ("满意度指标", "服务对象满意度指标", "满意度", "≥90%"))  # fmt: skip


def _form(
    money: list[str], weights: tuple[str, ...] = (), indicators=INDICATORS, end: str = "填表人:张三"
) -> bytes:
    """A per-project form: its 项目资金 rows as given (tab-separated), three indicators with
    `weights` in a 权重 column (none without), and the row that ends it (a sign-off: the table
    is whole; none: it may be an excerpt cut short)."""
    weight_column = "\t权重" if weights else ""
    rows = [
        "项目支出绩效目标表",
        "单位:万元",
        "项目名称\t甲项目",
        *money,
        "年度目标\t当年完成",
        f"绩效指标\t一级指标\t二级指标\t三级指标\t指标值{weight_column}",
        *(
            "\t" + "\t".join(indicator) + (f"\t{weight}" if weights else "")
            for indicator, weight in zip(indicators, weights or ("",) * 3, strict=True)
        ),
        *([end] if end else []),
    ]
    return "\n".join(rows).encode()


def _form_findings(data: bytes) -> list[tuple]:
    tables = process_file(FORM, data, Source(fiscal_year=2025))
    return [
        tuple(f[name] for name in ("severity", "rule", "entity_type", "entity_id", "source_file",
                                   "source_line", "message", "evidence"))
        for f in tables.findings
        if f["rule"] in FORM_RULES
    ]  # fmt: skip


def _money(annual: tuple[str, str, str], period: tuple[str, str, str] | None = None) -> list[str]:
    """The money block of a form: (总额, 财政拨款, 其他资金) of the year, and of the period."""
    if period is None:
        labels = ("项目资金(万元)\t年度资金总额:", "\t其中:财政拨款", "\t其他资金")
        return [f"{label}\t{value}" for label, value in zip(labels, annual, strict=True)]
    labels = (("项目资金(万元)\t中期资金总额:", "年度资金总额:"), ("\t其中:财政拨款", "其中:财政拨款"),
              ("\t其他资金", "其他资金"))  # fmt: skip
    return [
        f"{p_label}\t{p_value}\t{a_label}\t{a_value}"
        for (p_label, a_label), p_value, a_value in zip(labels, period, annual, strict=True)
    ]


def _on_project(rule: str, severity: str, message: str, evidence: str, line: int = 1) -> tuple:
    return (severity, rule, "project", f"{FORM}:p1", FORM, line, message, evidence)


def _on_money(rule: str, severity: str, message: str, evidence: str) -> tuple:
    """A finding on the form's money, at the line of its money (its first row's, the form's
    fourth), not at the project's first line."""
    return _on_project(rule, severity, message, evidence, line=4)


def test_a_form_whose_fund_sources_do_not_add_up_to_its_total_is_a_mismatch():
    assert _form_findings(_form(_money(("100", "60", "30")))) == [
        _on_money(
            "amount_row_mismatch",
            "error",
            "总计 100.00 ≠ 财政拨款 + 财政专户拨款 + 其他资金 = 90.00 (万元)",
            "总计=100\t财政拨款=60\t财政专户拨款=\t其他资金=30",
        )
    ]


@pytest.mark.parametrize(
    "money",
    [
        _money(("100", "70", "30")),  # 其他资金 counts
        _money(("51.35", "51.35", "0.00"), period=("68.50", "68.50", "0.00")),
        _money(("", "500", "")),  # no total printed, one part blank: no total at all
        # No total printed: it is the sum of the parts, never checked against them.
        [*_money(("", "60", "30")), "\t中央补助\t10"],
    ],
)
def test_a_form_whose_fund_sources_add_up_or_whose_total_is_not_printed_is_no_mismatch(money):
    assert _form_findings(_form(money)) == []


# A7's long provincial header: the total investment and the central and provincial shares of it,
# the local money not itemised.
SHARES = "项目总投资\t{total}\t中央补助安排\t{central}\t省级财政安排\t{provincial}"


def test_shares_by_level_of_government_below_their_total_are_no_mismatch():
    # The form itemises only the central and provincial shares: 0 + 200 of 850 is no error (it
    # was a false amount_row_mismatch, 总计 850.00 ≠ 200.00).
    money = [SHARES.format(total="850", central="0", provincial="200"), "预算申报数\t850"]
    assert _form_findings(_form(money)) == []
    (project,) = process_file(FORM, _form(money), Source(fiscal_year=2025)).projects
    assert {key: project[key] for key in ("total_amount", "total_amount_raw",
            "fiscal_appropriation", "fiscal_appropriation_raw", "other_funds")} == {
        "total_amount": Decimal(850), "total_amount_raw": "850",
        "fiscal_appropriation": Decimal(200), "fiscal_appropriation_raw": "0 + 200",
        "other_funds": None,
    }  # fmt: skip


def test_shares_by_level_of_government_above_their_total_are_a_mismatch():
    money = [SHARES.format(total="300", central="200", provincial="150"), "预算申报数\t300"]
    assert _form_findings(_form(money)) == [
        _on_money(
            "amount_row_mismatch",
            "error",
            "总计 300.00 is below the shares its parts print (财政拨款 200 + 150) = 350.00 (万元)",
            "总计=300\t财政拨款=200 + 150\t财政专户拨款=\t其他资金=",
        )
    ]


@pytest.mark.parametrize(
    ("money", "parts"),
    [
        # Exhaustive parts (财政拨款 + 其他资金 under 年度资金总额) below the total: still an error.
        (_money(("100", "60", "30")), ("60", "", "30", "90.00")),
        # A share beside a residual part (地方资金): the parts are the whole again.
        (["项目资金(万元)\t年度资金总额\t100", "\t其中:中央补助\t60", "\t地方资金\t30"],
         ("60", "", "30", "90.00")),
        # Shares under a 合计: the total is their sum.
        (["资金金额(万元)\t中央资金\t州级资金\t合计", "\t100\t10\t120"],
         ("100 + 10", "", "", "110.00")),
    ],
)  # fmt: skip
def test_parts_that_make_up_the_whole_are_still_held_to_their_total(money, parts):
    fiscal, special, other, summed = parts
    total = "120" if "合计" in money[0] else "100"
    # At the line of the total's figure: the money's first row, or under a 合计 heading the row
    # of figures under it.
    line = 5 if "合计" in money[0] else 4
    assert _form_findings(_form(money)) == [
        _on_project(
            "amount_row_mismatch",
            "error",
            f"总计 {total}.00 ≠ 财政拨款 + 财政专户拨款 + 其他资金 = {summed} (万元)",
            f"总计={total}\t财政拨款={fiscal}\t财政专户拨款={special}\t其他资金={other}",
            line,
        )
    ]


def test_a_total_made_of_the_parts_keeps_no_printed_text_and_other_funds_are_stored():
    money = [*_money(("", "60", "30")), "\t中央补助\t10"]
    (project,) = process_file(FORM, _form(money), Source(fiscal_year=2025)).projects
    assert {key: project[key] for key in ("total_amount", "total_amount_raw",
            "fiscal_appropriation", "fiscal_appropriation_raw", "other_funds", "other_funds_raw")} == {
        "total_amount": Decimal(100), "total_amount_raw": None,
        "fiscal_appropriation": Decimal(70), "fiscal_appropriation_raw": "60 + 10",
        "other_funds": Decimal(30), "other_funds_raw": "30",
    }  # fmt: skip


def test_a_period_total_below_the_annual_total_is_a_warning():
    money = _money(("100", "100", "0"), period=("80", "80", "0"))
    assert _form_findings(_form(money)) == [
        _on_money(
            "period_amount_below_annual",
            "warning",
            "中期资金总额 80.00 is below 年度资金总额 100.00 (万元)",
            "中期资金总额=80\t年度资金总额=100",
        )
    ]


@pytest.mark.parametrize(
    ("weights", "found"),
    [
        (("20", "10", "50"), ("80", "20 + 10 + 50")),
        # 90: the 预算执行率's 10 points are left to the self-evaluation.
        (("20", "10", "60"), None),
        (("33.3", "33.3", "33.3"), ("99.9", "33.3 + 33.3 + 33.3")),
        (("33.4", "33.3", "33.3"), None),  # 100 exactly, though not in floating point
        (("40分", "30分", "30分"), None),
    ],
)
def test_weights_that_do_not_add_up_to_100_are_a_warning(weights, found):
    expected = [] if found is None else [
        _on_project("weights_total_mismatch", "warning",
                    f"the weights of its 3 indicators add up to {found[0]}, not 100", found[1])
    ]  # fmt: skip
    assert _form_findings(_form(_money(("100", "100", "0")), weights)) == expected


@pytest.mark.parametrize(
    ("points", "weights", "found"),
    [
        # Every level prints its points: they, not 100, are the total; each level's finding is
        # at its first row, where its points are printed.
        (
            ("40", "30", "30"),
            ("30", "30", "40"),
            [("产出指标(40分)", "30", "40", 9), ("满意度指标(30分)", "40", "30", 11)],
        ),
        (("50", "30", "10"), ("50", "30", "10"), []),
        # Points wrapped inside their figure, the cell's lines joined by a space (乐清,
        # self-evaluation round 86: `产出指标（5` over `0分）`): 50, not 0.
        (("5 0", "3 0", "10"), ("50", "30", "10"), []),
        # A level without points: the project's weights are held to 100, at its first line.
        (("50", "30", None), ("50", "30", "5"), [(None, "50 + 30 + 5", "100", 1)]),
    ],
)
def test_a_level_whose_weights_do_not_add_up_to_its_printed_points_is_a_warning(
    points, weights, found
):
    indicators = [(level1 + (f"({p}分)" if p else ""), *rest)
                  for (level1, *rest), p in zip(INDICATORS, points, strict=True)]  # fmt: skip
    data = _form(_money(("100", "100", "0")), weights, indicators)
    assert _form_findings(data) == [
        _on_project("weights_total_mismatch", "warning",
                    f"{level1}: the weights of its 1 indicator add up to {weight}, not {printed}"
                    if level1 else f"the weights of its 3 indicators add up to 85, not {printed}",
                    weight, line)
        for level1, weight, printed, line in found
    ]  # fmt: skip


def test_a_level_cell_wrapped_over_its_rows_holds_all_of_them_to_its_points():
    indicators = (("产出指标", "数量指标", "培训人数", "≥100人"), ("(50分)", "质量指标", "合格率",
                  "≥95%"), ("效益指标(50分)", "社会效益指标", "就业人数", "≥10人"))  # fmt: skip
    data = _form(_money(("100", "100", "0")), ("30", "20", "50"), indicators)
    assert _form_findings(data) == []
    levels = [
        (i["level1_raw"], i["level1_name"]) for i in process_file(FORM, data, Source()).indicators
    ]
    assert levels == [
        ("产出指标", "产出指标"),
        ("产出指标(50分)", "产出指标"),
        ("效益指标(50分)", "效益指标"),
    ]


SELF = "self.txt"
SELF_RULES = ("amount_row_mismatch", "execution_rate_mismatch", "score_exceeds_weight",
              "weights_total_mismatch", "actual_unparsed")  # fmt: skip


def _self_evaluation(
    executed: str = "80.456",
    rate: str = "80.45%",
    money_score: str = "8",
    actual: str = "120人",
    score: str = "50",
    fund: str = "100",
    output_weight: str = "50",
    total: str = "总分\t\t\t\t\t\t100",
) -> bytes:
    """A 项目支出绩效自评表: a money block of 100 万元 with its 财政拨款 row, three indicators of
    50, 30 and 10 points, and the row that ends it (`total`)."""
    rows = [
        "项目支出绩效自评表",
        "项目名称\t甲项目",
        "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        f"\t年度资金总额:\t100\t100\t{executed}\t10\t{rate}\t{money_score}",
        f"\t其中:当年财政拨款\t{fund}\t{fund}\t{executed}",
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        f"\t产出指标(50分)\t数量指标\t培训人数\t≥100人\t{actual}\t{output_weight}\t{score}\t",
        "\t效益指标(30分)\t社会效益指标\t就业人数\t≥10人\t12人\t30\t30\t",
        "\t满意度指标(10分)\t服务对象满意度指标\t满意度\t≥90%\t95%\t10\t10\t",
        *([total] if total else []),
    ]
    return "\n".join(rows).encode()


def _self_findings(data: bytes) -> list[tuple]:
    tables = process_file(SELF, data, Source(fiscal_year=2025))
    return [
        (f["rule"], f["entity_id"].removeprefix(f"{SELF}:"), f["source_line"], f["message"],
         f["evidence"])
        for f in tables.findings
        if f["rule"] in SELF_RULES
    ]  # fmt: skip


def test_a_whole_self_evaluation_whose_figures_agree_raises_nothing():
    assert _self_findings(_self_evaluation()) == []


@pytest.mark.parametrize(
    ("rate", "computed"),
    [
        ("80.45%", None),  # 80.456 cut at its last printed digit
        ("80.46%", None),  # rounded
        ("80%", None),
        ("81%", None),  # within one unit of its last printed digit
        ("80.44%", "80.46"),
        ("79%", "80.46"),
        ("100%", "80.46"),
        ("", None),  # no rate printed: not judged
    ],
)
def test_a_printed_execution_rate_its_figures_do_not_give_is_an_error(rate, computed):
    expected = [] if computed is None else [
        ("execution_rate_mismatch", "p1", 4,
         f"执行率 printed {rate}, but 全年执行数 / 全年预算数 = 80.456 / 100.00 = {computed}%",
         f"年初预算数=100\t全年预算数=100\t全年执行数=80.456\t执行率={rate}"),
    ]  # fmt: skip
    assert _self_findings(_self_evaluation(rate=rate)) == expected


def test_an_execution_rate_its_figures_give_as_they_were_rounded_is_no_error():
    # 孟津 (held-out self-evaluation round 116): `7.00 | 6.94 | 99.20%`, the sheet's 6.944
    # printed to two decimals. 6.94 / 7.00 is 99.14%, but 6.935 to 6.945 over 6.995 to 7.005
    # gives 99.00% to 99.29%: the printed rate is one of them.
    data = _self_evaluation(rate="99.20%").replace(
        b"\t100\t100\t80.456\t10", b"\t7.00\t7.00\t6.94\t10"
    )
    assert [f[0] for f in _self_findings(data) if f[0] == "execution_rate_mismatch"] == []
    data = _self_evaluation(rate="99.40%").replace(
        b"\t100\t100\t80.456\t10", b"\t7.00\t7.00\t6.94\t10"
    )
    assert [f[0] for f in _self_findings(data) if f[0] == "execution_rate_mismatch"] == [
        "execution_rate_mismatch"
    ]


def test_an_execution_rate_over_a_budget_of_zero_is_not_judged():
    data = _self_evaluation().replace(b"\t100\t100\t80.456\t10", b"\t0\t0\t80.456\t10")
    assert [f[0] for f in _self_findings(data)] == ["amount_row_mismatch"]


def test_a_score_above_its_points_is_an_error_for_an_indicator_and_the_money_block():
    assert _self_findings(_self_evaluation(money_score="12", score="51")) == [
        ("score_exceeds_weight", "p1", 4, "得分 12 is above the 10 points (分值) it is out of",
         "分值=10\t得分=12"),
        ("score_exceeds_weight", "p1:i1", 7, "得分 51 is above the 50 points (分值) it is out of",
         "分值=50\t得分=51"),
    ]  # fmt: skip


def test_a_total_row_not_the_sum_of_its_fund_sources_is_a_mismatch_per_measure():
    assert _self_findings(_self_evaluation(fund="90")) == [
        ("amount_row_mismatch", "p1", 4,
         "年度资金总额 ≠ the sum of its 1 fund-source row (万元): 年初预算数 100.00 ≠ 90.00; "
         "全年预算数 100.00 ≠ 90.00",
         "年度资金总额=100/100/80.456\t其中:当年财政拨款=90/90/80.456"),
    ]  # fmt: skip


def test_an_actual_with_digits_that_reads_as_no_number_is_a_warning():
    assert _self_findings(_self_evaluation(actual="3A级")) == [
        ("actual_unparsed", "p1:i1", 7,
         "实际完成值: the actual has digits but no number, date or duration could be read from it",
         "3A级"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("output_weight", "total", "found"),
    [
        # The 总分 row prints the whole table's points: the money block's 分值 and the weights;
        # the finding is at that row (line 10), a level's at its first row (line 7).
        (
            "50",
            "总分\t\t\t\t\t\t95",
            [
                (10, "the money block's 10 points and the weights of its 3 "
                 "indicators add up to 100, not the 95 its 合计/总分 row prints"),
            ],
        ),
        (
            "45",
            "总分\t\t\t\t\t\t100",
            [
                (7, "产出指标(50分): the weights of its 1 indicator add up to 45, not 50"),
                (10, "the money block's 10 points and the weights of "
                 "its 3 indicators add up to 95, not the 100 its 合计/总分 row "
                 "prints"),
            ],
        ),
        # Nothing closes the table: it may be cut short, so its totals (and its last block)
        # only when their weights exceed the points; the 产出 block, closed by the next, still.
        ("50", None, []),
        ("45", None, [(7, "产出指标(50分): the weights of its 1 indicator add up to 45, not 50")]),
        ("55", None, [(7, "产出指标(50分): the weights of its 1 indicator add up to 55, not 50")]),
    ],
)  # fmt: skip
def test_weights_are_held_to_the_points_the_self_evaluation_prints(output_weight, total, found):
    data = _self_evaluation(output_weight=output_weight, score="40", total=total)
    assert [(f[2], f[3]) for f in _self_findings(data)] == found


@pytest.mark.parametrize(
    ("label", "weights", "found"),
    [
        ("绩效指标(90分)", ("50", "30", "10"), []),
        ("绩效指标(80分)", ("50", "30", "10"),
         ["the weights of its 3 indicators add up to 90, not the 80 its block label prints"]),
        ("绩效指标(权重分值90分,其中产出指标权重分值50分,效益指标权重分值30分,满意度指标权重分值10分)",
         ("40", "30", "20"),
         ["产出指标: the weights of its 1 indicator add up to 40, not the 50 its block label prints",
          "满意度指标: the weights of its 1 indicator add up to 20, not the 10 its block label prints"]),
    ],
)  # fmt: skip
def test_weights_are_held_to_the_points_the_indicator_block_label_prints(label, weights, found):
    data = _form(_money(("100", "100", "0")), weights).replace(
        "绩效指标\t一级指标".encode(), f"{label}\t一级指标".encode()
    )
    assert [f[6] for f in _form_findings(data)] == found


def test_department_wide_levels_are_one_note_a_project_not_a_warning_an_indicator():
    # Before, each indicator gave a category_unknown warning for each of its levels named by the
    # department-wide scheme: six warnings here, as many as a table had rows, for names the
    # taxonomy knows it leaves uncategorised. An unknown name is still a warning of its own.
    tables = read(text([
        ["2023年度部门整体支出绩效目标表"],
        ["部门名称", "某区文化和旅游局"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["履职效能（50分）", "重点工作履行情况", "公共文化活动场次", "≥600场"],
        ["管理效率", "预算管理", "结转结余率", "≤5%"],
        ["", "资产管理", "固定资产账实相符率", "100%"],
        ["社会效应", "其他效应", "群众满意度", "≥90%"],
    ]))  # fmt: skip
    assert [
        (f["rule"], f["severity"], f["entity_type"], f["source_line"], f["evidence"], f["message"])
        for f in tables.findings if f["rule"].startswith("category")
    ] == [
        ("category_department_scheme", "info", "project", 1,
         "履职效能(50分)；重点工作履行情况；管理效率；预算管理；资产管理；社会效应",
         "6 level names of the department-wide scheme (履职效能, 管理效率 …) or an evaluation's "
         "(项目决策, 项目管理 …) have no category in the taxonomy: their indicators' level "
         "codes are null"),
        ("category_unknown", "warning", "indicator", 7, "其他效应",
         "二级指标 '其他效应' is not in the taxonomy (see indicator_categories)"),
    ]  # fmt: skip


def test_department_wide_names_printed_at_either_level_are_known_at_both():
    # 连州 (round 147), 七星关 (round 163): `履职效能 | 部门履职`, `履职效能 | 社会效应` — 社会效应 a
    # 二级 here, a 一级 elsewhere; both had been category_unknown warnings on every row.
    tables = read(text([
        ["2025年度部门整体支出绩效目标表"],
        ["部门名称", "某县水务局"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["履职效能", "部门履职", "水利工程维修养护", "≥46处"],
        ["", "社会效应", "受益群众满意度", "≥90%"],
    ]))  # fmt: skip
    assert [(f["rule"], f["evidence"]) for f in tables.findings
            if f["rule"].startswith("category")] == [
        ("category_department_scheme", "履职效能；部门履职；社会效应")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("second", "rules"),
    [
        (("100", "70", "30"), []),  # printed twice alike: one project read twice, nothing to tell
        (
            ("90", "60", "30"),
            ["project_repeated"],
        ),  # a draft and its final form (甘井子, round 108)
    ],
)
def test_a_project_printed_again_under_its_name_with_other_money_is_reported(second, rules):
    first = _form(_money(("100", "70", "30"))).decode("utf-8")
    again = _form(_money(second)).decode("utf-8")
    tables = process_file(FORM, f"{first}\n{again}".encode(), Source(fiscal_year=2025))
    assert [f["rule"] for f in tables.findings if f["severity"] == "warning"] == rules


@pytest.mark.parametrize(
    ("name", "annual", "expected"),
    [
        # 三原 (round 146): a CSV's General cell left 2025-09-30 as its serial.
        ("补助资金拨付时间", "≤45930", ("45930", "2025-09-30", "2029-10-01", "≤45930")),
        # 左云 (round 146): the serial pasted into a workbook as text, thousands parted.
        ("防控药剂发放时间", "≤45,657", ("45657", "2024-12-31", "2029-01-01", "≤45,657")),
        ("项目完成时间", "≤30", None),  # no date's serial
        ("培训人次", "≥45930", None),  # no time indicator
        ("完成时间", "45930天", None),  # a unit says what it counts
        ("完成时间", "2025年9月30日前", None),
        (
            "完成時間",
            "≤45930",
            ("45930", "2025-09-30", "2029-10-01", "≤45930"),
        ),  # traditional characters
    ],
)
def test_a_time_indicators_bare_number_that_is_a_date_serial_is_reported_kept(
    name, annual, expected
):
    found = [p for p in target_problems(name, False, None, annual, 2025) if p[0].startswith("date")]
    assert found == (
        [(
            "date_serial_suspected",
            f"年度指标值: the time indicator's target is the bare number {expected[0]}, which as "
            f"an Excel date serial is {expected[1]} ({expected[2]} in a Mac's 1904 date system): "
            "a date left as its serial? kept as the number; check the published table",
            expected[3],
        )] if expected else []
    )  # fmt: skip
