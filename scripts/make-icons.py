"""Draws MicroSeg's ribbon icons (a 2x2 quadrant grid) as PNGs, no dependencies."""
import struct, zlib, sys, os

def png(path, size, colors):
    rows = []
    pad = max(1, size // 16)
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            if x < pad or y < pad or x >= size - pad or y >= size - pad or abs(x - size // 2) < pad / 2 or abs(y - size // 2) < pad / 2:
                row += bytes((255, 255, 255, 0))
            else:
                q = (0 if y < size // 2 else 2) + (0 if x < size // 2 else 1)
                row += bytes(colors[q] + (255,))
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)

out = sys.argv[1] if len(sys.argv) > 1 else "assets"
brand = [(0x0F, 0x6C, 0xBD), (0x10, 0x7C, 0x10), (0xC5, 0x0F, 0x1F), (0x8A, 0x88, 0x86)]
gen = [(0x10, 0x7C, 0x10), (0x10, 0x7C, 0x10), (0x0F, 0x6C, 0xBD), (0x0F, 0x6C, 0xBD)]
for s in (16, 32, 64, 80, 128):
    png(os.path.join(out, f"icon-{s}.png"), s, brand)
for s in (16, 32, 64, 80):
    png(os.path.join(out, f"generate-{s}.png"), s, gen)
