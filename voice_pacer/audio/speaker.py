"""Live playback of 16 kHz session PCM that can be cut short (barge-in)."""

from __future__ import annotations

import contextlib
import threading
import time

import numpy as np
import sounddevice as sd
import soxr

from voice_pacer.audio import devices
from voice_pacer.audio.devices import Device
from voice_pacer.audio.microphone import DeviceLost
from voice_pacer.audio.pcm import SAMPLE_RATE
from voice_pacer.errors import UserError

# PortAudio primes an output stream with a few quick callbacks, then may wait seconds for a slow device
# (PulseAudio's null sink starts in 2 s blocks), so only a long silence from PortAudio means the device is gone.
STALL_AFTER = 4.0


class Speaker:
    """Plays one clip at a time on PortAudio's thread; start() returns at once, stop() cuts it off."""

    def __init__(self, device: str | int | None = None, *, rate: int | None = None) -> None:
        self.spec = device
        self.forced_rate = rate
        self.device: Device | None = None  # the device in use, once open
        self.rate: int | None = None  # the rate the device runs at
        self.channels = 1
        self._stream: sd.OutputStream | None = None
        self._data = np.zeros((0, 1), dtype=np.int16)
        self._pos = 0
        self._done = threading.Event()
        self._done.set()
        self._stopped = False
        self._started_at = 0.0
        self._last_callback: float | None = None

    def open(self) -> None:
        """Find the device and the rate it takes; start() does this itself when needed."""
        device = devices.resolve(self.spec, "output")
        self.rate, self.channels = devices.choose_format(device, "output", self.forced_rate)
        self.device = device

    def _prepare(self, pcm16k: np.ndarray) -> np.ndarray:
        audio = np.asarray(pcm16k, dtype=np.int16).reshape(-1)
        if self.rate != SAMPLE_RATE and len(audio):
            audio = soxr.resample(audio, SAMPLE_RATE, self.rate)
        return np.repeat(audio[:, None], self.channels, axis=1)

    def start(self, pcm16k: np.ndarray) -> None:
        """Begin playing 16 kHz mono int16 PCM and return at once; stops whatever was playing."""
        self.stop()
        if self.device is None:
            self.open()
        assert self.device is not None and self.rate is not None
        self._data, self._pos = self._prepare(pcm16k), 0
        self._stopped = False
        self._last_callback = None
        self._started_at = time.monotonic()
        self._done.clear()
        try:
            stream = devices.start_stream(
                sd.OutputStream,
                device=self.device.index,
                samplerate=self.rate,
                channels=self.channels,
                dtype="int16",
                latency="high",  # prompts need no low latency, and a busy Raspberry Pi must not stutter them
                callback=self._callback,
                finished_callback=self._done.set,
            )
        except sd.PortAudioError as exc:
            self._done.set()
            self.device = None  # look it up again next time: it may have been unplugged
            raise UserError(f"cannot play on speaker '{self.spec or 'default'}': {exc}") from None
        self._stream = stream

    def _callback(self, outdata: np.ndarray, frames: int, _time: object, _status: sd.CallbackFlags) -> None:
        self._last_callback = time.monotonic()
        chunk = self._data[self._pos : self._pos + frames]
        outdata[: len(chunk)] = chunk
        outdata[len(chunk) :] = 0
        self._pos += len(chunk)
        if self._pos >= len(self._data):
            raise sd.CallbackStop  # PortAudio plays out what it has buffered, then calls finished_callback

    @property
    def active(self) -> bool:
        """True while a clip is playing."""
        return self._stream is not None and not self._done.is_set()

    def _stalled(self) -> bool:
        return time.monotonic() - (self._last_callback or self._started_at) > STALL_AFTER

    def wait(self, timeout: float | None = None) -> bool:
        """Block until playback ends (True) or timeout passes (False); DeviceLost if the device went away."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._done.wait(0.1):
            if self._stream is not None and self._stalled():
                self._lost("playback stalled")
            if deadline is not None and time.monotonic() > deadline:
                return False
        if self._stream is not None and not self._stopped and self._pos < len(self._data):
            self._lost("playback ended early")
        self._close_stream()
        return True

    def _lost(self, why: str) -> None:
        self._close_stream()
        name = self.device.name if self.device else self.spec
        self.device = None
        raise DeviceLost(f"speaker '{name}' lost: {why}")

    def stop(self) -> None:
        """Cut playback short now (barge-in); harmless when nothing is playing."""
        self._stopped = True
        self._close_stream()

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return
        for step in (stream.abort, stream.close):
            with contextlib.suppress(sd.PortAudioError):  # the device is gone already; closing still frees it
                step()
        self._done.set()

    def close(self) -> None:
        """Stop playing and release the device."""
        self.stop()

    def __enter__(self) -> Speaker:
        self.open()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
