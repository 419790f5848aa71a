"""Normalize stage, attainment: whether a self-evaluation's actual meets its annual target.

Pure, and the one definition of `met`: `mark_attainment` sets `indicators.met` and, when it
is null, why (`met_reason_code`, and the reason in English and Chinese: `met_reason`,
`met_reason_zh`) on a file's rows once they are made (`pipeline.build.workers`), so that the
`target_missed_full_score` rule (`pipeline.checks`), the `target_attainment` view and the
report read the same answer. `judge` compares the clauses of two values as the target parser
reads them (`pipeline.targets.parser`, see target-values.md):

- `met` is true or false only when both sides are quantities of the same kind in the same
  unit (percent against percent; units with a magnitude word compare by their base unit,
  `1.2万亩` against `12000亩`, and units of one measure, a rate's by its parts, `元/㎡` against
  `元/平方米`; no unit against no unit). The actual is one value (`=`,
  as written or with its operator taken from the indicator name), or stands for a range of
  them, judged at both its ends and met or missed only when both ends are: a date period
  (`2021年8月完成`, a month written bare), the time it was done at the precision written; an
  approximate value (`约2300元`), any value within `APPROXIMATE_TOLERANCE` of it; a bound or a
  range (`96%以上`, `95%-98%`), every value it allows, an open side's end the lowest or highest
  value there is.
- It is judged by the target's operator: `>=`, `>`, `<=`, `<` and `between` (ends included)
  as written. A bare value (`=`) is met by an equal actual. Read as written it is missed by
  any other, but many authors mean a floor (a cost standard or a 反向 indicator: a ceiling), so
  only the side that misses under both readings is false: a lower actual (a higher one for a
  ceiling; a later date for a date target, a deadline); the other side is null. `≈` (约,
  左右) is a bare value with a tolerance of `APPROXIMATE_TOLERANCE` of it on either side. A
  bare or approximate duration is null when it differs: whether more or less is better is
  not written. A date period (`2023年12月`, `2023.07-2023.12`) may be a deadline too: an
  actual date before it is null, after it false.
- A value of several clauses: one actual value must meet each target clause; as many actual
  clauses as target clauses are paired in order. An actual of more clauses than its target
  leaves out the later ones that open with a remark word (`3项，另有1项在建`: `另有`, `其中`,
  `vocab.ACTUAL_REMARK_WORDS`), and any that restates the target before the figure achieved
  (`目标3000株，实际3250株`: `vocab.ACTUAL_TARGET_WORDS`). Of the clauses left, the one alone
  in the measure of a target of one clause answers it (`举办讲座15场，受众2100人次` against
  `≥12场`), a ratio to the target aside (`92.6%（完成率102.9%）`:
  `vocab.COMPLETION_RATE_WORDS`). Any pair false makes `met` false, all true true, otherwise
  null.
- Null otherwise, with the reason (a key of `REASONS`) and the values it is filled with:
  words, an empty side, kinds or units that differ. The words around the number (`context`)
  are not compared. Both texts are formatted from the key and the values, never read back.
"""

import functools
import math
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from fractions import Fraction
from typing import NamedTuple

from pipeline.rows import THRESHOLD_COLUMNS, Tables
from pipeline.targets.parser import CLAUSE_FIELDS
from pipeline.vocab import attainment as vocab

# Relative difference below which two numbers are equal: base values are floats, a value
# times its magnitude word (`0.07万` is 700.0000000000001).
_SAME = 1e-9
_TOLERANCE = float(vocab.APPROXIMATE_TOLERANCE)
_CLAUSE_AT = {name: THRESHOLD_COLUMNS.index(name) for name in CLAUSE_FIELDS}
_SCOPE_AT = THRESHOLD_COLUMNS.index("scope")
_INDICATOR_AT = THRESHOLD_COLUMNS.index("indicator_id")


class Word(NamedTuple):
    """A value a reason is filled with that is the pipeline's word (`vocab.REASON_WORDS`), not
    the table's text: said in the reason's language."""

    key: str


class Attainment(NamedTuple):
    """Whether the target was met; when that cannot be said (`met` None), why: the reason's
    key in `vocab.REASONS` and the values its texts are filled with (the table's text,
    counts, `Word`s)."""

    met: bool | None
    code: str | None = None
    values: tuple = ()

    @property
    def reason(self) -> str | None:
        """Why `met` is null, in English (`indicators.met_reason`)."""
        return self._say(vocab.REASONS, vocab.REASON_WORDS)

    @property
    def reason_zh(self) -> str | None:
        """Why `met` is null, in Chinese (`indicators.met_reason_zh`)."""
        return self._say(vocab.REASONS_ZH, vocab.REASON_WORDS_ZH)

    def _say(self, templates: Mapping[str, str], words: Mapping[str, str]) -> str | None:
        if self.code is None:
            return None
        values = (words[v.key] if isinstance(v, Word) else v for v in self.values)
        return templates[self.code].format(*values)

    def columns(self) -> dict:
        """The indicator's columns that say it: met and, when null, why."""
        return {
            "met": self.met,
            "met_reason_code": self.code,
            "met_reason": self.reason,
            "met_reason_zh": self.reason_zh,
        }


def _null(code: str, *values: object) -> Attainment:
    return Attainment(None, code, values)


_NO_UNIT = Word("no_unit")
# Attainment.columns, made once for each of the few results files repeat (`no_actual` on every
# indicator of a target table): formatting both texts each time costs mark_attainment as much
# as judging.
_columns = functools.lru_cache(maxsize=1024)(Attainment.columns)


def may_be_ceiling(level1_code: str | None, level2_code: str | None, direction: str | None) -> bool:
    """Whether a bare target of this indicator may be meant as a ceiling: a printed 反向, or a
    cost indicator that prints no 正向."""
    if direction in vocab.CEILING_DIRECTIONS:
        return True
    if direction in vocab.FLOOR_DIRECTIONS:
        return False
    return (
        level1_code in vocab.CEILING_CATEGORY_CODES or level2_code in vocab.CEILING_CATEGORY_CODES
    )


def judge(
    target: Sequence[Mapping], actual: Sequence[Mapping], *, ceiling: bool = False
) -> Attainment:
    """Whether the actual's clauses meet the target's (clause dicts with the parser's fields),
    `ceiling` when a bare target may be meant as a ceiling (`may_be_ceiling`)."""
    if not target:
        return _null("no_target")
    if not actual:
        return _null("no_actual")
    if len(actual) > len(target):
        answers = [
            clause for clause in actual if not _opens_with(clause, vocab.ACTUAL_TARGET_WORDS)
        ]
        actual = answers or actual
        actual = [clause for seq, clause in enumerate(actual) if not seq or not _remark(clause)]
    if len(actual) > len(target) == 1:
        actual = _answering(target[0], actual)
    if len(actual) == 1:
        pairs = [(clause, actual[0]) for clause in target]
    elif len(actual) == len(target):
        pairs = list(zip(target, actual, strict=True))
    else:
        return _null("clauses_differ", len(target), len(actual))
    results = [_judge_clause(t, a, ceiling) for t, a in pairs]
    if any(result.met is False for result in results):
        return Attainment(False)
    if all(result.met for result in results):
        return Attainment(True)
    return next(result for result in results if result.met is None)


def _judge_clause(target: Mapping, actual: Mapping, ceiling: bool) -> Attainment:
    if target["kind"] == "text":
        return _null("target_words")
    if actual["kind"] == "text":
        return _null("actual_words")
    target, actual = _in_one_unit(target), _in_one_unit(actual)
    if actual["kind"] == "date" == target["kind"] and actual["operator"] == "between":
        return _judge_period(target, actual, ceiling)
    if actual["operator"] == "≈" and actual["base_value"] is not None:
        return _judge_approximate(target, actual, ceiling)
    if actual["operator"] != "=" and not actual["operator_inferred"]:
        return _judge_bound(target, actual, ceiling)
    if (target["base_unit"] or None) != (actual["base_unit"] or None):
        return _null("units_differ", target["unit"] or _NO_UNIT, actual["unit"] or _NO_UNIT)
    if target["kind"] != actual["kind"]:
        return _null("kinds_differ", Word(target["kind"]), Word(actual["kind"]))
    low, high = _bounds(target)
    value = _bounds(actual)[0]
    if low is None or (target["operator"] == "between" and high is None):
        return _null("no_value", Word("target"))
    if value is None:
        return _null("no_value", Word("actual"))
    operator = target["operator"]
    if operator == "between":
        if target["kind"] == "date" and _order(value, low) < 0:
            return _null("date_early", target["text"])
        return Attainment(_order(low, value) <= 0 <= _order(high, value))
    if operator in (">=", ">", "<=", "<"):
        order = _order(value, low)
        return Attainment(
            {">=": order >= 0, ">": order > 0, "<=": order <= 0, "<": order < 0}[operator]
        )
    return _near(target, low, value, ceiling)


def _answering(target: Mapping, actual: Sequence[Mapping]) -> Sequence[Mapping]:
    """Of an actual's clauses, the one alone that is a quantity of the target's kind and measure
    (`举办讲座15场，受众2100人次` against `≥12场`: 15 场, 2100 人次 counting something else the work
    gave); all of them when none or several are (`线下1.2万人次，线上0.9万人次`: which answers the
    target is not said). A clause giving the figure's ratio to the target (`92.6%（完成率102.9%）`:
    `vocab.COMPLETION_RATE_WORDS`) is no answer beside another in the target's measure."""
    measure = _measure(target)
    same = [clause for clause in actual if measure and _measure(clause) == measure]
    if len(same) > 1:
        same = [
            clause
            for clause in same
            if clause is actual[0] or not _opens_with(clause, vocab.COMPLETION_RATE_WORDS)
        ]
    return same if len(same) == 1 else actual


def _measure(clause: Mapping) -> tuple | None:
    """A quantity's kind and unit, in its measure's unit (`_in_one_unit`); None for words."""
    if clause["kind"] == "text":
        return None
    return clause["kind"], _in_one_unit(clause)["base_unit"] or None


def _in_one_unit(clause: Mapping) -> Mapping:
    """A clause in its measure's unit where its unit is an exact multiple of it
    (`vocab.UNIT_MULTIPLES`: `90分钟` is 5400 秒, `3‰` 0.3 %), so that two units of one measure
    compare, a rate's by its parts (`585元/㎡` is 585 元/平方米, `76万元/公里` 760 元/米); as it is
    otherwise."""
    unit, factor = _unit_multiple(clause["base_unit"])
    if unit is None or unit == clause["base_unit"]:
        return clause
    scaled = {
        key: None if clause[key] is None else clause[key] * factor
        for key in ("base_value", "base_value_max")
    }
    return {**clause, **scaled, "base_unit": unit}


def _unit_multiple(unit: str | None) -> tuple[str | None, Fraction | None]:
    """The measure's unit a unit is an exact multiple of and how many of it one is; for a rate
    (`元/公里`), its parts' units over each other and their multiples' quotient (`元/米`, 1/1000)."""
    if unit in vocab.UNIT_MULTIPLES or unit is None or unit.count(vocab.RATE_MARK) != 1:
        return vocab.UNIT_MULTIPLES.get(unit, (None, None))
    (top, above), (bottom, below) = (
        vocab.UNIT_MULTIPLES.get(part, (part, Fraction(1))) for part in unit.split(vocab.RATE_MARK)
    )
    return f"{top}{vocab.RATE_MARK}{bottom}", above / below


def _judge_period(target: Mapping, actual: Mapping, ceiling: bool) -> Attainment:
    """An actual date period (`2021年8月`, a month as written): judged at each end as one date;
    met or missed when both ends agree, else null (the period runs across the target)."""
    ends = [{"date": day, "date_max": None} for day in (actual["date"], actual["date_max"])]
    return _judge_ends(target, actual, ends, ceiling, "period_across")


def _judge_approximate(target: Mapping, actual: Mapping, ceiling: bool) -> Attainment:
    """An approximate actual (`约2300元`): any value within `APPROXIMATE_TOLERANCE` of it,
    judged at both ends of that range as one value; met or missed when both ends agree, else
    null (`约95%` against `≥95%`)."""
    value = actual["base_value"]
    ends = [{"base_value": value * (1 + side * _TOLERANCE)} for side in (-1, 1)]
    return _judge_ends(target, actual, ends, ceiling, "approximate_across")


def _judge_bound(target: Mapping, actual: Mapping, ceiling: bool) -> Attainment:
    """An actual written as a bound or a range (`96%以上`, `控制在180元/株以内`, `90%-95%`,
    `2021年11月30日前`): every value it allows, judged at its two ends as one value each, an open
    side's end the lowest or highest value there is; met or missed when both ends agree
    (`96%以上` against `≥95%` met, `80%以下` against `≥95%` missed), else null (`90%以上`
    against `≥95%`)."""
    key, lowest, highest = ("date", date.min, date.max) if actual["kind"] == "date" else (
        "base_value", -math.inf, math.inf)  # fmt: skip
    value, most = actual[key], actual[f"{key}_max"]
    low, high = {
        ">=": (value, highest), ">": (value, highest), "<=": (lowest, value), "<": (lowest, value),
        "between": (value, most),
    }.get(actual["operator"], (None, None))  # fmt: skip
    if low is None or high is None:
        return _null("actual_operator", actual["text"], target["text"])
    ends = [{key: end, f"{key}_max": None} for end in (low, high)]
    return _judge_ends(target, actual, ends, ceiling, "actual_operator")


def _judge_ends(
    target: Mapping, actual: Mapping, ends: Sequence[Mapping], ceiling: bool, across: str
) -> Attainment:
    """An actual that stands for a range (a period, an approximate value) judged at each of its
    `ends` as one value (`=`): the ends' verdict when they agree, else null, `across` the
    reason when each end has one."""
    verdicts = [_judge_clause(target, {**actual, "operator": "=", **end}, ceiling) for end in ends]
    if verdicts[0].met is not None and verdicts[0].met == verdicts[1].met:
        return verdicts[0]
    unknown = next((verdict for verdict in verdicts if verdict.met is None), None)
    return unknown or _null(across, actual["text"], target["text"])


def _remark(clause: Mapping) -> bool:
    """Whether an actual's clause is a remark on the one before it (`另有1项在建`), by the word
    it opens with after any bracket or punctuation."""
    return _opens_with(clause, vocab.ACTUAL_REMARK_WORDS)


def _opens_with(clause: Mapping, words: tuple[str, ...]) -> bool:
    """Whether a clause's text opens with one of the words, after any bracket or punctuation."""
    text = unicodedata.normalize("NFKC", clause["text"] or "")
    return text.lstrip(vocab.ACTUAL_REMARK_LEAD).startswith(words)


def _near(target: Mapping, point: float, value: float, ceiling: bool) -> Attainment:
    """A bare (`=`) or approximate (`≈`) target: met within its tolerance; beyond it, missed
    on the side that misses whether it is read as written or as a floor (a ceiling)."""
    tolerance = abs(point) * _TOLERANCE if target["operator"] == "≈" else 0.0
    if _order(abs(value - point), tolerance) <= 0:
        return Attainment(True)
    if target["kind"] == "duration":
        return _null("duration_differs")
    higher = value > point
    if target["kind"] == "date" or ceiling:
        return Attainment(False) if higher else _null("ceiling_undercut", target["text"])
    return _null("floor_exceeded", target["text"]) if higher else Attainment(False)


def _bounds(clause: Mapping) -> tuple[float | None, float | None]:
    """A clause's value and upper bound as numbers: base values (the magnitude word
    applied), or a date's day number."""
    if clause["kind"] == "date":
        return tuple(
            day.toordinal() if day else None for day in (clause["date"], clause["date_max"])
        )
    return clause["base_value"], clause["base_value_max"]


def _order(a: float, b: float) -> int:
    """-1, 0 or 1 as a is below, equal to (within `_SAME`) or above b."""
    if math.isclose(a, b, rel_tol=_SAME, abs_tol=_SAME):
        return 0
    return -1 if a < b else 1


def _as_clause(row: tuple) -> dict:
    """A threshold row's clause fields, as `judge` reads them."""
    return {name: row[at] for name, at in _CLAUSE_AT.items()}


def mark_attainment(tables: Tables) -> Tables:
    """Set `met` and why it is null (`Attainment.columns`) on every indicator from its annual
    and actual threshold clauses (a target table's indicators have no actual: `no_actual`)."""
    rows: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for row in tables.thresholds:
        rows[row[_INDICATOR_AT], row[_SCOPE_AT]].append(row)
    for indicator in tables.indicators:
        key = indicator["indicator_id"]
        annual, actual = rows.get((key, "annual"), []), rows.get((key, "actual"), [])
        # With no actual, `judge` only asks whether there is a target: one clause tells it.
        target = [_as_clause(row) for row in (annual if actual else annual[:1])]
        actual = [_as_clause(row) for row in actual]
        ceiling = may_be_ceiling(
            indicator["level1_code"], indicator["level2_code"], indicator["direction"]
        )
        indicator.update(_columns(judge(target, actual, ceiling=ceiling)))
    return tables
