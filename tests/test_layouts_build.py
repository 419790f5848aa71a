"""The whole build on the real tables of tests/fixtures/layouts: every document, project,
indicator, parsed target, weight and error finding its expected.json states (compared as
`tests.layout_expectations` says).
"""

import json
from pathlib import Path

import pytest

from tests.conftest import built_tables
from tests.layout_expectations import assert_as_expected, rows

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
EXPECTED = json.loads((LAYOUTS / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return built_tables(tmp_path_factory, LAYOUTS, "layouts")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_real_table_gives_its_expected_projects_indicators_and_findings(built, name):
    assert_as_expected(built, name, EXPECTED[name])


def test_a_subtotal_row_is_the_funding_unit_of_the_projects_under_it_and_checked_once(built):
    name = "E-sichuan-jingyan-mata-2023.txt"
    projects = rows(
        built,
        "SELECT project_name, funding_unit, extra_columns FROM projects "
        "WHERE document_id = ? ORDER BY project_seq",
        name,
    )
    unit = '{"单位名称": "820001-井研县马踏镇人民政府"}'
    assert projects == [
        {"project_name": "村组干部报酬", "funding_unit": "820-马踏镇部门", "extra_columns": unit},
        {
            "project_name": "基层组织活动经费",
            "funding_unit": "820-马踏镇部门",
            "extra_columns": unit,
        },
    ]
    findings = rows(
        built,
        "SELECT source_line, message FROM findings WHERE document_id = ? AND rule = 'subtotal_mismatch'",
        name,
    )
    assert findings == [
        {
            "source_line": 4,
            "message": "820-马踏镇部门: printed subtotal differs from the sum of its 2 projects "
            "(万元): 总计 882.762053 ≠ 396.984",
        }
    ]


def test_no_real_table_is_said_to_miss_the_points_its_weights_make(built):
    # Chongqing's and 马踏镇's first project weigh 90 (the 预算执行率's 10 points left to the
    # self-evaluation); Inner Mongolia prints 绩效指标(权重分值90分,其中产出指标权重分值50分,…) and
    # is cut after its 产出 block, as is 马踏镇's second project: none is a mismatch.
    assert rows(built, "SELECT * FROM findings WHERE rule = 'weights_total_mismatch'") == []
