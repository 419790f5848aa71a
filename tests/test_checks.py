"""Validate stage, content rules: what fires, on constructed targets and forms and on the seed."""

from decimal import Decimal

import pyarrow.parquet as pq
import pytest

from pipeline.build.workers import process_file
from pipeline.checks import target_problems
from pipeline.manifest import Source

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


def _on_project(rule: str, severity: str, message: str, evidence: str) -> tuple:
    return (severity, rule, "project", f"{FORM}:p1", FORM, 1, message, evidence)


def test_a_form_whose_fund_sources_do_not_add_up_to_its_total_is_a_mismatch():
    assert _form_findings(_form(_money(("100", "60", "30")))) == [
        _on_project(
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
        _on_project(
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
        (("20", "10", "60"), None),  # 90: the 预算执行率's 10 points are left to the self-evaluation
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
        # Every level prints its points: they, not 100, are the total.
        (
            ("40", "30", "30"),
            ("30", "30", "40"),
            [("产出指标(40分)", "30", "40"), ("满意度指标(30分)", "40", "30")],
        ),
        (("50", "30", "10"), ("50", "30", "10"), []),
        # A level without points: the project's weights are held to 100.
        (("50", "30", None), ("50", "30", "5"), [(None, "50 + 30 + 5", "100")]),
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
                    weight)
        for level1, weight, printed in found
    ]  # fmt: skip
