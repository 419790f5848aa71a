"""The per-file pipeline and the workers that run it, a run of files at a time.

`process_file` is a file's pipeline, pure: extract -> normalize (each indicator's `met`
from `pipeline.attainment`) -> check. `batches` runs it over planned runs of files (see
`pipeline.build.cache`) in worker processes, each run coming back as one Arrow `Batch`, from
the cache where it can. A file the pipeline cannot read, or fails on, becomes a `failed`
document with its finding; the other files go on, even when reading one ends its worker
process (`PROCESS_ENDED`).
"""

import hashlib
import os
import pickle
import signal
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

import pyarrow

from pipeline.attainment import mark_attainment
from pipeline.build import cache
from pipeline.build.cache import Job, Run
from pipeline.cells import CellTable
from pipeline.checks import check_document, number_findings
from pipeline.layouts import read_table
from pipeline.layouts.select import file_tables, set_aside_notes, split_tables
from pipeline.manifest import Source, document_id_for
from pipeline.normalize import failed_document, normalize_table
from pipeline.normalize_records import normalize_reads
from pipeline.outputs.write import Batch, FileResult
from pipeline.read import reader_notes
from pipeline.read.archive import archive_members
from pipeline.read.formats import detect_format, is_archive
from pipeline.read.text import ExtractError, LayoutError, RawTable, decode, extract_table
from pipeline.read.text_cells import read_text_cells
from pipeline.read.untabbed import packed_rows
from pipeline.rows import Tables


def process_file(source_file: str, data: bytes, source: Source, depth: int = 0) -> Tables:
    """One raw file's rows in every output table, its findings included. A ZIP archive's
    members are documents of their own (`pipeline.read.archive`), each with the archive's
    manifest row; `depth` is how many archives the file is inside."""
    if is_archive(data):
        return _process_archive(source_file, data, source, depth)
    try:
        tables, cells, set_aside = _read(source_file, data, source)
    except ExtractError as error:
        return unreadable_file(hashlib.sha256(data).hexdigest(), source, error)
    document_id = document_id_for(source_file)
    mark_attainment(tables)
    found = check_document(tables, tables.documents[0]["fiscal_year"])
    found += set_aside_notes(document_id, set_aside)
    found += reader_notes(document_id, cells or ())
    tables.findings = number_findings(document_id, found)
    return _locate(tables, (*(cells or ()), *set_aside))


def _process_archive(source_file: str, data: bytes, source: Source, depth: int) -> Tables:
    """Each member of an archive built as a file, its rows after the member before it; a
    member that cannot be unpacked is a failed document of its own."""
    try:
        members = archive_members(source_file, data, depth)
    except ExtractError as error:
        return unreadable_file(hashlib.sha256(data).hexdigest(), source, error)
    joined = Tables()
    for name, unpack in members:
        try:
            member = unpack()
        except ExtractError as error:
            joined.extend(unreadable_file(None, source, error))
        else:
            joined.extend(process_file(name, member, source, depth + 1))
    return joined


# The reason given for a file whose reading ended its process (`_isolated`).
PROCESS_ENDED = (
    "reading this file ended the process reading it (a library's native code aborts on some "
    "damaged files); open it in the program that made it, save it again and put that in data/raw/"
)

# The tables whose rows carry a source_location beside their source_line.
_LOCATED = ("projects", "amount_rows", "indicators", "findings")


def _locate(tables: Tables, cells: tuple[CellTable, ...] | None) -> Tables:
    """Each row's `source_location`: that of the cell row at its `source_line` (none for a
    text file, whose line says it all)."""
    where = {row.line: row.location for table in cells or () for row in table.rows}
    for name in _LOCATED:
        for row in getattr(tables, name):
            row["source_location"] = where.get(row["source_line"])
    return tables


def _read(
    source_file: str, data: bytes, source: Source
) -> tuple[Tables, tuple[CellTable, ...] | None, tuple[CellTable, ...]]:
    """The packed department table is read line by line (`read.text`); a file whose tables
    have indicator columns of their own goes to the layout readers, table by table. When
    none of its tables gives a project, the file is not built, its error naming the labels
    seen. A file in another format (`pipeline.read.formats`) is read into cell tables first,
    and its packed tables reach the line reader through `_packed_text`; its cell tables come
    back with the rows, for their locations, with the tables set aside as not performance
    tables (`pipeline.layouts.select`); so do a text file's, read into cell tables when its
    packed reading fails (the next table's title after the last row closes a performance
    table). A file of several tables none of which is a performance table is not built: its
    budget tables are not read as projects."""
    kind = detect_format(source_file, data)
    set_aside: tuple[CellTable, ...] = ()
    none_are = False
    if kind == "text":
        decoded = decode(source_file, data)  # once, for whichever reader reads the file
        cells, lines, encoding = None, data, decoded[1]
    else:
        decoded, (cells, set_aside, none_are) = None, file_tables(source_file, data)
        lines = _packed_text(source_file, cells)
        encoding = decode(source_file, data)[1] if kind == "csv" else None  # decoded already
    try:
        raw = _extract(source_file, lines, decoded)
        if none_are and "indicators" not in raw.columns:
            raise _budget_tables_only(source_file, len(cells), raw)
    except LayoutError as error:
        if cells is None:  # a text's tables, each told from the others as any format's are
            cells, set_aside, _ = split_tables(
                read_text_cells(source_file, decoded[0]), opened=False
            )
        reads = [read_table(table, source.fiscal_year) for table in cells]
        if any(project.indicators for read in reads for project in read.projects):
            sha256 = hashlib.sha256(data).hexdigest()
            return normalize_reads(source_file, sha256, encoding, reads, source), cells, set_aside
        raise _unread(source_file, reads, error) from None
    if cells is not None:
        raw = replace(raw, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding)
    return normalize_table(raw, source), cells, set_aside


def _extract(source_file: str, data: bytes, decoded: tuple[str, str] | None) -> RawTable:
    """The packed table of a file (`extract_table`), or of its text printed one cell a line
    (`untabbed.packed_rows`) when it has no header row otherwise."""
    try:
        return extract_table(source_file, data, decoded)
    except LayoutError:
        raise
    except ExtractError:
        regridded = packed_rows(decoded[0]) if decoded else None
        if regridded is None:
            raise
        return extract_table(source_file, data, (regridded, decoded[1]))


def _budget_tables_only(source_file: str, count: int, raw: RawTable) -> ExtractError:
    """Why a file of several tables, none of them a performance table, gives no project: the
    line reader would read a budget table listing projects (项目名称 | 合计, no 绩效指标
    column) as the packed table, its 科目 and 项目 rows as projects."""
    return ExtractError(
        source_file,
        raw.header_line,
        f"none of the file's {count} tables is a performance table (the one here lists projects "
        "without a 绩效指标 column: a budget table); a disclosure that publishes no 绩效目标表 "
        "or 自评表 has nothing to read",
    )


def _packed_text(source_file: str, tables: tuple[CellTable, ...]) -> bytes:
    """A file's cell tables as the line reader reads text: one tab-separated line per row, at
    the row's own `line` (blank lines between), so that every line the reader reports is the
    row's line in the file."""
    rows = [row for table in tables for row in table.rows]
    if not rows:
        raise ExtractError(
            source_file,
            1,
            "no table in the file (no cell holds text); is this a 项目支出绩效目标表?",
        )
    lines = [""] * max(row.line for row in rows)
    for row in rows:
        lines[row.line - 1] = "\t".join(row.cells)
    return "\n".join(lines).encode()


def _unread(source_file: str, reads: list, error: LayoutError) -> LayoutError:
    """Why a file with indicator columns gave no indicator, naming the labels it printed."""
    unrecognised = [f for read in reads for f in read.findings if f.rule == "layout_unrecognised"]
    if unrecognised:
        return LayoutError(source_file, unrecognised[0].line or error.line, unrecognised[0].message)
    seen = ", ".join(dict.fromkeys(label for read in reads for label in read.labels)) or "none"
    return LayoutError(
        source_file,
        error.line,
        f"a performance table whose rows give no indicator under its labels; labels seen: {seen}",
    )


def unreadable_file(sha256: str | None, source: Source, error: ExtractError) -> Tables:
    """The rows for a file with no table to read: a `failed` document and its finding."""
    tables = failed_document(sha256, source, error)
    tables.findings = number_findings(document_id_for(error.source_file), tables.findings)
    return tables


def process_job(job: Job) -> FileResult:
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
    is_as_planned = job.key is not None and job.key == cache.file_key(
        job.source_file, job.source, data
    )
    if is_as_planned:
        store_entry(job.cache_path, replace(result, is_validated=True))
    return result


def _failed(job: Job, sha256: str | None, reason: str) -> FileResult:
    error = ExtractError(job.source_file, 1, reason)
    return FileResult.from_tables(unreadable_file(sha256, job.source, error))


def _load(job: Job) -> FileResult:
    """A file's cached result; an entry that cannot be read is rebuilt."""
    return fetch_entry(job.cache_path, FileResult) or process_job(job)


def store_entry(path: Path, value: object, *, compress: bool = True) -> None:
    """Write a cache entry, whole or not at all (another build may be reading the folder):
    a pickle, after its size (0: not compressed), zstd-compressed (5-7x smaller, at
    ~500-900 MB/s) unless it holds compressed data already."""
    data = pickle.dumps(value, protocol=5)
    header = (len(data) if compress else 0).to_bytes(8, "little")
    payload = pyarrow.compress(data, codec="zstd", asbytes=True) if compress else data
    temporary = path.with_suffix(f".{os.getpid()}{cache.PARTIAL_ENTRY}")
    temporary.write_bytes(header + payload)
    temporary.replace(path)


def fetch_entry(path: Path, kind: type) -> object | None:
    """A cache entry of the given type; None when it cannot be read (damaged, older format)."""
    try:
        data = path.read_bytes()
        size = int.from_bytes(data[:8], "little")
        value = pickle.loads(
            pyarrow.decompress(data[8:], decompressed_size=size, codec="zstd", asbytes=True)
            if size
            else data[8:]
        )
    except (
        OSError,
        pyarrow.ArrowException,
        pickle.UnpicklingError,
        EOFError,
        AttributeError,
        ImportError,
        ValueError,
    ):
        return None
    return value if isinstance(value, kind) else None


def build_batch(run: Run) -> Batch:
    """A run's batch from the cache, or from its files' results (themselves cached or
    computed, in a worker), cached in turn when every file was as planned."""
    if run.is_cached and (batch := fetch_entry(run.cache_path, Batch)) is not None:
        return batch
    batch = Batch.from_results(
        [_load(job) if job.is_cached else process_job(job) for job in run.jobs]
    )
    if run.cache_path is not None and all(job.cache_path.exists() for job in run.jobs):
        store_entry(run.cache_path, replace(batch, is_validated=True))
    return batch


def batches(runs: list[Run], workers: int) -> Iterator[Batch]:
    """Each run's batch, in order. Runs to compute go to up to `workers` processes (one at
    least: the build outlives a file that ends the process reading it, `_pooled`), with a
    bounded number in flight so memory does not grow with the corpus, yet enough for the
    workers to go on while the main process writes. Cached runs are read here: sending
    them through a worker would only copy them twice more."""
    if all(run.is_cached for run in runs):
        yield from map(build_batch, runs)
        return
    workers, pending = max(workers, 1), deque(runs)
    while pending:
        with ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts) as pool:
            try:
                yield from _pooled(pool, pending, workers)
            except BaseException:
                # Stopped early (Ctrl-C, or an error in the main process): the runs not yet
                # started are dropped rather than computed first; those running finish, and
                # cache what they built.
                pool.shutdown(cancel_futures=True)
                raise


def _pooled(pool: ProcessPoolExecutor, pending: deque[Run], workers: int) -> Iterator[Batch]:
    """The batches of the pending runs, in order, taken from `pending` as they are sent to the
    pool's workers. A worker that ends (a library's native code aborting on a damaged file,
    which no `except` catches) breaks the pool: the first run in order that it left unfinished is
    built again file by file, each file in a process of its own (`_isolated`); the runs after it
    that had finished keep their batches, and the others go back to `pending`, for a new pool
    (where the file that ended the worker, if in one of them, breaks it again)."""
    window: deque[tuple[Run, Future | None]] = deque()
    while pending or window:
        while pending and len(window) < workers * 24:
            run = pending.popleft()
            window.append((run, None if run.is_cached else pool.submit(build_batch, run)))
        run, future = window.popleft()
        try:
            batch = _result(run, future)
        except BrokenProcessPool:
            yield _isolated(run)
            while window and _finished(window[0][1]):
                yield _result(*window.popleft())
            pending.extendleft(reversed([later for later, _ in window]))
            return
        yield batch


def _finished(future: Future | None) -> bool:
    """Whether a run sent to a pool came back whole (None: a cached run, read here)."""
    return future is None or (future.done() and future.exception() is None)


def _isolated(run: Run) -> Batch:
    """A run's batch with each file it computes built in a process of its own: a file that ends
    its process is a failed document saying so, and the others are built."""
    results = []
    for job in run.jobs:
        if job.is_cached:
            results.append(_load(job))
            continue
        with ProcessPoolExecutor(max_workers=1, initializer=_ignore_interrupts) as one:
            try:
                results.append(one.submit(process_job, job).result())
            except BrokenProcessPool:
                results.append(_failed(job, None, PROCESS_ENDED))
    return Batch.from_results(results)


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C interrupts the main process, which stops the workers itself
    (and reports it in one line, not a traceback per process)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _result(run: Run, future: Future | None) -> Batch:
    return build_batch(run) if future is None else future.result()
