"""The cache file: written atomically, read back exactly, never trusted when it is not."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

from agenticops.measure.mutation_cache import (
    CACHE_FILE,
    Cache,
    CachedMutant,
    FunctionEntry,
    load_cache,
    open_cache,
    save_cache,
    to_json,
    update_cache,
)

CACHE = Cache(
    config={"schema": "agenticops.mutation-cache/1", "pytest_args": "[]"},
    isolation="forkserver",
    functions={
        "src/a.py::f": FunctionEntry(
            digest="d1",
            count=2,
            tests={"tests/test_a.py::test_f": "t1"},
            mutants=(
                CachedMutant(n=1, status="killed", offset=1, diff="- a\n+ b", duration=0.5),
                CachedMutant(n=2, status="survived", offset=2),
            ),
        ),
        "src/a.py::C.m": FunctionEntry(digest="d2", count=3),  # count only
    },
)


def test_round_trip(tmp_path: Path) -> None:
    save_cache(tmp_path / "cache", CACHE)
    assert load_cache(tmp_path / "cache") == (CACHE, "")
    assert os.listdir(tmp_path / "cache") == [CACHE_FILE]  # no temporary file left


def test_no_file_yet_is_an_empty_cache(tmp_path: Path) -> None:
    assert load_cache(tmp_path) == (Cache(), "")


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    broken = Cache(config={"x": object()})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        save_cache(tmp_path, broken)
    assert os.listdir(tmp_path) == []


def document() -> dict[str, Any]:
    return to_json(CACHE)


def garbled(edit: str) -> dict[str, Any]:
    doc = copy.deepcopy(document())
    entry = doc["functions"]["src/a.py::f"]
    mutant = entry["mutants"][0]
    target, _, rest = edit.partition(":")
    where = {"doc": doc, "entry": entry, "mutant": mutant}[target]
    key, _, value = rest.partition("=")
    if value == "<del>":
        del where[key]
    else:
        where[key] = json.loads(value)
    return doc


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (
            'doc:schema="agenticops.mutation-cache/0"',
            "schema 'agenticops.mutation-cache/0', not agenticops.mutation-cache/1",
        ),
        ("doc:extra=1", "unexpected keys"),
        ("doc:config=[]", "config is not a map of strings"),
        ("doc:isolation=3", "isolation is not a string"),
        ("doc:functions=[]", "functions is not an object"),
        ("entry:digest=1", "src/a.py::f: bad digest"),
        ("entry:count=-1", "src/a.py::f: bad count"),
        ("entry:count=true", "src/a.py::f: bad count"),
        ("entry:count=3", "src/a.py::f: count mismatch"),
        ('entry:tests={"x": 1}', "src/a.py::f: bad tests"),
        ("entry:mutants={}", "src/a.py::f: bad mutants"),
        ("entry:digest=<del>", "src/a.py::f: bad entry"),
        ("mutant:n=0", "src/a.py::f: bad mutant n"),
        ('mutant:status="dead"', "src/a.py::f: bad mutant status"),
        ("mutant:offset=1.5", "src/a.py::f: bad mutant offset"),
        ("mutant:diff=null", "src/a.py::f: bad mutant diff"),
        ("mutant:duration=true", "src/a.py::f: bad mutant duration"),
        ("mutant:extra=1", "src/a.py::f: bad mutant"),
    ],
)
def test_anything_unexpected_discards_the_cache(tmp_path: Path, edit: str, problem: str) -> None:
    (tmp_path / CACHE_FILE).write_text(json.dumps(garbled(edit)))
    cache, warning = load_cache(tmp_path)
    assert cache == Cache()
    assert warning == (
        f"mutation cache {tmp_path / CACHE_FILE} discarded ({problem}); every mutant re-tested"
    )


def test_bad_json_and_unreadable_files(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_text("[1, 2")
    assert "discarded (not valid JSON: " in load_cache(tmp_path)[1]
    (tmp_path / CACHE_FILE).write_text("[]")
    assert "discarded (not an object)" in load_cache(tmp_path)[1]
    (tmp_path / CACHE_FILE).write_bytes(b"\xff\xfe")
    assert "discarded (unreadable: " in load_cache(tmp_path)[1]
    (tmp_path / CACHE_FILE).unlink()
    (tmp_path / CACHE_FILE).mkdir()
    assert "discarded (unreadable: " in load_cache(tmp_path)[1]


PARTS = {"schema": "agenticops.mutation-cache/1", "pytest_args": "[]"}


def test_open_cache(tmp_path: Path) -> None:
    assert open_cache(None, PARTS) == (Cache(config=PARTS), "")
    assert open_cache(tmp_path, PARTS) == (Cache(config=PARTS), "")  # nothing yet
    save_cache(tmp_path, CACHE)
    assert open_cache(tmp_path, PARTS) == (CACHE, "")
    other = {**PARTS, "pytest_args": '["-x"]', "new": "1"}
    assert open_cache(tmp_path, other) == (
        Cache(config=other, isolation="forkserver"),
        "mutation cache: the configuration changed (new, pytest_args); every mutant re-tested",
    )
    (tmp_path / CACHE_FILE).write_text("{")
    cache, warning = open_cache(tmp_path, PARTS)
    assert cache == Cache(config=PARTS)
    assert warning.startswith(f"mutation cache {tmp_path / CACHE_FILE} discarded")


def test_update_keeps_prunes_and_adds(tmp_path: Path) -> None:
    old = Cache(
        config=PARTS,
        functions={
            "src/a.py::f": FunctionEntry(digest="1", count=0, mutants=()),
            "src/a.py::gone": FunctionEntry(digest="2", count=0, mutants=()),
            "src/b.py::g": FunctionEntry(digest="3", count=0, mutants=()),
            "src/deleted.py::h": FunctionEntry(digest="4", count=0, mutants=()),
        },
    )
    new = {"src/a.py::f": FunctionEntry(digest="5", count=1)}
    warning = update_cache(
        tmp_path,
        old,
        seen={"src/a.py": frozenset({"f"})},
        exists=lambda path: path != "src/deleted.py",
        entries=new,
        isolation="fork",
    )
    assert warning == ""
    cache, _ = load_cache(tmp_path)
    assert cache.isolation == "fork"
    assert cache.functions == {
        "src/a.py::f": FunctionEntry(digest="5", count=1),
        "src/b.py::g": FunctionEntry(digest="3", count=0, mutants=()),
    }


def test_update_that_cannot_write_warns(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    where = tmp_path / "file" / "cache"
    warning = update_cache(where, CACHE, seen={}, exists=lambda _: True, entries={}, isolation="")
    assert warning.startswith(f"mutation cache {where} not written: ")


def test_saved_file_is_compact_json_in_a_new_nested_directory(tmp_path: Path) -> None:
    where = tmp_path / "a" / "b"
    cache = Cache(
        config={"k": "v"},
        isolation="fork",
        functions={"a.py::f": FunctionEntry(digest="d", count=0)},
    )
    save_cache(where, cache)
    assert (where / CACHE_FILE).read_text(encoding="utf-8") == (
        '{"schema":"agenticops.mutation-cache/1","config":{"k":"v"},"isolation":"fork",'
        '"functions":{"a.py::f":{"digest":"d","count":0,"tests":{},"mutants":null}}}'
    )


def test_the_temporary_file_is_hidden_beside_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[str]] = []

    def listing(cache: Cache) -> dict[str, Any]:
        seen.append(os.listdir(tmp_path))
        return to_json(cache)

    monkeypatch.setattr("agenticops.measure.mutation_cache.storage.to_json", listing)
    save_cache(tmp_path, CACHE)
    [[name]] = seen
    assert name.startswith(".mutation-")
    assert name.endswith(".tmp")
    assert os.listdir(tmp_path) == [CACHE_FILE]


def test_a_failed_replace_raises_its_own_error_even_when_the_temporary_file_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def vanish(src: str, dst: object) -> None:
        os.unlink(src)
        raise RuntimeError("replace failed")

    monkeypatch.setattr("agenticops.measure.mutation_cache.storage.os.replace", vanish)
    with pytest.raises(RuntimeError, match=r"^replace failed$"):
        save_cache(tmp_path, CACHE)
    assert os.listdir(tmp_path) == []


def test_update_keeps_the_configuration_and_splits_names_at_the_first_separator(
    tmp_path: Path,
) -> None:
    old = Cache(
        config=PARTS,
        isolation="fork",
        functions={"src/a.py::odd::f": FunctionEntry(digest="1", count=0)},
    )
    warning = update_cache(
        tmp_path,
        old,
        seen={"src/a.py": frozenset({"odd::f"})},
        exists=lambda _: False,
        entries={},
        isolation="forkserver",
    )
    assert warning == ""
    assert load_cache(tmp_path) == (
        Cache(
            config=PARTS,
            isolation="forkserver",
            functions={"src/a.py::odd::f": FunctionEntry(digest="1", count=0)},
        ),
        "",
    )


def test_update_that_cannot_write_names_the_reason(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    where = tmp_path / "file" / "cache"
    warning = update_cache(where, CACHE, seen={}, exists=lambda _: True, entries={}, isolation="")
    assert warning == f"mutation cache {where} not written: Not a directory"


def test_an_unreadable_cache_is_named_in_its_warning(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    path.write_bytes(b"\xff\xfe")
    cache, warning = load_cache(tmp_path)
    assert cache == Cache()
    assert warning.startswith(f"mutation cache {path} discarded (unreadable: ")
    assert warning.endswith("); every mutant re-tested")
