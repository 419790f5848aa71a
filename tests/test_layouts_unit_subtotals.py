"""A list's 资金使用单位 subtotals printed after the unit's projects, read by the whole per-file
pipeline: `某校小计`, a bare `小计`, `某局 | 小计` each close the projects since the subtotal
before, whether the 合计 comes first or last, and are checked against them alone."""

import pytest

from tests.test_layouts_text import read, text

HEADER = ["单位名称", "项目名称", "项目金额", "财政拨款", "其他资金", "绩效目标", "一级指标",
          "二级指标", "三级指标", "指标值"]  # fmt: skip
UNIT_A = [
    ["甲局（本级）", "甲项目", "200.00", "180.00", "20.00", "培训农民300人", "产出指标", "数量指标",
     "培训人数", "≥300人"],
    ["", "", "", "", "", "", "满意度指标", "服务对象满意度指标", "培训对象满意度", "≥90%"],
]  # fmt: skip
UNIT_B = [
    ["乙中心", "乙项目", "50.00", "50.00", "0.00", "检测样本100份", "产出指标", "数量指标",
     "检测样本数", "≥100份"],
]  # fmt: skip
TOTAL = ["合计", "", "250.00", "230.00", "20.00"]


def _subtotal(style: str, unit: str, figures: list[str]) -> list[str]:
    return {
        "named": [f"{unit}小计", "", *figures],
        "bare": ["小计", "", *figures],
        "beside": [unit, "小计", *figures],
    }[style]


def _table(style: str, total_first: bool, first_subtotal: str = "200.00") -> bytes:
    rows = [
        *UNIT_A, _subtotal(style, "甲局（本级）", [first_subtotal, "180.00", "20.00"]),
        *UNIT_B, _subtotal(style, "乙中心", ["50.00", "50.00", "0.00"]),
    ]  # fmt: skip
    return text([["某局项目支出绩效目标表"], ["单位：万元"], HEADER,
                 *([TOTAL, *rows] if total_first else [*rows, TOTAL])])  # fmt: skip


@pytest.mark.parametrize("total_first", [True, False], ids=["total-first", "total-last"])
@pytest.mark.parametrize("style", ["named", "bare", "beside"])
def test_a_units_subtotal_after_its_projects_closes_them(style, total_first):
    # 潮州, 珠海, 揭阳 (round 159). Before, with the 合计 first, each `某校小计` was read as the
    # unit of the projects after it (a false subtotal_mismatch each, and the next unit's
    # projects filed under it, silently); a bare 小计 was a grand total; `某局 | 小计` rows were
    # sign-off lines, never checked.
    tables = read(_table(style, total_first))
    assert [(p["project_name"], p["funding_unit"]) for p in tables.projects] == [
        ("甲项目", "甲局(本级)"),
        ("乙项目", "乙中心"),
    ]
    units = [(r["row_type"], r["name"], r["total_amount"]) for r in tables.amount_rows]
    assert sorted(units) == sorted([
        ("funding_unit", tables.projects[0]["funding_unit"], 200),
        ("funding_unit", "乙中心", 50),
        ("grand_total", "合计", 250),
    ])  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize("style", ["named", "bare", "beside"])
def test_a_wrong_units_subtotal_is_blamed_alone(style):
    tables = read(_table(style, True, first_subtotal="210.00"))
    found = [(f["rule"], f["message"]) for f in tables.findings if f["severity"] == "error"]
    assert [rule for rule, _ in found] == ["amount_row_mismatch", "subtotal_mismatch"]
    assert "210.00 ≠ 200.00" in found[1][1]


def test_a_lists_total_beside_columns_of_no_known_label_is_its_grand_total():
    # 新宁, 蓝山, 金溪, 崇义 (round 166): `其中：中央 | 省级 | 县级` beside the funds. The 合计
    # printing figures under them too was kept as seven sign-off notes, never checked.
    def row(total: str, fiscal: str, shares: tuple[str, str, str]) -> list[str]:
        return ["1", "高标准农田建设", total, fiscal, *shares, "20.00", "新建高标准农田1.2万亩",
                "产出指标", "数量指标", "新建高标准农田", "≥1.2万亩"]  # fmt: skip

    labels = ["序号", "项目名称", "资金总额", "财政拨款", "其中：中央", "省级", "县级", "其他资金",
              "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"]  # fmt: skip
    tables = read(text([
        ["某县农业农村局项目支出绩效目标表"], ["单位：万元"], labels,
        ["", "合计", "340.00", "320.00", "200.00", "80.00", "40.00", "20.00"],
        row("340.00", "320.00", ("200.00", "80.00", "40.00")),
    ]))  # fmt: skip
    assert [(r["row_type"], r["name"], r["total_amount"], r["fiscal_appropriation"])
            for r in tables.amount_rows] == [("grand_total", "合计", 340, 320)]  # fmt: skip
    assert [(f["rule"], f["source_line"], f["message"], f["evidence"]) for f in tables.findings
            if f["source_line"] == 4] == [
        ("table_note", 4, "a total's figure under a column of no known label", text)
        for text in ("其中：中央: 200.00", "省级: 80.00", "县级: 40.00")
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
