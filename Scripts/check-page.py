#!/usr/bin/env python3
"""Checks one page rendered by headless Chromium (see browser-test.sh):
    check-page.py SCREENSHOT.png DOM.html CONSOLE.log EXPECT...
EXPECT: outline (outline links), mark (fact highlights), targets (targets
table rows), track (tracking rows), no-alert (a <script> in the document
stayed text). The screenshot must not be blank and the console must show no
JavaScript error."""
import re
import struct
import sys
import zlib


def png_colours(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            channels = {2: 3, 6: 4, 0: 1, 4: 2}.get(ctype)
            if depth != 8 or channels is None:
                raise SystemExit(f"{path}: unexpected PNG format")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = width * channels
    colours, prev = set(), bytearray(stride)
    i = 0
    for _ in range(height):
        f = raw[i]; i += 1
        line = bytearray(raw[i:i + stride]); i += stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        for x in range(0, stride, channels * 7):
            colours.add(bytes(line[x:x + 3]))
        prev = line
    return width, height, len(colours)


def main():
    png, dom_path, log_path, *expect = sys.argv[1:]
    problems = []
    width, height, colours = png_colours(png)
    if width < 800 or height < 600 or colours < 8:
        problems.append(f"screenshot looks blank ({width}x{height}, {colours} colours)")
    dom = open(dom_path, encoding="utf-8", errors="replace").read()
    log = open(log_path, encoding="utf-8", errors="replace").read()
    errors = [l for l in log.splitlines() if "CONSOLE" in l and ("Uncaught" in l or "Error" in l)]
    if errors:
        problems.append("console errors: " + " | ".join(errors[:3]))
    if "outline" in expect and len(re.findall(r'<nav class="outline">.*?<a href="#n-', dom, re.S)) == 0:
        problems.append("no outline links")
    if "mark" in expect and len(re.findall(r"<mark ", dom)) == 0:
        problems.append("no highlighted facts")
    if "targets" in expect and len(re.findall(r"<tr><td>", dom.split('class="targets"')[-1])) == 0:
        problems.append("empty targets table")
    if "track" in expect and len(re.findall(r'<tr class="o-', dom)) == 0:
        problems.append("no tracking rows")
    if "no-alert" in expect and ("<script>alert" in dom or "&lt;script&gt;alert(1)" not in dom):
        problems.append("document text was not kept as text")
    for p in problems:
        print(f"check-page: {p}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
