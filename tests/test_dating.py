"""Event dating: each event dated by its own evidence (with the rule that found it), or honestly
undated. Hand-made sentences, one per form, parsed by the real model."""

import datetime as dt

import pytest

from khaldun.extract import analyse
from khaldun.extract.dating import date_event
from khaldun.ingest.documents import make_document

D = dt.date


@pytest.fixture(scope="module")
def dating(pipeline):
    """dating(text, published, word, nth=0) -> the Dating of the nth token spelled ``word``."""

    def run(text: str, published: str | None, word: str, nth: int = 0):
        document = make_document(text, published=published)
        doc = pipeline.nlp(document.text)
        finder = analyse(doc, document, pipeline.gaz, pipeline.lexicon)
        tok = [t for t in doc if t.text == word][nth]
        return date_event(tok, finder.dates)

    return run


def span(d):
    return d.time.start, d.time.end


def framed(pipeline, text: str, published: str, word: str, nth: int = 0):
    """The Dating of the nth token spelled ``word``, with its clause frame (as the event coder dates)."""
    document = make_document(text, published=published)
    doc = pipeline.nlp(document.text)
    finder = analyse(doc, document, pipeline.gaz, pipeline.lexicon)
    return finder.date_of([t for t in doc if t.text == word][nth])


def test_dating_own_clause(dating):
    d = dating("Rebels attacked the town on Friday.", "2020-06-15", "attacked")
    assert span(d) == (D(2020, 6, 12), D(2020, 6, 12)) and d.rule == "own" and d.expression == "on Friday"


def test_dating_no_leak_from_the_previous_sentence(dating):
    text = "The minister spoke at a conference on Thursday. Rebels attacked the town."
    d = dating(text, "2020-06-15", "attacked")
    assert not d.dated and d.rule == "none" and d.expression is None
    assert dating(text, "2020-06-15", "spoke").time.start == D(2020, 6, 11)


def test_dating_no_leak_from_a_quote(dating):
    text = '"We lost everything last year," a farmer said. Troops burned the village.'
    assert not dating(text, "2020-06-15", "burned").dated
    text = '"We will strike tomorrow," the leader said in a video. Militants ambushed a convoy.'
    assert not dating(text, "2020-06-15", "ambushed").dated


def test_dating_announcement_and_visit_each_keep_their_own_month(dating):
    text = "The ministry announced the visit in December. The president visited Kabul on 8 January."
    assert dating(text, "2019-01-10", "announced").time.start == D(2018, 12, 1)
    assert span(dating(text, "2019-01-10", "visited")) == (D(2019, 1, 8), D(2019, 1, 8))


def test_dating_counted_numbers_are_never_years(pipeline):
    x = pipeline.extract("Police had fired 1649 rounds of ammunition at the crowd. Troops sent 1950 soldiers.",
                         date="2016-12-17")
    assert not [t for t in x.times if t.start and t.start.year in (1649, 1950)]
    for e in x.events:
        assert e.date.start is None or e.date.start.year == 2016


def test_dating_years_after_an_event_are_not_anchored_elsewhere(dating):
    text = "The revolution began on May 3, 2011. Five years after the revolution, protesters returned."
    d = dating(text, "2019-01-07", "returned")
    assert not d.dated or d.time.start.year != 2024
    d = dating("Two years after 2011, protesters returned.", "2019-01-07", "returned")
    assert d.time.start == D(2013, 1, 1) and d.rule == "anchor"


@pytest.mark.parametrize("text, word, day", [
    ("Talks are expected on Tuesday.", "expected", D(2019, 1, 8)),  # published Monday 7 January 2019
    ("The ministers will meet on Tuesday.", "meet", D(2019, 1, 8)),
    ("Talks were held on Tuesday.", "held", D(2019, 1, 1)),
])
def test_dating_weekdays_follow_the_tense(dating, text, word, day):
    assert dating(text, "2019-01-07", word).time.start == day


def test_dating_since_is_an_open_interval(dating):
    d = dating("Rebels have held the town since 2014.", "2019-01-07", "held")
    assert span(d) == (D(2014, 1, 1), None)


@pytest.mark.parametrize("text", [
    "Protesters clashed with police from June 3 to June 5.",
    "Protesters clashed with police between June 3 and June 5.",
])
def test_dating_a_range_of_its_own_clause_is_one_interval(dating, text):
    d = dating(text, "2020-06-15", "clashed")
    assert span(d) == (D(2020, 6, 3), D(2020, 6, 5)) and d.rule == "own"


def test_dating_two_days_joined_are_no_range(dating):
    d = dating("Troops shelled the town on Monday and Wednesday.", "2020-06-15", "shelled")
    assert d.time.start == d.time.end


def test_dating_a_term_a_past_act_set_is_not_its_date(dating):
    d = dating("The agency has given the family until Tuesday to sign the papers.", "2000-04-03", "given")
    assert d.rule != "own" and d.time.end != D(2000, 4, 4)


def test_dating_the_day_before_yesterday(dating):
    d = dating("Troops withdrew from the town the day before yesterday.", "2020-06-15", "withdrew")
    assert span(d) == (D(2020, 6, 13), D(2020, 6, 13)) and d.expression == "the day before yesterday"


@pytest.mark.parametrize("text, word, start", [
    ("Elections will be held in the third quarter.", "held", D(2020, 7, 1)),  # published in June
    ("The company lost money in the third quarter.", "lost", D(2019, 7, 1)),
])
def test_dating_a_quarter_not_yet_begun_follows_the_tense(dating, text, word, start):
    assert dating(text, "2020-06-15", word).time.start == start


def test_dating_fiscal_year_with_its_year(dating):
    d = dating("The company lost money in fiscal year 2019.", "2020-06-15", "lost")
    assert span(d) == (D(2019, 1, 1), D(2019, 12, 31))


def test_dating_coordinated_clause(dating):
    d = dating("Rebels marched on Tripoli on Friday and took the parliament.", "2014-05-19", "took")
    assert d.time.start == D(2014, 5, 16) and d.rule == "coordinated"


@pytest.mark.parametrize("second, word, day", [
    ("Four days later, rebels attacked the city.", "attacked", D(2014, 5, 18)),
    ("The next day, rebels attacked the city.", "attacked", D(2014, 5, 15)),
])
def test_dating_narrative_anchor(dating, second, word, day):
    d = dating("Marines arrived in Sicily on May 14. " + second, "2014-05-19", word)
    assert d.time.start == d.time.end == day and d.rule == "anchor"


def test_dating_hours_after_the_blast(dating):
    text = "A bomb exploded in the market on Monday. Police arrested two men hours after the blast."
    d = dating(text, "2020-06-17", "arrested")
    assert d.time.start == D(2020, 6, 15) and d.rule == "anchor"


def test_dating_hours_later_goes_on_from_the_last_day_the_story_set(dating):
    text = "Gunmen stormed a hotel on Monday. Hours later, troops killed four of the attackers."
    d = dating(text, "2020-06-17", "killed")
    assert span(d) == (D(2020, 6, 15), D(2020, 6, 15)) and d.rule == "anchor"
    d = dating("Gunmen stormed a hotel on Monday. Days later, police arrested two men.", "2020-06-17", "arrested")
    assert d.time.start == D(2020, 6, 15) and d.rule == "anchor"


def test_dating_reporting_verb_at_or_just_before_publication(dating):
    text = "The ministry said rebels attacked the town."
    d = dating(text, "2020-06-15", "said")
    assert span(d) == (D(2020, 6, 14), D(2020, 6, 15)) and d.rule == "reporting"
    assert not dating(text, "2020-06-15", "attacked").dated  # what was said has no date of its own


@pytest.mark.parametrize("text, word", [
    ("The ministry issued a ban on fishing.", "issued"),  # a measure, not words
    ("The government has made the right decision.", "made"),  # a deed, not words given for the report
])
def test_dating_a_light_verb_of_no_statement_keeps_no_date(dating, text, word):
    assert not dating(text, "2020-06-15", word).dated


def test_dating_the_meeting_a_statement_is_told_is_its_occasion(dating):
    d = dating("'We will not yield,' the minister told a news conference.", "2020-06-15", "conference")
    assert span(d) == (D(2020, 6, 14), D(2020, 6, 15)) and d.rule == "setting"


@pytest.mark.parametrize("text, word, day", [
    ("The bloc has finished all formalities after the parliament ratified the treaty on Tuesday.", "finished",
     D(2020, 6, 9)),
    ("The boy was placed in his care after being found clinging to a raft on Friday.", "placed", D(2020, 6, 12)),
])
def test_dating_a_past_clause_told_after_a_dated_act_lies_between_it_and_the_report(dating, text, word, day):
    d = dating(text, "2020-06-15", word)
    assert span(d) == (day, D(2020, 6, 15)) and d.rule == "after"


@pytest.mark.parametrize("text, word", [
    ("The minister will resign after the parliament votes on Sunday.", "resign"),  # still to come
    ("Police arrested two men after the blast.", "arrested"),  # the blast is not dated
    ("The minister resigned after the parliament voted in 2019.", "resigned"),  # a year: no bound worth a date
])
def test_dating_no_after_bound_without_a_dated_day_or_a_past_clause(dating, text, word):
    assert dating(text, "2020-06-15", word).rule != "after"


def test_dating_future_and_present_clauses(dating):
    d = dating("The two sides will sign the agreement.", "2020-06-15", "sign")
    assert d.rule == "future" and not d.dated and d.time.start == D(2020, 6, 15) and d.time.end is None
    d = dating("Protesters are blocking the main road.", "2020-06-15", "blocking")
    assert d.rule == "present" and span(d) == (D(2020, 6, 15), D(2020, 6, 15))


def test_dating_spelled_out_year(dating):
    d = dating("The militia was founded in nineteen ninety-eight.", "2020-06-15", "founded")
    assert d.time.start == D(1998, 1, 1) and d.time.precision.value == "year"


def test_dating_without_a_publication_date_invents_nothing(dating):
    for text, word in (("The ministry said rebels attacked the town.", "said"),
                       ("Protesters are blocking the main road.", "blocking"),
                       ("Rebels attacked the town on Friday.", "attacked")):
        assert dating(text, None, word).time.start is None


def test_dating_export_null_date_with_reported(code):
    events = code("The minister spoke at a conference on Thursday. Rebels attacked the town.", "2020-06-15")
    attack = next(e for e in events if e["trigger"] == "attacked")
    assert attack["date"] is None and attack["reported"] == "2020-06-15"


@pytest.mark.parametrize("text, word", [
    ("The minister gave no reason for the March 14 deadline.", "gave"),
    ("The company declared a dividend payable Dec. 7 to holders of record.", "declared"),
])
def test_dating_a_date_inside_an_argument_is_not_the_clause_date(dating, text, word):
    d = dating(text, "2020-02-10", word)
    assert d.rule != "own" and d.expression is None


@pytest.mark.parametrize("text, word", [
    ("Officials have said that the border is closed.", "said"),
    ("The minister described the blast as an act of terror.", "described"),
    ("According to the ministry, the border is closed.", "According"),
    # a statement given by a light verb
    ("Police gave no details about the negotiations.", "gave"),
    ("The ministry issued a statement condemning the attack.", "issued"),
])
def test_dating_statements_for_the_report(dating, text, word):
    d = dating(text, "2020-06-15", word)
    assert span(d) == (D(2020, 6, 14), D(2020, 6, 15)) and d.rule == "reporting"


@pytest.mark.parametrize("text, word", [
    ("Terms of the sale were not disclosed.", "disclosed"),
    ("He was quoted as saying that the border is closed.", "quoted"),
])
def test_dating_passive_statements_for_the_report(dating, text, word):
    d = dating(text, "2020-06-15", word)
    assert span(d) == (D(2020, 6, 14), D(2020, 6, 15)) and d.rule == "reporting"


def test_dating_a_passive_statement_the_narrative_placed_is_not_for_the_report(dating):
    d = dating("The crowd cheered when the verdict was announced.", "2020-06-15", "announced")
    assert d.rule != "reporting"


@pytest.mark.parametrize("text, word, rule", [
    ('"We must be resolute," she added, referring to the threat of air strikes.', "referring", "complement"),
    ("The minister, echoing the president, said the border would stay closed.", "echoing", "complement"),
    ("The president said in a statement that the border is closed.", "statement", "setting"),
    ("The envoy told reporters at the ceremony that the talks went well.", "ceremony", "setting"),
    ("The minister said in a statement released to the press that talks would resume.", "released", "setting"),
])
def test_dating_what_shares_a_statement_shares_its_time(dating, text, word, rule):
    d = dating(text, "2020-06-15", word)
    assert span(d) == (D(2020, 6, 14), D(2020, 6, 15)) and d.rule == rule


def test_dating_what_a_statement_reports_keeps_no_date(dating):
    d = dating("The ministry said in a statement that rebels attacked the town.", "2020-06-15", "attacked")
    assert not d.dated
    d = dating("The ministry said that the attack had been planned for months.", "2020-06-15", "attack")
    assert not d.dated
    d = dating("The host said in a statement that the site was knocked off-line.", "2020-06-15", "knocked")
    assert not d.dated


def test_dating_participle_predicated_in_the_present(dating):
    d = dating("I am shocked and dismayed by the leaks.", "2020-06-15", "dismayed")
    assert d.rule == "present" and span(d) == (D(2020, 6, 15), D(2020, 6, 15))


@pytest.mark.parametrize("text, word", [
    ("Religious leaders condemned the shooting.", "condemned"),
    ("The envoy called for calm and urged both sides to talk.", "urged"),
    ("Both officials requested anonymity.", "requested"),
])
def test_dating_a_stance_taken_in_words_is_a_statement_for_the_report(dating, text, word):
    d = dating(text, "2020-06-15", word)
    assert span(d) == (D(2020, 6, 14), D(2020, 6, 15)) and d.rule in ("stance", "coordinated")


@pytest.mark.parametrize("text, word", [
    ("The rebels had condemned the truce before the talks.", "condemned"),  # a narrative's past
    ("The council will condemn the attack.", "condemn"),
])
def test_dating_a_stance_outside_the_report_is_not_its_statement(dating, text, word):
    assert dating(text, "2020-06-15", word).rule != "stance"


def test_dating_past_perfect_statement_is_not_for_the_report(dating):
    assert dating("Officials had said that the border was closed.", "2020-06-15", "said").rule != "reporting"


@pytest.mark.parametrize("text, word, day", [
    ("The army began shelling the town on Friday.", "began", D(2020, 6, 12)),  # a past aspectual verb
    ("The boy was found clinging to a raft on Friday.", "found", D(2020, 6, 12)),  # a participle complement
])
def test_dating_complements_share_the_clause_time(dating, text, word, day):
    assert dating(text, "2020-06-15", word).time.start == day


@pytest.mark.parametrize("text, word", [
    ("The rebels planned to attack the town on Friday.", "planned"),  # a plan's aim is later
    ("The party hopes to win the election in September.", "hopes"),  # a present clause's infinitive is ahead
])
def test_dating_an_aim_does_not_date_the_intent(dating, text, word):
    d = dating(text, "2020-06-15", word)
    assert d.rule != "complement"


def test_dating_participle_adjunct_happens_with_its_clause(dating):
    d = dating("On 4 March 2021, a drone struck a car near Gao, killing four men.", "2021-03-06", "killing")
    assert span(d) == (D(2021, 3, 4), D(2021, 3, 4)) and d.rule == "governor"
    # a participle with its own subordinator is not simultaneous: no date borrowed
    d = dating("On 4 March 2021, troops left Gao before attacking the camp.", "2021-03-06", "attacking")
    assert d.rule != "governor"


@pytest.mark.parametrize("text, word, day", [
    ("The father would be traveling to Havana Thursday.", "traveling", D(2019, 1, 10)),  # a modal of prospect
    ("The envoys could arrive as early as Thursday.", "arrive", D(2019, 1, 10)),  # the earliest of what is ahead
])
def test_dating_prospective_weekdays_look_ahead(dating, text, word, day):
    assert dating(text, "2019-01-07", word).time.start == day  # published Monday 7 January 2019


@pytest.mark.parametrize("text, word, rule", [
    ("The rebels have attempted to seize the airport.", "attempted", "none"),  # done
    ("The minister urged the rebels to withdraw.", "withdraw", "future"),  # urged, not yet done
])
def test_dating_a_finite_past_verb_is_not_unrealised(pipeline, text, word, rule):
    assert framed(pipeline, text, "2020-06-15", word).rule == rule  # with the clause frame


def test_dating_a_participle_of_a_thing_done_looks_back(dating):
    d = dating("The government wants the court to suspend the injunction issued Thursday.", "2019-01-07", "issued")
    assert d.time.start == D(2019, 1, 3)  # published Monday 7 January 2019


def test_dating_a_time_ending_a_coordinated_pair_dates_both(dating):
    d = dating("Gunmen killed 14 villagers and burned dozens of homes in Mopti on Sunday.", "2025-03-04", "killed")
    assert span(d) == (D(2025, 3, 2), D(2025, 3, 2)) and d.rule == "coordinated"
    # a conjunct with a subject of its own is a clause of its own: its time stays its own
    d = dating("Gunmen killed 14 villagers and the army arrested two men on Sunday.", "2025-03-04", "killed")
    assert d.rule != "coordinated"


def test_dating_a_recurring_day_dates_nothing(dating):
    d = dating("A new flight leaves Bombay each Thursday.", "2019-01-07", "leaves")
    assert not d.dated and d.time.start is None


def test_dating_a_purpose_happens_with_its_clause(dating):
    d = dating("The envoy will travel to Geneva on Thursday to sign the accord.", "2019-01-07", "sign")
    assert d.time.start == D(2019, 1, 10) and d.rule == "governor"


@pytest.mark.parametrize("text, word, day", [
    ("The talks are expected on Tuesday.", "talks", D(2019, 1, 8)),  # passive subject of a scheduling verb
    ("The elections, which were held on Sunday, returned the ruling party.", "elections", D(2019, 1, 6)),
    ("With the general election due in March, the figures came at a bad time.", "election", D(2019, 3, 1)),
])
def test_dating_event_noun_by_its_occurrence_verb(dating, text, word, day):
    d = dating(text, "2019-01-07", word)
    assert d.time.start == day and d.rule == "occurrence"


def test_dating_an_active_subject_is_not_scheduled(dating):
    # "set" says when a precedent was set, not when the ruling was made
    assert dating("The ruling set a precedent on Monday.", "2020-06-15", "ruling").rule != "occurrence"


def test_dating_when_clause_after_its_time(dating):
    text = ("In contrast to Thursday, when 133 people were arrested and police were forced to use tear gas, "
            "protesters were calmer Friday.")
    for word in ("arrested", "forced"):
        assert span(dating(text, "2000-01-07", word)) == (D(2000, 1, 6), D(2000, 1, 6))


def test_dating_an_undated_anchor_lets_the_clause_date_the_event(dating):
    text = "Retaliating 13 days after the embassy bombings, U.S. forces Thursday launched missile strikes."
    d = dating(text, "1998-08-21", "Retaliating")
    assert d.time.start == D(1998, 8, 20) and d.rule == "governor"
    d = dating("Police arrested two men 13 days after the blast.", "2020-06-15", "arrested")
    assert not d.dated and d.rule == "none"  # nothing dates it: no tense stands in for the anchor


def test_dating_a_date_premodifying_an_event_noun_across_commas(dating):
    text = "Two agents were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103 that killed 259 people."
    assert span(dating(text, "1999-06-07", "bombing")) == (D(1988, 12, 21), D(1988, 12, 21))
    assert dating(text, "1999-06-07", "killed").time.start == D(1988, 12, 21)


def test_dating_present_tense_closing_a_quotation_is_no_headline(dating):
    d = dating("The ministry says the new members ``enhance the alliance's ability to defend itself.''",
               "1999-03-12", "says")
    assert d.rule == "present" and span(d) == (D(1999, 3, 12), D(1999, 3, 12))


@pytest.mark.parametrize("text, word", [
    ("The company has set Nov. 10 as the deadline for bids.", "set"),
    ("The directors authorized a split, payable Dec. 7 to stock of record Nov. 22.", "authorized"),
])
def test_dating_a_past_act_is_not_dated_by_the_term_it_set(dating, text, word):
    d = dating(text, "1989-10-27", word)
    assert d.time.start is None and (d.time.end is None or d.time.end <= D(1989, 10, 27))


def test_dating_an_infinitive_under_a_past_act_keeps_its_later_date(dating):
    text = "The minister invited her counterparts to a ceremony to mark the accession on March 12."
    assert dating(text, "1999-02-16", "mark").time.start == D(1999, 3, 12)


def test_dating_a_when_clause_of_an_open_range_is_at_its_point(dating):
    text = "Relatives have cared for the boy since November, when he was found at sea."
    assert span(dating(text, "2000-04-17", "found")) == (D(1999, 11, 1), D(1999, 11, 30))
    text = "The minister lived in London from 1968, when the Soviets invaded the country, until 1989."
    assert span(dating(text, "1999-03-12", "invaded")) == (D(1968, 1, 1), D(1968, 12, 31))


def test_dating_event_noun_by_the_relative_clause_saying_what_it_did(dating):
    text = "Former fighters in the revolution that brought Castro to power 42 years ago gathered on Wednesday."
    d = dating(text, "2000-02-16", "revolution")
    assert d.rule == "described" and d.time.start == D(1958, 1, 1)
    assert dating(text, "2000-02-16", "gathered").time.start == D(2000, 2, 16)


@pytest.mark.parametrize("text, word", [
    ("Police found the body of the store owner on Friday. They arrested two men.", "arrested"),
    ("Police found the body of the store owner on Friday. Police arrested two men.", "arrested"),
    ("Shares of Acme fell 40 cents on Friday. Shares of Borca fell 15 cents.", "fell"),
    ("Police found the body of the store owner on Friday. Soldiers then sealed the road.", "sealed"),
    ("Police arrested two men on Friday. They were questioned by detectives.", "questioned"),  # the passive
])
def test_dating_a_narrative_continuation_shares_the_day_it_continues(dating, text, word):
    d = dating(text, "2020-06-15", word, nth=-1)
    assert span(d) == (D(2020, 6, 12), D(2020, 6, 12)) and d.rule == "continuation"
    assert d.expression.endswith("Friday")  # the evidence: the time expression of the sentence before


@pytest.mark.parametrize("text, word", [
    ("Police found the body of the store owner on Friday.\n\nThey arrested two men.", "arrested"),  # a paragraph
    ("Police found the body of the store owner in 2014. They arrested two men.", "arrested"),  # a year, no episode
    ("Police fired 1649 rounds at the crowd. They arrested two men.", "arrested"),  # a count, no time
    ("Police found the body of the store owner on Friday. Rebels attacked the town.", "attacked"),  # another actor
    ("Police found the body on Friday. The mayor said they arrested two men.", "arrested"),  # what is said
    ('Police found the body on Friday. "They arrested two men," a witness said.', "arrested"),  # a quote
    ("Police found the body on Friday. They had arrested two men in May.", "arrested"),  # its own time
    ("Police found the body on Friday. Two days earlier they arrested two men.", "arrested"),
    ("Shares of Acme fell 40 cents on Friday. Shares of Borca slipped too. Shares of Cando fell 15 cents.",
     "fell"),  # not on and on: the sentence before is not dated itself
])
def test_dating_no_continuation_without_a_narrative_link(dating, text, word):
    d = dating(text, "2020-06-15", word, nth=-1)
    assert d.rule != "continuation" and (not d.dated or d.time.start != D(2020, 6, 12))


def test_dating_no_continuation_when_the_tense_changes(dating):
    d = dating("Police found the body on Friday. They are searching for the killers.", "2020-06-15", "searching")
    assert d.rule == "present" and span(d) == (D(2020, 6, 15), D(2020, 6, 15))


@pytest.mark.parametrize("text, word", [
    ("The figures compare with a profit of $4 million in the first quarter.", "compare"),
    ("The ministry is still reviewing an appeal last week from the farmers' union.", "reviewing"),
    ("With the seizure of the truck nine days ago, prosecutors say they have a case.", "say"),
])
def test_dating_a_wholly_past_time_does_not_date_a_present_clause(dating, text, word):
    d = dating(text, "2020-06-15", word)
    assert d.rule == "present" and span(d) == (D(2020, 6, 15), D(2020, 6, 15))


@pytest.mark.parametrize("text, word", [
    ("Neither the mayor nor his aides could be reached for comment.", "reached"),
    ("The spokesman wouldn't specify the amount.", "specify"),
    ("The group would not leave the country.", "leave"),
])
def test_dating_an_ability_or_will_refused_is_past_not_ahead(dating, text, word):
    d = dating(text, "2020-06-15", word)
    assert d.rule == "none" and not d.dated


@pytest.mark.parametrize("text, word", [
    ("The cabinet probably wouldn't yield to the strikers.", "yield"),
    ("The rebels would not sign unless the army withdrew.", "sign"),
    ("The two sides could meet in Geneva.", "meet"),
])
def test_dating_a_guess_or_condition_on_a_refusal_is_still_ahead(dating, text, word):
    assert dating(text, "2020-06-15", word).rule == "future"


def test_dating_a_verb_that_introduces_a_quotation_is_a_statement(dating):
    d = dating('"Stay indoors," the police instructed.', "2020-06-15", "instructed")
    assert d.rule == "reporting" and span(d) == (D(2020, 6, 14), D(2020, 6, 15))


def test_dating_a_statement_at_a_dated_occasion_takes_its_date(dating):
    d = dating("The governor said in a letter, dated Monday, that he rejects the ruling.", "2020-06-17", "said")
    assert d.rule == "setting" and span(d) == (D(2020, 6, 15), D(2020, 6, 15))


@pytest.mark.parametrize("text, word, first, last", [
    ("The crew was rescued by a trawler last November after the ferry sank.", "sank",
     D(2019, 11, 1), D(2019, 11, 30)),
    ("The ministers of Chad, Niger and Mali issued a joint statement Friday saying the three countries' pact "
     "will hold.", "saying",
     D(2020, 6, 12), D(2020, 6, 12)),
    ("The bloc has decided to admit Serbia, an official said on Friday.", "decided",
     D(2020, 6, 12), D(2020, 6, 12)),
    ("The two governors, accompanied by an aide, flew to Abuja on Friday.", "accompanied",
     D(2020, 6, 12), D(2020, 6, 12)),
])
def test_dating_an_event_told_inside_a_dated_clause_takes_its_time(dating, text, word, first, last):
    d = dating(text, "2020-06-15", word)
    # ("a statement Friday saying": the statement is dated by the day after it, and the participle
    # describing it by the noun it hangs on)
    assert span(d) == (first, last) and d.rule in ("subordinate", "governor")


@pytest.mark.parametrize("text, word", [
    ("The official said on Friday that the alliance admitted Poland.", "admitted"),  # a simple past reported
    ("The crew was rescued last November because the ferry sank.", "sank"),  # a cause, not a time
    ("Police arrested the man who killed the store owner on Friday.", "killed"),
])
def test_dating_a_clause_under_a_dated_one_without_a_time_link_keeps_none(dating, text, word):
    d = dating(text, "2020-06-15", word)
    assert d.rule != "subordinate"


def test_dating_a_negated_present_perfect_is_a_state_at_the_publication(dating):
    d = dating("The militia still hasn't released its hostages.", "2020-06-15", "released")
    assert d.rule == "present" and span(d) == (D(2020, 6, 15), D(2020, 6, 15))
    assert not dating("The militia has released its hostages.", "2020-06-15", "released").dated


def test_dating_a_definite_event_noun_names_the_dated_event_again(dating):
    text = "A ceremony was held in Kabul on Monday. Officials said the ceremony honoured the dead."
    d = dating(text, "2020-06-17", "ceremony", nth=1)
    assert d.rule == "mention" and span(d) == (D(2020, 6, 15), D(2020, 6, 15)) and d.expression == "on Monday"


@pytest.mark.parametrize("text", [
    "A ceremony was held in Kabul on Monday. Officials said a ceremony honoured the dead.",  # another one
    "A ceremony was held in Kabul on Monday. Officials said the ceremonies honoured the dead.",  # not the one
    "A ceremony was held in Kabul. Officials said the ceremony honoured the dead.",  # nothing to name again
])
def test_dating_no_mention_without_a_dated_definite_antecedent(dating, text):
    assert dating(text, "2020-06-17", "ceremony" if "ceremonies" not in text else "ceremonies",
                  nth=-1).rule != "mention"


@pytest.mark.parametrize("text", [
    "Brandt Corp. reported a third-quarter net loss of $12 million.",
    "In the fiscal year ended March 31, the mill reported sales of $80 million.",
])
def test_dating_the_period_results_cover_is_not_the_date_of_their_report(dating, text):
    d = dating(text, "2020-10-26", "reported")
    assert d.rule == "reporting" and span(d) == (D(2020, 10, 25), D(2020, 10, 26))


@pytest.mark.parametrize("text, word, start", [
    ("Three soldiers were killed in January in a drone attack.", "killed", D(2024, 1, 1)),
    ("Three soldiers were killed in January in a drone attack.", "attack", D(2024, 1, 1)),
    ("Police arrested 12 people in November.", "arrested", D(2023, 11, 1)),
    ("Police will arrest them in January.", "arrest", D(2025, 1, 1)),  # ahead: the next January
])
def test_dating_a_month_named_alone_for_a_past_act_is_the_one_before(dating, text, word, start):
    # in an October story, the nearest January lies ahead; an act done in January was done in this one
    assert dating(text, "2024-10-23", word).time.start == start


@pytest.mark.parametrize("text, word", [
    ("Border forces exchanged heavy fire at the Torkham crossing on Thursday, officials said.", "exchanged"),
    ("Troops opened fire at the crossing on Thursday.", "opened"),
])
def test_dating_a_gerund_with_a_determiner_is_a_noun_not_a_clause(dating, text, word):
    # "the Torkham crossing" names a place: the day after it dates the clause around it
    assert dating(text, "2024-09-13", word).time.start == D(2024, 9, 12)


def test_dating_a_time_ending_a_gapped_pair_dates_both(dating):
    # "... and 10 officers [had been] injured overnight": the unsaid auxiliaries are the first verb's,
    # and so is the time; a conjunct with auxiliaries of its own keeps its own
    d = dating("The ministry said 107 people had been detained and 10 officers injured overnight.", "2024-12-01",
               "detained")
    assert span(d) == (D(2024, 11, 30), D(2024, 12, 1)) and d.rule == "coordinated"
    d = dating("Police said 40 people were arrested and three officers were injured on Sunday.", "2024-12-03",
               "arrested")
    assert d.time is None or d.time.start != D(2024, 12, 1)


@pytest.mark.parametrize("text, word, day", [
    ("The rifle was discovered April 8 buried one foot below the ground.", "discovered", D(1999, 4, 8)),
    ("The boy was found Thanksgiving Day clinging to an inner tube at sea.", "found", D(1998, 11, 26)),
])
def test_dating_a_bare_time_belongs_to_the_word_it_follows(dating, text, word, day):
    # the parse hangs the time on the participle after it; by its place it is the verb's before it
    d = dating(text, "1999-04-19", word)
    assert span(d) == (day, day) and d.rule == "own"


@pytest.mark.parametrize("text, word", [
    ("The board would review last week's decision.", "review"),
    ("The company will appeal the verdict of last week.", "appeal"),
    ("The company will appeal last week's verdict.", "appeal"),
])
def test_dating_a_time_over_by_the_report_does_not_date_what_is_to_come(dating, text, word):
    # the time is the argument's (a noun the clause reaches it through), not the prospect's own
    assert dating(text, "1989-10-30", word).rule == "future"


def test_dating_a_modal_keeps_the_time_hung_on_itself(dating):
    d = dating("The company said it would close the plant on Monday.", "2020-06-17", "close")
    assert span(d) == (D(2020, 6, 15), D(2020, 6, 15)) and d.rule == "own"


@pytest.mark.parametrize("text, word, start", [
    ("The issue is expected to dominate a NATO summit set for Washington in April.", "dominate", D(1999, 4, 1)),
    ("The opposition will boycott the July 5 election.", "boycott", D(1999, 7, 5)),
])
def test_dating_an_act_to_come_at_a_dated_event_ahead(dating, text, word, start):
    d = dating(text, "1999-03-12", word)
    assert d.time.start == start and d.rule in ("occasion", "own")


def test_dating_an_act_to_come_at_an_event_gone_by_stays_ahead(dating):
    d = dating("The lawyers will study the ruling issued last week.", "1999-03-12", "study")
    assert d.rule == "future"


@pytest.mark.parametrize("text, word, start", [
    ("He was working with the underground in 1968 when Russian troops swept through Prague in the "
     "occupation of Czechoslovakia.", "occupation", D(1968, 1, 1)),
    ("Rebels seized the town on Friday and began a siege of the fort.", "siege", D(2020, 6, 12)),
    ("The court upheld a law two years ago in a ruling invalidating the use of quotas.", "use", D(2018, 1, 1)),
])
def test_dating_a_nominal_event_by_the_clause_its_clause_goes_on_from(dating, text, word, start):
    assert dating(text, "2020-06-15", word).time.start == start


def test_dating_event_noun_described_by_a_complement_of_its_relative_clause(dating):
    text = "Crowds gathered since the triumph of the revolution that brought President Castro to power 41 years ago."
    d = dating(text, "2000-01-15", "revolution")
    assert span(d) == (D(1959, 1, 1), D(1959, 12, 31)) and d.rule == "described"


def test_dating_a_time_ahead_on_a_participle_of_a_thing_done_is_the_clause_above(dating):
    text = "Hewlett said it planned to ship a computer based on the new chip early next year."
    d = dating(text, "1989-10-27", "ship")
    assert span(d) == (D(1990, 1, 1), D(1990, 12, 31)) and d.rule == "own"
    # a time gone by stays the participle's: "the injunction issued Thursday"
    d = dating("The lawyers will study the injunction issued Thursday.", "2019-01-07", "study")
    assert d.rule != "own"


def test_dating_an_act_to_come_at_a_hearing_the_parse_reads_as_a_verb(dating):
    text = "The dispute may finally be resolved in a court hearing the week of March 6, his lawyer said."
    d = dating(text, "2000-02-24", "resolved")
    assert d.time.start == D(2000, 3, 6) and d.rule == "occasion"


@pytest.mark.parametrize("text, word", [
    ("The minister will meet the envoy when he arrives in Kabul.", "arrives"),
    ("The embassy is expected to be demolished after the FBI has finished gathering evidence.", "finished"),
    ("The army would withdraw if the rebels surrender.", "surrender"),
    ("The army will withdraw once the accord is signed.", "signed"),
    ("Holders would receive a dividend shortly before the proposed merger.", "merger"),
    ("Observers are gathering for the upcoming election.", "election"),
])
def test_dating_what_the_telling_puts_ahead(dating, text, word):
    assert dating(text, "2020-06-15", word).rule == "future"


@pytest.mark.parametrize("text, word, rule", [
    ("The minister met the envoy when he arrived in Kabul.", "arrived", "none"),  # all in the past
    ("When he finds a loss, one can see accommodations.", "finds", "present"),  # a modal of ability
])
def test_dating_a_when_clause_not_under_a_prospect_keeps_its_tense(dating, text, word, rule):
    assert dating(text, "2020-06-15", word).rule == rule


def test_dating_a_passive_infinitive_under_an_expectation_looks_ahead(dating):
    d = dating("The accord is expected to be signed on Thursday.", "2020-06-15", "signed")
    assert d.time.start == D(2020, 6, 18)  # published Monday 15 June 2020


@pytest.mark.parametrize("text, word", [
    ("The government is offering a reward for information that leads to the arrest and conviction of the "
     "bombers.", "arrest"),
    ("The government is offering a reward for information that leads to the arrest and conviction of the "
     "bombers.", "conviction"),
    ("The reward for information leading to a fugitive's capture is $50,000.", "capture"),
])
def test_dating_a_consequence_in_the_present_is_ahead(dating, text, word):
    assert dating(text, "1999-06-07", word).rule == "future"


def test_dating_a_consequence_in_the_past_was_done(dating):
    assert dating("The protests led to the arrest of 20 people.", "1999-06-07", "arrest").rule != "future"


def test_dating_a_time_before_an_infinitive_is_the_clause_above_it(dating):
    text = ("Albright has invited the foreign ministers of Poland, the Czech Republic and Hungary to a ceremony in "
            "Independence, Mo., on March 12 to mark the accession of the three countries into the NATO alliance.")
    assert span(dating(text, "1999-02-16", "ceremony")) == (D(1999, 3, 12), D(1999, 3, 12))
    assert span(dating(text, "1999-02-16", "mark")) == (D(1999, 3, 12), D(1999, 3, 12))
    assert not dating(text, "1999-02-16", "invited").dated  # a past act's term, not its date


def test_dating_a_definite_noun_to_come_names_again_an_event_dated_ahead(pipeline):
    text = ("Albright has invited the foreign ministers to a ceremony in Independence, Mo., on March 12 to mark "
            "the accession. The ceremony will take place at the Truman Presidential Library.")
    d = framed(pipeline, text, "1999-02-16", "ceremony", 1)
    assert span(d) == (D(1999, 3, 12), D(1999, 3, 12)) and d.rule == "mention"
    # the talks held before the publication are another round: what is to come stays ahead
    d = framed(pipeline, "The talks were held on January 2. The talks will resume soon.", "2019-01-07", "talks", 1)
    assert d.rule == "future"


@pytest.mark.parametrize("text, word, start", [
    ("The official said that the accession was planned for early March.", "planned", D(1999, 3, 1)),
    ("Protesters planned a large demonstration in Little Havana on Saturday.", "demonstration", D(1999, 2, 13)),
])
def test_dating_a_time_a_plan_sets_is_its_aim(dating, text, word, start):
    assert dating(text, "1999-02-10", word).time.start == start  # published Wednesday 10 February 1999


def test_dating_a_month_an_event_was_held_in_is_behind(dating):
    assert dating("The vote was held in March.", "1999-02-10", "held").time.start == D(1998, 3, 1)


def test_dating_a_bare_time_after_an_event_noun_is_its_own(dating):
    text = ("Tens of thousands of people paid tribute to the men who launched the Cuban Revolution more than four "
            "decades ago in a rally Saturday demanding the return of Elian Gonzalez.")
    d = dating(text, "2000-04-01", "rally")
    assert span(d) == (D(2000, 4, 1), D(2000, 4, 1)) and d.rule == "own"


def test_dating_a_gerund_after_or_before_a_dated_clause_takes_its_day(dating):
    text = "``We stand with you,'' Albright said Monday before leaving Andrews Air Force Base."
    d = dating(text, "1998-08-17", "leaving")
    assert span(d) == (D(1998, 8, 17), D(1998, 8, 17)) and d.rule == "subordinate"


@pytest.mark.parametrize("text, word, year", [
    ("Many of the leaders who led the 1992 protests have moved.", "protests", 1992),
    ("Observers criticised Iraq's 2005 elections.", "elections", 2005),
])
def test_dating_a_year_a_determiner_sets_before_a_plural_noun(dating, text, word, year):
    assert span(dating(text, "2010-10-25", word)) == (D(year, 1, 1), D(year, 12, 31))


def test_dating_a_count_without_a_determiner_is_no_year(dating):
    assert not dating("Police fired 1649 rounds of ammunition at the crowd.", "2016-12-17", "fired").dated


@pytest.mark.parametrize("text", [
    "``I am ready to leave,'' Castro said on Sunday.",  # the marks as the tokenizer splits them
    "\"I am ready to leave,\" Castro said on Sunday.",
])
def test_dating_the_present_of_a_quotation_is_its_speakers(dating, text):
    d = dating(text, "2000-04-03", "am")
    assert span(d) == (D(2000, 4, 2), D(2000, 4, 2)) and d.rule == "quoted"


def test_dating_the_present_of_a_quotation_said_for_the_report_is_the_publications(dating):
    assert dating("\"I am ready to leave,\" Castro said.", "2000-04-03", "am").rule == "present"


def test_dating_a_predicated_adjective_shares_its_complements_time(dating):
    d = dating("Rally officials weren't available to comment late yesterday.", "1989-10-27", "available")
    assert span(d) == (D(1989, 10, 26), D(1989, 10, 26)) and d.rule == "complement"
    # an adjective of readiness looks ahead to its infinitive's time: it is not its own
    assert dating("The group would be ready to leave as soon as Tuesday.", "2000-04-03", "ready").rule != "complement"


def test_dating_a_time_ahead_through_a_noun_is_not_a_present_clauses(dating):
    text = ("Anheuser said it continues to hold to its earlier-announced goal of a 50% U.S. market share by the "
            "mid-1990s.")
    assert dating(text, "1989-10-26", "hold").rule == "present"
    # one hung on the present verb itself is its own: "holds its congress next week"
    assert dating("The party holds its congress next week.", "2020-06-15", "holds").rule == "own"


def test_dating_a_possessive_apostrophe_opens_no_quotation(dating):
    # "the soldiers' commander": the tagger's possessive mark, not a quotation mark
    d = dating("\"I am ready to leave,\" the soldiers' commander said on Sunday.", "2000-04-03", "am")
    assert span(d) == (D(2000, 4, 2), D(2000, 4, 2)) and d.rule == "quoted"


def test_dating_a_coordinated_clause_in_another_tense_keeps_its_own_time(dating):
    d = dating("The brewer sold 41% of all beer last year and is expected to grow.", "1989-10-26", "expected")
    assert d.rule == "present" and span(d) == (D(1989, 10, 26), D(1989, 10, 26))
    d = dating("Police arrested the suspect on Monday and are questioning him.", "1989-10-26", "questioning")
    assert d.rule == "present"
    # a verb in the simple past shares no "would": it goes with the verb that reports the clause
    text = "The bloc said on Wednesday it would hold a summit and urged all parties to exercise restraint."
    d = dating(text, "2024-11-08", "urged")
    assert span(d) == (D(2024, 11, 6), D(2024, 11, 6)) and d.rule == "coordinated"
    text = "Rebels seized the town on Friday and burned the market."
    assert dating(text, "2014-05-19", "burned").time.start == D(2014, 5, 16)


def test_dating_a_statement_the_parse_coordinates_with_the_clause_it_follows_goes_with_the_speaker(dating):
    text = ("The spokeswoman said on Wednesday that the group was operating from Afghanistan and accused "
            "the Taliban of failing to act.")
    d = dating(text, "2025-01-16", "accused")
    assert span(d) == (D(2025, 1, 15), D(2025, 1, 15)) and d.rule == "coordinated"
    # an act the reported clause goes on with is no statement of the speaker's
    d = dating("The governor said on Monday that police arrested the men and charged them.", "2025-01-16", "charged")
    assert d.time.start != D(2025, 1, 13)
    # an accusation is a stance taken in words: with no time of its own, made for the report
    d = dating("The opposition accused the government of fraud.", "2025-01-16", "accused")
    assert d.rule == "stance" and span(d) == (D(2025, 1, 15), D(2025, 1, 16))


def test_dating_an_after_clause_counted_from_its_dated_clause(dating):
    # "two days after": the clause told "after" happened two days before the dated one, not on its day
    d = dating("Rebels seized the town on Friday, two days after the army withdrew.", "2024-10-24", "withdrew")
    assert span(d) == (D(2024, 10, 16), D(2024, 10, 16)) and d.rule == "anchor"
    # a statement the parse hangs the clause on passes it the time of what it reports
    text = ("Border forces exchanged heavy fire at the crossing on Thursday, killing two soldiers, officials said, "
            "a day after warplanes bombed suspected hideouts in eastern Afghanistan.")
    assert span(dating(text, "2024-09-12", "bombed")) == (D(2024, 9, 11), D(2024, 9, 11))
    # with no dated clause to count from it keeps no date
    assert not dating("Rebels seized the town, two days after the army withdrew.", "2024-10-24", "withdrew").dated


def test_dating_an_act_lasting_a_count_of_days_up_to_its_dated_clause(dating):
    # "after two days of fighting": the fighting ran up to the day the clause is dated to
    text = "Government troops captured the airport on Saturday after three days of heavy clashes with the militia."
    d = dating(text, "2024-10-24", "clashes")
    assert span(d) == (D(2024, 10, 16), D(2024, 10, 19)) and d.rule == "anchor"
    # a vague count, or no dated clause, gives none
    assert dating("Government troops captured the airport on Saturday after days of heavy clashes.", "2024-10-24",
                  "clashes").rule != "anchor"
    assert not dating("Government troops captured the airport after three days of heavy clashes.", "2024-10-24",
                      "clashes").dated
    # days told against a month lie in it
    text = "The rebels signed a truce in March after six days of fighting with the army."
    assert span(dating(text, "2024-10-24", "fighting")) == (D(2024, 3, 1), D(2024, 3, 31))


def test_dating_a_past_perfect_reported_by_a_dated_statement_is_at_or_just_before_it(dating):
    text = "The interior minister said on Thursday that 30 protesters had been detained in the capital."
    d = dating(text, "2024-10-24", "detained")
    assert span(d) == (D(2024, 10, 23), D(2024, 10, 24)) and d.rule == "subordinate"
    # an undated statement gives it nothing
    text = "The interior minister said that 30 protesters had been detained in the capital."
    assert dating(text, "2024-10-24", "detained").rule != "subordinate"


def test_dating_an_act_on_people_by_what_a_relative_clause_says_they_did_then(dating):
    # what those acted on were doing, or did that day, is the scene of the act
    text = "Troops opened fire on farmers who blocked the highway on Monday."
    assert span(dating(text, "2024-10-24", "opened")) == (D(2024, 10, 21), D(2024, 10, 21))
    text = "Gunmen killed dozens of miners who were queuing for water at the camp last week."
    d = dating(text, "2024-10-24", "killed")
    assert span(d) == (D(2024, 10, 14), D(2024, 10, 20)) and d.rule == "complement"
    # a deed dated to a year is past, not the scene
    assert not dating("Police detained a man who robbed a bank in 2019.", "2024-10-24", "detained").dated


def test_dating_a_time_right_after_a_verb_of_saying_is_the_saying_s(dating):
    # the parse hangs "on Wednesday" on "hold"; it stands before the reported clause's subject
    text = ("The Southern African Development Community said on Wednesday it would hold an extraordinary "
            "summit on the crisis and urged all parties to exercise restraint.")
    for word in ("said", "urged"):
        assert span(dating(text, "2024-11-08", word)) == (D(2024, 11, 6), D(2024, 11, 6))


def test_dating_a_clause_a_counted_number_of_days_after_or_before_its_main_clause(dating):
    # "on Tuesday, a day after a soldier was killed": the killing on Monday
    d = dating("Jets bombed the rebel positions on Tuesday, a day after a soldier was killed.", "2025-12-10", "killed")
    assert span(d) == (D(2025, 12, 8), D(2025, 12, 8)) and d.rule == "anchor"
    d = dating("Police detained 40 activists on Wednesday, two days before the march was held.", "2025-02-20", "held")
    assert span(d) == (D(2025, 2, 21), D(2025, 2, 21))
    # uncounted, the clause keeps its main clause's day
    d = dating("Rebels attacked the town on Friday after soldiers raided their camp.", "2025-02-20", "raided")
    assert span(d) == (D(2025, 2, 14), D(2025, 2, 14))
    # a gerund after the counted preposition likewise: the abduction nine days before Tuesday
    d = dating("Fighters freed 17 pupils on Tuesday, nine days after abducting them.", "2025-10-15", "abducting")
    assert span(d) == (D(2025, 10, 5), D(2025, 10, 5)) and d.rule == "anchor"
    # uncounted, it keeps its verb's day
    d = dating("The minister spoke on Tuesday before leaving for Paris.", "2025-10-15", "leaving")
    assert span(d) == (D(2025, 10, 14), D(2025, 10, 14))


def test_dating_what_an_event_has_done_since_its_onset(dating):
    # the relative clause hung on the phrase's last noun says the conflict began, not the militia
    text = "The conflict between the army and the militia, which broke out in March 2022, has displaced a million people."
    d = dating(text, "2025-04-10", "conflict")
    assert span(d) == (D(2022, 3, 1), D(2022, 3, 31)) and d.rule == "occurrence"
    d = dating(text, "2025-04-10", "displaced")
    assert span(d) == (D(2022, 3, 1), D(2025, 4, 10)) and d.rule == "onset"
    # a verb sharing the perfect's subject and auxiliary likewise
    text = "The rebellion, which started in 2019, has killed 3,000 people and burned hundreds of villages."
    assert span(dating(text, "2025-04-10", "burned")) == (D(2019, 1, 1), D(2025, 4, 10))
    # a verb that does not say the event began gives no onset
    text = "The rebellion, which intensified in 2019, has killed 3,000 people."
    assert dating(text, "2025-04-10", "killed").rule != "onset"
    # nor does a count: the tally has no date of its own
    assert not dating("The rebellion has killed 3,000 people.", "2025-04-10", "killed").dated


def test_dating_a_refusal_reported_by_a_dated_statement(dating):
    text = "The minister said on Monday that the government would not withdraw the decree."
    d = dating(text, "2025-04-10", "withdraw")
    assert span(d) == (D(2025, 4, 7), D(2025, 4, 7)) and d.rule == "subordinate"
    # what the statement says will come is not made then
    assert dating("The minister said on Monday that the government would withdraw the decree.", "2025-04-10",
                  "withdraw").rule == "future"


def test_dating_a_where_clause_told_of_a_dated_scene(dating):
    text = "Clashes spread on Monday night to the district of Alder, where gunmen torched a market."
    d = dating(text, "2025-04-10", "torched")
    assert span(d) == (D(2025, 4, 7), D(2025, 4, 7)) and d.rule == "subordinate"
    # a restrictive clause names the place by a standing fact, not the scene
    assert not dating("Troops reached on Monday the town where he was born.", "2025-04-10", "born").dated


def test_dating_a_headline_by_its_lead(dating):
    text = ("Militia seizes border post in the north\n\nBy Ann Lee\n\n"
            "KADO, May 9 - A militia seized a border post near Kado on Wednesday, residents said.\n\n"
            "The army withdrew from the area.")
    d = dating(text, "2025-05-09", "seizes")
    assert span(d) == (D(2025, 5, 7), D(2025, 5, 7)) and d.rule == "headline"
    # an act the lead does not tell again keeps no date
    text = ("Militia burns villages in the north\n\nKADO, May 9 - A militia seized a border post on Wednesday.\n\n"
            "It burned villages on Thursday.")
    assert not dating(text, "2025-05-09", "burns").dated


def test_dating_a_when_clause_of_what_a_later_statement_reports(dating):
    # the parse hangs the "when" clause on "said"; it tells when the deaths were, not the statement
    text = ("Nine inmates were killed and four wounded when rival gangs fought with guns and grenades inside the "
            "main prison in the port city of Manta, the prison service said on Monday.")
    assert not dating(text, "2025-04-10", "fought").dated
    # a "when" clause of the statement itself keeps its time
    text = "When reporters asked him on Monday, the minister said the jail was calm."
    assert span(dating(text, "2025-04-10", "said")) == (D(2025, 4, 7), D(2025, 4, 7))


def test_dating_a_past_perfect_reported_by_a_statement_dated_by_its_conjunct(dating):
    text = "The council announced a truce on Wednesday and said it had deployed monitors between the two sides."
    d = dating(text, "2025-05-16", "deployed")
    assert span(d) == (D(2025, 5, 13), D(2025, 5, 14)) and d.rule == "subordinate"
