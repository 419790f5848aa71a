"""Benchmarks for the jixiao pipeline."""
