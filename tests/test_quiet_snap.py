"""In a quiet room the commands model's reading a word off wordings of one intent is taken as the nearest of them
(pocketsphinx_ears.QUIET_SNAP_SHARE), never when that adds or drops a negation; heard as the session hears it."""

from __future__ import annotations

import pytest

from tests.test_domain_lm import understood
from tests.test_short_no_spoken import ENDINGS, voiced
from voice_pacer.ears.choose import domain_wordings
from voice_pacer.ears.pocketsphinx_ears import PocketSphinxEars


@pytest.fixture(scope="module")
def ears() -> PocketSphinxEars:
    """The session's PocketSphinx ears with the shared commands model, an instance of this module's own."""
    return PocketSphinxEars(wordings=domain_wordings())


@pytest.mark.parametrize("voice", ["espeak:en-us", "joe"])
def test_asking_for_a_word_in_on_the_floor_is_a_cut_in(voice: str, ears: PocketSphinxEars) -> None:
    """Spent blind 15: espeak-ng's "can I get a word in" was read "can i get a word do" by the commands model (a word
    off the wording) and open vocabulary heard "can i get so where do you": no intent before."""
    event, heard = understood("floor", "Can I get a word in?", ears, "turns", voiced("Can I get a word in?", voice))
    assert event == "interrupt", (heard.text, heard.domain_text)


# Ordinary talk on the floor sharing a cut-in's or an ending's words, and a no whose nearest wording is a refusal.
LOOK_ALIKES = [("turns", "floor", "I can't get a word in with my mother."),
               ("turns", "floor", "Sorry to cut the call short last night."),
               ("turns", "floor", "I'm safe, it's just a long week."),
               ("pause", "ask_break", "No, I'm good.")]


@pytest.mark.parametrize("voice", ["espeak:en-us", "espeak:en-gb", "joe"])
@pytest.mark.parametrize(("flow", "state", "said"), LOOK_ALIKES)
def test_talk_near_a_wording_takes_no_ending_or_cut_in(flow: str, state: str, said: str, voice: str,
                                                       ears: PocketSphinxEars) -> None:
    event, heard = understood(state, said, ears, flow, voiced(said, voice))
    assert event not in ENDINGS | {"interrupt"}, (heard.text, heard.domain_text)


def test_a_reading_is_not_snapped_across_a_negation(ears: PocketSphinxEars) -> None:
    """espeak-ng's "No, I'm good." at the break offer was read "no i will it"; the nearest wording, "no i will not",
    is a refusal, and the session would have ended."""
    ears.forget_room()
    ears._domain_decoder()  # the commands model's wordings, read when it is built
    assert ears._snapped("can i get a word do") == "can i get a word in"
    assert ears._snapped("no i will it") == "no i will it"
    assert ears._snapped("sorry to cut in but") == "sorry to cut in but"  # nearest: "... but no"
