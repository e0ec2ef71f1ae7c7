"""The trigger lexicon: every row with an argument restriction carries an example sentence that
must be coded with that row and a counterexample that must not."""

import pytest

from khaldun.ontologies.tables import DATA, read_tsv

ROWS = [(lineno, row) for lineno, row in read_tsv(DATA / "triggers.tsv") if row["requires"]]


def test_lexicon_every_restricted_row_has_its_sentences():
    missing = [f"triggers.tsv:{n} {r['lemma']}" for n, r in ROWS if not (r["example"] and r["counterexample"])]
    assert not missing, missing
    assert len(ROWS) >= 40


def _rows_used(pipeline, text):
    return {e.rule.split(":", 2)[1] for e in pipeline.extract(text, date="2020-06-15").events
            if e.rule.startswith("triggers.tsv:")}


@pytest.mark.parametrize("lineno, row", ROWS, ids=[f"{r['lemma']}:{n}" for n, r in ROWS])
def test_lexicon_restriction_example_and_counterexample(pipeline, lineno, row):
    assert str(lineno) in _rows_used(pipeline, row["example"]), \
        f"triggers.tsv:{lineno} ({row['lemma']} {row['requires']}) not coded in: {row['example']}"
    assert str(lineno) not in _rows_used(pipeline, row["counterexample"]), \
        f"triggers.tsv:{lineno} ({row['lemma']} {row['requires']}) coded in: {row['counterexample']}"
