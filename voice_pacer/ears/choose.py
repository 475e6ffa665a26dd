"""Pick the recogniser: Vosk when a model can be found, else PocketSphinx's built-in model."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import voice_pacer
from voice_pacer.ears.base import ENGINES, Ears
from voice_pacer.ears.care_lm import CareReader, care_sentences
from voice_pacer.ears.pocketsphinx_ears import PocketSphinxEars, spoken_variants
from voice_pacer.ears.vosk_ears import GET_MODEL, looks_like_vosk_model
from voice_pacer.errors import UserError
from voice_pacer.paths import expand_home

# The commands model reads utterances of up to 4 s (pocketsphinx_ears.DOMAIN_FRAMES), about this many words: a longer
# corpus row is a story ending in a command, whose other words would only pull chatter towards commands.
COMMAND_WORDS = 10


def model_folders() -> list[Path]:
    """Folders searched for downloaded models: the project's models/, ./models, and Vosk's own cache."""
    folders = [Path(voice_pacer.__file__).resolve().parents[1] / "models", Path.cwd() / "models"]
    folders.append(Path(os.environ.get("HOME", Path.home())) / ".cache" / "vosk")
    return list(dict.fromkeys(folders))


def _model_in(folder: Path) -> Path | None:
    if not folder.is_dir():
        return None
    found = sorted(sub for sub in folder.iterdir() if sub.is_dir() and looks_like_vosk_model(sub))
    return found[0] if found else None


def find_vosk_model(model: Path | None = None, origin: str = "as given") -> tuple[Path | None, str]:
    """The Vosk model to use and where it came from (the setting's origin, or the folder it was found in); (None,
    'where we looked') when there is none."""
    if model is not None:
        return expand_home(model), origin
    for folder in model_folders():
        found = _model_in(folder)
        if found is not None:
            return found, f"found in {folder}"
    return None, ", ".join(str(folder) for folder in model_folders())


def command_wordings() -> dict[str, tuple[str, ...]]:
    """Every phrase the shared intents' templates make, by intent (the care model's commands; see domain_wordings)."""
    from voice_pacer.flowfile.common import common

    return {name: spec.phrases for name, spec in common().intents.items()}


def domain_wordings() -> dict[str, tuple[str, ...]]:
    """What PocketSphinx's commands model holds, by intent: every template phrase, and every command row of the intent
    corpus (voice_pacer/data/intent_corpus.csv), normalised: the words people put around and instead of the templates'
    ("okay can we stop now", "that's everything I wanted to say")."""
    from voice_pacer.intent_model import load_corpus
    from voice_pacer.intents import normalise

    wordings = {name: list(phrases) for name, phrases in command_wordings().items()}
    for example in load_corpus():
        said = normalise(example.text)
        if example.intent in wordings and 0 < len(said.split()) <= COMMAND_WORDS:
            wordings[example.intent].append(said)
    return {name: tuple(dict.fromkeys(phrases)) for name, phrases in wordings.items()}


def care_reader(texts: Sequence[str] | None = None) -> CareReader:
    """PocketSphinx's care reading, of a model of the safety corpus's sentences (or of texts) and the command
    wordings; the model is built when first needed."""
    def sentences(known: Callable[[str], bool]) -> list[tuple[tuple[str, ...], float]]:
        from voice_pacer.safety_model import load_corpus

        said = texts if texts is not None else [example.text for example in load_corpus()]
        return care_sentences(said, command_wordings(), spoken_variants, known)

    return CareReader(sentences)


@lru_cache(maxsize=2)
def _pocketsphinx(description: str) -> PocketSphinxEars:
    return PocketSphinxEars(description, wordings=domain_wordings(), care=care_reader())


def make_ears(
    engine: str = "auto",
    model: Path | None = None,
    model_origin: str = "as given",
    notify: Callable[[str], None] | None = None,
) -> Ears:
    """Build the recogniser the settings ask for, saying in its description which model and why (model_origin:
    where the model setting came from, e.g. 'from --model')."""
    if engine not in ENGINES:
        raise UserError(f"unknown speech engine '{engine}'; choose one of: {', '.join(ENGINES)}")
    path, origin = (None, "") if engine == "pocketsphinx" else find_vosk_model(model, model_origin)
    if engine == "vosk" and path is None:
        looked = f"--model, ears.model in the config file, $VOICE_PACER_EARS_MODEL, {origin}"
        raise UserError(f"no Vosk model found (looked at {looked}); {GET_MODEL}")
    if path is not None:
        from voice_pacer.ears.vosk_ears import VoskEars

        try:
            return VoskEars(path, notify, description=f"Vosk, model {path} ({origin})")
        except UserError as exc:  # say which setting (or search) led to the model that failed
            raise UserError(f"Vosk model {origin}: {exc}") from None
    why = "as asked" if engine == "pocketsphinx" else f"no Vosk model found in: {origin}"
    ears = _pocketsphinx(f"PocketSphinx with its built-in US English model ({why})")
    ears.notify = notify  # the cached instance (decoders and compiled grammars) reports to the current session
    ears.forget_room()  # ...and hears it as a new instance would, whatever earlier sessions fed it
    if ears.care is not None:
        ears.care.notify = notify
    return ears
