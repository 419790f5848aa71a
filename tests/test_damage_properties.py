"""Converter damage, generated: however the seed's cells are wrapped and its pages broken,
the build reads the same projects and indicators as from the clean table."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from tests.conftest import RAW, SEED_FILE

CLEAN = (RAW / SEED_FILE).read_text(encoding="utf-8")
LINES = CLEAN.split("\n")
HEADER_INDEX = next(i for i, line in enumerate(LINES) if line.startswith("项目名称"))
GOAL, INDICATORS = 5, 6


def content(tables):
    """What must survive the damage: every row's text and amounts, not where it was."""
    projects = [
        (p["project_name"], p["total_amount"], p["performance_goal"], p["funding_unit"])
        for p in tables.projects
    ]
    indicators = [
        (
            i["indicator_seq"],
            i["level1_raw"],
            i["level2_raw"],
            i["indicator_name"],
            i["period_target"],
            i["annual_target"],
        )
        for i in tables.indicators
    ]
    return projects, indicators, [f["rule"] for f in tables.findings if f["severity"] == "error"]


EXPECTED = content(process_file(SEED_FILE, CLEAN.encode(), Source(fiscal_year=2025)))


def _cut(text: str, fraction: float) -> int | None:
    """A wrap point inside `text`, away from white space (a converter drops it at a wrap)."""
    if len(text) < 4:
        return None
    at = max(1, min(len(text) - 1, int(len(text) * fraction)))
    return None if text[at - 1].isspace() or text[at].isspace() else at


def wrap(line: str, style: str, fraction: float) -> list[str]:
    """One table row as a converter might break it over two lines."""
    cells = line.split("\t")
    if len(cells) <= INDICATORS or not cells[INDICATORS]:
        return [line]
    if style == "aligned":  # both text cells wrap; the next line leaves the other columns empty
        goal_at, cell_at = _cut(cells[GOAL], fraction), _cut(cells[INDICATORS], fraction)
        if goal_at is None or cell_at is None:
            return [line]
        first = [*cells[:GOAL], cells[GOAL][:goal_at], cells[INDICATORS][:cell_at]]
        rest = [""] * GOAL + [cells[GOAL][goal_at:], cells[INDICATORS][cell_at:]]
        return ["\t".join(first), "\t".join(rest)]
    at = _cut(cells[INDICATORS], fraction)
    if at is None:
        return [line]
    if style == "bare":  # the last cell runs on to a line of its own, with no tabs
        return ["\t".join([*cells[:INDICATORS], cells[INDICATORS][:at]]), cells[INDICATORS][at:]]
    # split: the goal cell held a line break, so the row stops short and goes on below
    goal_at = _cut(cells[GOAL], fraction)
    if goal_at is None:
        return [line]
    return [
        "\t".join([*cells[:GOAL], cells[GOAL][:goal_at]]),
        "\t".join([cells[GOAL][goal_at:], cells[INDICATORS]]),
    ]


damage = st.lists(
    st.tuples(
        st.integers(HEADER_INDEX + 3, len(LINES) - 1),
        st.sampled_from(["aligned", "bare", "split", "page"]),
        st.floats(0.05, 0.95),
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damage, st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]), st.sampled_from(["\n", "\r\n"]))
def test_damaged_seed_reads_like_the_clean_one(changes, encoding, ending):
    styles = {index: (style, fraction) for index, style, fraction in changes}
    out = []
    for index, line in enumerate(LINES):
        style, fraction = styles.get(index, (None, 0.0))
        if style == "page":
            out += ["", f"第 {index} 页，共 {len(LINES)} 页", "", LINES[HEADER_INDEX], line]
        elif style:
            out += wrap(line, style, fraction)
        else:
            out.append(line)
    data = ending.join(out).encode(encoding)
    assert content(process_file(SEED_FILE, data, Source(fiscal_year=2025))) == EXPECTED


@pytest.mark.parametrize("style", ["aligned", "bare", "split"])
def test_each_wrap_style_on_every_row(style):
    out = LINES[: HEADER_INDEX + 1]
    for line in LINES[HEADER_INDEX + 1 :]:
        out += wrap(line, style, 0.5)
    assert len(out) > len(LINES)
    assert (
        content(process_file(SEED_FILE, "\n".join(out).encode(), Source(fiscal_year=2025)))
        == EXPECTED
    )
