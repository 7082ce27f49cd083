"""Stage, stall-reason and loose-date vocabulary as users type it."""

from __future__ import annotations

from datetime import date

import pytest

from linkrevive.domain.enums import Stage, StallReason
from linkrevive.domain.phrases import STAGE_LABELS, STALL_LABELS
from linkrevive.domain.vocabulary import parse_date_loose, parse_stage, parse_stall_reason


@pytest.mark.parametrize("stage", list(Stage))
def test_every_stage_reads_from_its_value_and_both_labels(stage: Stage) -> None:
    assert parse_stage(stage.value) is stage
    assert parse_stage(STAGE_LABELS["en"][stage]) is stage
    assert parse_stage(STAGE_LABELS["fr"][stage]) is stage
    assert parse_stage(STAGE_LABELS["fr"][stage].upper()) is stage


@pytest.mark.parametrize("reason", list(StallReason))
def test_every_stall_reason_reads_from_its_value_and_both_labels(reason: StallReason) -> None:
    assert parse_stall_reason(reason.value) is reason
    assert parse_stall_reason(STALL_LABELS["en"][reason]) is reason
    assert parse_stall_reason(STALL_LABELS["fr"][reason]) is reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  premier CONTACT ", Stage.FIRST_CONTACT),
        ("Infos envoyees", Stage.INFO_SENT),
        ("infos-envoyées.", Stage.INFO_SENT),
        ("Devis envoyé", Stage.INFO_SENT),
        ("Appel programmé", Stage.CALL_AGREED),
        ("RDV fixé", Stage.CALL_AGREED),
        ("rdv reporté", Stage.CALL_POSTPONED),
        ("Rendez-vous reporté", Stage.CALL_POSTPONED),
        ("CALL_POSTPONED", Stage.CALL_POSTPONED),
        ("call postponed", Stage.CALL_POSTPONED),
        ("Projet pilote", Stage.TEST_PROJECT),
        ("Visite sur site", Stage.VISIT),
        ("Signé", Stage.CLIENT),
        ("Sans suite", Stage.LOST),
    ],
)
def test_stage_synonyms(text: str, expected: Stage) -> None:
    assert parse_stage(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pas le temps", StallReason.NO_TIME),
        ("Débordé", StallReason.NO_TIME),
        ("manque de méthode", StallReason.NO_METHOD),
        ("Peur d'inquiéter les salariés", StallReason.CONFIDENTIALITY),
        ("éloignement", StallReason.DISTANCE),
        ("Trop loin", StallReason.DISTANCE),
        ("Marché incertain", StallReason.UNCERTAINTY),
        ("pas de besoin", StallReason.NO_NEED),
        ("No immediate need", StallReason.NO_NEED),
        ("no_need", StallReason.NO_NEED),
        ("Autre", StallReason.OTHER),
    ],
)
def test_stall_synonyms(text: str, expected: StallReason) -> None:
    assert parse_stall_reason(text) is expected


@pytest.mark.parametrize("text", ["", "   ", "-", "En cours", "maybe", "42"])
def test_unknown_words_give_none(text: str) -> None:
    assert parse_stage(text) is None
    assert parse_stall_reason(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15/03/2022", date(2022, 3, 15)),
        ("05/04/2021", date(2021, 4, 5)),
        ("5/4/21", date(2021, 4, 5)),
        ("1/2/99", date(1999, 2, 1)),
        ("15.03.2022", date(2022, 3, 15)),
        ("15-03-2022", date(2022, 3, 15)),
        ("2022-03-15", date(2022, 3, 15)),
        ("2022/03/15", date(2022, 3, 15)),
        ("2022-03-15T09:30:00+01:00", date(2022, 3, 15)),
        ("2022-03-15 09:30:00", date(2022, 3, 15)),
        ("15/03/2022 00:00:00", date(2022, 3, 15)),
        (" 7 mars 2021 ", date(2021, 3, 7)),
        ("1er janvier 2020", date(2020, 1, 1)),
        ("07 Mar 2020", date(2020, 3, 7)),
        ("5-Jan-26", date(2026, 1, 5)),
        ("12 déc. 2019", date(2019, 12, 12)),
    ],
)
def test_loose_dates(text: str, expected: date) -> None:
    assert parse_date_loose(text) == expected


@pytest.mark.parametrize(
    "text", ["", "soon", "31/02/2021", "32/13/2020", "2021-13-01", "15 Foo 2020", "12/2021"]
)
def test_unreadable_dates_give_none_without_raising(text: str) -> None:
    assert parse_date_loose(text) is None
