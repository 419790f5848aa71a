"""What the twenty-eighth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-138)
showed the readers lacked, read by the whole per-file pipeline on a table of its own: a list of
one row per indicator that scores each project's budget execution in columns of its own
(`预算执行率 | 预算执行得分`), printed on every row of the project as its money is."""

from decimal import Decimal

import pytest

from tests.test_layouts_text import read, text

LABELS = ["序号", "项目名称", "年初预算数", "全年预算数", "全年执行数", "预算执行率", "POINTS",
          "一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"]  # fmt: skip
FIRST = ["残疾人生活补贴", "620.00", "648.50", "641.20", "98.87%", "9.89"]
SECOND = ["特困人员救助供养", "1,286.40", "1,286.40", "1,286.40", "100.00%", "10.00"]
ROWS = [
    ["1", *FIRST, "产出指标", "数量指标", "补贴发放人数", "≥3200人", "3286人", "50", "50"],
    ["2", *FIRST, "满意度指标", "服务对象满意度指标", "受助对象满意度", "≥90%", "95%", "40", "40"],
    ["3", *SECOND, "产出指标", "数量指标", "供养人数", "≥800人", "812人", "50", "50"],
    ["4", *SECOND, "满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%", "93%", "40", "40"],
]  # fmt: skip


@pytest.mark.parametrize("label", ["预算执行得分", "执行率得分"])
def test_a_lists_column_scoring_each_projects_budget_execution_is_its_money_blocks_score(label):
    # 尖草坪 (round 138): before, `预算执行得分` was a column of no role: the projects had no
    # execution score, with no finding.
    columns = [label if cell == "POINTS" else cell for cell in LABELS]
    tables = read(text([["2024年度项目支出绩效自评表"], columns, *ROWS]))
    assert [
        (p["project_name"], p["budget_adjusted"], p["budget_executed"], p["execution_rate"],
         p["execution_score"])
        for p in tables.projects
    ] == [
        ("残疾人生活补贴", Decimal("648.50"), Decimal("641.20"), 98.87, 9.89),
        ("特困人员救助供养", Decimal("1286.40"), Decimal("1286.40"), 100.0, 10.0),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
