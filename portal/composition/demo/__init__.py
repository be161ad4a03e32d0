"""Demo content for `manage.py seed_demo`: an umbrella portal and three company sites.

Content lives in the content_*.py modules as plain data; each text a reader sees
is a `Tr(sv, en)` pair, so the Swedish page and the English dictionary that the
translation step uses (keyed by the Swedish source string) come from one place.
builder.py creates what is missing; translate.py makes the English versions
through wagtail-localize the way a translator would.
"""
