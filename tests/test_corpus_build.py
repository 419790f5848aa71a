"""The build on a generated corpus: every table, damaged or not, in whichever layout, gives
what the generator says it holds (projects, indicators, money, department, year, encoding
and layout)."""

from collections import defaultdict
from decimal import Decimal

import pyarrow.parquet as pq
import pytest

from benchmarks.corpus import LAYOUT_KINDS, generate_corpus
from pipeline.build.run import run_build

# The layout the build records for each of the generator's (split value columns are forms).
BUILT_LAYOUT = {
    "packed": "indicator-cell",
    "project-form": "project-form",
    "split-columns": "project-form",
    "flat-list": "flat-list",
    "indicator-rows": "indicator-rows",
    "department-overall": "department-overall",
}


@pytest.mark.slow
def test_a_generated_corpus_builds_to_its_manifest(tmp_path):
    raw = tmp_path / "raw"
    expected = generate_corpus(raw, 40, seed=7)
    (raw / "expected.json").unlink()
    summary = run_build(raw, tmp_path / "out", workers=2)
    assert (summary.files, summary.failed, summary.severities["error"]) == (40, [], 0)
    documents = {
        d["source_file"]: d
        for d in pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    }
    # A packed table prints its 合计; the others' money is the sum of their projects'.
    totals = {
        row["document_id"]: row["total_amount"]
        for row in pq.read_table(tmp_path / "out" / "amount_rows.parquet").to_pylist()
        if row["row_type"] == "grand_total"
    }
    project_sums: dict[str, Decimal] = defaultdict(Decimal)
    for project in pq.read_table(tmp_path / "out" / "projects.parquet").to_pylist():
        project_sums[project["document_id"]] += project["total_amount"]
    built = {
        name: (
            document["department"],
            document["fiscal_year"],
            document["layout"],
            document["project_count"],
            document["indicator_count"],
            totals.get(document["document_id"], project_sums[document["document_id"]]),
            document["encoding"],
        )
        for name, document in documents.items()
    }
    assert built == {
        name: (
            entry["department"],
            entry["fiscal_year"],
            BUILT_LAYOUT[entry["table_layout"]],
            entry["project_count"],
            entry["indicator_count"],
            Decimal(entry["grand_total"]),
            entry["encoding"],
        )
        for name, entry in expected.items()
    }
    kinds = {entry["table_layout"] for entry in expected.values()}
    damage = {entry["layout"] for entry in expected.values()}
    encodings = {entry["encoding"] for entry in expected.values()}
    assert kinds == {kind for kind, _ in LAYOUT_KINDS} == set(BUILT_LAYOUT)
    assert damage == {"clean", "pdf"} and encodings == {"utf-8", "utf-8-sig", "gb18030"}
