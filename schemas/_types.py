"""Schemas, shared: the column types every table uses and the `column` field helper.

All columns are Arrow-backed so that nulls, exact decimals and dates survive the round trip
pandas -> parquet -> DuckDB unchanged. Money is DECIMAL(18,6) in 万元, whatever unit the table
prints: exact, never float, and fine enough for any amount printed in 元 (3,309,840.53 元 is
330.984053 万元).
"""

from typing import Annotated, NamedTuple

import pandas as pd
import pandera.pandas as pa
import pyarrow

String = Annotated[pd.ArrowDtype, pyarrow.string()]
Int = Annotated[pd.ArrowDtype, pyarrow.int64()]
Float = Annotated[pd.ArrowDtype, pyarrow.float64()]
Bool = Annotated[pd.ArrowDtype, pyarrow.bool_()]
Date = Annotated[pd.ArrowDtype, pyarrow.date32()]
MONEY_TYPE = pyarrow.decimal128(18, 6)
Money = Annotated[pd.ArrowDtype, MONEY_TYPE]

SEVERITIES = ("error", "warning", "info")


def column(
    title: str,
    description: str,
    *,
    label: str | None = None,
    title_zh: str | None = None,
    unit: str | None = None,
    nullable: bool = False,
    **checks,
):
    """A documented column: `title` its English name, `label` the Chinese source label,
    `title_zh` its Chinese name where no label says it (or the table prints the label over
    several columns), `unit` its unit if any. The Chinese name is the column's header in an
    export (`ColumnDoc.header_zh`)."""
    return pa.Field(
        title=title,
        description=description,
        nullable=nullable,
        metadata={"label": label, "title_zh": title_zh, "unit": unit},
        **checks,
    )


class ColumnDoc(NamedTuple):
    """What a column of a table or view is, as its header, comment and description say it."""

    title: str  # English name
    description: str
    label: str | None = None
    title_zh: str | None = None
    unit: str | None = None

    @classmethod
    def of(cls, column: pa.Column) -> "ColumnDoc":
        metadata = column.metadata or {}
        return cls(
            column.title,
            column.description,
            metadata.get("label"),
            metadata.get("title_zh"),
            metadata.get("unit"),
        )

    @property
    def header_zh(self) -> str | None:
        """Its Chinese name: the Chinese title, else the source label."""
        return self.title_zh or self.label

    @property
    def comment(self) -> str:
        """Its comment in the database: name, meaning, source label and unit."""
        extra = "".join(
            part
            for part in (
                f" Source label: {self.label}." if self.label else "",
                f" Unit: {self.unit}." if self.unit else "",
            )
        )
        return f"{self.title}: {self.description}{extra}"


def source_file():
    return column(
        "Source file",
        "Path of the raw file under data/raw/ this row was read from; for a member of a ZIP "
        "archive, the archive's path then the member's path in it (`downloads.zip/2025/表1.xlsx`).",
        label="原始文件",
    )


def source_line():
    return column(
        "Source line",
        "1-based line of the raw file where this row's text begins (a workbook: its rows "
        "counted over the sheets in order).",
        label="原始行号",
        ge=1,
    )


def source_location():
    return column(
        "Source location",
        "Where a person finds the row in a file that is not text: `<sheet> r<row>` in a "
        "workbook; `p<page> r<row>` in a PDF (`p<page> t<table> r<row>` on a page of several "
        "tables, `p<page> line <n>` for text outside them); `table <n> r<row>` in a web page "
        "or Word document. Null for text and CSV files (source_line is the line).",
        label="原始位置",
        nullable=True,
    )
