"""`today`, the lead actions and manual signals end to end on a real SQLite file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from linkrevive.revival import RevivalSettings
from linkrevive.services import revival
from linkrevive.services.workspace import Workspace
from tests.helpers import cli, dump
from tests.revival_service.world import (
    ANNE,
    ANNE_MAIL,
    AS_OF,
    BRUNO_MAIL,
    EMILE,
    GASTON,
    GASTON_MAIL,
    build_world,
)

COLUMNS = [
    "name",
    "company",
    "email",
    "linkedin_url",
    "last_exchange",
    "stage",
    "stall_reason",
    "score",
    "reasons",
    "section",
    "why_now",
    "opener",
    "new",
]


@pytest.fixture
def world(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> dict[str, Path]:
    return build_world(capsys, db_path, tmp_path)


def _today(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> list[dict[str, object]]:
    result = cli(capsys, db, "today", "--as-of", AS_OF, "--format", "json", *extra)
    assert result.code == 0, result.err
    rows: list[dict[str, object]] = result.json()
    return rows


def _names(rows: list[dict[str, object]]) -> list[object]:
    return [r["name"] for r in rows]


def _lead_names(rows: list[dict[str, object]]) -> list[object]:
    """The leads of the list, without the "new in your network" block."""
    return [r["name"] for r in rows if r["section"] != "network"]


def test_today_ranks_signals_first_and_explains_every_lead(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: dict[str, Path]
) -> None:
    rows = _today(capsys, db_path)
    # Signals first (Anne wrote and moved, Bruno has a new title), then the revisits due;
    # Ivan is a client, Karl was in touch four months ago, Julie never exchanged, Hélène's
    # only address is her agency's shared box and she has no stage: not a lead on its own.
    # Émile, a stranger on LinkedIn, invited the user: new in the network, not a lead.
    assert _names(rows) == ["Anne Lefèvre", "Bruno Marchal", "Gaston Roux", "Émile Van den Berghe"]
    assert [r["section"] for r in rows] == ["fresh", "fresh", "due", "network"]
    emile = rows[-1]
    assert (emile["linkedin_url"], emile["email"], emile["stage"]) == (EMILE, None, None)
    assert str(emile["why_now"]).startswith("Invited you to connect on LinkedIn")
    assert str(emile["opener"]).startswith("Hello Émile, thank you for the invitation")
    rows = rows[:-1]
    assert all(list(r) == COLUMNS for r in rows)
    assert all(r["why_now"] == r["reasons"][0] for r in rows)  # type: ignore[index]
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True)  # type: ignore[type-var]
    anne = rows[0]
    assert anne["email"] == ANNE_MAIL
    assert anne["linkedin_url"] == ANNE
    assert (anne["stage"], anne["stall_reason"]) == ("call_postponed", "no_time")
    # Her LinkedIn message (through the pairing) is the sign, shown as such; her last
    # exchange is the sheet's last contact, where the silence her message ended began.
    assert anne["last_exchange"] == "2023-05-10"
    assert "Silence from May 2023 to March 2026 (2 years 9 months)" in anne["reasons"]  # type: ignore[operator]
    # She moved: the company and the opener speak of where she is now.
    assert anne["company"] == "Atelier Numérique"
    assert "your project at Atelier Numérique" in str(anne["opener"])
    assert "“Nouveau projet”" in str(anne["opener"])
    reasons = anne["reasons"]
    assert isinstance(reasons, list) and all(isinstance(r, str) for r in reasons)
    assert reasons[0] == (
        "Sent you a LinkedIn message: “Nouveau projet”, 2 weeks ago — not answered yet"
    )
    assert (
        "New job between January 2025 and March 2026: moved from Pixel Bleu SARL to "
        "Atelier Numérique as CTO, 5 days ago"
    ) in reasons
    # David still works at the company Anne was prospected at (her position history).
    assert "David Nguyen, now at Pixel Bleu, may be a way back in" in reasons
    gaston = rows[-1]
    assert gaston["reasons"] == [
        "Stalled in 2021 at test project — reason: distance",
        "Due for a revisit (distance: silent for over 24 months)",
        "No news since June 2021 (4 years 9 months)",
        "1 exchange in 2021",
    ]


def test_today_limit_formats_and_as_of(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: dict[str, Path]
) -> None:
    assert _names(_today(capsys, db_path, "--limit", "2")) == ["Anne Lefèvre", "Bruno Marchal"]
    csv_out = cli(capsys, db_path, "today", "--as-of", AS_OF, "--format", "csv").out
    lines = csv_out.splitlines()
    assert lines[0] == ",".join(COLUMNS)
    assert len(lines) == 5  # three leads, and Émile new in the network
    table = cli(capsys, db_path, "today", "--as-of", AS_OF, "--limit", "1")
    assert table.code == 0 and "Anne Lefèvre" in table.out and "Bruno" not in table.out
    # A year earlier, before the new export: nobody had a signal yet, Anne was in touch.
    earlier = _today(capsys, db_path, "--as-of", "2024-03-20")
    assert "Anne Lefèvre" not in _names(earlier)
    fr = _today(capsys, db_path, "--lang", "fr", "--limit", "1")
    assert fr[0]["reasons"][0].startswith("Vous a écrit sur LinkedIn")  # type: ignore[index]


def test_an_empty_list_says_so_in_a_sentence(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: dict[str, Path]
) -> None:
    # Before every exchange of the world: nothing to revive, said in words under the table.
    table = cli(capsys, db_path, "today", "--as-of", "2001-01-01")
    assert table.code == 0
    assert table.out.splitlines()[-2:] == [
        "(none)",
        "Nothing to revive on 2001-01-01: no dormant lead shows a new sign, and none is due "
        "for a revisit.",
    ]
    # Machine formats stay what they are: an empty array, a header alone.
    assert _today(capsys, db_path, "--as-of", "2001-01-01") == []
    csv_out = cli(capsys, db_path, "today", "--as-of", "2001-01-01", "--format", "csv").out
    assert csv_out.splitlines() == [",".join(COLUMNS)]


def test_lead_actions_shape_the_list(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: dict[str, Path]
) -> None:
    ok = cli(capsys, db_path, "lead", "snooze", BRUNO_MAIL, "--until", "2026-04-01")
    assert ok.code == 0, ok.err
    assert cli(capsys, db_path, "lead", "dismiss", GASTON, "--reason", "retired").code == 0
    assert _lead_names(_today(capsys, db_path)) == ["Anne Lefèvre"]
    # The snooze ends on its date: Bruno's new title is still fresh then.
    later = cli(capsys, db_path, "today", "--as-of", "2026-04-01", "--format", "json").json()
    assert _lead_names(later) == ["Anne Lefèvre", "Bruno Marchal"]

    assert cli(capsys, db_path, "lead", "revived", ANNE_MAIL, "--date", "2026-03-19").code == 0
    assert _lead_names(_today(capsys, db_path)) == []
    people = {p["name"]: p for p in cli(capsys, db_path, "people", "--format", "json").json()}
    # Marking revived logs the user's exchange.
    assert people["Anne Lefèvre"]["last_exchange"].startswith("2026-03-19")

    assert cli(capsys, db_path, "lead", "reactivate", GASTON_MAIL).code == 0
    assert _lead_names(_today(capsys, db_path)) == ["Gaston Roux"]


def test_lead_set_takes_labels_and_survives_the_next_import(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: dict[str, Path]
) -> None:
    result = cli(
        capsys,
        db_path,
        "lead",
        "set",
        ANNE_MAIL,
        "--stage",
        "Appel convenu",
        "--stall-reason",
        "Pas de besoin immédiat",
    )
    assert result.code == 0, result.err
    assert cli(capsys, db_path, "lead", "set", GASTON_MAIL, "--stall-reason", "unknown").code == 0
    # The lead sheet still says "Call postponed / No time": what the user typed wins.
    assert cli(capsys, db_path, "import", "contacts", str(world["sheet"])).code == 0
    rows = {r["name"]: r for r in _today(capsys, db_path)}
    assert (rows["Anne Lefèvre"]["stage"], rows["Anne Lefèvre"]["stall_reason"]) == (
        "call_agreed",
        "no_need",
    )
    assert (rows["Gaston Roux"]["stage"], rows["Gaston Roux"]["stall_reason"]) == (
        "test_project",
        None,
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("lead", "set", ANNE_MAIL, "--stage", "almost"),
            "linkrevive: 'almost' is not a stage; use one of first_contact",
        ),
        (
            ("lead", "set", ANNE_MAIL, "--stall-reason", "bof"),
            "linkrevive: 'bof' is not a stall reason; use one of no_time",
        ),
        (("lead", "set", ANNE_MAIL), "linkrevive: lead set needs --stage, --stall-reason"),
        (
            ("lead", "snooze", "nobody@nowhere.fr", "--until", "2026-05-01"),
            "linkrevive: No person or LinkedIn profile matches 'nobody@nowhere.fr'.",
        ),
        (
            ("signal", "add", "https://www.linkedin.com/in/unknown", "--note", "x"),
            "No person or LinkedIn profile matches",
        ),
        (("signal", "add", ANNE_MAIL, "--note", "  "), "A manual signal needs a note"),
        (("forget", "nobody@nowhere.fr"), "No person or LinkedIn profile matches"),
        (("lead", "snooze", ANNE_MAIL, "--until", "next week"), "is not a date"),
        (("today", "--limit", "-3"), "is not a whole number"),
    ],
)
def test_bad_input_is_one_sentence_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    world: dict[str, Path],
    args: tuple[str, ...],
    expected: str,
) -> None:
    before = dump(db_path)
    result = cli(capsys, db_path, *args)
    assert result.code != 0
    assert expected in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
    assert dump(db_path) == before


def test_manual_signal_brings_a_lead_up(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: dict[str, Path]
) -> None:
    result = cli(
        capsys,
        db_path,
        "signal",
        "add",
        GASTON_MAIL,
        "--note",
        "Viewed my profile",
        "--date",
        "2026-03-18",
    )
    assert result.code == 0, result.err
    rows = _today(capsys, db_path)
    # A signal of any kind ranks above every lead without one.
    assert _names(rows)[:3] == ["Anne Lefèvre", "Gaston Roux", "Bruno Marchal"]
    assert rows[1]["reasons"][0] == "Viewed my profile, 2 days ago"  # type: ignore[index]
    listed = cli(capsys, db_path, "signals", "--kind", "manual", "--format", "json").json()
    assert [(s["name"], s["detail"], s["date"][:10]) for s in listed] == [
        ("Gaston Roux", "Viewed my profile", "2026-03-18")
    ]


def test_service_items_and_settings(db_path: Path, world: dict[str, Path]) -> None:
    workspace = Workspace.open(str(db_path))
    try:
        items = revival.today(workspace, as_of=date.fromisoformat(AS_OF))
        anne = items[0]
        assert anne.why_now == anne.reasons[0]
        assert set(anne.opener) == {"fr", "en"}
        assert anne.opener["fr"].startswith("Bonjour Anne,")
        assert [s.kind.value for s in anne.signals] == ["job_change", "linkedin_message"]
        assert anne.waiting_reply and anne.has_fresh_signal
        assert anne.emails == (ANNE_MAIL,)

        assert revival.get_settings(workspace) == RevivalSettings()
        revival.save_settings(workspace, RevivalSettings(dormancy_months=40))
        assert revival.get_settings(workspace).dormancy_months == 40
        # Forty months of silence: Anne (33 months before she wrote) is no longer dormant;
        # Bruno (42, new title) and Gaston (57, revisit due) still are.
        items = revival.today(workspace, as_of=date.fromisoformat(AS_OF))
        names = [i.name for i in items if i.section != revival.NETWORK]
        assert names == ["Bruno Marchal", "Gaston Roux"]
    finally:
        workspace.close()
