"""Refunds after a partial chargeback; every amount is in integer cents."""


def refundable(paid: int, charged_back: int, refunded: int, requested: int) -> int:
    """The amount payable now: what was asked, capped by what is left after chargebacks."""
    if min(paid, charged_back, refunded, requested) < 0:
        raise ValueError("amounts must not be negative")
    left = paid - charged_back - refunded
    if left < 0:
        raise ValueError("chargebacks and refunds exceed the amount paid")
    return min(requested, left)
