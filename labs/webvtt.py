"""A strict check of uploaded WebVTT caption files.

webvtt-py (the maintained parser) skips cues it cannot read and reports a
malformed file without a line number, and it does not expose the header's
Language setting; editors need to be told which line to fix, so this checks
the parts of the format browsers rely on and names the first bad line.
"""

import html
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 1024 * 1024
TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
TIMING = re.compile(rf"^{TIMESTAMP}[ \t]+-->[ \t]+{TIMESTAMP}(?:[ \t]+.*)?$")
HEADER = re.compile(r"^WEBVTT(?:[ \t].*)?$")
TIMING_FORMAT = _("the timing must look like 00:00:01.000 --> 00:00:04.000.")


def seconds(hours, minutes, secs, millis):
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(secs) + int(millis) / 1000


def line_error(number, message):
    return ValidationError(
        _("Line %(line)s: %(problem)s"),
        code="webvtt",
        params={"line": number, "problem": message},
    )


def decode(data):
    if len(data) > MAX_BYTES:
        raise ValidationError(_("A caption file may be at most 1 MB."), code="size")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise line_error(line, _("the file must be saved as UTF-8 text.")) from None
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def blocks(lines):
    """(first line number, lines) of each block separated by blank lines."""
    block, start = [], 0
    for number, line in enumerate(lines, start=1):
        if line.strip():
            if not block:
                start = number
            block.append(line)
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


def parse_header(block):
    """The header's settings, e.g. {"language": "sv"}."""
    settings = {}
    for line in block[1:]:
        name, colon, value = line.partition(":")
        if colon and "-->" not in line:
            settings[name.strip().lower()] = value.strip()
    return settings


def check_cue(start, block, previous_start):
    """The cue's start time, None for a comment; raises naming the first bad line."""
    if block[0].startswith(("NOTE", "STYLE", "REGION")) and "-->" not in block[0]:
        return None
    if "-->" not in block[0] and re.search(r"\d:\d\d", block[0]):
        # A timing with a typo in the arrow reads as a cue identifier.
        raise line_error(start, TIMING_FORMAT)
    timing_index = 0 if "-->" in block[0] else 1
    if timing_index >= len(block) or "-->" not in block[timing_index]:
        raise line_error(
            start + min(timing_index, len(block) - 1),
            _("expected a cue timing such as 00:00:01.000 --> 00:00:04.000."),
        )
    number = start + timing_index
    match = TIMING.match(block[timing_index].strip())
    if not match:
        raise line_error(number, TIMING_FORMAT)
    begin, end = seconds(*match.groups()[:4]), seconds(*match.groups()[4:])
    if end <= begin:
        raise line_error(number, _("the cue ends before it starts."))
    if begin < previous_start:
        raise line_error(number, _("the cue starts before the cue above it."))
    for offset, text in enumerate(block[timing_index + 1 :], start=1):
        if "-->" in text:
            raise line_error(number + offset, _("caption text cannot contain “-->”."))
    return begin


def validate_webvtt(data, language=None):
    """Check bytes as a WebVTT file; language, if given, must match the header."""
    lines = decode(data)
    if not HEADER.match(lines[0]):
        raise line_error(1, _("a WebVTT file starts with the word WEBVTT."))
    parsed = list(blocks(lines))
    header = parsed[0][1]
    for offset, line in enumerate(header):
        if "-->" in line:
            raise line_error(
                offset + 1, _("leave an empty line between the header and a cue.")
            )
    declared = parse_header(header).get("language", "")
    if language and declared and declared.split("-")[0].lower() != language:
        raise ValidationError(
            _(
                "The file says its language is “%(declared)s”, but the track "
                "is marked as “%(language)s”."
            ),
            code="language",
            params={"declared": declared, "language": language},
        )
    previous, cues = 0.0, 0
    for start, block in parsed[1:]:
        begin = check_cue(start, block, previous)
        if begin is not None:
            cues, previous = cues + 1, begin
    if not cues:
        raise ValidationError(_("The file has no captions."), code="empty")


CUE_TAG = re.compile(r"<[^>]*>")


def cue_text(data):
    """The words a caption file shows, in order, as one string (for search).

    Timings, cue identifiers, comments and styling are left out, as are
    voice and styling tags (<v Anna>, <i>); a file that cannot be read gives "".
    """
    try:
        lines = decode(data)
    except ValidationError:
        return ""
    words = []
    for _start, block in list(blocks(lines))[1:]:
        timing = next((n for n, line in enumerate(block) if "-->" in line), None)
        if timing is None:  # NOTE, STYLE, REGION: never shown
            continue
        for line in block[timing + 1 :]:
            words.append(html.unescape(CUE_TAG.sub("", line)).strip())
    return " ".join(word for word in words if word)
