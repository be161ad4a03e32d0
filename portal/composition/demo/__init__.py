"""Demo content for `manage.py seed_demo`: an umbrella portal and three company sites.

Content lives in the content_*.py modules as plain data; each text a reader sees
is a `Tr(sv, en)` pair, so the Swedish page and the English dictionary that the
translation step uses (keyed by the Swedish source string) come from one place.
builder.py creates what is missing: each company through create_company_site,
as a real one is made, then the demo's own content in that tree; the English
versions come from portal.i18n.po, through wagtail-localize the way a
translator works.
"""
