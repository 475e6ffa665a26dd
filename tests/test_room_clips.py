"""benchmarks/room.py starts each clip as a session in its room would be when someone speaks (room.new_session),
whatever clips it heard before (another voice, another room): a clip's readings are the same first in the process and
after other clips.

Speech is Piper joe (tests/speech.py) over benchmarks/speechlab.py's steady pink noise, and espeak-ng's US voice over
its babble of five flite and festival voices, both 15 dB below the speech."""

from __future__ import annotations

import pytest

from benchmarks.room import GRAMMAR, LEAD, TAIL, new_session, utterances
from benchmarks.speechlab import DEV_VOICE, have_voice, in_room, say
from voice_pacer.ears.choose import make_ears
from voice_pacer.hearing.base import ListenRequest, Utterance

OTHER_VOICE = "espeak:en-us"


def readings(heard: list[Utterance]) -> list[tuple[object, ...]]:
    """What each utterance was read as, with the grammar's confidence: enough to tell two adaptations apart."""
    return [(u.text, u.confidence, u.open_text, u.domain_text, u.alternatives) for u in heard]


@pytest.mark.skipif(not have_voice("awb"), reason="babble needs flite and festival (make system installs them)")
def test_a_clip_is_heard_the_same_after_other_clips() -> None:
    ears, request = make_ears("pocketsphinx"), ListenRequest(GRAMMAR, 0.8)
    clip = in_room(say("could we take a short break"), "steady", 15.0, seed=3, lead=LEAD, tail=TAIL)
    new_session(ears, DEV_VOICE, "steady", 15.0, 3)
    first = readings(utterances(ears, clip, request))
    other = in_room(say("I need to tell you something about my day", OTHER_VOICE), "babble", 15.0, seed=7,
                    lead=LEAD, tail=TAIL)
    new_session(ears, OTHER_VOICE, "babble", 15.0, 7)
    assert utterances(ears, other, request)  # the other clip's speech was heard: the ears adapted to it
    new_session(ears, DEV_VOICE, "steady", 15.0, 3)
    assert first and readings(utterances(ears, clip, request)) == first
