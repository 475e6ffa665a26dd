"""Live microphone capture: 30 ms frames of 16 kHz mono int16, whatever rate the device runs at."""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator

import numpy as np
import sounddevice as sd
import soxr

from voice_pacer.audio import devices
from voice_pacer.audio.devices import Device
from voice_pacer.audio.pcm import FRAME_SAMPLES, SAMPLE_RATE
from voice_pacer.errors import UserError

BLOCK_SECONDS = 0.12  # per callback: 30 ms blocks cost 3x the CPU here and 2.5x in PulseAudio; 90 ms more lag is fine
LOST_AFTER = 1.5  # seconds without a callback before a running device counts as gone
STARTUP_GRACE = 4.0  # some devices (and PulseAudio's null sink) take ~2 s to deliver their first block
BACKOFF = (0.25, 0.5, 1.0, 2.0)


class DeviceLost(Exception):
    """The sound device stopped working (unplugged, server gone); reconnect() may bring it back."""


def _backoff() -> Iterator[float]:
    yield from BACKOFF
    while True:
        yield BACKOFF[-1]


class Microphone:
    """Captures on PortAudio's thread into a bounded queue; read() hands out frames on the caller's thread."""

    def __init__(
        self,
        device: str | int | None = None,
        on_notice: Callable[[str], None] | None = None,
        *,
        rate: int | None = None,
        queue_seconds: float = 10.0,
    ) -> None:
        self.spec = device
        self.on_notice = on_notice
        self.forced_rate = rate
        self.queue_seconds = queue_seconds
        self.device: Device | None = None  # the device in use, once open
        self.rate: int | None = None  # the rate the device runs at (read() always returns 16 kHz)
        self.channels = 1
        self._stream: sd.InputStream | None = None
        self._resampler: soxr.ResampleStream | None = None
        self._cond = threading.Condition()
        self._chunks: deque[np.ndarray] = deque()
        self._queued = 0
        self._capacity = 0
        self._pending = np.zeros(0, dtype=np.int16)
        self._lost: str | None = None
        self._finished = False
        self._opened_at = 0.0
        self._last_callback: float | None = None
        self._dropped = 0  # chunks we dropped because the queue was full
        self._pa_overflows = 0  # PortAudio's input_overflow flags
        self._reported = 0

    @property
    def overflows(self) -> int:
        """Audio lost so far: PortAudio input overflows plus chunks dropped from our full queue."""
        return self._dropped + self._pa_overflows

    def open(self) -> None:
        """Open the device and start capturing; UserError when it cannot be found or opened."""
        self._close_stream()
        device = devices.resolve(self.spec, "input")
        rate, channels = devices.choose_format(device, "input", self.forced_rate)
        with self._cond:
            self._chunks.clear()
            self._queued = 0
            self._capacity = int(self.queue_seconds * rate)
            self._finished = False
            self._lost = None
            self._last_callback = None
            self._opened_at = time.monotonic()
        self._pending = np.zeros(0, dtype=np.int16)
        self._resampler = None if rate == SAMPLE_RATE else soxr.ResampleStream(rate, SAMPLE_RATE, 1, dtype="int16")
        try:
            stream = devices.start_stream(
                sd.InputStream,
                device=device.index,
                samplerate=rate,
                channels=channels,
                dtype="int16",
                blocksize=round(rate * BLOCK_SECONDS),
                callback=self._callback,
                finished_callback=self._on_finished,
            )
        except sd.PortAudioError as exc:
            raise UserError(f"cannot open microphone '{device.name}' at {rate} Hz: {exc}") from None
        self._stream = stream
        self.device, self.rate, self.channels = device, rate, channels

    def _callback(self, indata: np.ndarray, frames: int, _time: object, status: sd.CallbackFlags) -> None:
        # PortAudio's thread: copy, enqueue, count; never block or call user code here.
        now = time.monotonic()
        with self._cond:
            self._last_callback = now
            if status.input_overflow:
                self._pa_overflows += 1
            if self._queued + frames > self._capacity:
                self._dropped += 1
            else:
                self._chunks.append(indata.copy())
                self._queued += frames
            self._cond.notify()

    def _on_finished(self) -> None:
        with self._cond:
            self._finished = True
            self._cond.notify()

    def _check_alive(self, now: float) -> None:
        """Raise DeviceLost if the stream ended or went quiet; called with the lock held."""
        if self._lost is None:
            if self._finished or (self._stream is not None and not self._stream.active):
                self._lost = "the audio stream stopped"
            elif self._last_callback is None and now - self._opened_at > STARTUP_GRACE:
                self._lost = f"no audio arrived within {STARTUP_GRACE:g} s of opening it"
            elif self._last_callback is not None and now - self._last_callback > LOST_AFTER:
                self._lost = f"no audio for {LOST_AFTER:g} s"
        if self._lost is not None:
            name = self.device.name if self.device else self.spec
            raise DeviceLost(f"microphone '{name}' lost: {self._lost}")

    def _next_chunk(self) -> np.ndarray:
        if self._stream is None and self._lost is None:
            raise RuntimeError("the microphone is not open")
        with self._cond:
            while not self._chunks:
                self._check_alive(time.monotonic())
                self._cond.wait(timeout=0.1)
            chunk = self._chunks.popleft()
            self._queued -= len(chunk)
        return chunk

    def _to_session(self, chunk: np.ndarray) -> np.ndarray:
        mono = chunk[:, 0] if self.channels == 1 else chunk.mean(axis=1).astype(np.int16)
        if self._resampler is None:
            return mono
        return self._resampler.resample_chunk(mono)

    def read(self) -> np.ndarray:
        """The next 30 ms frame (FRAME_SAMPLES int16 at 16 kHz); blocks for it, DeviceLost if the device went away."""
        try:
            while len(self._pending) < FRAME_SAMPLES:
                self._pending = np.concatenate([self._pending, self._to_session(self._next_chunk())])
        except DeviceLost:
            self._close_stream()
            raise
        finally:
            self._report_overflows()
        frame, self._pending = self._pending[:FRAME_SAMPLES], self._pending[FRAME_SAMPLES:]
        return frame

    def _report_overflows(self) -> None:
        total = self.overflows
        if total > self._reported and self.on_notice is not None:
            self.on_notice(
                f"microphone overflow: audio was lost {total - self._reported} time(s) because it was not read"
                f" fast enough ({total} in total)"
            )
        self._reported = total

    def flush(self) -> None:
        """Drop everything captured but not yet read."""
        with self._cond:
            self._chunks.clear()
            self._queued = 0
        self._pending = np.zeros(0, dtype=np.int16)
        if self._resampler is not None:
            self._resampler.clear()

    def wait_for_audio(self, timeout: float = STARTUP_GRACE + 0.5) -> None:
        """Block until the device has delivered its first audio; DeviceLost if it does not."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._last_callback is None:
                now = time.monotonic()
                self._check_alive(now)
                if now > deadline:
                    raise DeviceLost(f"microphone '{self.spec}' delivered no audio within {timeout:g} s")
                self._cond.wait(timeout=0.1)

    def reconnect(self, give_up_after: float | None = None) -> None:
        """Reopen the device with backoff until it captures again; UserError after give_up_after seconds."""
        self._close_stream()
        deadline = None if give_up_after is None else time.monotonic() + give_up_after
        delays = _backoff()
        while True:
            devices.refresh()  # a replugged USB device comes back under a new index
            try:
                self.open()
                self.wait_for_audio()
                return
            except (UserError, DeviceLost) as exc:
                self._close_stream()
                reason = str(exc)
            delay = next(delays)
            if deadline is not None and time.monotonic() + delay > deadline:
                raise UserError(f"the microphone did not come back within {give_up_after:g} s ({reason})")
            time.sleep(delay)

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return
        for step in (stream.abort, stream.close):
            with contextlib.suppress(sd.PortAudioError):  # a vanished device may refuse to stop; closing still frees it
                step()

    def close(self) -> None:
        """Stop capturing and release the device."""
        self._close_stream()
        self._lost = None

    def __enter__(self) -> Microphone:
        self.open()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
