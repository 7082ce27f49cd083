"""Synthetic messages with the header sets real mail systems write (Gmail Takeout newsletter,
Google Calendar invitation, mailing list, bounce, LinkedIn and SaaS notifications), beside
the human mail of a prospect, a colleague of the prospect and the prospect's agency box.

Names and addresses are invented; the header fields, their order and their values follow
what Gmail, Google Calendar, Mailman, Postfix/Gmail bounces, LinkedIn and SaaS tools send.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from benchmarks.mail_dates import separator_date

ME = "alex.martin@nearshore-exemple.example"
ME_HEADER = f"Alex Martin <{ME}>"

PROSPECT = "claire.martin@agence-exemple.fr"
AGENCY_BOX = "contact@agence-exemple.fr"
NEWSLETTER = "redaction@blogdumoderateur-exemple.com"
CALENDAR = "calendar-notification@google.com"
LIST_POSTER = "julien.leroy@paris-web-exemple.org"
BOUNCE = "mailer-daemon@googlemail.com"
LINKEDIN = "messages-noreply@linkedin.com"
SAAS = "noreply@notify.trello-exemple.com"
DIGEST = "daily@frenchweb-exemple.fr"  # no header says bulk: only its behaviour does

AUTOMATED = (NEWSLETTER, CALENDAR, LIST_POSTER, BOUNCE, LINKEDIN, SAAS, DIGEST)
HUMAN = (PROSPECT, AGENCY_BOX)


@dataclass(frozen=True)
class Message:
    """One message: its header lines and body (RFC 5322, LF line ends)."""

    headers: tuple[str, ...]
    body: str
    when: datetime

    def raw(self) -> bytes:
        return ("\n".join(self.headers) + "\n\n" + self.body.rstrip("\n") + "\n").encode()


def _date(when: datetime) -> str:
    return format_datetime(when)


def prospect_mail(n: int, when: datetime) -> Message:
    """The prospect writes (Apple Mail, multipart/alternative): a human message."""
    return Message(
        (
            "X-GM-THRID: 17812345678901234" + str(n),
            "X-Gmail-Labels: Boîte de réception,Important,Ouvert",
            "MIME-Version: 1.0",
            f"Date: {_date(when)}",
            f"Message-ID: <A1B2C3D4-{n}@agence-exemple.fr>",
            f"Subject: Re: Refonte du site {n}",
            "From: Claire Martin <" + PROSPECT + ">",
            f"To: {ME_HEADER}",
            "X-Mailer: Apple Mail (2.3774.500.171.1.1)",
            'Content-Type: multipart/alternative; boundary="Apple-Mail=_B7"',
        ),
        "--Apple-Mail=_B7\nContent-Type: text/plain; charset=utf-8\n\nBonjour Alex,\n"
        "--Apple-Mail=_B7\nContent-Type: text/html; charset=utf-8\n\n<p>Bonjour</p>\n"
        "--Apple-Mail=_B7--\n",
        when,
    )


def my_reply(n: int, when: datetime, to: str = PROSPECT) -> Message:
    """The user's answer, as Gmail keeps it (label Sent)."""
    return Message(
        (
            "X-Gmail-Labels: Messages envoyés,Ouvert",
            "MIME-Version: 1.0",
            f"Date: {_date(when)}",
            f"Message-ID: <CAKmine{n}@mail.gmail.com>",
            f"Subject: Re: Refonte du site {n}",
            f"From: {ME_HEADER}",
            f"To: {to}",
            'Content-Type: text/plain; charset="UTF-8"',
        ),
        "Merci Claire, je vous propose un appel jeudi.\n",
        when,
    )


def agency_box_mail(when: datetime) -> Message:
    """The agency's shared box writes about a project: human, the company's."""
    return Message(
        (
            "MIME-Version: 1.0",
            f"Date: {_date(when)}",
            "Message-ID: <box-1@agence-exemple.fr>",
            "Subject: Nouveau projet e-commerce : besoin de renfort",
            f"From: Agence Exemple <{AGENCY_BOX}>",
            f"To: {ME}",
            "Content-Type: text/plain; charset=utf-8",
        ),
        "Bonjour, nous aurions besoin de deux développeurs en mars.\n",
        when,
    )


def takeout_newsletter(n: int, when: datetime) -> Message:
    """A French media newsletter as Gmail Takeout stores it (Mailchimp-style headers)."""
    return Message(
        (
            "X-GM-THRID: 1790000000000000" + str(n),
            "X-Gmail-Labels: Catégorie : Promotions,Non lus",
            "Delivered-To: " + ME,
            "Return-Path: <bounce-mc.us5_1234.5678-alex.martin=nearshore-exemple.example"
            "@mail253.atl11.mcdlv.net>",
            "List-Unsubscribe: <https://blogdumoderateur-exemple.us5.list-manage.com/unsubscribe"
            "?u=abc&id=def>, <mailto:unsubscribe-mc.us5_abc@unsubscribe.mailchimpapp.net>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "List-Id: abcdef0123456789mc list <abcdef0123456789mc.list-id.mcsv.net>",
            "Feedback-ID: 123456:654321:us5:mc",
            "X-Mailer: Mailchimp Mailer - **CIDabc123**",
            f"Date: {_date(when)}",
            f"Message-ID: <{n}.abc123@mail253.atl11.mcdlv.net>",
            f"Subject: =?utf-8?Q?La_newsletter_du_Mod=C3=A9rateur_n=C2=B0{n}?=",
            'From: "Blog du =?utf-8?Q?Mod=C3=A9rateur?=" <' + NEWSLETTER + ">",
            f"To: <{ME}>",
            "MIME-Version: 1.0",
            'Content-Type: multipart/alternative; boundary="_----abc"',
        ),
        "--_----abc\nContent-Type: text/plain; charset=utf-8\n\nL'actu du web\n"
        "--_----abc\nContent-Type: text/html; charset=utf-8\n\n<p>L'actu</p>\n--_----abc--\n",
        when,
    )


def calendar_invitation(
    when: datetime, sender: str = CALENDAR, name: str = "Google Agenda"
) -> Message:
    """A Google Calendar invitation: multipart/mixed with a text/calendar part and an .ics."""
    return Message(
        (
            "MIME-Version: 1.0",
            "Reply-To: Claire Martin <" + PROSPECT + ">",
            "Sender: Google Calendar <calendar-notification@google.com>",
            "Auto-Submitted: auto-generated",
            f"Message-ID: <calendar-{when:%Y%m%d}@google.com>",
            f"Date: {_date(when)}",
            "Subject: Invitation: Point projet @ jeu. 14 mars 2024 10:00 - 10:30 (CET)",
            f'From: "{name}" <{sender}>',
            f"To: {ME}",
            'Content-Type: multipart/mixed; boundary="000000000000a1b2c3"',
        ),
        '--000000000000a1b2c3\nContent-Type: multipart/alternative; boundary="b2"\n\n'
        "--b2\nContent-Type: text/plain; charset=UTF-8\n\nInvitation\n"
        "--b2\nContent-Type: text/html; charset=UTF-8\n\n<p>Invitation</p>\n"
        '--b2\nContent-Type: text/calendar; charset="UTF-8"; method=REQUEST\n'
        "Content-Transfer-Encoding: 7bit\n\nBEGIN:VCALENDAR\nMETHOD:REQUEST\nEND:VCALENDAR\n"
        "--b2--\n"
        '--000000000000a1b2c3\nContent-Type: application/ics; name="invite.ics"\n'
        'Content-Disposition: attachment; filename="invite.ics"\n'
        "Content-Transfer-Encoding: base64\n\nQkVHSU46VkNBTEVOREFS\n--000000000000a1b2c3--\n",
        when,
    )


def person_invitation(when: datetime) -> Message:
    """An Outlook-style invitation sent by the prospect herself: only the MIME parts tell."""
    return Message(
        (
            "MIME-Version: 1.0",
            f"Date: {_date(when)}",
            "Message-ID: <invite-claire@agence-exemple.fr>",
            "Subject: Point projet",
            "From: Claire Martin <" + PROSPECT + ">",
            f"To: {ME}",
            'Content-Type: multipart/alternative; boundary="inv"',
        ),
        "--inv\nContent-Type: text/plain; charset=utf-8\n\nPoint projet\n"
        '--inv\nContent-Type: text/calendar; charset="utf-8"; method=REQUEST\n\n'
        "BEGIN:VCALENDAR\nEND:VCALENDAR\n--inv--\n",
        when,
    )


def list_message(n: int, when: datetime) -> Message:
    """A Mailman list post (the From is a member, the list adds its fields)."""
    return Message(
        (
            f"Return-Path: <paris-web-bounces+{ME.replace('@', '=')}@lists.paris-web-exemple.org>",
            f"Date: {_date(when)}",
            "From: Julien Leroy <" + LIST_POSTER + ">",
            "To: discussions@lists.paris-web-exemple.org",
            f"Message-ID: <list-{n}@paris-web-exemple.org>",
            f"Subject: [paris-web] Accessibilité des formulaires ({n})",
            "Precedence: list",
            "List-Id: Discussions Paris Web <discussions.lists.paris-web-exemple.org>",
            "List-Post: <mailto:discussions@lists.paris-web-exemple.org>",
            "List-Unsubscribe: <https://lists.paris-web-exemple.org/options/discussions>",
            "Errors-To: discussions-bounces@lists.paris-web-exemple.org",
            "Sender: discussions-bounces@lists.paris-web-exemple.org",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
        ),
        "Bonjour à tous,\n",
        when,
    )


def bounce(when: datetime) -> Message:
    """A delivery failure report from Gmail's mailer-daemon."""
    return Message(
        (
            "Return-Path: <>",
            "Auto-Submitted: auto-replied",
            "From: Mail Delivery Subsystem <" + BOUNCE + ">",
            f"To: {ME}",
            'Content-Type: multipart/report; boundary="rep"; report-type=delivery-status',
            f"Date: {_date(when)}",
            "Message-ID: <bounce-1@mx.google.com>",
            "Subject: Delivery Status Notification (Failure)",
            "X-Failed-Recipients: ancien.contact@agence-fermee.fr",
        ),
        "--rep\nContent-Type: text/plain; charset=UTF-8\n\nAddress not found\n"
        "--rep\nContent-Type: message/delivery-status\n\nStatus: 5.1.1\n--rep--\n",
        when,
    )


def linkedin_notification(n: int, when: datetime) -> Message:
    """LinkedIn's "new message" notification."""
    return Message(
        (
            "Return-Path: <s-3lpuapbhqdyhp7aswd4r8d5ihudyygsxv3ujvkcx2lr@bounce.linkedin.com>",
            f"Date: {_date(when)}",
            "From: Sophie Durand via LinkedIn <" + LINKEDIN + ">",
            f"To: Alex Martin <{ME}>",
            f"Message-ID: <{n}.li@ltx1-app1.prod.linkedin.com>",
            "Subject: Sophie vous a envoyé un message",
            "MIME-Version: 1.0",
            "X-LinkedIn-Class: INBOX",
            "X-LinkedIn-Template: messaging_digest",
            'Content-Type: multipart/alternative; boundary="li"',
        ),
        "--li\nContent-Type: text/plain; charset=UTF-8\n\nNouveau message\n--li--\n",
        when,
    )


def saas_notification(n: int, when: datetime) -> Message:
    """A SaaS tool's notification from a no-reply address."""
    return Message(
        (
            f"Date: {_date(when)}",
            "From: Trello <" + SAAS + ">",
            f"To: {ME}",
            f"Message-ID: <saas-{n}@notify.trello-exemple.com>",
            f"Subject: Claire a commenté la carte « Maquettes v{n} »",
            "MIME-Version: 1.0",
            "Content-Type: text/html; charset=utf-8",
        ),
        "<p>Nouveau commentaire</p>\n",
        when,
    )


def digest(n: int, when: datetime) -> Message:
    """A daily digest sent without any list header: only its behaviour tells."""
    return Message(
        (
            f"Date: {_date(when)}",
            "From: Frenchweb <" + DIGEST + ">",
            f"To: {ME}",
            f"Message-ID: <digest-{n}@frenchweb-exemple.fr>",
            f"Subject: Frenchweb Daily du {when:%d/%m/%Y}",
            "MIME-Version: 1.0",
            "Content-Type: text/html; charset=utf-8",
        ),
        "<p>Les levées de fonds du jour</p>\n",
        when,
    )


def mailbox() -> list[Message]:
    """A small mailbox: a prospect's thread, the agency box, and the robots around them."""
    start = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    day = timedelta(days=1)
    messages = [
        prospect_mail(1, start),
        my_reply(1, start + timedelta(hours=2)),
        prospect_mail(2, start + 3 * day),
        person_invitation(start + 4 * day),
        agency_box_mail(start + 5 * day),
        calendar_invitation(start + 6 * day),
        bounce(start + 7 * day),
    ]
    for n in range(3):
        messages.append(takeout_newsletter(n, start + (8 + n) * day))
        messages.append(list_message(n, start + (8 + n) * day + timedelta(hours=1)))
        messages.append(linkedin_notification(n, start + (8 + n) * day + timedelta(hours=2)))
        messages.append(saas_notification(n, start + (8 + n) * day + timedelta(hours=3)))
    for n in range(6):
        messages.append(digest(n, start + (12 + n) * day))
    return messages


def write_mbox(path: Path, messages: list[Message]) -> Path:
    """An mbox in Gmail Takeout's layout (separator with the offset before the year)."""
    with path.open("wb") as out:
        for n, message in enumerate(messages):
            stamp = separator_date(message.when, "+0000")
            out.write(f"From 17{n:016d}@xxx {stamp}\n".encode())
            out.write(message.raw().replace(b"\nFrom ", b"\n>From "))
            out.write(b"\n")
    return path


def write_eml_folder(folder: Path, messages: list[Message]) -> Path:
    """One .eml file per message, in sub-folders as mail clients export them."""
    for n, message in enumerate(messages):
        sub = folder / ("Inbox" if n % 2 else "Archive")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{n:03d}.eml").write_bytes(message.raw().replace(b"\n", b"\r\n"))
    return folder


def out_of_office(when: datetime, style: str) -> Message:
    """The prospect's autoresponder answering a greeting the user sent to many: an Outlook
    reply in French that says so in its subject only (``outlook``), or an older server's
    vacation reply marked ``X-Autoreply`` (``legacy``)."""
    if style == "outlook":
        headers: tuple[str, ...] = (
            "Thread-Topic: Bonne année",
            "Thread-Index: AQHbXyZ1Abc0dEfGh",
            "X-MS-Has-Attach:",
            "X-MS-Exchange-Organization-SCL: -1",
            "Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0:_Bonne_ann=E9e?=",
            "Content-Language: fr-FR",
        )
    else:
        headers = ("X-Autoreply: yes", "Subject: Absent du bureau : Bonne année")
    return Message(
        (
            "MIME-Version: 1.0",
            f"Date: {_date(when)}",
            f"Message-ID: <ooo-{style}-{when:%Y%m%d}@agence-exemple.fr>",
            "From: Claire Martin <" + PROSPECT + ">",
            f"To: {ME_HEADER}",
            *headers,
            'Content-Type: text/plain; charset="iso-8859-1"',
        ),
        "Je suis absente jusqu'au 12 janvier.\n",
        when,
    )
