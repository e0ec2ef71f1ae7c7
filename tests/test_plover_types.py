"""PLOVER types as the PLOVER manual defines them, the lexicon's coverage of common news verbs
and nouns, and the frames that decide which of a sentence's words is the event."""

import pytest

from conftest import find, one
from khaldun.ontologies.tables import nearest


def types(events):
    return {e["type"] for e in events}


def test_plover_an_occupation_carried_out_is_an_assault(code):
    e = one(code("Rebel fighters captured the town of Kidal on Sunday."), "captured")
    assert (e["type"], e["cameo"]) == ("ASSAULT", "192")


def test_plover_a_resignation_is_a_retreat(code):
    e = one(code("The Kenyan finance minister resigned on Monday."), "resigned")
    assert (e["type"], e["mode"]) == ("RETREAT", "resign")


def test_plover_lifting_a_curfew_is_a_concession():
    assert nearest("0813").plover == nearest("0814").plover == "CONCEDE"


def test_plover_a_threatened_act_is_one_threat(code):
    # the verb gives way to its object's threat; the object is then the one event, not nothing
    events = code("Washington threatened sanctions against Pakistan.")
    assert types(events) == {"THREATEN"}, [(e["trigger"], e["type"]) for e in events]


def test_plover_the_act_a_demand_names_is_not_done(code):
    events = code("The opposition party demanded the release of its detained leaders.")
    assert types(events) == {"REQUEST"}, [(e["trigger"], e["type"]) for e in events]


def test_plover_receiving_a_visitor_is_hosting_a_visit(code):
    assert one(code("Egypt received the Palestinian president in Cairo."), "received")["type"] == "CONSULT"
    assert one(code("Iraq received a team of UN inspectors in Baghdad."), "received")["type"] == "RETREAT"


def test_plover_expelling_diplomats_reduces_relations(code):
    assert one(code("Ghana expelled two Nigerian diplomats."), "expelled")["type"] == "SANCTION"
    assert one(code("Ghana expelled two Nigerian journalists."), "expelled")["type"] == "COERCE"


def test_plover_a_strike_by_workers_is_a_protest(code):
    assert one(code("Teachers in Nairobi went on strike on Monday."), "strike")["type"] == "PROTEST"
    assert one(code("Israeli jets carried out a strike on Gaza."), "strike")["type"] == "ASSAULT"


def test_plover_sending_aid_is_aid_and_sending_troops_mobilises(code):
    assert one(code("Japan sent $10 million in aid to Nepal."), "sent")["type"] == "AID"
    assert one(code("France sent troops to Mali."), "sent")["type"] == "MOBILIZE"


def test_plover_an_order_is_a_demand_and_what_it_orders_is_not_done(code):
    events = code("The president ordered the army to withdraw from Kidal.")
    assert types(events) == {"REQUEST"}, [(e["trigger"], e["type"]) for e in events]
    # "ordered an investigation": the investigation is ordered into being (a light verb)
    assert one(code("The prime minister ordered an investigation into the killings."), "investigation")["type"] == "ACCUSE"


@pytest.mark.parametrize("sentence, trigger, plover", [
    ("Britain congratulated Nigeria on its peaceful elections.", "congratulated", "SUPPORT"),
    ("Germany ratified the treaty with Poland on Friday.", "ratified", "SUPPORT"),
    ("President Putin discussed the crisis with Chancellor Merkel.", "discussed", "CONSULT"),
    ("Iran and Iraq reached an agreement on border security.", "reached", "AGREE"),
    ("The king pardoned 200 political prisoners.", "pardoned", "CONCEDE"),
    ("The government relaxed restrictions on foreign journalists.", "relaxed", "CONCEDE"),
    ("The rebels rebuffed an offer of talks from the government.", "rebuffed", "REJECT"),
    ("Amnesty International deplored the execution of three activists.", "deplored", "ACCUSE"),
    ("Police rounded up dozens of opposition activists in Harare.", "rounded up", "COERCE"),
    ("The government closed down two independent newspapers.", "closed", "COERCE"),
    ("Argentina broke diplomatic relations with Britain.", "broke", "SANCTION"),
    ("The European Union froze the assets of Zimbabwe's leaders.", "froze", "SANCTION"),
    ("Iraq moved troops towards the Kuwaiti border.", "moved", "MOBILIZE"),
    ("Japan granted $100 million in economic aid to Indonesia.", "granted", "AID"),
    ("Thousands of people took to the streets of Lagos on Monday.", "took", "PROTEST"),
    ("Russia annexed the Crimean peninsula in March.", "annexed", "ASSAULT"),
    ("A court in Lahore granted bail to two opposition lawmakers.", "granted", "RETREAT"),
    ("The rebels took 40 soldiers prisoner in the town.", "took", "ASSAULT"),
    ("Indian and Pakistani army commanders spoke by hotline on Thursday.", "spoke", "CONSULT"),
    ("Russia summoned Poland's charge d'affaires on Thursday.", "summoned", "ACCUSE"),
])
def test_plover_common_news_words_are_coded(code, sentence, trigger, plover):
    events = find(code(sentence), trigger)
    assert events and events[0]["type"] == plover, [(e["trigger"], e["type"]) for e in code(sentence)]


def test_plover_an_act_with_no_named_actor_is_an_event_when_it_acts_on_something(code):
    assert one(code("The agreement was signed in Doha on Monday."), "signed")["type"] == "SUPPORT"
    assert one(code("The proposal was rejected on Monday."), "rejected")["type"] == "REJECT"
    assert not code("The minister was present on Monday.")


def test_plover_what_is_lifted_is_no_event_in_the_passive_either(code):
    events = code("The curfew in Bamako was lifted on Monday.")
    assert "COERCE" not in types(events), [(e["trigger"], e["type"]) for e in events]


@pytest.mark.parametrize("sentence, trigger, plover", [
    ("The military government eased the curfew in the capital.", "eased", "CONCEDE"),
    ("The United States cut military aid to Pakistan.", "cut", "SANCTION"),
    ("The rebels reduced their attacks on the capital.", "reduced", "RETREAT"),
])
def test_plover_what_is_eased_or_cut_is_not_done(code, sentence, trigger, plover):
    # the verb that lessens an act is the one event: the curfew is not imposed, the aid not given
    events = code(sentence)
    assert types(events) == {plover}, [(e["trigger"], e["type"]) for e in events]
    assert one(events, trigger)["type"] == plover


def test_plover_a_hostage_rescue_is_aid(code):
    assert one(code("Pakistani soldiers rescued ten hostages near the Afghan border."), "rescued")["type"] == "AID"


def test_plover_a_sentence_to_prison_coerces(code):
    assert one(code("An Egyptian court sentenced three journalists to prison."), "sentenced")["type"] == "COERCE"


def test_plover_joint_exercises_cooperate_and_one_army_s_mobilise(code):
    assert one(code("Russia and China held joint naval exercises."), "exercises")["type"] == "COOPERATE"
    assert one(code("The army held exercises near the border."), "exercises")["type"] == "MOBILIZE"


def test_plover_an_expression_of_regret_is_an_apology(code):
    # CAMEO 055 (apologize), SUPPORT in the PLOVER crosswalk
    assert one(code("The minister expressed regret for the shooting."), "expressed")["cameo"] == "055"
    assert one(code("Japan made an apology to China for the incident."), "apology")["cameo"] == "055"


def test_plover_a_stated_willingness_is_an_intent_and_a_right_is_no_event(code):
    # "willingness", "readiness" state an intent (AGREE for cooperation, THREATEN for force);
    # "the right to protest" says what may be done, not that anyone means to
    assert one(code("Syria expressed willingness to negotiate with Israel."), "negotiate")["type"] == "AGREE"
    assert one(code("Iran signalled its readiness to attack the tankers."), "attack")["type"] == "THREATEN"
    assert not code("Students have the right to protest in Paris.")


@pytest.mark.parametrize("sentence, trigger, plover", [
    ("Japan banned imports of beef from the United States.", "banned", "SANCTION"),  # an embargo
    ("The government banned the opposition party.", "banned", "COERCE"),
    ("The parliament voted down the budget.", "voted", "REJECT"),
    ("Iran and the IAEA reached an understanding on inspections.", "reached", "AGREE"),
    ("The two navies conducted joint patrols.", "patrols", "COOPERATE"),
    ("Qatar withdrew its ambassador from Egypt.", "withdrew", "SANCTION"),
    ("Israel withdrew its troops from Gaza.", "withdrew", "RETREAT"),
    ("The rebels handed back the seized ships.", "handed back", "RETREAT"),
    ("The government met the demands of the striking teachers.", "met", "CONCEDE"),
    ("The president met the leaders of the striking teachers.", "met", "CONSULT"),
    ("The government gave in to the strikers.", "gave in", "CONCEDE"),
])
def test_plover_phrases_type_by_their_object(code, sentence, trigger, plover):
    assert one(code(sentence), trigger)["type"] == plover, [(e["trigger"], e["type"]) for e in code(sentence)]


@pytest.mark.parametrize("text, trigger, plover", [
    ("The rebels declared a cease-fire with the government on Sunday.", "fire", "RETREAT"),
    ("Indian peacekeepers arrived in South Sudan on Monday.", "arrived", "RETREAT"),
    ("The Chinese foreign minister arrived in Tehran on Monday.", "arrived", "CONSULT"),
    ("Police dispersed the protesters in Lagos with tear gas.", "dispersed", "ASSAULT"),
    ("Russia stationed troops in Crimea.", "stationed", "MOBILIZE"),
    ("The president bowed to pressure from the opposition.", "bowed", "CONCEDE"),
    ("Police from Spain and France launched a joint operation against drug traffickers.", "operation", "COOPERATE"),
    ("Germany recognized the independence of Croatia.", "recognized", "SUPPORT"),
    ("Argentina broke diplomatic relations with Iran.", "broke", "SANCTION"),
    ("The United States barred imports from Burma.", "barred", "SANCTION"),
    ("Germany summoned a senior Iranian diplomat.", "summoned", "ACCUSE"),
    ("Russia cancelled its talks with Japan.", "cancelled", "SANCTION"),
    ("Israel retaliated against Hezbollah positions in Lebanon.", "retaliated", "ASSAULT"),
    ("Serb forces laid siege to Sarajevo.", "siege", "COERCE"),
    ("Egypt stepped up security along its border with Libya.", "stepped", "MOBILIZE"),
    ("The United States has asked its allies to freeze the assets of the group.", "asked", "REQUEST"),
    ("Palestinian youths threw stones at Israeli soldiers in Hebron.", "threw", "PROTEST"),
    ("Militants threw grenades at a police post in Srinagar.", "threw", "ASSAULT"),
    ("The court handed down convictions against four officers.", "convictions", "ACCUSE"),
    ("Four officers were found guilty of murder.", "found", "ACCUSE"),
    ("Israel held Syria responsible for the attack.", "held", "ACCUSE"),
    ("Turkish troops pulled back from positions inside northern Iraq.", "pulled back", "RETREAT"),
    ("Kenya's defense minister stepped down after the scandal.", "stepped down", "RETREAT"),
    ("Kiribati alleged that Morocco violated the laws of war.", "alleged", "ACCUSE"),
    ("Prosecutors brought charges against the former minister.", "brought", "ACCUSE"),
    ("The opposition leveled accusations of fraud against the ruling party.", "leveled", "ACCUSE"),
])
def test_plover_common_news_paraphrases(code, text, trigger, plover):
    assert one(code(text), trigger)["type"] == plover


@pytest.mark.parametrize("text, trigger, plover", [
    ("China voiced strong dissatisfaction with the US arms sale to Taiwan.", "voiced", "ACCUSE"),
    ("Washington expressed disappointment with the Israeli decision.", "expressed", "ACCUSE"),
    ("France expressed outrage at the killing of its ambassador.", "expressed", "ACCUSE"),
    ("The prosecutor charged the former minister with corruption.", "charged", "ACCUSE"),
    ("The Security Council voted against the resolution.", "voted", "REJECT"),
    ("Russia voiced opposition to the NATO plan.", "voiced", "REJECT"),
    ("The Sudanese government and the rebels struck a deal to end the fighting.", "struck", "AGREE"),
    ("Ethiopia and Eritrea concluded a border accord.", "concluded", "AGREE"),
    ("Israel agreed to a ceasefire with Hamas.", "agreed", "AGREE"),
    ("Putin spoke by telephone with Erdogan.", "spoke", "CONSULT"),
    ("The president reaffirmed his support for the peace process.", "reaffirmed", "SUPPORT"),
    ("France and Germany joined forces with Britain against piracy.", "joined", "COOPERATE"),
    ("The IMF disbursed $1 billion to Pakistan.", "disbursed", "AID"),
    ("China slapped tariffs on Australian wine.", "slapped tariffs", "SANCTION"),
    ("Rebels overthrew the government of President Mobutu.", "overthrew", "ASSAULT"),
    ("The junta exiled the former prime minister.", "exiled", "COERCE"),
    ("Egypt announced its support for the Saudi initiative.", "announced", "SUPPORT"),
    ("The former minister faces charges of corruption.", "charges", "ACCUSE"),
    ("The trial of the former president began in Baghdad.", "trial", "ACCUSE"),
])
def test_plover_newswire_light_verbs_and_phrases(code, text, trigger, plover):
    # the idioms wire copy uses for each type: a feeling voiced, a deal struck, a vote against
    assert one(code(text), trigger)["type"] == plover, [(e["trigger"], e["type"]) for e in code(text)]


def test_plover_a_vow_is_a_threat_only_when_what_is_vowed_is_one(code):
    # a vow of force is a threat; a vow to cooperate is a promise (AGREE), as "pledged to" is
    assert one(code("Egypt and Israel vowed to strengthen bilateral ties."), "strengthen")["type"] == "AGREE"
    assert one(code("The rebels vowed to attack the capital."), "attack")["type"] == "THREATEN"


def test_plover_what_is_sought_is_asked_for_not_promised(code):
    # "sought assistance": a request to others, not an offer of one's own aid
    events = code("The Kenyan government sought international assistance to fight the fires.")
    assert types(events) == {"REQUEST"}, [(e["trigger"], e["type"]) for e in events]


def test_plover_a_promise_negated_is_a_refusal_that_was_made(code):
    # "will not negotiate": no negotiation is promised; the refusal is said, so it is asserted
    e = one(code("The government said it would not negotiate with the rebels."), "negotiate")
    assert (e["type"], e["cameo"], e["certainty"]) == ("REJECT", "125", "asserted")
    e = one(code("Iraq said it would not allow UN inspectors into the palaces."), "allow")
    assert (e["type"], e["cameo"]) == ("REJECT", "124")
    assert one(code("Iraq said it would allow UN inspectors into the palaces."), "allow")["type"] == "AGREE"
    # force foretold and negated is no refusal
    assert not find(code("Israel said it would not attack Iran."), type="REJECT")
    # an agent that holds no plan to act refuses; a plan nobody holds is no one's refusal
    assert one(code("Israel has no plans to withdraw from the Golan Heights."), "withdraw")["type"] == "REJECT"
    assert not find(code("There was no plan to evacuate the embassy."), type="REJECT")
    assert not find(code("Israel pledged not to withdraw from the Golan Heights."), type="REJECT")


def test_plover_wanting_another_to_act_is_a_demand(code):
    # an infinitive with a subject of its own is asked of that subject; without one it is the own intent
    events = code("Greece wants Turkey to withdraw its troops from Cyprus.")
    assert types(events) == {"REQUEST"}, [(e["trigger"], e["type"]) for e in events]
    assert one(code("Greece wants to join the talks with Turkey."), "talks")["type"] == "AGREE"


def test_plover_force_one_is_prepared_to_use_is_a_threat(code):
    assert one(code("Pakistan is prepared to use force against India."), "use")["type"] == "THREATEN"


def test_plover_a_deadline_set_is_an_ultimatum_and_what_it_asks_is_not_done(code):
    events = code("The rebels set a deadline for the government to release their leader.")
    assert types(events) == {"THREATEN"}, [(e["trigger"], e["type"]) for e in events]


def test_plover_a_coercive_act_under_consideration_is_a_threat(code):
    # a state that says it is weighing sanctions or a rupture states its readiness to impose them
    assert one(code("Kenya said it was considering cutting diplomatic relations with Sudan."), "cutting")["type"] == "THREATEN"
    assert one(code("Syria said it would not attend the peace conference in Madrid."), "attend")["type"] == "REJECT"


def test_plover_support_rallied_is_support(code):
    assert one(code("The minister rallied support for the peace plan."), "rallied")["type"] == "SUPPORT"


def test_plover_stopping_cooperation_or_aid_reduces_relations(code):
    # as stopping a coercive act eases it, stopping a cooperative one is a SANCTION
    e = one(code("The United States ended military cooperation with Indonesia."), "cooperation")
    assert (e["type"], e["cameo"]) == ("SANCTION", "160")
    assert one(code("Washington halted aid to Nicaragua."), "halted")["type"] == "SANCTION"


def test_plover_a_speaker_saying_its_side_may_act_states_an_intent(code):
    # "said it may impose martial law": a threat, hedged; another's possible act stays that act
    e = one(code("The military said it may impose martial law in the province."), "martial law")
    assert (e["type"], e["certainty"]) == ("THREATEN", "hedged")
    assert one(code("Syria said it may resume talks with Israel."), "talks")["type"] == "AGREE"
    assert one(code("The army said rebels may have attacked the town."), "attacked")["type"] == "ASSAULT"


def test_plover_charges_are_accusations_but_being_in_charge_is_none(code):
    # the plural names the accusation; "in charge of" names a post
    assert not find(code("The minister in charge of defence met the Egyptian ambassador."), type="ACCUSE")


def test_plover_an_act_one_is_determined_or_poised_to_do_is_intended(code):
    assert one(code("The EU is poised to impose sanctions on Belarus."), "sanctions")["type"] == "THREATEN"
    assert one(code("The United States is determined to impose sanctions on Iraq."), "sanctions")["type"] == "THREATEN"


def test_plover_an_act_begun_or_continued_is_as_intended_as_its_verb(code):
    # "threatened to begin attacking": the attack is threatened, not done; one event
    events = code("The rebels threatened to begin attacking government positions.")
    assert types(events) == {"THREATEN"}, [(e["trigger"], e["type"]) for e in events]
    assert one(code("Japan pledged to continue providing aid to Cambodia."), "providing")["type"] == "AGREE"


def test_plover_a_demand_dropped_is_a_concession_and_a_siege_lifted_a_retreat(code):
    # the PLOVER manual: "withdrawing a demand should be coded as CONCEDE"; easing a blockade is RETREAT
    e = one(code("The rebels dropped their demand for the resignation of the president."), "demand")
    assert e["type"] == "CONCEDE"
    assert one(code("Serb forces lifted the siege of Sarajevo."), "lifted")["type"] == "RETREAT"
    assert one(code("The court acquitted the opposition leader."), "acquitted")["type"] == "CONCEDE"
    assert one(code("Israel permitted UN monitors to enter the camp."), "permitted")["type"] == "RETREAT"


def test_plover_an_act_on_ones_own_forces_has_no_target(code):
    # "its forces" are the army's own: no party acts on itself, yet the alert is raised
    e = one(code("The Indian army put its forces on high alert."), "alert")
    assert e["type"] == "MOBILIZE" and e["target"] is None and e["source"]["country"] == "IND"



def test_plover_word_classes_read_what_an_act_takes(pipeline):
    # "a series of towns": the towns are what is taken; a sector is a place; a bodyguard a person
    from khaldun.evaluation import parsed

    text = "The army took a series of towns, the eastern sector and the chief bodyguard."
    (doc, finder), = parsed(pipeline, [(text, None)])
    tok = {t.text: t for t in doc}
    assert finder.sense._head_noun(tok["series"]).text == "towns"
    assert finder.sense.is_a(tok["sector"], "place") and finder.sense.is_a(tok["bodyguard"], "person")


def test_plover_people_counted_by_the_hundred_are_a_crowd(pipeline, code):
    # "hundreds of Palestinians threw stones": a crowd's stone-throwing is a violent protest; a
    # count of soldiers stays an armed force
    from khaldun.evaluation import parsed

    text = "Hundreds of Palestinians and dozens of soldiers gathered."
    (doc, finder), = parsed(pipeline, [(text, None)])
    tok = {t.text: t for t in doc}
    assert finder.sense.is_a(tok["Hundreds"], "crowd") and not finder.sense.is_a(tok["dozens"], "crowd")
    assert one(code("Hundreds of Palestinians threw stones at Israeli troops."), "threw")["type"] == "PROTEST"
    assert one(code("Dozens of soldiers threw grenades at the protesters."), "threw")["type"] == "ASSAULT"


def test_plover_a_death_by_an_act_is_that_act_on_the_dead(code):
    e = one(code("A Palestinian prisoner died as a result of torture in an Israeli jail."), "torture")
    assert e["type"] == "ASSAULT" and e["source"] is None
    events = code("Four Afghan civilians died from the shelling.")
    assert types(events) == {"ASSAULT"}
    assert all(e["source"] is None for e in events), [(e["source"], e["target"]) for e in events]


def test_plover_a_reprisal_foretold_is_a_threat(code):
    assert one(code("Hamas threatened retaliation against Israel."), "retaliation")["type"] == "THREATEN"
    assert one(code("The army said it would punish the rebels."), "punish")["type"] == "THREATEN"
    e = one(code("The Iraqi government said the attackers would not escape punishment."), "punishment")
    assert e["type"] == "THREATEN" and e["certainty"] == "asserted"
    # an act foretold with no agent of its own is the speaker's threat, on the one it will befall
    assert e["source"]["country"] == "IRQ" and e["target"]["text"] == "the attackers"


def test_plover_force_promised_in_answer_to_force_is_a_threat(code):
    # "respond" is force only when what it answers is an act of force and a state or army answers
    assert one(code("The Iranian army will respond to any aggression."), "respond")["type"] == "THREATEN"
    assert one(code("Israel responded to the rocket attack with air strikes on Gaza."), "responded")["type"] == "ASSAULT"
    assert not find(code("Emergency services responded to the attack in Nairobi."), trigger="responded")
    assert not find(code("Iran responded to the proposal by Israel."), trigger="responded")


def test_plover_a_collective_noun_counts_the_noun_it_governs(code):
    # the restriction "subj=peacekeeper" and the actor are read through "a detachment of"
    assert one(code("A detachment of Indian peacekeepers arrived in South Sudan on Monday."), "arrived")["type"] == "RETREAT"
    e = one(code("Two squads of Israeli soldiers raided the village of Beit Ummar."), "raided")
    assert e["source"]["country"] == "ISR"


@pytest.mark.parametrize("text", [
    "The soldiers had orders to shoot protesters.",
    "Its warships have instructions to fire only in self-defence.",
    "The UN mission has a mandate to protect civilians.",
])
def test_plover_an_act_one_is_ordered_or_mandated_to_do_is_not_done(code, text):
    # the order says what is to be done; the text does not say it was
    assert not [e for e in code(text) if e["certainty"] == "asserted"], [(e["trigger"], e["type"]) for e in code(text)]


def test_plover_a_warning_is_a_threat_only_when_coercive(code):
    # the PLOVER manual's THREATEN: "coercive or forceful warnings"; a forecast warns of no act
    assert one(code("Iran warned Israel that it would pay a heavy price."), "warned")["type"] == "THREATEN"
    assert one(code("Iran warned that it would close the Strait of Hormuz."), "warned")["type"] == "THREATEN"
    assert not code("Economists warned of a recession in Japan.")
    assert not code("Economists warned that the famine would spread to Somalia.")
    assert one(code("Rebels warned that drivers would be treated as combatants."), "warned")["type"] == "THREATEN"


def test_plover_a_patrol_that_is_attacked_is_a_unit(code):
    events = code("Rebels ambushed a Malian army patrol near Gao.")
    assert types(events) == {"ASSAULT"}, [(e["trigger"], e["type"]) for e in events]
    assert one(code("Indian troops began patrols along the border."), "patrols")["type"] == "MOBILIZE"


def test_plover_restrictions_read_the_governing_verb_and_the_complement(pipeline):
    # head: the verb whose argument the trigger is (not a light verb that carries it); comp_subj:
    # the subject of its clausal complement; act: a word of the lexicon, or a light verb with one
    from khaldun.evaluation import parsed

    text = "Rebels ambushed a patrol. Troops began patrols. Iran warned that it would launch attacks. " \
           "Experts warned that the famine would spread. Iran warned that the attacks would continue. " \
           "Officials said troops attacked the town."
    (doc, finder), = parsed(pipeline, [(text, None)])
    patrol, patrols = (t for t in doc if t.lemma_ == "patrol")
    threat, forecast, told = (t for t in doc if t.lemma_ == "warn")
    holds = finder.sense.holds
    assert not holds("head!=act", None, [], (), patrol) and holds("head=act", None, [], (), patrol)
    assert holds("head!=act", None, [], (), patrols) and holds("head=none", None, [], (), patrols)
    assert holds("head=reporting", None, [], (), next(t for t in doc if t.lower_ == "attacked"))
    assert holds("comp_subj=none", None, [], (), patrol) and holds("comp_subj=act", None, [], (), told)
    assert holds("comp_subj=thing", None, [], (), forecast) and not holds("comp_subj=thing", None, [], (), threat)


def test_plover_restrictions_name_word_roles_and_refuse_unknown_classes():
    from khaldun.errors import ConfigError
    from khaldun.extract.sense import parse

    assert parse("head=light_verb")[0].classes == ("light_verb",)
    with pytest.raises(ConfigError):
        parse("head=no_such_class")


def test_plover_an_accord_that_comes_into_effect_is_declared(code):
    # an occurrence verb says the truce began: it is declared, not an accord another act is about
    events = code("The truce between Israel and Hamas came into force on Sunday.")
    assert types(events) == {"RETREAT"}, [(e["trigger"], e["type"]) for e in events]


def test_plover_a_member_of_a_body_is_a_person(code):
    e = one(code("A senior member of the opposition bloc, Alexander Kovalev, was beaten by a group of men."), "beaten")
    assert e["type"] == "ASSAULT"


def test_plover_a_treaty_named_like_a_body_is_signed(code):
    e = one(code("The president has signed the Treaty on the Accession of Malta to the EU."), "signed")
    assert e["type"] == "SUPPORT"
    assert one(code("Israel inked a peace treaty with Jordan."), "inked")["type"] == "SUPPORT"


def test_plover_a_conference_held_is_a_meeting_and_one_for_the_press_is_not(code):
    e = one(code("Arab foreign ministers held a conference in Cairo on the crisis."), "conference")
    assert e["type"] == "CONSULT"
    assert not code("The minister told a news conference in Cairo on Sunday.")


def test_plover_military_action_foretold_is_a_threat(code):
    e = one(code("Turkey said it would take military action against Kurdish militants in Syria."), "action")
    assert e["type"] == "THREATEN" and e["source"]["country"] == "TUR"


def test_plover_an_intention_of_doing_is_read_as_one_to_do(code):
    # "no intention of withdrawing" refuses as "no intention to withdraw" does; an intention
    # announced is the intender's own
    e = one(code("Moscow said it had no intention of withdrawing its forces."), "withdrawing")
    assert e["type"] == "REJECT" and e["source"]["country"] == "RUS"
    e = one(code("The Sudanese government announced its intention of negotiating with the rebels."), "negotiating")
    assert e["type"] == "AGREE" and e["source"]["country"] == "SDN"


def test_plover_a_meeting_travelled_to_is_held(code):
    # the purpose of a journey made is a meeting held, as a protest is made by the act it is the
    # purpose of; the purpose of another act stays undone
    e = one(code("Arafat flew to Cairo to meet Mubarak."), "meet")
    assert e["type"] == "CONSULT"
    assert not code("Troops went to the village to arrest the suspects.")


def test_plover_a_claim_brushed_aside_is_rejected_and_a_verdict_appealed_is_no_request(code):
    assert one(code("Tehran brushed aside the UN resolution."), "brushed aside")["type"] == "REJECT"
    assert not code("Lawyers for the detainees appealed against the verdict.")


def test_plover_a_law_signed_is_enacted_not_agreed(code):
    # a head of state signs a law into force with no other party: no formal agreement (057)
    assert not find(code("The president signed the law on Thursday evening."), "signed")
    assert one(code("Israel signed a peace treaty with Jordan."), "signed")["type"] == "SUPPORT"


@pytest.mark.parametrize("sentence, trigger, plover", [
    ("The two sides agreed to a ceasefire on Monday.", "agreed", "AGREE"),
    ("The warring parties agreed to a truce.", "agreed", "AGREE"),
    ("The group agreed to the terms.", "agreed", "AGREE"),
    ("The alliance agreed to the plan.", "agreed", "AGREE"),
    ("The bloc threatened to walk out of the talks.", "walk", "THREATEN"),
])
def test_plover_an_act_of_parties_told_only_by_what_they_are_is_an_event(code, sentence, trigger, plover):
    # sides or a body the story never named: the act is clear though no party can be coded
    assert one(code(sentence), trigger)["type"] == plover


def test_plover_an_act_of_no_one_with_only_an_oblique_is_still_no_event(code):
    assert not code("Economists disagree about the causes of inflation.")
    assert not code("The minister was present on Monday.")


def test_plover_what_a_threat_holds_out_is_not_done(code):
    # "threatened Iraq with air strikes": one threat; the strikes are its means, not an assault
    events = code("The United States threatened Iraq with air strikes.")
    assert types(events) == {"THREATEN"}, [(e["trigger"], e["type"]) for e in events]
    assert one(code("The army attacked the town with air strikes."), "attacked")["type"] == "ASSAULT"


@pytest.mark.parametrize("sentence, trigger, plover", [
    ("Iraq amassed troops on the Kuwaiti border.", "amassed", "MOBILIZE"),
    ("Syria redeployed troops to the north.", "redeployed", "MOBILIZE"),
    ("Rights groups denounced the harassment of journalists.", "harassment", "COERCE"),
    ("The government tightened censorship of the press.", "censorship", "COERCE"),
    ("The government imposed a lockdown on the city.", "lockdown", "COERCE"),
    ("Iran menaced its neighbours.", "menaced", "THREATEN"),
    ("The president disagreed with the verdict.", "disagreed", "REJECT"),
])
def test_plover_words_of_coercion_mobilisation_threat_and_rejection(code, sentence, trigger, plover):
    assert one(code(sentence), trigger)["type"] == plover, [(e["trigger"], e["type"]) for e in code(sentence)]


@pytest.mark.parametrize("sentence, trigger", [
    ("The army pledged to wipe out the rebels.", "wipe out"),
    ("The army pledged to eliminate the rebels.", "eliminate"),
    ("The army pledged to root out the rebels.", "root out"),
    ("The army pledged to rout the rebels.", "rout"),
])
def test_plover_a_pledge_to_destroy_a_foe_is_a_threat(code, sentence, trigger):
    # the destroying is an act of force, so the pledge to do it threatens, it agrees to nothing
    events = code(sentence)
    assert types(events) == {"THREATEN"}, [(e["trigger"], e["type"]) for e in events]
    assert one(events, trigger)["type"] == "THREATEN"
    assert types(code("The government pledged to eliminate poverty.")) == {"AGREE"}
