"""Seeded fault and crash campaigns, two processes, fuzzed bodies, disk trouble (full size: make soak)."""
