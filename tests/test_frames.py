"""Clause frames: one typed record per predicate, read from the real parse."""

import json

import pytest

from khaldun.records import Modality


@pytest.fixture(scope="module")
def frames(pipeline):
    def run(text: str, predicate: str):
        found = [f for f in pipeline.frames(text, date="2020-06-15") if f.predicate.lower().endswith(predicate)]
        assert found, f"no frame for {predicate!r} in " + repr([f.predicate for f in pipeline.frames(text)])
        return found[0]

    return run


def args(frame, role):
    return [a.text for a in frame.role(role)]


def test_frames_active_voice_roles_and_tense(frames):
    f = frames("Rebels attacked the army base in Kidal on Friday.", "attacked")
    assert (f.lemma, f.pos, f.voice, f.polarity, f.modality, f.tense) == \
        ("attack", "VERB", "active", True, Modality.ASSERTED, "past")
    assert args(f, "agent") == ["Rebels"] and args(f, "patient") == ["the army base in Kidal"]
    assert args(f, "temporal") == ["Friday"]


def test_frames_passive_agent_and_patient(frames):
    f = frames("The journalist was arrested by police in Cairo.", "arrested")
    assert f.voice == "passive"
    assert args(f, "patient") == ["The journalist"] and args(f, "agent")[0].startswith("police")


def test_frames_light_verb_gives_the_noun_its_agent(frames):
    f = frames("Protesters staged a demonstration outside the embassy.", "demonstration")
    assert f.voice == "nominal" and f.light == "staged" and f.predicate == "staged a demonstration"
    assert args(f, "agent") == ["Protesters"]


def test_frames_coordinated_verbs_share_the_object(frames):
    f = frames("Gunmen shot and wounded three policemen in Kano.", "shot")
    assert args(f, "agent") == ["Gunmen"] and args(f, "patient") == ["three policemen"]


def test_frames_a_verb_of_occurrence_is_a_word_of_its_subject_event(frames):
    f = frames("Heavy clashes erupted in Taez on Monday.", "clashes erupted")
    assert f.lemma == "clash" and f.pos == "NOUN"


def test_frames_nominal_arguments(frames):
    f = frames("Hifter's attack on Benghazi surprised the government.", "attack")
    assert args(f, "agent") == ["Hifter's"]
    assert [(a.prep, a.text) for a in f.arguments if a.prep] == [("on", "Benghazi")]
    # a noun after "after" or "before" dates the verb's act; the verb's objects are not its own
    f = frames("The minister spoke to reporters after the talks.", "talks")
    assert not [a for a in f.arguments if a.text == "reporters"]


def test_frames_negation(frames):
    assert frames("Militants did not attack the convoy.", "attack").polarity is False
    assert frames("The army refrained from attacking the town.", "attacking").polarity is False
    assert frames("Russia was persuaded to hold off an attack.", "attack").polarity is False
    assert frames("The rebels refused to negotiate with the envoy.", "negotiate").polarity is False
    assert frames("Ankara's refusal to negotiate with the Kurds angered Washington.", "negotiate").polarity is False
    assert frames("The army's failure to retake the town was criticised.", "retake").polarity is False
    # kept from doing it: "blocked inspectors from visiting", "stopped protesters from marching"
    assert frames("Iran blocked inspectors from visiting the site.", "visiting").polarity is False
    assert frames("Police stopped protesters from marching to parliament.", "marching").polarity is False


@pytest.mark.parametrize("text, predicate, modality", [
    ("If the Turks attack, the Kurds will respond.", "attack", Modality.CONDITIONAL),
    ("Unless Assad agreed, the rebels would attack Damascus.", "agreed", Modality.CONDITIONAL),
    ("The shelling could lead to fresh fighting.", "fighting", Modality.HYPOTHETICAL),
    ("The Chilean envoy is due to visit Lima on Monday.", "visit", Modality.HYPOTHETICAL),
    ("Kenyan police are scheduled to leave Port-au-Prince in June.", "leave", Modality.HYPOTHETICAL),
    ("The envoy visited Lima on Monday, as scheduled.", "visited", Modality.ASSERTED),
    # an attempt resisted or only foreseen tells no act done; one made keeps the act's status
    ("The rebels said they would resist any attempt to disarm them.", "disarm", Modality.HYPOTHETICAL),
    ("The government will not allow any bid to topple it.", "topple", Modality.HYPOTHETICAL),
    ("The army made an attempt to disarm the rebels.", "disarm", Modality.ASSERTED),
    ("The army deployed troops to protect civilians.", "protect", Modality.PURPOSE),
    ("The minister urged Syria to withdraw its army.", "withdraw", Modality.DEMANDED),
    ("The president called for a ceasefire.", "ceasefire", Modality.DEMANDED),
    ("Turkey threatened to attack Kurdish fighters.", "attack", Modality.INTENDED),
    ("Turkey will withdraw its troops.", "withdraw", Modality.FUTURE),
    # a conjoined clause with its own subject has its own modality, not its first verb's
    ("The kidnappers want a ransom or they will kill the hostages.", "kill", Modality.FUTURE),
    ("Police arrested 20 people and they will be charged with terrorism.", "charged", Modality.FUTURE),
    ("Rebels reportedly stormed the parliament.", "stormed", Modality.HEDGED),
    ("Azerbaijan accused Armenian troops of firing on its positions.", "firing", Modality.HEDGED),
    ("Police arrested two men on suspicion of setting fire to a mosque.", "setting", Modality.HEDGED),
    ("Police arrested two men who set fire to a mosque.", "set", Modality.ASSERTED),
    ("Did rebels attack the base?", "attack", Modality.QUESTION),
    ("Officials said rebels stormed the parliament.", "stormed", Modality.REPORTED),
])
def test_frames_modality(frames, text, predicate, modality):
    f = frames(text, predicate)
    assert f.modality is modality, (f.modality, f.cues)


def test_frames_reporting_frame_and_speaker(frames, pipeline):
    text = "Rebels stormed the parliament, officials said."
    all_frames = pipeline.frames(text)
    stormed = next(f for f in all_frames if f.predicate == "stormed")
    said = next(f for f in all_frames if f.predicate == "said")
    assert stormed.under == said.id and stormed.speaker.text == "officials"
    f = frames("According to the ministry, rebels killed six civilians.", "killed")
    assert f.speaker.text == "the ministry"


def test_frames_cli(cli):
    proc = cli("code", "--frames", "Turkey threatened to attack Kurdish fighters.")
    frames = json.loads(proc.stdout)
    attack = next(f for f in frames if f["predicate"] == "attack")
    assert attack["modality"] == "intended" and attack["polarity"] == "+"
    assert [a["role"] for a in attack["arguments"]] == ["agent", "patient"]


def test_frames_reduced_relative_is_passive_on_its_noun(frames):
    f = frames("The wife of Omar Ali, a guerrilla commander seized last week by the army, spoke to reporters.", "seized")
    assert f.voice == "passive" and args(f, "patient")[0].startswith("a guerrilla commander")
    assert args(f, "agent") == ["the army"]
    f = frames("Several of the militants killed near the border on Monday were teenagers.", "killed")
    assert f.voice == "passive" and args(f, "patient")[0].startswith("the militants")
    assert not f.role("agent")


def test_frames_relative_clause_without_pronoun_takes_its_noun_as_object(frames):
    f = frames("Schools reopened in the towns the army has retaken since June.", "retaken")
    assert args(f, "agent") == ["the army"] and args(f, "patient")[0].startswith("the towns")


def test_frames_preposition_before_a_reduced_relative_keeps_its_object(frames):
    # the parse makes "officers" the subject of "holed" and leaves "to" without an object
    f = frames("Chile granted asylum to four navy officers holed up in a church.", "granted")
    assert any(a.prep == "to" and "officers" in a.text for a in f.arguments), f.arguments


def test_frames_the_dead_are_the_target_of_the_act_that_killed_them(frames):
    # the subject of a death or wound names who the act was done to, never who did it
    f = frames("Three civilians died in the attack on the village.", "attack")
    assert args(f, "agent") == [] and "Three civilians" in args(f, "oblique")
    f = frames("A prisoner died as a result of torture in custody.", "torture")
    assert args(f, "agent") == [] and "A prisoner" in args(f, "oblique")
    f = frames("Two soldiers were wounded in a rocket attack by Hamas.", "attack")
    assert args(f, "agent") == ["Hamas"] and "Two soldiers" in args(f, "oblique")


def test_frames_an_agent_who_kills_in_an_act_is_no_casualty_of_it(frames):
    f = frames("Rebels killed five villagers in an attack on Monday.", "attack")
    assert "Rebels" not in args(f, "oblique")


def test_frames_an_act_escaped_is_not_done_and_one_not_escaped_befalls_the_subject(frames):
    f = frames("The killers escaped punishment.", "punishment")
    assert not f.polarity
    f = frames("The killers will not escape punishment.", "punishment")
    assert f.polarity and f.modality == Modality.FUTURE and args(f, "oblique") == ["The killers"]


def test_frames_a_gapped_passive_acts_on_its_subject(frames):
    # "10 officers [had been] injured": the auxiliaries left unsaid are the first verb's, a passive's
    f = frames("The ministry said 107 people had been detained and 10 officers injured overnight.", "injured")
    assert f.voice == "passive" and args(f, "patient") == ["10 officers"] and not args(f, "agent")
    f = frames("Six soldiers were killed and the rebels retreated.", "retreated")
    assert f.voice == "active" and args(f, "agent") == ["the rebels"]


def test_frames_a_participle_joined_to_a_passive_shares_its_subject(frames):
    # "was rescued ... and taken to Djibouti": no subject or auxiliary of its own, so the crew is taken
    f = frames("The crew was rescued by a passing ship and taken to Djibouti.", "taken")
    assert f.voice == "passive" and args(f, "patient") == ["The crew"]
    f = frames("The minister was indicted and will resign.", "resign")
    assert f.voice == "active" and args(f, "agent") == ["The minister"]


def test_frames_steps_taken_to_act_are_the_act_not_its_purpose(pipeline):
    # "took steps to ease": the easing is done; "deployed troops to protect": the protection is a purpose
    frames = {f.lemma: f for f in pipeline.frames("The government took steps to ease restrictions on the press.")}
    assert not frames["ease"].has(Modality.PURPOSE)
    frames = {f.lemma: f for f in pipeline.frames("India deployed troops to protect the border.")}
    assert frames["protect"].has(Modality.PURPOSE)


def test_frames_clause_misread_as_a_noun_coordinated_with_a_verb_keeps_its_subject(frames):
    # the parse makes "group" a conjunct of "criticised" and "protested" its participle: the
    # students protested, they were not protested against
    f = frames("Opposition leaders in Accra criticised the government for its handling of the crisis, and a small "
               "group of students protested outside the education ministry.", "protested")
    assert args(f, "agent") and "students" in args(f, "agent")[0] and not args(f, "patient")


def test_frames_an_act_a_clause_is_about_keeps_its_own_status(pipeline):
    # the threat is to retaliate; the killing it answers was done, not threatened
    events = pipeline.extract("Rebels threatened to retaliate over the killing of their commander.").events
    killing = next(e for e in events if e.trigger == "killing")
    assert killing.type == "ASSAULT" and killing.certainty.value == "asserted"


def test_frames_not_hesitating_to_act_is_no_negation(pipeline):
    # a failure verb negates its complement; negated itself, it no longer does
    events = pipeline.extract("Iran said it will not hesitate to attack Israel.").events
    attack = next(e for e in events if e.trigger == "attack")
    assert attack.type == "THREATEN" and attack.certainty.value == "asserted"
    events = pipeline.extract("The rebels failed to capture the town.").events
    assert next(e for e in events if e.trigger == "capture").certainty.value == "negated"


def test_tokens_where_finds_the_words_a_walk_would(pipeline):
    # the steps that look at one kind of word read it from the parse's arrays: the same tokens,
    # in order, as a walk over the document testing each
    from spacy.attrs import DEP, ORTH, POS
    from spacy.symbols import VERB

    from khaldun.nlp.components import tokens_where

    doc = pipeline.nlp("Police arrested ten protesters (students) and detained their leader in Bamako.")
    verbs = [t.i for t in tokens_where(doc, POS, VERB)]
    assert verbs == [t.i for t in doc if t.pos_ == "VERB"] and len(verbs) == 2
    assert [t.i for t in tokens_where(doc, DEP, doc.vocab.strings["dobj"])] == [t.i for t in doc if t.dep_ == "dobj"]
    assert [t.text for t in tokens_where(doc, ORTH, doc.vocab.strings["("])] == ["("]
    assert tokens_where(pipeline.nlp(""), POS, VERB) == []


def test_frames_the_topic_of_a_stance_noun_is_no_party_to_the_act(frames):
    # "position on Kosovo" says what the position is about; Serbia, whose it is, is the one backed
    f = frames("Russia backed Serbia's position on Kosovo.", "backed")
    assert [a.prep for a in f.arguments if a.prep] == ["object:poss"], f.arguments
    # a thing that is no stance still names whom it is against
    f = frames("The rebels fought a war against the government.", "fought")
    assert "object:against" in [a.prep for a in f.arguments if a.prep], f.arguments


def test_frames_the_subject_of_a_demand_s_clause_is_the_one_asked(frames):
    f = frames("Iran repeated its demand that Iraq pay war reparations.", "demand")
    assert ("object:asked", "Iraq") in [(a.prep, a.text) for a in f.arguments], f.arguments
    # the clause hung on the verb the noun is the object of, and an infinitive with "for"
    f = frames("The UN renewed its appeal on Monday that Israel withdraw from Lebanon.", "appeal")
    assert ("object:asked", "Israel") in [(a.prep, a.text) for a in f.arguments], f.arguments
    f = frames("Russia made an urgent appeal on Friday for the rebels to lay down their arms.", "appeal")
    assert ("object:asked", "the rebels") in [(a.prep, a.text) for a in f.arguments], f.arguments
    # a clause of why it was made names no one asked
    f = frames("The rebels repeated their demand because the government had lied.", "demand")
    assert "object:asked" not in [a.prep for a in f.arguments], f.arguments


def test_frames_a_charge_denied_after_a_comma_leaves_the_accusation_made(pipeline):
    # "X accuses Y of ..., a charge Z denies": the parser reads the accusation as what Z denies
    # (negated, Z its speaker); the claim noun before the verb, set off by a comma, says Z denies
    # the charge, and the accusation stands, by X against Y
    events = [e.export() for e in pipeline.extract(
        "Ethiopia accuses Eritrea of arming rebel fighters, a charge Asmara denies.", date="2020-06-15").events]
    accuse = next(e for e in events if e["trigger"] == "accuses")
    assert accuse["certainty"] == "asserted"
    assert (accuse["source"]["country"], accuse["target"]["country"]) == ("ETH", "ERI")
    deny = next(e for e in events if e["trigger"] == "denies")
    assert (deny["type"], deny["source"]["country"], deny["target"]["country"]) == ("REJECT", "ERI", "ETH")
    # a denied complement is still denied
    frames = pipeline.frames("Asmara denied that its troops attacked the town.")
    frame = next(f for f in frames if f.predicate == "attacked")
    assert frame.polarity is False
    # a clause before the denial, set off by commas, is another speaker's, not what is denied
    frames = pipeline.frames("Israeli strike on Gaza school kills 30, officials say, army denies targeting civilians")
    assert next(f for f in frames if f.predicate == "kills").polarity is True
    assert next(f for f in frames if f.predicate == "targeting").polarity is False


def test_frames_talks_one_is_open_or_ready_for_are_wanted_not_held(frames):
    for text, predicate in (("The government said it was ready for talks with the unions.", "talks"),
                            ("The government said it was open to dialogue with the unions.", "dialogue")):
        f = frames(text, predicate)
        assert f.modality is Modality.INTENDED, (text, f.modality)
    # talks that are open to the press are held
    assert frames("The talks in Doha were open to the press.", "talks").modality is Modality.ASSERTED


def test_frames_a_base_verb_a_preposition_takes_as_object_is_a_noun(pipeline):
    from khaldun.nlp.components import nominal_base_verbs

    doc = pipeline.nlp("The minister said he was open to dialogue with the strikers.")
    nominal_base_verbs(doc)
    word = next(t for t in doc if t.text == "dialogue")
    assert (word.pos_, word.tag_) == ("NOUN", "NN")
    doc = pipeline.nlp("The minister agreed to meet the strikers.")
    nominal_base_verbs(doc)
    assert next(t for t in doc if t.text == "meet").pos_ == "VERB"
