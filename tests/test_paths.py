"""Edges, locations: which files under data/raw/ are tables, and in what order."""

from pipeline.paths import raw_files


def test_raw_files_are_tables_in_nested_folders_ordered_by_path_components(tmp_path):
    for name in [
        "b.txt",
        "a-b.txt",
        "a/b.txt",
        "a/sub/c.txt",
        "sources.csv",
        "README.md",
        "a/README.md",
        ".gitkeep",
        ".hidden.txt",
        ".cache/x.txt",
        "a/.staging/y.txt",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    # "a" sorts before "a-b.txt" as a folder, as its parts do ("/" would sort after "-").
    assert raw_files(tmp_path) == ["a/b.txt", "a/sub/c.txt", "a-b.txt", "b.txt", "gone.txt"]
