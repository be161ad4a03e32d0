"""How long a film is, how large, and a still from it, read from the uploaded file.

Editors typed the duration by hand and got it wrong (0:02 shown, 0:08 real).
ffprobe (Debian's ffmpeg package) reads duration, width and height of any
format; without it mutagen (pure Python, a dependency) reads the duration of
MP4/M4A, MP3 and Ogg files. When neither can, the fields stay as the editor
filled them and the form says so.

ffmpeg (the same package) takes the poster frame: a JPEG a tenth of the way
in. Without ffmpeg, or for a file it cannot read, there is no frame: the film
keeps no thumbnail, the log says why, and the upload goes through.
"""

import json
import logging
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass

import mutagen

__all__ = ["Probe", "frame_size", "poster_frame", "probe"]

logger = logging.getLogger(__name__)

FFPROBE_TIMEOUT = 20
# Demuxers ffmpeg may open for a frame: MP4/MOV, WebM/Matroska and Ogg. Not
# AVI, HLS or concat, through which a crafted file can make ffmpeg read other
# files on the server into the picture it returns.
FRAME_FORMATS = "mov,matroska,ogg"
FRAME_WIDTH = 1280  # the player's width; smaller films keep their size


@dataclass
class Probe:
    duration: float | None = None
    width: int | None = None
    height: int | None = None


def probe(upload):
    """A Probe of the uploaded file, or None if nothing could read it."""
    found = with_ffprobe(upload) if shutil.which("ffprobe") else None
    return found or with_mutagen(upload)


@contextmanager
def local_path(upload):
    """A path to the upload on disk: Django's own temporary file, else a copy."""
    if hasattr(upload, "temporary_file_path"):
        yield upload.temporary_file_path()
        return
    with tempfile.NamedTemporaryFile(suffix=".film") as copy:
        upload.seek(0)
        shutil.copyfileobj(upload, copy)
        copy.flush()
        upload.seek(0)
        yield copy.name


def with_ffprobe(upload):
    with local_path(upload) as path:
        try:
            result = subprocess.run(  # noqa: S603 -- fixed arguments, our own file
                [
                    shutil.which("ffprobe"),
                    "-v", "error",
                    "-print_format", "json",
                    "-show_entries", "format=duration:stream=width,height",
                    path,
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


def poster_frame(upload, duration=None):
    """JPEG bytes of a frame a tenth into the film (1 s if its length is
    unknown, else its first frame), or None, logged, if there is none."""
    name = getattr(upload, "name", "")
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        logger.warning("No poster frame for %s: ffmpeg is not installed.", name)
        return None
    times = [duration / 10 if duration else 1.0, 0.0]
    with local_path(upload) as path:
        for second in times:
            frame = frame_at(ffmpeg, path, second)
            if frame:
                return frame
    logger.warning("No poster frame for %s: ffmpeg could not read one.", name)
    return None


def frame_size(width, height):
    """(width, height) of poster_frame's still of a film that size.

    Pages give the still's size without opening the file; a film of unknown
    size is taken to be the player's 16:9.
    """
    if not (width and height):
        return FRAME_WIDTH, FRAME_WIDTH * 9 // 16
    scaled = min(FRAME_WIDTH, width)
    # As the scale filter's -2: the ratio kept, the height rounded to even.
    return scaled, (scaled * height + width) // (2 * width) * 2


def frame_at(ffmpeg, path, second):
    try:
        result = subprocess.run(  # noqa: S603 -- fixed arguments, our own file
            [
                ffmpeg,
                "-nostdin", "-v", "error",
                "-protocol_whitelist", "file",
                "-format_whitelist", FRAME_FORMATS,
                "-ss", f"{second:.2f}",
                "-i", path,
                "-frames:v", "1",
                "-vf", f"scale='min({FRAME_WIDTH},iw)':-2",
                "-f", "image2pipe", "-c:v", "mjpeg", "-q:v", "3",
                "pipe:1",
            ],
            capture_output=True,
            timeout=FFPROBE_TIMEOUT,
            check=True,
        )  # fmt: skip
    except (subprocess.SubprocessError, OSError):
        return None
    return result.stdout or None
