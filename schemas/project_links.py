"""Schemas: `project_links`, self-evaluations beside the target tables they answer."""

import pandera.pandas as pa

from schemas._types import Bool, Int, String, column

# Chinese names of what the ids name, and of the two sides.
_WHAT_ZH = {"document": "文档编号", "project": "项目编号", "indicator": "指标编号"}
_SIDE_ZH = {"target table": "目标表", "self-evaluation": "自评表"}


def _id(what: str, side: str, nullable: bool = False):
    return column(
        f"{side.capitalize()} {what} id",
        f"The {what} in the {side} ({what}s)."
        + (" Null when only the other side has the indicator." if nullable else ""),
        title_zh=_SIDE_ZH[side] + _WHAT_ZH[what],
        nullable=nullable,
    )


class ProjectLinks(pa.DataFrameModel):
    """One row per indicator of a linked pair of projects. Key: link_id."""

    link_id: String = column(
        "Link id",
        "`<self_evaluation_project_id>~<target_project_id>:l<n>`, n in the self-evaluation's "
        "indicator order, then the published indicators it lacks.",
        unique=True,
        title_zh="关联编号",
    )
    department: String = column(
        "Department",
        "The department both documents are of (documents.department).",
        title_zh="部门名称",
    )
    fiscal_year: Int = column(
        "Fiscal year", "The fiscal year both documents are of.", title_zh="预算年度"
    )
    project_name_key: String = column(
        "Project name key",
        "The name both projects have once compared: NFKC, no white space, no leading ★/*, "
        "enumerator (`指标1.`) or 预算管理一体化 project code.",
        title_zh="项目名称（比对用）",
    )
    target_document_id: String = _id("document", "target table")
    target_project_id: String = _id("project", "target table")
    self_evaluation_document_id: String = _id("document", "self-evaluation")
    self_evaluation_project_id: String = _id("project", "self-evaluation")
    indicator_name_key: String = column(
        "Indicator name key",
        "The indicator's name as matched (as project_name_key); null when neither project "
        "has an indicator.",
        nullable=True,
        title_zh="指标名称（比对用）",
    )
    target_indicator_id: String = _id("indicator", "target table", nullable=True)
    self_evaluation_indicator_id: String = _id("indicator", "self-evaluation", nullable=True)
    published_target: String = column(
        "Published target",
        "The target table's 年度指标值, as written: the promise.",
        label="年度指标值",
        nullable=True,
        title_zh="公开的年度指标值",
    )
    self_evaluation_target: String = column(
        "Self-evaluation target",
        "The 年度指标值 the self-evaluation states, as written.",
        label="年度指标值",
        nullable=True,
        title_zh="自评表的年度指标值",
    )
    actual_value: String = column(
        "Actual",
        "The self-evaluation's 实际完成值, as written: the result.",
        label="实际完成值",
        nullable=True,
    )
    met: Bool = column(
        "Target met",
        "indicators.met of the self-evaluation's indicator.",
        nullable=True,
        title_zh="是否达成",
    )
    target_changed: Bool = column(
        "Target changed",
        "True when the self-evaluation's target sets something other than the published one "
        "(compared by meaning: `1万元` is `10000元`), which is a target_changed_after_publication "
        "finding; null when either side has no target.",
        nullable=True,
        title_zh="指标值是否改变",
    )

    class Config:
        title = "project_links"
        description = (
            "One row per indicator of a self-evaluation's project and the target table's "
            "project it answers (same department, fiscal year and project name), matched by "
            "indicator name. Key: link_id. *_document_id -> documents, *_project_id -> "
            "projects, *_indicator_id -> indicators."
        )
        strict = True
