"""Pick the voice by name."""

from __future__ import annotations

from voice_pacer.errors import UserError
from voice_pacer.voice.base import VOICES, Voice


def make_voice(name: str = "espeak", rate: int = 165, volume: float = 1.0, voice_id: str | None = None) -> Voice:
    """Build the named voice; unknown names are a one-line error."""
    if name == "espeak":
        from voice_pacer.voice.espeak import EspeakVoice

        return EspeakVoice(rate=rate, volume=volume, voice_id=voice_id)
    if name == "piper":
        from voice_pacer.voice.piper import PiperVoice

        return PiperVoice(rate=rate, volume=volume)
    raise UserError(f"unknown voice '{name}'; choose one of: {', '.join(VOICES)}")
