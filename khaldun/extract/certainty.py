"""Certainty of an event from its frame: asserted, hedged, negated, asked about, conditional or
hypothetical."""

from __future__ import annotations

from ..records import Certainty, Frame, Modality


def certainty(frame: Frame, foretold: bool = False) -> Certainty:
    """An intended or future act is asserted when it is coded as the intent it states ("will
    attack": a threat, "agreed to meet": an intent to meet), which was said; ``foretold`` says
    that no code states it ("would be prosecuted"): then it is hypothetical."""
    if frame.has(Modality.QUESTION):
        return Certainty.QUESTION
    if not frame.polarity:
        return Certainty.NEGATED
    intent = frame.has(Modality.INTENDED) or frame.has(Modality.FUTURE)
    if frame.has(Modality.CONDITIONAL) and not intent:
        return Certainty.CONDITIONAL  # "if the Turks attack" ("will withdraw unless": a threat, coded as one)
    if frame.has(Modality.HYPOTHETICAL):
        return Certainty.HYPOTHETICAL
    if frame.has(Modality.HEDGED):
        return Certainty.HEDGED
    return Certainty.HYPOTHETICAL if foretold and intent else Certainty.ASSERTED
