"""Write stage: validated rows -> one parquet file per table, in batches, in a staging folder.

Batches hold whole files, so foreign keys are checked within each batch and memory stays
bounded by the batch, not the corpus. Row order is the order files and rows were read in,
and no timestamps are written, so the same inputs give byte-identical parquet.
"""

from pathlib import Path

import pyarrow
import pyarrow.parquet as pq

import schemas
from pipeline import paths
from pipeline.normalize import Tables
from pipeline.taxonomy import CATEGORIES
from pipeline.validate import arrow_schema, to_arrow, validate

ROW_TABLES = ("documents", "projects", "amount_rows", "indicators", "thresholds", "findings")


class TableWriter:
    """Collects each file's rows and writes them out as validated parquet row groups."""

    def __init__(self, directory: Path, batch_rows: int = 250_000):
        self.directory = directory
        self.batch_rows = batch_rows
        self.buffer: dict[str, list[dict]] = {name: [] for name in ROW_TABLES}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.counts = dict.fromkeys(schemas.TABLES, 0)

    def add(self, tables: Tables) -> None:
        for name in ROW_TABLES:
            self.buffer[name].extend(getattr(tables, name))
        if sum(len(rows) for rows in self.buffer.values()) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        batch = {name: to_arrow(name, rows) for name, rows in self.buffer.items()}
        validate(batch)
        for name, table in batch.items():
            self.write(name, table)
            self.buffer[name] = []

    def write(self, name: str, table: pyarrow.Table) -> None:
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
        categories = to_arrow(
            "indicator_categories",
            [
                {
                    field: getattr(category, field)
                    for field in arrow_schema("indicator_categories").names
                }
                for category in CATEGORIES
            ],
        )
        validate({"indicator_categories": categories})
        self.write("indicator_categories", categories)
        for writer in self.writers.values():
            writer.close()
        return self.counts
