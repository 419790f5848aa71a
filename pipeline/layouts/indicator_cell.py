"""Normalize stage, the 绩效指标 cell: one cell of text -> its indicators' labelled fields.

Pure. `1、一级；二级；名称；实施周期指标值:…；年度指标值:…。2、…` is split on the numbering,
never on `。` alone (it occurs inside names and values), and each indicator's fields are
read by their labels (in simplified characters: `pipeline.vocab.traditional`; the fields are
sliced from the cell as printed). Text that does not read as an indicator is returned as such, for
the normalize stage to report with its line.
"""

import functools
import re
from dataclasses import dataclass

from pipeline.labels.grid_rows import canonical_level, level_path
from pipeline.vocab import labels
from pipeline.vocab.layout_labels import NAME_NUMBER_SIGNS
from pipeline.vocab.taxonomy import CATEGORIES
from pipeline.vocab.traditional import simplified


@dataclass(frozen=True, slots=True)
class IndicatorFields:
    """The labelled fields of one indicator inside the 绩效指标 cell, as written."""

    seq: int | None
    level1_raw: str | None
    level2_raw: str | None
    name: str
    period_target: str | None
    annual_target: str | None


@dataclass(frozen=True, slots=True)
class IndicatorPiece:
    """A stretch of the 绩效指标 cell: one indicator's text, read or (fields=None) not."""

    offset: int
    text: str
    fields: IndicatorFields | None


def _numbering() -> str:
    """An indicator's number with its marks (`labels.INDICATOR_NUMBER_MARKS`), or a number sign
    of its own (`①`, `⑴`: `NAME_NUMBER_SIGNS`)."""
    forms = []
    for before, after in labels.INDICATOR_NUMBER_MARKS:
        form = rf"{re.escape(before)}\s*" if before else ""
        form += rf"\d{{1,3}}\s*{re.escape(after)}"
        forms.append(form + ("(?![0-9０-９])" if after in ".．" else ""))
    forms.append(f"[{''.join(NAME_NUMBER_SIGNS)}]")
    return "(?:" + "|".join(forms) + ")"


# `N、` (or `N.`, `（N）` …) opens an indicator at the start of the cell or right after the `。`
# (or `；`) that closes the previous one. `。` also occurs inside names and values, so it is
# never split on alone. Two patterns rather than `(?:^|(?<=[。；;]))…`: one that starts with a
# literal character class lets the regex engine skip ahead, which halves the time on long cells.
_FIRST_NUMBERING = re.compile(rf"\s*({_numbering()})")
_NEXT_NUMBERING = re.compile(rf"[。；;](\s*({_numbering()}))")
_SPACED_NUMBERING = re.compile(rf"\s(({_numbering()}))")
# ... and one glued to the value before it, where a level's name follows it (`≥2000人次2.产出指标—…`,
# a cell's line breaks lost).
_LEVEL_NAMES = "|".join(sorted({category.name for category in CATEGORIES}, key=len, reverse=True))
_GLUED_NUMBERING = re.compile(rf"(?<=\S)(?<![（(])(({_numbering()}))(?=\s*(?:{_LEVEL_NAMES}))")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class _Numbering:
    """An `N、` in the cell: where it starts (after any `。`) and ends, and N; `weak` when it
    follows no `。` or `；` but a line's start or a space (`_numberings`)."""

    start: int
    end: int
    number: int
    weak: bool = False


def _numberings(cell: str, breaks: tuple[int, ...]) -> list[_Numbering]:
    """The numberings of the cell: at its start or after a `。` or `；`; and, weak, at the start
    of a line the cell was printed over (`breaks`) or after a space, as a spreadsheet cell's
    line break between two indicators comes out (`≥100人次` over `2、满意度指标；…`: the line
    reader joins the lines as it found them, a cell table's reader with a space)."""
    found = {}
    weak = [(start, _FIRST_NUMBERING.match(cell, start)) for start in breaks]
    weak += [(match.start(1), match) for match in _SPACED_NUMBERING.finditer(cell)]
    weak += [(match.start(1), match) for match in _GLUED_NUMBERING.finditer(cell)]
    for start, match in weak:
        if match:
            found[start] = _Numbering(start, match.end(), _number(match[1]), weak=True)
    if first := _FIRST_NUMBERING.match(cell):
        found[0] = _Numbering(0, first.end(), _number(first[1]))
    for match in _NEXT_NUMBERING.finditer(cell):
        found[match.start(1)] = _Numbering(match.start(1), match.end(), _number(match[2]))
    return sorted(found.values(), key=lambda numbering: numbering.start)


def _number(numbering: str) -> int:
    digits = _DIGITS.search(numbering)
    return int(digits[0]) if digits else NAME_NUMBER_SIGNS[numbering.strip()]


_SEPARATOR = re.compile(r"[；;]")


def _label_pattern(names: tuple[str, ...]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


_TARGET_LABEL = re.compile(
    rf"(?:^|(?<=[；;，,\s]))\s*(?P<label>{_label_pattern(labels.PERIOD_TARGET_LABELS + labels.ANNUAL_TARGET_LABELS + labels.SINGLE_TARGET_LABELS)})\s*[:：]"
)


def split_indicator_cell(cell: str, breaks: tuple[int, ...] = ()) -> list[IndicatorPiece]:
    """Split a 绩效指标 cell into indicators: `1、一级；二级；名称；实施周期指标值:…；年度指标值:…。2、…`.

    A numbering `N、` only opens a new indicator once the indicator before it has held a
    target label, so a `。2、` inside a name or value does not split it. Text before the
    first numbering is a piece of its own. `breaks`: where the lines the cell was printed over
    begin in it, after its first (a numbering may open one, `_numberings`).
    """
    if not cell.strip():
        return []
    numberings = _numberings(cell, breaks)
    words = simplified(cell)  # its labels' positions are the cell's
    starts: list[tuple[int, _Numbering | None]] = []
    if not numberings or cell[: numberings[0].start].strip():
        starts.append((0, None))
    for index, numbering in enumerate(numberings):
        previous = starts[-1] if starts else None
        if (
            previous is None
            or previous[1] is None
            or (
                _holds_target(words, previous[1].end, numbering.start)
                and (
                    not numbering.weak
                    or _goes_on(numbering, previous[1], numberings[index + 1 :], words)
                )
            )
        ):
            starts.append((numbering.start, numbering))
    pieces = []
    for index, (start, numbering) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(cell)
        text = cell[start:end].strip()
        offset = start + len(cell[start:end]) - len(cell[start:end].lstrip())
        body = cell[numbering.end if numbering else start : end].strip()
        pieces.append(
            IndicatorPiece(
                offset, text, _read_fields(body, numbering.number if numbering else None)
            )
        )
    return pieces


def _goes_on(numbering: _Numbering, previous: _Numbering, later, words: str) -> bool:
    """Whether a weak numbering opens the next indicator: it goes on from the one before (`2、`
    after `1、`) and a target label follows it before the next numbering (a value's `完成 2、3号楼`
    is none)."""
    end = later[0].start if later else len(words)
    return numbering.number == previous.number + 1 and _holds_target(words, numbering.end, end)


def _holds_target(words: str, start: int, end: int) -> bool:
    """Whether an indicator's text, `words[start:end]`, holds its target: after a target's label,
    or after its levels and name (`数量指标：名称：≥2.6万人`, `_unlabelled_fields`)."""
    return bool(_TARGET_LABEL.search(words, start, end)) or (
        _unlabelled_fields(words[start:end]) is not None
    )


@functools.lru_cache(maxsize=2**16)
def _read_fields(body: str, seq: int | None) -> IndicatorFields | None:
    body = body.removesuffix("。")
    labels_found = list(_TARGET_LABEL.finditer(simplified(body)))  # positions are body's
    if not labels_found:
        unlabelled = _unlabelled_fields(body)
        if unlabelled is None:
            return None
        level1, level2, name, target = unlabelled
        return IndicatorFields(seq, level1, level2, name, None, target)
    head = [part.strip() for part in _SEPARATOR.split(body[: labels_found[0].start()])]
    if head and head[-1] == "":
        head.pop()
    targets: dict[str, str] = {}
    for index, match in enumerate(labels_found):
        end = labels_found[index + 1].start() if index + 1 < len(labels_found) else len(body)
        value = body[match.end() : end].strip()
        value = value.removesuffix("；").removesuffix(";").strip()
        targets[_scope_of(match["label"])] = value
    labelled = _labelled_fields(head) or _spaced_levels(head)
    if labelled is not None:
        level1, level2, name = labelled
    elif len(head) >= 2 and (pair := level_path(head[0])):  # `产出指标-数量指标；名称`
        (level1, level2), name = pair, "；".join(head[1:])
    elif len(head) >= 3:
        level1, level2, name = head[0], head[1], "；".join(head[2:])
    elif len(head) == 2:
        level1, level2, name = head[0], None, head[1]
    elif len(head) == 1 and head[0]:
        level1, level2, name = None, None, head[0]
    else:
        return None
    if not name:
        return None
    return IndicatorFields(
        seq=seq,
        level1_raw=level1,
        level2_raw=level2,
        name=name,
        period_target=targets.get("period"),
        annual_target=targets.get("annual", targets.get("single")),
    )


_FIELD_LABEL = re.compile(
    rf"^(?P<label>{_label_pattern(sum(labels.FIELD_LABELS.values(), ()))})\s*[:：]\s*"
)
# ... and the comma or the line break before a field's label that parts it from the field before
# (`一级指标：产出指标，二级指标：数量指标，三级指标：…`; each field on a line of its own).
_NEXT_FIELD = re.compile(
    rf"\s*(?:[，,]|\n)\s*(?=(?:{_label_pattern(sum(labels.FIELD_LABELS.values(), ()))})\s*[:：])"
)
_FIELD_OF_LABEL = {label: field for field, names in labels.FIELD_LABELS.items() for label in names}


def _fields_apart(part: str) -> list[str]:
    """A part's labelled fields as printed, parted where `_NEXT_FIELD` finds a field's label in
    its simplified characters (`二級指標：` too: one character stays one, `vocab.traditional`)."""
    pieces, start = [], 0
    for separator in _NEXT_FIELD.finditer(simplified(part)):
        pieces.append(part[start : separator.start()])
        start = separator.end()
    return [*pieces, part[start:]]


def _labelled_fields(head: list[str]) -> tuple[str | None, str | None, str] | None:
    """(level 1, level 2, name) when the fields are written with their labels, else None."""
    found: dict[str, str] = {}
    for field in (piece for part in head for piece in _fields_apart(part)):
        match = _FIELD_LABEL.match(simplified(field))
        if match is None:
            return None
        found[_FIELD_OF_LABEL[match["label"]]] = field[match.end() :].strip().rstrip(_NAME_ENDS)
    if not found:
        return None
    return found.get("level1") or None, found.get("level2") or None, found.get("name", "")


def _spaced_levels(head: list[str]) -> tuple[str, str, str] | None:
    """(level 1, level 2, name) of fields parted by white space or marks instead of `；`
    (`1-产出指标 11-数量指标 高标准农田管护面积`, a converter's or an editor's semicolons lost;
    `产出指标—数量指标：资助学生人次，`): the first two words a 一级's and a 二级's names; else
    None."""
    words = _LEVELS_APART.split(head[0], maxsplit=2) if len(head) == 1 else []
    if len(words) < 3 or not (canonical_level(words[0], 1) and canonical_level(words[1], 2)):
        return None
    name = words[2].strip(_NAME_ENDS)
    return (words[0], words[1], name) if name else None


@functools.lru_cache(maxsize=2**12)
def _unlabelled_fields(body: str) -> tuple[str | None, str | None, str, str] | None:
    """(level 1, level 2, name, target) of an indicator written with no target's label, its
    levels, name and target parted by colons (`数量指标：家庭医生签约服务人数：≥12万人`,
    `产出指标—数量指标：文化惠民演出场次：60场以上`), as printed: the levels a 二级's name, a
    一级's, or a 一级's then a 二级's (`labels.LEVELS_APART`); else None."""
    parts = _COLON.split(body.strip().rstrip(_TARGET_ENDS), maxsplit=2)
    if len(parts) < 3 or not all(part.strip() for part in parts):
        return None
    levels, name, target = parts
    words = _LEVELS_APART.split(levels)
    if len(words) == 2 and canonical_level(words[0], 1) and canonical_level(words[1], 2):
        return words[0], words[1], name, target
    if len(words) == 1 and canonical_level(levels, 2):
        return None, levels, name, target
    if len(words) == 1 and canonical_level(levels, 1):
        return levels, None, name, target
    return None


_COLON = re.compile(r"\s*[:：]\s*")
_TARGET_ENDS = "。；;，, "


# What parts a 一级, a 二级 and the name written without `；` (`labels.LEVELS_APART`), and the
# marks a name so written ends with before its target's label.
_LEVELS_APART = re.compile(labels.LEVELS_APART)
_NAME_ENDS = labels.NAME_ENDS_BEFORE_TARGET


def _scope_of(label: str) -> str:
    if label in labels.PERIOD_TARGET_LABELS:
        return "period"
    if label in labels.ANNUAL_TARGET_LABELS:
        return "annual"
    return "single"
