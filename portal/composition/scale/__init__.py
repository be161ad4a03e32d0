"""Benchmark data for `manage.py seed_scale`: many companies with many posts.

builder makes companies the way create_company_site does and bulk-inserts
their posts, labs and films in both languages (bulk, treebeard-aware); clear
removes them again. Everything it makes is marked by the hostname prefix
`skala-` (builder.HOST_PREFIX) and lives on top of the demo, never in it.
"""

__all__ = ["builder", "bulk", "clear", "content", "text"]
