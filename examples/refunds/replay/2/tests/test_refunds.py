import pytest

from refunds import refundable


def test_pays_what_is_left():
    assert refundable(100, 30, 0, 100) == 70


def test_pays_what_was_asked():
    assert refundable(100, 0, 0, 40) == 40


def test_nothing_left():
    assert refundable(100, 100, 0, 10) == 0


def test_zero_amounts_are_fine():
    assert refundable(0, 0, 0, 0) == 0


@pytest.mark.parametrize(
    "amounts", [(-1, 0, 0, 0), (0, -1, 0, 0), (0, 0, -1, 0), (0, 0, 0, -1)]
)
def test_each_negative_amount_is_refused(amounts):
    with pytest.raises(ValueError, match="^amounts must not be negative$"):
        refundable(*amounts)


def test_inconsistent_books_are_refused():
    with pytest.raises(ValueError, match="^chargebacks and refunds exceed the amount paid$"):
        refundable(100, 80, 40, 1)


def test_exactly_consistent_books_pay_nothing():
    assert refundable(100, 60, 40, 5) == 0
