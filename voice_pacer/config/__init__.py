"""The configuration: defaults < TOML file < VOICE_PACER_* environment < command line, with one-line errors.

The layering is our own rather than pydantic-settings': every value must remember where it came from (`config show`
prints it, and an error names the file's line or the variable), and text from the environment or the command line is
converted loosely while the TOML file is strict. pydantic-settings records neither.
"""

from voice_pacer.config.load import config_rows, default_config_path, load_config
from voice_pacer.config.settings import (
    DEFAULT_TRIGGERS,
    ENV_PREFIX,
    FLOWS,
    SECTIONS,
    AudioSettings,
    Config,
)

__all__ = [
    "DEFAULT_TRIGGERS",
    "ENV_PREFIX",
    "FLOWS",
    "SECTIONS",
    "AudioSettings",
    "Config",
    "config_rows",
    "default_config_path",
    "load_config",
]
