"""ACLED's event type and sub-event type of a coded event, by who acts on whom and by what means.

The code table (event_codes.tsv) gives each CAMEO code a default ACLED class; ACLED itself types
an event by its sides and means, not by its verb, so the default is refined here:

- violence by its means first: shelling, air or drone strikes, IEDs, suicide bombs, grenades and
  chemical weapons are explosions and remote violence whoever the sides are; tear gas, water
  cannon and rubber bullets are the policing of a protest;
- violence on protesters by armed or state forces is excessive force (an arrest or a dispersal is
  a protest with intervention); violence by protesters is a violent demonstration, by a crowd or a
  mob mob violence, whatever it hit (people, shops, a police station);
- battles only between two organised armed sides (an attack on soldiers by an unnamed side is
  one); violence by anyone else on civilians, officials or unnamed people is violence against
  civilians;
- territory taken by state forces is regained, by anyone else overtaken; an armed side leaving a
  place hands it over; seizing, intercepting or defusing weapons disrupts their use; agreeing to
  an accord, a ceasefire or a truce is an agreement; an armed side setting up a base or
  headquarters establishes one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ontologies.tables import ARMED_SECTORS
from ..records import Actor
from .actors import STATE_SECTORS

VIOLENT_CAMEO = ("18", "19", "20")
REPRESSION = "175"  # violent repression ("fired tear gas at protesters"): classed by its means and sides as violence is
LETHAL_CAMEO = ("1823", "193", "194", "195", "20")  # killing, shooting, artillery, aerial weapons, mass violence
ARMED = frozenset({"forces", "armed"})
# the basis of a target read as the people of a town force was used on ("rebels shelled Juba"): who
# was hit there is inferred, not said, so it tells ACLED no side (extract/events.py, EventFinder._occupants)
TOWNSFOLK = "text: the people of a town force is used on"
ACCORD_TYPES = ("AGREE", "SUPPORT", "RETREAT")  # types whose event may be an accord or a handover
BASE_TYPE = "MOBILIZE"  # a military move that may be a base set up ("set up a base": CAMEO 150)
# the order in which means decide when a clause names several ("aircraft dropped sarin")
MEANS_ORDER = ("Chemical weapon", "Suicide bomb", "Air/drone strike", "Shelling/artillery/missile attack",
               "Remote explosive/landmine/IED", "Grenade", "Protest with intervention")


@dataclass(frozen=True, slots=True)
class Circumstances:
    """What the clause says besides its two sides, as ACLED's typing needs it."""

    means: tuple[str, str] | None = None  # (event type, sub-event type) of acled_means.tsv
    source_classes: frozenset[str] = frozenset()  # noun classes of the source's head: protester, crowd, armed
    target_classes: frozenset[str] = frozenset()
    argument_classes: frozenset[str] = frozenset()  # of any argument's head: accord, base, place (of what is taken, for 192)
    disrupted: bool = False  # a weapon intercepted, defused or seized ("shot down a drone")
    lethal: bool = False  # the clause kills or states deaths


def first_means(found: list[tuple[str, str]]) -> tuple[str, str] | None:
    """Of the means a clause names, the one that types the event."""
    ranked = sorted(found, key=lambda m: MEANS_ORDER.index(m[1]) if m[1] in MEANS_ORDER else len(MEANS_ORDER))
    return ranked[0] if ranked else None


def side(actor: Actor | None, classes: frozenset[str], as_source: bool) -> str:
    """none | protesters | crowd | forces (the state's armed forces, or a country acting) | armed
    (any other armed group) | state (an unarmed official or body) | civilian."""
    if actor is None or actor.basis == TOWNSFOLK:
        return "none"
    if "protester" in classes or as_source and actor.sector == "OPP" and actor.kind != "person":
        return "protesters"
    if "crowd" in classes and as_source:  # a crowd acting is a mob; one acted on is civilians
        return "crowd"
    if actor.sector in STATE_SECTORS and actor.sector in ARMED_SECTORS or actor.kind == "country":
        return "forces"
    if actor.sector in ARMED_SECTORS or actor.sector == "CRM" or "armed" in classes:
        return "armed"
    if actor.sector in STATE_SECTORS:
        return "state"
    return "civilian"


def reads_circumstances(cameo: str, plover: str | None) -> bool:
    """Whether the class of a code depends on more than its table default."""
    return cameo.startswith(VIOLENT_CAMEO + ("171", "173", REPRESSION)) or plover in ACCORD_TYPES + (BASE_TYPE,)


def acled_type(cameo: str, plover: str | None, default: tuple[str, str] | None, source: Actor | None,
               target: Actor | None, facts: Circumstances | None) -> dict[str, str] | None:
    """ACLED's class of an event of CAMEO ``cameo`` (table default ``default``) between its sides;
    ``facts`` may be None where :func:`reads_circumstances` says they are not read."""
    if facts is None:
        return {"event_type": default[0], "sub_event_type": default[1]} if default else None
    src = side(source, facts.source_classes, True)
    tgt = side(target, facts.target_classes, False)
    found = _violent(cameo, default, src, tgt, facts) if cameo[:2] in VIOLENT_CAMEO or cameo == REPRESSION else \
        _other(cameo, plover, default, src, tgt, facts)
    return {"event_type": found[0], "sub_event_type": found[1]} if found else None


def _violent(cameo: str, default: tuple[str, str] | None, src: str, tgt: str,
             facts: Circumstances) -> tuple[str, str] | None:
    if facts.disrupted:  # "shot down a drone", "intercepted two missiles"
        return "Strategic developments", "Disrupted weapons use"
    if facts.means and facts.means[0] != "Protests":
        return facts.means
    if facts.means or tgt == "protesters" and src not in ("protesters", "crowd", "civilian"):
        lethal = facts.lethal or not facts.means and cameo.startswith(LETHAL_CAMEO)
        return "Protests", "Excessive force against protesters" if lethal else "Protest with intervention"
    if src == "protesters":
        return "Riots", "Violent demonstration"
    if src == "crowd":
        return "Riots", "Mob violence"
    if cameo == "192":  # territory changes hands only when a place is taken
        return _territory(src) if "place" in facts.argument_classes else None
    if default is None:
        return None
    event_type, sub = default
    if tgt in ARMED and src in ARMED | {"none", "state"} or src in ARMED and tgt == "none" and event_type == "Battles":
        return "Battles", "Armed clash"
    if tgt in ("civilian", "state") or tgt == "none" and event_type == "Violence against civilians":
        return "Violence against civilians", sub if event_type == "Violence against civilians" else "Attack"
    return default


def _other(cameo: str, plover: str | None, default: tuple[str, str] | None, src: str, tgt: str,
           facts: Circumstances) -> tuple[str, str] | None:
    if cameo.startswith("173") and tgt == "protesters":  # arrests at a protest
        return "Protests", "Protest with intervention"
    if cameo.startswith("171"):  # looting, confiscation, destruction
        if facts.disrupted:
            return "Strategic developments", "Disrupted weapons use"
        if src == "protesters":
            return "Riots", "Violent demonstration"
        if src == "crowd":
            return "Riots", "Mob violence"
    if plover in ACCORD_TYPES and "accord" in facts.argument_classes and default is None:
        return "Strategic developments", "Agreement"
    if plover == BASE_TYPE and default is None and src in ARMED and "base" in facts.argument_classes:
        return "Strategic developments", "Headquarters or base established"
    if plover == "RETREAT" and default is None and src in ARMED and "place" in facts.argument_classes:
        return "Strategic developments", "Non-violent transfer of territory"
    return default


def _territory(src: str) -> tuple[str, str]:
    if src in ("forces", "state"):
        return "Battles", "Government regains territory"
    return "Battles", "Non-state actor overtakes territory"
