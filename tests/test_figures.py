"""bench/figures.py: every part has its block in README.md, blocks are replaced in place, and a
figure under its floor is reported."""

import importlib.util
import json

from conftest import ROOT

spec = importlib.util.spec_from_file_location("figures", ROOT / "bench" / "figures.py")
figures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(figures)


def test_readme_has_one_block_per_part():
    readme = (ROOT / "README.md").read_text()
    for part in figures.PARTS:
        assert readme.count(f"<!-- figures:{part} -->") == 1, part
        assert readme.count(f"<!-- /figures:{part} -->") == 1, part
        assert readme.index(f"<!-- figures:{part} -->") < readme.index(f"<!-- /figures:{part} -->")


def test_a_block_is_replaced_and_the_rest_kept():
    text = "before\n<!-- figures:skip -->\nold\n<!-- /figures:skip -->\nafter\n"
    out = figures.replace_block(text, "skip", "new table\n")
    assert out == "before\n<!-- figures:skip -->\nnew table\n<!-- /figures:skip -->\nafter\n"
    assert figures.replace_block(out, "skip", "new table") == out


def test_every_suite_has_slice_and_full_floors():
    from khaldun import evaluation

    floors = json.loads(figures.FLOORS.read_text())
    for kind in ("slice", "full"):
        assert set(floors[kind]) == set(evaluation.SUITES), kind
        assert all(floors[kind][s] for s in evaluation.SUITES), kind


def test_figures_under_their_floor_are_reported():
    floors = json.loads(figures.FLOORS.read_text())
    suites = [{"suite": s, "count": 1, "metrics": {k: v - 0.01 for k, v in m.items()}}
              for s, m in floors["full"].items()]
    failures = figures.floor_failures("eval", {"suites": suites}, floors)
    assert len(failures) == sum(len(m) for m in floors["full"].values())
    at_floor = [{"suite": s, "count": 1, "metrics": dict(m)} for s, m in floors["full"].items()]
    assert figures.floor_failures("eval", {"suites": at_floor}, floors) == []
    skip = {"corpora": {"events": {"cpu_ratio": 1.08}, "mixed": {"cpu_ratio": 0.85}}}
    assert len(figures.floor_failures("skip", skip, floors)) == 1
