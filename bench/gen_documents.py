#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate a benchmark corpus of multi-page PDFs and docx files of Norwegian-like prose.

    gen_documents.py --out DIR [--pdfs N] [--pages P] [--docx M] [--seed S]

PDFs are written directly (one Helvetica text stream per page, WinAnsi-encoded so æøå
are real characters); docx files are minimal WordprocessingML packages. Prose comes
from gen_text_corpus.paragraph, so both benchmarks read the same kind of text.
Deterministic for a given --seed; standard library only.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import zipfile
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_text_corpus as G  # noqa: E402

LINES_PER_PAGE = 48


def pdf_string(line: str) -> str:
    data = line.encode("cp1252", errors="replace")
    out = []
    for b in data:
        ch = chr(b)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def page_stream(lines: list[str]) -> bytes:
    parts = ["BT /F1 10 Tf 12 TL 56 800 Td"]
    for line in lines:
        parts.append(pdf_string(line) + " Tj T*")
    parts.append("ET")
    return "\n".join(parts).encode("latin-1")


def write_pdf(path: str, pages: list[list[str]]) -> None:
    objs: list[bytes] = []
    first_page = 4
    kids = " ".join("%d 0 R" % (first_page + 2 * i) for i in range(len(pages)))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        stream = page_stream(lines)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                     "/Contents %d 0 R >>" % (first_page + 2 * i + 1)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


def write_docx(path: str, paragraphs: list[str]) -> None:
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
             'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.'
             'main+xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", types), ("word/document.xml", doc)):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def prose_lines(rng: random.Random, count: int) -> list[str]:
    lines: list[str] = []
    while len(lines) < count:
        lines.extend(l for l in G.paragraph(rng).splitlines() if l)
    return lines[:count]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--out", required=True)
    ap.add_argument("--pdfs", type=int, default=40)
    ap.add_argument("--pages", type=int, default=25)
    ap.add_argument("--docx", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(os.path.join(args.out, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "docx"), exist_ok=True)
    for i in range(args.pdfs):
        pages = [prose_lines(rng, LINES_PER_PAGE) for _ in range(args.pages)]
        write_pdf(os.path.join(args.out, "pdf", "doc-%04d.pdf" % (i + 1)), pages)
    for i in range(args.docx):
        paras = [G.paragraph(rng).replace("\n", " ").strip() for _ in range(120)]
        write_docx(os.path.join(args.out, "docx", "doc-%04d.docx" % (i + 1)), paras)
    print("wrote %d PDFs x %d pages and %d docx files to %s" % (args.pdfs, args.pages, args.docx, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
