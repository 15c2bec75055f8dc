"""Step definitions for refunds.feature, written by the human who wrote the spec (locked)."""

import pytest
from pytest_bdd import given, parsers, then, when

from refunds import refundable


@pytest.fixture
def order():
    return {"paid": 0, "charged_back": 0, "refunded": 0}


@given(parsers.parse("an order paid with {amount:d} cents"))
def paid(order, amount):
    order["paid"] = amount


@given(parsers.parse("a chargeback of {amount:d} cents"))
def chargeback(order, amount):
    order["charged_back"] = amount


@given(parsers.parse("an earlier refund of {amount:d} cents"))
def earlier_refund(order, amount):
    order["refunded"] = amount


@when(parsers.parse("the customer asks for a refund of {amount:d} cents"), target_fixture="outcome")
def ask(order, amount):
    try:
        return refundable(order["paid"], order["charged_back"], order["refunded"], amount)
    except ValueError as exc:
        return exc


@then(parsers.parse("{amount:d} cents are refunded"))
def refunded(outcome, amount):
    assert outcome == amount


@then("the refund is refused as inconsistent")
def refused(outcome):
    assert isinstance(outcome, ValueError)
