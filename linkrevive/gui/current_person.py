"""The one selected person of the window: every view sets it, the detail pane follows it.

Each view used to tell the pane whom to show on its own, so the pane and a view could
disagree (a reload re-selected one lead while the pane kept another; the LinkedIn view never
told the pane anything). Now a view writes its selection here and reads it back after a
reload: the pane and every view show the same person or nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from linkrevive.domain.models import Profile


class CurrentPerson(QObject):
    """Who is selected: a person (``person_id``), an unpaired LinkedIn profile, or nobody.

    ``changed`` is emitted once per real change, with the object that made it (the view), so
    that the other views re-select the same person and the one that made the change is left
    alone.
    """

    changed = Signal(object)  # the source of the change (a view, or None)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._person_id: int | None = None
        self._profile: Profile | None = None

    @property
    def person_id(self) -> int | None:
        return self._person_id

    @property
    def profile(self) -> Profile | None:
        """A LinkedIn profile paired with nobody (else ``person_id`` names its person)."""
        return self._profile

    def set_person(self, person_id: int | None, source: object = None) -> None:
        """Select ``person_id`` (None: nobody)."""
        self._set(person_id, None, source)

    def set_profile(self, profile: Profile, source: object = None) -> None:
        """Select an unpaired LinkedIn profile: the pane shows the profile's own details."""
        self._set(None, profile, source)

    def clear(self, source: object = None) -> None:
        self._set(None, None, source)

    def _set(self, person_id: int | None, profile: Profile | None, source: object) -> None:
        if person_id == self._person_id and profile == self._profile:
            return
        self._person_id = person_id
        self._profile = profile
        self.changed.emit(source)


__all__ = ["CurrentPerson"]
