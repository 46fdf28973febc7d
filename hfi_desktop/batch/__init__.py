"""Batch runs: many inputs x several models, unattended (no Qt; asyncio on whatever loop runs it)."""
