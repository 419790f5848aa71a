"""What the tenth held-out batch of target tables (tests/fixtures/heldout-targets-10) showed the
readers lacked, each read by the whole per-file pipeline on a table of its own: money labels
and a compound counter the vocabularies did not hold."""

from decimal import Decimal

import pytest

from pipeline.targets.parser import parse_target
from tests.test_layouts_text import read, text

GRID = ["一级指标", "二级指标", "三级指标", "指标值"]
ROWS = [
    ["产出指标", "数量指标", "改造茶园面积", "2000亩"],
    ["", "质量指标", "茶苗成活率", "≥90%"],
    ["效益指标", "经济效益指标", "茶农户均增收", "≥1000元"],
    ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥95%"],
]
READ = [
    ("产出指标", "数量指标", "改造茶园面积", "2000亩"),
    ("产出指标", "质量指标", "茶苗成活率", "≥90%"),
    ("效益指标", "经济效益指标", "茶农户均增收", "≥1000元"),
    ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥95%"),
]


def named(tables) -> list[tuple]:
    return [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators]  # fmt: skip


def errors(tables) -> list[str]:
    return [f["rule"] for f in tables.findings if f["severity"] == "error"]


def projects(tables) -> list[tuple]:
    return [(p["project_name"], p["total_amount"]) for p in tables.projects]


@pytest.mark.parametrize(
    "label", ["本年度预算", "申报金额", "资金规模（万元）", "安排资金（万元）"]
)
def test_a_form_s_one_amount_under_these_labels_is_its_total(label):
    rows = [["项目名称", "茶园改造"], [label, "420.50"], ["年度目标", "改造茶园。"], GRID, *ROWS]
    tables = read(text(rows))
    assert projects(tables) == [("茶园改造", Decimal("420.5"))]
    assert named(tables) == READ


def test_structures_times_visits_is_one_counter():
    (clause,) = parse_target("≥36座次", "桥梁涵洞定期检测座数", 2020)
    assert (clause.kind, clause.operator, clause.value, clause.unit) == ("number", ">=", 36, "座次")
