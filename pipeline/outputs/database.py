"""Write stage, database: the validated batches -> performance.duckdb, documented, with views.

Every table and column gets a COMMENT generated from the pandera schemas, so the schemas
stay the one data dictionary. Views are the `.sql` files in `views/`, each with a
comment saying what it is and one for each column it computes (its English and Chinese
names and meaning); a view column that comes from a table inherits that table's
documentation (`view_column_doc`), which the export's headers are made from too.
"""

import contextlib
import errno
import graphlib
import itertools
import re
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

import duckdb
import pyarrow

import schemas
from pipeline import paths
from schemas._types import ColumnDoc


def _literal(text: str) -> str:
    """A SQL string literal (COMMENT ON takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"


VIEW_FOLDER = Path(__file__).with_name("views")


class View(NamedTuple):
    """A view as its file `views/<name>.sql` states it: the leading `--` comment says what it
    is, its `-- column NAME [English name | 中文名]: ...` lines describe the columns it
    computes, and the rest is the SELECT."""

    description: str
    computed: dict[str, ColumnDoc]
    sql: str


# `column NAME [English name | 中文名]: what it is` in a view's leading comment.
_COLUMN_LINE = re.compile(r"column (\w+) \[([^|\]]+)\|([^\]]+)\]:(.*)")


def _read_view(path: Path) -> View:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = list(itertools.takewhile(lambda line: line.startswith("--"), lines))
    paragraphs: dict[str | None, list[str]] = {None: []}
    names: dict[str, tuple[str, str]] = {}
    column = None
    for number, line in enumerate(header, start=1):
        text = line.removeprefix("--").strip()
        if text.startswith("column "):
            match = _COLUMN_LINE.fullmatch(text)
            if match is None:
                raise ValueError(
                    f"{path}:{number}: write a computed column as "
                    "`-- column NAME [English name | 中文名]: what it is`"
                )
            column, title, title_zh, text = match.groups()
            names[column] = (title.strip(), title_zh.strip())
            paragraphs[column] = []
        paragraphs[column].append(text.strip())
    description = " ".join(paragraphs.pop(None))
    computed = {
        name: ColumnDoc(names[name][0], " ".join(words), title_zh=names[name][1])
        for name, words in paragraphs.items()
    }
    return View(description, computed, "\n".join(lines[len(header) :]))


def _in_dependency_order(views: dict[str, View]) -> dict[str, View]:
    """The views ordered so that each comes after the views its SQL names."""
    graph = {
        name: {other for other in views if other != name and re.search(rf"\b{other}\b", view.sql)}
        for name, view in views.items()
    }
    return {name: views[name] for name in graphlib.TopologicalSorter(graph).static_order()}


# name -> View, from the .sql files beside this module, each created after those it reads.
VIEWS: dict[str, View] = _in_dependency_order(
    {path.stem: _read_view(path) for path in sorted(VIEW_FOLDER.glob("*.sql"))}
)


def _table_columns() -> dict[str, ColumnDoc]:
    """Each column name of the tables, documented as in the first table (in schemas.TABLES
    order) that has it: what a view column taken from a table inherits."""
    documented: dict[str, ColumnDoc] = {}
    for model in schemas.TABLES.values():
        for name, column in model.to_schema().columns.items():
            documented.setdefault(name, ColumnDoc.of(column))
    return documented


_TABLE_COLUMNS = _table_columns()


def view_column_doc(view: str, name: str) -> ColumnDoc | None:
    """A view column's documentation: the view's own for a column it computes, else that of
    the table column of that name; None when neither documents it."""
    return VIEWS[view].computed.get(name) or _TABLE_COLUMNS.get(name)


MEMORY_LIMIT = "512MB"

# The storage format the file is written in: DuckDB 1.4's (the long-term-support release), so
# that DuckDB 1.4 and 1.5 clients (the CLI, DBeaver, notebooks) open it, not only DuckDB 2.
STORAGE_VERSION = "v1.4.0"


class DatabaseWriter:
    """performance.duckdb in a folder, filled batch by batch while the parquet is written.

    All of a build's writes are one transaction: DuckDB then writes each full row group
    straight to the file as the batches come (no write-ahead log), and the cost does not
    grow with the number of batches, as a commit per batch did (~0.2 s each, measured).
    A failed build's transaction is simply never committed. One DuckDB thread: the build's
    workers have the cores.

    Given the previous build's database, it starts from a copy of it that keeps only the
    rows of `kept_documents` (whose files did not change), so that a rebuild adds just the
    rows that changed. Rows are then no longer in file order; the parquet files always are.
    """

    def __init__(
        self, directory: Path, previous: Path | None = None, kept_documents: Sequence[str] = ()
    ):
        self.path = directory / paths.DATABASE_NAME
        self.path.unlink(missing_ok=True)
        self.is_copy = previous is not None
        if self.is_copy:
            shutil.copyfile(previous, self.path)
        # DuckDB keeps the blocks it writes cached up to its memory limit (80% of RAM by
        # default), so the build's memory grew with the corpus; written blocks are on disk.
        # Where DuckDB may spill beyond the limit; removed on closing, so never an output.
        self.spill = directory / ".duckdb-spill"
        self.connection = duckdb.connect(
            str(self.path),
            config={
                "threads": 1,
                "memory_limit": MEMORY_LIMIT,
                "temp_directory": str(self.spill),
                "storage_compatibility_version": STORAGE_VERSION,
            },
        )
        self.created: set[str] = set(schemas.TABLES) if self.is_copy else set()
        self.connection.execute("BEGIN")
        if self.is_copy:
            self._keep_only(list(kept_documents))

    def _keep_only(self, documents: list[str]) -> None:
        connection = self.connection
        kept = set(documents)
        # Deleting the few documents not kept, rather than all but those kept, lets DuckDB
        # skip the row groups that hold none of them: 0.01 s instead of 1.8 s for 200,000
        # documents (measured).
        stale = [
            document
            for (document,) in connection.execute("SELECT document_id FROM documents").fetchall()
            if not _is_kept(document, kept)
        ]
        connection.register(
            "stale", pyarrow.table({"document_id": pyarrow.array(stale, pyarrow.string())})
        )
        for table, model in schemas.TABLES.items():
            if "document_id" in model.to_schema().columns:
                connection.execute(
                    f"DELETE FROM {table} WHERE document_id IN (SELECT document_id FROM stale)"
                )
            else:  # the taxonomy, written whole by every build
                connection.execute(f"DELETE FROM {table}")
        connection.unregister("stale")

    def append(self, table: str, rows: pyarrow.Table) -> None:
        with self._writing():
            relation = self.connection.from_arrow(rows)
            if table in self.created:
                relation.insert_into(table)
            else:
                relation.create(table)
                self.created.add(table)

    def fetch(self, sql: str, parameters: list | None = None) -> list[tuple]:
        """Run SQL in the build's transaction (a query over the rows written so far, or a
        change to them) and return its rows."""
        with self._writing():
            return self.connection.execute(sql, parameters).fetchall()

    def close(self) -> Path:
        """Document every table and column, add the views (a copy has them already), commit
        and close the file."""
        with self._writing():
            if not self.is_copy:
                self._document()
            self.connection.execute("COMMIT")
        self._close()
        return self.path

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """DuckDB failing to write its file (a full disk) raises the OSError it is, for the
        build to report in one line like any other write that failed."""
        try:
            yield
        except (duckdb.IOException, duckdb.TransactionException) as error:
            raise OSError(errno.EIO, str(error).splitlines()[0]) from error

    def _document(self) -> None:
        connection = self.connection
        for table, model in schemas.TABLES.items():
            schema = model.to_schema()
            connection.execute(f"COMMENT ON TABLE {table} IS {_literal(schema.description)}")
            for name, column in schema.columns.items():
                comment = ColumnDoc.of(column).comment
                connection.execute(f"COMMENT ON COLUMN {table}.{name} IS {_literal(comment)}")
        for view, (description, _, sql) in VIEWS.items():
            connection.execute(f"CREATE VIEW {view} AS {sql}")
            connection.execute(f"COMMENT ON VIEW {view} IS {_literal(description)}")
            names = [row[0] for row in connection.execute(f"DESCRIBE {view}").fetchall()]
            for name in names:
                if doc := view_column_doc(view, name):
                    comment = _literal(doc.comment)
                    connection.execute(f"COMMENT ON COLUMN {view}.{name} IS {comment}")

    def _close(self) -> None:
        self.connection.close()
        shutil.rmtree(self.spill, ignore_errors=True)

    def discard(self) -> None:
        """Close without finishing: the build failed and the staging folder goes (so a
        failure to close, on a full disk, does not matter and is not reported over the
        failure that stopped the build)."""
        with contextlib.suppress(duckdb.Error):
            self._close()


def _is_kept(document: str, kept: set[str]) -> bool:
    """Whether a document is kept: its file is, or the archive it is a member of
    (`a.zip/2025/b.xlsx` is in `a.zip`, see `pipeline.read.archive`)."""
    while document not in kept:
        if "/" not in document:
            return False
        document = document.rsplit("/", 1)[0]
    return True
