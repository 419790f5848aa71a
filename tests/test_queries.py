"""The example analyses in queries/ run against the seed build and give what they should."""

import datetime
from decimal import Decimal

import pytest

from pipeline.query import run_query
from tests.conftest import ROOT

QUERIES = ROOT / "queries"
DEPARTMENT = "广州市花都区科技工业和信息化局"


def run(seed_build, name):
    return run_query(
        seed_build / "performance.duckdb", (QUERIES / name).read_text(encoding="utf-8")
    )


def test_every_query_file_is_tested():
    tested = {
        "quantified_share.sql",
        "satisfaction_targets.sql",
        "deadlines_outside_fiscal_year.sql",
        "money_per_level1.sql",
        "findings_by_rule.sql",
        "vague_targets.sql",
    }
    assert {path.name for path in QUERIES.glob("*.sql")} == tested


def test_quantified_share(seed_build):
    columns, rows = run(seed_build, "quantified_share.sql")
    assert columns == [
        "department",
        "fiscal_year",
        "level1_name",
        "indicators",
        "quantified",
        "quantified_share",
    ]
    assert rows == [
        (DEPARTMENT, 2025, "产出指标", 54, 52, pytest.approx(0.963)),
        (DEPARTMENT, 2025, "效益指标", 37, 28, pytest.approx(0.7568)),
        (DEPARTMENT, 2025, "满意度指标", 22, 20, pytest.approx(0.9091)),
    ]


def test_satisfaction_targets(seed_build):
    _, rows = run(seed_build, "satisfaction_targets.sql")
    assert rows[:3] == [
        ("floor", ">=", 90.0, "%", 8),
        ("exact", "=", 90.0, "%", 6),
        ("exact", "=", 100.0, "%", 2),
    ]
    assert ("not_percent", ">=", 2.0, None, 1) in rows
    assert sum(row[-1] for row in rows) == 22


def test_deadlines_outside_fiscal_year(seed_build):
    _, rows = run(seed_build, "deadlines_outside_fiscal_year.sql")
    assert [(row[3], row[4], row[5], row[6], row[7], row[9]) for row in rows] == [
        ("完成时间", "annual", "2023-10-31", datetime.date(2023, 10, 31), "before", 35),
        ("完成时间", "period", "2023-10-31", datetime.date(2023, 10, 31), "before", 35),
    ]


def test_money_per_level1_adds_up_to_the_total(seed_build):
    _, rows = run(seed_build, "money_per_level1.sql")
    assert [(row[2], row[3]) for row in rows] == [
        ("产出指标", 54),
        ("效益指标", 37),
        ("满意度指标", 22),
    ]
    # each row is rounded to 2 places, so the sum may be off by a cent per row
    assert sum(row[4] for row in rows) == pytest.approx(2288.09, abs=0.03)
    assert sum(row[5] for row in rows) == pytest.approx(100.0, abs=0.2)


def test_findings_by_rule(seed_build):
    _, rows = run(seed_build, "findings_by_rule.sql")
    assert [(row[2], row[3], row[4], row[5]) for row in rows] == [
        ("warning", "target_repeats_indicator_name", 4, "guangzhou-huadu-kgxj-2025.txt:19"),
        ("warning", "deadline_before_fiscal_year", 1, "guangzhou-huadu-kgxj-2025.txt:35"),
        ("warning", "satisfaction_not_percent", 1, "guangzhou-huadu-kgxj-2025.txt:23"),
        ("info", "missing_level1", 12, "guangzhou-huadu-kgxj-2025.txt:15"),
        ("info", "period_annual_differ", 6, "guangzhou-huadu-kgxj-2025.txt:19"),
    ]


def test_vague_targets_with_their_projects_money(seed_build):
    columns, rows = run(seed_build, "vague_targets.sql")
    assert columns == [
        "project_name",
        "total_amount",
        "indicator_name",
        "annual_target",
        "source_file",
        "source_line",
    ]
    assert [(row[0], row[1], row[2], row[3], row[5]) for row in rows] == [
        ("科技项目管理经费", Decimal("304.7"), "区域科技创新能力", "稳步提升", 15),
        ("产业发展工作经费", Decimal("92"), "区先进制造业水平", "提升", 43),
        ("海交会经费", Decimal("90"), "展位面积", "完成组委会安排的展区特装面积", 18),
        ("“专精特新”中小企业扶持和培育经费", Decimal("81.43"), "本区中小企业质量发展水平", "稳步提升", 30),
        ("中国电子音响行业协会合作推进产业发展经费", Decimal("79.92"), "推动招商引资",
         "以强有力的阵势吸引海内外汽车音响巨头到花都考察，为花都汽车音响行业发展带来了巨大的商机，"
         "多维营造宣传了我区良好的投资环境", 37),
        ("科普（科技活动周）经费", Decimal("50"), "区域科技创新能力", "稳步提升", 17),
        ("机构运行辅助经费", Decimal("48"), "编外人员年度考核结果", "合格及以上", 36),
        ("安全生产及办公大楼运行维护经费", Decimal("38.6"), "安全生产年度考核情况", "通过考核", 32),
        ("原区高新技术试验开发基地有关经费", Decimal("36"), "有效解决原基地退休人员待遇问题",
         "得到解决", 24),
        ("花都区“十四五”发展规划中期评估费用", Decimal("26"), "评估报告进一步推动《规划》实施",
         "有效推动", 35),
        ("投资合作业务经费", Decimal("25"), "对固定资产投资的影响", "促进", 42),
        ("暖企专员服务系统迁移优化及日常运维项目", Decimal("24"), "优化系统", "系统性能稳步提升", 41),
        ("工业节能和电力管理工作经费", Decimal("10"), "行业对环境污染持续减少", "是", 33),
    ]  # fmt: skip
    assert {row[4] for row in rows} == {"guangzhou-huadu-kgxj-2025.txt"}


def test_project_summary_view(seed_build):
    _, rows = run_query(
        seed_build / "performance.duckdb",
        "SELECT project_name, total_amount, indicator_count, output_indicators, outcome_indicators, "
        "satisfaction_indicators, quantified_annual_indicators, quantified_annual_share, "
        "findings_error, findings_warning, source_line FROM project_summary WHERE project_seq IN (7, 10)",
    )
    assert rows == [
        ("“三线”整治经费", Decimal("385.3300"), 5, 2, 1, 2, 5, 1.0, 0, 2, 19),
        ("退休干部活动经费", Decimal("24.0000"), 4, 1, 1, 2, 4, 1.0, 0, 1, 23),
    ]
