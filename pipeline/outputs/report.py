"""Write stage, report: performance.duckdb -> report.html, one printable page for readers."""

import html
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import duckdb

from pipeline import PIPELINE_VERSION, paths
from pipeline.money import format_amount
from pipeline.vocab.rules import FILE_FAILED_RULES_SQL, RULES
from schemas._types import SEVERITIES

# Beyond this many documents the page lists one row per document instead of a section
# each: a 2,000-document build would otherwise print thousands of pages nobody reads.
DETAIL_LIMIT = 50
INDEX_LIMIT = 1000  # documents listed in the index; a national build stays a page, not 60 MB
BAR_LIMIT = 40
FINDINGS_PER_RULE = 10
SUBTOTAL_LIMIT = 40
FAILED_LIMIT = 100
EVIDENCE_CHARS = 240

_SEVERITY_ORDER = "CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END"
_NOT_IN_TAXONOMY = "not in the taxonomy"
_TENTH = Decimal("0.1")

_CSS = """
@page { size: A4; margin: 14mm 13mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; background: #eceef1; color: #1d2733;
  font: 9.5pt/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
    "Hiragino Sans GB", "Helvetica Neue", Arial, sans-serif;
}
main { width: 210mm; max-width: 100%; margin: 0 auto; background: #fff; padding: 15mm 14mm; }
h1 { font-size: 17pt; margin: 0 0 1mm; font-weight: 700; letter-spacing: .01em; }
h2 { font-size: 13.5pt; margin: 0; font-weight: 700; }
h3 {
  font-size: 10.5pt; margin: 5mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #c9d0d8;
  font-weight: 700; break-after: avoid;
}
h4 { font-size: 9.5pt; margin: 4mm 0 1mm; font-weight: 700; break-after: avoid; }
p { margin: 0 0 2mm; }
.sub, .note, .kicker { color: #5b6775; }
.sub { font-size: 10pt; margin-bottom: 5mm; }
.note { font-size: 8.5pt; }
.kicker { font-size: 8pt; text-transform: uppercase; letter-spacing: .08em; margin-bottom: 1mm; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.tiles { display: flex; flex-wrap: wrap; gap: 3mm; margin: 0 0 2mm; }
.tile { flex: 1 1 0; min-width: 0; border: 1px solid #d5dbe2; border-top: 3px solid #2f4e6f;
  padding: 2mm 3mm; }
.tile b { display: block; font-size: 13pt; font-variant-numeric: tabular-nums; line-height: 1.3; }
.tile span { font-size: 8pt; color: #5b6775; }
.tile.error { border-top-color: #9b2226; }
.tile.warning { border-top-color: #b86e00; }
.tile.info { border-top-color: #7b8794; }
table { width: 100%; border-collapse: collapse; margin: 0 0 2mm; }
th, td { padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
thead th { font-size: 8pt; font-weight: 700; color: #5b6775; border-bottom: 1px solid #9aa5b1; }
tbody td { border-bottom: 1px solid #e6e9ed; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.doc { border-top: 2px solid #1d2733; margin-top: 10mm; padding-top: 4mm; }
.meta { display: grid; grid-template-columns: auto 1fr auto 1fr; gap: .3mm 4mm; margin: 2mm 0 3mm;
  font-size: 8.5pt; }
.meta dt { color: #5b6775; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.bars td { border-bottom: 1px solid #eef0f3; padding-top: .6mm; padding-bottom: .6mm; }
.bars .seq { width: 8mm; color: #7b8794; font-size: 8pt; }
.bars .name { width: 44%; }
.bars .unit { display: block; color: #7b8794; font-size: 7.5pt; }
.bars .track { width: 30%; vertical-align: middle; }
.bar { display: block; height: 3.2mm; background: #2f4e6f; min-width: 1px; }
.bar.light { background: #8da4bd; }
.bar.zero { background: none; }
.level1 td { font-weight: 700; border-top: 1px solid #c9d0d8; }
.level2 td:first-child { padding-left: 5mm; color: #3e4c5b; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.big { font-size: 15pt; font-weight: 700; font-variant-numeric: tabular-nums; }
.sev { display: inline-block; padding: 0 1.5mm; margin-right: 1mm; border-radius: 1mm;
  font-size: 7.5pt; font-weight: 700; color: #fff; }
.sev.error { background: #9b2226; }
.sev.warning { background: #b86e00; }
.sev.info { background: #7b8794; }
.failed { color: #9b2226; font-weight: 700; }
.findings td { font-size: 8pt; padding-top: .5mm; padding-bottom: .5mm; }
.findings .where { width: 27%; white-space: nowrap; font-family: "DejaVu Sans Mono", Menlo,
  Consolas, monospace; font-size: 7.5pt; }
.findings .evidence { width: 36%; white-space: pre-wrap; color: #4a5664; background: #f5f6f8;
  overflow-wrap: anywhere; }
.muted { color: #7b8794; }
a { color: inherit; text-decoration: none; }
footer { margin-top: 10mm; padding-top: 2mm; border-top: 1px solid #c9d0d8; font-size: 8pt;
  color: #5b6775; }
@media print {
  body { background: none; }
  main { width: auto; padding: 0; }
  .doc ~ .doc, .index ~ .doc { break-before: page; margin-top: 0; }
  .grid { break-inside: avoid; }
}
"""


@dataclass(frozen=True, slots=True)
class _Corpus:
    """Totals over every document, added up in SQL, so that the page's memory does not grow
    with the corpus: only the documents listed are fetched row by row."""

    documents: int
    failed: int
    years: list[int]
    departments: int
    projects: int
    indicators: int
    severities: dict[str, int]
    rules: list[dict]  # severity, rule, findings, documents
    levels: list[dict]  # level1_code, level1_name, indicators, quantified


@dataclass(slots=True)
class _Data:
    """Every row the page shows, fetched once and keyed by document_id."""

    corpus: _Corpus
    documents: list[dict]  # the first INDEX_LIMIT, by document_id
    totals: dict[str, list[dict]]  # amount_rows: 合计 first, then each 资金使用单位
    quantified: dict[str, list[dict]]
    finding_counts: dict[str, list[dict]]
    projects: dict[str, list[dict]] = field(default_factory=dict)
    levels: dict[str, list[dict]] = field(default_factory=dict)
    findings: dict[str, list[dict]] = field(default_factory=dict)
    failed_findings: list[dict] = field(default_factory=list)


def write_report(directory: Path) -> Path:
    """Render `directory`/performance.duckdb into `directory`/report.html."""
    with duckdb.connect(str(directory / paths.DATABASE_NAME), read_only=True) as connection:
        page = render_report(connection)
    path = directory / paths.REPORT_NAME
    path.write_text(page, encoding="utf-8")
    return path


def render_report(connection: duckdb.DuckDBPyConnection) -> str:
    """The whole page; depends on nothing but the database, so it is byte-for-byte repeatable."""
    data = _load(connection)
    detailed = data.corpus.documents <= DETAIL_LIMIT
    parts = [_summary(data)]
    if data.corpus.documents > 1:
        parts.append(_corpus_findings(data))
        if not detailed:
            parts.append(_corpus_quantified(data))
            parts.append(_failed_files(data))
        parts.append(_document_table(data, detailed))
    if detailed:
        parts.extend(
            _document_section(data, document, number)
            for number, document in enumerate(data.documents, start=1)
        )
    parts.append(_footer())
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Performance targets report · 项目支出绩效目标表</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(part for part in parts if part)
        + "\n</main>\n</body>\n</html>\n"
    )


def _rows(connection: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cursor = connection.execute(sql)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _by_document(rows: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row["document_id"]].append(row)
    return grouped


_SHOWN = f"(SELECT document_id FROM documents ORDER BY document_id LIMIT {INDEX_LIMIT})"


def _load_corpus(connection: duckdb.DuckDBPyConnection) -> _Corpus:
    documents, failed, departments = connection.execute(
        """
        SELECT count(*), count(*) FILTER (status = 'failed'),
               count(DISTINCT department) FILTER (department <> '')
        FROM documents
        """
    ).fetchone()
    years = connection.execute(
        "SELECT DISTINCT fiscal_year FROM documents WHERE fiscal_year IS NOT NULL ORDER BY 1"
    ).fetchall()
    counts = dict(
        connection.execute("SELECT severity, count(*) FROM findings GROUP BY 1").fetchall()
    )
    return _Corpus(
        documents=documents,
        failed=failed,
        years=[year for (year,) in years],
        departments=departments,
        projects=connection.execute("SELECT count(*) FROM projects").fetchone()[0],
        indicators=connection.execute("SELECT count(*) FROM indicators").fetchone()[0],
        severities={severity: counts.get(severity, 0) for severity in SEVERITIES},
        rules=_rows(
            connection,
            """
            SELECT severity, rule, count(*) AS findings, count(DISTINCT document_id) AS documents
            FROM findings GROUP BY ALL
            """,
        ),
        levels=_rows(
            connection,
            """
            SELECT level1_code, level1_name, sum(indicators) AS indicators,
                   sum(quantified) AS quantified
            FROM quantified_share_by_level GROUP BY level1_code, level1_name
            ORDER BY level1_code IS NULL, coalesce(level1_code, ''), level1_name
            """,
        ),
    )


def _load(connection: duckdb.DuckDBPyConnection) -> _Data:
    documents = _rows(
        connection,
        f"""
        SELECT document_id, source_file, title, department, fiscal_year, fiscal_year_source,
               region, source_url, sha256, encoding, layout, status, project_count,
               indicator_count, currency_unit
        FROM documents WHERE document_id IN {_SHOWN} ORDER BY document_id
        """,
    )
    data = _Data(
        corpus=_load_corpus(connection),
        documents=documents,
        totals=_by_document(
            _rows(
                connection,
                f"""
                SELECT document_id, row_type, name, total_amount, fiscal_appropriation,
                       fiscal_special_account, other_funds, source_file, source_line
                FROM amount_rows WHERE document_id IN {_SHOWN}
                ORDER BY document_id, row_type <> 'grand_total', row_seq
                """,
            )
        ),
        quantified=_by_document(
            _rows(
                connection,
                f"""
                SELECT document_id, level1_code, level1_name, indicators, quantified
                FROM quantified_share_by_level WHERE document_id IN {_SHOWN}
                ORDER BY document_id, level1_code NULLS LAST
                """,
            )
        ),
        finding_counts=_by_document(
            _rows(
                connection,
                f"""
                SELECT document_id, severity, rule, count(*) AS findings
                FROM findings WHERE document_id IN {_SHOWN}
                GROUP BY document_id, severity, rule
                ORDER BY document_id, {_SEVERITY_ORDER}, rule
                """,
            )
        ),
    )
    if data.corpus.documents > DETAIL_LIMIT:
        data.failed_findings = _rows(
            connection,
            f"""
            SELECT document_id, source_file, source_line, message, evidence
            FROM findings WHERE rule IN {FILE_FAILED_RULES_SQL}
            ORDER BY document_id, source_line NULLS FIRST LIMIT {FAILED_LIMIT}
            """,
        )
        return data
    data.projects = _by_document(
        _rows(
            connection,
            """
            SELECT document_id, project_seq, project_name, funding_unit, total_amount,
                   source_line
            FROM projects ORDER BY document_id, total_amount DESC NULLS LAST, project_seq
            """,
        )
    )
    data.levels = _by_document(
        _rows(
            connection,
            """
            SELECT document_id, level1_code, coalesce(level1_name, level1_raw) AS level1,
                   level1_name IS NULL AS level1_unknown, level2_code,
                   coalesce(level2_name, level2_raw) AS level2,
                   level2_name IS NULL AS level2_unknown, count(*) AS indicators
            FROM indicators GROUP BY ALL
            ORDER BY document_id, level1_code NULLS LAST, level1 NULLS LAST,
                     level2_code NULLS LAST, level2 NULLS LAST
            """,
        )
    )
    # Capped in SQL so a document with thousands of findings costs only the rows shown.
    data.findings = _by_document(
        _rows(
            connection,
            f"""
            SELECT document_id, severity, rule, source_file, source_line, message, evidence
            FROM (
                SELECT *, row_number() OVER (
                    PARTITION BY document_id, severity, rule
                    ORDER BY source_line NULLS FIRST, length(finding_id), finding_id
                ) AS shown
                FROM findings
            )
            WHERE shown <= {FINDINGS_PER_RULE}
            ORDER BY document_id, {_SEVERITY_ORDER}, rule, shown
            """,
        )
    )
    return data


def _text(value: object) -> str:
    """Escaped text. `://` is written as an entity so a URL quoted in the data stays plain
    text and the page provably references nothing outside itself."""
    if value is None:
        return '<span class="muted">—</span>'
    return html.escape(str(value)).replace("://", ":&#47;&#47;")


def _money(value: Decimal | None) -> str:
    """An exact amount with thousands separators: two places, more if it has them."""
    if value is None:
        return '<span class="muted">—</span>'
    return format_amount(value)


def _count(value: int) -> str:
    return f"{value:,}"


def _share(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}%" if whole else "—"


def _bar(part: Decimal | int | None, whole: Decimal | int | None, light: bool = False) -> str:
    """A bar as wide as part/whole; widths are display only, the printed numbers are exact."""
    if part is None or not whole or part <= 0:
        return '<span class="bar zero"></span>'
    width = min(Decimal(part) * 100 / Decimal(whole), Decimal(100)).quantize(_TENTH)
    return f'<span class="bar{" light" if light else ""}" style="width:{width}%"></span>'


def _where(source_file: str, source_line: int | None) -> str:
    return _text(source_file if source_line is None else f"{source_file}:{source_line}")


def _evidence(value: str | None) -> str:
    if not value:
        return ""
    if len(value) > EVIDENCE_CHARS:
        rest = len(value) - EVIDENCE_CHARS
        return (
            f"{_text(value[:EVIDENCE_CHARS])}"
            f' <span class="muted">… {_count(rest)} more characters</span>'
        )
    return _text(value)


def _finding_table(findings: list[dict]) -> str:
    """Where, what and the raw text, one line each where the page allows."""
    rows = "".join(
        f'<tr><td class="where">{_where(f["source_file"], f["source_line"])}</td>'
        f'<td>{_text(f["message"])}</td><td class="evidence">{_evidence(f["evidence"])}</td></tr>'
        for f in findings
    )
    return (
        '<table class="findings">\n<thead><tr><th>file:line</th><th>Message</th>'
        "<th>Evidence</th></tr></thead>\n<tbody>" + rows + "</tbody>\n</table>"
    )


def _severity_badge(severity: str) -> str:
    return f'<span class="sev {_text(severity)}">{_text(severity)}</span>'


def _grand_total(data: _Data, document_id: str) -> dict | None:
    rows = data.totals.get(document_id, [])
    return rows[0] if rows and rows[0]["row_type"] == "grand_total" else None


def _department_year(document: dict) -> str:
    department = document["department"] or "Department not stated"
    year = document["fiscal_year"]
    return _text(department if year is None else f"{department} · {year}")


def _summary(data: _Data) -> str:
    corpus = data.corpus
    indicators = sum(level["indicators"] for level in corpus.levels)
    quantified = sum(level["quantified"] for level in corpus.levels)
    if corpus.documents == 1:
        subtitle = _department_year(data.documents[0])
    else:
        years = corpus.years
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else "".join(map(str, years))
        subtitle = _text(
            f"{_count(corpus.documents)} files · {_count(corpus.departments)} departments"
            + (f" · fiscal years {span}" if span else "")
        )
    tiles = [
        (
            _count(corpus.documents),
            "files" if not corpus.failed else f"files, {_count(corpus.failed)} unreadable",
            "",
        ),
        (_count(corpus.projects), "projects", ""),
        (_count(corpus.indicators), "indicators", ""),
        (_share(quantified, indicators), "targets quantified", ""),
        *(
            (_count(count), f"{severity} findings", severity)
            for severity, count in corpus.severities.items()
        ),
    ]
    return (
        '<header>\n<p class="kicker">项目支出绩效目标表 · budget performance targets</p>\n'
        f'<h1>Performance targets report</h1>\n<p class="sub">{subtitle}</p>\n'
        '<div class="tiles">'
        + "".join(
            f'<div class="tile {kind}"><b>{value}</b><span>{_text(label)}</span></div>'
            for value, label, kind in tiles
        )
        + "</div>\n"
        '<p class="note">Amounts are exact, in 万元 (converted exactly where a table prints 元, '
        "千元 or 亿元). Every finding gives the raw "
        "file and line it is about (<code>file:line</code>). A target counts as quantified "
        "when its 年度指标值 reads as a number, percentage, amount, date or duration.</p>\n"
        "</header>"
    )


def _rule_rows(counts: list[dict], with_documents: bool) -> str:
    """One row per (severity, rule): its count, and how many documents it is in (each row of
    `counts` is one document's, unless it says how many)."""
    totals: dict[tuple[str, str], list[int]] = {}
    for row in counts:
        total = totals.setdefault((row["severity"], row["rule"]), [0, 0])
        total[0] += row["findings"]
        total[1] += row.get("documents", 1)
    rank = {severity: number for number, severity in enumerate(SEVERITIES)}
    ordered = sorted(totals.items(), key=lambda item: (rank.get(item[0][0], 9), item[0][1]))
    return "".join(
        f"<tr><td>{_severity_badge(severity)}</td><td><b>{_text(rule)}</b>"
        f'<br><span class="note">{_text(RULES.get(rule, ("", ""))[1])}</span></td>'
        f'<td class="num">{_count(found)}</td>'
        + (f'<td class="num">{_count(documents)}</td>' if with_documents else "")
        + "</tr>"
        for (severity, rule), (found, documents) in ordered
    )


def _corpus_findings(data: _Data) -> str:
    counts = data.corpus.rules
    if not counts:
        return "<h3>Findings by rule</h3>\n<p>No findings.</p>"
    return (
        "<h3>Findings by rule</h3>\n<table>\n<thead><tr><th>Severity</th><th>Rule</th>"
        '<th class="num">Findings</th><th class="num">Documents</th></tr></thead>\n<tbody>'
        + _rule_rows(counts, with_documents=True)
        + "</tbody>\n</table>"
    )


def _corpus_quantified(data: _Data) -> str:
    levels = [
        ((level["level1_code"], level["level1_name"]), [level["indicators"], level["quantified"]])
        for level in data.corpus.levels
    ]
    return "<h3>Quantified annual targets by 一级指标</h3>\n" + _quantified_table(levels)


def _quantified_table(levels: list[tuple[tuple, list[int]]]) -> str:
    body = "".join(
        f"<tr><td>{_text(name or _NOT_IN_TAXONOMY)}</td>"
        f'<td class="num">{_count(quantified)} / {_count(indicators)}</td>'
        f'<td class="num">{_share(quantified, indicators)}</td>'
        f'<td class="track" style="width:35%">{_bar(quantified, indicators)}</td></tr>'
        for (_code, name), (indicators, quantified) in levels
    )
    return (
        '<table class="bars">\n<thead><tr><th>一级指标</th><th class="num">Quantified</th>'
        '<th class="num">Share</th><th></th></tr></thead>\n<tbody>' + body + "</tbody>\n</table>"
    )


def _failed_files(data: _Data) -> str:
    failed = data.corpus.failed
    if not failed:
        return ""
    more = failed - len(data.failed_findings)
    return (
        f"<h3>Files that could not be read ({_count(failed)})</h3>\n"
        + _finding_table(data.failed_findings)
        + (f'<p class="note">… and {_count(more)} more.</p>' if more > 0 else "")
    )


def _document_table(data: _Data, detailed: bool) -> str:
    rows = []
    for number, document in enumerate(data.documents, start=1):
        document_id = document["document_id"]
        grand = _grand_total(data, document_id)
        levels = data.quantified.get(document_id, [])
        counts = dict.fromkeys(SEVERITIES, 0)
        for row in data.finding_counts.get(document_id, []):
            counts[row["severity"]] = counts.get(row["severity"], 0) + row["findings"]
        name = _department_year(document)
        if detailed:
            name = f'<a href="#doc-{number}">{name}</a>'
        status = ' <span class="failed">unreadable</span>' if document["status"] == "failed" else ""
        rows.append(
            f'<tr><td class="num muted">{number}</td><td>{name}{status}<br>'
            f'<span class="note">{_text(document["source_file"])}</span></td>'
            f'<td class="num">{_count(document["project_count"])}</td>'
            f'<td class="num">{_count(document["indicator_count"])}</td>'
            f'<td class="num">{_money(grand["total_amount"] if grand else None)}</td>'
            f'<td class="num">'
            f"{_share(sum(r['quantified'] for r in levels), sum(r['indicators'] for r in levels))}"
            "</td>"
            f'<td class="num">{" / ".join(_count(counts[s]) for s in SEVERITIES)}</td></tr>'
        )
    note = (
        ""
        if detailed
        else f'<p class="note">One row per document: sections with each document\'s projects, '
        f"indicators and findings are shown for builds of up to {DETAIL_LIMIT} documents. For "
        "one document's detail query performance.duckdb, e.g. <code>SELECT * FROM "
        "project_summary WHERE document_id = '…'</code>.</p>\n"
    )
    if data.corpus.documents > len(data.documents):
        rows.append(
            f'<tr><td></td><td colspan="6" class="note">… and '
            f"{_count(data.corpus.documents - len(data.documents))} more documents: query "
            "performance.duckdb, e.g. <code>SELECT * FROM documents</code>.</td></tr>"
        )
    return (
        "<h3>Documents</h3>\n"
        + note
        + '<table class="index">\n<thead><tr><th></th><th>Department · year, file</th>'
        '<th class="num">Projects</th><th class="num">Indicators</th>'
        '<th class="num">合计 (万元)</th><th class="num">Quantified</th>'
        '<th class="num">Findings E / W / I</th></tr></thead>\n<tbody>'
        + "".join(rows)
        + "</tbody>\n</table>"
    )


def _document_section(data: _Data, document: dict, number: int) -> str:
    document_id = document["document_id"]
    parts = [
        f'<section class="doc" id="doc-{number}">',
        f'<p class="kicker">Document {number} of {data.corpus.documents} · {_text(document_id)}</p>',
        f"<h2>{_department_year(document)}</h2>",
        _document_header(data, document),
    ]
    if document["status"] == "failed":
        parts.append(
            '<p class="failed">This file could not be read: no projects or indicators '
            "were taken from it.</p>"
        )
    else:
        parts += [
            _project_bars(data, document_id),
            _subtotals(data, document_id),
            '<div class="grid">',
            f"<div>{_level_table(data, document_id)}</div>",
            f"<div>{_document_quantified(data, document_id)}</div>",
            "</div>",
        ]
    parts += [_document_findings(data, document_id), "</section>"]
    return "\n".join(part for part in parts if part)


def _document_header(data: _Data, document: dict) -> str:
    grand = _grand_total(data, document["document_id"])
    year = document["fiscal_year"]
    if year is not None and document["fiscal_year_source"]:
        year = f"{year} ({document['fiscal_year_source']})"
    if grand is None:
        total = "no 合计 row"
    else:
        parts = [
            f"{label} {_money(grand[column])}"
            for label, column in (
                ("财政拨款", "fiscal_appropriation"),
                ("财政专户拨款", "fiscal_special_account"),
                ("其他资金", "other_funds"),
            )
            if grand[column] is not None
        ]
        total = f"<b>{_money(grand['total_amount'])}</b> 万元" + (
            f' <span class="muted">({"; ".join(parts)})</span>' if parts else ""
        )
        if document["currency_unit"] != "万元":
            printed = document["currency_unit"] or "no unit (read as 万元)"
            total += f' <span class="muted">printed in {_text(printed)}</span>'
    fields = [
        ("表名", _text(document["title"])),
        ("部门名称", _text(document["department"])),
        ("Fiscal year", _text(year)),
        ("Source file", _text(document["source_file"])),
    ]
    if document["region"]:
        fields.append(("Region", _text(document["region"])))
    if document["source_url"]:
        fields.append(("Published at", _text(document["source_url"])))
    if document["status"] == "ok":
        fields += [
            ("Projects", _count(document["project_count"])),
            ("Indicators", _count(document["indicator_count"])),
            ("合计", total),
            ("Read as", _text(f"{document['encoding']}, layout {document['layout']}")),
        ]
    # The hash names the exact version of the file that was read, for citing it; a file
    # that could not be read at all has none.
    if document["sha256"]:
        fields.append(("SHA-256", _text(document["sha256"][:16] + "…")))
    return (
        '<dl class="meta">'
        + "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in fields)
        + "</dl>"
    )


def _project_bars(data: _Data, document_id: str) -> str:
    projects = data.projects.get(document_id, [])
    if not projects:
        return "<h3>Amounts by project</h3>\n<p>No projects were read.</p>"
    shown, rest = projects[:BAR_LIMIT], projects[BAR_LIMIT:]
    largest = max((p["total_amount"] for p in projects if p["total_amount"] is not None), default=0)
    several_units = len({p["funding_unit"] for p in projects}) > 1
    rows = "".join(
        f'<tr><td class="seq num">{project["project_seq"]}</td>'
        f'<td class="name">{_text(project["project_name"])}'
        + (
            f'<span class="unit">{_text(project["funding_unit"])}</span>'
            if several_units and project["funding_unit"]
            else ""
        )
        + f'</td><td class="track">{_bar(project["total_amount"], largest)}</td>'
        f'<td class="num">{_money(project["total_amount"])}</td></tr>'
        for project in shown
    )
    if rest:
        rest_total = sum(
            (p["total_amount"] for p in rest if p["total_amount"] is not None), Decimal(0)
        )
        rows += (
            f'<tr><td></td><td colspan="2" class="muted">… and {_count(len(rest))} smaller '
            f'projects</td><td class="num muted">{_money(rest_total)}</td></tr>'
        )
    return (
        "<h3>Amounts by project (总计, 万元)</h3>\n"
        '<table class="bars">\n<thead><tr><th class="num">No.</th><th>项目名称</th><th></th>'
        '<th class="num">总计</th></tr></thead>\n<tbody>' + rows + "</tbody>\n</table>\n"
        '<p class="note">Largest first; No. is the project\'s order in the table.</p>'
    )


def _subtotals(data: _Data, document_id: str) -> str:
    """The printed subtotals, which the subtotal_mismatch rule checks; with a single unit its
    subtotal only repeats the 合计 already in the header."""
    rows = data.totals.get(document_id, [])
    if sum(row["row_type"] == "funding_unit" for row in rows) < 2:
        return ""
    shown = rows[:SUBTOTAL_LIMIT]
    body = "".join(
        f"<tr><td>{'<b>合计</b>' if row['row_type'] == 'grand_total' else _text(row['name'])}"
        f'</td><td class="num">{_money(row["total_amount"])}</td>'
        f'<td class="num">{_money(row["fiscal_appropriation"])}</td>'
        f'<td class="num">{_money(row["fiscal_special_account"])}</td>'
        f'<td class="num">{_money(row["other_funds"])}</td>'
        f'<td class="num muted">{_text(row["source_line"])}</td></tr>'
        for row in shown
    )
    more = len(rows) - len(shown)
    return (
        "<h4>Printed totals (万元)</h4>\n<table>\n<thead><tr><th>合计 / 资金使用单位</th>"
        '<th class="num">总计</th><th class="num">财政拨款</th><th class="num">财政专户拨款</th>'
        '<th class="num">其他资金</th><th class="num">Line</th></tr></thead>\n<tbody>'
        + body
        + "</tbody>\n</table>"
        + (f'<p class="note">… and {_count(more)} more units.</p>' if more > 0 else "")
    )


def _level_table(data: _Data, document_id: str) -> str:
    rows = data.levels.get(document_id, [])
    if not rows:
        return "<h3>Indicators by level</h3>\n<p>No indicators were read.</p>"
    total = sum(row["indicators"] for row in rows)
    level1_totals: dict[tuple, int] = defaultdict(int)
    for row in rows:
        level1_totals[(row["level1_code"], row["level1"])] += row["indicators"]
    body, previous = [], None
    for row in rows:
        key = (row["level1_code"], row["level1"])
        if key != previous:
            name = _level_name(row["level1"], row["level1_unknown"])
            body.append(
                f'<tr class="level1"><td>{name}</td>'
                f'<td class="num">{_count(level1_totals[key])}</td>'
                f'<td class="track">{_bar(level1_totals[key], total)}</td></tr>'
            )
            previous = key
        body.append(
            f'<tr class="level2"><td>{_level_name(row["level2"], row["level2_unknown"])}</td>'
            f'<td class="num">{_count(row["indicators"])}</td>'
            f'<td class="track">{_bar(row["indicators"], total, light=True)}</td></tr>'
        )
    return (
        "<h3>Indicators by level</h3>\n"
        '<table class="bars">\n<thead><tr><th>一级指标 / 二级指标</th><th class="num">Count</th>'
        '<th style="width:40%"></th></tr></thead>\n<tbody>' + "".join(body) + "</tbody>\n</table>"
    )


def _level_name(name: str | None, unknown: bool) -> str:
    if name is None:
        return '<span class="muted">not written</span>'
    if unknown:
        return f'{_text(name)} <span class="muted">({_NOT_IN_TAXONOMY})</span>'
    return _text(name)


def _document_quantified(data: _Data, document_id: str) -> str:
    rows = data.quantified.get(document_id, [])
    indicators = sum(row["indicators"] for row in rows)
    quantified = sum(row["quantified"] for row in rows)
    levels = [
        ((row["level1_code"], row["level1_name"]), [row["indicators"], row["quantified"]])
        for row in rows
    ]
    return (
        "<h3>Quantified annual targets</h3>\n"
        f'<p><span class="big">{_share(quantified, indicators)}</span> '
        f'<span class="muted">{_count(quantified)} of {_count(indicators)} indicators have a '
        "年度指标值 that reads as a number, percentage, amount, date or duration</span></p>\n"
        + _quantified_table(levels)
    )


def _document_findings(data: _Data, document_id: str) -> str:
    counts = data.finding_counts.get(document_id, [])
    if not counts:
        return "<h3>Findings</h3>\n<p>No findings.</p>"
    shown: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for finding in data.findings.get(document_id, []):
        shown[(finding["severity"], finding["rule"])].append(finding)
    parts = [
        "<h3>Findings</h3>\n<table>\n<thead><tr><th>Severity</th><th>Rule</th>"
        '<th class="num">Findings</th></tr></thead>\n<tbody>'
        + _rule_rows(counts, with_documents=False)
        + "</tbody>\n</table>"
    ]
    for row in counts:
        findings = shown[(row["severity"], row["rule"])]
        more = row["findings"] - len(findings)
        parts.append(
            f"<h4>{_severity_badge(row['severity'])} {_text(row['rule'])} "
            f'<span class="muted">({_count(row["findings"])})</span></h4>\n'
            + _finding_table(findings)
            + (
                f'<p class="note">… and {_count(more)} more: <code>SELECT * FROM findings '
                f"WHERE document_id = {_text(_sql_string(document_id))} AND rule = "
                f"{_text(_sql_string(row['rule']))}</code></p>"
                if more > 0
                else ""
            )
        )
    return "\n".join(parts)


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _footer() -> str:
    return (
        "<footer>\n"
        f"<p>Generated by jixiao (pipeline version {_text(PIPELINE_VERSION)}) with "
        "<code>python -m pipeline build</code>, from the tables in performance.duckdb alone: the "
        "same database gives the same page. Bars are capped at "
        f"{BAR_LIMIT} projects and listed findings at {FINDINGS_PER_RULE} per rule and "
        "document; the database holds every row.</p>\n"
        "</footer>"
    )
