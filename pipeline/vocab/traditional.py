"""Vocabulary, all stages: traditional characters read as simplified, for matching only.

Mirror sites republish budget tables converted to traditional characters (`項目名稱`,
`產出指標`, `不低於98%`, `萬元`). Wherever a stage compares text with a vocabulary (labels,
level names, target words and units, money units, names matched between tables), it compares
`simplified(text)`, so such a table is read as its simplified original is. What is kept as
printed (project and indicator names, raw targets, level cells as written) keeps its
traditional characters; what is canonical (level names, units, the money unit) is the
vocabulary's simplified form.

The pairs are data (`traditional.tsv`, one traditional character and its simplified one a line):
characters outside GB 2312, the simplified standard's character set, plus the 16 GB 2312
variants listed at its end that converters print for a simplified character (於 for 于 in
不低於, 乾 for 干 in 乾淨) and simplified tables do not use. Simplified text is therefore left as
it is, and one character stays one character, so positions in a text and its folded form stay
aligned.
"""

import re
from pathlib import Path


def _table() -> dict[int, str]:
    pairs = {}
    for line in (
        Path(__file__).with_name("traditional.tsv").read_text(encoding="utf-8").splitlines()
    ):
        if line and not line.startswith("#"):
            traditional, simplified_form = line.split("\t")
            pairs[ord(traditional)] = simplified_form
    return pairs


TRADITIONAL = _table()
# Found before translating: a search is ten times cheaper than a translation that finds nothing.
_ANY = re.compile("[" + re.escape("".join(map(chr, TRADITIONAL))) + "]")


def simplified(text: str) -> str:
    """`text` with each traditional character of the table replaced by its simplified one
    (`不低於` -> `不低于`); simplified text comes back unchanged."""
    return text.translate(TRADITIONAL) if _ANY.search(text) else text
