"""A care reading: open speech read again by a language model of what people say in a practice, for safety alone.

PocketSphinx's general model mangles the disclosures that matter ("he hits the kids" heard as "if the kids"). A trigram
model of the safety corpus's sentences of every label (disclosures and the many hurt feelings, stories, idioms and
ordinary sentences around them, so that it is not pulled toward disclosures) and of the command wordings hears them;
its reading goes to safety only (voice_pacer.understanding.concern_of, which takes it when it agrees with open
vocabulary's words), and only for utterances up to CARE_SECONDS long: over longer ones, a model that can only say its
own sentences put them into a TV's mouth."""

from __future__ import annotations

import re
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from pocketsphinx import Decoder, get_model_path

from voice_pacer.audio.pcm import SAMPLE_RATE
from voice_pacer.ears.cepstral import new_decoder
from voice_pacer.ears.domain_lm import arpa, weighted_sentences

Sentences = list[tuple[tuple[str, ...], float]]
# The options of the open decoder (pocketsphinx_ears.OPEN_OPTIONS). With a 2,500-word vocabulary the care decoder took
# about a quarter of the general decoder's CPU on the same clips (Piper joe, 22 sentences: 4.7 s against 20 s).
CARE_OPTIONS: dict[str, object] = {"ds": 2, "maxhmmpf": 2000, "pl_window": 10, "fwdflat": False}
# The command wordings weigh this much in all, against 1 for each corpus sentence (about 4,000): enough that a short
# command is read as one, not as the nearest disclosure.
COMMANDS_WEIGHT = 800.0
# Witten-Bell's weight for word sequences no sentence makes, scaled (domain_lm.probabilities' spread).
CARE_SPREAD = 0.1
# Utterances longer than this are not read (benchmarks/care_speech.py): in 2 minutes of babble, two 25-second
# utterances were read as 47 and 58 words holding "pills", "hiding", "my husband said he would", and stopped the
# practice; the disclosures the reading caught on Piper joe were 4 to 12 words. It also bounds the CPU it costs.
CARE_SECONDS = 10.0


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


def _clean(text: str) -> str:
    """Drop filler tokens and alternate-pronunciation markers such as 'to(2)'."""
    words = (word.split("(")[0] for word in text.split())
    return " ".join(word for word in words if not word.startswith(("<", "[", "+")) and word != "SIL")


class CareReader:
    """Reads an open utterance with the care model, alongside the general search. The model is built in the background
    when first asked for (about 1.3 s of CPU here, more on a Raspberry Pi); audio that comes before it is ready waits
    for it, so no utterance goes unread."""

    def __init__(self, sentences: Callable[[Callable[[str], bool]], Sentences],
                 notify: Callable[[str], None] | None = None) -> None:
        """sentences: what the model is built from, given which words the recogniser knows."""
        self._sentences = sentences
        self.notify = notify
        self._decoder: Decoder | None = None
        self._building: threading.Thread | None = None
        self._failed: str | None = None
        self._reading = False  # an utterance is being read
        self._started = False  # ...and the decoder has started on it
        self._waiting: list[bytes] = []  # its audio, while the model is being built
        self._bytes = 0  # how much audio it has had
        self.longest = CARE_SECONDS
        self.text: str | None = None  # the last reading, kept for tuning
        self.seconds = 0.0  # ...and how long its utterance was
        self._room_mean: str | None = None  # a cepstral mean to start from, set when the decoder first reads

    def prepare(self) -> None:
        """Start building the model in the background, if that has not begun."""
        if self._building is None:
            self._building = threading.Thread(target=self._build, name="care-model", daemon=True)
            self._building.start()

    def begin(self) -> None:
        """Start reading an utterance."""
        self.abandon()
        self.prepare()
        self._reading, self._waiting, self._bytes = True, [], 0
        self._start_if_ready()

    def feed(self, data: bytes) -> None:
        """16 kHz mono int16 audio, as bytes; an utterance longer than CARE_SECONDS is let go."""
        if not self._reading:
            return
        self._bytes += len(data)
        if self._bytes > self.longest * SAMPLE_RATE * 2:
            self.abandon()
        elif not self._started:
            self._waiting.append(data)
            self._start_if_ready()
        elif self._decoder is not None:
            self._decoder.process_raw(data, False, False)

    def end(self) -> str | None:
        """What the care model read in the utterance, if it read one."""
        self.text, self.seconds = None, self._bytes / SAMPLE_RATE / 2
        if not self._reading:
            return None
        self._reading = False
        if not self._started and self._building is not None:
            self._building.join()  # the model is still being built: the utterance waits for it
            self._reading = True
            self._start_if_ready()
            self._reading = False
        if not self._started or self._decoder is None:
            return None
        self._started = False
        self._decoder.end_utt()
        hyp = self._decoder.hyp()
        self.text = _clean(hyp.hypstr if hyp else "") or None
        return self.text

    def abandon(self) -> None:
        """Drop an utterance being read."""
        if self._started and self._decoder is not None:
            self._decoder.end_utt()
        self._reading = self._started = False
        self._waiting = []

    def forget_room(self) -> None:
        """Drop any utterance and set the decoder's feature extraction back to its initial state (cepstral mean, noise
        estimate; see PocketSphinxEars.forget_room). A model still being built starts there anyway."""
        self.abandon()
        self._room_mean = None
        if self._decoder is not None:
            self._decoder.reinit_feat()

    def start_from_room(self, mean: str) -> None:
        """Start from the cepstral mean an earlier session in this room left (PocketSphinxEars.start_from_room), once
        the decoder is built."""
        self._room_mean = mean

    def _start_if_ready(self) -> None:
        """Start the decoder on the utterance once the model is built, with the audio that waited for it."""
        if self._failed and self.notify:
            self.notify(self._failed)
            self._failed = None
        if self._decoder is None or not self._reading or self._started:
            return
        self._started = True
        if self._room_mean is not None:
            self._decoder.set_cmn(self._room_mean)
            self._room_mean = None
        self._decoder.start_utt()
        waiting, self._waiting = self._waiting, []
        for data in waiting:
            self._decoder.process_raw(data, False, False)

    def _build(self) -> None:
        """The care decoder: an ARPA model of the sentences, and a dictionary of their words."""
        try:
            lexicon = _lexicon({word for said, _ in self._sentences(lambda _: True) for word in said})
            sentences = self._sentences(lambda word: word in lexicon)
            words = sorted({word for said, _ in sentences for word in said})
            entries = "".join(f"{form} {phones}\n" for word in words for form, phones in lexicon[word])
            with tempfile.TemporaryDirectory(prefix="voice-pacer-care-") as folder:
                (Path(folder) / "care.arpa").write_text(arpa(sentences, spread=CARE_SPREAD), encoding="utf-8")
                (Path(folder) / "care.dict").write_text(entries, encoding="utf-8")
                self._decoder = new_decoder(lm=str(Path(folder) / "care.arpa"), dict=str(Path(folder) / "care.dict"),
                                         **CARE_OPTIONS)
        except (OSError, RuntimeError, ValueError) as exc:
            self._failed = f"PocketSphinx could not load the care model ({exc}); safety reads open vocabulary only"


def _lexicon(wanted: set[str]) -> dict[str, list[tuple[str, str]]]:
    """The wanted words' pronunciations in PocketSphinx's US English dictionary, as (form, phones), 'word(2)' for the
    second; words it lacks are left out."""
    lexicon: dict[str, list[tuple[str, str]]] = {}
    with open(get_model_path("en-us/cmudict-en-us.dict"), encoding="utf-8") as file:
        for line in file:
            form, _, phones = line.strip().partition(" ")
            if phones and (word := form.split("(")[0]) in wanted:
                lexicon.setdefault(word, []).append((form, phones.strip()))
    return lexicon
