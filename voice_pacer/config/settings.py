"""The settings and their defaults, section by section: what a config file, the environment or a command sets."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from voice_pacer.ears.base import ENGINES
from voice_pacer.voice.base import FORMER_NAMES, VOICES

ENV_PREFIX = "VOICE_PACER_"
DEFAULT_TRIGGERS: dict[str, str] = {
    "let's pause": "pause",
    "time out": "pause",
    "let's check in": "checkin",
    "let's take turns": "turns",
}

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
Device = Annotated[
    Annotated[int, Field(ge=0)] | Name | None,
    Field(json_schema_extra={"expect": "a device name in quotes or a device index number"}),
]
Seconds = Annotated[float, Field(allow_inf_nan=False)]


def _no_empty_path(value: object) -> object:
    if value == "":
        raise ValueError("empty path")
    return value


OptionalPath = Annotated[Path | None, Field(strict=False), BeforeValidator(_no_empty_path)]  # "" is an error, not "."
FlowValue = int | float | str | bool
FLOWS = "flows"  # [flows.NAME] tables hold settings of the flow NAME


class _Section(BaseModel):
    """Shared settings for every section: strict types, no unknown keys, immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class PartnersSettings(_Section):
    """The two partners' names, used in prompts."""

    a: Name = "Partner one"
    b: Name = "Partner two"

    @model_validator(mode="after")
    def _different(self) -> PartnersSettings:
        if self.a.casefold() == self.b.casefold():
            raise PydanticCustomError(
                "config_conflict",
                "{message}",
                {"key": "b", "other": "a", "message": _same_names(self.a)},
            )
        return self


class AudioSettings(_Section):
    """Sound devices and how the microphone behaves around the assistant's speech."""

    input: Device = None
    output: Device = None
    barge_in: bool = False
    tail: Seconds = Field(0.3, ge=0, le=2)
    denoise: Literal["auto", "on", "off"] = "auto"


class EarsSettings(_Section):
    """The speech recogniser."""

    engine: Literal[ENGINES] = "auto"  # type: ignore[valid-type]
    model: OptionalPath = None
    remember_room: bool = True  # live sessions start from the room's cepstral mean the last one left (room_state_path)


class VoiceSettings(_Section):
    """The speaking voice."""

    name: Literal[VOICES] = "espeak"  # type: ignore[valid-type]
    rate: int = Field(165, ge=80, le=300)
    volume: float = Field(1.0, ge=0, le=1, allow_inf_nan=False)
    voice_id: Name | None = None

    @field_validator("name", mode="before")
    @classmethod
    def _current_name(cls, value: object) -> object:
        return FORMER_NAMES.get(value, value) if isinstance(value, str) else value


class BreathingSettings(_Section):
    """The short breathing break that saying "pause" takes inside any flow."""

    pattern: Literal["box", "4-7-8"] = "box"
    cycles: int = Field(2, ge=1, le=20)


class LogSettings(_Section):
    """Where to write the event log (JSON lines; None means no log) and whether it keeps what people said."""

    events: OptionalPath = None
    text: bool = False  # the words people said, for someone who wants a transcript; off: events and intents only


class JournalSettings(_Section):
    """The experiment journal: off unless asked for; where it lives (default: the user's data folder)."""

    enabled: bool = False
    path: OptionalPath = None


class Config(_Section):
    """All settings; `sources()` tells where each value came from."""

    partners: PartnersSettings = PartnersSettings()
    audio: AudioSettings = AudioSettings()
    ears: EarsSettings = EarsSettings()
    voice: VoiceSettings = VoiceSettings()
    breathing: BreathingSettings = BreathingSettings()
    triggers: dict[str, str] = Field(default_factory=lambda: dict(DEFAULT_TRIGGERS))
    flows: dict[str, dict[str, FlowValue]] = Field(default_factory=dict)
    journal: JournalSettings = JournalSettings()
    log: LogSettings = LogSettings()

    _sources: dict[str, str] = PrivateAttr(default_factory=dict)
    _prefixes: dict[str, str] = PrivateAttr(default_factory=dict)
    _file: Path | None = PrivateAttr(default=None)

    @field_validator("triggers")
    @classmethod
    def _normalise_triggers(cls, value: dict[str, str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for phrase, flow in value.items():
            key = trigger_phrase(phrase)
            if not key or not flow.strip():
                raise ValueError("trigger phrases and flow names must not be empty")
            out[key] = flow.strip()
        return out

    def sources(self) -> dict[str, str]:
        """Dotted key -> where its value came from ("default", "file PATH", "env VAR", "command line")."""
        return {key: self._sources.get(key, "default") for key in setting_keys()} | {
            key: label for key, label in self._sources.items() if key.startswith(FLOWS + ".")
        }

    def file(self) -> Path | None:
        """The config file given with --config; None when none was (the default file, if any, is the one in use)."""
        return self._file

    def where(self, key: str) -> str:
        """How an error about a dotted key begins: 'PATH:LINE: ', 'environment variable X: ', 'command line: '."""
        return self._prefixes.get(key, "")

    def origin(self, key: str) -> str:
        """Where a dotted key's value came from, in words: 'from --model', 'from the config file PATH', ..."""
        label = self.sources().get(key, "default")
        if label == "command line":
            return f"from --{key.rpartition('.')[2].replace('_', '-')}"
        if label.startswith("file "):
            return f"from the config file {label.removeprefix('file ')}"
        if label.startswith("env "):
            return f"from ${label.removeprefix('env ')}"
        return "by default"


SECTIONS: dict[str, type[BaseModel]] = {
    name: info.annotation
    for name, info in Config.model_fields.items()
    if isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel)
}
SECTION_ORDER: tuple[str, ...] = tuple(Config.model_fields)


def setting_keys() -> list[str]:
    """Every dotted key a config may set, in file order ("triggers" and "flows" as whole tables)."""
    keys: list[str] = []
    for section in SECTION_ORDER:
        if section in ("triggers", FLOWS):
            keys.append(section)
        else:
            keys.extend(f"{section}.{key}" for key in SECTIONS[section].model_fields)
    return keys


def trigger_phrase(text: str) -> str:
    """A trigger phrase as it is matched: lower case, single spaces."""
    return " ".join(text.lower().split())


def _same_names(name: str) -> str:
    return f"'partners.b' must differ from 'partners.a', both are {name!r}"

