"""Self-evaluations of multi-year projects and of the 2024 template (self-evaluation round 121),
read by the whole per-file pipeline: a unit's label again right after the actual's is the
actual's own unit; scopes alone over a header's labels (`年度 | 实施期`) scope them; an actual
the label scopes to the whole period (`实施期累计完成值`) is never the year's actual."""

import pytest

from tests.test_layouts_text import read, text

HEAD = [["项目支出绩效自评表"], ["项目名称", "高标准农田建设项目"]]


def _read(*rows: list[str]) -> list[tuple]:
    tables = read(text([*HEAD, *rows]))
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
    return [(i["indicator_name"], i["period_target"], i["annual_target"], i["actual_value"],
             i["extra_columns"]) for i in tables.indicators]  # fmt: skip


def test_a_unit_label_again_after_the_actual_is_the_actuals_unit():
    # 资中: the targets had been read as the period's, their unit the actual's (`≥2.6亩`).
    assert _read(
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "度量单位",
         "分值", "得分"],
        ["产出指标", "数量指标", "新建高标准农田面积", "≥", "2.6", "万亩", "26350", "亩", "50", "50"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", "90", "%", "95.6", "%", "50", "50"],
    ) == [
        ("新建高标准农田面积", None, "≥2.6万亩", "26350亩", None),
        ("受益群众满意度", None, "≥90%", "95.6%", None),
    ]  # fmt: skip


ROWS = [
    ["产出指标", "数量指标", "新建污水管网", "≥15公里", "15.8公里", "≥42公里", "31.6公里", "50", "50"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "≥90%", "92%", "50", "50"],
]  # fmt: skip
READ = [
    ("新建污水管网", "≥42公里", "≥15公里", "15.8公里", '{"实施期累计完成值": "31.6公里"}'),
    ("群众满意度", "≥90%", "≥90%", "93%", '{"实施期累计完成值": "92%"}'),
]


def test_scopes_alone_over_the_labels_scope_each_label_under_them():
    # 天门: the lower row of labels had been read as a row of data (39 row_unparsed errors), the
    # actuals and the period's targets lost.
    assert (
        _read(
            ["一级指标", "二级指标", "三级指标", "年度", "", "实施期", "", "分值", "得分"],
            ["", "", "", "指标值", "实际完成值", "指标值", "累计完成值", "", ""],
            *ROWS,
        )
        == READ
    )


@pytest.mark.parametrize("period_first", [True, False])
def test_the_periods_cumulative_actual_is_no_actual_of_the_year(period_first):
    # 巴南: `实施期指标值 | 实施期累计完成值` first; the cumulative figures had been read as the
    # year's actuals (15.8公里 read as 31.6公里, a miss read as met, silently).
    annual = ["年度指标值", "实际完成值"]
    period = ["实施期指标值", "实施期累计完成值"]
    labels = [*period, *annual] if period_first else [*annual, *period]
    rows = [[*r[:3], *(r[5:7] + r[3:5] if period_first else r[3:7]), *r[7:]] for r in ROWS]
    assert _read(["一级指标", "二级指标", "三级指标", *labels, "分值", "得分"], *rows) == READ
