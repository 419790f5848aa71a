"""Edges, the output folder: one build into it at a time, its outputs replaced as one set.

Each build writes its outputs, and the record of what it was made of (`pipeline.build.cache`),
into a folder of its own, `OUT/.builds/<id>/`. `OUT/.current` is a symbolic link to the
folder of the last finished build, and each output's documented path
(`OUT/performance.duckdb`, `OUT/thresholds.parquet`, `OUT/report.html`, ...) a link to
`.current/<name>`. A finished build becomes current by renaming a new link over
`.current`, which is atomic: at that instant every path leads into the new folder instead
of the previous one, so a reader sees the previous set or the new one, never parquet from
one build beside a database from another. (One reading the outputs over a while, as a
build may finish meanwhile, reads them under one resolved `.current`.) A build killed at
any moment leaves `.current` on the previous folder or on its own; the next build removes
what it left behind (folders and links no longer in use).

Builds into one folder take turns: each holds a lock on `OUT/.lock` until it ends, and a
second one waits for it, saying so in one line on stderr. The lock is `fcntl.lockf`'s, a
process's own rather than shared with the workers it forks (as `flock`'s would be), so a
build killed while its workers live on leaves no lock behind.
"""

import contextlib
import errno
import fcntl
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline import PipelineError, paths

# What creating a link fails with on a filesystem that has none (FAT, exFAT, some shares).
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS}


class LinkError(PipelineError):
    """The output folder cannot hold symbolic links, which the outputs are published by."""


@dataclass(slots=True)
class Build:
    """A build's own folder in an output folder, while the build holds its lock."""

    out_dir: Path
    lock: int  # the file descriptor holding the lock
    current: Path | None  # the folder of the outputs published, if any
    folder: Path  # where this build writes its outputs
    is_published: bool = False

    @property
    def _next(self) -> Path:
        """The link to this build's folder that becomes `.current` when it is published."""
        return self.folder.parent / f".{self.folder.name}.current"

    def publish(self) -> None:
        """Make this build's outputs the current ones, all at once, and remove the previous."""
        names = sorted(name for name in os.listdir(self.folder) if not name.startswith("."))
        # Each output's link exists before the switch: a new one leads nowhere until then.
        for name in names:
            link = self.out_dir / name
            target = f"{paths.CURRENT_NAME}/{name}"
            if not (link.is_symlink() and os.readlink(link) == target):
                temporary = self.folder.parent / f".{name}.link"
                temporary.unlink(missing_ok=True)
                temporary.symlink_to(target)
                os.replace(temporary, link)
        os.replace(self._next, self.out_dir / paths.CURRENT_NAME)
        self.is_published = True
        # What the build has no more use for; what cannot be removed now, the next build
        # removes (or says why it cannot).
        with contextlib.suppress(OSError):
            for path in self.out_dir.iterdir():  # links to outputs this build does not make
                if path.name not in names and _is_output_link(path):
                    path.unlink()
            _remove_all_but(self.folder.parent, self.folder.name)

    def close(self) -> None:
        """Remove this build's folder unless published, and let the next build in."""
        if not self.is_published:
            shutil.rmtree(self.folder, ignore_errors=True)
            self._next.unlink(missing_ok=True)
        os.close(self.lock)


def begin(out_dir: Path) -> Build:
    """Take the output folder's lock (waiting for another build to end), remove what
    builds killed before left behind, and make this build's folder."""
    out_dir.mkdir(parents=True, exist_ok=True)
    lock = os.open(out_dir / paths.LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        _wait_for(lock, out_dir)
        current = current_build(out_dir)
        builds = out_dir / paths.BUILDS_DIR_NAME
        builds.mkdir(exist_ok=True)
        _remove_all_but(builds, current.name if current else None)
        folder = builds / str(time.time_ns())
        folder.mkdir()
        build = Build(out_dir, lock, current, folder)
        try:
            build._next.symlink_to(folder.relative_to(out_dir))
        except OSError as error:
            folder.rmdir()
            if error.errno in _NO_LINKS:
                raise LinkError(
                    f"{out_dir}: cannot make symbolic links there ({error.strerror}), which "
                    "the outputs are published by; pass --out DIR on a disk that has them "
                    "(not FAT or exFAT)"
                ) from error
            raise
    except BaseException:
        os.close(lock)
        raise
    return build


def current_build(out_dir: Path) -> Path | None:
    """The folder of the outputs published in `out_dir`, or None."""
    try:
        folder = out_dir / os.readlink(out_dir / paths.CURRENT_NAME)
    except OSError:
        return None
    return folder if folder.is_dir() else None


def _wait_for(lock: int, out_dir: Path) -> None:
    try:
        fcntl.lockf(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno not in (errno.EACCES, errno.EAGAIN):
            raise
        print(f"note: waiting for another build into {out_dir} to finish", file=sys.stderr)
        sys.stderr.flush()
        fcntl.lockf(lock, fcntl.LOCK_EX)


def _is_output_link(path: Path) -> bool:
    with contextlib.suppress(OSError):
        return os.readlink(path).startswith(paths.CURRENT_NAME + "/")
    return False


def _remove_all_but(builds: Path, kept: str | None) -> None:
    """Remove every folder and link in `builds` but the one named `kept`: a previous
    build's, or what a killed build left."""
    for name in os.listdir(builds):
        path = builds / name
        if name == kept:
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
