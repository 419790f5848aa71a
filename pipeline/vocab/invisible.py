"""Vocabulary, all stages: the characters that print nothing.

A web page, a word processor or a damaged export leaves characters in a text that no reader
sees: zero-width spaces and joiners, a byte-order mark inside the text, soft hyphens,
bidirectional marks (`项目\u200b名称`, `≥95\u200b%`). Every reader takes them out of its cells
(`pipeline.read`), and the target parser out of a value given to it alone (`parse-target`), so
that a label or a value is read as it is seen.
"""

import re
import unicodedata

# The invisible format characters (Unicode's category Cf) of the Basic Multilingual Plane that a
# web page or a word processor leaves in text: zero-width spaces and joiners, the word joiner,
# a byte-order mark inside the text, soft hyphens, bidirectional marks.
_INVISIBLE = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in range(0x10000) if unicodedata.category(chr(c)) == "Cf")
    + "]"
)


def visible(text: str) -> str:
    """The text without its invisible format characters: what a reader sees
    (`项目<U+200B>名称` is `项目名称`). UTF-16 surrogates (an RTF's `\\uN` escapes, a damaged
    file's) are the character a pair of them stands for (`𠮷`), one alone the replacement
    character `�`, which shows where it was: no text can be written with one."""
    text = _INVISIBLE.sub("", text)
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")
