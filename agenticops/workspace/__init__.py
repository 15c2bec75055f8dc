"""Isolated copies of a project: measurement and agent turns never touch the user's tree."""
