"""changed_lines: the working tree against a ref, from `git diff` plus the untracked files."""

from __future__ import annotations

from pathlib import Path

from agenticops.errors import ConfigError
from agenticops.scope_git.change import ChangedLines
from agenticops.scope_git.diff_paths import unquote
from agenticops.scope_git.git import _git, _resolve, _since
from agenticops.scope_git.unified_diff import parse_diff, whole_files

#: the options that keep the diff in the one shape we parse, whatever the user's git config says
_DIFF = (
    "diff",
    "--unified=0",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-renames",
    "--relative",
    "--src-prefix=a/",
    "--dst-prefix=b/",
)


def changed_lines(root: Path, base: str) -> ChangedLines:
    """The working tree of the project at root against the commit `base` names (against the
    merge base of it and HEAD, when HEAD's branch left it earlier: as a pull request shows).

    Exit 4 (ConfigError) when root is not in a git work tree or base names no commit.
    """
    root = root.resolve()
    inside = _git(root, "rev-parse", "--is-inside-work-tree", check=False)
    if inside.returncode != 0 or inside.stdout.strip() != "true":
        why = next((line for line in inside.stderr.splitlines() if line.strip()), "")
        raise ConfigError(
            f"--diff {base!r}: {root} is not in a git work tree" + (f" ({why})" if why else "")
        )
    commit = _since(root, _resolve(root, base))
    lines, removals = parse_diff(_git(root, *_DIFF, commit, "--").stdout)
    untracked = map(
        unquote, _git(root, "ls-files", "--others", "--exclude-standard").stdout.splitlines()
    )
    lines.update(whole_files(root, (p for p in untracked if p.endswith(".py"))))
    return ChangedLines(base=base, commit=commit, lines=lines, removals=removals)
