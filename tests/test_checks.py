"""Validate stage, content rules: what fires, on constructed targets and on the seed."""

import pyarrow.parquet as pq
import pytest

from pipeline.checks import target_problems

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
