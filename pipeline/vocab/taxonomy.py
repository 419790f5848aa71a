"""Normalize stage, vocabulary: the indicator taxonomy (一级/二级指标) and the variants clerks write.

The classic scheme (财预〔2020〕10号 and its predecessors) has level 1 产出/效益/满意度 with
published codes 1..3 and level 2 codes 11..31. The 2021 scheme (财预〔2021〕101号) adds
成本指标 as a level-1 category with three level-2 categories. Those four have no published
codes; this project gives them 4 and 41..43, and says so in `indicator_categories`.
`read_level` reads a written level: a code, an ordinal in Chinese numerals or an outline number
before it (`21-经济效益`, `一、产出指标`, `2.1 社会效益指标`, `0101数量指标`), a score note or a note on what it covers
after it (`产出指标(50分)`, `时效指标(工期指标、形象进度指标)`) and `ALIASES` aside;
`uncategorised_level` knows the department-wide scheme's level names that no category names.
"""

import functools
import re
from dataclasses import dataclass

from pipeline.vocab.layout_labels import COLUMN_LABELS
from pipeline.vocab.traditional import simplified


@dataclass(frozen=True, slots=True)
class Category:
    """One row of `indicator_categories`."""

    code: str
    level: int
    name: str
    parent_code: str | None
    name_en: str
    scheme: str  # classic | 2021
    is_code_published: bool


CATEGORIES: tuple[Category, ...] = (
    Category("1", 1, "产出指标", None, "Output", "classic", True),
    Category("2", 1, "效益指标", None, "Outcome", "classic", True),
    Category("3", 1, "满意度指标", None, "Satisfaction", "classic", True),
    Category("4", 1, "成本指标", None, "Cost", "2021", False),
    Category("11", 2, "数量指标", "1", "Quantity", "classic", True),
    Category("12", 2, "质量指标", "1", "Quality", "classic", True),
    Category("13", 2, "时效指标", "1", "Timeliness", "classic", True),
    Category("14", 2, "成本指标", "1", "Cost", "classic", True),
    Category("21", 2, "经济效益指标", "2", "Economic benefit", "classic", True),
    Category("22", 2, "社会效益指标", "2", "Social benefit", "classic", True),
    Category("23", 2, "生态效益指标", "2", "Ecological benefit", "classic", True),
    Category("24", 2, "可持续影响指标", "2", "Sustainable impact", "classic", True),
    Category("31", 2, "服务对象满意度指标", "3", "Service-user satisfaction", "classic", True),
    Category("41", 2, "经济成本指标", "4", "Economic cost", "2021", False),
    Category("42", 2, "社会成本指标", "4", "Social cost", "2021", False),
    Category("43", 2, "生态环境成本指标", "4", "Ecological and environmental cost", "2021", False),
)

# A level named by its goal rather than its indicators (`数量目标` for 数量指标).
GOAL_WORD = "目标"

# Written forms that are not simply a canonical name with or without its trailing 指标.
ALIASES: dict[str, str] = {
    "社会公众或服务对象满意度指标": "服务对象满意度指标",
    "社会公众或服务对象满意度": "服务对象满意度指标",
    "服务对象满意度": "服务对象满意度指标",
    "满意度": "满意度指标",
    "效益": "效益指标",
    "产出": "产出指标",
    "成本": "成本指标",
    "生态环境效益指标": "生态效益指标",
    "环境效益指标": "生态效益指标",
    "环境效益": "生态效益指标",
    # An evaluation scorecard's 二级 under 项目产出 (吉林: 产出数量, 产出质量, 产出时效, 产出成本).
    "产出数量": "数量指标",
    "产出质量": "质量指标",
    "产出时效": "时效指标",
    "产出成本": "成本指标",
    "可持续影响": "可持续影响指标",
    "生态成本指标": "生态环境成本指标",
    # Older level-1 names (per-project forms before the 2020 scheme).
    "项目完成指标": "产出指标",
    "预期产出指标": "产出指标",
    "项目效益指标": "效益指标",
    # 大庆's form: its 二级 column's groups `目标完成程度` (no level's name) and `项目实施效益`.
    "项目实施效益": "效益指标",
    "效果指标": "效益指标",
    "实施效果指标": "效益指标",
    "预期效果指标": "效益指标",
    # The output and outcome parts of a project evaluation's framework (项目决策 / 项目过程 /
    # 项目产出 / 项目效益), by which a project's self-evaluation may be scored.
    "项目产出": "产出指标",
    "项目效益": "效益指标",
    "项目效果": "效益指标",
}

# Level-2 categories that an older scheme prints under another level 1 (code -> its codes):
# 财预〔2015〕88号's forms, and department-wide tables after them, hold the 满意度 二级 inside
# 效益指标, with no 满意度 一级; systems predating the 成本指标 一级 (四川's 一体化 forms) hold
# its 二级 (经济成本指标 …) inside 产出指标, as the older 成本指标 二级 stood. The table's 一级
# stands; category_code_mismatch still says so.
OLDER_PARENT_CODES: dict[str, tuple[str, ...]] = {
    "31": ("2",),
    "41": ("1",),
    "42": ("1",),
    "43": ("1",),
}

# A template's 二级 that names no category, under a 一级 that names one only (a county form of
# 陕西: 一级 `服务对象满意度指标`, 二级 `具体指标`): a level all the same, no indicator's name.
GENERIC_LEVEL2_NAMES = ("具体指标",)

# Level names of the department-wide schemes that no category names: levels all the same, their
# category null. The targets' (部门整体支出绩效目标: 一级 履职效能 / 管理效率 / 社会效应, 二级
# 重点工作履行情况 …) and the evaluations' (部门整体支出绩效评价: 一级 投入 / 过程 / 产出 / 效果, 二级
# 目标设定, 预算配置, 职责履行, 履职效益 …; its 产出 is the classic 产出指标), and a project
# evaluation's (一级 项目决策 / 项目过程, 二级 项目立项, 资金投入, 资金管理, 组织实施; its
# 项目产出 and 项目效益 are the classic levels: ALIASES). Written with or without a trailing 指标
# (`过程管理指标`).
UNCATEGORISED_LEVELS: dict[int, tuple[str, ...]] = {
    1: (
        "履职效能",
        "管理效率",
        "社会效应",
        "投入",
        "过程",
        "过程管理",
        "效果",
        "项目决策",
        "决策",
        "项目过程",
        # 宁夏's evaluation form: 项目决策 / 项目管理 / 项目产出 / 项目效益.
        "项目管理",
    ),
    2: (
        "重点工作履行情况",
        "履职目标实现",
        # 履职效能's parts in a county's department-wide targets (连州, 七星关: 部门履职, and
        # 社会效应 printed under it as a 二级 too).
        "部门履职",
        "社会效应",
        "预算管理",
        "预算执行",
        "资产管理",
        "采购管理",
        "绩效管理",
        "制度建设",
        "目标设定",
        "预算配置",
        "职责履行",
        "履职效益",
        "项目立项",
        "资金投入",
        "资金管理",
        "组织实施",
        "财务管理",
        "投入管理",
    ),
}

# The label of a level's column (`layout_labels.COLUMN_LABELS`) printed before the level's name
# with a colon, in a cell of its own (`一级指标：产出指标`: a row opening the 一级's rows of a table
# with no 一级 column), dropped before the name is read; a label of the other level names no
# level (`一级指标：数量指标`).
LEVEL_LABELS: dict[int, tuple[str, ...]] = {
    level: dict(COLUMN_LABELS)[role] for level, role in ((1, "level1"), (2, "level2"))
}
LEVEL_LABEL_COLONS = ":："

# `21-经济效益`, `21.经济效益`; a score note such as `产出指标(50分)`.
_CODE_PREFIX = re.compile(r"^\s*(?P<code>\d{1,2})\s*[-－—.．、:：]?\s*")
# A table's numbering of its blocks in Chinese numerals (`一、产出指标`, `（二）经济效益`, `三.满意度`)
# or in capital letters (`A.产出指标`, `（B）效益指标`): an ordinal of the rows, not a published
# code (`二、效益指标` is no category 2's code), dropped.
_ORDINAL_PREFIX = re.compile(
    r"^\s*(?:[（(](?:[一二三四五六七八九十]{1,2}|[A-ZＡ-Ｚ])[)）]"
    r"|(?:[一二三四五六七八九十]{1,2}|[A-ZＡ-Ｚ])[、.．])\s*"
)
# A budget system's code of a level in its tree of levels, two digits a tier, glued or set off
# before the name (`01产出指标`, `0101数量指标`, `0202-可持续影响指标`): the system's numbering,
# no published code (`01` is no code 1, `0101` no code 11), dropped. Each opens with its 一级's `0`.
_TREE_CODE = {
    1: re.compile(r"^\s*0\d(?!\d)\s*[-－—.．、:：]?\s*"),
    2: re.compile(r"^\s*0\d{3}(?!\d)\s*[-－—.．、:：]?\s*"),
}
# A level's place in the tree of its table's levels (`1.1 数量指标`, `2.1、社会效益指标`, under
# `1 产出指标`, `2 效益指标`): an outline number, no published code (`2.1` is no code 21), dropped.
_OUTLINE_PREFIX = re.compile(r"^\s*\d{1,2}(?:[.．]\d{1,2})+(?:\s+|[、.．]\s*)")
# A score note after a level name, dropped before the name is read: `产出指标(50分)`,
# `产出指标 (50)`, `产出指标 (40-50)分`, `效益指标 30分)` (its bracket lost).
_SCORE_NOTE = re.compile(
    r"[（(][^（()）]*分[)）]|[（(]?[\d.]+(?:[-~—至][\d.]+)?分?[)）]?分?[)）]?$"
)

# Notes in brackets in a level name, dropped when the name as written is not known: after it
# (`数量指标(或建筑规模指标)`, `时效指标(工期指标、形象进度指标)`) or inside it (a city's
# template: `产出（工作量）指标（数量、质量、成本方面的指标）`).
_LEVEL_NOTE = re.compile(r"[（(][^（()）]*[)）]")

_BY_LEVEL_AND_NAME = {(category.level, category.name): category for category in CATEGORIES}
BY_CODE = {category.code: category for category in CATEGORIES}
# A level-2 category that is its level 1's only one names that level 1 where a table prints it
# in the 一级 column (a county template's 一级 `服务对象满意度指标` over 二级 `具体指标`).
_ONLY_CHILD_PARENTS = {
    category.name: BY_CODE[category.parent_code]
    for category in CATEGORIES
    if category.parent_code and [c.parent_code for c in CATEGORIES].count(category.parent_code) == 1
}


@dataclass(frozen=True, slots=True)
class Level:
    """A written level label, read: the code as written, and the category it names."""

    raw: str
    written_code: str | None
    category: Category | None


def _named(name: str, level: int) -> Category | None:
    """The category a level name (code and score note dropped) names, by alias or with or
    without its trailing 指标, or with 目标 for it (`GOAL_WORD`)."""
    name = ALIASES.get(name, name)
    if name.endswith(GOAL_WORD):  # 福建's 评审申报表: `数量目标`, `经济效益目标`
        name = name.removesuffix(GOAL_WORD)
    return _BY_LEVEL_AND_NAME.get((level, name)) or _BY_LEVEL_AND_NAME.get((level, name + "指标"))


def only_child(raw: str | None) -> Category | None:
    """The 二级 a 一级 cell names where it prints its level's only 二级 (`服务对象满意度指标`,
    `社会公众或服务对象满意度指标`: the 一级 满意度指标's), no 一级's name; None for any other."""
    if not raw or read_level(raw, 1).category is not None:
        return None
    child = read_level(raw, 2).category
    return child if child and child.name in _ONLY_CHILD_PARENTS else None


def level1_of(raw: str) -> Category | None:
    """The 一级 a cell of the 一级's column names: its own (`read_level`), or the parent of the
    only 二级 it names (`only_child`)."""
    child = only_child(raw)
    return _ONLY_CHILD_PARENTS[child.name] if child else read_level(raw, 1).category


@functools.lru_cache(maxsize=4096)
def read_level(raw: str, level: int) -> Level:
    """Read a written level label (`21-经济效益`) into its canonical category.

    成本指标 is both a classic level-2 category (14, under 产出) and the 2021 level-1 one,
    so names are looked up by level. A bare code (`21`) is read as that code's category.
    """
    written = _unlabelled(raw, level)
    if (tree := _TREE_CODE[level].match(written)) and written[tree.end() :].strip():
        written = written[tree.end() :]
    outline = _OUTLINE_PREFIX.match(written)
    match = None if outline else _CODE_PREFIX.match(written)
    # A level-2 code has two digits: one before a level-2 name is the table's numbering of
    # the blocks under each 一级 (`1.数量指标`, `2.质量指标`, begun afresh under 效益), no code.
    numbered = match and level == 2 and len(match["code"]) == 1 and written[match.end() :].strip()
    written_code = match["code"] if match and not numbered else None
    rest = written[match.end() if match else outline.end() if outline else 0 :]
    rest = rest[ordinal.end() :] if not match and (ordinal := _ORDINAL_PREFIX.match(rest)) else rest
    name = _bare_name(rest)
    category = _named(name, level) or _named(_LEVEL_NOTE.sub("", name), level)
    # A bare code, or one with a score note (`1(50分)`); not a number's decimals (`1.50`).
    if category is None and not name and written_code in BY_CODE and not rest[:1].isdigit():
        category = BY_CODE[written_code] if BY_CODE[written_code].level == level else None
    return Level(raw=raw, written_code=written_code, category=category)


def _unlabelled(raw: str, level: int) -> str:
    """A level's cell without its column's label and colon printed before it (`一级指标：产出指标`
    -> `产出指标`), as written otherwise."""
    for colon in LEVEL_LABEL_COLONS:
        label, found, rest = raw.partition(colon)
        if found and simplified("".join(label.split())) in LEVEL_LABELS[level]:
            return rest
    return raw


def _bare_name(written: str) -> str:
    """A level's name without its score note and white space, in simplified characters."""
    return simplified("".join(_SCORE_NOTE.sub("", written).split()))


def uncategorised_level(raw: str) -> int | None:
    """The level (1 or 2) a written name of `UNCATEGORISED_LEVELS` is (`履职效能（50分）` -> 1,
    `过程管理指标` -> 1), the higher where a scheme prints it at either (社会效应)."""
    return next(iter(uncategorised_levels(raw)), None)


@functools.lru_cache(maxsize=4096)
def uncategorised_levels(raw: str) -> tuple[int, ...]:
    """Every level a written name of `UNCATEGORISED_LEVELS` is at in some scheme."""
    name = _bare_name(raw).removesuffix("指标")
    return tuple(level for level, names in UNCATEGORISED_LEVELS.items() if name in names)
