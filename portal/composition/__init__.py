"""The one place in portal/ that knows every feature app (home, blog, labs).

Shared packages never import a feature app; the few jobs that need them all
live here and may: creating a company site with its sections (companies,
sections) and seeding the demo (demo). Entry points that use them are the
management commands and portal/urls.py.
"""

__all__ = ["companies", "demo", "sections"]
