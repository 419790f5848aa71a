"""Labels floor, lines: whether a cell or a row is a title, a footer, a sentence of prose, a
page marker or an amount, and the year a title states, by the words of
`pipeline.vocab.layout_labels` and `pipeline.vocab.labels`."""

import functools
import itertools
import re
from collections.abc import Sequence

from pipeline.labels.columns import compact, field_roles, fold, leading_number, matchable
from pipeline.vocab import labels as page_words
from pipeline.vocab import layout_labels as vocab
from pipeline.vocab import taxonomy
from pipeline.vocab.traditional import simplified

# The currency units as a pattern, longest first.
UNITS = "|".join(sorted(page_words.CURRENCY_UNITS, key=len, reverse=True))
_SHORT = "|".join(vocab.CURRENCY_SHORT)
_SIGNS = "|".join(map(re.escape, page_words.CURRENCY_SIGNS))
# An amount in a cell: a number, with or without a currency sign or unit (`¥6.30`, `250万`).
AMOUNT_IN_CELL = re.compile(
    rf"^(?:{_SIGNS})?(?P<number>[-+]?[\d,]*\.?\d+)\s*(?P<unit>{UNITS}|{_SHORT})?$"
)


# A year a title or a cell states (`2025年`).
YEAR = re.compile(r"(20\d\d)\s*年")


def stated_year(text: str | None) -> int | None:
    """The first year a text states (`2025年度项目支出绩效目标表` -> 2025), if any."""
    match = YEAR.search(text or "")
    return int(match[1]) if match else None


def period_bounds(text: str | None) -> tuple[str | None, str | None]:
    """A project period's start and end as printed, where its text prints both (`2024年1月—2024年12月`
    -> `2024年1月`, `2024年12月`; `2024-01-01至2026-12-31`; a span's dates in brackets,
    `3年（2018年—2020年）`): two sides of one range mark (`vocab.PERIOD_RANGE_MARKS`), each
    opening with its year; a year alone (`2024年`) is both. None and None for a span alone
    (`3年`), a date serial (`43831`) or any other text: no bound is guessed."""
    body = (text or "").strip()
    bracketed = _BRACKETED.search(body)
    for candidate in (bracketed[1].strip(), body) if bracketed else (body,):
        for mark in _RANGE_MARKS:
            sides = mark.split(candidate)
            if len(sides) == 2 and all(map(_YEAR_FIRST.match, sides)):
                return sides[0], sides[1]
    return (body, body) if _YEAR_ALONE.fullmatch(body) else (None, None)


_BRACKETED = re.compile(r"[（(]([^（）()]+)[）)]")
_RANGE_MARKS = [re.compile(rf"\s*(?:{re.escape(mark)})+\s*") for mark in vocab.PERIOD_RANGE_MARKS]
# A period's side opening with its year: `2024年…`, `2024.01`, `2024-01-01`, `202401`, `2024`.
_YEAR_FIRST = re.compile(r"\d{4}(?:\d{2}){0,2}(?!\d)")
_YEAR_ALONE = re.compile(r"\d{4}\s*年(?:度)?")


# A name between quotes in a title, the words after it (`vocab.TITLE_NAME_QUOTES`).
_QUOTED_NAME = re.compile(
    "|".join(
        rf"{re.escape(open_)}(?P<n{n}>[^{re.escape(open_ + close)}]+){re.escape(close)}"
        for n, (open_, close) in enumerate(vocab.TITLE_NAME_QUOTES.items())
    )
)


def title_project_name(titles) -> str | None:
    """The project a table's titles name between quotes right before 项目 (`…2025年度“政务云平台
    运维服务”项目支出绩效目标表` -> `政务云平台运维服务`: `vocab.TITLE_NAME_QUOTES`), where a title
    says what table it is (`vocab.TITLE_WORDS`); None unless exactly one name is so quoted."""
    names = set()
    for title in filter(is_title, titles):
        text = fold(title)
        words = simplified(text)  # one character for one: the name is kept as printed
        names.update(
            name.strip()
            for quoted in _QUOTED_NAME.finditer(text)
            if words[quoted.end() :].startswith(vocab.TITLE_NAME_FOLLOWERS)
            for name in quoted.groupdict().values()
            if name
        )
    return names.pop() if len(names) == 1 else None


def is_amount(text: str) -> bool:
    """Whether a cell is a number, with or without a currency unit or sign (`6.30`, `250万`,
    `¥6.30`)."""
    return bool(AMOUNT_IN_CELL.match(matchable(text)))


def names_unit(name: str | None) -> bool:
    """Whether a name ends as an organisation's does (`…局`, `…中心`: `UNIT_NAME_SUFFIXES`): a
    资金使用单位's, not a project's."""
    return bool(name) and simplified(fold(name)).endswith(page_words.UNIT_NAME_SUFFIXES)


def is_title(text: str) -> bool:
    words = matchable(text)
    return any(word in words for word in vocab.TITLE_WORDS)


def prints_alone(cells: Sequence[str]) -> bool:
    """Whether a row prints one text alone: in its one cell, or in its first cell with the
    others empty (a PDF or workbook row that the text spans) or printing it again (its merged
    cell filled across, as a page scraped into a data frame gives it)."""
    first = cells[0].strip() if cells else ""
    return bool(first) and all(text.strip() in ("", first) for text in cells[1:])


def is_title_row(cells: tuple[str, ...]) -> bool:
    """Whether a row prints a title alone (`prints_alone`)."""
    return prints_alone(cells) and is_title(cells[0])


def titles_other_table(cells: tuple[str, ...]) -> bool:
    """Whether a row prints one text titling a table that is no performance table
    (`某局2024年项目支出表`: a title's length, ending as a table's name, naming no 绩效),
    page furniture (`公开11表`, `续表`) aside."""
    filled = [text for text in cells if text.strip()]
    if len(filled) != 1 or page_words.is_page_furniture(filled[0]):
        return False
    words = matchable(filled[0])
    return (
        len(words) <= page_words.TITLE_MAX_LENGTH
        and words.endswith(page_words.TABLE_NAME_END)
        and page_words.PERFORMANCE_WORD not in words
    )


_DOCUMENT_PART = re.compile(page_words.DOCUMENT_PART)


def opens_document_part(cells: tuple[str, ...]) -> bool:
    """Whether a row prints one text, the heading of a disclosure's part that is no performance
    table's (`第四部分 情况说明`, `第五部分 名词解释`)."""
    filled = [text for text in cells if text.strip()]
    if len(filled) != 1:
        return False
    words = simplified(filled[0].strip())
    return bool(_DOCUMENT_PART.fullmatch(words)) and page_words.PERFORMANCE_WORD not in words


@functools.lru_cache(maxsize=2**14)
def leaves_clause_open(text: str) -> bool:
    """Whether a cell's text ends with its clause left open (`CLAUSE_OPEN_ENDS`, after NFKC:
    `…推迟补栏，`): its rest was wrapped onto the next line."""
    return fold(text).rstrip().endswith(page_words.CLAUSE_OPEN_ENDS)


# Where a line break cuts a figure or a date, the two sides: a figure cut after its decimal
# point or a thousands' comma (`3,087.` over `17`), or before its decimal point (`1,260` over
# `.50`); a date cut after its year or month (`2024年11月` over `30日`).
_CUTS = tuple(
    (re.compile(ends), re.compile(starts))
    for ends, starts in ((r"\d[.,]$", r"\d"), (r"\d$", r"\.\d"), (r"\d[年月]$", r"\d{1,2}[月日]"))
)


@functools.lru_cache(maxsize=2**14)
def may_be_cut(text: str) -> bool:
    """Whether a cell's text ends where a line break may cut a figure or a date (`cut_inside`):
    a digit, or a point, a comma, 年 or 月 after one."""
    end = fold(text).rstrip()
    return any(ends.search(end) for ends, _ in _CUTS)


@functools.lru_cache(maxsize=2**14)
def cut_inside(text: str, after: str) -> bool:
    """Whether a cell's text and the text printed after a line break are one figure or one
    date cut in two (`3,087.` over `17`, `1,260` over `.50`; `2024年11月` over `30日`, after
    NFKC)."""
    end, start = fold(text).rstrip(), fold(after).lstrip()
    return any(ends.search(end) and starts.match(start) for ends, starts in _CUTS)


_BARE_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def is_bare_figure(text: str) -> bool:
    """Whether a cell prints a figure alone, no sign, unit or word (`1.2`, `1,200`)."""
    return bool(_BARE_FIGURE.fullmatch(text.strip()))


def ends_sentence(text: str) -> bool:
    """Whether a cell's text ends as a sentence does (`SENTENCE_ENDS`, after NFKC: `…用工。`)."""
    return fold(text).rstrip().endswith(page_words.SENTENCE_ENDS)


@functools.lru_cache(maxsize=2**14)
def is_footer(text: str) -> bool:
    word = matchable(text)
    return (
        word.startswith(vocab.FOOTER_PREFIXES)
        or word.endswith(vocab.FOOTER_SUFFIXES)
        # ... or its first word, the cells of a sign-off row joined by spaces (`市财政局审核意见
        # 业务科室审核人: 日期:`, `第三方机构审核意见 /`).
        or (len(words := text.split()) > 1 and matchable(words[0]).endswith(vocab.FOOTER_SUFFIXES))
        or word in vocab.FOOTER_WORDS
        or _level_subtotal(word)
        or page_words.is_sign_off(text)
    )


def signs_off(cells: Sequence[str]) -> bool:
    """Whether a row's cells (or the words of its one cell) are a sign-off line: two labels or
    more each before its value after a colon, the first opening the row, one of them a
    sign-off's (`填报单位：某局 | 单位负责人：*** | 填报人：***`: 填报单位 alone names the
    department above a table)."""
    words = [word for text in cells for word in text.split()]
    labelled = [word for word in words if ":" in fold(word)]
    return (
        len(labelled) > 1 and ":" in fold(words[0]) and any(map(page_words.is_sign_off, labelled))
    )


def _level_subtotal(word: str) -> bool:
    """Whether a cell opens the subtotal row closing a level's block (`产出指标小计`,
    `数量指标小计`, `产出指标小计 50 49.5` when a converter joined the row's cells): the suffix
    right after a level the taxonomy knows."""
    head, suffix, _ = word.partition(vocab.LEVEL_SUBTOTAL_SUFFIX)
    return bool(head and suffix) and any(
        taxonomy.read_level(head, level).category for level in (1, 2)
    )


def is_prose(text: str) -> bool:
    """Whether a line is a sentence of a document's prose (`vocab.SENTENCE_ENDS`; one introducing
    what follows, `…公开如下：`, `labels.INTRODUCTION_ENDS`): not a form's
    field printed as a line of its own (`年度绩效目标：完成培训100人次。`), but for a list's
    numbered item (`1.项目名称：乙项目；决算金额：10.00万元。` in a 情况说明)."""
    line = text.strip()
    if fold(line).endswith(page_words.INTRODUCTION_ENDS):
        return True
    if not line.endswith(vocab.SENTENCE_ENDS):
        return False
    label, value = labelled(line)
    return not (value and field_roles(label)) or leading_number(line)[0] is not None


def page_marker(cells: Sequence[str]) -> str | None:
    """The page number or marker a converter left between the rows, when that is all a row
    prints (`— 1 —`, `第 1 页 共 2 页`, a browser's `http://… | 1/2` or `2018/3/20 | title` in
    cells of their own), or page furniture in each of its filled cells, none a bare number (a
    table's number and a link back to a workbook's 目录 right of the table: `公开11表 | 返回目录`;
    `120 | 100 | 20` are figures): its filled cells joined, in the forms of
    `pipeline.vocab.labels.is_page_furniture`; None for any other row. Each row is asked
    several times (the cell tables, then the layout readers): the answer is kept per row."""
    return _page_marker(tuple(cells))


@functools.lru_cache(maxsize=2**14)
def _page_marker(cells: tuple[str, ...]) -> str | None:
    filled = [text for cell in cells if (text := cell.strip())]
    if not filled:
        return None
    furniture = page_words.is_page_furniture
    joined = " ".join(filled)
    each = all(furniture(text) and not text.isdecimal() for text in filled)
    return joined if each or furniture(joined) else None


# The characters NFKC reads as a colon (`:`, `：`, `﹕`, `︓`): where a cell as printed parts its
# label from its value.
_COLONS = re.compile("[:\ufe13\ufe55\uff1a]")


def labelled(text: str) -> tuple[str, str]:
    """A `label:value` cell's label, folded as labels are compared, and its value as printed
    (`其中：一般公共预算：1873.66万元` -> `其中:一般公共预算`, `1873.66万元`; a goal keeps its
    full-width `，`); the value is empty when the cell has no colon."""
    head, colon, tail = fold(text).partition(":")
    colons = 1
    if colon and not compact(head):  # only a leading 其中: the label follows it
        more, colon, tail = tail.partition(":")
        head = f"{head}:{more}"
        colons = 2
    if not colon:
        return head, ""
    at = [match.end() for match in itertools.islice(_COLONS.finditer(text), colons)]
    return head, text[at[-1] :] if len(at) == colons else tail
