#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write journalvakt's document fixtures (Office, ODF, PDF, HTML, e-mail, ZIP, crafted bad
files) and their gold labels into corpora/documents/.

    python3 corpora/make_documents.py [--out DIR] [--check] [--verify]

Needs (Debian 12 packages):
    python3      the script itself (standard library only)
    qpdf         pdf_encrypted.pdf (AES-128 with a user password)
    ghostscript  pdf_image_only.pdf (renders a text page to a 300 dpi grey bitmap)
--verify additionally runs independent readers over the written files:
    poppler-utils (pdftotext, pdfinfo, pdfdetach), tesseract-ocr tesseract-ocr-nor,
    libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui, unzip

Everything else (OOXML, ODF, PDF, MIME, ZIP) is written byte by byte by this script, so every
hidden part is under its control.  Deterministic: the same script (with the same zlib, qpdf and
ghostscript) writes the same bytes; ZIP members carry the timestamp 1980-01-01 00:00.

Beside every fixture X the script writes X.gold.json:

    {"verdict": "quarantine" | "pass" | "error",
     "reason_contains": "encrypted",            # only for some error fixtures
     "findings": [{"type": "fodselsnummer", "part": "comment", "page": null,
                   "masked": "261115*****"}]}

All content is synthetic and written for this project (GPL-3.0-or-later).  The identity
numbers are public test vectors (see corpora/vectors/README.md).
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import os
import quopri
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from xml.sax.saxutils import escape as _esc

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "documents")

# --------------------------------------------------------------------------------------------
# identity numbers (public, synthetic test vectors; all checksum-valid)
F = ["26111593816", "15108695088", "13097248022", "29029648784",
     "23114038547", "10048744732", "11111598403", "18061592527"]
DNR = "53097248016"
HNR = "13527248013"
TYPES = {n: "fodselsnummer" for n in F}
TYPES[DNR] = "d_nummer"
TYPES[HNR] = "h_nummer"


def _checksums_ok(d: str) -> bool:
    k1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    k2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    digits = [int(c) for c in d]
    c1 = 11 - sum(w * x for w, x in zip(k1, digits)) % 11
    c1 = 0 if c1 == 11 else c1
    c2 = 11 - sum(w * x for w, x in zip(k2, digits)) % 11
    c2 = 0 if c2 == 11 else c2
    return c1 == digits[9] and c2 == digits[10]


for _n in TYPES:
    assert len(_n) == 11 and _checksums_ok(_n), _n
assert len({n[:6] for n in TYPES}) == len(TYPES)  # the masked form names the number


def spaced(n: str) -> str:
    """The 6+5 layout: '261115 93816'."""
    return n[:6] + " " + n[6:]


def finding(number: str, part: str, page=None) -> dict:
    return {"type": TYPES[number], "part": part, "page": page, "masked": number[:6] + "*****"}


def gold(findings=(), verdict=None, reason=None) -> dict:
    findings = list(findings)
    masks = [f["masked"] for f in findings]
    assert len(masks) == len(set(masks)), "one number per place: %r" % masks
    if verdict is None:
        verdict = "quarantine" if findings else "pass"
    g = {"verdict": verdict}
    if reason is not None:
        assert verdict == "error"
        g["reason_contains"] = reason
    g["findings"] = findings if verdict != "error" else []
    return g


def x(s: str) -> str:
    """Escape text for XML character data and attribute values."""
    return _esc(s, {'"': "&quot;"})


# --------------------------------------------------------------------------------------------
# deterministic ZIP

ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def zip_bytes(members, stored=()) -> bytes:
    """members: list of (name, bytes).  Names in `stored` are written uncompressed."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.create_system = 3
            zi.external_attr = 0o100644 << 16
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data, compresslevel=9 if name not in stored else None)
    return buf.getvalue()


XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# --------------------------------------------------------------------------------------------
# OOXML common parts

R_OFFDOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT = {
    "officeDocument": R_OFFDOC + "/officeDocument",
    "core": "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
    "app": R_OFFDOC + "/extended-properties",
    "custom": R_OFFDOC + "/custom-properties",
}
CT_REL = "application/vnd.openxmlformats-package.relationships+xml"
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CT_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml."
CT_PML = "application/vnd.openxmlformats-officedocument.presentationml."


def rels_xml(rels) -> str:
    """rels: list of (id, type, target[, external])."""
    out = [XML_DECL, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for r in rels:
        rid, typ, target = r[:3]
        ext = ' TargetMode="External"' if len(r) > 3 and r[3] else ""
        out.append('<Relationship Id="%s" Type="%s" Target="%s"%s/>' % (rid, typ, x(target), ext))
    out.append("</Relationships>")
    return "".join(out)


def content_types_xml(defaults, overrides) -> str:
    out = [XML_DECL, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
           '<Default Extension="rels" ContentType="%s"/>' % CT_REL,
           '<Default Extension="xml" ContentType="application/xml"/>']
    for ext, ct in defaults:
        out.append('<Default Extension="%s" ContentType="%s"/>' % (ext, ct))
    for part, ct in overrides:
        out.append('<Override PartName="%s" ContentType="%s"/>' % (part, ct))
    out.append("</Types>")
    return "".join(out)


def core_xml(title="", subject="", creator="Saksbehandler", keywords="", description="") -> str:
    def el(tag, v):
        return "<%s>%s</%s>" % (tag, x(v), tag) if v else ""
    return (XML_DECL +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + el("dc:title", title) + el("dc:subject", subject) + el("dc:creator", creator)
            + el("cp:keywords", keywords) + el("dc:description", description)
            + "<cp:lastModifiedBy>Saksbehandler</cp:lastModifiedBy><cp:revision>1</cp:revision>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-01T09:00:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def app_xml(application="Microsoft Office Word") -> str:
    return (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            "<Application>%s</Application><Company>Eksempel kommune</Company></Properties>" % x(application))


def custom_xml(props) -> str:
    out = [XML_DECL, '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">']
    for i, (k, v) in enumerate(props, start=2):
        out.append('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s">'
                   "<vt:lpwstr>%s</vt:lpwstr></property>" % (i, x(k), x(v)))
    out.append("</Properties>")
    return "".join(out)


def package_root_parts(main_part, main_ct_unused, core, app, custom=None):
    rels = [("rId1", RT["officeDocument"], main_part),
            ("rId2", RT["core"], "docProps/core.xml"),
            ("rId3", RT["app"], "docProps/app.xml")]
    parts = [("docProps/core.xml", core), ("docProps/app.xml", app)]
    overrides = [("/docProps/core.xml", CT_CORE), ("/docProps/app.xml", CT_APP)]
    if custom is not None:
        rels.append(("rId4", RT["custom"], "docProps/custom.xml"))
        parts.append(("docProps/custom.xml", custom))
        overrides.append(("/docProps/custom.xml", CT_CUSTOM))
    return rels_xml(rels), parts, overrides


# --------------------------------------------------------------------------------------------
# DOCX

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')


def run(text, rpr="") -> str:
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, x(text))


def para(*content, ppr="") -> str:
    """content: plain strings become runs; strings starting with '<' are raw XML."""
    inner = "".join(c if c.startswith("<") else run(c) for c in content)
    return "<w:p>%s%s</w:p>" % (ppr, inner)


LETTER_HEAD = [
    para("Eksempel kommune – Helse og omsorg", ppr='<w:pPr><w:jc w:val="left"/></w:pPr>'),
    para("Saksnummer 2024/1234-5, dato 1. mars 2024"),
]


def docx_bytes(body, *, header=None, footer=None, footnotes=None, endnotes=None, comments=None,
               core=None, custom=None, embeddings=None, raw_document=None) -> bytes:
    """body: list of paragraph XML.  header/footer: list of paragraph XML.
    footnotes/endnotes/comments: list of (id, text).  embeddings: list of (file name, bytes,
    rel id) placed under word/embeddings/.  raw_document: document.xml text used verbatim."""
    doc_rels = []
    overrides = [("/word/document.xml", CT_WML + "document.main+xml")]
    parts = []
    defaults = []
    sect = ""
    if header is not None:
        doc_rels.append(("rIdHeader1", R_OFFDOC + "/header", "header1.xml"))
        overrides.append(("/word/header1.xml", CT_WML + "header+xml"))
        parts.append(("word/header1.xml", XML_DECL + "<w:hdr %s>%s</w:hdr>" % (W_NS, "".join(header))))
        sect += '<w:headerReference w:type="default" r:id="rIdHeader1"/>'
    if footer is not None:
        doc_rels.append(("rIdFooter1", R_OFFDOC + "/footer", "footer1.xml"))
        overrides.append(("/word/footer1.xml", CT_WML + "footer+xml"))
        parts.append(("word/footer1.xml", XML_DECL + "<w:ftr %s>%s</w:ftr>" % (W_NS, "".join(footer))))
        sect += '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
    for kind, notes in (("footnote", footnotes), ("endnote", endnotes)):
        if notes is None:
            continue
        items = ['<w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s>' % (kind, kind),
                 '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%s>'
                 % (kind, kind)]
        for nid, text in notes:
            items.append('<w:%s w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                         '<w:%sRef/></w:r>%s</w:p></w:%s>' % (kind, nid, kind, run(" " + text), kind))
        doc_rels.append(("rId%ss" % kind.capitalize(), R_OFFDOC + "/%ss" % kind, "%ss.xml" % kind))
        overrides.append(("/word/%ss.xml" % kind, CT_WML + "%ss+xml" % kind))
        parts.append(("word/%ss.xml" % kind, XML_DECL + "<w:%ss %s>%s</w:%ss>" % (kind, W_NS, "".join(items), kind)))
    if comments is not None:
        items = []
        for cid, text in comments:
            items.append('<w:comment w:id="%d" w:author="Saksbehandler" w:date="2024-03-01T10:00:00Z" w:initials="SB">'
                         '<w:p><w:r><w:annotationRef/></w:r>%s</w:p></w:comment>' % (cid, run(text)))
        doc_rels.append(("rIdComments", R_OFFDOC + "/comments", "comments.xml"))
        overrides.append(("/word/comments.xml", CT_WML + "comments+xml"))
        parts.append(("word/comments.xml", XML_DECL + "<w:comments %s>%s</w:comments>" % (W_NS, "".join(items))))
    for name, data, rid in embeddings or ():
        doc_rels.append((rid, R_OFFDOC + "/package", "embeddings/" + name))
        parts.append(("word/embeddings/" + name, data))
        ext = name.rsplit(".", 1)[1]
        defaults.append((ext, CT_DOCX if ext == "docx" else "application/octet-stream"))
    if raw_document is not None:
        document = raw_document
    else:
        document = (XML_DECL + "<w:document %s><w:body>%s<w:sectPr>%s"
                    '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" '
                    'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
                    % (W_NS, "".join(body), sect))
    root_rels, prop_parts, prop_overrides = package_root_parts(
        "word/document.xml", None, core or core_xml(title="Brev"), app_xml(), custom)
    members = [("[Content_Types].xml", content_types_xml(defaults, overrides + prop_overrides)),
               ("_rels/.rels", root_rels),
               ("word/document.xml", document),
               ("word/_rels/document.xml.rels", rels_xml(doc_rels))]
    members += parts + prop_parts
    return zip_bytes(members)


def simple_docx(number_text, lead="Pasientens fødselsnummer er ") -> bytes:
    return docx_bytes(LETTER_HEAD + [para(lead + number_text + "."),
                                     para("Med vennlig hilsen"), para("Saksbehandler")])


def textbox_run(text) -> str:
    inner = "<w:txbxContent>%s</w:txbxContent>" % para(text)
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="3600000" cy="720000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Tekstboks 1"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="720000"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            '<wps:txbx>%s</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape id="Tekstboks 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
            'style="position:absolute;margin-left:0;margin-top:0;width:283.5pt;height:56.7pt;z-index:251659264">'
            '<v:textbox>%s</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
            % (inner, inner))


def ole_object_run(rid) -> str:
    return ('<w:r><w:object w:dxaOrig="1531" w:dyaOrig="991">'
            '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:76.5pt;height:49.5pt" o:ole=""/>'
            '<o:OLEObject Type="Embed" ProgID="Word.Document.12" ShapeID="_x0000_i1025" DrawAspect="Icon" '
            'ObjectID="_1770000001" r:id="%s"><o:FieldCodes>\\s</o:FieldCodes></o:OLEObject></w:object></w:r>' % rid)


# --------------------------------------------------------------------------------------------
# XLSX

S_NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

XLSX_STYLES = (XML_DECL + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
               '<fills count="2"><fill><patternFill patternType="none"/></fill>'
               '<fill><patternFill patternType="gray125"/></fill></fills>'
               '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
               '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
               '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
               '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
               '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
               "</styleSheet>")


def cell_s(ref, idx):
    return '<c r="%s" t="s"><v>%d</v></c>' % (ref, idx)


def cell_n(ref, value, style=1):
    return '<c r="%s" s="%d"><v>%s</v></c>' % (ref, style, value)


def xlsx_bytes(sheets, shared, comments=None) -> bytes:
    """sheets: list of (name, list of row XML strings).  shared: list of shared strings.
    comments: {sheet index (0-based): list of (cell ref, text)}."""
    comments = comments or {}
    wb_rels, overrides, parts = [], [("/xl/workbook.xml", CT_SML + "sheet.main+xml"),
                                     ("/xl/styles.xml", CT_SML + "styles+xml"),
                                     ("/xl/sharedStrings.xml", CT_SML + "sharedStrings+xml")], []
    defaults = []
    sheet_els = []
    for i, (name, rows) in enumerate(sheets, start=1):
        rid = "rId%d" % i
        wb_rels.append((rid, R_OFFDOC + "/worksheet", "worksheets/sheet%d.xml" % i))
        sheet_els.append('<sheet name="%s" sheetId="%d" r:id="%s"/>' % (x(name), i, rid))
        overrides.append(("/xl/worksheets/sheet%d.xml" % i, CT_SML + "worksheet+xml"))
        legacy = ""
        if (i - 1) in comments:
            cl = comments[i - 1]
            legacy = '<legacyDrawing r:id="rId2"/>'
            parts.append(("xl/worksheets/_rels/sheet%d.xml.rels" % i, rels_xml([
                ("rId1", R_OFFDOC + "/comments", "../comments%d.xml" % i),
                ("rId2", R_OFFDOC + "/vmlDrawing", "../drawings/vmlDrawing%d.vml" % i)])))
            parts.append(("xl/comments%d.xml" % i, XML_DECL +
                          '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                          "<authors><author>Saksbehandler</author></authors><commentList>" +
                          "".join('<comment ref="%s" authorId="0"><text><r><t xml:space="preserve">%s</t></r></text></comment>'
                                  % (ref, x(t)) for ref, t in cl) + "</commentList></comments>"))
            overrides.append(("/xl/comments%d.xml" % i, CT_SML + "comments+xml"))
            shapes = []
            for k, (ref, _t) in enumerate(cl):
                col = ord(ref[0]) - ord("A")
                row = int(ref[1:]) - 1
                shapes.append('<v:shape id="_x0000_s%d" type="#_x0000_t202" style="position:absolute;margin-left:80pt;'
                              'margin-top:2pt;width:140pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1">'
                              '<v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>'
                              "<x:AutoFill>False</x:AutoFill><x:Row>%d</x:Row><x:Column>%d</x:Column></x:ClientData>"
                              "</v:shape>" % (1025 + k, row, col))
            parts.append(("xl/drawings/vmlDrawing%d.vml" % i,
                          '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                          'xmlns:x="urn:schemas-microsoft-com:office:excel">'
                          '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                          '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                          + "".join(shapes) + "</xml>"))
            defaults = [("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing")]
        parts.append(("xl/worksheets/sheet%d.xml" % i, XML_DECL + "<worksheet %s>"
                      '<cols><col min="1" max="2" width="24" customWidth="1"/></cols>'
                      "<sheetData>%s</sheetData>%s</worksheet>" % (S_NS, "".join(rows), legacy)))
    n = len(sheets)
    wb_rels.append(("rId%d" % (n + 1), R_OFFDOC + "/styles", "styles.xml"))
    wb_rels.append(("rId%d" % (n + 2), R_OFFDOC + "/sharedStrings", "sharedStrings.xml"))
    workbook = XML_DECL + "<workbook %s><sheets>%s</sheets></workbook>" % (S_NS, "".join(sheet_els))
    sst = (XML_DECL + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(shared), len(shared), "".join('<si><t xml:space="preserve">%s</t></si>' % x(s) for s in shared)))
    root_rels, prop_parts, prop_overrides = package_root_parts(
        "xl/workbook.xml", None, core_xml(title="Oversikt"), app_xml("Microsoft Excel"))
    members = [("[Content_Types].xml", content_types_xml(defaults, overrides + prop_overrides)),
               ("_rels/.rels", root_rels),
               ("xl/workbook.xml", workbook),
               ("xl/_rels/workbook.xml.rels", rels_xml(wb_rels)),
               ("xl/styles.xml", XLSX_STYLES),
               ("xl/sharedStrings.xml", sst)]
    members += parts + prop_parts
    return zip_bytes(members)


def row(n, *cells):
    return '<row r="%d">%s</row>' % (n, "".join(cells))


# --------------------------------------------------------------------------------------------
# PPTX

P_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
GRP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
       '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
       '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')
CLRMAP = ('<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
          'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>')


def theme_xml(name="Office") -> str:
    colors = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'), ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
              ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
              ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
              ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
              ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
              ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>')]
    clr = "".join("<a:%s>%s</a:%s>" % (k, v, k) for k, v in colors)
    font = '<a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>'
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    eff = "<a:effectStyle><a:effectLst/></a:effectStyle>"
    return (XML_DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="%s"><a:themeElements>'
            '<a:clrScheme name="Office">%s</a:clrScheme><a:fontScheme name="Office"><a:majorFont>%s</a:majorFont>'
            "<a:minorFont>%s</a:minorFont></a:fontScheme><a:fmtScheme name=\"Office\"><a:fillStyleLst>%s</a:fillStyleLst>"
            "<a:lnStyleLst>%s</a:lnStyleLst><a:effectStyleLst>%s</a:effectStyleLst><a:bgFillStyleLst>%s</a:bgFillStyleLst>"
            "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
            % (name, clr, font, font, fill * 3, ln * 3, eff * 3, fill * 3))


def text_shape(sid, name, paragraphs, ph=None, y=457200, cy=1143000) -> str:
    nvpr = '<p:nvPr><p:ph type="%s" idx="1"/></p:nvPr>' % ph if ph else "<p:nvPr/>"
    paras = "".join('<a:p><a:r><a:rPr lang="nb-NO" dirty="0"/><a:t>%s</a:t></a:r></a:p>' % x(t) for t in paragraphs)
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr txBox="1"/>%s</p:nvSpPr>'
            '<p:spPr><a:xfrm><a:off x="457200" y="%d"/><a:ext cx="8229600" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            '<p:txBody><a:bodyPr wrap="square"/><a:lstStyle/>%s</p:txBody></p:sp>' % (sid, x(name), nvpr, y, cy, paras))


def pptx_bytes(slides, notes=None) -> bytes:
    """slides: list of (title, list of body paragraphs).  notes: {slide index (0-based): text}."""
    notes = notes or {}
    P = "ppt/"
    parts = []
    overrides = [("/ppt/presentation.xml", CT_PML + "presentation.main+xml"),
                 ("/ppt/slideMasters/slideMaster1.xml", CT_PML + "slideMaster+xml"),
                 ("/ppt/slideLayouts/slideLayout1.xml", CT_PML + "slideLayout+xml"),
                 ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")]
    pres_rels = [("rId1", R_OFFDOC + "/slideMaster", "slideMasters/slideMaster1.xml"),
                 ("rId2", R_OFFDOC + "/theme", "theme/theme1.xml")]
    parts.append((P + "theme/theme1.xml", theme_xml()))
    parts.append((P + "slideMasters/slideMaster1.xml", XML_DECL +
                  "<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>"
                  "<p:spTree>%s</p:spTree></p:cSld>%s<p:sldLayoutIdLst>"
                  '<p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>' % (P_NS, GRP, CLRMAP)))
    parts.append((P + "slideMasters/_rels/slideMaster1.xml.rels", rels_xml([
        ("rId1", R_OFFDOC + "/slideLayout", "../slideLayouts/slideLayout1.xml"),
        ("rId2", R_OFFDOC + "/theme", "../theme/theme1.xml")])))
    parts.append((P + "slideLayouts/slideLayout1.xml", XML_DECL +
                  '<p:sldLayout %s type="blank" preserve="1"><p:cSld name="Tomt"><p:spTree>%s</p:spTree></p:cSld>'
                  "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>" % (P_NS, GRP)))
    parts.append((P + "slideLayouts/_rels/slideLayout1.xml.rels", rels_xml([
        ("rId1", R_OFFDOC + "/slideMaster", "../slideMasters/slideMaster1.xml")])))
    notes_master = ""
    if notes:
        overrides.append(("/ppt/notesMasters/notesMaster1.xml", CT_PML + "notesMaster+xml"))
        overrides.append(("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml"))
        pres_rels.append(("rId3", R_OFFDOC + "/notesMaster", "notesMasters/notesMaster1.xml"))
        notes_master = '<p:notesMasterIdLst><p:notesMasterId r:id="rId3"/></p:notesMasterIdLst>'
        parts.append((P + "theme/theme2.xml", theme_xml("Notater")))
        parts.append((P + "notesMasters/notesMaster1.xml", XML_DECL +
                      "<p:notesMaster %s><p:cSld><p:spTree>%s</p:spTree></p:cSld>%s</p:notesMaster>" % (P_NS, GRP, CLRMAP)))
        parts.append((P + "notesMasters/_rels/notesMaster1.xml.rels", rels_xml([
            ("rId1", R_OFFDOC + "/theme", "../theme/theme2.xml")])))
    sld_ids = []
    for i, (title, body) in enumerate(slides, start=1):
        rid = "rId%d" % (10 + i)
        pres_rels.append((rid, R_OFFDOC + "/slide", "slides/slide%d.xml" % i))
        sld_ids.append('<p:sldId id="%d" r:id="%s"/>' % (255 + i, rid))
        overrides.append(("/ppt/slides/slide%d.xml" % i, CT_PML + "slide+xml"))
        tree = GRP + text_shape(2, "Tittel 1", [title]) + text_shape(3, "Tekst 2", body, y=1828800, cy=3657600)
        parts.append((P + "slides/slide%d.xml" % i, XML_DECL +
                      "<p:sld %s><p:cSld><p:spTree>%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
                      % (P_NS, tree)))
        srels = [("rId1", R_OFFDOC + "/slideLayout", "../slideLayouts/slideLayout1.xml")]
        if (i - 1) in notes:
            srels.append(("rId2", R_OFFDOC + "/notesSlide", "../notesSlides/notesSlide%d.xml" % i))
            overrides.append(("/ppt/notesSlides/notesSlide%d.xml" % i, CT_PML + "notesSlide+xml"))
            ntree = (GRP + '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Lysbildebilde 1"/><p:cNvSpPr><a:spLocks noGrp="1" '
                     'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr>'
                     "<p:spPr/></p:sp>" + text_shape(3, "Notatplassholder 2", [notes[i - 1]], ph="body"))
            parts.append((P + "notesSlides/notesSlide%d.xml" % i, XML_DECL +
                          "<p:notes %s><p:cSld><p:spTree>%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/>"
                          "</p:clrMapOvr></p:notes>" % (P_NS, ntree)))
            parts.append((P + "notesSlides/_rels/notesSlide%d.xml.rels" % i, rels_xml([
                ("rId1", R_OFFDOC + "/notesMaster", "../notesMasters/notesMaster1.xml"),
                ("rId2", R_OFFDOC + "/slide", "../slides/slide%d.xml" % i)])))
        parts.append((P + "slides/_rels/slide%d.xml.rels" % i, rels_xml(srels)))
    presentation = (XML_DECL + '<p:presentation %s saveSubsetFonts="1"><p:sldMasterIdLst>'
                    '<p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>%s<p:sldIdLst>%s</p:sldIdLst>'
                    '<p:sldSz cx="9144000" cy="6858000" type="screen4x3"/><p:notesSz cx="6858000" cy="9144000"/>'
                    "</p:presentation>" % (P_NS, notes_master, "".join(sld_ids)))
    root_rels, prop_parts, prop_overrides = package_root_parts(
        "ppt/presentation.xml", None, core_xml(title="Orientering"), app_xml("Microsoft Office PowerPoint"))
    members = [("[Content_Types].xml", content_types_xml([], overrides + prop_overrides)),
               ("_rels/.rels", root_rels),
               ("ppt/presentation.xml", presentation),
               ("ppt/_rels/presentation.xml.rels", rels_xml(pres_rels))]
    members += parts + prop_parts
    return zip_bytes(members)


# --------------------------------------------------------------------------------------------
# ODF

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink"')
ODF_MIME = {"odt": "application/vnd.oasis.opendocument.text",
            "ods": "application/vnd.oasis.opendocument.spreadsheet",
            "odp": "application/vnd.oasis.opendocument.presentation"}
ODF_BODY = {"odt": "office:text", "ods": "office:spreadsheet", "odp": "office:presentation"}


def odf_bytes(kind, body, *, header=None, title="Brev") -> bytes:
    mime = ODF_MIME[kind]
    content = (XML_DECL + '<office:document-content %s office:version="1.3"><office:automatic-styles/>'
               "<office:body><%s>%s</%s></office:body></office:document-content>"
               % (ODF_NS, ODF_BODY[kind], body, ODF_BODY[kind]))
    hdr = "<style:header>%s</style:header>" % "".join("<text:p>%s</text:p>" % x(t) for t in header) if header else ""
    if kind == "odp":
        layout = '<style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="28cm" fo:page-height="21cm"/></style:page-layout>'
    else:
        layout = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
                  'fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" '
                  'fo:margin-right="2cm"/><style:header-style/></style:page-layout>')
    pl = "PM1" if kind == "odp" else "pm1"
    styles = (XML_DECL + '<office:document-styles %s office:version="1.3"><office:styles/>'
              "<office:automatic-styles>%s</office:automatic-styles><office:master-styles>"
              '<style:master-page style:name="Standard" style:page-layout-name="%s">%s</style:master-page>'
              "</office:master-styles></office:document-styles>" % (ODF_NS, layout, pl, hdr))
    meta = (XML_DECL + '<office:document-meta %s office:version="1.3"><office:meta>'
            "<meta:generator>journalvakt make_documents.py</meta:generator><dc:title>%s</dc:title>"
            "<dc:creator>Saksbehandler</dc:creator><dc:date>2024-03-01T09:00:00</dc:date>"
            "<meta:creation-date>2024-03-01T09:00:00</meta:creation-date></office:meta></office:document-meta>"
            % (ODF_NS, x(title)))
    manifest = (XML_DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="%s"/>' % mime +
                "".join('<manifest:file-entry manifest:full-path="%s" manifest:media-type="text/xml"/>' % p
                        for p in ("content.xml", "styles.xml", "meta.xml")) + "</manifest:manifest>")
    return zip_bytes([("mimetype", mime), ("content.xml", content), ("styles.xml", styles),
                      ("meta.xml", meta), ("META-INF/manifest.xml", manifest)], stored={"mimetype"})


def tp(*parts) -> str:
    return "<text:p>%s</text:p>" % "".join(p if p.startswith("<") else x(p) for p in parts)


ODT_HEAD = tp("Eksempel kommune – Helse og omsorg") + tp("Saksnummer 2024/1234-5, dato 1. mars 2024")


# --------------------------------------------------------------------------------------------
# PDF (hand-written, uncompressed object structure, Flate content streams)

def pdf_lit(s: str) -> bytes:
    """A PDF text string: literal in PDFDocEncoding for ASCII, else UTF-16BE with BOM in hex."""
    if all(ord(c) < 128 for c in s):
        return b"(" + s.encode("ascii").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def pdf_show(s: str) -> bytes:
    """A string for Tj with /WinAnsiEncoding."""
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


class PDF:
    def __init__(self):
        self.objs = []

    def reserve(self) -> int:
        self.objs.append(None)
        return len(self.objs)

    def set(self, num, body):
        self.objs[num - 1] = body if isinstance(body, bytes) else body.encode("latin-1")

    def add(self, body) -> int:
        n = self.reserve()
        self.set(n, body)
        return n

    def stream(self, dict_items: bytes, data: bytes, compress=True) -> bytes:
        if compress:
            data = zlib.compress(data, 9)
            dict_items += b" /Filter /FlateDecode"
        return b"<< " + dict_items + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"

    def add_stream(self, dict_items: bytes, data: bytes, compress=True) -> int:
        return self.add(self.stream(dict_items, data, compress))

    def build(self, root, info=None) -> bytes:
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objs, start=1):
            assert body is not None, i
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        out += b"trailer\n<< /Size %d /Root %d 0 R" % (len(self.objs) + 1, root)
        if info:
            out += b" /Info %d 0 R" % info
        out += b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)


def text_page_content(lines, font=b"/F1", size=12, x0=72, y0=770, leading=18) -> bytes:
    c = b"BT %s %d Tf %d TL %d %d Td\n" % (font, size, leading, x0, y0)
    for ln in lines:
        c += pdf_show(ln) + b" Tj T*\n"
    return c + b"ET\n"


def pdf_bytes(pages, *, info=None, annots=None, fields=None, attachments=None, font="Helvetica",
              mediabox=(595, 842), page_resources_extra=b"", raw_contents=None) -> bytes:
    """pages: list of list of text lines.  info: dict for /Info.  annots: {page index: [annotation
    dict bytes without /P]}.  fields: list of (name, value, tooltip) text fields on page 1.
    attachments: list of (file name, bytes, mime subtype, description)."""
    pdf = PDF()
    catalog = pdf.reserve()
    pages_obj = pdf.reserve()
    font_obj = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % font)
    kids = []
    field_refs = []
    for i, lines in enumerate(pages):
        page = pdf.reserve()
        kids.append(page)
        content = raw_contents[i] if raw_contents else text_page_content(lines)
        cs = pdf.add_stream(b"", content)
        annot_refs = []
        for a in (annots or {}).get(i, []):
            annot_refs.append(pdf.add(b"<< " + a + b" /P %d 0 R >>" % page))
        if i == 0:
            for k, (name, value, tooltip) in enumerate(fields or ()):
                y = 600 - 40 * k
                f = pdf.add(b"<< /Type /Annot /Subtype /Widget /FT /Tx /T " + pdf_lit(name) + b" /TU " + pdf_lit(tooltip)
                            + b" /V " + pdf_lit(value) + b" /DA (/Helv 12 Tf 0 g) /F 4 /Rect [250 %d 500 %d] /P %d 0 R"
                            b" /MK << /BC [0 0 0] >> >>" % (y, y + 22, page))
                field_refs.append(f)
                annot_refs.append(f)
        annots_b = b" /Annots [%s]" % b" ".join(b"%d 0 R" % r for r in annot_refs) if annot_refs else b""
        pdf.set(page, b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >>%s >>"
                      b" /Contents %d 0 R%s >>" % (pages_obj, mediabox[0], mediabox[1], font_obj, page_resources_extra,
                                                   cs, annots_b))
    pdf.set(pages_obj, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    extra = b""
    if field_refs:
        helv = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        extra += (b" /AcroForm << /Fields [%s] /NeedAppearances true /DA (/Helv 12 Tf 0 g) /DR << /Font << /Helv %d 0 R >> >> >>"
                  % (b" ".join(b"%d 0 R" % r for r in field_refs), helv))
    if attachments:
        names = []
        for fname, data, subtype, desc in attachments:
            ef = pdf.add_stream(b"/Type /EmbeddedFile /Subtype /" + subtype.replace("/", "#2F").encode()
                                + b" /Params << /Size %d >>" % len(data), data)
            fs = pdf.add(b"<< /Type /Filespec /F " + pdf_lit(fname) + b" /UF " + pdf_lit(fname) + b" /Desc "
                         + pdf_lit(desc) + b" /EF << /F %d 0 R /UF %d 0 R >> >>" % (ef, ef))
            names.append(pdf_lit(fname) + b" %d 0 R" % fs)
        extra += b" /Names << /EmbeddedFiles << /Names [%s] >> >> /PageMode /UseAttachments" % b" ".join(names)
    pdf.set(catalog, b"<< /Type /Catalog /Pages %d 0 R%s >>" % (pages_obj, extra))
    info_obj = None
    if info:
        info_obj = pdf.add(b"<< " + b" ".join(b"/" + k.encode() + b" " + pdf_lit(v) for k, v in info.items()) + b" >>")
    return pdf.build(catalog, info_obj)


def image_pdf(width, height, gray: bytes, dpi=300) -> bytes:
    """One page that is only a DeviceGray image."""
    pdf = PDF()
    catalog = pdf.reserve()
    pages_obj = pdf.reserve()
    page = pdf.reserve()
    img = pdf.add_stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                         b"/BitsPerComponent 8" % (width, height), gray)
    w_pt = width * 72 / dpi
    h_pt = height * 72 / dpi
    cs = pdf.add_stream(b"", b"q %.2f 0 0 %.2f 0 0 cm /Im1 Do Q\n" % (w_pt, h_pt))
    pdf.set(page, b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im1 %d 0 R >> >>"
                  b" /Contents %d 0 R >>" % (pages_obj, w_pt, h_pt, img, cs))
    pdf.set(pages_obj, b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    pdf.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj)
    return pdf.build(catalog)


def render_gray(pdf_data: bytes, dpi=300):
    """Render page 1 of a PDF to an 8-bit grey bitmap with ghostscript; returns (w, h, bytes)."""
    gs = shutil.which("gs")
    if not gs:
        sys.exit("make_documents.py: ghostscript (gs) is needed: apt-get install ghostscript")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.pdf")
        dst = os.path.join(tmp, "out.pgm")
        with open(src, "wb") as f:
            f.write(pdf_data)
        subprocess.run([gs, "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pgmraw", "-r%d" % dpi,
                        "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4", "-sOutputFile=" + dst, src], check=True)
        with open(dst, "rb") as f:
            data = f.read()
    m = re.match(rb"P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s", data)
    assert m and m.group(3) == b"255", data[:40]
    w, h = int(m.group(1)), int(m.group(2))
    pix = data[m.end():]
    assert len(pix) == w * h
    return w, h, pix


def qpdf_encrypt(pdf_data: bytes, user: str, owner: str) -> bytes:
    qpdf = shutil.which("qpdf")
    if not qpdf:
        sys.exit("make_documents.py: qpdf is needed: apt-get install qpdf")
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.pdf"), os.path.join(tmp, "out.pdf")
        with open(src, "wb") as f:
            f.write(pdf_data)
        # --static-id/--static-aes-iv make the output reproducible; AES-128 (R4) derives its key
        # from the password and the ID only, so nothing random is left.
        subprocess.run([qpdf, "--static-id", "--static-aes-iv", "--encrypt", user, owner, "128",
                        "--use-aes=y", "--", src, dst], check=True)
        with open(dst, "rb") as f:
            return f.read()


# --------------------------------------------------------------------------------------------
# MIME

CRLF = "\r\n"


def b64_lines(data: bytes) -> str:
    s = base64.b64encode(data).decode()
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8").replace(b"\r\n", b"\n")).decode("ascii").replace("\n", CRLF)


def q_word(s: str) -> str:
    """RFC 2047 Q encoded-word in UTF-8."""
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?UTF-8?Q?%s?=" % "".join(out)


def mail_headers(subject_header: str, extra="") -> str:
    return ("From: Saksbehandler <saksbehandler@kommune.example>" + CRLF +
            "To: Postmottak <postmottak@kommune.example>" + CRLF +
            subject_header + CRLF +
            "Date: Fri, 01 Mar 2024 10:00:00 +0100" + CRLF +
            "Message-ID: <fixture-%s@kommune.example>" % extra + CRLF +
            "MIME-Version: 1.0" + CRLF)


# --------------------------------------------------------------------------------------------
# fixtures

def build():
    fx = {}  # name -> (bytes, gold)

    def put(name, data, g, extra_gold=None):
        assert name not in fx
        fx[name] = (data, g, extra_gold or {})

    # ---------------- DOCX
    put("docx_comment.docx", docx_bytes(
        LETTER_HEAD + [
            para("Vi viser til søknaden om ",
                 '<w:commentRangeStart w:id="0"/>', "pasientreiser", '<w:commentRangeEnd w:id="0"/>',
                 '<w:r><w:rPr><w:rStyle w:val="Merknadsreferanse"/></w:rPr><w:commentReference w:id="0"/></w:r>',
                 " og har behandlet saken."),
            para("Med vennlig hilsen"), para("Saksbehandler")],
        comments=[(0, "Sjekk fødselsnummer %s før utsending." % F[0])]),
        gold([finding(F[0], "comment")]))

    put("docx_tracked_deletion.docx", docx_bytes(
        LETTER_HEAD + [
            para("Pasientens fødselsnummer er ",
                 '<w:del w:id="1" w:author="Saksbehandler" w:date="2024-03-01T10:00:00Z"><w:r>'
                 '<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % F[1],
                 '<w:ins w:id="2" w:author="Saksbehandler" w:date="2024-03-01T10:00:00Z">%s</w:ins>' % run("[fjernet]"),
                 "."),
            para("Med vennlig hilsen"), para("Saksbehandler")]),
        gold([finding(F[1], "tracked_deletion")]))

    put("docx_tracked_insertion.docx", docx_bytes(
        LETTER_HEAD + [
            para("Klagerens fødselsnummer: ",
                 '<w:ins w:id="3" w:author="Saksbehandler" w:date="2024-03-01T10:00:00Z">%s</w:ins>' % run(spaced(F[2])),
                 "."),
            para("Med vennlig hilsen"), para("Saksbehandler")]),
        gold([finding(F[2], "tracked_insertion")]))

    put("docx_header.docx", docx_bytes(
        LETTER_HEAD + [para("Vi bekrefter at henvisningen er mottatt."), para("Med vennlig hilsen")],
        header=[para("Unntatt offentlighet – pasient %s" % F[3])]),
        gold([finding(F[3], "header")]))

    put("docx_footer.docx", docx_bytes(
        LETTER_HEAD + [para("Vi bekrefter at henvisningen er mottatt."), para("Med vennlig hilsen")],
        footer=[para("Gjelder fødselsnummer %s – side 1" % F[4])]),
        gold([finding(F[4], "footer")]))

    put("docx_footnote.docx", docx_bytes(
        LETTER_HEAD + [
            para("Vedtaket gjelder pasienten omtalt i henvisningen.",
                 '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'),
            para("Klagefristen er tre uker.",
                 '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r>'),
            para("Med vennlig hilsen")],
        footnotes=[(1, "Fødselsnummer %s." % F[5])],
        endnotes=[(1, "Tidligere sak gjaldt fødselsnummer %s." % F[6])]),
        gold([finding(F[5], "footnote"), finding(F[6], "footnote")]))

    put("docx_properties.docx", docx_bytes(
        LETTER_HEAD + [para("Vi bekrefter at henvisningen er mottatt."), para("Med vennlig hilsen")],
        core=core_xml(title="Henvisning", subject="Pasient %s – henvisning" % F[7]),
        custom=custom_xml([("Saksbehandler", "Kari Nordmann"), ("Partens fødselsnummer", DNR)])),
        gold([finding(F[7], "metadata"), finding(DNR, "metadata")]))

    put("docx_textbox.docx", docx_bytes(
        LETTER_HEAD + [para(textbox_run("Fødselsnummer: %s" % HNR)),
                       para("Vi bekrefter at henvisningen er mottatt."), para("Med vennlig hilsen")]),
        gold([finding(HNR, "body")]),
        {"note": "the text box is written twice, as Word does: mc:Choice (wps) and mc:Fallback (VML); one finding"})

    put("docx_clean.docx", docx_bytes(
        LETTER_HEAD + [
            para("Faktura nr. 2024-0042 for tolketjenester i februar 2024."),
            para("Beløp kr 12 345,00 betales til kontonummer 1234.56.78903 innen 15. mars 2024."),
            para("Organisasjonsnummer 974 760 673. Spørsmål kan rettes til telefon 22 33 44 55 eller 912 34 567."),
            para("Med vennlig hilsen"), para("Økonomiavdelingen")]),
        gold())

    n = F[0]
    put("docx_split_runs.docx", docx_bytes(
        LETTER_HEAD + [
            para("Pasientens fødselsnummer er ", run(n[:4]), '<w:proofErr w:type="spellStart"/>',
                 run(n[4:8], "<w:rPr><w:b/></w:rPr>"), '<w:proofErr w:type="spellEnd"/>', run(n[8:]), "."),
            para("Med vennlig hilsen")]),
        gold([finding(n, "body")]))

    inner = simple_docx(F[1], lead="Vedlagt journalnotat for pasient med fødselsnummer ")
    put("docx_embedded.docx", docx_bytes(
        LETTER_HEAD + [para("Journalnotatet er lagt inn som objekt nedenfor."), para(ole_object_run("rIdOle1")),
                       para("Med vennlig hilsen")],
        embeddings=[("Microsoft_Word_Document.docx", inner, "rIdOle1")]),
        gold([finding(F[1], "attachment:word/embeddings/Microsoft_Word_Document.docx/body")]))

    # ---------------- XLSX
    put("xlsx_numeric_cell.xlsx", xlsx_bytes(
        [("Oversikt", [row(1, cell_s("A1", 0), cell_s("B1", 1)), row(2, cell_s("A2", 2), cell_n("B2", 3, 0))]),
         ("Pasienter", [row(1, cell_s("A1", 3), cell_s("B1", 4)), row(2, cell_s("A2", 5), cell_n("B2", F[2]))])],
        ["Post", "Antall", "Henvisninger", "Navn", "Fødselsnummer", "Ola Nordmann"]),
        gold([finding(F[2], "body", 2)]))

    put("xlsx_shared_string.xlsx", xlsx_bytes(
        [("Ark1", [row(1, cell_s("A1", 0), cell_s("B1", 1)), row(2, cell_s("A2", 2), cell_s("B2", 3))]),
         ("Ark2", [row(1, cell_s("A1", 4))])],
        ["Navn", "Opplysning", "Ola Nordmann", "fnr. %s" % spaced(F[3]), "Ingen merknader"]),
        gold([finding(F[3], "body", 1)]))

    put("xlsx_comment.xlsx", xlsx_bytes(
        [("Ark1", [row(1, cell_s("A1", 0), cell_s("B1", 1)), row(2, cell_s("A2", 2), cell_n("B2", 2, 0))])],
        ["Sak", "Antall vedlegg", "2024/1234"],
        comments={0: [("B2", "Saksbehandler:\nGjelder fødselsnummer %s" % F[4])]}),
        gold([finding(F[4], "comment", 1)]))

    put("xlsx_sheet_name.xlsx", xlsx_bytes(
        [("Oversikt", [row(1, cell_s("A1", 0))]), (F[5], [row(1, cell_s("A1", 1), cell_s("B1", 2))])],
        ["Journalførte saker", "Dato", "Tiltak"]),
        gold([finding(F[5], "metadata", 2)]),
        {"note": "the number is the name of sheet 2, so page is 2"})

    # ---------------- PPTX
    put("pptx_slide.pptx", pptx_bytes([
        ("Orientering til utvalget", ["Status for pasientreiser 2024", "Saksnummer 2024/1234"]),
        ("Enkeltsak", ["Klage fra pasient med fødselsnummer %s" % F[6], "Behandles i neste møte"])]),
        gold([finding(F[6], "body", 2)]))

    put("pptx_notes.pptx", pptx_bytes([
        ("Orientering til utvalget", ["Status for pasientreiser 2024"]),
        ("Oppsummering", ["Ingen enkeltsaker"])],
        notes={0: "Husk: saken gjelder fødselsnummer %s, ikke nevn navnet." % F[7]}),
        gold([finding(F[7], "annotation", 1)]))

    # ---------------- ODF
    put("odt_body.odt", odf_bytes("odt", ODT_HEAD + tp("Pasientens fødselsnummer er %s." % F[0]) + tp("Med vennlig hilsen")),
        gold([finding(F[0], "body")]))

    put("odt_annotation.odt", odf_bytes("odt", ODT_HEAD + tp(
        "Vi viser til søknaden",
        "<office:annotation><dc:creator>Saksbehandler</dc:creator><dc:date>2024-03-01T10:00:00</dc:date>"
        "<text:p>%s</text:p></office:annotation>" % x("Fødselsnummer %s må ikke stå i brevet." % F[1]),
        " og har behandlet saken.") + tp("Med vennlig hilsen")),
        gold([finding(F[1], "comment")]))

    put("odt_tracked_deletion.odt", odf_bytes("odt", (
        '<text:tracked-changes text:track-changes="true"><text:changed-region xml:id="ct1" text:id="ct1">'
        "<text:deletion><office:change-info><dc:creator>Saksbehandler</dc:creator><dc:date>2024-03-01T10:00:00</dc:date>"
        "</office:change-info><text:p>%s</text:p></text:deletion></text:changed-region></text:tracked-changes>" % spaced(F[2]))
        + ODT_HEAD + tp("Pasientens fødselsnummer er ", '<text:change text:change-id="ct1"/>', "[fjernet].")
        + tp("Med vennlig hilsen")),
        gold([finding(F[2], "tracked_deletion")]))

    put("odt_header.odt", odf_bytes("odt", ODT_HEAD + tp("Vi bekrefter at henvisningen er mottatt.") + tp("Med vennlig hilsen"),
                                    header=["Unntatt offentlighet – pasient %s" % F[3]]),
        gold([finding(F[3], "header")]))

    put("odt_meta.odt", odf_bytes("odt", ODT_HEAD + tp("Vi bekrefter at henvisningen er mottatt.") + tp("Med vennlig hilsen"),
                                  title="Henvisning pasient %s" % F[4]),
        gold([finding(F[4], "metadata")]))

    def ods_cell(t):
        return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(t)
    put("ods_cell.ods", odf_bytes("ods", (
        '<table:table table:name="Ark1"><table:table-column table:number-columns-repeated="2"/>'
        "<table:table-row>%s%s</table:table-row><table:table-row>%s%s</table:table-row></table:table>"
        '<table:table table:name="Ark2"><table:table-column/><table:table-row>%s</table:table-row></table:table>'
        % (ods_cell("Navn"), ods_cell("Fødselsnummer"), ods_cell("Ola Nordmann"), ods_cell(F[5]), ods_cell("Ingen merknader"))),
        title="Oversikt"),
        gold([finding(F[5], "body", 1)]))

    put("odp_slide.odp", odf_bytes("odp", (
        '<draw:page draw:name="Lysbilde1" draw:master-page-name="Standard">'
        '<draw:frame svg:x="2cm" svg:y="2cm" svg:width="24cm" svg:height="3cm"><draw:text-box>%s</draw:text-box></draw:frame>'
        '<draw:frame svg:x="2cm" svg:y="6cm" svg:width="24cm" svg:height="8cm"><draw:text-box>%s%s</draw:text-box></draw:frame>'
        "</draw:page>" % (tp("Enkeltsak"), tp("Klage fra pasient med fødselsnummer %s" % F[6]), tp("Behandles i neste møte")))),
        gold([finding(F[6], "body", 1)]))

    # ---------------- PDF
    letter = ["Eksempel kommune – Helse og omsorg", "Saksnummer 2024/1234-5, dato 1. mars 2024", ""]
    pages4 = [letter + ["Side %d av 4" % (i + 1), "", "Vi viser til tidligere korrespondanse i saken."] for i in range(4)]
    pages4[2] = pages4[2] + ["Pasientens fødselsnummer er %s." % F[7]]
    pdf_page3 = pdf_bytes(pages4)
    put("pdf_page3.pdf", pdf_page3, gold([finding(F[7], "body", 3)]))

    put("pdf_info.pdf", pdf_bytes([letter + ["Vi bekrefter at henvisningen er mottatt."]],
                                  info={"Title": "Henvisning – vedtak", "Subject": "Pasient %s" % DNR,
                                        "Author": "Saksbehandler", "Producer": "journalvakt make_documents.py"}),
        gold([finding(DNR, "metadata")]))

    put("pdf_annotation.pdf", pdf_bytes(
        [letter + ["Vi bekrefter at henvisningen er mottatt."]],
        annots={0: [b"/Type /Annot /Subtype /Text /Rect [400 700 420 720] /Open false /Name /Comment /F 4 /T "
                    + pdf_lit("Saksbehandler") + b" /Contents " + pdf_lit("Husk å fjerne fødselsnummer %s" % HNR)]}),
        gold([finding(HNR, "annotation", 1)]))

    put("pdf_form_field.pdf", pdf_bytes(
        [letter + ["Skjema: søknad om pasientreiser", "", "Navn:", "", "Fødselsnummer:"]],
        fields=[("navn", "Ola Nordmann", "Navn"), ("fnr", F[0], "Fødselsnummer")]),
        gold([finding(F[0], "form_field")]))

    put("pdf_attachment.pdf", pdf_bytes(
        [letter + ["Vedlegget inneholder journalnotatet."]],
        attachments=[("vedlegg.txt", ("Journalnotat\nPasientens fødselsnummer er %s.\n" % F[1]).encode("utf-8"),
                      "text/plain", "Journalnotat")]),
        gold([finding(F[1], "attachment:vedlegg.txt/body")]))

    put("pdf_encrypted.pdf", qpdf_encrypt(pdf_bytes([letter + ["Pasientens fødselsnummer er %s." % F[2]]]),
                                          "brukerpassord", "eierpassord"),
        gold(verdict="error", reason="encrypted"),
        {"note": "user password 'brukerpassord', owner password 'eierpassord'; page 1 holds a number"})

    scan_lines = ["Eksempel kommune", "Helse og omsorg", "", "Pasientens fødselsnummer:", F[3], "",
                  "Med vennlig hilsen", "Saksbehandler"]
    text_src = pdf_bytes([scan_lines], font="Courier",
                         raw_contents=[text_page_content(scan_lines, size=14, x0=72, y0=760, leading=24)])
    w, h, pix = render_gray(text_src)
    put("pdf_image_only.pdf", image_pdf(w, h, pix),
        gold([finding(F[3], "ocr", 1)]),
        {"note": "A4 page, only a 300 dpi grey image of Courier 14 pt text (58 px em); see .gold-no-ocr.json"})

    put("pdf_clean.pdf", pdf_bytes([letter + [
        "Faktura nr. 2024-0042 for tolketjenester i februar 2024.",
        "Beløp kr 12 345,00 betales til kontonummer 1234.56.78903 innen 15. mars 2024.",
        "Organisasjonsnummer 974 760 673. Telefon 22 33 44 55.", "", "Med vennlig hilsen", "Økonomiavdelingen"]],
        info={"Title": "Faktura 2024-0042", "Author": "Økonomiavdelingen"}),
        gold())

    # ---------------- HTML
    html = ("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>Vedtak – pasient %s</title>\n</head>\n<body>\n"
            "<h1>Vedtak om pasientreiser</h1>\n"
            "<p>Pasientens fødselsnummer er %s.</p>\n"
            "<p>Tidligere sak gjaldt fødselsnummer %s<span>%s</span>%s.</p>\n"
            "<p>Med vennlig hilsen<br>Saksbehandler</p>\n</body>\n</html>\n"
            % (F[4], F[5], F[6][:4], F[6][4:8], F[6][8:]))
    put("html_page.html", html.encode("utf-8"),
        gold([finding(F[4], "metadata"), finding(F[5], "body"), finding(F[6], "body")]))

    # ---------------- EML
    att = simple_docx(F[7], lead="Henvisning for pasient med fødselsnummer ")
    html_alt = ("<html><head><meta charset=\"utf-8\"></head><body><p>Hei,</p>"
                "<p>Vedlagt følger henvisningen. Pasienten har fødselsnummer %s og ønsker time så snart som mulig.</p>"
                "<p>Med vennlig hilsen<br>Fastlegekontoret</p></body></html>" % spaced(DNR))
    plain = "Hei,\r\n\r\nVedlagt følger henvisningen.\r\n\r\nMed vennlig hilsen\r\nFastlegekontoret\r\n"
    eml = (mail_headers("Subject: Henvisning", "docx") +
           'Content-Type: multipart/mixed; boundary="=_ytre_0001"' + CRLF + CRLF +
           "This is a multi-part message in MIME format." + CRLF + CRLF +
           "--=_ytre_0001" + CRLF +
           'Content-Type: multipart/alternative; boundary="=_indre_0002"' + CRLF + CRLF +
           "--=_indre_0002" + CRLF +
           "Content-Type: text/plain; charset=utf-8" + CRLF +
           "Content-Transfer-Encoding: 8bit" + CRLF + CRLF + plain + CRLF +
           "--=_indre_0002" + CRLF +
           "Content-Type: text/html; charset=utf-8" + CRLF +
           "Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF + qp(html_alt) + CRLF +
           "--=_indre_0002--" + CRLF + CRLF +
           "--=_ytre_0001" + CRLF +
           "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;" + CRLF +
           ' name="henvisning.docx"' + CRLF +
           'Content-Disposition: attachment; filename="henvisning.docx"' + CRLF +
           "Content-Transfer-Encoding: base64" + CRLF + CRLF + b64_lines(att) + CRLF +
           "--=_ytre_0001--" + CRLF)
    put("eml_docx_attachment.eml", eml.encode("utf-8"),
        gold([finding(DNR, "body"), finding(F[7], "attachment:henvisning.docx/body")]),
        {"note": "text/plain part is clean; the quoted-printable text/html alternative holds the body number"})

    subj = ("Subject: " + q_word("Søknad om pårørendepenger – ") + CRLF + " " + q_word("fødselsnummer %s" % HNR))
    eml2 = (mail_headers(subj, "subject") +
            "Content-Type: text/plain; charset=utf-8" + CRLF +
            "Content-Transfer-Encoding: 8bit" + CRLF + CRLF +
            "Hei,\r\n\r\nSøknaden er mottatt og blir behandlet.\r\n\r\nMed vennlig hilsen\r\nNAV-kontoret\r\n")
    put("eml_subject.eml", eml2.encode("utf-8"), gold([finding(HNR, "metadata")]))

    # ---------------- ZIP
    notat = docx_bytes(LETTER_HEAD + [
        para("Notat fra møtet ", '<w:commentRangeStart w:id="0"/>', "i dag", '<w:commentRangeEnd w:id="0"/>',
             '<w:r><w:commentReference w:id="0"/></w:r>', "."), para("Ingen vedtak ble fattet.")],
        comments=[(0, "Gjelder fødselsnummer %s" % F[1])])
    put("zip_documents.zip", zip_bytes([
        ("brev.txt", ("Brev til pasienten\nFødselsnummer: %s\n" % F[0]).encode("utf-8")),
        ("mappe/notat.docx", notat)]),
        gold([finding(F[0], "attachment:brev.txt/body"), finding(F[1], "attachment:mappe/notat.docx/comment")]))

    # ---------------- crafted bad files (all verdict error)
    real = simple_docx(F[2])
    put("bad_truncated.docx", real[:len(real) // 2], gold(verdict="error"),
        {"note": "the first half of a valid docx (no central directory); the cut falls inside a member"})
    put("bad_truncated.pdf", pdf_page3[:len(pdf_page3) // 2], gold(verdict="error"),
        {"note": "the first half of pdf_page3.pdf: no xref, no trailer, no %%EOF; page 3 (the number) is cut"})

    bomb_size = (1 << 30) + (1 << 20)  # 1 GiB + 1 MiB of zeros
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo("nuller.bin", ZIP_DATE)
        zi.create_system = 3
        zi.external_attr = 0o100644 << 16
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.file_size = bomb_size
        chunk = bytes(1 << 24)
        with z.open(zi, "w") as f:
            left = bomb_size
            while left:
                k = min(left, len(chunk))
                f.write(chunk[:k])
                left -= k
    put("bad_zip_bomb.zip", buf.getvalue(), gold(verdict="error", reason="limit"),
        {"note": "one deflated member 'nuller.bin' of %d zero bytes (> 1 GiB)" % bomb_size})

    data = zip_bytes([("bunn.txt", ("Fødselsnummer %s\n" % F[3]).encode("utf-8"))])
    for level in range(12, 1, -1):
        data = zip_bytes([("niva%02d.zip" % level, data)])
    put("bad_nested.zip", data, gold(verdict="error", reason="depth"),
        {"note": "12 nested zips: bad_nested.zip > niva02.zip > ... > niva12.zip > bunn.txt (holds a number)"})

    laughs = ['<!ENTITY lol "lol">'] + ['<!ENTITY lol%d "%s">' % (i, ("&lol%s;" % ("" if i == 1 else i - 1)) * 10)
                                        for i in range(1, 10)]
    doc_bl = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE lolz [\n%s\n]>\n'
              "<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>"
              % ("\n".join(laughs), W_NS, para("Fødselsnummer %s" % F[4]) + '<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'))
    put("bad_billion_laughs.docx", docx_bytes([], raw_document=doc_bl), gold(verdict="error", reason="entit"))

    doc_xxe = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
               '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
               "<w:document %s><w:body>%s<w:p><w:r><w:t>&e;</w:t></w:r></w:p><w:sectPr/></w:body></w:document>"
               % (W_NS, para("Fødselsnummer %s" % F[5])))
    put("bad_xxe.docx", docx_bytes([], raw_document=doc_xxe), gold(verdict="error", reason="entit"))

    depth = 100000
    doc_deep = (XML_DECL + "<w:document %s><w:body>%s%s%s%s<w:sectPr/></w:body></w:document>"
                % (W_NS, para("Fødselsnummer %s" % F[6]), "<w:customXml>" * depth,
                   para("Bunnen"), "</w:customXml>" * depth))
    put("bad_deep_xml.docx", docx_bytes([], raw_document=doc_deep), gold(verdict="error", reason="depth"),
        {"note": "document.xml has %d nested w:customXml elements" % depth})

    put("wrong_extension.pdf", simple_docx(F[7]), gold([finding(F[7], "body")]),
        {"note": "a docx named .pdf: the format must be sniffed from the content"})

    put("empty.docx", b"", gold(verdict="error", reason="empty"))

    put("bad_not_a_docx.docx", zip_bytes([
        ("les_meg.txt", "Dette er ikke et Word-dokument.\n".encode("utf-8")),
        ("word/styles.xml", XML_DECL + "<w:styles %s/>" % W_NS)]),
        gold(verdict="error"),
        {"note": "a zip with no [Content_Types].xml and no word/document.xml"})

    return fx


def render(fx):
    """name -> bytes for every file (fixture, gold, extra gold)."""
    files = {}
    for name, (data, g, extra) in fx.items():
        files[name] = data
        files[name + ".gold.json"] = (json.dumps(g, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    nocr = gold(verdict="error", reason="image")
    files["pdf_image_only.pdf.gold-no-ocr.json"] = (json.dumps(nocr, ensure_ascii=False, indent=1) + "\n").encode()
    return files


# --------------------------------------------------------------------------------------------
# independent checks with other readers (--verify)

def verify(out, fx):
    problems = []

    def note(ok, name, what):
        print("%-30s %-4s %s" % (name, "ok" if ok else "FAIL", what))
        if not ok:
            problems.append("%s: %s" % (name, what))

    def runp(*cmd, **kw):
        return subprocess.run(list(cmd), capture_output=True, **kw)

    def digits_in(text, n):
        return n in re.sub(r"[\s*]", "", text)

    p = lambda name: os.path.join(out, name)  # noqa: E731
    # PDFs
    for i in range(1, 5):
        t = runp("pdftotext", "-f", str(i), "-l", str(i), p("pdf_page3.pdf"), "-").stdout.decode()
        note(digits_in(t, F[7]) == (i == 3), "pdf_page3.pdf", "page %d has number: %s" % (i, digits_in(t, F[7])))
    for name in ("pdf_page3.pdf", "pdf_info.pdf", "pdf_annotation.pdf", "pdf_form_field.pdf", "pdf_attachment.pdf",
                 "pdf_clean.pdf", "pdf_image_only.pdf"):
        r = runp("qpdf", "--check", p(name))
        note(r.returncode == 0, name, "qpdf --check rc=%d" % r.returncode)
        t = runp("pdftotext", p(name), "-").stdout.decode()
        hit = [n for n in TYPES if digits_in(t, n)]
        want = {"pdf_page3.pdf": [F[7]],
                # poppler draws the text field's value (NeedAppearances) into the page; the gold
                # still counts it once, as form_field
                "pdf_form_field.pdf": [F[0]]}.get(name, [])
        note(hit == want, name, "pdftotext numbers in page text: %s" % hit)
    info = runp("pdfinfo", p("pdf_info.pdf")).stdout.decode()
    note(DNR in info, "pdf_info.pdf", "pdfinfo shows number in Subject")
    det = runp("pdfdetach", "-list", p("pdf_attachment.pdf")).stdout.decode()
    note("vedlegg.txt" in det, "pdf_attachment.pdf", "pdfdetach -list: " + det.strip().replace("\n", " | "))
    with tempfile.TemporaryDirectory() as tmp:
        runp("pdfdetach", "-save", "1", "-o", os.path.join(tmp, "v.txt"), p("pdf_attachment.pdf"))
        try:
            with open(os.path.join(tmp, "v.txt"), encoding="utf-8") as f:
                note(F[1] in f.read(), "pdf_attachment.pdf", "extracted vedlegg.txt holds the number")
        except OSError:
            note(False, "pdf_attachment.pdf", "pdfdetach -save failed")
    enc = runp("pdfinfo", p("pdf_encrypted.pdf"))
    note(enc.returncode != 0 and b"ncorrect password" in enc.stderr, "pdf_encrypted.pdf",
         "pdfinfo without password: " + enc.stderr.decode().strip())
    enc = runp("pdfinfo", "-upw", "brukerpassord", p("pdf_encrypted.pdf")).stdout.decode()
    note(re.search(r"Encrypted:\s+yes", enc) is not None, "pdf_encrypted.pdf", "pdfinfo -upw: " +
         [ln for ln in enc.splitlines() if ln.startswith("Encrypted")][0])
    t = runp("pdftotext", "-upw", "brukerpassord", p("pdf_encrypted.pdf"), "-").stdout.decode()
    note(F[2] in t, "pdf_encrypted.pdf", "with the password the page shows the number")
    r = runp("qpdf", "--show-npages", p("bad_truncated.pdf"))
    note(r.returncode != 0, "bad_truncated.pdf", "qpdf --show-npages rc=%d (%s)" % (
        r.returncode, (r.stderr.decode().strip().splitlines() or [""])[0][:90]))
    with tempfile.TemporaryDirectory() as tmp:
        runp("pdftoppm", "-r", "300", "-gray", "-png", p("pdf_image_only.pdf"), os.path.join(tmp, "pg"))
        pngs = sorted(f for f in os.listdir(tmp) if f.endswith(".png"))
        ocr = runp("tesseract", os.path.join(tmp, pngs[0]), "-", "-l", "nor").stdout.decode() if pngs else ""
        note(F[3] in ocr, "pdf_image_only.pdf", "tesseract -l nor reads: %r" % " / ".join(
            ln for ln in ocr.splitlines() if ln.strip()))
    # ZIP-based
    for name in sorted(fx):
        if name.endswith((".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".zip")) and not name.startswith(("bad_", "empty")):
            r = runp("unzip", "-tq", p(name))
            note(r.returncode == 0, name, "unzip -t: " + r.stdout.decode().strip())
    r = runp("unzip", "-l", p("bad_zip_bomb.zip")).stdout.decode()
    note(str((1 << 30) + (1 << 20)) in r, "bad_zip_bomb.zip", "unzip -l lists the 1 GiB member")
    r = runp("unzip", "-tq", p("bad_truncated.docx"))
    note(r.returncode != 0, "bad_truncated.docx", "unzip -t fails rc=%d" % r.returncode)
    # e-mail and HTML with the standard library's own parsers
    import email
    import email.policy
    from html.parser import HTMLParser
    with open(p("eml_docx_attachment.eml"), "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    att = [part for part in msg.iter_attachments()]
    ok = len(att) == 1 and att[0].get_filename() == "henvisning.docx"
    if ok:
        with zipfile.ZipFile(io.BytesIO(att[0].get_content())) as z:
            ok = F[7] in z.read("word/document.xml").decode()
    note(ok, "eml_docx_attachment.eml", "email parser: attachment henvisning.docx with the number in its body")
    body = msg.get_body(("html",)).get_content()
    plain = msg.get_body(("plain",)).get_content()
    note(spaced(DNR) in body and not any(digits_in(plain, n) for n in TYPES), "eml_docx_attachment.eml",
         "email parser: the html part holds the number, the plain part none")
    with open(p("eml_subject.eml"), "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    note(HNR in str(msg["subject"]), "eml_subject.eml", "decoded Subject: %s" % msg["subject"])

    class _H(HTMLParser):
        def __init__(self):
            super().__init__()
            self.title, self.body, self.where = "", "", None

        def handle_starttag(self, tag, attrs):
            if tag in ("title", "body"):
                self.where = tag

        def handle_data(self, data):
            if self.where == "title":
                self.title += data
            elif self.where == "body":
                self.body += data
    hp = _H()
    with open(p("html_page.html"), encoding="utf-8") as f:
        hp.feed(f.read())
    note(F[4] in hp.title and F[5] in hp.body and F[6] in hp.body, "html_page.html",
         "html.parser: title %r; body text joins the span-split number" % hp.title)
    with zipfile.ZipFile(p("zip_documents.zip")) as z:
        names = z.namelist()
        ok = names == ["brev.txt", "mappe/notat.docx"] and F[0] in z.read("brev.txt").decode()
        with zipfile.ZipFile(io.BytesIO(z.read("mappe/notat.docx"))) as d:
            ok = ok and F[1] in d.read("word/comments.xml").decode()
    note(ok, "zip_documents.zip", "members %s; brev.txt and notat.docx comments hold the numbers" % names)
    depth, data = 1, open(p("bad_nested.zip"), "rb").read()
    while True:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            (name,) = z.namelist()
            data = z.read(name)
        if not name.endswith(".zip"):
            break
        depth += 1
    note(depth == 12, "bad_nested.zip", "%d zip levels, then %s" % (depth, name))
    # LibreOffice: open each office file, export to PDF, list the numbers in the rendering
    soffice = shutil.which("soffice")
    office = sorted(n for n in fx if n.endswith((".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"))
                    and not n.startswith(("bad_", "empty")))
    office.append("wrong_extension.pdf")
    if soffice:
        with tempfile.TemporaryDirectory() as tmp:
            prof = "-env:UserInstallation=file://" + os.path.join(tmp, "profile")
            conv = os.path.join(tmp, "conv")
            os.mkdir(conv)
            for name in office:
                src = p(name)
                if name == "wrong_extension.pdf":
                    src = os.path.join(tmp, "wrong_extension.docx")
                    shutil.copy(p(name), src)
                runp(soffice, prof, "--headless", "--convert-to", "pdf", "--outdir", conv, src, timeout=180)
                pdfp = os.path.join(conv, os.path.splitext(os.path.basename(src))[0] + ".pdf")
                if not os.path.exists(pdfp):
                    note(False, name, "LibreOffice could not convert it")
                    continue
                t = runp("pdftotext", pdfp, "-").stdout.decode()
                hit = [n for n in TYPES if digits_in(t, n)]
                words = " ".join(t.split())[:70]
                print("%-30s LO   visible numbers %s; text: %s" % (name, hit, words))
                note(len(t.strip()) > 0, name, "LibreOffice opened it and rendered text")
                # round trip into the other family (OOXML <-> ODF) and look for every gold number in
                # any XML part of LibreOffice's output: shows LibreOffice read the hidden part too
                target = {".docx": "odt", ".xlsx": "ods", ".pptx": "odp", ".pdf": "odt",
                          ".odt": "docx:MS Word 2007 XML", ".ods": "xlsx:Calc MS Excel 2007 XML",
                          ".odp": "pptx:Impress MS PowerPoint 2007 XML"}[os.path.splitext(name)[1]]
                rt = os.path.join(tmp, "rt")
                os.makedirs(rt, exist_ok=True)
                runp(soffice, prof, "--headless", "--convert-to", target, "--outdir", rt, src, timeout=180)
                outp = os.path.join(rt, os.path.splitext(os.path.basename(src))[0] + "." + target.split(":")[0])
                found = set()
                try:
                    stack = [open(outp, "rb").read()]
                    while stack:
                        with zipfile.ZipFile(io.BytesIO(stack.pop())) as z:
                            for m in z.namelist():
                                d = z.read(m)
                                if d[:2] == b"PK":
                                    stack.append(d)
                                    continue
                                txt = re.sub(r"<[^>]*>", "", d.decode("utf-8", "replace"))
                                found |= {n for n in TYPES if digits_in(txt, n)}
                                found |= {n for n in TYPES if n in d.decode("utf-8", "replace")}
                except (OSError, zipfile.BadZipFile):
                    note(False, name, "LibreOffice round trip to %s failed" % target)
                    continue
                want = {f["masked"][:6] for f in fx[name][1]["findings"]}
                got = {n[:6] for n in found}
                note(want <= got, name, "LibreOffice round trip to %s keeps the gold numbers %s (found %s)"
                     % (target.split(":")[0], sorted(want), sorted(got)))
    else:
        print("soffice not found: LibreOffice checks skipped")
    print("\n%d problem(s)" % len(problems))
    for pr in problems:
        print("  " + pr)
    return not problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="compare with the files on disk, write nothing")
    ap.add_argument("--verify", action="store_true", help="after writing, run independent readers over the files")
    args = ap.parse_args()
    fx = build()
    files = render(fx)
    if args.check:
        bad = []
        for name, data in sorted(files.items()):
            try:
                with open(os.path.join(args.out, name), "rb") as f:
                    if f.read() != data:
                        bad.append(name + " differs")
            except OSError:
                bad.append(name + " missing")
        extra = set(os.listdir(args.out)) - set(files) - {"README.md"} if os.path.isdir(args.out) else set()
        bad += [e + " is not made by the script" for e in sorted(extra)]
        for b in bad:
            print(b)
        print("%d files checked, %d problem(s)" % (len(files), len(bad)))
        sys.exit(1 if bad else 0)
    os.makedirs(args.out, exist_ok=True)
    for old in os.listdir(args.out):
        if old != "README.md" and old not in files:
            os.remove(os.path.join(args.out, old))
    for name, data in sorted(files.items()):
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)
    total = sum(len(d) for d in files.values())
    print("wrote %d files (%d fixtures), %.1f KiB, to %s" % (len(files), len(fx), total / 1024, args.out))
    if args.verify:
        sys.exit(0 if verify(args.out, fx) else 1)


if __name__ == "__main__":
    main()
