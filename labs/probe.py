"""How long a film is, and how large, read from the uploaded file.

Editors typed the duration by hand and got it wrong (0:02 shown, 0:08 real).
ffprobe (Debian's ffmpeg package) reads duration, width and height of any
format; without it mutagen (pure Python, a dependency) reads the duration of
MP4/M4A, MP3 and Ogg files. When neither can, the fields stay as the editor
filled them and the form says so.
"""

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass

import mutagen

__all__ = ["Probe", "probe"]

FFPROBE_TIMEOUT = 20


@dataclass
class Probe:
    duration: float | None = None
    width: int | None = None
    height: int | None = None


def probe(upload):
    """A Probe of the uploaded file, or None if nothing could read it."""
    found = with_ffprobe(upload) if shutil.which("ffprobe") else None
    return found or with_mutagen(upload)


def with_ffprobe(upload):
    with tempfile.NamedTemporaryFile(suffix=".film") as copy:
        upload.seek(0)
        shutil.copyfileobj(upload, copy)
        copy.flush()
        upload.seek(0)
        try:
            result = subprocess.run(  # noqa: S603 -- fixed arguments, our own file
                [
                    shutil.which("ffprobe"),
                    "-v", "error",
                    "-print_format", "json",
                    "-show_entries", "format=duration:stream=width,height",
                    copy.name,
                ],
                capture_output=True,
                timeout=FFPROBE_TIMEOUT,
                check=True,
            )  # fmt: skip
            data = json.loads(result.stdout or b"{}")
        except (subprocess.SubprocessError, OSError, ValueError):
            return None
    sizes = [s for s in data.get("streams", []) if s.get("width")]
    duration = data.get("format", {}).get("duration")
    if duration is None and not sizes:
        return None
    return Probe(
        duration=float(duration) if duration else None,
        width=sizes[0]["width"] if sizes else None,
        height=sizes[0]["height"] if sizes else None,
    )


def with_mutagen(upload):
    upload.seek(0)
    try:
        found = mutagen.File(upload)
    except Exception:  # noqa: BLE001 -- any unreadable file is "unknown"
        found = None
    finally:
        upload.seek(0)
    length = getattr(getattr(found, "info", None), "length", None)
    return Probe(duration=float(length)) if length else None
