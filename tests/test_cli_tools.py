"""The smaller commands: hear, models, config show, each with one-line errors and no traceback."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import cli
from tests.speech import speech
from voice_pacer.audio.pcm import room_tone, write_wav


def spoken_file(tmp_path: Path, text: str) -> Path:
    import numpy as np

    path = tmp_path / "said.wav"
    write_wav(path, np.concatenate([room_tone(0.4), speech(text), room_tone(0.4)]))
    return path


def test_hear_recognises_as_the_state_would(tmp_path: Path) -> None:
    result = cli("hear", str(spoken_file(tmp_path, "That's all, I'm done.")), "--flow", "turns", "--state", "floor",
                 "--engine", "pocketsphinx")
    assert result.returncode == 0, result.stderr
    heard = json.loads(result.stdout)
    assert set(heard) == {"heard", "text", "intent", "engine", "confidence"}
    assert heard["heard"] == "speech" and heard["intent"] == "done" and heard["engine"] == "pocketsphinx"


def test_hear_tells_speech_outside_a_restricted_state_from_nothing(tmp_path: Path) -> None:
    said = json.loads(cli("hear", str(spoken_file(tmp_path, "Did you remember to buy milk on the way home?")),
                          "--flow", "pause", "--state", "ask_break", "--engine", "pocketsphinx").stdout)
    assert (said["heard"], said["text"], said["intent"]) == ("unknown", "", None)
    path = tmp_path / "room.wav"
    write_wav(path, room_tone(1.5))
    quiet = json.loads(cli("hear", str(path), "--flow", "pause", "--state", "ask_break", "--engine",
                           "pocketsphinx").stdout)
    assert (quiet["heard"], quiet["text"], quiet["confidence"]) == ("nothing", "", None)


def test_hear_restricted_state_hears_a_command(tmp_path: Path) -> None:
    result = cli("hear", str(spoken_file(tmp_path, "Yes please.")), "--flow", "pause", "--state", "ask_break",
                 "--engine", "pocketsphinx")
    heard = json.loads(result.stdout)
    assert heard["intent"] == "yes" and 0 <= heard["confidence"] <= 1


def test_hear_without_a_flow_is_open_vocabulary(tmp_path: Path) -> None:
    heard = json.loads(cli("hear", str(spoken_file(tmp_path, "You held my hand on the walk.")),
                           "--engine", "pocketsphinx").stdout)
    assert heard["intent"] is None and "hand" in heard["text"]


def test_hear_errors_are_one_line(tmp_path: Path) -> None:
    for args in (["hear", str(tmp_path / "missing.wav")],
                 ["hear", str(spoken_file(tmp_path, "Stop.")), "--flow", "turns"],
                 ["hear", str(spoken_file(tmp_path, "Stop.")), "--flow", "turns", "--state", "intro"]):
        result = cli(*args)
        assert result.returncode == 2, args
        assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr, result.stderr


def test_models_download_offline_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    # This machine has no internet, so the real download fails the way it does for any offline user.
    result = cli("models", "download", "vosk-model-small-en-us-0.15", "--dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "cannot download" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_models_list_names_the_official_models(tmp_path: Path) -> None:
    result = cli("models", "list", "--dir", str(tmp_path))
    assert result.returncode == 0
    assert "vosk-model-small-en-us-0.15" in result.stdout and "vosk-model-en-us-0.22" in result.stdout


def test_config_show_says_where_values_come_from(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[partners]\na = "Dana"\n')
    result = cli("config", "show", "--config", str(config))
    assert result.returncode == 0
    line = next(line for line in result.stdout.splitlines() if line.strip().startswith("partners.a"))
    assert '"Dana"' in line and "file" in line


def test_wrong_config_key_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[voice]\nrat = 180\n")
    result = cli("run", "pause", "--text", "--config", str(config))
    assert result.returncode == 2 and "rat" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
