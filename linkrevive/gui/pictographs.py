"""Names with emoji ("Julie DUC, PhD 💡"): shown as they are where a colour emoji font is
installed, shown without the pictographs where none is (an empty box says nothing).

Display only: the stored name keeps its exact spelling, and search and sort use it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

# Emoji and their joiners: the pictograph planes, regional-indicator flags, dingbats and
# symbols (kept below when the interface font itself has the glyph), the emoji variation
# selector, the zero-width joiner and the keycap mark.
_PICTOGRAPH = re.compile(
    "[\U0001f000-\U0001faff\U0001f1e6-\U0001f1ff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff"
    "\ufe0f\u200d\u20e3]"
)
_SPACES = re.compile(r"\s{2,}")


@lru_cache(maxsize=1)
def emoji_font_installed() -> bool:
    """Whether a font able to draw emoji (Noto Color Emoji, Apple/Segoe/Twemoji…) exists."""
    return any("emoji" in family.lower() for family in QFontDatabase.families())


def without_pictographs(text: str) -> str:
    """``text`` minus the emoji the interface font cannot draw, spaces tidied."""
    metrics = QFontMetrics(QApplication.font())

    def keep(match: re.Match[str]) -> str:
        char = match.group(0)
        drawable = char not in "\ufe0f\u200d\u20e3" and metrics.inFontUcs4(ord(char))
        return char if drawable and ord(char) < 0x1F000 else ""

    stripped = _PICTOGRAPH.sub(keep, text)
    return _SPACES.sub(" ", stripped).strip(" ,;·-|") if stripped != text else text


def shown(text: str) -> str:
    """The text as the window shows it: unchanged when emoji can be drawn."""
    if not text or emoji_font_installed() or not _PICTOGRAPH.search(text):
        return text
    return without_pictographs(text)


__all__ = ["emoji_font_installed", "shown", "without_pictographs"]
