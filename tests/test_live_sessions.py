"""Whole live sessions through the real devices: `voice-pacer run` and `listen` on the private PulseAudio server.

The assistant runs as a subprocess (the real CLI, its microphone on room.monitor, its speaker on the "speaker"
sink). A scripted partner follows its event log as it is written and plays Piper speech into the "room" sink
whenever the assistant listens; a recorder on speaker.monitor hears what the assistant says and tells the
partner when it has fallen quiet. Everything is real time, so each wait is for an event, with generous limits.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.conftest import rms
from tests.pulse import PulseServer, Recorder, wait_until
from tests.speech import speech
from voice_pacer.audio.pcm import SAMPLE_RATE
from voice_pacer.ears.room_state import room_state_path
from voice_pacer.flowfile.common import common
from voice_pacer.flowfile.load import load_flow

pytestmark = pytest.mark.audio_server

ROOT = Path(__file__).resolve().parent.parent
NAMES = ("Dana", "Luis")
# The assistant's voice here is Piper (the default pyttsx3 voice is exercised by test_simulate and the demo).
VOICE = "piper"
VOICE_RATE = 270  # words a minute: the assistant talks briskly so a whole session stays well under a minute
BARGE_IN_RATE = 165  # the default pace: a one-idea welcome (12 words) then lasts long enough to talk over it
SESSION_TIMEOUT = 150.0  # seconds any one awaited event may take (a session is ~45 s of real time)
STEP_TIMEOUT = 45.0
QUIET = 0.5  # seconds of silence on the speaker that mean the assistant has finished talking
SILENT_RMS = 30.0  # int16 RMS of the speaker sink when nothing plays (the null sink gives exact zeros)
VOICE_RMS = 500.0  # the assistant's speech is far louder than this
PROMPTS = common().prompts
# Quiet before each reply: a new paplay stream into a null sink whose monitor is read in long blocks can lose its first
# ~100 ms (the sink renders ahead, and a monitor cannot take back what it sent). A voice in a room has no stream start.
LEAD_IN = int(0.3 * SAMPLE_RATE)
Record = dict[str, Any]

# Replies PocketSphinx's open vocabulary gets mostly right through the server (its key words, as prefixes).
CHECKIN_REPLIES = [
    ("When you listened to me after work.", ("listen", "work")),
    ("When you forgot to call me back.", ("forgot", "call", "back")),
    ("When you fixed my bike.", ("fix", "bike")),
    ("When you were on your phone at dinner.", ("phone", "dinner")),
]
STOP = "I want to stop."  # a bare "Stop." is misheard by the open vocabulary of answer states ("tobacco")
CHECKIN_PATH = ["welcome", "just_listen", "a_close_ask", "a_close", "a_pull_ask", "a_pull", "b_close_ask", "b_close",
                "b_pull_ask", "b_pull", "goodnight"]  # fmt: skip
TRIGGERS = ["Let's check in.", "Let's take turns.", "Time out.", "Let's pause."]  # the default trigger phrases
CHATTER_GAP = 2.0  # seconds of quiet played after chatter: > the 0.6 s that ends a trigger utterance, so it ends alone
CHATTER = ["I think it might rain tomorrow.", "Where are my keys?", "Take out the trash."]
TRIGGER_LIKE_CHATTER = ["Did you buy milk?", "Is it time to go out?"]  # a command grammar hears "time out" in both


def listening_states(flow: str) -> set[str]:
    """The states of a built-in flow whose action is to listen."""
    return {name for name, state in load_flow(flow).flow.states.items() if state.listen is not None}


def write_config(tmp_path: Path, extra: str = "") -> Path:
    """A config file for live sessions on the `pulse` device with PocketSphinx and a brisk voice."""
    path = tmp_path / "config.toml"
    path.write_text(
        f'[partners]\na = "{NAMES[0]}"\nb = "{NAMES[1]}"\n'
        '[audio]\ninput = "pulse"\noutput = "pulse"\n'
        '[ears]\nengine = "pocketsphinx"\n'
        f'[voice]\nname = "{VOICE}"\nrate = {VOICE_RATE}\n' + extra,
        encoding="utf-8",
    )
    return path


def room_file(tmp_path: Path, config: Path) -> Path:
    """Where a live run with this config keeps the room's state, in the state folder LiveRun gives it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_STATE_HOME", str(tmp_path / "state-home"))
        return room_state_path(config)


class LiveRun:
    """A `voice-pacer` subprocess on the private server; its event log is read in order as it grows."""

    def __init__(self, tmp_path: Path, command: list[str], config: Path) -> None:
        self.log = tmp_path / "events.jsonl"
        self.stdout_path, self.stderr_path = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
        env = {key: value for key, value in os.environ.items() if not key.startswith("VOICE_PACER_")}
        env["XDG_CONFIG_HOME"] = str(tmp_path / "config-home")
        env["XDG_STATE_HOME"] = str(tmp_path / "state-home")  # the room's state (room_file): this test's own
        with self.stdout_path.open("wb") as out, self.stderr_path.open("wb") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "voice_pacer", *command, "--log", str(self.log), "--log-text",
                 "--config", str(config)],
                cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
            )  # fmt: skip
        self.records: list[Record] = []
        self.cursor = 0  # records before this one have been consumed by expect()
        self._offset = 0

    def stderr(self) -> str:
        """What the program wrote on stderr so far."""
        return self.stderr_path.read_text(errors="replace")

    def poll(self) -> list[Record]:
        """Read complete lines added to the event log since the last call."""
        if self.log.exists():
            with self.log.open("rb") as file:
                file.seek(self._offset)
                data = file.read()
            complete = data[: data.rfind(b"\n") + 1]
            self._offset += len(complete)
            self.records += [json.loads(line) for line in complete.splitlines() if line.strip()]
        return self.records

    def _story(self) -> str:
        lines = [f"{r['t']:7.2f} {r['event']} " + json.dumps({k: v for k, v in r.items() if k not in ("t", "event")})
                 for r in self.poll()]  # fmt: skip
        return "\n".join(lines[-40:]) + f"\n--- stderr:\n{self.stderr()[-3000:]}"

    def expect(self, match: Callable[[Record], bool], what: str, timeout: float = STEP_TIMEOUT) -> Record:
        """Wait for the next unconsumed event that matches; the events before it are consumed too."""
        deadline = time.monotonic() + timeout
        while True:
            exited = self.process.poll() is not None  # checked first: every line written before exit is read
            records = self.poll()
            for index in range(self.cursor, len(records)):
                if match(records[index]):
                    self.cursor = index + 1
                    return records[index]
            self.cursor = len(records)
            if exited:
                raise AssertionError(f"the program exited ({self.process.returncode}) before {what}:\n"
                                     + self._story())
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout:g} s waiting for {what}:\n{self._story()}")
            time.sleep(0.02)

    def event(self, name: str, timeout: float = STEP_TIMEOUT, **fields: Any) -> Record:
        """Wait for the next event of that name whose fields have the given values."""
        described = name + "".join(f" {key}={value!r}" for key, value in fields.items())
        return self.expect(lambda r: r["event"] == name and all(r.get(k) == v for k, v in fields.items()),
                           described, timeout)  # fmt: skip

    def wait_exit(self, timeout: float = SESSION_TIMEOUT) -> int:
        """Wait for the program to end; its exit status."""
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"the program did not exit within {timeout:g} s:\n{self._story()}") from None

    def kill(self) -> None:
        """Make sure the program is gone (a failed test must not leave a session holding the devices)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


class Room:
    """The partners' side: plays speech into the room and watches the speaker for the assistant's voice."""

    def __init__(self, server: PulseServer) -> None:
        self.server = server
        self.speaker: Recorder = server.record("speaker.monitor")
        self.speaker.wait_ready()

    def samples(self) -> int:
        """How much of the speaker has been recorded so far."""
        return len(self.speaker.pcm())

    def quiet_for(self, seconds: float) -> bool:
        """Whether the speaker has been silent for the last `seconds`."""
        pcm = self.speaker.pcm()
        return len(pcm) >= seconds * SAMPLE_RATE and rms(pcm[-int(seconds * SAMPLE_RATE) :]) < SILENT_RMS

    def wait_quiet(self, seconds: float = QUIET) -> None:
        """Wait until the assistant has stopped talking."""
        wait_until(lambda: self.quiet_for(seconds), STEP_TIMEOUT, "the assistant to fall quiet")

    def wait_voice_then_quiet(self, since: int, seconds: float = QUIET) -> None:
        """Wait until the assistant has said something after sample `since` and then fallen quiet."""
        wait_until(lambda: rms(self.speaker.pcm()[since:]) > SILENT_RMS, STEP_TIMEOUT, "the assistant's voice")
        self.wait_quiet(seconds)

    def say(self, text: str, quiet_after: float = 0.0) -> None:
        """Play a partner's sentence (and `quiet_after` seconds of quiet) into the room; wait until it has played."""
        quiet = np.zeros(int(quiet_after * SAMPLE_RATE), np.int16)
        player = self.server.play("room", np.concatenate([np.zeros(LEAD_IN, np.int16), speech(text), quiet]))
        try:
            assert player.wait(timeout=STEP_TIMEOUT) == 0, player.stderr.read() if player.stderr else ""
        finally:
            if player.poll() is None:
                player.kill()

    def stop(self) -> np.ndarray:
        """Stop recording the speaker; everything the assistant said."""
        return self.speaker.stop()


@pytest.fixture
def room(pulse: PulseServer) -> Iterator[Room]:
    """A partner in the room, listening to the assistant's speaker."""
    partner = Room(pulse)
    try:
        yield partner
    finally:
        partner.stop()


@pytest.fixture
def runs() -> Iterator[list[LiveRun]]:
    """Programs started by a test; killed at the end if still running."""
    started: list[LiveRun] = []
    yield started
    for run in started:
        run.kill()


def start(runs: list[LiveRun], tmp_path: Path, command: list[str], config: Path) -> LiveRun:
    """Start a `voice-pacer` command on the private server's devices."""
    run = LiveRun(tmp_path, [*command, "--input", "pulse", "--output", "pulse"], config)
    runs.append(run)
    return run


@pytest.fixture(scope="module", autouse=True)
def rendered_speech() -> None:
    """Render every partner line before any session starts, so replies are never late."""
    for text in [*(reply for reply, _ in CHECKIN_REPLIES), *CHATTER, *TRIGGER_LIKE_CHATTER, *TURNS_LINES, STOP,
                 *TRIGGERS]:  # fmt: skip
        speech(text)


def answer_checkin(run: LiveRun, room: Room, replies: list[tuple[str, tuple[str, ...]]]) -> None:
    """Each time the check-in starts listening, wait for the assistant to be quiet and play the next reply."""
    listening = listening_states("checkin")
    for reply, _ in replies:
        run.expect(lambda r: r["event"] == "state" and r["state"] in listening, f"a listening state for {reply!r}")
        room.wait_quiet()
        room.say(reply)


def events_of(records: list[Record], name: str) -> list[Record]:
    """The records of one event type."""
    return [r for r in records if r["event"] == name]


def has_key_word(text: str, keys: tuple[str, ...]) -> bool:
    """Whether a heard word starts with one of the key words ("listen" in "listened")."""
    return any(word.startswith(key) for word in re.findall(r"[a-z']+", text.lower()) for key in keys)


def assert_heard_like(heard: list[Record], replies: list[tuple[str, tuple[str, ...]]]) -> None:
    """One heard answer per reply, each with at least one of its key words and no intent."""
    texts = [r["text"] for r in heard]
    assert len(heard) == len(replies), texts
    for record, (reply, keys) in zip(heard, replies, strict=True):
        assert has_key_word(record["text"], keys), f"heard {record['text']!r} for {reply!r}"
        assert record["intent"] is None and record["engine"] == "pocketsphinx"


def test_checkin_session_live(pulse: PulseServer, room: Room, runs: list[LiveRun], tmp_path: Path) -> None:
    config = write_config(tmp_path)
    run = start(runs, tmp_path, ["run", "checkin"], config)
    answer_checkin(run, room, CHECKIN_REPLIES)
    end = run.event("end")
    assert run.wait_exit() == 0, run.stderr()
    assert end["reason"] == "completed"
    records = run.poll()
    assert records[-1] == end
    assert [r["state"] for r in events_of(records, "state")] == CHECKIN_PATH
    assert_heard_like(events_of(records, "heard"), CHECKIN_REPLIES)
    says = [r["text"] for r in events_of(records, "say")]
    assert f"Thank you, {NAMES[0]}." in says and says[-1].startswith("Thank you both")
    voice = room.stop()
    assert rms(voice) > VOICE_RMS, "the assistant's voice did not reach the speaker"
    assert "Traceback" not in run.stderr()
    stored = json.loads(room_file(tmp_path, config).read_text())  # for the next session
    assert len(stored["cepstral_mean"]) == 13


TURNS_LINES = [
    "I was tired after work.", "That's it, I'm done.", "You were tired after work.",
    "I was worried about the money.", "That's it, I'm done.", "You were worried about the money.",
]  # fmt: skip
TURNS_KEYS = (("tired", "work"), ("worried", "money"))
THINKING_PAUSE = 2.5  # seconds of silence inside a turn: well under floor_silence, well over end_silence


def take_a_turn(run: LiveRun, room: Room, first: str, last: str) -> None:
    """On the floor: a sentence, a thinking pause, then the closing words."""
    run.event("state", state="floor")
    room.wait_quiet()
    room.say(first, quiet_after=THINKING_PAUSE)
    room.say(last)


def test_turns_session_live(pulse: PulseServer, room: Room, runs: list[LiveRun], tmp_path: Path) -> None:
    config = write_config(tmp_path)
    broken = room_file(tmp_path, config)  # a room state the last session with this config left, broken
    broken.parent.mkdir(parents=True)
    broken.write_text('{"cepstral_mean": [50, 3', encoding="utf-8")
    run = start(runs, tmp_path, ["run", "turns"], config)
    alone, done_a, reflect_a, tired, done_b, reflect_b = TURNS_LINES
    for first, last, reflection in ((alone, done_a, reflect_a), (tired, done_b, reflect_b)):
        take_a_turn(run, room, first, last)
        run.event("state", state="reflect")
        room.wait_quiet()
        room.say(reflection)
    end = run.event("end")
    assert run.wait_exit() == 0, run.stderr()
    assert end["reason"] == "completed"
    records = run.poll()
    states = [r["state"] for r in events_of(records, "state")]
    turn = ["give_floor", "ask_listener", "floor", "ask_reflect", "reflect", "thank_listener"]
    assert states == ["intro", *turn, *turn, "close"]
    # Per stretch between state changes: what was heard there.
    heard_in: dict[int, list[Record]] = {}
    count = -1
    for record in records:
        count += record["event"] == "state"
        if record["event"] == "heard":
            heard_in.setdefault(count, []).append(record)
    floors = [i for i, s in enumerate(states) if s == "floor"]
    reflects = [i for i, s in enumerate(states) if s == "reflect"]
    for index, keys in zip(floors, TURNS_KEYS, strict=True):
        spoken = heard_in.get(index, [])
        assert [r["intent"] for r in spoken] == [None, "done"], spoken  # the pause did not end the turn
        assert has_key_word(spoken[0]["text"], keys), spoken
    for index, keys in zip(reflects, TURNS_KEYS, strict=True):
        assert [has_key_word(r["text"], keys) for r in heard_in.get(index, [])] == [True], heard_in.get(index)
    says = [r["text"] for r in events_of(records, "say")]
    assert "Now let's swap." in says
    assert any(s.startswith(f"{NAMES[0]}, you have the floor") for s in says)
    assert any(s.startswith(f"{NAMES[1]}, you have the floor") for s in says)  # the roles swapped
    assert rms(room.stop()) > VOICE_RMS
    said = [line for line in run.stderr().splitlines() if broken.name in line]
    assert len(said) == 1 and "starts without it" in said[0] and "Traceback" not in run.stderr(), run.stderr()
    assert len(json.loads(broken.read_text())["cepstral_mean"]) == 13  # replaced when the session ended


def test_assistant_does_not_hear_itself(pulse: PulseServer, room: Room, runs: list[LiveRun], tmp_path: Path) -> None:
    # The speaker's sound goes back into the room at full level, as from a loudspeaker next to the microphone.
    loopback = pulse.pactl("load-module", "module-loopback", "source=speaker.monitor", "sink=room",
                           "latency_msec=20", "source_dont_move=true", "sink_dont_move=true").strip()  # fmt: skip
    heard_room = pulse.record("room.monitor")
    try:
        heard_room.wait_ready()
        run = start(runs, tmp_path, ["run", "checkin"], write_config(tmp_path))
        run.event("state", state="a_close")
        echo = rms(heard_room.pcm())  # nobody has spoken yet: all the room holds is the assistant's own voice
        answer_checkin_from_first(run, room, CHECKIN_REPLIES)
        end = run.event("end")
        assert run.wait_exit() == 0, run.stderr()
    finally:
        heard_room.stop()
        pulse.pactl("unload-module", loopback)
    assert echo > VOICE_RMS, "the loopback did not bring the assistant's voice into the room"
    assert end["reason"] == "completed"
    records = run.poll()
    assert [r["state"] for r in events_of(records, "state")] == CHECKIN_PATH
    heard = events_of(records, "heard")
    assert_heard_like(heard, CHECKIN_REPLIES)
    prompts = {r["text"].lower() for r in events_of(records, "say")}
    assert not {r["text"].lower() for r in heard} & prompts


def answer_checkin_from_first(run: LiveRun, room: Room, replies: list[tuple[str, tuple[str, ...]]]) -> None:
    """Reply to a check-in whose first listening state was already awaited."""
    room.wait_quiet()
    room.say(replies[0][0])
    answer_checkin(run, room, replies[1:])


def test_device_unplugged_mid_session_resumes(pulse: PulseServer, room: Room, runs: list[LiveRun],
                                            tmp_path: Path) -> None:  # fmt: skip
    elsewhere = pulse.pactl("load-module", "module-null-sink", "sink_name=elsewhere").strip()
    try:
        unplug_and_replug_during_checkin(pulse, room, runs, tmp_path)
    finally:
        pulse.pactl("unload-module", elsewhere)
        pulse.set_defaults()


def unplug_and_replug_during_checkin(pulse: PulseServer, room: Room, runs: list[LiveRun], tmp_path: Path) -> None:
    """The body of the test above, with a third source as the server's default."""
    # PulseAudio 16 moves the streams of a *default* source that goes away to the new default, whatever
    # rescue-streams says: with room.monitor the default, unloading "room" would quietly move the microphone
    # onto speaker.monitor instead of cutting it off as an unplug does. With another default it is cut off.
    pulse.pactl("set-default-source", "elsewhere.monitor")
    run = start(runs, tmp_path, ["run", "checkin"], write_config(tmp_path))
    run.event("state", state="a_close")
    room.wait_quiet()
    pulse.unload("room")
    run.event("device_lost", timeout=10)
    unplugged = time.monotonic()
    wait_until(lambda: time.monotonic() - unplugged > 2.0, what="2 s unplugged")  # stays unplugged a while
    pulse.load("room")
    run.event("device_back", timeout=30)
    resumed = run.event("resumed")
    run.event("say", text=PROMPTS["resumed"])
    question = run.expect(lambda r: r["event"] in ("say", "state"), "the question again")
    assert question["event"] == "say" and "feel close" in question["text"], question
    since = room.samples()
    room.wait_voice_then_quiet(since)
    answer_checkin_from_first(run, room, CHECKIN_REPLIES)
    end = run.event("end", timeout=SESSION_TIMEOUT)
    assert run.wait_exit() == 0, run.stderr()
    assert end["reason"] == "completed"
    records = run.poll()
    order = [r["event"] for r in records if r["event"] in ("device_lost", "device_back", "resumed")]
    assert order == ["device_lost", "device_back", "resumed"]
    lost_at = next(i for i, r in enumerate(records) if r["event"] == "device_lost")
    before = [r["state"] for r in records[:lost_at] if r["event"] == "state"][-1]
    assert resumed["state"] == before == "a_close"
    assert [r["state"] for r in events_of(records, "state")] == CHECKIN_PATH  # a_close went on, not restarted
    assert_heard_like(events_of(records, "heard"), CHECKIN_REPLIES)


def test_sigterm_stops_a_live_run(pulse: PulseServer, room: Room, runs: list[LiveRun], tmp_path: Path) -> None:
    run = start(runs, tmp_path, ["run", "checkin"], write_config(tmp_path))
    run.event("say")
    wait_until(lambda: not room.quiet_for(0.1), STEP_TIMEOUT, "the assistant to start talking")
    run.process.send_signal(signal.SIGTERM)
    status = run.wait_exit(timeout=20)
    records = run.poll()
    assert records[-1]["event"] == "end" and records[-1]["reason"] == "stopped", records[-3:]
    assert "Traceback" not in run.stderr()
    assert status == 130  # Typer's exit status for an interrupted command
    assert run.stdout_path.read_text().splitlines()[-1].strip().endswith("Session ended: stopped")
    room.wait_quiet(1.0)  # the prompt was cut off with the program, not left playing


def say_over_the_welcome(runs: list[LiveRun], tmp_path: Path, room: Room, line: str) -> tuple[LiveRun, Record]:
    """Start a check-in with barge-in on and say line over its welcome, which lasts several seconds more."""
    config = write_config(tmp_path)
    text = config.read_text().replace('output = "pulse"\n', 'output = "pulse"\nbarge_in = true\n')
    config.write_text(text.replace(f"rate = {VOICE_RATE}\n", f"rate = {BARGE_IN_RATE}\n"))
    run = start(runs, tmp_path, ["run", "checkin"], config)
    welcome = run.event("say")
    wait_until(lambda: not room.quiet_for(0.1), STEP_TIMEOUT, "the assistant to start talking")
    room.say(line)
    return run, welcome


def test_barge_in_stop_cuts_the_prompt_short(pulse: PulseServer, room: Room, runs: list[LiveRun],
                                            tmp_path: Path) -> None:  # fmt: skip
    run, welcome = say_over_the_welcome(runs, tmp_path, room, "Stop.")
    heard = run.event("heard")
    assert heard["intent"] == "stop"
    assert run.event("end")["reason"] == "stopped"
    records = run.poll()
    assert [r["state"] for r in events_of(records, "state")] == ["welcome", "_stopped"]
    spoken_seconds = len(welcome["text"].split()) / (BARGE_IN_RATE / 60)
    assert heard["t"] - welcome["t"] < spoken_seconds, "the prompt was cut, not waited out"


def test_barge_in_lets_other_talk_over_a_prompt_pass(pulse: PulseServer, room: Room, runs: list[LiveRun],
                                                     tmp_path: Path) -> None:  # fmt: skip
    run, welcome = say_over_the_welcome(runs, tmp_path, room, CHATTER[1])  # only stop cuts a prompt short
    asked = run.event("state", state="a_close_ask")
    records = run.poll()
    assert events_of(records[: records.index(asked)], "heard") == []
    spoken_seconds = len(welcome["text"].split()) / (BARGE_IN_RATE / 60)
    assert asked["t"] - welcome["t"] > 0.8 * spoken_seconds, "the welcome was said to its end"
    run.process.send_signal(signal.SIGTERM)
    run.wait_exit(timeout=20)


def stop_the_flow(run: LiveRun, room: Room, flow: str) -> None:
    """Say 'stop' the next time the flow listens (a listening state, or the quiet of a breathing phase)."""
    listening = listening_states(flow)
    cues = set(common().breathing_cues.values())
    for _attempt in range(4):
        moment = run.expect(lambda r: (r["event"] == "state" and r["state"] in listening)
                            or (r["event"] == "say" and r["text"] in cues), f"{flow} to listen")  # fmt: skip
        if moment["event"] == "say":
            room.wait_voice_then_quiet(max(0, room.samples() - SAMPLE_RATE // 2))
        else:
            room.wait_quiet()
        room.say(STOP)
        after = run.expect(lambda r: r["event"] in ("heard", "breathe", "state", "end"), f"{flow} to hear 'stop'")
        if after["event"] == "heard" and after["intent"] == "stop":
            assert run.event("end")["reason"] == "stopped"
            room.wait_quiet()
            return
    raise AssertionError(f"{flow} did not hear 'stop'")


def test_listen_starts_flows_by_trigger_and_ignores_chatter(pulse: PulseServer, room: Room, runs: list[LiveRun],
                                                            tmp_path: Path) -> None:  # fmt: skip
    run = start(runs, tmp_path, ["listen"], write_config(tmp_path))
    wait_until(lambda: "listening for:" in run.stderr(), STEP_TIMEOUT, "listen to start")
    script = [(CHATTER[0], None), (TRIGGERS[0], "checkin"), (CHATTER[1], None), (TRIGGERS[1], "turns"),
              (TRIGGERS[2], "pause"), (CHATTER[2], None), (TRIGGERS[3], "pause")]  # fmt: skip
    for line, flow in script:
        room.wait_quiet()
        room.say(line, quiet_after=CHATTER_GAP if flow is None else 0.0)
        if flow is None:
            continue  # had it started a flow, the next trigger's 'flow' event would name the wrong one
        started = run.event("flow")
        assert started["flow"] == flow, (line, started)
        stop_the_flow(run, room, flow)
    run.process.send_signal(signal.SIGTERM)
    status = run.wait_exit(timeout=20)
    records = run.poll()
    flows = events_of(records, "flow")
    assert [r["flow"] for r in flows] == ["checkin", "turns", "pause", "pause"], flows
    assert len(events_of(records, "end")) == 4
    assert all(r["reason"] == "stopped" for r in events_of(records, "end"))
    assert "Traceback" not in run.stderr() and status in (0, 130)
    times = [r["t"] for r in records]
    assert times == sorted(times) and flows[0]["t"] > 0  # one session clock across the flows listen starts


def test_listen_ignores_chatter_that_sounds_like_a_trigger(pulse: PulseServer, room: Room, runs: list[LiveRun],
                                                          tmp_path: Path) -> None:  # fmt: skip
    run = start(runs, tmp_path, ["listen"], write_config(tmp_path))
    wait_until(lambda: "listening for:" in run.stderr(), STEP_TIMEOUT, "listen to start")
    for line in TRIGGER_LIKE_CHATTER:
        room.wait_quiet()
        room.say(line, quiet_after=CHATTER_GAP)
    room.wait_quiet()
    room.say(TRIGGERS[0])  # heard after the chatter, so the first flow started tells whether any chatter started one
    first = run.event("flow")
    run.process.send_signal(signal.SIGTERM)
    run.wait_exit(timeout=20)
    assert first["flow"] == "checkin" and len(events_of(run.poll(), "flow")) == 1, first
