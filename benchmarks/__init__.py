"""Benchmarks: generators of real-size synthetic data and scripts that print figures."""
