"""Package identity."""

__title__ = "khaldun"
__version__ = "0.1.0"
