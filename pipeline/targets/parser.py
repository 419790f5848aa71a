"""Normalize stage, target values: `parse_target` reads one 指标值 string into threshold clauses.

What each written form means is fixed in the target-values specification; the words and
symbols themselves live in `pipeline.vocab.target_words`. Reading takes four steps:

1. clean: join table cells, read LaTeX, collapse white space and close up a value spaced out
   character by character (`≥ 9 5 %`), giving the *display* string that clause `text` and
   `context` are cut from; fold full-width forms (and read the comma of a bracketed interval,
   `[95,100]`, as a range separator), giving the *folded* string of the same length that the
   patterns read;
2. scan: one pattern finds each date or quantity together with the operators around it
   (a value that is one plain Arabic quantity, the commonest case, is matched whole instead);
3. split: a reading that only names what a neighbour is counted per, for or on (a period
   after 每, a label before a colon, a scale after 满分) becomes its context; a tolerance right
   after a value joins it as the band around it (`100%±5%`); text between two readings is
   shared out at the first clause separator;
4. hint: a value without operator or unit takes them from a template in the indicator name.

Speed matters (tens of millions of values at national scale): every pattern is compiled once
at import, scanning jumps between characters that can start a reading, and values without a
date skip the date patterns. Values recur, so results are memoised; every build worker keeps
its own memo, bounded by the bytes it takes (`MEMO_BYTES`), not by its count.
"""

import calendar
import datetime
import html
import itertools
import math
import re
import sys
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, fields, replace
from functools import lru_cache

from pipeline.targets.numerals import Reading, read_arabic, read_chinese, read_mixed
from pipeline.vocab import target_words as vocab
from pipeline.vocab.invisible import visible
from pipeline.vocab.traditional import simplified


@dataclass(frozen=True, slots=True)
class Clause:
    clause_seq: int
    text: str
    kind: str  # number | percent | money | date | duration | text
    operator: str | None  # >= > <= < = between ≈ ; None for text
    value: float | None
    value_max: float | None
    unit: str | None
    base_value: float | None
    base_value_max: float | None
    base_unit: str | None
    date: datetime.date | None
    date_max: datetime.date | None
    context: str | None
    operator_inferred: bool
    unit_inferred: bool


CLAUSE_FIELDS: tuple[str, ...] = tuple(field.name for field in fields(Clause))


# --- Patterns, built once from the vocabulary ----------------------------------------------


def _alternation(words, not_after: dict | None = None, not_before: dict | None = None) -> str:
    """Literal words as one alternation, longest first so that `不低于` wins over `低于`."""
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        part = re.escape(word)
        if not_after and word in not_after:
            part = f"(?<![{re.escape(not_after[word])}]){part}"
        if not_before and word in not_before:
            part += f"(?![{re.escape(not_before[word])}])"
        if word[-1].isascii() and word[-1].isalpha():
            part += "(?![A-Za-z])"  # `m` is a unit, `mm` or `MB` are not
        elif word[-1].isascii() and word[-1].isdigit():
            part += "(?![0-9])"  # `Q2` is a quarter, `Q235` a grade of steel
        parts.append(part)
    return "(?:" + "|".join(parts) + ")"


_UNIT_ROWS = {row[0]: row for row in vocab.UNITS}
_MAGNITUDES = dict(vocab.MAGNITUDES)
# A unit in Latin letters is no unit before a digit either: `5W1H` is a name, no 5 W; nor is a
# counter that opens a noun (UNIT_NOT_BEFORE).
_UNIT_WORD = _alternation(
    _UNIT_ROWS,
    not_before={
        unit: "0123456789" for unit in _UNIT_ROWS if unit[-1].isascii() and unit[-1].isalpha()
    }
    | vocab.UNIT_NOT_BEFORE,
)
_MAGNITUDE_WORD = _alternation(_MAGNITUDES)
_DENOMINATOR_WORD = _alternation(
    [unit for unit, _, kind, _ in vocab.UNITS if kind not in ("percent", "money")]
    + list(vocab.RATE_DENOMINATORS)
)
# A whole denominator first (`千瓦时` stays whole), else one after a magnitude (`万台`).
_DENOMINATOR = (
    f"(?:{_DENOMINATOR_WORD}|{_alternation(vocab.RATE_DENOMINATOR_MAGNITUDES)}{_DENOMINATOR_WORD})"
)
# A whole unit word first (`千米` stays whole), else a magnitude word with an optional unit
# word (`亿元`, `万人`, a bare `万`); then an optional rate (`元/亩`, `万/月`, `元/人·月`).
_DENOMINATORS = f"{_DENOMINATOR}(?:[{re.escape(vocab.RATE_JOINERS)}]{_DENOMINATOR})?"
_RATE = (
    f"/(?:{_DENOMINATORS}"
    f"|{re.escape(vocab.RATE_BRACKETS[0])}{_DENOMINATORS}{re.escape(vocab.RATE_BRACKETS[1])})"
)
_UNIT = f"(?:{_UNIT_WORD}|{_MAGNITUDE_WORD}{_UNIT_WORD}?)(?:{_RATE})?"
_UNIT_PARTS = re.compile(
    f"(?:(?P<whole>{_UNIT_WORD})|(?P<magnitude>{_MAGNITUDE_WORD})(?P<base>{_UNIT_WORD})?)"
    f"(?P<rate>{_RATE})?"
)

_CN_DIGITS = "".join(vocab.CHINESE_DIGITS)
# What a numeral may open with besides a digit: 十 and the contracted tens (`廿五`).
_CN_TENS = "".join(ch for ch, place in vocab.CHINESE_PLACES.items() if place == 10) + "".join(
    vocab.CONTRACTED_TENS
)
_CN_ALL = (
    _CN_DIGITS
    + "".join(vocab.CHINESE_PLACES)
    + "".join(vocab.CONTRACTED_TENS)
    + "".join(vocab.CHINESE_LARGE_PLACES)
)
_CN_NUMERAL_CHARS = frozenset(_CN_ALL)
_CN_PLACES = frozenset([*vocab.CHINESE_PLACES, *vocab.CHINESE_LARGE_PLACES])
# Digits grouped in threes by one of the separators throughout (`1,000,000`, `1 612`).
_GROUPED = "|".join(f"(?:{re.escape(mark)}[0-9]{{3}})+" for mark in vocab.DIGIT_GROUP_SEPARATORS)
# Decimals grouped in threes from the point by a space (`968.191 8`), the last group shorter.
_GROUPED_DECIMALS = f"\\.(?:[0-9]{{3}}{vocab.DECIMAL_GROUP_SEPARATOR})+[0-9]{{1,3}}(?![0-9])"
_ARABIC_UNSIGNED = (
    f"(?<![0-9.A-Za-z])(?:[0-9]{{1,3}}(?:{_GROUPED})(?![0-9])|[0-9]+)"
    f"(?:{_GROUPED_DECIMALS}|\\.[0-9]+)?"
    f"(?: ?[{re.escape(vocab.TIMES_SIGNS)}] ?10(?:\\^-?[0-9]+|[{vocab.SUPERSCRIPT_DIGITS}]+)"
    f"|[{vocab.EXPONENT_MARKS}][-+]?[0-9]{{1,3}}(?![0-9A-Za-z]))?"
)
_ARABIC = f"(?<![0-9.A-Za-z])[-+]?{_ARABIC_UNSIGNED}"
# A Chinese numeral starts with a digit or 十: a lone 万 or 千 is a word (`千万`, `万元`),
# unless `多`/`余` follows (`_LONE_PLACE`).
_CHINESE = f"(?:[{_CN_DIGITS}{_CN_TENS}])[{_CN_ALL}]*(?:{vocab.CHINESE_POINT}[{_CN_DIGITS}]+)?"
# `每日`, `每两周`: a period after PER_WORDS, right before a count made in it.
_PER_PERIOD = re.compile(
    f"{_alternation(vocab.PER_WORDS)}[0-9{_CN_DIGITS}]*"
    f"{_alternation(unit for unit, _, kind, _ in vocab.UNITS if kind == 'duration')} ?$"
)
_RANGE_SEPARATOR = _alternation(vocab.RANGE_SEPARATORS)
# Arabic digits before Chinese places, `1万5千`, `12万3千`, `3亿5000万`, `2亿3千万`: a large place,
# then digits before each large place and a digit before each smaller one, the last section
# perhaps closed by a large place of its own (`3千万`); or a digit before a small place and
# one before each smaller (`2千5百`, `3百5十`, `2千5百万`). Opening a range (`1万5千-2万元`) such a
# number keeps its own magnitude (`_read_quantity`): the range's unit does not scale it again.
_LARGE_PLACE_CHARS = "".join(vocab.CHINESE_LARGE_PLACES)
_PLACE_CHARS = "".join(vocab.CHINESE_PLACES)
_BELOW_TOP_PLACE = "".join(
    place
    for place, value in vocab.CHINESE_PLACES.items()
    if value < max(vocab.CHINESE_PLACES.values())
)
_ABOVE_TENS = "".join(
    place
    for place, value in vocab.CHINESE_PLACES.items()
    if value > min(vocab.CHINESE_PLACES.values())
)
_MIXED = (
    f"(?<![0-9.A-Za-z])(?:[0-9]+[{_LARGE_PLACE_CHARS}]"
    f"(?:[0-9]+[{_LARGE_PLACE_CHARS}]|[0-9][{_PLACE_CHARS}])+"
    f"|[0-9][{_ABOVE_TENS}](?:[0-9][{_BELOW_TOP_PLACE}])+)"
    f"[{_LARGE_PLACE_CHARS}]?(?![{_LARGE_PLACE_CHARS}])"
)
_NUMBER = f"(?:{_MIXED}|{_ARABIC}|{_CHINESE})"
_TENTHS_UNIT = _alternation(vocab.TENTHS_UNITS)
# `3个半月`, `一年半`: a half of the unit, before it or after it.
_HALF_OF = (
    f"(?:(?P<half_of>{re.escape(vocab.HALF_COUNTER + vocab.HALF)})"
    f"(?={_alternation(vocab.HALF_BEFORE_UNITS)}))"
)
_HALF_AFTER = f"(?:(?<={_alternation(vocab.HALF_AFTER_UNITS)})(?P<half>{vocab.HALF})(?!{_UNIT}))"
_RANGE_JOINER = _alternation(vocab.RANGE_JOINERS)  # only after a range opener (`介于`)
# A note restates the bound when it says nothing more or names a quantity (`(含)`, `(含3个)`,
# `(含本数)`); `(含税)` says what the amount holds, its words are context, and `(含线上3场)`
# names a part of the amount: a figure of its own. A converter's spaces inside the brackets
# (`( 含 )`) say nothing.
_NOTE = (
    f"\\( ?{_alternation(word for word, _ in vocab.INCLUSIVENESS_NOTES)}"
    f"(?:{_alternation(vocab.INCLUSIVENESS_NOTE_WORDS)}| ?[0-9{_CN_ALL}][^()]{{0,11}})? ?\\)"
)
_RATIO_SIGN = f"[{re.escape(vocab.RATIO_SIGNS)}]"

_NEGATED_OPERATORS = {
    word: operator for word, operator in vocab.PREFIX_OPERATORS if word.startswith(vocab.NEGATION)
} | {
    f"{vocab.NEGATION}{modal}{word.removeprefix(vocab.NEGATION)}": operator
    for word, operator in vocab.PREFIX_OPERATORS
    if word.startswith(vocab.NEGATION)
    for modal in vocab.NEGATION_MODALS
}
_BOUND_ADVERBS = {
    word: operator for word, operator in vocab.PREFIX_OPERATORS if word in vocab.BOUND_ADVERBS
}
_PREFIX_OPERATORS = (
    dict(vocab.PREFIX_OPERATORS)
    | _NEGATED_OPERATORS
    | {  # `至少为50%`, `最高为每亩40元`: the adverb's bound, the link no operator of its own
        f"{adverb}{link}": operator
        for adverb, operator in _BOUND_ADVERBS.items()
        for link in vocab.BOUND_ADVERB_LINKS
    }
    | {  # `最少不低于85分`, `最高不得超过`: the adverb restating the bound, one bound
        f"{adverb}{word}": operator
        for adverb, operator in _BOUND_ADVERBS.items()
        if adverb in vocab.RESTATING_BOUND_ADVERBS
        for word, negated in _NEGATED_OPERATORS.items()
        if negated == operator
    }
)
_SUFFIX_OPERATORS = {word: operator for word, operator, _ in vocab.SUFFIX_OPERATORS}
_DATE_SUFFIXES = dict(vocab.DATE_SUFFIXES) | {
    word: operator for word, operator, after_dates in vocab.SUFFIX_OPERATORS if after_dates
}
_NOTES = dict(vocab.INCLUSIVENESS_NOTES)
_SHARE_UNITS = dict(vocab.SHARE_WORDS)
_WHOLE_SHARE: Reading = (100.0, 0)
_HALF_SHARE: Reading = (50.0, 0)
_NOTE_WORDS = sorted(_NOTES, key=len, reverse=True)
_PREFIX = _alternation(
    _PREFIX_OPERATORS, not_after=vocab.PREFIX_NOT_AFTER, not_before=vocab.PREFIX_NOT_BEFORE
)
_DATE_PREFIXES = dict(vocab.DATE_PREFIXES)
# The words an operator is read from: those written before a figure, and those naming a bound
# before it (`上限30万元`, `_bound_named`).
_OPERATOR_WORDS = _PREFIX_OPERATORS | dict(vocab.BOUND_WORDS) | _DATE_PREFIXES | vocab.HALF_BOUNDS
_BOUND_NAMED = re.compile(
    f"(?P<word>{_alternation(word for word, _ in vocab.BOUND_WORDS)})"
    f" ?(?:{_alternation(vocab.BOUND_WORD_LINKS)} ?)?$"
)
_BOUND_REACH = max(len(word) for word, _ in vocab.BOUND_WORDS) + 4
_RANGE_SUFFIXES = frozenset(vocab.RANGE_SUFFIXES)
_SIGNS_AFTER_FIGURES = dict(vocab.SIGNS_AFTER_FIGURES)
_SIGN_CHARS = re.escape("".join(sorted(set("".join(_SIGNS_AFTER_FIGURES)) - {"="})))
_POST_OPERATORS = _SUFFIX_OPERATORS | _SIGNS_AFTER_FIGURES
_SUFFIX = (
    "(?:"
    + _alternation(
        [*_SUFFIX_OPERATORS, *vocab.RANGE_SUFFIXES],
        not_before=vocab.SUFFIX_NOT_BEFORE | vocab.MORE_THAN_NOT_BEFORE,
    )
    + f"|{_alternation(_SIGNS_AFTER_FIGURES)}"
    + f"(?= *$|[^-+.0-9{_CN_DIGITS}{_SIGN_CHARS}]+[{_SIGN_CHARS}]))"
)
_MORE_OPERATORS = {
    **dict.fromkeys(vocab.MORE_THAN_MARKERS, ">"),
    **dict.fromkeys(vocab.ABOUT_MARKERS, "≈"),
}
# 来 says about only before what is counted (`十来个`): `一来`, `10来` alone are no quantity.
_MORE = (
    f"(?:{_alternation(vocab.MORE_THAN_MARKERS, not_before=vocab.MORE_THAN_NOT_BEFORE)}"
    f"|{_alternation(vocab.ABOUT_MARKERS)}(?= ?{_UNIT}))"
)
# A place above ten alone is a number only before `多`/`余` (`百余人`, `千余户`) or with an
# operator and a unit, a magnitude word before it or not (`近千人`, `不足百户`, `万人以上`, `突破千亿元`);
# elsewhere it is a word (`百姓`, `千家万户`, `每千人`).
_LONE_PLACES = "".join(
    ch
    for ch, place in [*vocab.CHINESE_PLACES.items(), *vocab.CHINESE_LARGE_PLACES.items()]
    if place > 10
)
_LONE_PLACE = (
    f"[{_LONE_PLACES}](?:(?={_MORE})|(?(pre)(?= ?{_MAGNITUDE_WORD}?{_UNIT_WORD})"
    f"|(?= ?{_MAGNITUDE_WORD}?{_UNIT_WORD} ?{_alternation(_SUFFIX_OPERATORS)})))"
)
# `X多` / `X余`, the marker also after the unit's magnitude word (`2万余人` is more than 2 万人).
_MAGNITUDE_MORE = f"(?:(?P<more_of>{_MAGNITUDE_WORD})(?={_MORE}))?(?P<more>{_MORE})?"

_QUANTITY = (
    f"(?P<share>{_alternation(_SHARE_UNITS)})"
    f"(?P<share_n>{_ARABIC_UNSIGNED}|{_CHINESE}|{vocab.WHOLE_SHARE})"
    # `百分之八十至九十`, `百分之八十至百分之九十`: the share word governs both ends
    f"(?: ?{_RANGE_SEPARATOR} ?(?P=share)?(?P<share_n2>{_ARABIC_UNSIGNED}|{_CHINESE}))?"
    f"|(?P<frac_d>{_CHINESE}|[0-9]+){vocab.FRACTION_WORD}(?P<frac_n>{_CHINESE}|[0-9]+)"
    # not a code's (`JTG F80/1-2017`: glued to a letter, or followed by a hyphen and digits)
    f"|(?<![0-9./A-Za-z])(?P<slash_n>[0-9]+)/(?P<slash_d>[0-9]+)(?![0-9/]|-[0-9]|{_MAGNITUDE_WORD})"
    f"|(?P<tol>{_alternation(vocab.TOLERANCE_MARKERS)}) ?(?P<tol_n>{_ARABIC_UNSIGNED}|{_CHINESE})"
    f"(?: ?(?P<tol_u>{_UNIT}))?"
    f"|(?P<lone_half>{vocab.HALF})(?P<half_u>{_alternation(vocab.HALF_ALONE_BEFORE)})"
    # `过半` alone or before 数 (`超过半年` is a length of time, no share)
    f"|(?P<half_share>{_alternation(vocab.HALF_SHARES)}|(?<=[{''.join(vocab.HALF_BOUNDS)}]){vocab.HALF}(?!\\w))"
    f"|(?P<n1>{_NUMBER}|{_LONE_PLACE}){_MAGNITUDE_MORE}"
    f"(?: ?{_HALF_OF}?(?P<u1>{_UNIT})"
    # `八成五` (a tenth of 成), `三成多` (more than 3 成, the marker after the unit)
    f"(?:(?<={_TENTHS_UNIT})(?:(?P<tenth>[{_CN_DIGITS}])|(?P<more_after>{_MORE}))"
    f"|{_HALF_AFTER})?)?"
    f"(?: ?(?P<sep>{_RANGE_SEPARATOR}|(?(within){_RANGE_JOINER}|(?!))) ?"
    f"(?P<below2>{_alternation(vocab.BELOW_ZERO_WORDS)})?(?P<n2>{_NUMBER})"
    f"(?: ?(?P<u2>{_UNIT}))?)?"
)

_YEAR = "(?:19|20)[0-9]{2}"
# A year a converter printed with its digits grouped by three (`2 024年12月31日前`), read as the
# year only before a month, where no count of years could stand.
_GROUPED_YEAR = "(?:1 9|2 0)[0-9]{2}(?= ?年 ?(?:1[0-2]|0?[1-9]) ?月)"
_CN_YEAR = "(?:[一二][〇零一二三四五六七八九]{3})"  # 二〇二五年, read digit by digit
_SHORT_YEAR = "[0-9]{2}(?![0-9])"  # `25年`: only where a month or a part of the year follows
_MONTH = "(?:1[0-2]|0?[1-9])"
_CN_MONTH = "(?:十[一二]?|[一二三四五六七八九])"
_DAY = "(?:3[01]|[12][0-9]|0?[1-9])"
_TENS_IN_ONE = {tens: ch for ch, tens in vocab.CONTRACTED_TENS.items()}
_CN_DAY = (
    "(?:三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九]"
    f"|{_TENS_IN_ONE[20]}[一二三四五六七八九]?|{_TENS_IN_ONE[30]}一?)"  # `廿五日`, `卅日`
)
_CN_HOUR = "(?:零|二十[一二三四]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_MONTH_PARTS = {word: (first, last) for word, first, last in vocab.MONTH_PARTS}
# A part of a month written after it (`上旬`, `中`), not the opening of a word (`中央`).
_MONTH_PART = _alternation(_MONTH_PARTS, not_before=vocab.MONTH_PART_NOT_BEFORE)
_YEAR_PARTS = {row[0]: row[1:] for row in vocab.YEAR_PARTS}
_WRITTEN_YEAR_PARTS = _alternation(word for word, row in _YEAR_PARTS.items() if row[3])
_RELATIVE_YEARS = dict(vocab.RELATIVE_YEARS)
_RELATIVE_YEAR = _alternation(
    _RELATIVE_YEARS,
    not_after={
        word: vocab.RELATIVE_YEAR_NOT_AFTER[word[0]]
        for word in _RELATIVE_YEARS
        if word[0] in vocab.RELATIVE_YEAR_NOT_AFTER
    },
)
# `12月以上` counts months; only date words may follow a month.
_NUMERIC_ONLY_SUFFIXES = _alternation(
    [word for word, _, after_dates in vocab.SUFFIX_OPERATORS if not after_dates]
    + list(vocab.MORE_THAN_MARKERS)
)


# A deadline word after a date (`前`, `起`, `以内`), and those of them only dates take (not `以内`:
# `1/4以内` is a share).
_DEADLINE_AFTER = f"(?= ?{_alternation(_DATE_SUFFIXES)})"
_DATE_ONLY_AFTER = f"(?= ?{_alternation(word for word, _ in vocab.DATE_SUFFIXES)})"
# A day after a month may leave out 日 before a deadline word or at the value's end (`6月30前`,
# `2025年12月31`).
_DAY_WORD_LEFT_OUT = f"(?:{_DEADLINE_AFTER}|$)"


# The groups of a date match that write a year (`_writes_year`).
_WRITTEN_YEARS = (
    "ry1", "ky", "kp", "qy",
    *(f"{kind}{end}" for end in ("", "a", "b") for kind in ("iy", "xy", "cy", "yy")),
)  # fmt: skip


def _date_pattern(g: str) -> str:
    """One written date; `g` keeps group names apart for the two ends of a range."""
    separators = re.escape(vocab.DATE_SEPARATORS)
    iso = (
        f"(?P<iy{g}>{_YEAR})(?P<isep{g}>[{separators}])(?P<im{g}>{_MONTH})"
        f"(?:(?P=isep{g})(?P<id{g}>{_DAY})[日号]?)?"
        # A number glued to a unit is never a date: `2025.5万元` is money.
        f"(?![0-9]|\\.[0-9]| ?{_UNIT})"
    )
    # A day written in eight digits (`20251231前`, as systems export one): the month and the day
    # in two digits each, and no more digits or a unit after them.
    compact = (
        f"(?P<xy{g}>{_YEAR})(?P<xm{g}>1[0-2]|0[1-9])(?P<xd{g}>3[01]|[12][0-9]|0[1-9])"
        f"(?![0-9]|\\.[0-9]| ?{_UNIT})"
    )
    # A year is written (`2025年`, `二〇二五年度`, in four digits and a point before a month
    # and its 月: `2024.12月底前`, which had read a length of 2024.12 months) or named relative
    # to the fiscal year (`次年`).
    month = (
        f"(?:(?:(?P<cy{g}>{_YEAR}|{_GROUPED_YEAR}|{_CN_YEAR}|{_SHORT_YEAR})"
        f" ?(?:年度?|(?<=[0-9]{{4}})\\.(?={_MONTH} ?月))|(?P<cr{g}>{_RELATIVE_YEAR})) ?)?"
        f"(?P<cm{g}>{_MONTH}|{_CN_MONTH}) ?月份?"
        f"(?! ?{_NUMERIC_ONLY_SUFFIXES})"
        f"(?: ?(?P<cd{g}>{_DAY}|{_CN_DAY}) ?(?:[日号]|{_DAY_WORD_LEFT_OUT})"
        f"|(?P<cp{g}>{_MONTH_PART}))?"
    )
    year = (
        f"(?:(?P<yy{g}>{_YEAR}|{_CN_YEAR}|{_SHORT_YEAR}(?= ?年{_WRITTEN_YEAR_PARTS})) ?年度?"
        f"|(?P<yr{g}>{_RELATIVE_YEAR}))"
        f"(?P<yp{g}>{_alternation(_YEAR_PARTS)})?"
    )
    return f"(?<![0-9.])(?:{iso}|{compact}|{month}|{year})"


_STANDALONE_DATE_WORDS = [w for w, row in _YEAR_PARTS.items() if not row[3]]
# A quarter's number (`1`, `一`) -> the quarter's first and last (month, day).
_QUARTER_NUMBERS = {
    word.removeprefix(vocab.ORDINAL_MARKS).removesuffix(vocab.QUARTER_WORD): (first, last)
    for words, first, last in vocab.QUARTERS
    for word in words
    if word.endswith(vocab.QUARTER_WORD)
}
_QUARTER_NUMBER = _alternation(_QUARTER_NUMBERS)
_ORDINAL = f"[{re.escape(vocab.ORDINAL_MARKS)}]?"
_CURRENT_YEAR_OR_PART = _alternation(
    [*_STANDALONE_DATE_WORDS, *vocab.CURRENT_YEAR_WORDS],
    not_after={
        word: vocab.CURRENT_YEAR_NOT_AFTER
        for word in [*_STANDALONE_DATE_WORDS, *vocab.CURRENT_YEAR_WORDS]
        if word.startswith(vocab.YEAR_WORD)
    },
)
_DATE = (
    # A range; its end may name only a day after a start that names one (`11月15日至30日`), or
    # a month and a day after a start written with separators (`2021.1.1-12.31`: the start's).
    f"{_date_pattern('a')} ?(?:{_alternation(vocab.RANGE_FROM_WORDS)} ?)?{_RANGE_SEPARATOR} ?"
    f"(?:{_date_pattern('b')}|(?(cda)(?P<bd>{_DAY}|{_CN_DAY}) ?[日号]|(?!))"
    f"|(?(ida)(?P<bm>{_MONTH})(?P=isepa)(?P<bmd>{_DAY})[日号]?(?![0-9]|\\.[0-9]| ?{_UNIT})|(?!)))"
    f"|(?<![0-9.])(?P<ry1>{_YEAR}) ?年? ?{_RANGE_SEPARATOR} ?(?P<ry2>{_YEAR}) ?年度?"
    # `2025年10-12月`, `次年1-3月`, and after a year and a point `2025.10-12` (its 月 left out, as in
    # `2025.10`, when no digit or unit follows).
    f"|(?<![0-9.])(?:(?:(?P<ky>{_YEAR}|{_SHORT_YEAR}) ?年|(?P<kr>{_RELATIVE_YEAR})) ?"
    f"|(?P<kp>{_YEAR})\\.)?"
    f"(?P<km1>{_MONTH}) ?(?:{_RANGE_SEPARATOR}|(?P<klist>{_alternation(vocab.MONTH_LIST_JOINERS)})) ?"
    f"(?P<km2>{_MONTH})(?(kp)(?: ?月份?|(?![0-9]|\\.[0-9]| ?{_UNIT}))| ?月份?)"
    f"|(?<![0-9.])(?:(?P<qy>{_YEAR}) ?年度? ?)?{_ORDINAL}(?P<q1>{_QUARTER_NUMBER})"
    f"(?: ?{vocab.QUARTER_WORD})? ?{_RANGE_SEPARATOR} ?{_ORDINAL}(?P<q2>{_QUARTER_NUMBER})"
    f" ?{vocab.QUARTER_WORD}"
    # `12/31前`, `6.30前`: a month and day only count as a date before a word only dates take,
    # else `1/2`, `6.3` or `1/4以内` would be one too; after a point the day has two digits.
    f"|(?:(?P<sr>{_RELATIVE_YEAR}) ?)?(?<![0-9./])(?P<sm>{_MONTH})(?:/|\\.(?=[0-3][0-9]))"
    f"(?P<sd>{_DAY}){_DATE_ONLY_AFTER}"
    f"|(?P<um>{_alternation(vocab.UNNAMED_MONTHS)}) ?"
    f"(?:(?P<ud>{_DAY}|{_CN_DAY}) ?[日号]|(?P<up>{_MONTH_PART}))"
    f"|{_date_pattern('')}"
    f"|(?P<word>{_CURRENT_YEAR_OR_PART})"
)

# A weekday after a day (WEEK_WORDS), in brackets or not: read with the date, no context.
_WEEKDAY = f"\\(?{_alternation(vocab.WEEK_WORDS)}[{vocab.WEEKDAY_NAMES}]\\)?"

_PREFIXED = f"(?:(?P<pre>{_PREFIX}) ?)?"
# Every reading starts with one of these characters: scanning jumps from one to the next
# instead of trying the whole pattern at every position.
_QUANTITY_START_CHARS = {
    *"0123456789+-",
    *_CN_DIGITS,
    *_CN_TENS,
    *_LONE_PLACES,
    *(word[0] for word in _PREFIX_OPERATORS),
    *(word[0] for word in vocab.RANGE_OPENERS),
    *(word[0] for word in _SHARE_UNITS),
    *(word[0] for word in vocab.TOLERANCE_MARKERS),
    vocab.HALF,
}


def _char_class(chars: set[str], negated: bool = False) -> str:
    return f"[{'^' if negated else ''}{re.escape(''.join(sorted(chars)))}]"


# An operator and what a share is of, right before the share (`不超过合同金额的10%`, of a
# year's: `达到2019年同期的90%`): words
# that neither start a quantity nor separate clauses; or an operator and a verb of what is
# counted (`至少覆盖5个行政村`), or what the figure is counted per (`不超过每月2次`, `不低于每人每年
# 500元`, `至少每季度开展1次`; PER_WORDS; not after WEAK_PREFIXES); or an operator and the bound
# a figure in brackets quantifies (`不超过批复金额（85万元）`, FIGURE_OPENS). Looked for behind a
# quantity only when SHARE_OF, such a verb, such a period or such a bracket stands there, so
# that scanning pays nothing for it.
_OF_PLAIN = _char_class(
    _QUANTITY_START_CHARS | {ch for word in vocab.CLAUSE_SEPARATORS for ch in word}, negated=True
)
# ... or a prefix's word where it opens an ordinary word (PREFIX_NOT_BEFORE: `≤当地最低工资标准的80%`
# is `<=` 80 %, 最低工资 the minimum wage, no floor), counted as one character of them.
_OF_CHAR = "(?:" + "|".join(
    [_OF_PLAIN, *(f"{re.escape(word)}(?=[{re.escape(after)}])"
                  for word, after in vocab.PREFIX_NOT_BEFORE.items())]
) + ")"  # fmt: skip
_VERB_AFTER_OPERATOR = _alternation(vocab.VERBS_AFTER_OPERATORS)
_COUNTED_PER = f"(?:{_alternation(vocab.PER_WORDS)}{_DENOMINATOR}){{1,2}}{_VERB_AFTER_OPERATOR}?"
_COUNTED_PER_BEFORE = re.compile(f"{_COUNTED_PER} ?$")
_OPERATOR_OVER_SHARE_OF = re.compile(
    f"(?P<pre>{_PREFIX}) ?(?:(?P<of>(?:{_YEAR} ?年度?)?{_OF_CHAR}{{1,{vocab.SHARE_OF_LONGEST}}}"
    f"{vocab.SHARE_OF}"
    f"|(?P<per>{_COUNTED_PER})"
    f"|(?P<verb>(?:{_alternation(vocab.PERIODS_BEFORE_VERBS)})?{_VERB_AFTER_OPERATOR})"
    f"|(?P<event>{_OF_CHAR}{{1,{vocab.SHARE_OF_LONGEST}}}{_alternation(vocab.EVENT_ENDS)}))"
    f"|(?P<named>(?:{_YEAR} ?年度?)?{_OF_CHAR}{{0,{vocab.SHARE_OF_LONGEST}}})"
    f"{re.escape(vocab.FIGURE_OPENS)}) ?$"
)
# A sign of comparison and the name of the amount it bounds, right before the figure (`≤项目预算`).
_SIGN_OVER_NAME = re.compile(
    f"(?P<sign>{_alternation(vocab.SIGNS_OVER_NAMES)}) ?"
    f"(?P<name>{_OF_CHAR}{{1,{vocab.SHARE_OF_LONGEST}}}) ?$"
)
_SIGN_OVER_NAME_REACH = max(map(len, vocab.SIGNS_OVER_NAMES)) + vocab.SHARE_OF_LONGEST + 2
# A figure in brackets right after what it quantifies (`2024年（85%）`), or after a word that
# makes the year before it the figure's label (`2026年：≥80%`; a part of a year, `年底为95%`,
# stays a date).
_FIGURE_AFTER = re.compile(f" ?{re.escape(vocab.FIGURE_OPENS)} ?[0-9{_CN_DIGITS}]")
_LABEL_AFTER = re.compile(
    f" ?{_alternation(vocab.YEAR_LABEL_LINKS)} ?{_char_class(_QUANTITY_START_CHARS)}"
)
# An Arabic figure right after a year the year is the time of (`在2024年1.8万件基础上`).
_FIGURE_GLUED = re.compile(" ?[0-9]")
# A month in Chinese numerals alone, and a count of PERIOD_COUNTERS glued after it (`一月一次`).
_PERIOD_MONTH = re.compile(f"{_CN_MONTH}月")
_COUNT_AFTER = re.compile(f"(?:[0-9]+|{_CHINESE}){_alternation(vocab.PERIOD_COUNTERS)}")
_SHARE_OF_REACH = max(map(len, _PREFIX_OPERATORS)) + vocab.SHARE_OF_LONGEST + 3
_LONGEST_VERB = max(map(len, vocab.VERBS_AFTER_OPERATORS))
_QUANTITY_WITH_SUFFIXES = (
    f"(?:(?P<within>{_alternation(vocab.RANGE_OPENERS)}) ?)?"
    f"(?:{_QUANTITY})(?: ?(?P<note1>{_NOTE}))?(?: ?(?P<post>{_SUFFIX}))?(?: ?(?P<note2>{_NOTE}))?"
)
# A date prefix (`到2025年底`, DATE_PREFIXES) is read before a date only: no quantity after it.
_SCANNER = re.compile(
    f"(?:(?P<pre>{_PREFIX}) ?|(?P<dpre>{_alternation(_DATE_PREFIXES)}) ?)?"
    f"(?:(?P<date>{_DATE})(?: ?{_WEEKDAY})?(?: ?(?P<date_note>{_NOTE}))?"
    f"(?: ?(?P<hour>[0-9]{{1,2}}(?:{_RATIO_SIGN}[0-9]{{2}}(?:{_RATIO_SIGN}[0-9]{{2}})?"
    f"|{_alternation(vocab.CLOCK_WORDS)}(?:[0-9]{{1,2}}{vocab.CLOCK_MINUTE})?)"
    # an hour in words (`2024年7月1日零时起`: 起 still opens the period)
    f"|{_CN_HOUR}{_alternation(vocab.CLOCK_WORDS)}))?"
    f"(?: ?(?P<date_post>{_alternation(_DATE_SUFFIXES)}))?(?: ?(?P<date_note2>{_NOTE}))?"
    f"|(?(dpre)(?!)|{_QUANTITY_WITH_SUFFIXES}))"
)
# Most values hold no date and are read with the quantities alone, which is much faster.
_QUANTITY_SCANNER = re.compile(f"{_PREFIXED}{_QUANTITY_WITH_SUFFIXES}")
# Every date alternative above needs one of these; a value without any skips date reading.
# (An unnamed month, `每月10日前`, holds `月` already; a month.day, `6.30前`, is looked for with
# the first characters of the deadline words only, a cheap class.)
_DATE_WORDS = [*_STANDALONE_DATE_WORDS, *vocab.CURRENT_YEAR_WORDS, *_RELATIVE_YEARS]
_DEADLINE_STARTS = "".join(sorted({word[0] for word in _DATE_SUFFIXES}))
# A word that holds another (`第三季度末` holds `三季度`) needs no place of its own here.
_MAY_HOLD_DATE = re.compile(
    f"{_YEAR}|{_CN_YEAR}|月|[0-9]/[0-9]|[0-9]\\.[0-3][0-9] ?[{re.escape(_DEADLINE_STARTS)}]|"
    + _alternation(w for w in _DATE_WORDS if not any(o != w and o in w for o in _DATE_WORDS))
)
_ORDINAL_YEAR_BEFORE = re.compile(
    f"[{re.escape(vocab.ORDINAL_MARKS)}](?:[0-9]+|{_CHINESE}) ?{vocab.YEAR_WORD}? ?$"
)
_DATE_WORD_START_CHARS = {
    word[0] for word in [*_DATE_WORDS, *vocab.UNNAMED_MONTHS, *_DATE_PREFIXES]
}


_STARTS = re.compile(_char_class(_QUANTITY_START_CHARS | _DATE_WORD_START_CHARS))
_QUANTITY_STARTS = re.compile(_char_class(_QUANTITY_START_CHARS))

# The commonest shape, matched against the whole value: one Arabic quantity with its
# operators, and words around it that cannot start another reading (`全年≥2亿元`). The
# quantity part mirrors `_QUANTITY`, so the result is what scanning would give.
# Words before the quantity may not open a title either: a number inside `《…》` is no target.
_NOT_A_START = _char_class(_QUANTITY_START_CHARS, negated=True)
# Nor may a number that could be part of a name (`_in_a_name`: after `第` or a word and a space,
# before `号`) be read here: scanning weighs those.
_NOT_A_START_OR_TITLE = _char_class(
    _QUANTITY_START_CHARS | {vocab.TITLE_MARKS[0], *vocab.ORDINAL_MARKS}, negated=True
)
_PLAIN = re.compile(
    f"{_NOT_A_START_OR_TITLE}*+(?:(?P<pre>{_PREFIX}) ?|(?<! ))(?P<n1>{_ARABIC}){_MAGNITUDE_MORE}"
    f"(?: ?{_HALF_OF}?(?P<u1>{_UNIT}){_HALF_AFTER}?)?(?: ?(?P<note1>{_NOTE}))?"
    f"(?: ?(?P<post>{_SUFFIX}))?(?: ?(?P<note2>{_NOTE}))?"
    f"(?P<rest>(?![A-Za-z{re.escape(vocab.IDENTIFIER_MARKS)}])"
    f"(?!(?<=[0-9])[{re.escape(vocab.ITEM_MARKS)}]){_NOT_A_START}*)"
)
_CLAUSE_SEPARATOR = re.compile(
    f"{_alternation(vocab.CLAUSE_SEPARATORS, not_before=vocab.CLAUSE_SEPARATOR_NOT_BEFORE)}+"
)
_COMPLETION = re.compile(_alternation(vocab.COMPLETION_WORDS))
# What a word of completion becomes in the folded string of an actual: a character that no
# reading starts with or takes in, so the word is context, never an operator.
_BLANK = "\ue000"
# Titles, words in quotes, document numbers and editions: names, no number inside them is read.
_DOCUMENT_OPENS = "".join(opening for opening, _ in vocab.DOCUMENT_YEAR_BRACKETS)
_DOCUMENT_CLOSES = "".join(closing for _, closing in vocab.DOCUMENT_YEAR_BRACKETS)
_EDITION = _alternation(
    vocab.EDITION_WORDS, not_before=dict.fromkeys(vocab.EDITION_WORDS, vocab.EDITION_NOT_BEFORE)
)
_NAMES_MARKS = (
    *(vocab.TITLE_MARKS[0] + vocab.QUOTE_MARKS[0] + _DOCUMENT_OPENS),
    *vocab.EDITION_WORDS,
)
_NAMES = re.compile(
    f"{vocab.TITLE_MARKS[0]}[^{vocab.TITLE_MARKS[1]}]*{vocab.TITLE_MARKS[1]}"
    f"|{vocab.QUOTE_MARKS[0]}[^\\W\\d_]+{vocab.QUOTE_MARKS[1]}"
    f"|{vocab.QUOTE_MARKS[0]}[0-9]+{vocab.QUOTE_MARKS[1]}(?=[^\\W\\d_])"
    f"|[{re.escape(_DOCUMENT_OPENS)}]{_YEAR}[{re.escape(_DOCUMENT_CLOSES)}] ?[0-9]+ ?"
    f"{vocab.DOCUMENT_NUMBER_MARK}"
    f"|(?<![0-9.]){_YEAR} ?{vocab.YEAR_WORD}?{_EDITION}"
)
# A figure alone in quotes (`满意度“95%”以上`, `完成“3”项`), before a unit, an operator word or
# no word: the quotes only set the figure off; they are read as spaces. (Before another word
# the figure names something: `“12330”热线`, a name of `_NAMES`.)
_QUOTED_FIGURE = re.compile(
    f"{vocab.QUOTE_MARKS[0]}(?P<figure>[0-9]+(?:\\.[0-9]+)?%?){vocab.QUOTE_MARKS[1]}"
    f"(?=$|[^\\w]|{_UNIT}|{_SUFFIX})"
)
_STANDARD_CODE = re.compile(f"{_alternation(vocab.STANDARD_CODES)}[0-9]*(?:/[A-Z]+)? ?$")
_LONGEST_CODE = 12
# Two numbers a lone space apart (`≥9 5%`, `3 25个`), which no grouping above explains.
_ANY_ARABIC = re.compile(_ARABIC_UNSIGNED)
_SPACED_DIGITS = re.compile("[0-9] [0-9]")
_OCR_MARK = re.compile(f"[{re.escape(vocab.OCR_OPERATOR_MARKS)}][0-9]")


def _misread_operator_words() -> list[str]:
    """Each operator word of two characters or more with one or more of its characters read as
    a look-alike (`vocab.OCR_OPERATOR_LOOKALIKES`: 大干等于, 大于等干, 不低干)."""
    words = set()
    for printed, read in vocab.OCR_OPERATOR_LOOKALIKES:
        for word in _OPERATOR_WORDS:
            if len(word) > 1 and printed in word:
                for marks in itertools.product((printed, read), repeat=word.count(printed)):
                    if read in marks:
                        chars = iter(marks)
                        words.add("".join(next(chars) if ch == printed else ch for ch in word))
    return sorted(words)


# Damage to a figure that is not guessed at (the value is text): a letter for a digit or a full
# stop for a decimal point between digits, a look-alike of a unit's character after one, and the
# marks a decoder or a converter leaves for a character it could not read.
_DAMAGED_FIGURE = re.compile(
    # digits grouped by four after a separator of thousands (`10,0000元`: a hundred thousand in
    # the Chinese way, or a digit lost; it had read = 10 and = 0 元)
    f"(?<![0-9.,])[0-9]{{1,3}}{re.escape(vocab.HEAD_LOST_SEPARATOR)}[0-9]{{4}}(?![0-9])|"
    f"[0-9][{re.escape(vocab.OCR_DIGIT_LETTERS + vocab.OCR_DECIMAL_MARKS)}][0-9]"
    f"|[0-9][{re.escape(vocab.OCR_UNIT_LOOKALIKES)}]"
    f"|[0-9][{re.escape(vocab.OCR_DIGIT_LETTERS)}][{vocab.OCR_DATE_MARKS}]"
    f"|[{vocab.OCR_DATE_MARKS}][{re.escape(vocab.OCR_DIGIT_LETTERS)}][0-9]"
    f"|[{re.escape(vocab.UNREADABLE_CHARACTERS)}]"
    f"|[{re.escape(vocab.UNREADABLE_BEFORE_FIGURES)}][0-9]"
    f"|[0-9]\\.[{re.escape(vocab.MASKED_DECIMALS)}]"
    f"|{re.escape(vocab.UNMAPPED_GLYPH[0])}[0-9]+{re.escape(vocab.UNMAPPED_GLYPH[1])}"
    # an operator word OCR misread before the figure (`大干等于95%`)
    f"|{_alternation(_misread_operator_words())} ?[0-9{_CN_DIGITS}]"
)
# A value opening with a thousands' separator, a sign of comparison or white space before it at
# most.
_HEAD_LOST = re.compile(
    f"(?:\\s|=|{_alternation(vocab.SIGNS_OVER_NAMES)})*"
    f"{re.escape(vocab.HEAD_LOST_SEPARATOR)}[0-9]{{3}}(?![0-9])"
)
_OCR_PERCENT_SIGN = re.compile(
    f"[0-9] ?[{re.escape(vocab.OCR_PERCENT_ABOVE)}]{re.escape(vocab.OCR_PERCENT_SLASH)}"
    f"[{re.escape(vocab.OCR_PERCENT_BELOW)}]{{1,2}}(?![0-9A-Za-z]|\\.[0-9])"
)
_OCR_PERCENT = re.compile(f"{vocab.OCR_PERCENT_LEAD}(?P<rest>[0-9]{{2,3}}(?:\\.[0-9]+)?)%")
_NAME_NOTE = re.compile(r"\([^()]*\)")
_LETTER_FIGURE = re.compile(
    rf"[<>=≥≤≈]*\s*[{re.escape(vocab.OCR_FIGURE_LETTERS)}]\s*[\u4e00-\u9fff%]+"
)

_VALUE_PLACEHOLDERS = vocab.VALUE_PLACEHOLDERS + " "
_PLACEHOLDER = f"[{re.escape(''.join(vocab.NAME_PLACEHOLDERS))}]"
_NAME_OPENS = "".join(opening for opening, _ in vocab.NAME_UNIT_BRACKETS)
_NAME_CLOSES = "".join(closing for _, closing in vocab.NAME_UNIT_BRACKETS)
_NAME_TEMPLATE = re.compile(
    f"[{re.escape(_NAME_OPENS)}](?:{_alternation(vocab.NAME_UNIT_LABELS)})? ?"
    f"(?:(?P<op>{_PREFIX}) ?{_PLACEHOLDER}* ?)?(?P<unit>{_UNIT}) ?[{re.escape(_NAME_CLOSES)}]"
    f"|(?P<op2>{_PREFIX}) ?{_PLACEHOLDER}+ ?(?P<unit2>{_UNIT})"
    # an operator alone in the brackets, for a figure with no unit (`利用系数（≥）`)
    f"|[{re.escape(_NAME_OPENS)}](?P<op3>{_PREFIX}) ?{_PLACEHOLDER}* ?[{re.escape(_NAME_CLOSES)}]"
    "|(?P<percent>%)$"
)

_WEB_ESCAPE = re.compile(
    f"(?P<ref>{re.escape(vocab.CHARACTER_REFERENCE[0])}"
    f"(?:#[0-9]{{2,7}}|#[xX][0-9A-Fa-f]{{2,6}}|[A-Za-z]{{2,8}}){re.escape(vocab.CHARACTER_REFERENCE[1])})"
    f"|{re.escape(vocab.CODE_POINT_ESCAPE)}(?P<code>[0-9A-Fa-f]{{4}})"
    f"|(?P<tag>{_alternation(vocab.LINE_BREAK_TAGS)})",
    re.IGNORECASE,
)
_LATEX_SHOWS = dict(vocab.LATEX_COMMANDS)
_LATEX = re.compile(_alternation(_LATEX_SHOWS))
_CELL_SEPARATOR = re.compile(f"[{re.escape(vocab.CELL_SEPARATORS)}]")
_FOLD_KEEP = re.compile(f"[{re.escape(vocab.FOLD_KEEP)}]")
_READ_AS = str.maketrans(vocab.READ_AS)
_READ_AS_FOUND = re.compile(f"[{re.escape(''.join(vocab.READ_AS))}]")
_TRIM = " ,;:、。"
_INTERVAL_OPENS = "".join(opening for opening, _ in vocab.INTERVAL_BRACKETS)
_INTERVAL_CLOSES = "".join(closing for _, closing in vocab.INTERVAL_BRACKETS)
_INTERVAL_END = r"[-+]?[0-9]+(?:\.[0-9]+)?"
_INTERVAL_UNIT = f"[^,{re.escape(_INTERVAL_OPENS + _INTERVAL_CLOSES)}0-9]{{0,4}}"  # `%`, `分`
_INTERVAL = re.compile(
    f"[{re.escape(_INTERVAL_OPENS)}] ?(?P<low>{_INTERVAL_END}){_INTERVAL_UNIT}(?P<comma>,) ?"
    f"(?P<high>{_INTERVAL_END}){_INTERVAL_UNIT} ?[{re.escape(_INTERVAL_CLOSES)}]"
)
_HAS_WORD = re.compile(r"[^\W_]")
# A value spaced out character by character, as a PDF prints one to fill its cell.
_LETTER_SPACED = re.compile(r"(?:\S ){2,}\S")
_DIGIT = re.compile("[0-9０-９]")
_INCLUSIVE = {">": ">=", "<": "<="}
_EXCLUSIVE = {">=": ">", "<=": "<"}


# --- Cleaning ------------------------------------------------------------------------------


def _clean(text: str) -> tuple[str, str]:
    """(display, folded): what clauses quote, and the same string with full-width folded and
    traditional characters read as simplified (`pipeline.vocab.traditional`), character for
    character, so that positions in one are positions in the other. Characters that print
    nothing (`vocab.invisible`: `≥95<U+200B>%`) are left out of both."""
    text = visible(text)
    if "&" in text or "\\" in text or "<" in text:
        text = _WEB_ESCAPE.sub(_unescaped, text)
    if _CELL_SEPARATOR.search(text):
        text = "".join(cell.strip() for cell in _CELL_SEPARATOR.split(text))
    display = " ".join(text.split())
    if " " in display and _LETTER_SPACED.fullmatch(display) and _DIGIT.search(display):
        text = display = display.replace(" ", "")  # `≥ 9 5 %`: printed spaced out, `≥95%`
    if "\\" in text or "$" in text:
        display = " ".join(_LATEX.sub(lambda m: _LATEX_SHOWS[m.group()], text).split())
    folded = _read_intervals(simplified(_fold(display)))
    if vocab.QUOTE_MARKS[0] in folded:
        folded = _QUOTED_FIGURE.sub(lambda m: f" {m['figure']} ", folded)
    return display, folded


def _unescaped(m: re.Match) -> str:
    """What a character reference, a code point's escape or a line-break tag shows."""
    if m["tag"]:
        return " "
    if m["code"]:
        return chr(int(m["code"], 16))
    return html.unescape(m["ref"])


def _read_intervals(folded: str) -> str:
    """The folded string with the comma of each closed interval in brackets (`[95,100]`)
    read as a range separator, one character for another."""
    if not any(opening in folded for opening in _INTERVAL_OPENS):
        return folded
    for m in _INTERVAL.finditer(folded):
        if float(m["low"]) < float(m["high"]):
            comma = m.start("comma")
            folded = f"{folded[:comma]}{vocab.INTERVAL_READ_AS}{folded[comma + 1 :]}"
    return folded


def is_unit(text: str) -> bool:
    """Whether a text is a unit alone, as a target writes one after its figure (`人次`, `%`,
    `万人`, `元/亩`)."""
    return bool(_UNIT_PARTS.fullmatch(simplified(_fold("".join(text.split())))))


def _fold(text: str) -> str:
    """Full-width folded (NFKC, but `vocab.FOLD_KEEP`) and the characters a target means as
    another read as it (`vocab.READ_AS`: `−5%` is `-5%`), one character for one."""
    if not unicodedata.is_normalized("NFKC", text):
        folded = unicodedata.normalize("NFKC", text)
        if len(folded) == len(text) and not _FOLD_KEEP.search(text):
            text = folded
        else:  # character by character, so that positions in both strings stay aligned
            text = "".join(_fold_char(ch) for ch in text)
    return text.translate(_READ_AS) if _READ_AS_FOUND.search(text) else text


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 and ch not in vocab.FOLD_KEEP else ch


# --- Readings: what the scanner found, before it becomes a clause --------------------------


@dataclass(slots=True)
class _Reading:
    start: int
    end: int
    operator: str
    operator_written: bool
    amount: Reading | None = None  # (value, decimals) as written, before the unit applies
    amount_max: Reading | None = None
    unit: str | None = None
    unit_low: str | None = None  # the unit that applies to `amount` (`1万-2万元`)
    date: datetime.date | None = None
    date_max: datetime.date | None = None
    is_date: bool = False
    weak: bool = False  # a word for the current year, kept only if nothing else is read
    inner: tuple[int, int] | None = None  # words inside the reading that are context
    tolerance: bool = False  # `±5%`: a band around zero, or around a value written before it
    bare_year: bool = False  # a year alone, no part of it nor a bound: it may label a figure


def _scan(folded: str, fiscal_year: int | None, dated: bool, actual: bool) -> list[_Reading]:
    titles = (
        [m.span() for m in _NAMES.finditer(folded)]
        if any(mark in folded for mark in _NAMES_MARKS)
        else []
    )
    scanner, starts = (_SCANNER, _STARTS) if dated else (_QUANTITY_SCANNER, _QUANTITY_STARTS)
    readings = []
    pos = 0
    # An implied year (`9月底前`) is that of the last date whose year the text wrote (`2025年6月底
    # 前完成主体建设，9月底前投入使用`: 2025-09-30 in a 2024 table), else the fiscal year.
    year = fiscal_year
    while anchor := starts.search(folded, pos):
        start = anchor.start()
        if titles:
            title_end = next((end for begin, end in titles if begin <= start < end), None)
            if title_end is not None:
                pos = title_end
                continue
        m = scanner.match(folded, start)
        if m is not None and dated and m.group("date") is not None:
            # A date in a comparison (`较2023年`, `与2023年相比`) is the base compared with: a word.
            before = folded[:start].rstrip()
            based = (
                before.endswith(vocab.COMPARISON_BASE_WORDS)
                or before.rstrip(_OPENING_BRACKETS).endswith(vocab.BASE_PERIOD_WORDS)
                or folded[m.end() :].lstrip().startswith(vocab.COMPARISON_BASE_WORDS_AFTER)
            )
            # `农历十二月二十日前`: a day of the lunar calendar, which no Gregorian date is.
            lunar = before.endswith(vocab.LUNAR_CALENDAR_WORDS)
            # `第二年3月`: a year of the project's own, not the fiscal year.
            counted = _ORDINAL_YEAR_BEFORE.search(folded, 0, start) is not None
            # `年初预算`, `2025年春季`, `不低于2024年（85%）`, `2026年：≥80%`, `2024年1.8万件`: a
            # year or a part of one naming a figure's time, a season, the base whose figure follows
            # in brackets, or the label of the figure after it or glued to it.
            unresolved = (
                (m.group("yy") or m.group("yr") or m.group("word"))
                and not m.group("date_post")
                and (
                    folded[m.end() :].lstrip().startswith(vocab.YEAR_NOT_A_DATE_BEFORE)
                    or _FIGURE_AFTER.match(folded, m.end())
                    or (
                        (m.group("yy") or m.group("yr"))
                        and not m.group("yp")
                        and (
                            _LABEL_AFTER.match(folded, m.end())
                            or _FIGURE_GLUED.match(folded, m.end())
                        )
                    )
                )
            )
            # `一月一次`: a month glued before a count is the period of the count.
            periodic = _PERIOD_MONTH.fullmatch(m.group()) and _COUNT_AFTER.match(folded, m.end())
            reading = (
                None
                if based or lunar or unresolved or periodic or _year_remark(folded, m, readings)
                else _read_date(m, None if counted else year, actual)
            )
            # A relative year that names no date (`上一年度`, `去年同期`) is a word: reading
            # goes on after it, so that its `一` is no number.
            miss = m.end()
        else:
            reading = None if m is None else _read_quantity(m, folded)
            miss = start + 1
        if reading is None:
            pos = miss
            continue
        readings.append(reading)
        pos = m.end()
        if reading.is_date and _writes_year(m) and (last := reading.date_max or reading.date):
            year = last.year
            reading.bare_year = bool(m.group("yy")) and not (
                m.group("yp") or m.group("date_post") or reading.operator_written
            )
    if not dated:
        return readings
    readings = _without_labelling_years(folded, readings)
    strong = [reading for reading in readings if not reading.weak]
    return strong or readings


def _without_labelling_years(folded: str, readings: list[_Reading]) -> list[_Reading]:
    """The readings without a year written alone before a noun whose clause a reading after it
    quantifies (`2022年北京冬奥会志愿服务保障人数≥300人`, `2024年高标准农田建设任务在12月底前完成`): the
    year labels what that clause says, no date of its own, and stays in its context; a later
    date without a year is still that year's. Before a verb (`2023年完成85%`,
    `vocab.YEAR_DATE_VERBS`) or alone in its clause (`2025年完成1-3号楼`, `2025年，完成80%`) it is
    the date the thing is done in."""
    return [
        reading
        for reading, after in itertools.zip_longest(readings, readings[1:])
        if not (
            reading.bare_year
            and after is not None
            and _separator_between(folded, reading.end, after.start) is None
            and not folded[reading.end : after.start].lstrip().startswith(vocab.YEAR_DATE_VERBS)
        )
    ]


def _writes_year(m: re.Match) -> bool:
    """Whether a date match writes a year (`_WRITTEN_YEARS`), not only implies one."""
    groups = m.groupdict()
    return any(groups.get(name) for name in _WRITTEN_YEARS)


def _year_remark(folded: str, m: re.Match, readings: list[_Reading]) -> bool:
    """`新生儿听力筛查率≥95%（2026年）`: a year alone in brackets right after a figure says when
    the figure holds, a remark of that figure (its context), no date of its own."""
    if not (m.group("yy") and not m.group("yp") and not m.group("date_post") and readings):
        return False
    opening = folded[readings[-1].end : m.start()].strip()
    closing = folded[m.end() :].lstrip()[:1]
    return opening in _QUANTITY_BRACKETS and closing == _QUANTITY_BRACKETS[opening]


_COMPOUND_LENGTHS = {
    (larger, smaller): factor for larger, smaller, factor in vocab.COMPOUND_LENGTHS
}
_COMPOUND_LENGTH_JOINER = _alternation(vocab.COMPOUND_LENGTH_JOINERS)
_FIGURE_FIRST = re.compile(f"[0-9{_CN_ALL}]")
# The smaller length glued after a larger one, 零 between them or not (`两年三个月`, `1年零6个月`):
# the numeral before the larger unit counts though a numeral follows it.
_SMALLER_LENGTH_AFTER = {
    larger: re.compile(
        f"(?:{_COMPOUND_LENGTH_JOINER})?(?:[0-9]+|{_CHINESE})"
        f"{_alternation(s for big, s, _ in vocab.COMPOUND_LENGTHS if big == larger)}"
    )
    for larger, _, _ in vocab.COMPOUND_LENGTHS
}


def _compound_lengths(folded: str, readings: list[_Reading]) -> list[_Reading]:
    """The readings with a length glued after one in a larger unit (`2小时30分钟`), or after
    零 (`1年零6个月`), taken into it: one length in the smaller unit, the bound written before
    the first or after the second (`1年零6个月内`) on the whole (COMPOUND_LENGTHS)."""
    merged: list[_Reading] = []
    for reading in readings:
        last = merged[-1] if merged else None
        factor = last and _COMPOUND_LENGTHS.get((last.unit, reading.unit))
        # the second's own bound only after its figure, and only where the first has none
        bound_after = reading.operator_written and (
            last is None or last.operator_written or not _FIGURE_FIRST.match(folded, reading.start)
        )
        if (
            factor
            and (
                last.end == reading.start
                or folded[last.end : reading.start] in vocab.COMPOUND_LENGTH_JOINERS
            )
            and not bound_after
            and last.amount is not None
            and reading.amount is not None
            and last.amount_max is None
            and reading.amount_max is None
            and not last.tolerance
        ):
            (larger, places), (smaller, places_small) = last.amount, reading.amount
            places = max(places, places_small)
            last.amount = (round(larger * factor + smaller, places), places)
            if reading.operator_written:
                last.operator, last.operator_written = reading.operator, True
            last.unit, last.unit_low, last.end = reading.unit, reading.unit_low, reading.end
            continue
        merged.append(reading)
    return merged


def _context_only(folded: str, readings: list[_Reading]) -> list[_Reading]:
    """The readings without those that only say what a neighbour is counted per, for or on
    (`_names_a_neighbour`): they become the neighbour's context."""
    last = len(readings) - 1
    if not last:
        return readings
    return [
        reading
        for i, reading in enumerate(readings)
        if not _names_a_neighbour(
            folded, reading, readings[i - 1] if i else None, readings[i + 1] if i < last else None
        )
    ]


def _names_a_neighbour(
    folded: str, reading: _Reading, previous: _Reading | None, next_one: _Reading | None
) -> bool:
    """Whether a quantity without an operator is a period or population after `每`
    (`每3个月不少于1次`), a length of time glued before a count it is the period of (`3年1次`, a span of them
    too: `3~5年一次`), a rating glued to the noun the next counts (`10kV线路≥5公里`) or a label before a
    colon (`一期：完成60%`), before another reading, or a scale after `满分` (`≥4.5分（满分5分）`) or what a rate
    is counted per after a slash (`1次/2年`, but not `3场/180人次`) after another; an age band glued to
    the people the next counts (`65岁以上老年人…≥70%`) or to the next itself (`90-99周岁100元`), or
    alone in brackets after another (`≥75%（65岁及以上）`), is context whatever its bound."""
    if reading.is_date:
        return False
    if next_one is not None and _glued_to_a_noun(folded, reading, vocab.AGE_UNITS):
        return True
    if next_one is not None and _age_before(folded, reading, next_one):
        return True
    if next_one is not None and _names_a_class(folded, reading):
        return True
    if previous is not None and _bracketed_age(folded, reading):
        return True
    if (
        next_one is not None
        and reading.amount_max is not None
        and _period_of(folded, reading, next_one)
    ):
        return True  # `3~5年一次`: a span of years the count is made once in
    if reading.operator_written:
        return False
    before = folded[: reading.start].rstrip()
    if next_one is not None and (
        before.endswith(vocab.PER_WORDS)
        or folded[reading.end :].lstrip().startswith(vocab.LABEL_MARKS)
        or _period_of(folded, reading, next_one)
        or _glued_to_a_noun(folded, reading, vocab.RATING_UNITS)
    ):
        return True
    return previous is not None and (
        before.endswith(vocab.SCALE_WORDS)
        or (before.endswith(vocab.PER_MARKS_AFTER) and not _second_count(previous, reading))
        or folded.startswith(vocab.SCALE_WORDS_AFTER, reading.end)
    )


def _second_count(previous: _Reading, reading: _Reading) -> bool:
    """`3场/180人次`: a count after a slash is a figure of its own when the one before it counts
    in another counter and is more than one, and it is no round base a rate is counted per (a
    power of ten, `2名/100户`); one of a thing per a count (`1名/200户`, `1台/50人`) is a rate,
    and a length of time (`1次/2年`) or an amount after a price (`5元/500克`) is always a base.
    A sum after a sum (`1203.56万元/1250万元`: spent of budgeted) is no base either: nothing is
    priced per yuan."""
    if previous.unit is None or reading.unit is None:
        return False
    if _unit_info(previous.unit)[1] == "money" == _unit_info(reading.unit)[1]:
        return True
    if previous.unit == reading.unit:
        return False
    if _unit_info(previous.unit)[1] != "number" or _unit_info(reading.unit)[1] != "number":
        return False
    value = reading.amount[0] if reading.amount else 0
    one = previous.amount is not None and previous.amount[0] == 1
    return value > 0 and not one and not math.log10(value).is_integer()


def _centred(folded: str, readings: list[_Reading]) -> list[_Reading]:
    """The readings with each tolerance written right after a bare value (`100%±5%`,
    `50万元±10%`) joined to it: the band around that value, both ends included."""
    if len(readings) < 2 or not any(reading.tolerance for reading in readings):
        return readings
    joined = [readings[0]]
    for reading in readings[1:]:
        band = _band(folded, joined[-1], reading) if reading.tolerance else None
        if band is None:
            joined.append(reading)
        else:
            joined[-1] = band
    return joined


def _band(folded: str, centre: _Reading, tolerance: _Reading) -> _Reading | None:
    """`centre ± tolerance` as one range: the tolerance in the centre's unit (or none, or points
    of a percentage, TOLERANCE_POINTS) is added and taken away; in a unit of TOLERANCE_SHARES it
    is that share of the centre."""
    if (
        centre.is_date
        or centre.tolerance
        or centre.amount_max is not None
        or centre.operator_written
        or folded[centre.end : tolerance.start].strip()
    ):
        return None
    (value, decimals), (width, width_decimals) = centre.amount, tolerance.amount_max
    unit, end = centre.unit or tolerance.unit, tolerance.end  # `25±2℃`: the unit written once
    bracketed = _BRACKETED_UNIT.match(folded, end) if unit is None else None
    if bracketed and folded[: centre.start].endswith("("):
        unit, end = bracketed["unit"], bracketed.end()  # `(25±2)℃`, as standards write it
    points = vocab.TOLERANCE_POINTS.get(tolerance.unit)
    if tolerance.unit in (None, unit) or points == unit:
        decimals = max(decimals, width_decimals)
    elif tolerance.unit in vocab.TOLERANCE_SHARES:
        width = value * width / vocab.TOLERANCE_SHARES[tolerance.unit]
        decimals += width_decimals + round(math.log10(vocab.TOLERANCE_SHARES[tolerance.unit]))
    else:
        return None
    low, high = round(value - width, decimals), round(value + width, decimals)
    return _Reading(
        centre.start, end, "between", True, (low, decimals), (high, decimals), unit, unit
    )


def _period_of(folded: str, reading: _Reading, next_one: _Reading) -> bool:
    """`3年1次`: a length of time with a count right after it (nothing between but a space)
    is the period the count is made in; before another length (`1年6个月`), a share or a sum
    (`30天100%完成`) it is a quantity of its own."""
    return (
        _is_duration(reading.unit)
        and next_one.unit is not None
        and _unit_info(next_one.unit)[1] == "number"
        and not folded[reading.end : next_one.start].strip()
    )


def _glued_to_a_noun(folded: str, reading: _Reading, units: tuple[str, ...]) -> bool:
    """`10kV线路≥5公里`, `65岁以上老年人`: a quantity in one of `units` (a rating, an age) glued to
    the noun of the things the next quantity counts names those things, in brackets glued to
    words on both sides too (`适龄妇女（35-64岁）宫颈癌筛查率`); alone (`10kV`) or before a
    separator it is a quantity of its own."""
    return reading.unit in units and _glued(folded, _words_after(folded, reading))


def _age_before(folded: str, reading: _Reading, next_one: _Reading) -> bool:
    """`90-99周岁100元`, `100周岁及以上300元`: an age band right before the next quantity, no
    word or separator between, names whom that quantity is for."""
    return reading.unit in vocab.AGE_UNITS and not folded[reading.end : next_one.start].strip()


def _names_a_class(folded: str, reading: _Reading) -> bool:
    """`亿元以上项目`, `10万元以上的村`: a quantity bounded after it (CLASS_BOUNDS) glued to a
    noun names a class of the things the next quantity counts; in brackets glued to words on
    both sides (`大班额（56人及以上）比例`) it defines the noun before them."""
    return folded.endswith(vocab.CLASS_BOUNDS, reading.start, reading.end) and _glued(
        folded, _words_after(folded, reading)
    )


def _words_after(folded: str, reading: _Reading) -> int:
    """Where the words after a quantity would start: past its closing bracket where it stands
    alone in brackets after a word (`大班额（56人及以上）`), else right after it."""
    closing = _QUANTITY_BRACKETS[vocab.FIGURE_OPENS]
    bracketed = (
        reading.start > 1
        and folded[reading.start - 1] == vocab.FIGURE_OPENS
        and _HAS_WORD.match(folded, reading.start - 2) is not None
        and folded.startswith(closing, reading.end)
    )
    return reading.end + len(closing) if bracketed else reading.end


def _glued(folded: str, end: int) -> bool:
    """Whether a word, and no separator or quantity, follows right after `end`."""
    return (
        _HAS_WORD.match(folded, end) is not None
        and not _CLAUSE_SEPARATOR.match(folded, end)
        and not _QUANTITY_STARTS.match(folded, end)
    )


def _bracketed_age(folded: str, reading: _Reading) -> bool:
    """`（65岁及以上）`: an age band alone in brackets names whom the figure before it counts."""
    return (
        reading.unit in vocab.AGE_UNITS
        and folded[: reading.start].rstrip().endswith(vocab.FIGURE_OPENS)
        and folded[reading.end :].lstrip().startswith(")")
    )


def _is_duration(unit: str | None) -> bool:
    return unit is not None and _unit_info(unit)[1] == "duration"


_QUANTITY_GROUPS = (
    "pre", "within", "post", "more", "note1", "note2", "share", "share_n", "share_n2", "frac_d",
    "frac_n", "slash_n", "slash_d", "tol_n", "tol_u", "n1", "u1", "tenth", "half", "half_of",
    "n2", "u2", "lone_half", "half_u", "half_share", "below2", "more_after",
)  # fmt: skip


def _read_quantity(m: re.Match, folded: str) -> _Reading | None:
    (
        pre, within, post, more, note1, note2, share, share_n, share_n2, frac_d, frac_n,
        slash_n, slash_d, tol_n, tol_u, n1, u1, tenth, half, half_of, n2, u2, lone_half, half_u,
        half_share, below2, more_after,
    ) = m.group(*_QUANTITY_GROUPS)  # fmt: skip
    more = more or more_after
    if within and not n2:
        return None  # `介于` opens no range here: the number is read without it
    unit = unit_low = amount_max = None
    ranged = False
    if n1:
        u1 = _with_magnitude(m, u1)
        if not _stands_as_number(m, folded, bool(pre or post or note1), u1 or u2, more):
            return None
        n1, u1 = _split_chinese_magnitude(n1, u1)
        amount = _read_number(n1)
        if amount is None and u1 in vocab.TENTHS_PAIR_UNITS:
            amount = _tenths_pair(n1)
        if tenth and amount is not None:  # `八成五`: 8.5 成
            amount = (amount[0] + vocab.CHINESE_DIGITS[tenth] / 10, amount[1] + 1)
        amount = _and_a_half(amount) if half or half_of else amount
        unit = unit_low = u1
        if n2:
            n2, u2 = _split_chinese_magnitude(n2, u2)
            amount_max = _read_number(n2)
            if amount_max is None or folded[m.end("n2") : m.end("n2") + 1] in _IDENTIFIER_MARKS:
                return None  # `1-3号楼`: a range of names
            if below2:  # `零下5至零下10℃`: the end's sign in words
                amount_max = (-amount_max[0], amount_max[1])
            unit = u2 or u1
            unit_low = u1 or u2
            if u1 and u2 and (factor := _COMPOUND_LENGTHS.get((u2, u1))):
                # `6个月至2年`, `30分钟-2小时`: the ends in two units of time, the range in the
                # smaller, as a length written in both is (COMPOUND_LENGTHS); it had read 2 .. 6 年
                amount_max = (round(amount_max[0] * factor, amount_max[1]), amount_max[1])
                unit = u1
            if not u1 and u2 and _LARGE_PLACE_IN.search(n1):
                # `1万5千-2万元`, `一万五千至两万元`: the low end holds its magnitude already, so
                # only the range's unit without its magnitude word applies to it.
                unit_low = _unit_info(u2)[4]
            ranged = True
    elif share:
        amount = _WHOLE_SHARE if share_n == vocab.WHOLE_SHARE else _read_number(share_n)
        unit = _SHARE_UNITS[share]
        if share_n2:
            amount_max = _read_number(share_n2)
            ranged = amount_max is not None
    elif frac_d:
        amount = _fraction(_read_number(frac_n), _read_number(frac_d))
        unit = "%"
    elif slash_n:
        amount = _fraction(_read_number(slash_n), _read_number(slash_d))
        unit = "%"
    elif lone_half:
        amount, unit = _and_a_half((0.0, 0)), half_u
    elif half_share:
        amount, unit = _HALF_SHARE, "%"
    else:
        magnitude = _read_number(tol_n)
        if magnitude is None:
            return None
        amount, amount_max = (-magnitude[0], magnitude[1]), magnitude
        unit = tol_u
        ranged = True
    if amount is None:
        return None
    if _means_the_last(pre, unit):
        return None

    start, end, inner = m.start(), m.end(), None
    if ranged and not pre and post in _RANGE_SUFFIXES:
        frame = next((w for w in vocab.RANGE_FRAMES if folded.endswith(w, 0, start)), "")
        start -= len(frame)  # `在80%到90%之间`: the word framing the range is no context
    bound = (
        half_share
        and not pre
        and next((word for word in vocab.HALF_BOUNDS if folded.endswith(word, 0, start)), None)
    )
    if bound:
        pre, start = bound, start - len(bound)  # `过半`: more than half, `近半` nearly half
    amount, start = _signed(folded, amount, start)
    pre, start = _bound_named(folded, pre, post, start)
    if not pre and (
        vocab.SHARE_OF in folded[max(0, start - 2) : start]
        or folded[max(0, start - 2) : start].endswith(vocab.FIGURE_OPENS)
        or folded[max(0, start - _LONGEST_VERB - 1) : start]
        .rstrip()
        .endswith(vocab.VERBS_AFTER_OPERATORS)
        or _COUNTED_PER_BEFORE.search(folded, max(0, start - _SHARE_OF_REACH), start)
        or (_is_duration(unit) and folded[:start].rstrip().endswith(vocab.EVENT_ENDS))
    ):
        share_of = _OPERATOR_OVER_SHARE_OF.search(folded, max(0, start - _SHARE_OF_REACH), start)
        if share_of and (share_of["per"] or share_of["event"]):
            if share_of["pre"] in vocab.WEAK_PREFIXES and post not in vocab.FRAME_CLOSERS.get(
                share_of["pre"], ()
            ):
                # `标准为每生每年1000元`: 为 there is a word of the context; but `控制在每日3万人次
                # 以内` frames its figure, what it is counted per inside the frame.
                share_of = None
            elif share_of["event"] and not _is_duration(unit):
                share_of = None  # `不低于改造后80%`: only a length of time counts from an event
        elif share_of and _OPERATOR_WORDS[share_of["pre"]] == "=":
            share_of = None  # `租金为市场价的50%～70%`: an equality word over a name bounds nothing
        elif share_of and share_of["verb"] and share_of["pre"] in vocab.NOT_OVER_VERBS:
            share_of = None  # `汛前完成1次`: when it is done, no bound
        if share_of:
            pre, start = share_of["pre"], share_of.start()
            inner = share_of.span("of" if share_of["of"] else "named")
            if share_of["named"] and folded.startswith(_QUANTITY_BRACKETS[vocab.FIGURE_OPENS], end):
                end += 1  # the bracket closing the figure is the reading's, no context
    if not pre:
        named = _SIGN_OVER_NAME.search(folded, max(0, start - _SIGN_OVER_NAME_REACH), start)
        if named:  # `≤项目预算1200万元`
            pre, start, inner = named["sign"], named.start(), named.span("name")
    operator, written = _operator(pre, post, more, ranged, (note1, note2))
    unit_low = unit_low if unit_low is not None else unit
    return _Reading(
        start, end, operator, written, amount, amount_max, unit, unit_low, inner=inner,
        tolerance=bool(tol_n),
    )  # fmt: skip


def _operator(
    pre: str | None,
    post: str | None,
    more: str | None,
    ranged: bool,
    notes: tuple[str | None, ...],
) -> tuple[str, bool]:
    """(operator, whether one was written) from the words around a quantity, with any
    inclusiveness notes after it applied."""
    operator, written = _written_operator(pre, post, more, ranged)
    for note in notes:
        if note:
            operator = _apply_note(note, operator)
    return operator, written


def _written_operator(
    pre: str | None, post: str | None, more: str | None, ranged: bool
) -> tuple[str, bool]:
    pre_op = _OPERATOR_WORDS[pre] if pre else None
    post_op = _POST_OPERATORS.get(post) if post else None
    written = bool(ranged or pre_op or post_op or more)
    if ranged:
        return "between", written
    if pre_op and pre not in vocab.WEAK_PREFIXES and not (pre_op == "≈" and post_op):
        return pre_op, written
    if post_op:  # the bound after it wins over 约 before: `约30天以内` is <= 30 天
        return post_op, written
    if more:
        return _MORE_OPERATORS[more], written
    return pre_op or "=", written


def _apply_note(note: str, operator: str) -> str:
    """`3个以上(含3个)` stays `>=`; `(不含3个)` makes the bound strict."""
    included = next(_NOTES[word] for word in _NOTE_WORDS if note[1:].lstrip().startswith(word))
    return (_INCLUSIVE if included else _EXCLUSIVE).get(operator, operator)


def _plain_reading(m: re.Match) -> _Reading | None:
    """The one reading of a value `_PLAIN` matched whole."""
    pre, n1, more, u1, note1, post, note2, half, half_of = m.group(
        "pre", "n1", "more", "u1", "note1", "post", "note2", "half", "half_of"
    )
    amount = _read_number(n1)
    if amount is not None and (half or half_of):
        amount = _and_a_half(amount)
    unit = _with_magnitude(m, u1)
    if amount is None or _means_the_last(pre, unit):
        return None
    if (
        (
            unit is None
            and more is None
            and (
                _names_a_line(m.string, m.start("n1"), m.end("n1"))
                or m.string.startswith(vocab.CLOCK_WORDS, m.end("n1"))
            )
        )
        or _names_a_grade(m, m.string, more)
        or _names_a_span(m.string, m.start("rest"), unit)
    ):
        # `12345热线`, `8点`, `3级`, `1小时经济圈`: left to scanning, which reads no number in a name
        return None
    start = m.start("pre") if pre else m.start("n1")
    pre, start = _bound_named(m.string, pre, post, start)
    operator, written = _operator(pre, post, more, False, (note1, note2))
    return _Reading(start, m.start("rest"), operator, written, amount, None, unit, unit)


def _bound_named(
    folded: str, pre: str | None, post: str | None, start: int
) -> tuple[str | None, int]:
    """(operator word, start) of a figure after a word naming its bound (`上限30万元`, `下限为
    60%`, BOUND_WORDS), the word then the reading's own; unchanged when an operator is written."""
    if post or (pre and pre not in vocab.WEAK_PREFIXES):
        return pre, start
    bound = _BOUND_NAMED.search(folded, max(0, start - _BOUND_REACH), start)
    return (bound["word"], bound.start()) if bound else (pre, start)


def _signed(folded: str, amount: Reading, start: int) -> tuple[Reading, int]:
    """(amount, start) with a sign written in words before the figure (`零下18℃`) applied."""
    word = next((w for w in vocab.BELOW_ZERO_WORDS if folded.endswith(w, 0, start)), None)
    if word is None or amount[0] < 0:
        return amount, start
    return (-amount[0], amount[1]), start - len(word)


def _tenths_pair(numeral: str) -> Reading | None:
    """`九五` before 折: 9.5, the second digit a tenth (TENTHS_PAIR_UNITS)."""
    if len(numeral) != 2 or any(ch not in vocab.CHINESE_DIGITS for ch in numeral):
        return None
    return vocab.CHINESE_DIGITS[numeral[0]] + vocab.CHINESE_DIGITS[numeral[1]] / 10, 1


def _and_a_half(amount: Reading | None) -> Reading | None:
    """`一年半`, `3个半月`: the amount and a half."""
    return None if amount is None else (amount[0] + 0.5, max(amount[1], 1))


def _means_the_last(pre: str | None, unit: str | None) -> bool:
    """`近3年`: the last three years, not about three; `前2批`: the first two batches, no rank
    (`vocab.RANK_UNITS`); the quantity is read without `近` or `前`."""
    return pre in vocab.LAST_BEFORE_DURATIONS and (
        _is_duration(unit) or (pre == "前" and unit is not None and unit not in vocab.RANK_UNITS)
    )


def _with_magnitude(m: re.Match, unit: str | None) -> str | None:
    """The unit with the magnitude word written before `多`/`余` (`2万余人`: `万人`)."""
    magnitude = m.group("more_of")
    return f"{magnitude}{unit or ''}" if magnitude else unit


def _names_a_grade(m: re.Match, folded: str, more: str | None) -> bool:
    """Whether the number at `n1` names a grade (`二级`, `三等奖`, `三星级`): a whole number
    before a grade word; a fraction before one counts grades climbed (`提升0.2等`)."""
    return (
        more is None
        and folded.startswith(vocab.GRADE_WORDS, m.end("n1"))
        and not any(mark in m["n1"] for mark in (".", vocab.CHINESE_POINT))
    )


def _stands_as_number(
    m: re.Match, folded: str, has_operator: bool, unit: str | None, more: str | None
) -> bool:
    """Whether the numeral at `n1` is a number here rather than part of a word or damage."""
    start = m.start("n1")
    if _in_a_name(folded, start, m.end("n1")):
        return False
    if _names_a_span(folded, m.end(), unit):
        return False  # `15分钟生活圈`, `24小时扑灭率`: a name, no time limit
    if _RATE_BASE.match(folded, start):
        return False  # `十万人口死亡率`: the base a rate is counted per, no count
    if _names_a_grade(m, folded, more):
        return False  # `达到二级标准`: a grade, no count
    if not has_operator and any(
        folded.startswith(noun, start) and len(m["n1"]) < len(noun) for noun in vocab.NUMERAL_NOUNS
    ):
        return False  # `红十字`: a name, no 10 字
    if (
        start
        and folded[start - 1] in vocab.INDEFINITE_BEFORE_PLACES
        and folded[start] in _CN_PLACES
    ):
        return False  # `数十家`, `几百人`: some tens, some hundreds, no number
    if (
        start
        and folded[start - 1] in _CN_NUMERAL_CHARS
        and not (folded[start].isdigit() and folded[start - 1] in vocab.FINANCIAL_NUMERALS)
        and not _smaller_length_after(folded, start - 1)
    ):
        # `二100百分比`: an OCR-damaged operator is not guessed at; `三五天`: the end of an
        # estimate (three or five) is no number of its own; `队伍30分钟内`: a word's last
        # character, no numeral.
        return False
    if folded[start] in _CN_NUMERAL_CHARS:
        # `四项制度`, `一流`, `“三线”`: a Chinese numeral needs an operator, a unit that ends
        # the phrase, or the whole value to itself; `多`/`余` before a counter count what follows
        # (`五十余个村`), before a length of time they describe it (`百余年历史`).
        end = m.end()
        if has_operator or (more is not None and not _is_duration(unit)):
            return True
        if not folded[: m.start()].strip(_TRIM) and not folded[end:].strip(_TRIM):
            return True  # the whole value
        if unit in vocab.TENTHS_PAIR_UNITS and _tenths_pair(m["n1"]) is not None:
            return True  # `八五折优惠`: two digits before 折 are a rate, whatever follows
        if unit and _PER_PERIOD.search(folded, 0, start):
            return True  # `每日三次巡查`: a count in the period after 每, whatever follows
        if unit and _counts_before_a_noun(m["n1"], unit):
            return True  # `十二个乡镇`: a numeral of several places counts, whatever follows
        if unit in _SMALLER_LENGTH_AFTER and _SMALLER_LENGTH_AFTER[unit].match(folded, end):
            return True  # `两年三个月`: a length in two units, the smaller glued after
        if unit and m["n2"] and not _is_duration(unit) and unit not in vocab.GRADE_WORDS:
            # `分两至三批下达`: a range of numerals counts, whatever follows, but for a range of
            # years or days (`三至六年级`: school years) or of grades (`一至三级医院`)
            return True
        # ... and a name in quotation marks after the counter continues the phrase as its
        # words do (`实现两个“全覆盖”` is `实现两个全覆盖`, a slogan's name, no count)
        after = folded[end : end + 1]
        return bool(unit) and (
            (not after.isalnum() and after != vocab.QUOTE_MARKS[0]) or after in vocab.AMOUNT_ENDS
        )
    if _CLOCK.match(folded, m.end("n1")) or (start and _CLOCK_BEFORE.search(folded, 0, start)):
        return False  # `9:00-17:00`, `1:20`: a time of day or a ratio, not a quantity
    if unit is None and more is None:
        after = folded[m.end("n1") : m.end("n1") + 1]
        if after.isascii() and after.isalpha():
            return False  # `5G`, `3A级`: a code, not a quantity
        if _names_a_line(folded, start, m.end("n1")):
            return False  # `12345热线`, `120急救`, `2.0版本`: a line's or a release's name
        if folded.startswith(vocab.CLOCK_WORDS, m.end("n1")):
            return False  # `早8点至晚6点`: hours of the clock
        if _SCHEME_AFTER.match(folded, m.end("n1")):
            return False  # `1+N`: a scheme's name
    # `N+1`, `T+1日`: a scheme's name, or a day counted from one, with a unit or without
    return not (start and _SCHEME_BEFORE.search(folded, 0, start))


def _smaller_length_after(folded: str, at: int) -> bool:
    """Whether a length in a larger unit ends right before `at` and the smaller one's figure
    starts there, after 零 or not (`1年零6个月`: 零 there is no damage to the 6)."""
    return any(
        folded.endswith(larger, 0, at) and pattern.match(folded, at)
        for larger, pattern in _SMALLER_LENGTH_AFTER.items()
    )


def _counts_before_a_noun(numeral: str, unit: str) -> bool:
    """Whether a Chinese numeral before a counter and a noun is a count: one of several
    characters with a place in it (`十二个乡镇`), before no length of time (`八十年代`) and no
    counter of sessions (`二十届三中全会`: `vocab.SESSION_COUNTERS`)."""
    return (
        len(numeral) > 1
        and any(ch in _CN_PLACES for ch in numeral)
        and not _is_duration(unit)
        and unit not in vocab.SESSION_COUNTERS
    )


# A power of ten (1, 10 or nothing before a magnitude word) of `vocab.RATE_BASE_COUNTERS`, then a
# rate's name to its end (`十万人口死亡率`).
_RATE_BASE = re.compile(
    f"(?:1|10|一|十)?{_alternation(vocab.RATE_DENOMINATOR_MAGNITUDES)}"
    f"{_alternation(vocab.RATE_BASE_COUNTERS)}"
    f"[^\\W\\d_]{{0,{vocab.SPAN_NAME_REACH}}}?{_alternation(vocab.RATE_BASE_ENDS)}"
)
_SPAN_NAMED = re.compile(
    # the span in brackets inside the name (`（立案超过12个月）清理率`), or in quotes (`“15分钟”健身圈`)
    '[)\u201d\u2019"]?'
    f"(?:[^\\W\\d_]|\\([^\\W\\d_]{{1,{vocab.SPAN_NAME_BRACKET}}}\\)){{0,{vocab.SPAN_NAME_REACH}}}?"
    f"{_alternation(vocab.SPAN_NAME_ENDS)}"
)


def _names_a_span(folded: str, at: int, unit: str | None) -> bool:
    """Whether a length of time ending at `at` is glued to the name it is part of (`15分钟生活圈`,
    `24小时扑灭率`: `vocab.SPAN_NAME_ENDS`), no time limit; or a distance (`500米覆盖率`)."""
    spans = _is_duration(unit) or unit in vocab.SPAN_LENGTH_UNITS
    return spans and _SPAN_NAMED.match(folded, at) is not None


def _in_a_name(folded: str, start: int, end: int) -> bool:
    """Whether the numeral at `folded[start:end]` is part of a name, not a count: an ordinal
    (`第三批`, `第2期`, the 2 of `第1、2批`), a note's number (`注1`), an identifier (`1号楼`, `3#楼`), an
    item's number (`1.培训≥3场`), a code's number (`GB 50300-2013`, `COVID-19`; glued to letters,
    `GB50300`, it is never read), a product's factor (`7×24小时`), or a day's month or day
    (`5·12防灾减灾日`)."""
    after = folded[end : end + 1]
    if after and after in vocab.IDENTIFIER_MARKS + vocab.TIMES_SIGNS:
        return True
    beside = folded[start - 1 : start] + after
    if any(mark in beside for mark in vocab.DAY_NAME_MARKS) and any(
        day.start() <= start for day in _DAY_NAME.finditer(folded, max(0, start - 3), end + 3)
    ):
        return True  # `5·12防灾减灾日`: a day's name
    item_mark = after and after in vocab.ITEM_MARKS and end + 1 < len(folded)
    if item_mark and (not start or folded[start - 1] in vocab.ITEM_BEFORE):
        return True  # `1.培训≥3场`, `(1)≥95%`: an item's number
    if not start:
        return False
    before = folded[start - 1]
    if before in vocab.ORDINAL_MARKS:
        return True
    if before in vocab.ORDINAL_LIST_JOINERS and _ORDINAL_LIST.search(folded, 0, start):
        return True  # `第1、2批`: the 2 is ordered by the 第 before the 1
    if before in _NOTE_REFERENCE_ENDS and _NOTE_REFERENCE.search(folded, 0, start):
        return True  # `（注1）`: a note's number
    if before in vocab.TIMES_SIGNS:
        return True  # `7×24小时`: a product's factor
    if before in "-/":  # a hyphen the number is no sign after, a slash: the rest of a code
        return start >= 2 and folded[start - 2].isascii() and folded[start - 2].isalnum()
    return (
        before == " "
        and _STANDARD_CODE.search(folded, max(0, start - _LONGEST_CODE), start) is not None
    )


_IDENTIFIER_MARKS = frozenset(vocab.IDENTIFIER_MARKS)
_LARGE_PLACE_IN = re.compile(f"[{_LARGE_PLACE_CHARS}]")
_NAMED_BY = re.compile(
    f"[^\\W\\d_]{{0,{vocab.NAME_WORDS_REACH}}}?{_alternation(vocab.NAME_WORDS_AFTER)}"
)
_NAME_WORDS_BEFORE = re.compile(f"{_alternation(vocab.NAME_WORDS_BEFORE)}$")
_SERVICE_NUMBERS = frozenset(vocab.SERVICE_NUMBERS)


def _names_a_line(folded: str, start: int, end: int) -> bool:
    """Whether the number at `folded[start:end]`, without a unit, names a line, a service or a
    release: words of one after it (`12345热线`, `2.0版本`), a service's number glued to a word
    (`120急救`), or words a release number follows before it (`等保2.0`)."""
    return bool(
        _NAMED_BY.match(folded, end)
        or (folded[start:end] in _SERVICE_NUMBERS and _HAS_WORD.match(folded, end))
        or _NAME_WORDS_BEFORE.search(folded, 0, start)
    )


_NOTE_REFERENCE = re.compile(f"(?:^|[( ])(?:{_alternation(vocab.NOTE_REFERENCES)})$")
_NOTE_REFERENCE_ENDS = frozenset(word[-1] for word in vocab.NOTE_REFERENCES)
_ORDINAL_LIST = re.compile(
    f"[{re.escape(vocab.ORDINAL_MARKS)}](?:{_NUMBER}[{re.escape(vocab.ORDINAL_LIST_JOINERS)}])+$"
)
_CLOCK = re.compile(f"{_RATIO_SIGN}[0-9]")
_RATIO = re.compile(f"[0-9]{_RATIO_SIGN}[0-9]")
_CLOCK_BEFORE = re.compile(f"[0-9]{_RATIO_SIGN}$")
_SCHEME_AFTER = re.compile(f"[{re.escape(vocab.SCHEME_JOINERS)}][A-Za-z]")
_SCHEME_BEFORE = re.compile(f"[A-Za-z][{re.escape(vocab.SCHEME_JOINERS)}]$")
_BRACKETED_UNIT = re.compile(f"\\) ?(?P<unit>{_UNIT})")  # `(25±2)℃`
# A unit alone in brackets right after a figure without one (`≥1（个）`, `100（%）`): its unit, as
# a template's 指标值 column writes the unit it leaves out of its label.
_UNIT_IN_BRACKETS = re.compile(
    "|".join(
        f"{re.escape(o)} ?(?P<unit{i}>{_UNIT}) ?{re.escape(c)}"
        for i, (o, c) in enumerate(vocab.QUANTITY_BRACKETS)
    )
)


def _split_chinese_magnitude(numeral: str, unit: str | None) -> tuple[str, str | None]:
    """`六万人` is 6 万人 like `6万人`: a trailing 万 / 亿 is the unit's magnitude word."""
    # Only the sole large place moves: `一亿二千万元` is 120 000 000 元.
    if (
        len(numeral) > 1
        and numeral[0] in _CN_NUMERAL_CHARS
        and numeral[-1] in vocab.CHINESE_LARGE_PLACES
        and not any(ch in vocab.CHINESE_LARGE_PLACES for ch in numeral[:-1])
    ):
        return numeral[:-1], numeral[-1] + (unit or "")
    return numeral, unit


# The same few numbers come back all the time (127 distinct in the 2,000-table bench
# corpus); an entry takes about 210 bytes.
@lru_cache(maxsize=4096)
def _read_number(written: str) -> Reading | None:
    if written[0] in _CN_NUMERAL_CHARS:
        return read_chinese(written)
    if written[-1] in vocab.CHINESE_PLACES or written[-1] in vocab.CHINESE_LARGE_PLACES:
        return read_mixed(written)
    return read_arabic(written)


def _fraction(numerator: Reading | None, denominator: Reading | None) -> Reading | None:
    if numerator is None or denominator is None or denominator[0] == 0:
        return None
    return 100 * numerator[0] / denominator[0], 0


# --- Dates ---------------------------------------------------------------------------------

_PartialDate = tuple[int | None, int, int]  # (year or None if implied, month, day; 0 = last)


def _read_date(m: re.Match, fiscal_year: int | None, actual: bool) -> _Reading | None:
    """The date reading of a `_DATE` match; None for a relative year that names no date. A
    period a target reads as a deadline (`第三季度`, `上半年`: `<=` its last day) is, written
    alone as an actual, when the thing was done: its span, as a month is (`between`)."""
    weak = False
    ranged = True
    year_inherited = False
    if m.group("ry1"):
        start, end = (int(m.group("ry1")), 1, 1), (int(m.group("ry2")), 12, 31)
    elif m.group("km1"):
        if m.group("klist") and int(m.group("km2")) != int(m.group("km1")) + 1:
            return None  # `3、9月`: two months apart, no one span
        year = _year(m.group("ky") or m.group("kp"), m.group("kr"), fiscal_year)
        start, end = (year, int(m.group("km1")), 1), (year, int(m.group("km2")), 0)
    elif m.group("q1"):
        (first, _), (_, last) = _QUARTER_NUMBERS[m.group("q1")], _QUARTER_NUMBERS[m.group("q2")]
        if last <= first:
            return None  # `3-1季度`: no span
        year = _year(m.group("qy"), None, fiscal_year)
        start, end = (year, *first), (year, *last)
    elif m.group("iya") or m.group("xya") or m.group("cma") or m.group("yya") or m.group("yra"):
        start, _, _ = _date_parts(m, "a", fiscal_year)
        if m.group("bd"):
            end = (*start[:2], _integer(m.group("bd")))
        elif m.group("bm"):
            end = (None, int(m.group("bm")), int(m.group("bmd")))
        else:
            # `2024年11月至次年3月`: the end's relative year counts from the start's year.
            _, end, _ = _date_parts(m, "b", fiscal_year if start[0] is None else start[0])
        if end[0] is None:
            end = (start[0], *end[1:])
            year_inherited = True
    else:
        ranged = False
        word = m.group("word")
        if word in vocab.CURRENT_YEAR_WORDS:
            start, end = (None, 1, 1), (None, 12, 31)
            default, weak = vocab.CURRENT_YEAR_OPERATOR, True
        elif word:
            first, last, default, _ = _YEAR_PARTS[word]
            start, end = (None, *first), (None, *last)
        elif m.group("um"):
            start = end = None  # a day of a month the value does not name
            default = "="
        elif m.group("sm"):
            year = _year(None, m.group("sr"), fiscal_year)
            start = end = (year, int(m.group("sm")), int(m.group("sd")))
            default = "="
        else:
            start, end, default = _date_parts(m, "", fiscal_year)
            relative = m.group("yr")
            if relative and not m.group("yp"):
                # A relative year alone: the fiscal year itself is a deadline, like `年内`;
                # another year only with a deadline word after it (`次年内完成`).
                if _RELATIVE_YEARS[relative] and not m.group("date_post"):
                    return None
                default, weak = vocab.CURRENT_YEAR_OPERATOR, True

    pre, post = m.group("pre") or m.group("dpre"), m.group("date_post")
    if ranged:
        operator = "between"
    elif post:
        operator = _DATE_SUFFIXES[post]
    elif pre:
        operator = _OPERATOR_WORDS[pre]
    else:
        operator = "=" if actual and default == "<=" else default
    for note in m.group("date_note", "date_note2"):  # `2025年12月31日（含）前`, `…前（含）`
        if note:
            operator = _apply_note(note, operator)
    first, last = _resolve(start, fiscal_year), _resolve(end, fiscal_year)
    if first and last and last < first:
        # `2025年11月至2月` runs into the next year; two written years the wrong way round
        # are simply swapped.
        if year_inherited:
            last = _resolve((last.year + 1, *end[1:]), fiscal_year)
        else:
            first, last = last, first

    date = date_max = None
    if operator in ("<=", ">"):
        date = last
    elif operator in (">=", "<") or start == end:
        date = first
    else:
        if operator == "=":
            operator = "between"
        date, date_max = first, last
    unnamed_month = m.group("um") and not pre
    return _Reading(
        start=m.end("um") if unnamed_month else m.start(),
        end=m.end(),
        operator=operator,
        operator_written=bool(pre or post),
        date=date,
        date_max=date_max,
        is_date=True,
        weak=weak,
        inner=m.span("hour") if m.group("hour") else None,  # `12月31日17:00前`: context
    )


def _date_parts(m: re.Match, g: str, base: int | None) -> tuple[_PartialDate, _PartialDate, str]:
    """(start, end, operator when written alone) of the date whose groups end in `g`; a
    relative year counts from `base`."""
    if m.group(f"iy{g}"):
        year, month = int(m.group(f"iy{g}")), int(m.group(f"im{g}"))
        if m.group(f"id{g}"):
            day = int(m.group(f"id{g}"))
            return (year, month, day), (year, month, day), "="
        return (year, month, 1), (year, month, 0), "between"
    if m.group(f"xy{g}"):
        day = (int(m.group(f"xy{g}")), int(m.group(f"xm{g}")), int(m.group(f"xd{g}")))
        return day, day, "="
    if m.group(f"cm{g}"):
        year = _year(m.group(f"cy{g}"), m.group(f"cr{g}"), base)
        month = _integer(m.group(f"cm{g}"))
        if m.group(f"cd{g}"):
            day = _integer(m.group(f"cd{g}"))
            return (year, month, day), (year, month, day), "="
        if m.group(f"cp{g}"):
            first, last = _MONTH_PARTS[m.group(f"cp{g}")]
            return (year, month, first), (year, month, last), "="
        return (year, month, 1), (year, month, 0), "between"
    year = _year(m.group(f"yy{g}"), m.group(f"yr{g}"), base)
    part = m.group(f"yp{g}")
    if part:
        first, last, default, _ = _YEAR_PARTS[part]
        return (year, *first), (year, *last), default
    return (year, 1, 1), (year, 12, 31), "between"


def _year(written: str | None, relative: str | None, base: int | None) -> int | None:
    """The year written, or named `relative` to `base` (None when `base` is unknown), or
    None when neither is there: the year is implied."""
    if written:
        year = _integer(written)
        return year + vocab.SHORT_YEAR_CENTURY if len(written) == 2 else year
    if relative and base is not None:
        return base + _RELATIVE_YEARS[relative]
    return None


def _integer(written: str) -> int:
    """A year, month or day the date pattern has already checked, Arabic (its digits grouped
    by a space or not) or Chinese."""
    digits = "".join(written.split())
    return int(digits) if digits.isdigit() else int(read_chinese(written)[0])


def _resolve(partial: _PartialDate | None, fiscal_year: int | None) -> datetime.date | None:
    if partial is None:
        return None  # in a month the value does not name (`每月10日前`)
    year, month, day = partial
    if year is None:
        year = fiscal_year
    if year is None or not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        return None
    last_day = calendar.monthrange(year, month)[1]
    if day > last_day:
        return None  # `2月30日`: not a date, and not guessed at
    return datetime.date(year, month, day or last_day)


# --- Units ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _unit_info(written: str) -> tuple[str, str, int, int, str]:
    """(canonical unit, kind, magnitude exponent, factor exponent, base unit)."""
    parts = _UNIT_PARTS.fullmatch(written)
    if parts is None:
        return written, "money" if "元" in written else "number", 0, 0, written
    word = parts.group("whole") or parts.group("base")
    magnitude = parts.group("magnitude") or ""
    if word:
        _, canonical, kind, factor = _UNIT_ROWS[word]
    else:
        canonical, kind, factor = "", "number", 1
    base_unit = canonical + (parts.group("rate") or "")
    if "元" in base_unit:
        kind = "money"
    magnitude_exponent = round(math.log10(_MAGNITUDES[magnitude])) if magnitude else 0
    return magnitude + base_unit, kind, magnitude_exponent, round(math.log10(factor)), base_unit


def _measure(amount: Reading, factor_exponent: int, magnitude_exponent: int) -> tuple[float, float]:
    """(value in the unit, base value); rounded to the written decimals to drop float noise."""
    value, decimals = amount
    if factor_exponent:
        decimals = max(decimals - factor_exponent, 0)
        value = round(value * 10**factor_exponent, decimals)
    if not magnitude_exponent:
        return value, value
    return value, round(value * 10**magnitude_exponent, max(decimals - magnitude_exponent, 0))


# --- Clauses -------------------------------------------------------------------------------


def _clauses(
    display: str, folded: str, readings: list[_Reading], hint: tuple | None
) -> tuple[Clause, ...]:
    """One clause per reading, and a text clause for a ratio a separator parts from them, before
    the first (`三次产业结构演进为15.5:51.8:32.7,一产提高3.9个百分点`) or past the last (`班额不超过45人，
    生师比不高于20:1`): a comparison of its own, though no quantity."""
    before = _ratio_before(folded, readings[0].start)
    after = _ratio_after(folded, readings[-1].end)
    if before is None and after is None:
        return _read_clauses(display, folded, readings, hint, 0, len(folded))
    begin = 0 if before is None else before.end()
    stop = len(folded) if after is None else after.start()
    head = () if before is None else (_ratio_clause(display, folded, 0, before.start()),)
    tail = () if after is None else (_ratio_clause(display, folded, after.end(), len(folded)),)
    clauses = (*head, *_read_clauses(display, folded, readings, hint, begin, stop), *tail)
    return tuple(replace(clause, clause_seq=seq) for seq, clause in enumerate(clauses, 1))


def _ratio_clause(display: str, folded: str, start: int, end: int) -> Clause:
    """The text clause of the ratio in `display[start:end]`."""
    text = _cut(display, folded, start, end)
    return Clause(
        0, text, "text", None, None, None, None, None, None, None, None, None, text, False, False
    )


def _ratio_before(folded: str, start: int) -> re.Match | None:
    """The first separator after the last ratio before `start`, the first reading's start."""
    ends = [ratio.end() for ratio in _RATIO.finditer(folded, 0, start)]
    return _CLAUSE_SEPARATOR.search(folded, ends[-1], start) if ends else None


def _ratio_after(folded: str, end: int) -> re.Match | None:
    """The separator after `end` that a ratio follows, with no other reading after it."""
    if _RATIO.search(folded, end) is None:  # most values: no ratio to look for a separator before
        return None
    separator = _CLAUSE_SEPARATOR.search(folded, end)
    if separator is None or not _RATIO.search(folded, separator.end()):
        return None
    return separator


def _read_clauses(
    display: str,
    folded: str,
    readings: list[_Reading],
    hint: tuple | None,
    begin: int,
    stop: int,
) -> tuple[Clause, ...]:
    """The clauses of `readings`, which own `folded[begin:stop]`."""
    if len(readings) == 1:
        return (_clause(1, display, folded, readings[0], begin, stop, hint),)
    # Text between two readings goes to the earlier one up to the first separator, the rest
    # to the later one (`全年≥1场次 全年≥30家`); without a separator it all goes to the later.
    spans = []
    start = begin
    for before, after in itertools.pairwise(readings):
        separator = _separator_between(folded, before.end, after.start)
        opening = folded.rfind(vocab.FIGURE_OPENS, before.end, after.start)
        if (
            opening >= 0
            and ")" not in folded[opening : after.start]
            and not (separator and separator.start() < opening)
        ):
            # `每季度1次（枯、丰水期各加测1次）`: the later figure is inside brackets opened after the
            # earlier one; they hold its clause whole, separators inside them included. Words
            # after a separator before them are the later clause's (`…100%，汛前（4月底前）完成`).
            spans.append((start, opening))
            start = opening
        elif separator:
            spans.append((start, separator.start()))
            start = separator.end()
        else:
            cut = _closing_after(folded, start, before, after.start)
            spans.append((start, cut))
            start = cut
    spans.append((start, stop))
    return tuple(
        _clause(seq, display, folded, reading, start, end, hint)
        for seq, (reading, (start, end)) in enumerate(zip(readings, spans, strict=True), 1)
    )


def _separator_between(folded: str, start: int, stop: int) -> re.Match | None:
    """The first separator between two readings, but one only joining things
    (`vocab.THING_JOINERS`) where the words before the later reading say its bound holds for
    each (`vocab.EACH_WORDS`: `施工进度和资金拨付进度均不低于75%`)."""
    separators = _CLAUSE_SEPARATOR.finditer(folded, start, stop)
    if not folded[start:stop].rstrip().endswith(vocab.EACH_WORDS):
        return next(separators, None)
    return next((s for s in separators if s.group().strip() not in _THING_JOINERS), None)


_THING_JOINERS = frozenset(vocab.THING_JOINERS)


def _closing_after(folded: str, start: int, reading: _Reading, stop: int) -> int:
    """Where the clause of `reading`, which owns `folded[start:]`, ends when no separator
    parts it from the next reading at `stop`: after the bracket right after it that closes one
    opened before it (`主汛期（6-8月）每日会商1次`), else at its end."""
    closing = reading.end
    if closing < stop and folded[closing] == " ":
        closing += 1
    if closing >= stop or folded[closing] not in _QUANTITY_OPENING:
        return reading.end
    opening = folded.rfind(_QUANTITY_OPENING[folded[closing]], start, reading.start)
    if opening < 0 or folded[closing] in folded[opening : reading.start]:
        return reading.end
    return closing + 1


def _cut(display: str, folded: str, start: int, end: int) -> str:
    """`display[start:end]` without white space, separators or a bracket that the piece does not
    close (or open) at either end: `（应检8346台，实检8279台）` cut at its comma gives `应检8346台`
    and `实检8279台`."""
    while start < end:
        piece = folded[start:end]
        kept = piece.strip(_TRIM)
        if not kept:
            return ""
        start += len(piece) - len(piece.lstrip(_TRIM))
        end = start + len(kept)
        if kept[0] in _QUANTITY_BRACKETS and _QUANTITY_BRACKETS[kept[0]] not in kept:
            start += 1
        elif kept[-1] in _QUANTITY_OPENING and _QUANTITY_OPENING[kept[-1]] not in kept:
            end -= 1
        else:
            return display[start:end]
    return ""


_QUANTITY_BRACKETS = dict(vocab.QUANTITY_BRACKETS)
_DAY_NAME = re.compile(rf"(?<!\d)\d{{1,2}}[{re.escape(vocab.DAY_NAME_MARKS)}]\d{{1,2}}(?!\d)")
_QUANTITY_OPENING = {closing: opening for opening, closing in vocab.QUANTITY_BRACKETS}
_OPENING_BRACKETS = "".join(_QUANTITY_BRACKETS)


def _sides(display: str, folded: str, start: int, end: int, lo: int, hi: int) -> tuple[str, str]:
    """The words of `display[start:end]` before and after the reading at `lo:hi`, without the
    brackets around the reading (`已完成（100%）`, `≥4次（每季度1次）`): the words inside them stay."""
    opening = max(folded.rfind(mark, start, lo) for mark in _QUANTITY_BRACKETS)
    if opening >= 0:
        closing_mark = _QUANTITY_BRACKETS[folded[opening]]
        closing = folded.find(closing_mark, hi, end)
        if (
            closing >= 0
            and closing_mark not in folded[opening:lo]
            and folded[opening] not in folded[hi:closing]
        ):
            return (
                _words(display, folded, (start, opening), (opening + 1, lo)),
                _words(display, folded, (hi, closing), (closing + 1, end)),
            )
    # `≥90%且逐年提高`: a separator word right after the reading joins the words, no context
    # (a mark, `1次/2年`, stays: it says what the rate is per; so does a word that joins things,
    # `1100m及其他配套设施`: the things after it are built too)
    joiner = _CLAUSE_SEPARATOR.match(folded, hi, end)
    word = joiner.group().strip(_TRIM) if joiner else ""
    if word.isalpha() and word not in _THING_JOINERS:
        hi = joiner.end()
    return _cut(display, folded, start, lo), _cut(display, folded, hi, end)


def _words(display: str, folded: str, *spans: tuple[int, int]) -> str:
    """The words of `display` in `spans`, a space between them."""
    return " ".join(filter(None, (_cut(display, folded, *span) for span in spans)))


def _frame_closed(folded: str, start: int, right: str) -> str:
    """The words after a reading opened by a framing prefix, without the word that closes the
    frame after them (`控制在65%警戒线以内`: 警戒线, FRAME_CLOSERS)."""
    for opener, closers in vocab.FRAME_CLOSERS.items():
        if folded.startswith(opener, start):
            closer = next((word for word in closers if right.endswith(word)), "")
            return right[: len(right) - len(closer)].rstrip()
    return right


def _context(left: str, right: str) -> str | None:
    """A clause's context: the words left and right of what it reads, joined by a space; None
    where they hold no word."""
    context = f"{left} {right}" if left and right else left or right
    return context if context and _HAS_WORD.search(context) else None


def _clause(
    seq: int, display: str, folded: str, r: _Reading, start: int, end: int, hint: tuple | None
) -> Clause:
    """The clause for reading `r`, which owns `display[start:end]`."""
    text = _cut(display, folded, start, end)
    left, right = _sides(display, folded, start, end, r.start, r.end)
    if r.inner:  # `不超过合同金额的10%`: the words between operator and number
        left = " ".join(part for part in (left, _cut(display, folded, *r.inner)) if part)
    if right:
        right = _frame_closed(folded, r.start, right)
    context = _context(left, right)
    if r.is_date:
        return Clause(
            seq, text, "date", r.operator, None, None, None, None, None, None,
            r.date, r.date_max, context, False, False,
        )  # fmt: skip
    operator, unit, unit_low = r.operator, r.unit, r.unit_low
    if unit is None and r.start and folded[r.start - 1] in vocab.CURRENCY_SIGNS:
        unit = unit_low = vocab.CURRENCY_SIGNS[folded[r.start - 1]]  # `¥1,200,000.00`
    operator_inferred = unit_inferred = False
    if hint is not None:
        hint_operator, hint_unit = hint
        if hint_operator and not r.operator_written:
            operator, operator_inferred = hint_operator, True
        if hint_unit and unit is None:
            unit = unit_low = hint_unit
            unit_inferred = True
            if right and right.startswith("/") and hint_unit.endswith(right):
                # `≤28.40/株` under `补助成本(≤**元/株)`: the value writes the rate's part after
                # `/`, the name the whole rate; the part is the unit's, no context.
                context = _context(left, "")
        elif hint_unit and _magnitude_only(unit) and not _unit_info(hint_unit)[2]:
            # `2万` under `受众人数（人次）`: the value writes the magnitude, the name the counter.
            unit = unit_low = unit + hint_unit
            unit_inferred = True
    written_unit = unit
    if unit is None:
        kind, magnitude, factor, base_unit = "number", 0, 0, None
    else:
        unit, kind, magnitude, factor, base_unit = _unit_info(unit)
    value, base_value = _measure(r.amount, factor, magnitude)
    value_max = base_value_max = None
    if r.amount_max is not None:
        value_max, base_value_max = _measure(r.amount_max, factor, magnitude)
        if unit_low is not None and unit_low != written_unit:
            # `1万-2万元`: the low end has its own magnitude, restated in the clause's unit.
            _, _, low_magnitude, low_factor, _ = _unit_info(unit_low)
            base_value = _measure(r.amount, low_factor, low_magnitude)[1]
            value = base_value / 10**magnitude
        if base_value > base_value_max:
            value, value_max = value_max, value
            base_value, base_value_max = base_value_max, base_value
    return Clause(
        seq, text, kind, operator, value, value_max, unit, base_value, base_value_max,
        base_unit, None, None, context, operator_inferred, unit_inferred,
    )  # fmt: skip


def _magnitude_only(unit: str | None) -> bool:
    """Whether a unit is a magnitude and nothing else (`万`, `亿`): no counter, no currency."""
    if unit is None:
        return False
    _, _, magnitude, _, base_unit = _unit_info(unit)
    return magnitude > 0 and not base_unit


# Called when `parse_target` misses its memo; an entry takes about 180 bytes (the bench
# corpus has 1,029 distinct names).
@lru_cache(maxsize=4096)
def _name_hint(indicator_name: str) -> tuple[str | None, str | None] | None:
    """(operator, unit) from a template in the indicator name: `(人)`, `(≥**万元)`, `(≥)`, `率%`."""
    m = _NAME_TEMPLATE.search(simplified(_fold(" ".join(indicator_name.split()))))
    if m is None:
        return None
    written_operator = m.group("op") or m.group("op2") or m.group("op3")
    operator = _PREFIX_OPERATORS[written_operator] if written_operator else None
    return operator, m.group("unit") or m.group("unit2") or m.group("percent")


# --- Memo --------------------------------------------------------------------------------

# Bytes the memo of `parse_target` may take in one process; every build worker has its own.
# A distinct value of the bench corpus takes about 580 bytes (its key and its clauses;
# `entry_bytes` counts 770), so this holds some 20,000, more than the 12,344 distinct values
# of the 2,000-table bench corpus.
MEMO_BYTES = 16 * 2**20
# What an entry costs besides its strings, measured with tracemalloc and rounded up: the
# key tuple and the memo's own bookkeeping; per clause, the object and its numbers or dates
# (units are shared).
_ENTRY_BYTES = 192
_CLAUSE_BYTES = 256


class Memo:
    """Results of `parse_target`, bounded by the bytes they take rather than by their count
    (a value or an indicator name can be of any length); when it is full, the oldest go."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.size = 0  # bytes, as `entry_bytes` counts them
        self._entries: OrderedDict[tuple, tuple[Clause, ...]] = OrderedDict()
        self._lock = threading.Lock()
        # Most calls find their value here: a lookup is the dictionary's own, with no
        # bookkeeping, as that is the build's hot path.
        self.get = self._entries.get

    def put(self, key: tuple, clauses: tuple[Clause, ...]) -> None:
        cost = entry_bytes(key, clauses)
        if cost > self.budget:
            return
        with self._lock:
            if key in self._entries:
                return
            self._entries[key] = clauses
            self.size += cost
            while self.size > self.budget:
                self.size -= entry_bytes(*self._entries.popitem(last=False))

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.size = 0

    def __len__(self) -> int:
        return len(self._entries)


def entry_bytes(key: tuple, clauses: tuple[Clause, ...]) -> int:
    """Bytes a memo entry keeps alive, counted from above: strings shared between the key
    and the clauses count once each place they appear."""
    text, indicator_name = key[:2]
    size = _ENTRY_BYTES + sys.getsizeof(text) + sys.getsizeof(clauses)
    if indicator_name is not None:
        size += sys.getsizeof(indicator_name)
    for clause in clauses:
        size += _CLAUSE_BYTES + sys.getsizeof(clause.text)
        if clause.context is not None:
            size += sys.getsizeof(clause.context)
    return size


MEMO = Memo(MEMO_BYTES)


# --- Public API ----------------------------------------------------------------------------


def parse_target(
    text: str | None, indicator_name: str | None = None, fiscal_year: int | None = None
) -> tuple[Clause, ...]:
    """Clauses of one target value; `()` for an empty one. Pure, memoised, never raises."""
    if not isinstance(text, str):
        return ()
    if not isinstance(indicator_name, str):
        indicator_name = None
    if not isinstance(fiscal_year, int) or not datetime.MINYEAR <= fiscal_year <= datetime.MAXYEAR:
        fiscal_year = None
    key = (text, indicator_name, fiscal_year)
    clauses = MEMO.get(key)
    if clauses is None:
        clauses = _parse(text, indicator_name, fiscal_year)
        MEMO.put(key, clauses)
    return clauses


def parse_actual(text: str | None, fiscal_year: int | None = None) -> tuple[Clause, ...]:
    """Clauses of a self-evaluation's actual (实际完成值), read like a target value, except that
    words of completion (`vocab.COMPLETION_WORDS`: 已完成, 已达到 …) are context, not operators:
    `已达到95%` is `=` 95 %, `已完成` text; a period written alone (`2021年第三季度`) is when it was
    done, its span, not a deadline. No hint from the indicator name: an actual is what was
    measured, not a bound. Pure, memoised, never raises."""
    if not isinstance(text, str):
        return ()
    if not isinstance(fiscal_year, int) or not datetime.MINYEAR <= fiscal_year <= datetime.MAXYEAR:
        fiscal_year = None
    key = (text, None, fiscal_year, "actual")
    clauses = MEMO.get(key)
    if clauses is None:
        clauses = _parse(text, None, fiscal_year, actual=True)
        MEMO.put(key, clauses)
    return clauses


def _parse(
    text: str, indicator_name: str | None, fiscal_year: int | None, actual: bool = False
) -> tuple[Clause, ...]:
    display, folded = _clean(text)
    unreadable = _private_use(folded)  # before _BLANK, itself private-use, marks anything
    if actual:
        folded = _COMPLETION.sub(lambda m: _BLANK * len(m.group()), folded)
    if not folded.strip(_VALUE_PLACEHOLDERS) or is_spreadsheet_error(folded):
        return ()
    hint = _name_hint(indicator_name) if indicator_name is not None else None
    if (
        (not actual and _ocr_damaged(folded, indicator_name))
        or _digits_split(folded)
        or _DAMAGED_FIGURE.search(folded)
        or _OCR_PERCENT_SIGN.search(folded)
        or _HEAD_LOST.match(folded)
        or unreadable
        or _mis_decoded(display)
    ):
        return (_text_clause(display),)
    dated = _MAY_HOLD_DATE.search(folded) is not None
    plain = None if dated else _PLAIN.fullmatch(folded)
    reading = _plain_reading(plain) if plain else None
    readings = (
        [reading]
        if reading
        else _centred(
            folded,
            _context_only(
                folded, _compound_lengths(folded, _scan(folded, fiscal_year, dated, actual))
            ),
        )
    )
    if not readings:
        return (_text_clause(display),)
    return _clauses(display, folded, _units_in_brackets(folded, readings), hint)


def is_spreadsheet_error(text: str) -> bool:
    """Whether a value is only an error value a spreadsheet printed for a failed formula
    (`#N/A`, `#REF!`: `vocab.SPREADSHEET_ERRORS`), which sets no target."""
    return "#" in text and "".join(text.split()).upper() in vocab.SPREADSHEET_ERRORS


def _units_in_brackets(folded: str, readings: list[_Reading]) -> list[_Reading]:
    """The readings with a unit written alone in brackets right after a figure that has none
    (`≥95（%）`) taken as its unit, the brackets then the reading's own, no context."""
    for reading in readings:
        if reading.unit is None and not reading.is_date:
            m = _UNIT_IN_BRACKETS.match(folded, reading.end)
            if m is not None:
                reading.unit = reading.unit_low = next(filter(None, m.groups()))
                reading.end = m.end()
    return readings


def qualitative_target(text: str | None) -> tuple[Clause, ...]:
    """The one text clause of a target its table marks qualitative (定性 in its operator
    column), whatever figures or dates it writes (`定性 | 年内完成`); `()` for an empty one."""
    if not isinstance(text, str):
        return ()
    display, folded = _clean(text)
    if not folded.strip(_VALUE_PLACEHOLDERS):
        return ()
    return (_text_clause(display),)


def _text_clause(display: str) -> Clause:
    return Clause(
        1, display, "text", None, None, None, None, None, None, None, None, None, display,
        False, False,
    )  # fmt: skip


def ocr_damaged(text: str, indicator_name: str | None) -> bool:
    """Whether a target's operator reads as OCR damage (`vocab.OCR_OPERATOR_MARKS`): a mark
    glued before its first digit (`工5%`, `二100%`), or `≥` read as `2` in a percentage over
    100 on a rate that cannot pass 100 % (`292%` for 按期完成率). Such a target is read as
    text, never repaired: the checks report it."""
    return _ocr_damaged(_clean(text)[1], indicator_name)


def _ocr_damaged(folded: str, indicator_name: str | None) -> bool:
    if _OCR_MARK.match(folded):
        return True
    percent = _OCR_PERCENT.fullmatch(folded)
    if percent is None or float(percent["rest"]) > 100:
        return False
    return bounded_rate(indicator_name)


def bounded_rate(indicator_name: str | None) -> bool:
    """Whether an indicator is a rate that cannot pass 100 % (`合格率`, `满意度`: its name, a
    template note in brackets aside, ends in `vocab.BOUNDED_RATE_ENDINGS` and holds none of
    `vocab.GROWTH_WORDS`)."""
    if not indicator_name:
        return False
    name = _NAME_NOTE.sub("", simplified(_fold(" ".join(indicator_name.split()))))
    return name.endswith(vocab.BOUNDED_RATE_ENDINGS) and not any(
        word in name for word in vocab.GROWTH_WORDS
    )


def letter_for_figure(text: str) -> bool:
    """Whether a target prints a letter OCR makes of `0` or `1` where its figure stands, its
    operator before it and its unit after (`O起`, `≤l个`): no figure is read from it."""
    return bool(_LETTER_FIGURE.fullmatch(_clean(text)[1].strip()))


def _digits_split(folded: str) -> bool:
    """Whether a lone space parts two numbers (`≥9 5%`, `3 25个`) where no grouping of digits
    (`1 612`, `968.191 8`) explains it: a converter's damage to 95, or two numbers whose cells
    ran together; which cannot be told, so the value is read as text (`target_unparsed`)."""
    if _SPACED_DIGITS.search(folded) is None:
        return False
    ends = {number.end() for number in _ANY_ARABIC.finditer(folded)}
    return any(
        gap.start() + 1 in ends
        and not (
            _TIME_OF_DAY.match(folded, gap.start() + 2)
            and _DAY_BEFORE_TIME.search(folded, 0, gap.start() + 1)
        )
        for gap in _SPACED_DIGITS.finditer(folded)
    )


# A time of day after a day written in figures and a space (`2024-12-31 00:00:00`, as a workbook
# prints a date): no second number split from the day's.
_TIME_OF_DAY = re.compile(f"[0-9]{{1,2}}{_RATIO_SIGN}[0-9]{{2}}")
_DAY_BEFORE_TIME = re.compile(
    f"{_YEAR}(?P<sep>[{re.escape(vocab.DATE_SEPARATORS)}]){_MONTH}(?P=sep){_DAY}$"
)


def _private_use(folded: str) -> bool:
    """Whether the value holds a private-use character (Unicode's Co): a glyph of a symbol
    font that no reader could map (`\uf0b3`, the Symbol font's ≥ where the font is not known),
    an operator or a digit that cannot be read, so the value is read as text
    (`target_unparsed`), not as the number it holds without it (`= 95 %`)."""
    return _PRIVATE_USE.search(folded) is not None


def _mis_decoded(display: str) -> bool:
    """Whether the value holds UTF-8 text a converter decoded with a single-byte code page
    (`vocab.MIS_DECODING_CODE_PAGES`: `â‰¥95%` for ≥95%): its operator or digits cannot be
    read, so the value is read as text (`target_unparsed`), not as the figure left intact."""
    return any(
        _UTF8_SEQUENCE.search(run.group().encode(code_page))
        for code_page, runs in _CODE_PAGE_RUNS
        for run in runs.finditer(display)
    )


def _code_page_run(code_page: str) -> re.Pattern:
    """Runs of characters a code page writes in one byte each, with one beyond ASCII."""
    beyond = bytes(range(0x80, 0x100)).decode(code_page, errors="ignore")
    beyond = "".join(ch for ch in beyond if ch not in vocab.MIS_DECODING_NOT_OPENED_BY)
    chars = re.escape(beyond)
    return re.compile(f"[{chars}][\x00-\x7f{chars}]*")


_CODE_PAGE_RUNS = [(page, _code_page_run(page)) for page in vocab.MIS_DECODING_CODE_PAGES]
# A character of two to four bytes in UTF-8: a leading byte and its continuation bytes.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


# Unicode's private-use planes and area: every character of category Co.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


def clause_to_dict(clause: Clause) -> dict:
    """The clause as JSON-ready values, dates as `YYYY-MM-DD`."""
    row = {name: getattr(clause, name) for name in CLAUSE_FIELDS}
    for name in ("date", "date_max"):
        if row[name] is not None:
            row[name] = row[name].isoformat()
    return row


def has_numeric_clause(clauses) -> bool:
    """Whether any clause quantifies something (is not plain text)."""
    return any(clause.kind != "text" for clause in clauses)
