"""Boilerplate lines of news pages are left out at ingest; the story stays."""

from conftest import find

from khaldun.ingest.boilerplate import strip_boilerplate
from khaldun.ingest.documents import make_document

PAGE = """Police station attacked in Hyderabad
By Asha Rao and Vikram Singh
Photo: Smoke rises over the old city (Reuters)
A mob attacked a police station in Hyderabad on Sunday, setting two vehicles on fire.
Police arrested 14 people after the attack, officials said.
Reuters contributed to this report.
Additional reporting by Sam Lee; Editing by Mark Potter
Sign up for our daily newsletter to get the latest updates.
Copyright 2020 The Daily Example. All rights reserved.
Related stories
Troops clashed with rebels in Kashmir
Protesters stormed parliament in Colombo"""


def test_boilerplate_lines_and_footer_are_left_out():
    text = strip_boilerplate(PAGE)
    assert text.splitlines() == [
        "Police station attacked in Hyderabad",
        "A mob attacked a police station in Hyderabad on Sunday, setting two vehicles on fire.",
        "Police arrested 14 people after the attack, officials said.",
    ]


def test_boilerplate_single_related_headline_in_the_story_is_left_out(code):
    page = ("Bomb kills 14 at Kabul mosque\nA suicide bomber killed 14 people in Kabul on Friday.\n"
            "Related: Taliban deny foreign fighters operate in Afghanistan\n"
            "The death toll could rise, police said.")
    assert "Related" not in strip_boilerplate(page)
    assert not find(code(page), "deny")
    story = "Police said the two attacks were related: both used the same explosives."
    assert strip_boilerplate("Headline\n" + story).endswith(story)


def test_boilerplate_keeps_story_sentences_that_look_alike():
    story = ("Rebels attacked Kidal.\nBy nightfall the army had retaken the town.\n"
             "Aid groups contributed food and tents to the displaced.")
    assert strip_boilerplate(story) == story


def test_boilerplate_no_event_from_a_related_story_list(code):
    events = code(PAGE)
    texts = {e["text"] for e in events}
    assert events and not any("Kashmir" in t or "Colombo" in t or "contributed" in t for t in texts)
    assert make_document(PAGE).text.startswith("Police station attacked in Hyderabad\nA mob")
