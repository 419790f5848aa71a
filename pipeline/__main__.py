"""Entry point: `python -m pipeline ...` runs the command line, as the `jixiao` command does."""

import sys

from pipeline.cli import main

sys.exit(main(prog="python -m pipeline"))
