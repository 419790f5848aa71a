"""Read floor, MIME messages: a web archive (`.mht`, Excel's and Word's 单个文件网页) or an e-mail
saved as a file (`.eml`) -> the `CellTable`s of the part holding its table.

Place in the pipeline: a format reader, before the layout readers (`pipeline.layouts`). The
message's web page (its first `text/html` part, `html.web_page`: an archive's page, an e-mail's
HTML beside its plain-text copy) is read as the HTML reader reads a page. A message without one
(a plain-text e-mail, a table pasted into its body as tab-separated or ruled text, sent in
base64 or quoted-printable GBK) is read as the text of its first `text/plain` part, decoded from
its transfer encoding, as a text file is (`text_cells`; its rows' lines counted in the part).
Its other parts (images, attachments) are not read.
"""

import email
import email.policy

from pipeline.cells import CellTable
from pipeline.read.html import read_html, web_page
from pipeline.read.text import ExtractError, decode
from pipeline.read.text_cells import read_text_cells


def read_message(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The performance tables of a MIME message's web page, else of its text (see the module
    docstring)."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if (page := web_page(message)) is not None:
        return read_html(source_file, page)
    for part in message.walk():
        if part.get_content_type() == "text/plain" and (text := part.get_payload(decode=True)):
            return read_text_cells(source_file, decode(source_file, text)[0])
    raise ExtractError(
        source_file,
        1,
        "a MIME message (.mht, .eml) with neither a web page nor a text; open it and save its "
        "page, or the table it attaches, as a file of its own",
    )
