"""Layout readers, money: which currency unit a cell, label or line prints, and 万元 from it.

The units and their exact factors are the project's one vocabulary
(`pipeline.vocab.labels.CURRENCY_UNITS`) and the conversion is `pipeline.money.to_wan`, as for
the packed table. An amount is converted only when a unit is printed somewhere (cell, label,
table); otherwise it stays raw and unconverted.
"""

import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from pipeline import money
from pipeline.labels.columns import fold, matchable
from pipeline.labels.lines import AMOUNT_IN_CELL, UNITS
from pipeline.layouts.records import Amount
from pipeline.targets.numerals import read_chinese
from pipeline.vocab import labels
from pipeline.vocab import layout_labels as vocab
from pipeline.vocab.traditional import simplified

_IN_LABEL = re.compile(rf"[(](?:单位:)?(?P<unit>{UNITS})[)]")
_ON_LINE = re.compile(rf"(?:{'|'.join(labels.CURRENCY_LABELS)})\s*:\s*(?P<unit>{UNITS})(?![\w])")
_BRACKETED = re.compile(rf"[(]\s*(?P<unit>{UNITS})\s*[)]")
_RESTATED = re.compile(r"^(?P<figure>[^(]+)[(](?P<words>[^()]+)[)]$")
_YUAN_PER_WAN = 10_000


@functools.lru_cache(maxsize=8192)
def label_unit(label: str) -> str | None:
    """`万元` for `项目资金 (万元)`."""
    match = _IN_LABEL.search(matchable(label))
    return match["unit"] if match else None


@functools.lru_cache(maxsize=2**14)
def line_unit(text: str) -> str | None:
    """`元` for `金额单位:元`, `万元` for `填报单位:(盖章) 单位:万元`, and for a unit alone in
    brackets (`（万元）`: a money block's label's last line, its label printed above it)."""
    folded = simplified(fold(text))
    match = _ON_LINE.search(folded) or _BRACKETED.fullmatch(folded.strip())
    return match["unit"] if match else None


def cell_unit(text: str) -> str | None:
    """The unit written inside an amount cell (`250万`, `10000万元`), or None."""
    match = AMOUNT_IN_CELL.match(matchable(text))
    unit = match["unit"] if match else None
    return vocab.CURRENCY_SHORT.get(unit, unit)


def is_unreadable(text: str) -> bool:
    """Whether a money cell prints something that is no amount (`约120`, `120,5`, `详见附件`),
    not a blank or a dash that says there is none (`EMPTY_AMOUNTS`), a currency sign before it
    or not (`¥-`: Excel's accounting format prints a zero so)."""
    word = simplified(matchable(text))
    for sign in labels.CURRENCY_SIGNS:
        word = word.removeprefix(sign)
    return bool(word) and word not in labels.EMPTY_AMOUNTS and to_wan(text, "万元") is None


def fund_parts(cells: Sequence[Amount]) -> list[Amount]:
    """The money cells that give a source of funds, as `fiscal_part` or `other_part`: kinds of
    budget money (`fund_kind`: 一般公共预算, 政府性基金 …) count as 财政拨款 only where no 财政拨款
    cell printing something is there (not a heading's label over a block's items: `其中：财政资金`
    over a department's tasks); under one they itemise it and are not counted again, nor are the
    rows that itemise another part (`itemising_parts`)."""
    parts = _parts(cells)
    itemising = _itemising(parts)
    return [a for a in parts if (a.line, a.label) not in itemising]


def itemising_parts(cells: Sequence[Amount]) -> list[Amount]:
    """The money cells of the rows that itemise the part above them (`其中：省级资金 | 市县级资金`
    under `地方资金`): what that part is made of, no source beside it."""
    parts = _parts(cells)
    itemising = _itemising(parts)
    return [a for a in parts if (a.line, a.label) in itemising]


def _parts(cells: Sequence[Amount]) -> list[Amount]:
    fiscal = any(a.role == "fiscal_part" and a.text.strip() for a in cells)
    return [
        replace(a, role="fiscal_part") if a.role == "fund_kind" else a
        for a in cells
        if a.role in vocab.FUND_PART_ROLES or (a.role == "fund_kind" and not fiscal)
    ]


def _itemising(parts: list[Amount]) -> set[tuple[int, str]]:
    """The (line, label) of the fund parts that itemise the part before them: a `其中` opening a
    part other than the first (`其他资金` then `其中：上年结转资金`, `单位自有资金` a row each; `财政资金
    | 其中：中央补助 | 自治区补助 | 县级安排` in one row of headings) lists what that part is made
    of, when the parts from it on (as many as it takes) add up to that part under every heading
    it prints a figure under; they are not sources beside it."""
    keys = list(dict.fromkeys((a.line, a.label) for a in parts))
    rows = [
        [a for a in parts if (a.line, a.label) == key] for key in sorted(keys, key=lambda k: k[0])
    ]
    for at in range(1, len(rows)):
        if not of_which(rows[at][0].label):
            continue
        parent = _figures(rows[at - 1])
        for end in range(at + 1, len(rows) + 1):
            items = [_figures(row) for row in rows[at:end]]
            if parent and all(
                any(k in i for i in items) and sum(i.get(k, 0) for i in items) == v
                for k, v in parent.items()
            ):
                return {(a.line, a.label) for row in rows[at:end] for a in row}
    return set()


def of_which(label: str) -> bool:
    """Whether a money label opens with 其中 (`vocab.SUB_ROW_WORDS`): a part of the one before."""
    return "".join(fold(label).split()).startswith(vocab.SUB_ROW_WORDS)


def _figures(row: list[Amount]) -> dict[tuple[str | None, str | None], Decimal]:
    """A money row's figures by heading and scope, each in 万元 (in its printed unit where none
    is printed: the rows of one block compare in any one unit)."""
    figures: dict[tuple[str | None, str | None], Decimal] = {}
    for amount in row:
        value = to_wan(amount.text, amount.unit or "万元")
        if value is not None:
            figures.setdefault((amount.column, amount.scope), value)
    return figures


@functools.lru_cache(maxsize=2**14)
def to_wan(text: str, unit: str | None) -> Decimal | None:
    """The amount in 万元, exactly; None for a blank or non-numeric cell, no unit printed
    anywhere, or an amount the money type cannot hold. Cached: the same figures come back
    project after project."""
    text, spelled = _restated(matchable(text))
    match = AMOUNT_IN_CELL.match(text)
    if not match:
        return None
    digits = money.ungrouped(match["number"])
    if digits is None:
        return None
    try:
        number = Decimal(digits)
    except InvalidOperation:
        return None
    wan = money.to_wan(number, cell_unit(text), unit)
    if spelled is None or (wan is not None and wan * _YUAN_PER_WAN == spelled):
        return wan
    return None  # the figure and its words disagree: which one is meant, no reader can tell


def _restated(text: str) -> tuple[str, Decimal | None]:
    """(the figure, the 元 its words in brackets say) for an amount restated in words
    (`3,680.50(叁仟陆佰捌拾万伍仟元整)` -> `3,680.50`, 36805000); (text, None) for any other cell."""
    match = _RESTATED.match(text)
    spelled = match and _spelled_yuan(match["words"])
    return (match["figure"], spelled) if spelled is not None else (text, None)


def _spelled_yuan(words: str) -> Decimal | None:
    """The 元 an amount in words says (`壹仟贰佰肆拾万伍仟元整` -> 12405000, `伍拾元零伍分` -> 50.05),
    or None when the words are no such amount."""
    for prefix in vocab.SPELLED_AMOUNT_PREFIXES:
        words = words.removeprefix(prefix)
    total, rest = Decimal(0), words.rstrip(vocab.SPELLED_AMOUNT_ENDINGS)
    for place, factor in vocab.SPELLED_AMOUNT_PLACES.items():
        numeral, found, after = rest.partition(place)
        if not found:
            continue
        reading = read_chinese(numeral.lstrip("零")) if numeral.strip("零") else (0, 0)
        if reading is None:
            return None
        total, rest = total + int(reading[0]) * Decimal(factor), after
    return total if words and not rest else None
