"""Benchmark, target values: distinct values per second of `parse_target` vs chinese2digits.

`chinese2digits.takeNumberFromString` only pulls numbers out of a string, a smaller job than
reading thresholds, so `parse_target` should be at least as fast on the same values. Each
distinct value is parsed once, with the memo cleared first, as a fresh national build would.

Run with `python -m benchmarks.bench_parse_target` (chinese2digits comes with the `bench` extra).
"""

import itertools
import json
import os
import re
import time
from pathlib import Path

from pipeline.targets.parser import MEMO, parse_target

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SOURCES = ("seed-target-values.jsonl", "target-cases.jsonl")
TARGET_COUNT = 20_000
REPEATS = 3
FISCAL_YEAR = 2025

OPERATORS = ("", "≥", "≤", "不低于", "不少于", "超过", "低于", "约", "达到", "不超过")
SUFFIXES = ("", "以上", "以内", "左右", "及以上")
UNITS = ("%", "个", "家", "人次", "万元", "亿元", "天", "个工作日", "场", "元/亩", "万平方米")
NUMBERS = ("1", "3", "12", "95", "98.5", "100", "250", "1,000", "2084", "0.5", "六", "二十")
CONTEXTS = ("", "全年", "新增", "完成", "覆盖率")
_DIGITS = re.compile(r"[0-9]+")


def seed_values() -> list[str]:
    """The seed values and the hand-written spec cases, in file order."""
    values = []
    for name in SOURCES:
        with (FIXTURES / name).open(encoding="utf-8") as lines:
            values.extend(json.loads(line)["text"] for line in lines if line.strip())
    return list(dict.fromkeys(values))


def benchmark_values(count: int = TARGET_COUNT) -> list[str]:
    """Seed values, then their numbers varied, then a grid of forms, to `count` distinct."""
    values = dict.fromkeys(seed_values())
    bases = [value for value in values if _DIGITS.search(value)]
    for factor in range(2, 60):
        for base in bases:
            values[_DIGITS.sub(lambda m, f=factor: str(int(m.group()) * f + f), base)] = None
        if len(values) >= count // 2:
            break
    grid = itertools.product(CONTEXTS, OPERATORS, NUMBERS, UNITS, SUFFIXES)
    for context, operator, number, unit, suffix in grid:
        if len(values) >= count:
            break
        values[f"{context}{operator}{number}{unit}{suffix}"] = None
    return list(values)[:count]


def _seconds(parse, values: list[str]) -> float:
    start = time.perf_counter()
    for value in values:
        parse(value)
    return time.perf_counter() - start


def run(values: list[str]) -> dict:
    """Distinct values per second for both parsers on the same values: the best of a few
    passes each, the two parsers' passes taken in turn, so that a change in the machine's
    speed falls on both alike."""
    from chinese2digits import takeNumberFromString

    distinct = list(dict.fromkeys(values))
    best = {"ours": float("inf"), "theirs": float("inf")}
    for _ in range(REPEATS):
        MEMO.clear()  # distinct values, each parsed for the first time
        ours = _seconds(lambda value: parse_target(value, None, FISCAL_YEAR), distinct)
        best["ours"] = min(best["ours"], ours)
        best["theirs"] = min(best["theirs"], _seconds(takeNumberFromString, distinct))
    ours, theirs = len(distinct) / best["ours"], len(distinct) / best["theirs"]
    return {
        "values": len(distinct),
        "cpu_count": os.cpu_count(),
        "parse_target_per_second": round(ours),
        "chinese2digits_per_second": round(theirs),
        "ratio": round(ours / theirs, 2),
    }


def main() -> None:
    result = run(benchmark_values())
    print(f"distinct values: {result['values']}  (cores: {result['cpu_count']}, one used)")
    print(f"parse_target:                     {result['parse_target_per_second']:>10,} values/s")
    print(
        f"chinese2digits.takeNumberFromString: {result['chinese2digits_per_second']:>7,} values/s"
    )
    print(f"ratio: {result['ratio']}x")


if __name__ == "__main__":
    main()
