"""Write stage: validated rows -> one parquet file per table and the database, in batches.

A file's rows arrive as columns (see `FileResult`); a worker joins a run of files into one
Arrow table per output table (a `Batch`), so that rows cross from the workers as Arrow
buffers rather than Python objects. Batches hold whole files, so foreign keys are checked
within each batch. Each validated buffer of batches is encoded as parquet row groups of
its segment's fragments and goes to performance.duckdb (`DatabaseWriter`), in a staging
folder, so memory stays bounded by the rows buffered, not by the corpus. Each parquet
output is its segments' fragments joined (`pipeline.outputs.splice`), some of them from the cache.
What only the whole build shows is done on closing, from the documents in the database:
that no two files have the same document id (and so no key repeats), which files have
the same bytes, and which self-evaluations answer which target tables (`pipeline.links`).

Rows are in the order files and rows were read in (the findings across files last), runs
and segments are cut by file name alone (`cache.ends_run`, `cache.ends_segment`), row
groups by a segment's own rows, and no timestamps are written, so the same inputs give
byte-identical parquet, whatever the number of workers or the cache.
"""

from collections import Counter
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path

import pyarrow
import pyarrow.parquet as pq

import schemas
from pipeline import paths
from pipeline.checks import check_duplicates
from pipeline.links import INDICATOR_COLUMNS, PROJECT_COLUMNS, link
from pipeline.outputs import splice
from pipeline.outputs.database import DatabaseWriter
from pipeline.rows import OUTPUT_TABLES, Tables
from pipeline.validate import ValidateError, arrow_schema, to_arrow, to_columns, validate
from pipeline.vocab.rules import FILE_FAILED_RULES
from pipeline.vocab.taxonomy import CATEGORIES


@dataclass(frozen=True, slots=True)
class FileResult:
    """One raw file's contribution to every table, as columns, with what the summary needs.

    Columns, not rows: they are what the per-file cache holds, and they join into Arrow
    arrays in one call per column.
    """

    columns: dict[str, tuple[tuple, ...]]
    severities: Counter
    failed: tuple[dict, ...]  # its finding if not built (FILE_FAILED_RULES), for the error lines
    # True when loaded from the cache, which holds only results that passed validation.
    is_validated: bool = False

    @classmethod
    def from_tables(cls, tables: Tables) -> "FileResult":
        return cls(
            columns={name: to_columns(name, getattr(tables, name)) for name in OUTPUT_TABLES},
            severities=Counter(row["severity"] for row in tables.findings),
            failed=tuple(row for row in tables.findings if row["rule"] in FILE_FAILED_RULES),
        )


@dataclass(frozen=True, slots=True)
class Batch:
    """A run of consecutive files' rows, one Arrow table per output table."""

    tables: dict[str, pyarrow.Table]
    severities: Counter
    failed: tuple[dict, ...]
    files: int
    is_validated: bool  # every file in it came validated from the cache

    @classmethod
    def from_results(cls, results: list[FileResult]) -> "Batch":
        tables = {}
        for name in OUTPUT_TABLES:
            per_file = [result.columns[name] for result in results]
            columns = [list(chain.from_iterable(parts)) for parts in zip(*per_file, strict=True)]
            tables[name] = to_arrow(name, columns or [[] for _ in arrow_schema(name)])
        return cls(
            tables=tables,
            severities=sum((result.severities for result in results), Counter()),
            failed=tuple(chain.from_iterable(result.failed for result in results)),
            files=len(results),
            is_validated=all(result.is_validated for result in results),
        )


def _joined(batches: list[Batch]) -> dict[str, pyarrow.Table]:
    """The batches' rows as one table per output table (without copying them)."""
    return {
        name: pyarrow.concat_tables([b.tables[name] for b in batches]) for name in OUTPUT_TABLES
    }


@dataclass(frozen=True, slots=True)
class Fragments:
    """A segment's rows encoded: one parquet fragment per table that has rows in it (see
    `pipeline.outputs.splice`), with what the summary needs. What the segment cache holds."""

    tables: dict[str, bytes]
    layouts: dict[str, splice.Layout]  # of each fragment, to join it quickly
    severities: Counter
    failed: tuple[dict, ...]
    files: int


def _fragment(name: str, table: pyarrow.Table | None = None) -> bytes:
    """A table's rows as a parquet fragment; with no rows, the template of its outputs."""
    schema = arrow_schema(name)
    sink = pyarrow.BufferOutputStream()
    with pq.ParquetWriter(sink, schema, **splice.fragment_options) as writer:
        writer.write_table(table if table is not None else schema.empty_table())
    return sink.getvalue().to_pybytes()


class TableWriter:
    """Writes the parquet outputs and the database, segment by segment.

    A segment is either reused whole (`add_fragments`, its parquet from the cache, its rows
    already in the database) or built from its runs' batches: `add` each, then
    `end_segment`. Batches are buffered, validated and encoded as row groups of the
    segment's fragments every `batch_rows` rows, so memory stays bounded by the buffer.
    Row groups are cut by the segment's own rows alone, so that a segment encodes to the
    same bytes whatever was built around it.

    Use as a context manager: leaving it on an error closes the files without finishing them.
    """

    def __init__(
        self,
        directory: Path,
        batch_rows: int = 250_000,
        *,
        previous_database: Path | None = None,
        kept_documents: Sequence[str] = (),
    ):
        """`previous_database`: a database to copy and update, keeping `kept_documents`'
        rows; batches added `in_database` are then only written to parquet."""
        self.batch_rows = batch_rows
        self.outputs = {
            name: splice.SplicedWriter(paths.parquet_path(directory, name), _fragment(name))
            for name in schemas.TABLES
        }
        self.database = DatabaseWriter(directory, previous_database, kept_documents)
        self.parquet_threads = ThreadPoolExecutor(max_workers=2)
        self.counts = dict.fromkeys(schemas.TABLES, 0)
        self.severities: Counter = Counter()  # of the findings across files, added on closing
        self._start_segment()

    def _start_segment(self) -> None:
        self.encoders: dict[str, tuple[pyarrow.BufferOutputStream, pq.ParquetWriter]] = {}
        self.encoding: list[Future] = []  # the row groups being encoded, in other threads
        self.summary = Fragments({}, {}, Counter(), (), 0)  # of the batches added so far
        self._start_buffer()

    def _start_buffer(self) -> None:
        self.buffer: list[Batch] = []
        self.for_database: list[Batch] = []  # those whose rows the database lacks
        self.rows = 0

    def add_fragments(self, fragments: Fragments) -> None:
        """A segment's parquet fragments, appended to the outputs (a segment reused from
        the cache has its rows in the database already)."""
        for name, fragment in fragments.tables.items():
            self.counts[name] += self.outputs[name].append(fragment, fragments.layouts[name])

    def add(self, batch: Batch, *, in_database: bool = False) -> None:
        """A batch of the segment being built."""
        self.summary = Fragments(
            {},
            {},
            self.summary.severities + batch.severities,
            self.summary.failed + batch.failed,
            self.summary.files + batch.files,
        )
        self.buffer.append(batch)
        if not in_database:
            self.for_database.append(batch)
        self.rows += sum(table.num_rows for table in batch.tables.values())
        if self.rows >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        """Validate what is new in the buffer (all of it, unless some came from the cache),
        then encode it as one row group per table, while the database takes its rows."""
        if not self.buffer:
            return
        joined = _joined(self.buffer)
        new = [batch for batch in self.buffer if not batch.is_validated]
        if new:
            validate(joined if len(new) == len(self.buffer) else _joined(new))
        # Encoding releases the GIL, as does DuckDB: the next batches are read or computed
        # meanwhile. A table's row groups stay in order: the last ones are finished first.
        self._finish_encoding()
        self.encoding = [
            self.parquet_threads.submit(self._encode, name, table)
            for name, table in joined.items()
            if table.num_rows
        ]
        if self.for_database:
            same = len(self.for_database) == len(self.buffer)
            for name, rows in (joined if same else _joined(self.for_database)).items():
                self.database.append(name, rows)
        self._start_buffer()

    def _encode(self, name: str, table: pyarrow.Table) -> None:
        if name not in self.encoders:
            sink = pyarrow.BufferOutputStream()
            self.encoders[name] = (
                sink,
                pq.ParquetWriter(sink, table.schema, **splice.fragment_options),
            )
        self.encoders[name][1].write_table(table)

    def _finish_encoding(self) -> None:
        for done in self.encoding:
            done.result()
        self.encoding = []

    def end_segment(self) -> Fragments:
        """Finish the segment being built: its fragments go to the outputs and are returned
        to be cached."""
        self.flush()
        self._finish_encoding()
        for _, encoder in self.encoders.values():
            encoder.close()
        tables = {name: sink.getvalue().to_pybytes() for name, (sink, _) in self.encoders.items()}
        layouts = {name: splice.layout(fragment) for name, fragment in tables.items()}
        fragments = replace(self.summary, tables=tables, layouts=layouts)
        self.add_fragments(fragments)
        self._start_segment()
        return fragments

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, error_type, *_) -> None:
        self.parquet_threads.shutdown()
        if error_type is not None:
            for output in self.outputs.values():
                output.discard()
            self.database.discard()

    def close(self) -> dict[str, int]:
        """Check and add what only the whole build shows (document ids, files with the
        same bytes), write the taxonomy, the footers and the database; the number of rows
        per table."""
        self._check_document_ids()
        self._add_duplicates()
        self._add_links()
        names = arrow_schema("indicator_categories").names
        rows = [{name: getattr(category, name) for name in names} for category in CATEGORIES]
        categories = to_arrow("indicator_categories", to_columns("indicator_categories", rows))
        validate({"indicator_categories": categories})
        self.counts["indicator_categories"] += self.outputs["indicator_categories"].append(
            _fragment("indicator_categories", categories)
        )
        self.database.append("indicator_categories", categories)
        for name in OUTPUT_TABLES:  # an empty corpus still gets every table
            if name not in self.database.created:
                self.database.append(name, arrow_schema(name).empty_table())
        for output in self.outputs.values():
            output.close()
        self.database.close()
        return self.counts

    def _check_document_ids(self) -> None:
        """Every key is made from its document's id (`<document_id>:p<n>`, ...) and each
        document's rows are validated together, so keys are unique across the build when
        document ids are: checked here, over the documents in the database (on a rebuild,
        this build's and those kept from the last), however the files fell into buffers and
        segments."""
        clash = self.database.fetch(
            "SELECT document_id, list(source_file) FROM documents GROUP BY document_id "
            "HAVING count(*) > 1 ORDER BY document_id LIMIT 1"
        )
        if clash:
            ((document_id, files),) = clash
            first, second, *_ = sorted(files, key=paths.path_order)
            raise ValidateError(
                f"{second}: its document id {document_id!r} is that of {first} too, so "
                "nothing was written (ids must be unique: a pipeline bug, please report it)"
            )

    def _add_duplicates(self) -> None:
        """The `duplicate_document` findings, from every document in the database: found
        again at each build, replacing the last build's, so that a copy is found whether
        it or its first was built, cached or changed."""
        if self.database.is_copy:
            self.database.fetch("DELETE FROM findings WHERE rule = 'duplicate_document'")
        rows = check_duplicates(
            self.database.fetch(
                "SELECT document_id, source_file, sha256 FROM documents WHERE sha256 IN "
                "(SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1)"
            )
        )
        if rows:
            findings = to_arrow("findings", to_columns("findings", rows))
            validate({"findings": findings})
            self.counts["findings"] += self.outputs["findings"].append(
                _fragment("findings", findings)
            )
            self.database.append("findings", findings)
            self.severities.update(row["severity"] for row in rows)

    def _add_links(self) -> None:
        """`project_links` and the `target_changed_after_publication` findings, from every
        document in the database: made again at each build, replacing the last build's, so
        that a changed or removed target table re-links (or unlinks) the self-evaluations
        it was linked to, whichever of them was built or kept."""
        if self.database.is_copy:
            self.database.fetch(
                "DELETE FROM findings WHERE rule = 'target_changed_after_publication'"
            )
        # Only the documents of a department and year that has a self-evaluation.
        projects = [
            dict(zip(PROJECT_COLUMNS, row, strict=True))
            for row in self.database.fetch(
                "SELECT d.document_id, d.document_type, d.department, d.fiscal_year, "
                "d.source_file, p.project_id, p.project_seq, p.project_name "
                "FROM documents d JOIN projects p USING (document_id) "
                "JOIN (SELECT DISTINCT department, fiscal_year FROM documents "
                "WHERE document_type = 'self_evaluation') USING (department, fiscal_year)"
            )
        ]
        indicators: dict[str, list[dict]] = {}
        if projects:
            self.database.connection.register(
                "linkable",
                pyarrow.table({"project_id": [project["project_id"] for project in projects]}),
            )
            for row in self.database.fetch(
                f"SELECT {', '.join(INDICATOR_COLUMNS)} FROM indicators "
                "WHERE project_id IN (SELECT project_id FROM linkable) "
                "ORDER BY project_id, indicator_position"
            ):
                indicator = dict(zip(INDICATOR_COLUMNS, row, strict=True))
                indicators.setdefault(indicator["project_id"], []).append(indicator)
            self.database.connection.unregister("linkable")
        rows, found = link(projects, indicators)
        links = to_arrow("project_links", to_columns("project_links", rows))
        tables = {"project_links": links}
        if found:
            tables["findings"] = to_arrow("findings", to_columns("findings", found))
            self.severities.update(row["severity"] for row in found)
        validate(tables)
        for name, table in tables.items():
            self.counts[name] += self.outputs[name].append(_fragment(name, table))
            self.database.append(name, table)
