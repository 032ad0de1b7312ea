"""Rules that check a post draft."""
