"""Measure a project copy: test outcomes, coverage, complexity, CRAP, mutation. Numbers only."""
