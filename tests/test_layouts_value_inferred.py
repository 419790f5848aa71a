"""A target column under a label no vocabulary holds, read by the whole per-file pipeline.

A grid with a names column and no target column of a known label loses every target unless a
column says by its cells that it holds them: the one column of unknown label right of the names
whose cells mostly state a figure, a share or a date is read as the annual targets, with a
warning naming it. Nothing is read so where the table has a known target column, where two
columns could be it, or where the column's cells are words."""

import pytest

from tests.test_layouts_text import read, text

HEAD = [["项目支出绩效目标表"], ["单位:万元"], ["项目名称", "企业经营管理人才培训"],
        ["年度资金总额", "120"], ["年度目标", "完成培训任务。"]]  # fmt: skip
LEVELS = ["一级指标", "二级指标", "三级指标"]
ROWS = [["产出指标", "数量指标", "培训人数", "≥100人次"],
        ["", "质量指标", "结业率", "≥95%"],
        ["", "时效指标", "培训完成时间", "2024年11月底前"],
        ["效益指标", "社会效益指标", "学员就业能力", "明显提升"]]  # fmt: skip
HEADER_LINE = len(HEAD) + 1


def _read(labels: list[str], rows=ROWS):
    tables = read(text([*HEAD, labels, *rows]))
    targets = [(i["indicator_name"], i["annual_target"]) for i in tables.indicators]
    findings = [(f["rule"], f["severity"], f["source_line"], f["message"])
                for f in tables.findings if f["rule"] in ("value_column_inferred", "column_unknown")]  # fmt: skip
    return targets, findings


@pytest.mark.parametrize("label", ["指标目标", "目标要求", "标准值", "计划目标", "拟实现目标"])
def test_an_unknown_column_of_targets_is_read_as_the_targets_with_a_warning(label):
    assert _read([*LEVELS, label]) == (
        [("培训人数", "≥100人次"), ("结业率", "≥95%"), ("培训完成时间", "2024年11月底前"),
         ("学员就业能力", "明显提升")],
        [("value_column_inferred", "warning", HEADER_LINE,
          f"column {label!r} is not a known label of the targets, but the table has no other "
          "target column and its cells read as targets: they are read as the annual targets; "
          "compare with the published table")],
    )  # fmt: skip


def test_a_column_of_words_is_no_target_column():
    rows = [[*row[:3], note] for row, note in zip(ROWS, ["反映培训规模", "反映培训质量", "反映进度",
                                                         "反映成效"], strict=True)]  # fmt: skip
    assert _read([*LEVELS, "指标目标"], rows) == (
        [("培训人数", None), ("结业率", None), ("培训完成时间", None), ("学员就业能力", None)],
        [("column_unknown", "info", HEADER_LINE, "column '指标目标' is not a known "
          "indicator-table label; its cells are kept in indicators.extra_columns")],
    )  # fmt: skip


def test_an_unknown_column_beside_a_known_target_column_stays_an_extra_cell():
    rows = [[*row, "≥90%"] for row in ROWS]
    targets, findings = _read([*LEVELS, "指标值", "对标值"], rows)
    assert targets == [("培训人数", "≥100人次"), ("结业率", "≥95%"),
                       ("培训完成时间", "2024年11月底前"), ("学员就业能力", "明显提升")]  # fmt: skip
    assert [rule for rule, *_ in findings] == ["column_unknown"]


def test_two_unknown_columns_of_targets_are_neither_read():
    rows = [[*row, row[3]] for row in ROWS]
    targets, findings = _read([*LEVELS, "指标目标", "对标值"], rows)
    assert targets == [("培训人数", None), ("结业率", None), ("培训完成时间", None),
                       ("学员就业能力", None)]  # fmt: skip
    assert [rule for rule, *_ in findings] == ["column_unknown", "column_unknown"]
