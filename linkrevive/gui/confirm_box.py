"""A question before a change that removes something: its one action named, Cancel the default."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class ConfirmBox(QMessageBox):
    """Asks once before an action; Enter and Escape both cancel (nothing goes by accident).

    Subclasses word the question (:meth:`ask`) in their own translation context.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.confirm_button = self.cancel_button  # until :meth:`ask` names the action

    def ask(self, title: str, text: str, details: str, action: str) -> None:
        """Word the question: its title, text, details, and the name of its action."""
        self.setWindowTitle(title)
        self.setText(text)
        self.setInformativeText(details)
        self.confirm_button = self.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def confirmed(self) -> bool:
        """Show the question; True when the user chose the action."""
        self.exec()
        return self.clickedButton() is self.confirm_button
