"""Certainty of an event from its frame: asserted, hedged, negated, asked about, conditional or
hypothetical."""

from __future__ import annotations

from ..records import Certainty, Frame, Modality


def certainty(frame: Frame) -> Certainty:
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
    return Certainty.ASSERTED
