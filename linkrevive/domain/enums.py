"""Closed vocabularies of the domain (SPEC §3): stages, stall reasons, signal kinds."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """Furthest point a conversation reached, in the order a deal progresses."""

    FIRST_CONTACT = "first_contact"
    INFO_SENT = "info_sent"
    CALL_AGREED = "call_agreed"
    CALL_POSTPONED = "call_postponed"
    TEST_PROJECT = "test_project"
    VISIT = "visit"
    CLIENT = "client"
    LOST = "lost"


class StallReason(StrEnum):
    """Why a conversation stopped moving (the article's list of reasons)."""

    NO_TIME = "no_time"
    NO_METHOD = "no_method"
    CONFIDENTIALITY = "confidentiality"
    DISTANCE = "distance"
    UNCERTAINTY = "uncertainty"
    NO_NEED = "no_need"
    OTHER = "other"


class SignalKind(StrEnum):
    """Kinds of evidence of renewed activity."""

    JOB_CHANGE = "job_change"
    TITLE_CHANGE = "title_change"
    RECONNECTED = "reconnected"
    LINKEDIN_MESSAGE = "linkedin_message"
    LINKEDIN_INVITATION = "linkedin_invitation"
    EMAIL_INBOUND = "email_inbound"
    MANUAL = "manual"


class Direction(StrEnum):
    """Direction of an exchange, seen from the user."""

    IN = "in"
    OUT = "out"


class Channel(StrEnum):
    """Medium of an exchange."""

    EMAIL = "email"
    LINKEDIN = "linkedin"
    CALL = "call"
    MEETING = "meeting"
    VISIT = "visit"
    NOTE = "note"
    ENDORSEMENT = "endorsement"
    RECOMMENDATION = "recommendation"


class ProfileStatus(StrEnum):
    """Where a LinkedIn profile is known from (SPEC §5 `connections`)."""

    CURRENT = "current"
    REMOVED = "removed"
    INVITATION = "invitation"
    MESSAGE = "message"


class PairStatus(StrEnum):
    """State of a pairing between a person and a LinkedIn profile."""

    AUTO = "auto"
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


#: Pairing statuses that join a person to their profile: the profile's messages, signals and
#: history are the person's (SPEC §4).
PAIRED = (PairStatus.AUTO.value, PairStatus.CONFIRMED.value)


class ImportKind(StrEnum):
    """What an import run read."""

    LINKEDIN = "linkedin"
    CONTACTS = "contacts"
    IMAP = "imap"
    DEMO = "demo"


class LeadState(StrEnum):
    """User decisions about a lead that the ranking respects."""

    ACTIVE = "active"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"
    REVIVED = "revived"
    DO_NOT_CONTACT = "do_not_contact"
