"""Rules that check a profile."""
