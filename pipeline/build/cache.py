"""Edges, incremental builds: what results depend on, where they are cached, what was built.

Three kinds of cache entry live in `data/processed/.cache/`, each named by a hash of what it
depends on, so an entry is either right or unused, never stale:

- `<key>.pickle`: one file's rows (`FileResult`), keyed by the code version (every file
  of the packages, and the Python and libraries' versions: `CODE_VERSION`), the file's
  name, its manifest row and its bytes (`file_key`);
- `<key>.batch`: a run of consecutive files' rows as Arrow tables (`Batch`), keyed by its
  files' keys (`run_key`). Runs end at files picked by a hash of their name (`ends_run`),
  so adding or removing a file changes only the run it falls in.
- `<key>.segment`: a segment of consecutive runs encoded as parquet, one fragment per
  table (`Fragments`), keyed by its runs' keys. Segments end where runs do, at one run end
  in SEGMENT_RUNS (`ends_segment`). The parquet outputs are their fragments joined
  (`pipeline.outputs.splice`), so a rebuild encodes only the segments that changed.

Entries are pickles, zstd-compressed but for segments, whose parquet is compressed already
(written and read by `pipeline.build.workers`).

A build's record (`RECORD_NAME`, in its folder beside its outputs: see `pipeline.build.publish`)
says what it was made of: each file's key (an unchanged tree needs no build at all) with
its size, mtime and manifest row's digest (a file with all three unchanged is not read
again), a digest of sources.csv (unchanged, no row's digest is computed again), each run's
and segment's key, and the database it left, which a rebuild copies and updates for the
runs that changed instead of filling it again.
"""

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline import PIPELINE_VERSION, paths
from pipeline.manifest import Source

# Cache entries' suffixes: a file's rows, a run's batch, a segment's parquet, and an entry
# being written.
FILE_ENTRY, RUN_ENTRY, SEGMENT_ENTRY, PARTIAL_ENTRY = ".pickle", ".batch", ".segment", ".tmp"
SUFFIXES = (FILE_ENTRY, RUN_ENTRY, SEGMENT_ENTRY)
# The record of a build, in its folder (see `pipeline.build.publish`) beside the outputs it
# describes, so that both are published together.
RECORD_NAME = ".last-build.json"

# Files per run, on average; no run is longer than MAX_RUN_FILES.
RUN_FILES = 32
MAX_RUN_FILES = 4 * RUN_FILES
# Runs per segment, on average (~1,000 files, ~100,000 indicators: a few row groups per
# table); no segment is longer than MAX_SEGMENT_RUNS.
SEGMENT_RUNS = 32
MAX_SEGMENT_RUNS = 4 * SEGMENT_RUNS


# The packages whose files make the rows, and the libraries that read, validate and write
# them: a change to any of them, or to Python, may change the rows.
PACKAGES = ("pipeline", "schemas")
DEPENDENCIES = ("pandas", "pyarrow", "pandera", "duckdb")


def _code_version() -> str:
    """PIPELINE_VERSION, the Python and DEPENDENCIES versions, and every file of PACKAGES
    (subfolders and data files included), so that any change to them invalidates cached
    results, bumped or not."""
    digest = hashlib.sha256(f"{PIPELINE_VERSION}\0{sys.version}\0".encode())
    for name in _installed(DEPENDENCIES):
        digest.update(name.encode() + b"\0")
    for package in PACKAGES:
        for name, data in _package_files(paths.ROOT / package):
            digest.update(f"{package}/{name}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


def _installed(names: tuple[str, ...]) -> list[str]:
    """The `name-version.dist-info` folders of these distributions on sys.path, as
    installers name them. Listed rather than read with importlib.metadata, whose import
    alone takes 25-40 ms (measured): a third of a build with nothing changed."""
    found = []
    for folder in sys.path:
        with contextlib.suppress(OSError):
            found += [
                entry
                for entry in os.listdir(folder or ".")
                if entry.endswith(".dist-info") and entry.split("-")[0].lower() in names
            ]
    return sorted(found)


def _package_files(folder: Path) -> list[tuple[str, bytes]]:
    """Every file under `folder` but compiled bytecode, as (path relative to it, bytes), in
    the order of their paths."""
    found = []
    for parent, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if name != "__pycache__"]
        prefix = Path(parent).relative_to(folder).as_posix()
        for name in files:
            found.append(
                (name if prefix == "." else f"{prefix}/{name}", Path(parent, name).read_bytes())
            )
    return sorted(found)


CODE_VERSION = _code_version()


def file_key(source_file: str, source: Source, data: bytes) -> str:
    """What a file's result depends on: the code version, its name, manifest row and bytes."""
    digest = hashlib.sha256()
    for part in (CODE_VERSION, source_file, repr(source)):
        digest.update(part.encode() + b"\0")
    digest.update(data)
    return digest.hexdigest()


def run_key(file_keys: list[str]) -> str:
    """A run's key: its files' keys, in order."""
    return hashlib.sha256("\0".join(file_keys).encode()).hexdigest()


def ends_run(source_file: str) -> bool:
    """Whether a run ends after this file: 1 file in RUN_FILES, chosen by its name alone, so
    that where runs end does not depend on the other files or on the number of workers."""
    return hashlib.sha256(source_file.encode()).digest()[0] % RUN_FILES == 0


def ends_segment(source_file: str) -> bool:
    """Whether a segment ends after this file, the last of a run: at 1 run end in
    SEGMENT_RUNS, chosen by the file's name alone, as `ends_run` chooses."""
    return (
        ends_run(source_file)
        and hashlib.sha256(source_file.encode()).digest()[1] % SEGMENT_RUNS == 0
    )


def record_path(build_dir: Path) -> Path:
    return build_dir / RECORD_NAME


def read_record(build_dir: Path | None) -> dict | None:
    """What the build whose outputs are in `build_dir` was made of, or None."""
    if build_dir is None:
        return None
    try:
        record = json.loads(record_path(build_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def write_record(build_dir: Path, record: dict) -> None:
    """Record what the build whose outputs are in `build_dir` was made of, whole or not at
    all. A record written again keeps the stamp of the database as its build left it: one
    changed since is not taken for the build's."""
    stamp = record["database"] if "database" in record else database_stamp(build_dir)
    record = {**record, "code_version": CODE_VERSION, "database": stamp}
    path = record_path(build_dir)
    temporary = path.with_suffix(PARTIAL_ENTRY)
    temporary.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    temporary.replace(path)


def prune(cache_dir: Path, record: dict) -> None:
    """Drop the cache entries the build of `record` did not use (older versions of changed
    files, runs and segments that no longer exist, entries a killed build was writing)."""
    used = {
        key + suffix
        for field, suffix in (
            ("keys", FILE_ENTRY),
            ("runs", RUN_ENTRY),
            ("segments", SEGMENT_ENTRY),
        )
        for key in record.get(field, [])
        if key
    }
    # Names from os.listdir, not Path objects: 0.19 s rather than 3.3 s for a national
    # year's 206,697 entries (measured).
    for name in os.listdir(cache_dir):
        if name.endswith((*SUFFIXES, PARTIAL_ENTRY)) and name not in used:
            (cache_dir / name).unlink(missing_ok=True)


def database_stamp(build_dir: Path) -> list[int] | None:
    """Size and modification time of performance.duckdb: whether it is still the one a
    build left, rather than one changed or replaced since."""
    try:
        stat = (build_dir / paths.DATABASE_NAME).stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def reusable_runs(build_dir: Path | None, record: dict | None) -> set[str]:
    """Keys of the runs whose rows the database in `build_dir` holds, when a rebuild may
    copy that database and update it; empty when it must be filled again."""
    if (
        build_dir is None
        or record is None
        or record.get("code_version") != CODE_VERSION
        or record.get("database") != database_stamp(build_dir)
    ):
        return set()
    return {key for key in record.get("runs", []) if key}


@dataclass(frozen=True, slots=True)
class Job:
    """One raw file to build, and where its result is (or will be) cached.

    Compact, as a national year has 200,000: the folders are shared by all jobs and the
    paths made when needed.
    """

    source_file: str
    source: Source
    raw_dir: Path
    cache_dir: Path | None
    key: str | None  # None without a cache, or when the file could not be read to hash
    is_cached: bool
    stat: tuple[int, int] | None = None  # size and mtime_ns when it was keyed
    row_digest: str | None = None  # of its manifest row, with a cache

    @property
    def path(self) -> Path:
        return self.raw_dir / self.source_file

    @property
    def cache_path(self) -> Path | None:
        return self.cache_dir / (self.key + FILE_ENTRY) if self.key else None


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive files built, written and cached together as one batch."""

    jobs: tuple[Job, ...]
    key: str | None  # None without a cache, or when a file could not be hashed
    cache_path: Path | None
    is_cached: bool
    # Its rows are in the previous build's database, which this build copies and updates.
    in_database: bool


UNKNOWN = Source()  # the manifest row of a file sources.csv does not list


def plan_jobs(
    raw_dir: Path,
    manifest: dict[str, Source],
    cache_dir: Path | None,
    known: dict | None = None,
    *,
    same_manifest: bool = False,
    files: list[str],
) -> list[Job]:
    """A job per table in `raw_dir` (`files`, see `paths.raw_files`); with a cache, each
    keyed by what its result depends on (see `known_files` for the files the last build
    keyed; with `same_manifest`, sources.csv is byte for byte the one that build read, so
    their manifest rows are unchanged)."""
    jobs = []
    known = known or {}
    # Listed once rather than looked up per file, and paths kept as strings: planning is
    # most of what a build with nothing changed costs (3 s of 5 at 200,000 files).
    cached = set(os.listdir(cache_dir)) if cache_dir is not None else set()
    raw = str(raw_dir)
    for source_file in files:
        source = manifest.get(source_file) or UNKNOWN
        if cache_dir is None:
            jobs.append(Job(source_file, source, raw_dir, None, None, False))
            continue
        path = f"{raw}/{source_file}"
        seen = known.get(source_file)
        digest = seen[2] if same_manifest and seen is not None else _row_digest(source)
        try:
            stat = os.stat(path)
            stamp = (stat.st_size, stat.st_mtime_ns)
            if seen is not None and seen[:3] == [*stamp, digest]:
                key = seen[3]
            else:
                with open(path, "rb") as file:
                    key = file_key(source_file, source, file.read())
        except OSError:
            key, stamp = None, None  # not cached: the worker reports why it cannot be read
        is_cached = key is not None and key + FILE_ENTRY in cached
        jobs.append(Job(source_file, source, raw_dir, cache_dir, key, is_cached, stamp, digest))
    return jobs


# A file modified this close to when the last build looked at it may have changed again,
# within the clock's resolution, after it was hashed: it is hashed again, not trusted.
_RACY_NS = 2_000_000_000


def known_files(record: dict | None) -> dict[str, list]:
    """The files the last build keyed, by name: [size, mtime_ns, row digest, key]. A file
    with the same size, modification time and manifest row keeps its key without being read
    again (as make and git trust them); empty when the record is from other code."""
    if record is None or record.get("code_version") != CODE_VERSION:
        return {}
    settled = record.get("planned_ns", 0) - _RACY_NS
    return {name: seen for name, seen in record.get("files", {}).items() if seen[1] < settled}


def _row_digest(source: Source) -> str:
    """A short digest of a file's manifest row, to tell whether it changed."""
    return hashlib.blake2b(repr(tuple(source)).encode(), digest_size=8).hexdigest()


def file_stamps(jobs: list[Job], planned_ns: int) -> dict:
    """What `known_files` reads back: when the files were looked at (`time.time_ns()` before
    planning), and each keyed file's size, mtime, manifest row (digested) and key."""
    return {
        "planned_ns": planned_ns,
        "files": {
            job.source_file: [*job.stat, job.row_digest, job.key]
            for job in jobs
            if job.key is not None and job.stat is not None
        },
    }


def plan_runs(jobs: list[Job], cache_dir: Path | None, in_database: set[str]) -> list[Run]:
    """The jobs cut into runs (see `cache.ends_run`), each keyed by its files' keys."""
    runs = []
    for group in _cut(jobs, lambda job: ends_run(job.source_file), MAX_RUN_FILES):
        keys = [job.key for job in group if job.key is not None]
        key = run_key(keys) if cache_dir is not None and len(keys) == len(group) else None
        cache_path, is_cached = _entry(cache_dir, key, RUN_ENTRY)
        runs.append(Run(tuple(group), key, cache_path, is_cached, key in in_database))
    return runs


@dataclass(frozen=True, slots=True)
class Segment:
    """Consecutive runs whose rows make one fragment of each parquet output."""

    runs: tuple[Run, ...]
    key: str | None  # None when a run has none
    cache_path: Path | None
    is_cached: bool

    @property
    def in_database(self) -> bool:
        return all(run.in_database for run in self.runs)


def plan_segments(runs: list[Run], cache_dir: Path | None) -> list[Segment]:
    """The runs cut into segments (see `ends_segment`), each keyed by its runs' keys."""
    segments = []
    for group in _cut(runs, lambda run: ends_segment(run.jobs[-1].source_file), MAX_SEGMENT_RUNS):
        keys = [run.key for run in group]
        key = run_key(["segment", *keys]) if all(keys) else None
        segments.append(Segment(tuple(group), key, *_entry(cache_dir, key, SEGMENT_ENTRY)))
    return segments


def _cut(items: list, ends: Callable[[object], bool], longest: int) -> list[list]:
    """Items cut into consecutive groups, each ending at an item `ends` picks or at `longest`
    items."""
    groups: list[list] = [[]]
    for item in items:
        groups[-1].append(item)
        if ends(item) or len(groups[-1]) == longest:
            groups.append([])
    return [group for group in groups if group]


def _entry(cache_dir: Path | None, key: str | None, suffix: str) -> tuple[Path | None, bool]:
    """Where the entry of this key is cached, and whether it is there."""
    if cache_dir is None or key is None:
        return None, False
    path = cache_dir / (key + suffix)
    return path, path.exists()
