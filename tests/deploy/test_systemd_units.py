"""The shipped systemd units: systemd accepts them, and their commands work.

systemd itself does not run in the test machine, so each unit is checked
twice: `systemd-analyze verify` reads it (with the checkout and this Python in
place of /srv/portal/app), and its ExecStart command is run as systemd would
run it, against production settings on a migrated database.
"""

import datetime
import os
import shlex
import subprocess
import sys
import time

import pytest

from tests.deploy.production import ROOT, copy_migrated, http_get, production_env
from tests.portal.servers import free_port, require, running

UNITS = ROOT / "deploy" / "systemd"
APP = "/srv/portal/app"
HOST = "portal.example.se"


def unit_lines(path):
    """key=value lines of a unit file, continuation lines joined."""
    text = path.read_text().replace("\\\n", " ")
    return [line.strip() for line in text.splitlines() if "=" in line]


def setting(path, key):
    values = [
        line.split("=", 1)[1] for line in unit_lines(path) if line.startswith(key + "=")
    ]
    assert len(values) == 1, f"{path.name}: {key}= {values}"
    return values[0]


def command(path):
    """ExecStart of a unit as argv for this checkout and this Python."""
    argv = shlex.split(setting(path, "ExecStart"))
    if argv[0] == f"{APP}/.venv/bin/gunicorn":
        return [sys.executable, "-m", "gunicorn", *argv[1:]]
    if argv[0] == f"{APP}/deploy/backup.sh":
        return [str(ROOT / "deploy" / "backup.sh"), *argv[1:]]
    assert argv[0] == f"{APP}/.venv/bin/python", argv
    return [sys.executable, *argv[1:]]


def test_systemd_accepts_every_unit(tmp_path):
    analyze = require("systemd-analyze")
    (tmp_path / "portal.env").write_text("")
    for unit in UNITS.iterdir():
        text = unit.read_text().replace(APP, str(ROOT))
        text = text.replace("/etc/portal.env", str(tmp_path / "portal.env"))
        text = text.replace("User=portal", "User=root").replace(
            "Group=portal", "Group=root"
        )
        (tmp_path / unit.name).write_text(text)
    units = sorted(
        str(path) for path in tmp_path.glob("portal*.*") if path.suffix != ".env"
    )
    assert len(units) == 9, units
    checked = subprocess.run(  # noqa: S603 - fixed program, our files
        [analyze, "verify", "--man=no", *units], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr
    for timer in UNITS.glob("*.timer"):
        schedule = setting(timer, "OnCalendar")
        parsed = subprocess.run(  # noqa: S603
            [analyze, "calendar", schedule], capture_output=True, text=True
        )
        assert parsed.returncode == 0, (timer.name, parsed.stderr)
        assert (UNITS / timer.name.replace(".timer", ".service")).exists()


@pytest.mark.parametrize(
    "unit",
    [
        "portal-publish_scheduled.service",
        "portal-send_new_posts.service",
        "portal-apply_retention.service",
    ],
)
def test_each_timer_service_command_runs(tmp_path, migrated, unit):
    copy_migrated(migrated, tmp_path)
    env = production_env(tmp_path, HOST)
    assert setting(UNITS / unit, "WorkingDirectory") == APP
    done = subprocess.run(  # noqa: S603 - the unit's own command
        command(UNITS / unit), cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_retention_runs_daily():
    timer = UNITS / "portal-apply_retention.timer"
    schedule = setting(timer, "OnCalendar")
    analyze = require("systemd-analyze")
    parsed = subprocess.run(  # noqa: S603 - fixed program, our schedule
        [analyze, "calendar", "--iterations=2", schedule],
        capture_output=True,
        text=True,
    )
    assert parsed.returncode == 0, parsed.stderr
    runs = [
        line.split(":", 1)[1].split()[1]
        for line in parsed.stdout.splitlines()
        if "Next elapse:" in line or "Iter. #2:" in line
    ]
    assert len(runs) == 2, parsed.stdout
    first, second = (datetime.date.fromisoformat(day) for day in runs)
    assert second - first == datetime.timedelta(days=1)
    assert setting(timer, "Persistent") == "true"  # a missed night runs at boot


def test_gunicorn_unit_command_serves_the_portal(tmp_path, migrated):
    copy_migrated(migrated, tmp_path)
    env = production_env(tmp_path, HOST)
    port = free_port()
    argv = [
        part.replace("127.0.0.1:8000", f"127.0.0.1:{port}")
        for part in command(UNITS / "portal.service")
    ]
    with running(argv, port, tmp_path / "gunicorn.log", timeout=60, cwd=ROOT, env=env):
        assert http_get(port, "/healthz", "10.0.0.1")[0] == 200
        assert http_get(port, "/", HOST)[0] == 200


def test_backup_unit_dumps_tonight_and_keeps_two_weeks(tmp_path, migrated):
    copy_migrated(migrated, tmp_path)
    env = production_env(tmp_path, HOST)
    backups = tmp_path / "backups"
    old_day = backups / "2026-01-01"
    handmade = backups / "before-upgrade"
    for folder in (old_day, handmade):
        folder.mkdir(parents=True)
        os.utime(folder, (time.time() - 20 * 86400,) * 2)
    argv = [
        part.replace("/srv/portal/backups", str(backups))
        for part in command(UNITS / "portal-backup.service")
    ]
    done = subprocess.run(  # noqa: S603 - the unit's own command
        argv, cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    tonight = backups / datetime.date.today().isoformat()
    assert sorted(path.name for path in tonight.iterdir()) == [
        "database.sqlite3",
        "media.tar.gz",
    ]
    assert not old_day.exists()
    assert handmade.exists()
