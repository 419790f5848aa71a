"""Shared fixtures: builds of the seed and of the damaged variants, made once per session."""

import shutil
from pathlib import Path

import pytest

from pipeline.build import run_build

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
RAW = ROOT / "data" / "raw"
VARIANTS = FIXTURES / "raw-variants"
SEED_FILE = "guangzhou-huadu-kgxj-2025.txt"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed-build")
    run_build(RAW, out, use_cache=False)
    return out


@pytest.fixture(scope="session")
def variants_raw(tmp_path_factory) -> Path:
    """The raw-variant tables as a raw folder (expected.json is a test fixture, not a table)."""
    raw = tmp_path_factory.mktemp("variants-raw")
    for path in VARIANTS.iterdir():
        if path.name != "expected.json":
            shutil.copy(path, raw / path.name)
    return raw


@pytest.fixture(scope="session")
def variants_build(tmp_path_factory, variants_raw) -> Path:
    out = tmp_path_factory.mktemp("variants-build")
    run_build(variants_raw, out, use_cache=False)
    return out
