"""Write a small solid-colour PNG (standard library only), used as a chart placeholder."""
import struct
import zlib


def solid_png(path, w=240, h=90, rgb=(120, 185, 67)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    with open(path, "wb") as fh:
        fh.write(png)


def set_alt(inline_shape, descr, title=""):
    """Set the alt text (wp:docPr descr/title) of an inline picture."""
    docpr = inline_shape._inline.docPr
    docpr.set("descr", descr)
    if title:
        docpr.set("title", title)
