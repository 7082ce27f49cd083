"""Readers of the input files: LinkedIn exports, address books, lead sheets, mailboxes, IMAP."""
