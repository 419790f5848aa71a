"""PDF reader, vocabulary: the page furniture `pipeline.read.pdf` sets aside outside tables.

Text outside a table's rules is kept as one-cell (or few-cell) rows before or after the
table, the way a text export prints it, except what only a printed page carries: page
numbers (`labels.PAGE_FURNITURE`, plus the forms below), stamp and signature places
(`单位(盖章):`), and sign-off lines (`制表人:`). A stamp cell that also states the currency
unit (`填报单位:(盖章) 单位:万元`) is kept: the unit is read from it.

A font subset whose character map gives a CJK radical for a glyph it shares with an
ideograph (`⼈` U+2F08 for 人, `⺠` U+2EA0 for 民, as Chromium's and many Office PDFs print
them) has its text read as the ideographs (`RADICALS`), and one whose map gives the WAVE DASH
for the glyph it shares with the FULLWIDTH TILDE has it read as the tilde (`SHARED_GLYPHS`).
"""

import re
import unicodedata

from pipeline.vocab import labels

# Page numbers a PDF prints besides those of `labels.PAGE_FURNITURE` (matched on the whole
# line, white space removed).
_MARKS = labels.PAGE_NUMBER_MARKS
PAGE_NUMBERS = re.compile(rf"第\d+页|[{_MARKS}]+\d+[{_MARKS}]+|\d+")

# A cell holding one of these is a place for a stamp or a signature.
STAMP_MARKS = ("盖章", "签字", "签章", "签名")
# A stamp cell that states the currency unit is kept.
CURRENCY_STATEMENT = re.compile(r"单位\s*[:：]\s*\S*元")
# A `label: value` statement; several printed side by side above a table are a row each.
STATEMENT = re.compile(r"[^:：]+[:：]\s*\S.*")

# The title of a form's indicator block printed as a table of its own (white space
# removed): the table goes on in the form above it.
INDICATOR_TITLE = re.compile(r"(长期|中期|年度)绩效指标表?")
# A line of its own that names a table (white space removed): on a page without rules, the
# lines above it and below it are two tables (two forms one below the other; a form's
# header block and its 长期 and 年度 indicator tables).
TABLE_TITLE = re.compile(rf".*(绩效目标(申报)?表|绩效自评表).*|{INDICATOR_TITLE.pattern}")

# A page whose text (white space removed) holds none of these is not searched for tables
# (see `pipeline.read.pdf`): every performance table prints one (绩效目标, 绩效指标, 一级指标,
# 指标值), and the budget tables of a disclosure (收支总表, 支出表) print none.
TABLE_MARKS = ("绩效", "指标")
# The fonts PDFium draws and reads without the file embedding them: the standard 14 (and the
# names Word writes for three of them), built into PDFium. Text in any other font the file does
# not embed (`STSong-Light`, a CJK font a PDF library names for the reader to supply) PDFium
# may read only with a system font standing in for it, and drop where none does; pdfminer
# reads it from the font's character map alone.
BUILT_IN_FONTS = ("Helvetica", "Arial", "Times", "Courier", "Symbol", "ZapfDingbats")

# CJK radicals a font's character map may give for the ideograph whose glyph they share, and
# that ideograph: every Kangxi radical (U+2F00-U+2FD5, each its NFKC compatibility ideograph)
# and the CJK Radicals Supplement forms that are whole characters of simplified or
# traditional text (Unicode's EquivalentUnifiedIdeograph.txt); the supplement's component
# forms (`⺅`, `⺡`) print no character of their own and stay as printed. A simplified
# Chinese font draws two Kangxi radicals as the simplified characters, not as their NFKC
# ideographs (戶, 靑): `⼾` is 户 and `⾭` is 青.
RADICALS = {
    **{chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)},
    "⼾": "户", "⾭": "青",
    "⺁": "厂", "⺌": "小", "⺒": "巳", "⺓": "幺", "⺗": "心", "⺜": "日", "⺝": "月", "⺟": "母",
    "⺠": "民", "⺧": "牛", "⺩": "王", "⺬": "示", "⺶": "羊", "⺼": "肉", "⺽": "臼", "⻁": "虎",
    "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻊": "足", "⻋": "车", "⻑": "長", "⻓": "长",
    "⻔": "门", "⻗": "雨", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食",
    "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄",
    "⻪": "黾", "⻬": "齐", "⻮": "齿", "⻰": "龙", "⻳": "龟",
}  # fmt: skip

# A mark a font's character map may give for the glyph it shares with the mark Chinese text
# writes, and that mark: Chromium's CJK fonts map a range's `～` (U+FF5E, `82%～88%`) to the
# WAVE DASH `〜` (U+301C), which PDFium and poppler read as `～` and pdfminer as the map says.
SHARED_GLYPHS = {"〜": "～"}
