"""Shared row containers: the rows one file contributes to each output table.

Every floor that makes rows (the layouts, normalize, checks) fills these, and the output
floor turns them into columns; none of them owns the containers.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from pipeline.targets.parser import CLAUSE_FIELDS
from pipeline.vocab.rules import RULES

# A thresholds row is a tuple in the table's column order, not a dict: these rows are the
# most numerous, and a tuple costs a fraction of a dict to build and to turn into columns.
THRESHOLD_COLUMNS = (
    "indicator_id",
    "project_id",
    "document_id",
    "scope",
    *CLAUSE_FIELDS,
    "source_file",
    "source_line",
)


@dataclass(slots=True)
class Tables:
    """The rows one file contributes to each output table, in output order: dicts keyed by
    column, except thresholds (tuples in THRESHOLD_COLUMNS order); and what the checks read
    besides them."""

    documents: list[dict] = field(default_factory=list)
    projects: list[dict] = field(default_factory=list)
    amount_rows: list[dict] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)
    thresholds: list[tuple] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)
    # Not an output table: per project id, the points its table prints for the weights
    # (`pipeline.layouts.self_evaluation.PrintedPoints`), which the weights check reads.
    points: dict = field(default_factory=dict)
    # Not an output table: the ids of projects whose fund parts are only shares by level of
    # government (中央补助, 省级财政安排 …), which the amounts check holds only to not exceed
    # their printed total.
    shares: set = field(default_factory=set)
    # Not an output table: per project id, the line of its money where a form prints it on a
    # line of its own (its money block's first row, its 资金总额's), where the checks of its money
    # point rather than at the project's first line (its 项目名称, or its table's title).
    money_lines: dict = field(default_factory=dict)
    # Not an output table: per project id and amount row id, the number of the table of the
    # file it was read from and that table's layout (a layout reader's tables; the packed
    # reader's one table gives none), which the subtotals check holds a total to: a list's 合计
    # sums its own list's projects (its tables of that layout: a list going on over a page),
    # not those of the forms beside it in the workbook.
    table_numbers: dict = field(default_factory=dict)

    def extend(self, other: "Tables") -> None:
        """Add another file's rows after these (an archive's members, one after another)."""
        for table in OUTPUT_TABLES:
            getattr(self, table).extend(getattr(other, table))
        self.points.update(other.points)
        self.shares.update(other.shares)
        self.money_lines.update(other.money_lines)
        self.table_numbers.update(other.table_numbers)


# The fields of Tables that are output tables (its lists of rows), in output order.
OUTPUT_TABLES = tuple(f.name for f in fields(Tables) if f.default_factory is list)


def finding(
    document_id: str,
    rule: str,
    message: str,
    *,
    source_file: str,
    source_line: int | None,
    entity_type: str = "document",
    entity_id: str | None = None,
    evidence: str | None = None,
) -> dict:
    """One finding row, its severity that of its rule (its id is assigned once all of a
    document's findings are known)."""
    return {
        "document_id": document_id,
        "severity": RULES[rule][0],
        "rule": rule,
        "entity_type": entity_type,
        "entity_id": entity_id or document_id,
        "source_file": source_file,
        "source_line": source_line,
        "source_location": None,  # set from the file's cell rows once they are all known
        "message": message,
        "evidence": evidence,
    }


class RowWriter:
    """What every normalizer shares: one document's rows so far, and how a finding and the
    threshold clauses of a target are added to them. One instance per file."""

    def __init__(self, source_file: str, document_id: str, fiscal_year: int | None):
        self.source_file = source_file
        self.document_id = document_id
        self.fiscal_year = fiscal_year
        self.tables = Tables()

    def problem(self, rule: str, message: str, line: int | None, **extra) -> None:
        self.tables.findings.append(
            finding(
                self.document_id,
                rule,
                message,
                source_file=self.source_file,
                source_line=line,
                **extra,
            )
        )

    def add_clauses(
        self, indicator_id: str, project_id: str, scope: str, clauses: Iterable[tuple], line: int
    ) -> None:
        """A target's clauses, each the values of its CLAUSE_FIELDS in order."""
        document_id, source_file = self.document_id, self.source_file
        self.tables.thresholds.extend(
            (indicator_id, project_id, document_id, scope, *clause, source_file, line)
            for clause in clauses
        )
