"""Read stage, web page of positioned text: a page a converter made of a PDF -> its words and rules.

Place in the pipeline: a format reader under `pipeline.read.html`, which hands it every web
page first; the words and rules it gives are read as a PDF page's (`pdf.read_text_layers`), so
the tables come out as a PDF's do, before the layout readers. The converters it reads, and the
elements that are their pages and lines, are `file_formats.POSITIONED_PAGES`.

pdf2htmlEX (the converter behind many sites' 在线预览 pages of a budget disclosure) writes no
`<table>`: each PDF page is a `<div class="pf">`, its size in classes of the page's stylesheet
(`.wN{width}`, `.hN{height}`), and each line of its text a `<div class="t …">` placed by classes
(`.xN{left}`, `.yN{bottom}` from the page's foot, `.hN{height}`, `.fsN{font-size}`,
`.lsN{letter-spacing}`, `.wsN{word-spacing}`) and drawn at the scale of its matrix class
(`.mN{transform:matrix(a,b,c,d,…)}`: a line drawn four times too large and scaled back by a
quarter); the space between two pieces of a line (two cells' text) is an offset, `<span class="_
_N">` of the width its class says (`margin-left` when it steps back), and a span of other
classes inside a line changes the size of its text. A line inside a clip box (`<div class="c xN
yN">`) is placed from the box's corner. Poppler's `pdftohtml -c` writes `<div id="pageN-div">`
pages, each block of text a `<p>` placed by its own style (`top`, `left`), its lines parted by
`<br/>` (each the next a browser's line height lower: `file_formats.POSITIONED_LINE_HEIGHT`).
A declaration is read from the element's own style, else its classes, those of the page's
sheets outside `@media` blocks (the print sheet repeats them in points).

The page's rules and shading are a picture behind its text (pdf2htmlEX writes it into the page
as a `data:` PNG): its runs of dark pixels across and down are the page's rules
(`_picture_rules`), so a ruled form reads as the PDF's grid does, its merged cells and wrapped
lines inside their cells; a page whose picture is not in it (a file beside it) reads as a table
without rules, its columns from where the text stands and its rows from its lines.

A character's width is not written (the page's fonts are files beside it, often not saved): a
wide one (CJK, full-width, and those of ambiguous width: `≥`, `“`, which Chinese fonts draw
full-width) is taken as one em, any other as half an em, as the fonts of Chinese documents print
Latin letters and digits; the offsets are exact, so a piece's place is off at most by the widths
of the pieces before it on its line. A line drawn turned (its matrix rotates or slants it: a
watermark's `内部资料`) is no text of the page, as a PDF's slanted characters are not. Pieces
closer than `WORD_GAP` (a kerning offset) are one word, unless their sizes differ (pdfplumber
parts a PDF's words so).
"""

import base64
import binascii
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import numpy
from pdfplumber.table import TableFinder, TableSettings
from PIL import Image
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pipeline.read.text import ExtractError
from pipeline.vocab import file_formats

# A declaration of a length in pixels (`left:52.5px`), and a transform's six numbers.
_LENGTH = re.compile(
    r"(?<![\w-])(left|top|bottom|width|height|line-height|margin-left|font-size|letter-spacing"
    r"|word-spacing)"
    r"\s*:\s*(-?[\d.]+)px",
    re.IGNORECASE,
)
_NUMBER = r"\s*(-?[\d.]+(?:e-?\d+)?)\s*"
_MATRIX = re.compile(r"(?<![\w-])transform\s*:\s*matrix\(" + ",".join([_NUMBER] * 6) + r"\)")
UNPLACED = (
    "a web page of a PDF's text (pdf2htmlEX, pdftohtml) saved without its stylesheet (the .css "
    "file its <link> names): its text cannot be placed; save the page complete (all files), or "
    "read the PDF it was made of"
)
PICTURES_ONLY = (
    "a web page of a PDF's pages (pdf2htmlEX, pdftohtml) that are pictures with no text: the PDF "
    "was scanned; run OCR on it (e.g. ocrmypdf) and read that PDF"
)
# A pixel of a page's picture darker than this (of 255, greyscale) is ink: a rule, not a cell's
# shading.
RULE_DARKNESS = 128
# A pixel this much redder than it is green or blue is a seal's (印章红), not a rule's ink.
SEAL_RED = 96
# A run of ink at least this long (page pixels, two CJK characters of body text) is a rule, not
# a stroke of a character drawn in the picture.
RULE_LENGTH = 15.0
# A run of ink thicker than this (page pixels) is a band of shading, not a rule.
RULE_THICKEST = 3.0
# Pieces of a line further apart than this many pixels are two words (pdfplumber's default
# x tolerance, with which a PDF's own words are read).
WORD_GAP = 3.0
# Widths of a character in ems by its East Asian width (`unicodedata.east_asian_width`).
WIDE_EM = 1.0
NARROW_EM = 0.5


@dataclass(frozen=True, slots=True)
class TextLayer:
    """A page known by its words and the rules of its picture: what `pdf.read_text_layers`
    asks of a page (its number, its box, its rules as pdfplumber's edges, and the tables they
    rule, found by pdfplumber's finder as on a PDF's page)."""

    page_number: int
    bbox: tuple[float, float, float, float]
    edges: tuple[dict, ...] = ()
    # Its characters one by one, as pdfplumber gives a page's: none, its words known whole (a
    # word across a column rule is not parted there: `pdf._parted_at_rules`).
    chars: tuple[dict, ...] = ()

    def find_tables(self, settings: dict) -> list:
        if not self.edges:
            return []
        return TableFinder(self, TableSettings.resolve(settings)).tables


@dataclass(slots=True)
class _Pen:
    """Where the next character of a line is drawn, and whether it goes on the word before
    (not after a space)."""

    x: float
    left: float  # where the line's lines begin
    line: int = 0  # the line of the block (after as many `<br/>`s)
    joins: bool = False


@dataclass(frozen=True, slots=True)
class _Style:
    """How a line's text is drawn: font size, letter and word spacing, all scaled."""

    size: float
    letters: float
    words: float


def text_layers(
    source_file: str, tree: LexborHTMLParser, sheet_classes: Callable[[], dict[str, str]]
) -> list[tuple[TextLayer, list]]:
    """Each page of a web page a converter made of a PDF (`file_formats.POSITIONED_PAGES`) with
    the words of its text (pdfplumber's word dicts: `text`, `x0`, `x1`, `top`, `bottom`,
    `size`) and the rules of its picture; [] for a web page that is none (one holding a table).
    `sheet_classes`: gives each class of the page's sheets -> its declarations outside `@media`
    blocks, asked for only once a converter's pages are found (a web page's sheets are read
    again for its tables).
    A page whose lines none of its sheets places (its stylesheet a file of its own, not saved
    with it) fails: its text cannot be put where it prints; so does one whose every page is a
    picture and no text (made of a scanned PDF)."""
    if tree.css_first("table") is not None:
        return []
    for pages, named, lines in file_formats.POSITIONED_PAGES:
        found = [
            (page, page.css(lines))
            for page in tree.css(pages)
            if not named or re.fullmatch(named, page.attributes.get("id") or "")
        ]
        if not any(placed for _, placed in found):
            if found and all(page.css_first("img") for page, _ in found):
                raise ExtractError(source_file, 1, PICTURES_ONLY)
            continue
        classes = sheet_classes()
        if not any(_declared(classes, line, side) is not None
                   for _, placed in found for line in placed for side in ("top", "bottom")):  # fmt: skip
            raise ExtractError(source_file, 1, UNPLACED)
        layers = []
        for number, (page, placed) in enumerate(found, start=1):
            width, height = _length(classes, page, "width"), _length(classes, page, "height")
            words = [word for line in placed for word in _line_words(line, page, classes, height)]
            edges = tuple(
                edge
                for picture in page.css("img")
                for edge in _picture_rules(picture, classes, (width, height))
            )
            layers.append((TextLayer(number, (0.0, 0.0, width, height), edges), words))
        if any(words for _, words in layers):
            return layers
    return []


def _line_words(line: LexborNode, page: LexborNode, classes: dict[str, str], height: float):
    """The words of one line of a page `height` high, placed from the line's corner and the
    corners of the boxes it stands in up to the page; none for a line drawn turned."""
    matrix = _matrix(classes, line)
    if matrix[1] or matrix[2]:
        return []
    scale = matrix[0]
    left = top = bottom = 0.0
    node = line
    while node is not None and node.mem_id != page.mem_id:
        left += _length(classes, node, "left")
        top += _length(classes, node, "top")
        bottom += _length(classes, node, "bottom")
        node = node.parent
    style = _restyled(_Style(0.0, 0.0, 0.0), line, classes, scale)
    tall = max(_length(classes, line, "height"), style.size)
    if _declared(classes, line, "top") is None:  # placed by its foot, from the page's
        top = height - bottom - tall
    words: list[dict] = []
    _laid(line, style, scale, classes, _Pen(left, left), words)
    pitch = _declared(classes, line, "line-height") or (
        style.size * file_formats.POSITIONED_LINE_HEIGHT
    )
    for word in words:
        below = word.pop("line") * pitch
        word.update(top=top + below, bottom=top + below + tall)
    return words


def _picture_rules(picture: LexborNode, classes: dict[str, str], size) -> list[dict]:
    """The rules a page's picture draws (a converter's background of the page without its
    text: its table's rules, its cells' shading), as pdfplumber's edges on the page: each run
    of ink (`_ink`: dark, not a seal's red) at least `RULE_LENGTH` long, across or down, the
    runs of neighbouring pixel rows or columns that overlap one rule; a seal pressed over a
    rule (its red drawn over the rule's black) breaks it nowhere. The picture stands where its
    classes place it, as large as they say (the page where they say nothing); one not written
    into the page (`data:`) or not a picture draws none."""
    source = picture.attributes.get("src") or ""
    if not source.startswith("data:image/"):
        return []
    try:
        with Image.open(io.BytesIO(base64.b64decode(source.partition(",")[2]))) as image:
            ink, seal = _ink(numpy.asarray(image.convert("RGB")).astype(numpy.int32))
    except (OSError, ValueError, binascii.Error, Image.DecompressionBombError):
        return []
    left = _length(classes, picture, "left")
    drawn_width = _length(classes, picture, "width") or size[0]
    drawn_height = _length(classes, picture, "height") or size[1]
    top = size[1] - _length(classes, picture, "bottom") - drawn_height
    across = drawn_width / ink.shape[1]
    down = drawn_height / ink.shape[0]
    edges = []
    for x0, x1, y in _runs(ink, seal, RULE_LENGTH / across, RULE_THICKEST / down):
        edges.append(
            _edge("h", left + x0 * across, left + x1 * across, top + y * down, top + y * down)
        )
    for y0, y1, x in _runs(ink.T, seal.T, RULE_LENGTH / down, RULE_THICKEST / across):
        edges.append(
            _edge("v", left + x * across, left + x * across, top + y0 * down, top + y1 * down)
        )
    return edges


def _ink(pixels) -> tuple:
    """Which pixels (rows of RGB) are ink, darker than `RULE_DARKNESS` and not a seal's red,
    and which are a seal's (`SEAL_RED`: a stamp pressed over the table, its ring's flat top and
    bottom no rule)."""
    red, green, blue = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    grey = (299 * red + 587 * green + 114 * blue) // 1000
    seal = (red - numpy.maximum(green, blue)) >= SEAL_RED
    return (grey < RULE_DARKNESS) & ~seal, seal


def _runs(ink, seal, shortest: float, thickest: float) -> list[tuple[float, float, float]]:
    """The rules across `ink` (rows of booleans): (start, end, row) for each run of ink and
    `seal` pixels holding at least `shortest` of ink (a rule a seal's ring crosses goes on
    under it; the ring alone is none), runs of rows next to each other that overlap one rule
    at their middle row; none of more than `thickest` rows (a dark band: shading, not a
    rule)."""
    padded = numpy.pad(ink | seal, ((0, 0), (1, 1))).astype(numpy.int8)
    changes = numpy.diff(padded, axis=1)
    rows, starts = numpy.nonzero(changes == 1)
    _, ends = numpy.nonzero(changes == -1)
    inked = numpy.pad(numpy.cumsum(ink, axis=1), ((0, 0), (1, 0)))  # ink before each column
    long = inked[rows, ends] - inked[rows, starts] >= shortest
    found: list[list[float]] = []  # [start, end, first row, last row]
    for row, start, end in zip(rows[long], starts[long], ends[long], strict=True):
        rule = next((r for r in found if r[3] >= row - 1 and r[0] < end and start < r[1]), None)
        if rule is None:
            found.append([start, end, row, row])
        else:
            rule[0], rule[1], rule[3] = min(rule[0], start), max(rule[1], end), row
    return [(float(a), float(b), (first + last + 1) / 2)
            for a, b, first, last in found if last - first < thickest]  # fmt: skip


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    """A rule as pdfplumber gives a page's edges."""
    return {"orientation": orientation, "object_type": "line", "x0": x0, "x1": x1,
            "top": top, "bottom": bottom, "doctop": top, "width": x1 - x0,
            "height": bottom - top}  # fmt: skip


def _laid(node, style: _Style, scale: float, classes, pen: _Pen, words: list[dict]) -> None:
    """The words of `node`'s text, laid from where `pen` stands."""
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            for character in child.text(deep=False):
                _character(character, style, pen, words)
        elif child.tag == "br":  # the block's next line
            pen.x, pen.line, pen.joins = pen.left, pen.line + 1, False
        elif "_" in _names(child):  # an offset: forward by its width, back by its margin
            offset = _length(classes, child, "width") + _length(classes, child, "margin-left")
            pen.x += offset * scale
        else:
            _laid(child, _restyled(style, child, classes, scale), scale, classes, pen, words)


def _restyled(style: _Style, node: LexborNode, classes: dict[str, str], scale: float) -> _Style:
    """`style` with what `node`'s classes change of it (a span of another font size)."""

    def own(prop: str, value: float) -> float:
        declared = _declared(classes, node, prop)
        return value if declared is None else declared * scale

    return _Style(
        own("font-size", style.size),
        own("letter-spacing", style.letters),
        own("word-spacing", style.words),
    )


def _character(character: str, style: _Style, pen: _Pen, words: list[dict]) -> None:
    wide = unicodedata.east_asian_width(character) in "WFA"
    advance = style.size * (WIDE_EM if wide else NARROW_EM) + style.letters
    if character.isspace():
        pen.x += advance + style.words
        pen.joins = False
        return
    if pen.joins and abs(pen.x - words[-1]["x1"]) <= WORD_GAP and words[-1]["size"] == style.size:
        words[-1]["text"] += character
        words[-1]["x1"] = pen.x + advance
    else:
        words.append({"text": character, "x0": pen.x, "x1": pen.x + advance,
                      "size": style.size, "line": pen.line})  # fmt: skip
    pen.x += advance
    pen.joins = True


def _names(node: LexborNode) -> list[str]:
    return (node.attributes.get("class") or "").split()


def _length(classes: dict[str, str], node: LexborNode, prop: str) -> float:
    """The length in pixels `node`'s classes give `prop` (`_declared`); 0 where none does."""
    found = _declared(classes, node, prop)
    return 0.0 if found is None else found


def _declared(classes: dict[str, str], node: LexborNode, prop: str) -> float | None:
    """The length in pixels `node`'s own style, else the last of its classes declaring `prop`,
    gives it."""
    found = None
    sheets = [classes.get(name, "") for name in _names(node)]
    for declarations in [*sheets, node.attributes.get("style") or ""]:
        for declared, value in _LENGTH.findall(declarations):
            if declared.lower() == prop:
                found = float(value)
    return found


def _matrix(classes: dict[str, str], node: LexborNode) -> tuple[float, ...]:
    """The transform matrix of `node`'s classes (a, b, c, d, e, f); the identity."""
    found = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for name in _names(node):
        if match := _MATRIX.search(classes.get(name, "")):
            found = tuple(float(number) for number in match.groups())
    return found
