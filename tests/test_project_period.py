"""A project's period (项目期, 起止时间): the text a form prints kept whole, and its start and end
read from it where it prints both (`period_start`, `period_end`), never guessed."""

import pytest

from pipeline.labels.lines import period_bounds
from tests.test_layouts_ninth_batch import GRID, READ, ROWS, named
from tests.test_layouts_text import read, text


@pytest.mark.parametrize(
    ("printed", "bounds"),
    [
        ("2024年1月—2024年12月", ("2024年1月", "2024年12月")),
        ("2024-01-01至2026-12-31", ("2024-01-01", "2026-12-31")),
        ("2021年1月1日-2021年12月31日", ("2021年1月1日", "2021年12月31日")),
        ("2023.01-2023.12", ("2023.01", "2023.12")),
        ("202001-202012", ("202001", "202012")),
        ("2024年——2026年", ("2024年", "2026年")),
        ("2022 ~ 2024年", ("2022", "2024年")),
        # A span with its dates in brackets: the dates.
        ("3年（2018年—2020年）", ("2018年", "2020年")),
        # A year alone is the period's start and end.
        ("2024年", ("2024年", "2024年")),
        ("2024年度", ("2024年度", "2024年度")),
        # No bound guessed: a span alone, an end without its year, date serials, dates whose
        # dashes are also the range's, words.
        ("3年", (None, None)),
        ("一年", (None, None)),
        ("2019年4月-10月", (None, None)),
        ("43831至44196", (None, None)),
        ("2024-01-01-2024-12-31", (None, None)),
        ("长期", (None, None)),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_a_period_prints_its_bounds_or_none(printed, bounds):
    assert period_bounds(printed) == bounds


def _project(period_rows: list[list[str]]) -> tuple[dict, list]:
    head = [
        ["项目名称", "茶园改造"],
        *period_rows,
        ["年度资金总额", "420"],
        ["年度目标", "改造茶园。"],
    ]
    tables = read(text([*head, GRID, *ROWS]))
    assert named(tables) == READ
    (project,) = tables.projects
    findings = [(f["severity"], f["rule"]) for f in tables.findings if f["severity"] != "info"]
    return {k: project[k] for k in ("period_text", "period_start", "period_end")}, findings


def test_a_period_labelled_qizhi_shijian_gives_its_bounds():
    # `起止时间`, the label of several provinces' 一体化 forms, was no known label: its text was
    # kept as an unknown field and the project had no period.
    assert _project([["起止时间", "2024-01-01至2026-12-31"]]) == (
        {"period_text": "2024-01-01至2026-12-31", "period_start": "2024-01-01",
         "period_end": "2026-12-31"},
        [],
    )  # fmt: skip


def test_a_period_printed_over_three_cells_round_its_range_mark_is_one_text():
    # A sheet's `起止时间 | 43831 | 至 | 44196` (date serials): the text is kept whole and, its
    # sides being no dates as printed, no bound is read; `至` was an unknown label.
    assert _project([["起止时间", "43831", "至", "44196"]]) == (
        {"period_text": "43831至44196", "period_start": None, "period_end": None},
        [],
    )


def test_bounds_printed_apart_are_taken_before_the_periods_text():
    rows = [["项目期", "2年"], ["开始日期", "2023年3月"], ["结束日期", "2024年10月"]]
    assert _project(rows) == (
        {"period_text": "2年", "period_start": "2023年3月", "period_end": "2024年10月"},
        [],
    )
