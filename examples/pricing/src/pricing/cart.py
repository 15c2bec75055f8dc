"""A tiny cart: every amount is an integer number of cents."""

from __future__ import annotations

CODES = {"WELCOME10": 10, "VIP25": 25}


def line_total(price: int, quantity: int) -> int:
    """Price of one line; negative prices or quantities are errors."""
    if price < 0 or quantity < 0:
        raise ValueError("price and quantity must not be negative")
    return price * quantity


def discount(total: int, code: str | None) -> int:
    """The discount in cents for a code; unknown codes give nothing."""
    percent = CODES.get((code or "").upper(), 0)
    return total * percent // 100


def shipping(total: int, country: str, express: bool) -> int:
    """Shipping cost: free at home above 50.00, flat abroad, express doubles it."""
    if country == "NL":
        if total >= 5000:
            cost = 0
        elif total >= 2000:
            cost = 295
        else:
            cost = 495
    elif country in ("BE", "DE", "FR"):
        cost = 995 if total < 10000 else 495
    else:
        cost = 1995
    if express and cost:
        cost *= 2
    elif express:
        cost = 995
    return cost


class Cart:
    """Lines of (price, quantity) with a discount code and a destination."""

    def __init__(self, country: str = "NL") -> None:
        self.country = country
        self.lines: list[tuple[int, int]] = []
        self.code: str | None = None

    def add(self, price: int, quantity: int = 1) -> None:
        line_total(price, quantity)  # validates
        self.lines.append((price, quantity))

    @property
    def count(self) -> int:
        return sum(q for _, q in self.lines)

    def total(self, express: bool = False) -> int:
        goods = sum(line_total(p, q) for p, q in self.lines)
        goods -= discount(goods, self.code)
        return goods + shipping(goods, self.country, express)
