"""Tests of the command line as a person and a script meet it: help, errors, start-up, IMAP."""
