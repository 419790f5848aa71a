"""Read floor, text one cell a line whose rows no blank line tells: rows by what the cells say.

Place in the pipeline: `untabbed.untabbed_rows` hands it the lines of a text printed one cell a
line where no column count cuts every row on a blank line, before their words are read
(`untabbed._joined_rows`). A PDF's text in reading order (`pdftotext` without `-layout`, a
viewer's copy) prints each cell a line with no blank line after a row, its merged level cells
once, before their block's first row, and a cell too wide for its column over two lines or
more; a Word document's text may print a blank line after every cell. Under the indicator
column labels, such lines are cut into rows by what they say (`rows_of_cells`):

- every row prints a name and a target under the value column, and its cells, in order, fit
  the columns one way (`fits`: `untabbed._placed`);
- a cell over several lines is those lines joined without a space, where none of them is a
  figure, a target or a level's name (`joinable`): a name's (`新建矮砧密植苹果` over `园`) or a
  reason's; a row is read with the fewest lines joined that fit it;
- a page's number (`— 2 —`, not a bare figure) or a column label printed again between rows is
  no row's (`apart`), a page's furniture never part of one (a running header is no name's
  first line), and the rows end at the table's total or its sign-off (`ends`), the lines
  from each such line on a row of their own;
- of the ways to cut the lines so, the one of fewest rows is read, where it is the only one; a
  run of lines cut no such way, or two (a line that may end one row as its reason or open the
  next as a name's first line), is left as it was.

Above the labels, lines printed without a blank line between them are a row from each label
that follows a value (`项目名称` / `某项目` / `主管部门` / `某局`: two rows), a value's lines
wrapped (no label, no figure) joined without a space; a row of headings one a line
(`年初预算数` … `得分`) runs on into the label of the row under it, which opens that row. Blank lines after every cell under the
labels end no row; where a blank line ends each row (runs of lines of different lengths), a run
is one row, its wrapped cells joined where one reading fits. The lines are given back as many as they were, each row's cells joined by
spaces on its first line, the lines it took from left blank.
"""

import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

# The most lines one row takes: its levels, a name and a reason wrapped, its values.
MOST_ROW_LINES = 12
# The most ways to join the lines of one row that are tried (a row of many wrapped cells).
MOST_JOININGS = 64
# How many labels in a row, one a line, are a row of headings (`年初预算数` … `得分`): the label
# after them opens a row of its own.
HEADINGS_FEWEST = 3


class Says(NamedTuple):
    """What the caller's vocabulary says of the lines' text."""

    # A row's words as its cells, where they fit the columns one way; None otherwise.
    fits: Callable[[list[str]], tuple[str, ...] | None]
    # Whether a line may be one of a cell's wrapped lines (no figure, target or level).
    joinable: Callable[[str], bool]
    # Whether a line is a label of the header block; and whether it is only a money unit in
    # brackets (`（万元）`), a label's last line.
    is_label: Callable[[str], bool]
    is_unit: Callable[[str], bool]
    # Whether a label is a money block's part (`上年结转资金`): a row of its own, whatever
    # follows it, where the part prints no figures.
    alone: Callable[[str], bool]
    # Whether a line printed between rows is no cell of one (a page's number).
    apart: Callable[[str], bool]
    # Whether a line is a page's furniture (`第 2 页 共 4 页`, a running header): in the header
    # too, no cell of the row it is printed in.
    furniture: Callable[[str], bool]
    # Whether a line ends a sentence (`…亩均增产30公斤以上。`): under two labels or more
    # (`预期目标 | 实际完成情况`), the end of its cell.
    closes: Callable[[str], bool]
    # Whether the lines after a line are no indicator rows (a total, a note, a sign-off).
    ends: Callable[[str], bool]
    # Whether two header rows, each a label and its figure, print one money row's two sides
    # (`其中：财政拨款 | 350.00` then `其中：财政拨款 | 400.00`, under 中期 and 年度).
    sides: Callable[[tuple[str, ...], tuple[str, ...]], bool]


def rows_of_cells(lines: Sequence[str], labels: int, after: int, says: Says) -> list[str]:
    """The lines with the rows under the column labels (lines `labels` to `after`) and the
    header rows above them cut as the module's docstring says, each on its first line."""
    out = [""] * len(lines)
    runs = filled_runs(lines)
    below = [run for run in runs if run[0] >= after]
    if below and all(len(run) == 1 for run in below):
        below = [[line for run in below for line in run]]  # a blank line after every cell
    each_a_row = len(below) > 1  # a blank line after each row: a run is one row, whole
    for run in [run for run in runs if run[0] < after] + below:
        header = [k for k in run if k < labels]
        if header and len(header) < len(run):  # the labels' run, no blank line above them
            for row in _header_rows(lines, header, says):
                out[row[0]] = _header_text(lines, row, says)
        if header == run:
            out[run[0]] = _as_printed(lines, run)
            continue
        column_labels = [k for k in run if labels <= k < after]
        if column_labels:
            out[column_labels[0]] = _as_printed(lines, column_labels)
        cells = [k for k in run if k >= after]
        if not cells:
            continue
        texts = [lines[k].strip() for k in cells]
        if each_a_row:
            row = _row(texts, says)
            cut = [(0, row[2])] if row else None
        else:
            cut = _cut(texts, says)
        if cut is None:
            out[cells[0]] = _as_printed(lines, cells)
            continue
        for first, text in cut:
            out[cells[first]] = text
    return out


def _as_printed(lines: Sequence[str], run: list[int]) -> str:
    """Lines as one row, each a cell, joined by spaces."""
    return " ".join(lines[k].strip() for k in run)


def filled_runs(lines: Sequence[str]) -> list[list[int]]:
    """The runs of lines printing text, parted by blank lines, each as its lines' indexes."""
    runs, current = [], []
    for k, line in enumerate([*lines, ""]):
        if line.strip():
            current.append(k)
        elif current:
            runs.append(current)
            current = []
    return runs


def _header_rows(lines: Sequence[str], run: list[int], says: Says) -> list[list[int]]:
    """A header's lines in rows: a new row at each label that follows a value, a label printed
    a character a line (`总` / `体` / `目` / `标`) one label; where a row of headings (`年初预算数`
    … `得分`) runs on into the label of the row of figures under them (`年度资金总额` /
    `380.00` …), that label opens a row of its own, and the block's label with its unit
    (`项目资金` / `（万元）`) the row of headings; a money part's label (`alone`) is a row of its
    own where it prints no figures (`上年结转资金` / `其他资金` / `年度总体目标`: three rows, not
    one); a money block's rows printed side by side (`_sides_joined`) are one row each; a page's
    furniture (`第 2 页 共 4 页` between a money row's figures and the next row's label) a row of
    its own, wherever it stands."""
    furniture = [k for k in run if says.furniture(lines[k].strip())]
    run = [k for k in run if k not in furniture]
    rows: list[list[int]] = []
    label_before = False
    alone_before = False
    for unit in _units(lines, run, says.is_label):
        text = lines[unit[0]].strip()
        label = len(unit) > 1 or says.is_label(text)
        alone = len(unit) == 1 and says.alone(text)
        if not rows or (label and (not label_before or alone or alone_before)):
            rows.append([])
        rows[-1] += unit
        label_before, alone_before = label, alone
    out = []
    for row in rows:
        labels = next(
            (n for n, k in enumerate(row) if not says.is_label(lines[k].strip())), len(row)
        )
        if HEADINGS_FEWEST < labels < len(row):
            headings = row[: labels - 1]
            if out and _labels_unit(lines, out[-1], says):
                headings = out.pop() + headings
            out += [headings, row[labels - 1 :]]
        elif _values_under(lines, row, labels, says):
            out += [row[:labels], row[labels:]]
        else:
            out.append(row)
    return [*_sides_joined(lines, out, says.sides), *([k] for k in furniture)]


def _values_under(lines: Sequence[str], row: list[int], labels: int, says: Says) -> bool:
    """Whether a row's lines are a block's label and its columns' labels, then a value a line
    under each of its columns, each but the last ending its sentence (`年度总体目标` / `预期目标`
    / `实际完成情况` / `…以上。` / `…完成。`): the labels one row, the values the row under them,
    as the form prints them."""
    values = [lines[k].strip() for k in row[labels:]]
    return 1 < len(values) == labels - 1 and all(map(says.closes, values[:-1]))


def _labels_unit(lines: Sequence[str], row: list[int], says: Says) -> bool:
    """Whether a row is a label and its unit in brackets (`项目资金` / `（万元）`)."""
    texts = [lines[k].strip() for k in row]
    return len(texts) == 2 and says.is_label(texts[0]) and says.is_unit(texts[1])


def _units(lines: Sequence[str], run: list[int], is_label: Callable[[str], bool]):
    """A header's lines one by one, lines of one character each that spell a label together
    (a merged cell's label printed down it) as one."""
    units: list[list[int]] = []
    for k in run:
        if len(lines[k].strip()) == 1 and units and len(lines[units[-1][-1]].strip()) == 1:
            units[-1].append(k)
        else:
            units.append([k])
    for unit in units:
        spelt = is_label("".join(lines[k].strip() for k in unit))
        yield from [unit] if spelt else ([k] for k in unit)


def _sides_joined(
    lines: Sequence[str], rows: list[list[int]],
    sides: Callable[[tuple[str, ...], tuple[str, ...]], bool],
) -> list[list[int]]:  # fmt: skip
    """Rows with a money block's two sides joined: where rows of a label and its figure (the
    first after the block's label, `项目资金（万元）`, where that is in its row) follow each
    other two by two, each two one money row's sides (`中期资金总额` and `年度资金总额`, then
    `其中：财政拨款` twice), each two are one row, as the block prints them."""
    texts = [tuple(lines[k].strip() for k in row) for row in rows]
    out: list[list[int]] = []
    at = 0
    while at < len(rows):
        end = at
        while end + 1 < len(rows) and sides(
            texts[end][-2:] if end == at else texts[end], texts[end + 1]
        ):
            end += 2
        if end - at >= 3:  # two money rows at least, each printed as its two sides
            out += [rows[k] + rows[k + 1] for k in range(at, end, 2)]
            at = end
        else:
            out.append(rows[at])
            at += 1
    return out


def _header_text(lines: Sequence[str], row: list[int], says: Says) -> str:
    """A header row's lines as its words: labels and figures apart, a value's wrapped lines
    (`…安装防雹网` over `1500亩，…`) joined; in a row of two labels or more, or of values
    alone under them (`年度总体目标 | 预期目标 | 实际完成情况`, then the goal and what was
    achieved), a line ending its sentence ends its value, the next line the next label's."""
    texts = [lines[k].strip() for k in row]
    several = sum(map(says.is_label, texts)) != 1
    out = texts[0]
    for before, text in itertools.pairwise(texts):
        wrapped = all(says.joinable(t) and not says.is_label(t) for t in (before, text))
        out += ("" if wrapped and not (several and says.closes(before)) else " ") + text
    return out


# A cut's cost, least first: its rows, the lines it joins, and of those the joins after a line
# the run prints whole elsewhere.
_Cost = tuple[int, int, int]


def _cut(cells: list[str], says: Says) -> list[tuple[int, str]] | None:
    """The rows of a run of cells, as (index of its first cell, its words), by the only cut of
    fewest rows, then of fewest lines joined, whose every row fits; a line `apart` from the
    rows (a page's number, the column labels printed again) a row of its own, and from a line
    that `ends` them (a 总分 row, a sign-off) the rest rows of their own, one from each such
    line. None where no cut or several do: a line that may end one row or open the next (a
    reason's, a name's wrapped first line) says nothing of which, but where of two cuts joining
    as many lines one joins a line the run prints whole elsewhere (`行业标准`, ending its row
    under 绩效标准 as it ends others, is no name's first line) and the other does not."""
    repeated = frozenset(text for text, count in Counter(cells).items() if count > 1)
    # Each end reached: its cost (`_Cost`), the number of cuts of that cost, the first of them.
    best: dict[int, tuple[_Cost, int, list[tuple[int, str]]]] = {0: ((0, 0, 0), 1, [])}
    for end in range(1, len(cells) + 1):
        options = []
        for start in range(max(0, end - MOST_ROW_LINES), end):
            if start not in best:
                continue
            (rows, joins, suspect), ways, cut = best[start]
            if end == start + 1 and says.apart(cells[start]):
                options.append(((rows, joins, suspect), ways, [*cut, (start, cells[start])]))
            elif not any(says.ends(text) or says.furniture(text) for text in cells[start:end]) and (
                found := _row(cells[start:end], says, repeated)
            ):
                cost = (rows + 1, joins + found[0], suspect + found[1])
                options.append((cost, ways, [*cut, (start, found[2])]))
        if options:
            least = min(option[0] for option in options)
            fewest = [option for option in options if option[0] == least]
            best[end] = (least, sum(ways for _, ways, _ in fewest), fewest[0][2])
    # The run's end, or a line ending its rows after which the rest are rows of their own.
    done = [k for k in best if k == len(cells) or (k and says.ends(cells[k]))]
    if not done:
        return None
    last = max(done)
    if best[last][1] != 1:
        return None
    tail = [k for k in range(last, len(cells)) if k == last or says.ends(cells[k])]
    rest = zip(tail, [*tail[1:], len(cells)][: len(tail)], strict=True)
    return [*best[last][2], *((k, " ".join(cells[k:stop])) for k, stop in rest)]


def _row(
    cells: list[str], says: Says, repeated: frozenset[str] = frozenset()
) -> tuple[int, int, str] | None:
    """(lines joined, of them the joins after a line in `repeated`, the row's words) for the
    lines of one row: the reading of fewest joins that fits, where one only does; None
    otherwise."""
    found: dict[int, dict[str, int]] = {}
    for joined, reading, after in itertools.islice(_readings(cells, says.joinable), MOST_JOININGS):
        if min(found, default=joined) < joined:
            break
        words = [word for cell in reading for word in cell.split()]
        if says.fits(words) is not None:
            suspect = sum(cells[k - 1] in repeated for k in after)
            found.setdefault(joined, {})[" ".join(reading)] = suspect
    if not found:
        return None
    fewest = found[min(found)]
    if len(fewest) != 1:
        return None
    ((text, suspect),) = fewest.items()
    return min(found), suspect, text


def _readings(cells: list[str], joinable: Callable[[str], bool]):
    """(lines joined, the cells, the lines joined onto the line before) for each way to join
    runs of joinable lines into cells, fewest joins first."""
    cuts = [k for k in range(1, len(cells)) if joinable(cells[k - 1]) and joinable(cells[k])]
    for joined in range(len(cuts) + 1):
        for chosen in itertools.combinations(cuts, joined):
            reading: list[str] = []
            for k, cell in enumerate(cells):
                if k in chosen:
                    reading[-1] += cell
                else:
                    reading.append(cell)
            yield joined, reading, chosen
