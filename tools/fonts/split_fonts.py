#!/usr/bin/env python3
"""Splits the web font (Pretendard GOV, regular and bold) into small WOFF2 files by character range
and writes their @font-face rules into static/css/ieum.css, between the two marker comments.

A page then fetches only the files holding the characters it shows: the Latin file and, for most
pages, the first Hangul file (the syllables the application's own texts use most), instead of the
whole 260 KB font per weight. Together the files hold exactly the characters of the source font.

Source: the KS X 1001 subset that the font's author publishes in the npm package pretendard-gov
(dist/web/static/woff2-subset). Without --source the package is fetched with `npm pack`.

    python3 tools/fonts/split_fonts.py [--source DIR]    (needs fontTools and brotli: python3-fonttools python3-brotli)
"""
import argparse
import collections
import hashlib
import io
import os
import re
import subprocess
import sys
import tarfile
import tempfile

from fontTools import subset
from fontTools.ttLib import TTFont

PACKAGE = "pretendard-gov@1.3.9"
PACKAGE_DIR = "package/dist/web/static/woff2-subset/"
WEIGHTS = [("Regular", "400"), ("Bold", "600 700")]
FAMILY = "Pretendard GOV"

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FONTS = os.path.join(ROOT, "src/main/resources/static/fonts")
CSS = os.path.join(ROOT, "src/main/resources/static/css/ieum.css")
BEGIN = "/* web font files: written by tools/fonts/split_fonts.py, do not edit by hand (begin) */"
END = "/* web font files (end) */"

# Latin, punctuation and the symbols our pages print (·, ×, –, “”, …, ₩, →, ※, 「」, the jamo of 초성 search)
BASIC = [(0x0000, 0x00FF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2190, 0x21FF),
         (0x2200, 0x22FF), (0x25A0, 0x25FF), (0x3000, 0x303F), (0x3130, 0x318F), (0xFF00, 0xFFEF)]
# Syllables the application's texts use on this many lines or more go into the first Hangul file
FIRST_FILE_MIN_LINES = 2
REST_FILE_SYLLABLES = 300
# The features a browser applies by itself, and tabular figures (font-variant-numeric in our CSS)
FEATURES = ["ccmp", "locl", "mark", "mkmk", "kern", "liga", "clig", "calt", "rlig", "rvrn", "tnum"]
CORPUS_SUFFIXES = (".properties", ".html", ".java", ".sql", ".js", ".yml", ".txt", ".csv")


def is_syllable(cp):
    return 0xAC00 <= cp <= 0xD7A3


def in_basic(cp):
    return any(lo <= cp <= hi for lo, hi in BASIC)


def syllable_lines():
    """How many lines of the application's own sources (Korean texts, templates, demo data) use each syllable."""
    lines = collections.Counter()
    for folder, _, files in os.walk(os.path.join(ROOT, "src/main")):
        for name in sorted(files):
            if not name.endswith(CORPUS_SUFFIXES) or name.startswith("messages_") or "/static/fonts" in folder:
                continue
            with open(os.path.join(folder, name), encoding="utf-8", errors="ignore") as text:
                for line in text:
                    lines.update({ord(ch) for ch in line if is_syllable(ord(ch))})
    return lines


def groups(codepoints, lines):
    """The files' characters and the range each file is asked for: Latin, other symbols, then Hangul,
    the syllables of our own texts first, the others in code point order."""
    basic = [cp for cp in codepoints if in_basic(cp)]
    other = [cp for cp in codepoints if not in_basic(cp) and not is_syllable(cp)]
    syllables = [cp for cp in codepoints if is_syllable(cp)]
    first = [cp for cp in syllables if lines[cp] >= FIRST_FILE_MIN_LINES]
    second = [cp for cp in syllables if 0 < lines[cp] < FIRST_FILE_MIN_LINES]
    result = [("latin", basic, basic), ("symbols", other, other), ("hangul-1", first, first), ("hangul-2", second, second)]
    used = set(first + second)
    rest = [cp for cp in syllables if cp not in used]
    size = -(-len(rest) // max(1, round(len(rest) / REST_FILE_SYLLABLES)))  # files of about equal size
    for index in range(0, len(rest), size):
        cps = rest[index:index + size]
        # asked for over its whole span but the syllables of the first files: fewer, longer ranges in the
        # style sheet (a syllable the font lacks fetches the file and is then drawn in the next font)
        span = [cp for cp in range(cps[0], cps[-1] + 1) if cp not in used]
        result.append(("hangul-%d" % (3 + index // size), cps, span))
    return [group for group in result if group[1]]


def ranges(codepoints):
    """unicode-range text: consecutive code points as one range."""
    spans = []
    for cp in sorted(codepoints):
        if spans and spans[-1][1] == cp - 1:
            spans[-1][1] = cp
        else:
            spans.append([cp, cp])
    return ", ".join("U+%X" % lo if lo == hi else "U+%X-%X" % (lo, hi) for lo, hi in spans)


def cut(source, codepoints):
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = FEATURES
    options.name_IDs = ["*"]  # keep copyright, licence and names as the author wrote them
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["vhea", "vmtx"]  # no vertical writing on our pages
    font = TTFont(source, recalcTimestamp=False)  # the same cut gives the same bytes, so the same file name
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    data = io.BytesIO()
    font.save(data)
    return data.getvalue()


def fetch_package(into):
    subprocess.run(["npm", "pack", "--silent", PACKAGE], cwd=into, check=True, stdout=subprocess.DEVNULL)
    archive = [name for name in os.listdir(into) if name.endswith(".tgz")][0]
    with tarfile.open(os.path.join(into, archive)) as tgz:
        for member in tgz.getmembers():
            if member.name.startswith(PACKAGE_DIR):
                member.name = os.path.basename(member.name)
                tgz.extract(member, into)
    return into


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", help="folder with PretendardGOV-Regular.subset.woff2 and PretendardGOV-Bold.subset.woff2")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        source = args.source or fetch_package(scratch)
        lines = syllable_lines()
        for old in os.listdir(FONTS):
            if old.endswith(".woff2"):
                os.remove(os.path.join(FONTS, old))
        rules = []
        for style, weight in WEIGHTS:
            path = os.path.join(source, "PretendardGOV-%s.subset.woff2" % style)
            codepoints = sorted(TTFont(path).getBestCmap())
            for name, cps, asked in groups(codepoints, lines):
                data = cut(path, cps)
                # a new cut gets a new name, so a browser's year-long copy of an older file is never used
                file = "PretendardGOV-%s.%s.%s.woff2" % (style, name, hashlib.sha256(data).hexdigest()[:8])
                with open(os.path.join(FONTS, file), "wb") as out:
                    out.write(data)
                rules.append("@font-face {\n  font-family: \"%s\";\n  font-style: normal;\n  font-weight: %s;\n"
                             "  font-display: optional;\n  src: url(\"../fonts/%s\") format(\"woff2\");\n"
                             "  unicode-range: %s;\n}" % (FAMILY, weight, file, ranges(asked)))
                print("%-45s %5d characters %7d bytes" % (file, len(cps), len(data)))
        with open(CSS, encoding="utf-8") as css:
            text = css.read()
        block = BEGIN + "\n" + "\n".join(rules) + "\n" + END
        if BEGIN not in text:
            sys.exit("ieum.css has no line " + BEGIN)
        text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: block, text, flags=re.S)
        with open(CSS, "w", encoding="utf-8") as css:
            css.write(text)


if __name__ == "__main__":
    main()
