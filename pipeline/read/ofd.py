"""Read stage, OFD format: a fixed-layout document (GB/T 33190, the format China's e-government
systems and PDF-to-OFD converters publish) -> the `CellTable`s of its tables, read as a PDF is.

An OFD is a ZIP of XML: `OFD.xml` names the document's root (`DocRoot`, `Doc_0/Document.xml`),
which lists its pages (`ofd:Page` `BaseLoc`), their default size (`PageArea`/`PhysicalBox`) and
the template pages they draw under their own content (`ofd:TemplatePage`). A page's content is
layers of positioned objects, in millimetres from the page's top left: an `ofd:TextObject`
(its `Boundary` box, `Size`, and `ofd:TextCode`s of characters placed from `X`, `Y`, the
baseline, with `DeltaX` the advances between them, `g n d` for n of d) and an `ofd:PathObject`
(a path in its `Boundary`, `AbbreviatedData` `M x y L x y …`), which draws a table's rules.
That is what a PDF's page holds once its content is run: `ofd_as_pdf` writes each page as a
PDF page with the same characters at the same places (one font whose character map gives
every character's Unicode and whose widths are the advances the file gives) and the same
rules, and `read_ofd` reads that PDF with `pipeline.read.pdf`: its rules, its text's
positions, its pages. Images (a scanned page, a stamp) and the glyphs of embedded fonts are
not needed for that and are left out; an OFD whose pages hold no text reads as a scanned PDF.
"""

import io
import posixpath
import re
import unicodedata
import zipfile

from lxml import etree

from pipeline.cells import CellTable
from pipeline.read.archive import ZIP_DAMAGE
from pipeline.read.pdf import read_pdf_tables
from pipeline.read.text import ExtractError
from pipeline.vocab.file_formats import OFD_DAMAGED

_NS = "{http://www.ofdspec.org/2016}"
POINTS = 72 / 25.4  # PDF points a millimetre
ASCENT, DESCENT = 880, -120  # the font's box, in thousandths of its size


def read_ofd(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """Every table of an OFD file, as `read_pdf_tables` reads the PDF of its pages."""
    return read_pdf_tables(source_file, ofd_as_pdf(source_file, data))


def ofd_as_pdf(source_file: str, data: bytes) -> bytes:
    """The OFD's pages as a PDF of their text and rules (see the module docstring)."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        root = _xml(package, "OFD.xml")
        document_path = root.findtext(f".//{_NS}DocRoot", "").strip().lstrip("/")
        document = _xml(package, document_path)
    except (*ZIP_DAMAGE, KeyError, etree.XMLSyntaxError) as error:
        raise ExtractError(source_file, 1, OFD_DAMAGED.format(detail=error)) from None
    base = posixpath.dirname(document_path)
    size = _box(document.findtext(f"{_NS}CommonData/{_NS}PageArea/{_NS}PhysicalBox"))
    templates = {
        t.get("ID"): posixpath.join(base, t.get("BaseLoc", ""))
        for t in document.iter(f"{_NS}TemplatePage")
    }
    pdf = _Pdf()
    for page in document.iter(f"{_NS}Page"):
        path = posixpath.join(base, page.get("BaseLoc", ""))
        try:
            content = _xml(package, path)
            under = [
                _xml(package, templates[t.get("TemplateID")])
                for t in content.iter(f"{_NS}Template")
                if t.get("TemplateID") in templates
            ]
        except (*ZIP_DAMAGE, KeyError, etree.XMLSyntaxError) as error:
            raise ExtractError(source_file, 1, OFD_DAMAGED.format(detail=error)) from None
        own = _box(content.findtext(f"{_NS}Area/{_NS}PhysicalBox")) or size
        pdf.page(own or (0, 0, 210, 297), [*under, content])
    return pdf.written()


def _xml(package: zipfile.ZipFile, name: str):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    return etree.fromstring(package.read(name.lstrip("/")), parser)


def _box(text: str | None) -> tuple[float, ...] | None:
    numbers = tuple(float(n) for n in (text or "").split())
    return numbers if len(numbers) == 4 else None


def _advances(text: str | None) -> list[float]:
    """A `DeltaX`'s advances, `g n d` written out as n of d."""
    tokens, out = (text or "").split(), []
    while tokens:
        token = tokens.pop(0)
        if token == "g" and len(tokens) >= 2:
            count, step = tokens.pop(0), tokens.pop(0)
            out += [float(step)] * int(float(count))
        else:
            out.append(float(token))
    return out


_PATH_STEP = re.compile(r"([MSLQBACZ])([^MSLQBACZ]*)")


class _Pdf:
    """A PDF written a page at a time: its characters in one font (Identity-H, a CID per
    character, its Unicode in the font's ToUnicode map, its width the advance the OFD gave it
    first), its rules as stroked lines."""

    def __init__(self):
        self.codes: dict[str, int] = {}
        self.widths: dict[int, int] = {}
        self.pages: list[tuple[float, float, bytes]] = []

    def code(self, char: str, advance: float | None, size: float) -> int:
        if char not in self.codes:
            self.codes[char] = len(self.codes) + 1
            wide = unicodedata.east_asian_width(char) in "WF"
            width = advance / size * 1000 if advance and size else (1000 if wide else 500)
            self.widths[self.codes[char]] = round(width)
        return self.codes[char]

    def page(self, box: tuple[float, ...], contents: list) -> None:
        height = box[3]
        ops: list[str] = []
        for content in contents:
            for text in content.iter(f"{_NS}TextObject"):
                ops += self._text(text, height)
            for path in content.iter(f"{_NS}PathObject"):
                ops += self._path(path, height)
        self.pages.append((box[2] * POINTS, box[3] * POINTS, "\n".join(ops).encode()))

    def _text(self, text, height: float) -> list[str]:
        left, top, _, _ = _box(text.get("Boundary")) or (0, 0, 0, 0)
        size = float(text.get("Size", "3.5"))
        ops, x, y = [], 0.0, 0.0
        for code in text.iter(f"{_NS}TextCode"):
            x = float(code.get("X", x))
            y = float(code.get("Y", y))
            chars, advances = code.text or "", _advances(code.get("DeltaX"))
            for n, char in enumerate(chars):
                advance = advances[n] if n < len(advances) else None
                cid = self.code(char, advance, size)
                at_x, at_y = (left + x) * POINTS, (height - top - y) * POINTS
                ops.append(f"BT /F1 {size * POINTS:.3f} Tf 1 0 0 1 {at_x:.3f} {at_y:.3f} Tm "
                           f"<{cid:04X}> Tj ET")  # fmt: skip
                x += advance if advance is not None else self.widths[cid] * size / 1000
        return ops

    def _path(self, path, height: float) -> list[str]:
        left, top, _, _ = _box(path.get("Boundary")) or (0, 0, 0, 0)
        width = float(path.get("LineWidth", "0.353")) * POINTS
        ops = [f"{width:.3f} w"]
        for step, numbers in _PATH_STEP.findall(path.findtext(f"{_NS}AbbreviatedData") or ""):
            values = [float(n) for n in numbers.split()]
            if step == "C":
                ops.append("h")
            elif len(values) >= 2:
                x, y = (left + values[-2]) * POINTS, (height - top - values[-1]) * POINTS
                ops.append(f"{x:.3f} {y:.3f} {'m' if step in 'MS' else 'l'}")
        return [*ops, "S"] if len(ops) > 1 else []

    def written(self) -> bytes:
        objects: list[bytes] = []

        def add(body: bytes) -> int:
            objects.append(body)
            return len(objects)

        def stream(data: bytes, extra: str = "") -> bytes:
            return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra.encode(), data)

        catalog, pages = add(b""), add(b"")
        unicode_map = "\n".join(
            f"<{cid:04X}> <{char.encode('utf-16-be').hex().upper()}>"
            for char, cid in self.codes.items()
        )
        cmap = (
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /OFD def "
            "1 begincodespacerange <0000> <FFFF> endcodespacerange "
            f"{len(self.codes)} beginbfchar\n{unicode_map}\nendbfchar endcmap "
            "CMapName currentdict /CMap defineresource pop end end"
        ).encode()
        to_unicode = add(stream(cmap))
        descriptor = add(
            f"<< /Type /FontDescriptor /FontName /OFDText /Flags 4 /FontBBox [0 {DESCENT} 1000 "
            f"{ASCENT}] /ItalicAngle 0 /Ascent {ASCENT} /Descent {DESCENT} /CapHeight {ASCENT} "
            "/StemV 80 >>".encode()
        )
        widths = " ".join(f"{cid} [{width}]" for cid, width in sorted(self.widths.items()))
        cid_font = add(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /OFDText /CIDSystemInfo "
            "<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            f"/FontDescriptor {descriptor} 0 R /DW 1000 /W [{widths}] >>".encode()
        )
        font = add(
            "<< /Type /Font /Subtype /Type0 /BaseFont /OFDText /Encoding /Identity-H "
            f"/DescendantFonts [{cid_font} 0 R] /ToUnicode {to_unicode} 0 R >>".encode()
        )
        kids = []
        for width, height, ops in self.pages:
            content = add(stream(ops))
            kids.append(add(
                f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {width:.3f} {height:.3f}] "
                f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()
            ))  # fmt: skip
        objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages} 0 R >>".encode()
        objects[pages - 1] = (
            f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
        ).encode()
        out, offsets = bytearray(b"%PDF-1.7\n"), []
        for number, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objects) + 1, catalog, xref,
        )  # fmt: skip
        return bytes(out)
