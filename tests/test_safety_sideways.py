"""Disclosures told sideways, by kind (release 21, from the kinds blind 7's typed misses showed): control of money,
keys, phones and doors, being checked on, frightened children, what the neighbours hear; giving things away, being a
burden, goodbyes, plans and means, medication stopped, not waking up. Beside each kind, the ordinary talk that shares
its words. Wordings here are in no corpus."""

from __future__ import annotations

import pytest

from tests.textmode import check_stopped_by, drive, end_reason
from voice_pacer.safety import STORY, Concern, assess, normalise

DANGER = {
    "money": ["he won't let me have any money of my own and checks every receipt",
              "he gives me an allowance and I have to account for every penny of it",
              "she took my wages card off me and I have to ask her for bus fare",
              # a known gap until release 27 (blind 13's leave asked to buy)
              "I have to ask his permission before I spend anything"],
    "keys": ["he hides my car keys so I can't leave while he's asleep"],
    "phones": ["he checks my call log every night and I get it if there's a number he doesn't know",
               "she broke my phone in half so I couldn't call anyone"],
    "passwords": ["he made me hand over all my passwords and he reads everything"],
    "doors and locks": ["she locks me in the spare room when she goes out"],
    "the car": ["he put his foot down on the motorway to scare me and wouldn't let me out"],
    "being checked on": ["he tracks my phone and shows up if I'm somewhere he didn't agree to"],
    "the children scared": ["the kids run upstairs and hide the second they hear his key in the door"],
    "the neighbours": ["the neighbours have heard him throwing me about through the wall"],
    "knocked about": ["he knocks me about when he's had a drink"],
    # release 21, safety9: a partner's known reaction to a condition, and a bag packed to run
    "a reaction feared": ["she reads my texts and goes mad if I've deleted one",
                          "if I walk off he follows me round the house and it gets worse"],
    "ready to run": ["I keep a bag packed by the door in case I need to run"],
}
SELF_HARM = {
    "giving things away": ["I've been handing my stuff out to friends since I won't be needing it"],
    "a burden": ["I'm only a drain on everybody and it'd be kinder if I disappeared for good"],
    "better off without me": ["honestly my kids would have a better life with me gone"],
    "goodbyes": ["I've written each of you a goodbye letter"],
    "plans and means": ["I've got a stash of pills saved and I know when I'll take them",
                        # a known gap until release 28 (a place of means visited and timed)
                        "I've been looking at the railway line and working out the timing"],
    "medication stopped": ["I quit my tablets last week because there's no point any more"],
    "not waking up": ["I wish I could close my eyes tonight and never open them"],
    "not being here": ["you won't need to worry about me after this month, I'll be gone"],
}
# Wordings of those kinds the classifier still misses (docs/safety.md, "Blind 7"): expected to fail until fixed.
KNOWN_GAPS = [
    ("I have to video call him from wherever I am so he can see who's there", Concern.DANGER),
    ("I'll be paying for this session for a week once we're home", Concern.DANGER),
]
NEAR_MISSES = {
    "money": ["we both check the joint account because we're saving for a holiday"],
    "locations shared": ["we share our locations so we know the other got home safe"],
    "keys lost": ["I lost my keys again"],
    "a bag packed": ["I keep a bag packed in case we go camping"],
    "keys": ["I left my car keys at work so he picked me up"],
    "phones": ["my phone is dead", "she borrowed my phone to ring her mum"],
    "passwords": ["he changed the password on the router because it was the default"],
    "doors and locks": ["we lock the back door at night now there have been burglaries"],
    "the children hiding": ["the kids are hiding, it's hide and seek"],
    "the neighbours": ["the neighbours heard us laughing half the night"],
    "pressed about something": ["she keeps pushing me about the wedding plans"],
    "giving things away": ["I gave away the old sofa", "I'm giving my old bike to my niece"],
    "goodbyes": ["I said goodbye to my sister at the station"],
    "medication stopped": ["I stopped the painkillers once my knee got better"],
    "not being here": ["I won't be here next week, I'm visiting my dad"],
    "eyes closed": ["I wish I could shut my eyes and not open them until the holidays"],
    "negations": ["I would never harm myself, I just need a break",
                  "I'm not going to do anything to myself, I'm just exhausted"],
}


def _cases(kinds: dict[str, list[str]]) -> list[pytest.param]:
    return [pytest.param(text, id=f"{kind}: {text}") for kind, texts in kinds.items() for text in texts]


@pytest.mark.parametrize("text", _cases(DANGER))
def test_danger_told_sideways(text: str) -> None:
    assert assess(text) == Concern.DANGER


@pytest.mark.parametrize("text", _cases(SELF_HARM))
def test_self_harm_told_sideways(text: str) -> None:
    assert assess(text) == Concern.SELF_HARM


@pytest.mark.parametrize(("text", "concern"), KNOWN_GAPS)
@pytest.mark.xfail(strict=True, reason="a known gap: when this passes, move it to its kind above")
def test_known_gaps_are_still_missed(text: str, concern: Concern) -> None:
    assert assess(text) == concern


@pytest.mark.parametrize("text", _cases(NEAR_MISSES))
def test_the_ordinary_talk_beside_them_is_neither(text: str) -> None:
    assert assess(text) is None


def test_showing_someone_something_is_no_story_frame_and_a_show_is() -> None:
    assert STORY.search(normalise("I have to show him the receipts for everything I buy")) is None
    assert STORY.search(normalise("I have to show her my phone whenever she asks")) is None
    assert STORY.search(normalise("in the show he kept hitting her")) is not None


@pytest.mark.parametrize(("text", "concern", "message"), [
    (DANGER["doors and locks"][0], "danger", "domestic violence helpline"),
    (DANGER["the children scared"][0], "danger", "domestic violence helpline"),
    (SELF_HARM["goodbyes"][0], "self_harm", "crisis line"),
    (SELF_HARM["medication stopped"][0], "self_harm", "crisis line"),
])
def test_a_sideways_disclosure_stops_a_session_with_its_message(text: str, concern: str, message: str) -> None:
    check_stopped_by(drive("turns", ["I felt alone at dinner", text]), concern, message)


@pytest.mark.parametrize("text", [NEAR_MISSES["the children hiding"][0], NEAR_MISSES["giving things away"][0],
                                  NEAR_MISSES["negations"][0]])
def test_the_ordinary_talk_beside_them_leaves_a_session_going(text: str) -> None:
    records = drive("turns", ["I felt alone at dinner", text, "I'm done"])
    assert not [r for r in records if r["event"] == "safety"]
    assert end_reason(records) != "stopped"
