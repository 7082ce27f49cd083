"""Readable reasons and suggested openers of the revival list, in French and English."""

from __future__ import annotations

import re
from datetime import date

import pytest
from revival_facts import AS_OF, days_ago, inc, job_change, make_lead, sig

from linkrevive.domain.enums import SignalKind, Stage, StallReason
from linkrevive.revival import (
    Reason,
    ago_text,
    assess,
    duration_text,
    opener,
    reason_text,
)
from linkrevive.revival import candidates as codes
from linkrevive.revival.texts import OPENER_SITUATIONS


def test_stalled_reason_in_both_languages() -> None:
    reason = Reason(
        codes.STALLED,
        {"stage": "call_postponed", "stall_reason": "uncertainty", "year": 2021},
        13,
    )
    assert reason_text(reason) == "Stalled in 2021 at call postponed — reason: uncertain market"
    assert reason_text(reason, "fr") == (
        "Bloqué en 2021 à l'étape appel reporté — raison : incertitude"
    )


def test_lost_and_unknown_year() -> None:
    lost = Reason(codes.STALLED, {"stage": "lost", "stall_reason": None, "year": 2020}, 4)
    assert reason_text(lost) == "Lost in 2020"
    undated = Reason(codes.STALLED, {"stage": "info_sent", "stall_reason": None, "year": None}, 8)
    assert reason_text(undated, "fr") == "Bloqué à l'étape infos envoyées"


def test_depth_reason() -> None:
    params = {
        "count": 14,
        "first_year": 2019,
        "last_year": 2021,
        "emails_only": True,
        "both_ways": False,
    }
    reason = Reason(codes.DEPTH, params, 12)
    assert reason_text(reason) == "14 emails exchanged 2019–2021"
    assert reason_text(reason, "fr") == "14 e-mails échangés entre 2019 et 2021"


def test_dormant_reason_uses_calendar_durations() -> None:
    reason = Reason(codes.DORMANT, {"since": "2021-03-10", "until": "2023-06-12", "days": 824}, 8)
    assert reason_text(reason) == "No news since March 2021 (2 years 3 months)"
    assert reason_text(reason, "fr") == "Sans nouvelles depuis mars 2021 (2 ans 3 mois)"


def test_a_silence_the_prospect_ended_is_not_no_news() -> None:
    # They wrote on "until": the silence is told with its two ends, never "no news since".
    params = {"since": "2022-11-07", "until": "2025-02-23", "days": 839, "ended": True}
    reason = Reason(codes.DORMANT, params, 8)
    assert reason_text(reason) == "Silence from November 2022 to February 2025 (2 years 3 months)"
    assert reason_text(reason, "fr") == "Silence de novembre 2022 à février 2025 (2 ans 3 mois)"


def test_a_revisit_due_before_the_prospect_wrote_is_told_in_the_past() -> None:
    # Under "Wrote to you by email, 8 days ago": never "silent for over 24 months" as if now.
    params = {"stall_reason": "no_need", "window_months": 12, "silent_months": 24}
    running = Reason(codes.REVISIT_DUE, params, 10)
    ended = Reason(codes.REVISIT_DUE, {**params, "ended": True}, 10)
    assert reason_text(running) == (
        "Due for a revisit (no immediate need: silent for over 24 months)"
    )
    assert reason_text(ended) == "Was due for a revisit before this message (no immediate need)"
    assert reason_text(ended, "fr") == "Était à relancer avant ce message (pas de besoin immédiat)"


@pytest.mark.parametrize(
    ("start", "end", "en", "fr"),
    [
        (date(2020, 1, 31), date(2020, 2, 28), "28 days", "28 jours"),
        (date(2020, 1, 31), date(2021, 1, 31), "1 year", "1 an"),
        (date(2019, 5, 1), date(2024, 7, 2), "5 years 2 months", "5 ans 2 mois"),
    ],
)
def test_duration_text(start: date, end: date, en: str, fr: str) -> None:
    assert duration_text(start, end) == en
    assert duration_text(start, end, "fr") == fr


@pytest.mark.parametrize(
    ("days", "en", "fr"),
    [
        (0, "today", "aujourd'hui"),
        (1, "yesterday", "hier"),
        (21, "3 weeks ago", "il y a 3 semaines"),
    ],
)
def test_ago_text(days: int, en: str, fr: str) -> None:
    assert (ago_text(days), ago_text(days, "fr")) == (en, fr)


def test_job_change_without_old_company() -> None:
    reason = Reason(
        codes.SIGNAL,
        {
            "kind": "job_change",
            "days_ago": 3,
            "detail": {"old_company": "", "new_company": "Kôdé", "position": ""},
        },
        30,
    )
    assert reason_text(reason) == "Now at Kôdé, 3 days ago"


# Openers -------------------------------------------------------------------------------------


def _opener_of(**overrides: object) -> dict[str, str]:
    candidate = assess(make_lead(**overrides), AS_OF)
    assert candidate is not None
    return dict(candidate.opener)


@pytest.mark.parametrize(
    ("overrides", "en_words", "fr_words"),
    [
        (
            {"signals": (job_change(days_ago(21)),)},
            ["congratulations", "CTO at Studio Kôdé", "small test project"],
            ["félicitations", "CTO chez Studio Kôdé", "petit projet test"],
        ),
        (
            {"signals": (sig(SignalKind.LINKEDIN_MESSAGE, days_ago(2), subject="Hi"),)},
            ["thank you for your message"],
            ["merci pour votre message"],
        ),
        (
            {"signals": (sig(SignalKind.LINKEDIN_INVITATION, days_ago(2), message=""),)},
            ["thank you for the invitation"],
            ["merci pour votre invitation"],
        ),
        (
            {"stall_reason": StallReason.DISTANCE},
            ["visit", "on site", "weekend"],
            ["sur place", "week-end"],
        ),
        (
            {"stall_reason": StallReason.UNCERTAINTY},
            ["overflow", "flexible"],
            ["débordement", "flexible"],
        ),
        ({"stall_reason": StallReason.NO_TIME}, ["method", "small test project"], ["projet test"]),
        ({"stall_reason": StallReason.NO_METHOD}, ["method", "small test project"], ["méthode"]),
        ({"stall_reason": StallReason.CONFIDENTIALITY}, ["discreet"], ["discret"]),
        ({"stall_reason": StallReason.NO_NEED}, ["it has been a while"], ["cela fait un moment"]),
    ],
)
def test_opener_fits_the_situation(
    overrides: dict[str, object], en_words: list[str], fr_words: list[str]
) -> None:
    text = _opener_of(**overrides)
    assert text["en"].startswith("Hello Claire,")
    assert text["fr"].startswith("Bonjour Claire,")
    for word in en_words:
        assert word in text["en"]
    for word in fr_words:
        assert word in text["fr"]
    # Formal French: "vous"/"votre", never "tu"/"ton".
    assert re.search(r"\b(vous|votre|vos)\b", text["fr"])
    assert not re.search(r"\b(tu|toi|ton|ta|tes)\b", text["fr"])


def test_opener_for_a_prospect_who_wrote_again() -> None:
    history = make_lead().exchanges
    text = _opener_of(exchanges=(*history, inc(days_ago(4))), stall_reason=StallReason.DISTANCE)
    assert "thank you for your message" in text["en"]


@pytest.mark.parametrize("situation", OPENER_SITUATIONS)
@pytest.mark.parametrize(
    ("first", "company", "position"), [("Claire", "Pixel Bleu", "CTO"), ("", "", ""), (" ", "", "")]
)
def test_openers_leave_nothing_unfilled(
    situation: str, first: str, company: str, position: str
) -> None:
    texts = opener(situation, first, company, position)
    assert set(texts) == {"fr", "en"}
    for text in texts.values():
        assert not re.search(r"[{}]|  | ,| \.|\( ", text), text
        assert "None" not in text
    if not first.strip():
        assert texts["en"].startswith("Hello, ") and texts["fr"].startswith("Bonjour, ")
    if company:
        assert company in texts["en"] or situation in ("discreet",) or company in texts["fr"]


def test_title_change_opener_uses_new_position() -> None:
    signal = sig(
        SignalKind.TITLE_CHANGE,
        days_ago(10),
        company="Pixel Bleu",
        old_position="Chef de projet",
        new_position="Directrice technique",
    )
    text = _opener_of(signals=(signal,), stage=Stage.INFO_SENT)
    assert "Directrice technique chez Pixel Bleu" in text["fr"]
