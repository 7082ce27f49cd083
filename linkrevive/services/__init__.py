"""Use cases shared by the CLI and the GUI: imports, pairing, revival, exports, demo, secrets."""
