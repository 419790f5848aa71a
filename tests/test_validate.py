"""Validate stage: rows that break the schemas stop the build with every failure listed."""

import pyarrow
import pyarrow.parquet as pq
import pytest

from pipeline import paths
from pipeline.rows import OUTPUT_TABLES
from pipeline.validate import ValidateError, validate


def _seed_tables(seed_build) -> dict[str, pyarrow.Table]:
    return {name: pq.read_table(paths.parquet_path(seed_build, name)) for name in OUTPUT_TABLES}


def test_the_seed_build_passes(seed_build):
    validate(_seed_tables(seed_build))


def test_unknown_keys_and_values_are_all_reported_in_one_error(seed_build):
    tables = _seed_tables(seed_build)
    thresholds = tables["thresholds"]
    ids = thresholds.column("indicator_id").to_pylist()
    ids[0] = ids[1] = "nowhere:p1:i1"
    ids[2] = "nowhere:p9:i9"
    scopes = thresholds.column("scope").to_pylist()
    scopes[5] = "monthly"
    tables["thresholds"] = thresholds.set_column(
        thresholds.schema.get_field_index("indicator_id"),
        thresholds.schema.field("indicator_id"),
        pyarrow.array(ids, pyarrow.string()),
    ).set_column(
        thresholds.schema.get_field_index("scope"),
        thresholds.schema.field("scope"),
        pyarrow.array(scopes, pyarrow.string()),
    )
    with pytest.raises(ValidateError) as error:
        validate(tables)
    assert str(error.value).splitlines() == [
        "rows break the schemas (a pipeline bug):",
        "thresholds.scope: isin(['period', 'annual', 'actual']): 1 rows, e.g. monthly",
        "thresholds.indicator_id: 2 values not in indicators.indicator_id, "
        "e.g. ['nowhere:p1:i1', 'nowhere:p9:i9']",
    ]


def test_a_reason_met_is_null_must_be_one_of_the_known_codes(seed_build):
    tables = _seed_tables(seed_build)
    indicators = tables["indicators"]
    codes = indicators.column("met_reason_code").to_pylist()
    codes[3] = "no actual value"  # the English text, not its key
    at = indicators.schema.get_field_index("met_reason_code")
    tables["indicators"] = indicators.set_column(
        at, indicators.schema.field(at), pyarrow.array(codes, pyarrow.string())
    )
    with pytest.raises(ValidateError) as error:
        validate(tables)
    assert str(error.value).splitlines() == [
        "rows break the schemas (a pipeline bug):",
        "indicators.met_reason_code: isin(['no_target', 'no_actual', 'target_words', "
        "'actual_words', 'actual_operator', 'clauses_differ', 'kinds_differ', 'units_differ', "
        "'no_value', 'floor_exceeded', 'ceiling_undercut', 'date_early', 'period_across', "
        "'duration_differs', 'approximate_across']): "
        "1 rows, e.g. no actual value",
    ]
