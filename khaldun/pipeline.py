"""The pipeline object: one spaCy model, one gazetteer, one lexicon, used for many documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from . import gazetteer
from .config import Settings
from .extract import extract
from .ingest.documents import make_document
from .nlp import pipeline as nlp_pipeline
from .nlp.casing import sentence_case_headlines
from .ontologies import petrarch
from .ontologies.tables import lexicon_version, load_triggers
from .records import Document, Extraction


class Pipeline:
    """Parse and extract. Build once (model loading takes a second or two), reuse."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings.from_env()
        self.nlp = nlp_pipeline.load(self.settings.model)
        self.gaz = gazetteer.load()
        self.lexicon = load_triggers(tuple(self.settings.lexicons))
        self.dictionaries = petrarch.load(self.settings.dictionaries) if self.settings.dictionaries else None

    def versions(self) -> dict:
        from .about import __version__

        return {"khaldun": __version__, "model": nlp_pipeline.describe(self.nlp),
                "lexicon": lexicon_version(tuple(self.settings.lexicons) + tuple(self.settings.dictionaries))}

    def process(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Extract every document, parsing in batches."""
        pairs = ((sentence_case_headlines(d.text, self.gaz), d) for d in documents)
        for doc, document in nlp_pipeline.parse(self.nlp, pairs, self.settings.batch_size):
            yield extract(doc, document, self.gaz, self.lexicon, self.settings.min_confidence, self.dictionaries)

    def extract(self, text: str, date: dt.date | str | None = None, title: str | None = None) -> Extraction:
        document = make_document(text, published=date, title=title)
        return next(self.process([document]))
