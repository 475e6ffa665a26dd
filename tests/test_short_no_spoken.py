"""A short "no" at a yes/no moment, spoken by voices never tuned on and by Piper joe, heard as the session hears it
(the state's grammar, the open pass, the commands model): never taken for a command that ends the session."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.speechlab import have_voice, say
from tests.test_domain_lm import understood
from voice_pacer.audio.pcm import SAMPLE_RATE, room_tone
from voice_pacer.ears.choose import domain_wordings
from voice_pacer.ears.pocketsphinx_ears import PocketSphinxEars
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.load import load_flow
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import ListenRequest, Utterance
from voice_pacer.listening import listening_for_yes_no
from voice_pacer.scenario import Say, ScenarioSource
from voice_pacer.understanding import Understanding
from voice_pacer.voice.choose import make_voice

ENDINGS = frozenset({"stop", "leave", "refuse"})  # the exits: each ends the session
NOES = ("nah", "nope", "no thanks", "nah thanks")
VOICES = ("kal16", "awb", "hts", "joe")
YES_NO_STATES = (("pause", "ask_break"), ("pacer", "consent_turns"))


@pytest.fixture(scope="module")
def ears() -> PocketSphinxEars:
    """The session's PocketSphinx ears with the shared commands model, an instance of this module's own."""
    return PocketSphinxEars(wordings=domain_wordings())


def voiced(said: str, voice: str) -> np.ndarray:
    """The words in the voice, or a skip where it is not installed."""
    if not have_voice(voice):
        pytest.skip(f"needs the {voice} voice")
    return say(said, voice)


@pytest.mark.parametrize("voice", VOICES)
@pytest.mark.parametrize("said", NOES)
@pytest.mark.parametrize(("flow", "state"), YES_NO_STATES)
def test_a_short_no_at_a_yes_no_question_never_ends_the_session(flow: str, state: str, said: str, voice: str,
                                                                ears: PocketSphinxEars) -> None:
    """kal16's "nah" at the break offer was forced into the grammar's "i'm off" (a leaving) and, that phrase rejected,
    read "nah off" by the commands model, a stop to the learned model; Piper joe's "nah thanks" was "not doing it" (a
    refusal)."""
    event, heard = understood(state, said, ears, flow, voiced(said, voice))
    assert event not in ENDINGS, (heard.text, heard.open_text, heard.domain_text)


def heard_at_question(clip: np.ndarray, ears: PocketSphinxEars) -> Utterance:
    """A clip heard as the session hears the answer to its question about a half-heard command (session._ask)."""
    ears.forget_room()
    listening = listening_for_yes_no(load_flow("turns"))
    audio = np.concatenate([np.zeros(SAMPLE_RATE // 2, dtype=np.int16), clip, np.zeros(2 * SAMPLE_RATE, np.int16)])
    audio = np.clip(audio + room_tone(len(audio) / SAMPLE_RATE, level_dbfs=-65, seed=2), -32768, 32767)
    talk = AudioConversation(ScenarioSource([[Say(say="line")]], lambda _: audio.astype(np.int16)), SilentSink(),
                             make_voice("espeak"), ears)
    try:
        heard = talk.listen(ListenRequest(listening.phrases, 0.8, None, len(audio) / SAMPLE_RATE + 1.0))
    finally:
        talk.close()
    assert isinstance(heard, Utterance), "nothing heard"
    return heard


@pytest.mark.parametrize("voice", VOICES)
@pytest.mark.parametrize("said", NOES)
def test_a_short_no_to_a_question_about_a_half_heard_command_never_ends_the_session(said: str, voice: str,
                                                                                   ears: PocketSphinxEars) -> None:
    """The question ("Did you want to stop for now?") listens for yes, no and the exits: a no is no exit."""
    heard = heard_at_question(voiced(said, voice), ears)
    event = Understanding(EventLog())(heard, listening_for_yes_no(load_flow("turns")).candidates).event
    assert event not in ENDINGS, (heard.text, heard.open_text, heard.domain_text)
