"""The database: a storage format DuckDB 1.4 (LTS) and later open; its views' grain, money
and rows, built from the seed."""

import shutil

import duckdb
import pytest

from pipeline.build.run import run_build
from pipeline.outputs.database import VIEWS, View, _in_dependency_order, _read_view
from schemas._types import ColumnDoc
from tests.conftest import RAW, SEED_FILE


def _money_columns_by_view(connection) -> tuple[dict[str, set[str]], set[str]]:
    """Each view's money columns, and the views whose grain is finer than the project.

    A money column is a DECIMAL one, or one named as a table's DECIMAL column or its
    printed text (`total_amount`, `total_amount_raw`). A view is finer than the project
    when it has an indicator_id, or a project_id that repeats on the seed."""
    money_names = {
        name + suffix
        for (name,) in connection.execute(
            "SELECT DISTINCT column_name FROM duckdb_columns() "
            "WHERE table_name IN (SELECT table_name FROM duckdb_tables()) AND data_type LIKE 'DECIMAL%'"
        ).fetchall()
        for suffix in ("", "_raw")
    }
    money: dict[str, set[str]] = {}
    finer = set()
    for view in VIEWS:
        columns = connection.execute(
            "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ?", [view]
        ).fetchall()
        names = {name for name, _ in columns}
        money[view] = {
            name
            for name, data_type in columns
            if data_type.startswith("DECIMAL") or name in money_names
        }
        if "indicator_id" in names:
            finer.add(view)
        elif "project_id" in names:
            rows, projects = connection.execute(
                f"SELECT count(*), count(DISTINCT project_id) FROM {view}"
            ).fetchone()
            if rows > projects:
                finer.add(view)
    return money, finer


def test_no_view_finer_than_the_project_carries_money(seed_build):
    with duckdb.connect(str(seed_build / "performance.duckdb"), read_only=True) as connection:
        money, finer = _money_columns_by_view(connection)
    assert {view: columns for view, columns in money.items() if view in finer and columns} == {}
    assert {view: columns for view, columns in money.items() if columns} == {
        "project_summary": {
            "total_amount",
            "fiscal_appropriation",
            "fiscal_special_account",
            "other_funds",
        },
        "attainment_by_document": {"budget_adjusted", "budget_executed"},
        "attainment_by_department": {"budget_adjusted", "budget_executed"},
    }
    assert finer == {
        "indicator_quantified",
        "indicator_summary",
        "indicator_targets",
        "satisfaction_targets",
        "target_attainment",
    }


SEED = ("guangzhou-huadu-kgxj-2025.txt", "广州市花都区科技工业和信息化局", "广州市花都区", 2025)
P10 = (*SEED, "guangzhou-huadu-kgxj-2025.txt:p10", 10, "退休干部活动经费", SEED[1])


def test_indicator_summary_has_a_row_per_indicator_with_both_targets(seed_build):
    with duckdb.connect(str(seed_build / "performance.duckdb"), read_only=True) as connection:
        columns = connection.execute("DESCRIBE indicator_summary").fetchall()
        rows = connection.execute(
            "SELECT * FROM indicator_summary WHERE project_id = 'guangzhou-huadu-kgxj-2025.txt:p10' "
            "OR indicator_id = 'guangzhou-huadu-kgxj-2025.txt:p22:i4' ORDER BY source_line, indicator_id"
        ).fetchall()
        counts = connection.execute(
            "SELECT count(*), count(DISTINCT indicator_id), count(*) FILTER (NOT is_quantified) "
            "FROM indicator_summary"
        ).fetchone()
    assert [(name, data_type) for name, data_type, *_ in columns] == [
        ("document_id", "VARCHAR"),
        ("department", "VARCHAR"),
        ("region", "VARCHAR"),
        ("fiscal_year", "BIGINT"),
        ("project_id", "VARCHAR"),
        ("project_seq", "BIGINT"),
        ("project_name", "VARCHAR"),
        ("funding_unit", "VARCHAR"),
        ("indicator_id", "VARCHAR"),
        ("indicator_seq", "BIGINT"),
        ("level1_code", "VARCHAR"),
        ("level1_name", "VARCHAR"),
        ("level2_code", "VARCHAR"),
        ("level2_name", "VARCHAR"),
        ("indicator_name", "VARCHAR"),
        ("period_target", "VARCHAR"),
        ("annual_target", "VARCHAR"),
        ("is_quantified", "BOOLEAN"),
        ("source_file", "VARCHAR"),
        ("source_line", "BIGINT"),
    ]
    seed_file = "guangzhou-huadu-kgxj-2025.txt"
    p10 = f"{P10[4]}:i"
    target = (
        "以强有力的阵势吸引海内外汽车音响巨头到花都考察，为花都汽车音响行业发展带来了巨大的商机，"
        "多维营造宣传了我区良好的投资环境"
    )
    assert rows == [
        (*P10, f"{p10}1", 1, "1", "产出指标", "12", "质量指标", "活动参与率", "≥80%", "≥80%", True, seed_file, 23),
        (*P10, f"{p10}2", 2, "2", "效益指标", "22", "社会效益指标",
         "看望住院人员及慰问去世人员亲属完成率", "100%", "100%", True, seed_file, 23),
        (*P10, f"{p10}3", 3, "3", "满意度指标", "31", "服务对象满意度指标",
         "当年举办老干部活动的次数", "≥2", "≥2", True, seed_file, 23),
        (*P10, f"{p10}4", 4, "3", "满意度指标", "31", "服务对象满意度指标",
         "老干部工作满意度", "100%", "100%", True, seed_file, 23),
        (*SEED, "guangzhou-huadu-kgxj-2025.txt:p22", 22, "中国电子音响行业协会合作推进产业发展经费",
         SEED[1], "guangzhou-huadu-kgxj-2025.txt:p22:i4", 4, "2", "效益指标", "22", "社会效益指标",
         "推动招商引资", target + "。", target, False, seed_file, 37),
    ]  # fmt: skip
    assert counts == (113, 113, 13)


def storage_number(path) -> int:
    """The storage version number in a DuckDB file's header: 8 bytes of checksum, `DUCK`,
    then the number as a little-endian 64-bit integer."""
    header = path.read_bytes()[:20]
    assert header[8:12] == b"DUCK"
    return int.from_bytes(header[12:20], "little")


def test_the_database_is_in_duckdb_1_4_storage(seed_build):
    # 67 is what DuckDB 1.4 writes and the newest it reads; DuckDB 2's own format is 999.
    assert storage_number(seed_build / "performance.duckdb") == 67


def test_a_rebuild_that_updates_the_database_keeps_its_storage(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(RAW, raw)
    seed = raw / SEED_FILE
    shutil.copy(seed, raw / "copy.txt")
    run_build(raw, out)
    seed.write_bytes(seed.read_bytes() + b"\n")
    summary = run_build(raw, out)  # copies the database and replaces the seed's rows
    assert (summary.files, summary.cached) == (2, 1)
    assert storage_number(out / "performance.duckdb") == 67


def test_a_view_file_gives_its_description_column_notes_and_sql(tmp_path):
    path = tmp_path / "late_projects.sql"
    path.write_text(
        "-- One row per project whose deadline\n"
        "-- is late.\n"
        "-- column days_late [Days late | 逾期天数]: Days after the fiscal year's end,\n"
        "--     counted from 31 December.\n"
        "SELECT project_id, 3 AS days_late\n"
        "FROM projects\n",
        encoding="utf-8",
    )
    assert _read_view(path) == View(
        "One row per project whose deadline is late.",
        {
            "days_late": ColumnDoc(
                "Days late",
                "Days after the fiscal year's end, counted from 31 December.",
                title_zh="逾期天数",
            )
        },
        "SELECT project_id, 3 AS days_late\nFROM projects",
    )


def test_a_computed_column_without_its_names_is_refused_naming_the_line(tmp_path):
    path = tmp_path / "late_projects.sql"
    path.write_text(
        "-- One row per late project.\n-- column days_late: Days late.\nSELECT 3 AS days_late\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError) as refused:
        _read_view(path)
    assert str(refused.value) == (
        f"{path}:2: write a computed column as `-- column NAME [English name | 中文名]: what it is`"
    )


def test_views_are_created_after_the_views_they_read():
    views = {
        "project_summary_plus": View("", {}, "SELECT * FROM base_view JOIN late_view USING (id)"),
        "late_view": View("", {}, "SELECT * FROM base_view WHERE late"),
        "base_view": View("", {}, "SELECT * FROM projects"),
    }
    assert list(_in_dependency_order(views)) == ["base_view", "late_view", "project_summary_plus"]
