"""The HTML report, on a real build of the seed table and on altered copies of its database."""

import html
import re
import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipeline import paths
from pipeline.build.run import run_build
from pipeline.outputs.report import (
    BAR_LIMIT,
    DETAIL_LIMIT,
    FINDINGS_PER_RULE,
    INDEX_LIMIT,
    _money,
    render_report,
    write_report,
)

SEED = "guangzhou-huadu-kgxj-2025.txt"
DEPARTMENT = "广州市花都区科技工业和信息化局"
LOCATION = re.compile(re.escape(SEED) + r":(\d+)")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build")
    run_build(paths.RAW_DIR, out, use_cache=False)
    return out


@pytest.fixture(scope="module")
def page(built: Path) -> str:
    return (built / paths.REPORT_NAME).read_text(encoding="utf-8")


@pytest.fixture()
def database(built: Path, tmp_path: Path):
    """A writable copy of the built database, to alter for one test."""
    path = tmp_path / paths.DATABASE_NAME
    shutil.copy(built / paths.DATABASE_NAME, path)
    with duckdb.connect(str(path)) as connection:
        yield connection


def plain(page: str) -> str:
    """The page's text as a reader sees it: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def query(directory: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(directory / paths.DATABASE_NAME), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_the_build_writes_the_report_next_to_the_database(built: Path, page: str) -> None:
    assert (built / paths.REPORT_NAME).is_file()
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "@media print" in page and "size: A4" in page
    assert '"Noto Sans CJK SC"' in page


def test_header_names_the_department_year_and_total(page: str) -> None:
    text = plain(page)
    assert f"{DEPARTMENT} · 2025" in text
    assert "项目支出绩效目标表（含转移支付项目）" in text
    assert f"Source file {SEED}" in text
    assert "合计 2,288.09 万元 (财政拨款 2,288.09)" in text
    assert "Projects 28" in text
    assert "28 projects" in text


def test_every_project_has_a_bar_with_its_exact_amount(built: Path, page: str) -> None:
    projects = query(
        built, "SELECT project_seq, project_name, total_amount FROM projects ORDER BY project_seq"
    )
    assert len(projects) == 28
    rows = re.findall(
        r'<td class="seq num">(\d+)</td><td class="name">(.*?)</td>'
        r'.*?<td class="num">([\d,.]+)</td>',
        page,
    )
    assert len(rows) == 28
    assert {(int(seq), name) for seq, name, _ in rows} == {
        (seq, html.escape(name)) for seq, name, _ in projects
    }
    # Largest first, amounts exactly as printed in the table.
    assert rows[0][1:] == ("花都区陆空口岸专班工作专项经费", "506.00")
    assert rows[-1][1:] == ("科技金融服务与成果转化工作经费", "2.00")
    printed = {name: amount for _, name, amount in rows}
    assert printed[html.escape("“三线”整治经费")] == "385.33"
    assert printed["中小企业培训经费"] == "5.51"
    assert sum(Decimal(amount.replace(",", "")) for amount in printed.values()) == Decimal(
        "2288.09"
    )


def test_indicator_levels_and_quantified_shares_match_the_database(built: Path, page: str) -> None:
    text = plain(page)
    levels = query(
        built,
        "SELECT level1_name, indicators, quantified FROM quantified_share_by_level "
        "ORDER BY level1_code",
    )
    assert [name for name, _, _ in levels] == ["产出指标", "效益指标", "满意度指标"]
    for name, indicators, quantified in levels:
        assert f"{name} {quantified} / {indicators} {quantified * 100 / indicators:.1f}%" in text
    total = sum(indicators for _, indicators, _ in levels)
    assert total == 113
    quantified = sum(q for _, _, q in levels)
    assert f"{quantified} of 113 indicators have a 年度指标值" in text
    for level2, count in query(
        built,
        "SELECT level2_name, count(*) FROM indicators GROUP BY ALL ORDER BY level2_name",
    ):
        assert f"{level2} {count}" in text


def test_findings_are_grouped_by_rule_with_file_and_line(built: Path, page: str) -> None:
    text = plain(page)
    counts = query(
        built, "SELECT severity, count(*) FROM findings GROUP BY severity ORDER BY severity"
    )
    by_severity = dict(counts)
    for severity in ("error", "warning", "info"):
        assert f"{by_severity.get(severity, 0)} {severity} findings" in text
    locations = {
        (rule, line) for rule, line in query(built, "SELECT rule, source_line FROM findings")
    }
    assert locations, "the seed table has findings"
    for rule, found in query(built, "SELECT rule, count(*) FROM findings GROUP BY rule"):
        heading = f"{rule} ({found})"
        assert heading in text
        section = text.split(heading, 1)[1]
        for next_badge in (" error ", " warning ", " info "):
            section = section.split(next_badge, 1)[0]
        shown = [int(line) for line in LOCATION.findall(section)]
        assert len(shown) == min(found, FINDINGS_PER_RULE)
        assert {(rule, line) for line in shown} <= locations
        if found > FINDINGS_PER_RULE:
            assert f"… and {found - FINDINGS_PER_RULE} more" in section
    assert "guangzhou-huadu-kgxj-2025.txt:35 " in text  # deadline_before_fiscal_year's line


def test_the_page_references_nothing_outside_itself(page: str) -> None:
    lowered = page.lower()
    for banned in ("http://", "https://", "<script", "@import", "url(", "<link", "<img"):
        assert banned not in lowered


def test_rendering_is_byte_for_byte_repeatable(built: Path, page: str, tmp_path: Path) -> None:
    with duckdb.connect(str(built / paths.DATABASE_NAME), read_only=True) as connection:
        first, second = render_report(connection), render_report(connection)
    assert first == second == page
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(built / paths.DATABASE_NAME, copy / paths.DATABASE_NAME)
    assert write_report(copy).read_bytes() == (built / paths.REPORT_NAME).read_bytes()


def test_text_from_the_data_is_escaped(database: duckdb.DuckDBPyConnection) -> None:
    database.execute("UPDATE projects SET project_name = '<b>A&B</b> 经费' WHERE project_seq = 1")
    database.execute(
        "UPDATE documents SET source_url = 'https://www.example.gov.cn/a?b=1&c=2', "
        "region = '广东省 \"花都\"'"
    )
    page = render_report(database)
    assert "&lt;b&gt;A&amp;B&lt;/b&gt; 经费" in page
    assert "<b>A&B" not in page
    assert "https://" not in page
    assert "Published at https://www.example.gov.cn/a?b=1&c=2" in plain(page)
    assert "广东省 &quot;花都&quot;" in page


def test_a_failed_file_gets_a_section_with_its_finding(
    database: duckdb.DuckDBPyConnection,
) -> None:
    database.execute(
        """
        INSERT INTO documents (document_id, source_file, sha256, status, project_count,
                               indicator_count, source_line)
        VALUES ('zz-broken', 'zz-broken.txt', repeat('0', 64), 'failed', 0, 0, 1)
        """
    )
    database.execute(
        """
        INSERT INTO findings VALUES ('zz-broken:f1', 'zz-broken', 'error', 'file_unreadable',
            'document', 'zz-broken', 'zz-broken.txt', 1, NULL,
            'not text in UTF-8 or GB18030', NULL)
        """
    )
    text = plain(render_report(database))
    assert "Document 2 of 2 · zz-broken" in text
    assert "This file could not be read" in text
    assert "zz-broken.txt:1 not text in UTF-8 or GB18030" in text
    assert "files, 1 unreadable" in text
    assert "Department not stated" in text


def test_long_documents_cap_their_bars(database: duckdb.DuckDBPyConnection) -> None:
    database.execute(
        """
        INSERT INTO projects
        SELECT * REPLACE (project_id || '-copy' AS project_id, project_seq + 100 AS project_seq,
                          project_name || '（续）' AS project_name)
        FROM projects WHERE project_seq <= 20
        """
    )
    page = render_report(database)
    assert page.count('<td class="seq num">') == BAR_LIMIT
    smallest = database.execute(
        f"SELECT sum(total_amount) FROM (SELECT total_amount FROM projects "
        f"ORDER BY total_amount DESC, project_seq OFFSET {BAR_LIMIT})"
    ).fetchone()[0]
    assert f"… and 8 smaller projects {smallest:,.2f}" in plain(page)


def test_large_builds_get_one_row_per_document(database: duckdb.DuckDBPyConnection) -> None:
    database.execute(
        f"""
        INSERT INTO documents
        SELECT documents.* REPLACE (printf('zz-%03d', i) AS document_id,
                          printf('zz-%03d.txt', i) AS source_file)
        FROM documents, range({DETAIL_LIMIT}) AS copies(i)
        """
    )
    database.execute("UPDATE documents SET status = 'failed' WHERE document_id = 'zz-007'")
    database.execute(
        """
        INSERT INTO findings VALUES ('zz-007:f1', 'zz-007', 'error', 'file_unreadable',
            'document', 'zz-007', 'zz-007.txt', 3, NULL, 'no header row found', 'garbage')
        """
    )
    page = render_report(database)
    text = plain(page)
    assert 'class="doc"' not in page
    assert f"{DETAIL_LIMIT + 1} files, 1 unreadable" in text
    assert page.count('<td class="num muted">') == DETAIL_LIMIT + 1
    assert "Files that could not be read (1)" in text
    assert "zz-007.txt:3 no header row found garbage" in text
    assert (
        f"sections with each document's projects, indicators and findings are shown for "
        f"builds of up to {DETAIL_LIMIT} documents" in text
    )
    assert "https://" not in page and "<script" not in page


@pytest.mark.parametrize(
    ("amount", "printed"),
    [
        (Decimal("2288.090000"), "2,288.09"),
        (Decimal("330.984053"), "330.984053"),
        (Decimal("1234567.5000"), "1,234,567.50"),
        (Decimal("0.1235"), "0.1235"),
        (Decimal("-12.3400"), "-12.34"),
        (Decimal("5"), "5.00"),
    ],
)
def test_amounts_print_as_exact_decimals(amount: Decimal, printed: str) -> None:
    assert _money(amount) == printed


def test_a_national_build_lists_a_bounded_number_of_documents(
    database: duckdb.DuckDBPyConnection,
) -> None:
    database.execute(
        f"""
        INSERT INTO documents
        SELECT documents.* REPLACE (printf('zz-%05d', i) AS document_id,
                          printf('zz-%05d.txt', i) AS source_file)
        FROM documents, range({INDEX_LIMIT + 4}) AS copies(i)
        """
    )
    page = render_report(database)
    assert page.count('<td class="num muted">') == INDEX_LIMIT
    assert "… and 5 more documents: query performance.duckdb" in plain(page)
