"""Read floor, fixed-width text: each cell's lines put back on its row's line, by where they stand.

Place in the pipeline: `untabbed.untabbed_rows` hands it the lines of a text whose cells lost
their tabs, before it reads them by what their words say (`untabbed._joined_rows`); the header
lookup of `text.extract_table` and `untabbed` reads headings printed over two lines joined
(`headings_joined`).

A converter that keeps a PDF's layout (`pdftotext -layout`) prints each line of the page where
it stands: a cell's text under its column, the cells of a row on one line where each is one
line. A cell of several lines prints them one a line: around the row's line where the table
centres its cells down their rows (`国家级公益林管护面` / `≥ 18.6 万亩` / `积`), under it where it
tops them; a merged cell (a level's, a list's project's) prints its text at its block's middle,
between two rows or on a row not its first. Read by what their words say, such lines make rows
of their own. This puts the lines back where they belong:

- Headings printed over two lines (`年初` over `预算数`, `指标` over `性质`, `项目资金` over
  `（万元）`) are one line where each piece makes a label with the one over it, and so is a line
  of headings with headings wrapped around it (`执行率(` above, `B/A)` below; `预算金额` and
  `权重` above, `（万元）` and `（%）` below): each heading joined is written where it stands,
  every other piece left where printed (`headings_joined`).
- Goals printed in columns of prose under goal headings (`预期目标 | 实际完成情况`, `中期目标 |
  年度目标`) are each column's lines joined, one goal a column, on the line under the headings,
  the label's pieces (`年度总体` over `目标`) joined before them (`_goals_placed`).
- In a form's head, a label or a value printed centred around its row's line (`本年度申请县财政`
  / `项目名称 … 1,286.40` / `预算资金（万元）`; a value right of the line's last label,
  `…技术推广` / `主管部门 … 实施单位` / `服务中心`) is joined on that line (`_wraps_placed`). Of
  the two counts of places, a heading wrapped around the labels' line is written by the one that
  sets it over where a cell under it starts.
- Under each line of indicator column labels (up to the table's total, a sign-off, a title (one
  printed atop each page too, a running head) or the next such line; a list's 合计 printed first
  goes on), the columns are the runs of places
  some line prints a character in, parted by places every line leaves blank, each under one
  label (`_columns`). The places are counted by display width (a CJK character two, as a text
  laid out for the eye prints them) and by characters (one each, as pdftotext counts them);
  where both part the lines so, the count that leaves fewer rows as printed (`_stray`), then
  starts more cells where their column starts, is read; none where the indicators' names
  column prints no cell (the names stand under another label). A page's furniture (its number, a
  running head) prints no cells; the labels printed again at a page's top head a table of their
  own, which may go on with the block the page before began; a row a converter shifted across
  two columns, two at most, is left as printed (`_stray`); a label printed a place left of its
  figures heads them (`_columns`: a wide label counted a place a character prints narrower
  than it stands); a level's name one space from the
  next cell (`可持续影响指标 基层…`) or an amount one space from words (`1,326.80 按政策…`) is two
  cells where the columns part (`_cells_apart`, `_parted`), and a level's name wider than its
  column may start left of it (`_Columns.widened`). The indicator block's label, a
  merged cell printed left of the labels at its rows' middle (`绩效指标`, or `绩` / `效` / `指` /
  `标` down the lines), is set on the blank line above the labels (`_side_label`).
- A row is a line printing a cell of a column whose cells never wrap
  (`vocab.untabbed.FIXED_WIDTH_TEXT_ROLES` name the others: levels, names, notes, a list's
  project cells); a line printing only cells of those holds lines of the rows' cells, and so do
  the two lines round a row's line that print cells of the others where the row prints none
  (`2025年10月31日` / `年度建设任务完成时间 … 10 10` / `前`; a money block's `100.00` / … / `%`:
  `_around_rows`). A money block is read by the count of places that puts one cell of a line
  under each heading.
- In a text column, a cell's lines go with a row where one reading fits: centred (`_centred`:
  each row takes as many lines below its line as it has above it) or topped (`_topped`: the
  lines under a row that prints the column). Where both fit, the one whose cells wrap as a
  converter wraps, each line but the last as wide as the column prints (`_wraps`); where both
  still do, only a row printing nothing between lines of its column just above and below it
  says the column centres (`_centres`); else nothing moves.
- A level column whose names stand at their blocks' middles (one on a line that is no row's, or
  the first row without one) has each name put on the first row of its block (`_blocks`): the
  blocks tile the rows, each centred on its name within a line (in lines, or in rows), a 一级's
  beginning where a 二级's does and holding only 二级 the taxonomy puts under it; the first rows
  under labels printed again at a page's top may go on in the block the page before began
  (`LEAD_ROW_COST` each). A level's name broken over two lines is one name where the two make a
  level's name (`可持续影响指` / `标`), also where a page break parts them
  (`_across_pages`: the name whole on both pages, its block's rows on each; any other cell's end
  under the labels printed again goes on its cell above the break), and over three lines or
  more while the lines so far name no level (`数量指标（` / `或建筑规模` / `指标）`).
- A list's project cells (its name, amount, goal, number: `FIXED_WIDTH_PROJECT_ROLES`) go to the
  first row of the project's block, tiled as a 一级's blocks are (`_Placement.projects`); a
  goal's lines printed between its rows, on lines of no row, go to the first row of the project
  whose rows they print among.

The lines are given back as many as they were, each row's cells on its line, the lines it took
from left blank. A table whose lines fit no one reading (a word across two columns, a column no
label heads, blocks that tile no way) is given back as it was printed, for the reader of words to
read as before; where a page after a break, its labels not printed again, prints its columns at
places of its own, the first page is read by places and the rest by words, each level's name
wrapped round a row's line there written whole on it where it has room (`_levels_around`).
"""

import functools
import itertools
import math
import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, replace

from pipeline.labels.columns import (
    column_roles,
    compact,
    exact_field_roles,
    field_roles,
    is_exact_label,
)
from pipeline.labels.grid_rows import is_block_label, is_placeholder, printed_under
from pipeline.labels.lines import is_amount, is_footer, is_title
from pipeline.read.grid import is_wide
from pipeline.targets.parser import is_unit
from pipeline.vocab.labels import LABEL_COLON, is_page_furniture
from pipeline.vocab.layout_labels import MONEY_BLOCK_TOTAL_LABELS
from pipeline.vocab.target_words import PREFIX_OPERATORS
from pipeline.vocab.untabbed import (
    BELOW_MIDDLE_COST,
    FIXED_WIDTH_LEVEL_ROLES,
    FIXED_WIDTH_PROJECT_ROLES,
    FIXED_WIDTH_TEXT_ROLES,
    GOAL_HEADING_ROLES,
    LEAD_ROW_COST,
    MONEY_BLOCK_HEADING_ROLES,
    MONEY_HEADING_ROLES,
    WRAPPED_VALUE_SHARE,
    WRAPPED_WIDTH_SLACK,
)

# The columns that name a row (its levels, its name, its project), where no target stands: a
# bound and figure there (`≥60吨`, a line whose place was lost) tells the places are no columns'.
_NAMING_ROLES = ("level1", "level2", "level3", "project_name")
_SIGNS = frozenset(written for written, _ in PREFIX_OPERATORS if len(written) == 1)


def _bound(text: str) -> bool:
    """Whether a text opens with a bound's sign before a figure (`≥60吨`), or is the sign alone
    (`≥`, a split value's operator)."""
    return text[:1] in _SIGNS and (text in _SIGNS or any(map(str.isdigit, text)))


# A cell's text: words parted by one space at most (two or more part cells).
_PIECE = re.compile(r"\S+(?: \S+)*")
# The most lines of a table running from under one label into the next's that are left as
# printed, the others read by their places.
_STRAY_LINES_MOST = 2
# How far a name's line may stand from its block's middle, in lines or in rows.
_CENTRE_SLACK = 1.0


@dataclass(frozen=True, slots=True)
class _Piece:
    """A cell's text on one line: the line's index, where it starts and ends, its text, and
    the line's place among the lines of the table that print cells (`at`: a page's furniture
    between two lines of a cell is none of its)."""

    line: int
    start: int
    end: int
    text: str
    at: int = 0


Width = Callable[[str], int]


def _display(char: str) -> int:
    return 2 if is_wide(char) else 1


def _count(char: str) -> int:
    return 1


def _pieces(line: str, number: int, width: Width) -> list[_Piece]:
    out = []
    for match in _PIECE.finditer(line):
        start = sum(map(width, line[: match.start()]))
        out.append(_Piece(number, start, start + sum(map(width, match.group())), match.group()))
    return out


def lines_placed(
    lines: Sequence[str], roles_of: Callable[[tuple[str, ...]], tuple[str | None, ...]],
    is_header: Callable[[str], bool], level_of: Callable[[str], str | None],
) -> tuple[list[str], dict[int, tuple[str, ...]], set[int]]:  # fmt: skip
    """The lines with each cell's lines under every line of indicator column labels put on its
    row's line (see the module's docstring), each such row's cells as they stand (by line, a
    cell under each label, empty where it prints none), for a row its words fit no one way, and
    a money row's (its label, then a cell under each heading: `_money_placed`), and
    the lines of a running head (`_running_heads`), page furniture as a page's number is.
    `roles_of` gives each label's column role, `is_header` tells a line of indicator column
    labels, `level_of` a level's name."""
    heads = _running_heads(lines, level_of)
    printed = lines
    lines = [("" if k in heads else line) for k, line in enumerate(lines)]
    titles = frozenset(k for k in heads if is_title(printed[k]))
    lines, money = _money_placed(lines, is_header)
    lines = _values_placed(_goals_placed(lines, is_header), is_header, titles)
    lines = _wraps_placed(lines, is_header, titles)
    tables = _indicator_tables(lines, is_header, titles)
    headers, ends = [t.start for t in tables], [t.stop for t in tables]
    ends_later: list[tuple[int, str, str]] = []  # cells' ends a page break cut, put on after
    cells = dict(money)  # each row's cells by where they stand, a money row's too
    # Whether each table goes on from the one above it: labels printed again after a page break.
    goes_on = [n > 0 and _furniture_between(lines, ends[n - 1], h) for n, h in enumerate(headers)]
    for n in range(1, len(headers)):
        if goes_on[n]:
            table = range(headers[n - 1] + 1, ends[n - 1])
            lines, later = _across_pages(lines, table, headers[n], level_of)
            ends_later += later
    out = list(lines)
    for n, header in enumerate(headers):
        end = ends[n]
        side = _side_label(lines, header, end)
        read = _table_read(lines, side, header, end, roles_of, level_of, goes_on[n])
        if not read and (page_end := _page_break(lines, header, end)) is not None:
            # A page after the first that prints its columns at places of its own, its labels
            # not printed again: the first page is read under the labels, the rest as printed
            # but for the levels' names wrapped round their rows' lines.
            out[page_end:end] = _levels_around(lines[page_end:end], level_of)
            end = page_end
            read = _table_read(lines, side, header, end, roles_of, level_of, goes_on[n])
        if read:
            _, out[header + 1 : end], found = max(read, key=lambda found: found[0])
            cells.update(found)
            if side:
                out[header - 1] = " " * side[0].start + "".join(p.text for p in side)
    for line, head, tail in ends_later:
        out[line] = _end_put(out[line], head, tail)
    for k in heads:
        out[k] = printed[k]
    return out, cells, heads


def _running_heads(lines: Sequence[str], level_of: Callable[[str], str | None]) -> set[int]:
    """The lines of a running head: a line of one piece, no label nor level's name, printed the
    same atop each page (the first printed line of the text and after each page's furniture, its
    number), and each line under it printed the same on the same pages (a title's year,
    `（2025年度）`), pages of several lines; no cell of a table, though it may print where a column does
    (`华蓥市民政局`, centred over a list's columns)."""
    pages: list[list[int]] = [[]]  # the printed lines of each page
    for k, line in enumerate(lines):
        if is_page_furniture(line.strip()):
            pages.append([])
        elif line.strip():
            pages[-1].append(k)
    pages = [page for page in pages if page]
    if len(pages) < 2 or max(map(len, pages)) < _PAGE_LINES_FEWEST:
        return set()
    heads: set[int] = set()
    for at in itertools.count():  # the head's lines, from each page's top
        tops = [lines[page[at]].strip() if at < len(page) else "" for page in pages]
        head = tops[0]
        if (
            tops.count(head) < 2
            or len(_pieces(lines[pages[0][at]], 0, _count)) != 1
            or column_roles(head)
            or field_roles(head)
            or _heads_form(head)
            or level_of(head)
            or (at and any(page[at - 1] not in heads for page in pages if head in tops))
        ):
            return heads
        heads |= {page[at] for page, top in zip(pages, tops, strict=True) if top == head}


# The fewest lines a page of a running head holds (a page's number after every line is damage).
_PAGE_LINES_FEWEST = 3


def _side_label(lines: Sequence[str], header: int, end: int) -> list[_Piece]:
    """The pieces of the indicator block's label printed left of the column labels' places on
    the lines under them, a merged cell's text at its middle (`绩效指标`, or one character a line:
    `绩` / `效` / `指` / `标`), where a blank line above the labels can hold it; [] otherwise. Only
    spaces stand before them and before the labels: their places count alike either way."""
    first = min((p.start for p in _pieces(lines[header], header, _count)), default=0)
    side = [
        piece
        for k in range(header + 1, end)
        for piece in _pieces(lines[k], k, _count)[:1]
        if piece.end < first
    ]
    if not side or header == 0 or lines[header - 1].strip():
        return []
    return side if is_block_label("".join(piece.text for piece in side)) else []


def _side_label_lifted(lines: Sequence[str], side: list[_Piece], width: Width) -> Sequence[str]:
    """The lines with the side label's pieces blanked, as wide as they print by `width`."""
    if not side:
        return lines
    out = list(lines)
    for piece in side:
        line = out[piece.line]
        blank = " " * sum(map(width, piece.text))
        out[piece.line] = line[: piece.start] + blank + line[piece.end :]
    return out


def _end_put(line: str, head: str, tail: str) -> str:
    """A line with a cell's end put after the cell whose text begins with `head`."""
    at = line.find(head)
    if at < 0:
        return line
    cell = at + len(head) + len(line[at + len(head) :].split(" ", 1)[0])
    return line[:cell] + tail + line[cell:]


def _across_pages(
    lines: list[str], table: range, header: int, level_of: Callable[[str], str | None]
) -> tuple[list[str], list[tuple[int, str, str]]]:
    """The lines with the cells a page break cut whole: the first line under the labels printed
    again holding only the ends of the last line's cells above the break, each at the place of
    the cell it ends (`生态效益 | 主要河道水质优良 | … | ≥90%` over the break, `指标 | 比例`
    under it). A level's name (`生态效益` + `指标`, `可持续影` + `响指标` alone) is whole on both
    pages, its merged cell spanning rows of both; any other cell's end is taken off the page
    under the break and given back (line above, the cell's text there, its end) to go on that
    cell once its lines are placed, where the cell is as wide as its column prints (a line a
    converter wrapped). As they were where the line under the labels is no such ends. `table`:
    the lines of the table above the break."""
    above = next((k for k in reversed(table) if _prints_cells(lines[k])), None)
    below = next((k for k in range(header + 1, len(lines)) if _prints_cells(lines[k])), None)
    if above is None or below is None:
        return lines, []
    for width in (_display, _count):
        heads, tails = _pieces(lines[above], above, width), _pieces(lines[below], below, width)
        pairs = [(head, tail) for tail in tails for head in heads if head.start == tail.start]
        if len(pairs) != len(tails) or (len(tails) >= len(heads) and len(tails) > 1):
            continue
        widest = _widest([p for k in table for p in _pieces(lines[k], k, width)])
        if any(
            level_of(tail.text)
            or (level_of(head.text) and not level_of(head.text + tail.text))
            or (not level_of(head.text + tail.text)
                and (len(heads) < 2  # a line of one cell (cells joined by spaces): no place told
                     or head.end - head.start < widest[head.start] - WRAPPED_WIDTH_SLACK))
            for head, tail in pairs
        ):  # fmt: skip
            return lines, []  # a cell of its own under the labels: no end of one above
        levels = {id(h): h.text + t.text for h, t in pairs if level_of(h.text + t.text)}
        out = list(lines)
        out[above] = _line_at([(p.start, levels.get(id(p), p.text)) for p in heads], width)
        out[below] = _line_at(
            [(t.start, levels[id(h)]) for h, t in pairs if id(h) in levels], width
        )
        return out, [(above, h.text, t.text) for h, t in pairs if id(h) not in levels]
    return lines, []


def _widest(pieces: list[_Piece]) -> dict[int, int]:
    """The widest text printed from each place on."""
    widest: dict[int, int] = {}
    for p in pieces:
        widest[p.start] = max(widest.get(p.start, 0), p.end - p.start)
    return widest


def _prints_cells(line: str) -> bool:
    """Whether a line prints a table's cells: not blank, nor a page's furniture."""
    return bool(line.strip()) and not is_page_furniture(line.strip())


def headings_joined(lines: Sequence[str]) -> list[str]:
    """The lines with each row of headings printed over two lines joined on the first, the
    second left blank: a money block's (`年初` over `预算数`, `执行率` over `（B/A）`, the
    block's label over its unit: `项目资金` over `（万元）`) or the indicator columns' (`指标`
    over `性质`, `偏差原因分析及` over `改进措施`). Two lines are one where each piece of the
    second under one of the first (their places overlapping) makes one label with it, one at
    least, the two lines four pieces at least, and every piece so read is a money block's
    heading or label (`MONEY_BLOCK_HEADING_ROLES`) or an indicator column's label
    (`_joined_headings`). So is a line of headings with a heading wrapped around it, its first
    line above and its last below (`执行率(` / headings / `B/A)`: `_heading_around`). A page's
    furniture between them is passed over."""
    out = list(lines)
    printed = [k for k, line in enumerate(lines) if not is_page_furniture(line.strip())]
    for p, k, n in zip(printed, printed[1:], printed[2:], strict=False):
        # The first line under them that prints anything (no copy of the lines after: this
        # runs for each line of every text whose cells lost their tabs).
        under = next((lines[m] for m in range(n + 1, len(lines)) if lines[m].strip()), "")
        if joined := _heading_around(lines[p], lines[k], lines[n], under):
            out[p], out[k], out[n] = "", joined, ""
    for k, n in itertools.pairwise(printed):
        if (
            out[k] == lines[k]
            and out[n] == lines[n]
            and (joined := _joined_headings(lines[k], lines[n]))
        ):
            out[k], out[n] = joined, ""
    return out


def _heading_around(above: str, middle: str, below: str, under: str) -> str | None:
    """A line of headings with more headings wrapped around it, each one's first line above and
    its last below (`执行率(` / `年初预算数 … 分值 得分` / `B/A)`; `预算金额` / `项目名称 …` /
    `（万元）` and `权重` / … / `（%）`: a table centring its headings down their row), as one
    line, each such heading at its place; None where the lines are any other. Where both counts
    of places join them, the one that sets every such heading over the start of a cell of the
    line `under` them (`计算符` / … / `号` over `≥`, in a text whose places count characters)."""
    if not (above.strip() and middle.strip() and below.strip()) or any(
        map(str.isdigit, above + middle + below)
    ):
        return None
    joined = []
    for width in (_display, _count):
        heads, tops, ends = (_pieces(line, 0, width) for line in (middle, above, below))
        if len(tops) != len(ends) or len(heads) < 2:
            continue
        line: str | None = middle
        for top, end in zip(tops, ends, strict=True):
            line = line and _wrapped_heading(line, heads, top, end, width)
        if line:
            cells = _pieces(under, 0, width)
            over = all(
                any(min(t.start, e.start) <= c.start <= max(t.end, e.end) for c in cells)
                for t, e in zip(tops, ends, strict=True)
            )
            joined.append((over, line))
    return next((line for over, line in joined if over), joined[0][1]) if joined else None


def _wrapped_heading(
    line: str, heads: list[_Piece], top: _Piece, end: _Piece, width: Width
) -> str | None:
    """The line of headings with the heading whose first line is `top` (above) and last `end`
    (below) written on it, or None where the two pieces make no heading apart from the line's."""
    start, stop = min(top.start, end.start), max(top.end, end.end)
    # Apart from every heading of the line, a space at least between (counted by the other
    # width, the places a line of other characters sets may run together).
    if not (top.start < end.end and end.start < top.end) or any(
        head.start <= stop and start <= head.end for head in heads
    ):
        return None
    # The heading whole, wider than its column: centred where its lines are, else moved the
    # least that leaves blanks either side, still over where its lines are.
    text = top.text + end.text
    wide = sum(map(width, text))
    centred = (start + stop - wide) // 2
    if not is_exact_label(text) or not all(
        _heads_figures(t) for t in [*(h.text for h in heads), text]
    ):
        return None
    places = sorted(range(start - wide + 1, stop), key=lambda at: abs(at - centred))
    written = (_written_over(line, at, text, width) for at in places if at >= 0)
    return next(filter(None, written), None)


def _written_over(line: str, place: int, text: str, width: Width) -> str | None:
    """The line with `text` written from `place` (counted by `width`) where it prints blanks,
    two either side (one space joins words into one piece), every other character where it
    was; None where `text` would come nearer a printed one."""
    places = _places(line, width)
    stop = place + sum(map(width, text))
    if any(
        not ch.isspace() and places[k] < stop + 2 and places[k + 1] > place - 2
        for k, ch in enumerate(line)
    ):
        return None
    before = sum(1 for k in range(len(line)) if places[k + 1] <= place)
    after = next((k for k in range(len(line)) if places[k] >= stop), len(line))
    return (
        line[:before] + " " * (place - places[before]) + text
        + " " * (places[after] - stop) + line[after:]
    )  # fmt: skip


def _joined_headings(above: str, below: str) -> str | None:
    """Two lines of a money block's headings as one (see `headings_joined`), or None. Written
    over the line above, each piece it joins blanked first, the places of its other pieces are
    kept as printed (by either count: a line of wide characters over one of narrow ones reads
    apart by the other); where no count leaves room for a heading joined, the line is printed
    again, each piece at its place by the first count that joins them."""
    if not above.strip() or not below.strip() or any(map(str.isdigit, above + below)):
        return None
    readings = [
        found
        for width in (_display, _count)
        if (found := _headings_paired(above, below, width)) is not None
    ]
    for width, paired, texts, _ in readings:
        line: str | None = _blanked(above, paired, width)
        for place, text in texts:
            line = line and _written_over(line, place, text, width)
        if line:
            return line
    if readings:
        width, _, texts, kept = readings[0]
        return _line_at(sorted([*texts, *kept]), width)
    return None


def _headings_paired(above: str, below: str, width: Width) -> tuple | None:
    """By one count of places (`width`): the pieces of the line above that a piece under it
    completes, the texts to write for them (joined, at their place) and for the pieces under no
    piece above, and the other pieces above with their places; None where the two lines are no
    headings over their ends."""
    heads, tails = _pieces(above, 0, width), _pieces(below, 1, width)
    under = {
        id(tail): [head for head in heads if head.start < tail.end and tail.start < head.end]
        for tail in tails
    }
    pairs = [(found[0], tail) for tail in tails if len(found := under[id(tail)]) == 1]
    paired = [head for head, _ in pairs]
    if not pairs or len(set(map(id, paired))) < len(pairs) or len(pairs) + len(heads) < 4:
        return None
    texts = sorted(
        [(min(head.start, tail.start), head.text + tail.text) for head, tail in pairs]
        + [(t.start, t.text) for t in tails if len(under[id(t)]) != 1]
    )
    kept = [(p.start, p.text) for p in heads if not any(p is head for head in paired)]
    # Each piece joined with the one over it is a label as written (`年初` over `预算数`),
    # not a value ending as one does (`德兴市林业局` over `年初预算数`: the line of a form's
    # fields over its money headings).
    joined = [head.text + tail.text for head, tail in pairs]
    if all(map(is_exact_label, joined)) and all(
        _heads_figures(text) for _, text in [*kept, *texts]
    ):
        return width, paired, texts, kept
    return None


def _places(line: str, width: Width) -> list[int]:
    """Where each character of a line starts, counted by `width`, and where the line ends."""
    return list(itertools.accumulate(map(width, line), initial=0))


def _blanked(line: str, pieces: list[_Piece], width: Width) -> str:
    """The line with the given pieces of it blanked out."""
    places = _places(line, width)
    return "".join(
        " " if any(p.start <= places[k] < p.end for p in pieces) else ch
        for k, ch in enumerate(line)
    )


def _heads_figures(text: str) -> bool:
    """Whether a text is a money block's heading or label (`MONEY_BLOCK_HEADING_ROLES`), or an
    indicator column's label (`指标` over `性质`, `度量` over `单位`)."""
    return bool(set(field_roles(text)) & set(MONEY_BLOCK_HEADING_ROLES) or column_roles(text))


def _money_placed(
    lines: Sequence[str], is_header: Callable[[str], bool]
) -> tuple[list[str], dict[int, tuple[str, ...]]]:
    """The lines with each money block's rows' labels (`其中：中央财政` / `补助资金` centred
    around its figures' line) put on their rows' lines: under a line of money headings (three
    at least, `MONEY_HEADING_ROLES`), up to the next labels (goals, the indicator columns), a row
    is a line printing a figure under a heading, and the column of labels nearest the figures
    (left of every heading) has its lines placed as a text column's are; the block's label left
    of it, merged down its rows (`资金情况` over `（万元）`: its lines make a money block's
    label), goes on the first. With them, by line, each row's cells as they stand: its label,
    then what it prints under each heading (empty where nothing: `上年结转资金 | | 40 | 40 …`
    under `年初预算数 | 全年预算数 | 全年执行数 …`), for a row all of whose figures stand under
    one heading each."""
    return _under_headings(
        lines, _heads_money, 3, lambda line: _ends_money(line, is_header), _money
    )


def _under_headings(
    lines: Sequence[str], heads: Callable[[str], bool], fewest: int, ends: Callable[[str], bool],
    read: Callable[..., tuple[list[str], dict[int, tuple[str, ...]]] | None],
) -> tuple[list[str], dict[int, tuple[str, ...]]]:  # fmt: skip
    """The lines with each block under a line of `fewest` headings or more (`heads`) up to a
    line that `ends` it read by its places (`read(lines, headings' line, end, width)`: the
    block's lines from its headings' on and its rows' cells as they stand, or None where its
    places tell no columns), by one count of places or the other; and those cells by line."""
    out = list(lines)
    standing: dict[int, tuple[str, ...]] = {}
    for k, line in enumerate(lines):
        if sum(heads(piece) for piece in _PIECE.findall(line)) < fewest:
            continue
        end = next((n for n in range(k + 1, len(lines)) if ends(lines[n])), len(lines))
        for width in (_display, _count):
            if (placed := read(lines, k, end, width)) is not None:
                out[k:end], cells = placed
                standing.update(cells)
                break
    return out, standing


def _heads_money(text: str) -> bool:
    return bool(set(field_roles(text)) & set(MONEY_HEADING_ROLES))


def _ends_money(line: str, is_header: Callable[[str], bool]) -> bool:
    """Whether a line ends a money block: an indicator header, or goal headings."""
    return is_header(line) or sum(_heads_goal(p) for p in _PIECE.findall(line)) >= 2


def _money(
    lines: Sequence[str], k: int, end: int, width: Width
) -> tuple[list[str], dict[int, tuple[str, ...]]] | None:
    """A money block's lines from its headings' line `k` to `end`, placed, and its rows' cells
    as they stand (see `_money_placed`); None where its lines part no columns under the
    headings, or put two cells of a line under one."""
    headings = [p for p in _pieces(lines[k], k, width) if _heads_money(p.text)]
    printed = [n for n in range(k + 1, end) if _prints_cells(lines[n])]
    body = [
        [replace(p, at=at) for p in _pieces(lines[n], n, width)] for at, n in enumerate(printed)
    ]
    spans = _spans([*headings, *(p for line in body for p in line)])
    under = [next(c for c, (a, b) in enumerate(spans) if a <= h.start < b) for h in headings]
    if len(set(under)) < len(under) or under[0] == 0:
        return None
    cells: dict[int, dict[int, list[_Piece]]] = {}
    for line in body:
        for piece in line:
            c = next(c for c, (a, b) in enumerate(spans) if a <= piece.start < b)
            cells.setdefault(piece.line, {}).setdefault(c, []).append(piece)
    if any(len(cells[n].get(c, [])) > 1 for n in cells for c in under):
        return None  # two cells of a line under one heading (`85.00   10` under 全年执行数)
    page = sorted(cells)
    around = _around_rows(cells, page, range(under[0], len(spans)))
    rows = [n for n in page if any(c >= under[0] for c in cells[n]) and n not in around]
    if not rows:
        return None
    rows = sorted([*rows, *_figureless_rows(cells, page, rows, under[0] - 1)])
    placed = _Placement(
        cells, tuple(map(tuple, spans)), {n: at for at, n in enumerate(printed)}, set()
    )
    for n, row in around.items():
        placed.put([p for pieces in cells[n].values() for p in pieces], row, widens=False)
    placed.lines(page, rows, under[0] - 1)
    # The block's label (`资金情况` over `（万元）`), merged down its rows: on the first.
    label = [p for n in page for c in range(under[0] - 1) for p in cells[n].get(c, [])]
    if "money_block" in field_roles("".join(p.text for p in label)):
        placed.put([p for p in label if p.line != rows[0]], rows[0], widens=False)
    standing = {
        n: (texts.get(under[0] - 1, ""), *(texts.get(c, "") for c in under))
        for n in rows
        if not set(texts := placed.texts(n)) - {under[0] - 1, *under}
    }
    if not placed.moved:
        return list(lines[k:end]), standing
    starts = tuple(a for a, _ in spans)
    placed_lines = (placed.line(n, lines[n], starts, width) for n in range(k + 1, end))
    return [lines[k], *placed_lines], standing


def _around_rows(
    cells: dict[int, dict[int, list[_Piece]]], page: list[int], columns: Container[int]
) -> dict[int, int]:
    """The lines printing the first and last lines of cells wrapped around their row's line, by
    line the row's (`100.00` / `年度资金总额 85.00 … 10 …` / `%`, an execution rate wrapped in a
    money block's narrow column; `2025年10月31日` / `年度建设任务完成时间 … 10 10` / `前`, targets
    and actuals): a line printing cells in some of `columns` only, and the line after the next
    printing cells in the same columns alone, the line between a row that prints none there."""
    around: dict[int, int] = {}
    for above, row, below in zip(page, page[1:], page[2:], strict=False):
        printed = set(cells[above])
        if (
            printed
            and set(cells[below]) == printed
            and all(c in columns for c in printed)
            and not printed & set(cells[row])
            and any(c in columns for c in cells[row])
            and above not in around
        ):
            around[above] = around[below] = row
    return around


def _figureless_rows(
    cells: dict[int, dict[int, list[_Piece]]], page: list[int], rows: list[int], label: int
) -> list[int]:
    """The lines of a money block that print a whole label alone under its column of labels,
    between rows whose labels are whole on their own lines, or after the last (`其中：当年财政
    拨款` and its figures, then `上年结转资金`, `其他资金`): rows printing no figures, not the
    ends of the label above wrapped (they had been read as one label, `其中：当年财政拨款上年结转
    资金其他资金`). A label over a row printing none on its line is that row's (`其中：中央财政`
    over its figures, centred)."""

    def whole(n: int) -> bool:
        return is_exact_label("".join(p.text for p in cells[n].get(label, [])))

    out = []
    for n in page:
        above = [r for r in rows if r < n]
        below = [r for r in rows if r > n]
        if (
            n not in rows
            and set(cells[n]) == {label}
            and whole(n)
            and above
            and whole(above[-1])
            and (not below or whole(below[0]))
        ):
            out.append(n)
    return out


def _goals_placed(lines: Sequence[str], is_header: Callable[[str], bool]) -> list[str]:
    """The lines with each goals block printed in columns of prose put on two lines: its label
    (`年度总体` over `目标`, wherever its lines stand) and headings, then each column's lines
    joined, one goal a column; the block's other lines blank. A block is a line of two goal
    headings or more (`GOAL_HEADING_ROLES`: `预期目标 | 实际完成情况`) and the lines under it up
    to the next labels (an indicator header, a label no goal's), a page's furniture passed over,
    read where one count of places parts them into the headings' columns and a label's left of
    them."""
    placed, _ = _under_headings(
        lines, _heads_goal, 2, lambda line: _ends_goals(line, is_header), _goals
    )
    return placed


def _heads_goal(text: str) -> bool:
    return bool(set(field_roles(text)) & set(GOAL_HEADING_ROLES))


def _ends_goals(line: str, is_header: Callable[[str], bool]) -> bool:
    """Whether a line ends a goals block: an indicator header, or a label no goal's (a field's,
    or a column's: `绩效指标` over the indicator columns); a blank line or a page's furniture
    does not (a page break inside the goals)."""
    first = line.split()[:1]
    return bool(first) and (
        is_header(line)
        or (bool(field_roles(first[0]) or column_roles(first[0])) and not _heads_goal(first[0]))
    )


def _goals(
    lines: Sequence[str], k: int, end: int, width: Width
) -> tuple[list[str], dict[int, tuple[str, ...]]] | None:
    """A goals block's lines from its headings' line `k` to `end`, placed (see `_goals_placed`):
    each column of its lines under the heading nearest it, a label's left of them (and no row's
    cells as they stand: a goal is one text); None where its lines part no column under each
    heading."""
    pieces = _pieces(lines[k], k, width)
    headings = [p for p in pieces if _heads_goal(p.text)]
    if any(p.start > headings[0].start for p in pieces if p not in headings):
        return None
    rest = [p for p in pieces if p not in headings]
    body = [
        *rest,
        *(p for n in range(k + 1, end) if not is_page_furniture(lines[n].strip())
          for p in _pieces(lines[n], n, width)),
    ]  # fmt: skip
    spans = _spans([*headings, *body])
    under = [next(c for c, (a, b) in enumerate(spans) if a <= h.start < b) for h in headings]
    if not body or len(set(under)) < len(under):
        return None  # a heading over two columns
    label_span = _label_span(spans, body, under)
    columns: list[list[_Piece]] = [[] for _ in range(len(headings) + 1)]  # the label's first
    for piece in body:
        c = next(c for c, (a, b) in enumerate(spans) if a <= piece.start < b)
        columns[0 if c == label_span else 1 + _nearest(spans, under, c)].append(piece)
    if not all(columns[1:]):
        return None
    label = _joined(p.text for p in sorted(columns[0], key=lambda p: p.line))
    head = "  ".join([label, *(h.text for h in headings)] if label else [h.text for h in headings])
    goals = "  ".join(_joined(p.text for p in column) for column in columns[1:])
    kept = [line if is_page_furniture(line.strip()) else "" for line in lines[k + 2 : end]]
    return [head, goals, *kept], {}


def _values_placed(
    lines: Sequence[str], is_header: Callable[[str], bool], titles: frozenset[int]
) -> list[str]:
    """The lines with a field's value printed around its label's line (`年度目标` centred
    down the goal's three lines) joined on that line, the lines it took from left blank.
    Outside the indicator rows (a form's head, the next form's too), a line printing a field's
    label and one value after it is such a line where the lines right above it and right under
    it each print one piece, no label, where its value starts (by one count of places or the
    other), as many above as under or one more or fewer; so is a line printing the label alone
    between as many of the value's lines above as under (`推广…达到` / `年度目标` / `42%以上…`);
    and the line over those above prints nothing there: a value printed under its label's line
    alone (topped) leaves it as printed, and so does a value above it that may be the previous
    field's, wrapped under its line."""
    out = list(lines)
    tables = _indicator_tables(lines, is_header, titles)
    for k in range(len(lines)):
        if any(k in table for table in tables):
            continue
        end = next((t.start for t in tables if t.start > k), len(lines))
        for width in (_display, _count):
            if (around := _around(lines, k, end, width)) is not None:
                first, last = around
                label, *value = _pieces(lines[k], k, width)
                texts = [
                    (value[0].text if value else "") if n == k else lines[n].strip()
                    for n in range(first, last + 1)
                ]
                out[first : last + 1] = [""] * (last + 1 - first)
                out[k] = (
                    lines[k][: lines[k].index(label.text) + len(label.text)] + "  " + _joined(texts)
                )
                break
    return out


def _wraps_placed(
    lines: Sequence[str], is_header: Callable[[str], bool], titles: frozenset[int]
) -> list[str]:
    """The lines with the cells a form's head prints centred around a row's line joined on it,
    the two lines they took left blank. Outside the indicator rows, a line printing a field's
    label first, with the line right above it and the one right under it printing as many
    pieces each, only where it prints none: each piece above with the one under it (in the same
    of the line's gaps, apart from the other pairs) is one cell wrapped around the line, where
    the two make a field's label (`本年度申请县财政` / `预算资金（万元）`) or stand first after one
    of the line's labels, its value (`丰顺县各镇卫生院、社区卫生服务` / `中心`; `惠山区农业技术推广` /
    `服务中心` right of `主管部门 … 实施单位`). Read by either count of
    places, each joined cell written from where its first piece starts."""
    out = list(lines)
    tables = _indicator_tables(lines, is_header, titles)
    for k in range(1, len(lines) - 1):
        if any(k in table for table in tables) or not (out[k - 1].strip() and out[k + 1].strip()):
            continue
        for width in (_display, _count):
            if (line := _wrapped_around(out[k - 1 : k + 2], width)) is not None:
                out[k - 1 : k + 2] = ["", line, ""]
                break
    return out


def _wrapped_around(lines: Sequence[str], width: Width) -> str | None:
    """The middle of three lines with the cells wrapped around it joined on it (see
    `_wraps_placed`), by one count of places; None where the lines print none so."""
    above, row, below = (_pieces(line, n, width) for n, line in enumerate(lines))
    if not row or not field_roles(row[0].text) or len(above) != len(below):
        return None
    gaps = [
        (row[n].end, row[n + 1].start if n + 1 < len(row) else math.inf) for n in range(len(row))
    ]
    line: str | None = lines[1]
    last_end, last_gap = -1, None
    for head, tail in zip(above, below, strict=True):
        gap = next(
            (g for g in gaps if all(g[0] < p.start and p.end <= g[1] for p in (head, tail))), None
        )
        text = head.text + tail.text
        first_in_gap = gap != last_gap
        if (
            gap is None
            or min(head.start, tail.start) <= last_end
            or not (field_roles(text) or (first_in_gap and field_roles(row[gaps.index(gap)].text)))
        ):
            return None
        line = line and _written_over(line, min(head.start, tail.start), text, width)
        last_end, last_gap = max(head.end, tail.end), gap
    return line


def _around(lines: Sequence[str], k: int, end: int, width: Width) -> tuple[int, int] | None:
    """The first and last line of the value printed around line `k`'s label (see
    `_values_placed`); None where the line prints none so."""
    pieces = _pieces(lines[k], k, width)
    if not 0 < len(pieces) < 3 or not field_roles(pieces[0].text):
        return None
    alone_label = len(pieces) == 1
    if alone_label:  # the label alone, its value's lines as many above it as under it
        above = _pieces(lines[k - 1], k - 1, width) if k else []
        if len(above) != 1 or above[0].start <= pieces[0].end:
            return None
        pieces.append(above[0])
    elif field_roles(pieces[1].text):
        return None
    start = pieces[1].start

    def at_start(n: int) -> list[_Piece]:
        return [p for p in _pieces(lines[n], n, width) if p.start == start]

    def alone(n: int) -> bool:
        found = _pieces(lines[n], n, width)
        return len(found) == 1 and found[0].start == start and not field_roles(found[0].text)

    first = k
    while first > 0 and alone(first - 1):
        first -= 1
    last = k
    while last + 1 < end and alone(last + 1):
        last += 1
    if not k - first or abs((k - first) - (last - k)) > (0 if alone_label else 1):
        return None
    run = [piece for n in range(first, last + 1) for piece in at_start(n)]
    widest = max(p.end for p in run) - start

    def fills(piece: _Piece) -> bool:
        return piece.end - start >= widest * WRAPPED_VALUE_SHARE

    # Lines a converter wrapped, each but the last about as wide as the widest; and over them
    # no value as wide, which those above would go on (the field's above, its value topped).
    above = at_start(first - 1) if first else []
    if not all(map(fills, run[:-1])) or (above and fills(above[0])):
        return None
    return first, last


def _label_span(spans: list[list[int]], body: list[_Piece], under: list[int]) -> int | None:
    """The goals block's label's column: the first, left of every heading's, where its pieces
    joined are a label (`年度总体` + `目标`); None where the block prints none so."""
    if under[0] == 0:
        return None
    texts = [p.text for p in body if spans[0][0] <= p.start < spans[0][1]]
    return 0 if field_roles("".join(texts)) else None


def _nearest(spans: list[list[int]], under: list[int], c: int) -> int:
    """Which heading a column of prose is under: the one whose column's middle is nearest its
    own (a heading centred over its prose, the prose's lines set left)."""
    middle = (spans[c][0] + spans[c][1]) / 2
    return min(
        range(len(under)), key=lambda h: abs((spans[under[h]][0] + spans[under[h]][1]) / 2 - middle)
    )


def _indicator_tables(
    lines: Sequence[str], is_header: Callable[[str], bool], titles: frozenset[int]
) -> list[range]:
    """Each line of indicator column labels (`is_header`) and the lines of the rows under it,
    up to `_table_end`."""
    headers = [k for k, line in enumerate(lines) if line.strip() and is_header(line)]
    return [
        range(h, _table_end(lines, h, nxt, titles))
        for h, nxt in itertools.pairwise([*headers, len(lines)])
    ]


def _table_end(lines: Sequence[str], header: int, limit: int, titles: frozenset[int]) -> int:
    """The index after the last line of the indicator rows under a header line: up to a total,
    a sign-off, a title (`titles`: one printed atop each page, a running head blanked, the next
    form's) or the next header line."""
    for k in range(header + 1, limit):
        first = lines[k].split()[:1]
        if k in titles or (first and (is_footer(first[0]) or is_title(lines[k].strip()))):
            if first and _leads(lines, header, k):
                continue  # a list's 合计 first: its rows go on under it
            return k
    return limit


def _heads_form(text: str) -> bool:
    """Whether a text is a label of a form's header block, alone or before its value after a
    colon (`项目名称`, `预算单位：某局`)."""
    return bool(exact_field_roles(LABEL_COLON.split(text, maxsplit=1)[0]))


def _leads(lines: Sequence[str], header: int, k: int) -> bool:
    """Whether a total's line is the first under the labels that prints cells (a list's 合计
    printed first), none of the rows it closes."""
    return compact(lines[k].split()[0]) in MONEY_BLOCK_TOTAL_LABELS and not any(
        _prints_cells(line) for line in lines[header + 1 : k]
    )


def _levels_around(lines: Sequence[str], level_of: Callable[[str], str | None]) -> list[str]:
    """The lines with each level's name wrapped round a row's line, its first line alone above
    and its last alone below (`服务对象满` / `满意度指标    沿线居民满意度 …` / `意度指标`), written
    whole on the row's line where it stands blank, the two lines left blank: by the count of
    places that fits it there, a character a place first (poppler's)."""
    out = list(lines)
    for k in range(1, len(lines) - 1):
        above, row, below = (_pieces(line, 0, _count) for line in out[k - 1 : k + 2])
        if not (len(above) == len(below) == 1 and row):
            continue
        text = above[0].text + below[0].text
        if level_of(below[0].text) or not level_of(text):
            continue
        for width in (_count, _display):
            (head,), (tail,) = (_pieces(out[n], 0, width) for n in (k - 1, k + 1))
            line = (
                _written_over(out[k], min(head.start, tail.start), text, width)
                if head.start < tail.end and tail.start < head.end
                else None
            )
            if line is not None:
                out[k - 1 : k + 2] = ["", line, ""]
                break
    return out


def _table_read(
    lines: Sequence[str], side: list[_Piece], header: int, end: int,
    roles_of: Callable[[tuple[str, ...]], tuple[str | None, ...]],
    level_of: Callable[[str], str | None], goes_on: bool,
) -> list:  # fmt: skip
    """A table's readings by each count of places that parts its columns (`_table_placed`), its
    block's label down the side lifted over its labels first (`_side_label_lifted`)."""
    return [
        found
        for width in (_display, _count)
        if (
            found := _table_placed(
                _side_label_lifted(lines, side, width), header, end, width, roles_of, level_of,
                goes_on,
            )
        )
    ]  # fmt: skip


def _page_break(lines: Sequence[str], header: int, end: int) -> int | None:
    """The first line of page furniture (`— 12 —`) between a table's labels and its end with
    rows after it, None where none."""
    return next(
        (
            k
            for k in range(header + 1, end)
            if (text := lines[k].strip())
            and is_page_furniture(text)
            and any(_prints_cells(line) for line in lines[k + 1 : end])
        ),
        None,
    )


def _furniture_between(lines: Sequence[str], start: int, end: int) -> bool:
    """Whether the lines between two tables' rows are a page's break alone (its furniture, the
    title printed again): the table goes on under the labels printed again."""
    return all(
        not text or is_page_furniture(text) or is_title(text)
        for text in (line.strip() for line in lines[start:end])
    )


def _table_placed(
    lines: Sequence[str], header: int, end: int, width: Width,
    roles_of: Callable[[tuple[str, ...]], tuple[str | None, ...]],
    level_of: Callable[[str], str | None], goes_on: bool,
) -> tuple[tuple[int, float], list[str], dict[int, tuple[str, ...]]] | None:  # fmt: skip
    """How well the places fit (of the two counts of places, the one the converter printed by
    leaves fewer rows as printed, `_stray`, and starts more of the table's cells where their
    column does), its lines under its header with its cells' lines put on their rows' (as
    printed where nothing moves), and each row's cells by column; None where its lines part no
    columns under the labels."""
    labels = _pieces(lines[header], header, width)
    printed = [
        k for k in range(header + 1, end)
        if _prints_cells(lines[k]) and not _leads(lines, header, k)
    ]  # fmt: skip
    body = [
        [replace(part, at=at) for piece in _pieces(lines[k], k, width)
         for part in _cells_apart(piece, width, level_of)]
        for at, k in enumerate(printed)
    ]  # fmt: skip
    # A level's name alone on its line may run past its column (one a page break cut, made
    # whole, or one wider than the others centred in its merged cell): it parts no columns, it
    # only stands in one.
    lone = {line[0].line for line in body if len(line) == 1 and level_of(line[0].text)}
    roles = roles_of(tuple(label.text for label in labels))
    read = _columns_read(labels, roles, body, lone, frozenset(), width, level_of)
    # A row printing a level's name one space from the next cell (`可持续影响指标 基层…`) may
    # join two columns: where the lines read as printed part none, such rows part none either.
    if read is None and (
        spaced := frozenset(
            line[0].line for line in body if any(_level_spaced(p.text, level_of) for p in line)
        )
    ):
        read = _columns_read(labels, roles, body, lone, spaced, width, level_of)
    if read is None:
        return None
    stray, pieces, columns = read
    # Fewer rows left as printed, then more cells starting where their column does.
    fit = (-len(stray), sum(p.start in columns.starts for p in pieces) / max(len(pieces), 1))
    role_of = [roles[k] for k in columns.labels]
    cells: dict[int, dict[int, list[_Piece]]] = {k: {} for k in stray}  # line -> column -> pieces
    for piece in pieces:
        cells.setdefault(piece.line, {}).setdefault(columns.of(piece), []).append(piece)
    placed = _Placement(cells, columns.spans, {k: at for at, k in enumerate(printed)}, stray)
    page = sorted(cells)  # the lines printing cells: a page's furniture is none
    # A template's unfilled row (`指标2：`, `……` under the names' label) is a row of its own, no
    # line of the name above it.
    figures = [c for c, role in enumerate(role_of) if role not in FIXED_WIDTH_TEXT_ROLES]
    around = _around_rows(cells, page, figures)
    rows = [
        k for k in page
        if k in stray
        or (any(role_of[c] not in FIXED_WIDTH_TEXT_ROLES for c in cells[k]) and k not in around)
        or any(
            role_of[c] == "level3" and is_placeholder("".join(p.text for p in cells[k][c]))
            for c in cells[k]
        )
    ]  # fmt: skip
    for k, row in around.items():
        placed.put([p for pieces in cells[k].values() for p in pieces], row, widens=True)
    if rows:
        for c, role in enumerate(role_of):
            if role in FIXED_WIDTH_TEXT_ROLES and role not in FIXED_WIDTH_LEVEL_ROLES:
                placed.lines(page, rows, c)
        for role in FIXED_WIDTH_LEVEL_ROLES:  # the finer level first: its names widen its rows
            for c in (c for c, named in enumerate(role_of) if named == role):
                placed.blocks(page, rows, c, level_of, goes_on, role == "level1")
        if "project_name" in role_of:
            placed.projects(page, rows, role_of, goes_on)
    cut = {
        k: tuple(texts.get(c, "") for c in range(len(columns.spans)))
        for k in rows
        if k not in stray and (texts := placed.texts(k))
    }
    if not placed.moved:
        return fit, list(lines[header + 1 : end]), cut
    return (
        fit,
        [placed.line(k, lines[k], columns.starts, width) for k in range(header + 1, end)],
        cut,
    )


def _cells_apart(piece: _Piece, width: Width, level_of: Callable[[str], str | None]) -> list:
    """A piece of two cells one space apart as the two, each where it stands: two levels' names
    (`效益指标（30分） 社会效益指标`: a 一级 too wide for its column), or an amount and words
    (`1,326.80 按政策为…`: a list's money against its goal; not a figure and its unit); else the
    piece alone."""
    head, space, tail = piece.text.partition(" ")
    if not space or " " in tail:
        return [piece]
    if not (level_of(head) and level_of(tail)) and not (
        is_amount(head) and is_wide(tail[0]) and not is_unit(tail)
    ):
        return [piece]
    start = piece.start + sum(map(width, head + space))
    return [replace(piece, end=start - 1, text=head), replace(piece, start=start, text=tail)]


def _columns_read(
    labels: list[_Piece], roles: tuple[str | None, ...], body: list[list[_Piece]],
    lone: set[int], apart: frozenset[int], width: Width, level_of: Callable[[str], str | None],
) -> tuple[set[int], list[_Piece], "_Columns"] | None:  # fmt: skip
    """The rows left as printed (`_stray`, and the lines `apart`), the pieces of the others and
    the columns they part, each piece in one; None where they part none so, or where a target
    stands under a name's or a level's label, or no name under the names' (the names stand
    under another). A row left as printed whose level's name stands one space from the next
    cell, the space where the columns part, is read as its cells (`_parted`). `roles`: each
    label's column role."""
    stray = set(apart) | _stray(labels, [line for line in body if line[0].line not in lone | apart])
    pieces = [p for line in body if line[0].line not in stray for p in line]
    columns = _columns(labels, [p for p in pieces if p.line not in lone])
    if columns is None:
        return None
    parted = {
        line[0].line: found
        for line in body
        if line[0].line in stray and (found := _parted(line, columns, width, level_of)) is not None
    }
    stray -= parted.keys()
    pieces = [p for line in body if line[0].line not in stray
              for p in parted.get(line[0].line, line)]  # fmt: skip
    columns = columns.widened([p for p in pieces if p.line in lone or p.line in parted])
    if any(_outside(p, columns.spans) for p in pieces):
        return None
    role_of = [roles[k] for k in columns.labels]
    if any(role_of[columns.of(p)] in _NAMING_ROLES and _bound(p.text) for p in pieces):
        return None
    if "level3" in role_of and not any(role_of[columns.of(p)] == "level3" for p in pieces):
        return None
    return stray, pieces, columns


def _level_spaced(text: str, level_of: Callable[[str], str | None]) -> bool:
    """Whether a piece's words before a space are a level's name (`可持续影响指标 基层…`)."""
    words = text.split(" ")
    return any(level_of(" ".join(words[:k])) for k in range(1, len(words)))


def _parted(
    line: list[_Piece], columns: "_Columns", width: Width, level_of: Callable[[str], str | None]
) -> list[_Piece] | None:
    """A line's pieces parted at each space that stands where no column prints and follows a
    level's name, where that leaves every part in a column (or starting left of one and
    reaching into it alone: `_Columns.widened`); None where it parts none so."""
    spans = columns.spans
    out: list[_Piece] = []
    for piece in line:
        begin, start, place = 0, piece.start, piece.start  # the part's first character, its place
        for at, char in enumerate(piece.text):
            head = piece.text[begin:at]
            if char == " " and level_of(head) and _outside(replace(piece, start=place), spans):
                out.append(replace(piece, start=start, end=place, text=head))
                begin, start = at + 1, place + width(char)
            place += width(char)
        out.append(replace(piece, start=start, text=piece.text[begin:]))
    widened = columns.widened(out).spans
    return None if len(out) == len(line) or any(_outside(p, widened) for p in out) else out


def _stray(labels: list[_Piece], body: list[list[_Piece]]) -> set[int]:
    """The lines printing across the places the others leave blank between two labels' columns
    (a row a converter shifted), a few at most (`_STRAY_LINES_MOST`), each taken out where that
    parts the most labels' columns: rows left as printed, which no cell's lines go to."""
    stray: set[int] = set()
    while (found := _joined_labels(labels, body, stray)) and len(stray) < _STRAY_LINES_MOST:
        fewest = min(
            (_joined_labels(labels, body, stray | {line[0].line}), line[0].line)
            for line in body
            if line[0].line not in stray
        )
        if fewest[0] >= found:
            break
        stray.add(fewest[1])
    return stray


def _joined_labels(labels: list[_Piece], body: list[list[_Piece]], left_out: set[int]) -> int:
    """How many labels share a run of places with the label before them, with the lines
    `left_out` not counted."""
    pieces = [p for line in body if line[0].line not in left_out for p in line]
    spans = _spans([*labels, *pieces])
    return len(labels) - len({next(k for k, (a, b) in enumerate(spans) if a <= lb.start < b)
                              for lb in labels})  # fmt: skip


def _spans(pieces: list[_Piece]) -> list[list[int]]:
    """The runs of places the pieces print in, parted by places they all leave blank."""
    spans: list[list[int]] = []
    for start, end in sorted((p.start, p.end) for p in pieces):
        if spans and start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return spans


def _outside(piece: _Piece, spans: tuple[tuple[int, int], ...]) -> bool:
    return not any(start <= piece.start < end for start, end in spans)


@dataclass(frozen=True, slots=True)
class _Columns:
    """The table's columns: where each starts and ends, and the label over each (its index)."""

    spans: tuple[tuple[int, int], ...]
    labels: tuple[int, ...]

    @property
    def starts(self) -> tuple[int, ...]:
        return tuple(start for start, _ in self.spans)

    def of(self, piece: _Piece) -> int:
        return next(c for c, (start, end) in enumerate(self.spans) if start <= piece.start < end)

    def widened(self, pieces: list[_Piece]) -> "_Columns":
        """The columns with each piece starting left of every column and reaching into one
        alone (a wide name centred in its column), that column starting where it does."""
        spans = list(self.spans)
        for piece in pieces:
            into = [
                c for c, (start, end) in enumerate(spans) if piece.start < end and start < piece.end
            ]
            if _outside(piece, tuple(spans)) and len(into) == 1:
                c = into[0]
                if not c or spans[c - 1][1] <= piece.start:
                    spans[c] = (piece.start, spans[c][1])
        return replace(self, spans=tuple(spans))


def _columns(labels: list[_Piece], pieces: list[_Piece]) -> _Columns | None:
    """The runs of places the labels or rows print in, parted by places all leave blank, a run
    no label stands over set right against one a label does (a figure set right against its
    label's end, or a place right of it) in that one; None where a label spans two runs, two
    labels one, or a run has no label over it."""
    spans = _spans([*labels, *pieces])
    starts = {label.start for label in labels}
    labelled = [any(a <= start < b for start in starts) for a, b in spans]
    for k in range(len(spans) - 1, 0, -1):
        # Right against: touching, or a place apart right of a label (`指标值` over `3.2`: counted
        # a place a character, a wide label prints narrower than it stands).
        gap = spans[k][0] - spans[k - 1][1]
        if labelled[k] != labelled[k - 1] and gap <= (labelled[k - 1] and not labelled[k]):
            spans[k - 1 : k + 1] = [[spans[k - 1][0], spans[k][1]]]
            labelled[k - 1 : k + 1] = [True]
    over: list[int | None] = [None] * len(spans)
    for k, label in enumerate(labels):
        c = next(c for c, (start, end) in enumerate(spans) if start <= label.start < end)
        if label.end > spans[c][1] or over[c] is not None:
            return None
        over[c] = k
    if None in over:
        return None
    return _Columns(
        tuple((start, end) for start, end in spans), tuple(k for k in over if k is not None)
    )


class _Placement:
    """Where each cell's lines go: the pieces moved (piece -> the row line it goes on)."""

    def __init__(
        self, cells: dict[int, dict[int, list[_Piece]]], spans: tuple[tuple[int, int], ...],
        at: dict[int, int], stray: set[int],
    ) -> None:  # fmt: skip
        self.cells = cells
        self.spans = spans
        self.at = at  # each line's place among those printing cells (`_Piece.at`)
        self.stray = stray  # rows left as printed: no line goes to them
        self.to: dict[_Piece, int] = {}
        self.widened: dict[int, list[int]] = {}
        self.moved = False
        # The rows the finer level's blocks begin at (its names' rows, or the first of those it
        # was tiled into), and each row's name of it: a coarser level's block begins at one of
        # them, and holds only names the taxonomy puts under its own.
        self.starts: set[int] | None = None
        self.inner: dict[int, str] = {}
        self.level1_starts: set[int] | None = None  # the 一级's, a project's block begins at one

    def _column(self, lines: list[int], c: int) -> list[_Piece]:
        return [p for k in lines for p in self.cells[k].get(c, [])]

    def lines(self, page: list[int], rows: list[int], c: int) -> None:
        """A text column's lines off its rows' lines, each put on its row's."""
        gaps = _gaps(page, rows, lambda k: self.cells[k].get(c, []))
        printed = [self.cells[row].get(c, []) for row in rows]
        ways = [way for way in (_centred(gaps, len(rows)), _topped(gaps, printed)) if way]
        if len(ways) == 2:  # both part the lines: those whose cells wrap as a converter wraps
            ways = [way for way in ways if self._wraps(printed, way, c)]
        if len(ways) == 2:  # both still: centred only where a row's cell is centred for sure
            ways = ways[:1] if _centres(page, rows, c, self.cells) else []
        # A row left as printed may own the lines around it: nothing moves beside one.
        if not ways or any(
            gaps[k] or gaps[k + 1] for k, row in enumerate(rows) if row in self.stray
        ):
            return
        for row, pieces in zip(rows, ways[0], strict=True):
            self.put(pieces, row, widens=True)

    def _wraps(self, printed: list[list[_Piece]], way: list[list[_Piece]], c: int) -> bool:
        """Whether each row's cell (its lines on the row's line and those put on it) reads as
        lines a converter wrapped: each but the last as wide as the column prints, but a wide
        character's width (`WRAPPED_WIDTH_SLACK`)."""
        start, end = self.spans[c]
        for on, put in zip(printed, way, strict=True):
            lines = sorted([*on, *put], key=lambda p: p.line)
            if any(p.end - p.start < end - start - WRAPPED_WIDTH_SLACK for p in lines[:-1]):
                return False
        return True

    def blocks(
        self, page: list[int], rows: list[int], c: int,
        level_of: Callable[[str], str | None], lead: bool, coarser: bool,
    ) -> None:  # fmt: skip
        """A level column's names put on their blocks' first rows, where they stand centred;
        `coarser`: the 一级's, its blocks made of the 二级's (each group's 二级 column is one of
        its own)."""
        names = _names(self._column(page, c), level_of, (self.at[rows[0]], self.at[rows[-1]]))
        if not names:
            return
        texts = ["".join(p.text for p in name) for name in names]
        on_rows = [
            next((rows.index(p.line) for p in name if p.line in rows), None) for name in names
        ]
        if None not in on_rows and (0 in on_rows or lead):  # on their blocks' first rows
            for name, k in zip(names, on_rows, strict=True):
                self.put([p for p in name if p.line != rows[k]], rows[k], widens=True)
            if not coarser:
                self._tiled(rows, [k for k in on_rows if k is not None], texts)
            else:
                self.level1_starts = {0, *(k for k in on_rows if k is not None)}
            return
        bands = [self._band(row) for row in rows]
        places = [sum(p.at for p in name) / len(name) for name in names]
        inner = self.inner if coarser else {}

        def holds(k: int, first: int, last: int) -> bool:
            return all(
                printed_under(inner[r], texts[k]) for r in range(first, last + 1) if r in inner
            )

        at = [self.at[r] for r in rows]
        starts = _blocks(places, at, bands, lead, self.starts if coarser else None, holds)
        if starts is None or any(rows[start] in self.stray for start in starts):
            return
        for name, start, end in zip(names, starts, [*starts[1:], len(rows)], strict=True):
            self.put(name, rows[start], widens=end - start == 1)
        if not coarser:
            self._tiled(rows, starts, texts)
        else:
            self.level1_starts = {0, *starts}

    def projects(self, page: list[int], rows: list[int], role_of: list, lead: bool) -> None:
        """A list's project cells merged down its rows (its name, amount, goal, number:
        `FIXED_WIDTH_PROJECT_ROLES`) put on the first row of the project's block, where they
        stand at its middle: a project is each amount printed (or each run of its name's lines
        no more than a line apart) with the name's lines nearest it, its block tiling the rows
        as a level's does, beginning where a 一级's does."""
        columns = {role: c for c, role in enumerate(role_of) if role in FIXED_WIDTH_PROJECT_ROLES}
        names = self._column(page, columns["project_name"])
        anchors = self._column(page, columns["total"]) if "total" in columns else []
        groups = _grouped(names, anchors)
        if not groups:
            return
        on_rows = [next((rows.index(p.line) for p in g if p.line in rows), None) for g in groups]
        if None not in on_rows and (0 in on_rows or lead):  # on their blocks' first rows
            starts = [rows[k] for k in on_rows]
            for group, start in zip(groups, starts, strict=True):
                self.put([p for p in group if p.line != start], start, widens=False)
            for role, c in columns.items():
                if role != "project_name":
                    self._topped_in_blocks(self._column(page, c), starts, rows)
            return
        places = [sum(p.at for p in g) / len(g) for g in groups]
        bands = [self._band(row) for row in rows]
        at = [self.at[r] for r in rows]
        starts = _blocks(places, at, bands, lead, self.level1_starts, lambda *_: True)
        if starts is None or any(rows[start] in self.stray for start in starts):
            return
        cells = [p for role, c in columns.items() if role != "project_name"
                 for p in self._column(page, c)]  # fmt: skip
        for piece in [*names, *cells]:
            nearest = min(range(len(places)), key=lambda k: abs(places[k] - piece.at))
            if piece.line != rows[starts[nearest]]:
                self.put([piece], rows[starts[nearest]], widens=False)

    def _topped_in_blocks(self, pieces: list[_Piece], starts: list[int], rows: list[int]) -> None:
        """A project cell's lines that no reading of its column put on a row, each on a line of
        no row (a goal printed from its project's first row down, between its indicators' rows),
        each put on the first row of the project whose rows it prints among. Lines beside the
        rows (a goal wrapped a line a row) are left where they stand, for the rows' reader."""
        off = [p for p in pieces if p.line not in starts]
        if not off or any(p in self.to or p.line in rows for p in off):
            return
        for piece in off:
            self.put([piece], max((s for s in starts if s <= piece.line), default=starts[0]), False)

    def _tiled(self, rows: list[int], starts: list[int], texts: list[str]) -> None:
        """A finer level's blocks, for the coarser's: the rows they begin at, each row's name."""
        self.starts = {0, *starts}
        self.inner = {
            r: text
            for start, end, text in zip(starts, [*starts[1:], len(rows)], texts, strict=True)
            for r in range(start, end)
        }

    def put(self, pieces: list[_Piece], row: int, widens: bool) -> None:
        """Pieces moved onto a row's line; `widens`: lines its cells print on."""
        for piece in pieces:
            self.to[piece] = row
            self.moved = True
            if widens:
                self.widened.setdefault(row, []).append(piece.at)

    def _band(self, row: int) -> tuple[int, int]:
        """The first and last line a row's cells print on (`_Piece.at`)."""
        lines = [self.at[row], *self.widened.get(row, [])]
        return min(lines), max(lines)

    def line(self, k: int, printed: str, starts: tuple[int, ...], width: Width) -> str:
        """A line as it prints once the pieces moved: a row's with the lines put on it, a line
        left with the pieces that stayed on it, or blank."""
        if k not in self.cells or k in self.stray:
            return printed
        return _line_at([(starts[c], text) for c, text in self.texts(k).items()], width)

    def texts(self, k: int) -> dict[int, str]:
        """A line's cells once the pieces moved, by column: those that stayed on it and those
        put on it, each cell's lines joined."""
        texts: dict[int, list[_Piece]] = {}
        for c, pieces in self.cells.get(k, {}).items():
            for piece in pieces:
                if piece not in self.to:
                    texts.setdefault(c, []).append(piece)
        for piece, to in self.to.items():
            if to == k:
                c = next(c for c, pieces in self.cells[piece.line].items() if piece in pieces)
                texts.setdefault(c, []).append(piece)
        return {
            c: _joined(p.text for p in sorted(texts[c], key=lambda p: (p.line, p.start)))
            for c in sorted(texts)
        }


def _joined(lines: Iterable[str]) -> str:
    """A cell's lines as one text: nothing between them, as a converter wraps Chinese text (a
    figure's unit on the next line: `单口容积不小于` over `50立方米`), but a space between two
    Latin letters (a word wrapped after a word)."""
    out = ""
    for line in lines:
        out += (
            " "
            if out[-1:].isascii()
            and out[-1:].isalpha()
            and line[:1].isascii()
            and line[:1].isalpha()
            else ""
        )
        out += line
    return out


def _line_at(cells: list[tuple[int, str]], width: Width) -> str:
    """A line printing each text at its place (counted by `width`), or two spaces after the
    text before it where that runs past the place."""
    out = ""
    for place, text in sorted(cells):
        out += " " * max(2 if out else 0, place - sum(map(width, out))) + text
    return out


def _gaps(page: list[int], rows: list[int], pieces_of) -> list[list[_Piece]]:
    """A column's pieces on the lines that are no row's: before the first row, between each
    two, after the last (len(rows) + 1 runs)."""
    gaps: list[list[_Piece]] = [[]]
    for k in page:
        if k in rows:
            gaps.append([])
        else:
            gaps[-1].extend(pieces_of(k))
    return gaps


def _centres(page: list[int], rows: list[int], c: int, cells: dict) -> bool:
    """Whether a column centres its cells: a row prints nothing in it, the lines just above and
    below print a line of it."""
    for row in rows:
        at = page.index(row)
        if cells[row].get(c) or at == 0 or at == len(page) - 1:
            continue
        above, below = page[at - 1], page[at + 1]
        if above not in rows and below not in rows and cells[above].get(c) and cells[below].get(c):
            return True
    return False


def _centred(gaps: list[list[_Piece]], rows: int) -> list[list[_Piece]] | None:
    """Each row's lines of a column that centres its cells: as many below its line as above it;
    None where the lines do not part so."""
    found: list[list[_Piece]] = []
    above = gaps[0]
    for k in range(rows):
        below = gaps[k + 1]
        if len(below) < len(above) or (k == rows - 1 and len(below) != len(above)):
            return None
        found.append([*above, *below[: len(above)]])
        above = below[len(above) :]
    return found


def _topped(gaps: list[list[_Piece]], printed: list[list[_Piece]]) -> list[list[_Piece]] | None:
    """Each row's lines of a column that tops its cells: those under its line; None where a
    line stands above the first row or under a row that prints nothing in the column."""
    if gaps[0] or any(gap and not cell for cell, gap in zip(printed, gaps[1:], strict=True)):
        return None
    return gaps[1:]


def _grouped(names: list[_Piece], anchors: list[_Piece]) -> list[list[_Piece]]:
    """A project column's lines, by project: each anchor's (an amount a project prints once)
    with the lines nearest it; with no anchors, runs of lines no more than a line apart."""
    if anchors:
        groups: list[list[_Piece]] = [[] for _ in anchors]
        for piece in names:
            groups[min(range(len(anchors)), key=lambda k: abs(anchors[k].at - piece.at))].append(
                piece
            )
        return groups if all(groups) else []
    runs: list[list[_Piece]] = []
    for piece in names:
        if runs and piece.at - runs[-1][-1].at <= 2:
            runs[-1].append(piece)
        else:
            runs.append([piece])
    return runs


def _names(
    pieces: list[_Piece], level_of: Callable[[str], str | None], rows: tuple[int, int]
) -> list[list[_Piece]] | None:
    """A level column's names, each its pieces: a piece that names no level joined to the one
    before where the two make a level's name, or where the name so far names none yet (`数量指标（`
    / `或建筑规模` / `指标）`, over three lines). A piece naming none above the first row or under
    the last (`rows`, their `at`: a name a page break cut) is left as printed; None where any
    other is left that names none."""
    names: list[list[_Piece]] = []
    for piece in pieces:
        last = names[-1][-1] if names else None
        so_far = "".join(p.text for p in names[-1]) if names else ""
        if (
            last is not None
            and piece.at - last.at <= 2
            and not (level_of(last.text) and level_of(piece.text))
            and (level_of(last.text + piece.text) or not (level_of(so_far) or level_of(piece.text)))
        ):
            names[-1].append(piece)
        else:
            names.append([piece])
    named = [name for name in names if level_of("".join(p.text for p in name))]
    cut = [name for name in names if all(p.at < rows[0] or p.at > rows[1] for p in name)]
    if len(named) + len([name for name in cut if name not in named]) < len(names):
        return None
    return named


def _blocks(
    places: list[float], rows: list[int], bands: list[tuple[int, int]], lead: bool,
    starts: set[int] | None, holds: Callable[[int, int, int], bool],
) -> list[int] | None:  # fmt: skip
    """The first row of each name's block, the blocks tiling the rows (from the first, or,
    `lead`, a row under the page's top whose block began on the page before) to the last, each
    beginning at one of `starts` (all rows where None), holding its rows (`holds(name, first,
    last)`) and centred on its name's line within `_CENTRE_SLACK`, in lines or in rows; of the
    tilings that fit, the one whose names stand nearest their blocks' middles, in lines and in
    rows, a name on a row below its block's middle further (`BELOW_MIDDLE_COST`: a block of two
    rows prints its name on the first); None where no tiling fits."""

    def off(place: float, first: int, last: int) -> float | None:
        by_lines = abs((bands[first][0] + bands[last][1]) / 2 - place)
        among = _row_place(place, rows)
        by_rows = abs((first + last) / 2 - among)
        if min(by_lines, by_rows) > _CENTRE_SLACK:
            return None
        below = BELOW_MIDDLE_COST if among.is_integer() and among > (first + last) / 2 else 0.0
        return (by_lines + by_rows) / 2 + below

    @functools.cache
    def tile(k: int, first: int) -> tuple[float, list[int]] | None:
        if k == len(places):
            return (0.0, []) if first == len(rows) else None
        if starts is not None and first not in starts:
            return None
        best = None
        for last in range(first, len(rows)):
            cost = off(places[k], first, last)
            if cost is None or not holds(k, first, last):
                continue
            rest = tile(k + 1, last + 1)
            if rest is not None and (best is None or cost + rest[0] < best[0]):
                best = (cost + rest[0], [first, *rest[1]])
        return best

    firsts = range(len(rows)) if lead else range(1)
    tilings = [
        (found[0] + first * LEAD_ROW_COST, first, found[1])
        for first in firsts
        if (found := tile(0, first))
    ]
    return min(tilings)[2] if tilings else None


def _row_place(line: float, rows: list[int]) -> float:
    """Where a line stands among the rows, counted in rows (1.5: halfway between the second
    row's line and the third's)."""
    if line <= rows[0]:
        return 0.0
    for k in range(len(rows) - 1):
        if rows[k] <= line <= rows[k + 1]:
            return k + (line - rows[k]) / (rows[k + 1] - rows[k])
    return float(len(rows) - 1)
