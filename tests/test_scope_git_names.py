"""File names git must quote: changed_lines names every file as the file system does (UTF-8,
with undecodable bytes kept as surrogates, like os.listdir), also when the user's git config
turns core.quotePath off."""

from __future__ import annotations

import pytest

from agenticops.scope import changed_lines
from tests.scope_repo import git, init, write

LATIN1 = "caf\udce9.py"  # the byte 0xE9 alone: not UTF-8
NAMES = {
    "pkg/é.py": "a\nb\n",
    f"pkg/{LATIN1}": "c\nd\n",
    "pkg/plain.py": "e\n",
}


@pytest.mark.parametrize("quote_path", [None, "false", "true"])
def test_changed_and_untracked_files_keep_their_names(
    tmp_path: pytest.TempPathFactory, quote_path: str | None
) -> None:
    repo = init(tmp_path / "repo", NAMES)  # type: ignore[operator]
    if quote_path is not None:
        git(repo, "config", "core.quotePath", quote_path)
    write(
        repo,
        {
            "pkg/é.py": "a\nB\n",
            f"pkg/{LATIN1}": "C\nd\n",
            "new \udcff.py": "x\ny\n",
            "nouveau é.py": "z\n",
            "tab\there.py": "t\n",
        },
    )
    changes = changed_lines(repo, "HEAD")
    assert changes.lines == {
        "pkg/é.py": frozenset({2}),
        f"pkg/{LATIN1}": frozenset({1}),
        "new \udcff.py": frozenset({1, 2}),
        "nouveau é.py": frozenset({1}),
        "tab\there.py": frozenset({1}),
    }
