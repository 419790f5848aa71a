"""Target columns that name years (`2024年目标值 | 2025年目标值`): the table's own year's are its
annual targets, a span of years holding it (`2025-2027年目标值`) its period targets, any other
year's are kept as extra cells with a note; and when nothing says which year is the table's,
none is read as its targets, with a warning. Two columns told apart only by their years were
read as period and annual targets by their order: last year's target became the period's, or
(`2025年目标值 | 2026年目标值`) next year's the annual one."""

import json

import pytest

from pipeline.build.workers import process_file
from pipeline.labels.columns import compact, label_scope, label_years
from pipeline.manifest import Source
from tests.test_layouts_ninth_batch import GRID, HEAD, ROWS
from tests.test_layouts_text import text

# Each row's earlier or wider column holds its target with an `E` before it.
LABELS_2024_2025 = ["2024年目标值", "2025年目标值"]


def build(labels: list[str], fiscal_year: int | None, title: str | None = None):
    rows = [*HEAD, [*GRID[:3], *labels], *[[*r[:3], "E" + r[3], r[3]] for r in ROWS]]
    tables = process_file("t.txt", text([[title], *rows] if title else rows), Source(fiscal_year))
    assert tables.documents[0]["status"] == "ok"
    return tables


def targets(tables) -> list[tuple]:
    return [(i["period_target"], i["annual_target"], i["extra_columns"]) for i in tables.indicators]


def year_findings(tables) -> list[tuple]:
    return [
        (f["rule"], f["severity"], f["message"])
        for f in tables.findings
        if f["rule"].startswith("target_year")
    ]


def test_last_years_column_beside_the_years_is_kept_apart():
    tables = build(LABELS_2024_2025, 2025)
    assert targets(tables) == [
        (None, r[3], json.dumps({"2024年目标值": "E" + r[3]}, ensure_ascii=False)) for r in ROWS
    ]
    assert year_findings(tables) == [
        ("target_year_other", "info", "the targets under '2024年目标值' are of another year than "
         "the table's 2025; they are kept in indicators.extra_columns"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "labels", [["2025年目标值", "2026年目标值"], ["2025年度指标值", "2026年度指标值"]]
)
def test_a_rolling_plans_next_year_is_not_the_tables_year_stated_in_its_title(labels):
    # No year in the manifest: the title's. `年度` after a year is no scope word of its own.
    tables = build(labels, None, "2025年项目支出绩效目标表")
    assert targets(tables) == [
        (None, "E" + r[3], json.dumps({labels[1]: r[3]}, ensure_ascii=False)) for r in ROWS
    ]
    assert [rule for rule, _, _ in year_findings(tables)] == ["target_year_other"]


def test_a_span_of_years_holding_the_tables_year_is_its_period():
    for labels in (
        ["2025-2027年目标值", "2025年目标值"],
        ["2025至2027年度目标值", "2025年度目标值"],
    ):
        tables = build(labels, None)
        assert targets(tables) == [("E" + r[3], r[3], None) for r in ROWS]
        assert year_findings(tables) == []


def test_several_years_in_a_table_of_no_known_year_give_no_target():
    tables = build(LABELS_2024_2025, None)
    extra = [json.dumps({"2024年目标值": "E" + r[3], "2025年目标值": r[3]}, ensure_ascii=False)
             for r in ROWS]  # fmt: skip
    assert targets(tables) == [(None, None, e) for e in extra]
    assert year_findings(tables) == [
        ("target_year_unmatched", "warning", "the targets under '2024年目标值'、'2025年目标值' are "
         "of several years and the table states no year of its own: none is read as its targets "
         "(they are kept in indicators.extra_columns); check the file's fiscal_year in "
         "data/raw/sources.csv"),
    ]  # fmt: skip


def test_no_column_of_the_tables_year_gives_no_target():
    tables = build(LABELS_2024_2025, 2026)
    assert {t[:2] for t in targets(tables)} == {(None, None)}
    assert [(rule, severity) for rule, severity, _ in year_findings(tables)] == [
        ("target_year_unmatched", "warning")
    ]


def test_one_year_named_alone_is_the_tables_target_whatever_its_year():
    tables = build(["实施期目标值", "2025年目标值"], 2024)
    assert targets(tables) == [("E" + r[3], r[3], None) for r in ROWS]
    assert year_findings(tables) == []


def test_a_header_blocks_span_of_years_is_the_period_and_its_year_the_years():
    head = [
        ["项目名称", "茶园改造"],
        ["2025-2027年资金总额", "900", "2025年资金总额", "420"],
        ["2025-2027年绩效目标", "三年改造茶园6000亩。"],
        ["2025年绩效目标", "改造茶园2000亩。"],
    ]
    tables = process_file("t.txt", text([*head, GRID, *ROWS]), Source(2025))
    (project,) = tables.projects
    assert (
        project["period_amount"],
        project["total_amount"],
        project["period_goal"],
        project["performance_goal"],
        project["extra_columns"],
    ) == (900, 420, "三年改造茶园6000亩。", "改造茶园2000亩。", None)


@pytest.mark.parametrize(
    ("label", "years", "scope", "compacted"),
    [
        ("2024年完成值", (2024, 2024), None, "年度完成值"),
        ("2025年度指标值", (2025, 2025), "annual", "2025年度指标值"),
        ("2025-2027年目标值", (2025, 2027), "period", "目标值"),
        ("2025年—2027年度指标值", (2025, 2027), "period", "指标值"),
        ("实施期目标（2025~2027年）", None, "period", "实施期目标"),
        ("年度指标值", None, "annual", "年度指标值"),
    ],
)
def test_the_years_a_label_names(label, years, scope, compacted):
    assert (label_years(label), label_scope(label), compact(label)) == (years, scope, compacted)
