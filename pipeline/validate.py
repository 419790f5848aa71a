"""Validate stage, structure: rows -> Arrow tables checked against the pandera schemas.

Types, keys, allowed values and foreign keys are checked lazily, so that every failure is
reported together. Keys are checked among the rows given, which hold whole documents;
that document ids are unique across the whole build is checked when it is written
(`pipeline.outputs.write`). A failure here means the pipeline produced a row its own contract
forbids: it is a bug to fix, not a finding about the data, and the build stops before
anything is written.
"""

import functools
import operator

import pandas as pd
import pandera.pandas as pa
import pyarrow
import pyarrow.compute as pc

import schemas
from pipeline import PipelineError


class ValidateError(PipelineError):
    """Rows that break the schemas; the message lists every failure, one per line."""


@functools.cache
def arrow_schema(table: str) -> pyarrow.Schema:
    """The Arrow schema of an output table, with each column's title and description."""
    model = schemas.TABLES[table].to_schema()
    fields = []
    for name, column in model.columns.items():
        metadata = {"title": column.title or "", "description": column.description or ""}
        for key, value in (column.metadata or {}).items():
            if value:
                metadata[key] = value
        fields.append(
            pyarrow.field(name, column.dtype.type.pyarrow_dtype, column.nullable, metadata)
        )
    return pyarrow.schema(fields, metadata={"description": model.description or ""})


def to_columns(table: str, rows: list[dict] | list[tuple]) -> tuple[tuple, ...]:
    """Rows (dicts keyed by column, or tuples in column order) as one tuple per column, in
    the table's schema order."""
    names = arrow_schema(table).names
    if not rows:
        return tuple(() for _ in names)
    if isinstance(rows[0], tuple):
        return tuple(zip(*rows, strict=True))
    # Transposing with itemgetter and zip runs in C: rows are many, columns few.
    return tuple(zip(*map(operator.itemgetter(*names), rows), strict=True))


def to_arrow(table: str, columns: tuple[list | tuple, ...]) -> pyarrow.Table:
    """Columns in schema order as an Arrow table of the table's schema."""
    schema = arrow_schema(table)
    arrays = [
        pyarrow.array(column, field.type) for column, field in zip(columns, schema, strict=True)
    ]
    return pyarrow.Table.from_arrays(arrays, schema=schema)


def validate(tables: dict[str, pyarrow.Table]) -> None:
    """Check every table against its schema and the foreign keys between them, all at once."""
    problems: list[str] = []
    for name, table in tables.items():
        frame = table.to_pandas(types_mapper=pd.ArrowDtype)
        try:
            schemas.TABLES[name].validate(frame, lazy=True)
        except pa.errors.SchemaErrors as errors:
            cases = errors.failure_cases
            for (column, check), group in cases.groupby(
                ["column", "check"], dropna=False, sort=True
            ):
                examples = ", ".join(str(case) for case in group["failure_case"].head(3))
                problems.append(f"{name}.{column}: {check}: {len(group)} rows, e.g. {examples}")
    for (table, column), (parent, key) in schemas.FOREIGN_KEYS.items():
        if table in tables and parent in tables:
            values = tables[table].column(column)
            unknown = values.filter(
                pc.invert(pc.is_in(values, value_set=tables[parent].column(key)))
            )
            missing = sorted(set(unknown.drop_null().to_pylist()))
            if missing:
                problems.append(
                    f"{table}.{column}: {len(missing)} values not in {parent}.{key}, e.g. {missing[:3]}"
                )
    if problems:
        raise ValidateError("rows break the schemas (a pipeline bug):\n" + "\n".join(problems))
