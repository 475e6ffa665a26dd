"""A care reading: open speech read again by a language model of what people say in a practice, for safety alone.

PocketSphinx's general model mangles the disclosures that matter ("I've been thinking about ending it" heard as
"and in it"). A trigram model of the safety corpus's sentences of every label (disclosures and the many hurt feelings,
stories, idioms and ordinary sentences around them, so that it is not pulled toward disclosures) and of the command
wordings hears them; its reading goes to safety only, and only when its words fit the sound about as well as a free
phone loop's (CARE_BELOW), so that a model that can only say its own sentences does not put them into a TV's mouth."""

from __future__ import annotations

import math
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np
from pocketsphinx import Decoder, get_model_path

from voice_pacer.audio.pcm import SAMPLE_RATE
from voice_pacer.ears.domain_lm import arpa, weighted_sentences

Sentences = list[tuple[tuple[str, ...], float]]
# The options of the open decoder (pocketsphinx_ears.OPEN_OPTIONS). With a 2,500-word vocabulary the care decoder took
# about a quarter of the general decoder's CPU on the same clips (Piper joe, 22 sentences: 4.7 s against 20 s).
CARE_OPTIONS: dict[str, object] = {"ds": 2, "maxhmmpf": 2000, "pl_window": 10, "fwdflat": False}
PHONE_LOOP_OPTIONS: dict[str, object] = {"beam": 1e-20, "pbeam": 1e-20}
# The command wordings weigh this much in all, against 1 for each corpus sentence (about 4,000): enough that a short
# command is read as one, not as the nearest disclosure.
COMMANDS_WEIGHT = 800.0
# Witten-Bell's weight for word sequences no sentence makes, scaled (domain_lm.probabilities' spread).
CARE_SPREAD = 0.1
# A reading is offered to safety only when its words trail a free phone loop over the same frames by at most this much
# a frame (mean log-likelihood, as pocketsphinx_ears.REJECT_BELOW judges a grammar's phrase).
CARE_BELOW = -math.inf


def corpus_words(text: str) -> tuple[str, ...]:
    """A corpus sentence as recogniser words: lower case, apostrophes kept inside words, punctuation dropped."""
    return tuple(word.strip("'") for word in re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))
                 if word.strip("'"))


def care_sentences(texts: Iterable[str], wordings: Mapping[str, Sequence[str]],
                   variants: Callable[[str], list[str]], known: Callable[[str], bool]) -> Sentences:
    """(words, weight) for every corpus sentence the recogniser can say (weight 1) and every command wording (all of
    them weighing COMMANDS_WEIGHT, each intent alike)."""
    sentences = [(words, 1.0) for words in map(corpus_words, texts) if words and all(map(known, words))]
    commands = weighted_sentences(wordings, variants, known)
    scale = COMMANDS_WEIGHT / max(len(wordings), 1)
    return sentences + [(words, weight * scale) for words, weight in commands]


def _decoder(**options: object) -> Decoder:
    return Decoder(samprate=SAMPLE_RATE, loglevel="FATAL", **options)


def _is_filler(word: str) -> bool:
    return word.startswith(("<", "[", "+")) or word == "SIL"


def _clean(text: str) -> str:
    words = (word.split("(")[0] for word in text.split())
    return " ".join(word for word in words if not _is_filler(word))


def _frame_scores(segments: object, frames: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-frame acoustic log-likelihood of a decoder's best path, and a mask of frames inside words."""
    scores = np.zeros(frames)
    words = np.zeros(frames, dtype=bool)
    for seg in segments or ():
        start, end = max(seg.start_frame, 0), min(seg.end_frame + 1, frames)
        if end > start:
            scores[start:end] = math.log(max(seg.ascore, 1e-320)) / (end - start)
            words[start:end] = not _is_filler(seg.word)
    return scores, words


class CareReader:
    """Reads an open utterance with the care model, alongside the general search, and judges the reading against a
    phone loop of its own."""

    def __init__(self, sentences: Callable[[Callable[[str], bool]], Sentences],
                 notify: Callable[[str], None] | None = None) -> None:
        """sentences: what the model is built from, given which words the recogniser knows (called on first use)."""
        self._sentences = sentences
        self.notify = notify
        self._decoder: Decoder | bool | None = None  # False: it could not be built
        self._phones: Decoder | None = None
        self._reading = False
        self.below = CARE_BELOW
        self.text: str | None = None  # the last reading and its margin, kept for tuning
        self.margin: float | None = None

    def begin(self, lookup: Callable[[str], str | None]) -> None:
        """Start reading an utterance; lookup gives a word's phones from the recogniser's whole dictionary (the model
        is built from it on first use)."""
        self.abandon()
        decoder = self._load(lookup)
        if decoder is None:
            return
        assert self._phones is not None
        decoder.start_utt()
        self._phones.start_utt()
        self._reading = True

    def feed(self, data: bytes) -> None:
        """16 kHz mono int16 audio, as bytes."""
        if self._reading:
            for decoder in self._pair():
                decoder.process_raw(data, False, False)

    def end(self) -> str | None:
        """The reading of the utterance when it fits the sound (CARE_BELOW), else None."""
        self.text = self.margin = None
        if not self._reading:
            return None
        self._reading = False
        care, phones = self._pair()
        care.end_utt()
        phones.end_utt()
        hyp = care.hyp()
        text = self.text = _clean(hyp.hypstr if hyp else "")
        frames = min(care.n_frames(), phones.n_frames())
        care_scores, words = _frame_scores(care.seg(), frames)
        if not text or not words.any():
            return None
        phone_scores, _ = _frame_scores(phones.seg(), frames)
        self.margin = float(np.mean(care_scores[words] - phone_scores[words]))
        return text if self.margin >= self.below else None

    def abandon(self) -> None:
        """Drop an utterance being read."""
        if self._reading:
            for decoder in self._pair():
                decoder.end_utt()
        self._reading = False

    def _pair(self) -> tuple[Decoder, Decoder]:
        assert isinstance(self._decoder, Decoder) and self._phones is not None
        return self._decoder, self._phones

    def _load(self, lookup: Callable[[str], str | None]) -> Decoder | None:
        """The care decoder, built on first use: an ARPA model of the sentences with a dictionary of their words."""
        if self._decoder is None:
            sentences = self._sentences(lambda word: lookup(word) is not None)
            words = sorted({word for said, _ in sentences for word in said})
            forms = [form for word in words for form in (word, *(f"{word}({n})" for n in range(2, 5)))]
            entries = "".join(f"{form} {phones}\n" for form in forms if (phones := lookup(form)))
            try:
                with tempfile.TemporaryDirectory(prefix="voice-pacer-care-") as folder:
                    (Path(folder) / "care.arpa").write_text(arpa(sentences, spread=CARE_SPREAD), encoding="utf-8")
                    (Path(folder) / "care.dict").write_text(entries, encoding="utf-8")
                    self._decoder = _decoder(lm=str(Path(folder) / "care.arpa"),
                                             dict=str(Path(folder) / "care.dict"), **CARE_OPTIONS)
                self._phones = _decoder(allphone=get_model_path("en-us/en-us-phone.lm.bin"), **PHONE_LOOP_OPTIONS)
            except (OSError, RuntimeError) as exc:
                if self.notify:
                    self.notify(f"PocketSphinx could not load the care model ({exc}); safety reads open vocabulary")
                self._decoder = False
        return self._decoder or None
