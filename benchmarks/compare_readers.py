"""The libraries the readers were chosen among, timed on the same files, one core:
`python -m benchmarks.compare_readers [PDF folder]`.

- PDF tables: pdfplumber's `find_tables` and PyMuPDF's (`pymupdf`, AGPL, not a dependency:
  timed only where it is installed), and page text: PDFium (pypdfium2) and pdfminer (what
  pdfplumber parses with), on the PDFs of a folder (default: the rendered fixtures,
  tests/fixtures/formats/pdf/layouts) and on generated disclosures (benchmarks/bench_pdf.py);
- workbooks: python-calamine and openpyxl reading every cell of the XLSX fixtures;
- web pages: selectolax (lexbor) and lxml finding every table cell's text of the HTML fixtures;
- Word: python-docx reading every table cell of the DOCX fixtures.

Each figure is the median CPU time of 3 passes (in this process: the libraries cache little
between files). Measurements, not tests.
"""

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ROOT / "tests" / "fixtures" / "formats"
PASSES = 3


def _median_seconds(work: Callable[[], object]) -> float:
    times = []
    for _ in range(PASSES):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return statistics.median(times)


def _pdfplumber_tables(files: list[bytes]) -> None:
    import pdfplumber

    for data in files:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.find_tables()


def _pymupdf_tables(files: list[bytes]) -> None:
    import pymupdf

    for data in files:
        with pymupdf.open(stream=data, filetype="pdf") as document:
            for page in document:
                page.find_tables()


def _pdfium_text(files: list[bytes]) -> None:
    import pypdfium2

    for data in files:
        document = pypdfium2.PdfDocument(data)
        for index in range(len(document)):
            page = document[index]
            page.get_textpage().get_text_range()
        document.close()


def _pdfminer_text(files: list[bytes]) -> None:
    import pdfplumber

    for data in files:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_words()


def _pages(files: list[bytes]) -> int:
    import pypdfium2

    return sum(len(pypdfium2.PdfDocument(data)) for data in files)


def pdf_lines(folder: Path, name: str) -> list[str]:
    files = [path.read_bytes() for path in sorted(folder.glob("*.pdf"))]
    pages = _pages(files)
    lines = [f"{name}: {len(files)} PDFs, {pages} pages"]
    readers = {
        "pdfplumber find_tables": _pdfplumber_tables,
        "PyMuPDF find_tables": _pymupdf_tables,
        "PDFium page text": _pdfium_text,
        "pdfminer words (pdfplumber)": _pdfminer_text,
    }
    for label, reader in readers.items():
        try:
            seconds = _median_seconds(lambda reader=reader: reader(files))
        except ImportError:
            lines.append(f"  {label}: not installed")
            continue
        lines.append(f"  {label}: {pages / seconds:,.1f} pages/s")
    return lines


def _calamine(files: list[bytes]) -> None:
    from python_calamine import CalamineWorkbook

    for data in files:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python()


def _openpyxl(files: list[bytes]) -> None:
    import openpyxl

    for data in files:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        for sheet in book.worksheets:
            list(sheet.iter_rows(values_only=True))
            list(sheet.merged_cells.ranges)


def _selectolax(files: list[bytes]) -> None:
    from selectolax.lexbor import LexborHTMLParser

    for data in files:
        for cell in LexborHTMLParser(data).css("td, th"):
            cell.text()


def _lxml(files: list[bytes]) -> None:
    import lxml.html

    for data in files:
        for cell in lxml.html.fromstring(data).iter("td", "th"):
            cell.text_content()


def _python_docx(files: list[bytes]) -> None:
    import docx

    for data in files:
        for table in docx.Document(io.BytesIO(data)).tables:
            for row in table.rows:
                for cell in row.cells:
                    cell.text  # noqa: B018 - reading it is the work timed


def file_lines(label: str, pattern: str, readers: dict[str, Callable]) -> list[str]:
    files = [path.read_bytes() for path in sorted(FORMATS.rglob(pattern))]
    lines = [f"{label}: {len(files)} files"]
    for name, reader in readers.items():
        seconds = _median_seconds(lambda reader=reader: reader(files))
        lines.append(f"  {name}: {1000 * seconds / len(files):.2f} ms a file")
    return lines


def main(argv: list[str]) -> int:
    from benchmarks.bench_pdf import generate_disclosures

    folder = Path(argv[0]) if argv else FORMATS / "pdf" / "layouts"
    generated = ROOT / "benchmarks" / "out" / "pdf"
    generate_disclosures(generated, 10)
    lines = [
        *pdf_lines(folder, f"PDF ({folder})"),
        *pdf_lines(generated, "PDF (generated disclosures)"),
        *file_lines("XLSX", "*.xlsx", {"python-calamine": _calamine, "openpyxl": _openpyxl}),
        *file_lines("HTML", "*.html", {"selectolax (lexbor)": _selectolax, "lxml": _lxml}),
        *file_lines("DOCX", "*.docx", {"python-docx": _python_docx}),
    ]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
