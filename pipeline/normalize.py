"""Normalize stage: a `RawTable` -> rows of the output tables (documents, projects, ...).

Pure. Tells subtotal rows (合计, each 资金使用单位) from project rows, reads amounts as exact
decimals in 万元, converted from the unit the table prints (元, 千元, 亿元 …), splits the
绩效指标 cell into indicators, maps level labels onto the taxonomy and parses every target
value into threshold clauses. What it cannot read becomes a finding that carries the text,
so nothing is dropped silently; a table that gives projects but not one indicator says so
in a finding of its own.
"""

import functools
import json
from decimal import Decimal

from pipeline.labels.lines import YEAR, names_unit, stated_year
from pipeline.layouts.indicator_cell import IndicatorFields, split_indicator_cell
from pipeline.manifest import Source, document_id_for
from pipeline.money import BEYOND_MONEY, to_wan
from pipeline.read.text import ExtractError, RawTable, Row, line_at, read_amount
from pipeline.rows import RowWriter, Tables, finding
from pipeline.targets.parser import CLAUSE_FIELDS, has_numeric_clause, parse_target
from pipeline.vocab import labels, taxonomy
from pipeline.vocab.traditional import simplified

LAYOUT = "indicator-cell"  # all of a project's indicators in one 绩效指标 cell

# The money columns of a self-evaluation (its money block), in amount_rows too; then the
# project's own.
SELF_EVALUATION_MONEY = (
    "budget_initial",
    "budget_initial_raw",
    "budget_adjusted",
    "budget_adjusted_raw",
    "budget_executed",
    "budget_executed_raw",
    "execution_rate",
    "execution_rate_raw",
)
SELF_EVALUATION_PROJECT = (*SELF_EVALUATION_MONEY, "execution_weight", "execution_score")
# The figures of a form's 合计/总分 row under its indicators.
POINTS_TOTALS = ("weight_total", "weight_total_raw", "score_total", "score_total_raw")

# What the packed table never prints: the columns forms and split value columns fill.
PACKED_PROJECT = dict.fromkeys(
    (
        "supervising_department",
        "implementing_unit",
        "period_goal",
        "actual_goal",
        "period_start",
        "period_end",
        "period_text",
        "period_amount",
        "period_amount_raw",
        *SELF_EVALUATION_PROJECT,
        *POINTS_TOTALS,
    )
) | {"project_kind": "project"}
PACKED_INDICATOR = dict.fromkeys(
    (
        "target_operator_raw",
        "target_value_raw",
        "target_unit_raw",
        "period_operator_raw",
        "period_value_raw",
        "period_unit_raw",
        "weight",
        "standard",
        "direction",
        "actual_value",
        "score",
        "deviation_reason",
        "extra_columns",
    )
)
# What only a self-evaluation's money block fills in amount_rows (fund_source rows).
FUND_SOURCE_COLUMNS = ("project_id", *SELF_EVALUATION_MONEY)


def failed_document(sha256: str | None, source: Source, error: ExtractError) -> Tables:
    """The rows for a file that could not be read: a `failed` document and its finding, of
    the error's rule (`file_unreadable`, `layout_unsupported`)."""
    source_file, line = error.source_file, error.line
    document_id = document_id_for(source_file)
    tables = Tables()
    tables.documents.append(
        document_row(document_id, source_file, sha256, source, status="failed", source_line=line)
    )
    tables.findings.append(
        finding(document_id, error.rule, error.reason, source_file=source_file, source_line=line)
    )
    return tables


def document_row(
    document_id: str, source_file: str, sha256: str, source: Source, **values: object
) -> dict:
    row = {
        "document_id": document_id,
        "source_file": source_file,
        "sha256": sha256,
        "title": None,
        "department": source.department,
        "fiscal_year": source.fiscal_year,
        "fiscal_year_source": "manifest" if source.fiscal_year else None,
        "region": source.region,
        "source_url": source.source_url,
        "retrieved": source.retrieved,
        "currency_unit": None,
        "layout": None,
        "document_type": None,
        "encoding": None,
        "status": "ok",
        "project_count": 0,
        "indicator_count": 0,
        "source_line": 1,
    }
    row.update(values)
    return row


def infer_fiscal_year(raw: RawTable) -> int | None:
    """A year the table states for itself: in its title, else the one its cells name most."""
    if (year := stated_year(raw.title)) is not None:
        return year
    counts: dict[int, int] = {}
    for row in raw.rows:
        for cell in row.cells:
            for year in YEAR.findall(cell):
                counts[int(year)] = counts.get(int(year), 0) + 1
    return max(counts, key=lambda year: (counts[year], year)) if counts else None


def normalize_table(raw: RawTable, source: Source) -> Tables:
    """All output rows of one extracted table."""
    document_id = document_id_for(raw.source_file)
    fiscal_year, year_source = source.fiscal_year, "manifest" if source.fiscal_year else None
    if fiscal_year is None and (fiscal_year := infer_fiscal_year(raw)) is not None:
        year_source = "inferred"
    reader = _TableReader(raw, document_id, fiscal_year)
    reader.read_lines()
    reader.read_rows()
    reader.check_indicators_read()
    tables = reader.tables
    tables.documents.append(
        document_row(
            document_id,
            raw.source_file,
            raw.sha256,
            source,
            title=raw.title,
            department=source.department or raw.department,
            fiscal_year=fiscal_year,
            fiscal_year_source=year_source,
            currency_unit=raw.currency_unit,
            layout=LAYOUT,
            document_type="targets",
            encoding=raw.encoding,
            project_count=len(tables.projects),
            indicator_count=len(tables.indicators),
            source_line=next((line.line for line in raw.lines if line.kind == "title"), 1),
        )
    )
    return tables


# Lines outside the rows that become findings carrying their text: kind -> (rule, message).
_LINE_FINDINGS = {
    "unrecognised": (
        "line_unrecognised",
        "a line outside the table rows that is neither title, header nor page number",
    ),
    "note": ("table_note", "a note or sign-off line by the table"),
}


class _TableReader(RowWriter):
    """Walks one table's rows, filling `tables`; one instance per file, then discarded."""

    def __init__(self, raw: RawTable, document_id: str, fiscal_year: int | None):
        super().__init__(raw.source_file, document_id, fiscal_year)
        self.raw = raw
        self.position = {column: i for i, column in enumerate(raw.columns)}
        # The unit amounts are printed in; None when the table's statements of it disagree.
        # One outside the vocabulary, or None, leaves them unconverted.
        self.disagreeing = _disagreeing_unit(raw.currency_statements)
        self.currency_unit = (
            None if self.disagreeing else raw.currency_unit or labels.STORED_CURRENCY_UNIT
        )

    def read_lines(self) -> None:
        for line in self.raw.lines:
            if line.kind in _LINE_FINDINGS:
                rule, message = _LINE_FINDINGS[line.kind]
                self.problem(rule, message, line.line, evidence=line.text)
        for number, text in self.raw.damaged_lines:
            self.problem(
                "bytes_damaged",
                f"bytes that are not {self.raw.encoding.split()[0]} are read as �; "
                "compare the line with the published table",
                number,
                evidence=text,
            )
        for label, column in zip(self.raw.header_labels, self.raw.columns, strict=True):
            if column.startswith("extra:") and label:
                self.problem(
                    "column_unknown",
                    f"column {label!r} is not one the pipeline knows; its cells are kept in "
                    "projects.extra_columns",
                    self.raw.header_line,
                    evidence=label,
                )
        self.read_currency_unit()

    def read_currency_unit(self) -> None:
        """Say so when the table's amounts are not read in a unit it prints."""
        unit = self.raw.currency_unit
        if unit is None:
            self.problem(
                "currency_unit_missing",
                f"the table prints no money unit (单位：万元 or 元); its amounts are read as "
                f"{labels.STORED_CURRENCY_UNIT}",
                self.raw.header_line,
            )
            return
        first_line, first_text, _ = next(
            iter(self.raw.currency_statements), (self.raw.header_line, unit, unit)
        )
        if self.disagreeing:
            line, text, _ = self.disagreeing
            self.problem(
                "currency_unit_unknown",
                f"the table states two money units, {first_text!r} (line {first_line}) and "
                f"{text!r}; the amounts are kept as printed only, in the *_raw columns",
                line,
                evidence=f"{first_text}\t{text}",
            )
        elif unit not in labels.CURRENCY_UNITS:
            self.problem(
                "currency_unit_unknown",
                f"money unit {unit!r} is not one the pipeline converts to "
                f"{labels.STORED_CURRENCY_UNIT} ({'、'.join(labels.CURRENCY_UNITS)}); the "
                "amounts are kept as printed only, in the *_raw columns",
                first_line,
                evidence=first_text,
            )

    def cell(self, row: Row, column: str) -> str:
        index = self.position.get(column)
        return row.cells[index] if index is not None and index < len(row.cells) else ""

    def read_rows(self) -> None:
        funding_unit = None
        rows = self.raw.rows
        since = len(self.tables.projects)  # the projects after the last subtotal row
        for index, row in enumerate(rows):
            # A table with a 资金使用单位 column of its own names its subtotals there, the
            # project's cell empty or a subtotal's word (`| 合计 | | 3,575,900.00`, `某局 | 小计
            # | 131.50`).
            name = self.cell(row, "project_name")
            unit_cell = self.cell(row, "funding_unit")
            bare = self.is_bare(row)
            if (
                bare
                and unit_cell
                and (not name or labels.fold_label(name) in labels.SUBTOTAL_WORDS)
            ):
                # `某局 | 小计 | 131.50` after projects that printed 某局 closes them; before
                # any, it opens the unit's.
                closes = name and any(
                    p["funding_unit"] == unit_cell for p in self.tables.projects[since:]
                )
                name = unit_cell + labels.SUBTOTAL_WORDS[0] if closes else unit_cell
            elif bare and (total := self.total_first(row)) is not None:
                # ... and a 合计 printed in the row's first cell, under 序号 (`合计 | | | 5,691,250`),
                # or merged across to 项目名称, its figures read one after another from there.
                row, name = total, labels.GRAND_TOTAL_WORDS[0]
            word = labels.fold_label(name)
            if word in labels.GRAND_TOTAL_WORDS:
                self.add_amount_row(row, "grand_total", name)
            elif word.endswith(labels.SUBTOTAL_WORDS) and bare:
                # A unit's subtotal after its projects (`小计 | | 501.60`, `某校小计 | 46.80`):
                # theirs, named by the unit the nearest project's row above printed or went on
                # under, else by the name before its 小计.
                above = self.tables.projects[since:]
                named = labels.subtotal_unit(name) or name
                unit = next(
                    (p["funding_unit"] for p in reversed(above) if p["funding_unit"]), named
                )
                for project in above:
                    project["funding_unit"] = project["funding_unit"] or unit
                self.add_amount_row(row, "funding_unit", unit)
                funding_unit = None
            elif self.is_unit_subtotal(rows, index, name):
                funding_unit = name
                self.add_amount_row(row, "funding_unit", name)
            else:
                funding_unit = unit_cell or funding_unit
                self.add_project(row, funding_unit)
                continue
            since = len(self.tables.projects)

    def check_indicators_read(self) -> None:
        """A table that gave projects but not one indicator is never silent: an error when it
        has a 绩效指标 column (the indicators are there and were not read, or were left
        blank), a warning when it has none (a budget table listing projects, whose amounts
        stand as read)."""
        projects = len(self.tables.projects)
        if not projects or self.tables.indicators:
            return
        if "indicators" in self.position:
            label = self.raw.header_labels[self.position["indicators"]]
            self.problem(
                "indicators_none",
                f"{projects} projects but not one indicator read from the {label} column; "
                "compare the file with the published table",
                self.raw.header_line,
                evidence=label,
            )
        else:
            self.problem(
                "indicator_column_missing",
                f"{projects} projects but no 绩效指标 column, so no indicators; is this a "
                "budget table rather than a 绩效目标表?",
                self.raw.header_line,
                evidence="\t".join(self.raw.header_labels),
            )

    def total_first(self, row: Row) -> Row | None:
        """A row opening with a grand total's word in its first cell (under 序号, no project
        named): the row, or, where it prints figures from the next cell on (the word's cell
        merged across to 项目名称, the cells it spans given none: a PDF's), the row with its
        figures moved under the amount columns, in order; None for any other row."""
        first = row.cells[0] if row.cells else ""
        name = self.cell(row, "project_name")
        if labels.fold_label(first) not in labels.GRAND_TOTAL_WORDS or first == name:
            return None
        if not name and not any(read_amount(text) is not None for text in row.cells[1:2]):
            return row
        figures = [text for text in row.cells[1:] if text.strip()]
        places = [self.position[c] for c in labels.AMOUNT_COLUMNS if c in self.position]
        if len(figures) > len(places) or any(read_amount(text) is None for text in figures):
            return None
        cells = [""] * len(self.raw.columns)
        cells[self.position["project_name"]] = first
        for place, text in zip(places, figures, strict=False):
            cells[place] = text
        return Row(row.line, tuple(cells), row.cell_count, row.origins)

    def is_bare(self, row: Row) -> bool:
        """A row with amounts but no 绩效目标 and no 绩效指标: a subtotal, or a bare project."""
        return not self.cell(row, "performance_goal") and not self.cell(row, "indicators")

    def is_unit_subtotal(self, rows: tuple[Row, ...], index: int, name: str) -> bool:
        """A bare row is a 资金使用单位's subtotal when its name is an organisation's
        (`…局`, `…中心`), or when it adds up the rows below it up to the next bare row; a
        project with no goal or indicators written is neither."""
        if not self.is_bare(rows[index]):
            return False
        if names_unit(name):
            return True
        total = self.amount(self.cell(rows[index], "total_amount"))
        below = []
        for row in rows[index + 1 :]:
            if self.is_bare(row):
                break
            below.append(self.amount(self.cell(row, "total_amount")) or 0)
        return bool(below) and total is not None and sum(below) == total

    def amount(self, text: str) -> Decimal | None:
        """A cell's amount in 万元, or None when it has none that can be held exactly."""
        reading = read_amount(text)
        return to_wan(*reading, self.currency_unit) if reading else None

    def amounts(self, row: Row) -> dict:
        """The amount columns of a row in 万元, and each cell as printed beside them."""
        values = {}
        for column in labels.AMOUNT_COLUMNS:
            text = self.cell(row, column)
            reading = read_amount(text)
            values[f"{column}_raw"] = text or None
            values[column] = self.amount(text)
            if reading is None:
                if text and simplified(text) not in labels.EMPTY_AMOUNTS:
                    self.problem(
                        "amount_unparsed",
                        f"{column} {text!r} is not an amount; correct the cell or report the file",
                        row.line,
                        evidence=text,
                    )
            # An amount in a unit the vocabulary does not convert is reported once, for the table.
            elif (
                values[column] is None
                and (reading[1] or self.currency_unit) in labels.CURRENCY_UNITS
            ):
                self.problem(
                    "amount_unparsed",
                    f"{column} {text!r} is {BEYOND_MONEY}; it is kept as printed in "
                    f"{column}_raw only",
                    row.line,
                    evidence=text,
                )
        return values

    def add_amount_row(self, row: Row, row_type: str, name: str) -> None:
        seq = len(self.tables.amount_rows) + 1
        self.tables.amount_rows.append(
            {
                "amount_row_id": f"{self.document_id}:a{seq}",
                "document_id": self.document_id,
                "row_seq": seq,
                "row_type": row_type,
                "name": name,
                **self.amounts(row),
                **dict.fromkeys(FUND_SOURCE_COLUMNS),
                "source_file": self.source_file,
                "source_line": row.line,
            }
        )
        self.check_extra_cells(row, f"{self.document_id}:a{seq}", "amount_row")

    def check_extra_cells(self, row: Row, entity_id: str, entity_type: str) -> None:
        extra = [cell for cell in row.cells[len(self.raw.columns) :] if cell]
        if extra:
            self.problem(
                "row_unparsed",
                f"the row has {len(extra)} more filled cells than the header has columns",
                row.line,
                entity_type=entity_type,
                entity_id=entity_id,
                evidence="\t".join(extra),
            )

    def add_project(self, row: Row, funding_unit: str | None) -> None:
        seq = len(self.tables.projects) + 1
        project_id = f"{self.document_id}:p{seq}"
        indicators = self.read_indicators(row, project_id)
        extras = {
            label: row.cells[i]
            for i, (label, column) in enumerate(
                zip(self.raw.header_labels, self.raw.columns, strict=True)
            )
            if column.startswith("extra:") and i < len(row.cells) and row.cells[i]
        }
        self.tables.projects.append(
            {
                "project_id": project_id,
                "document_id": self.document_id,
                "project_seq": seq,
                "project_name": self.cell(row, "project_name"),
                "funding_unit": self.cell(row, "funding_unit") or funding_unit,
                **self.amounts(row),
                "performance_goal": self.cell(row, "performance_goal") or None,
                **PACKED_PROJECT,
                "indicator_count": len(indicators),
                "extra_columns": as_json(extras),
                "source_file": self.source_file,
                "source_line": row.line,
            }
        )
        self.check_extra_cells(row, project_id, "project")
        # A converter may drop a row's empty trailing cells; only the table's last row,
        # stopping short of its 绩效指标 cell, shows a file cut off in the middle of a row.
        is_last = row is self.raw.rows[-1]
        if (
            is_last
            and "indicators" in self.position
            and row.cell_count <= self.position["indicators"]
        ):
            self.problem(
                "row_truncated",
                f"project row has {row.cell_count} of {len(self.raw.columns)} cells; its "
                "绩效指标 cell is missing (file cut off?); re-download the table",
                row.line,
                entity_type="project",
                entity_id=project_id,
                evidence="\t".join(row.cells[: row.cell_count]),
            )

    def read_indicators(self, row: Row, project_id: str) -> list[dict]:
        column = self.position.get("indicators")
        cell = self.cell(row, "indicators")
        rows = []
        breaks = (
            tuple(offset for offset, _ in row.origins[column][1:]) if column is not None else ()
        )
        for piece in split_indicator_cell(cell, breaks):
            line = line_at(row, column, piece.offset) if column is not None else row.line
            if piece.fields is None:
                self.problem(
                    "indicator_unparsed",
                    "text in the 绩效指标 cell that does not read as `N、一级；二级；名称；指标值`",
                    line,
                    entity_type="project",
                    entity_id=project_id,
                    evidence=piece.text,
                )
                continue
            rows.append(self.add_indicator(piece.fields, project_id, len(rows) + 1, line))
        return rows

    def add_indicator(self, fields: IndicatorFields, project_id: str, position: int, line: int):
        level1_code, level1_name, level1_written = level_columns(fields.level1_raw, 1)
        level2_code, level2_name, level2_written = level_columns(fields.level2_raw, 2)
        indicator_id = f"{project_id}:i{position}"
        row = {
            "indicator_id": indicator_id,
            "project_id": project_id,
            "document_id": self.document_id,
            "indicator_position": position,
            "indicator_seq": fields.seq,
            "level1_code": level1_code,
            "level1_name": level1_name,
            "level2_code": level2_code,
            "level2_name": level2_name,
            "level1_raw": fields.level1_raw,
            "level2_raw": fields.level2_raw,
            "level1_written_code": level1_written,
            "level2_written_code": level2_written,
            "indicator_name": fields.name,
            "period_target": fields.period_target,
            "annual_target": fields.annual_target,
            "is_quantified": has_numeric_clause(
                parse_target(fields.annual_target, fields.name, self.fiscal_year)
            ),
            **PACKED_INDICATOR,
            "source_file": self.source_file,
            "source_line": line,
        }
        self.tables.indicators.append(row)
        for scope, target in (("period", fields.period_target), ("annual", fields.annual_target)):
            clauses = _clause_values(target, fields.name, self.fiscal_year)
            self.add_clauses(indicator_id, project_id, scope, clauses, line)
        return row


@functools.lru_cache(maxsize=2**16)
def _clause_values(target: str | None, name: str, fiscal_year: int | None) -> tuple[tuple, ...]:
    """A target's clauses as tuples of their fields (CLAUSE_FIELDS order); cached, since
    targets recur in a corpus."""
    return tuple(
        tuple(getattr(clause, field) for field in CLAUSE_FIELDS)
        for clause in parse_target(target, name, fiscal_year)
    )


def _disagreeing_unit(statements: tuple[tuple[int, str, str], ...]) -> tuple | None:
    """The first (line, text, unit) statement of the money unit that disagrees with the
    table's first one (`单位：万元` above a `总计（元）` label), if any."""

    def factor(unit: str) -> object:
        return labels.CURRENCY_UNITS.get(unit, unit)

    return next((s for s in statements[1:] if factor(s[2]) != factor(statements[0][2])), None)


@functools.lru_cache(maxsize=4096)
def level_columns(raw: str | None, depth: int) -> tuple[str | None, str | None, str | None]:
    """(code, canonical name, code as written) of a written level label; all None if none."""
    if not raw:
        return None, None, None
    level = taxonomy.read_level(raw, depth)
    category = taxonomy.level1_of(raw) if depth == 1 else level.category
    return (
        category.code if category else None,
        category.name if category else None,
        level.written_code,
    )


def as_json(values: dict[str, str]) -> str | None:
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values else None
