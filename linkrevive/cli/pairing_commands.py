"""Sub-commands of the pairing area (registered by linkrevive.cli.app)."""

from __future__ import annotations

from typing import Any


def register(commands: Any) -> None:
    """Add this area's sub-commands to the parser."""
