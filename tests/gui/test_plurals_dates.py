"""Plural forms in English and French, dates with a four-digit year, numbers per locale."""

from __future__ import annotations

import importlib.util
import os
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt
from PySide6.QtGui import QFontMetrics

from linkrevive.domain.enums import PairStatus
from linkrevive.gui import i18n
from linkrevive.gui.backend import Backend, PairRow
from linkrevive.gui.imap_dialog import ImapDialog
from linkrevive.gui.main_window import MainWindow
from linkrevive.gui.pairs_table_model import PairsTableModel
from linkrevive.gui.pairs_view import PairsView
from linkrevive.gui.people_table_model import PeopleTableModel
from linkrevive.gui.settings_dialog import SettingsDialog
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.revival.settings import RevivalSettings
from tests.conftest import REPO
from tests.gui.conftest import AS_OF

pytestmark = pytest.mark.gui

TRANSLATIONS = REPO / "resources" / "translations"


@pytest.fixture(params=["en", "fr"])
def lang(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    translators = i18n.install(qapp, request.param)
    yield request.param
    i18n.remove(qapp, translators)
    # Back to English without its translator, as every other test runs.
    i18n.remove(qapp, i18n.install(qapp, "en"))


@pytest.fixture
def auckland() -> Iterator[None]:
    """A time zone twelve hours ahead of UTC (the stored times are UTC)."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Auckland"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def numerus_messages(ts: str) -> list[tuple[str, str]]:
    root = ET.parse(TRANSLATIONS / ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]


def test_no_plural_shows_its_brackets(lang: str) -> None:
    messages = numerus_messages("linkrevive_fr.ts")
    assert len(messages) >= 8
    assert set(numerus_messages("linkrevive_en.ts")) == set(messages)
    for context, source in messages:
        for n in (0, 1, 2, 23):
            text = QCoreApplication.translate(context, source, "", n)
            assert "(s)" not in text and "(e)" not in text, (lang, source, n, text)
            assert str(n) in text


def test_plural_forms_of_each_language(lang: str) -> None:
    forms = {
        context_source[1]: context_source[0]
        for context_source in numerus_messages("linkrevive_fr.ts")
    }

    def say(source: str, n: int) -> str:
        return QCoreApplication.translate(forms[source], source, "", n)

    if lang == "en":
        assert say("%n lead(s) to revive today", 1) == "1 lead to revive today"
        assert say("%n lead(s) to revive today", 23) == "23 leads to revive today"
        assert say("%n pair(s) left to review", 0) == "0 pairs left to review"
        assert say("%n person(s) shown", 2) == "2 people shown"
    else:
        assert say("%n lead(s) to revive today", 23) == "23 prospects à relancer aujourd'hui"
        assert say("%n pair(s) left to review", 0) == "0 paire à vérifier"  # 0 is singular


def test_review_pairs_counts_in_words(
    qtbot: Any, lang: str, demo_backend: Backend, settings: QSettings
) -> None:
    view = PairsView(demo_backend, settings)
    qtbot.addWidget(view)
    view.refresh()
    count = view.model.rowCount()
    assert count > 1
    expected = {"en": f"{count} pairs left to review", "fr": f"{count} paires à vérifier"}
    assert view.remaining.text() == expected[lang]


def test_dates_carry_a_four_digit_year_and_no_ambiguity(lang: str) -> None:
    day = date(2026, 11, 3)
    assert i18n.format_date(day) == {"en": "3 Nov 2026", "fr": "03/11/2026"}[lang]
    assert (
        i18n.format_span(day, date(2027, 1, 5))
        == {
            "en": "3 Nov 2026 – 5 Jan 2027",
            "fr": "03/11/2026 – 05/01/2027",
        }[lang]
    )
    assert i18n.format_date(None) == ""


def test_stored_utc_times_show_on_the_local_day(lang: str, auckland: None) -> None:
    late = datetime(2026, 11, 3, 23, 30, tzinfo=UTC)  # 4 Nov, 12:30 in Auckland
    assert i18n.format_date(late) == {"en": "4 Nov 2026", "fr": "04/11/2026"}[lang]
    assert i18n.format_datetime(late) == {"en": "4 Nov 2026 12:30", "fr": "04/11/2026 12:30"}[lang]


def test_prospects_show_dates_of_the_language(
    lang: str, demo_backend: Backend, qtmodeltester: Any
) -> None:
    model = PeopleTableModel()
    model.set_people(demo_backend.people())
    qtmodeltester.check(model)
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal)
        in ("Last exchange", "Dernier échange", "Dernier contact")
    )
    shown = [model.index(r, column).data() for r in range(model.rowCount())]
    shown = [text for text in shown if text]
    assert shown
    pattern = {"en": r"^\d{1,2} [A-Z][a-z]{2} \d{4}$", "fr": r"^\d{2}/\d{2}/\d{4}$"}[lang]
    assert all(re.match(pattern, text) for text in shown), shown[:5]


def test_pair_scores_use_the_decimal_separator_of_the_language(
    lang: str, demo_backend: Backend, qtmodeltester: Any
) -> None:
    model = PairsTableModel()
    rows: list[PairRow] = demo_backend.pairs(PairStatus.SUGGESTED)
    model.set_rows(rows)
    qtmodeltester.check(model)
    score = model.index(0, 6).data()
    separator = {"en": ".", "fr": ","}[lang]
    assert score == f"{rows[0].score:.2f}".replace(".", separator)


def test_position_history_is_punctuated_in_the_language(lang: str) -> None:
    line = i18n.position_line(date(2024, 1, 5), date(2024, 1, 5), "CTO", "Acme")
    assert line == {"en": "5 Jan 2024: CTO · Acme", "fr": "05/01/2024 : CTO · Acme"}[lang]


def test_the_tool_writes_irregular_plurals(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "translations", REPO / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1"><context><name>V</name>'
        '<message numerus="yes"><source>%n signal(s)</source>'
        '<translation type="unfinished"/></message>'
        '<message><source>Hello</source><translation type="unfinished"/></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    english = tmp_path / "en.ts"
    english.write_bytes(ts.read_bytes())
    assert tool.fill(ts) == ["Hello"]
    forms = [f.text for f in ET.parse(ts).getroot().iter("numerusform")]
    assert forms == ["%n signal", "%n signaux"]
    tool.fill_english(english)
    root = ET.parse(english).getroot()
    assert [m.findtext("source") for m in root.iter("message")] == ["%n signal(s)"]
    assert [f.text for f in root.iter("numerusform")] == ["%n signal", "%n signals"]


def test_date_fields_write_dates_as_the_labels_do(
    qtbot: Any, lang: str, settings: QSettings
) -> None:
    dialog = ImapDialog(settings)
    qtbot.addWidget(dialog)
    dialog.since.setDate(QDate(2026, 11, 3))
    assert dialog.since.text() == {"en": "3 Nov 2026", "fr": "03/11/2026"}[lang]


def test_french_headers_of_today_fit_at_1280(
    qtbot: Any, lang: str, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    """'Pourquoi maintenant' and the other headers are whole at 1280×800, in both languages."""
    window = MainWindow(demo_backend, settings, runner, as_of=AS_OF, language=lang)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1280, 800)
    with qtbot.waitSignals([window.store_checked, window.today.loaded], timeout=30000):
        window.show()
        window.reload()
    header = window.today.table.horizontalHeader()
    metrics = QFontMetrics(header.font())
    model = window.today.table.model()
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        text = str(model.headerData(column, Qt.Orientation.Horizontal))
        room = header.sectionSize(column) - 8  # the header's own padding
        assert metrics.horizontalAdvance(text) <= room, (text, header.sectionSize(column))


def test_months_in_settings_agree_with_their_number(qtbot: Any, lang: str) -> None:
    dialog = SettingsDialog(RevivalSettings(), lang, [])
    qtbot.addWidget(dialog)
    dialog.dormancy.setValue(1)
    assert dialog.dormancy.text() == {"en": "1 month", "fr": "1 mois"}[lang]
    dialog.dormancy.setValue(18)
    assert dialog.dormancy.text() == {"en": "18 months", "fr": "18 mois"}[lang]
