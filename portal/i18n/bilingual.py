"""A text in both of the portal's languages."""

from typing import NamedTuple


class Tr(NamedTuple):
    """A text a reader sees: the Swedish source and its English translation."""

    sv: str
    en: str


def sv(value):
    """The Swedish text of a pair; plain strings (names, numbers) stay as they are."""
    return value.sv if isinstance(value, Tr) else value
