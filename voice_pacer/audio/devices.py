"""Sound devices: list them, pick one by name or index, and choose a rate and channel count it takes."""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Literal

import sounddevice as sd

from voice_pacer.audio.pcm import SAMPLE_RATE
from voice_pacer.errors import UserError

Kind = Literal["input", "output"]

# Streams opened by our microphone and speaker; refresh() must not tear PortAudio down under them.
_streams: weakref.WeakSet[sd._StreamBase] = weakref.WeakSet()


@dataclass(frozen=True)
class Device:
    """One PortAudio device as the user sees it."""

    index: int
    name: str
    inputs: int
    outputs: int
    default_rate: int

    def channels(self, kind: Kind) -> int:
        """How many channels the device has in the given direction."""
        return self.inputs if kind == "input" else self.outputs


def start_stream(stream_type: type[sd._StreamBase], **settings: object) -> sd._StreamBase:
    """Open and start a stream that refresh() will not pull the rug from; PortAudioError if it fails."""
    stream = stream_type(**settings)
    _streams.add(stream)
    try:
        stream.start()
    except sd.PortAudioError:
        stream.close()
        raise
    return stream


def refresh() -> bool:
    """Re-read PortAudio's device list (it is cached at import); False when skipped because a stream is open."""
    if any(not stream.closed for stream in _streams):
        return False
    sd._terminate()
    sd._initialize()
    return True


def list_devices(kind: Kind | None = None) -> list[Device]:
    """All devices, or only those with input (or output) channels."""
    found = [
        Device(
            index=int(info["index"]),
            name=str(info["name"]),
            inputs=int(info["max_input_channels"]),
            outputs=int(info["max_output_channels"]),
            default_rate=int(info["default_samplerate"]),
        )
        for info in sd.query_devices()
    ]
    return [device for device in found if kind is None or device.channels(kind) > 0]


def default_index(kind: Kind) -> int | None:
    """PortAudio's default device index for the direction, None when there is none."""
    try:
        index = sd.default.device[0 if kind == "input" else 1]
        if index is None or index < 0:
            index = sd.query_devices(kind=kind)["index"]
    except (sd.PortAudioError, ValueError):
        return None
    return int(index) if index is not None and index >= 0 else None


def describe(kind: Kind | None = None) -> str:
    """A multi-line table of devices for `voice-pacer devices`, defaults marked with '*'."""
    defaults = {default_index("input"), default_index("output")}
    lines = [
        f"{'*' if device.index in defaults else ' '} {device.index:3d}  {device.name}"
        f"  (in {device.inputs}, out {device.outputs}, {device.default_rate} Hz)"
        for device in list_devices(kind)
    ]
    return "\n".join(lines) if lines else "no sound devices found"


def one_line(kind: Kind) -> str:
    """The devices for a one-line error: "input devices: 0 'pulse', 1 'default'"."""
    devices = list_devices(kind)
    if not devices:
        return f"there are no {kind} devices at all (connect one, or start PulseAudio, then see `voice-pacer devices`)"
    return f"{kind} devices: " + ", ".join(f"{d.index} '{d.name}'" for d in devices)


def resolve(spec: str | int | None, kind: Kind) -> Device:
    """The device named (case-insensitive substring), numbered, or the default (None); UserError when none fits."""
    candidates = list_devices(kind)
    if spec is None:
        index = default_index(kind)
        match = [d for d in candidates if d.index == index]
        if not match:
            raise UserError(f"no default {kind} device; {one_line(kind)}; set audio.{kind} to one of them")
        return match[0]
    text = str(spec).strip()
    if isinstance(spec, int) or text.isdigit():
        match = [d for d in candidates if d.index == int(text)]
        if not match:
            raise UserError(f"no {kind} device number {text}; {one_line(kind)}")
        return match[0]
    needle = text.lower()
    exact = [d for d in candidates if d.name.lower() == needle]
    if exact:
        return exact[0]
    match = [d for d in candidates if needle in d.name.lower()]
    if len(match) == 1:
        return match[0]
    if not match:
        raise UserError(f"no {kind} device matches '{text}'; {one_line(kind)}")
    names = ", ".join(f"{d.index} '{d.name}'" for d in match)
    raise UserError(f"'{text}' matches several {kind} devices ({names}); give more of the name or its number")


def choose_format(device: Device, kind: Kind, rate: int | None = None) -> tuple[int, int]:
    """(rate, channels) to open the device with: 16 kHz mono if it takes that, else its default rate and/or stereo."""
    check = sd.check_input_settings if kind == "input" else sd.check_output_settings
    rates = [rate] if rate else [SAMPLE_RATE, device.default_rate]
    channel_options = [1] + ([2] if device.channels(kind) >= 2 else [])
    errors = []
    for channels in channel_options:
        for candidate in dict.fromkeys(rates):
            try:
                check(device=device.index, samplerate=candidate, channels=channels, dtype="int16")
            except (sd.PortAudioError, ValueError) as exc:
                errors.append(str(exc))
                continue
            return int(candidate), channels
    reason = errors[-1] if errors else "it has no channels"
    tried = "/".join(str(r) for r in dict.fromkeys(rates))
    raise UserError(f"cannot open {kind} device '{device.name}' at {tried} Hz: {reason}")
