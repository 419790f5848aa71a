"""The whole pipeline: for each raw file extract -> normalize -> check, then write and swap.

`process_file` is the per-file pipeline, pure. `run_build` is the edge: it reads the
manifest and the raw files, runs `process_file` on each (in worker processes, a run of
files at a time, with the caches of `pipeline.cache`), writes every output into a staging folder, and only when all of that
succeeded moves the outputs into place, so a failed build leaves the previous ones as they
were.
"""

import csv
import hashlib
import io
import os
import shutil
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline import PipelineError, cache, paths
from pipeline.checks import check_document, number_findings
from pipeline.extract import ExtractError, extract_table
from pipeline.normalize import Source, Tables, document_id_for, failed_document, normalize_table
from pipeline.report import write_report
from pipeline.validate import ValidateError
from pipeline.write import Batch, FileResult, TableWriter
from schemas._types import FIRST_YEAR, LAST_YEAR


class BuildError(PipelineError):
    """The build cannot run at all (no raw folder, bad manifest, unwritable output)."""


def process_file(source_file: str, data: bytes, source: Source) -> Tables:
    """One raw file's rows in every output table, its findings included."""
    try:
        raw = extract_table(source_file, data)
    except ExtractError as error:
        sha256 = hashlib.sha256(data).hexdigest()
        return unreadable_file(source_file, sha256, source, error.line, error.reason)
    tables = normalize_table(raw, source)
    found = check_document(tables, tables.documents[0]["fiscal_year"])
    tables.findings = number_findings(document_id_for(source_file), found)
    return tables


def unreadable_file(
    source_file: str, sha256: str | None, source: Source, line: int, reason: str
) -> Tables:
    """The rows for a file with no table to read: a `failed` document and its finding."""
    tables = failed_document(source_file, sha256, source, line, reason)
    tables.findings = number_findings(document_id_for(source_file), tables.findings)
    return tables


def read_manifest(raw_dir: Path) -> tuple[dict[str, Source], dict[str, int]]:
    """sources.csv by file name, and the line each file is listed on. No manifest: every
    file is unknown. UTF-8 or GB18030, since it is often saved from a spreadsheet."""
    path = raw_dir / paths.MANIFEST_NAME
    if not path.exists():
        return {}, {}
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise BuildError(
                f"{path}:{line}: not UTF-8 or GB18030 text; save it as UTF-8 CSV"
            ) from error
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "file" not in reader.fieldnames:
        raise BuildError(f"{path}:1: sources.csv needs a header row with a `file` column")
    sources, lines = {}, {}
    for row in reader:
        year = (row.get("fiscal_year") or "").strip()
        if year and not (year.isdigit() and FIRST_YEAR <= int(year) <= LAST_YEAR):
            raise BuildError(
                f"{path}:{reader.line_num}: fiscal_year {year!r} is not a year from "
                f"{FIRST_YEAR} to {LAST_YEAR}; write e.g. 2025"
            )
        name = (row.get("file") or "").strip()
        lines[name] = reader.line_num
        sources[name] = Source(
            fiscal_year=int(year) if year else None,
            **{
                key: (row.get(key) or "").strip() or None
                for key in ("region", "department", "source_url", "retrieved")
            },
        )
    return sources, lines


@dataclass(frozen=True, slots=True)
class _Job:
    """One raw file to build, and where its result is (or will be) cached."""

    source_file: str
    path: Path
    source: Source
    cache_path: Path | None
    is_cached: bool


@dataclass(frozen=True, slots=True)
class _Run:
    """Consecutive files built, written and cached together as one batch."""

    jobs: tuple[_Job, ...]
    cache_path: Path | None  # None without a cache, or when a file could not be hashed
    is_cached: bool
    # Its rows are in the previous build's database, which this build copies and updates.
    in_database: bool


def _plan(raw_dir: Path, manifest: dict[str, Source], cache_dir: Path | None) -> list[_Job]:
    """A job per raw file; with a cache, each keyed by hashing what the file's result depends on."""
    jobs = []
    for path in paths.raw_files(raw_dir):
        source_file = path.relative_to(raw_dir).as_posix()
        source = manifest.get(source_file, Source())
        cache_path = None
        if cache_dir is not None:
            try:
                key = cache.file_key(source_file, source, path.read_bytes())
            except OSError:
                key = None  # not cached: _process_job reports why it cannot be read
            cache_path = cache_dir / f"{key}.pickle" if key else None
        is_cached = cache_path is not None and cache_path.exists()
        jobs.append(_Job(source_file, path, source, cache_path, is_cached))
    return jobs


def _plan_runs(jobs: list[_Job], cache_dir: Path | None, in_database: set[str]) -> list[_Run]:
    """The jobs cut into runs (see `cache.ends_run`), each keyed by its files' keys."""
    groups: list[list[_Job]] = [[]]
    for job in jobs:
        groups[-1].append(job)
        if cache.ends_run(job.source_file) or len(groups[-1]) == cache.MAX_RUN_FILES:
            groups.append([])
    runs = []
    for group in filter(None, groups):
        keys = [job.cache_path.stem for job in group if job.cache_path is not None]
        key = cache.run_key(keys) if cache_dir is not None and len(keys) == len(group) else None
        cache_path = cache_dir / f"{key}.batch" if key else None
        is_cached = cache_path is not None and cache_path.exists()
        runs.append(_Run(tuple(group), cache_path, is_cached, key in in_database))
    return runs


def _process_job(job: _Job) -> FileResult:
    """Run in a worker: build one file and cache its result (as validated: a batch that
    fails validation deletes the cache entries of its new results)."""
    try:
        data = job.path.read_bytes()
    except OSError as error:
        reason = f"the file cannot be read ({error.strerror}); check that it exists and is readable"
        return _failed(job, None, reason)
    try:
        result = FileResult.from_tables(process_file(job.source_file, data, job.source))
    except Exception as error:  # one file's bug must not lose the others
        reason = (
            f"the pipeline failed on this file ({type(error).__name__}: {error}); "
            "this is a bug: please report it with the file"
        )
        return _failed(job, hashlib.sha256(data).hexdigest(), reason)
    # A file rewritten since it was planned is built as it is now, but not cached under
    # the key of what it was.
    is_as_planned = job.cache_path is not None and job.cache_path.stem == cache.file_key(
        job.source_file, job.source, data
    )
    if is_as_planned:
        cache.write_entry(job.cache_path, replace(result, is_validated=True))
    return result


def _failed(job: _Job, sha256: str | None, reason: str) -> FileResult:
    return FileResult.from_tables(unreadable_file(job.source_file, sha256, job.source, 1, reason))


def _load(job: _Job) -> FileResult:
    """A file's cached result; an entry that cannot be read is rebuilt."""
    return cache.read_entry(job.cache_path, FileResult) or _process_job(job)


def _build_batch(run: _Run) -> Batch:
    """Run in a worker: a run's batch from the cache, or from its files' results (themselves
    cached or computed), cached in turn when every file was as planned."""
    if run.is_cached and (batch := cache.read_entry(run.cache_path, Batch)) is not None:
        return batch
    batch = Batch.from_results(
        [_load(job) if job.is_cached else _process_job(job) for job in run.jobs]
    )
    if run.cache_path is not None and all(job.cache_path.exists() for job in run.jobs):
        cache.write_entry(run.cache_path, replace(batch, is_validated=True))
    return batch


def _batches(runs: list[_Run], workers: int) -> Iterator[Batch]:
    """Each run's batch, in order, computed by up to `workers` processes with a bounded
    number of batches in flight, so memory does not grow with the corpus. Enough are in
    flight for the workers to go on while the main process writes."""
    if workers <= 1 or len(runs) <= 1:
        yield from map(_build_batch, runs)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        window: deque[Future] = deque()
        for run in runs:
            window.append(pool.submit(_build_batch, run))
            if len(window) >= workers * 12:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


@dataclass(slots=True)
class Summary:
    """What a build did, for the command line to print."""

    files: int = 0
    failed: list[dict] = field(default_factory=list)  # file_unreadable findings
    cached: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    severities: Counter = field(default_factory=Counter)
    out_dir: Path | None = None
    is_up_to_date: bool = False
    warnings: list[str] = field(default_factory=list)  # about the manifest; the build went on


def run_build(
    raw_dir: Path,
    out_dir: Path,
    *,
    workers: int = 1,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> Summary:
    """Build every output from `raw_dir` into `out_dir`, replacing the previous outputs whole.

    With the cache, a file whose bytes, name and manifest row are unchanged is not processed
    again, the previous database is updated rather than filled again, and when nothing
    changed at all since the last build the outputs are left as they are.
    """
    if not raw_dir.is_dir():
        raise BuildError(f"{raw_dir}: raw folder not found; pass --raw DIR or add data/raw/")
    manifest, listed_on = read_manifest(raw_dir)
    staging = _make_staging(out_dir)
    try:
        cache_dir = _cache_dir(out_dir) if use_cache else None
        jobs = _plan(raw_dir, manifest, cache_dir)
        built = {job.source_file for job in jobs}
        warnings = [
            f"{raw_dir / paths.MANIFEST_NAME}:{line}: {name} is listed but not in {raw_dir}; "
            "add the file or remove its row"
            for name, line in listed_on.items()
            if name not in built
        ]
        record = cache.read_record(out_dir) if cache_dir else None
        if (last_build := _last_build(out_dir, jobs, record)) is not None:
            last_build.warnings = warnings
            return last_build
        runs = _plan_runs(jobs, cache_dir, cache.reusable_runs(out_dir, record))
        summary = Summary(
            files=len(jobs),
            out_dir=out_dir,
            cached=sum(j.is_cached for j in jobs),
            warnings=warnings,
        )
        kept = [
            document_id_for(job.source_file) for run in runs if run.in_database for job in run.jobs
        ]
        previous = out_dir / paths.DATABASE_NAME if kept else None
        try:
            with TableWriter(staging, previous_database=previous, kept_documents=kept) as writer:
                done = 0
                for run, batch in zip(runs, _batches(runs, workers), strict=True):
                    writer.add(batch, in_database=run.in_database)
                    summary.severities.update(batch.severities)
                    summary.failed.extend(batch.failed)
                    done += batch.files
                    if progress:
                        progress(done, len(jobs))
                summary.counts = writer.close()
        except ValidateError:
            for entry in [*jobs, *runs]:
                if entry.cache_path is not None and not entry.is_cached:
                    entry.cache_path.unlink(missing_ok=True)
            raise
        write_report(staging)
        _swap(staging, out_dir)
        if cache_dir is None:
            cache.record_path(out_dir).unlink(missing_ok=True)
        else:
            cache.write_record(
                out_dir,
                {
                    "keys": _keys(jobs),
                    "runs": [run.cache_path.stem if run.cache_path else None for run in runs],
                    "counts": summary.counts,
                    "severities": dict(summary.severities),
                    "failed": summary.failed,
                },
            )
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return summary


def _keys(jobs: list[_Job]) -> list[str | None]:
    """Each job's cache entry name; None for a file that could not be read to hash."""
    return [job.cache_path.stem if job.cache_path else None for job in jobs]


def _last_build(out_dir: Path, jobs: list[_Job], record: dict | None) -> Summary | None:
    """The previous build's summary when it was made of exactly these files and versions and
    its outputs are all still there; None when anything needs building."""
    if record is None:
        return None
    outputs = [paths.parquet_path(out_dir, name) for name in record.get("counts", {})]
    outputs += [out_dir / paths.DATABASE_NAME, out_dir / paths.REPORT_NAME]
    if record.get("keys") != _keys(jobs) or not all(path.exists() for path in outputs):
        return None
    return Summary(
        files=len(jobs),
        failed=record["failed"],
        cached=len(jobs),
        counts=record["counts"],
        severities=Counter(record["severities"]),
        out_dir=out_dir,
        is_up_to_date=True,
    )


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


def stderr_progress(done: int, total: int) -> None:
    """Files done of total, on one self-overwriting line; only when stderr is a terminal."""
    sys.stderr.write(f"\rbuilding: {done}/{total} files")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
