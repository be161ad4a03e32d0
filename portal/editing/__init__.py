"""What the page editor does for the people who write: nothing is saved behind
their back, errors show where they can be seen, slugs come out as plain ASCII.

Wagtail's hooks and one template override (docs/upstream.md, "Page create
autosave"); registered in portal/wagtail_hooks.py.
"""

from portal.editing.drafts import refuse_autosaved_creation
from portal.editing.media import editor_js

__all__ = ["editor_js", "refuse_autosaved_creation"]
