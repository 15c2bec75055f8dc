"""Prices in integer cents: line totals, discount codes, shipping, and a cart."""

from pricing.cart import Cart, discount, line_total, shipping

__all__ = ["Cart", "discount", "line_total", "shipping"]
