"""Every error the services can raise reaches the window as one sentence in its language."""

from __future__ import annotations

import re
from typing import Any

from linkrevive.domain.errors import MESSAGES, InputError
from linkrevive.gui.i18n import ERROR_TEMPLATES, error_text

_FIELD = re.compile(r"\{(\w+)\}")


def test_every_error_code_has_a_window_template_with_the_same_fields() -> None:
    templates = ERROR_TEMPLATES()
    assert sorted(set(MESSAGES) - set(templates)) == []
    for code, english in MESSAGES.items():
        # Untranslated, the window says exactly what the command line says.
        assert templates[code] == english, code


def test_every_error_sentence_is_french_in_the_french_window(french: Any) -> None:
    templates = ERROR_TEMPLATES()
    for code, english in MESSAGES.items():
        if not english.replace("{detail}", "").strip():
            continue  # the sentence is all detail (a bad option's own text)
        assert templates[code] != english, f"{code} is not translated"
        assert set(_FIELD.findall(templates[code])) == set(_FIELD.findall(english)), code


def test_a_refused_write_reads_in_french(french: Any) -> None:
    error = InputError("write_refused", detail="duplicate key")
    assert error_text(error) == (
        "La base de données a refusé la modification (duplicate key) ; rien n’a été enregistré."
    )
