"""Money, exact: a printed amount -> 万元, and 万元 as findings and the report print it.

Amounts are decimals, never floats: converted from the unit a table prints by the exact
factors of `pipeline.vocab.labels.CURRENCY_UNITS`, held in the schemas' money type
(DECIMAL(18,6)), or not at all (None, and a finding says why).
"""

import decimal
import re
from decimal import Decimal

from pipeline.vocab import labels
from schemas._types import MONEY_TYPE

# Arithmetic that never rounds: a product of two decimals has all the digits it needs.
_EXACT = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
# The finest amount and the first too large that the schema's money type holds.
_MONEY_QUANTUM = Decimal(1).scaleb(-MONEY_TYPE.scale)
_MONEY_LIMIT = 10 ** (MONEY_TYPE.precision - MONEY_TYPE.scale)
BEYOND_MONEY = (
    f"finer than {_MONEY_QUANTUM} 万元 or larger than "
    f"10^{MONEY_TYPE.precision - MONEY_TYPE.scale} 万元"
)


# Commas that group thousands: after one to three digits, before each group of three.
_GROUPED = re.compile(r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")


def ungrouped(number: str) -> str | None:
    """A printed number without its thousands commas (`1,260.00` -> `1260.00`); None when a
    comma groups no three digits (`120,5`, `1,26`): a decimal comma or a lost digit, which is
    not read as a number rather than read ten times too large."""
    if "," not in number:
        return number
    return number.replace(",", "") if _GROUPED.fullmatch(number) else None


def to_wan(number: Decimal, cell_unit: str | None, table_unit: str | None) -> Decimal | None:
    """A printed amount -> its exact value in 万元: times the factor of the unit the cell
    prints, else of the table's unit (3,309,840.53 元 -> 330.984053). None when that unit is
    unknown (None) or not one the vocabulary converts, or the money type (DECIMAL(18,6)) cannot hold
    the value exactly."""
    factor = labels.CURRENCY_UNITS.get(cell_unit or table_unit)
    if factor is None:
        return None
    value = _EXACT.multiply(number, factor)
    if abs(value) >= _MONEY_LIMIT:
        return None
    if value.as_tuple().exponent >= -MONEY_TYPE.scale:
        return value
    held = value.quantize(_MONEY_QUANTUM, context=_EXACT)
    return held if held == value else None


_CENT = Decimal("0.01")


def format_amount(value: Decimal) -> str:
    """An exact amount with thousands separators: two places, more if it has them
    (`2,288.09`, `330.984053`), as findings and the report print it."""
    cents = value.quantize(_CENT, context=_EXACT)
    return f"{cents if cents == value else value.normalize(_EXACT):,f}"
