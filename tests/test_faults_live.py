"""Faults and privacy in whole sessions: the sound server killed and restarted, and no network socket ever opened.

Live sessions run the real CLI on the private PulseAudio server, as in test_live_sessions.py (whose helpers these
tests use); the simulated one runs `simulate` as a subprocess. Sockets are found the way `ss -p` finds them: each
socket descriptor of the process (/proc/PID/fd -> socket:[INODE]) is looked up among the inodes of the network
tables (/proc/PID/net/tcp, udp, raw and their v6 twins). Unix sockets (the sound server's) are in none of them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

from tests.pulse import PulseServer, wait_until
from tests.test_live_sessions import (
    CHECKIN_PATH,
    CHECKIN_REPLIES,
    PROMPTS,
    SESSION_TIMEOUT,
    LiveRun,
    Room,
    answer_checkin,
    answer_checkin_from_first,
    assert_heard_like,
    events_of,
    rendered_speech,
    room,
    runs,
    start,
    write_config,
)

_fixtures = (rendered_speech, room, runs)  # used by name below
ROOT = Path(__file__).resolve().parent.parent
NET_TABLES = ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6")


def socket_inodes(pid: int) -> set[int]:
    """The inodes of every socket the process holds open now."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except FileNotFoundError:  # closed meanwhile
            continue
        if target.startswith("socket:["):
            inodes.add(int(target[8:-1]))
    return inodes


def network_inodes(pid: int) -> set[int]:
    """The inodes of every internet (v4 or v6) socket in the process's network namespace."""
    inodes = set()
    for table in NET_TABLES:
        path = Path(f"/proc/{pid}/net/{table}")
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                fields = line.split()
                if len(fields) > 9:
                    inodes.add(int(fields[9]))
    return inodes


class SocketWatch:
    """Polls a process's sockets until it exits: how many it had, and any that was a network socket."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process
        self.polls = 0
        self.sockets: set[int] = set()
        self.network: set[int] = set()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while self.process.poll() is None:
            try:
                held = socket_inodes(self.process.pid)
                self.network |= held & network_inodes(self.process.pid)
            except (FileNotFoundError, ProcessLookupError):  # the process ended between two reads
                break
            self.sockets |= held
            self.polls += 1
            time.sleep(0.01)

    def join(self) -> None:
        self._thread.join(timeout=30)


def test_a_whole_simulated_session_opens_no_network_socket(tmp_path: Path) -> None:
    scenario = tmp_path / "scenario.yaml"
    replies = [{"say": reply} for reply, _ in CHECKIN_REPLIES]
    scenario.write_text(yaml.safe_dump({"flow": "checkin", "replies": replies}))
    process = subprocess.Popen([sys.executable, "-m", "voice_pacer", "simulate", str(scenario), "--engine",
                                "pocketsphinx", "--log", str(tmp_path / "events.jsonl")], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    watch = SocketWatch(process)
    out, err = process.communicate(timeout=300)
    watch.join()
    assert process.returncode == 0, err
    assert "Session ended: completed" in out
    assert watch.polls > 10
    assert watch.network == set()


@pytest.mark.audio_server
def test_a_whole_live_session_opens_no_network_socket(pulse: PulseServer, room: Room, runs: list[LiveRun],
                                                      tmp_path: Path) -> None:  # fmt: skip
    run = start(runs, tmp_path, ["run", "checkin"], write_config(tmp_path))
    watch = SocketWatch(run.process)
    answer_checkin(run, room, CHECKIN_REPLIES)
    assert run.event("end")["reason"] == "completed"
    assert run.wait_exit() == 0, run.stderr()
    watch.join()
    assert watch.sockets, "the unix socket to the sound server was never seen: the watch does not work"
    assert watch.network == set()


@pytest.mark.audio_server
def test_sound_server_killed_and_restarted_mid_session_resumes(pulse: PulseServer, room: Room, runs: list[LiveRun],
                                                               tmp_path: Path) -> None:  # fmt: skip
    run = start(runs, tmp_path, ["run", "checkin"], write_config(tmp_path))
    run.event("state", state="a_close")
    room.wait_quiet()
    pulse.kill()
    run.event("device_lost", timeout=10)
    killed = time.monotonic()
    wait_until(lambda: time.monotonic() - killed > 2.0, what="2 s without a sound server")  # down a while
    pulse.restart()
    room.speaker.stop()  # the recorder of the speaker died with the server: record the new one
    room.speaker = pulse.record("speaker.monitor")
    room.speaker.wait_ready()
    run.event("device_back", timeout=30)
    resumed = run.event("resumed")
    run.event("say", text=PROMPTS["resumed"])
    question = run.expect(lambda r: r["event"] in ("say", "state"), "the question again")
    assert question["event"] == "say" and "feel close" in question["text"], question
    room.wait_voice_then_quiet(max(0, room.samples() - 16_000))
    answer_checkin_from_first(run, room, CHECKIN_REPLIES)
    end = run.event("end", timeout=SESSION_TIMEOUT)
    assert run.wait_exit() == 0, run.stderr()
    assert end["reason"] == "completed" and resumed["state"] == "a_close"
    records = run.poll()
    assert [r["state"] for r in events_of(records, "state")] == CHECKIN_PATH  # a_close went on, not restarted
    assert_heard_like(events_of(records, "heard"), CHECKIN_REPLIES)
    assert "Traceback" not in run.stderr()
