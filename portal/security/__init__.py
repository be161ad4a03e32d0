"""Browser-facing hardening: the Content-Security-Policy per path and the client IP.

`policies` builds the public and the admin policy as plain data (settings
import it, so it imports nothing from Django); `csp` is the middleware that
picks one by path; `client_ip` is the one place that reads a request's
address, trusting only as many proxies as PORTAL_TRUSTED_PROXIES says.
`origin` checks public forms' POSTs by Origin/Referer instead of a token;
`throttle` counts attempts per site and address; `public_forms` holds the
public forms' length limits, honeypot and rate; `exports` keeps spreadsheet
exports free of formulas.
"""

__all__ = [
    "client_ip",
    "csp",
    "exports",
    "origin",
    "password_reset",
    "policies",
    "public_forms",
    "throttle",
]
