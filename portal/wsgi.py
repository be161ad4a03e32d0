import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()

# What a server process loaded to start (Django, Wagtail, every module) lives
# as long as it does; without this, Python's full garbage collections walk it
# all and hold up a reader's request for tens of milliseconds now and then.
gc.freeze()
