"""Joining parquet fragments without decoding them: the footer codec and the joined file."""

import datetime
import errno
import itertools
from decimal import Decimal

import duckdb
import pyarrow
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import schemas
from pipeline.outputs import splice

SCHEMA = pyarrow.schema(
    [
        pyarrow.field("id", pyarrow.string(), False, {"title": "Id", "description": "名称"}),
        pyarrow.field("count", pyarrow.int64()),
        pyarrow.field("amount", pyarrow.decimal128(18, 4)),
        pyarrow.field("day", pyarrow.date32()),
        pyarrow.field("flag", pyarrow.bool_()),
        pyarrow.field("share", pyarrow.float64()),
    ],
    metadata={"description": "a table"},
)


def _rows(prefix: str, count: int) -> pyarrow.Table:
    rows = [
        {
            "id": f"{prefix}-{i}",
            "count": i if i % 3 else None,
            "amount": Decimal(f"{i}.2500"),
            "day": datetime.date(2025, 1, 1 + i % 28),
            "flag": i % 2 == 0,
            "share": i / 3,
        }
        for i in range(count)
    ]
    return pyarrow.Table.from_pylist(rows, schema=SCHEMA)


def _write(schema: pyarrow.Schema, tables: list, row_groups: int = 1, **options) -> bytes:
    """Tables of the schema as a parquet fragment, each cut into `row_groups` row groups."""
    sink = pyarrow.BufferOutputStream()
    with pq.ParquetWriter(sink, schema, **{**splice.fragment_options, **options}) as writer:
        for table in tables:
            step = max(1, -(-table.num_rows // row_groups))
            for start in range(0, max(table.num_rows, 1), step):
                writer.write_table(table.slice(start, step))
    return sink.getvalue().to_pybytes()


def _fragment(table: pyarrow.Table, row_groups: int = 1, **options) -> bytes:
    return _write(SCHEMA, [table], row_groups, **options)


def _footer(fragment: bytes) -> bytes:
    size = int.from_bytes(fragment[-8:-4], "little")
    return fragment[-8 - size : -8]


@pytest.mark.parametrize("rows, row_groups", [(0, 1), (5, 1), (1000, 4)])
def test_a_footer_read_and_written_back_is_the_same_bytes(rows, row_groups):
    fragment = _fragment(_rows("文件", rows), row_groups)
    assert splice.encode_struct(splice.read_footer(fragment)) == _footer(fragment)


def test_joined_fragments_read_as_their_rows_in_order_with_the_schema(tmp_path):
    tables = [_rows("a", 100), _rows("b", 0), _rows("c", 1000), _rows("d", 5)]
    path = tmp_path / "joined.parquet"
    writer = splice.SplicedWriter(path, _fragment(SCHEMA.empty_table()))
    counts = [writer.append(_fragment(table, 3)) for table in tables]
    writer.close()

    assert counts == [100, 0, 1000, 5]
    joined = pq.read_table(path)
    assert joined.equals(pyarrow.concat_tables(tables))
    assert joined.schema.equals(SCHEMA, check_metadata=True)
    metadata = pq.read_metadata(path)
    assert (metadata.num_rows, metadata.num_row_groups) == (1105, 3 + 1 + 3 + 3)
    statistics = [metadata.row_group(i).column(0).statistics for i in (8, 9)]
    assert [(s.min, s.max, s.num_values) for s in statistics] == [
        ("d-2", "d-3", 2),
        ("d-4", "d-4", 1),
    ]
    with duckdb.connect() as connection:
        found = connection.execute(
            "SELECT count(*), sum(amount), max(day), count(*) FILTER (id = 'c-500') "
            "FROM read_parquet(?)",
            [str(path)],
        ).fetchall()
    assert found == [(1105, Decimal("504736.2500"), datetime.date(2025, 1, 28), 1)]


def _row_groups(fragment: bytes) -> list[list[splice.Field]]:
    return next(field for field in splice.read_footer(fragment) if field.id == 4).value[1]


def _numbered(fragment: bytes) -> bytes:
    """The fragment as a writer that numbers its row groups (parquet-mr) writes it: each
    row group with its ordinal (field 7, an i16), from 0. pyarrow writes none."""
    footer = splice.read_footer(fragment)
    groups = next(field for field in footer if field.id == 4).value[1]
    for ordinal, group in enumerate(groups):
        group.append(splice.Field(7, 4, ordinal))
    encoded = splice.encode_struct(footer)
    pages = fragment[: -8 - len(_footer(fragment))]
    return pages + encoded + len(encoded).to_bytes(4, "little") + splice.MAGIC


def test_row_groups_numbered_by_their_writer_are_numbered_again_in_the_joined_file(tmp_path):
    path = tmp_path / "joined.parquet"
    writer = splice.SplicedWriter(path, _fragment(SCHEMA.empty_table()))
    for prefix in "ab":
        writer.append(_numbered(_fragment(_rows(prefix, 10), 2)))
    writer.close()
    ordinals = [[f.value for f in group if f.id == 7] for group in _row_groups(path.read_bytes())]
    assert ordinals == [[0], [1], [2], [3]]
    assert pq.read_table(path).equals(pyarrow.concat_tables([_rows("a", 10), _rows("b", 10)]))


def test_no_fragments_make_an_empty_table_of_the_schema(tmp_path):
    path = tmp_path / "empty.parquet"
    writer = splice.SplicedWriter(path, _fragment(SCHEMA.empty_table()))
    writer.close()
    assert pq.read_table(path).equals(SCHEMA.empty_table())


def test_discarding_a_file_that_cannot_be_flushed_raises_nothing(tmp_path):
    """On a full disk the buffered pages cannot be flushed; a build stopped by that must
    report why it stopped, not fail again while throwing the file away."""

    class FullDisk:
        def close(self):
            raise OSError(errno.ENOSPC, "No space left on device")

    writer = splice.SplicedWriter(tmp_path / "x.parquet", _fragment(SCHEMA.empty_table()))
    writer.file.close()
    writer.file = FullDisk()
    writer.discard()


def test_fragments_with_a_page_index_or_not_parquet_are_refused(tmp_path):
    writer = splice.SplicedWriter(tmp_path / "x.parquet", _fragment(SCHEMA.empty_table()))
    with pytest.raises(
        splice.SpliceError, match=r"^a fragment has a page index; write it without one$"
    ):
        writer.append(_fragment(_rows("a", 3), write_page_index=True))
    with pytest.raises(splice.SpliceError, match=r"^not a parquet file \(no PAR1 at both ends\)$"):
        writer.append(b"PAR1 not really")
    fragment = _fragment(_rows("a", 3))
    footer = _footer(fragment)
    cut = fragment[: -8 - len(footer)] + footer[:-9] + (len(footer) - 9).to_bytes(4, "little")
    with pytest.raises(splice.SpliceError, match=r"^the parquet footer is cut short$"):
        writer.append(cut + splice.MAGIC)
    writer.discard()


TABLE_NAMES = sorted(schemas.TABLES)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(TABLE_NAMES),
    cuts=st.lists(st.floats(0, 1), max_size=6),
    row_groups=st.integers(1, 3),
    with_layouts=st.booleans(),
)
def test_any_cut_of_a_built_table_joins_back_to_it(
    seed_build, tmp_path_factory, name, cuts, row_groups, with_layouts
):
    table = pq.read_table(seed_build / f"{name}.parquet")
    bounds = sorted({0, table.num_rows, *(round(cut * table.num_rows) for cut in cuts)})
    pieces = [table.slice(start, end - start) for start, end in itertools.pairwise(bounds)]
    path = tmp_path_factory.mktemp("joined") / f"{name}.parquet"
    writer = splice.SplicedWriter(path, _write(table.schema, []))
    for piece in pieces:
        fragment = _write(table.schema, [piece], row_groups)
        writer.append(fragment, splice.layout(fragment) if with_layouts else None)
    writer.close()
    assert pq.read_table(path).equals(table)
    assert pq.read_schema(path).equals(table.schema, check_metadata=True)
