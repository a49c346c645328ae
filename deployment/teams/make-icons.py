#!/usr/bin/env python3
"""Draw the two Teams app icons for RP Assistant, using only the standard library.

    python3 deployment/teams/make-icons.py

writes, next to this script:
  color.png    192x192, full colour: a green rounded square with two
               overlapping white rings (two people coming together).
  outline.png  32x32, the same two rings, white on a transparent background
               (every pixel is white; only the alpha channel varies).

Shapes are anti-aliased by supersampling: each pixel is tested at SS x SS
points and the coverage becomes its alpha. The output is deterministic, so
re-running the script gives byte-identical files.
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SS = 4  # samples per pixel along each axis

GREEN = (0x00, 0x70, 0x3C)  # also the manifest's accentColor
WHITE = (0xFF, 0xFF, 0xFF)


# --- shapes: each is a function (x, y) -> bool in pixel coordinates ---------

def rounded_square(size, radius):
    def inside(x, y):
        # distance from the inner rectangle whose corners are rounded by `radius`
        cx = min(max(x, radius), size - radius)
        cy = min(max(y, radius), size - radius)
        return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
    return inside


def ring(cx, cy, r_outer, r_inner):
    def inside(x, y):
        d2 = (x - cx) ** 2 + (y - cy) ** 2
        return r_inner ** 2 <= d2 <= r_outer ** 2
    return inside


def disc(cx, cy, r):
    def inside(x, y):
        return (x - cx) ** 2 + (y - cy) ** 2 <= r ** 2
    return inside


def coverage(shape, px, py):
    """Fraction (0..1) of pixel (px, py) covered by shape."""
    hits = 0
    for sy in range(SS):
        y = py + (sy + 0.5) / SS
        for sx in range(SS):
            if shape(px + (sx + 0.5) / SS, y):
                hits += 1
    return hits / (SS * SS)


# --- compositing --------------------------------------------------------------

def over(dst, src, a):
    """Composite straight-alpha colour src with alpha a over RGBA dst (straight alpha)."""
    dr, dg, db, da = dst
    out_a = a + da * (1 - a)
    if out_a == 0:
        return (0.0, 0.0, 0.0, 0.0)
    mix = lambda s, d: (s * a + d * da * (1 - a)) / out_a
    return (mix(src[0], dr), mix(src[1], dg), mix(src[2], db), out_a)


def render(size, layers):
    """layers: list of (shape, rgb, opacity). Returns rows of RGBA byte tuples."""
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            pix = (0.0, 0.0, 0.0, 0.0)
            for shape, rgb, opacity in layers:
                c = coverage(shape, px, py)
                if c:
                    pix = over(pix, rgb, c * opacity)
            r, g, b, a = pix
            if a == 0:
                r = g = b = 255  # keep fully transparent pixels white as well
            row.append(tuple(int(round(v)) for v in (r, g, b)) + (int(round(a * 255)),))
        rows.append(row)
    return rows


# --- PNG writer (RGBA, 8 bits per channel) --------------------------------------

def write_png(path, rows):
    height, width = len(rows), len(rows[0])

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = bytearray()
    for row in rows:
        raw.append(0)  # filter type: none
        for pixel in row:
            raw.extend(pixel)
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
           + chunk(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(png)
    print(f"wrote {path} ({width}x{height})")


# --- the two icons --------------------------------------------------------------

def two_rings(size, r_outer, stroke, gap):
    """Two equal rings side by side, overlapping in the middle, centred in a size x size box."""
    c = size / 2
    dx = r_outer - gap / 2  # horizontal offset of each centre from the middle
    left = ring(c - dx, c, r_outer, r_outer - stroke)
    right = ring(c + dx, c, r_outer, r_outer - stroke)
    lens = lambda x, y: disc(c - dx, c, r_outer)(x, y) and disc(c + dx, c, r_outer)(x, y)
    return left, right, lens


def color_icon():
    size = 192
    # Symbol kept inside the central ~120 px so it survives Teams' own cropping.
    left, right, lens = two_rings(size, r_outer=36, stroke=9, gap=26)
    return render(size, [
        (rounded_square(size, radius=36), GREEN, 1.0),
        (lens, WHITE, 0.35),   # the shared space where the two meet
        (left, WHITE, 1.0),
        (right, WHITE, 1.0),
    ])


def outline_icon():
    size = 32
    left, right, _ = two_rings(size, r_outer=8.5, stroke=2.25, gap=6)
    return render(size, [
        (left, WHITE, 1.0),
        (right, WHITE, 1.0),
    ])


if __name__ == "__main__":
    write_png(os.path.join(HERE, "color.png"), color_icon())
    write_png(os.path.join(HERE, "outline.png"), outline_icon())
