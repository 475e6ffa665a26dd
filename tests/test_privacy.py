"""What people say is written nowhere unless they ask: not in the event log, not on a piped stdout or stderr."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from voice_pacer.config import load_config
from voice_pacer.eventlog import EventLog

ROOT = Path(__file__).resolve().parent.parent
# Replies as the room says them in `listen` mode: chatter, a trigger, two answers of the check-in, then stop.
# The key words are said nowhere by the assistant, so finding one in the output means the partners' words leaked.
ROOM = [
    {"say": "Did you remember to buy milk?"},
    {"say": "Let's check in."},
    {"say": "When you made me tea this morning."},
    {"say": "When you were on your phone at dinner."},
    {"say": "Let's stop."},
    {"say": "Where did you put the scissors?"},
]
KEY_WORDS = ("milk", "tea", "morning", "phone", "dinner", "scissors")


def service_env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if not key.startswith("VOICE_PACER_")} | {
        "VOICE_PACER_TEST_SPEECH": os.environ.get("VOICE_PACER_TEST_SPEECH", str(ROOT / "tests" / ".speech-cache"))}


def records_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def simulate_listen(tmp_path: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    """`listen` as the service runs it (stdout and stderr to pipes), the room's audio from a scenario."""
    (tmp_path / "room.yaml").write_text(yaml.safe_dump({"flow": "listen", "replies": ROOM}), encoding="utf-8")
    (tmp_path / "config.toml").write_text('[ears]\nengine = "pocketsphinx"\n', encoding="utf-8")
    log = tmp_path / "events.jsonl"
    result = subprocess.run([sys.executable, "-m", "voice_pacer", "simulate", str(tmp_path / "room.yaml"), "--log",
                             str(log), "--config", str(tmp_path / "config.toml"), *extra],
                            capture_output=True, text=True, timeout=300, cwd=ROOT, env=service_env())
    return result, log


def test_listen_as_a_service_writes_none_of_the_words_said(tmp_path: Path) -> None:
    result, log = simulate_listen(tmp_path)
    assert result.returncode == 0, result.stderr
    records = records_of(log)
    assert [r["flow"] for r in records if r["event"] == "flow"] == ["checkin"]  # it did hear the room
    assert [r["intent"] for r in records if r["event"] == "heard"][-1] == "stop"
    everything = (log.read_text(encoding="utf-8") + result.stdout + result.stderr).lower()
    assert [word for word in KEY_WORDS if word in everything] == [], everything
    assert all("text" not in r for r in records if r["event"] == "heard")
    assert all("trigger" not in r for r in records if r["event"] == "flow")
    assert "Heard" in result.stdout and "Assistant" in result.stdout  # the transcript without the words


def test_log_text_keeps_the_words_for_whoever_asked(tmp_path: Path) -> None:
    result, log = simulate_listen(tmp_path, "--log-text")
    assert result.returncode == 0, result.stderr
    heard = " ".join(r["text"] for r in records_of(log) if r["event"] == "heard").lower()
    assert any(word in heard for word in KEY_WORDS), heard
    assert not any(word in result.stdout.lower() for word in KEY_WORDS)  # stdout is still a pipe: no words


def test_config_key_log_text_layers_like_every_setting(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[log]\ntext = true\n", encoding="utf-8")
    assert load_config(config, env={}).log.text is True
    assert load_config(config, env={"VOICE_PACER_LOG_TEXT": "false"}).log.text is False
    assert load_config(None, {"log.text": True}, env={}).log.text is True
    assert load_config(config, env={}).sources()["log.text"] == f"file {config}"
    assert load_config(config, {"log.text": None}, env={"VOICE_PACER_LOG_TEXT": "no"}).log.text is False


def test_the_event_log_drops_words_unless_asked_and_never_keeps_them_in_a_safety_stop(tmp_path: Path) -> None:
    for words in (False, True):
        path = tmp_path / f"words-{words}.jsonl"
        log = EventLog(path, words=words)
        log.write("say", text="What did you notice today?")
        log.write("heard", text="you hurt me", intent=None, engine="pocketsphinx", confidence=0.5)
        log.write("flow", flow="pause", trigger="okay time out")
        log.write("safety", said=True, text="something said")
        log.close()
        records = records_of(path)
        assert records[0]["text"] == "What did you notice today?"  # the assistant's own prompt stays
        assert ("text" in records[1], "trigger" in records[2]) == (words, words)
        assert records[1]["intent"] is None and records[1]["confidence"] == 0.5  # intents and figures stay
        assert "text" not in records[3] and records[3]["said"] is True
        assert log.records[1]["text"] == "you hurt me"  # in memory, for the transcript; never on disk unasked


def test_the_transcript_shows_words_only_on_a_terminal(tmp_path: Path) -> None:
    script = "I felt alone at dinner\nI'm done\n"
    args = [sys.executable, "-m", "voice_pacer", "run", "turns", "--text"]
    piped = subprocess.run(args, input=script, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert "Heard" in piped.stdout and "dinner" not in piped.stdout + piped.stderr
    leader, follower = pty.openpty()
    with subprocess.Popen(args, stdin=subprocess.PIPE, stdout=follower, stderr=subprocess.DEVNULL, cwd=ROOT,
                          env=os.environ | {"TERM": "dumb", "COLUMNS": "200"}) as process:
        os.close(follower)
        assert process.stdin is not None
        process.stdin.write(script.encode())
        process.stdin.close()
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal's other end closed: the program has ended
                break
            if not chunk:
                break
            shown += chunk
        process.wait(timeout=60)
    os.close(leader)
    assert b"dinner" in shown, shown
