"""khaldun: news text in, auditable event data out.

    >>> import khaldun
    >>> x = khaldun.extract("Rebels attacked Tripoli on Friday.", date="2014-05-19")
    >>> [e.type for e in x.events]
    ['ASSAULT']
    >>> db = khaldun.open("khaldun.duckdb")
    >>> db.ingest(["articles/"], date="2014-05-19")
    >>> db.events(type="ASSAULT")
"""

from __future__ import annotations

from .about import __version__
from .api import Database, extract, load_pipeline, open
from .records import Actor, Certainty, Document, Event, Extraction, Place, Precision, Rejection, TimeSpan

__all__ = [
    "__version__", "extract", "open", "load_pipeline", "Database", "Actor", "Certainty", "Document",
    "Event", "Extraction", "Place", "Precision", "Rejection", "TimeSpan",
]
