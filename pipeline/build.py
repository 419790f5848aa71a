"""The whole pipeline: for each raw file extract -> normalize -> check, then write and swap.

`process_file` is the per-file pipeline, pure. `run_build` is the edge: it reads the
manifest and the raw files, runs `process_file` on each (in worker processes, with a
per-file cache), writes every output into a staging folder, and only when all of that
succeeded moves the outputs into place, so a failed build leaves the previous ones as they
were.
"""

import csv
import hashlib
import io
import os
import pickle
import shutil
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import PIPELINE_VERSION, paths
from pipeline.checks import check_document, number_findings
from pipeline.database import write_database
from pipeline.extract import ExtractError, extract_table
from pipeline.normalize import Source, Tables, document_id_for, failed_document, normalize_table
from pipeline.report import write_report
from pipeline.write import TableWriter


class BuildError(Exception):
    """The build cannot run at all (no raw folder, bad manifest, unwritable output)."""


def process_file(source_file: str, data: bytes, source: Source) -> Tables:
    """One raw file's rows in every output table, its findings included."""
    try:
        raw = extract_table(source_file, data)
    except ExtractError as error:
        sha256 = hashlib.sha256(data).hexdigest()
        tables = failed_document(source_file, sha256, source, error.line, error.reason)
    else:
        tables = normalize_table(raw, source)
        tables.findings = check_document(tables, tables.documents[0]["fiscal_year"])
    tables.findings = number_findings(document_id_for(source_file), tables.findings)
    return tables


def read_manifest(raw_dir: Path) -> dict[str, Source]:
    """sources.csv by file name; a missing manifest means every file is unknown."""
    path = raw_dir / paths.MANIFEST_NAME
    if not path.exists():
        return {}
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "file" not in reader.fieldnames:
        raise BuildError(f"{path}:1: sources.csv needs a header row with a `file` column")
    manifest = {}
    for row in reader:
        line = reader.line_num
        year = (row.get("fiscal_year") or "").strip()
        if year and not (year.isdigit() and len(year) == 4):
            raise BuildError(f"{path}:{line}: fiscal_year {year!r} is not a year; write e.g. 2025")
        manifest[(row.get("file") or "").strip()] = Source(
            fiscal_year=int(year) if year else None,
            **{
                key: (row.get(key) or "").strip() or None
                for key in ("region", "department", "source_url", "retrieved")
            },
        )
    return manifest


@dataclass(frozen=True, slots=True)
class _Job:
    source_file: str
    path: Path
    source: Source
    cache_dir: Path | None


def _run_job(job: _Job) -> tuple[Tables, bool]:
    """Process one file, or load its result from the cache; (tables, was it cached)."""
    data = job.path.read_bytes()
    if job.cache_dir is None:
        return process_file(job.source_file, data, job.source), False
    key = hashlib.sha256(
        PIPELINE_VERSION.encode()
        + b"\0"
        + job.source_file.encode()
        + b"\0"
        + repr(job.source).encode()
        + b"\0"
        + data
    ).hexdigest()
    cached = job.cache_dir / f"{key}.pickle"
    if cached.exists():
        return pickle.loads(cached.read_bytes()), True
    tables = process_file(job.source_file, data, job.source)
    temporary = cached.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_bytes(pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL))
    temporary.replace(cached)
    return tables, False


def _results(jobs: list[_Job], workers: int) -> Iterator[tuple[Tables, bool]]:
    if workers <= 1 or len(jobs) <= 1:
        yield from map(_run_job, jobs)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_run_job, jobs, chunksize=max(1, min(64, len(jobs) // (workers * 8))))


@dataclass(slots=True)
class Summary:
    """What a build did, for the command line to print."""

    files: int = 0
    failed: list[dict] = field(default_factory=list)  # file_unreadable findings
    cached: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    severities: Counter = field(default_factory=Counter)
    out_dir: Path | None = None


def run_build(
    raw_dir: Path,
    out_dir: Path,
    *,
    workers: int = 1,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> Summary:
    """Build every output from `raw_dir` into `out_dir`, replacing the previous outputs whole."""
    if not raw_dir.is_dir():
        raise BuildError(f"{raw_dir}: raw folder not found; pass --raw DIR or add data/raw/")
    manifest = read_manifest(raw_dir)
    files = paths.raw_files(raw_dir)
    staging = _make_staging(out_dir)
    try:
        cache_dir = _cache_dir(out_dir) if use_cache else None
        jobs = [
            _Job(
                path.relative_to(raw_dir).as_posix(),
                path,
                manifest.get(path.relative_to(raw_dir).as_posix(), Source()),
                cache_dir,
            )
            for path in files
        ]
        summary = Summary(files=len(jobs), out_dir=out_dir)
        writer = TableWriter(staging)
        for done, (tables, was_cached) in enumerate(_results(jobs, workers), start=1):
            writer.add(tables)
            summary.cached += was_cached
            summary.severities.update(row["severity"] for row in tables.findings)
            summary.failed.extend(f for f in tables.findings if f["rule"] == "file_unreadable")
            if progress:
                progress(done, len(jobs))
        summary.counts = writer.close()
        write_database(staging)
        write_report(staging)
        _swap(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return summary


def _make_staging(out_dir: Path) -> Path:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        staging = out_dir / f"{paths.STAGING_PREFIX}{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
    except OSError as error:
        raise BuildError(
            f"{out_dir}: cannot write the outputs there ({error.strerror}); "
            "pass --out DIR with a writable folder"
        ) from error
    return staging


def _cache_dir(out_dir: Path) -> Path:
    cache = out_dir / paths.CACHE_DIR_NAME
    cache.mkdir(exist_ok=True)
    return cache


def _swap(staging: Path, out_dir: Path) -> None:
    """Move each finished output over the previous one (an atomic rename per file)."""
    for built in sorted(staging.iterdir()):
        built.replace(out_dir / built.name)


def default_workers() -> int:
    return os.cpu_count() or 1


def stderr_progress(done: int, total: int) -> None:
    """Files done of total, on one self-overwriting line; only when stderr is a terminal."""
    sys.stderr.write(f"\rbuilding: {done}/{total} files")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
