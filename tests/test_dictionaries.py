"""CAMEO/PETRARCH-format dictionaries, written here in the files' formats with made-up entries."""

import datetime as dt
import json

import pytest

from khaldun.config import Settings
from khaldun.ontologies import petrarch
from khaldun.pipeline import Pipeline

ACTORS = """# test actors
VALDORIA_ [VDR]
NORTH_FALMORE [NFM]
ANSEL_BRUNO_
+PRESIDENT_BRUNO
+BRUNO_
\t[VDRGOV 100101-151231]
\t[VDRELI >160101]
BLUE_FRONT_ [VDRREB]
ROHAN_ [RHN]
"""
AGENTS = """!PERSON! = MAN, MEN
MILITIA!PERSON! [~UAF]
FOREIGN_MINISTER [~GOVFRM]
"""
VERBS = """&SHIPS
+FRIGATES
+GUNBOATS

--- BLOCKADE [191] ---
QUARANTINE {QUARANTINES QUARANTINED}
- * &SHIPS [1381]
"""
DISCARDS = """WORLD_CUP
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("dicts")
    paths = []
    for name, text in (("test.actors.txt", ACTORS), ("test.agents.txt", AGENTS), ("test.verbs.txt", VERBS),
                       ("test.discards.txt", DISCARDS)):
        (d / name).write_text(text)
        paths.append(d / name)
    return paths


def test_dictionaries_load_dated_actor_codes(files):
    d = petrarch.load(files)
    assert d.actor_code("Valdoria") == "VDR"
    assert d.actor_code("President Bruno", dt.date(2012, 5, 1)) == "VDRGOV"
    assert d.actor_code("Bruno", dt.date(2017, 5, 1)) == "VDRELI"
    assert d.agent_code("militiamen") == "UAF" and d.agent_code("the foreign minister") == "GOVFRM"
    assert d.verb_code(["quarantined", "the", "port"], 0, "quarantine") == "191"
    assert d.verb_code(["quarantined", "the", "port", "with", "gunboats"], 0, "quarantine") == "1381"
    assert d.discarded("Valdoria won the World Cup")


def test_dictionaries_code_events(files):
    coder = Pipeline(Settings.from_env(dictionaries=tuple(files)))
    x = coder.extract("Valdoria quarantined North Falmore on Monday.", date="2012-05-09")
    (e,) = x.events
    assert (e.cameo, e.type) == ("191", "COERCE")
    assert (e.source.country, e.target.country) == ("VDR", "NFM")
    x = coder.extract("President Bruno criticized the Blue Front.", date="2012-05-09")
    e = x.events[0]
    assert (e.source.country, e.source.sector) == ("VDR", "GOV") and e.target.sector == "REB"
    assert coder.extract("Valdoria attacked North Falmore at the World Cup.").events == ()


def test_dictionaries_code_a_name_the_gazetteer_reads_as_a_town(files):
    # "Rohan" is also a town: the dictionary's code says what the name is, with no town's sector
    coder = Pipeline(Settings.from_env(dictionaries=tuple(files)))
    e = coder.extract("Rohan criticized Valdoria on Monday.", date="2012-05-09").events[0]
    assert (e.source.country, e.source.sector) == ("RHN", None)


def test_dictionaries_unknown_kind_is_refused(tmp_path):
    bad = tmp_path / "mystery.txt"
    bad.write_text("X [Y]")
    with pytest.raises(Exception, match="actors, agents"):
        petrarch.load([bad])


def test_dictionaries_from_the_command_line(cli, files):
    args = [a for f in files for a in ("--dictionary", str(f))]
    out = json.loads(cli("code", "Valdoria quarantined North Falmore.", *args).stdout)
    assert out[0]["source"]["country"] == "VDR" and out[0]["cameo"] == "191"


def test_dictionaries_code_reads_its_parties_as_the_lexicons_rows_for_the_word(tmp_path):
    # the lexicon's first row for "fire" is restricted to missiles fired into the sea and names no
    # target preposition; a dictionary's code for "fired at" still takes "at" for its target
    (tmp_path / "t.actors.txt").write_text(ACTORS)
    (tmp_path / "t.verbs.txt").write_text("--- FIRE_AT [194] ---\nFIRE {FIRES FIRED}\n")
    coder = Pipeline(Settings.from_env(dictionaries=(tmp_path / "t.actors.txt", tmp_path / "t.verbs.txt")))
    (e,) = coder.extract("Valdoria fired two artillery shells at North Falmore on Monday.", date="2012-05-09").events
    assert (e.cameo, e.source.country, e.target.country if e.target else None) == ("194", "VDR", "NFM")
