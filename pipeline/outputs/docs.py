"""Documentation generated from the schemas: the README's table list and the data dictionary.

`python -m pipeline docs` rewrites docs/data-dictionary.md and the part of README.md between
the `tables:start` / `tables:end` markers; a test fails when either is out of date.
"""

import re

import schemas
from pipeline import paths
from pipeline.outputs.database import VIEWS
from pipeline.vocab.rules import RULES

README = paths.ROOT / "README.md"
DATA_DICTIONARY = paths.ROOT / "docs" / "data-dictionary.md"
START, END = (
    "<!-- tables:start (generated from schemas/ by `python -m pipeline docs`) -->",
    "<!-- tables:end -->",
)


def _type(column) -> str:
    return str(column.dtype.type.pyarrow_dtype).replace("decimal128", "decimal")


def _grain_and_key(description: str) -> tuple[str, str]:
    grain, _, rest = description.partition(" Key: ")
    key = rest.split(". ")[0].rstrip(".")
    return grain, key


def readme_tables() -> str:
    """The README's table list: grain, key and schema module of each table, and the views."""
    lines = ["| table | grain | key | schema |", "|---|---|---|---|"]
    for name, model in schemas.TABLES.items():
        grain, key = _grain_and_key(model.to_schema().description)
        module = model.__module__.replace(".", "/")
        lines.append(f"| `{name}` | {grain} | `{key}` | [`{module}.py`]({module}.py) |")
    lines += ["", "| view | what it is |", "|---|---|"]
    lines += [f"| `{name}` | {description} |" for name, (description, _, _) in VIEWS.items()]
    lines += ["", "| finding rule | severity | when |", "|---|---|---|"]
    lines += [f"| `{rule}` | {severity} | {when} |" for rule, (severity, when) in RULES.items()]
    return "\n".join(lines)


def data_dictionary() -> str:
    """docs/data-dictionary.md: every column of every table with type, unit, label and meaning."""
    parts = [
        "# Data dictionary",
        "",
        "Generated from the pandera models in `schemas/` by `python -m pipeline docs`; do not edit.",
        "The same text is in the DuckDB column comments and the parquet schema metadata.",
    ]
    for name, model in schemas.TABLES.items():
        schema = model.to_schema()
        parts += ["", f"## `{name}`", "", schema.description, ""]
        parts += [
            "| column | type | null | unit | source label | meaning |",
            "|---|---|---|---|---|---|",
        ]
        for column_name, column in schema.columns.items():
            metadata = column.metadata or {}
            parts.append(
                f"| `{column_name}` | {_type(column)} | {'yes' if column.nullable else 'no'} | "
                f"{metadata.get('unit') or ''} | {metadata.get('label') or ''} | "
                f"**{column.title}.** {column.description} |"
            )
    return "\n".join(parts) + "\n"


def updated_readme(text: str) -> str:
    pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.DOTALL)
    return pattern.sub(lambda _: f"{START}\n{readme_tables()}\n{END}", text)


def write_docs() -> None:
    DATA_DICTIONARY.parent.mkdir(exist_ok=True)
    DATA_DICTIONARY.write_text(data_dictionary(), encoding="utf-8")
    README.write_text(updated_readme(README.read_text(encoding="utf-8")), encoding="utf-8")
