"""Read stage, web page of positioned text: a page pdf2htmlEX made of a PDF -> its words.

Place in the pipeline: a format reader under `pipeline.read.html`, which hands it every web
page first; the words it gives are read as a PDF page's text layer that draws no rules
(`pdf.read_text_layers`), so the tables come out as a PDF's do, before the layout readers.

pdf2htmlEX (the converter behind many sites' "view online" pages of a budget disclosure)
writes no `<table>`: each PDF page is a `<div class="pf">`, its page size in classes of the
page's stylesheet (`.wN{width}`, `.hN{height}`), and each line of its text a `<div class="t
…">` placed by classes (`.xN{left}`, `.yN{bottom}` from the page's foot, `.hN{height}`,
`.fsN{font-size}`, `.lsN{letter-spacing}`, `.wsN{word-spacing}`) and drawn at the scale of its
matrix class (`.mN{transform:matrix(a,b,c,d,…)}`: a line drawn four times too large and
scaled back by a quarter); the space between two pieces of a line (two cells' text) is an
offset, `<span class="_ _N">` of the width its class says, and a span of other classes inside a
line changes the font size of its text. A line inside a clip box (`<div class="c xN yN">`) is
placed from the box's corner. The page's rules and shading are a picture behind the text: a
page reads as a table without rules, its columns from where the text stands and its rows from
its lines. The classes are read from the page's sheets outside `@media` blocks (the print
sheet repeats them in points).

A character's width is not written (the page's fonts are files beside it, often not saved):
a wide one (CJK, full-width, and those of ambiguous width: `≥`, `“`, which Chinese fonts draw full-width) is taken as one em, any other as half an em, as the fonts of
Chinese documents print Latin letters and digits; the offsets are exact, so a piece's place
is off at most by the widths of the pieces before it on its line. A line drawn turned (its
matrix rotates or slants it: a watermark's `内部资料`) is no text of the page, as a PDF's
slanted characters are not. Pieces closer than `WORD_GAP` (a kerning offset) are one word, unless
their font sizes differ (pdfplumber parts a PDF's words so).
"""

import re
import unicodedata
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from pipeline.read.text import ExtractError

# A declaration of a length in pixels (`left:52.5px`), and a transform's six numbers.
_LENGTH = re.compile(
    r"(?<![\w-])(left|bottom|width|height|margin-left|font-size|letter-spacing|word-spacing)"
    r"\s*:\s*(-?[\d.]+)px",
    re.IGNORECASE,
)
_NUMBER = r"\s*(-?[\d.]+(?:e-?\d+)?)\s*"
_MATRIX = re.compile(r"(?<![\w-])transform\s*:\s*matrix\(" + ",".join([_NUMBER] * 6) + r"\)")
UNPLACED = (
    "a pdf2htmlEX page saved without its stylesheet (the .css file its <link> names): its "
    "text cannot be placed; save the page complete (all files), or read the PDF it was made of"
)
# Pieces of a line further apart than this many pixels are two words (pdfplumber's default
# x tolerance, with which a PDF's own words are read).
WORD_GAP = 3.0
# Widths of a character in ems by its East Asian width (`unicodedata.east_asian_width`).
WIDE_EM = 1.0
NARROW_EM = 0.5


@dataclass(frozen=True, slots=True)
class TextLayer:
    """A page known by its words alone, no rules drawn: what `pdf.read_text_layers` asks of a
    page (its number, its box, its rules' edges, the ruled tables it finds: none)."""

    page_number: int
    bbox: tuple[float, float, float, float]
    edges: tuple = ()

    def find_tables(self, _settings: dict) -> list:
        return []


@dataclass(slots=True)
class _Pen:
    """Where the next character of a line is drawn, and whether it goes on the word before
    (not after a space)."""

    x: float
    joins: bool = False


@dataclass(frozen=True, slots=True)
class _Style:
    """How a line's text is drawn: font size, letter and word spacing, all scaled."""

    size: float
    letters: float
    words: float


def text_layers(
    source_file: str, tree: LexborHTMLParser, classes: dict[str, str]
) -> list[tuple[TextLayer, list]]:
    """Each page of a pdf2htmlEX page with the words of its text (pdfplumber's word dicts:
    `text`, `x0`, `x1`, `top`, `bottom`, `size`); [] for a web page that is none.
    `classes`: each class of the page's sheets -> its declarations outside `@media` blocks.
    A page whose lines none of its sheets places (its stylesheet a file of its own, not saved
    with it) fails: its text cannot be put where it prints."""
    lines = tree.css("div.pf div.t")
    if lines and not any(_declared(classes, line, "bottom") is not None for line in lines):
        raise ExtractError(source_file, 1, UNPLACED)
    layers = []
    for number, page in enumerate(tree.css("div.pf"), start=1):
        width, height = _length(classes, page, "width"), _length(classes, page, "height")
        words = [
            word for line in page.css("div.t") for word in _line_words(line, page, classes, height)
        ]
        layers.append((TextLayer(number, (0.0, 0.0, width, height)), words))
    return layers if any(words for _, words in layers) else []


def _line_words(line: LexborNode, page: LexborNode, classes: dict[str, str], height: float):
    """The words of one line of a page `height` high, placed from the line's corner and the
    corners of the boxes it stands in up to the page; none for a line drawn turned."""
    matrix = _matrix(classes, line)
    if matrix[1] or matrix[2]:
        return []
    scale = matrix[0]
    left = bottom = 0.0
    node = line
    while node is not None and node.mem_id != page.mem_id:
        left += _length(classes, node, "left")
        bottom += _length(classes, node, "bottom")
        node = node.parent
    style = _restyled(_Style(0.0, 0.0, 0.0), line, classes, scale)
    top = height - bottom - max(_length(classes, line, "height"), style.size)
    words: list[dict] = []
    _laid(line, style, scale, classes, _Pen(left), words)
    for word in words:
        word.update(top=top, bottom=height - bottom)
    return words


def _laid(node, style: _Style, scale: float, classes, pen: _Pen, words: list[dict]) -> None:
    """The words of `node`'s text, laid from where `pen` stands."""
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            for character in child.text(deep=False):
                _character(character, style, pen, words)
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
        words.append({"text": character, "x0": pen.x, "x1": pen.x + advance, "size": style.size})
    pen.x += advance
    pen.joins = True


def _names(node: LexborNode) -> list[str]:
    return (node.attributes.get("class") or "").split()


def _length(classes: dict[str, str], node: LexborNode, prop: str) -> float:
    """The length in pixels `node`'s classes give `prop` (`_declared`); 0 where none does."""
    found = _declared(classes, node, prop)
    return 0.0 if found is None else found


def _declared(classes: dict[str, str], node: LexborNode, prop: str) -> float | None:
    """The length in pixels the last of `node`'s classes declaring `prop` gives it."""
    found = None
    for name in _names(node):
        for declared, value in _LENGTH.findall(classes.get(name, "")):
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
