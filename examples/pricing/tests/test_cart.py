import pytest

from pricing import Cart, discount, line_total, shipping


def test_line_total_multiplies():
    assert line_total(250, 3) == 750
    assert line_total(0, 5) == 0


@pytest.mark.parametrize(("price", "quantity"), [(-1, 1), (1, -1)])
def test_line_total_rejects_negative(price, quantity):
    with pytest.raises(ValueError, match="must not be negative"):
        line_total(price, quantity)


def test_line_total_accepts_zero_quantity():
    assert line_total(100, 0) == 0


@pytest.mark.parametrize(
    ("code", "expected"), [("WELCOME10", 100), ("vip25", 250), ("NOPE", 0), (None, 0)]
)
def test_discount(code, expected):
    assert discount(1000, code) == expected


def test_discount_rounds_down():
    assert discount(999, "WELCOME10") == 99


@pytest.mark.parametrize(
    ("total", "expected"), [(5000, 0), (4999, 295), (2000, 295), (1999, 495)]
)
def test_shipping_at_home(total, expected):
    assert shipping(total, "NL", express=False) == expected


def test_shipping_abroad_is_flat():
    assert shipping(100, "US", express=False) == 1995


def test_cart_total_with_code_and_shipping():
    cart = Cart()
    cart.add(1500, 2)
    cart.code = "WELCOME10"
    assert cart.count == 2
    assert cart.total() == 2700 + 295


def test_cart_rejects_bad_lines():
    cart = Cart()
    with pytest.raises(ValueError):
        cart.add(-5)
    assert cart.lines == []


def test_express_doubles_paid_shipping():
    assert shipping(100, "NL", express=True) == 990
