"""A private PulseAudio server for the live audio tests, started and stopped like a test database.

How the assistant's devices are routed (found by experiment with PulseAudio 16.1, alsa-plugins 1.2.7):
- PortAudio only sees ALSA PCMs. ALSA's `pulse` PCM (50-pulseaudio.conf) has just a `device` option, empty
  by default; `default` also goes to pulse when pulse-alsa.conf finds a server answering.
- Every open of that PCM creates a new libpulse context, and libpulse reads PULSE_SERVER, PULSE_SOURCE and
  PULSE_SINK from the environment right then (client.conf defaults, overridable by env). So setting them in
  os.environ (Python calls putenv) before a stream opens routes it: PULSE_SOURCE=room.monitor makes the
  microphone hear the "room" null sink, PULSE_SINK=speaker sends the speaker into the "speaker" null sink.
  The server's own defaults are set the same way with pactl, for clients that ignore the env.
- PortAudio lists devices once, at Pa_Initialize, which sounddevice runs at import: before this server exists
  the `pulse` device is missing, so the fixture refreshes PortAudio's list after starting the server.
- PulseAudio 16 "rescues" streams of a removed sink by moving them to another one; a private daemon.conf
  (PULSE_CONFIG) sets rescue-streams = no so unloading "room" kills the capture stream like an unplug does.
- module-null-sink renders in 2 s blocks until a client asks for lower latency, so a fresh monitor source
  can take up to 2 s to deliver its first audio; Recorder.wait_ready() waits for that.
- The daemon runs as our child, not daemonized, with PR_SET_PDEATHSIG: a killed test run leaves no server.

tests/conftest.py runs one server for the whole test run; private_server() gives scripts (benchmarks) the same setup.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from voice_pacer.audio import devices
from voice_pacer.audio.pcm import SAMPLE_RATE, write_wav

PR_SET_PDEATHSIG = 1
SINKS = ("room", "speaker")
MIC_SOURCE = "room.monitor"  # what the assistant hears
SPEAKER_SINK = "speaker"  # where the assistant talks
TIMEOUT = 10.0
TOOLS = ("pulseaudio", "pactl", "paplay", "parecord")
INSTALL = "apt-get install pulseaudio pulseaudio-utils libasound2-plugins"


def _die_with_parent() -> None:
    """In the child before exec: ask Linux to SIGTERM it when the process that started it dies."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def wait_until(condition: Callable[[], bool], timeout: float = TIMEOUT, what: str = "condition") -> None:
    """Poll condition until it holds; AssertionError after timeout seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.02)


class Recorder:
    """Records a source to 16 kHz mono int16 in the background (parecord --raw to a pipe)."""

    def __init__(self, server: PulseServer, source: str) -> None:
        self._process = subprocess.Popen(
            ["parecord", "--raw", "--format=s16le", f"--rate={SAMPLE_RATE}", "--channels=1",
             "--latency-msec=20", f"--device={source}"],
            env=server.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self._data = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        while chunk := self._process.stdout.read1(4096):
            with self._lock:
                self._data += chunk

    def pcm(self) -> np.ndarray:
        """Everything recorded so far."""
        with self._lock:
            usable = len(self._data) - len(self._data) % 2
            return np.frombuffer(bytes(self._data[:usable]), dtype=np.int16)

    def wait_ready(self, timeout: float = TIMEOUT) -> None:
        """Wait until audio is flowing, so nothing played afterwards is missed."""
        wait_until(lambda: len(self.pcm()) > 0, timeout, "the recorder's first audio")

    def stop(self) -> np.ndarray:
        """Stop recording and return the audio."""
        self._process.terminate()
        self._process.wait(timeout=TIMEOUT)
        self._reader.join(timeout=TIMEOUT)
        return self.pcm()


class PulseServer:
    """One private pulseaudio daemon with null sinks "room" and "speaker", in its own temporary directory."""

    def __init__(self) -> None:
        # A short path in /tmp: unix socket paths are limited to 108 bytes.
        self.root = Path(tempfile.mkdtemp(prefix="vp-pulse-"))
        self.socket = self.root / "run" / "native"
        self.rates: dict[str, int | None] = dict.fromkeys(SINKS)
        base = {key: value for key, value in os.environ.items() if not key.startswith("PULSE_")}
        self.env = {
            **base,
            "HOME": str(self.root / "home"),
            "XDG_RUNTIME_DIR": str(self.root / "xdg"),
            "XDG_CONFIG_HOME": str(self.root / "home" / ".config"),
            "PULSE_RUNTIME_PATH": str(self.root / "run"),
            "PULSE_STATE_PATH": str(self.root / "state"),
            "PULSE_CONFIG": str(self.root / "daemon.conf"),
            **self.client_env(),
        }
        self.log = self.root / "pulseaudio.log"
        self._process: subprocess.Popen[bytes] | None = None

    def client_env(self) -> dict[str, str]:
        """Variables that point a libpulse client (and so ALSA's `pulse` PCM) at this server and its devices."""
        return {
            "PULSE_SERVER": f"unix:{self.socket}",
            "PULSE_SOURCE": MIC_SOURCE,
            "PULSE_SINK": SPEAKER_SINK,
            "PULSE_CLIENTCONFIG": str(self.root / "client.conf"),
            "PULSE_COOKIE": str(self.root / "cookie"),
        }

    def start(self) -> None:
        """Start the daemon as a child of this process and wait until it answers."""
        for name in ("home", "xdg", "run", "state"):
            (self.root / name).mkdir(mode=0o700, exist_ok=True)  # kept by kill(), for restart()
        (self.root / "daemon.conf").write_text(
            "rescue-streams = no\nexit-idle-time = -1\nrealtime-scheduling = no\nhigh-priority = no\n"
        )
        (self.root / "client.conf").write_text("autospawn = no\n")
        # Not daemonized, and killed by the kernel if we die, so a crashed test run leaves no server behind.
        self._process = subprocess.Popen(
            ["pulseaudio", "--daemonize=no", "--system=no", "--exit-idle-time=-1", "--disallow-exit", "-n",
             f"--log-target=file:{self.log}",
             f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
             *(f"--load=module-null-sink sink_name={name}" for name in SINKS)],
            env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
        )  # fmt: skip
        try:
            wait_until(self._answers, what="pulseaudio to answer")
        except AssertionError:
            log = self._log_text()
            self.stop()
            raise RuntimeError(f"the test PulseAudio server did not start; its log:\n{log}") from None
        self.set_defaults()

    def kill(self) -> None:
        """Kill the daemon outright (SIGKILL), as when the sound server crashes; restart() brings it back."""
        if self._process is not None:
            self._process.kill()
            self._process.wait(timeout=TIMEOUT)
            self._process = None

    def restart(self) -> None:
        """Start the daemon again on the same socket, with its sinks as at start."""
        self.kill()
        self.rates = dict.fromkeys(SINKS)
        self.start()

    @property
    def pid(self) -> int | None:
        """The daemon's process id while it runs."""
        return self._process.pid if self._process is not None else None

    def _log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else "(no log)"

    def _answers(self) -> bool:
        if self._process is not None and self._process.poll() is not None:
            raise RuntimeError(f"the test PulseAudio server exited at start; its log:\n{self._log_text()}")
        return self.run("pactl", "info", check=False).returncode == 0

    def stop(self) -> None:
        """Stop the daemon, wait for it to go, and remove its directory."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=TIMEOUT)
        shutil.rmtree(self.root, ignore_errors=True)

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a PulseAudio tool against this server."""
        return subprocess.run(args, env=self.env, check=check, timeout=TIMEOUT, capture_output=True, text=True)

    def pactl(self, *args: str) -> str:
        """pactl's output; CalledProcessError when it fails."""
        return self.run("pactl", *args).stdout

    def set_defaults(self) -> None:
        """Make room.monitor and speaker the server's defaults (a no-op for one that is unloaded)."""
        self.run("pactl", "set-default-source", MIC_SOURCE, check=False)
        self.run("pactl", "set-default-sink", SPEAKER_SINK, check=False)

    def module_id(self, sink: str) -> str | None:
        """The module index of the null sink named sink, None when it is not loaded."""
        for line in self.pactl("list", "short", "modules").splitlines():
            fields = line.split("\t")
            if fields[1] == "module-null-sink" and f"sink_name={sink}" in fields[2].split():
                return fields[0]
        return None

    def sink_rate(self, sink: str) -> int:
        """The sample rate the sink runs at."""
        for line in self.pactl("list", "short", "sinks").splitlines():
            fields = line.split("\t")
            if fields[1] == sink:
                return int(fields[3].split()[-1].removesuffix("Hz"))
        raise AssertionError(f"no sink {sink}")

    def unload(self, sink: str) -> None:
        """Remove the sink and its monitor source: the test's way of unplugging a device."""
        module = self.module_id(sink)
        if module is not None:
            self.pactl("unload-module", module)

    def load(self, sink: str, rate: int | None = None) -> None:
        """(Re)create the null sink, optionally at a fixed rate (the monitor source then runs at it too)."""
        self.unload(sink)
        self.pactl("load-module", "module-null-sink", f"sink_name={sink}", *([f"rate={rate}"] if rate else []))
        self.rates[sink] = rate
        self.set_defaults()

    def reset(self) -> None:
        """Bring both sinks back to their start state (present, default rate)."""
        for sink in SINKS:
            if self.rates[sink] is not None or self.module_id(sink) is None:
                self.load(sink)

    def play(self, sink: str, pcm: np.ndarray, rate: int = SAMPLE_RATE) -> subprocess.Popen[bytes]:
        """Start playing int16 mono PCM into a sink (paplay a WAV); returns the running paplay."""
        path = Path(tempfile.mkstemp(suffix=".wav", dir=self.root)[1])
        write_wav(path, pcm, rate)
        return subprocess.Popen(["paplay", f"--device={sink}", str(path)], env=self.env, stderr=subprocess.PIPE)

    def record(self, source: str) -> Recorder:
        """Start recording a source (e.g. "speaker.monitor") in the background."""
        return Recorder(self, source)


def missing_tools() -> list[str]:
    """The PulseAudio programs the harness needs that are not on PATH."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@contextlib.contextmanager
def private_server() -> Iterator[PulseServer]:
    """A running private server with this process's ALSA `pulse` device routed to it; stopped on exit."""
    missing = missing_tools()
    if missing:
        raise RuntimeError(f"PulseAudio is not installed (missing {', '.join(missing)}): {INSTALL}")
    server = PulseServer()
    saved = {key: os.environ.get(key) for key in server.client_env()}
    try:
        server.start()
        os.environ.update(server.client_env())
        devices.refresh()
        yield server
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        server.stop()
        devices.refresh()
