"""Tests of the email-side importers."""
