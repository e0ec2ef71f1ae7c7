"""Affiliations from the parse, on sentences of each form, with the real spaCy model."""

import datetime as dt

import pytest


@pytest.fixture(scope="module")
def affiliations(pipeline):
    def run(text, date="2014-05-19"):
        return [(a.actor.name, a.relation, a.other, a.date.start, a.date.end, a.status, a.sector)
                for a in pipeline.extract(text, date=date).affiliations]

    return run


def test_relations_titles_before_names_are_roles_as_of_publication(affiliations):
    got = affiliations("Former Prime Minister Ali Zeidan met Prime Minister Ahmed Maiteeq on Monday.")
    assert ("Ali Zeidan", "role", "Prime Minister", None, dt.date(2014, 5, 19), "former", "GOV") in got
    assert any(a[0] == "Ahmed Maiteeq" and a[1] == "role" and a[5] == "current" for a in got)


def test_relations_nouns_of_ties_to_other_actors(affiliations):
    got = affiliations("General Khalifa Hifter, a close ally of Moammar Gadhafi, was set up as a military "
                       "leader in the National Front for the Salvation of Libya in 1988.")
    relations = {(a[1], a[2]) for a in got if a[0] == "Khalifa Haftar"}  # the knowledge base's spelling
    assert ("ally_of", "Moammar Gadhafi") in relations
    assert any(r == "leader_of" and "Salvation" in o for r, o in relations)


def test_relations_verbs_place_and_found_with_dates(affiliations):
    got = affiliations("Hifter relocated to the Washington suburbs in 1990 and lived there through 2011. "
                       "He formed the Libyan National Army in 2014. He was captured in Chad in 1987.")
    by = {a[1]: a for a in got}
    assert by["resided_in"][2] == "Washington"  # "there": the place the sentence named
    assert (by["resided_in"][3], by["resided_in"][4]) == (dt.date(1990, 1, 1), dt.date(2011, 12, 31))
    assert by["founder_of"][2] == "Libyan National Army" and by["founder_of"][3].year == 2014
    assert by["held_in"][2] == "Chad" and by["held_in"][3].year == 1987


def test_relations_claims_and_negations_are_not_ties(affiliations):
    got = affiliations("Hifter often claimed to be a leader of the army. Zeidan never joined the rebels.")
    assert any(a[0] == "Khalifa Haftar" for a in got) or not got
    assert not any(a[1] in ("role", "leader_of") and a[0] in ("Hifter", "Khalifa Haftar") for a in got)
    assert not any(a[1] == "member_of" for a in got)


def test_relations_without_publication_date_stay_undated(affiliations):
    got = affiliations("Prime Minister Ahmed Maiteeq spoke.", date=None)
    assert got and all(a[3] is None and a[4] is None for a in got)
