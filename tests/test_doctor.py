"""`voice-pacer doctor` against the private PulseAudio server: a working setup, and a wrong microphone name."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.pulse import PulseServer, wait_until
from voice_pacer import doctor
from voice_pacer.config import Config, load_config

pytestmark = pytest.mark.audio_server


def config_with(tmp_path: Path, text: str) -> Config:
    """Settings from a config file with text, ignoring the environment and the user's own config."""
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path, env={})


def by_name(checks: list[doctor.Check]) -> dict[str, doctor.Check]:
    return {check.name: check for check in checks}


def test_working_setup_passes_every_check(pulse: PulseServer, tmp_path: Path) -> None:
    checks = by_name(doctor.run_checks(config_with(tmp_path, '[audio]\ninput = "pulse"\noutput = "pulse"\n')))
    assert list(checks) == ["config", "microphone", "speaker", "recogniser", "voice"]
    assert {check.name: check.line for check in checks.values() if not check.ok} == {}
    assert all(check.fix is None and "\n" not in check.line for check in checks.values())
    assert "2 settings from file" in checks["config"].line
    assert checks["microphone"].line.startswith("'pulse' ") and "16000 Hz" in checks["microphone"].line
    assert checks["speaker"].line.startswith("'pulse' ")
    assert checks["voice"].line.startswith("espeak: says 'test'")


def test_recogniser_check(tmp_path: Path) -> None:
    check = doctor.check_recogniser(config_with(tmp_path, ""))
    assert check.ok, check.line
    broken = doctor.check_recogniser(config_with(tmp_path, f'[ears]\nmodel = "{tmp_path / "no-model"}"\n'))
    assert not broken.ok and broken.fix and "from the config file" in broken.line


def test_bogus_input_device_fails_with_a_fix(pulse: PulseServer, tmp_path: Path) -> None:
    config = config_with(tmp_path, '[audio]\ninput = "no-such-mic"\noutput = "pulse"\n')
    checks = by_name(doctor.run_checks(config))
    mic = checks["microphone"]
    assert not mic.ok
    assert "no-such-mic" in mic.line and "'pulse'" in mic.line and "\n" not in mic.line
    assert mic.fix is not None and "voice-pacer devices" in mic.fix and "audio.input" in mic.fix
    assert checks["speaker"].ok and checks["config"].ok
    text = doctor.report(list(checks.values()))
    assert "FAIL  microphone: no input device matches 'no-such-mic'" in text
    assert f"      fix: {mic.fix}" in text


def test_input_that_sends_no_audio_fails(pulse: PulseServer, tmp_path: Path) -> None:
    pulse.unload("room")  # the microphone's source is gone: ALSA's pulse device cannot capture
    check = doctor.check_input(config_with(tmp_path, '[audio]\ninput = "pulse"\n').audio)
    assert not check.ok
    assert check.line.startswith("cannot open input device 'pulse'") and "\n" not in check.line
    assert check.fix is not None and "plugged in" in check.fix


def test_broken_config_is_the_one_failed_check(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[voice]\nrate = 5000\n", encoding="utf-8")
    checks = doctor.doctor(path, env={})
    assert [(check.name, check.ok) for check in checks] == [("config", False)]
    assert checks[0].line == f"{path}:2: 'voice.rate' must be between 80 and 300, got 5000"
    assert checks[0].fix


def test_a_noisy_room_gets_a_vosk_model_recommended(pulse: PulseServer, tmp_path: Path) -> None:
    """A fan heard through the microphone (steady pink noise at -35 dBFS played into the room)."""
    from benchmarks.speechlab import pink_noise

    fan = (pink_noise(30.0) * 32768 * 10 ** (-35 / 20)).astype(np.int16)
    recorder = pulse.record("room.monitor")
    player = pulse.play("room", fan)
    try:
        wait_until(lambda: np.abs(recorder.pcm()[-1600:]).max(initial=0) > 100, what="the fan in the room")
        config = config_with(tmp_path, '[audio]\ninput = "pulse"\noutput = "pulse"\n[ears]\nengine = "pocketsphinx"\n')
        checks = by_name(doctor.run_checks(config))
    finally:
        player.terminate()
        recorder.stop()
    assert checks["microphone"].ok and "noise floor" in checks["microphone"].line
    room = checks["room"]
    assert room.line.startswith("noisy (noise floor") and room.fix is not None and "models download" in room.fix
