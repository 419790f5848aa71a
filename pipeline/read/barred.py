"""Read floor, text tables whose cells a converter parted with bars: the tab-separated text they
stand for.

A converter or a hand that writes a table as plain text sometimes parts its cells with `|` (or a
full-width `｜`, or a box drawing's `│` with its rule lines gone) instead of tabs, with no Markdown
delimiter row under its labels (a pipe table, `pipeline.read.markdown`) and no rule lines between
its rows (an ASCII grid, `pipeline.read.boxdrawn`): `项目名称 | 预算金额 | … | 指标值` over
` |  |  | 苗木成活率 | 15 | % | ≥ | 85`, or every row between outer bars, `| 产出指标 | 数量指标 | … |`.
`tabbed_bars` gives such a text with each bar-parted line's bars as tabs and the spaces padding
its cells gone, line for line; the text readers (`text` for the packed department table,
`text_cells` for the layout readers) call it first, and so read its cells as a tab-separated
text's, each row at its own line. A CSV or a Markdown file has its own reader: a bar in its cells
is its text.

Outer bars are told per text, not per line: where every bar-parted line opens and closes with a
bar, those two are the table's frame and no cell's edge; else a line opening with a bar opens
with an empty cell (a project's cells left blank under its first row). Once a text is such a
table, every line holding a bar is a row of it (`项目名称 | 甲项目`, a row whose empty cells at its
end a converter left out). A text holding a tab, a rule line or a delimiter row, or fewer lines
of two bars or more than make a table (`file_formats.BARRED_TABLE_LINES`), is left as it is: a
lone bar in a cell is its text.
"""

import re

from pipeline.vocab.file_formats import BARRED_TABLE_LINES, CELL_BARS, RULE_LINE

_BAR = re.compile(f"[{re.escape(CELL_BARS)}]")
_RULE = re.compile(RULE_LINE)


def tabbed_bars(text: str) -> str:
    """The text with its bar-parted lines' bars as tabs (see the module docstring), or the text
    as it is."""
    if "\t" in text or not _BAR.search(text):
        return text
    lines = text.split("\n")
    bars = [len(_BAR.findall(line)) for line in lines]
    if sum(count >= 2 for count in bars) < BARRED_TABLE_LINES or any(
        _RULE.fullmatch(line.strip()) for line in lines
    ):
        return text
    barred = [index for index, count in enumerate(bars) if count]
    framed = all(_framed(lines[index].strip()) for index in barred)
    for index in barred:
        line = lines[index].strip() if framed else lines[index]
        cells = _BAR.split(line[1:-1] if framed else line)
        lines[index] = "\t".join(cell.strip(" ") for cell in cells)
    return "\n".join(lines)


def _framed(line: str) -> bool:
    """Whether a stripped line opens and closes with a bar."""
    return len(line) > 1 and line[0] in CELL_BARS and line[-1] in CELL_BARS
