"""Which folder holds the user's sent mail: on an IMAP account, or as an mbox file; and where
a mail client's exported folder keeps its mbox (Apple Mail's ``Inbox.mbox/mbox``).

On IMAP, the server's ``\\Sent`` mark (RFC 6154 special use, given by Gmail, Outlook, iCloud,
Fastmail and most Dovecot set-ups) says it; else, there as for an mbox file (Thunderbird's
``Sent``, Apple Mail's ``Sent Messages.mbox``), one of the names mail clients give it, in
English or in the languages of LinkRevive's users. IMAP folder names travel in modified UTF-7
(RFC 3501 §5.1.3): "Éléments envoyés" is ``&AMk-l&AOk-ments envoy&AOk-s``. The messages of a
sent folder are the user's, from whichever address: they carry :data:`SENT_LABEL`, as
Gmail's label marks them in a Takeout mbox; those of a spam folder carry :data:`JUNK_LABEL`.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path, PurePath

from linkrevive.domain.records import MailRecord
from linkrevive.domain.text import fold

#: The label the messages of a sent folder are given.
SENT_LABEL = "Sent"
#: The label the messages of a spam folder are given (as Gmail's own label reads).
JUNK_LABEL = "Spam"

#: The last level of a sent folder's usual names, folded.
SENT_NAMES = frozenset(
    {
        "sent",
        "sent items",
        "sent messages",
        "sent mail",
        "envoyes",
        "elements envoyes",
        "messages envoyes",
        "courrier envoye",
        "trimise",
        "mesaje trimise",
    }
)

#: A spam folder's usual names (and Gmail's spam label), folded: mail a filter judged
#: unwanted (Gmail Takeout's default file is "All mail Including Spam and Trash").
JUNK_NAMES = frozenset(
    {"spam", "junk", "junk email", "junk e-mail", "bulk mail", "courrier indesirable"}
    | {"indesirables", "pourriel", "pourriels", "spam-uri", "e-mail nedorit"}
)

# One answer line of LIST: (flags) "separator" name, the name quoted or bare.
_LIST_LINE = re.compile(r'^\((?P<flags>[^)]*)\) (?:"(?P<sep>(?:\\.|[^"\\])*)"|NIL) (?P<name>.+)$')


def decode_name(raw: str) -> str:
    """A folder name as IMAP writes it (modified UTF-7) in plain Unicode; the raw name
    when it is not valid modified UTF-7."""
    out: list[str] = []
    start = 0
    while (shift := raw.find("&", start)) >= 0:
        end = raw.find("-", shift)
        if end < 0:
            return raw
        out.append(raw[start:shift])
        chunk = raw[shift + 1 : end]
        if not chunk:
            out.append("&")
        else:
            padded = chunk.replace(",", "/") + "=" * (-len(chunk) % 4)
            try:
                out.append(base64.b64decode(padded, validate=True).decode("utf-16-be"))
            except (binascii.Error, UnicodeDecodeError):
                return raw
        start = end + 1
    out.append(raw[start:])
    return "".join(out)


def _unquoted(name: str) -> str:
    """A LIST name without its quotes and escapes (a bare atom as it is)."""
    if len(name) >= 2 and name[0] == name[-1] == '"':
        return re.sub(r"\\(.)", r"\1", name[1:-1])
    return name


def sent_folder(lines: Sequence[object]) -> str | None:
    """The name (as the server writes it, to select it) of the sent folder among the
    lines of a LIST answer; None when no folder is marked ``\\Sent`` nor named like one.
    A name sent as a literal is passed over."""
    named: str | None = None
    for line in lines:
        if not isinstance(line, bytes):
            continue
        found = _LIST_LINE.match(line.decode("utf-8", "replace"))
        if found is None:
            continue
        flags = found["flags"].lower().split()
        name = _unquoted(found["name"].strip())
        if "\\sent" in flags:
            return name
        separator = _unquoted(f'"{found["sep"]}"') if found["sep"] else ""
        last = name.rsplit(separator, 1)[-1] if separator else name
        if named is None and "\\noselect" not in flags and fold(decode_name(last)) in SENT_NAMES:
            named = name
    return named


def bundled_mbox(path: Path) -> Path | None:
    """The mbox file of a mailbox Apple Mail exported (``Mailbox ▸ Export Mailbox…``): a
    folder named ``Inbox.mbox`` holding the messages in a file named ``mbox`` beside its
    ``Info.plist``. None for any other path."""
    inner = path / "mbox"
    return inner if path.is_dir() and inner.is_file() else None


def mailboxes_in(folder: Path) -> list[str]:
    """The names of the mailboxes a folder holds side by side (Apple Mail bundles, ``.mbox``
    files, or Thunderbird's extension-less mbox files beside their ``.msf`` index), sorted:
    what a user who points at a folder of mailboxes should import one by one."""
    found = []
    for child in sorted(folder.iterdir()):
        if bundled_mbox(child) is not None or (
            child.is_file()
            and (child.suffix.lower() == ".mbox" or child.with_name(child.name + ".msf").exists())
        ):
            found.append(child.name)
    return found


def _folder_name(path: PurePath) -> str:
    """The name of the mail folder a file holds or lies in: an mbox file's own (``Sent``,
    ``Sent.mbox``), that of Apple Mail's folder around its ``mbox`` file (``Sent
    Messages.mbox``), or that of the folder an ``.eml`` file lies in (``Sent Items/…``)."""
    if path.suffix.lower() == ".eml" or path.name == "mbox":
        return path.parent.name
    return path.name


def is_sent_name(name: str) -> bool:
    """Whether a folder or file name (``.mbox`` or not), or a Gmail label ("Messages
    envoyés" in a French account), is a sent folder's."""
    return _folded_stem(name) in SENT_NAMES


def is_junk_name(name: str) -> bool:
    """Whether a folder or file name, or a Gmail label, is a spam folder's."""
    return _folded_stem(name) in JUNK_NAMES


@lru_cache(maxsize=1 << 12)
def filed_as_sent(labels: tuple[str, ...]) -> bool:
    """Whether a message's labels file it as sent mail (Gmail's "Sent", "Messages envoyés"
    in a French account, or a sent folder's; a mailbox has a few hundred distinct label
    sets at most: cached)."""
    return any(is_sent_name(label) for label in labels)


@lru_cache(maxsize=1 << 12)
def filed_as_junk(labels: tuple[str, ...]) -> bool:
    """Whether a message's labels file it as spam (Gmail's label, or a spam folder's)."""
    return any(is_junk_name(label) for label in labels)


def _folded_stem(name: str) -> str:
    stem = name[: -len(".mbox")] if name.lower().endswith(".mbox") else name
    return fold(stem.strip())


def folder_label(path: PurePath) -> str | None:
    """The label the messages of an mbox file or of an ``.eml`` file get from the folder
    they are kept in: :data:`SENT_LABEL` (the user's mail), :data:`JUNK_LABEL` (spam), or
    None."""
    name = _folder_name(path)
    if is_sent_name(name):
        return SENT_LABEL
    return JUNK_LABEL if is_junk_name(name) else None


def labelled(record: MailRecord, label: str) -> MailRecord:
    """``record`` with one more label (a sent folder's messages are the user's)."""
    return replace(record, labels=(*record.labels, label))
