"""The whole build on the held-out target tables of tests/fixtures/heldout-targets: forms,
split value columns, department-wide tables and other forms of provinces and templates the
layout examples do not show, with the converter damage real tables carry. Each table must give
its expected.json entry whole: the document's layout, type and unit, every project (name,
total) and, in printed order, every indicator (name, levels, first clause of its annual and
period targets, weight), and no indicator more.
"""

import json
from pathlib import Path

import pytest

from tests.layout_expectations import assert_whole_table, expected_of, folder_database, rows

FOLDER = Path(__file__).parent / "fixtures" / "heldout-targets"
EXPECTED = expected_of(FOLDER)
built = folder_database(FOLDER)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_held_out_table_gives_its_whole_expected_projects_and_indicators(built, name):
    assert_whole_table(built, name, EXPECTED[name])


def _extra_columns(database: Path, name: str) -> dict:
    (project,) = rows(database, "SELECT extra_columns FROM projects WHERE document_id = ?", name)
    return json.loads(project["extra_columns"])


def _findings(database: Path, name: str) -> list[tuple]:
    """The findings of a document that say a cell or line was not understood."""
    return [
        (finding["severity"], finding["rule"], finding["source_line"])
        for finding in rows(
            database,
            "SELECT severity, rule, source_line FROM findings WHERE document_id = ? AND rule IN "
            "('row_unparsed', 'label_unknown', 'line_unrecognised', 'column_unknown') "
            "ORDER BY source_line, rule",
            name,
        )
    ]


# Header cells that are neither money nor goals, as the project's extra columns.
EXTRA_COLUMNS = {
    # `年度` over `履职目标`: the duty rows are fields by heading, as on one line, not values
    # without a label; a heading printed on several rows gives each row's cell, numbered after
    # the first (it kept its last row's cell only, the others lost, up to the twenty-sixth round).
    "D-fujian-fengze-shijianju-2022.txt": {
        "部门预算编码": "350503017",
        "部门职能": "食品安全监管",
        "部门职能#2": "特种设备安全监管",
        "部门职能#3": "机关运转",
        "年度目标任务": "完成食品抽检1800批次",
        "年度目标任务#2": "完成特种设备监督检查",
        "年度目标任务#3": "保障机关正常运转",
        "支出项目名称": "食品安全抽检经费",
        "支出项目名称#2": "特种设备安全监管经费",
        "预算金额(万元)": "180",
        "预算金额(万元)#2": "45.2",
        # The third task's 支出项目名称 is 基本支出, a spending label: its value all the same, as
        # the others' (it was a label of its own, its figure `基本支出/预算金额`, up to round 95).
        "支出项目名称#3": "基本支出",
        "预算金额(万元)#3": "1535.16",
        # The money by kind of spending under the total, which no amount column holds.
        "项目支出": "615.20",
        "基本支出": "1,535.16",
    },
    # A6's cost block: each item by heading, no money of the project's.
    "A6-zhejiang-haishu-zhucan-2024.txt": {
        "助餐补贴/金额(万元)": "180",
        "助餐补贴/测算依据及说明": "按每餐补助3元、全年60万餐次测算",
        "助餐补贴/以前年度执行情况": "2023年执行175.6万元",
        "助餐点运营补助/金额(万元)": "30.5",
        "助餐点运营补助/测算依据及说明": "61个助餐点每点0.5万元",
        "助餐点运营补助/以前年度执行情况": "2023年执行30万元",
    },
}


@pytest.mark.parametrize("name", sorted(EXTRA_COLUMNS))
def test_a_wrapped_block_label_and_a_cost_block_give_their_rows_as_fields(built, name):
    assert _findings(built, name) == []
    assert _extra_columns(built, name) == EXTRA_COLUMNS[name]


def test_a_block_label_printed_one_character_a_line_is_read_as_that_label(built):
    # `绩` `效` `指` on lines of their own over `标 | 指标名称 | 指标值 | 备注`; `第 1 页 共 2 页`
    # between two rows is page furniture.
    name = "F-shanghai-xuhui-shitang-vertical-2024.txt"
    assert _findings(built, name) == []
