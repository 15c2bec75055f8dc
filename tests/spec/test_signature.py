from __future__ import annotations

import pytest

from agenticops.spec.arguments import call_arguments
from agenticops.spec.records import Parameter
from agenticops.spec.signature import parse_signature


def p(name, kind="POSITIONAL_OR_KEYWORD", annotation=None, default=None):
    return Parameter(name=name, kind=kind, annotation=annotation, default=default)


def test_parse_plain_signature():
    parameters, returns = parse_signature("(paid: int, requested: int) -> int")
    assert parameters == (p("paid", annotation="int"), p("requested", annotation="int"))
    assert returns == "int"


def test_parse_every_kind_with_defaults_and_normalised_annotations():
    text = "(a: int, /, b: 'x'=1, *rest: str, c: dict[str,int]|None = None, **kw) -> list[int]"
    parameters, returns = parse_signature(text)
    assert parameters == (
        p("a", "POSITIONAL_ONLY", "int"),
        p("b", "POSITIONAL_OR_KEYWORD", "'x'", "1"),
        p("rest", "VAR_POSITIONAL", "str"),
        p("c", "KEYWORD_ONLY", "dict[str, int] | None", "None"),
        p("kw", "VAR_KEYWORD"),
    )
    assert returns == "list[int]"
    assert [x.variadic for x in parameters] == [False, False, True, False, True]


def test_parse_multiline_signature():
    parameters, returns = parse_signature("(\n    a: int,\n    b: int,\n) -> None")
    assert [x.name for x in parameters] == ["a", "b"]
    assert returns == "None"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("(a: int", "'(a: int' does not parse as (parameters) -> type: invalid syntax"),
        ("f(a) -> int", "'f(a) -> int' is not of the form (parameters) -> type"),
        ("(a) -> int:\n if a", "'(a) -> int:\\n if a' is not of the form (parameters) -> type"),
        (
            "(a) -> int: pass\ndef g()",
            "'(a) -> int: pass\\ndef g()' is not of the form (parameters) -> type",
        ),
        ("(a: int)", "'(a: int)' has no return annotation (write (parameters) -> type)"),
    ],
)
def test_parse_rejects(text, message):
    with pytest.raises(ValueError) as info:
        parse_signature(text)
    assert str(info.value) == message


SIGNATURE = parse_signature("(a, /, b=1, c=2, *, d, e=3) -> None")[0]


def test_call_arguments_layout():
    assert call_arguments(SIGNATURE, ["d", "a", "c"]) == (("a",), ("c", "d"))


def test_call_arguments_extra_names_go_to_kwargs():
    parameters = parse_signature("(a, **options) -> None")[0]
    assert call_arguments(parameters, ["x", "a", "options"]) == ((), ("a", "x", "options"))


def test_call_arguments_trailing_positional_only_defaults_may_be_left_out():
    parameters = parse_signature("(a, b=1, /) -> None")[0]
    assert call_arguments(parameters, ["a"]) == (("a",), ())


@pytest.mark.parametrize(
    ("signature", "names", "message"),
    [
        (
            "(a, /, b=1, c=2, *, d, e=3) -> None",
            ["a", "d", "z"],
            "unknown argument 'z' (parameters: a, b, c, d, e)",
        ),
        ("(*args) -> None", ["z"], "unknown argument 'z' (parameters: none)"),
        (
            "(**kw) -> None",
            ["not-an-identifier"],
            "unknown argument 'not-an-identifier' (parameters: none)",
        ),
        ("(a, /, b=1, c=2, *, d, e=3) -> None", ["a"], "missing argument 'd'"),
        (
            "(a=0, b=1, /) -> None",
            ["b"],
            "positional-only 'a' must be given before the ones after it",
        ),
    ],
)
def test_call_arguments_mismatch(signature, names, message):
    with pytest.raises(ValueError) as info:
        call_arguments(parse_signature(signature)[0], names)
    assert str(info.value) == message


def test_drawn_parameters_skip_variadics_and_unhinted_defaults():
    from agenticops.spec.interface import drawn_parameters
    from agenticops.spec.records import Function

    parameters, returns = parse_signature("(a: int, *rest, b=1, c: str, **kw) -> int")
    function = Function(
        name="f", signature="", parameters=parameters, returns=returns, doc="", line=1
    )
    assert [p.name for p in drawn_parameters(function, {})] == ["a", "c"]
    assert [p.name for p in drawn_parameters(function, {"b": "integers()"})] == ["a", "b", "c"]
