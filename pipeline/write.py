"""Write stage: validated rows -> one parquet file per table, in batches, in a staging folder.

Each file's rows arrive as columns (see `FileResult`); batches hold whole files, so foreign
keys are checked within each batch and memory stays bounded by the batch, not the corpus.
Row order is the order files and rows were read in, and no timestamps are written, so the
same inputs give byte-identical parquet.
"""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

import schemas
from pipeline import paths
from pipeline.normalize import Tables
from pipeline.taxonomy import CATEGORIES
from pipeline.validate import arrow_schema, to_arrow, to_columns, validate

ROW_TABLES = ("documents", "projects", "amount_rows", "indicators", "thresholds", "findings")


@dataclass(frozen=True, slots=True)
class FileResult:
    """One raw file's contribution to every table, as columns, with what the summary needs.

    Columns, not rows: they cross from worker processes and into the cache far more cheaply.
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


def _empty_columns(table: str) -> list[list]:
    return [[] for _ in arrow_schema(table)]


def _extend(columns: list[list], result: FileResult, table: str) -> None:
    for column, values in zip(columns, result.columns[table], strict=True):
        column.extend(values)


class TableWriter:
    """Collects files' columns and writes them out as validated parquet row groups."""

    def __init__(self, directory: Path, batch_rows: int = 250_000):
        self.directory = directory
        self.batch_rows = batch_rows
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.counts = dict.fromkeys(schemas.TABLES, 0)
        self._start_batch()

    def _start_batch(self) -> None:
        self.buffer = {name: _empty_columns(name) for name in ROW_TABLES}
        self.files_in_batch = 0
        self.unvalidated: list[FileResult] = []  # results no earlier build has validated

    def add(self, result: FileResult) -> None:
        for name in ROW_TABLES:
            _extend(self.buffer[name], result, name)
        self.files_in_batch += 1
        if not result.is_validated:
            self.unvalidated.append(result)
        if sum(len(columns[0]) for columns in self.buffer.values()) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        """Validate what is new in the batch (all of it, unless most came from the cache),
        then write the batch."""
        batch = {name: to_arrow(name, columns) for name, columns in self.buffer.items()}
        if len(self.unvalidated) == self.files_in_batch:
            validate(batch)
        elif self.unvalidated:
            new = {name: _empty_columns(name) for name in ROW_TABLES}
            for result in self.unvalidated:
                for name in ROW_TABLES:
                    _extend(new[name], result, name)
            validate({name: to_arrow(name, columns) for name, columns in new.items()})
        for name, table in batch.items():
            self.write(name, table)
        self._start_batch()

    def write(self, name: str, table) -> None:
        if name not in self.writers:
            self.writers[name] = pq.ParquetWriter(
                paths.parquet_path(self.directory, name), table.schema, compression="zstd"
            )
        if table.num_rows:
            self.writers[name].write_table(table)
        self.counts[name] += table.num_rows

    def close(self) -> dict[str, int]:
        """Write what is left and the taxonomy; the number of rows in each table."""
        self.flush()
        names = arrow_schema("indicator_categories").names
        rows = [{name: getattr(category, name) for name in names} for category in CATEGORIES]
        categories = to_arrow("indicator_categories", to_columns("indicator_categories", rows))
        validate({"indicator_categories": categories})
        self.write("indicator_categories", categories)
        for writer in self.writers.values():
            writer.close()
        return self.counts
