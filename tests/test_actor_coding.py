"""Actor coding precedence: the knowledge base read on the document's day, the text's own words
where the base cannot say, and the conventions of event coding."""

import pytest


def mention(pipeline, text, wanted, date=None):
    ms = pipeline.extract(text, date=date).mentions
    hits = [m for m in ms if m.text == wanted]
    assert hits, f"no mention {wanted!r} in {[m.text for m in ms]}"
    return hits[0]


def test_coding_a_past_post_in_the_text_is_an_elite(pipeline):
    m = mention(pipeline, "Ousted President Askar Akayev spoke to reporters in Moscow.", "Askar Akayev")
    assert (m.country, m.sector) == ("KGZ", "ELI") and "former title" in m.basis


def test_coding_undated_title_over_a_base_that_knew_the_person_out_of_office(pipeline):
    # the base's latest role for him is a former post (ELI); an undated report calls him premier
    m = mention(pipeline, "Prime Minister Ryutaro Hashimoto met business leaders in Osaka.", "Ryutaro Hashimoto")
    assert (m.country, m.sector) == ("JPN", "GOV")


def test_coding_dated_role_still_wins_on_a_known_day(pipeline):
    m = mention(pipeline, "Prime Minister Ryutaro Hashimoto met business leaders in Osaka.", "Ryutaro Hashimoto",
                date="2003-05-01")
    assert m.sector == "ELI"
