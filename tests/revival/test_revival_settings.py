"""Revival settings survive a trip through JSON and reject bad values."""

from __future__ import annotations

import json

import pytest

from linkrevive.domain.enums import SignalKind, Stage, StallReason
from linkrevive.revival import RevivalSettings


def test_defaults_match_the_product_rules() -> None:
    settings = RevivalSettings()
    assert settings.dormancy_months == 12
    assert settings.lost_cooldown_months == 24
    expected = {
        StallReason.NO_TIME: 6,
        StallReason.NO_METHOD: 6,
        StallReason.UNCERTAINTY: 9,
        StallReason.CONFIDENTIALITY: 12,
        StallReason.DISTANCE: 12,
        StallReason.NO_NEED: 12,
        StallReason.OTHER: 12,
        None: 12,
    }
    assert {r: settings.revisit_window(r) for r in expected} == expected
    weights = settings.signal_weights
    order = [
        SignalKind.LINKEDIN_INVITATION,
        SignalKind.JOB_CHANGE,
        SignalKind.RECONNECTED,
        SignalKind.TITLE_CHANGE,
        SignalKind.MANUAL,
    ]
    assert weights[SignalKind.LINKEDIN_MESSAGE] == weights[SignalKind.EMAIL_INBOUND]
    assert [weights[k] for k in order] == sorted((weights[k] for k in order), reverse=True)
    assert weights[SignalKind.EMAIL_INBOUND] > weights[SignalKind.LINKEDIN_INVITATION]
    assert settings.stage_points[Stage.CALL_POSTPONED] > settings.stage_points[Stage.INFO_SENT]
    assert settings.stage_points[Stage.INFO_SENT] > settings.stage_points[Stage.FIRST_CONTACT]
    # The maxima of the parts fit the 0–100 scale.
    total = (
        settings.signal_base_points
        + settings.signal_max_points
        + max(settings.stage_points.values())
        + settings.revisit_due_points
        + max(p for _, p in settings.dormancy_points)
        + settings.depth_max_points
        + settings.company_contact_points
    )
    assert total <= 100
    assert settings.no_signal_cap < settings.signal_base_points


def test_round_trip_through_json() -> None:
    custom = RevivalSettings(
        dormancy_months=9,
        signal_repeat_factor=0.25,
        revisit_months={**RevivalSettings().revisit_months, "distance": 3},
        dormancy_points=((6, 1), (30, 9)),
    )
    text = json.dumps(custom.to_dict())
    assert RevivalSettings.from_dict(json.loads(text)) == custom
    assert RevivalSettings.from_dict(json.loads(json.dumps(RevivalSettings().to_dict()))) == (
        RevivalSettings()
    )


def test_partial_and_unknown_keys() -> None:
    loaded = RevivalSettings.from_dict(
        {"lost_cooldown_months": 36, "signal_weights": {"manual": 1}, "from_the_future": True}
    )
    assert loaded.lost_cooldown_months == 36
    assert loaded.signal_weights["manual"] == 1
    assert loaded.signal_weights["job_change"] == RevivalSettings().signal_weights["job_change"]
    assert loaded.dormancy_months == RevivalSettings().dormancy_months


@pytest.mark.parametrize(
    "data",
    [
        {"dormancy_months": -1},
        {"dormancy_months": "12"},
        {"dormancy_months": True},
        {"signal_weights": [1, 2]},
        {"signal_weights": {"manual": 1.5}},
        {"signal_repeat_factor": "half"},
        {"dormancy_points": [[1, 2, 3]]},
        {"dormancy_points": 5},
    ],
)
def test_bad_values_are_rejected(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        RevivalSettings.from_dict(data)
