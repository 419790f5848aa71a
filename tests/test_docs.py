"""Documentation generated from the schemas stays in sync, and the database is documented."""

import duckdb
import pytest

import schemas
from pipeline.outputs import docs
from pipeline.outputs.database import VIEWS


def test_readme_table_list_is_generated_from_the_schemas():
    readme = docs.README.read_text(encoding="utf-8")
    assert docs.updated_readme(readme) == readme, "run `python -m pipeline docs`"
    for name in schemas.TABLES:
        assert f"| `{name}` |" in readme


def test_data_dictionary_is_generated_from_the_schemas():
    assert docs.DATA_DICTIONARY.read_text(encoding="utf-8") == docs.data_dictionary(), (
        "run `python -m pipeline docs`"
    )


def test_every_table_view_and_column_in_the_database_is_commented(seed_build):
    with duckdb.connect(str(seed_build / "performance.duckdb"), read_only=True) as connection:
        tables = dict(
            connection.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall()
        )
        views = dict(
            connection.execute(
                "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"
            ).fetchall()
        )
        uncommented = connection.execute(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE comment IS NULL AND NOT internal"
        ).fetchall()
        total_comment = connection.execute(
            "SELECT comment FROM duckdb_columns() WHERE table_name = 'projects' AND column_name = 'total_amount'"
        ).fetchone()[0]
    assert set(tables) == set(schemas.TABLES)
    assert set(views) == set(VIEWS)
    assert all(tables.values()) and all(views.values())
    assert uncommented == []
    assert total_comment == (
        "Total: Total funds in 万元, exact: the printed amount converted from the unit the table "
        "prints (documents.currency_unit, or the cell's own: 3,309,840.53 元 is 330.984053). Null "
        "when the cell is empty, or its amount cannot be converted (see findings). "
        "Source label: 总计. Unit: 万元."
    )


def test_parquet_fields_carry_their_descriptions(seed_build):
    import pyarrow.parquet as pq

    schema = pq.read_schema(seed_build / "thresholds.parquet")
    assert schema.field("operator").metadata[b"title"] == b"Operator"
    assert (
        schema.metadata[b"description"].decode().startswith("One row per clause of a target value.")
    )


@pytest.mark.parametrize("query", ["quantified_share.sql", "vague_targets.sql"])
def test_readme_query_output_is_what_the_query_prints(seed_build, query):
    from pipeline.query import format_table, run_query

    readme = docs.README.read_text(encoding="utf-8")
    sql = (docs.paths.ROOT / "queries" / query).read_text(encoding="utf-8")
    printed = format_table(*run_query(seed_build / "performance.duckdb", sql), width=120)
    assert f"```\n{printed}```" in readme


def test_readme_shows_the_vague_targets_query_as_it_is():
    readme = docs.README.read_text(encoding="utf-8")
    sql = (docs.paths.ROOT / "queries" / "vague_targets.sql").read_text(encoding="utf-8")
    statement = "".join(line for line in sql.splitlines(keepends=True) if not line.startswith("--"))
    assert "`queries/vague_targets.sql` lists" in readme
    assert f"```sql\n{statement}```" in readme
