"""Normalize stage, target values: reads Arabic and Chinese numerals for `targets.parse_target`.

Both readers return `(value, decimals)`: the float and how many decimal places were written,
so that scaling by a magnitude word (`1346.0088万`) can round away float noise exactly.
`None` means the text is not a readable number.
"""

import math
import re

from pipeline.vocab.target_words import (
    CHINESE_DIGITS,
    CHINESE_LARGE_PLACES,
    CHINESE_PLACES,
    CHINESE_POINT,
    CONTRACTED_TENS,
    EXPONENT_MARKS,
    SUPERSCRIPT_DIGITS,
)

Reading = tuple[float, int]

_MIXED_GROUP = re.compile("([0-9]*)(.)")
_SUPERSCRIPTS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
_TIMES_TEN = 3  # `×10` before an exponent, which the scanner lets through only there

_LARGE_PLACES_DESCENDING = sorted(CHINESE_LARGE_PLACES.items(), key=lambda item: -item[1])

# A run of digits without a place is read digit by digit only from this length (a year) or
# with a zero in it (`二〇二五`, `一〇五`).
_DIGITS_OF_A_YEAR = 4

# Longer runs of numeral characters are damage, not numbers (and would recurse deeply).
_LONGEST_CHINESE_NUMERAL = 24


def read_arabic(written: str) -> Reading | None:
    """`-2,288.09`, `1.2×10^4` (LaTeX `\\times`), `1.2×10⁴`, `1.2E+07`, as matched by the
    target-value scanner."""
    mantissa, exponent = _split_exponent(written.replace(",", "").replace(" ", ""))
    if exponent:
        value = float(f"{mantissa}e{exponent}")
        decimals = max(_decimals(mantissa) - int(exponent), 0)
    else:
        value = float(mantissa)
        decimals = _decimals(mantissa)
    return (value, decimals) if math.isfinite(value) else None


def _split_exponent(plain: str) -> tuple[str, str]:
    """(mantissa, exponent or ''): the scanner lets an exponent through only after `×10^` /
    `*10^`, `×10` and superscript digits, or an exponent mark and its sign."""
    head, caret, exponent = plain.partition("^")
    if caret:
        return head[:-_TIMES_TEN], exponent
    if plain[-1] in SUPERSCRIPT_DIGITS:
        head = plain.rstrip(SUPERSCRIPT_DIGITS)
        return head[:-_TIMES_TEN], plain[len(head) :].translate(_SUPERSCRIPTS)
    for mark in EXPONENT_MARKS:
        head, found, exponent = plain.partition(mark)
        if found:
            return head, exponent
    return plain, ""


def read_mixed(written: str) -> Reading:
    """`1万5千`, `12万3千`, `3亿5000万`, `2亿3千万`: Arabic digits before a large place, then
    digits before each large place and a digit before each smaller one, a large place alone
    closing the section before it (`3千万`), as the target-value scanner matches them; one
    integer."""
    total = section = 0
    for digits, place in _MIXED_GROUP.findall(written):
        if place in CHINESE_LARGE_PLACES:
            total += (section + int(digits or 0)) * CHINESE_LARGE_PLACES[place]
            section = 0
        else:
            section += int(digits) * CHINESE_PLACES[place]
    return float(total + section), 0


def read_chinese(written: str) -> Reading | None:
    """`十二`, `一百二十点五`, `壹佰`, `三百五` (= 350), `二〇二五`."""
    if len(written) > _LONGEST_CHINESE_NUMERAL:
        return None
    integer_part, _, fraction_part = written.partition(CHINESE_POINT)
    whole = _chinese_integer(integer_part)
    if whole is None or any(ch not in CHINESE_DIGITS for ch in fraction_part):
        return None
    fraction = "".join(str(CHINESE_DIGITS[ch]) for ch in fraction_part)
    try:
        value = float(f"{whole}.{fraction}") if fraction else float(whole)
    except OverflowError:
        return None
    return (value, len(fraction)) if math.isfinite(value) else None


def _decimals(plain: str) -> int:
    _, point, fraction = plain.partition(".")
    return len(fraction) if point else 0


def _chinese_integer(written: str) -> int | None:
    if not written:
        return 0
    if written in CHINESE_DIGITS:
        return CHINESE_DIGITS[written]
    if len(written) > 1 and all(ch in CHINESE_DIGITS for ch in written):
        if len(written) < _DIGITS_OF_A_YEAR and all(CHINESE_DIGITS[ch] for ch in written):
            return None  # `三五天`, `七八个`: three or five, an estimate, no number
        # Digit by digit, as years and codes are read aloud (`二〇二五`, `一九九八`).
        return int("".join(str(CHINESE_DIGITS[ch]) for ch in written))
    for large, factor in _LARGE_PLACES_DESCENDING:
        head, found, tail = written.rpartition(large)
        if found:
            high = _chinese_integer(head) if head else 1
            if len(tail) == 1 and tail in CHINESE_DIGITS:
                # `一万五` is 15 000: a lone digit after a place counts one place lower.
                low = CHINESE_DIGITS[tail] * factor // 10
            else:
                low = _chinese_integer(tail)
            if high is None or low is None:
                return None
            return high * factor + low
    return _chinese_section(written)


def _chinese_section(written: str) -> int | None:
    """A number below 10 000: digits, the places 十 百 千 and the contracted tens 廿 卅 卌."""
    total = 0
    digit: int | None = None
    for ch in written:
        if ch in CHINESE_DIGITS:
            if digit:
                return None  # `十四五`, `四五十`: two digits in a row name no one number
            digit = CHINESE_DIGITS[ch]
        elif ch in CHINESE_PLACES:
            total += (1 if digit is None else digit) * CHINESE_PLACES[ch]
            digit = None
        elif ch in CONTRACTED_TENS:
            if digit is not None or total % 100:
                return None  # `二廿`, `十廿`: tens written twice
            total += CONTRACTED_TENS[ch]
        else:
            return None
    if digit is not None:
        previous = written[-2] if len(written) > 1 else ""
        place = CHINESE_PLACES.get(previous, 0)
        # `三百五` is 350, but `二十五` is 25: only a place of a hundred or more drops a level.
        total += digit * place // 10 if place >= 100 else digit
    return total
