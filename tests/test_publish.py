"""The output folder: builds take turns, and their outputs change as one set, even when a
build is killed at any moment."""

import contextlib
import errno
import fcntl
import gc
import itertools
import multiprocessing
import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

import pipeline.build.cache
from benchmarks.corpus import generate_corpus
from pipeline import cli, paths
from pipeline.build.run import run_build
from tests.conftest import RAW, ROOT, SEED_FILE, database_rows, leftovers

KILLS = 10


def _snapshot(out) -> dict:
    """What a reader finds at the outputs' documented paths: each file's bytes, and the
    database's rows (its bytes differ between a fresh build and an updated one)."""
    found = {
        path.relative_to(out).as_posix(): path.read_bytes()
        for path in [*out.iterdir(), *(out / paths.REPORT_DIR_NAME).rglob("*")]
        if not path.name.startswith(".") and path.is_file() and path.name != paths.DATABASE_NAME
    }
    if (out / paths.DATABASE_NAME).exists():
        found["rows"] = database_rows(out)
    return found


def _kill_group(group: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(group, signal.SIGKILL)


def _fork(build, *args, **kwargs) -> int:
    """Run `build(*args, **kwargs)` in a forked process, in a process group of its own with the
    workers it starts; its process id."""
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            os.setsid()
            build(*args, **kwargs)
            status = 0
        finally:
            os._exit(status)
    return pid


def _wait(pid: int, timeout: float) -> int | None:
    """The exit status of a forked process (minus the signal that killed it), or None if
    it is still running after `timeout` seconds. (Not by waiting for its pipes to close:
    its workers, which live on when it is killed, hold them.)"""
    deadline = time.monotonic() + timeout
    while not (ended := os.waitpid(pid, os.WNOHANG))[0]:
        if time.monotonic() > deadline:
            return None
        time.sleep(0.005)
    return os.waitstatus_to_exitcode(ended[1])


@pytest.mark.slow
def test_a_build_killed_at_any_moment_leaves_the_previous_outputs_or_the_new_ones(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(pipeline.build.cache, "RUN_FILES", 2)  # several runs, so workers are used
    raw_a, raw_b = tmp_path / "raw-a", tmp_path / "raw-b"
    generate_corpus(raw_a, 8, seed=7)
    (raw_a / "expected.json").unlink()
    shutil.copytree(raw_a, raw_b)
    changed = sorted(raw_b.glob("*.txt"))[3]
    changed.write_bytes(changed.read_bytes().replace("。".encode(), "；".encode(), 1))
    shutil.copy(RAW / SEED_FILE, raw_b / SEED_FILE)
    run_build(raw_a, tmp_path / "fresh-a", use_cache=False)
    started = time.monotonic()
    run_build(raw_b, tmp_path / "fresh-b", use_cache=False)
    seconds = time.monotonic() - started  # what a build takes on this machine now
    expected = {
        "none": {},
        raw_a: _snapshot(tmp_path / "fresh-a"),
        raw_b: _snapshot(tmp_path / "fresh-b"),
    }
    out = tmp_path / "out"
    rng = random.Random(12)
    shown, target, groups, outcomes = "none", raw_a, [], []
    try:
        for _ in range(KILLS):
            build = _fork(run_build, target, out, workers=2)
            groups.append(build)
            started = time.monotonic()
            status = _wait(build, rng.uniform(0, seconds))
            if status is None:
                os.kill(build, signal.SIGKILL)  # its workers live on during the next build
                status = _wait(build, 60)
            else:  # done before the kill: the next is killed within as long as it took
                seconds = time.monotonic() - started
            assert status in (0, -signal.SIGKILL)
            outcomes.append(status)
            now = _snapshot(out)
            assert now in (expected[shown], expected[target])
            if now == expected[target]:
                shown, target = target, raw_a if target == raw_b else raw_b
            if len(groups) > 1:
                _kill_group(groups.pop(0))
        assert outcomes.count(-signal.SIGKILL) >= 3, outcomes  # killed, not done before
        finished = _fork(run_build, target, out, workers=2)
        groups.append(finished)
        assert _wait(finished, 120) == 0
    finally:
        for group in groups:
            _kill_group(group)
    assert _snapshot(out) == expected[target]
    assert leftovers(out) == []
    assert list((out / paths.CACHE_DIR_NAME).glob("*.tmp")) == []
    assert run_build(target, out).is_up_to_date


def _killed_at_rename(raw, out, number: int) -> None:
    """In a forked process: a build killed (SIGKILL to its process group, as by `kill -9` of a
    terminal's job: the build and its workers) as one of its processes is about to make the
    build's `number`th rename, in the output or cache folder (counted over its processes: a
    worker writes the cache entries of the files it builds)."""
    real, calls = os.replace, multiprocessing.Value("i", 0)

    def replace(*args, **kwargs):
        with calls.get_lock():
            calls.value += 1
            reached = calls.value == number
        if reached:
            os.killpg(os.getpgid(0), signal.SIGKILL)
        return real(*args, **kwargs)

    os.replace = replace
    run_build(raw, out, workers=1)


@pytest.mark.slow
def test_a_build_killed_at_each_of_its_renames_leaves_one_set_and_the_next_recovers(
    tmp_path, variants_raw
):
    raw = tmp_path / "raw"
    shutil.copytree(variants_raw, raw)
    previous = tmp_path / "previous"
    run_build(raw, previous)
    changed = raw / "edu-two-units.txt"
    changed.write_bytes(changed.read_bytes().replace("万元".encode(), "元".encode(), 1))
    run_build(raw, tmp_path / "fresh", use_cache=False)
    expected = (_snapshot(previous), _snapshot(tmp_path / "fresh"))
    for number in itertools.count(1):
        out = tmp_path / f"out-{number}"
        shutil.copytree(previous, out, symlinks=True)
        status = _wait(_fork(_killed_at_rename, raw, out, number), 60)
        if status == 0:  # it made fewer renames: every point was tried
            break
        assert status == -signal.SIGKILL
        assert _snapshot(out) in expected, f"killed at rename {number}"
        run_build(raw, out)
        assert _snapshot(out) == expected[1]
        assert leftovers(out) == []
    assert number > 4  # the cache entries, the record and the switch


def _start_build(raw, out) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "build", "--raw", str(raw), "--out", str(out)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_a_second_build_into_the_same_folder_waits_for_the_first_in_one_line(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    lock = os.open(out / paths.LOCK_NAME, os.O_RDWR | os.O_CREAT)
    fcntl.lockf(lock, fcntl.LOCK_EX)  # as a build into `out` holds it
    builds = [_start_build(RAW, out), _start_build(RAW, out)]
    try:
        waiting = [build.stderr.readline() for build in builds]
        assert waiting == [f"note: waiting for another build into {out} to finish\n"] * 2
    finally:
        os.close(lock)
    results = [(build.wait(timeout=120), *build.communicate()) for build in builds]
    assert sorted(
        (status, stdout.split(f" {out}: ")[0], stderr) for status, stdout, stderr in results
    ) == [(0, "built", ""), (0, "up to date (nothing changed)", "")]
    run_build(RAW, tmp_path / "fresh", use_cache=False)
    assert _snapshot(out) == _snapshot(tmp_path / "fresh")
    assert leftovers(out) == []


def test_a_folder_that_cannot_hold_links_is_one_line_and_left_as_it_was(
    tmp_path, monkeypatch, capsys
):
    def no_links(*_args, **_kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "symlink", no_links)
    # The build tunes the collector for its own process; not for the test run's.
    monkeypatch.setattr(gc, "freeze", lambda: None)
    monkeypatch.setattr(gc, "set_threshold", lambda *_: None)
    out = tmp_path / "out"
    assert cli.main(["build", "--raw", str(RAW), "--out", str(out), "--jobs", "1"]) == 1
    assert capsys.readouterr() == (
        "",
        f"error: {out}: cannot make symbolic links there (Operation not permitted), which the "
        "outputs are published by; pass --out DIR on a disk that has them (not FAT or exFAT)\n",
    )
    assert sorted(os.listdir(out)) == [paths.BUILDS_DIR_NAME, paths.LOCK_NAME]
    assert os.listdir(out / paths.BUILDS_DIR_NAME) == []


def test_outputs_of_an_earlier_layout_are_replaced_by_the_links(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.parquet").write_bytes(b"an earlier version's outputs, in place")
    run_build(RAW, out, use_cache=False)
    assert os.readlink(out / "documents.parquet") == ".current/documents.parquet"
    run_build(RAW, tmp_path / "fresh", use_cache=False)
    assert _snapshot(out) == _snapshot(tmp_path / "fresh")


@pytest.mark.parametrize("name", ["report.html", paths.CURRENT_NAME])
def test_a_link_removed_by_hand_is_made_again(tmp_path, name):
    out = tmp_path / "out"
    run_build(RAW, out)
    before = _snapshot(out)
    (out / name).unlink()
    assert not run_build(RAW, out).is_up_to_date
    assert _snapshot(out) == before
    assert leftovers(out) == []
