"""Tests for the configuration file: values, precedence, sources and one-line errors."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voice_pacer import config as config_module
from voice_pacer.config import DEFAULT_TRIGGERS, Config, config_rows, default_config_path, load_config
from voice_pacer.config import load as config_loading
from voice_pacer.errors import UserError


def write(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    """Write a config file and return its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error(tmp_path: Path, text: str, env: dict[str, str] | None = None, **overrides: object) -> str:
    """The one-line message loading this file gives."""
    path = write(tmp_path, text)
    with pytest.raises(UserError) as caught:
        load_config(path, {k.replace("__", "."): v for k, v in overrides.items()}, env or {})
    message = str(caught.value)
    assert "\n" not in message
    return message


@pytest.fixture(autouse=True)
def no_user_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read the real user's config file."""
    folder = tmp_path_factory.mktemp("home-config")
    for module in (config_module, config_loading):  # the package re-exports it; loading calls its own
        monkeypatch.setattr(module, "default_config_path", lambda: folder / "config.toml")


# --- defaults and values ------------------------------------------------------------------------------------------


def test_the_default_voice_s_former_name_still_names_it(tmp_path: Path) -> None:
    # release 21's config files said "pyttsx3" for the voice that is "espeak" now (pyttsx3 no longer drives it)
    path = write(tmp_path, '[voice]\nname = "pyttsx3"\n')
    assert load_config(path, env={}).voice.name == "espeak"
    assert load_config(None, {"voice.name": "pyttsx3"}, {}).voice.name == "espeak"


def test_defaults_without_any_file() -> None:
    config = load_config(env={})
    assert config == Config()
    assert config.partners.a == "Partner one" and config.partners.b == "Partner two"
    assert config.audio.input is None and config.audio.output is None
    assert config.audio.barge_in is False and config.audio.tail == 0.3
    assert config.ears.engine == "auto" and config.ears.model is None
    assert (config.voice.name, config.voice.rate, config.voice.volume, config.voice.voice_id) == (
        "espeak",
        165,
        1.0,
        None,
    )
    assert (config.breathing.pattern, config.breathing.cycles) == ("box", 2)
    assert config.flows == {}
    assert config.triggers == DEFAULT_TRIGGERS
    assert config.log.events is None
    assert set(config.sources().values()) == {"default"}


def test_default_path_is_in_the_user_config_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()
    path = default_config_path()
    assert path.name == "config.toml" and path.parent.name == "voice-pacer"


def test_default_file_is_read_when_present(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "[voice]\nrate = 200\n")
    monkeypatch.setattr(config_loading, "default_config_path", lambda: path)
    config = load_config(env={})
    assert config.voice.rate == 200
    assert config.sources()["voice.rate"] == f"file {path}"


def test_every_section_from_a_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
# a full config
[partners]
a = "  Sam "
b = "Alex"

[audio]
input = 3
output = "USB Headset"
barge_in = true
tail = 0.5

[ears]
engine = "vosk"
model = "models/small"

[voice]
name = "piper"
rate = 180
volume = 0.75
voice_id = "english"

[breathing]
pattern = "4-7-8"
cycles = 6

[flows.turns]
rounds = 3
turn_limit = 90
warn_before = 15.5

[flows.pause]
pattern = "4-7-8"

[log]
events = "~/events.jsonl"
""",
    )
    config = load_config(path, env={})
    assert (config.partners.a, config.partners.b) == ("Sam", "Alex")
    assert (config.audio.input, config.audio.output, config.audio.barge_in, config.audio.tail) == (
        3,
        "USB Headset",
        True,
        0.5,
    )
    assert config.ears.engine == "vosk"
    assert config.ears.model == tmp_path / "models" / "small"  # relative to the config file's folder
    assert (config.voice.name, config.voice.rate, config.voice.volume, config.voice.voice_id) == (
        "piper",
        180,
        0.75,
        "english",
    )
    assert (config.breathing.pattern, config.breathing.cycles) == ("4-7-8", 6)
    assert config.flows == {"turns": {"rounds": 3, "turn_limit": 90, "warn_before": 15.5},
                            "pause": {"pattern": "4-7-8"}}
    assert config.log.events == Path("~/events.jsonl").expanduser()


def test_dotted_and_inline_tables_work(tmp_path: Path) -> None:
    path = write(tmp_path, "voice.rate = 150\nbreathing = { cycles = 3 }\nflows.turns = { rounds = 2 }\n")
    config = load_config(path, env={})
    assert (config.voice.rate, config.breathing.cycles, config.flows["turns"]["rounds"]) == (150, 3, 2)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes('\ufeff[partners]\na = "Zoë"\n'.encode())
    assert load_config(path, env={}).partners.a == "Zoë"


def test_config_is_immutable() -> None:
    config = load_config(env={})
    with pytest.raises(ValueError):
        config.voice.rate = 200  # type: ignore[misc]


# --- triggers -------------------------------------------------------------------------------------------------------


def test_user_triggers_replace_the_defaults(tmp_path: Path) -> None:
    path = write(tmp_path, '[triggers]\n"Hold   On" = "pause"\n"how are we" = "checkin"\n')
    config = load_config(path, env={})
    assert config.triggers == {"hold on": "pause", "how are we": "checkin"}
    rows = {key: (value, source) for key, value, source in config_rows(config)}
    assert rows['triggers."hold on"'] == ('"pause"', f"file {path}")
    assert not any("let's pause" in key for key in rows)


def test_triggers_errors(tmp_path: Path) -> None:
    message = error(tmp_path, '[triggers]\n"time out" = "pause"\n"stop" = 3\n')
    assert message == f"{tmp_path / 'config.toml'}:3: 'triggers.stop' must be a flow name in quotes, got 3"
    message = error(tmp_path, '[triggers]\n"  " = "pause"\n')
    assert "trigger phrases must not be empty" in message
    message = error(tmp_path, "", env={"VOICE_PACER_TRIGGERS_STOP": "pause"})
    assert "VOICE_PACER_TRIGGERS_STOP" in message and "only be set in the config file" in message


def test_empty_triggers_table_means_no_triggers(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "[triggers]\n"), env={})
    assert config.triggers == {}
    assert ("triggers", "{}", f"file {tmp_path / 'config.toml'}") in config_rows(config)


# --- precedence and sources -----------------------------------------------------------------------------------------


def test_precedence_default_file_env_command_line(tmp_path: Path) -> None:
    path = write(tmp_path, "[voice]\nrate = 150\nvolume = 0.5\nname = 'piper'\n[ears]\nengine = 'vosk'\n")
    env = {"VOICE_PACER_VOICE_RATE": "170", "VOICE_PACER_VOICE_VOLUME": "0.6", "HOME_UNRELATED": "x"}
    config = load_config(path, {"voice.rate": 190, "breathing.cycles": None}, env)
    assert config.voice.rate == 190  # command line beats env and file
    assert config.voice.volume == 0.6  # env beats file
    assert config.voice.name == "piper"  # file beats default
    assert config.breathing.cycles == 2  # None override = not given
    sources = config.sources()
    assert sources["voice.rate"] == "command line"
    assert sources["voice.volume"] == "env VOICE_PACER_VOICE_VOLUME"
    assert sources["voice.name"] == f"file {path}"
    assert sources["ears.engine"] == f"file {path}"
    assert sources["voice.voice_id"] == "default"
    assert sources["triggers"] == "default"


def test_config_rows_show_values_and_sources(tmp_path: Path) -> None:
    path = write(tmp_path, "[audio]\nbarge_in = true\n")
    config = load_config(path, {"voice.name": "piper"}, {"VOICE_PACER_AUDIO_INPUT": "2"})
    rows = config_rows(config)
    assert all(len(row) == 3 and all(isinstance(part, str) for part in row) for row in rows)
    table = {key: (value, source) for key, value, source in rows}
    assert table["audio.barge_in"] == ("true", f"file {path}")
    assert table["audio.input"] == ("2", "env VOICE_PACER_AUDIO_INPUT")
    assert table["voice.name"] == ('"piper"', "command line")
    assert table["voice.rate"] == ("165", "default")
    assert table["audio.output"] == ("(not set)", "default")
    assert table['triggers."let\'s pause"'] == ('"pause"', "default")
    assert rows[0][0] == "partners.a" and rows[-1][0] == "log.text"


def test_env_values_are_converted_by_type() -> None:
    env = {
        "VOICE_PACER_AUDIO_BARGE_IN": "yes",
        "VOICE_PACER_AUDIO_INPUT": "USB Mic",
        "VOICE_PACER_AUDIO_OUTPUT": "4",
        "VOICE_PACER_AUDIO_TAIL": "1.5",
        "VOICE_PACER_EARS_ENGINE": " pocketsphinx ",
        "VOICE_PACER_VOICE_VOICE_ID": "",
        "VOICE_PACER_BREATHING_CYCLES": "3",
        "VOICE_PACER_PARTNERS_A": "Robin",
        "VOICE_PACER_CONFIG": "ignored: not a settings section",
    }
    config = load_config(env=env)
    assert config.audio.barge_in is True
    assert (config.audio.input, config.audio.output, config.audio.tail) == ("USB Mic", 4, 1.5)
    assert config.ears.engine == "pocketsphinx"
    assert config.voice.voice_id is None
    assert config.breathing.cycles == 3
    assert config.partners.a == "Robin"


def test_command_line_strings_are_converted(tmp_path: Path) -> None:
    config = load_config(None, {"voice.rate": "200", "audio.barge_in": "true", "log.events": tmp_path / "e.jsonl"}, {})
    assert (config.voice.rate, config.audio.barge_in, config.log.events) == (200, True, tmp_path / "e.jsonl")


# --- errors ---------------------------------------------------------------------------------------------------------


def test_unknown_key_names_file_line_key_and_known_keys(tmp_path: Path) -> None:
    message = error(tmp_path, "# voice\n\n[voice]\nrate = 160\n\n\nspeed = 2\n")
    assert message == (
        f"{tmp_path / 'config.toml'}:7: unknown key 'voice.speed'; known keys in [voice]: name, rate, volume, voice_id"
    )


def test_unknown_section(tmp_path: Path) -> None:
    message = error(tmp_path, "[voice]\nrate = 160\n\n[sound]\nloud = true\n")
    assert message.startswith(f"{tmp_path / 'config.toml'}:4: unknown section [sound]; known sections: partners, audio")


def test_top_level_key_and_section_that_is_not_a_table(tmp_path: Path) -> None:
    message = error(tmp_path, "rate = 3\n")
    assert message.startswith(f"{tmp_path / 'config.toml'}:1: unknown top-level key 'rate'")
    message = error(tmp_path, "\nvoice = 3\n")
    assert message == f"{tmp_path / 'config.toml'}:2: 'voice' must be a [voice] section of settings, got 3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[breathing]\n\ncycles = 0\n", ":3: 'breathing.cycles' must be between 1 and 20, got 0"),
        ("[voice]\nrate = 301\n", ":2: 'voice.rate' must be between 80 and 300, got 301"),
        ("[voice]\nvolume = 1.5\n", ":2: 'voice.volume' must be between 0 and 1, got 1.5"),
        ("[audio]\ntail = -0.1\n", ":2: 'audio.tail' must be between 0 and 2, got -0.1"),
        ("[breathing]\ncycles = 21\n", ":2: 'breathing.cycles' must be between 1 and 20, got 21"),
        ("[audio]\ntail = inf\n", ":2: 'audio.tail' must be a finite number, got inf"),
        ("[audio]\ninput = -1\n", ":2: 'audio.input' must be 0 or more, got -1"),
    ],
)
def test_out_of_range(tmp_path: Path, text: str, expected: str) -> None:
    assert error(tmp_path, text) == f"{tmp_path / 'config.toml'}{expected}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[voice]\nrate = "fast"\n', ":2: 'voice.rate' must be a whole number, got 'fast'"),
        ("[voice]\nrate = 170.5\n", ":2: 'voice.rate' must be a whole number, got 170.5"),
        ("[voice]\nrate = true\n", ":2: 'voice.rate' must be a whole number, got true"),
        ('[audio]\nbarge_in = "yes"\n', ":2: 'audio.barge_in' must be true or false, got 'yes'"),
        (
            "[audio]\ninput = 1.5\n",
            ":2: 'audio.input' must be a device name in quotes or a device index number, got 1.5",
        ),
        ('[voice]\nname = "festival"\n', ":2: 'voice.name' must be one of \"espeak\", \"piper\", got 'festival'"),
        (
            '[ears]\nengine = "whisper"\n',
            ':2: \'ears.engine\' must be one of "auto", "vosk", "pocketsphinx", got \'whisper\'',
        ),
        ("[partners]\na = 7\n", ":2: 'partners.a' must be text in quotes, got 7"),
        ('[partners]\na = "  "\n', ":2: 'partners.a' must not be empty"),
        ("[ears]\nmodel = 5\n", ":2: 'ears.model' must be a file path in quotes, got 5"),
        ('[log]\nevents = ""\n', ":2: 'log.events' must be a file path in quotes, got ''"),
        ("[audio]\ntail = [1, 2]\n", ":2: 'audio.tail' must be a number, got an array"),
        ("[flows.turns]\nrounds = [1, 2]\n",
         ":2: 'flows.turns.rounds' must be a number, text or true/false, got an array"),
        ("[flows]\nturns = 2\n", ":2: 'flows.turns' must be a [flows.turns] table of that flow's settings, got 2"),
        ("[voice]\nvoice_id = 1979-05-27\n", ":2: 'voice.voice_id' must be text in quotes, got 1979-05-27"),
    ],
)
def test_wrong_type(tmp_path: Path, text: str, expected: str) -> None:
    assert error(tmp_path, text) == f"{tmp_path / 'config.toml'}{expected}"


def test_settings_that_conflict(tmp_path: Path) -> None:
    message = error(tmp_path, '[partners]\na = "Sam"\nb = "sam"\n')
    assert message.startswith(f"{tmp_path / 'config.toml'}:3: 'partners.b' must differ from 'partners.a'")


def test_toml_syntax_error_has_its_line(tmp_path: Path) -> None:
    message = error(tmp_path, "[voice]\nrate = 160\nvolume = \n")
    assert message.startswith(f"{tmp_path / 'config.toml'}:3: TOML syntax error: ")
    assert "check the quotes" in message
    message = error(tmp_path, '[voice]\nname = "piper\n')
    assert message.startswith(f"{tmp_path / 'config.toml'}:2: TOML syntax error: ")
    message = error(tmp_path, "[voice]\nrate = 1\nrate = 2\n")
    assert message.startswith(f"{tmp_path / 'config.toml'}:3: TOML syntax error: ")
    message = error(tmp_path, '[voice]\nname = """piper\n\n')
    assert message.startswith(f"{tmp_path / 'config.toml'}:4: TOML syntax error at the end of the file: ")


def test_unknown_subsection_has_its_line(tmp_path: Path) -> None:
    message = error(tmp_path, "[voice]\nrate = 100\n[voice.extra]\na = 1\n")
    assert message.startswith(f"{tmp_path / 'config.toml'}:3: unknown key 'voice.extra'; known keys in [voice]: ")


def test_missing_config_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(UserError, match=r"^config file not found: .*nope\.toml; check the --config path$"):
        load_config(missing, env={})


def test_config_path_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"is a directory, not a config file"):
        load_config(tmp_path, env={})


def test_binary_and_non_utf8_files(tmp_path: Path) -> None:
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"[voice]\n\x00\x01\x02\xff")
    with pytest.raises(UserError, match=r"binary\.toml:2: this looks like a binary file"):
        load_config(binary, env={})
    latin = tmp_path / "latin.toml"
    latin.write_bytes('[partners]\na = "Zoë"\n'.encode("latin-1"))
    with pytest.raises(UserError, match=r"latin\.toml:2: not UTF-8 text \(byte 0xeb\); save the config file as UTF-8"):
        load_config(latin, env={})


def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[voice]\n")
    path.chmod(0)
    try:
        with path.open("rb"):  # running as root: permissions are not enforced
            pytest.skip("file permissions are not enforced for this user")
    except PermissionError:
        with pytest.raises(UserError, match="cannot read the config file"):
            load_config(path, env={})
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"VOICE_PACER_VOICE_RATE": "fast"},
            "environment variable VOICE_PACER_VOICE_RATE: 'voice.rate' must be a whole number, got 'fast'",
        ),
        (
            {"VOICE_PACER_BREATHING_CYCLES": "0"},
            "environment variable VOICE_PACER_BREATHING_CYCLES: 'breathing.cycles' must be between 1 and 20, got 0",
        ),
        (
            {"VOICE_PACER_AUDIO_BARGE_IN": "maybe"},
            "environment variable VOICE_PACER_AUDIO_BARGE_IN: 'audio.barge_in' must be true or false, got 'maybe'",
        ),
        (
            {"VOICE_PACER_EARS_ENGINE": "whisper"},
            "environment variable VOICE_PACER_EARS_ENGINE: 'ears.engine' must be one of "
            '"auto", "vosk", "pocketsphinx", got \'whisper\'',
        ),
    ],
)
def test_bad_env_value_names_the_variable(tmp_path: Path, env: dict[str, str], expected: str) -> None:
    assert error(tmp_path, "", env=env) == expected


def test_unknown_env_key_lists_the_known_variables(tmp_path: Path) -> None:
    message = error(tmp_path, "", env={"VOICE_PACER_VOICE_SPEED": "2"})
    assert message.startswith("unknown environment variable VOICE_PACER_VOICE_SPEED; known ones for [voice]: ")
    assert "VOICE_PACER_VOICE_RATE" in message


def test_env_overrides_a_bad_file_value_and_command_line_errors(tmp_path: Path) -> None:
    assert (
        load_config(write(tmp_path, "[voice]\nrate = 170\n"), env={"VOICE_PACER_VOICE_RATE": "120"}).voice.rate == 120
    )
    assert error(tmp_path, "", voice__rate=500) == "command line: 'voice.rate' must be between 80 and 300, got 500"
    assert error(tmp_path, "", voice__speed=1).startswith("command line: unknown setting 'voice.speed'")


# --- never a traceback ----------------------------------------------------------------------------------------------

_SECTIONS = ["partners", "audio", "ears", "voice", "breathing", "flows.turns", "flows", "triggers", "log", "sound",
             "voice.extra"]
_KEYS = [
    "a", "b", "input", "output", "barge_in", "tail", "engine", "model", "name", "rate", "volume", "voice_id",
    "pattern", "cycles", "rounds", "turn_limit", "warn_before", "end_silence", "events", "speed", '"let\'s go"',
]  # fmt: skip
_VALUES = st.one_of(
    st.integers(-1000, 1000).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda f: repr(f).replace("inf", "inf").lower()),
    st.sampled_from(["true", "false", '"box"', '"4-7-8"', '"vosk"', '"piper"', '""', "[1, 2]", "{ x = 1 }", "nan"]),
    st.text(max_size=12).map(lambda s: '"' + s.replace("\\", "").replace('"', "") + '"'),
    st.text(max_size=8),
)
_LINES = st.one_of(
    st.sampled_from(_SECTIONS).map(lambda s: f"[{s}]"),
    st.tuples(st.sampled_from(_KEYS), _VALUES).map(lambda kv: f"{kv[0]} = {kv[1]}"),
    st.text(max_size=20),
)


def _load_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.toml"
        path.write_bytes(data)
        try:
            config = load_config(path, env={})
        except UserError as exc:
            assert str(exc) and "\n" not in str(exc)
        else:
            assert isinstance(config, Config)
            assert len(config_rows(config)) >= len(Config.model_fields) - 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINES, max_size=12).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")))
def test_random_toml_ish_text_loads_or_is_a_user_error(data: bytes) -> None:
    _load_bytes(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_load_or_are_a_user_error(data: bytes) -> None:
    _load_bytes(data)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([k for k in _KEYS if any(k in m.model_fields for m in config_module.SECTIONS.values())]),
       st.text(max_size=12))
def test_random_env_values_load_or_are_a_user_error(key: str, value: str) -> None:
    section = next(s for s, model in config_module.SECTIONS.items() if key in model.model_fields)
    var = f"VOICE_PACER_{section.upper()}_{key.upper()}"
    try:
        config = load_config(env={var: value.replace("\x00", "")})
    except UserError as exc:
        assert var in str(exc) and "\n" not in str(exc)
    else:
        assert config.sources()[f"{section}.{key}"] == f"env {var}"


def test_a_tilde_name_that_is_no_user_stays_as_written() -> None:
    # Found by hypothesis in CI: Path("~0").expanduser() raises when there is no user "0".
    config = load_config(None, env={"VOICE_PACER_EARS_MODEL": "~0"})
    assert str(config.ears.model) == "~0"
