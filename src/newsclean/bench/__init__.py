"""Benchmark: score newsclean against labelled pages, next to the tools users would pick instead."""
