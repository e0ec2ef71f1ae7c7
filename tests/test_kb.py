"""The actor knowledge base: dated roles, coding precedence, one id per known actor, look-up by
any alias, and the build, with the real packaged tables and the real pipeline."""

import datetime as dt
import gzip
import json

import pytest

from conftest import SHARED
from khaldun import kb
from khaldun.errors import ConfigError
from khaldun.resolve.actors import LocalActor, resolve_actors

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def base():
    return kb.load()


def coding_of(base):
    """(country, sector) of the entity a name finds on a day, by its role that day."""
    def coded(name, day):
        c = base.coding(base.find(name, when=D(day)), D(day))
        return c.country, c.sector
    return coded


def test_kb_role_held_on_the_day(base):
    obama = base.find("Obama")
    assert obama is not None and obama.name == "Barack Obama"
    during = base.coding(obama, D("2015-06-01"))
    assert (during.country, during.sector) == ("USA", "GOV") and during.basis.startswith("kb dated")
    after = base.coding(obama, D("2018-03-01"))
    assert (after.country, after.sector) == ("USA", "ELI") and after.basis.startswith("kb former")
    trump = base.find("Donald Trump")
    assert base.coding(trump, D("2015-06-01")).sector != "GOV"
    assert base.coding(trump, D("2019-06-01")).sector == "GOV"


def test_kb_acronym_of_several_bodies_means_the_best_known(base):
    # "PRI" names parties in Mexico, Italy, Chile and the Dominican Republic: the one whose
    # Wikidata item is oldest is the one the news means without other context
    assert base.find("PRI").country == "MEX"
    assert base.find("PAN").country == "MEX"


def test_kb_dotted_abbreviation_found_as_written_closed_up(base):
    # the index knows "UN Mission"; "U.N. Mission" folds to "u n mission"
    assert base.find("U.N. Mission", kind="organization") == base.find("UN Mission", kind="organization")
    assert base.find("U.N. Mission", kind="organization") is not None
    assert base.find("K.U.") is None  # a bare abbreviation is not read closed up


def test_kb_body_never_matched_as_a_person_spelled_otherwise(base):
    # "Fatah Party" and "Vit Barta" share a transliteration skeleton; a body is not that person
    assert base.find("Fatah Party", "organization") is None


def test_kb_open_role_unconfirmed_after_its_date_and_additions_date_it():
    bare = kb.KnowledgeBase(additions=None)
    coding = bare.coding(bare.find("Jens Stoltenberg"), D("2019-01-01"))
    assert not coding.confirmed and coding.basis.startswith("kb unconfirmed") and coding.sector == "GOV"
    assert bare.coding(bare.find("Jens Stoltenberg"), D("2010-01-01")).confirmed  # inside what the source knew
    added = kb.load()
    coding = added.coding(added.find("Jens Stoltenberg"), D("2019-01-01"))
    assert coding.confirmed and (coding.country, coding.sector) == ("IGO", "GOV")  # a NATO post: no country


def test_kb_open_role_long_past_its_date_gives_the_country_and_no_sector():
    bare = kb.KnowledgeBase(additions=None)
    stoltenberg = bare.find("Jens Stoltenberg")  # Norway's prime minister "as of 2017" to the source
    coding = bare.coding(stoltenberg, D("2023-06-01"))
    assert not coding.confirmed and (coding.country, coding.sector) == ("NOR", None)
    assert f"past {kb.UNCONFIRMED_HORIZON} years" in coding.basis
    assert bare.coding(stoltenberg, D("2018-06-01")).sector == "GOV"  # within a term of what it knew


def test_kb_open_role_loses_to_a_later_post_that_ended():
    role = kb.KbRole("GOV", "XXX", D("2010-01-01"), None, D("2017-07-20"), False, "minister", None)
    later = kb.KbRole("LEG", "XXX", D("2018-01-01"), D("2019-06-30"), None, False, "member", None)
    person = kb.KbActor("t:1", "Test Person", "person", "XXX", None, False, (), (role, later))
    coding = kb.KnowledgeBase.coding(kb.load(), person, D("2019-09-01"))
    assert coding.basis.startswith("kb former") and coding.sector == "ELI"


def test_kb_international_bodies_coded_as_the_plover_agent_scheme_codes_them(base):
    """UNO for the UN's bodies, EUR for the EU's, IGO for others; the function the source code names."""
    def coded(name):
        c = base.coding(base.find(name), None)
        return c.country, c.sector
    assert coded("World Health Organization") == ("UNO", "HLH")
    assert coded("International Court of Justice") == ("UNO", "JUD")
    assert coded("European Union") == ("EUR", None)
    assert coded("NATO") == ("IGO", None)
    assert coded("IMF") == ("IGO", "BUS")
    # Phoenix's "EUR" is Europe: its bodies outside the EU are other international bodies
    assert coded("Council of Europe") == ("IGO", None)
    assert coded("European Free Trade Association") == ("IGO", "BUS")
    # the EU's institutions (Treaty on European Union, Article 13): its executive is the EU's government
    assert coded("European Commission") == ("EUR", "GOV")
    assert coded("European Court of Auditors") == ("EUR", "GOV")


def test_kb_a_post_surely_held_before_one_only_a_year_only_start_dates(base):
    """Charles's source dates his realms' crowns "2022": in March 2022 he was still the Prince of
    Wales (dated to the day); in 2023 the king of his own country before that of Canada or
    Jamaica. A year-only end covers its whole year: Bobi Wine sat in parliament in early 2021."""
    coded = coding_of(base)
    assert coded("Prince Charles", "2022-03-01") == ("GBR", "ELI")
    assert coded("King Charles", "2023-03-01") == ("GBR", "GOV")
    assert coded("Bobi Wine", "2021-01-01") == ("UGA", "LEG")
    role = kb._role(["GOV", "FRA", "2014", "2016", None, 0, "minister", None])
    assert not role.surely_holds(D("2014-06-01")) and role.surely_holds(D("2015-06-01"))
    assert role.surely_holds(D("2016-12-31"))


def test_kb_year_only_dates_hold_for_the_whole_year():
    role = kb._role(["GOV", "FRA", "2014", "2016", None, 0, "minister", None])
    assert role.holds(D("2014-01-01")) and role.holds(D("2016-12-31"))
    assert not role.holds(D("2013-12-31")) and not role.holds(D("2017-01-01"))


def test_kb_additions_fill_gaps_and_need_a_source(base, tmp_path):
    sdf = base.find("SDF", when=D("2019-01-01"))
    assert sdf.id == "khaldun:SDF" and base.coding(sdf, D("2019-01-01")).sector == "REB"
    bolton = base.find("John Bolton")
    assert base.coding(bolton, D("2019-01-01")).sector == "GOV"
    assert base.coding(bolton, D("2020-06-01")).sector == "ELI"
    bad = tmp_path / "additions.tsv"
    bad.write_text("id\tname\tkind\tcountry\tgeneric\taliases\troles\tsource\n"
                   "x:1\tSomeone\tperson\tFRA\t\t\tGOV FRA 2001.. minister\t\n")
    with pytest.raises(ConfigError) as err:
        kb.KnowledgeBase(additions=bad)
    assert err.value.code == "E213"


def test_kb_precedence_in_extraction(pipeline):
    def actor(text, date, words):
        x = pipeline.extract(text, date)
        return next(m for m in x.mentions if m.text == words)

    early = actor("Barack Obama visited Cairo.", "2015-06-01", "Barack Obama")
    late = actor("Barack Obama visited Cairo.", "2019-06-01", "Barack Obama")
    assert (early.sector, late.sector) == ("GOV", "ELI") and early.basis.startswith("kb dated")
    fighters = actor("US-backed Syrian Kurdish fighters attacked the village.", "2017-06-01",
                     "US-backed Syrian Kurdish fighters")
    assert fighters.country == "SYR" and fighters.basis == "text"  # "US-backed" names the backer


def test_kb_one_id_for_every_name_of_a_known_actor(pipeline):
    x = pipeline.extract("Donald Trump met John Bolton. President Trump said Donald J. Trump would decide. "
                         "Trump left.", "2019-03-01")
    ids = {m.id for m in x.mentions if "Trump" in m.text}
    assert len(ids) == 1 and {m.name for m in x.mentions if "Trump" in m.text} == {"Donald Trump"}
    bolton = next(m for m in x.mentions if m.text == "John Bolton")
    assert bolton.id not in ids and bolton.sector == "GOV"


def test_kb_two_entities_never_merged(base):
    w, h = base.get("phoenix:GEORGE_W._BUSH"), base.get("phoenix:GEORGE_BUSH")
    local = [LocalActor(w.local_id, "George W. Bush", "person", "USA", "GOV", 5),
             LocalActor(h.local_id, "George Bush", "person", "USA", "GOV", 5),
             LocalActor("a000000000001", "Bush", "person", "USA", None, 1)]
    actors, identities = resolve_actors(local)
    of = {i.local_id: i.actor_id for i in identities}
    assert of[w.local_id] != of[h.local_id]
    assert {a.name for a in actors} >= {"George W. Bush", "George Bush"}


def test_kb_actor_found_by_a_spelling_no_article_used(cli, seed_path):
    cli("ingest", str(seed_path), "--date", "2014-05-19", "--quiet")
    assert "Haftar" not in seed_path.read_text()
    out = json.loads(cli("actor", "Haftar", "--json").stdout)
    assert out["name"] == "Khalifa Haftar" and out["mentions"] > 5
    assert json.loads(cli("actor", "Khalifa Hiftar", "--json").stdout)["id"] == out["id"]


def test_kb_build_is_deterministic_and_records_its_inputs(tmp_path):
    source = SHARED / "kb"
    if not (source / "actors.jsonl").exists():
        pytest.skip(f"the knowledge-base sources are missing: expected {source} (../shared beside the checkout)")
    from khaldun.kb import build

    build.build(source, tmp_path / "a")
    build.build(source, tmp_path / "b")
    for name in ("actors.tsv.gz", "index.tsv.gz", "agents.tsv.gz", "country_names.tsv.gz", "SOURCES.txt"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes() == \
            (kb.DATA / name).read_bytes(), name
    with gzip.open(tmp_path / "a" / "actors.tsv.gz", "rt") as fh:
        assert sum(1 for _ in fh) > 30000


def test_kb_one_name_of_two_people_means_the_one_in_office_on_the_day(base):
    # "George Bush" is the father's name and an alias of the son: the day chooses
    assert base.find("George Bush", when=D("2005-03-01")).id == "phoenix:GEORGE_W._BUSH"
    assert base.find("George Bush", when=D("1991-03-01")).id == "phoenix:GEORGE_BUSH"


def test_kb_of_two_entries_in_office_the_one_appointed_last(base):
    # "Salva Kiir" is filed as Sudan's from 2005, never closed, and again as South Sudan's
    # president from 2011: after independence the newer post is the one he holds
    coded = coding_of(base)
    assert coded("Salva Kiir", "2016-05-01") == ("SSD", "GOV")
    assert coded("Salva Kiir", "2008-05-01") == ("SDN", "GOV")


def test_kb_bare_surname_names_a_person_only_while_in_office(base):
    # "President Mansour" is an alias: "Mansour" alone is the interim president only while he is
    # one; a role its source knew open only until 2017 is no proof ("Bari" in 2018)
    assert base.find("Mansour", when=D("2013-10-01")).name == "Adly Mansour"
    assert base.find("Mansour", when=D("2018-03-01")) is None
    assert base.by_surname("Bari", D("2018-03-01")) is None
    # the same kind of role, of a well-documented person (a Wikidata item), still names him
    assert base.by_surname("Modi", D("2019-05-01")).name == "Narendra Modi"
    # an elite's standing is no post: Dennis Blair's career before 2009 does not compete
    assert base.by_surname("Blair", D("2005-06-01")).name == "Tony Blair"
    # a particle before the surname is not part of it; a double-barrelled surname is whole
    assert base.by_surname("Sarraj", D("2018-06-01")).name == "Fayez al-Sarraj"
    # several in office: the well-documented one (Uganda's president, not his wife the minister)
    assert base.by_surname("Museveni", D("2016-06-01")).name == "Yoweri Museveni"
    # a peer is called by the name before the place of the title: "Lord Cameron of Chipping
    # Norton" is Cameron (the one in government in 2014, not a judge in the Lords), no Norton
    assert base.by_surname("Cameron", D("2014-06-01")).id == "phoenix:DAVID_CAMERON"
    assert kb.surname("Baroness Taylor of Bolton", "GBR") == "taylor"
    assert base.find("Putin", when=D("2001-03-01")).name == "Vladimir Putin"  # a surname its source lists bare


def test_kb_family_name_first(base):
    xi = base.by_surname("Xi", D("2019-05-01"))
    assert xi is not None and xi.name == "Xi Jinping"
    assert base.by_surname("Jinping", D("2019-05-01")) is None
    assert kb.surname("Moon Jae-in", "KOR") == "moon" and kb.surname("Carrie Lam", "HKG") == "lam"


def test_kb_full_name_spelled_otherwise_or_reordered_but_not_by_letter_classes_alone(base):
    assert base.full_name("Aleksandr Lukashenko").country == "BLR"  # filed as "Alyaksandr Lukashenka"
    khurelsukh = base.full_name("Ukhnaagiin Khurelsukh")  # a Mongolian patronymic, the given name last
    assert khurelsukh is not None and khurelsukh.country == "MNG"
    # "East Ghouta" and "Issiat Kato" share a transliteration key, not a spelling
    assert base.candidates("East Ghouta") == []


def test_kb_surnames_in_extraction(pipeline):
    x = pipeline.extract("Xi Jinping met Donald Trump. Xi said China would respond.", "2019-05-01")
    assert len({m.id for m in x.mentions if m.text.startswith("Xi")}) == 1
    xi = next(m for m in pipeline.extract("Chinese President Xi met Trump.", "2019-05-01").mentions if m.text == "Xi")
    assert xi.name == "Xi Jinping" and (xi.country, xi.sector) == ("CHN", "GOV")
    x = pipeline.extract("Rebels in East Ghouta fired mortars. Mansour said the attack was over.", "2018-03-01")
    assert all(m.country is None for m in x.mentions if m.text in ("East Ghouta", "Mansour"))
    person = next(m for m in pipeline.extract("Ukhnaagiin Khurelsukh spoke.").mentions if "Khurelsukh" in m.text)
    assert person.kind == "person" and person.country == "MNG"


def test_kb_additions_for_bodies_posts_and_groups_the_sources_lack(base):
    coded = coding_of(base)
    assert coded("European Council", "2022-01-01") == ("EUR", "GOV")
    assert coded("ECB", "2022-01-01") == ("EUR", "GOV")  # a central bank, as a government's is
    assert coded("European Court of Justice", "2022-01-01") == ("EUR", "JUD")
    assert coded("William Burns", "2022-10-01") == ("USA", "SPY")
    assert coded("Congress Party", "2019-05-01") == ("IND", "PTY")
    assert coded("Los Zetas", "2012-01-01") == ("MEX", "CRM")


def test_kb_names_spelled_otherwise_choose_the_closest_spelling(base):
    # "Mohammad bin Salman" and "Mohammad Soleimani" share a transliteration key
    assert base.full_name("Mohammed bin Salman").name == "Mohammad bin Salman"
    # a surname no one in the base has, spelled as another's is ("Zelenskyy")
    assert base.by_surname("Zelensky", D("2022-03-01")).name == "Volodymyr Zelenskyy"
    # a surname someone has is not read as another spelled alike ("Manzoor", "Pashkov")
    assert base.by_surname("Mansour", D("2018-03-01")) is None
    assert base.by_surname("Peskov", D("2022-06-01")).name == "Dmitry Peskov"


def test_kb_full_name_the_recogniser_cut_up(pipeline):
    # the recogniser reads "Ebrahim" alone as an organisation and "Raisi" as nothing
    ms = pipeline.extract("Ebrahim Raisi", "2022-01-01").mentions
    assert [(m.text, m.country, m.sector) for m in ms] == [("Ebrahim Raisi", "IRN", "GOV")]


def test_kb_additions_armed_groups_after_the_dictionaries(base):
    coded = coding_of(base)
    assert coded("Houthis", "2016-01-01") == ("YEM", "REB")
    assert coded("IRGC", "2020-01-01") == ("IRN", "MIL")
    assert coded("Rapid Support Forces", "2020-01-01") == ("SDN", "MIL")
    assert coded("Rapid Support Forces", "2024-01-01") == ("SDN", "REB")  # at war with the army since April 2023


def test_kb_phoenix_generic_people_are_plover_s_unidentified_actors(pipeline):
    # Phoenix's "~PPL" ("men", "persons") is no CAMEO or PLOVER sector; PLOVER's UNK is
    ms = pipeline.extract("Two men were arrested.").mentions
    assert any(m.text == "Two men" and m.sector == "UNK" for m in ms), [(m.text, m.sector) for m in ms]


def test_kb_partially_recognised_entities_as_plover_codes_them(base, pipeline):
    # the PLOVER manual's list: the claiming state's country, sector PRE
    for name, country in (("Transnistria", "MDA"), ("Nagorno-Karabakh", "AZE"), ("Abkhazia", "GEO"),
                          ("Turkish Republic of Northern Cyprus", "CYP")):
        c = base.coding(base.find(name, when=D("2015-01-01")), D("2015-01-01"))
        assert (c.country, c.sector) == (country, "PRE"), name
    ms = pipeline.extract("The breakaway region declared independence.").mentions
    assert any(m.sector == "PRE" for m in ms), [(m.text, m.sector) for m in ms]


def test_kb_short_form_of_a_longer_full_name_while_in_office(base):
    # Wikidata files "Matamela Cyril Ramaphosa" and "Abiy Ahmed Ali"; the news writes them shorter
    assert base.find("Cyril Ramaphosa", when=D("2020-06-01")).name == "Matamela Cyril Ramaphosa"
    assert base.find("Abiy Ahmed", when=D("2020-06-01")).name == "Abiy Ahmed Ali"
    assert base.find("Abiy Ahmed", when=D("2010-06-01")) is None  # not yet in office: any Abiy Ahmed


def test_kb_additions_heads_of_government_the_sources_end_before(base):
    for name, day, country in (("Shinzo Abe", "2015-06-01", "JPN"), ("Mariano Rajoy", "2015-06-01", "ESP"),
                               ("Enrique Pena Nieto", "2015-06-01", "MEX"), ("Park Geun-hye", "2015-06-01", "KOR")):
        c = base.coding(base.find(name, when=D(day)), D(day))
        assert (c.country, c.sector) == (country, "GOV"), name


def test_kb_additions_military_units_and_office_holders_the_sources_lack(base):
    coded = coding_of(base)
    assert coded("Northern Fleet", "2022-01-01") == ("RUS", "MIL")
    assert coded("Andrei Kartapolov", "2019-06-01") == ("RUS", "GOV")  # Deputy Defence Minister
    assert coded("Jam Kamal Khan", "2020-01-01") == ("PAK", "GOV")  # Chief Minister of Balochistan
    assert coded("Jam Kamal Khan", "2022-10-20") == ("PAK", "LEG")  # after, a member of the provincial assembly
    assert coded("Bobi Wine", "2018-01-01") == ("UGA", "LEG")
    # "PRD" names parties in Mexico, Panama and the Dominican Republic: the addition says which
    # the news means without other context
    assert base.find("PRD").country == "MEX"


def test_kb_full_name_known_as_an_alias(base):
    # a full name a source lists as an alias is that person's, a title and surname no full name
    assert base.full_name("Jam Kamal Khan Alyani").name == "Jam Kamal Khan"
    assert base.full_name("President Obama") is None


def test_kb_additions_armed_groups_and_seats_of_government(base):
    coded = coding_of(base)
    assert coded("ISIS-K", "2021-08-26") == ("AFG", "REB")
    assert coded("Janjaweed", "2004-06-01") == ("SDN", "UAF")
    assert coded("Abu Sayyaf", "2017-05-23") == ("PHL", "REB")  # the source filed it under no country
    assert coded("Downing Street", "2019-01-01") == ("GBR", "GOV")
    assert coded("Blue House", "2019-01-01") == ("KOR", "GOV")


def test_kb_additions_heads_of_state_after_the_sources_end(base):
    coded = coding_of(base)
    assert coded("Lula", "2023-03-01") == ("BRA", "GOV")
    assert coded("Javier Milei", "2024-03-01") == ("ARG", "GOV")
    assert coded("Benjamin Netanyahu", "2023-06-01") == ("ISR", "GOV")
    assert coded("Hemedti", "2023-05-01") == ("SDN", "REB")  # at war with the army from April 2023
    # "Mullah Omar" is no South African minister called Dullah Omar spelled otherwise
    assert coded("Mullah Omar", "2000-01-01") == ("AFG", "GOV")


def test_kb_surname_the_news_uses_alone_names_its_one_bearer(base):
    # two Guterres in office in 2020: East Timor's president and the UN Secretary-General, whom
    # the news calls by his surname alone (an alias of his)
    c = base.coding(base.find("Guterres", when=D("2020-01-01")), D("2020-01-01"))
    assert (c.country, c.sector) == ("UNO", "GOV")


def test_kb_additions_opposition_leaders_and_regional_heads(base):
    coded = coding_of(base)
    assert coded("Alexei Navalny", "2021-01-01") == ("RUS", "OPP")
    assert coded("Kadyrov", "2022-01-01") == ("RUS", "GOV")
    # the Senegalese prime minister, not a Gambian minister whose name is spelled alike
    assert coded("Ousmane Sonko", "2024-06-01") == ("SEN", "GOV")
    assert coded("Ahmad Massoud", "2022-01-01") == ("AFG", "REB")


def test_kb_additions_intelligence_services(base):
    # "FSB" names Russia's security service in the news, not a Bolivian party of 1937
    assert base.find("FSB").country == "RUS"
    assert base.find("SBU").country == "UKR"


def test_kb_additions_monarchs_by_their_regnal_names(base):
    coded = coding_of(base)
    assert coded("King Charles", "2023-05-06") == ("GBR", "GOV")  # not one of his other realms
    assert coded("Prince Charles", "2015-01-01") == ("GBR", "ELI")
    assert coded("King Salman", "2020-01-01") == ("SAU", "GOV")


def test_kb_news_media_have_their_country(base):
    # the Guardian is a British paper, not a Jordanian body (a country the sources gave none)
    c = base.coding(base.find("the Guardian"), None)
    assert (c.country, c.sector) == ("GBR", "MED")
    assert base.coding(base.find("Xinhua"), None).country == "CHN"


def test_kb_additions_ministers_and_commanders_after_the_dictionaries(base):
    coded = coding_of(base)
    assert coded("Wang Yi", "2020-01-01") == ("CHN", "GOV")
    assert coded("Valery Gerasimov", "2022-06-01") == ("RUS", "MIL")
    # an EU post is coded as the PLOVER agent scheme codes the Union's bodies
    assert coded("Josep Borrell", "2021-01-01") == ("EUR", "GOV")
    assert coded("Ursula von der Leyen", "2021-01-01") == ("EUR", "GOV")


def test_kb_open_role_closed_by_a_later_source_s_post():
    bare = kb.KnowledgeBase(additions=None)

    def sector(name, day):
        return bare.coding(bare.find(name, when=D(day)), D(day)).sector
    # Phoenix left Kenyatta's and Rouhani's posts open in 2017; the Wikidata rows end them
    assert sector("Uhuru Kenyatta", "2016-01-01") == "GOV" and sector("Uhuru Kenyatta", "2023-06-01") != "GOV"
    assert sector("Hassan Rouhani", "2022-06-01") != "GOV"
    # Phoenix's own posts ending closes no other of its posts: Vucic stayed in government
    assert sector("Aleksandar Vucic", "2016-06-01") == "GOV"


def test_kb_additions_close_an_open_role_at_the_post_s_end(base):
    coded = coding_of(base)
    assert coded("Jacob Zuma", "2015-01-01") == ("ZAF", "GOV")
    assert coded("Jacob Zuma", "2020-01-01")[1] != "GOV"
    # an open role closes at the first post that ends after it began, not a later one
    assert coded("Cristina Fernandez de Kirchner", "2017-01-01")[1] != "GOV"
    assert coded("Cristina Fernandez de Kirchner", "2021-01-01") == ("ARG", "GOV")
    role = kb.KbRole("GOV", "ZAF", D("2009-05-09"), None, D("2017-07-20"), False, None, "ZAFGOV")
    closing = kb.KbRole("GOV", "ZAF", D("2009-05-09"), D("2018-02-14"), None, False, "President", None)
    assert kb._closed(role, (closing,), True).end == D("2018-02-14")
    assert kb._closed(role, (kb.KbRole("GOV", "ZAF", D("2001-01-01"), D("2005-01-01"), None, False, "x", None),),
                      True).end is None  # a post that ended before it began


def test_kb_additions_for_british_state_bodies_and_office_holders(base):
    coded = coding_of(base)
    assert coded("Home Office", "2020-01-01") == ("GBR", "GOV")
    assert coded("House of Commons", "2020-01-01") == ("GBR", "LEG")
    assert coded("Crown Prosecution Service", "2020-01-01") == ("GBR", "JUD")
    assert coded("RAF", "2020-01-01") == ("GBR", "MIL")
    assert coded("Nicola Sturgeon", "2020-01-01") == ("GBR", "GOV")
    assert coded("Nicola Sturgeon", "2024-01-01") == ("GBR", "LEG")
    assert coded("Cressida Dick", "2020-01-01") == ("GBR", "COP")


def test_kb_additions_for_heads_of_international_bodies_and_armed_groups(base):
    coded = coding_of(base)
    assert coded("Tedros Adhanom Ghebreyesus", "2021-01-01") == ("UNO", "GOV")
    assert coded("Tedros Adhanom Ghebreyesus", "2010-01-01") == ("ETH", "GOV")
    assert coded("Kristalina Georgieva", "2021-01-01") == ("IGO", "GOV")
    assert coded("Michelle Bachelet", "2020-01-01") == ("UNO", "GOV")  # no longer Chile's president
    assert coded("Ismail Haniyeh", "2022-01-01") == ("PSE", "REB")
    # the junta's leader of 2021, not the minister of 2006 of a name spelled alike
    assert coded("Mamady Doumbouya", "2022-01-01") == ("GIN", "GOV")


def test_kb_a_state_post_outranks_party_leadership_held_with_it(tmp_path):
    added = tmp_path / "additions.tsv"
    added.write_text("id\tname\tkind\tcountry\tgeneric\taliases\troles\tsource\n"
                     "x:1\tAmina Example\tperson\tKEN\t\t\tLEG KEN 2013..2022 member of parliament;"
                     "OPP KEN 2017.. leader of an opposition party\tmade up for the test\n")
    made = kb.KnowledgeBase(additions=added)
    amina = made.get("x:1")
    assert made.coding(amina, D("2019-01-01")).sector == "LEG"
    assert made.coding(amina, D("2024-01-01")).sector == "OPP"  # the seat lost, the leadership kept


def test_kb_a_name_closing_with_its_bracketed_acronym_is_known_by_each(base):
    # "Liberation Tigers of Tamil Eelam (LTTE)": the news writes the name or the acronym alone;
    # a bracketed word that is no acronym of the name ("Direct Action (GREECE)") is neither
    for name in ("LTTE", "Liberation Tigers of Tamil Eelam"):
        found = base.find(name)
        assert found is not None and found.id == "phoenix:LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)", name
    assert all(a.id != "phoenix:DIRECT_ACTION_(GREECE)" for a in base.candidates("Greece"))


def test_kb_an_international_militarized_group_is_plover_s_img(base):
    # Phoenix codes al-Qaeda IMGMUSALQ: no state's; PLOVER writes it IMG
    coding = base.coding(base.find("al-Qaeda"), None)
    assert (coding.country, coding.sector) == (None, "IMG")


def test_kb_build_merges_two_records_of_one_person_and_no_father_and_son():
    from khaldun.kb import build

    def person(kid, name, wikidata=None, sources=("phoenix",)):
        return {"id": kid, "name": name, "kind": "person", "country": "MNG", "wikidata": wikidata,
                "sources": list(sources), "aliases": [],
                "roles": [{"country": "MNG", "sector": "GOV", "start": "2005", "end": "2007"}]}
    merged = build._merged([person("p:1", "Ukhna Khurelsukh"), person("w:1", "Khurelsukh Ukhnaa", "Q1", ["wikidata"]),
                            person("p:2", "Abdallah bin Khalid Thani"), person("p:3", "Khalid bin Abdallah Thani")])
    assert [r["id"] for r in merged] == ["w:1", "p:2", "p:3"]  # the Wikidata record keeps its id
    assert "Ukhna Khurelsukh" in merged[0]["aliases"] and len(merged[0]["roles"]) == 2


def test_kb_merged_person_found_by_either_record_s_name(base):
    ids = {a.id for n in ("Ukhna Khurelsukh", "Khurelsukh Ukhnaa", "Ukhnaagiin Khurelsukh") for a in base.candidates(n)}
    assert ids == {"wikidata:Q27058418"}


def test_kb_intergovernmental_bodies_by_name_and_abbreviation(base):
    for name in ("OECD", "G20", "G7", "Gulf Cooperation Council", "GCC", "Organisation of Islamic Cooperation"):
        c = base.coding(base.find(name), None)
        assert (c.country, c.sector) == ("IGO", None), name


def test_kb_project_entry_dates_a_year_only_post_to_the_day(base):
    # the Wikidata row "Prime Minister of Australia 2018..2022" gives way to the entry's days:
    # in October 2022 Scott Morrison, prime minister until 23 May, sat in parliament
    coded = coding_of(base)
    assert coded("Scott Morrison", "2019-10-01") == ("AUS", "GOV")
    assert coded("Scott Morrison", "2022-10-01") == ("AUS", "LEG")


def test_kb_project_entry_outranks_a_dictionary_guess_at_the_same_office(base):
    # Phoenix files Ali Larijani's speakership (from 2008) as an open government post
    coded = coding_of(base)
    assert coded("Ali Larijani", "2015-01-01") == ("IRN", "LEG")
    assert coded("Ali Larijani", "2006-01-01") == ("IRN", "GOV")


def test_kb_project_entry_before_a_dictionary_entry_of_that_name(base):
    # a Lebanese group named Ansar Allah; the news's Ansar Allah is the Houthis
    assert base.find("Ansar Allah", when=D("2020-01-01")).id == "khaldun:HOUTHIS"
    assert base.find("Queen Elizabeth II", when=D("2015-01-01")).country == "GBR"  # not her Saint Kitts entry
    assert base.find("BLA", when=D("2022-01-01")).country == "PAK"


def test_kb_additions_name_an_international_body_in_the_country_slot(base, tmp_path):
    coded = coding_of(base)
    assert coded("UNIFIL", "2015-01-01") == ("UNO", "MIL")
    assert coded("UNAMA", "2015-01-01") == ("UNO", None)  # "IGO UNO": a UN body of no function
    assert coded("Europol", "2015-01-01") == ("EUR", "COP")
    assert coded("AMISOM", "2015-01-01") == ("IGO", "MIL")
    own = tmp_path / "additions.tsv"
    own.write_text("id\tname\tkind\tcountry\tgeneric\taliases\troles\tsource\n"
                   "x:1\tSome Mission\torganization\t\t\t\tIGO UNO 2001.. a UN mission\tmade up\n"
                   "x:2\tSome Forum\torganization\t\t\t\tIGO - 2001.. a forum\tmade up\n")
    made = kb.KnowledgeBase(additions=own)
    for name, body in (("Some Mission", "UNO"), ("Some Forum", "IGO")):
        c = made.coding(made.find(name), D("2010-01-01"))
        assert (c.country, c.sector) == (body, None)


def test_kb_additions_leaders_before_the_wikidata_rows(base):
    coded = coding_of(base)
    assert coded("Hafez al-Assad", "1985-01-01") == ("SYR", "GOV")
    assert coded("Ferdinand Marcos", "1980-01-01") == ("PHL", "GOV")
    assert coded("Mario Draghi", "2015-01-01") == ("EUR", "GOV")  # the ECB's president
    assert coded("Riek Machar", "2015-01-01") == ("SSD", "REB")
    assert coded("Riek Machar", "2021-01-01") == ("SSD", "GOV")
    assert coded("Qasem Soleimani", "2019-01-01") == ("IRN", "MIL")


def test_kb_successor_dated_to_the_day_closes_an_open_post(base):
    # the Wikidata rows leave "Prime Minister of Japan 2021.." open; Ishiba's entry (from 1 October
    # 2024) ends it, while Venezuela's rival claimants, dated by years only, close nothing
    coded = coding_of(base)
    assert coded("Fumio Kishida", "2023-01-01") == ("JPN", "GOV")
    assert coded("Fumio Kishida", "2025-01-01") == ("JPN", "ELI")
    assert coded("Justin Trudeau", "2025-06-01") == ("CAN", "ELI")
    assert coded("Nicolas Maduro", "2020-01-01") == ("VEN", "GOV")


def test_kb_additions_opposition_leaders_before_and_after_office(base):
    coded = coding_of(base)
    assert coded("Morgan Tsvangirai", "2005-01-01") == ("ZWE", "OPP")
    assert coded("Morgan Tsvangirai", "2010-01-01") == ("ZWE", "GOV")  # prime minister of the unity government
    assert coded("Aung San Suu Kyi", "2018-01-01") == ("MMR", "GOV")
    assert coded("Aung San Suu Kyi", "2022-01-01") == ("MMR", "ELI")  # deposed by the coup of 2021
    assert coded("US Supreme Court", "2020-01-01") == ("USA", "JUD")
    assert coded("Bank of Japan", "2020-01-01") == ("JPN", "GOV")


def test_kb_additions_ministers_and_central_bankers_the_head_of_government_rows_lack(base):
    coded = coding_of(base)
    assert coded("Annalena Baerbock", "2023-01-01") == ("DEU", "GOV")
    assert coded("Asim Munir", "2023-06-01") == ("PAK", "MIL")
    assert coded("Rajnath Singh", "2022-01-01") == ("IND", "GOV")  # Phoenix knew only his post of 2003-04
    assert coded("Haruhiko Kuroda", "2018-01-01") == ("JPN", "GOV")
    assert coded("Ahmed Aboul Gheit", "2020-01-01") == ("IGO", "GOV")  # the Arab League's secretary-general


def test_kb_given_name_written_otherwise(base):
    # a short form of the given name either way, an initial, a dropped generation suffix
    assert base.find("Bill Burns").name == "William Burns"
    assert base.find("V. Putin").name == "Vladimir Putin"
    assert base.find("Michael Pompeo").name == "Mike Pompeo"
    assert base.find("Alexander Azar").name == "Alex Azar"
    assert base.find("Joseph R. Biden Jr.").name == "Joe Biden"
    # a left-out middle name only for a documented person: a dictionary's John Hilary Smith is no "John Smith"
    assert base.find("John Smith") is None
    # the surname must be the person's own; a given name of another stem is another person
    assert base.find("Rafael Cruz") is None
    assert kb.given_name_fits("bill", "william", base.given_names)
    assert not kb.given_name_fits("jan", "janet", base.given_names)


def test_kb_honorifics_before_a_name(base):
    assert base.find("Mullah Abdul Ghani Baradar").name == "Abdul Ghani Baradar"
    assert base.find("Cardinal Pietro Parolin").name == "Pietro Parolin"
    # one person a dictionary filed with and without a knighthood is one entry
    assert base.find("Sir Keith Jacka Holyoake").id == base.find("Keith Jacka Holyoake").id


def test_kb_additions_leaders_and_ministers_of_2015_2025(base):
    coded = coding_of(base)
    assert coded("Samia Suluhu Hassan", "2022-06-01") == ("TZA", "GOV")
    assert coded("Samia Suluhu Hassan", "2019-06-01") == ("TZA", "GOV")  # then Vice President
    # Costa Rica's president by his first surname, not Venezuela's Rodrigo Chavez
    assert coded("Rodrigo Chaves", "2023-06-01") == ("CRI", "GOV")
    assert coded("Christine Lambrecht", "2022-06-01") == ("DEU", "GOV")
    assert coded("Christine Lambrecht", "2023-06-01") == ("DEU", "ELI")
    assert coded("Itamar Ben-Gvir", "2023-06-01") == ("ISR", "GOV")
    assert coded("Akinwumi Adesina", "2020-06-01") == ("IGO", "GOV")
    assert coded("Abdourahamane Tiani", "2024-01-01") == ("NER", "GOV")


def test_kb_additions_legislatures_seats_of_government_and_police_forces(base):
    coded = coding_of(base)
    assert coded("Sejm", "2022-06-01") == ("POL", "LEG")
    assert coded("Verkhovna Rada", "2022-06-01") == ("UKR", "LEG")
    assert coded("Legislative Yuan", "2022-06-01") == ("TWN", "LEG")
    assert coded("Casa Rosada", "2022-06-01") == ("ARG", "GOV")
    assert coded("Los Pinos", "2010-06-01") == ("MEX", "GOV")  # the presidency until 2018
    assert coded("Carabinieri", "2022-06-01") == ("ITA", "COP")
    assert coded("Guardia Civil", "2022-06-01") == ("ESP", "COP")
    assert coded("RCMP", "2022-06-01") == ("CAN", "COP")


def test_kb_additions_close_posts_the_wikidata_rows_left_open(base):
    # the rows end in October 2022 with the post open; a later day reads the person's leaving
    coded = coding_of(base)
    assert coded("Sanna Marin", "2022-06-01") == ("FIN", "GOV")
    assert coded("Sanna Marin", "2024-06-01") == ("FIN", "ELI")
    assert coded("Mohamed Bazoum", "2024-06-01") == ("NER", "ELI")
    assert coded("Fayez al-Sarraj", "2022-06-01") == ("LBY", "ELI")
    # one who stayed in the state holds the next post
    assert coded("Xavier Bettel", "2024-06-01") == ("LUX", "GOV")
    assert coded("Ana Brnabic", "2024-08-01") == ("SRB", "LEG")


def test_kb_additions_keep_a_post_held_across_two_terms(base):
    # Pashinyan resigned in April 2021 to call an election and was reappointed in August: the
    # source's rows end both terms in 2021, the project's entry keeps the post he still holds
    coded = coding_of(base)
    assert coded("Nikol Pashinyan", "2022-06-01") == ("ARM", "GOV")
    assert coded("Nikol Pashinyan", "2017-06-01") == ("ARM", None)
