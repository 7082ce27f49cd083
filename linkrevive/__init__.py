"""LinkRevive: revive dormant leads from your email and LinkedIn history."""

__version__ = "0.1.0"
