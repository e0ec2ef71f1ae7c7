"""Event roles: who acts and who is acted upon, where the object of the verb names no one."""

from conftest import one


def country(actor):
    return actor["country"] if actor else None


def test_roles_target_in_a_prepositional_phrase_under_a_thing(code):
    # the verb's object is a thing; the party acted upon is inside its phrase
    e = one(code("Norway called for sanctions against Venezuela on Monday."), "call")
    assert country(e["source"]) == "NOR" and country(e["target"]) == "VEN"


def test_roles_recipient_parsed_as_dative(code):
    e = one(code("Canada is providing medical supplies and tents to Haiti, officials said."), "providing")
    assert country(e["source"]) == "CAN" and country(e["target"]) == "HTI"


def test_roles_country_in_a_locative_phrase_is_the_party(code):
    e = one(code("Kenya eased travel restrictions in Somalia on Tuesday."), "eased")
    assert country(e["source"]) == "KEN" and country(e["target"]) == "SOM"


def test_roles_own_possessive_is_not_the_target(code):
    e = one(code("Peru accepted a plan to settle its border dispute with its neighbours."), "accepted")
    assert country(e["source"]) == "PER" and e["target"] is None


def test_roles_town_where_it_happened_is_no_target(code):
    events = code("Rebels detonated a bomb at a market in Mosul.")
    e = one(events, "detonated")
    assert e["target"] is None or country(e["target"]) != "IRQ"


def test_roles_force_on_a_holy_site_school_or_hospital_falls_on_those_who_gather_there(code):
    e = one(code("Police raided a mosque in Cairo and arrested 20 people."), "raided")
    assert (country(e["target"]), e["target"]["sector"]) == ("EGY", "REL")
    e = one(code("Gunmen attacked a school in northern Nigeria."), "attacked")
    assert (country(e["target"]), e["target"]["sector"]) == ("NGA", "EDU")
    # also where the site is only where it was done, as no party is named as acted on
    e = one(code("A suicide bomber blew himself up inside a mosque in the Pakistani city of Peshawar."), "blew")
    assert (country(e["target"]), e["target"]["sector"]) == ("PAK", "REL")
    # ... but whoever the act's own words name as hurt comes first
    e = one(code("A suicide bomber detonated explosives at a school in Kabul, killing 12 civilians."), "detonated")
    assert e["target"]["text"] == "12 civilians"


def test_roles_an_armed_modifier_says_whose_positions_were_hit(code):
    e = one(code("Government troops attacked Tamil rebel positions in the north of Sri Lanka."), "attacked")
    assert (country(e["target"]), e["target"]["sector"]) == ("LKA", "REB")
    e = one(code("Israeli troops attacked Syrian army positions."), "attacked")
    assert (country(e["target"]), e["target"]["sector"]) == ("SYR", "MIL")


def test_roles_curfew_and_emergency_rule_fall_on_the_people(code):
    # on those of the place it is imposed in, or else of the imposer's own country
    e = one(code("Bangladesh imposed a nationwide curfew on Friday."), "imposed")
    assert (country(e["target"]), e["target"]["sector"]) == ("BGD", "CVL")
    e = one(code("President Mubarak extended the state of emergency for three more years."), "extended")
    assert (country(e["target"]), e["target"]["sector"]) == ("EGY", "CVL")
    # a party named as the one it is imposed on is the target
    e = one(code("Thailand imposed martial law on the three southern provinces of Malaysia."), "imposed")
    assert country(e["target"]) == "MYS"


def test_roles_a_warning_is_aimed_at_whom_the_act_it_warns_of_falls_on(code):
    e = one(code("Russia warned it could deploy troops in Crimea."), "warned")
    assert country(e["source"]) == "RUS" and country(e["target"]) == "UKR"
    # not at the warner's own country ("would respond in Iran": Iran's own act)
    e = one(code("Iran warned it would hold military exercises in Iran."), "warned")
    assert e["target"] is None or country(e["target"]) != "IRN"


def test_roles_forces_moved_to_a_frontier_face_whoever_is_across_it(code):
    e = one(code("Syria massed troops on its border with Jordan."), "massed")
    assert country(e["source"]) == "SYR" and country(e["target"]) == "JOR"
    e = one(code("India deployed troops along the Pakistani border."), "deployed")
    assert country(e["target"]) == "PAK"
    e = one(code("Iran deployed troops along its own border."), "deployed")
    assert e["target"] is None


def test_roles_what_a_promised_act_moves_is_no_party(code):
    # the troops sent are the sender's; the place they go to is the party
    e = one(code("NATO agreed to send 4,000 more troops to Kosovo."), "agreed")
    assert country(e["source"]) == "IGO" and country(e["target"]) == "XKX" and e["target"]["sector"] is None


def test_roles_demonym_on_a_thing_names_the_party(code):
    e = one(code("Thailand threatened to impose restrictions against Malaysian goods."), "threatened")
    assert country(e["source"]) == "THA" and country(e["target"]) == "MYS"


def test_roles_party_acted_against_before_the_country_it_happened_in(code):
    e = one(code("Farmers staged protests in Belgium against France on Monday."), "protest")
    assert country(e["target"]) == "FRA"


def test_roles_thing_stands_for_the_side_it_belongs_to(code):
    e = one(code("Turkish army tanks shelled the village on Tuesday."), "shelled")
    assert (country(e["source"]), e["source"]["sector"]) == ("TUR", "MIL")


def test_roles_lodged_protest_is_the_lodger_s(code):
    e = one(code("Greece lodged a formal protest over the flights on Friday."), "protest")
    assert country(e["source"]) == "GRC"


def test_roles_territory_a_nominal_act_is_imposed_in_is_its_party(code):
    # the noun's own "in" phrase names a territory, as "eased restrictions in Somalia" does for a verb;
    # the people named in the act's occasion ("following the killing of ...") are another event's
    e = one(code("Egypt reimposed a blockade in the Gaza Strip following the killing of three Egyptian soldiers."),
            "blockade")
    assert country(e["source"]) == "EGY" and country(e["target"]) == "PSE"


def test_roles_the_one_asked_to_act_is_the_target_of_a_call(code):
    e = one(code("France called for the United Nations to send more troops to Mali."), "called")
    assert country(e["source"]) == "FRA" and e["target"]["country"] == "UNO"


def test_roles_force_used_to_disperse_people_is_aimed_at_them(code):
    e = one(code("Riot police fired tear gas to disperse the protesters in Harare."), "fired")
    assert e["source"]["sector"] == "COP" and e["target"]["sector"] == "OPP"


def test_roles_nationality_before_people_names_them_with_their_sector(code):
    # the phrase search finds the nationality; the people its noun names are the party, and
    # "civilian" gives them a sector when the noun has none of its own
    e = one(code("Bandits have kidnapped up to 12 Chinese civilian advisers near the mine."), "kidnapped")
    assert (country(e["target"]), e["target"]["sector"]) == ("CHN", "CVL")
    # a thing the nationality is said of is no group of people: the country stays the party
    e = one(code("Militants fired rockets at Israeli civilian towns on Friday."), "fired")
    assert (country(e["target"]), e["target"]["sector"]) == ("ISR", None)


def test_roles_agent_of_a_nominal_act_hung_on_its_object(code):
    e = one(code("The arrest of the opposition leader by Zimbabwean police sparked protests."), "arrest")
    assert (country(e["source"]), e["source"]["sector"]) == ("ZWE", "COP") and e["target"]["sector"] == "OPP"


def test_roles_participle_of_a_light_verb_gives_the_noun_its_arguments(code):
    e = one(code("A nightly curfew imposed in Lesotho by the army has angered residents."), "curfew")
    assert (country(e["source"]), e["source"]["sector"]) == ("LSO", "MIL") and country(e["target"]) == "LSO"


def test_roles_who_comes_for_an_act_takes_part_in_it(code):
    e = one(code("Hundreds of farmers gathered in Accra on Monday for a demonstration."), "demonstration")
    assert country(e["source"]) == "GHA"


def test_roles_subject_the_parse_made_a_participle(code):
    # "operating" read as the subject, with "the Red Cross" as its own: the speaker is the Red Cross
    e = one(code("The Red Cross operating in Yemen said Saudi forces must allow aid convoys through."), "said")
    assert e["source"]["name"].endswith("Red Cross") and country(e["target"]) == "SAU"


def test_roles_an_act_done_to_an_act_is_done_to_its_agent(code):
    # the arrested journalists are the arrest's target, not the condemnation's
    events = [e for e in code("Kenya condemned Uganda's arrest of two Kenyan journalists.") if e["type"] == "ACCUSE"]
    assert [country(e["target"]) for e in events] == ["UGA"]


def test_roles_verb_preposition_hung_on_the_thing_moved(code):
    e = one(code("Algeria recalled its ambassador from Spain on Friday."), "recalled")
    assert country(e["source"]) == "DZA" and country(e["target"]) == "ESP"


def test_roles_criticism_drawn_from_someone_is_theirs(code):
    e = one(code("Zambia faced condemnation from the European Union over the arrests."), "condemnation")
    assert e["source"]["country"] == "EUR" and country(e["target"]) == "ZMB"


def test_roles_an_act_offered_is_the_offerer_s(code):
    e = one(code("Japan offered Indonesia emergency aid after the earthquake."), "aid")
    assert country(e["source"]) == "JPN" and country(e["target"]) == "IDN"


def test_roles_counterpart_holds_the_source_s_post_for_another_country(code):
    e = one(code("The French foreign minister telephoned his Algerian counterpart on Sunday."), "telephoned")
    assert (country(e["target"]), e["target"]["sector"]) == ("DZA", "GOV")


def test_roles_a_protest_is_aimed_at_whom_its_purpose_makes_a_claim_on(code):
    e = one(code("Hundreds of farmers blocked highways near Lima on Monday to demand the resignation of the "
                 "Peruvian agriculture minister."), "blocked")
    assert (country(e["target"]), e["target"]["sector"]) == ("PER", "GOV")


def test_roles_granted_act_is_the_granter_s(code):
    e = one(code("Iraq granted amnesty to hundreds of Sunni insurgents."), "amnesty")
    assert country(e["source"]) == "IRQ" and e["target"]["sector"] is not None


def test_roles_force_used_on_a_town_is_used_on_its_people(code):
    # a capital named as a party stands for its government ("Kabul rejected the offer"); shelled, it is a town
    e = one(code("Taliban fighters shelled Kabul on Sunday."), "shelled")
    assert (country(e["target"]), e["target"]["sector"]) == ("AFG", "CVL")
    # who was hit in the town is inferred, not said: ACLED reads no side there, and an armed group
    # attacking a town fights whoever holds it
    e = one(code("Islamist rebels attacked Gao on Monday."), "attacked")
    assert e["target"]["sector"] == "CVL" and e["acled"]["event_type"] == "Battles"


def test_roles_a_noun_s_addressee_by_a_preposition_its_row_does_not_list(code):
    e = one(code("Greece lodged a complaint with Turkey about the airspace violations."), "complaint")
    assert country(e["source"]) == "GRC" and country(e["target"]) == "TUR"


def test_roles_paid_visit_is_the_visitor_s(code):
    e = one(code("The Indian prime minister paid a visit to Bangladesh last week."), "visit")
    assert (country(e["source"]), e["source"]["sector"]) == ("IND", "GOV") and country(e["target"]) == "BGD"


def test_roles_force_used_on_a_nation_s_homes_is_used_on_its_civilians(code):
    e = one(code("Eritrean soldiers burned down Ethiopian homes near the border."), "burned")
    assert (country(e["target"]), e["target"]["sector"]) == ("ETH", "CVL")


def test_roles_who_uses_a_thing_to_act_does_the_act(code):
    e = one(code("Riot police used tear gas to disperse the protesters in Kampala."), "disperse")
    assert e["source"]["sector"] == "COP" and e["target"]["sector"] == "OPP"


def test_roles_who_comes_under_or_suffers_an_attack_is_its_target(code):
    e = one(code("A Malian army convoy came under attack from jihadist fighters near Gao."), "attack")
    assert e["source"]["sector"] == "REB" and (country(e["target"]), e["target"]["sector"]) == ("MLI", "MIL")
    e = one(code("The Afghan embassy suffered an attack by Taliban gunmen."), "attack")
    assert e["source"]["sector"] == "REB" and country(e["target"]) == "AFG"


def test_roles_force_used_on_a_nation_s_positions_is_used_on_its_forces(code):
    e = one(code("Hezbollah fighters attacked Israeli positions near the border."), "attacked")
    assert (country(e["target"]), e["target"]["sector"]) == ("ISR", "MIL")


def test_roles_an_act_a_party_is_warned_to_do_is_asked_of_it_not_threatened_by_it(code):
    # "warned X not to attack": the warning is the warner's, aimed at X; X threatens no one
    events = code("Turkey warned the Kurdish rebels not to attack its border posts.")
    e = one(events, "warned", "THREATEN")
    assert country(e["source"]) == "TUR" and e["target"]["sector"] == "REB"
    assert not [x for x in events if x["source"] and x["source"]["sector"] == "REB"]


def test_roles_partner_an_act_was_agreed_with_is_its_target(code):
    e = one(code("Ethiopia agreed with Eritrea to reopen their border."), type="AGREE")
    assert country(e["source"]) == "ETH" and country(e["target"]) == "ERI"


def test_roles_an_act_a_party_is_committed_to_is_its_own_intent(code):
    e = one(code("The accord commits Rwanda to withdraw its troops from eastern Congo."), type="AGREE")
    assert country(e["source"]) == "RWA" and country(e["target"]) == "COD"


def test_roles_an_act_a_party_is_told_to_do_is_not_done(code):
    events = code("The minister told the rebels to lay down their arms.")
    assert not [e for e in events if e["source"] and e["source"]["sector"] == "REB"]


def test_roles_one_held_to_an_act_by_a_passive_verb_does_it(code):
    e = one(code("The rebels were forced to release the hostages."), "release")
    assert e["source"]["sector"] == "REB" and e["target"]["sector"] == "CVL"


def test_roles_place_left_through_a_two_word_preposition_is_the_target(code):
    e = one(code("Ethiopia pulled its troops out of Somalia."), "pulled")
    assert country(e["source"]) == "ETH" and country(e["target"]) == "SOM"


def test_roles_act_agreed_to_as_a_noun_is_the_agreeing_party_s(code):
    e = one(code("The government agreed to talks with the opposition."), "talks")
    assert e["source"]["sector"] == "GOV" and e["target"]["sector"] == "OPP"


def test_roles_subject_of_a_passive_that_keeps_its_object_is_given_it(code):
    e = one(code("Syria was given an ultimatum by the Arab League."), type="THREATEN")
    assert country(e["source"]) == "IGO" and country(e["target"]) == "SYR"


def test_roles_passive_agent_hung_on_the_recipient_is_the_source(code):
    e = one(code("Weapons were supplied to the rebels by Iran."), "supplied")
    assert country(e["source"]) == "IRN" and e["target"]["sector"] == "REB"


def test_roles_party_named_on_an_offered_act_is_its_recipient(code):
    # the parse makes "Sudan" a modifier of "relief"; the offerer is the one who acts
    e = one(code("The IMF offered Sudan debt relief."), "relief")
    assert country(e["source"]) == "IGO" and country(e["target"]) == "SDN"
