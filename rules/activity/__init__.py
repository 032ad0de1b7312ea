"""Rules that check activity from a LinkedIn data archive."""
