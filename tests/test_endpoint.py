"""The endpointer on real speech: a command said over other people talking is cut where it ends; clean speech as before.

Speech is Piper joe (tests/speech.py); the background talk is benchmarks/speechlab.py's babble of five other synthetic
voices (flite and festival), mixed 15 dB below the command."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.speechlab import babble, have_voice, in_room, speech_span
from tests.speech import speech
from voice_pacer.audio.pcm import FRAME_SAMPLES, FRAME_SECONDS, room_tone
from voice_pacer.hearing.endpoint import Endpointer, Mark
from voice_pacer.hearing.frontend import FrontEnd

LEAD, TAIL = 2.0, 4.0  # seconds of room before and after the command


def marks(pcm: np.ndarray, end_silence: float = 0.8) -> list[tuple[float, Mark]]:
    """Where the endpointer starts and ends utterances, in seconds from the start of the clip."""
    endpointer = Endpointer()
    endpointer.reset(end_silence)
    found = []
    for index in range(len(pcm) // FRAME_SAMPLES):
        mark = endpointer.push(pcm[index * FRAME_SAMPLES : (index + 1) * FRAME_SAMPLES])
        if mark in (Mark.STARTED, Mark.ENDED):
            found.append(((index + 1) * FRAME_SECONDS, mark))
    return found


def command_cut(pcm: np.ndarray, start: float, end: float) -> tuple[float, float]:
    """The utterance holding the command: when it started and when it ended."""
    found = marks(pcm)
    ended = next(t for t, mark in found if mark is Mark.ENDED and t > end)
    started = max(t for t, mark in found if mark is Mark.STARTED and t < ended)
    return started, ended


@pytest.mark.skipif(not have_voice("awb"), reason="babble needs flite and festival (make system installs them)")
@pytest.mark.parametrize("text", ["let's take a break", "stop the session", "I'm done"])
def test_a_command_over_background_talk_is_cut_where_it_ends(text: str) -> None:
    clean = speech(text)
    start, end = speech_span(clean, LEAD)
    started, ended = command_cut(in_room(clean, "babble", 15.0, seed=3, lead=LEAD, tail=TAIL), start, end)
    assert 0.5 <= ended - end <= 1.3  # the 0.8 s of trailing "silence", give or take the room
    # at most a second of the talk before it is kept: a louder voice starts its own utterance after that
    assert start - 1.1 <= started <= start + 0.3


@pytest.mark.parametrize("text", ["let's take a break", "stop the session", "I'm done"])
def test_a_clean_command_is_cut_as_before(text: str) -> None:
    clean = speech(text)
    start, end = speech_span(clean, LEAD)
    found = marks(in_room(clean, "clean", lead=LEAD, tail=TAIL))
    assert [mark for _, mark in found] == [Mark.STARTED, Mark.ENDED]
    (started, _), (ended, _) = found
    assert start <= started <= start + 0.3
    assert 0.6 <= ended - end <= 1.0


def test_steady_noise_alone_opens_no_utterance() -> None:
    """Steady pink noise opens no utterance at all."""
    quiet = in_room(np.zeros(16000, dtype=np.int16), "steady", 0.0, lead=LEAD, tail=TAIL)
    assert marks(quiet) == []


def judged(pcm: np.ndarray) -> list[tuple[float, bool]]:
    """When each utterance ended, and whether it stood out from the room (or was the room talking)."""
    endpointer = Endpointer()
    endpointer.reset(0.8)
    found = []
    for index in range(len(pcm) // FRAME_SAMPLES):
        if endpointer.push(pcm[index * FRAME_SAMPLES : (index + 1) * FRAME_SAMPLES]) is Mark.ENDED:
            found.append(((index + 1) * FRAME_SECONDS, endpointer.stood_out()))
    return found


@pytest.mark.skipif(not have_voice("awb"), reason="babble needs flite and festival (make system installs them)")
def test_a_minute_of_talk_in_the_room_is_never_heard_as_a_command() -> None:
    """Other voices alone open utterances, but none stands out from the room: nothing reaches the session."""
    from tests.conftest import ClipSource
    from voice_pacer.ears.choose import make_ears
    from voice_pacer.flowfile.common import common
    from voice_pacer.hearing.audio import AudioConversation, SilentSink
    from voice_pacer.hearing.base import InputEnded, ListenRequest
    from voice_pacer.voice.choose import make_voice

    phrases = tuple(p for name, spec in common().intents.items() if name != "unsafe" for p in spec.phrases)
    room = np.clip(babble(60.0, seed=4) * 32768 * 10 ** (-30 / 20), -32768, 32767).astype(np.int16)  # -30 dBFS
    talk = AudioConversation(ClipSource(room), SilentSink(), make_voice("espeak"), make_ears("pocketsphinx"))
    heard = []
    with pytest.raises(InputEnded):
        while True:
            heard.append(talk.listen(ListenRequest(phrases, 0.8)))
    talk.renderer.close()
    assert heard == []
    assert talk.endpointer.prominence is not None and not talk.endpointer.stood_out()


@pytest.mark.skipif(not have_voice("awb"), reason="babble needs flite and festival (make system installs them)")
@pytest.mark.parametrize("seed", [0, 1, 5])
def test_talk_from_the_first_second_of_listening_does_not_stand_out(seed: int) -> None:
    """Utterances of the room's talk that begin before 3 s of the room were heard are judged too, on the audio before
    noise suppression (on here, as a fan in the room would turn it on): none stands out."""
    talk = babble(10.0, seed=seed)
    talk = talk / np.sqrt(np.mean(talk**2)) * 32768 * 10 ** (-35 / 20) + room_tone(10.0, -60, seed=seed)[: len(talk)]
    talking = np.clip(talk, -32768, 32767).astype(np.int16)  # a TV at -35 dBFS from the moment listening starts
    endpointer, front = Endpointer(), FrontEnd("on")
    endpointer.reset(0.8)
    judged = []
    for index in range(len(talking) // FRAME_SAMPLES):
        raw = talking[index * FRAME_SAMPLES : (index + 1) * FRAME_SAMPLES]
        if endpointer.push(front.process(raw), raw) is Mark.ENDED:
            judged.append(endpointer.stood_out())
    assert judged and not any(judged)


@pytest.mark.skipif(not have_voice("awb"), reason="babble needs flite and festival (make system installs them)")
def test_a_command_over_the_room_stands_out() -> None:
    clean = speech("stop the session")
    _, end = speech_span(clean, 4.0)
    found = judged(in_room(clean, "babble", 15.0, seed=3, lead=4.0, tail=TAIL))
    assert next(stood for t, stood in found if t > end)


@pytest.mark.parametrize("noise", ["clean", "steady"])
def test_a_long_answer_from_the_first_second_of_listening_stands_out(noise: str) -> None:
    """Judged before the room is known, against what was heard so far (mostly itself), an answer still stands out."""
    answer = speech("He came back after twenty minutes like he said he would, and then we talked for a long time "
                    "about the weekend and what we both wanted from it.")
    endpointer = Endpointer()
    endpointer.reset(2.5)
    ended = []
    pcm = in_room(answer, noise, 15.0, seed=1, lead=0.0, tail=3.5)
    for index in range(len(pcm) // FRAME_SAMPLES):
        if endpointer.push(pcm[index * FRAME_SAMPLES : (index + 1) * FRAME_SAMPLES]) is Mark.ENDED:
            ended.append(endpointer.stood_out())
    assert ended == [True]


@pytest.mark.skipif(not have_voice("awb"), reason="babble needs flite and festival (make system installs them)")
@pytest.mark.parametrize("text, seed", [("i am going to go to my sleep on the couch", 25),
                                        ("no i do not want to do this game", 14)])
def test_soft_words_of_a_command_over_talk_keep_it_one_utterance(text: str, seed: int) -> None:
    """Joe's later words fall 12-15 dB under his first: voice that stands above the room still holds the utterance,
    so the command is not split in two at them (benchmarks/room.py's clips, by their seed)."""
    clean = speech(text)
    start, end = speech_span(clean, 4.0)
    found = marks(in_room(clean, "babble", 15.0, seed=seed, lead=4.0, tail=TAIL))
    ends = [t for t, mark in found if mark is Mark.ENDED]
    starts = [t for t, mark in found if mark is Mark.STARTED]
    assert not [t for t in ends if start < t < end]  # nothing ended inside the command
    assert not [t for t in starts if start + 0.3 < t < end]  # nor did a new utterance start there


@pytest.mark.skipif(not have_voice("awb"), reason="babble needs flite and festival (make system installs them)")
def test_a_command_over_talk_heard_since_the_first_second_starts_its_own_utterance() -> None:
    """Talk from the first second of listening opens an utterance before the room is known; the command said over it
    later starts a new one rather than being held in the talk's (benchmarks/room.py's clip, by its seed: the talk's
    utterance began 0.3 s into listening and held the command to its end)."""
    clean = speech("can we take five for a bit")
    start, end = speech_span(clean, 4.0)
    found = marks(in_room(clean, "babble", 15.0, seed=32, lead=4.0, tail=3.0))  # room.py's clip: its talk too
    ended = next(t for t, mark in found if mark is Mark.ENDED and t > end)
    began = max(t for t, mark in found if mark is Mark.STARTED and t < ended)
    assert start - 0.5 <= began < end


def lead_in_start(pcm: np.ndarray, after: float) -> tuple[float, float]:
    """For the first utterance started after a time: where the audio fed with it begins, with and without the lead-in
    left out (the whole pre-roll), in seconds from the start of the clip."""
    endpointer = Endpointer()
    endpointer.reset(0.8)
    for index in range(len(pcm) // FRAME_SAMPLES):
        if endpointer.push(pcm[index * FRAME_SAMPLES : (index + 1) * FRAME_SAMPLES]) is Mark.STARTED \
                and (index + 1) * FRAME_SECONDS > after:
            ends = (index + 1) * FRAME_SECONDS
            return ends - len(endpointer.lead_in()) * FRAME_SECONDS, ends - len(endpointer.pre_roll) * FRAME_SECONDS
    raise AssertionError("no utterance started")


@pytest.mark.skipif(not have_voice("awb"), reason="babble needs flite and festival (make system installs them)")
@pytest.mark.parametrize("text, seed", [("let me talk", 1), ("stop the session", 3), ("what do we do here", 0)])
def test_the_talk_before_a_command_is_left_out_of_it(text: str, seed: int) -> None:
    """Over other voices, what is fed with a new utterance begins just before the command's voice rose above the room,
    not with the talk before it that the pre-roll holds."""
    clean = speech(text)
    start, _ = speech_span(clean, 4.0)
    fed, pre_roll = lead_in_start(in_room(clean, "babble", 15.0, seed=seed, lead=4.0, tail=TAIL), start - 0.5)
    assert pre_roll < start - 0.12
    assert start - 0.12 <= fed <= start + 0.03


@pytest.mark.parametrize("text", ["let me talk", "stop the session"])
def test_a_clean_command_keeps_its_whole_pre_roll(text: str) -> None:
    clean = speech(text)
    start, _ = speech_span(clean, 4.0)
    fed, pre_roll = lead_in_start(in_room(clean, "clean", lead=4.0, tail=TAIL), start - 0.5)
    assert fed == pre_roll


def test_over_a_fan_being_suppressed_a_command_keeps_its_whole_pre_roll() -> None:
    """Steady noise has no talk to leave out: while suppression is on, the whole pre-roll goes with the command."""
    clean = speech("let me talk")
    start, _ = speech_span(clean, 4.0)
    pcm = in_room(clean, "steady", 15.0, seed=2, lead=4.0, tail=TAIL)
    endpointer, front = Endpointer(), FrontEnd("auto")
    endpointer.reset(0.8)
    for index in range(len(pcm) // FRAME_SAMPLES):
        raw = pcm[index * FRAME_SAMPLES : (index + 1) * FRAME_SAMPLES]
        if endpointer.push(front.process(raw), raw) is Mark.STARTED and (index + 1) * FRAME_SECONDS > start - 0.5:
            break
    assert front.active
    assert len(endpointer.lead_in(front.active)) == len(endpointer.pre_roll) == 10
    assert len(endpointer.lead_in()) < 10  # what the same start would keep over talk


def heard_over(pcm: np.ndarray, after: float, denoise: str = "auto") -> tuple[bool, bool]:
    """For the first utterance ending after a time, heard through the front end as a flow hears it: whether it was
    heard over talk in the room, and whether suppression was on."""
    endpointer, front = Endpointer(), FrontEnd(denoise)  # type: ignore[arg-type]
    endpointer.reset(0.8)
    for index in range(len(pcm) // FRAME_SAMPLES):
        raw = pcm[index * FRAME_SAMPLES : (index + 1) * FRAME_SAMPLES]
        if endpointer.push(front.process(raw), raw) is Mark.ENDED and (index + 1) * FRAME_SECONDS > after:
            return endpointer.over_talk(), front.active
    raise AssertionError("no utterance ended")


@pytest.mark.skipif(not have_voice("awb"), reason="babble needs flite and festival (make system installs them)")
def test_a_command_over_other_voices_is_heard_over_talk() -> None:
    clean = speech("stop the session")
    _, end = speech_span(clean, 4.0)
    assert heard_over(in_room(clean, "babble", 15.0, seed=3, lead=4.0, tail=TAIL), end) == (True, False)


def test_a_command_in_a_quiet_room_is_not_heard_over_talk() -> None:
    """A quiet room has no sound to speak over."""
    clean = speech("stop the session")
    _, end = speech_span(clean, 4.0)
    assert heard_over(in_room(clean, "clean", 15.0, seed=3, lead=4.0, tail=TAIL), end) == (False, False)


def test_a_command_over_a_suppressed_fan_is_heard_over_the_room() -> None:
    """A fan's steady noise is suppressed, and a grammar still forces misheard commands into its phrases over it."""
    clean = speech("stop the session")
    _, end = speech_span(clean, 4.0)
    assert heard_over(in_room(clean, "steady", 15.0, seed=3, lead=4.0, tail=TAIL), end) == (True, True)
