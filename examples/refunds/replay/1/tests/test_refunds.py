import pytest

from refunds import refundable


def test_pays_what_is_left():
    assert refundable(100, 30, 0, 100) == 70


def test_pays_what_was_asked():
    assert refundable(100, 0, 0, 40) == 40


def test_nothing_left():
    assert refundable(100, 100, 0, 10) == 0


def test_negative_amounts_are_refused():
    with pytest.raises(ValueError):
        refundable(-1, 0, 0, 0)


def test_inconsistent_books_are_refused():
    with pytest.raises(ValueError):
        refundable(100, 80, 40, 1)
