"""Personal data the portal keeps: how long, and what a data subject may ask for.

The apps that keep personal data describe each kind of it (registry) through
the `portal_personal_data` hook, since portal/ never imports them. From those
descriptions this package keeps each kind within its period (retention: the
periods per company and which rows are due; `manage.py apply_retention` runs
it), shows each company what the next 30 days will delete (views), and lets a
portal moderator export or erase everything one e-mail address made on any
site (subjects). Runs, exports and erasures are written to Wagtail's log as
counts (audit), never as the data.
"""

__all__ = ["audit", "periods", "registry", "retention", "subjects", "views"]
