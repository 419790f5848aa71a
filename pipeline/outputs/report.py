"""Write stage, report: performance.duckdb -> report.html and a page per document, for readers.

`report.html` is the index: the build's counts, its findings by rule, the quantified targets
by level, the files that could not be read and every document in natural order (t2 before
t10), each linking to its own page, `report/<document_id>.html`. A document's page prints as
a document of its own on A4: its header, its numbered sections, then its appendices (the
findings beyond the few shown per rule, the technical detail: hash, encoding, layout, rule
ids). Each section is a function of the page that returns its title and body, or None when
it has nothing to show; `_document_sections` lists them, so a section for one type of
document is one more function there: a self-evaluation (自评表) adds its budget execution and
its targets met, missed and not comparable, with the points it claimed against those `met`
supports and the published target table it answers (project_links).

In Chinese by default, in English with `lang="en"`: the page's words are in
`pipeline.vocab.report_text`, the rules' Chinese titles, explanations and messages in
`pipeline.vocab.rules`. Every finding names its project and indicator beside its file and
line; a figure that does not add up (FIGURE_RULES) carries a mark linking to its finding.
The pages depend on nothing but the database, so they are byte-for-byte repeatable, and
reference nothing outside themselves (no fonts, scripts or images to fetch). They print on
A4 as they show on screen: table headers repeat at each sheet's top, rows are not cut, a
note stays with its table, long unbroken text wraps within the page, and the footer closes
the last section, on the same sheet as that section's last block.
"""

import hashlib
import html
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

import duckdb

from pipeline import PIPELINE_VERSION, paths
from pipeline.money import format_amount
from pipeline.vocab.report_text import DEFAULT_LANGUAGE, words
from pipeline.vocab.rules import FIGURE_RULES, FILE_FAILED_RULES_SQL, RULES, RULES_ZH
from schemas._types import SEVERITIES

BAR_LIMIT = 40  # projects drawn as bars; the rest are one line with their sum
FINDINGS_PER_RULE = 5  # findings shown under each rule; the rest go to an appendix table
SUBTOTAL_LIMIT = 40
EVIDENCE_CHARS = 240
BATCH_SIZE = 200  # documents whose rows are fetched at once: memory stays flat with the build

_NOT_IN_TAXONOMY = "not_in_taxonomy"
_TENTH = Decimal("0.1")
_DIGITS = re.compile(r"(\d+)")
# A document page's suffix, and how much of its id's hash tells a page cut to fit apart.
_PAGE_SUFFIX = ".html"
_DIGEST_CHARS = 12
_CHINESE_NUMBERS = "一二三四五六七八九十"

_CSS = """
@page { size: A4; margin: 14mm 13mm 16mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #5b6775; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; background: #eceef1; color: #1d2733;
  font: 9.5pt/1.55 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
    "Hiragino Sans GB", "Helvetica Neue", Arial, sans-serif;
}
main { width: 210mm; max-width: 100%; margin: 0 auto; background: #fff; padding: 15mm 14mm;
  overflow-wrap: anywhere; }
h1, h2 { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun,
  "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", serif; font-weight: 700; }
h1 { font-size: 18pt; margin: 0 0 1mm; letter-spacing: .02em; }
h2 {
  font-size: 12.5pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5px solid #1d2733;
  break-after: avoid;
}
h3 { font-size: 10pt; margin: 4mm 0 1.5mm; font-weight: 700; break-after: avoid; }
h2 + .note, h3 + .note, .targets-counts { break-after: avoid; }
table + .note { break-before: avoid; }
p { margin: 0 0 2mm; }
.sub, .note, .kicker { color: #5b6775; }
.sub { font-size: 10.5pt; margin-bottom: 5mm; }
.note { font-size: 8.5pt; }
.kicker { font-size: 8.5pt; letter-spacing: .06em; margin-bottom: 1mm; }
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
.meta { display: grid; grid-template-columns: auto 1fr auto 1fr; gap: .3mm 4mm; margin: 2mm 0 3mm;
  font-size: 9pt; }
.meta dt { color: #5b6775; white-space: nowrap; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.bars td { border-bottom: 1px solid #eef0f3; padding-top: .6mm; padding-bottom: .6mm; }
.bars .seq { width: 9mm; color: #7b8794; font-size: 8pt; }
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
  font-size: 7.5pt; font-weight: 700; color: #fff; white-space: nowrap; }
.sev.error { background: #9b2226; }
.sev.warning { background: #b86e00; }
.sev.info { background: #7b8794; }
.failed { color: #9b2226; font-weight: 700; }
.met-missed { color: #9b2226; font-weight: 700; }
.met-not_comparable { color: #7b8794; }
.mark { color: #9b2226; font-weight: 700; font-size: 7.5pt; margin-left: .8mm;
  vertical-align: super; line-height: 0; white-space: nowrap; }
.findings { table-layout: fixed; }
.findings td { font-size: 8pt; padding-top: .6mm; padding-bottom: .6mm; overflow-wrap: anywhere; }
.findings .no { width: 11mm; color: #5b6775; font-family: "DejaVu Sans Mono", Menlo, Consolas,
  monospace; font-size: 7.5pt; }
.findings .rule { width: 22mm; }
.findings .where { width: 31mm; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace;
  font-size: 7.5pt; }
.findings .subject { width: 24%; }
.findings .evidence { width: 26%; white-space: pre-wrap; color: #4a5664; background: #f5f6f8; }
.findings.with-rule .subject { width: 21%; }
.findings.with-rule .evidence { width: 19%; }
.findings .indicator { display: block; color: #4a5664; }
.findings tr:target td { background: #fff3bf; }
.program { color: #7b8794; font-size: 7.5pt; }
.muted { color: #7b8794; }
a { color: inherit; text-decoration: none; }
a.link { color: #1f4f82; }
nav { font-size: 8.5pt; margin: 0 0 4mm; }
.appendix h2 { border-bottom-width: 1px; }
footer { break-before: avoid; margin-top: 10mm; padding-top: 2mm; border-top: 1px solid #c9d0d8; font-size: 8pt;
  color: #5b6775; }
@media print {
  body { background: none; }
  main { width: auto; padding: 0; }
  nav { display: none; }
  .appendix { break-before: page; }
  .appendix ~ .appendix { break-before: auto; }
  .grid, .tiles, .meta, .closing { break-inside: avoid; }
}
"""


@dataclass(frozen=True, slots=True)
class Section:
    """One numbered part of a page: its title (the number is added) and its HTML, `body`
    then `tail`. The tail is its last block, short enough to fit a printed page: when the
    section is the page's last, the page's footer prints on the same sheet as the tail
    (`_numbered`). A section that can end a page (the technical appendix, the rule ids)
    puts its last block there; the others leave it empty."""

    title: str
    body: str
    tail: str = ""


@dataclass(frozen=True, slots=True)
class _Voice:
    """The language a report is written in: its words, and what it says of rules and findings."""

    lang: str
    words: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.words[key]

    def rule_title(self, rule: str) -> str:
        """`金额不平` in Chinese; the rule's id in English (and for a rule with no Chinese yet)."""
        return RULES_ZH[rule][0] if self.lang == "zh" and rule in RULES_ZH else rule

    def rule_explanation(self, rule: str) -> str:
        if self.lang == "zh" and rule in RULES_ZH:
            return RULES_ZH[rule][1]
        return RULES.get(rule, ("", ""))[1]

    def message(self, finding: dict, fiscal_year: int | None) -> str:
        """What is wrong, in the report's language: the check's own message in English, the
        rule's message filled in for the finding in Chinese."""
        if self.lang == "zh" and finding["rule"] in RULES_ZH:
            return RULES_ZH[finding["rule"]][2].format(fiscal_year=fiscal_year or "—")
        return finding["message"]

    def met_reason(self, indicator: dict) -> str | None:
        """Why an indicator's `met` is null, in the report's language: its met_reason_zh in
        Chinese, its met_reason in English."""
        return indicator["met_reason_zh" if self.lang == "zh" else "met_reason"]

    def severity(self, severity: str) -> str:
        return self.words[f"severity_{severity}"]

    def number(self, number: int, appendix: bool) -> str:
        """A section's number: 一、 二、 … and 附录一 in Chinese; 1. and Appendix A in English."""
        if self.lang == "zh":
            numeral = _chinese_numeral(number)
            return f"附录{numeral} " if appendix else f"{numeral}、"
        return f"Appendix {chr(ord('A') + number - 1)}. " if appendix else f"{number}. "


def _chinese_numeral(number: int) -> str:
    """1..99 as 一 … 十 … 九十九."""
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CHINESE_NUMBERS[tens - 1] + "十")
    return head + ("" if ones == 0 else _CHINESE_NUMBERS[ones - 1])


@dataclass(frozen=True, slots=True)
class _Corpus:
    """Totals over every document, added up in SQL, so that memory does not grow with the
    corpus: only one batch of documents is fetched row by row at a time."""

    documents: int
    failed: int
    years: list[int]
    departments: int
    projects: int
    indicators: int
    severities: dict[str, int]
    rules: list[dict]  # severity, rule, findings, documents
    levels: list[dict]  # level1_code, level1_name, indicators, quantified
    self_evaluations: dict  # attainment_by_document added up: documents, targets, points


@dataclass(slots=True)
class _Batch:
    """The rows of a batch of documents' pages, keyed by document_id."""

    projects: dict[str, list[dict]]  # largest first
    attainment: dict[str, list[dict]]  # a self-evaluation's indicators, met or not
    self_scores: dict[str, list[dict]]  # a self-evaluation's row of attainment_by_document
    links: dict[str, list[dict]]  # the target tables a self-evaluation answers
    totals: dict[str, list[dict]]  # amount_rows: 合计 first, then each 资金使用单位
    levels: dict[str, list[dict]]
    quantified: dict[str, list[dict]]
    findings: dict[str, list[dict]]  # in report order, with their project and indicator


@dataclass(slots=True)
class _Page:
    """One document's page while it is written: what every section function reads."""

    voice: _Voice
    document: dict
    number: int  # in natural order, 1-based
    documents: int  # in the build
    projects: list[dict]
    attainment: list[dict]
    self_scores: list[dict]
    links: list[dict]
    totals: list[dict]
    levels: list[dict]
    quantified: list[dict]
    findings: list[dict]
    marks: dict[tuple[str, str], list[str]] = field(init=False)  # (figure, entity_id) -> numbers

    def __post_init__(self) -> None:
        self.marks = _figure_marks(self.findings)

    @property
    def shown(self) -> list[dict]:
        """The findings listed under their rules, FINDINGS_PER_RULE of each."""
        return [f for f in self.findings if f["rank"] < FINDINGS_PER_RULE]

    @property
    def overflow(self) -> list[dict]:
        return [f for f in self.findings if f["rank"] >= FINDINGS_PER_RULE]

    @property
    def rule_counts(self) -> list[dict]:
        """Severity, rule and number of findings, per rule that found something."""
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for finding in self.findings:
            counts[(finding["severity"], finding["rule"])] += 1
        return [{"severity": s, "rule": r, "findings": n} for (s, r), n in counts.items()]


def write_report(directory: Path, lang: str = DEFAULT_LANGUAGE) -> Path:
    """Render `directory`/performance.duckdb into `directory`/report.html (the index) and a
    page per document in `directory`/report/."""
    database = directory / paths.DATABASE_NAME
    with duckdb.connect(str(database), read_only=True) as connection:
        for name, page in render_report(connection, lang):
            path = directory / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page, encoding="utf-8")
    return directory / paths.REPORT_NAME


def render_report(
    connection: duckdb.DuckDBPyConnection, lang: str = DEFAULT_LANGUAGE
) -> Iterator[tuple[str, str]]:
    """(path relative to the output folder, page): the index, then each document's page."""
    voice = _Voice(lang, words(lang))
    corpus = _load_corpus(connection)
    documents = sorted(_index_rows(connection), key=lambda d: natural_key(d["document_id"]))
    yield paths.REPORT_NAME, _index_page(voice, corpus, documents, connection)
    for start in range(0, len(documents), BATCH_SIZE):
        chosen = documents[start : start + BATCH_SIZE]
        batch = _load_batch(connection, [d["document_id"] for d in chosen])
        for number, document in enumerate(chosen, start=start + 1):
            document_id = document["document_id"]
            page = _Page(
                voice,
                document,
                number,
                len(documents),
                projects=batch.projects.get(document_id, []),
                attainment=batch.attainment.get(document_id, []),
                self_scores=batch.self_scores.get(document_id, []),
                links=batch.links.get(document_id, []),
                totals=batch.totals.get(document_id, []),
                levels=batch.levels.get(document_id, []),
                quantified=batch.quantified.get(document_id, []),
                findings=batch.findings.get(document_id, []),
            )
            yield document_page_path(document_id), _document_page(page)


def natural_key(name: str) -> tuple:
    """How the index orders documents: by path component, numbers by value (t2 before t10),
    letters ignoring case; the name itself breaks ties (t01 and t1)."""
    parts = _DIGITS.split(paths.path_order(name).casefold())
    return ([int(part) if index % 2 else part for index, part in enumerate(parts)], name)


def document_page_path(document_id: str) -> str:
    """A document's page, relative to the output folder: report/<document_id>.html; a file
    name too long for `.html` after it (`NAME_BYTES`: a disclosure named in 84 Chinese
    characters takes 252) cut to fit, a hash of the whole id after the cut, so that no two
    pages share a name."""
    *folders, name = document_id.split("/")
    page = f"{name}{_PAGE_SUFFIX}"
    if len(page.encode()) > paths.NAME_BYTES:
        digest = hashlib.sha256(document_id.encode()).hexdigest()[:_DIGEST_CHARS]
        room = paths.NAME_BYTES - len(f"~{digest}{_PAGE_SUFFIX}")
        page = f"{name.encode()[:room].decode(errors='ignore')}~{digest}{_PAGE_SUFFIX}"
    return "/".join((paths.REPORT_DIR_NAME, *folders, page))


def _href(path: str) -> str:
    return _text(quote(path))


def _rows(
    connection: duckdb.DuckDBPyConnection, sql: str, parameters: dict | None = None
) -> list[dict]:
    cursor = connection.execute(sql, parameters)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _by_document(rows: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row["document_id"]].append(row)
    return grouped


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
        self_evaluations=_rows(
            connection,
            """
            SELECT count(*) AS documents, coalesce(sum(targets_comparable), 0) AS comparable,
                   coalesce(sum(targets_met), 0) AS met,
                   sum(points_claimed_comparable) AS claimed, sum(points_earned) AS earned
            FROM attainment_by_document
            """,
        )[0],
    )


def _index_rows(connection: duckdb.DuckDBPyConnection) -> list[dict]:
    """One row per document: what its page's header and the index show of it."""
    return _rows(
        connection,
        """
        WITH grand AS (
            SELECT document_id, total_amount, fiscal_appropriation, fiscal_special_account,
                   other_funds, amount_row_id
            FROM amount_rows WHERE row_type = 'grand_total'
            QUALIFY row_number() OVER (PARTITION BY document_id ORDER BY row_seq) = 1
        ), shares AS (
            SELECT document_id, sum(indicators) AS scored, sum(quantified) AS quantified
            FROM quantified_share_by_level GROUP BY document_id
        ), counts AS (
            SELECT document_id, count(*) FILTER (severity = 'error') AS errors,
                   count(*) FILTER (severity = 'warning') AS warnings,
                   count(*) FILTER (severity = 'info') AS infos
            FROM findings GROUP BY document_id
        )
        SELECT d.document_id, d.document_type, d.source_file, d.title, d.department, d.fiscal_year,
               d.fiscal_year_source, d.region, d.source_url, d.sha256, d.encoding, d.layout,
               d.status, d.project_count, d.indicator_count, d.currency_unit,
               g.total_amount, g.fiscal_appropriation, g.fiscal_special_account, g.other_funds,
               g.amount_row_id AS grand_total_id,
               coalesce(s.scored, 0) AS scored, coalesce(s.quantified, 0) AS quantified,
               coalesce(c.errors, 0) AS error, coalesce(c.warnings, 0) AS warning,
               coalesce(c.infos, 0) AS info
        FROM documents d
        LEFT JOIN grand g USING (document_id)
        LEFT JOIN shares s USING (document_id)
        LEFT JOIN counts c USING (document_id)
        """,
    )


_IN_BATCH = "document_id IN (SELECT unnest($ids))"


def _load_batch(connection: duckdb.DuckDBPyConnection, ids: list[str]) -> _Batch:
    parameters = {"ids": ids}

    def fetch(sql: str) -> dict[str, list[dict]]:
        return _by_document(_rows(connection, sql, parameters))

    findings = fetch(
        f"""
        WITH line_projects AS (  -- a line that is one project's row, and only one's
            SELECT document_id, source_line, any_value(project_name) AS project_name
            FROM projects WHERE {_IN_BATCH} GROUP BY ALL HAVING count(*) = 1
        )
        SELECT f.finding_id, f.document_id, f.severity, f.rule, f.entity_type, f.entity_id,
               f.source_file, f.source_line, f.source_location, f.message, f.evidence,
               CASE f.entity_type WHEN 'amount_row' THEN a.name
                    ELSE coalesce(p.project_name, l.project_name) END AS subject,
               i.indicator_name
        FROM findings f
        LEFT JOIN indicators i ON f.entity_type = 'indicator' AND i.indicator_id = f.entity_id
        LEFT JOIN projects p ON p.project_id = CASE f.entity_type
            WHEN 'project' THEN f.entity_id WHEN 'indicator' THEN i.project_id END
        LEFT JOIN amount_rows a ON f.entity_type = 'amount_row' AND a.amount_row_id = f.entity_id
        LEFT JOIN line_projects l ON f.entity_type = 'document'
            AND l.document_id = f.document_id AND l.source_line = f.source_line
        WHERE f.{_IN_BATCH}
        """
    )
    return _Batch(
        projects=fetch(
            f"""
            SELECT document_id, project_id, project_seq, project_name, funding_unit, total_amount,
                   budget_initial, budget_adjusted, budget_executed, execution_rate_raw,
                   round(100 * budget_executed / nullif(budget_adjusted, 0), 2)
                       AS execution_rate_computed,
                   execution_weight, execution_score
            FROM projects WHERE {_IN_BATCH}
            ORDER BY document_id, total_amount DESC NULLS LAST, project_seq
            """
        ),
        attainment=fetch(
            f"""
            SELECT document_id, project_id, project_seq, project_name, indicator_id,
                   indicator_name, annual_target, actual_value, met, met_reason, met_reason_zh,
                   weight, score
            FROM target_attainment WHERE {_IN_BATCH}
            ORDER BY document_id, project_seq, indicator_position
            """
        ),
        self_scores=fetch(f"SELECT * FROM attainment_by_document WHERE {_IN_BATCH}"),
        links=fetch(
            """
            SELECT l.self_evaluation_document_id AS document_id, l.target_document_id,
                   d.source_file AS target_source_file,
                   list({'name': i.indicator_name, 'published': l.published_target,
                         'stated': l.self_evaluation_target} ORDER BY i.indicator_position)
                       FILTER (l.target_changed) AS changed
            FROM project_links l
            JOIN documents d ON d.document_id = l.target_document_id
            LEFT JOIN indicators i ON i.indicator_id = l.self_evaluation_indicator_id
            WHERE l.self_evaluation_document_id IN (SELECT unnest($ids))
            GROUP BY ALL ORDER BY document_id, l.target_document_id
            """
        ),
        totals=fetch(
            f"""
            SELECT document_id, amount_row_id, row_type, name, total_amount,
                   fiscal_appropriation, fiscal_special_account, other_funds, source_line
            FROM amount_rows WHERE {_IN_BATCH}
            ORDER BY document_id, row_type <> 'grand_total', row_seq
            """
        ),
        levels=fetch(
            f"""
            SELECT document_id, level1_code, coalesce(level1_name, level1_raw) AS level1,
                   level1_name IS NULL AS level1_unknown, level2_code,
                   coalesce(level2_name, level2_raw) AS level2,
                   level2_name IS NULL AS level2_unknown, count(*) AS indicators
            FROM indicators WHERE {_IN_BATCH} GROUP BY ALL
            ORDER BY document_id, level1_code NULLS LAST, level1 NULLS LAST,
                     level2_code NULLS LAST, level2 NULLS LAST
            """
        ),
        quantified=fetch(
            f"""
            SELECT document_id, level1_code, level1_name, indicators, quantified
            FROM quantified_share_by_level WHERE {_IN_BATCH}
            ORDER BY document_id, level1_code NULLS LAST
            """
        ),
        findings={document_id: _in_report_order(rows) for document_id, rows in findings.items()},
    )


def _in_report_order(findings: list[dict]) -> list[dict]:
    """By severity and rule, each rule's by line (the file's findings first) and number;
    `rank` is a finding's place among its rule's and `number` its id within the document."""
    severity_rank = {severity: rank for rank, severity in enumerate(SEVERITIES)}
    ordered = sorted(
        findings,
        key=lambda f: (
            severity_rank.get(f["severity"], len(SEVERITIES)),
            f["rule"],
            f["source_line"] or 0,
            natural_key(f["finding_id"]),
        ),
    )
    ranks: dict[str, int] = defaultdict(int)
    for finding in ordered:
        finding["number"] = finding["finding_id"].rsplit(":", 1)[-1]
        finding["rank"] = ranks[finding["rule"]]
        ranks[finding["rule"]] += 1
    return ordered


# Formatting: every value passes through one of these.


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


def _evidence(value: str | None) -> str:
    if not value:
        return ""
    if len(value) > EVIDENCE_CHARS:
        rest = len(value) - EVIDENCE_CHARS
        return f'{_text(value[:EVIDENCE_CHARS])} <span class="muted">… +{_count(rest)}</span>'
    return _text(value)


def _severity_badge(voice: _Voice, severity: str) -> str:
    return f'<span class="sev {_text(severity)}">{_text(voice.severity(severity))}</span>'


def _department_year(voice: _Voice, document: dict) -> str:
    department = document["department"] or voice["department_unknown"]
    year = document["fiscal_year"]
    return _text(department if year is None else f"{department} · {year}")


def _page(voice: _Voice, title: str, parts: list[str], nav: str = "") -> str:
    lang = "zh-CN" if voice.lang == "zh" else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        + nav
        + "\n".join(part for part in parts if part)
        + "\n</main>\n</body>\n</html>\n"
    )


def _numbered(
    voice: _Voice, sections: list[Section | None], appendices: list[Section | None]
) -> list[str]:
    """Each section that has something to show, numbered in turn under its heading, then
    each appendix. The last one ends with the page's footer, held with its tail in one
    block that printing does not split (`.closing`), so that the footer does not print
    alone on a last sheet: `break-before: avoid` on the footer is only a wish, which
    Firefox, for one, ignores."""
    shown = [
        (appendix, number, section)
        for appendix, group in ((False, sections), (True, appendices))
        for number, section in enumerate((s for s in group if s is not None), start=1)
    ]
    parts = []
    for place, (appendix, number, section) in enumerate(shown, start=1):
        kind = "appendix" if appendix else "part"
        tail = section.tail
        if place == len(shown):
            closing = "\n".join(block for block in (tail, _footer(voice)) if block)
            tail = f'<div class="closing">\n{closing}\n</div>'
        blocks = [f"<h2>{voice.number(number, appendix)}{_text(section.title)}</h2>"]
        blocks += [block for block in (section.body, tail) if block]
        parts.append(
            f'<section class="{kind}" id="{kind}-{number}">\n' + "\n".join(blocks) + "\n</section>"
        )
    return parts


def _footer(voice: _Voice) -> str:
    footer = voice["footer"].format(version=PIPELINE_VERSION, bars=BAR_LIMIT)
    return f"<footer>\n<p>{_text(footer)}</p>\n</footer>"


# The index: report.html.


def _index_page(
    voice: _Voice,
    corpus: _Corpus,
    documents: list[dict],
    connection: duckdb.DuckDBPyConnection,
) -> str:
    failed = [d for d in documents if d["status"] == "failed"]
    sections = [
        _corpus_findings(voice, corpus),
        _corpus_quantified(voice, corpus),
        _corpus_self_evaluations(voice, corpus),
        _failed_files(voice, failed, connection),
        _document_index(voice, documents),
    ]
    appendices = [_rule_ids(voice, corpus.rules)]
    return _page(
        voice,
        _text(voice["report_title"]),
        [_summary(voice, corpus, documents), *_numbered(voice, sections, appendices)],
    )


def _summary(voice: _Voice, corpus: _Corpus, documents: list[dict]) -> str:
    indicators = sum(level["indicators"] for level in corpus.levels)
    quantified = sum(level["quantified"] for level in corpus.levels)
    if corpus.documents == 1:
        subtitle = _department_year(voice, documents[0])
    else:
        years = corpus.years
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else "".join(map(str, years))
        subtitle = _text(
            voice["corpus_subtitle"].format(
                files=_count(corpus.documents), departments=_count(corpus.departments)
            )
            + (voice["corpus_years"].format(years=span) if span else "")
        )
    files = voice["tile_files"] if not corpus.failed else voice["tile_files_failed"]
    tiles = [
        (_count(corpus.documents), files.format(failed=_count(corpus.failed)), ""),
        (_count(corpus.projects), voice["tile_projects"], ""),
        (_count(corpus.indicators), voice["tile_indicators"], ""),
        (_share(quantified, indicators), voice["tile_quantified"], ""),
        *(
            (_count(count), voice[f"tile_{severity}"], severity)
            for severity, count in corpus.severities.items()
        ),
    ]
    return (
        f'<header>\n<p class="kicker">{_text(voice["report_kicker"])}</p>\n'
        f'<h1>{_text(voice["report_title"])}</h1>\n<p class="sub">{subtitle}</p>\n'
        '<div class="tiles">'
        + "".join(
            f'<div class="tile {kind}"><b>{value}</b><span>{_text(label)}</span></div>'
            for value, label, kind in tiles
        )
        + f'</div>\n<p class="note">{_text(voice["summary_note"])}</p>\n</header>'
    )


def _rule_table(voice: _Voice, counts: list[dict], with_documents: bool) -> str:
    """One row per (severity, rule): its title and explanation, its count, and (for the
    whole build) how many documents it is in."""
    rows = "".join(
        f"<tr><td>{_severity_badge(voice, row['severity'])}</td>"
        f"<td><b>{_text(voice.rule_title(row['rule']))}</b>"
        f'<br><span class="note">{_text(voice.rule_explanation(row["rule"]))}</span></td>'
        f'<td class="num">{_count(row["findings"])}</td>'
        + (f'<td class="num">{_count(row["documents"])}</td>' if with_documents else "")
        + "</tr>"
        for row in _by_severity(counts)
    )
    documents = f'<th class="num">{voice["col_documents"]}</th>' if with_documents else ""
    return (
        f'<table>\n<thead><tr><th style="width:14mm">{voice["col_severity"]}</th>'
        f'<th>{voice["col_rule"]}</th><th class="num">{voice["col_findings"]}</th>{documents}'
        f"</tr></thead>\n<tbody>{rows}</tbody>\n</table>"
    )


def _by_severity(counts: list[dict]) -> list[dict]:
    """Rows of (severity, rule, ...) errors first, then warnings, then info, by rule."""
    rank = {severity: number for number, severity in enumerate(SEVERITIES)}
    return sorted(counts, key=lambda row: (rank.get(row["severity"], len(SEVERITIES)), row["rule"]))


def _corpus_findings(voice: _Voice, corpus: _Corpus) -> Section:
    if not corpus.rules:
        return Section(voice["findings_by_rule"], f"<p>{voice['no_findings']}</p>")
    return Section(voice["findings_by_rule"], _rule_table(voice, corpus.rules, True))


def _corpus_quantified(voice: _Voice, corpus: _Corpus) -> Section:
    levels = [
        ((level["level1_code"], level["level1_name"]), [level["indicators"], level["quantified"]])
        for level in corpus.levels
    ]
    return Section(voice["quantified_by_level"], _quantified_table(voice, levels))


def _corpus_self_evaluations(voice: _Voice, corpus: _Corpus) -> Section | None:
    """The self-evaluations in one line: targets met of those comparable, points claimed on
    them against the points met supports."""
    totals = corpus.self_evaluations
    if not totals["documents"]:
        return None
    line = voice["self_evaluations_line"].format(
        documents=_count(totals["documents"]),
        comparable=_count(totals["comparable"]),
        met=_count(totals["met"]),
        share=_share(totals["met"], totals["comparable"]),
        claimed=_figure(totals["claimed"]),
        earned=_figure(totals["earned"]),
    )
    return Section(
        voice["self_evaluations"],
        f'<p class="self-evaluations">{_text(line)}</p>\n'
        f'<p class="note">{_text(voice["self_scores_note"])}</p>',
    )


def _quantified_table(voice: _Voice, levels: list[tuple[tuple, list[int]]]) -> str:
    body = "".join(
        f"<tr><td>{_text(name or voice[_NOT_IN_TAXONOMY])}</td>"
        f'<td class="num">{_count(quantified)} / {_count(indicators)}</td>'
        f'<td class="num">{_share(quantified, indicators)}</td>'
        f'<td class="track" style="width:35%">{_bar(quantified, indicators)}</td></tr>'
        for (_code, name), (indicators, quantified) in levels
    )
    return (
        f'<table class="bars">\n<thead><tr><th>{voice["col_level1"]}</th>'
        f'<th class="num">{voice["col_quantified"]}</th><th class="num">{voice["col_share"]}'
        f"</th><th></th></tr></thead>\n<tbody>{body}</tbody>\n</table>"
    )


def _failed_files(
    voice: _Voice, failed: list[dict], connection: duckdb.DuckDBPyConnection
) -> Section | None:
    """Every file not built, with the finding that says why."""
    if not failed:
        return None
    findings = {
        row["document_id"]: row
        for row in _rows(
            connection,
            f"""
            SELECT document_id, rule, source_file, source_line, source_location, message,
                   evidence
            FROM findings WHERE rule IN {FILE_FAILED_RULES_SQL} AND {_IN_BATCH}
            """,
            {"ids": [d["document_id"] for d in failed]},
        )
    }
    rows = []
    for document in failed:
        finding = findings[document["document_id"]]  # a file not built has one, saying why
        rows.append(
            f'<tr><td><a class="link" href="{_href(document_page_path(document["document_id"]))}">'
            f"{_text(document['source_file'])}</a></td>"
            f'<td class="where">{_where(finding)}</td>'
            f"<td>{_message_cell(voice, finding, None)}</td>"
            f'<td class="evidence">{_evidence_cell(voice, finding)}</td></tr>'
        )
    return Section(
        voice["failed_files"].format(count=_count(len(failed))),
        f'<table class="findings">\n<thead><tr><th>{voice["col_file"]}</th>'
        f'<th class="where">{voice["col_where"]}</th><th>{voice["col_message"]}</th>'
        f'<th class="evidence">{voice["col_evidence"]}</th></tr></thead>\n<tbody>'
        + "".join(rows)
        + "</tbody>\n</table>",
    )


def _document_index(voice: _Voice, documents: list[dict]) -> Section:
    rows = []
    for number, document in enumerate(documents, start=1):
        status = (
            f' <span class="failed">{voice["unreadable"]}</span>'
            if document["status"] == "failed"
            else ""
        )
        rows.append(
            f'<tr><td class="num muted">{number}</td><td><a class="link" '
            f'href="{_href(document_page_path(document["document_id"]))}">'
            f"{_department_year(voice, document)}</a>{status}<br>"
            f'<span class="note">{_text(document["source_file"])}</span></td>'
            f'<td class="num">{_count(document["project_count"])}</td>'
            f'<td class="num">{_count(document["indicator_count"])}</td>'
            f'<td class="num">{_money(document["total_amount"])}</td>'
            f'<td class="num">{_share(document["quantified"], document["scored"])}</td>'
            f'<td class="num">{" / ".join(_count(document[s]) for s in SEVERITIES)}</td></tr>'
        )
    return Section(
        voice["documents"],
        f'<p class="note">{_text(voice["documents_note"])}</p>\n'
        f'<table class="index">\n<thead><tr><th></th><th>{voice["col_document"]}</th>'
        f'<th class="num">{voice["col_projects"]}</th>'
        f'<th class="num">{voice["col_indicators"]}</th>'
        f'<th class="num">{voice["col_grand_total"]}</th>'
        f'<th class="num">{voice["col_quantified"]}</th>'
        f'<th class="num">{voice["col_severities"]}</th></tr></thead>\n<tbody>'
        + "".join(rows)
        + "</tbody>\n</table>",
    )


def _rule_ids(voice: _Voice, counts: list[dict]) -> Section | None:
    """Technical: each rule's id, as the findings table and queries name it."""
    if not counts:
        return None
    rows = "".join(
        f"<tr><td>{_text(voice.rule_title(row['rule']))}</td>"
        f"<td><code>{_text(row['rule'])}</code></td><td>{_text(voice.severity(row['severity']))}"
        f' <code>{_text(row["severity"])}</code></td><td class="num">{_count(row["findings"])}'
        "</td></tr>"
        for row in _by_severity(counts)
    )
    return Section(
        voice["rule_ids"],
        "",
        f'<p class="note">{_text(voice["rule_ids_note"])}</p>\n'
        f"<table>\n<thead><tr><th>{voice['col_rule']}</th><th>{voice['col_rule_id']}</th>"
        f'<th>{voice["col_severity"]}</th><th class="num">{voice["col_findings"]}</th></tr>'
        f"</thead>\n<tbody>{rows}</tbody>\n</table>",
    )


# A document's page: report/<document_id>.html.

SectionFunction = Callable[[_Page], Section | None]


def _document_sections(page: _Page) -> tuple[list[SectionFunction], list[SectionFunction]]:
    """The sections of a document's page and its appendices, in order. A document type with
    sections of its own adds them here, by `page.document`'s type."""
    appendices = [_overflow_findings, _technical]
    if page.document["status"] == "failed":
        return [_failed_note, _document_findings], appendices
    sections = [_project_amounts, _printed_totals, _indicators, _document_findings]
    if page.document["document_type"] == "self_evaluation":
        sections[2:2] = [_budget_execution, _targets_met]
    return sections, appendices


def _document_page(page: _Page) -> str:
    voice, document = page.voice, page.document
    sections, appendices = _document_sections(page)
    depth = document["document_id"].count("/") + 1
    index = "../" * depth + paths.REPORT_NAME
    nav = f'<nav><a class="link" href="{_href(index)}">{_text(voice["back_to_index"])}</a></nav>\n'
    kind = voice[f"kind_{document['document_type']}"]
    kicker = voice["document_kicker"].format(
        kind=kind, number=page.number, documents=page.documents
    )
    header = (
        f'<header>\n<p class="kicker">{_text(kicker)}</p>\n'
        f"<h1>{_department_year(voice, document)}</h1>\n"
        f'<p class="sub">{_text(document["title"] or document["source_file"])}</p>\n'
        f"{_document_header(page)}\n</header>"
    )
    return _page(
        voice,
        f"{_department_year(voice, document)} · {_text(voice['report_title'])}",
        [
            header,
            *_numbered(
                voice,
                [section(page) for section in sections],
                [section(page) for section in appendices],
            ),
        ],
        nav,
    )


def _figure_marks(findings: list[dict]) -> dict[tuple[str, str], list[str]]:
    """The findings about figures that do not add up, by the figure they mark (FIGURE_RULES)
    and the row it is on."""
    marks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for finding in findings:
        if finding["rule"] in FIGURE_RULES:
            marks[(FIGURE_RULES[finding["rule"]], finding["entity_id"])].append(finding["number"])
    return marks


def _mark(page: _Page, entity_id: str | None, figure: str = "amount") -> str:
    """The mark beside a figure that does not add up: ※ and the finding's number, linking
    to it (the number is what a printed page cites)."""
    return "".join(
        f'<a class="mark" href="#{_text(number)}" title="{_text(page.voice["mark_title"])}">'
        f"※{_text(number)}</a>"
        for number in page.marks.get((figure, entity_id or ""), [])
    )


def _has_marks(page: _Page, figure: str) -> bool:
    return any(marked == figure for marked, _entity in page.marks)


def _document_header(page: _Page) -> str:
    voice, document = page.voice, page.document
    year = document["fiscal_year"]
    if year is not None and document["fiscal_year_source"]:
        year = f"{year}{voice['year_source_' + document['fiscal_year_source']]}"
    fields = [
        (voice["field_title"], _text(document["title"])),
        (voice["field_department"], _text(document["department"])),
        (voice["field_year"], _text(year)),
        (voice["field_source_file"], _text(document["source_file"])),
    ]
    if document["region"]:
        fields.append((voice["field_region"], _text(document["region"])))
    if document["source_url"]:
        fields.append((voice["field_source_url"], _text(document["source_url"])))
    if document["status"] == "ok":
        fields += [
            (voice["field_projects"], _count(document["project_count"])),
            (voice["field_indicators"], _count(document["indicator_count"])),
            (voice["field_grand_total"], _grand_total(page)),
        ]
    return (
        '<dl class="meta">'
        + "".join(f"<dt>{_text(label)}</dt><dd>{value}</dd>" for label, value in fields)
        + "</dl>"
    )


def _grand_total(page: _Page) -> str:
    voice, document = page.voice, page.document
    if document["grand_total_id"] is None:
        return _text(voice["no_grand_total"])
    parts = [
        f"{label} {_money(document[column])}"
        for label, column in (
            ("财政拨款", "fiscal_appropriation"),
            ("财政专户拨款", "fiscal_special_account"),
            ("其他资金", "other_funds"),
        )
        if document[column] is not None
    ]
    total = (
        f"<b>{_money(document['total_amount'])}</b>{_mark(page, document['grand_total_id'])} 万元"
    )
    if parts:
        total += f' <span class="muted">{voice["parts"].format(parts="; ".join(parts))}</span>'
    if document["currency_unit"] != "万元":
        printed = voice["printed_in"].format(unit=document["currency_unit"])
        if document["currency_unit"] is None:
            printed = voice["printed_no_unit"]
        total += f' <span class="muted">{_text(printed)}</span>'
    return total


def _failed_note(page: _Page) -> Section:
    return Section(
        page.voice["unreadable"], f'<p class="failed">{_text(page.voice["failed_note"])}</p>'
    )


def _project_amounts(page: _Page) -> Section:
    voice, projects = page.voice, page.projects
    if not projects:
        return Section(voice["project_amounts"], f"<p>{voice['no_projects']}</p>")
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
        f'<td class="num">{_money(project["total_amount"])}{_mark(page, project["project_id"])}'
        "</td></tr>"
        for project in shown
    )
    if rest:
        rest_total = sum(
            (p["total_amount"] for p in rest if p["total_amount"] is not None), Decimal(0)
        )
        rows += (
            f'<tr><td></td><td colspan="2" class="muted">'
            f"{_text(voice['smaller_projects'].format(count=_count(len(rest))))}</td>"
            f'<td class="num muted">{_money(rest_total)}</td></tr>'
        )
    return Section(
        voice["project_amounts"],
        f'<table class="bars">\n<thead><tr><th class="num">{voice["col_seq"]}</th>'
        f'<th>项目名称</th><th></th><th class="num">总计</th></tr></thead>\n<tbody>'
        + rows
        + f'</tbody>\n</table>\n<p class="note">{_text(voice["project_amounts_note"])}'
        + (f" {_text(voice['marks_note'])}" if _has_marks(page, "amount") else "")
        + "</p>",
    )


def _printed_totals(page: _Page) -> Section | None:
    """The printed subtotals, which the subtotal_mismatch rule checks; with a single unit its
    subtotal only repeats the 合计 already in the header."""
    voice, rows = page.voice, page.totals
    if sum(row["row_type"] == "funding_unit" for row in rows) < 2:
        return None
    shown = rows[:SUBTOTAL_LIMIT]
    body = "".join(
        f"<tr><td>{'<b>合计</b>' if row['row_type'] == 'grand_total' else _text(row['name'])}"
        f'</td><td class="num">{_money(row["total_amount"])}{_mark(page, row["amount_row_id"])}'
        f'</td><td class="num">{_money(row["fiscal_appropriation"])}</td>'
        f'<td class="num">{_money(row["fiscal_special_account"])}</td>'
        f'<td class="num">{_money(row["other_funds"])}</td>'
        f'<td class="num muted">{_text(row["source_line"])}</td></tr>'
        for row in shown
    )
    more = len(rows) - len(shown)
    return Section(
        voice["printed_totals"],
        "<table>\n<thead><tr><th>合计 / 资金使用单位</th>"
        '<th class="num">总计</th><th class="num">财政拨款</th><th class="num">财政专户拨款</th>'
        f'<th class="num">其他资金</th><th class="num">{voice["col_line"]}</th></tr></thead>\n'
        f"<tbody>{body}</tbody>\n</table>"
        + (
            f'<p class="note">{_text(voice["more_units"].format(count=_count(more)))}</p>'
            if more > 0
            else ""
        ),
    )


# A self-evaluation's sections: what it spent, and what it did against what it promised.


def _budget_execution(page: _Page) -> Section | None:
    """Each project's money block: the budgets, what was spent, the 执行率 as printed (marked
    when execution_rate_mismatch found it wrong) and as computed, and its points."""
    voice = page.voice
    projects = sorted(page.projects, key=lambda p: p["project_seq"])
    if all(p["budget_adjusted"] is None and p["budget_executed"] is None for p in projects):
        return None
    rows = "".join(
        f'<tr><td class="seq num">{project["project_seq"]}</td>'
        f'<td class="name">{_text(project["project_name"] or voice["project_unnamed"])}</td>'
        f'<td class="num">{_money(project["budget_initial"])}</td>'
        f'<td class="num">{_money(project["budget_adjusted"])}</td>'
        f'<td class="num">{_money(project["budget_executed"])}</td>'
        f'<td class="num">{_text(project["execution_rate_raw"])}'
        f"{_mark(page, project['project_id'], 'execution_rate')}</td>"
        f'<td class="num">{_rate(project["execution_rate_computed"])}</td>'
        f'<td class="num">{_points(project["execution_score"], project["execution_weight"])}</td>'
        "</tr>"
        for project in projects
    )
    note = voice["budget_execution_note"]
    if _has_marks(page, "execution_rate"):
        note += " " + voice["rate_marks_note"]
    return Section(
        voice["budget_execution"],
        f'<table>\n<thead><tr><th class="num">{voice["col_seq"]}</th><th>项目名称</th>'
        '<th class="num">年初预算数</th><th class="num">全年预算数</th>'
        f'<th class="num">全年执行数</th><th class="num">{voice["col_rate_printed"]}</th>'
        f'<th class="num">{voice["col_rate_computed"]}</th>'
        f'<th class="num">{voice["col_score_of"]}</th></tr></thead>\n<tbody>{rows}</tbody>\n'
        f'</table>\n<p class="note">{_text(note)}</p>',
    )


def _targets_met(page: _Page) -> Section | None:
    """Targets met, missed and not comparable; the points claimed against those `met`
    supports; the published target table the self-evaluation answers, if it is in the build."""
    voice, rows = page.voice, page.attainment
    if not rows:
        return None
    counts = {verdict: 0 for verdict in (True, False, None)}
    for row in rows:
        counts[row["met"]] += 1
    several = len({row["project_id"] for row in rows}) > 1
    body, previous = [], None
    for row in rows:
        if several and row["project_id"] != previous:
            body.append(
                f'<tr class="level1"><td colspan="6">{row["project_seq"]}. '
                f"{_text(row['project_name'] or voice['project_unnamed'])}</td></tr>"
            )
            previous = row["project_id"]
        reason = voice.met_reason(row)
        body.append(
            f"<tr><td>{_text(row['indicator_name'])}</td><td>{_text(row['annual_target'])}</td>"
            f"<td>{_text(row['actual_value'])}</td>"
            f'<td class="met-{_MET[row["met"]]}">{_text(voice["met_" + _MET[row["met"]]])}'
            + (f'<br><span class="note">{_text(reason)}</span>' if reason else "")
            + f'</td><td class="num">{_figure(row["weight"])}</td>'
            f'<td class="num">{_figure(row["score"])}</td></tr>'
        )
    summary = voice["targets_counts"].format(
        met=_count(counts[True]),
        missed=_count(counts[False]),
        not_comparable=_count(counts[None]),
        indicators=_count(len(rows)),
    )
    return Section(
        voice["targets_met"],
        f'<p class="targets-counts">{_text(summary)}</p>\n'
        f'<table class="attainment">\n<thead><tr><th>{voice["col_indicator"]}</th>'
        f"<th>年度指标值</th><th>实际完成值</th><th>{voice['col_met']}</th>"
        f'<th class="num">{voice["col_weight"]}</th><th class="num">{voice["col_score"]}</th>'
        f"</tr></thead>\n<tbody>{''.join(body)}</tbody>\n</table>\n"
        f'<p class="note">{_text(voice["targets_met_note"])}</p>\n'
        + _self_scores(page)
        + _published_targets(page),
    )


_MET = {True: "met", False: "missed", None: "not_comparable"}


def _self_scores(page: _Page) -> str:
    """The points the self-evaluation gave itself against the points its met targets earn."""
    voice = page.voice
    (scores,) = page.self_scores
    rows = "".join(
        f"<tr><td>{_text(voice['points_' + key])}</td>"
        f'<td class="num">{_figure(scores["points_" + key])}</td></tr>'
        for key in ("available", "claimed", "claimed_comparable", "earned")
    )
    return (
        f"<h3>{_text(voice['self_scores'])}</h3>\n"
        f'<table class="self-scores">\n<tbody>{rows}</tbody>\n</table>\n'
        f'<p class="note">{_text(voice["self_scores_note"])}</p>'
    )


def _published_targets(page: _Page) -> str:
    """A line per target table the self-evaluation answers (project_links), linking to its
    page, and the indicators whose target changed after publication."""
    voice, document = page.voice, page.document
    up = "../" * (document["document_id"].count("/") + 1)
    lines = []
    for link in page.links:
        href = _href(up + document_page_path(link["target_document_id"]))
        changed = link["changed"] or []
        line = voice["published_in"].format(
            table=f'<a class="link" href="{href}">{_text(link["target_source_file"])}</a>'
        )
        if changed:
            line += _text(voice["targets_changed"].format(count=_count(len(changed))))
            line += "".join(
                "<br>"
                + _text(
                    voice["target_changed"].format(
                        name=item["name"], published=item["published"], stated=item["stated"]
                    )
                )
                for item in changed
            )
        lines.append(f'<p class="published">{line}</p>')
    return "\n" + "\n".join(lines) if lines else ""


def _figure(value: float | None) -> str:
    """A score, weight or rate as printed: no trailing zeros."""
    if value is None:
        return '<span class="muted">—</span>'
    return format(Decimal(str(value)).normalize(), "f")


def _rate(value: Decimal | None) -> str:
    return '<span class="muted">—</span>' if value is None else f"{_figure(value)}%"


def _points(score: float | None, weight: float | None) -> str:
    return f"{_figure(score)} / {_figure(weight)}"


def _indicators(page: _Page) -> Section:
    return Section(
        page.voice["indicators"],
        f'<div class="grid">\n<div>{_level_table(page)}</div>\n'
        f"<div>{_document_quantified(page)}</div>\n</div>",
    )


def _level_table(page: _Page) -> str:
    voice, rows = page.voice, page.levels
    if not rows:
        return f"<h3>{voice['levels']}</h3>\n<p>{voice['no_indicators']}</p>"
    total = sum(row["indicators"] for row in rows)
    level1_totals: dict[tuple, int] = defaultdict(int)
    for row in rows:
        level1_totals[(row["level1_code"], row["level1"])] += row["indicators"]
    body, previous = [], None
    for row in rows:
        key = (row["level1_code"], row["level1"])
        if key != previous:
            name = _level_name(voice, row["level1"], row["level1_unknown"])
            body.append(
                f'<tr class="level1"><td>{name}</td>'
                f'<td class="num">{_count(level1_totals[key])}</td>'
                f'<td class="track">{_bar(level1_totals[key], total)}</td></tr>'
            )
            previous = key
        body.append(
            f'<tr class="level2"><td>{_level_name(voice, row["level2"], row["level2_unknown"])}'
            f'</td><td class="num">{_count(row["indicators"])}</td>'
            f'<td class="track">{_bar(row["indicators"], total, light=True)}</td></tr>'
        )
    return (
        f"<h3>{voice['levels']}</h3>\n"
        f'<table class="bars">\n<thead><tr><th>一级指标 / 二级指标</th>'
        f'<th class="num">{voice["col_count"]}</th><th style="width:40%"></th></tr></thead>\n'
        f"<tbody>{''.join(body)}</tbody>\n</table>"
    )


def _level_name(voice: _Voice, name: str | None, unknown: bool) -> str:
    if name is None:
        return f'<span class="muted">{voice["not_written"]}</span>'
    if unknown:
        return f'{_text(name)} <span class="muted">({voice[_NOT_IN_TAXONOMY]})</span>'
    return _text(name)


def _document_quantified(page: _Page) -> str:
    voice, rows = page.voice, page.quantified
    indicators = sum(row["indicators"] for row in rows)
    quantified = sum(row["quantified"] for row in rows)
    levels = [
        ((row["level1_code"], row["level1_name"]), [row["indicators"], row["quantified"]])
        for row in rows
    ]
    of = voice["quantified_of"].format(quantified=_count(quantified), indicators=_count(indicators))
    return (
        f"<h3>{voice['quantified']}</h3>\n"
        f'<p><span class="big">{_share(quantified, indicators)}</span> '
        f'<span class="muted">{_text(of)}</span></p>\n' + _quantified_table(voice, levels)
    )


def _document_findings(page: _Page) -> Section:
    """The counts by rule, then under each rule its first few findings; the rest are in the
    appendix `_overflow_findings`."""
    voice = page.voice
    if not page.findings:
        return Section(voice["findings"], f"<p>{voice['no_findings']}</p>")
    counts = {(row["severity"], row["rule"]): row["findings"] for row in page.rule_counts}
    parts = [_rule_table(voice, page.rule_counts, with_documents=False)]
    by_rule: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for finding in page.shown:
        by_rule[(finding["severity"], finding["rule"])].append(finding)
    year = page.document["fiscal_year"]
    for (severity, rule), findings in by_rule.items():
        more = counts[(severity, rule)] - len(findings)
        parts.append(
            f"<h3>{_severity_badge(voice, severity)} {_text(voice.rule_title(rule))} "
            f'<span class="muted">({_count(counts[(severity, rule)])})</span></h3>\n'
            f'<p class="note">{_text(voice.rule_explanation(rule))}</p>\n'
            + _finding_table(voice, findings, year, with_rule=False)
            + (
                f'<p class="note">{_text(voice["more_in_appendix"].format(count=_count(more)))}</p>'
                if more > 0
                else ""
            )
        )
    return Section(voice["findings"], "\n".join(parts))


def _overflow_findings(page: _Page) -> Section | None:
    if not page.overflow:
        return None
    year = page.document["fiscal_year"]
    return Section(
        page.voice["other_findings"],
        f'<p class="note">{_text(page.voice["other_findings_note"])}</p>\n'
        + _finding_table(page.voice, page.overflow, year, with_rule=True),
    )


def _finding_table(
    voice: _Voice, findings: list[dict], fiscal_year: int | None, with_rule: bool
) -> str:
    """Number, where (file and line), what it is about (project, indicator), what is wrong
    and the raw text: one row per finding, each its own anchor (`#f12`)."""
    rule_head = f'<th class="rule">{voice["col_rule"]}</th>' if with_rule else ""
    rows = "".join(
        f'<tr id="{_text(f["number"])}"><td class="no">{_text(f["number"])}</td>'
        + (f'<td class="rule">{_text(voice.rule_title(f["rule"]))}</td>' if with_rule else "")
        + f'<td class="where">{_where(f)}</td><td class="subject">{_subject(voice, f)}</td>'
        f"<td>{_message_cell(voice, f, fiscal_year)}</td>"
        f'<td class="evidence">{_evidence_cell(voice, f)}</td></tr>'
        for f in findings
    )
    return (
        f'<table class="findings{" with-rule" if with_rule else ""}">\n'
        f'<thead><tr><th class="no">{voice["col_number"]}</th>'
        f'{rule_head}<th class="where">{voice["col_where"]}</th>'
        f'<th class="subject">{voice["col_subject"]}</th><th>{voice["col_message"]}</th>'
        f'<th class="evidence">{voice["col_evidence"]}</th></tr></thead>\n<tbody>{rows}'
        "</tbody>\n</table>"
    )


def _where(finding: dict) -> str:
    line = finding["source_line"]
    where = _text(finding["source_file"] if line is None else f"{finding['source_file']}:{line}")
    if finding["source_location"]:
        where += f'<br><span class="muted">{_text(finding["source_location"])}</span>'
    return where


def _subject(voice: _Voice, finding: dict) -> str:
    """The project (or 合计, or 资金使用单位) and indicator the finding is about."""
    if finding["subject"] is None:
        return f'<span class="muted">{_text(voice["no_project"])}</span>'
    subject = _text(finding["subject"])
    if finding["indicator_name"] is not None:
        indicator = voice["indicator_named"].format(name=finding["indicator_name"])
        subject += f'<span class="indicator">{_text(indicator)}</span>'
    return subject


def _message_cell(voice: _Voice, finding: dict, fiscal_year: int | None) -> str:
    return _text(voice.message(finding, fiscal_year))


def _evidence_cell(voice: _Voice, finding: dict) -> str:
    """The raw text; with none, in Chinese, the check's own words, which then hold the
    particulars (a label, a file name), marked as the program's."""
    if finding["evidence"]:
        return _evidence(finding["evidence"])
    if voice.lang == "zh":
        return f'<span class="program">{_text(voice["program_note"])}{_text(finding["message"])}</span>'
    return ""


def _technical(page: _Page) -> Section:
    """What identifies the file that was read and how it was read, and the rules' ids."""
    voice, document = page.voice, page.document
    status = voice["status_" + document["status"]]
    fields = [
        (voice["field_document_id"], _text(document["document_id"])),
        (voice["field_source_file"], _text(document["source_file"])),
        # The hash names the exact version of the file that was read, for citing it; a file
        # that could not be read at all has none.
        ("SHA-256", f"<code>{_text(document['sha256'])}</code>"),
        (voice["field_encoding"], _text(document["encoding"])),
        (voice["field_layout"], _text(document["layout"])),
        (voice["field_unit"], _text(document["currency_unit"])),
        (voice["field_status"], _text(f"{status} ({document['status']})")),
        (voice["field_version"], _text(PIPELINE_VERSION)),
    ]
    meta = (
        '<dl class="meta">'
        + "".join(f"<dt>{_text(label)}</dt><dd>{value}</dd>" for label, value in fields)
        + "</dl>"
    )
    rules = _rule_ids(voice, page.rule_counts)
    if rules is None:
        return Section(voice["technical"], "", meta)
    return Section(voice["technical"], meta, f"<h3>{_text(rules.title)}</h3>\n{rules.tail}")
