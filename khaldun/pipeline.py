"""The pipeline object: one spaCy model, one gazetteer, one lexicon, used for many documents."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator

from . import gazetteer, parallel
from .config import Settings
from .extract import analyse, extract
from .ingest.documents import make_document
from .nlp import pipeline as nlp_pipeline
from .nlp.casing import sentence_case_headlines
from .nlp.trigger_words import TriggerWords
from .ontologies import petrarch
from .ontologies.tables import lexicon_version, load_triggers
from .records import Document, Extraction, Frame


class Pipeline:
    """Parse and extract. Build once (model loading takes a second or two), reuse."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings.from_env()
        self.nlp = nlp_pipeline.load(self.settings.model)
        self.gaz = gazetteer.load()
        self.lexicon = load_triggers(tuple(self.settings.lexicons))
        self.dictionaries = petrarch.load(self.settings.dictionaries) if self.settings.dictionaries else None
        self._trigger_words: TriggerWords | None = None
        if self.settings.workers > 1:
            self._warm()

    def versions(self) -> dict:
        from .about import __version__

        return {"khaldun": __version__, "model": nlp_pipeline.describe(self.nlp),
                "lexicon": lexicon_version(tuple(self.settings.lexicons) + tuple(self.settings.dictionaries))}

    def process(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Extract every document, in input order: in this process, or over ``settings.workers``
        processes."""
        if self.settings.workers > 1:
            return parallel.process(self, documents, self.settings.workers, self.settings.batch_size,
                                    functools.partial(Pipeline, self.settings))
        return self.process_here(documents)

    def process_here(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Extract every document in this process, parsing in batches. With ``skip_eventless``,
        a document without a single trigger word is stored unparsed (no events, no actors)."""
        if not self.settings.skip_eventless or self.dictionaries is not None:
            pairs = ((sentence_case_headlines(d.text, self.gaz), d) for d in documents)
            for doc, document in nlp_pipeline.parse(self.nlp, pairs, self.settings.batch_size):
                yield self._extract(doc, document)
            return
        for batch in parallel.batches(documents, self.settings.batch_size):
            keep = [d for d in batch if self.may_hold_event(d.text)]
            pairs = ((sentence_case_headlines(d.text, self.gaz), d) for d in keep)
            done = {id(document): self._extract(doc, document)
                    for doc, document in nlp_pipeline.parse(self.nlp, pairs, self.settings.batch_size)}
            for d in batch:
                yield done.get(id(d)) or Extraction(document=d, events=())

    def _warm(self) -> None:
        """Extract one short text here, so that every table and model read on first use (the
        knowledge base, the rankers) is in memory before the workers fork: they share this copy
        instead of each reading its own when its first document comes."""
        document = make_document("Police arrested ten protesters in Bamako, Mali, on Monday.", published="2020-01-06")
        next(self.process_here([document]))

    def may_hold_event(self, text: str) -> bool:
        """Whether the text holds the words of any trigger in the lexicon (the words only: no
        parse). Text that fails this cannot yield an event from khaldun's lexicon."""
        if self._trigger_words is None:
            self._trigger_words = TriggerWords(self.nlp, self.lexicon)
        return self._trigger_words.may_hold_event(text)

    def _extract(self, doc, document: Document) -> Extraction:
        return extract(doc, document, self.gaz, self.lexicon, self.settings.min_confidence, self.dictionaries)

    def extract(self, text: str, date: dt.date | str | None = None, title: str | None = None) -> Extraction:
        document = make_document(text, published=date, title=title)
        return next(self.process([document]))

    def frames(self, text: str, date: dt.date | str | None = None, title: str | None = None) -> list[Frame]:
        """The clause frames of one text: every verb and every event word of the lexicon."""
        document = make_document(text, published=date, title=title)
        pairs = [(sentence_case_headlines(document.text, self.gaz), document)]
        for doc, document in nlp_pipeline.parse(self.nlp, pairs, self.settings.batch_size):
            return analyse(doc, document, self.gaz, self.lexicon, self.dictionaries).frames()
        return []

