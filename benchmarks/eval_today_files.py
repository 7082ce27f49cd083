"""Today end to end on a file-level world: import the files as a user would, then measure.

For each seed, :mod:`benchmarks.revival_files_world` writes two LinkedIn exports and an old
undated one (the pre-2017 Outlook layout), an address book, a French lead sheet, a Gmail
Takeout mbox and Thunderbird's ``Sent`` file of a former job's mail, with the truth beside
them. The files go through the product's own command line into a fresh SQLite file
(``import linkedin`` for the exports, the undated one last, ``import contacts … --me`` for the
address book, the sheet and both mailboxes, then ``match``), on the real day the benchmark
runs, which is never the world's ``as_of``. Then a careful user's review of pairs is played
(``pair confirm`` for the suggestions the truth says are right, ``pair reject`` for the
others), and ``today --as-of D --format json`` and ``export reactivation --as-of D`` are read
(precision is also printed before the review). The same files are imported again into a second
database with the two exports in the other order and the undated one first, and both
``today`` outputs are compared byte for byte, before and after the review (reported, not a
target: an older export imported last adds history only and signals nothing); where Debian's
``faketime`` is installed, the files are imported again in both orders with the clock on
another day (``--import-day``, default the day after the newer export) and each ``today`` is
compared with the same order's.

Printed per seed: precision at K (K = prospects that truly show a fresh sign), automated
senders proposed, non-prospects proposed (colleagues, friends, LinkedIn-only connections,
strangers, role boxes), stale signs used as why-now (a reason citing a sign older than the
90-day window before ``as_of``), rows quoting a prospect's out-of-office reply or a spam (in
a reason or the opener: never), the people made of spammers' addresses (never any), rows
whose texts disagree, the list length against
(fresh-sign leads + 10), the people made of the user's former address (never any) and the
former job's mails found on their prospects, and whether both import orders gave identical
``today`` JSON; then one PASS/FAIL line per acceptance target over all seeds, a table per
category of the truth (people, listed, in the top K, in the network block, where they belong,
the newest-first import beside), and the failing rows.

Disagreements looked for: "No news since <month>" (or "Silence from <month>"), or "Due for a
revisit (silent for over N months)", against ``last_exchange``; the span of the exchanges line
("9 exchanges 2020–2026") running past ``last_exchange``; a ``last_exchange`` later than the
user's own last exchange (an unanswered incoming message taken for one); the company column or
the export's opener naming a company the person has left; the export's why-now differing from
Today's first reason.

Run: ``python -m benchmarks.eval_today_files [--seeds 1 2 3] [--leads 250] [--keep DIR]
[--import-day DATE|''] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.former_job_mail import SUBJECTS
from benchmarks.revival_files_world import (
    FRESH,
    NON_PROSPECTS,
    SECOND_EXPORT,
    STALE,
    write_world,
)
from linkrevive.cli.app import run

ORDERS = {"old-then-new": (0, 1), "new-then-old": (1, 0)}
_AGO = re.compile(r"\b(\d+) (day|days|week|weeks|month|months|year|years) ago\b")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_NO_NEWS = re.compile(r"^(?:No news since|Silence from) (\w+) (\d{4})")
_DEPTH = re.compile(r"^\d+ (?:exchanges?|emails? exchanged) (?:in (\d{4})|\d{4}–(\d{4}))")
# A silence still running (one a message of theirs ended says "Was due… before this message",
# without a length: the silence's two ends are on the dormant line, checked on its own).
_REVISIT = re.compile(r"^Due for a revisit \(.*silent for over (\d+) months\)")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def cli(db: Path, *args: str) -> tuple[int, str, str]:
    """Run ``linkrevive --db DB ARGS`` in-process; exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["--db", str(db), *args])
    return code, out.getvalue(), err.getvalue()


def import_world(
    folder: Path, truth: dict[str, Any], db: Path, order: str, day: str | None = None
) -> list[str]:
    """Import every file of the world into ``db`` (exports in ``order``); the CLI's reports.

    With ``day`` (ISO), each command runs in its own process under ``faketime``, whose clock
    reads that day: the files are really imported on another day.
    """
    exports = [folder / truth["exports"][i] for i in ORDERS[order]]
    me = truth["me"]
    files = truth["files"]
    # The undated Outlook-layout file (an older world's truth has none): before the dated
    # exports in one order, after them in the other.
    legacy = [folder / files["legacy_linkedin"]] if "legacy_linkedin" in files else []
    exports = [*legacy, *exports] if order == "new-then-old" else [*exports, *legacy]
    steps: list[list[str]] = [["import", "linkedin", str(path)] for path in exports]
    # The former job's Thunderbird "Sent" file (an older world's truth has none): never told
    # that address, the import must know the mail as the user's by the file's name.
    for key in ("vcard", "sheet", "mbox", "sent"):
        if key in files:
            steps.append(["import", "contacts", str(folder / files[key]), "--me", me])
    steps.append(["match"])
    if day is not None:
        # One process for every step (the CLI's own entry point), its clock on ``day``.
        script = (
            "import json, sys\nfrom benchmarks.eval_today_files import cli\n"
            "db, steps = sys.argv[1], json.loads(sys.argv[2])\n"
            "print(json.dumps([cli(db, *step) for step in steps]))\n"
        )
        done = subprocess.run(
            ["faketime", f"{day} 09:30:00", sys.executable, "-c", script, str(db),
             json.dumps(steps)],
            capture_output=True, text=True, check=False, cwd=Path(__file__).resolve().parents[1],
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"the import under faketime failed: {done.stderr.strip()[-500:]}")
        results = [tuple(r) for r in json.loads(done.stdout)]
    else:
        results = [cli(db, *step) for step in steps]
    reports = []
    for step, (code, out, err) in zip(steps, results, strict=True):
        if code != 0:
            raise RuntimeError(f"{' '.join(step[:3])} failed ({code}): {err.strip()}")
        reports.append(out)
    return reports


def review_pairs(db: Path, truth: Truth) -> dict[str, int]:
    """Do what a careful user does in Review pairs: confirm the suggestions that are right,
    reject the others (``pair confirm|reject``); count the wrong automatic pairs too."""
    counts = {"suggested": 0, "confirmed": 0, "rejected": 0, "auto": 0, "auto wrong": 0}
    code, out, err = cli(db, "pairs", "--format", "json")
    if code != 0:
        raise RuntimeError(f"pairs failed: {err.strip()}")
    decisions = []
    for pair in json.loads(out):
        email = str(pair.get("contact_email") or "")
        url = str(pair.get("linkedin_url") or "")
        person = truth.by_email.get(email.lower())
        profile = truth.by_url.get(url.lower())
        right = person is not None and profile is not None and person["key"] == profile["key"]
        if pair.get("status") == "auto":
            counts["auto"] += 1
            counts["auto wrong"] += not right
        elif pair.get("status") == "suggested":
            counts["suggested"] += 1
            decisions.append(("confirm" if right else "reject", email, url))
    for decision, email, url in decisions:
        code, _, err = cli(db, "pair", decision, email, url)
        if code == 0:
            counts["confirmed" if decision == "confirm" else "rejected"] += 1
    return counts


def today_json(db: Path, as_of: str) -> str:
    """The raw output of ``today --as-of AS_OF --format json``."""
    code, out, err = cli(db, "today", "--as-of", as_of, "--format", "json")
    if code != 0:
        raise RuntimeError(f"today failed: {err.strip()}")
    return out


def export_rows(db: Path, as_of: str, folder: Path) -> list[dict[str, str]]:
    """The reactivation export (CSV) as rows keyed by column."""
    path = folder / "reactivation.csv"
    code, _, err = cli(db, "export", "reactivation", "-o", str(path), "--as-of", as_of)
    if code != 0:
        raise RuntimeError(f"export failed: {err.strip()}")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


class Truth:
    """The world's truth, indexed to find who a listed row is."""

    def __init__(self, truth: dict[str, Any]) -> None:
        self.raw = truth
        self.as_of = date.fromisoformat(truth["as_of"])
        self.window = int(truth["window_days"])
        #: The subjects of the prospects' out-of-office replies (an older world has none).
        self.autoreply_subjects: list[str] = list(truth.get("autoreply_subjects", []))
        self.spam_subjects: list[str] = list(truth.get("spam_subjects", []))
        self.by_email: dict[str, dict[str, Any]] = {}
        self.by_url: dict[str, dict[str, Any]] = {}
        self.by_name: dict[str, dict[str, Any]] = {}
        for person in truth["people"]:
            for email in person["emails"]:
                self.by_email.setdefault(email.lower(), person)
            for url in (person["linkedin_url"], *person.get("former_linkedin_urls", ())):
                if url:
                    self.by_url[url.lower()] = person
            self.by_name.setdefault(_fold(person["name"]), person)
        # A company's shared box that sits in a prospect's card or wrote about a project.
        self.role_boxes: dict[str, dict[str, Any]] = {}
        for person in truth["people"]:
            for box in person.get("role_boxes") or []:
                self.role_boxes[box.lower()] = {
                    "key": f"box:{box}",
                    "name": box,
                    "category": "never_role_box",
                    "emails": [box],
                    "linkedin_url": None,
                    "former_companies": [],
                    "company_now": person["company_now"],
                    "last_exchange": None,
                    "signs": [],
                }
        self.automated_emails = {a["email"].lower() for a in truth["automated"]}
        self.automated_names = {_fold(a["name"]) for a in truth["automated"]}
        self.fresh = [p for p in truth["people"] if p["category"] in FRESH]

    def who(self, row: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
        """("person", truth entry), ("automated", None) or ("unknown", None) for ``row``."""
        emails = row.get("email") or row.get("emails") or ""
        if isinstance(emails, list):
            emails = ",".join(str(e) for e in emails)
        addresses = [e.strip().lower() for e in re.split(r"[,;\s]+", str(emails)) if e.strip()]
        if any(a in self.automated_emails for a in addresses):
            return "automated", None
        for address in addresses:
            if address in self.by_email:
                return "person", self.by_email[address]
        url = str(row.get("linkedin_url") or "").lower()
        if url in self.by_url:
            return "person", self.by_url[url]
        name = _fold(str(row.get("name") or ""))
        if name in self.by_name:
            return "person", self.by_name[name]
        for address in addresses:
            if address in self.role_boxes:
                return "person", self.role_boxes[address]
        if name in self.automated_names or any(
            a.split("@")[0] in name for a in ("noreply@", "no-reply@", "mailer-daemon@")
        ):
            return "automated", None
        return "unknown", None


def _ago_days(text: str) -> int | None:
    """How old ``text``'s oldest "… ago" phrase is at least, in days ("3 months ago": 90);
    None without one. A phrase that can still be inside the window is never called stale."""
    ages = []
    for number, unit in _AGO.findall(text):
        ages.append(int(number) * _UNIT_DAYS[unit.rstrip("s")])
    if re.search(r"\b(today|yesterday)\b", text) and not ages:
        ages.append(0)
    return max(ages) if ages else None


@dataclass
class Figures:
    """What one import of one world gives."""

    seed: int
    order: str
    k: int
    rows: int
    precision: float
    automated: list[str] = field(default_factory=list)
    non_prospects: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    #: Rows whose reasons or opener quote a prospect's out-of-office reply, or a spam (must
    #: be none), and the people made of a spammer's address (must be 0).
    autoreplied: list[str] = field(default_factory=list)
    spam_quoted: list[str] = field(default_factory=list)
    spam_people: int = 0
    #: Rows whose name is not spelled as the person writes it ("HÃ©lÃ¨ne", "HŽlne"): must be
    #: none, whatever code page or program the files went through.
    misspelt: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    top_k_wrong: list[str] = field(default_factory=list)
    network: list[str] = field(default_factory=list)
    precision_unreviewed: float = 0.0
    #: People made of the user's former address (must be 0), and the former job's mails
    #: found on their prospects as outgoing exchanges, of those sent.
    former_people: int = 0
    former_mails: tuple[int, int] = (0, 0)
    #: Per category of the truth: [people, listed as leads, in the top K, in the network block].
    by_category: dict[str, list[int]] = field(default_factory=dict)
    review: dict[str, int] = field(default_factory=dict)
    disagreeing: set[int] = field(default_factory=set)

    @property
    def disagreeing_rows(self) -> int:
        return len(self.disagreeing)

    @property
    def length_limit(self) -> int:
        return self.k + 10


def _sign_cited(reason: str, person: dict[str, Any]) -> bool:
    """Whether ``reason`` cites one of ``person``'s signs older than the window."""
    for sign in person["signs"]:
        if sign["fresh"] == "True":
            continue
        detail = str(sign.get("detail") or "")
        if detail and detail[:40] in reason:
            return True
    return False


#: Who may appear in the separate "new in your network" block (a stranger's invitation, a
#: friend's or a connection's new job): never a colleague, a robot or a shared box.
NETWORK_OK = frozenset({"never_friend", "never_stranger", "never_linkedin_only"})


def evaluate(
    truth: Truth, rows: list[dict[str, Any]], exported: list[dict[str, str]], seed: int, order: str
) -> Figures:
    """Score one ``today`` list (and its export) against the truth.

    Rows whose ``section`` is ``network`` ("new in your network", labelled as not prospects)
    are the separate block: outside the ranking and the length limit, allowed for friends,
    strangers and LinkedIn-only connections. Every other row is a lead of the list.
    """
    k = len(truth.fresh)
    leads = [r for r in rows if r.get("section") != "network"]
    figures = Figures(seed, order, k, len(leads), 0.0)
    for person in [*truth.raw["people"], *truth.role_boxes.values()]:
        figures.by_category.setdefault(person["category"], [0, 0, 0, 0])[0] += 1
    hits = 0
    listed: set[str] = set()
    export_by_name = {r.get("name", ""): r for r in exported}
    rank = 0
    for row in rows:
        network = row.get("section") == "network"
        if not network:
            rank += 1
        kind, person = truth.who(row)
        reasons = [str(r) for r in row.get("reasons") or []]
        place = f"network {row.get('name')}" if network else f"#{rank} {row.get('name')}"
        label = f"{place} <{row.get('email') or row.get('linkedin_url')}>"
        why = reasons[0] if reasons else ""
        if kind == "automated":
            figures.automated.append(f"{label}: {why}")
            continue
        if person is None:
            figures.unknown.append(f"{label}: {why}")
            continue
        category = person["category"]
        tagged = f"{label} [{category}]"
        counts = figures.by_category.setdefault(category, [0, 0, 0, 0])
        counts[3 if network else 1] += 1
        if not network and rank <= k:
            counts[2] += 1
        if network:
            figures.network.append(f"{tagged}: {why}")
            if category not in NETWORK_OK:
                figures.non_prospects.append(f"{tagged} (in the network block): {why}")
            continue
        listed.add(person["key"])
        if str(row.get("name") or "") != person["name"] and not person["key"].startswith("box:"):
            figures.misspelt.append(f"{tagged}: written {person['name']}")
        if rank <= k:
            if category in FRESH:
                hits += 1
            else:
                figures.top_k_wrong.append(f"{tagged}: {why}")
        if category in NON_PROSPECTS:
            figures.non_prospects.append(f"{tagged}: {why}")
        # An autoresponder quoted as if the prospect had written (a reason or the opener).
        quoted = [*reasons, str(row.get("opener") or "")]
        if any(subject in text for subject in truth.autoreply_subjects for text in quoted):
            figures.autoreplied.append(f"{tagged}: {why}")
        if any(subject in text for subject in truth.spam_subjects for text in quoted):
            figures.spam_quoted.append(f"{tagged}: {why}")
        # Stale signs used as a why-now.
        for reason in reasons:
            age = _ago_days(reason)
            if (age is not None and age > truth.window) or _sign_cited(reason, person):
                figures.stale.append(f"{tagged}: {reason}")
                break
        found = _disagreements(truth, row, person, reasons, export_by_name, tagged)
        figures.disagreements += found
        if found:
            figures.disagreeing.add(rank)
    figures.precision = hits / k if k else 1.0
    figures.missed = [
        f"{p['name']} [{p['category']}]: {p['signs'][0]['kind']} {p['signs'][0]['date']}"
        for p in truth.fresh
        if p["key"] not in listed
    ]
    return figures


def _disagreements(
    truth: Truth,
    row: dict[str, Any],
    person: dict[str, Any],
    reasons: list[str],
    export_by_name: dict[str, dict[str, str]],
    label: str,
) -> list[str]:
    found = []
    last = str(row.get("last_exchange") or "")[:10]
    last_day = date.fromisoformat(last) if last else None
    for reason in reasons:
        match = _NO_NEWS.match(reason)
        if match and last_day is not None:
            month = _MONTHS.index(match.group(1)) + 1 if match.group(1) in _MONTHS else 0
            if (last_day.year, last_day.month) != (int(match.group(2)), month):
                found.append(f"{label}: last_exchange {last} vs “{reason}”")
        match = _DEPTH.match(reason)
        if match and last_day is not None and int(match.group(1) or match.group(2)) > last_day.year:
            found.append(f"{label}: last_exchange {last} vs “{reason}”")
        match = _REVISIT.match(reason)
        if match and last_day is not None:
            months = int(match.group(1))
            if (truth.as_of - last_day).days < months * 30:
                found.append(f"{label}: last_exchange {last} vs “{reason}”")
    truth_last = person.get("last_exchange")
    if last_day is not None and truth_last and last_day > _next_day(truth_last):
        found.append(
            f"{label}: last_exchange {last} is after the user's last exchange {truth_last}"
            " (an unanswered incoming message?)"
        )
    former = [c for c in person.get("former_companies") or [] if c]
    company = str(row.get("company") or "")
    if former and company and any(_same_company(company, c) for c in former):
        found.append(f"{label}: company column shows the former company {company}")
    now = person.get("company_now") or ""
    exported = export_by_name.get(str(row.get("name") or ""))
    openers = {str(row.get("opener") or ""), (exported or {}).get("opener", "")} - {""}
    for opener in sorted(openers):
        if any(c in opener for c in former) and now not in opener:
            found.append(f"{label}: opener names a former company: “{opener[:90]}…”")
    why_now = str(row.get("why_now") or (reasons[0] if reasons else ""))
    if exported is not None and exported.get("why_now") and exported["why_now"] != why_now:
        found.append(f"{label}: export why_now “{exported['why_now']}” vs today “{why_now}”")
    if exported is not None and row.get("opener") and exported.get("opener") != row["opener"]:
        found.append(f"{label}: the export's opener differs from today's")
    return found


_LEGAL = frozenset({"", "sas", "sarl", "sprl", "srl", "sa", "inc.", "s.a r.l."})


def _same_company(shown: str, known: str) -> bool:
    """``shown`` names ``known``, perhaps with a legal form after it ("Studio Citron SAS")."""
    shown, known = _fold(shown), _fold(known)
    return shown.startswith(known) and shown[len(known) :].strip() in _LEGAL


def _next_day(iso: str) -> date:
    return date.fromisoformat(iso) + timedelta(days=1)


@dataclass
class SeedResult:
    """Both import orders of one world, and whether the import order or day changed Today."""

    figures: list[Figures]
    raw: dict[str, Any]
    same_order: bool
    same_day: bool | None  # None: no other import day tried (faketime missing)
    import_day: str | None


def spam_people(db: Path, raw: dict[str, Any]) -> int:
    """People made of a spammer's address (a stranger whose only mail is spam)."""
    senders = list(raw.get("spam_senders", []))
    if not senders:
        return 0
    connection = sqlite3.connect(db)
    try:
        marks = ", ".join("?" * len(senders))
        found: int = connection.execute(
            f"SELECT count(*) FROM person_email WHERE email IN ({marks})", senders
        ).fetchone()[0]
    finally:
        connection.close()
    return found


def former_job_check(db: Path, raw: dict[str, Any]) -> tuple[int, tuple[int, int]]:
    """People holding the user's former address; the former job's mails stored as outgoing
    exchanges with the prospect they went to, and how many were sent."""
    sent = {
        p["emails"][0]: p["former_job_mails"] for p in raw["people"] if p.get("former_job_mails")
    }
    subjects = [*SUBJECTS, *(f"Re: {s}" for s in SUBJECTS)]
    connection = sqlite3.connect(db)
    try:
        people = connection.execute(
            "SELECT count(*) FROM person_email WHERE email = ?", (raw.get("former_address"),)
        ).fetchone()[0]
        marks = ", ".join("?" * len(subjects))
        stored = dict(
            connection.execute(
                "SELECT x.counterpart, count(*) FROM exchange x JOIN person_email e"
                " ON e.person_id = x.person_id AND e.email = x.counterpart"
                f" WHERE x.direction = 'out' AND x.subject IN ({marks}) GROUP BY x.counterpart",
                subjects,
            ).fetchall()
        )
    finally:
        connection.close()
    found = sum(min(stored.get(email, 0), count) for email, count in sent.items())
    return int(people), (found, sum(sent.values()))


def run_seed(seed: int, leads: int, work: Path, import_day: str | None = None) -> SeedResult:
    """Build the world of ``seed``, import it in both export orders, review, evaluate.

    ``import_day``: also import it in both orders with the clock on that day (``faketime``)
    and compare each ``today`` with the real-day import's in the same order, before the
    review of pairs.
    """
    folder = work / f"world-{seed}"
    raw = write_world(folder, seed=seed, leads=leads)
    truth = Truth(raw)
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    figures = []
    for order in ORDERS:
        db = work / f"seed{seed}-{order}.sqlite3"
        db.unlink(missing_ok=True)
        import_world(folder, raw, db, order)
        before[order] = today_json(db, raw["as_of"])
        unreviewed = evaluate(truth, json.loads(before[order]), [], seed, order)
        review = review_pairs(db, truth)
        after[order] = today_json(db, raw["as_of"])
        exported = export_rows(db, raw["as_of"], work)
        result = evaluate(truth, json.loads(after[order]), exported, seed, order)
        result.precision_unreviewed = unreviewed.precision
        result.review = review
        result.former_people, result.former_mails = former_job_check(db, raw)
        result.spam_people = spam_people(db, raw)
        figures.append(result)
    same_order = len(set(before.values())) == 1 and len(set(after.values())) == 1
    same_day: bool | None = None
    if import_day and shutil.which("faketime"):
        same_day = True
        for order in ORDERS:  # the undated export last, then first
            db = work / f"seed{seed}-{order}-imported-{import_day}.sqlite3"
            db.unlink(missing_ok=True)
            import_world(folder, raw, db, order, day=import_day)
            same_day = same_day and today_json(db, raw["as_of"]) == before[order]
    return SeedResult(figures, raw, same_order, same_day, import_day)


def _print_seed(result: SeedResult) -> None:
    figures, raw = result.figures, result.raw
    people = raw["people"]
    prospects = sum(1 for p in people if not p["category"].startswith("never_"))
    stale = sum(1 for p in people if p["category"] in STALE)
    print(
        f"\nseed {figures[0].seed}: {prospects} prospects, {len(people)} people, "
        f"{raw['messages_in_mbox']} mails ({raw.get('wrong_clocks', 0)} dated by a wrong clock), "
        f"{len(raw['automated'])} automated senders, "
        f"{stale} stale-only leads; as_of {raw['as_of']}, imported on {date.today().isoformat()}"
    )
    print(f"  {'exports imported':42}" + "".join(f"{f.order:>16}" for f in figures))
    rows = [
        (
            "automatic pairs (wrong ones)",
            [f"{f.review['auto']} ({f.review['auto wrong']})" for f in figures],
        ),
        (
            "suggestions: confirmed / rejected",
            [f"{f.review['confirmed']} / {f.review['rejected']}" for f in figures],
        ),
        ("precision at K before the review", [f"{f.precision_unreviewed:.2f}" for f in figures]),
        ("precision at K", [f"{f.precision:.2f} (K={f.k})" for f in figures]),
        ("automated senders proposed", [str(len(f.automated)) for f in figures]),
        ("non-prospects proposed", [str(len(f.non_prospects)) for f in figures]),
        ("stale signs used as why-now", [str(len(f.stale)) for f in figures]),
        ("out-of-office replies quoted", [str(len(f.autoreplied)) for f in figures]),
        (
            "spam: rows quoting it / people made of it",
            [f"{len(f.spam_quoted)} / {f.spam_people}" for f in figures],
        ),
        ("rows whose texts disagree", [str(f.disagreeing_rows) for f in figures]),
        ("rows not found in the world", [str(len(f.unknown)) for f in figures]),
        ("people made of your former address", [str(f.former_people) for f in figures]),
        (
            "former job's mails on their prospects",
            [f"{f.former_mails[0]} / {f.former_mails[1]}" for f in figures],
        ),
        (
            "list length / (fresh-sign leads + 10)",
            [f"{f.rows} / {f.length_limit}" for f in figures],
        ),
        ("fresh leads missing from the list", [str(len(f.missed)) for f in figures]),
        ("rows in the 'new in your network' block", [str(len(f.network)) for f in figures]),
    ]
    for name, values in rows:
        print(f"  {name:42}" + "".join(f"{v:>16}" for v in values))
    print(f"  {'today identical for both export orders':42}{_yes(result.same_order):>16}")
    if result.same_day is None:
        print(f"  {'another import day':42}{'not tried (no faketime)':>32}")
    else:
        what = f"today identical if imported on {result.import_day}"
        print(f"  {what:42}{_yes(result.same_day):>16}")


def _yes(flag: bool) -> str:
    return "yes" if flag else "NO"


def _samples(title: str, lines: list[str], limit: int) -> None:
    if not lines:
        return
    print(f"  {title} ({len(lines)}):")
    for line in lines[:limit]:
        print(f"    {line}")


def _print_rows(figures: list[Figures], limit: int) -> None:
    seen: set[tuple[str, str]] = set()
    for f in figures:
        print(f"  -- {f.order}:")
        for title, lines in (
            ("top-K rows without a fresh sign", f.top_k_wrong),
            ("automated senders listed", f.automated),
            ("non-prospects listed", f.non_prospects),
            ("stale signs used", f.stale),
            ("out-of-office replies quoted", f.autoreplied),
            ("spam quoted", f.spam_quoted),
            ("names not as written", f.misspelt),
            ("texts that disagree", f.disagreements),
            ("rows not found in the world", f.unknown),
            ("fresh leads missing", f.missed),
            ("new in your network (allowed: friends, strangers, connections)", f.network),
        ):
            fresh = [line for line in lines if (title, line) not in seen]
            seen.update((title, line) for line in lines)
            if len(fresh) < len(lines):
                title += f", {len(lines) - len(fresh)} as above"
            if lines:
                _samples(title, fresh, limit) if fresh else print(f"  {title}")


def _category_rule(category: str) -> str:
    """Where a person of ``category`` belongs in Today."""
    if category in FRESH:
        return "top K"
    if category in NETWORK_OK:
        return "network only"
    if category.startswith("never_"):
        return "never"
    return "may appear"


def _category_ok(category: str, people: int, listed: int, top: int, network: int) -> str:
    rule = _category_rule(category)
    if rule == "top K":
        return "PASS" if top == people else "FAIL"
    if rule == "network only":
        return "PASS" if listed == 0 else "FAIL"
    if rule == "never":
        return "PASS" if listed == network == 0 else "FAIL"
    return "-"


def _print_categories(every: list[Figures], late: list[Figures]) -> None:
    """Per category of the truth, over every seed: people, listed as leads, in the top K,
    in the network block (exports oldest first), and whether that is where they belong;
    the top K and listed counts of the newest-first import beside."""

    def summed(figures: list[Figures]) -> dict[str, list[int]]:
        total: dict[str, list[int]] = {}
        for f in figures:
            for category, counts in f.by_category.items():
                into = total.setdefault(category, [0, 0, 0, 0])
                for i, n in enumerate(counts):
                    into[i] += n
        return total

    old, new = summed(every), summed(late)
    print("\nper category, over every seed (exports oldest first; newest first beside):")
    print(
        f"  {'category':26}{'people':>7}{'listed':>8}{'top K':>7}{'network':>9}"
        f"  {'belongs':14}{'verdict':8}{'newest first: top K / listed':>30}"
    )
    order = ("top K", "may appear", "network only", "never")
    for category in sorted(old, key=lambda c: (order.index(_category_rule(c)), c)):
        people, listed, top, network = old[category]
        newest = new.get(category, [0, 0, 0, 0])
        print(f"  {category:26}{people:>7}{listed:>8}{top:>7}{network:>9}"
              f"  {_category_rule(category):14}"
              f"{_category_ok(category, people, listed, top, network):8}"
              f"{f'{newest[2]} / {newest[1]}':>30}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--leads", type=int, default=250)
    parser.add_argument("--keep", type=Path, help="keep the worlds and databases in DIR")
    parser.add_argument("--show", type=int, default=6, help="failing rows shown per kind")
    parser.add_argument("--json", type=Path, help="also write every figure and row to FILE")
    parser.add_argument(
        "--import-day",
        default=(SECOND_EXPORT + timedelta(days=1)).isoformat(),
        metavar="DATE",
        help="also import on this day with faketime (default: the day after the newer "
        "export; '' to skip)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        work = args.keep or Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        results = []
        for seed in args.seeds:
            result = run_seed(seed, args.leads, work, args.import_day or None)
            results.append(result)
            _print_seed(result)
            _print_rows(result.figures, args.show)
    # The targets hold for the files imported as they came, oldest export first. An older
    # export imported after a newer one adds history only and raises no signal (issue 10's
    # rule), so that order is reported beside the targets, not held to them.
    every = [f for result in results for f in result.figures if f.order == "old-then-new"]
    late = [f for result in results for f in result.figures if f.order == "new-then-old"]
    same_day = [r.same_day is not False for r in results]
    targets = [
        ("precision at K >= 0.95", [f.precision >= 0.95 for f in every],
         f"lowest {min(f.precision for f in every):.2f}"),
        ("0 automated senders proposed", [not f.automated for f in every + late],
         f"most {max(len(f.automated) for f in every + late)}"),
        ("0 colleagues / non-prospects proposed", [not f.non_prospects for f in every + late],
         f"most {max(len(f.non_prospects) for f in every + late)}"),
        ("0 stale signs used as why-now", [not f.stale for f in every + late],
         f"most {max(len(f.stale) for f in every + late)}"),
        ("0 out-of-office replies quoted", [not f.autoreplied for f in every + late],
         f"most {max(len(f.autoreplied) for f in every + late)}"),
        ("spam: never quoted, nobody made of it", [
            not f.spam_quoted and not f.spam_people for f in every + late
         ], f"most {max(len(f.spam_quoted) for f in every + late)} rows, "
            f"{max(f.spam_people for f in every + late)} people"),
        ("names as written (code pages, Mac files)", [not f.misspelt for f in every + late],
         f"most {max(len(f.misspelt) for f in every + late)} rows"),
        ("0 rows whose texts disagree", [not f.disagreeing for f in every],
         f"most {max(f.disagreeing_rows for f in every)}"),
        ("list length <= fresh-sign leads + 10", [f.rows <= f.length_limit for f in every],
         f"longest {max(f.rows - f.length_limit for f in every):+d} over the limit"),
        ("former address: nobody, its mail kept", [
            f.former_people == 0 and f.former_mails[0] == f.former_mails[1] for f in every + late
         ], f"most {max(f.former_people for f in every + late)} people, "
            f"{sum(f.former_mails[1] - f.former_mails[0] for f in every + late)} mails lost"),
        ("identical today for any import day", same_day,
         f"{same_day.count(False)} of {len(same_day)} seeds differ"
         + ("" if all(r.same_day is not None for r in results) else ", faketime missing")),
    ]  # fmt: skip
    print(f"\nover seeds {' '.join(map(str, args.seeds))}, exports imported oldest first:")
    for name, checks, figure in targets:
        print(f"{'PASS' if all(checks) else 'FAIL'}  {name:42}({figure})")
    _print_categories(every, late)
    if late:
        print(
            f"INFO  newest export imported first: precision at K "
            f"{min(f.precision for f in late):.2f}–{max(f.precision for f in late):.2f}, "
            f"today identical to the oldest-first import in "
            f"{sum(r.same_order for r in results)} of {len(results)} seeds (an older export "
            "adds history only: no change between two exports is signalled then)"
        )
    if args.json:
        report = [
            {
                "seed": r.figures[0].seed,
                "same_order": r.same_order,
                "same_day": r.same_day,
                "figures": [asdict(f) | {"disagreeing": sorted(f.disagreeing)} for f in r.figures],
            }
            for r in results
        ]
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
