"""Validate stage, across documents: a self-evaluation linked to the target table it answers.

Pure. A self-evaluation's project answers a target table's project when both documents are
of the same department (`documents.department`) and fiscal year and the two project names
are the same after `name_key` (NFKC, no white space, no leading template mark, enumerator or
预算管理一体化 project code). Within a linked pair, indicators are matched by their names'
`name_key` (the k-th of a name on one side with the k-th on the other). `link` makes the
`project_links` rows, promise and result side by side, and a `target_changed_after_publication`
finding for each self-evaluation target that sets something other than the published one
(compared by meaning, as `period_annual_differ` compares: `pipeline.checks.same_meaning`).

It reads every document of the build, so it runs once all files are written
(`pipeline.outputs.write`), over the database, and its rows are made again at every build:
a changed or removed target table re-links, or unlinks, its self-evaluations.
"""

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from pipeline import paths
from pipeline.checks import same_meaning
from pipeline.rows import finding
from pipeline.targets.parser import parse_target
from pipeline.vocab import attainment as vocab
from pipeline.vocab.traditional import simplified

_LEAD = re.compile(
    "^(?:"
    + "|".join(
        [
            f"[{re.escape(''.join(vocab.NAME_MARKS))}]",
            f"(?:{'|'.join(map(re.escape, vocab.ENUMERATOR_WORDS))})\\d+"
            f"[{re.escape(''.join(vocab.ENUMERATOR_ENDS))}]",
            f"(?=[0-9A-Za-z]*[0-9])[0-9A-Za-z]{{{vocab.PROJECT_CODE_LENGTH},}}(?![0-9A-Za-z])"
            f"[{re.escape(''.join(vocab.PROJECT_CODE_SEPARATORS))}]?",
        ]
    )
    + ")(?=.)"
)

TARGETS, SELF_EVALUATION = "targets", "self_evaluation"
# The columns of the projects and the indicators `link` reads.
PROJECT_COLUMNS = ("document_id", "document_type", "department", "fiscal_year", "source_file",
                   "project_id", "project_seq", "project_name")  # fmt: skip
INDICATOR_COLUMNS = ("project_id", "document_id", "indicator_id", "indicator_name",
                     "annual_target", "actual_value", "met", "source_file", "source_line")  # fmt: skip


def name_key(text: str | None) -> str:
    """A project or indicator name as names are matched: NFKC, no white space, in simplified
    characters (a mirror's 項目 is 项目), without what may come before the name
    (`vocab.NAME_MARKS`, enumerators, a project code)."""
    key = simplified("".join(unicodedata.normalize("NFKC", text or "").split()))
    previous = None
    while previous != key:
        previous, key = key, _LEAD.sub("", key)
    return key


def link(projects: Iterable[dict], indicators: dict[str, list[dict]]) -> tuple[list, list]:
    """`project_links` rows and `target_changed_after_publication` findings.

    `projects`: dicts of PROJECT_COLUMNS; `indicators`: each project's indicators in position
    order, dicts of INDICATOR_COLUMNS."""
    sides: dict[tuple, tuple[list, list]] = defaultdict(lambda: ([], []))
    for project in projects:
        key = name_key(project["project_name"])
        if key and project["department"] and project["fiscal_year"] is not None:
            group = sides[project["department"], project["fiscal_year"], key]
            if project["document_type"] in (TARGETS, SELF_EVALUATION):
                group[project["document_type"] == SELF_EVALUATION].append(project)
    pairs = sorted(
        (
            (target, evaluation, key)
            for key, (targets, evaluations) in sides.items()
            for evaluation in evaluations
            for target in targets
        ),
        key=lambda pair: (*_order(pair[1]), *_order(pair[0])),
    )
    rows, found = [], []
    for target, evaluation, (_, _, key) in pairs:
        matched = _match(
            indicators.get(target["project_id"], []), indicators.get(evaluation["project_id"], [])
        )
        for seq, (published, answered) in enumerate(matched, start=1):
            row = _row(target, evaluation, key, seq, published, answered)
            rows.append(row)
            if row["target_changed"]:
                found.append(_changed(target, published, answered))
    return rows, found


def _order(project: dict) -> tuple:
    return paths.path_order(project["source_file"]), project["project_seq"]


def _match(published: list[dict], answered: list[dict]) -> list[tuple]:
    """(published, answered) indicator pairs: each self-evaluation indicator with the
    published one of the same name and rank among its namesakes (or None), then the
    published ones left (with None); one (None, None) pair when neither has any."""
    by_name: dict[tuple[str, int], dict] = {}
    seen: dict[str, int] = defaultdict(int)
    for indicator in published:
        key = name_key(indicator["indicator_name"])
        by_name[key, seen[key]] = indicator
        seen[key] += 1
    pairs, seen = [], defaultdict(int)
    for indicator in answered:
        key = name_key(indicator["indicator_name"])
        pairs.append((by_name.pop((key, seen[key]), None), indicator))
        seen[key] += 1
    pairs += [(indicator, None) for indicator in by_name.values()]
    return pairs or [(None, None)]


def _row(
    target: dict,
    evaluation: dict,
    key: str,
    seq: int,
    published: dict | None,
    answered: dict | None,
) -> dict:
    promised = published and published["annual_target"]
    restated = answered and answered["annual_target"]
    changed = None
    if promised and restated:
        name, year = answered["indicator_name"], evaluation["fiscal_year"]
        changed = not same_meaning(
            parse_target(promised, name, year), parse_target(restated, name, year)
        )
    named = answered or published
    return {
        "link_id": f"{evaluation['project_id']}~{target['project_id']}:l{seq}",
        "department": evaluation["department"],
        "fiscal_year": evaluation["fiscal_year"],
        "project_name_key": key,
        "target_document_id": target["document_id"],
        "target_project_id": target["project_id"],
        "self_evaluation_document_id": evaluation["document_id"],
        "self_evaluation_project_id": evaluation["project_id"],
        "indicator_name_key": name_key(named["indicator_name"]) if named else None,
        "target_indicator_id": published and published["indicator_id"],
        "self_evaluation_indicator_id": answered and answered["indicator_id"],
        "published_target": promised or None,
        "self_evaluation_target": restated or None,
        "actual_value": answered and answered["actual_value"],
        "met": answered and answered["met"],
        "target_changed": changed,
    }


def _changed(target: dict, published: dict, answered: dict) -> dict:
    row = finding(
        answered["document_id"],
        "target_changed_after_publication",
        f"年度指标值 {answered['annual_target']} is not the target published in "
        f"{target['source_file']}:{published['source_line']}: {published['annual_target']}",
        source_file=answered["source_file"],
        source_line=answered["source_line"],
        entity_type="indicator",
        entity_id=answered["indicator_id"],
        evidence=f"{published['annual_target']} | {answered['annual_target']}",
    )
    return {"finding_id": f"{answered['indicator_id']}:changed:{published['indicator_id']}", **row}
