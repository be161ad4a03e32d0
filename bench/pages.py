# ruff: noqa: T201 - a command-line report
"""Measure each page type under gunicorn with production settings, cold and warm.

    bench/pages.sh [--seconds 10] [--connections 8] [--rounds 1] [--scale]

Everything runs on loopback in a temp folder and stops at the end: an SQLite
file with the demo (seed_demo), collected static files, and gunicorn with 2
sync workers and portal.settings.production. Each page type (the Boden demo
company's Swedish pages, the portal home) and a stylesheet served by
WhiteNoise is loaded for --seconds with --connections (wrk if installed, else
a Python loop), one target at a time:

- cold: the portal's page cache off, every request rendered;
- warm: the page cache on (after a few warm-up requests): PORTAL_PAGE_CACHE
  (or the variable named by PAGES_CACHE_SETTING or --cache-setting) is set to
  "true" for warm and "false" for cold.

Per target it prints req/s, p50 and p95 latency, CPU ms per request (the
workers' user + system time from /proc before and after, over the requests)
and req/s as a share of the static file's in the same run. With --rounds N
each number is the median of N alternating rounds. --scale then adds
`seed_scale` data (--companies, --posts) to a copy of the database and prints
the same table with the change against demo size.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from loadloop import python_load, wrk_load  # noqa: E402

from tests.deploy.production import (  # noqa: E402
    manage,
    production_env,
    seed_demo_portal,
)
from tests.portal.servers import free_port, running  # noqa: E402

HOSTS = ".localhost,localhost"
COMPANY = "boden.localhost"
WORKERS = 2


def targets(tmp):
    """[(page type, host, path)]: the demo's Swedish pages, then a static file."""
    # The demo's addresses come from its content specs, as in the browser suite.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from portal.composition.demo.builder import COMPANIES, PORTAL, prepared
    from tests.browser.pages import page_paths

    boden = next(spec for spec in COMPANIES if spec["hostname"] == COMPANY)
    company = page_paths(prepared(boden), "sv")
    portal = page_paths(prepared(PORTAL), "sv")
    return [
        ("portal home", "localhost", portal["home"]),
        ("company home", COMPANY, company["home"]),
        ("blog index", COMPANY, company["blog_index"]),
        ("blog post", COMPANY, company["post"]),
        ("lab page", COMPANY, company["lab"]),
        ("film page", COMPANY, company["film"]),
        ("search (company)", COMPANY, company["search"]),
        ("static CSS", "localhost", stylesheet(tmp)),
    ]


def stylesheet(tmp):
    manifest = (tmp / "static" / "staticfiles.json").read_text()
    name = manifest.split('"portal/css/portal.css": "', 1)[1].split('"', 1)[0]
    return f"/static/{name}"


# -- the server and its CPU time ----------------------------------------------


def children(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def cpu_seconds(pids):
    """User + system seconds the processes have used."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


@contextmanager
def server(env, log_path):
    """gunicorn with WORKERS sync workers; yields (port, worker pids)."""
    port = free_port()
    argv = [sys.executable, "-m", "gunicorn", "portal.wsgi:application"]
    argv += ["--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS)]
    argv += ["--worker-class", "sync"]
    with running(argv, port, log_path, timeout=60, cwd=ROOT, env=env) as master:
        deadline = time.monotonic() + 30
        while len(children(master.pid)) < WORKERS and time.monotonic() < deadline:
            time.sleep(0.1)
        yield port, children(master.pid)


# -- measuring -------------------------------------------------------------


def measure(port, workers, host, path, seconds, connections, tmp):
    # One request first (it may make renditions: one writer at a time on
    # SQLite), then each worker renders the page: imports, chrome, caches.
    for _ in range(5):
        if not python_load(port, host, path, 0.01, 1)["bad"]:
            break
    python_load(port, host, path, 0.5, WORKERS)
    before = cpu_seconds(workers)
    result = load(port, host, path, seconds, connections, tmp)
    used = cpu_seconds(workers) - before
    if result["bad"]:
        raise SystemExit(f"{host}{path}: {result['bad']} failed or non-2xx answers")
    result["cpu_ms"] = used * 1000 / max(result["requests"], 1)
    return result


def load(port, host, path, seconds, connections, tmp):
    if shutil.which("wrk"):
        return wrk_load(port, host, path, round(seconds), connections, tmp)
    return python_load(port, host, path, seconds, connections)


def run_mode(env, tmp, pages, args, mode, value):
    """{page type: [result per round]} for one server configuration."""
    env = dict(env)
    if args.cache_setting:
        env[args.cache_setting] = value
    results = {}
    with server(env, tmp / f"gunicorn-{mode}.log") as (port, workers):
        for kind, host, path in pages:
            results[kind] = measure(
                port, workers, host, path, args.seconds, args.connections, tmp
            )
    return results


def run_all(env, tmp, pages, args):
    """{mode: {page type: median result}}; rounds alternate cold and warm."""
    modes = [("cold", "false")]
    if args.cache_setting:
        modes.append(("warm", "true"))
    rounds = {mode: [] for mode, _value in modes}
    for _ in range(args.rounds):
        for mode, value in modes:
            rounds[mode].append(run_mode(env, tmp, pages, args, mode, value))
    return {mode: median_results(found) for mode, found in rounds.items()}


def median_results(rounds):
    return {
        kind: {
            key: statistics.median(result[kind][key] for result in rounds)
            for key in ("rate", "p50", "p95", "cpu_ms", "requests")
        }
        for kind in rounds[0]
    }


# -- the report --------------------------------------------------------------


def report(title, measured, pages, args, baseline=None):
    static = measured["cold"]["static CSS"]["rate"]
    print(f"\n## {title}\n")
    head = "| page | mode | req/s | p50 ms | p95 ms | CPU ms/req | % of static |"
    rule = "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
    if baseline:
        head += " req/s vs demo |"
        rule += " ---: |"
    print(head)
    print(rule)
    for kind, _host, _path in pages:
        for mode in ("cold", "warm"):
            row = measured.get(mode, {}).get(kind)
            if row is None:
                if kind != "static CSS":
                    print(
                        f"| {kind} | {mode} | n/a | | | | |"
                        + (" |" if baseline else "")
                    )
                continue
            cells = [
                kind,
                mode if kind != "static CSS" else "WhiteNoise",
                f"{row['rate']:.1f}",
                f"{row['p50']:.1f}",
                f"{row['p95']:.1f}",
                f"{row['cpu_ms']:.1f}",
                f"{100 * row['rate'] / static:.2f}",
            ]
            if baseline:
                before = baseline.get(mode, {}).get(kind)
                change = (row["rate"] / before["rate"] - 1) * 100 if before else None
                cells.append(f"{change:+.0f} %" if change is not None else "")
            print("| " + " | ".join(cells) + " |")
            if kind == "static CSS":
                break


def prepare(tmp):
    env = production_env(tmp, HOSTS)
    print("migrating, seeding the demo and collecting static files …", flush=True)
    return seed_demo_portal(env, tmp)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=10, help="per target")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=1, help="median of N rounds")
    parser.add_argument(
        "--cache-setting",
        default=os.environ.get("PAGES_CACHE_SETTING", "PORTAL_PAGE_CACHE"),
        help="environment variable that turns the page cache on (true/false)",
    )
    parser.add_argument("--scale", action="store_true", help="also at seed_scale size")
    parser.add_argument("--companies", type=int, default=50)
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    return parser.parse_args()


def main():
    args = parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="portal-pages-"))
    try:
        env = prepare(tmp)
        pages = targets(tmp)
        tool = "wrk" if shutil.which("wrk") else "a Python loop"
        print(
            f"# Pages: gunicorn, {WORKERS} sync workers, production settings, SQLite; "
            f"{tool}, {args.seconds:g} s × {args.connections} connections per target, "
            f"median of {args.rounds} round(s); {os.cpu_count()} CPUs; {time.ctime()}"
        )
        if not args.cache_setting:
            print("warm: n/a (set PAGES_CACHE_SETTING to the page cache's variable)")
        demo = run_all(env, tmp, pages, args)
        report("demo size", demo, pages, args)
        if args.scale:
            print(
                f"\nadding {args.companies} companies, {args.posts} posts …", flush=True
            )
            started = time.monotonic()
            manage(
                env, "seed_scale", "--companies", str(args.companies),
                "--posts", str(args.posts), timeout=7200,
            )  # fmt: skip
            print(f"seed_scale took {time.monotonic() - started:.0f} s")
            scale = run_all(env, tmp, pages, args)
            title = f"{args.companies} more companies, {args.posts} more posts"
            report(title, scale, pages, args, baseline=demo)
        return 0
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
