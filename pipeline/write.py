"""Write stage: validated rows -> one parquet file per table and the database, in batches.

A file's rows arrive as columns (see `FileResult`); a worker joins a run of files into one
Arrow table per output table (a `Batch`), so that rows cross from the workers as Arrow
buffers rather than Python objects. Batches hold whole files, so foreign keys are checked
within each batch. Each validated buffer of batches goes to the parquet files and to
performance.duckdb (`DatabaseWriter`) in a staging folder, so memory stays bounded by the
rows buffered, not by the corpus. Rows are in the order files and rows were read in, runs
are cut by file name alone (`cache.ends_run`), and no timestamps are written, so the same
inputs give byte-identical parquet, whatever the number of workers or the cache.
"""

from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import pyarrow
import pyarrow.parquet as pq

import schemas
from pipeline import paths
from pipeline.database import DatabaseWriter
from pipeline.normalize import Tables
from pipeline.taxonomy import CATEGORIES
from pipeline.validate import arrow_schema, to_arrow, to_columns, validate

ROW_TABLES = ("documents", "projects", "amount_rows", "indicators", "thresholds", "findings")


@dataclass(frozen=True, slots=True)
class FileResult:
    """One raw file's contribution to every table, as columns, with what the summary needs.

    Columns, not rows: they are what the per-file cache holds, and they join into Arrow
    arrays in one call per column.
    """

    columns: dict[str, tuple[tuple, ...]]
    severities: Counter
    failed: tuple[dict, ...]  # its file_unreadable findings, for the error lines
    # True when loaded from the cache, which holds only results that passed validation.
    is_validated: bool = False

    @classmethod
    def from_tables(cls, tables: Tables) -> "FileResult":
        return cls(
            columns={name: to_columns(name, getattr(tables, name)) for name in ROW_TABLES},
            severities=Counter(row["severity"] for row in tables.findings),
            failed=tuple(row for row in tables.findings if row["rule"] == "file_unreadable"),
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
        for name in ROW_TABLES:
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
    return {name: pyarrow.concat_tables([b.tables[name] for b in batches]) for name in ROW_TABLES}


class TableWriter:
    """Collects batches and writes them out as validated parquet row groups and database rows.

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
        self.directory = directory
        self.batch_rows = batch_rows
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.database = DatabaseWriter(directory, previous_database, kept_documents)
        self.parquet_threads = ThreadPoolExecutor(max_workers=2)
        self.counts = dict.fromkeys(schemas.TABLES, 0)
        self._start_buffer()

    def _start_buffer(self) -> None:
        self.buffer: list[Batch] = []
        self.for_database: list[Batch] = []  # those whose rows the database lacks
        self.rows = 0

    def add(self, batch: Batch, *, in_database: bool = False) -> None:
        self.buffer.append(batch)
        if not in_database:
            self.for_database.append(batch)
        self.rows += sum(table.num_rows for table in batch.tables.values())
        if self.rows >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        """Validate what is new in the buffer (all of it, unless some came from the cache),
        then write it as one row group per table."""
        if not self.buffer:
            return
        joined = _joined(self.buffer)
        new = [batch for batch in self.buffer if not batch.is_validated]
        if new:
            validate(joined if len(new) == len(self.buffer) else _joined(new))
        # Parquet in other threads, a table each, while DuckDB takes the new rows: all of
        # them release the GIL, and a rebuild that changed little has idle cores.
        written = [self.parquet_threads.submit(self.write, *item) for item in joined.items()]
        if self.for_database:
            same = len(self.for_database) == len(self.buffer)
            for name, rows in (joined if same else _joined(self.for_database)).items():
                self.database.append(name, rows)
        for done in written:
            done.result()
        self._start_buffer()

    def write(self, name: str, table: pyarrow.Table) -> None:
        """Write rows to the table's parquet file."""
        if name not in self.writers:
            self.writers[name] = pq.ParquetWriter(
                paths.parquet_path(self.directory, name), table.schema, compression="zstd"
            )
        if table.num_rows:
            self.writers[name].write_table(table)
        self.counts[name] += table.num_rows

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, error_type, *_) -> None:
        self.parquet_threads.shutdown()
        if error_type is not None:
            for writer in self.writers.values():
                writer.close()
            self.database.discard()

    def close(self) -> dict[str, int]:
        """Write what is left and the taxonomy; the number of rows in each table."""
        if not self.writers and not self.buffer:  # an empty corpus still gets every table
            self.add(Batch.from_results([]))
        self.flush()
        names = arrow_schema("indicator_categories").names
        rows = [{name: getattr(category, name) for name in names} for category in CATEGORIES]
        categories = to_arrow("indicator_categories", to_columns("indicator_categories", rows))
        validate({"indicator_categories": categories})
        self.write("indicator_categories", categories)
        self.database.append("indicator_categories", categories)
        for writer in self.writers.values():
            writer.close()
        self.database.close()
        return self.counts
