"""PDF reader, vocabulary: the page furniture `pipeline.read.pdf` sets aside outside tables.

Text outside a table's rules is kept as one-cell (or few-cell) rows before or after the
table, the way a text export prints it, except what only a printed page carries: page
numbers (`labels.PAGE_FURNITURE`, plus the forms below), stamp and signature places
(`单位(盖章):`), and sign-off lines (`制表人:`). A stamp cell that also states the currency
unit (`填报单位:(盖章) 单位:万元`) is kept: the unit is read from it.
"""

import re

# Page numbers a PDF prints besides those of `labels.PAGE_FURNITURE` (matched on the whole
# line, white space removed).
PAGE_NUMBERS = re.compile(r"第\d+页|[-－—–]+\d+[-－—–]+|\d+")

# A cell holding one of these is a place for a stamp or a signature.
STAMP_MARKS = ("盖章", "签字", "签章", "签名")
# A cell that begins with one of these (white space removed) is a sign-off.
SIGN_OFF_PREFIXES = (
    "制表人", "制表日期", "填报人", "填表人", "填报日期", "审核人", "经办人", "联系人",
    "联系电话", "单位负责人", "财务负责人",
)  # fmt: skip
# A stamp cell that states the currency unit is kept.
CURRENCY_STATEMENT = re.compile(r"单位\s*[:：]\s*\S*元")
# A `label: value` statement; several printed side by side above a table are a row each.
STATEMENT = re.compile(r"[^:：]+[:：]\s*\S.*")

# A page whose text (white space removed) holds none of these is not searched for tables
# (see `pipeline.read.pdf`): every performance table prints one (绩效目标, 绩效指标, 一级指标,
# 指标值), and the budget tables of a disclosure (收支总表, 支出表) print none.
TABLE_MARKS = ("绩效", "指标")
