#!/usr/bin/env python3
"""Makes the CJK font that the PDF reports embed (docs/reports.md, section "Font").

Input: Noto Sans CJK SC Regular from Debian's fonts-noto-cjk (SIL Open Font License 1.1).
Output: platform/src/main/resources/fonts/NotoSansSC-AutoGHG-Subset.ttf, a TrueType (glyf) subset:
  - ASCII, Latin-1, general punctuation, arrows, mathematical operators, super- and subscripts,
    CJK symbols and punctuation, full-width forms;
  - every character of GB 2312 (its 6,763 hanzi and 682 symbols);
  - every other character found in the repository's texts that reach a report: the i18n bundles,
    the example plant file, the accounting catalogue and the demo plant's sources.
The CFF outlines are converted to quadratic TrueType outlines (fontTools cu2qu), because PDFBox,
which openhtmltopdf uses, embeds and subsets TrueType fonts.

Run from the repository root (needs Debian's python3-fonttools and fonts-noto-cjk):
    apt-get install python3-fonttools fonts-noto-cjk
    /usr/bin/python3 tools/fonts/subset-report-font.py
"""
import pathlib
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FAMILY = "Noto Sans CJK SC"
ROOT = pathlib.Path(__file__).resolve().parents[2]
TARGET = ROOT / "platform/src/main/resources/fonts/NotoSansSC-AutoGHG-Subset.ttf"
TEXTS = [
    "platform/src/main/resources/i18n/*.properties",
    "examples/*.yaml",
    "accounting/src/main/java/io/autoghg/accounting/catalogue/*.java",
    "platform/src/main/java/io/autoghg/platform/demo/*.java",
    "platform/src/main/java/io/autoghg/platform/report/*.java",
]
RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2070, 0x209F), (0x2100, 0x214F), (0x2190, 0x21FF),
          (0x2200, 0x22FF), (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x3000, 0x303F), (0xFF00, 0xFFEF)]
MAX_ERR = 1.0  # font units (of 1000): how far the quadratic outlines may stray from the cubic ones


def gb2312():
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def repository_texts():
    chars = set()
    for pattern in TEXTS:
        for path in ROOT.glob(pattern):
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".properties":  # bundles may hold \\uXXXX escapes
                text = text.encode("latin-1", "backslashreplace").decode("unicode_escape") if "\\u" in text else text
            chars.update(c for c in text if ord(c) >= 0x80)
    return chars


def to_truetype(font):
    """Replaces the CFF table with glyf/loca (quadratic outlines), as fontTools' otf2ttf snippet does."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = True


def main():
    collection = TTCollection(SOURCE)
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == FAMILY)
    chars = set()
    for start, end in RANGES:
        chars.update(chr(c) for c in range(start, end + 1))
    chars |= gb2312() | repository_texts()
    cmap = font.getBestCmap()
    wanted = sorted(ord(c) for c in chars if ord(c) in cmap)
    options = subset.Options()
    options.layout_features = []  # openhtmltopdf does no OpenType shaping for CJK or Latin
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    to_truetype(font)
    # PDFBox ignores Unicode variation sequences (cmap format 14) with a warning; keep the source's timestamp (reproducible file)
    font["cmap"].tables = [table for table in font["cmap"].tables if table.format != 14]
    font.recalcTimestamp = False
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    font.save(TARGET)
    missing = sorted(c for c in chars if ord(c) not in cmap and c.isprintable() and not c.isspace())
    print(f"{TARGET.relative_to(ROOT)}: {len(wanted)} characters, {len(font.getGlyphOrder())} glyphs, "
          f"{TARGET.stat().st_size / 1e6:.1f} MB; not in the source font: {''.join(missing)[:80]!r}")


if __name__ == "__main__":
    sys.exit(main())
