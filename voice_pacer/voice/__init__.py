"""Speech output: text rendered to session PCM by a text-to-speech engine."""
