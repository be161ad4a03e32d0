"""Logging filters for the settings' LOGGING.

A request for a hostname that ALLOWED_HOSTS does not list (a scanner, a load
balancer probing by IP) is an everyday event, not a server error: Django logs
it at ERROR with a full traceback, which buries real errors. It becomes one
WARNING line naming the host.
"""

import logging

__all__ = ["DisallowedHostOneLine"]


class DisallowedHostOneLine(logging.Filter):
    def filter(self, record):
        record.levelno = logging.WARNING
        record.levelname = logging.getLevelName(logging.WARNING)
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True
