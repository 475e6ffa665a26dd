"""Speech recognition engines behind one streaming interface."""
