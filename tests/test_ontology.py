"""The code table and the lexicons: complete, consistent, loadable."""

from pathlib import Path

import pytest

from khaldun.errors import ConfigError
from khaldun.ontologies.tables import PLOVER_TYPES, actor_roles, code, event_codes, load_triggers


def test_ontology_covers_all_plover_types_and_cameo_roots():
    codes = event_codes()
    assert {c.plover for c in codes.values() if c.plover} == set(PLOVER_TYPES)
    roots = {c[:2] for c in codes}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert len(codes) > 280


def test_ontology_every_trigger_has_a_known_code_and_type():
    lexicon = load_triggers()
    types = {code(t.cameo).plover for rows in lexicon.values() for t in rows}
    assert set(PLOVER_TYPES) <= types
    for rows in lexicon.values():
        for t in rows:
            assert t.object in ("target", "theme", "none"), t.origin
            assert 0 < t.weight <= 1, t.origin


def test_ontology_acled_classes_follow_the_code():
    assert (code("190").acled_event_type, code("190").acled_sub_event_type) == ("Battles", "Armed clash")
    assert code("195").acled_sub_event_type == "Air/drone strike"
    assert code("173").acled_sub_event_type == "Arrests"
    assert code("141").acled_event_type == "Protests"
    assert code("145").acled_event_type == "Riots"
    assert code("111").acled_event_type is None


def test_ontology_unknown_code_says_where_codes_live():
    with pytest.raises(ConfigError, match="event_codes.tsv"):
        code("999")


def test_ontology_user_lexicon_extends_and_is_validated(tmp_path: Path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("lemma\tpos\tcameo\tobject\tpreps\trequires\tweight\nshell-shock\tVERB\t190\ttarget\t\t\t1\n")
    assert ("shell-shock", "VERB") in load_triggers((extra,))
    bad = tmp_path / "bad.tsv"
    bad.write_text("lemma\tpos\tcameo\tobject\tpreps\trequires\tweight\nzap\tVERB\t999\ttarget\t\t\t1\n")
    with pytest.raises(ConfigError):
        load_triggers((bad,))


def test_ontology_actor_roles_carry_cameo_agent_codes():
    roles = actor_roles()
    assert roles["parliament"].sector == "LEG"
    assert roles["cia"].country == "USA" and roles["cia"].sector == "SPY"
    assert roles["general"].type == "title"


def test_ontology_regular_nouns_of_trigger_verbs():
    from khaldun.ontologies.tables import load_triggers, nominal_forms

    assert {"execution", "rioting", "imprisonment", "denial", "suspension", "banning"} <= (
        nominal_forms("execute") | nominal_forms("riot") | nominal_forms("imprison") | nominal_forms("deny")
        | nominal_forms("suspend") | nominal_forms("ban"))
    table = load_triggers()
    execution = table[("execution", "NOUN")][0]
    assert (execution.cameo, execution.requires) == ("1823", "obj=person") and execution.origin.endswith(":nominal")
    assert ("agreement", "NOUN") not in table  # a thing agreed, not the act (word_roles.tsv result_noun)
    assert ("approval", "NOUN") not in table  # "approve" alone is a weak sign of support
    assert table[("withdrawal", "NOUN")][0].origin.count(":") == 1  # the lexicon's own row stays
