"""The `voice-pacer` command line."""

from voice_pacer.cli.app import app, main

__all__ = ["app", "main"]
