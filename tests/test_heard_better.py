"""Open vocabulary's next hypotheses that hear the one word a pause or an ending turns on, which the best hypothesis
misheard ("cause" for "pause"), are read by the learned model (voice_pacer.understanding.heard_better); never one
that adds or drops a negation, nor one whose gained word is not what the intent is about."""

from __future__ import annotations

import pytest

from tests.test_domain_lm import understood
from tests.test_short_no_spoken import ENDINGS, voiced
from voice_pacer.ears.choose import domain_wordings
from voice_pacer.ears.pocketsphinx_ears import PocketSphinxEars
from voice_pacer.understanding import heard_better

PAUSE_HEARD = {"pause", "stop", "done", "help", "repeat"}  # what the break and the floor listen for, roughly


@pytest.fixture(scope="module")
def ears() -> PocketSphinxEars:
    """The session's PocketSphinx ears with the shared commands model, an instance of this module's own."""
    return PocketSphinxEars(wordings=domain_wordings())


def test_a_hypothesis_hearing_pause_where_the_best_heard_cause_is_a_pause() -> None:
    """Spent blind 16, Piper joe at the break: "Wait wait, pause it, the phone's going." was heard "wait wait cause if
    the phones going"; its third hypothesis heard "pause", and the session took nothing."""
    best = "wait wait cause if the phones going"
    hypotheses = ("wait wait was if the phones going", "wait wait pause if the phones going")
    assert heard_better(best, hypotheses, PAUSE_HEARD) == "pause"


def test_a_hypothesis_that_drops_a_negation_or_gains_no_word_of_the_intent_is_not_read() -> None:
    """A hypothesis without the best's "don't" is another sentence; one that gains only a word of no command's (the
    best already said "pause") is the same sentence heard no better."""
    assert heard_better("don't cause it the phones going", ("pause it the phones going",), PAUSE_HEARD) is None
    assert heard_better("they give you pause it there", ("bacon you pause it there",), PAUSE_HEARD) is None


def test_a_hypothesis_is_not_read_for_a_kind_of_word_the_reading_already_has() -> None:
    """Spent blind 16, espeak-ng's US voice on the floor: "Sarah, stop." (a cut-in) was heard "do you stop"; its third
    hypothesis, "through laptop", gains another word of ending, and the learned model read it as done."""
    hypotheses = ("do your laptop", "sarah laptop", "through laptop")
    assert heard_better("do you stop", hypotheses, {"done", "stop", "interrupt"}) is None


# Joe's spoken pauses the best hypothesis misheard (spent blind 16), and talk near them: a cause, and a pause declined.
SPOKEN_PAUSES = [("pause", "on_break", "Wait wait, pause it, the phone's going.")]
LOOK_ALIKES = [("pause", "on_break", "What was the cause of it, the phone?"),
               ("pause", "on_break", "Don't pause it, the phone can wait."),
               ("turns", "floor", "Because the phone was going, I missed it.")]


@pytest.mark.parametrize(("flow", "state", "said"), SPOKEN_PAUSES)
def test_a_spoken_pause_misheard_as_cause_is_a_pause(flow: str, state: str, said: str, ears: PocketSphinxEars) -> None:
    event, heard = understood(state, said, ears, flow, voiced(said, "joe"))
    assert event == "pause", (heard.text, heard.open_text, heard.alternatives)


# espeak-ng's US voice hears "Don't pause it, the phone can wait." as "so it follows it though it can wait": the
# negation and the pause are lost before any hypothesis is read, and release 30's retrained model takes "it can wait"
# as asking to hold (typed "it can wait" is a pause to it; "the phone can wait" is nothing). A known gap, kept failing.
GARBLED_LOOK_ALIKE = pytest.mark.xfail(strict=True, reason="the garble keeps only 'it can wait', which the model "
                                                            "reads as a pause")


@pytest.mark.parametrize("voice", ["joe", "espeak:en-us"])
@pytest.mark.parametrize(("flow", "state", "said"), LOOK_ALIKES)
def test_talk_near_a_pause_takes_no_pause_or_ending(flow: str, state: str, said: str, voice: str,
                                                   ears: PocketSphinxEars, request: pytest.FixtureRequest) -> None:
    if voice == "espeak:en-us" and said.startswith("Don't pause"):
        request.applymarker(GARBLED_LOOK_ALIKE)
    event, heard = understood(state, said, ears, flow, voiced(said, voice))
    assert event not in ENDINGS | {"pause"}, (heard.text, heard.open_text, heard.alternatives)
