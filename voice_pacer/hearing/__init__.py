"""How a session hears and speaks: typed text, audio files, or live devices behind one interface."""
