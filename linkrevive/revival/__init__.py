"""revival layer."""
