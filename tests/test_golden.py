"""Golden outputs: every table built from the seed, whole rows with their Arrow types.

The golden files are `tests/golden/<table>.json`: the table's column types, then every row.
After an intended change of output, regenerate them with `UPDATE_GOLDEN=1 make test` and
read the diff before committing it.
"""

import datetime
import decimal
import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import schemas

GOLDEN = Path(__file__).parent / "golden"


def _plain(value):
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def as_golden(path: Path) -> dict:
    table = pq.read_table(path)
    return {
        "types": {field.name: str(field.type) for field in table.schema},
        "rows": [{k: _plain(v) for k, v in row.items()} for row in table.to_pylist()],
    }


@pytest.mark.parametrize("table", list(schemas.TABLES))
def test_seed_table_matches_golden(seed_build, table):
    built = as_golden(seed_build / f"{table}.parquet")
    golden = GOLDEN / f"{table}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(built, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert built["types"] == expected["types"]
    assert len(built["rows"]) == len(expected["rows"])
    for row, expected_row in zip(built["rows"], expected["rows"], strict=True):
        assert row == expected_row
