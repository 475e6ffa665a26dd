"""Paths as users type them."""

from __future__ import annotations

from pathlib import Path


def expand_home(path: str | Path) -> Path:
    """Expand a leading ~ or ~user; a ~name that is no user on this machine stays as written."""
    try:
        return Path(path).expanduser()
    except RuntimeError:  # "~0" and friends: pathlib cannot find that user's home
        return Path(path)
