"""`python -m voice_pacer` runs the command line."""

from voice_pacer.cli import main

main()
