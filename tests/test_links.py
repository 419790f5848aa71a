"""Links across documents: a self-evaluation beside the target table it answers, on
constructed rows (`link`) and in a build of both tables (`project_links`, the finding)."""

import duckdb
import pyarrow.parquet as pq
import pytest

from pipeline.build.run import run_build
from pipeline.links import link, name_key


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("51000021R000000019951-工资性支出", "工资性支出"),
        ("51000021R000000019951 工资性支出", "工资性支出"),
        ("★补助鱼塘面积", "补助鱼塘面积"),
        ("*补助 鱼塘面积", "补助鱼塘面积"),
        ("指标1.药品抽验品种", "药品抽验品种"),
        ("指标5:药品不良反应报告数", "药品不良反应报告数"),
        ("指标１：药品抽验品种", "药品抽验品种"),  # full-width, folded by NFKC
        ("指標1:藥品抽驗品種", "药品抽验品种"),  # a mirror's traditional characters
        ("2023年春季造林项目", "2023年春季造林项目"),  # a year is not a project code
        ("ABCDEFGHIJKL-项目", "ABCDEFGHIJKL-项目"),  # a code has a digit
        ("5100002100001", "5100002100001"),  # nothing after it: the name itself
        (None, ""),
    ],
)
def test_name_key(written, key):
    assert name_key(written) == key


def _project(document: str, kind: str, name: str | None, seq: int = 1, **extra) -> dict:
    return {
        "document_id": document,
        "document_type": kind,
        "department": "林业局",
        "fiscal_year": 2021,
        "source_file": f"{document}.txt",
        "project_id": f"{document}:p{seq}",
        "project_seq": seq,
        "project_name": name,
        **extra,
    }


def _indicator(project_id: str, n: int, name: str, target: str | None, actual=None, met=None):
    return {
        "project_id": project_id,
        "document_id": project_id.split(":")[0],
        "indicator_id": f"{project_id}:i{n}",
        "indicator_name": name,
        "annual_target": target,
        "actual_value": actual,
        "met": met,
        "source_file": f"{project_id.split(':')[0]}.txt",
        "source_line": 10 + n,
    }


def test_a_self_evaluation_links_to_the_published_project_indicator_by_indicator():
    projects = [
        _project("se", "self_evaluation", "51000021R000000019951-造林项目"),
        _project("t", "targets", "造林项目"),
        _project("t", "targets", "其他项目", seq=2),
        _project("other", "targets", "造林项目", department="财政局"),
        _project("t2022", "targets", "造林项目", fiscal_year=2022),
    ]
    indicators = {
        "se:p1": [
            _indicator("se:p1", 1, "★造林面积", "1.2万亩", "1.2万亩", True),
            _indicator("se:p1", 2, "指标2.成活率", "90%", "100%", None),
            _indicator("se:p1", 3, "新指标", "1次", "1次", True),
        ],
        "t:p1": [
            _indicator("t:p1", 1, "造林面积", "12000亩"),  # the same target in other words
            _indicator("t:p1", 2, "成活率", "≥95%"),
            _indicator("t:p1", 3, "满意度", "≥90%"),
        ],
    }
    rows, found = link(projects, indicators)
    same = {
        "department": "林业局",
        "fiscal_year": 2021,
        "project_name_key": "造林项目",
        "target_document_id": "t",
        "target_project_id": "t:p1",
        "self_evaluation_document_id": "se",
        "self_evaluation_project_id": "se:p1",
    }
    assert rows == [
        {
            "link_id": "se:p1~t:p1:l1",
            **same,
            "indicator_name_key": "造林面积",
            "target_indicator_id": "t:p1:i1",
            "self_evaluation_indicator_id": "se:p1:i1",
            "published_target": "12000亩",
            "self_evaluation_target": "1.2万亩",
            "actual_value": "1.2万亩",
            "met": True,
            "target_changed": False,
        },
        {
            "link_id": "se:p1~t:p1:l2",
            **same,
            "indicator_name_key": "成活率",
            "target_indicator_id": "t:p1:i2",
            "self_evaluation_indicator_id": "se:p1:i2",
            "published_target": "≥95%",
            "self_evaluation_target": "90%",
            "actual_value": "100%",
            "met": None,
            "target_changed": True,
        },
        {
            "link_id": "se:p1~t:p1:l3",
            **same,
            "indicator_name_key": "新指标",
            "target_indicator_id": None,
            "self_evaluation_indicator_id": "se:p1:i3",
            "published_target": None,
            "self_evaluation_target": "1次",
            "actual_value": "1次",
            "met": True,
            "target_changed": None,
        },
        {
            "link_id": "se:p1~t:p1:l4",
            **same,
            "indicator_name_key": "满意度",
            "target_indicator_id": "t:p1:i3",
            "self_evaluation_indicator_id": None,
            "published_target": "≥90%",
            "self_evaluation_target": None,
            "actual_value": None,
            "met": None,
            "target_changed": None,
        },
    ]
    assert found == [
        {
            "finding_id": "se:p1:i2:changed:t:p1:i2",
            "document_id": "se",
            "severity": "warning",
            "rule": "target_changed_after_publication",
            "entity_type": "indicator",
            "entity_id": "se:p1:i2",
            "source_file": "se.txt",
            "source_line": 12,
            "source_location": None,
            "message": "年度指标值 90% is not the target published in t.txt:12: ≥95%",
            "evidence": "≥95% | 90%",
        }
    ]


def test_projects_without_a_name_or_a_counterpart_are_not_linked():
    projects = [
        _project("se", "self_evaluation", None),  # department-wide: no project name
        _project("t", "targets", ""),
        _project("se2", "self_evaluation", "造林项目"),
        _project("se3", "self_evaluation", "造林项目", department=None),
        _project("t3", "targets", "造林项目", department=None),
    ]
    assert link(projects, {}) == ([], [])


def test_namesakes_pair_in_order_and_a_pair_without_indicators_is_one_row():
    projects = [_project("se", "self_evaluation", "甲"), _project("t", "targets", "甲")]
    rows, _ = link(
        projects,
        {
            "se:p1": [_indicator("se:p1", 1, "效果", "好"), _indicator("se:p1", 2, "效果", "优")],
            "t:p1": [_indicator("t:p1", 1, "效果", "好"), _indicator("t:p1", 2, "效果", "良")],
        },
    )
    assert [(r["target_indicator_id"], r["self_evaluation_indicator_id"]) for r in rows] == [
        ("t:p1:i1", "se:p1:i1"),
        ("t:p1:i2", "se:p1:i2"),
    ]
    assert [r["target_changed"] for r in rows] == [False, True]
    rows, _ = link(projects, {})
    assert [(r["link_id"], r["indicator_name_key"], r["target_changed"]) for r in rows] == [
        ("se:p1~t:p1:l1", None, None)
    ]


TARGET_TABLE = """项目支出绩效目标申报表
( 2022 年度)
项目名称	委托业务项目
主管部门及代码	[219]池州市贵池区棠溪镇人民政府	实施单位	池州市贵池区棠溪镇人民政府
项目资金 (万元)	年度资金总额:	90
	其中:财政拨款	90
	其他资金	0
绩 效 指 标	一级指标	二级指标	三级指标	指标值
	产出指标	数量指标	基建工程委托业务项目数量	≥50个
		质量指标	委托业务报告合格率	{rate}
		成本指标	项目总成本	≤90万元
"""

SELF_EVALUATION = """附件: 项目支出绩效自评表 (2022年度)
项目名称	委托业务项目
主管部门	219-池州市贵池区棠溪镇人民政府
实施单位	219001-池州市贵池区棠溪镇人民政府
项目资金 (万元)		年初预算数	全年预算数	全年执行数	分值	执行率	得分
	年度资金总额:	90	89.974	89.974	10	100%	10
	其中:本年财政拨款	90	89.974	89.974
绩效指标	一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分	偏差原因分析及改进措施
	产出指标(50分)	数量指标	基建工程委托业务项目数量	≥50个	52个	20	20
		质量指标	委托业务报告合格率	≥100%	100%	20	20
		成本指标	项目总成本	≤90万元	89.974万元	10	10
"""

SOURCES = """file,fiscal_year,region,department,source_url,retrieved
target.txt,2022,安徽省池州市贵池区,池州市贵池区棠溪镇人民政府,,
self.txt,2022,安徽省池州市贵池区,池州市贵池区棠溪镇人民政府,,
"""

RULE = "target_changed_after_publication"


def _outputs(out) -> dict[str, list[tuple]]:
    """The links and the rule's findings, from the parquet files and from the database."""
    links = pq.read_table(out / "project_links.parquet").to_pylist()
    findings = pq.read_table(out / "findings.parquet").to_pylist()
    with duckdb.connect(str(out / "performance.duckdb"), read_only=True) as connection:
        database = {
            "links": connection.execute(
                "SELECT target_indicator_id, self_evaluation_indicator_id, published_target, "
                "self_evaluation_target, actual_value, met, target_changed FROM project_links "
                "ORDER BY link_id"
            ).fetchall(),
            "findings": connection.execute(
                "SELECT finding_id, entity_id, message FROM findings WHERE rule = ? "
                "ORDER BY finding_id",
                [RULE],
            ).fetchall(),
        }
    return {
        "links": [
            tuple(row[name] for name in ("target_indicator_id", "self_evaluation_indicator_id",
                  "published_target", "self_evaluation_target", "actual_value", "met",
                  "target_changed"))
            for row in links
        ],
        "findings": [
            (row["finding_id"], row["entity_id"], row["message"])
            for row in findings if row["rule"] == RULE
        ],
        "database": database,
    }  # fmt: skip


def _build(raw, out, rate: str | None) -> dict:
    target = raw / "target.txt"
    if rate is None:
        target.unlink()
    else:
        target.write_text(TARGET_TABLE.format(rate=rate), encoding="utf-8")
    run_build(raw, out)
    return _outputs(out)


@pytest.mark.slow
def test_a_build_links_a_self_evaluation_to_its_target_table_and_follows_its_changes(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "sources.csv").write_text(SOURCES, encoding="utf-8")
    (raw / "self.txt").write_text(SELF_EVALUATION, encoding="utf-8")
    published = [
        ("target.txt:p1:i1", "self.txt:p1:i1", "≥50个", "≥50个", "52个", True, False),
        ("target.txt:p1:i2", "self.txt:p1:i2", "≥95%", "≥100%", "100%", True, True),
        ("target.txt:p1:i3", "self.txt:p1:i3", "≤90万元", "≤90万元", "89.974万元", True, False),
    ]
    changed = (
        "self.txt:p1:i2:changed:target.txt:p1:i2",
        "self.txt:p1:i2",
        "年度指标值 ≥100% is not the target published in target.txt:10: ≥95%",
    )
    got = _build(raw, out, "≥95%")
    assert got == {
        "links": published,
        "findings": [changed],
        "database": {"links": published, "findings": [changed]},
    }
    # The target table republished with the self-evaluation's target: the same link, no
    # finding, though the self-evaluation itself was not built again.
    same = [
        (*row[:2], "≥100%" if row[2] == "≥95%" else row[2], *row[3:6], False) for row in published
    ]
    assert _build(raw, out, "≥100%") == {
        "links": same,
        "findings": [],
        "database": {"links": same, "findings": []},
    }
    # The target table gone: no link, no finding.
    assert _build(raw, out, None) == {
        "links": [],
        "findings": [],
        "database": {"links": [], "findings": []},
    }
    # And back: the same as the first build.
    assert _build(raw, out, "≥95%") == got
