# ruff: noqa: T201 - a command-line report
"""Load two app servers behind the shipped nginx; kill Redis and restart PostgreSQL.

    .venv/bin/python bench/load.py [--seconds 20] [--clients 8]

Everything runs on loopback in a temp folder and stops at the end: a private
PostgreSQL cluster and redis-server, the demo content (seed_demo), two
gunicorn servers with portal.settings.production sharing them, and nginx with
deploy/nginx/portal.conf balancing over both. Readers (threads, keep-alive
off like separate visitors) ask a fixed mix of page types for three phases:

- steady: nothing fails;
- redis: Redis is killed a few seconds in and stays down;
- postgres: PostgreSQL is restarted a few seconds in.

Each phase prints req/s, p50 and p95 latency and errors per page type. An
error is a 5xx or a failed connection; errors while PostgreSQL is down and in
the first second after it is back are counted apart ("during restart"), and
any error after that counts as "after recovery", which must be 0.
Needs nginx, redis-server and PostgreSQL's server programs (Debian packages).
"""

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.deploy.production import (  # noqa: E402 - after the path is set
    gunicorn,
    nginx_conf,
    production_env,
    seed_demo_portal,
)
from tests.portal.servers import free_port, private_cluster, running  # noqa: E402

HOSTS = ".localhost,localhost"
# (page type, host, path): the demo's Swedish and English pages of each kind.
PAGES = [
    ("portal home", "localhost", "/"),
    ("company home", "boden.localhost", "/"),
    ("company home", "norrkoping.localhost", "/en/"),
    ("blog index", "boden.localhost", "/blogg/"),
    ("blog index", "sodertalje.localhost", "/en/blog/"),
    ("archive", "boden.localhost", "/blogg/2019/"),
    ("feed", "norrkoping.localhost", "/blogg/rss/"),
    ("lab index", "boden.localhost", "/labb/"),
    ("search", "localhost", "/sok/?q=labb"),
    ("search", "boden.localhost", "/en/search/?q=lab"),
    ("static", "localhost", None),  # filled with a collected stylesheet
    ("healthz", "10.0.0.1", "/healthz"),
]


def fetch(port, host, path):
    """(status, seconds); status 0 for a failed connection."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"Host": host}
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0
    return status, time.perf_counter() - started


class Phase:
    """Readers asking PAGES round-robin until the phase's time is up."""

    def __init__(self, name, port, pages, seconds, clients):
        self.name, self.port, self.pages = name, port, pages
        self.seconds, self.clients = seconds, clients
        self.results = []  # (page type, status, seconds, finished at)
        self.lock = threading.Lock()
        self.outage = None  # (down at, back at) for the postgres phase

    def reader(self, offset, stop_at):
        i = offset
        while time.monotonic() < stop_at:
            kind, host, path = self.pages[i % len(self.pages)]
            status, seconds = fetch(self.port, host, path)
            with self.lock:
                self.results.append((kind, status, seconds, time.monotonic()))
            i += 1

    def run(self, during=None):
        stop_at = time.monotonic() + self.seconds
        threads = [
            threading.Thread(target=self.reader, args=(n, stop_at))
            for n in range(self.clients)
        ]
        for thread in threads:
            thread.start()
        if during:
            during(self)
        for thread in threads:
            thread.join()
        return self

    def error_window(self, finished_at):
        if self.outage is None:
            return "after recovery"
        down, back = self.outage
        return "during restart" if down <= finished_at <= back + 1 else "after recovery"

    def report(self):
        by_kind = defaultdict(list)
        for row in self.results:
            by_kind[row[0]].append(row)
        print(f"\n## {self.name} ({self.seconds} s, {self.clients} readers)\n")
        print("| page type | requests | req/s | p50 ms | p95 ms | errors |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        late_errors = 0
        for kind, rows in by_kind.items():
            times = sorted(row[2] * 1000 for row in rows)
            errors = [row for row in rows if row[1] == 0 or row[1] >= 500]
            windows = defaultdict(int)
            for row in errors:
                windows[self.error_window(row[3])] += 1
            shown = ", ".join(f"{n} {w}" for w, n in windows.items()) or "0"
            late_errors += windows["after recovery"]
            p95 = times[int(len(times) * 0.95) - 1] if len(times) > 1 else times[0]
            print(
                f"| {kind} | {len(rows)} | {len(rows) / self.seconds:.1f} "
                f"| {statistics.median(times):.0f} | {p95:.0f} | {shown} |"
            )
        total = len(self.results)
        print(f"\nall: {total} requests, {total / self.seconds:.1f} req/s")
        return late_errors


def stylesheet(tmp):
    manifest = (tmp / "static" / "staticfiles.json").read_text()
    name = manifest.split('"portal/css/portal.css": "', 1)[1].split('"', 1)[0]
    return f"/static/{name}"


def prepare(tmp, cluster, redis_url):
    env = production_env(tmp, HOSTS, database=cluster.url, redis_url=redis_url)
    print("migrating, seeding the demo and collecting static files …", flush=True)
    return seed_demo_portal(env, tmp)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=20, help="per phase")
    parser.add_argument("--clients", type=int, default=8, help="concurrent readers")
    args = parser.parse_args()
    for program in ("nginx", "redis-server"):
        if not shutil.which(program, path="/usr/sbin:/usr/bin:/sbin:/bin"):
            sys.exit(f"{program} is missing (apt-get install {program})")
    tmp = Path(tempfile.mkdtemp(prefix="portal-load-"))
    try:
        with ExitStack() as stack:
            cluster = stack.enter_context(private_cluster())
            redis_port = free_port()
            redis_argv = ["redis-server", "--port", str(redis_port), "--save", ""]
            redis_argv += ["--bind", "127.0.0.1", "--appendonly", "no"]
            redis = stack.enter_context(
                running(redis_argv, redis_port, tmp / "redis.log")
            )
            env = prepare(tmp, cluster, f"redis://127.0.0.1:{redis_port}/0")
            apps = [
                stack.enter_context(gunicorn(env, tmp / f"gunicorn-{n}.log", workers=2))
                for n in (1, 2)
            ]
            port = free_port()
            conf = nginx_conf(tmp, port, apps)
            nginx = shutil.which("nginx", path="/usr/sbin:/usr/bin")
            argv = [nginx, "-p", f"{tmp}/nginx", "-c", str(conf)]
            argv += ["-e", f"{tmp}/nginx/error.log"]
            stack.enter_context(running(argv, port, tmp / "nginx.log"))
            pages = [
                (kind, host, path or stylesheet(tmp)) for kind, host, path in PAGES
            ]
            for _kind, host, path in pages:  # warm both servers' caches
                for _ in range(4):
                    fetch(port, host, path)
            print(f"# Load: 2 gunicorn × 2 workers behind nginx, {time.ctime()}")

            def kill_redis(phase):
                time.sleep(min(5, phase.seconds / 4))
                redis.kill()
                redis.wait()

            def restart_postgres(phase):
                time.sleep(min(5, phase.seconds / 4))
                down = time.monotonic()
                cluster.stop()
                time.sleep(1)
                cluster.start()
                phase.outage = (down, time.monotonic())

            late = 0
            for name, during in (
                ("steady", None),
                ("redis killed", kill_redis),
                ("postgres restarted", restart_postgres),
            ):
                phase = Phase(name, port, pages, args.seconds, args.clients)
                late += phase.run(during).report()
            print(f"\nerrors after recovery: {late}")
            return 1 if late else 0
    finally:
        subprocess.run(["rm", "-rf", str(tmp)], check=False)  # noqa: S603, S607


if __name__ == "__main__":
    sys.exit(main())
