"""The whole build: plan, run the per-file pipeline, write, and swap the outputs in.

`run_build` is the edge. It reads the manifest and plans the work (`pipeline.build.cache`: which
files, runs and segments of files are cached, whether anything changed at all), runs the
files' pipeline in worker processes (`pipeline.build.workers`) for the segments that changed,
writes every output into a folder of its own (`pipeline.outputs.write`, the unchanged segments'
parquet copied from the cache by `pipeline.outputs.splice`; `pipeline.outputs.report`), and only
when all of that succeeded publishes them, all at once (`pipeline.build.publish`), so a failed or
killed build leaves the previous ones as they were.
"""

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import PipelineError, paths
from pipeline.build import cache, publish
from pipeline.build.cache import Job, Segment
from pipeline.manifest import Manifest, document_id_for, read_manifest
from pipeline.vocab.report_text import DEFAULT_LANGUAGE

if TYPE_CHECKING:  # imported when needed: an up-to-date build loads none of it
    from pipeline.outputs.write import Fragments, TableWriter


class BuildError(PipelineError):
    """The build cannot run at all (no raw folder, no tables in it, unwritable output)."""


@dataclass(slots=True)
class Summary:
    """What a build did, for the command line to print."""

    files: int = 0
    failed: list[dict] = field(default_factory=list)  # findings of files not built
    cached: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    severities: Counter = field(default_factory=Counter)
    out_dir: Path | None = None
    is_up_to_date: bool = False
    warnings: list[str] = field(default_factory=list)  # about the manifest; the build went on
    notes: list[str] = field(default_factory=list)  # what was set aside or inferred


def run_build(
    raw_dir: Path,
    out_dir: Path,
    *,
    workers: int = 1,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
    lang: str = DEFAULT_LANGUAGE,
) -> Summary:
    """Build every output from `raw_dir` into `out_dir`, replacing the previous outputs whole.

    With the cache, a file whose bytes, name and manifest row are unchanged is not processed
    again, the previous database is updated rather than filled again, and when nothing
    changed at all since the last build the outputs are left as they are.
    """
    if not raw_dir.is_dir():
        raise BuildError(f"{raw_dir}: raw folder not found; pass --raw DIR or add data/raw/")
    manifest = read_manifest(raw_dir)
    listing = paths.raw_files(raw_dir)
    if not listing.tables:
        aside = (
            f" (set aside, as not tables: {_some(listing.set_aside)})" if listing.set_aside else ""
        )
        raise BuildError(
            f"{raw_dir}: no tables found in {raw_dir}{aside}; add the tables, or pass --raw DIR"
        )
    build = _begin(out_dir)
    try:
        cache_dir = _cache_dir(out_dir) if use_cache else None
        record = cache.read_record(build.current) if cache_dir else None
        planned_ns = time.time_ns()
        jobs = cache.plan_jobs(
            raw_dir,
            manifest.sources,
            cache_dir,
            cache.known_files(record),
            same_manifest=record is not None and record.get("manifest") == manifest.digest,
            files=listing.tables,
        )
        built = {job.source_file for job in jobs}
        warnings = [
            f"{raw_dir / paths.MANIFEST_NAME}:{line}: {name} is listed but not in {raw_dir}; "
            "add the file or remove its row"
            for name, line in manifest.lines.items()
            if name not in built
        ]
        notes = _notes(raw_dir, listing.set_aside, manifest, jobs)
        if (last_build := _last_build(out_dir, jobs, record, lang)) is not None:
            stamps = {**cache.file_stamps(jobs, planned_ns), "manifest": manifest.digest}
            if any(
                record.get(name) != value for name, value in stamps.items() if name != "planned_ns"
            ):
                # Touched, not changed: remember the new times so as not to hash them again.
                cache.write_record(build.current, {**record, **stamps})
            last_build.warnings, last_build.notes = warnings, notes
            return last_build
        # Imported only now: an up-to-date build needs none of them (nor pandas and pandera).
        from pipeline.outputs.report import write_report
        from pipeline.outputs.write import TableWriter
        from pipeline.validate import ValidateError

        runs = cache.plan_runs(jobs, cache_dir, cache.reusable_runs(build.current, record))
        segments = cache.plan_segments(runs, cache_dir)
        del record  # a national year's is ~100 MB, and not needed past planning
        summary = Summary(
            files=len(jobs),
            out_dir=out_dir,
            cached=sum(j.is_cached for j in jobs),
            warnings=warnings,
            notes=notes,
        )
        kept = [
            document_id_for(job.source_file) for run in runs if run.in_database for job in run.jobs
        ]
        previous = build.current / paths.DATABASE_NAME if kept else None
        try:
            with TableWriter(
                build.folder, previous_database=previous, kept_documents=kept
            ) as writer:
                done = 0
                for files, fragments in _write_segments(writer, segments, workers):
                    if fragments is not None:
                        summary.severities.update(fragments.severities)
                        summary.failed.extend(fragments.failed)
                    done += files
                    if progress and files:
                        progress(done, len(jobs))
                summary.counts = writer.close()
            summary.severities.update(writer.severities)
        except ValidateError:
            for entry in [*jobs, *runs, *segments]:
                if entry.cache_path is not None and not entry.is_cached:
                    entry.cache_path.unlink(missing_ok=True)
            raise
        write_report(build.folder, lang)
        made_of = {
            "keys": _keys(jobs),
            **cache.file_stamps(jobs, planned_ns),
            "manifest": manifest.digest,
            "runs": [run.key for run in runs],
            "segments": [segment.key for segment in segments],
            "counts": summary.counts,
            "severities": dict(summary.severities),
            "failed": summary.failed,
            "report_lang": lang,
        }
        if cache_dir is not None:
            cache.write_record(build.folder, made_of)
        build.publish()
        if cache_dir is not None:
            cache.prune(cache_dir, made_of)
    except OSError as error:  # the disk is full, or the folder became unwritable
        where = error.filename or out_dir
        raise BuildError(
            f"{where}: cannot write the outputs ({error.strerror}); make room on the disk, "
            "or pass --out DIR on another one"
        ) from error
    finally:
        build.close()
    return summary


def _write_segments(
    writer: "TableWriter", segments: list[Segment], workers: int
) -> Iterator[tuple[int, "Fragments | None"]]:
    """Write each segment, yielding (files written, a finished segment's `Fragments` or
    None) after each run or segment, for the progress and the summary. A segment cached
    and whose rows the database holds is copied from the cache; the others are built from
    their runs' batches (computed in `workers` processes, or read from the cache) and
    cached in turn when every file was as planned."""
    from pipeline.build.workers import batches, build_batch, fetch_entry, store_entry
    from pipeline.outputs.write import Fragments

    plan = [(segment, segment.is_cached and segment.in_database) for segment in segments]
    built = batches(
        [run for segment, reused in plan if not reused for run in segment.runs], workers
    )
    for segment, reused in plan:
        fragments = fetch_entry(segment.cache_path, Fragments) if reused else None
        if fragments is None:
            # A damaged entry's batches are built here: the workers have only the others.
            source = map(build_batch, segment.runs) if reused else built
            for run in segment.runs:
                batch = next(source)
                writer.add(batch, in_database=run.in_database)
                yield batch.files, None
            fragments = writer.end_segment()
            if segment.cache_path is not None and all(
                run.cache_path.exists() for run in segment.runs
            ):
                # Not compressed again: the fragments are zstd-compressed parquet.
                store_entry(segment.cache_path, fragments, compress=False)
            yield 0, fragments
        else:
            writer.add_fragments(fragments)
            yield fragments.files, fragments


def _notes(raw_dir: Path, set_aside: list[str], manifest: Manifest, jobs: list[Job]) -> list[str]:
    """One line each about what the build set aside or had to infer: the files in the raw
    folder that are not tables, and the tables sources.csv does not list."""
    notes = []
    if set_aside:
        notes.append(f"{raw_dir}: set aside, as not tables: {_some(set_aside)}")
    if manifest.digest is None:
        notes.append(
            f"{raw_dir}: no {paths.MANIFEST_NAME}: the fiscal year of each table is inferred "
            "from its own dates"
        )
    elif unlisted := [job.source_file for job in jobs if job.source_file not in manifest.sources]:
        notes.append(
            f"{raw_dir / paths.MANIFEST_NAME}: {len(unlisted)} table{'s' * (len(unlisted) > 1)} "
            f"not listed ({_some(unlisted)}): the fiscal year of each is inferred from its own "
            "dates"
        )
    return notes


def _some(names: list[str], shown: int = 3) -> str:
    """The first names, and how many more: "a.txt, b.txt, c.txt and 2 more"."""
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return ", ".join(names[:shown]) + more


def _keys(jobs: list[Job]) -> list[str | None]:
    """Each job's cache key; None for a file that could not be read to hash."""
    return [job.key for job in jobs]


def _last_build(out_dir: Path, jobs: list[Job], record: dict | None, lang: str) -> Summary | None:
    """The previous build's summary when it was made of exactly these files and versions, its
    report is in `lang` and its outputs are all still there; None when anything needs building."""
    if record is None:
        return None
    outputs = [paths.parquet_path(out_dir, name) for name in record.get("counts", {})]
    outputs += [
        out_dir / name for name in (paths.DATABASE_NAME, paths.REPORT_NAME, paths.REPORT_DIR_NAME)
    ]
    if (
        record.get("keys") != _keys(jobs)
        or record.get("report_lang") != lang
        or not all(path.exists() for path in outputs)
    ):
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


def _begin(out_dir: Path) -> publish.Build:
    try:
        return publish.begin(out_dir)
    except OSError as error:
        raise BuildError(
            f"{out_dir}: cannot write the outputs there ({error.strerror}); "
            "pass --out DIR with a writable folder"
        ) from error


def _cache_dir(out_dir: Path) -> Path:
    cache = out_dir / paths.CACHE_DIR_NAME
    cache.mkdir(exist_ok=True)
    return cache


class StderrProgress:
    """Files done of total on one self-overwriting line of stderr, with the pace and the time
    left once there is enough to go by (a national build takes minutes), and at the end the
    time it took. For a terminal: the caller checks that stderr is one."""

    # Seconds before the time left is estimated: the first runs (and copied segments) come
    # at an uneven pace.
    SETTLED = 2.0

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.started = clock()
        self.width = 0  # of the line shown, to blank what a shorter one leaves

    def __call__(self, done: int, total: int) -> None:
        elapsed = self.clock() - self.started
        line = f"building: {done:,}/{total:,} files"
        if done == total:
            line += f" in {_duration(elapsed)}"
        elif elapsed >= self.SETTLED and done:
            pace = done / elapsed
            line += f", {pace:,.0f} files/s, about {_duration((total - done) / pace)} left"
        sys.stderr.write("\r" + line.ljust(self.width))
        self.width = len(line)
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes, seconds = divmod(round(seconds), 60)
    return f"{minutes} min {seconds:02d} s"
