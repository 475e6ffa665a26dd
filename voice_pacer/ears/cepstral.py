"""Every PocketSphinx decoder of the ears is made here, starting a session from the same cepstral mean (`cmninit`)."""

from __future__ import annotations

from pocketsphinx import Decoder

from voice_pacer.audio.pcm import SAMPLE_RATE

# PocketSphinx normalises features by a live cepstral mean that starts at `cmninit`, weighs it as 5 s of audio and moves
# it only when an utterance ends (or after 3 s more), so a session's first utterances are heard through it. Its default,
# "40,3,-1", fits quieter speech than ours: C0 (log energy) rises 1.1 a dB of level, and after a few utterances of the
# session's path C0 settles at 56 for Piper joe (-15 dBFS active) and 50 for flite kal16 (-24 dBFS); published logs of
# live microphones show 37 to 49. C0 50 sits between; the other components stay PocketSphinx's, since they differ by
# voice with no common direction (C3 5 for joe, 24 for espeak-ng). Each clip heard as a session's first utterance
# (benchmarks/understanding.py --speech, which hears every clip so since release 22; blind 8, 3 rows a category;
# commands right of 36, chatter taken as a command of 24): C0 40, 50, 57: joe 25, 30, 31 and 1, 3, 4; espeak-ng 9,
# 15, 18 and 2, 2, 3. At 50, kal16, awb and HTS on blind 8 (4 rows a category): commands 83 -> 97 of 144, chatter
# taken as a command 7 -> 7 of 96, false stops 2 -> 0.
CMN_INIT = "50,3,-1"


def new_decoder(**options: object) -> Decoder:
    """A quiet PocketSphinx decoder for the ears' 16 kHz audio, its cepstral mean starting at CMN_INIT."""
    return Decoder(samprate=SAMPLE_RATE, loglevel="FATAL", cmninit=CMN_INIT, **options)
