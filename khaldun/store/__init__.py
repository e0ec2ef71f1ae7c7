"""The store: one DuckDB file, the only module that imports duckdb."""

from .db import Store

__all__ = ["Store"]
