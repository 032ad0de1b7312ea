"""profile-lint: a linter for LinkedIn profiles and post drafts."""

__version__ = "0.1.0"
