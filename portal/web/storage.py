"""How the portal's app servers talk to S3-compatible object storage.

botocore's defaults wait 60 s to connect and 60 s for each read, and try up
to five times: a storage that stops answering would hold an app server's
worker for minutes, and soon every worker. With these, a request that needs
the storage gives up in under 30 s (gunicorn's timeout) and the
reader gets the 503 "try again" page (portal.web.views).
"""

from botocore.config import Config

__all__ = ["s3_client_config"]

CONNECT_TIMEOUT = 3
# An answer, or the next part of one, may take this long: S3 answers an upload
# once it has the whole part (django-storages sends large films in parts).
READ_TIMEOUT = 10
ATTEMPTS = 2  # one retry: a dropped connection, a 503 SlowDown


def s3_client_config(connect_timeout=CONNECT_TIMEOUT, read_timeout=READ_TIMEOUT):
    return Config(
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        retries={"mode": "standard", "total_max_attempts": ATTEMPTS},
    )
