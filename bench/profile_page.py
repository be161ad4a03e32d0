# ruff: noqa: T201 - a command-line report
"""Profile rendering one page in-process: queries, CPU ms per request, a profile.

    DATABASE_URL=sqlite:////path/db.sqlite3 .venv/bin/python bench/profile_page.py \
        HOST PATH [--requests 50] [--profile] [--queries]

Runs portal.settings.production (a throwaway SECRET_KEY, the given hosts) in
this process with Django's test client, after a warm-up request, so the
numbers are the view's own: no server, no network. --profile prints
pyinstrument's call tree of the measured requests, --queries the SQL of one.
"""

import argparse
import os
import secrets
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup():
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("WAGTAILADMIN_BASE_URL", "http://localhost")
    os.environ.setdefault("ALLOWED_HOSTS", ".localhost,localhost,testserver")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("host")
    parser.add_argument("path")
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--queries", action="store_true")
    parser.add_argument("--flat", action="store_true", help="profile by own time")
    args = parser.parse_args()
    setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=args.host)
    for _ in range(2):
        response = client.get(args.path)
    if response.status_code != 200:
        sys.exit(f"{args.host}{args.path}: {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(args.path)
    print(
        f"{args.host}{args.path}: {len(queries)} queries, {len(response.content)} bytes"
    )
    if args.queries:
        for query in queries:
            print("  ", query["sql"][:300])
    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
    started = time.process_time()
    for _ in range(args.requests):
        client.get(args.path)
    used = (time.process_time() - started) * 1000 / args.requests
    if profiler:
        profiler.stop()
        print(
            profiler.output_text(
                unicode=True, color=False, show_all=args.flat, flat=args.flat
            )
        )
    print(f"CPU {used:.1f} ms/request over {args.requests} requests")


if __name__ == "__main__":
    main()
