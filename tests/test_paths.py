"""Edges, locations: which files under data/raw/ are tables, and in what order."""

from pipeline.paths import RawFiles, raw_files


def test_raw_files_are_tables_in_nested_folders_ordered_by_path_components(tmp_path):
    for name in [
        "b.txt",
        "a-b.txt",
        "a/b.txt",
        "a/sub/c.txt",
        "2024/v1.2/a.csv",
        "sources.csv",
        ".gitkeep",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    # "a" sorts before "a-b.txt" as a folder, as its parts do ("/" would sort after "-").
    assert raw_files(tmp_path) == RawFiles(
        ["2024/v1.2/a.csv", "a/b.txt", "a/sub/c.txt", "a-b.txt", "b.txt", "gone.txt"], []
    )


def test_notes_system_files_and_hidden_ones_are_set_aside_not_read_as_tables(tmp_path):
    for name in [
        "2024/a.txt",
        "README.md",
        "2024/readme.txt",
        "notes.md",
        "NOTES.txt",
        "LICENSE",
        "CHANGELOG.rst",
        "2024/说明.markdown",
        "fetch.py",
        "2024/download.sh",
        ".DS_Store",
        "2024/.DS_Store",
        "Thumbs.db",
        "desktop.ini",
        "~$book.xlsx",
        "b.txt~",
        ".hidden.txt",
        ".git/config",
        "2024/.cache/x.txt",
        "__MACOSX/._a.txt",
        "2024/sources.csv",  # a manifest is read from the top folder only
        "sources.csv",
        ".gitkeep",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    assert raw_files(tmp_path) == RawFiles(
        ["2024/a.txt"],
        [
            ".DS_Store",
            ".git/",
            ".hidden.txt",
            "2024/.DS_Store",
            "2024/.cache/",
            "2024/download.sh",
            "2024/readme.txt",
            "2024/sources.csv",
            "2024/说明.markdown",
            "CHANGELOG.rst",
            "LICENSE",
            "NOTES.txt",
            "README.md",
            "Thumbs.db",
            "__MACOSX/",
            "b.txt~",
            "desktop.ini",
            "fetch.py",
            "notes.md",
            "~$book.xlsx",
        ],
    )


def test_a_markdown_file_holding_a_table_is_a_table_and_other_markdown_is_notes(tmp_path):
    # A converter's or a portal's Markdown of a table is read; notes in Markdown are not.
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "绩效目标表.md").write_text(
        "# 绩效目标表\n\n| 项目名称 | 总计 |\n| --- | --- |\n| 学前教育 | 3 |\n", encoding="utf-8"
    )
    (tmp_path / "转换.markdown").write_text("# 表\n\n<table><tr><td>1</td></tr></table>\n")
    (tmp_path / "下载说明.md").write_text("# 说明\n\n- 2024年的表\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("| a | b |\n| --- | --- |\n")
    assert raw_files(tmp_path) == RawFiles(
        ["2024/绩效目标表.md", "转换.markdown"], ["README.md", "下载说明.md"]
    )
