"""Flow files: YAML data describing a guided practice, validated and compiled to a state machine."""
