"""Audio in and out: PCM frames, files, and sound devices."""
