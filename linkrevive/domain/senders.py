"""Who a mailbox counterpart is: a person or an automated sender (pure rules, stdlib only).

Three kinds of evidence, strongest first:

1. the address itself (``noreply@``, ``mailer-daemon@``, ``notifications@``,
   ``calendar-notification@google.com``, LinkedIn's notification hosts…);
2. the headers mail systems put on automatic mail (``List-Id``, ``List-Unsubscribe``,
   ``Precedence: bulk``, ``Auto-Submitted``, ``Feedback-ID``, a bounce's empty
   ``Return-Path``, a ``multipart/report`` delivery report, a ``text/calendar`` invitation);
3. behaviour: a sender who only ever writes, is never answered and sends many messages
   with the same kind of subject.

A message is *automated* on the first two; a counterpart is an automated sender when its
address says so, or when all its messages are automated, or on behaviour. Company role
boxes (``contact@``, ``info@``) are not automated senders: their automated messages are
skipped, the box stays the company's. The user's word ("this is a person") overrides all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from functools import lru_cache

from linkrevive.domain.text import fold


class SenderKind(StrEnum):
    """What a counterpart of the email side is."""

    PERSON = "person"
    AUTOMATED = "automated"


class AutomationReason(StrEnum):
    """Why a message or a sender is automated (a code; texts live in the faces)."""

    ADDRESS = "address"  # noreply@, mailer-daemon@, notification hosts
    BOUNCE = "bounce"  # delivery reports, empty Return-Path
    CALENDAR = "calendar"  # text/calendar invitations
    LIST = "list"  # mailing lists (List-Id, List-Post, Precedence: list)
    BULK = "bulk"  # newsletters and campaigns (List-Unsubscribe, Feedback-ID, bulk tools)
    AUTO = "auto"  # Auto-Submitted, X-Auto-Response-Suppress
    BEHAVIOUR = "behaviour"  # only writes, never answered, similar subjects
    USER = "user"  # the user said so


#: Header fields (lower case) that the rules read; IMAP fetches them, mbox keeps them.
HEADER_FIELDS = (
    "list-id",
    "list-post",
    "list-unsubscribe",
    "precedence",
    "auto-submitted",
    "x-auto-response-suppress",
    "feedback-id",
    "x-campaign",
    "x-campaignid",
    "x-mailer",
    "return-path",
    "content-type",
    "sender",
)

# Local parts (folded) that are robots whatever the domain.
_ROBOT_LOCALS = frozenset(
    {"mailer-daemon", "mailerdaemon", "postmaster", "newsletter", "newsletters", "news"}
    | {"notifications", "notification", "notify", "notifier", "bounce", "bounces", "alerts"}
    | {"alert", "calendar-notification", "calendar-server", "reminders", "digest"}
    | {"updates", "mailer", "mailing", "daemon", "automailer", "autoreply", "auto-reply"}
)
# First segments that make the whole local part a robot ("bounce-123@", "news-fr@").
_ROBOT_PREFIXES = frozenset(
    {"bounce", "bounces", "newsletter", "newsletters", "news", "notification"}
    | {"notifications", "mailer", "noreply", "donotreply", "alerts", "calendar"}
)
# Segments that make a local part a robot wherever they stand ("messages-noreply@").
_ROBOT_SEGMENTS = frozenset(
    {"noreply", "donotreply", "notifications", "notification", "newsletter", "newsletters"}
    | {"mailerdaemon", "bounces", "autoreply"}
)
# Whole domains (and their sub-domains) whose every address is a robot for our users.
_ROBOT_DOMAINS = frozenset(
    {"linkedin.com", "facebookmail.com", "calendar.google.com", "docs.google.com"}
    | {"accounts.google.com", "mailchimp.com", "mcsv.net", "mcdlv.net", "sendgrid.net"}
    | {"amazonses.com", "bounce.google.com", "noreply.github.com", "slack.com"}
)
# First labels of mail hosts used for bulk sending ("news.frenchweb.fr", "e.linkedin.com").
_ROBOT_HOST_LABELS = frozenset(
    {"e", "em", "email", "emails", "news", "newsletter", "newsletters", "bounce", "bounces"}
    | {"notification", "notifications", "notify", "mkt", "mktg", "marketing", "campaign"}
    | {"campaigns", "mailing", "mailings", "alerts", "mailer", "mta", "ml", "lists"}
)
# The "info-" prefix is a robot only when the rest is not a country or a role ("info-fr@"
# is the company's French box).
_BOX_QUALIFIERS = frozenset(
    {"fr", "be", "ch", "lu", "ca", "qc", "ro", "en", "uk", "us", "eu", "de", "es", "it"}
    | {"contact", "agence", "clients", "commercial", "sales", "devis", "projets", "rh"}
)
_SEPARATORS = re.compile(r"[._+]")
# Written together once separators are dropped ("no-reply", "ne_pas_repondre").
_NO_REPLY = ("noreply", "donotreply", "nepasrepondre", "mailerdaemon")
# X-Mailer values of bulk-mail tools.
_BULK_MAILERS = (
    "mailchimp",
    "sendinblue",
    "brevo",
    "mailjet",
    "sendgrid",
    "mailerlite",
    "sarbacane",
    "phplist",
    "mailpoet",
    "klaviyo",
    "hubspot",
    "marketo",
    "campaign monitor",
    "createsend",
    "acumbamail",
    "dolist",
    "emarsys",
    "selligent",
    "splio",
    "substack",
    "acymailing",
    "newsletter",
)


@lru_cache(maxsize=65536)  # a mailbox names the same few thousand addresses again and again
def automated_address(address: str) -> bool:
    """Whether an address is a robot's by its form (``noreply@``, ``bounce-12@``,
    ``news@``, ``calendar-notification@google.com``, ``x@e.linkedin.com``…).

    Company boxes such as ``contact@`` or ``info@`` are not robots.
    """
    local, _, domain = address.lower().partition("@")
    local = fold(local).split("+", 1)[0]
    if local in _ROBOT_LOCALS:
        return True
    compact = local.replace("-", "").replace("_", "").replace(".", "")
    if any(word in compact for word in _NO_REPLY):
        return True
    segments = [s for s in _SEPARATORS.sub("-", local).split("-") if s]
    if segments and segments[0] in _ROBOT_PREFIXES and len(segments) > 1:
        return True
    if any(s in _ROBOT_SEGMENTS for s in segments):
        return True
    if (
        len(segments) > 1
        and segments[0] == "info"
        and not all(s in _BOX_QUALIFIERS for s in segments[1:])
    ):
        return True
    return _robot_domain(domain)


def _robot_domain(domain: str) -> bool:
    labels = domain.split(".")
    for start in range(len(labels) - 1):
        if ".".join(labels[start:]) in _ROBOT_DOMAINS:
            return True
    return len(labels) > 2 and labels[0] in _ROBOT_HOST_LABELS


def _address_in(value: str) -> str:
    start, end = value.rfind("<"), value.rfind(">")
    if 0 <= start < end:
        return value[start + 1 : end].strip().lower()
    return value.strip().lower()


def message_automation(
    fields: Mapping[str, Sequence[str]], part_types: Iterable[str] = ()
) -> AutomationReason | None:
    """Why a message is automatic, from its header fields (lower-case names, raw values)
    and the content types of its MIME parts (as found, any case); None for a human one.

    Reads only the fields of :data:`HEADER_FIELDS` (the sender's address is judged by
    :func:`automated_address`, except the ``Sender`` field, read here: an invitation sent
    on a person's behalf by ``calendar-notification@google.com``).
    """
    content = (fields.get("content-type") or ("",))[0].lower()
    return_path = fields.get("return-path")
    if "multipart/report" in content or (
        return_path is not None and return_path[0].strip() in ("<>", "")
    ):
        return AutomationReason.BOUNCE
    if "text/calendar" in content or any("text/calendar" in t.lower() for t in part_types):
        return AutomationReason.CALENDAR
    precedence = (fields.get("precedence") or ("",))[0].strip().lower()
    if "list-id" in fields or "list-post" in fields or precedence == "list":
        return AutomationReason.LIST
    if (
        "list-unsubscribe" in fields
        or "feedback-id" in fields
        or "x-campaign" in fields
        or "x-campaignid" in fields
        or precedence in ("bulk", "junk")
    ):
        return AutomationReason.BULK
    mailer = (fields.get("x-mailer") or ("",))[0].lower()
    if mailer and any(tool in mailer for tool in _BULK_MAILERS):
        return AutomationReason.BULK
    auto = (fields.get("auto-submitted") or ("",))[0].split(";", 1)[0].strip().lower()
    if (auto and auto != "no") or "x-auto-response-suppress" in fields:
        return AutomationReason.AUTO
    sender = fields.get("sender")
    if sender and automated_address(_address_in(sender[0])):
        return AutomationReason.ADDRESS
    return None


_REPLY = re.compile(r"^\s*(?:re|fw|fwd|tr|réf|ref|aw|wg|rv)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
_NUMBERS = re.compile(r"\d+(?:[.,/:-]\d+)*")
#: Behaviour: at least this many messages, none answered, none a reply…
BEHAVIOUR_MIN_MESSAGES = 5
#: …and at least this share of them with the same subject shape.
BEHAVIOUR_SIMILAR_SHARE = 0.6


def is_reply(subject: str) -> bool:
    """Whether a subject is a reply or a forward ("Re:", "TR:", "Fwd:"…)."""
    return _REPLY.match(subject) is not None


def subject_shape(subject: str) -> str:
    """A subject with numbers, dates and case dropped, first four words kept: the
    "Your invoice 2024-11 #1823" and "Your invoice 2024-12 #1901" of one robot agree."""
    words = fold(_NUMBERS.sub("#", subject)).split()
    return " ".join(words[:4])


def automated_by_behaviour(subjects: Sequence[str], *, answered: bool) -> bool:
    """Whether a sender that the user never answered writes like a robot: many messages,
    no reply among them, most with the same subject shape."""
    if answered or len(subjects) < BEHAVIOUR_MIN_MESSAGES:
        return False
    if any(is_reply(s) for s in subjects):
        return False
    shapes = Counter(subject_shape(s) for s in subjects)
    _shape, top = shapes.most_common(1)[0]
    return top >= BEHAVIOUR_SIMILAR_SHARE * len(subjects)


__all__ = [
    "BEHAVIOUR_MIN_MESSAGES",
    "HEADER_FIELDS",
    "AutomationReason",
    "SenderKind",
    "automated_address",
    "automated_by_behaviour",
    "is_reply",
    "message_automation",
    "subject_shape",
]
