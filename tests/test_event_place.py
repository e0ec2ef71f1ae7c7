"""The place where each event happened: the learned choice among the places around its trigger."""

from conftest import one


def test_event_place_locative_argument(code):
    e = one(code("Gunmen attacked a police checkpoint near Timbuktu on Monday."), "attacked")
    assert e["location"]["name"] == "Timbuktu"


def test_event_place_town_described_by_its_province(code):
    e = one(code("Soldiers shelled Kidal, a town in northern Mali, on Sunday."), "shelled")
    assert e["location"]["text"] == "Kidal"


def test_event_place_nested_area_is_the_specific_place(code):
    e = one(code("Gunmen killed two guards in the Maiduguri area of Borno on Friday."), "killed")
    assert e["location"]["text"] == "Maiduguri"


def test_event_place_dateline_when_the_sentence_names_none(code):
    e = one(code("BAMAKO, Mali (AP) - Gunmen attacked a convoy on Tuesday, officials said."), "attacked")
    assert e["location"]["name"] == "Bamako"


def test_event_place_dateline_after_a_headline_with_the_filing_date(code):
    text = ("Police fire tear gas at protesters\n\nNAIROBI, June 25 (Reuters) - At least five people "
            "were shot dead outside parliament, a witness said.")
    e = one(code(text), "shot")
    assert e["location"]["name"] == "Nairobi" and e["location"]["precision"] == "city"


def test_event_place_dateline_after_a_headline_and_a_byline(code):
    """Wire copy puts the byline between the headline and the dateline; a byline that names a
    town ("From Musa Ibrahim, Kaduna") is no dateline."""
    text = ("Police fire tear gas at protesters\n\nBy Jane Doe\n\nNAIROBI, June 25 (Reuters) - At least "
            "five people were shot dead outside parliament, a witness said.")
    e = one(code(text), "shot")
    assert e["location"]["name"] == "Nairobi"
    text = ("Gunmen kill guards\n\nFrom Musa Ibrahim, Kaduna\n\nABUJA, March 8 - Gunmen shot dead two "
            "guards at a bank, police said.")
    assert one(code(text), "shot")["location"]["name"] == "Abuja"


def test_event_place_not_inside_an_actor_name(code):
    e = one(code("Fighters of the Free Aleppo Brigade attacked a checkpoint on Monday."), "attacked")
    assert e["location"] is None


def test_event_place_not_a_companion(code):
    events = code("Turkey held talks with the United States in Ankara on Friday.")
    e = one(events, "held")
    assert e["location"]["name"] == "Ankara"
    e = one(code("France held talks with Germany on Monday."), "held")
    assert e["location"] is None


def test_event_place_unresolved_name_kept_with_its_words(pipeline):
    x = pipeline.extract("Rebels stormed the village of Umm Qarnayn Dabbus on Tuesday.", date="2020-06-15")
    e = one([e.export() for e in x.events], "stormed")
    assert e["location"]["text"] == "Umm Qarnayn Dabbus" and e["location"]["lat"] is None


def test_event_place_model_records_its_training_data():
    import json

    from khaldun.extract import event_place

    model = json.loads(event_place.MODEL.read_text(encoding="utf-8"))
    assert model["training_data"] == "event_location_gold.jsonl" and len(model["training_data_sha256"]) == 64
    assert model["training_records"].startswith("the dev half")  # the test half stays unseen
    assert len(model["folds"]) == 5 and model["features"] == list(event_place.FEATURES)
    assert model["report"]["held_out_location_span"]["f1"] > 0.5


def test_event_place_keeps_a_joined_article_or_quote(pipeline):
    from khaldun.extract.event_place import _joined_prefix

    text = "Rebels shelled the Al-Qadisiyah district and ‘Amran, but not anti-Kobani or US-Baqir."
    assert text[_joined_prefix(text, text.index("Qadisiyah")):].startswith("Al-Qadisiyah")
    assert text[_joined_prefix(text, text.index("Amran")):].startswith("‘Amran")
    assert _joined_prefix(text, text.index("Kobani")) == text.index("Kobani")  # a word, not an article
    assert _joined_prefix("in al-Bab", 6) == 3
    x = pipeline.extract("Rebels stormed the town of Al-Qaryatayn on Tuesday.", date="2020-06-15")
    e = one([e.export() for e in x.events], "stormed")
    assert e["location"]["text"] == "Al-Qaryatayn"


def test_event_place_not_in_a_relative_clause_about_someone(code):
    e = one(code("The governor, who was born in Lyon, condemned the strike in Marseille on Monday."), "condemned")
    assert e["location"] is None or e["location"]["name"] != "Lyon"


def test_event_place_of_a_following_clause_is_its_head_event_s(pipeline):
    finder = _finder(pipeline, "Gunmen struck a convoy near Kandahar on Monday, killing four soldiers.")
    killing = next(t for t in finder.doc if t.text == "killing")
    assert finder.rule_location(killing).text == "Kandahar"


def test_event_place_dominant_country_read_once_per_document(pipeline):
    from khaldun.extract import event_place

    finder = _finder(pipeline, "Troops entered Homs and Hama on Monday after fighting in Aleppo.")
    assert event_place.dominant_country(finder) == "SYR"
    finder.places.clear()  # read once: a second event of the document does not count again
    assert event_place.dominant_country(finder) == "SYR"


def test_event_place_a_phrase_names_a_finer_place(pipeline):
    from khaldun.extract import event_place

    x, names = _features(pipeline, "A car bomb exploded in the Kadhimiya neighborhood of Baghdad on Monday.", "exploded")
    finer, coarser = event_place.INDEX["near_finer_place"], event_place.INDEX["near_coarser_place"]
    assert x[names.index("Baghdad")][finer] == 1 and x[names.index("Baghdad")][coarser] == 0
    assert x[names.index("Kadhimiya")][coarser] == 1 and x[names.index("Kadhimiya")][finer] == 0
    # two arguments of one verb are no phrase: where the police are is not said to hold the village
    x, names = _features(pipeline, "Police in Idlib arrested a man from the village of Maheen.", "arrested")
    assert x[names.index("Idlib")][finer] == 0


def test_event_place_where_a_departure_leaves_from(code):
    e = one(code("On 29 November 2021, French troops withdrew from Timbuktu and handed their base to the army."),
            "withdrew")
    assert e["location"]["name"] == "Timbuktu"
    e = one(code("Protesters marched from Bamako to Kati on Monday."), "marched")  # a march is no departure
    assert e["location"] is None or e["location"]["name"] != "Bamako"


def test_event_place_outcome_of_each_pick(pipeline):
    from khaldun.extract import event_place

    finder = _finder(pipeline, "Rebels shelled Jobar, Arbin and Douma on Monday.")
    tok = next(t for t in finder.doc if t.text == "shelled")
    rule = finder.rule_location(tok)
    cands = event_place.choices(finder, tok, rule)
    first = next(k for k, c in enumerate(cands) if c.place.text == "Jobar")
    assert [p.text for p in event_place.outcome(finder, tok, rule, cands, first)] == ["Jobar", "Arbin", "Douma"]
    assert event_place.outcome(finder, tok, rule, cands, len(cands)) == []  # no place said, no dateline


def test_event_place_fit_learns_any_of_the_annotated_places():
    import numpy as np

    from khaldun.extract.event_place import FEATURES, INDEX, Scorer
    from khaldun.train.event_places import fit_members

    # a list of two places, both annotated, and "no place said": the fit gives the two the odds
    x = np.zeros((3, len(FEATURES)))
    x[:2, INDEX["capitalised"]] = 1.0
    x[2, INDEX["null"]] = 1.0
    y = x.copy()
    y[:2, INDEX["capitalised"]] = 0.0  # lowercase words: no place said
    params = fit_members([(x, [0, 1])] * 20 + [(y, [2])] * 20)
    scorer = Scorer({k: v.tolist() for k, v in params.items()} | {"features": list(FEATURES)})
    p = scorer.scores(x)
    assert p[0] + p[1] > 0.9 and abs(p[0] - p[1]) < 0.05
    assert scorer.scores(y)[2] > 0.9


def _features(pipeline, text: str, trigger: str):
    from khaldun.extract import event_place

    finder = _finder(pipeline, text)
    tok = next(t for t in finder.doc if t.text == trigger)
    cands = event_place.choices(finder, tok, finder.rule_location(tok))
    return event_place.features(finder, tok, cands), [finder.doc[c.start:c.end].text for c in cands]


def _finder(pipeline, text: str):
    from khaldun.evaluation import parsed

    return next(parsed(pipeline, [(text, None)]))[1]


def test_event_place_name_before_a_day_is_a_candidate(pipeline):
    from khaldun.extract import event_place

    finder = _finder(pipeline, "Soldiers patrolled Harare Saturday.")
    patrolled = next(t for t in finder.doc if t.text == "patrolled")
    texts = [c.place.text for c in event_place.choices(finder, patrolled, None)]
    assert "Harare" in texts


def test_event_place_a_place_said_to_lie_in_a_wider_one_is_the_place(code):
    e = one(code("The navy announced the deployment of 300 sailors to Crete, in southern Greece, on Monday."), "deployment")
    assert e["location"]["text"] == "Crete"


def _places_of(pipeline, text: str, verb: str) -> list[str]:
    from khaldun.extract import event_place

    finder = _finder(pipeline, text)
    tok = next(t for t in finder.doc if t.text == verb)
    return [p.text for p in event_place.locate_all(finder, tok, finder.rule_location(tok))]


def test_event_place_all_places_of_a_coordination(pipeline):
    places = _places_of(pipeline, "Militants shelled the villages of Kafr Nabl, Maarrat and Saraqib on Monday.", "shelled")
    assert sorted(places) == ["Kafr Nabl", "Maarrat", "Saraqib"]
    assert _places_of(pipeline, "Thousands marched in Lyon and Grenoble on Saturday.", "marched") == ["Lyon", "Grenoble"]


def test_event_place_coordination_stays_in_the_clause_and_among_names(pipeline):
    places = _places_of(pipeline, "Rebels attacked Kidal on Monday, and troops patrolled Gao on Tuesday.", "attacked")
    assert places == ["Kidal"]
    places = _places_of(pipeline, "Gunmen shelled Douma and an electricity plant in the east on Monday.", "shelled")
    assert places == ["Douma"]


def test_event_place_record_keeps_the_first_of_coordinated_places(code):
    e = one(code("Thousands marched in Lyon and Grenoble on Saturday."), "marched")
    assert e["location"]["text"] == "Lyon"


def test_event_place_whole_name_around_an_article_is_a_candidate(pipeline):
    from khaldun.extract import event_place

    finder = _finder(pipeline, "Warplanes hit the districts of Bustan al-Qasr and Tal Al-Bardah on Monday.")
    hit = next(t for t in finder.doc if t.text == "hit")
    texts = {c.place.text for c in event_place.choices(finder, hit, None)}
    assert {"Bustan al-Qasr", "Tal Al-Bardah"} <= texts


def test_event_place_coordination_and_relative_clause_are_cues(pipeline):
    from khaldun.extract import event_place

    def rows(text, verb):
        finder = _finder(pipeline, text)
        tok = next(t for t in finder.doc if t.text == verb)
        cands = event_place.choices(finder, tok, None)
        x = event_place.features(finder, tok, cands)
        return {c.place.text: x[k] for k, c in enumerate(cands)}

    row = rows("The governor, who was born in Lyon, said protesters marched in Nantes and Rennes.", "marched")
    assert "Lyon" not in row  # a relative clause about an actor: never the event's place
    assert row["Nantes"][event_place.INDEX["coordinated"]] == 1.0
    row = rows("Gunmen attacked the road which runs through Homs.", "attacked")
    assert row["Homs"][event_place.INDEX["relative_clause"]] == 1.0 and row["Homs"][event_place.INDEX["coordinated"]] == 0.0


def test_event_place_reads_the_parser_vectors_and_the_kind_of_actor(pipeline):
    from khaldun.extract import event_place

    text = "Police arrested the activist Ahmed Karimi in Faisalabad on Monday."
    finder = _finder(pipeline, text)
    tok = next(t for t in finder.doc if t.text == "arrested")
    cands = event_place.choices(finder, tok, None)
    x = event_place.features(finder, tok, cands)
    at, width = event_place.CONTEXT_AT, event_place.CONTEXT
    for k, c in enumerate(cands):  # the vector of the candidate's head word, as the parse left it
        assert (x[k, at:at + width] == finder.doc.tensor[finder.doc[c.start:c.end].root.i]).all()
    assert (x[-1, at + width:at + 2 * width] == finder.doc.tensor[tok.i]).all()  # the trigger's, on "no place"
    person = next(k for k, c in enumerate(cands) if c.place.text == "Ahmed Karimi")
    assert x[person, event_place.INDEX["actor_person"]] == 1.0
    assert _places_of(pipeline, text, "arrested") == ["Faisalabad"]


def _choices(pipeline, text: str, verb: str) -> set[str]:
    from khaldun.extract import event_place

    finder = _finder(pipeline, text)
    tok = next(t for t in finder.doc if t.text == verb)
    return {c.place.text for c in event_place.choices(finder, tok, finder.rule_location(tok))}


def test_event_place_spans_leave_out_a_lowercase_direction_or_place_noun(pipeline):
    texts = _choices(pipeline, "Rebels shelled northern Hama and Paktika province on Monday.", "shelled")
    assert {"Hama", "Paktika"} <= texts and not {"northern Hama", "Paktika province"} & texts
    texts = _choices(pipeline, "Settlers marched through East Jerusalem and the Homs Governorate.", "marched")
    assert {"East Jerusalem", "Homs Governorate"} <= texts  # capitalised: part of the name


def test_event_place_a_name_a_place_noun_describes_is_a_candidate(pipeline):
    assert "Kasese" in _choices(pipeline, "In western Kasese district, local defense units patrol day and night.",
                                "patrol")
    assert "Maheen" in _choices(pipeline, "ISIS launched an offensive to recapture the strategic village of Maheen "
                                "from the army.", "recapture")


def test_event_place_a_place_named_like_a_known_person(pipeline):
    texts = _choices(pipeline, "The army continued its operations in the East Ghouta region of Damascus on Sunday.",
                     "continued")
    assert "East Ghouta" in texts


def test_event_place_a_name_the_text_calls_a_place_is_a_cue(pipeline):
    from khaldun.extract import event_place

    finder = _finder(pipeline, "Gunmen attacked a bakery in Mansour district and fled toward Baghdad.")
    tok = next(t for t in finder.doc if t.text == "attacked")
    cands = event_place.choices(finder, tok, None)
    x = event_place.features(finder, tok, cands)
    row = {c.place.text: x[k, event_place.INDEX["named_as_place"]] for k, c in enumerate(cands)}
    assert row["Mansour"] == 1.0 and row["Baghdad"] == 0.0


def test_event_place_no_candidate_cuts_a_hyphenated_word(pipeline):
    texts = _choices(pipeline, "Gang members attacked a police station in Port-au-Prince and Al-Fijah on Monday.",
                     "attacked")
    assert {"Port-au-Prince", "Al-Fijah"} <= texts and not {"Port", "Prince", "Fijah"} & texts


def test_event_place_a_province_in_parentheses_describes_the_place(pipeline):
    places = _places_of(pipeline, "On 3 May 2021, in Port-au-Prince (Ouest), gang members attacked a police station.",
                        "attacked")
    assert places[:1] == ["Port-au-Prince"]


def test_event_place_fronted_locative_of_the_verb_stands(code):
    # a place phrase on the verb itself says where, even fronted before its subject
    e = next(e for e in code("On 17 January 2021, in Juba (Central Equatoria), the government and two rebel "
                             "groups agreed to a ceasefire.") if e["trigger"] == "agreed")
    assert e["location"]["name"].startswith("Juba")


def test_event_place_where_the_act_a_noun_names_goes(pipeline):
    from khaldun.extract.event_place import _destination

    def goal(text: str, trigger: str, name: str) -> bool:
        finder = _finder(pipeline, text)
        tok = next(t for t in finder.doc if t.text == trigger)
        place = next(p for p in finder.places.values() if p.text == name)
        return _destination(finder, tok, place)

    assert goal("On May 14, US Marines announced the deployment of 200 marines to Sicily.", "deployment", "Sicily")
    assert goal("The navy ordered the deployment of a frigate to Crete.", "deployment", "Crete")
    assert goal("The army completed the transfer of 300 prisoners into Syria.", "transfer", "Syria")
    assert not goal("Rebels announced the deployment of fighters in Sicily.", "deployment", "Sicily")
    assert not goal("Troops marched to Sicily.", "marched", "Sicily")  # a verb's goal the model weighs


def test_event_place_a_noun_trigger_takes_the_locative_of_its_verb(pipeline):
    from khaldun.extract.event_place import _verb_locative

    def place(text: str, trigger: str):
        finder = _finder(pipeline, text)
        found = _verb_locative(finder, next(t for t in finder.doc if t.text == trigger))
        return found.text if found is not None else None

    assert place("In Kidal, soldiers engaged the rebels in a gun battle.", "battle") == "Kidal"
    assert place("In Kidal, the rebels launched an attack.", "attack") == "Kidal"
    assert place("In Kidal, the rebels attacked a convoy.", "attacked") is None  # a verb's own is the model's


def test_event_place_a_town_the_tagger_read_as_a_common_word_is_a_candidate(pipeline):
    assert "Taez" in _choices(pipeline, "Government troops shelled rebel positions in Taez on Monday.", "shelled")
    texts = _choices(pipeline, "Police shelled rebel positions on Monday.", "shelled")
    assert "Police" not in texts  # a capitalised sentence start is no name unless a well-known place
    assert "French" not in _choices(pipeline, "Rebels attacked French troops in Gao.", "attacked")  # a nationality
    # ... nor when the tagger reads it as a proper noun for its capital (a county of Poland is Police)
    text = ("LAHORE, September 12 - Police in Pakistan's Punjab province arrested more than 300 supporters "
            "of the opposition yesterday.")
    assert "Police" not in _choices(pipeline, text, "arrested")


def test_event_place_dateline_read_with_the_story_s_countries(code):
    # "Islamabad" is also an old name of Chattogram, a larger city: the story's countries decide
    text = ("Pakistan closes border\n\nISLAMABAD, Sept 12 (Newswire) - Pakistani and Afghan forces exchanged "
            "fire on Thursday, Pakistani officials said.")
    events = code(text, date="2024-09-12")
    assert all(e["location"] is None or e["location"]["country"] == "PAK" for e in events), \
        [(e["trigger"], e["location"]) for e in events]


def test_event_place_span_ends_at_the_name_not_at_a_run_of_spaces(code):
    e = one(code("Gunmen killed three people in Mahawil  on Monday."), "killed")
    assert e["location"]["text"] == "Mahawil", e["location"]


def test_event_place_a_verb_that_moves_what_it_acts_on_happens_where_it_goes(code):
    text = "Rwanda sent about 1,000 soldiers and police to Cabo Delgado in July 2021 at Mozambique's request."
    e = one(code(text), "sent")
    assert e["location"] is not None and e["location"]["text"] == "Cabo Delgado", e["location"]


def test_event_place_nationwide_act_is_the_country_s(code):
    # a nationwide act happens in the whole country, not in the dateline's town
    text = "DHAKA, July 19 (Newswire) - Bangladesh imposed a nationwide curfew on Friday."
    e = one(code(text), "imposed")
    assert e["location"] and (e["location"]["name"], e["location"]["precision"]) == ("Bangladesh", "country"), e["location"]
    e = one(code("DHAKA, July 19 (Newswire) - Police arrested 40 students on Friday."), "arrested")
    assert e["location"] and e["location"]["name"] == "Dhaka", e["location"]


def _rule_place(pipeline, text: str, trigger: str) -> str | None:
    finder = _finder(pipeline, text)
    place = finder.rule_location(next(t for t in finder.doc if t.text == trigger))
    return place.text if place is not None else None


def test_event_place_people_a_place_names_are_not_there(pipeline):
    # "U.S. soldiers" are the country's, not in it: the attack's own phrase says where they died
    text = "Three U.S. soldiers were killed in a drone attack on a base in Jordan."
    assert _rule_place(pipeline, text, "killed") == "Jordan"
    assert _rule_place(pipeline, "Gunmen stormed Tripoli's airport.", "stormed") == "Tripoli"  # a thing's is


def test_event_place_an_act_a_locative_phrase_names_is_where_it_happened(pipeline):
    text = "Troops killed 40 fighters in clashes with militiamen near the regional capital Bahir Dar on Monday."
    assert _rule_place(pipeline, text, "killed") == "Bahir Dar"


def test_event_place_fronted_locative_sets_the_scene_of_what_is_reported(pipeline):
    text = "In the Gedo region, north of the capital, the army said it carried out an air strike on Wednesday."
    assert _rule_place(pipeline, text, "carried") == "Gedo"
    assert _rule_place(pipeline, text, "strike") == "Gedo"  # the noun of a light verb: where the verb is
    # where a report was made is not where what it reports happened
    assert _rule_place(pipeline, "The spokesman said in Nairobi that troops attacked a convoy.", "attacked") is None


def test_event_place_an_act_done_to_do_another_shares_its_place(pipeline):
    text = "On 17 October 2019, in Beirut (Beirut), police used tear gas to disperse protesters."
    assert _rule_place(pipeline, text, "disperse") == "Beirut"


def test_event_place_a_district_s_own_name_before_its_province_s(pipeline):
    text = "Gunmen shot a couple dead in a village in Yala's Betong district on Saturday."
    assert _rule_place(pipeline, text, "shot") == "Betong"


def test_event_place_a_known_body_or_a_community_is_never_chosen(pipeline):
    text = "The Sudanese army fought the Rapid Support Forces around the presidential palace in Khartoum."
    assert "Rapid Support Forces" not in _places_of(pipeline, text, "fought")
    text = "A suicide bomber blew himself up inside a Shi'ite mosque in western Kabul."
    assert _places_of(pipeline, text, "blew")[:1] == ["Kabul"]
    # a community's name the text calls a place is one
    text = "At least seven civilians were killed in the village of Sousan in northern Aleppo on Sunday."
    from khaldun.extract import event_place

    finder = _finder(pipeline, text)
    tok = next(t for t in finder.doc if t.text == "killed")
    sousan = [c for c in event_place.choices(finder, tok, finder.rule_location(tok)) if c.place.text == "Sousan"]
    assert all(not event_place._names_people(finder, c) for c in sousan)


def test_event_place_a_phrase_written_in_lower_case_names_no_place(code):
    # the recogniser reads "the east coast" as a place; written in lower case it names none (not
    # the gazetteer's "East ..." or "Coast ...")
    e = one(code("Pirates attacked a tanker off the east coast on Monday."), "attacked")
    assert e["location"] is None, e["location"]


def test_event_place_a_sentence_naming_no_place_is_told_of_the_lead_s_scene(code):
    # the dateline says where the report was filed from; the lead where the story happened
    text = ("KHARTOUM, May 5 (Newswire) - Paramilitary fighters shelled a market in Kassala on Sunday, "
            "residents said.\n\nThe fighters also burned dozens of homes, witnesses said.")
    e = one(code(text), "burned")
    assert e["location"] and e["location"]["name"] == "Kassala", e["location"]
    # a lead placed abroad is not the story's scene: the dateline's town stands
    text = ("KHARTOUM, May 5 (Newswire) - Sudan's army chief flew to Cairo on Sunday for talks, officials in "
            "Sudan said.\n\nSoldiers also arrested dozens of protesters in Sudan's capital, witnesses said.\n\n"
            "Police detained 12 students on Monday, officials said.")
    e = one(code(text), "detained")
    assert e["location"] and e["location"]["name"] == "Khartoum", e["location"]


def test_event_place_a_finer_place_before_in_and_a_province_is_the_place(code):
    # the parser hangs "in Cabo Delgado province" on the verb; the words say where the town lies
    e = one(code("Insurgents ambushed a convoy near the town of Mocimboa in Cabo Delgado province on Monday."),
            "ambushed")
    assert e["location"] and e["location"]["text"] == "Mocimboa", e["location"]
    e = one(code("The army fought the Rapid Support Forces in Darfur on Monday."), "fought")
    assert e["location"] and e["location"]["text"] == "Darfur", e["location"]  # a body's name is no place


def test_event_place_own_country_for_a_domestic_act_filed_from_abroad(code):
    text = ("WASHINGTON, Aug 22 (Reuters) - The United States imposed sanctions on Venezuelan officials on "
            "Thursday.\n\nVenezuelan police have arrested more than 2,000 Venezuelan opposition activists "
            "since the vote, rights groups said.")
    e = one(code(text), "arrested")
    assert e["location"]["country"] == "VEN" and e["location"]["precision"] == "country"


def test_event_place_dateline_stands_for_an_act_of_its_own_country(code):
    text = ("WASHINGTON, Aug 22 (Reuters) - Venezuela's president spoke on Thursday.\n\n"
            "American police arrested two men on Friday, officials said.")
    e = one(code(text), "arrested")
    assert e["location"]["name"] == "Washington"


def test_event_place_a_nationality_of_two_words_is_no_unknown_place(code):
    # "Sri Lankan", tagged as a name, is a demonym: never an event's location, nor an unresolved one
    text = "COLOMBO, Feb 6 (Newswire) - The navy arrested 23 fishermen for poaching in Sri Lankan waters."
    e = one(code(text), "arrested")
    assert e["location"]["name"] == "Colombo"


def test_event_place_an_envoy_s_country_is_not_where_he_is_summoned(code):
    # the ambassador is Russia's, serving in Chisinau: summoning him happened in Moldova
    text = "CHISINAU, May 3 (Newswire) - Moldova's foreign ministry summoned Russia's ambassador on Friday."
    e = one(code(text), "summoned")
    assert e["location"]["name"] == "Chisinau", e["location"]


def test_event_place_a_definite_place_noun_is_where_the_text_put_it_before(code):
    # "the jail" names again the jail the sentence before placed in Santa Ana, not the dateline's city
    text = ("SAN SALVADOR, March 3 (Newswire) - Police retook a jail on Sunday after a riot.\n"
            "Inmates at the main jail in Santa Ana rioted on Saturday, officials said.\n"
            "Soldiers stormed the jail at dawn on Sunday, firing tear gas.")
    e = one(code(text), "stormed")
    assert e["location"]["name"] == "Santa Ana", e["location"]


def test_event_place_not_the_country_an_actor_is_of(code):
    e = one(code("The Philippine foreign ministry summoned China's deputy ambassador on Friday."), "summoned")
    assert (e["location"] or {}).get("name") != "China"
    e = one(code("Police in Pakistan's Punjab province arrested 300 supporters of the party on Sunday."), "arrested")
    assert e["location"]["name"] == "Punjab"


def test_event_place_a_name_with_its_kind_of_place_is_the_place_a_sea_holds(code):
    # the recogniser reads "Sabina Shoal" as a person; its last word says it is a place
    e = one(code("A Chinese coast guard ship fired water cannon at a Philippine vessel near the disputed "
                 "Sabina Shoal in the South China Sea on Thursday."), "fired")
    assert e["location"]["text"] == "Sabina Shoal"


def test_event_place_of_a_where_clause_is_the_place_it_describes(code):
    # placed by the story, the act goes on where its clause says, not at the dateline's town
    e = one(code("YANGON, Jan 22 (Newswire) - The capture of Indaw cuts the army's main supply route to Kachin "
                 "State, where the KIA has seized several jade-mining towns since last year."), "seized")
    assert e["location"]["text"] == "Kachin State"
    # a finer place the model picks in the clause's own phrase stands
    e = one(code("The prisoners were taken to a camp at Dachau, Germany, where they were shot in 1944."), "shot")
    assert e["location"]["text"] == "Dachau"


def test_event_place_of_a_body_an_act_is_done_to_may_be_its_country(code):
    e = one(code("Thousands of farmers marched on Kenya's parliament on Tuesday."), "marched")
    assert e["location"]["name"] == "Kenya"


def test_event_place_a_building_named_as_a_body_is_no_finer_place(code):
    e = one(code("Protesters stormed the Turkish Embassy in Libya on Friday."), "stormed")
    assert e["location"]["name"] == "Libya"


def test_event_place_a_sentence_naming_none_goes_on_at_the_paragraph_s_last_place(code):
    text = ("NIAMEY, March 21 (Newswire) - Niger's government recalled its ambassador on Friday.\n\n"
            "The army said armed groups had ambushed a patrol near the town of Tera on Wednesday, killing "
            "17 soldiers. Troops killed dozens of the attackers in the fighting.\n\n"
            "Soldiers detained 20 people, the ministry said.")
    killed = [e for e in code(text) if e["trigger"] == "killed"]
    assert killed and killed[-1]["location"]["text"] == "Tera"
    detained = one(code(text), "detained")  # a new paragraph: the dateline's
    assert detained["location"]["name"] == "Niamey"
