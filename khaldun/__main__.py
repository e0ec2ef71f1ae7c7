"""``python -m khaldun``: the command line."""

from .cli import main

main()
