"""Read floor: which format a raw file is in, told from its bytes, never its name.

`detect_format(source_file, data)` gives one of `pdf`, `xlsx`, `xls`, `ods`, `docx`, `doc` (Word
97–2003), `rtf`, `ofd` (a ZIP holding `OFD.xml`), `html`, `mhtml` (a MIME message: a web archive,
`.mht`, or an e-mail, `.eml`), `spreadsheetml` and `wordml` (Office 2003 XML: an XML file told
by its root element), `odt`, `markdown` (a pipe table under its header row, or an HTML table in
a text that is no web page),
`csv`, `text`, `zip` (an archive: its members are read one by one, `pipeline.read.archive`), or a
format the build does not read (`archive`, `ole2`, `encrypted`, `xlsb`, `opendocument`: a
presentation, or a package whose `mimetype` cannot be read; their reasons are in
`pipeline.vocab.file_formats.UNREADABLE`). ZIP and OLE2 containers are told apart by the members or
streams they hold (an OpenDocument file by its `mimetype` member); a text's markup is told in UTF-16
too (a web page Word or Excel saved in Unicode); text is split into CSV (comma- or
semicolon-separated records of one width, no tabs) and the tab-separated text the seed is in.
`pipeline.read.read_file` dispatches on the format; a DOCX or XLSX saved as Strict Open XML is read
in the transitional names its readers know (`transitional`). A package flattened into one XML file
(Word's XML document, Flat OPC) is of the format its parts tell, and read as the package it flattens
(`unflattened`); a flat OpenDocument file (`.fods`, `.fodt`) is of the type its root names, and read
by that type's reader.
"""

import base64
import codecs
import io
import re
import zipfile

from lxml import etree

from pipeline.paths import NOTES_UNLESS_TABLE
from pipeline.read.archive import ZIP_DAMAGE
from pipeline.read.delimited import csv_delimiter, named_csv
from pipeline.read.markdown import is_markdown
from pipeline.read.text import ExtractError, decode, utf16_by_nul_bytes
from pipeline.vocab.file_formats import (
    FLAT_OPENDOCUMENT_ROOT,
    FLAT_OPENDOCUMENT_TYPE,
    FLAT_PACKAGE,
    HTML_STARTS,
    MAGIC,
    MHTML_BODIES,
    MHTML_STARTS,
    OFFICE_2003_ROOTS,
    OLE2_STREAMS,
    OPENDOCUMENT_TYPES,
    STRICT_NAMES,
    STRICT_ROOT,
    TRANSITIONAL_ROOT,
    ZIP_MEMBERS,
)


def detect_format(source_file: str, data: bytes) -> str:
    """The format of a raw file's bytes (see the module docstring)."""
    container = next((name for magic, name in MAGIC.items() if data.startswith(magic)), None)
    if container == "zip":
        return _zip_format(data)
    if container == "ole2":
        return _ole2_format(data)
    if container is not None:
        return container
    head = _head(data)
    if head.startswith(b"<?xml") and (office := _xml_format(data)):
        return office
    named_markdown = source_file.lower().endswith(NOTES_UNLESS_TABLE)
    if named_markdown and _is_markdown(source_file, data):
        return "markdown"  # whatever it opens with (a converter's `<!-- image -->`)
    if head.startswith(tuple(start.encode() for start in HTML_STARTS)):
        return "html"
    if head.startswith(tuple(start.encode() for start in MHTML_STARTS)) and _is_message(data):
        return "mhtml"
    if not named_markdown and _is_markdown(source_file, data):
        return "markdown"
    return "csv" if _is_csv(source_file, data) else "text"


def _head(data: bytes) -> bytes:
    """The file's first 1,024 bytes lower-cased, without a byte-order mark or the white space
    before its text; a UTF-16 text's (by its mark or its NUL bytes: a web page Word or Excel
    saved in Unicode) as UTF-8, so that its markup is told as an 8-bit text's is."""
    sample = data[:2048]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        sample = sample.decode("utf-16", errors="ignore").encode()
    elif encoding := utf16_by_nul_bytes(sample):
        sample = sample.decode(encoding, errors="ignore").encode()
    return sample[:1024].removeprefix(codecs.BOM_UTF8).lstrip().lower()


def _is_message(data: bytes) -> bool:
    """Whether a text opening with a header field is a MIME message: its header declares a
    body of parts or of text (`file_formats.MHTML_BODIES`)."""
    header = _message_header(data)
    return any(body.encode() in header for body in MHTML_BODIES)


def _message_header(data: bytes) -> bytes:
    """A MIME message's header (up to its first empty line, in its first 64 KB: an e-mail's
    `Received:` fields may run long), lower-cased, its folded lines unfolded."""
    header = re.split(rb"\r?\n\r?\n", data[:65536], maxsplit=1)[0]
    return re.sub(rb"\r?\n[ \t]+", b" ", header).lower()


def transitional(data: bytes) -> bytes:
    """An Office Open XML package (DOCX, XLSX) as its readers read it: one saved as Strict
    Open XML with its namespaces and relationship types in their transitional names
    (`file_formats.STRICT_ROOT`); any other unchanged."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        if STRICT_ROOT.encode() not in source.read("_rels/.rels"):
            return data
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for info in source.infolist():
                content = source.read(info)
                if info.filename.endswith((".xml", ".rels")):
                    content = _STRICT_NAME.sub(_transitional_name, content)
                out.writestr(info, content)
    except (KeyError, *ZIP_DAMAGE):
        return data  # its reader says what is wrong with it
    return buffer.getvalue()


_STRICT_NAME = re.compile(re.escape(STRICT_ROOT).encode() + rb"(\w+)/(\w+)(?:/(\w+))?")


def _transitional_name(name: re.Match) -> bytes:
    group, own, kind = (part.decode() if part else None for part in name.groups())
    spelt = f"{TRANSITIONAL_ROOT}{group}/2006/{STRICT_NAMES.get(own, own)}"
    return (spelt + (f"/{STRICT_NAMES.get(kind, kind)}" if kind else "")).encode()


def is_archive(data: bytes) -> bool:
    """Whether the bytes are a ZIP archive (not an Office document, itself a ZIP): looked
    at first, without the text checks `detect_format` may make."""
    return MAGIC.get(data[:4]) == "zip" and _zip_format(data) == "zip"


def _zip_format(data: bytes) -> str:
    """The kind of ZIP package the bytes are, by their members; "zip" (an archive, whose reader
    says what is wrong with it) when they cannot be listed. A package naming its kind in a
    `mimetype` member is an OpenDocument file: of a kind the build reads, or "opendocument"
    (another kind, or its `mimetype` unreadable), never an archive of its parts."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = set(package.namelist())
    except ZIP_DAMAGE:
        return "zip"
    if "mimetype" in names:
        try:
            kind = package.read("mimetype").decode("ascii", "replace")
        except ZIP_DAMAGE:
            return "opendocument"
        return OPENDOCUMENT_TYPES.get(kind.strip(), "opendocument")
    return next((kind for member, kind in ZIP_MEMBERS.items() if member in names), "zip")


def _ole2_format(data: bytes) -> str:
    for stream, kind in OLE2_STREAMS.items():
        # A directory entry holds the stream's name in UTF-16LE, NUL-terminated.
        if (stream + "\0").encode("utf-16-le") in data:
            return kind
    return "ole2"


def _xml_format(data: bytes) -> str | None:
    """The format an XML file is in, by its root element: Office 2003 XML
    (`OFFICE_2003_ROOTS`), a flat OpenDocument file (the type its root names), or a Flat OPC
    package (the format of the first of its parts that tells one, as a ZIP's member does);
    None for another XML file, or one that does not parse to its root (read as a web page: an
    XHTML page starts so too). The file's declared encoding is read (a .NET export on a Chinese
    Windows declares `gb2312`)."""
    events = etree.iterparse(
        io.BytesIO(data), events=("start",), resolve_entities=False, no_network=True
    )
    try:
        _, root = next(events)
        if root.tag == _FLAT_ROOT:
            parts = (
                part.get(_PART_NAME, "").lstrip("/") for _, part in events if part.tag == _PART
            )
            return next((ZIP_MEMBERS[name] for name in parts if name in ZIP_MEMBERS), None)
    except (etree.XMLSyntaxError, StopIteration):
        return None
    if root.tag == FLAT_OPENDOCUMENT_ROOT:
        return OPENDOCUMENT_TYPES.get(root.get(FLAT_OPENDOCUMENT_TYPE, "").strip())
    return OFFICE_2003_ROOTS.get(root.tag)


_FLAT_ROOT, _PART = f"{{{FLAT_PACKAGE}}}package", f"{{{FLAT_PACKAGE}}}part"
_PART_NAME, _PART_TYPE = f"{{{FLAT_PACKAGE}}}name", f"{{{FLAT_PACKAGE}}}contentType"
_XML_DATA, _BINARY_DATA = f"{{{FLAT_PACKAGE}}}xmlData", f"{{{FLAT_PACKAGE}}}binaryData"
_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"


def unflattened(data: bytes) -> bytes:
    """A Flat OPC file (`FLAT_PACKAGE`: Word's XML document) as the ZIP package it flattens,
    each part a member of its name (its XML, or its base64 bytes decoded) and the parts' content
    types in `[Content_Types].xml`; any other bytes unchanged."""
    if MAGIC.get(data[:4]) == "zip":
        return data
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return data  # its reader says what is wrong with it
    if root.tag != _FLAT_ROOT:
        return data
    types = etree.Element(f"{{{_CONTENT_TYPES}}}Types", nsmap={None: _CONTENT_TYPES})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for part in root.iter(_PART):
            name, xml, binary = (
                part.get(_PART_NAME, ""),
                part.find(_XML_DATA),
                part.find(_BINARY_DATA),
            )
            if xml is not None and len(xml):
                content = etree.tostring(xml[0], xml_declaration=True, encoding="UTF-8")
            elif binary is not None:
                content = base64.b64decode(binary.text or "")
            else:
                continue
            out.writestr(name.lstrip("/"), content)
            etree.SubElement(types, f"{{{_CONTENT_TYPES}}}Override", PartName=name,
                             ContentType=part.get(_PART_TYPE, ""))  # fmt: skip
        out.writestr("[Content_Types].xml", etree.tostring(types, xml_declaration=True,
                                                           encoding="UTF-8"))  # fmt: skip
    return buffer.getvalue()


def _is_markdown(source_file: str, data: bytes) -> bool:
    """A Markdown text (`markdown.is_markdown`; a grid table only in a file named so)."""
    try:
        text, _ = decode(source_file, data)
    except ExtractError:
        return False
    return is_markdown(text, grids=source_file.lower().endswith(NOTES_UNLESS_TABLE))


def _is_csv(source_file: str, data: bytes) -> bool:
    """Comma- or semicolon-separated: no tab, and every record has the same number (2 or
    more) of fields, or most of them where the file is named `.csv`
    (`delimited.csv_delimiter`)."""
    try:
        text, _ = decode(source_file, data)
    except ExtractError:
        return False
    return csv_delimiter(text, named_csv(source_file)) is not None
