"""Microphone and speaker against a real (private) PulseAudio server through PortAudio's ALSA `pulse` device."""

from __future__ import annotations

import subprocess
import time

import numpy as np
import pytest
import sounddevice as sd

from tests.conftest import rms
from tests.pulse import PulseServer, wait_until
from tests.speech import speech
from voice_pacer.audio import devices
from voice_pacer.audio.microphone import DeviceLost, Microphone
from voice_pacer.audio.pcm import FRAME_SAMPLES, SAMPLE_RATE
from voice_pacer.audio.speaker import Speaker
from voice_pacer.errors import UserError

pytestmark = pytest.mark.audio_server

DEVICE = "pulse"
TAIL_FRAMES = 50  # 1.5 s read after the player exits, for audio still on its way through the server
SLOW_MOMENT = 1.0  # seconds the reader looks away while audio arrives


def sine(frequency: float, duration: float, rate: int = SAMPLE_RATE, level: float = 0.5) -> np.ndarray:
    t = np.arange(int(duration * rate)) / rate
    return (np.sin(2 * np.pi * frequency * t) * level * 32767).astype(np.int16)



def align(captured: np.ndarray, played: np.ndarray) -> tuple[int, float]:
    """Where played starts inside captured (by FFT cross-correlation) and the correlation coefficient there."""
    a, b = captured.astype(np.float64), played.astype(np.float64)
    size = 1 << (len(a) + len(b)).bit_length()
    xcorr = np.fft.irfft(np.fft.rfft(a, size) * np.conj(np.fft.rfft(b, size)), size)
    lag = int(np.argmax(xcorr[: len(a) - len(b) + 1]))
    return lag, float(np.corrcoef(a[lag : lag + len(b)], b)[0, 1])


def peak_frequency(pcm: np.ndarray, rate: int = SAMPLE_RATE) -> float:
    spectrum = np.abs(np.fft.rfft(pcm.astype(np.float64) * np.hanning(len(pcm))))
    return float(np.fft.rfftfreq(len(pcm), 1 / rate)[np.argmax(spectrum)])


def loud_span(pcm: np.ndarray, threshold: float) -> np.ndarray:
    """The stretch from the first to the last 30 ms frame louder than threshold."""
    frames = pcm[: len(pcm) // FRAME_SAMPLES * FRAME_SAMPLES].reshape(-1, FRAME_SAMPLES)
    loud = np.flatnonzero([rms(frame) > threshold for frame in frames])
    assert len(loud), "no loud audio captured"
    return frames[loud[0] : loud[-1] + 1].reshape(-1)


def capture_while(mic: Microphone, player: subprocess.Popen[bytes]) -> np.ndarray:
    """Read frames until the player has finished, plus a tail; check every frame is 30 ms at 16 kHz."""
    frames = []
    deadline = time.monotonic() + 30
    while player.poll() is None and time.monotonic() < deadline:
        frames.append(mic.read())
    assert player.returncode == 0, player.stderr.read() if player.stderr else ""
    frames += [mic.read() for _ in range(TAIL_FRAMES)]
    assert all(frame.shape == (FRAME_SAMPLES,) and frame.dtype == np.int16 for frame in frames)
    return np.concatenate(frames)


@pytest.fixture(scope="module")
def words() -> np.ndarray:
    return speech("Let's pause for a moment and take one slow breath together.")


def test_pulse_device_is_listed(pulse: PulseServer) -> None:
    assert DEVICE in [device.name for device in devices.list_devices("input")]
    assert DEVICE in [device.name for device in devices.list_devices("output")]
    assert DEVICE in devices.describe()
    assert devices.resolve("PULS", "input").name == DEVICE
    by_number = devices.resolve(devices.resolve(DEVICE, "output").index, "output")
    assert by_number.name == DEVICE


def test_microphone_hears_speech_played_into_the_room(pulse: PulseServer, words: np.ndarray) -> None:
    with Microphone(DEVICE) as mic:
        assert mic.device is not None and mic.device.name == DEVICE and mic.rate == SAMPLE_RATE
        mic.wait_for_audio()
        mic.flush()
        player = pulse.play("room", words)
        time.sleep(SLOW_MOMENT)  # a slow moment on the reading side: the queue must keep every sample
        captured = capture_while(mic, player)
        assert mic.overflows == 0
    lag, correlation = align(captured, words)
    assert correlation > 0.9
    heard = captured[lag : lag + len(words)]
    assert rms(heard) > 0.5 * rms(words)
    assert rms(captured[:lag]) < 0.05 * rms(words)  # silence before the speech starts


def test_speaker_output_reaches_the_speaker_sink(pulse: PulseServer, words: np.ndarray) -> None:
    recorder = pulse.record("speaker.monitor")
    recorder.wait_ready()
    with Speaker(DEVICE) as speaker:
        speaker.start(words)
        assert speaker.active
        assert speaker.wait(timeout=20)
        assert not speaker.active
    done = len(recorder.pcm())
    wait_until(lambda: len(recorder.pcm()) > done + SAMPLE_RATE, what="1 s more of recording")
    recorded = recorder.stop()
    # Each quarter of the words is found in the recording, in order. One ALSA underrun on a loaded machine inserts a
    # gap that shifts what follows it (a whole-clip correlation of 0.32 in one CI run), so one quarter may miss.
    quarters = np.array_split(words, 4)
    found = [align(recorded, quarter) for quarter in quarters]
    aligned = [lag for lag, correlation in found if correlation > 0.9]
    assert len(aligned) >= 3 and aligned == sorted(aligned), found
    lag, _ = align(recorded, words)
    assert rms(recorded[lag : lag + len(words)]) > 0.5 * rms(words)


def test_speaker_stop_cuts_playback_short(pulse: PulseServer) -> None:
    recorder = pulse.record("speaker.monitor")
    recorder.wait_ready()
    with Speaker(DEVICE) as speaker:
        speaker.start(sine(440, 10.0))
        wait_until(lambda: rms(recorder.pcm()[-FRAME_SAMPLES:]) > 1000, what="the tone to be heard")
        speaker.stop()
        assert not speaker.active
        assert speaker.wait(timeout=1)
    stopped = len(recorder.pcm())
    wait_until(lambda: len(recorder.pcm()) > stopped + SAMPLE_RATE, what="1 s more of recording")
    after = recorder.stop()[stopped + SAMPLE_RATE // 2 :]
    assert rms(after) < 10  # silence half a second after stop(), where the 10 s tone would still be playing


def test_microphone_resamples_a_48k_source(pulse: PulseServer) -> None:
    pulse.load("room", rate=48000)
    assert pulse.sink_rate("room") == 48000
    with Microphone(DEVICE, rate=48000) as mic:
        assert mic.rate == 48000
        mic.wait_for_audio()
        mic.flush()
        captured = capture_while(mic, pulse.play("room", sine(1000, 2.0, rate=48000), rate=48000))
    tone = loud_span(captured, threshold=2000)
    assert abs(peak_frequency(tone) - 1000) < 10  # unresampled 48 kHz audio would peak at 333 Hz
    # 2 s and not 6 s (or 0.67 s): the bound leaves room for a scheduling gap at either end on a loaded machine
    assert abs(len(tone) / SAMPLE_RATE - 2.0) < 0.5


def test_microphone_falls_back_to_the_device_rate_when_16k_is_refused(
    pulse: PulseServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    check = sd.check_input_settings

    def refuse_16k(**settings: object) -> None:
        if settings.get("samplerate") == SAMPLE_RATE:
            raise sd.PortAudioError("Invalid sample rate")
        check(**settings)

    monkeypatch.setattr(sd, "check_input_settings", refuse_16k)
    with Microphone(DEVICE) as mic:
        assert mic.device is not None and mic.rate == mic.device.default_rate != SAMPLE_RATE
        mic.wait_for_audio()
        mic.flush()
        captured = capture_while(mic, pulse.play("room", sine(1000, 1.0)))
    tone = loud_span(captured, threshold=2000)
    assert abs(peak_frequency(tone) - 1000) < 10
    assert abs(len(tone) / SAMPLE_RATE - 1.0) < 0.1


def test_speaker_resamples_for_a_48k_sink(pulse: PulseServer) -> None:
    pulse.load("speaker", rate=48000)
    recorder = pulse.record("speaker.monitor")
    recorder.wait_ready()
    with Speaker(DEVICE, rate=48000) as speaker:
        assert speaker.rate == 48000
        speaker.start(sine(1000, 2.0))
        assert speaker.wait(timeout=20)
    done = len(recorder.pcm())
    wait_until(lambda: len(recorder.pcm()) > done + SAMPLE_RATE, what="1 s more of recording")
    tone = loud_span(recorder.stop(), threshold=2000)
    assert abs(peak_frequency(tone) - 1000) < 10  # unresampled 16 kHz audio would peak at 3 kHz
    assert abs(len(tone) / SAMPLE_RATE - 2.0) < 0.1


def test_unplugged_microphone_raises_and_reconnects(pulse: PulseServer) -> None:
    with Microphone(DEVICE) as mic:
        mic.wait_for_audio()
        mic.read()
        pulse.unload("room")
        unplugged = time.monotonic()
        with pytest.raises(DeviceLost):
            while time.monotonic() - unplugged < 10:
                mic.read()
        assert time.monotonic() - unplugged < 2.0
        with pytest.raises(DeviceLost):
            mic.read()  # stays lost until reconnected

        with pytest.raises(UserError, match="did not come back"):
            mic.reconnect(give_up_after=1.0)

        pulse.load("room")
        mic.reconnect(give_up_after=20)
        mic.flush()
        captured = capture_while(mic, pulse.play("room", sine(700, 1.0)))
    assert abs(peak_frequency(loud_span(captured, threshold=2000)) - 700) < 10


def test_speaker_unplugged_mid_playback_raises_device_lost(pulse: PulseServer) -> None:
    # With another sink left, ALSA's pulse plugin quietly reopens on the server's default sink and playback
    # goes on there; only with no output at all is the speaker lost.
    recorder = pulse.record("speaker.monitor")
    recorder.wait_ready()
    with Speaker(DEVICE) as speaker:
        speaker.start(sine(440, 10.0))
        wait_until(lambda: rms(recorder.pcm()[-FRAME_SAMPLES:]) > 1000, what="the tone to be heard")
        pulse.unload("room")
        pulse.unload("speaker")
        with pytest.raises(DeviceLost):
            speaker.wait(timeout=8)
        assert not speaker.active
        with pytest.raises(UserError):
            speaker.start(sine(440, 1.0))
    recorder.stop()


def test_overflows_are_counted_and_reported(pulse: PulseServer) -> None:
    notices: list[str] = []
    with Microphone(DEVICE, on_notice=notices.append, queue_seconds=0.2) as mic:
        wait_until(lambda: mic.overflows > 0, what="an overflow while nobody reads")
        assert not notices  # reported on the reading thread, not PortAudio's
        mic.read()
    assert len(notices) == 1 and "overflow" in notices[0]


def test_unknown_device_error_lists_the_devices(pulse: PulseServer) -> None:
    with pytest.raises(UserError) as caught:
        Microphone("nonexistent").open()
    message = str(caught.value)
    assert "nonexistent" in message and f"'{DEVICE}'" in message and "\n" not in message
    with pytest.raises(UserError, match=f"output devices: .*'{DEVICE}'"):
        Speaker("nonexistent").start(sine(440, 0.1))
    with pytest.raises(UserError, match=f"no input device number 999; input devices: .*'{DEVICE}'"):
        Microphone(999).open()


def test_no_devices_at_all_is_a_one_line_error(pulse: PulseServer, monkeypatch: pytest.MonkeyPatch) -> None:
    # With no server to talk to, ALSA's pulse devices vanish and this machine has no sound card at all.
    monkeypatch.setenv("PULSE_SERVER", f"unix:{pulse.root / 'nothing-here'}")
    assert devices.refresh()
    try:
        assert devices.list_devices() == []
        for spec in (None, DEVICE):
            with pytest.raises(UserError, match="there are no input devices at all") as caught:
                Microphone(spec).open()
            assert "\n" not in str(caught.value)
        with pytest.raises(UserError, match="there are no output devices at all"):
            Speaker().start(sine(440, 0.1))
    finally:
        monkeypatch.undo()
        devices.refresh()
