from __future__ import annotations

from pathlib import Path

import pytest

from agenticops.errors import ExitCode, SpecError
from agenticops.spec.contract import read_contract
from agenticops.spec.records import Budget

from .helpers import CONTRACT

SIGNATURE = "refundable(paid: int, charged_back: int, refunded: int, requested: int) -> int"


def message(tmp_path: Path, text: str) -> str:
    """The SpecError read_contract raises for `text`, with the directory shown as SPEC."""
    path = tmp_path / "contract.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as info:
        read_contract(path)
    assert info.value.exit_code == ExitCode.CONFIG_ERROR
    assert "\n" not in str(info.value)
    return str(info.value).replace(str(tmp_path), "SPEC")


def edit(old: str, new: str, *, count: int = 1) -> str:
    assert old in CONTRACT
    return CONTRACT.replace(old, new, count)


INVARIANT = 'function = "refundable"\nname = "never'
EXAMPLE = 'function = "refundable"\nargs'

CASES = {
    "toml syntax": (
        edit('module = "refunds"', "module = refunds"),
        "SPEC/contract.toml:4: invalid TOML: Invalid value (at line 4, column 10)",
    ),
    "toml syntax at the end": (
        CONTRACT + "budget =",
        "SPEC/contract.toml:25: invalid TOML: Invalid value (at end of document)",
    ),
    "unknown table": (
        CONTRACT + "\n[extras]\nfoo = 1\n",
        "SPEC/contract.toml:26: unknown key 'extras' (known: [contract], [[function]], "
        "[[invariant]], [[example]], [boundaries], [budget])",
    ),
    "unknown key": (
        edit('name = "refunds"', 'nmae = "refunds"'),
        "SPEC/contract.toml:2: [contract]: unknown key 'nmae' (known: intent, module, name)",
    ),
    "unknown key in an array element": (
        edit('holds = "0', 'whre = "x"\nholds = "0'),
        "SPEC/contract.toml:14: [[invariant]] #1: unknown key 'whre' "
        "(known: function, given, holds, name, where)",
    ),
    "missing key": (
        edit('intent = "Refund what is left."\n', ""),
        "SPEC/contract.toml:1: [contract]: missing key 'intent'",
    ),
    "missing key in an array element": (
        edit('holds = "0 <= result <= requested"\n', ""),
        "SPEC/contract.toml:11: [[invariant]] #1: missing key 'holds'",
    ),
    "missing table": (
        edit('[boundaries]\nwritable = ["src/**", "tests/**"]\n', ""),
        "SPEC/contract.toml:1: missing [boundaries]",
    ),
    "missing array of tables": (
        CONTRACT[: CONTRACT.index("[[function]]")] + '[boundaries]\nwritable = ["src/**"]\n',
        "SPEC/contract.toml:1: missing [[function]]",
    ),
    "table where an array of tables belongs": (
        CONTRACT[: CONTRACT.index("[[invariant]]")].replace("[[function]]", "[function]")
        + '[boundaries]\nwritable = ["src/**"]\n',
        "SPEC/contract.toml:6: [function]: expected an array of tables, got table",
    ),
    "empty array of tables": (
        "function = []\n"
        + CONTRACT[: CONTRACT.index("[[function]]")]
        + '[boundaries]\nwritable = ["x"]\n',
        "SPEC/contract.toml:1: [function]: expected a non-empty array of tables, got array",
    ),
    "array of tables where a table belongs": (
        edit("[contract]", "[[contract]]"),
        "SPEC/contract.toml:1: [contract]: expected a table, got array",
    ),
    "wrong type": (
        CONTRACT + '\n[budget]\nmax_iterations = "5"\n',
        "SPEC/contract.toml:27: [budget] max_iterations: expected an integer, got string",
    ),
    "boolean is not an integer": (
        CONTRACT + "\n[budget]\nmax_iterations = true\n",
        "SPEC/contract.toml:27: [budget] max_iterations: expected an integer, got boolean",
    ),
    "integer is not a string": (
        edit('intent = "Refund what is left."', "intent = 5"),
        "SPEC/contract.toml:3: [contract] intent: expected a string, got integer",
    ),
    "float is not an integer": (
        CONTRACT + "\n[budget]\nmax_iterations = 1.5\n",
        "SPEC/contract.toml:27: [budget] max_iterations: expected an integer, got float",
    ),
    "date is not a string": (
        edit('intent = "Refund what is left."', "intent = 2026-11-21"),
        "SPEC/contract.toml:3: [contract] intent: expected a string, got date/time",
    ),
    "strategies must be strings": (
        edit('given = { paid = "integers(0, 1000)" }', "given = { paid = 5 }"),
        "SPEC/contract.toml:16: [[invariant]] #1 given: expected a table of strings, got table",
    ),
    "writable must be an array of strings": (
        edit('writable = ["src/**", "tests/**"]', 'writable = "src/**"'),
        "SPEC/contract.toml:24: [boundaries] writable: expected an array of strings, got string",
    ),
    "contract name": (
        edit('name = "refunds"', 'name = "../refunds"'),
        "SPEC/contract.toml:2: [contract] name: '../refunds' must be a simple name "
        "(letters, digits, '.', '_', '-')",
    ),
    "module name": (
        edit('module = "refunds"', 'module = "my-refunds"'),
        "SPEC/contract.toml:4: [contract] module: 'my-refunds' is not a module name "
        "(identifiers joined by dots)",
    ),
    "function name": (
        edit('name = "refundable"', 'name = "refund able"'),
        "SPEC/contract.toml:7: [[function]] #1 name: 'refund able' is not a Python identifier",
    ),
    "function name that is a keyword": (
        edit('name = "refundable"', 'name = "class"'),
        "SPEC/contract.toml:7: [[function]] #1 name: 'class' is not a Python identifier",
    ),
    "function declared twice": (
        edit(
            "[[invariant]]",
            '[[function]]\nname = "refundable"\nsignature = "() -> int"\ndoc = ""\n\n[[invariant]]',
        ),
        "SPEC/contract.toml:12: [[function]] #2 name: function 'refundable' is declared twice",
    ),
    "signature": (
        edit("-> int", "-> "),
        "SPEC/contract.toml:8: [[function]] #1 signature: '(paid: int, charged_back: int, "
        "refunded: int, requested: int) -> ' does not parse as (parameters) -> type: "
        "expected ':'",
    ),
    "holds is not an expression": (
        edit('holds = "0 <= result <= requested"', 'holds = "0 <= result <="'),
        "SPEC/contract.toml:14: [[invariant]] #1 holds: not a valid Python expression: "
        "invalid syntax: '0 <= result <='",
    ),
    "where is not an expression": (
        edit('where = "charged_back + refunded <= paid"', 'where = "if paid"'),
        "SPEC/contract.toml:15: [[invariant]] #1 where: not a valid Python expression: "
        "invalid syntax: 'if paid'",
    ),
    "holds names something unknown": (
        edit('holds = "0 <= result <= requested"', 'holds = "0 <= result <= reqested"'),
        "SPEC/contract.toml:14: [[invariant]] #1 holds: unknown name 'reqested' (known: paid, "
        "charged_back, refunded, requested, result, refundable and builtins)",
    ),
    "where cannot use result": (
        edit('where = "charged_back + refunded <= paid"', 'where = "result > 0"'),
        "SPEC/contract.toml:15: [[invariant]] #1 where: unknown name 'result' (known: paid, "
        "charged_back, refunded, requested, refundable and builtins)",
    ),
    "invariant of an undeclared function": (
        edit(INVARIANT, 'function = "refund"\nname = "never'),
        "SPEC/contract.toml:12: [[invariant]] #1 function: 'refund' is not a declared "
        "[[function]] (declared: refundable)",
    ),
    "example of an undeclared function": (
        edit(EXAMPLE, 'function = "refund"\nargs').replace(
            "[[invariant]]",
            '[[function]]\nname = "payable"\nsignature = "() -> int"\ndoc = ""\n\n[[invariant]]',
        ),
        "SPEC/contract.toml:24: [[example]] #1 function: 'refund' is not a declared "
        "[[function]] (declared: refundable, payable)",
    ),
    "strategy not in hypothesis": (
        edit('"integers(0, 1000)"', '"integer(0, 1000)"'),
        "SPEC/contract.toml:16: [[invariant]] #1 given.paid: 'integer' is not in "
        "hypothesis.strategies: 'integer(0, 1000)'",
    ),
    "strategy that does not evaluate": (
        edit('"integers(0, 1000)"', '"integers(0, 1000) + 1"'),
        "SPEC/contract.toml:16: [[invariant]] #1 given.paid: 'integers(0, 1000) + 1' does not "
        "evaluate to a strategy: unsupported operand type(s) for +: 'LazyStrategy' and 'int'",
    ),
    "strategy for something that is not a parameter": (
        edit('given = { paid = "integers(0, 1000)" }', 'given = { amount = "integers()" }'),
        "SPEC/contract.toml:16: [[invariant]] #1 given.amount: 'amount' is not a parameter of "
        "refundable",
    ),
    "parameter the invariant cannot draw": (
        edit("requested: int) -> int", "requested) -> int"),
        "SPEC/contract.toml:11: [[invariant]] #1: parameter 'requested' of refundable has "
        "neither a type hint nor a `given` strategy",
    ),
    "example argument that is not a parameter": (
        edit("args = { paid = 100,", "args = { payd = 100,"),
        "SPEC/contract.toml:20: [[example]] #1 args: unknown argument 'payd' (parameters: paid, "
        f"charged_back, refunded, requested) in a call of {SIGNATURE}",
    ),
    "example argument missing": (
        edit("args = { paid = 100, ", "args = { "),
        "SPEC/contract.toml:20: [[example]] #1 args: missing argument 'paid' in a call of "
        f"{SIGNATURE}",
    ),
    "example with returns and raises": (
        edit("returns = 70", 'returns = 70\nraises = "ValueError"'),
        "SPEC/contract.toml:18: [[example]] #1: give exactly one of 'returns' and 'raises'",
    ),
    "example with neither returns nor raises": (
        edit("returns = 70\n", ""),
        "SPEC/contract.toml:18: [[example]] #1: give exactly one of 'returns' and 'raises'",
    ),
    "raises is not a name": (
        edit("returns = 70", 'raises = "Value Error"'),
        "SPEC/contract.toml:21: [[example]] #1 raises: 'Value Error' is not an exception name",
    ),
    "no writable globs": (
        edit('writable = ["src/**", "tests/**"]', "writable = []"),
        "SPEC/contract.toml:24: [boundaries] writable: give at least one glob the agent may write",
    ),
    "absolute glob": (
        edit('"tests/**"', '"/etc/**"'),
        "SPEC/contract.toml:24: [boundaries] writable: '/etc/**' is not a glob relative to the "
        "project root",
    ),
    "glob outside the project": (
        edit('"tests/**"', '"../**"'),
        "SPEC/contract.toml:24: [boundaries] writable: '../**' is not a glob relative to the "
        "project root",
    ),
    "budget that is not positive": (
        CONTRACT + "\n[budget]\nmax_iterations = 3\nmax_minutes = 0\n",
        "SPEC/contract.toml:28: [budget] max_minutes: must be positive, got 0",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_every_problem_is_one_line_naming_file_and_line(tmp_path, case):
    text, expected = CASES[case]
    assert message(tmp_path, text) == expected


def test_not_utf8(tmp_path):
    path = tmp_path / "contract.toml"
    path.write_bytes(b'[contract]\nname = "caf\xe9"\n')
    with pytest.raises(SpecError) as info:
        read_contract(path)
    assert str(info.value) == f"{path}:2: not UTF-8 text (invalid continuation byte)"


def test_reads_a_valid_contract(tmp_path):
    path = tmp_path / "contract.toml"
    budget = "\n[budget]\nmax_iterations = 1\nmax_cost_usd = 2\nmax_minutes = 1.5\n"
    path.write_text(CONTRACT + budget, encoding="utf-8")
    contract = read_contract(path)
    assert (contract.name, contract.intent, contract.module) == (
        "refunds",
        "Refund what is left.",
        "refunds",
    )
    assert contract.writable == ("src/**", "tests/**")
    assert contract.budget == Budget(max_iterations=1, max_cost_usd=2.0, max_minutes=1.5)
    assert isinstance(contract.budget.max_cost_usd, float)
    (function,) = contract.functions
    assert (function.name, function.returns, function.line) == ("refundable", "int", 6)
    assert function.doc == "max(0, min(requested, paid - charged_back - refunded))"
    (invariant,) = contract.invariants
    assert invariant.given == {"paid": "integers(0, 1000)"}
    assert (invariant.where, invariant.line) == ("charged_back + refunded <= paid", 11)
    (example,) = contract.examples
    assert example.args == {"paid": 100, "charged_back": 30, "refunded": 0, "requested": 100}
    assert list(example.args) == ["paid", "charged_back", "refunded", "requested"]
    with pytest.raises(TypeError):
        example.args["paid"] = 1  # type: ignore[index]
    assert (example.returns, example.raises, example.line) == (70, None, 18)


def test_no_budget_and_no_invariants_or_examples(tmp_path):
    path = tmp_path / "contract.toml"
    text = CONTRACT[: CONTRACT.index("[[invariant]]")] + '[boundaries]\nwritable = ["src/**"]\n'
    path.write_text(text, encoding="utf-8")
    contract = read_contract(path)
    assert contract.budget == Budget()
    assert contract.invariants == contract.examples == ()
