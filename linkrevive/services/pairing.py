"""Pairing of people with LinkedIn profiles (the matcher arrives with its issue)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linkrevive.services.workspace import Workspace


def run_after_import(workspace: Workspace) -> None:
    """Re-pair what an import changed."""
