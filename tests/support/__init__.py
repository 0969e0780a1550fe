"""Helpers shared by the tests: real servers, services, bodies, processes."""
