"""Pure rules that tell automated senders from people: addresses, headers, behaviour."""

from __future__ import annotations

import pytest

from linkrevive.domain.senders import (
    AutomationReason,
    automated_address,
    automated_by_behaviour,
    is_auto_reply,
    message_automation,
    subject_shape,
)
from linkrevive.domain.text import is_role_address


@pytest.mark.parametrize(
    "address",
    [
        "noreply@notion.so",
        "no-reply@accounts.google.com",
        "no_reply@mail.example.fr",
        "donotreply@impots.gouv.fr",
        "do-not-reply@trello.com",
        "ne-pas-repondre@ameli.fr",
        "MAILER-DAEMON@googlemail.com",
        "postmaster@orange.fr",
        "newsletter@journaldunet.com",
        "news@frenchweb.fr",
        "notifications@github.com",
        "notification@facebookmail.com",
        "calendar-notification@google.com",
        "bounce-mc.us5_1234@mail253.atl11.mcdlv.net",
        "bounces+12345-abcd=alex.example@sendgrid.net",
        "info-1234567@campaign.example.com",
        "messages-noreply@linkedin.com",
        "invitations@linkedin.com",
        "jobs-listings@linkedin.com",
        "hit-reply@e.linkedin.com",
        "redaction@news.blogdumoderateur.com",
        "marie@newsletters.example.com",
        "feedback@slack.com",
    ],
)
def test_robot_addresses(address: str) -> None:
    assert automated_address(address)


@pytest.mark.parametrize(
    "address",
    [
        "claire.martin@agence-exemple.fr",
        "contact@agence-exemple.fr",
        "info@agence-exemple.fr",
        "info-fr@agence-exemple.fr",
        "hello@studio.be",
        "agence@pixel-bleu.fr",
        "jean.newsome@agence.fr",
        "benoit.info@studio.ch",
        "lea@mail.agence.fr",
        "paul@gmail.com",
    ],
)
def test_people_and_company_boxes_are_not_robots(address: str) -> None:
    assert not automated_address(address)


def test_role_boxes_stay_role_boxes() -> None:
    # Another rule owns role boxes; these are the company's, never robots.
    for address in ("contact@agence.fr", "info@agence.fr", "commercial@agence.fr"):
        assert is_role_address(address) and not automated_address(address)


@pytest.mark.parametrize(
    ("fields", "parts", "expected"),
    [
        ({}, (), None),
        ({"content-type": ["text/plain; charset=utf-8"]}, (), None),
        ({"x-mailer": ["Apple Mail (2.3774)"]}, (), None),
        ({"auto-submitted": ["no"]}, (), None),
        ({"precedence": ["first-class"]}, (), None),
        ({"list-id": ["<dev.lists.example.org>"]}, (), AutomationReason.LIST),
        ({"list-post": ["<mailto:dev@lists.example.org>"]}, (), AutomationReason.LIST),
        ({"precedence": [" List "]}, (), AutomationReason.LIST),
        ({"precedence": ["bulk"]}, (), AutomationReason.BULK),
        ({"precedence": ["junk"]}, (), AutomationReason.BULK),
        ({"list-unsubscribe": ["<mailto:u@x.fr>"]}, (), AutomationReason.BULK),
        ({"feedback-id": ["1:2:us5:mc"]}, (), AutomationReason.BULK),
        ({"x-campaign": ["spring"]}, (), AutomationReason.BULK),
        ({"x-mailer": ["Sendinblue"]}, (), AutomationReason.BULK),
        ({"auto-submitted": ["auto-generated"]}, (), AutomationReason.AUTO),
        ({"auto-submitted": ["auto-replied; owner=x"]}, (), AutomationReason.AUTO),
        ({"x-auto-response-suppress": ["All"]}, (), AutomationReason.AUTO),
        ({"return-path": ["<>"]}, (), AutomationReason.BOUNCE),
        (
            {"content-type": ["multipart/report; report-type=delivery-status"]},
            (),
            AutomationReason.BOUNCE,
        ),
        ({"content-type": ["text/calendar; method=REQUEST"]}, (), AutomationReason.CALENDAR),
        (
            {"content-type": ['multipart/mixed; boundary="x"']},
            ('text/calendar; charset="UTF-8"; method=REQUEST',),
            AutomationReason.CALENDAR,
        ),
        (
            {"content-type": ['multipart/mixed; boundary="x"']},
            ("text/plain", "text/html", "application/pdf"),
            None,
        ),
        (
            {"sender": ["Google Calendar <calendar-notification@google.com>"]},
            (),
            AutomationReason.ADDRESS,
        ),
        ({"sender": ["Claire <claire@agence.fr>"]}, (), None),
        # A bounce wins over the list fields it may carry.
        ({"return-path": ["<>"], "list-id": ["<l>"]}, (), AutomationReason.BOUNCE),
    ],
)
def test_message_automation(
    fields: dict[str, list[str]], parts: tuple[str, ...], expected: AutomationReason | None
) -> None:
    assert message_automation(fields, parts) == expected


def test_subject_shape_ignores_numbers_dates_and_case() -> None:
    assert subject_shape("Votre facture 2024-11 n°1823") == subject_shape(
        "VOTRE FACTURE 2024-12 n°1901"
    )
    assert subject_shape("Frenchweb Daily du 12/03/2024") == subject_shape(
        "Frenchweb Daily du 13/03/2024"
    )
    assert subject_shape("Refonte du site") != subject_shape("Devis développement")


def test_behaviour_needs_many_similar_unanswered_messages() -> None:
    daily = [f"Frenchweb Daily du {d:02d}/03/2024" for d in range(1, 7)]
    assert automated_by_behaviour(daily, answered=False)
    assert not automated_by_behaviour(daily, answered=True)
    assert not automated_by_behaviour(daily[:4], answered=False)  # too few
    # A prospect who writes often about different things is a person.
    varied = ["Refonte", "Devis", "Question rapide", "Planning", "Nouveau projet", "Merci"]
    assert not automated_by_behaviour(varied, answered=False)
    # A thread (replies) is a conversation, whoever never got an answer in this mailbox.
    thread = ["Re: Projet 1"] * 6
    assert not automated_by_behaviour(thread, answered=False)


@pytest.mark.parametrize(
    "subject",
    [
        "Réponse automatique : Bonne année 2026",
        "Automatic reply: Project update",
        "Out of Office: Proposal",
        "Out of office reply - back on Monday",
        "Absent du bureau : Suite à notre échange",
        "Message d'absence: Tarifs",
        "Abwesenheitsnotiz: Angebot",
        "Automatisch antwoord: Offerte",
        "Respuesta automática: Presupuesto",
        "Răspuns automat: Ofertă",
        "AutoReply: Happy new year",
    ],
)
def test_out_of_office_subjects(subject: str) -> None:
    assert is_auto_reply(subject)


@pytest.mark.parametrize(
    "subject",
    [
        "Out of office next week? Let's talk before",
        "Absence de retour sur le devis",
        "RE: Réponse automatique: Devis",  # a person answering an autoresponder
        "Re: Devis refonte",
        "Automatic replies to tickets: a new project for 2027",
        "",
    ],
)
def test_a_person_writing_about_absence_is_no_autoresponder(subject: str) -> None:
    assert not is_auto_reply(subject)


@pytest.mark.parametrize("field", ["x-autoreply", "x-autorespond", "x-autogenerated"])
def test_older_autoresponders_marks(field: str) -> None:
    assert message_automation({field: ["yes"]}) is AutomationReason.AUTO
