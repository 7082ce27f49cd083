"""The files of the files world (:mod:`benchmarks.revival_files_world`), a mixin of its
``WorldBuilder`` that writes them: the LinkedIn exports and the old Outlook-layout
connections file, the vCard address book, the lead sheet (saved as the seed's program saves it,
:mod:`benchmarks.saved_sheets`), the Gmail Takeout mbox,
Thunderbird's ``Sent`` file and ``truth.json``; and the helpers that render them.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import quopri
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from benchmarks import former_job_mail
from benchmarks.files_world_model import (
    AS_OF,
    FIRST_EXPORT,
    LEGACY_BEFORE,
    LEGACY_NAME,
    MBOX_NAME,
    MONTHS_EN,
    NOTES_PREAMBLE,
    SECOND_EXPORT,
    STAGES,
    WINDOW_DAYS,
    LinkedInMessage,
    Message,
    Person,
    WorldFields,
)
from benchmarks.mail_dates import separator_date
from benchmarks.saved_sheets import linkedin_name, saved_sheet


class FilesMixin(WorldFields):
    """WorldBuilder's writing of the world's files, once it is built.

    Its methods run on the WorldBuilder instance and draw from the same ``rng`` (the address
    book's phone numbers and card ids): what they rely on of WorldBuilder is declared in
    ``WorldFields`` and below.
    """

    gmail_lang: str
    _former_me: Callable[[], tuple[str, str]]

    # -- files -----------------------------------------------------------------------------

    def write(self, folder: Path) -> dict[str, Any]:
        """Write every file and ``truth.json`` into ``folder``; return the truth."""
        folder.mkdir(parents=True, exist_ok=True)
        exports = [
            self._write_export(folder, FIRST_EXPORT, first=True),
            self._write_export(folder, SECOND_EXPORT, first=False),
        ]
        self._write_legacy_connections(folder / LEGACY_NAME)
        self._write_vcards(folder / "contacts.vcf")
        self._write_sheet(folder / "leads.csv")
        self._write_mbox(folder / MBOX_NAME)
        former_job_mail.write_sent(
            folder / former_job_mail.SENT_NAME, self.former_mails, self._former_me(), self.seed
        )
        truth = self._truth(exports)
        (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
        return truth

    def _write_export(self, folder: Path, stamp: date, *, first: bool) -> str:
        name = f"Complete_LinkedInDataExport_{stamp:%m-%d-%Y}.zip"
        rows = []
        for person in self.people:
            state = person.first_export if first else person.second_export
            connected = person.connected_first if first else person.connected_second
            if state is None or connected is None:
                continue
            email = person.email if person.email and self._shares_email(person) else ""
            url = person.url if first else self._address(person.url)
            rows.append(
                (connected, [person.first, person.last, url, email, state[0], state[1],
                             _connected_on(connected)])
            )  # fmt: skip
        hidden = [(date(2015, 6, 2), ["", "", "", "", "", "", "02 Jun 2015"])]
        rows.sort(key=lambda r: r[0], reverse=True)
        connections = NOTES_PREAMBLE + _csv(
            [
                [
                    "First Name",
                    "Last Name",
                    "URL",
                    "Email Address",
                    "Company",
                    "Position",
                    "Connected On",
                ]
            ]
            + [r[1] for r in rows + hidden]
        ).rstrip("\n")
        messages = self._messages_csv(stamp, drafts=not first, newest=not first)
        invitations = self._invitations_csv(stamp, newest=not first)
        owner_first, owner_last = self.me_name
        profile = _csv(
            [
                ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
                 "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
                 "Instant Messengers"],
                [owner_first, owner_last, "", "", "",
                 f"Business developer chez {self.me_company} — développement web nearshore", "",
                 "IT Services and IT Consulting", "", "Cluj-Napoca",
                 "", f"[COMPANY:https://www.{self.me_domain}]", ""],
            ]
        )  # fmt: skip
        positions = _csv(
            [
                ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
                [self.me_company, "Business Developer", "", "Cluj-Napoca, Romania", "Mar 2016", ""],
            ]
        )
        emails = _csv(
            [
                ["Email Address", "Confirmed", "Primary", "Updated On"],
                [self.me, "Yes", "Yes", "3/2/16, 9:12 AM"],
            ]
        )
        with zipfile.ZipFile(folder / name, "w", zipfile.ZIP_DEFLATED) as archive:
            for entry, text in (
                ("Connections.csv", connections),
                ("messages.csv", messages),
                ("Invitations.csv", invitations),
                ("Profile.csv", profile),
                ("Positions.csv", positions),
                ("Email Addresses.csv", emails),
            ):
                info = zipfile.ZipInfo(
                    entry, date_time=(stamp.year, stamp.month, stamp.day, 4, 12, 0)
                )
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, text.encode("utf-8"))
        return name

    def _write_legacy_connections(self, path: Path) -> None:
        """The old Outlook-layout file: a third of the connections made before 2017, with
        the company the user knew them at (often not the one of the first export), their
        title then and their address; nothing in it is dated. Picked by the URL's hash, so
        the world's other files stay as they were."""
        header = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "E-mail Address",
                  "Company", "Department", "Job Title", "Notes"]  # fmt: skip
        rows = [header]
        for person in self.people:
            then = person.first_export
            if then is None or person.connected_first is None:
                continue
            if person.connected_first.year >= LEGACY_BEFORE or zlib.crc32(person.url.encode()) % 3:
                continue
            company = person.company or then[0]
            rows.append(["", person.first, "", person.last, "", person.email, company, "",
                         then[1], ""])  # fmt: skip
        path.write_text(_csv(rows), encoding="utf-8")

    def _shares_email(self, person: Person) -> bool:
        # About 3 % of connections let their connections download their address.
        return zlib.crc32(person.url.encode()) % 100 < 3

    def _renamed(self, url: str) -> bool:
        """Whether the member of ``url`` changed the address of their profile between the
        two exports (about 4 %, by the URL's hash: the world's other draws stay as they
        were). The newer export gives the new address everywhere: connections, messages,
        invitations (LinkedIn writes the current one)."""
        return url != self.me_url and zlib.crc32(url.encode()) % 100 >= 96

    def _address(self, url: str) -> str:
        """A profile's address in the newer export."""
        return f"{url}-{zlib.crc32(url.encode()) % 0xFFFF:04x}" if self._renamed(url) else url

    def _messages_csv(self, stamp: date, *, drafts: bool, newest: bool = False) -> str:
        columns = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                   "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"]  # fmt: skip
        if drafts:
            columns += ["IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"]
        limit = datetime.combine(stamp, time(0), UTC)
        by_conversation: dict[str, list[LinkedInMessage]] = {}
        for message in self.li_messages:
            if message.when < limit:
                by_conversation.setdefault(message.conversation, []).append(message)
        rows: list[list[str]] = [columns]
        for conversation in sorted(by_conversation, key=lambda c: by_conversation[c][0].when):
            for m in sorted(by_conversation[conversation], key=lambda x: x.when, reverse=True):
                sender = linkedin_name(m.sender[0], self.seed)
                recipient = linkedin_name(m.recipient[0], self.seed)
                at = self._address if newest else str
                row = [conversation, "", sender, at(m.sender[1]), recipient, at(m.recipient[1]),
                       f"{m.when:%Y-%m-%d %H:%M:%S} UTC", "", m.content, "INBOX"]  # fmt: skip
                if drafts:
                    row += ["No", "No"]
                rows.append(row)
        return _csv(rows)

    def _invitations_csv(self, stamp: date, *, newest: bool = False) -> str:
        rows = [
            [
                "From",
                "To",
                "Sent At",
                "Message",
                "Direction",
                "inviterProfileUrl",
                "inviteeProfileUrl",
            ]
        ]
        window = stamp - timedelta(days=300)
        for inv in sorted(self.invitations, key=lambda i: i.when, reverse=True):
            if not window <= inv.when.date() < stamp:
                continue
            hour = inv.when.hour % 12 or 12
            noon = "AM" if inv.when.hour < 12 else "PM"
            sent = f"{inv.when.month}/{inv.when.day}/{inv.when:%y}, {hour}:{inv.when:%M} {noon}"
            at = self._address if newest else str
            rows.append([inv.inviter[0], inv.invitee[0], sent, inv.message,
                         "INCOMING" if inv.incoming else "OUTGOING", at(inv.inviter[1]),
                         at(inv.invitee[1])])  # fmt: skip
        return _csv(rows)

    def _write_vcards(self, path: Path) -> None:
        cards = []
        for person in self.people:
            if not person.in_vcard or not person.email:
                continue
            lines = [
                "BEGIN:VCARD",
                "VERSION:3.0",
                "PRODID:-//Apple Inc.//macOS 14.4.1//EN",
                f"N:{_vesc(person.last)};{_vesc(person.first)};;;",
                f"FN:{_vesc(person.name)}",
            ]
            if person.company:
                lines.append(f"ORG:{_vesc(person.company)};")
            kind = "HOME" if person.category == "never_friend" else "WORK"
            lines.append(f"EMAIL;type=INTERNET;type={kind};type=pref:{person.email}")
            if (
                person.key.startswith("lead")
                and not person.email.endswith("@gmail.com")
                and self.rng.random() < 0.15
            ):
                person.card_role_box = f"contact@{person.domain}"
                lines.append(f"item1.EMAIL;type=INTERNET:{person.card_role_box}")
                lines.append("item1.X-ABLabel:_$!<Other>!$_")
            lines.append(f"TEL;type=CELL;type=VOICE;type=pref:{self._phone(person.country)}")
            if person.note:
                lines.append(f"NOTE:{_vesc(person.note)}")
            lines.append(
                f"X-ABUID:{self.rng.randrange(16**8):08X}-0000-0000-0000-{self.rng.randrange(16**12):012X}:ABPerson"
            )
            lines.append("END:VCARD")
            cards.append("\r\n".join(_fold(line) for line in lines))
        path.write_bytes(("\r\n".join(cards) + "\r\n").encode("utf-8"))

    def _phone(self, country: str) -> str:
        prefix = {"Belgique": "+32 4", "Suisse": "+41 7", "Canada": "+1 514", "Romania": "+40 7"}
        digits = " ".join(f"{self.rng.randrange(100):02d}" for _ in range(4))
        return f"{prefix.get(country, '+33 6')} {digits}"

    def _write_sheet(self, path: Path) -> None:
        labels = {s[0]: s[1] for s in STAGES} | {"client": "Client"}
        rows = [["Prénom", "Nom", "E-mail", "Société", "Pays", "Étape", "Raison du blocage",
                 "Dernier contact", "Notes"]]  # fmt: skip
        for person in self.people:
            if not person.in_sheet:
                continue
            company = f"{person.company} {person.legal}".strip()
            contact = person.sheet_last_contact
            rows.append([person.first, person.last, person.email, company, person.country,
                         labels[person.stage], person.stall,
                         f"{contact:%d/%m/%Y}" if contact else "", person.note])  # fmt: skip
        path.write_bytes(saved_sheet(rows, self.seed))

    def _write_mbox(self, path: Path) -> None:
        with path.open("wb") as handle:
            for index, message in enumerate(sorted(self.mails, key=lambda m: m.when)):
                handle.write(_render(message, index, self.seed, self.me, self.gmail_lang))

    def _truth(self, exports: list[str]) -> dict[str, Any]:
        # A profile URL is known only where an export names it.
        known = {p.url for p in self.people if p.first_export or p.second_export}
        known |= {i.inviter[1] for i in self.invitations} | {i.invitee[1] for i in self.invitations}
        known |= {m.sender[1] for m in self.li_messages} | {
            m.recipient[1] for m in self.li_messages
        }
        former = Counter(mail.to[1] for mail in self.former_mails)
        away = Counter(reply.sender[1] for reply in self.autoreplies)
        spoofed = Counter(spam.sender[1] for spam in self.spams)
        people = []
        for person in self.people:
            people.append(
                {
                    "key": person.key,
                    "name": person.name,
                    "category": person.category,
                    "emails": [person.email] if person.email else [],
                    "role_boxes": sorted({b for b in (person.role_box, person.card_role_box) if b}),
                    # The address the newer export gives (the one the app keeps); the
                    # earlier one, for a member who changed it, beside.
                    "linkedin_url": self._address(person.url) if person.url in known else None,
                    "former_linkedin_urls": [person.url]
                    if person.url in known and self._renamed(person.url)
                    else [],
                    "company_then": person.company,
                    "company_now": (person.second_export or person.first_export or ("", ""))[0]
                    or person.company,
                    "former_companies": person.former_companies,
                    "stage": person.stage or None,
                    "last_exchange": _iso_max(person.last_exchange, person.sheet_last_contact),
                    "signs": person.signs,
                    "former_job_mails": former[person.email] if person.email else 0,
                    "autoreplies": away[person.email] if person.email else 0,
                    "spoofed": spoofed[person.email] if person.email else 0,
                }
            )
        return {
            "seed": self.seed,
            "as_of": AS_OF.isoformat(),
            "window_days": WINDOW_DAYS,
            "me": self.me,
            "me_domain": self.me_domain,
            "former_address": self._former_me()[1],
            "exports": exports,
            "files": {
                "vcard": "contacts.vcf",
                "sheet": "leads.csv",
                "mbox": MBOX_NAME,
                "legacy_linkedin": LEGACY_NAME,
                "sent": former_job_mail.SENT_NAME,
            },
            "messages_in_mbox": len(self.mails),
            "wrong_clocks": sum(1 for m in self.mails if m.clock_ahead),
            "autoreply_subjects": sorted({reply.subject for reply in self.autoreplies}),
            "spam_subjects": sorted({spam.subject for spam in self.spams}),
            "spam_senders": sorted(
                {spam.sender[1] for spam in self.spams} - {p.email for p in self.people}
            ),
            "gmail_language": self.gmail_lang,
            "people": people,
            "automated": sorted(self.automated.values(), key=lambda a: a["email"]),
        }


def _connected_on(day: date) -> str:
    return f"{day.day:02d} {MONTHS_EN[day.month - 1]} {day.year}"


def _iso_max(*days: date | None) -> str | None:
    known = [d for d in days if d is not None]
    return max(known).isoformat() if known else None


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _vesc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str) -> str:
    """Fold at 75 octets with one space, never inside a UTF-8 character."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > 75:
            out.append(current)
            current = " "
        current += char
    out.append(current)
    return "\r\n".join(out)


def _local(when: datetime, sender: str, me: str) -> datetime:
    """``when`` in the sender's time zone, as mail clients write the Date header."""
    zone = "Europe/Bucharest" if sender == me else "Europe/Paris"
    if sender.endswith(".ca"):
        zone = "America/Montreal"
    try:
        return when.astimezone(ZoneInfo(zone))
    except ZoneInfoNotFoundError:
        return when


def _address(name: str, email: str) -> str:
    return formataddr((name, email), charset="utf-8") if name else email


def _encoded(text: str) -> str:
    return text if text.isascii() else Header(text, "utf-8").encode()


#: Gmail's system labels as Takeout writes them for a French account.
_FRENCH_LABELS = {
    "Inbox": "Boîte de réception",
    "Sent": "Messages envoyés",
    "Opened": "Ouvert",
    "Unread": "Non lus",
    "Important": "Important",
    "Spam": "Spam",
    "Category Personal": "Catégorie : Personnel",
    "Category Updates": "Catégorie : Notifications",
    "Category Promotions": "Catégorie : Promotions",
    "Category Forums": "Catégorie : Forums",
}


def _labels(labels: str, lang: str) -> str:
    """The labels of a message in the account's language."""
    if lang != "fr":
        return labels
    return ",".join(_FRENCH_LABELS.get(label, label) for label in labels.split(","))


def _render(message: Message, index: int, seed: int, me: str, lang: str = "en") -> bytes:
    """One message as a Gmail Takeout mbox entry (From_ line, Gmail headers, MIME body), its
    labels in the account's language ``lang``."""
    when = message.when
    domain = message.sender[1].split("@")[-1]
    host = "mail.gmail.com" if message.sender[1] == me else domain
    msg_id = f"<{seed:x}{index:07x}.{when:%Y%m%d%H%M%S}@{host}>"
    lines = [
        f"From {message.thread}@xxx {separator_date(when, '+0000')}",
        f"X-GM-THRID: {message.thread}",
        f"X-Gmail-Labels: {_labels(message.labels, lang)}",
    ]
    if message.sender[1] != me:
        lines += [
            f"Delivered-To: {me}",
            f"Received: from mail.{domain} (mail.{domain}. [192.0.2.{index % 250 + 1}])\n"
            f"        by mx.google.com with ESMTPS id {index:x}si{seed}.2026.06;\n"
            f"        {format_datetime(when)}",
        ]
    headers = dict(message.headers)
    if "Return-Path" not in headers:
        lines.append(f"Return-Path: <{message.sender[1]}>")
    lines += [
        "MIME-Version: 1.0",
        f"Date: {format_datetime(_local(when + message.clock_ahead, message.sender[1], me))}",
        f"Message-ID: {msg_id}",
        f"Subject: {_encoded(message.subject)}",
        f"From: {_address(*message.sender)}",
        f"To: {', '.join(_address(*t) for t in message.to)}",
    ]
    lines += [f"{k}: {v}" for k, v in message.headers]
    body = quopri.encodestring(message.body.encode("utf-8")).decode("ascii")
    if message.kind == "calendar":
        boundary = f"000000000000{index:012x}"
        lines.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
        text = (
            f'\n--{boundary}\nContent-Type: text/plain; charset="UTF-8"\n'
            f"Content-Transfer-Encoding: quoted-printable\n\n{body}\n"
            f'--{boundary}\nContent-Type: text/calendar; charset="UTF-8"; method=REQUEST\n'
            f"Content-Transfer-Encoding: 7bit\n\n{message.extra}\n"
            f'--{boundary}\nContent-Type: application/ics; name="invite.ics"\n'
            f'Content-Disposition: attachment; filename="invite.ics"\n'
            f"Content-Transfer-Encoding: base64\n\n"
            f"{base64.encodebytes(message.extra.encode()).decode()}\n--{boundary}--\n"
        )
    elif message.kind == "bounce":
        boundary = f"000000000000{index:012x}"
        lines.append(
            f'Content-Type: multipart/report; boundary="{boundary}"; report-type=delivery-status'
        )
        text = (
            f'\n--{boundary}\nContent-Type: text/plain; charset="UTF-8"\n'
            f"Content-Transfer-Encoding: quoted-printable\n\n{body}\n"
            f"--{boundary}\nContent-Type: message/delivery-status\n\n"
            f"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; {message.extra}\n"
            f"Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n"
            f"--{boundary}\nContent-Type: message/rfc822\n\nFrom: {me}\nTo: {message.extra}\n"
            f"Subject: =?UTF-8?Q?Meilleurs_v=C5=93ux_2025?=\n\n(message)\n--{boundary}--\n"
        )
    else:
        lines.append('Content-Type: text/plain; charset="UTF-8"')
        lines.append("Content-Transfer-Encoding: quoted-printable")
        text = "\n" + body + "\n"
    escaped = "\n".join(
        ">" + line if line.lstrip(">").startswith("From ") else line for line in text.split("\n")
    )
    return ("\n".join(lines) + "\n" + escaped + "\n").encode("utf-8")
