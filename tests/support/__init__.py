"""Test infrastructure shared by the client tests, the GUI tests and the benchmarks."""
