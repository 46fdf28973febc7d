"""Batch runs: many inputs x several models, unattended (no Qt; asyncio on whatever loop runs it).

:mod:`.model` the plan and outcomes, :mod:`.sources` inputs from folders/tables/lines,
:mod:`.journal` the append-only batch file (resume), :mod:`.runner` the asyncio runner.
"""
