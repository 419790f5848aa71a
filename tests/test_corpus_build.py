"""The build on a generated corpus: every table, damaged or not, gives what the generator
says it holds (projects, indicators, 合计, department, year and encoding)."""

from decimal import Decimal

import pyarrow.parquet as pq

from benchmarks.corpus import generate_corpus
from pipeline.build.run import run_build


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
    totals = {
        row["document_id"]: row["total_amount"]
        for row in pq.read_table(tmp_path / "out" / "amount_rows.parquet").to_pylist()
        if row["row_type"] == "grand_total"
    }
    built = {
        name: (
            document["department"],
            document["fiscal_year"],
            document["project_count"],
            document["indicator_count"],
            totals[document["document_id"]],
            document["encoding"],
        )
        for name, document in documents.items()
    }
    assert built == {
        name: (
            entry["department"],
            entry["fiscal_year"],
            entry["project_count"],
            entry["indicator_count"],
            Decimal(entry["grand_total"]),
            entry["encoding"],
        )
        for name, entry in expected.items()
    }
    layouts = {entry["layout"] for entry in expected.values()}
    encodings = {entry["encoding"] for entry in expected.values()}
    assert layouts == {"clean", "pdf"} and encodings == {"utf-8", "utf-8-sig", "gb18030"}
