"""Extract stage: raw bytes of one published table -> its title, department, header and rows.

Pure: `extract_table(source_file, data)` takes the bytes and returns a `RawTable`; it never
touches the file system. Every non-blank line of the input ends up in exactly one place: a
row (possibly merged with the continuation lines a PDF converter wrapped it onto), a line
recognised as title / department / unit / header / page furniture, or an `unrecognised`
line that the normalize stage turns into a finding carrying its text.

It reads one layout, the department table with a project's indicators packed into one
绩效指标 cell. A table whose indicators have columns of their own (一级指标 | 二级指标 | … |
指标值), wherever their header is, raises `LayoutError` naming the layout those labels tell,
rather than being read as projects with no indicators: those labels are the layout readers'
own (`pipeline.vocab.layout_labels`), so that the two never disagree on a header. So does a
file with no tab at all whose indicator column labels lost their tabs (`untabbed_header`), for
the layout readers' text reader to rebuild its cells (`pipeline.read.untabbed`), and a file
whose indicator rows lost their row of column labels, a row of them reading as one
(`grid_rows.restored_labels`).
"""

import codecs
import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from pipeline import money
from pipeline.labels.columns import column_roles, field_roles, unspelled
from pipeline.labels.grid_rows import restored_labels
from pipeline.read.barred import tabbed_bars
from pipeline.read.boxdrawn import box_parts
from pipeline.read.fixed_width import headings_joined
from pipeline.read.grid import quoted_text, unmarked_lines
from pipeline.vocab import file_formats, labels, layout_labels
from pipeline.vocab.invisible import visible
from pipeline.vocab.traditional import simplified
from pipeline.vocab.untabbed import UNTABBED_ADVICE


class ExtractError(Exception):
    """Why a file gives no table (it cannot be read or decoded, is HTML or binary, has no
    header), at which line: the finding of the file's `failed` document."""

    rule = "file_unreadable"  # of the finding the file's failure becomes

    def __init__(self, source_file: str, line: int, reason: str):
        super().__init__(f"{source_file}:{line}: {reason}")
        self.source_file = source_file
        self.line = line
        self.reason = reason


class LayoutError(ExtractError):
    """A table whose indicators have columns of their own, a layout the packed reader does not
    read and hands to the layout readers: its line is the header of those columns."""

    rule = "layout_unsupported"


@dataclass(frozen=True, slots=True)
class Row:
    """One table row: its cells by header position, and the source lines it was joined from."""

    line: int
    cells: tuple[str, ...]
    cell_count: int
    # Per cell, the (offset in the joined cell, source line) where each wrapped piece begins,
    # so that text found inside a joined cell still traces back to its own line.
    origins: tuple[tuple[tuple[int, int], ...], ...]


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line that is not part of a row, with what it was recognised as."""

    line: int
    # title | department | currency | header, and their `_repeat` on later pages; page;
    # note (below the table); unrecognised
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class RawTable:
    """What the extract stage read from one file."""

    source_file: str
    sha256: str
    encoding: str
    line_ending: str
    title: str | None
    department: str | None
    currency_unit: str | None  # the first unit stated below, as printed
    header_line: int
    header_labels: tuple[str, ...]
    columns: tuple[str, ...]  # field per header position; unknown labels as `extra:<label>`
    rows: tuple[Row, ...]
    lines: tuple[Line, ...]
    # (line, text) of lines holding bytes that could not be decoded, shown as U+FFFD
    damaged_lines: tuple[tuple[int, str], ...] = ()
    # (line, text, unit) of each statement of the money unit: 单位 lines above the header,
    # amount labels (`总计（元）`), then 单位 lines below it
    currency_statements: tuple[tuple[int, str, str], ...] = ()


# A UTF-8 file with this many bad bytes or fewer (a cut download, a converter's slip) is
# read as UTF-8 with the bad bytes marked, rather than as GB18030 mojibake.
_MAX_DAMAGED_BYTES = 8


@functools.lru_cache(maxsize=1)
def decode(source_file: str, data: bytes) -> tuple[str, str]:
    """The text of a raw file (`_decoded`) without its invisible format characters
    (`visible`) nor the markup of another format a converter left in its cells
    (`unmarked_lines`: `&ge;`, `<br>`, `_x000D_`, `**项目名称**`), and the encoding it was in;
    the last file's is kept, as a CSV's reader and its `documents` row (the encoding) both ask."""
    text, encoding = _decoded(source_file, data)
    return unmarked_lines(visible(text)), encoding


def _decoded(source_file: str, data: bytes) -> tuple[str, str]:
    """The text of a raw file and the encoding it was in, detected from the bytes alone.

    A byte-order mark tells UTF-8 or UTF-16; without one, NUL bytes at every other offset
    tell UTF-16 (`utf-16-le`, `utf-16-be`); else the text is UTF-8 or, failing that, in a
    legacy Chinese encoding, GB18030 or Big5 (`cp950`, `big5hkscs`), the one whose reading
    holds a performance table's words (`pipeline.vocab.file_formats`), GB18030 when neither
    does. A few bytes that are not UTF-8 in an otherwise UTF-8 file become U+FFFD, and the
    encoding is reported as `utf-8 (damaged)`; the lines holding them are in
    `RawTable.damaged_lines`, for the normalize stage to report. A file with lines in UTF-8
    and lines in another encoding, or whose GB18030 and Big5 readings both hold the words, is
    not read: the error names the line.
    """
    if not data.strip():
        raise ExtractError(
            source_file, 1, "the file is empty; re-download it or drop it from data/raw"
        )
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = utf16_by_nul_bytes(data) or "utf-8"
    try:
        return _checked_text(source_file, data, data.decode(encoding)), encoding
    except UnicodeDecodeError:
        if not encoding.startswith("utf-8"):
            raise _undecodable(source_file, data) from None
    text = data.decode(encoding, errors="replace")
    if text.count("\ufffd") - data.count("\ufffd".encode()) <= _MAX_DAMAGED_BYTES:
        return _checked_text(source_file, data, text), f"{encoding} (damaged)"
    if encoding == "utf-8":
        # Binary first, byte for byte (no encoding here has control characters but ASCII's).
        _checked_text(source_file, data, data.decode("latin-1"))
        _refuse_mixed_lines(source_file, data)
        return _chinese_legacy(source_file, data)
    raise _undecodable(source_file, data)


def utf16_by_nul_bytes(data: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when the NUL bytes of a text without a byte-order mark say
    so beyond doubt (`file_formats.UTF16_ASCII_SHARE`), else None."""
    if len(data) % 2:
        return None
    odd, even = data[1::2].count(0), data[0::2].count(0)
    for high, low, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if (
            high * file_formats.UTF16_ASCII_SHARE >= len(data) // 2
            and high >= low * file_formats.UTF16_NUL_MARGIN
        ):
            return encoding
    return None


# A line is told to be UTF-8 by a character of three bytes (every Chinese character is one): a
# line in GB18030 or Big5 that is valid UTF-8 by chance is a short one without such a sequence.
_UTF8_WIDE = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}")


def _refuse_mixed_lines(source_file: str, data: bytes) -> None:
    """Raise for a file whose lines are in two encodings, UTF-8 and another (a UTF-8 table with
    a GB18030 tail pasted on), naming its first line in the other encoding than its first
    line beyond ASCII: read as either, one part would be mojibake."""
    first = None
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            utf8 = False
        else:
            if not _UTF8_WIDE.search(line):
                continue  # too little to tell
            utf8 = True
        if first is None:
            first = (number, utf8)
        elif utf8 != first[1]:
            kinds = ("not UTF-8", "UTF-8") if first[1] else ("UTF-8", "not UTF-8")
            raise ExtractError(
                source_file,
                number,
                f"lines in two encodings: line {first[0]} is {kinds[1]}, this line is "
                f"{kinds[0]}; save the whole table again in one encoding (UTF-8)",
            )


def _chinese_legacy(source_file: str, data: bytes) -> tuple[str, str]:
    """The text of a file in a legacy Chinese encoding and that encoding: the family whose
    reading holds a performance table's words, beyond doubt (`file_formats.ENCODING_WORDS`),
    else the first family, GB18030; an error when no family reads the bytes, or two readings
    hold the words alike."""
    readings = {}  # family -> (text, codec)
    for family, names in file_formats.CHINESE_ENCODINGS.items():
        for name in names:
            try:
                readings[family] = (data.decode(name), name)
                break
            except UnicodeDecodeError:
                continue
    words = {family: _table_words(text) for family, (text, _) in readings.items()}
    found = [
        family
        for family, count in words.items()
        if count >= file_formats.ENCODING_EVIDENCE
        and all(
            count >= other * file_formats.ENCODING_MARGIN
            for rival, other in words.items()
            if rival != family
        )
    ]
    if not found and sum(map(bool, words.values())) > 1:
        raise ExtractError(
            source_file,
            1,
            "reads as text in "
            + " and in ".join(readings)
            + " alike (lines in two encodings?); save the table again as UTF-8",
        )
    family = found[0] if found else next(iter(file_formats.CHINESE_ENCODINGS))
    if family not in readings:
        raise _undecodable(source_file, data)
    text, name = readings[family]
    return _checked_text(source_file, data, text), name


def _table_words(text: str) -> int:
    """How often a reading holds a performance table's words, in simplified characters."""
    head = simplified(text[: file_formats.ENCODING_EVIDENCE_CHARACTERS])
    return sum(head.count(word) for word in file_formats.ENCODING_WORDS)


def _checked_text(source_file: str, data: bytes, text: str) -> str:
    if _looks_binary(text):
        raise _undecodable(source_file, data)
    return text


def _undecodable(source_file: str, data: bytes) -> ExtractError:
    line = data[: _first_bad_offset(data)].count(b"\n") + 1
    return ExtractError(
        source_file,
        line,
        "not text in UTF-8 or GB18030 (binary or damaged bytes); "
        "save the table as UTF-8 or GB18030 text",
    )


# Control characters a text file holds only as a binary file's bytes: not the tab, the line
# ends nor the breaks a cell's line may keep (`file_formats.CELL_LINE_BREAKS`: the vertical tab).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    return "\x00" in text or len(_CONTROL.findall(text, 0, 4096)) > 8


def _first_bad_offset(data: bytes) -> int:
    """Where the damage starts: the first NUL byte, else the first byte that is not UTF-8."""
    offsets = [data.find(b"\x00")]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        offsets.append(error.start)
    return min((offset for offset in offsets if offset >= 0), default=0)


def split_lines(text: str) -> tuple[list[str], str]:
    """Lines without their endings (`\\n`, `\\r\\n` or a lone `\\r`) and the ending used."""
    ending = "\r\n" if "\r\n" in text else "\n"
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), ending


def extract_table(
    source_file: str, data: bytes, decoded: tuple[str, str] | None = None
) -> RawTable:
    """Read one raw file into a `RawTable`, or raise `ExtractError` naming file and line;
    `decoded` is `decode(source_file, data)` when the caller has it already."""
    text, encoding = decoded or decode(source_file, data)
    text = tabbed_bars(text)  # cells a converter parted with bars, as the tabs they stand for
    lines, ending = split_lines(text.removeprefix("\ufeff"))
    head = text[:2048].lower()
    if any(marker in head for marker in labels.HTML_MARKERS):
        raise ExtractError(
            source_file,
            _first_line_with(lines, labels.HTML_MARKERS),
            "an HTML page, not a table (an error page saved as .txt?); download the table again",
        )
    header = _find_header(lines)
    if header is None:
        if (index := _indicator_header(lines)) is not None:
            raise _unread_layout(source_file, lines[:index], index + 1, _cells(lines[index]))
        if (lost := _labels_lost(lines)) is not None:
            index, found = lost
            raise _unread_layout(source_file, lines[:index], index + 1, found)
        if (untabbed := untabbed_header(headings_joined(lines))) is not None:
            index, found = untabbed
            # Without a tab anywhere, for the layout readers, whose text reader rebuilds the
            # cells where it can (`pipeline.read.untabbed`).
            error = ExtractError if "\t" in text else LayoutError
            raise error(
                source_file,
                index + 1,
                f"a performance table whose cells are not tab-separated (its column labels "
                f"{' | '.join(found)} are joined by spaces or printed one a line); "
                f"{UNTABBED_ADVICE}",
            )
        first = next((n for n, line in enumerate(lines, 1) if line.strip()), 1)
        if box_parts(text) is not None:
            # A table drawn with rules (`+----+`, `│`), its labels in cells of no tab: for the
            # layout readers, whose text reader reads its cells (`pipeline.read.boxdrawn`).
            raise LayoutError(source_file, first, "a table drawn with rules, no packed table")
        raise ExtractError(
            source_file,
            first,
            "no header row with 项目名称 and 总计 found; is this a 项目支出绩效目标表?",
        )
    header_labels = header.labels
    lines_apart = (_unquoted_cells(line) for line in lines[header.first : header.last + 1])
    if names_indicator_columns(header_labels) or any(map(names_indicator_columns, lines_apart)):
        raise _unread_layout(source_file, lines[: header.first], header.first + 1, header_labels)
    columns = tuple(_column_for(label) or f"extra:{label}" for label in header_labels)
    preamble = _read_preamble(lines[: header.first])
    header_lines = [Line(i + 1, "header", lines[i]) for i in range(header.first, header.last + 1)]
    rows, body_lines = _read_body(source_file, lines, header, columns)
    statements = (
        *_stated_units(preamble, "currency"),
        *_currency_in_labels(header.first + 1, header_labels),
        *_stated_units(body_lines, "currency_repeat"),
        *_stated_units([*preamble, *body_lines], "note"),
    )
    return RawTable(
        source_file=source_file,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        line_ending=ending,
        title=next((line.text for line in preamble if line.kind == "title"), None),
        department=_department(preamble),
        currency_unit=statements[0][2] if statements else None,
        header_line=header.first + 1,
        header_labels=header_labels,
        columns=columns,
        rows=rows,
        lines=(*preamble, *header_lines, *body_lines),
        damaged_lines=tuple((n, line) for n, line in enumerate(lines, 1) if "\ufffd" in line)
        if encoding.endswith("(damaged)")
        else (),
        currency_statements=statements,
    )


def _first_line_with(lines: list[str], markers: tuple[str, ...]) -> int:
    return next(
        (n for n, line in enumerate(lines, 1) if any(m in line.lower() for m in markers)), 1
    )


def _label_lookup(vocabulary: dict[str, tuple[str, ...]]) -> Callable[[str], str | None]:
    """label -> its key in `vocabulary` (a column, a field), or None; cached.

    Labels are compared after `labels.compact_label`. A label may carry a note after a known
    one (`绩效指标（三级）`); long labels are matched as prefixes too, longest first. Short
    ones (`其他`, `合计`) only exactly, so as not to misread.
    """
    exact = {
        labels.compact_label(label): key
        for key, variants in vocabulary.items()
        for label in variants
    }
    # Labels of one length are distinct, so at most one of them begins a given label: one
    # look-up per length, longest first.
    lengths = sorted({len(label) for label in exact if len(label) >= 4}, reverse=True)

    @functools.lru_cache(maxsize=1024)
    def lookup(label: str) -> str | None:
        compact = labels.compact_label(label)
        if compact in exact:
            return exact[compact]
        return next((exact[compact[:n]] for n in lengths if compact[:n] in exact), None)

    return lookup


_column_for = _label_lookup(labels.COLUMN_LABELS)


# Cells in an amount column longer than this, or with punctuation, are wrapped text.
_SHORT_CELL = 12

# Header labels are short; data rows carry long goal and indicator cells. Checking the
# length first keeps the label lookup off the hot path of every data row.
_LABEL_MAX_LENGTH = 40


def _columns_named(cells: list[str]) -> set[str | None]:
    if max(map(len, cells), default=0) > _LABEL_MAX_LENGTH:
        return set()
    return set(map(_column_for, cells))


def _names_required_columns(cells: list[str], found: set[str | None] | None = None) -> bool:
    """Whether the cells name every required column (`found`: the columns they name, if
    known already)."""
    found = _columns_named(cells) if found is None else found
    return found.issuperset(labels.REQUIRED_COLUMNS)


def _is_header(line: str) -> bool:
    return _names_required_columns(line.split("\t"))


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t")]


@functools.lru_cache(maxsize=2**14)
def _indicator_field(cell: str) -> str | None:
    """The indicator column a header cell names, as the layout readers read it
    (`pipeline.vocab.layout_labels`): not a project column of a one-row-per-indicator list,
    nor the indicator block's label (`绩效指标`), which heads the packed cell read here."""
    roles = column_roles(cell)
    if "indicator_block" in roles:
        return None
    return next((role for role in roles if role not in layout_labels.PROJECT_COLUMN_ROLES), None)


def _indicator_fields(cells: Sequence[str]) -> dict[str, str]:
    """The cells that label indicator columns, with the field each names. A cell with text
    after a colon is a labelled value (`二级指标：数量指标`, in a packed cell), not a label.
    Beside a value column and no 三级 column, the block's label heads the names
    (`序号 | 绩效指标 | 指标值 | 分值`), as the layout readers plan it (`grid_rows`)."""
    fields = {
        cell: field
        for cell in cells
        if len(cell) <= _LABEL_MAX_LENGTH
        and ":" not in labels.compact_label(cell).rstrip(":")
        and (field := _indicator_field(cell))
    }
    if "value" in fields.values() and "level3" not in fields.values():
        fields |= {cell: "level3" for cell in cells if "indicator_block" in column_roles(cell)}
    return fields


def names_indicator_columns(cells: Sequence[str]) -> bool:
    """Whether a line is the header of indicator columns: it names two of their core fields."""
    fields = set(_indicator_fields(cells).values()) if len(cells) >= 2 else set()
    return len(fields.intersection(labels.INDICATOR_CORE_FIELDS)) >= 2


def _indicator_header(lines: list[str]) -> int | None:
    """The index of the first line that heads indicator columns, if any."""
    return next(
        (i for i, line in enumerate(lines) if names_indicator_columns(_unquoted_cells(line))), None
    )


def _labels_lost(lines: list[str]) -> tuple[int, tuple[str, ...]] | None:
    """The index of the first line that is an indicator row whose column labels were lost
    (`grid_rows.restored_labels`), under a header block's label, with the labels it
    shows; None if there is none."""
    for index, line in enumerate(lines):
        if "\t" in line and (labels := restored_labels(tuple(_unquoted_cells(line)))):
            above = (text for earlier in lines[:index] for text in _unquoted_cells(earlier))
            return (index, labels) if any(map(field_roles, above)) else None
    return None


def _unquoted_cells(line: str) -> list[str]:
    """A line's cells, each quoted whole read as the text it holds (a tool's export quoting
    every cell: `"一级指标"\t"二级指标"`)."""
    return [text if (text := quoted_text(cell)) is not None else cell for cell in _cells(line)]


def untabbed_header(lines: list[str]) -> tuple[int, list[str]] | None:
    """The first line (index) of indicator column labels written without tabs: joined by spaces
    on one line (`一级指标 二级指标 三级指标 指标值`), or one a line from it on (a converter's
    one cell a line, from a field's label or the block's where it heads the names: `绩效指标`
    over `指标值`, up to a line that is no label: `实际完成情况` over its goal's prose is a field's
    label, not the first of the labels under it); with the labels it names."""
    for index, line in enumerate(lines):
        if "\t" in line or not line.strip():
            continue
        # Its labels as printed, or spelled a character a word (`一 级 指 标 二 级 指 标 …`).
        candidates = [line.split(), unspelled(line.split())]
        block = "indicator_block" in column_roles(line.strip())
        if _indicator_fields([line.strip()]) or block:
            cells = _label_window(lines[index : index + _CELLS_A_LINE])
            # The block's label opens the labels only as the names' own (`绩效指标` over `指标值`),
            # not as a scope line or a group over the level labels (`长期绩效指标`, `绩效指标`
            # over `一级指标 | 二级指标`).
            fields = _indicator_fields(cells)
            if not block or (
                fields.get(cells[0]) == "level3" and not {"level1", "level2"} & {*fields.values()}
            ):
                candidates.append(cells)
        for cells in candidates:
            if names_indicator_columns(cells):
                return index, list(_indicator_fields(cells))
    return None


def _label_window(lines: list[str]) -> list[str]:
    """Lines of cells one a line from a label on, up to the first filled one that names no
    column (a field's value: the goal beside `实际完成情况`)."""
    cells = [text.strip() for text in lines]
    end = next((k for k, text in enumerate(cells) if text and not column_roles(text)), len(cells))
    return cells[:end]


def _unread_layout(
    source_file: str, above: list[str], number: int, cells: Sequence[str]
) -> LayoutError:
    """The failure of a table with indicator columns at line `number`: the layout its labels
    and title tell, and the labels."""
    fields = _indicator_fields(cells)
    present = set(fields.values())

    def tells(layout: str) -> bool:
        words = labels.UNREAD_LAYOUT_WORDS.get(layout, ())
        return not present.isdisjoint(labels.UNREAD_LAYOUT_FIELDS.get(layout, ())) or any(
            word in line for line in above for word in words
        )

    if "project_name" in _columns_named([cell for cell in cells if cell not in fields]):
        layouts = ["indicator_rows"]
    else:
        layouts = ["department_form" if tells("department_form") else "project_form"]
    layouts += [layout for layout in ("self_evaluation", "split_values") if tells(layout)]
    if present.isdisjoint({"level1", "level2"}):
        layouts.append("no_levels")
    return LayoutError(
        source_file,
        number,
        "a layout other than the packed 绩效指标 cell "
        f"({', '.join(labels.UNREAD_LAYOUTS[layout] for layout in layouts)}): indicator "
        f"columns {' | '.join(fields)}; for the layout readers",
    )


# How many lines a header row printed one cell a line is looked for in.
_CELLS_A_LINE = 8


def packed_header_a_cell_a_line(lines: list[str]) -> int | None:
    """The index of the project column's label in a packed header printed one cell a line (a
    converter's damage 2: `项目名称` then `总计` … each on a line of its own, the header's lines
    between two blank ones, naming every required column); None when there is none."""
    for index, line in enumerate(lines):
        if "\t" in line or not line.strip() or not labels.may_name_project(line):
            continue
        first = last = index
        while first > 0 and lines[first - 1].strip():
            first -= 1
        while last + 1 < len(lines) and lines[last + 1].strip():
            last += 1
        cells = [text.strip() for text in lines[first : last + 1]]
        if 1 < len(cells) <= labels.PACKED_HEADER_MAX_CELLS and _names_required_columns(cells):
            return index
    return None


@dataclass(frozen=True, slots=True)
class _Header:
    """The header: its first and last line (0-based) and its label per column."""

    first: int
    last: int
    labels: tuple[str, ...]


def _find_header(lines: list[str]) -> _Header | None:
    """The first line naming 项目名称 and 总计; or two lines that do so together, as a header
    with merged cells comes out (项目名称 | 资金来源 over 合计 | 财政拨款 | …): a label in the
    lower line wins over the merged cell above it."""
    for index, line in enumerate(lines):
        if not labels.may_name_project(line):  # most lines of a per-project form
            continue
        cells = _cells(line)
        named = _columns_named(cells)
        if _names_required_columns(cells, named):
            return _Header(index, index, tuple(cells))
        if "project_name" in named and index + 1 < len(lines):
            lower = _cells(lines[index + 1])
            width = max(len(cells), len(lower))
            merged = [
                below or above
                for above, below in zip(
                    cells + [""] * (width - len(cells)),
                    lower + [""] * (width - len(lower)),
                    strict=True,
                )
            ]
            if _names_required_columns(merged):
                return _Header(index, index + 1, tuple(merged))
    return None


_UNIT_WORD = (
    rf"(?P<value>[^\s\d:：()（）。，,；;]{{0,{labels.CURRENCY_WORD_MAX_LENGTH - 1}}}"
    rf"{labels.CURRENCY_WORD_END})"
)
_DEPARTMENT = re.compile(rf"^(?:{'|'.join(labels.DEPARTMENT_LABELS)})\s*[:：]\s*(?P<value>.*)$")
# A unit statement ending a piece of text: alone (`单位：元`), in brackets (`（单位：元）`), or
# after other text and a space (`部门名称：某局 金额单位：元`), or glued to it (a page's right-floated
# span read on: `部门名称：某局单位：万元`).
_CURRENCY = re.compile(
    rf"(?:^|(?<=\s)|(?<=[\u4e00-\u9fff])|(?=[(（]))[(（]?\s*(?:{'|'.join(labels.CURRENCY_LABELS)})"
    rf"\s*[:：]\s*{_UNIT_WORD}\s*[)）]?\s*$"
)
# The unit stated inside a note (`注：本表金额单位为元。`), not followed by more words.
_NOTE_CURRENCY = re.compile(
    rf"(?:{'|'.join(labels.CURRENCY_LABELS)})\s*(?:[:：]|{'|'.join(labels.CURRENCY_NOTE_VERBS)})"
    rf"\s*{_UNIT_WORD}(?![\u4e00-\u9fff])"
)


def _kinds_of(piece: str) -> list[tuple[str | None, str]]:
    """The (kind, text) parts of a piece of a line outside the rows: a unit statement that
    ends it is a `currency` part of its own, the text before it is classified alone."""
    match = _CURRENCY.search(simplified(piece))  # its positions are the piece's
    if match is None:
        return [(_kind_of(piece), piece)]
    before = piece[: match.start()].strip()
    stated = piece[match.start() : match.end()].strip()
    return [*([(_kind_of(before), before)] if before else []), ("currency", stated)]


def _kind_of(piece: str) -> str | None:
    """What a piece of a line outside the rows is: title, department or note."""
    words = simplified(piece)
    if _DEPARTMENT.match(words):
        return "department"
    if len(piece) <= labels.TITLE_MAX_LENGTH and any(word in words for word in labels.TITLE_WORDS):
        return "title"
    if words.startswith(labels.NOTE_PREFIXES) or labels.is_sign_off(piece):
        return "note"
    return None


def _read_preamble(lines: list[str]) -> list[Line]:
    """Title, 部门名称 and 单位 above the header; anything else is kept as unrecognised."""
    found = []
    for number, line in enumerate(lines, 1):
        for piece in filter(None, (cell.strip() for cell in line.split("\t"))):
            for kind, text in _kinds_of(piece):
                found.append(Line(number, kind or "unrecognised", text))
    return found


def _outside_rows(number: int, line: str) -> list[Line]:
    """A line below the header that is not table text: a page number, or title, 部门名称, 单位
    or a note, as PDF converters repeat them at the top of each page and tables end with them.
    Empty when the line is (or may be) part of a row."""
    if labels.is_page_furniture(line):
        return [Line(number, "page", line.strip())]
    found = []
    for piece in filter(None, (piece.strip() for piece in line.split("\t"))):
        for kind, text in _kinds_of(piece):
            if kind is None:
                return []
            found.append(Line(number, kind if kind == "note" else f"{kind}_repeat", text))
    return found


def _department(preamble: list[Line]) -> str | None:
    for line in preamble:
        if line.kind == "department":
            value = line.text[_DEPARTMENT.match(simplified(line.text)).start("value") :].strip()
            return value or None
    return None


def _stated_units(lines: list[Line], kind: str) -> list[tuple[int, str, str]]:
    """(line, text, unit) of each line of the kind that states the unit: every 单位 line, and
    the notes that name it."""
    pattern = _NOTE_CURRENCY if kind == "note" else _CURRENCY
    return [
        (line.line, line.text, match["value"])
        for line in lines
        if line.kind == kind and (match := pattern.search(simplified(line.text)))
    ]


def _currency_in_labels(line: int, header_labels: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """(line, label, unit) of each amount column whose label names a unit (`总计（万元）`)."""
    found = []
    for label in header_labels:
        match = labels.CURRENCY_SUFFIX.search(labels.fold_label(label))
        if match and _column_for(label) in labels.AMOUNT_COLUMNS:
            found.append((line, label, match["unit"]))
    return found


def _read_body(
    source_file: str, lines: list[str], header: _Header, columns: tuple[str, ...]
) -> tuple[tuple[Row, ...], list[Line]]:
    """Rows below the header, with wrapped continuation rows and lines joined back on; a
    header of indicator columns below it (a form that looked like a table) fails the file."""
    amount_positions = [i for i, column in enumerate(columns) if column in labels.AMOUNT_COLUMNS]
    width = len(columns)
    header_texts = {lines[i] for i in range(header.first, header.last + 1)}
    rows: list[Row] = []
    recognised: list[Line] = []
    for index in range(header.last + 1, len(lines)):
        number, line = index + 1, lines[index]
        if not line.strip():
            continue
        if outside := _outside_rows(number, line):
            recognised.extend(outside)
            continue
        line = _unmarked(number, line, recognised)
        if "\t" not in line:
            if rows:
                rows[-1] = _append_to_last_cell(rows[-1], line.strip(), number)
            else:
                recognised.append(Line(number, "unrecognised", line.strip()))
            continue
        if line in header_texts or _is_header(line):
            recognised.append(Line(number, "header_repeat", line))
            continue
        pieces = _cells(line)
        # A data row has long goal or indicator cells; a header of indicator columns has
        # short labels, but for the first cell, a form's row label (`绩效指标(权重分值…)`).
        if max(map(len, pieces[1:]), default=0) <= _LABEL_MAX_LENGTH and (
            names_indicator_columns(pieces)
        ):
            raise _unread_layout(source_file, lines[:index], number, pieces)
        if rows and not any(_looks_like_amount(pieces, i) for i in amount_positions):
            rows[-1] = _continue(rows[-1], pieces, number, width)
        else:
            cells = tuple((pieces + [""] * width)[: max(width, len(pieces))])
            origins = tuple(((0, number),) for _ in cells)
            rows.append(Row(line=number, cells=cells, cell_count=len(pieces), origins=origins))
    return tuple(map(_unquoted_over_lines, rows)), recognised


def _unquoted_over_lines(row: Row) -> Row:
    """The row with each cell a spreadsheet's text export quoted because it holds line breaks
    (`"1、…≥100人次` over `2、…≥90%"`: a cell's lines, each its own line of the file) read as
    the text it holds, its doubled quotes single and its lines parted by the line breaks it
    holds (a packed cell printing each field on a line of its own: `1.一级指标：产出指标` over
    `二级指标：数量指标`), not joined as a converter's wrap is; the offsets where its lines begin
    moved with it. Any other cell as printed."""
    if not any(len(origins) > 1 for origins in row.origins):
        return row
    cells, origins = list(row.cells), list(row.origins)
    for col, cell in enumerate(row.cells):
        if len(row.origins[col]) < 2:
            continue
        starts = [offset for offset, _ in row.origins[col]]
        broken = "\n".join(cell[a:b] for a, b in zip(starts, [*starts[1:], len(cell)], strict=True))
        text = quoted_text(broken)
        if text is not None:
            cells[col] = text
            first, *rest = row.origins[col]
            origins[col] = (
                first,
                *((offset - 1 + k, line) for k, (offset, line) in enumerate(rest, 1)),
            )
    return Row(row.line, tuple(cells), row.cell_count, tuple(origins))


def _unmarked(number: int, line: str, recognised: list[Line]) -> str:
    """The line without the page markers a hosting site's converter glued to the end of its
    cells (`90%以上。第12页 共99页`), each kept as a `page` line."""
    if not labels.may_hold_page_marker(line):  # most lines
        return line
    cells, markers = labels.split_glued_page_markers(line.split("\t"))
    recognised.extend(Line(number, "page", marker) for marker in markers)
    return "\t".join(cells)


def _looks_like_amount(pieces: list[str], index: int) -> bool:
    """Whether a line has something in an amount column that could be an amount: a number,
    or a short cell (`十万`, `-`); not the goal or indicator text of a wrapped row."""
    cell = pieces[index] if index < len(pieces) else ""
    if read_amount(cell) is not None:
        return True
    return 0 < len(cell) <= _SHORT_CELL and not any(mark in cell for mark in "、；;:：。，")


def _continue(row: Row, pieces: list[str], number: int, width: int) -> Row:
    """A line with no amounts continues the row above, in one of two ways a converter wraps:

    - aligned: the empty leading cells stand for the columns already read, so each piece
      continues the cell in its own column (`\t\t\t\t\t育生均…\t-成本指标…`);
    - split: a cell held a line break, so the row above stopped short of the header's width
      and this line's first piece continues its last cell, the rest fill the next columns.
    """
    if pieces[0] and row.cell_count < width:
        pieces = [""] * (row.cell_count - 1) + pieces
    return _continue_row(row, pieces, number)


def _continue_row(row: Row, pieces: list[str], number: int) -> Row:
    """A converter's wrap: each non-empty piece continues the same cell of the row above.

    The pieces are joined exactly, with nothing inserted, since a wrap may fall inside a
    word, a number or an indicator's numbering (`3、1-产出指标；14` + `-成本指标`).
    """
    width = max(len(row.cells), len(pieces))
    cells = list(row.cells) + [""] * (width - len(row.cells))
    origins = list(row.origins) + [()] * (width - len(row.origins))
    for index, piece in enumerate(pieces):
        if piece:
            origins[index] = (*origins[index], (len(cells[index]), number))
            cells[index] += piece
    filled = max((i + 1 for i, piece in enumerate(pieces) if piece), default=0)
    return Row(
        line=row.line,
        cells=tuple(cells),
        cell_count=max(row.cell_count, filled),
        origins=tuple(origins),
    )


def _append_to_last_cell(row: Row, text: str, number: int) -> Row:
    """A bare line with no tabs continues the last non-empty cell of the row above."""
    last = max((i for i, cell in enumerate(row.cells) if cell), default=0)
    pieces = [""] * len(row.cells)
    pieces[last] = text
    return _continue_row(row, pieces, number)


_AMOUNT = re.compile(r"-?\d+(?:\.\d+)?")


@functools.lru_cache(maxsize=2**14)
def read_amount(text: str) -> tuple[Decimal, str | None] | None:
    """An amount cell as printed -> the number exactly as printed and the unit the cell
    prints, if any: `2,288.09` -> (Decimal('2288.09'), None), `９７．００万元` -> (Decimal('97.00'),
    '万元'); empty or unreadable -> None. The normalize stage converts it to 万元."""
    compact = simplified(unicodedata.normalize("NFKC", text).replace(" ", ""))
    unit = labels.CURRENCY_SUFFIX.search(compact)
    if unit is not None:
        compact = compact[: unit.start()]
    compact = money.ungrouped(compact) or ""
    if not _AMOUNT.fullmatch(compact):
        return None
    return Decimal(compact), unit["unit"] if unit else None


def line_at(row: Row, column: int, offset: int) -> int:
    """The source line on which the text at `offset` of a (possibly joined) cell was written."""
    line = row.line
    for start, number in row.origins[column] if column < len(row.origins) else ():
        if start <= offset:
            line = number
    return line
