"""Read floor, Word's XML Document 2003 (WordprocessingML, `Word XML 文档`: what a template
engine such as FreeMarker fills in and many systems serve as `.doc`) -> the `CellTable`s of its
performance tables.

Its body is written in the elements a `.docx` body has, in the 2003 namespace (`w:p`, `w:r`,
`w:t`, `w:tbl`, `w:tr`, `w:tc`, `w:gridSpan`, `w:vanish`, …), so it is read as the DOCX
reader reads a body (`pipeline.read.docx`): its body is written into a Word package's
`word/document.xml` in the current namespace and that package read. What the two schemas
name differently is renamed (`w:vmerge` -> `w:vMerge`, a link `w:hlink` -> `w:hyperlink`,
`_RENAMED`); the 2003 schema's own containers (`wx:sect`, `wx:sub-section`, a border group
`wx:pBdrGroup`, markup of other namespaces around runs such as smart tags) stand for their
contents; a tracked deletion or a comment (`aml:annotation` of `w:type` `Word.Deletion`,
`Word.Comment`) is not read, a tracked insertion's content is; a picture (`w:pict`: a text
box's VML) is kept whole. The section properties (which hold the page headers and footers in
this schema) and embedded binary data (`w:binData`) are not read.
"""

import io
import zipfile

from lxml import etree

from pipeline.cells import CellTable
from pipeline.read.docx import read_docx
from pipeline.read.text import ExtractError

_W2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_AML = "http://schemas.microsoft.com/aml/2001/core"
# 2003 element names -> their names in the current schema.
_RENAMED = {"vmerge": "vMerge", "hmerge": "hMerge", "hlink": "hyperlink"}
# 2003 elements not read: the section's properties (its headers and footers), binary data.
_DROPPED = frozenset(("sectPr", "binData"))
# Annotations whose content is not the document's text: a tracked deletion, a comment.
_NOT_TEXT = frozenset(("Word.Deletion", "Word.Comment"))

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def read_wordml(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The performance tables of a Word XML Document 2003, in document order."""
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        body = etree.parse(io.BytesIO(data), parser).getroot().find(f"{{{_W2003}}}body")
    except etree.XMLSyntaxError as error:
        raise ExtractError(
            source_file,
            1,
            f"a Word XML document (2003) that cannot be read ({error}); open it in Word or WPS, "
            "save it again as .docx and put that in data/raw/",
        ) from None
    document = etree.Element(f"{{{_W}}}document", nsmap={"w": _W})
    _convert(body if body is not None else (), etree.SubElement(document, f"{{{_W}}}body"))
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as written:
        written.writestr("[Content_Types].xml", _CONTENT_TYPES)
        written.writestr("_rels/.rels", _RELATIONSHIPS)
        written.writestr("word/document.xml", etree.tostring(document, encoding="UTF-8"))
    return read_docx(source_file, package.getvalue())


def _convert(source, target, kept: bool = False) -> None:
    """The children of a 2003 element written under `target` in the current schema (see the
    module docstring); `kept`: inside a picture, whose other elements are kept as they are."""
    for element in source:
        if not isinstance(element.tag, str):  # a comment or a processing instruction
            continue
        name = etree.QName(element)
        if name.namespace == _W2003:
            if name.localname in _DROPPED:
                continue
            copy = etree.SubElement(
                target, f"{{{_W}}}{_RENAMED.get(name.localname, name.localname)}"
            )
            for attribute, value in element.attrib.items():
                key = etree.QName(attribute)
                copy.set(
                    f"{{{_W}}}{key.localname}" if key.namespace == _W2003 else attribute, value
                )
            copy.text = element.text
            _convert(element, copy, kept or name.localname == "pict")
        elif kept:
            copy = etree.SubElement(target, element.tag, dict(element.attrib))
            copy.text = element.text
            _convert(element, copy, kept)
        elif not (name.namespace == _AML and element.get(f"{{{_W2003}}}type") in _NOT_TEXT):
            _convert(element, target)
