"""Housing companies as tenants of one portal.

What a user's company is (tenancy), each company's groups, collections and
workflow (access), what company-owned means for a snippet (ownership), and
every admin guard that keeps an editor inside their own company: snippet
viewsets (snippet_admin), explorer URLs (browsing), chosen ids in forms
(choices) and wagtail-localize's views (localize). Creating a company, which
needs every page type, is portal.composition.companies.
"""

__all__ = [
    "access",
    "browsing",
    "choices",
    "localize",
    "ownership",
    "snippet_admin",
    "tenancy",
    "workflows",
]
