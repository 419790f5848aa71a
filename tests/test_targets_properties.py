"""Property tests for the Normalize stage's target-value parser: robustness and invariants."""

import datetime
import json

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from pipeline.targets.parser import CLAUSE_FIELDS, Clause, clause_to_dict, parse_target
from pipeline.vocab import target_words as vocab

KINDS = {"number", "percent", "money", "date", "duration", "text"}
OPERATORS = {">=", ">", "<=", "<", "=", "between", "≈", None}

# Characters the parser reacts to, so that generated values reach its corners rather than
# being plain text.
_INTERESTING = (
    "0123456789０１２３.,，-—~～/%％‰±+×^$\\{}()（）|\t 　:;、。《》"
    "一二两三四五六七八九十百千万亿零〇壹贰叁佰拾点分之成多余"
    "≥≤><=＞＜≈约不低少于超过以上下内左右至到达含个人次家元天月年日号底前后起季度上半第当本"
    "geqltimsx"
)
values = st.one_of(st.text(), st.text(alphabet=_INTERESTING, max_size=40))
names = st.one_of(st.none(), st.text(), st.text(alphabet=_INTERESTING + "(*)单位:", max_size=20))
years = st.one_of(st.none(), st.integers(), st.integers(min_value=1990, max_value=2100))


@settings(max_examples=200, deadline=None)
@given(values, names, years)
@example("二100百分比", None, 2025)
@example("1" * 400 + "亿元", None, None)
@example("亿" * 100, None, None)
@example("2025年2月30日前", None, 0)
@example("12月31日前", None, 10**9)
@example("上年3月底前", None, 1)
@example("次年3月底前", None, 9999)
def test_never_raises_and_stays_consistent(text, name, year):
    clauses = parse_target(text, name, year)
    assert isinstance(clauses, tuple)
    for seq, clause in enumerate(clauses, 1):
        assert isinstance(clause, Clause)
        assert clause.clause_seq == seq
        assert clause.kind in KINDS
        assert clause.operator in OPERATORS
        assert (clause.operator is None) == (clause.kind == "text")
        assert clause.text
        if clause.value is not None and clause.value_max is not None:
            assert clause.value <= clause.value_max
            assert clause.base_value <= clause.base_value_max
        if clause.date is not None and clause.date_max is not None:
            assert clause.date <= clause.date_max
        row = clause_to_dict(clause)
        assert tuple(row) == CLAUSE_FIELDS
        assert json.loads(json.dumps(row, allow_nan=False)) == row


def test_non_string_input_gives_no_clauses():
    assert parse_target(None) == ()


# --- Numbers written any supported way read back to themselves ----------------------------

_CN_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """Standard Chinese reading of 0 <= n < 10**8 (`十二`, `一千零五`, `三万零二十`)."""

    def section(k: int) -> str:
        out, zero = "", False
        for place, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = k // place % 10
            if digit:
                out += ("零" if zero else "") + _CN_DIGITS[digit] + name
                zero = False
            elif out:
                zero = True
        return out

    if n == 0:
        return "零"
    high, low = divmod(n, 10_000)
    written = section(low)
    if high:
        written = section(high) + "万" + ("零" if 0 < low < 1000 else "") + written
    return written[1:] if written.startswith("一十") else written


def _full_width(written: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in written)


_MAGNITUDES = dict(vocab.MAGNITUDES)
PLAIN_UNITS = ["", "个", "人", "家", "%", "元", "天", "人次", "平方米"]
SCALED_UNITS = ["万元", "亿元", "万人", "千元"]


@st.composite
def written_numbers(draw):
    """(written value, expected base value, expected base unit)."""
    n = draw(st.integers(min_value=0, max_value=99_999_999))
    form = draw(st.sampled_from(["plain", "full_width", "thousands", "full_comma", "chinese"]))
    units = PLAIN_UNITS if form == "chinese" else PLAIN_UNITS + SCALED_UNITS
    unit = draw(st.sampled_from(units))
    written = {
        "plain": str(n),
        "full_width": _full_width(str(n)),
        "thousands": f"{n:,}",
        "full_comma": f"{n:,}".replace(",", "，"),
        "chinese": _chinese(n),
    }[form]
    # Eight digits alone that spell a day (`20251231`, as systems export one) are that day.
    assume(not (form in ("plain", "full_width") and not unit and _spells_a_day(str(n))))
    magnitude = next((f for word, f in _MAGNITUDES.items() if unit.startswith(word)), 1)
    base_unit = unit[1:] if magnitude != 1 else unit or None
    return written + unit, float(n * magnitude), base_unit


def _spells_a_day(digits: str) -> bool:
    if len(digits) != 8 or digits[:2] not in ("19", "20"):
        return False
    try:
        datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return True


@settings(max_examples=200, deadline=None)
@given(written_numbers())
@example(("十二", 12.0, None))
@example(("一万零五", 10005.0, None))
@example(("三十万人", 300000.0, "人"))
@example(("2,288个", 2288.0, "个"))
@example(("19610400", 19610400.0, None))
def test_numbers_read_back(case):
    written, base, base_unit = case
    (clause,) = parse_target(written)
    assert clause.kind != "text"
    assert clause.operator == "="
    assert clause.base_value == base
    assert (clause.base_unit or None) == base_unit


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-(10**6), max_value=10**6), st.integers(min_value=0, max_value=4))
def test_decimals_read_back(scaled, places):
    written = f"{scaled / 10**places:.{places}f}"
    (clause,) = parse_target(written + "%")
    assert clause.value == float(written)
    assert clause.unit == "%"


# --- An operator word before a bare value changes only the operator ------------------------

OPERATOR_WORDS = [(word, operator) for word, operator in vocab.PREFIX_OPERATORS]
CONTEXTS = ["", "全年", "新增", "覆盖率"]


@settings(max_examples=200, deadline=None)
@given(written_numbers(), st.sampled_from(OPERATOR_WORDS), st.sampled_from(CONTEXTS))
@example(("95%", 95.0, "%"), ("不低于", ">="), "")
@example(("十二个", 12.0, "个"), ("超过", ">"), "全年")
def test_operator_word_changes_only_the_operator(case, operator_word, context):
    written, _, _ = case
    word, operator = operator_word
    (bare,) = parse_target(context + written)
    # A Chinese numeral after other words is only a number with a unit (`全年零` is text).
    assume(bare.kind != "text")
    # 近 before a length of time is `the last` (`近3年`), no approximation: no operator word.
    assume(not (bare.kind == "duration" and word in vocab.LAST_BEFORE_DURATIONS))
    # 前 before a unit counting things is `the first` (`前2批`), a bound only before a rank's.
    assume(not (word == "前" and bare.unit is not None and bare.unit not in vocab.RANK_UNITS))
    # After some characters a one-character prefix is a word's end (`全年前`: no rank).
    assume(context[-1:] not in vocab.PREFIX_NOT_AFTER.get(word, "") or not context)
    (bounded,) = parse_target(context + word + written)
    assert bounded.operator == operator
    unchanged = set(CLAUSE_FIELDS) - {"operator", "text"}
    assert {f: getattr(bare, f) for f in unchanged} == {f: getattr(bounded, f) for f in unchanged}


# --- Dates ---------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2099, 12, 31)))
def test_written_dates_read_back(day):
    for written in (
        day.isoformat(),
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.year}.{day.month}.{day.day}",
        f"{day.year}/{day.month:02d}/{day.day:02d}",
    ):
        (clause,) = parse_target(written)
        assert (clause.kind, clause.operator, clause.date) == ("date", "=", day), written
        (deadline,) = parse_target(written + "前")
        assert (deadline.operator, deadline.date) == ("<=", day), written


_RELATIVE_YEARS = list(vocab.RELATIVE_YEARS)
_DEADLINES = ["{m}月{d}日前", "{m}月底前", "{m}月", "{m}月{d}日起", "上半年", "底前", "内完成"]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_RELATIVE_YEARS),
    # Years the written form can name: 1990-2099.
    st.integers(min_value=1991, max_value=2097),
    st.sampled_from(_DEADLINES),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
)
@example(("次年", 1), 2025, "{m}月底前", 3, 1)
def test_a_relative_year_reads_as_the_year_it_names(word_offset, fiscal_year, form, m, d):
    """`次年3月底前` in fiscal year 2025 is `2026年3月底前`, whatever the fiscal year."""
    word, offset = word_offset
    deadline = form.format(m=m, d=d)
    (relative,) = parse_target(word + deadline, None, fiscal_year)
    (written,) = parse_target(f"{fiscal_year + offset}年{deadline}", None, fiscal_year)
    (unknown,) = parse_target(word + deadline, None, None)
    assert relative.date is not None
    unchanged = set(CLAUSE_FIELDS) - {"text"}
    assert {f: getattr(relative, f) for f in unchanged} == {
        f: getattr(written, f) for f in unchanged
    }
    assert (unknown.kind, unknown.operator, unknown.date) == ("date", relative.operator, None)
