#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write journalvakt's hand-checkable text fixtures and their gold labels.

    corpora/make_text_fixtures.py [--out corpora] [--check]

Writes corpora/demo/*.txt and corpora/text/* and, beside every fixture X, X.gold.json:

    {"verdict": "pass"|"quarantine"|"error",
     "findings": [{"type": "...", "start": N, "end": N, "line": N}, ...]}

start/end are byte offsets into the original (encoded) file, end exclusive; line is the
1-based line of start.  Verdict: any fodselsnummer/d_nummer/h_nummer/fh_nummer finding ->
quarantine; only test_number findings, or none -> pass; unreadable/binary -> error.

Deterministic: the same script always writes the same bytes.  After writing, every gold
span is decoded and validated, and every UTF-8 fixture is re-scanned with the independent
reference finder in bench/idnumbers.py, which must find exactly the gold spans.
--check verifies the files on disk against a fresh generation without writing.

All text is synthetic and written for this project (GPL-3.0-or-later).  Identity numbers
are synthetic checksum-valid numbers; those marked "vector" come from the public test
vectors in corpora/vectors/fnr-vectors.json.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
import idnumbers as ID  # noqa: E402

QUARANTINE = set(ID.QUARANTINE_TYPES)


class Fixture:
    """Text with numbered slots <<0>>, <<1>>, ... each holding a planted identity number."""

    def __init__(self, path, template, numbers=(), encoding="utf-8", bom=b"", newline="\n",
                 verdict=None, raw=None):
        self.path = path
        self.template = template
        self.numbers = list(numbers)          # (written, type)
        self.encoding = encoding
        self.bom = bom
        self.newline = newline
        self.raw = raw                        # bytes for binary fixtures
        self.forced_verdict = verdict

    def render(self):
        if self.raw is not None:
            return self.raw, {"verdict": self.forced_verdict or "error", "findings": []}
        text = self.template
        if text.startswith("\n"):
            text = text[1:]
        pieces = re.split(r"<<(\d+)>>", text)
        out = []
        spans = []
        pos = 0
        for i, p in enumerate(pieces):
            if i % 2 == 0:
                p = p.replace("\n", self.newline)
                out.append(p)
                pos += len(p)
            else:
                written, typ = self.numbers[int(p)]
                spans.append((pos, pos + len(written), typ))
                out.append(written)
                pos += len(written)
        s = "".join(out)
        data = self.bom + s.encode(self.encoding)
        findings = []
        for a, b, typ in spans:
            start = len(self.bom) + len(s[:a].encode(self.encoding))
            end = start + len(s[a:b].encode(self.encoding))
            findings.append({"type": typ, "start": start, "end": end, "line": s[:a].count("\n") + 1})
        if self.forced_verdict:
            verdict = self.forced_verdict
        elif any(f["type"] in QUARANTINE for f in findings):
            verdict = "quarantine"
        else:
            verdict = "pass"
        return data, {"verdict": verdict, "findings": findings}


def build():
    rng = random.Random(20240517)
    N = ID.make_number
    L = ID.fmt_layout
    fx = []

    def num(kind, layout="plain", **kw):
        return (L(N(rng, kind, kw.pop("rule", "classic"), kw.pop("variant", None)), layout, **kw), kind)

    def vec(written, kind):
        # a number from corpora/vectors/fnr-vectors.json, written as given
        assert ID.classify(ID.digits_only(written)) == kind, written
        return (written, kind)

    acct = ID.make_account(rng)
    acct2 = ID.make_account(rng)
    org = ID.make_orgnr(rng)
    org2 = ID.make_orgnr(rng)

    # ------------------------------------------------------------------ demo letters
    fx.append(Fixture("demo/01-epikrise-kopi.txt", """
Sykehuset Innlandet HF
Medisinsk klinikk, Gjøvik
Postboks 104, 2381 Brumunddal
Telefon: 61 27 40 00   Org.nr.: %s

Vår ref.: 2024/01873-4   Deres ref.:   Dato: 14.03.2024

Til fastlege Ingrid Moen
Kirkegata 12, 2815 Gjøvik

KOPI AV EPIKRISE

Pasient: Ola Nordmann, fødselsnummer <<0>>
Innlagt: 04.03.2024   Utskrevet: 11.03.2024

Pasienten ble innlagt med brystsmerter og tungpust. EKG og blodprøver viste
ikke tegn til akutt hjerteinfarkt. Han ble behandlet for lungebetennelse med
antibiotika og utskrives i fin form til hjemmet.

Videre oppfølging: kontroll hos fastlege om 2 uker. Ny røntgen av thorax om
6 uker. Ta kontakt med avdelingen på telefon 61 27 40 00 ved spørsmål.

Med vennlig hilsen

Åse Brækken
overlege
""" % ID.fmt_orgnr(org, True), [vec("151086 95088", "fodselsnummer")]))

    fx.append(Fixture("demo/02-vedtak-pasientreiser.txt", """
Pasientreiser HF
Pasientreiser Vest
Postboks 2100, 6803 Førde

Vår ref.: 24/00512-2   Dykkar ref.:   Dato: 2. april 2024

Kari Hansen
Fjordgata 3
6900 Florø

VEDTAK OM REFUSJON AV REISEUTGIFTER

Vi viser til søknaden din, motteken 18. mars 2024. Søknaden gjeld reise til
poliklinisk behandling ved Helse Førde HF.

Søkjar:        Kari Hansen
Fødselsnr.:    <<0>>
Reisedato:     12.03.2024
Beløp:         kr 1 248,00

Søknaden er innvilga. Beløpet blir utbetalt til kontonummer %s innan
14 dagar. Du kan klage på vedtaket innan seks veker, jf. forvaltningslova
§ 29. Klaga skal sendast til oss.

Med venleg helsing

Torbjørn Økland
sakshandsamar
""" % ID.fmt_account(acct, "dots"), [num("fodselsnummer", "groups_2_2_2_3_2")]))

    fx.append(Fixture("demo/03-faktura-leverandor.txt", """
Medisinteknikk AS
Industrivegen 44, 2316 Hamar
Org.nr. %s MVA
Telefon: +47 915 12 345   E-post: faktura@medisinteknikk.example

FAKTURA

Kunde:        Sykehuset Innlandet HF, innkjøpsavdelingen
Fakturanr.:   104877
Fakturadato:  2023-05-17
Forfall:      2023-06-16
Deres ref.:   2023/12345-3

Varenr.        Beskrivelse                          Antall      Beløp
7038010009457  Engangshansker nitril, str. M           40     kr 3 960,00
%s  Desinfeksjonsmiddel 5 l                 12     kr 2 340,00
               Serviceavtale infusjonspumper            1    kr 12 500,00

Sum eks. mva.                                                kr 18 800,00
Mva. 25 %%                                                    kr 4 700,00
Å betale                                                     kr 23 500,00

Betales til kontonr. %s innen forfall.
KID: %s
""" % (ID.fmt_orgnr(org2, True), ID.make_ean13(rng), ID.fmt_account(acct2, "spaces"), ID.make_kid(rng, 11))))

    fx.append(Fixture("demo/04-moteprotokoll.txt", """
PROTOKOLL FRÅ MØTE I ARBEIDSUTVALET FOR INFORMASJONSSIKKERHEIT

Tid:     tysdag 17. mai 2023 kl. 09.00–11.30
Stad:    Møterom Fjellet, Helse Bergen HF
Til stades: Sigrid Tveit (leiar), Halvard Vågen, Randi Solberg, Geir Kvamme
Forfall: Jorunn Myrvold
Referent: Halvard Vågen, telefon 55 97 50 00

Sak 12/23  Godkjenning av innkalling og saksliste
Vedtak: Innkalling og saksliste vart godkjende.

Sak 13/23  Publisering av dokument i offentleg journal (ref. 23/01234-5)
Arbeidsutvalet drøfta avvika frå førre kvartal. Fire dokument med
helseopplysningar vart publiserte før dei vart fanga opp. Budsjettet for
tiltaket er 12 345 678,00 over tre år.
Vedtak: Arbeidsutvalet tilrår at det blir innført automatisk kontroll før
publisering. Saka blir lagd fram for direktøren innan 2023-06-30.

Sak 14/23  Eventuelt
Neste møte er 14.06.2023. Spørsmål kan rettast til sekretariatet på
+47 915 12 345 eller (+47) 22 33 44 55.
"""))

    fx.append(Fixture("demo/05-svar-innsynskrav.txt", """
Helse Møre og Romsdal HF
Dokumentasjonssenteret
6026 Ålesund

Vår ref.: 2024/00977-6   Dato: 09.02.2024

Svar på krav om innsyn i journal

Vi viser til kravet ditt om innsyn, motteke 29. januar 2024. Kravet gjeld
journalen til Anders Kristoffersen, som har d-nummer <<0>>, frå
opphaldet ved kirurgisk avdeling i desember 2023.

Du får innsyn i journalen. Kopi er lagd ved. Opplysningar om tredjepersonar er
sladda, jf. pasient- og brukarrettslova § 5-1. Legen si vurdering gjeld også
ektefellen hans, med fødselsnummer <<1>>, som har samtykt til innsyn.

Med venleg helsing

Liv Håland
arkivleiar
""", [num("d_nummer", "plain", variant="d"),
      (L(N(rng, "fodselsnummer"), "linebreak_6_5", before_nl="", after_nl=""), "fodselsnummer")]))

    fx.append(Fixture("demo/06-oversending-klage.txt", """
Statsforvalteren i Innlandet
Helse- og omsorgsavdelingen

Vår ref.: 2024/3312   Deres ref.: 24/00188-1   Dato: 2024-04-22

Statens helsetilsyn
Postboks 231 Skøyen
0213 Oslo

Oversendelse av klage – ventetid for behandling

Vi oversender klage fra Silje Nilsen (<<0>>) på ventetid ved
ortopedisk poliklinikk. Klagen ble mottatt her 3. april 2024.

Pasienten har tidligere hatt et H-nummer, <<1>>, mens hun ventet på
fødselsnummer. Klagen gjelder behandlingen i perioden 2022-2023.

Kopi av saksdokumentene er vedlagt. Kontaktperson er Vegard Aasen,
telefon 915 12 345.

Med hilsen

Vegard Aasen
seniorrådgiver
""", [num("fodselsnummer", "dash_2_2_2_5"), num("h_nummer", "space_6_5")]))

    fx.append(Fixture("demo/07-testmiljo-tenor.txt", """
Fra: Integrasjonsteamet
Til: Arkivtenesta
Emne: Testdata for ny versjon av journalpubliseringa

Hei,

Vi har lagt inn syntetiske testpersonar frå Tenor i testmiljøet. Testperson
Kari Testesen har fødselsnummer <<0>>, og Ola Testesen har
<<1>> (D-nummer i testmiljøet). Desse finst ikkje i Folkeregisteret.

Testmiljøet er tilgjengeleg fram til 30.06.2024. Saksnummer for endringa er
2024/10555-1. Spørsmål kan rettast til brukarstøtte på 21 49 50 70.

Helsing
Sindre Rønning
""", [vec("10915596784", "test_number"), vec("50846202355", "test_number")]))

    fx.append(Fixture("demo/08-tilsettingsbrev.txt", """
Helse Fonna HF
HR-avdelinga
Postboks 2170, 5504 Haugesund
Org.nr. %s

Vår ref.: 24/02211-3   Dato: 5. juni 2024

Magnus Ødegård
Granvegen 8
5518 Haugesund

TILBOD OM FAST TILSETJING

Vi har gleda av å tilby deg fast stilling som spesialsjukepleiar ved
akuttmottaket frå 1. september 2024. Løn etter avtale: kr 612 400,- per år.
Lønna blir utbetalt den 20. kvar månad til kontoen du har oppgjeve,
%s.

Du må svare innan 19.06.2024. Kontakt HR-avdelinga på telefon 52 73 20 00
dersom du har spørsmål.

Med venleg helsing

Brit Bø
HR-rådgjevar
""" % (ID.fmt_orgnr(org, False), ID.fmt_account(ID.make_account(rng), "dots"))))

    # ------------------------------------------------------------------ layouts
    def one(path, intro, written_type, outro="Saka er under handsaming."):
        fx.append(Fixture(path, intro + "<<0>>" + outro, [written_type]))

    one("text/layout_plain.txt", "Pasient: Per Larsen, fødselsnummer ", num("fodselsnummer", "plain"), ".\n")
    one("text/layout_space_6_5.txt", "Søkjar Marit Berg, f.nr. ", num("fodselsnummer", "space_6_5"), ", bur i Sogndal.\n")
    one("text/layout_dash_6_5.txt", "Gjelder: Knut Dahl (fnr. ", num("fodselsnummer", "dash_6_5"), ")\n")
    one("text/layout_dot_6_5.txt", "Brukeren er registrert med ", num("fodselsnummer", "dot_6_5"), " i fagsystemet.\n")
    one("text/layout_groups_2_2_2_3_2.txt", "Personnummer: ", vec("26 11 15 940 14", "fodselsnummer"), "\n")
    one("text/layout_groups_2_2_2_2_3.txt", "Pasienten (", vec("10 04 87 44 732", "fodselsnummer"),
        ") møtte ikkje til timen.\n")
    one("text/layout_dash_2_2_2_5.txt", "Kopi sendt til fastlege. Ref. ", vec("13-04-99-58441", "fodselsnummer"),
        " / Astrid Berg\n")

    fx.append(Fixture("text/linebreak_6_5.txt", """
Vi viser til brev om Nora Sæther, som er registrert med fødselsnummer <<0>>
og bur i Ørsta. Ektefellen, Jakob Sæther, har fødselsnummer <<1>> og bur på same adresse.
""", [(L(N(rng, "fodselsnummer"), "linebreak_6_5", before_nl="", after_nl=""), "fodselsnummer"),
      (L(N(rng, "fodselsnummer"), "linebreak_6_5", before_nl=" ", after_nl="    "), "fodselsnummer")]))

    fx.append(Fixture("text/linebreak_inside.txt", """
Opplysningane om Eirik Strand (fnr. <<0>>) vart oversende
til NAV. Same dag kom det brev om dottera, som har fødselsnummer <<1>>, og om ein D-nummer-søkjar <<2>>.
""", [(L(N(rng, "fodselsnummer"), "linebreak_inside", split=3), "fodselsnummer"),
      (L(N(rng, "fodselsnummer"), "linebreak_inside", split=9, before_nl=" ", after_nl="  "), "fodselsnummer"),
      (L(N(rng, "d_nummer", variant="d"), "linebreak_inside", split=1, after_nl="\t"), "d_nummer")]))

    # ------------------------------------------------------------------ kinds / rules
    fx.append(Fixture("text/types_d_h_fh.txt", """
D-nummer: <<0>>
H-nummer: <<1>>
D- og H-nummer: <<2>>
FH-nummer: <<3>>
""", [vec("53097248016", "d_nummer"), vec("13527248013", "h_nummer"), vec("68467038838", "d_nummer"),
      vec("82938389280", "fh_nummer")]))
    fx.append(Fixture("text/rule_2032.txt", """
Fødselsnummeret <<0>> er gyldig etter regelen frå 2032 (første kontrollsiffer
har rest 1-3). Det same gjeld <<1>>.
""", [vec("30108299939", "fodselsnummer"), num("fodselsnummer", "plain", rule="2032")]))
    fx.append(Fixture("text/test_numbers.txt", """
Syntetiske testpersonar frå Tenor og Norsk helsenett (ikkje ekte personar):
Tenor:          <<0>>
Tenor:          <<1>>
D-nummer Tenor: <<2>>
NHN-test:       <<3>>
""", [vec("10915596784", "test_number"), num("test_number", "space_6_5", variant="tenor"),
      vec("50846202355", "test_number"), num("test_number", "plain", variant="nhn")]))

    # ------------------------------------------------------------------ hard negatives
    fnr_as_account = N(rng, "fodselsnummer")   # every fødselsnummer is also a valid MOD11 account number
    fx.append(Fixture("text/neg_bank_account.txt", """
Beløpet betales til konto %s innen 30 dager.
Refusjonen blir utbetalt til konto %s.
Kontonr. %s
Beløpet kan overførast til kontonummer %s.
Kontonr. %s
""" % (ID.fmt_account(ID.make_account(rng), "dots"), ID.fmt_account(ID.make_account(rng), "spaces"),
       ID.make_account(rng), ID.make_account(rng), fnr_as_account)))
    fx.append(Fixture("text/neg_org_number.txt", """
Leverandør: Nord Vikar AS, org.nr. %s
Org.nr. %s MVA
Organisasjonsnummer: %s
Foretaksregisteret: NO %s MVA
""" % (ID.fmt_orgnr(ID.make_orgnr(rng), True), ID.fmt_orgnr(ID.make_orgnr(rng), True),
       ID.make_orgnr(rng), ID.make_orgnr(rng))))
    fx.append(Fixture("text/neg_phone.txt", """
Sentralbord: 21 49 50 70
Mobil: +47 915 12 345
Saksbehandler: 915 12 345
Vakttelefon: (+47) 22 33 44 55
Ring %s eller %s mellom kl. 08.00 og 15.30.
""" % (ID.make_phone(rng, "landline"), ID.make_phone(rng, "mobile_cc"))))
    fx.append(Fixture("text/neg_case_number.txt", """
Vår ref.: 2023/12345-3   Deres ref.: 23/01234-5
Saka har arkivreferanse %s og er knytt til %s.
""" % (ID.make_case_number(rng), ID.make_case_number(rng))))
    fx.append(Fixture("text/neg_kid.txt", """
KID: %s
Bruk KID-nummer %s ved betaling.
KID: %s
KID-nummer %s
""" % (ID.make_kid(rng, 7), ID.make_kid(rng, 11), ID.make_kid(rng, 15), ID.make_kid(rng, 25))))
    fx.append(Fixture("text/neg_amount.txt", """
Å betale: kr 1 234 567,50
Budsjettramma er 12 345 678,00 for 2024.
Samla kostnad er %s, og %s er allereie betalt.
""" % (ID.make_amount(rng), ID.make_amount(rng))))
    fx.append(Fixture("text/neg_date.txt", """
Fødd 01.01.1990, innlagd 2023-05-17, utskriven 17. mai 2023.
Møtet er 24.12.2024 kl. 10.00; frist 2024-12-31.
"""))
    fx.append(Fixture("text/neg_isbn.txt", """
Sjå rettleiaren (ISBN 978-82-05-12345-8) og den eldre utgåva, ISBN-10 %s.
ISBN %s
""" % (ID.make_isbn10(rng), ID.make_isbn13(rng))))
    fx.append(Fixture("text/neg_ean13.txt", """
Varenummer (EAN) 7038010009457
Strekkode: %s
""" % ID.make_ean13(rng)))
    w = N(rng, "fodselsnummer")
    fx.append(Fixture("text/neg_long_digit_run.txt", """
Transaksjons-ID %s er registrert.
Referanse: 4%s
Forsendelsesnummer %s.
""" % (w + "7", N(rng, "fodselsnummer"), "93" + N(rng, "d_nummer") + "10")))
    inv = [ID.make_invalid(rng) for _ in range(4)]
    fx.append(Fixture("text/neg_invalid_checksum.txt", """
Oppgitt fødselsnummer %s er ugyldig og må kontrolleres.
Fnr. %s finst ikkje i registeret.
Fødselsnummer: %s
F.nr. %s (feil kontrollsiffer)
""" % (inv[0], L(inv[1], "space_6_5"), L(inv[2], "groups_2_2_2_3_2"), L(inv[3], "dash_6_5"))))
    g = [N(rng, "fodselsnummer") for _ in range(6)]
    fx.append(Fixture("text/glued.txt", """
Tolvsifra referanse: %s
Siffer klistra framfor: 7%s
Siffer klistra etter: fødselsnummer %s9
Bokstav klistra framfor: JV%s
Bokstav klistra etter: %sB
Bokstav klistra etter gruppert nummer: %sx
""" % (g[0] + "5", g[1], g[2], g[3], g[4], L(g[5], "dash_6_5"))))
    h = [N(rng, "fodselsnummer") for _ in range(4)]
    fx.append(Fixture("text/neg_grouped_extension.txt", """
Ein lengre gruppert nummerserie: 12 %s
Ein annan: %s 67
Kontoutskrift: 010 %s
Og: %s-12345
""" % (L(h[0], "groups_2_2_2_3_2"), L(h[1], "groups_2_2_2_2_3"), L(h[2], "space_6_5"), L(h[3], "dash_6_5"))))

    # ------------------------------------------------------------------ encodings and odd files
    enc_text = """
Brev frå Helse Førde HF til pasienten Åse Ødegård, Førde.
Fødselsnummer: <<0>>
Dette er ein test av teiknkoding: æøå ÆØÅ – «sitat» – kr 50 €.
"""
    fx.append(Fixture("text/enc_utf16le_bom.txt", enc_text, [num("fodselsnummer", "space_6_5")],
                      encoding="utf-16-le", bom=codecs.BOM_UTF16_LE))
    fx.append(Fixture("text/enc_utf16be_bom.txt", enc_text, [num("fodselsnummer", "plain")],
                      encoding="utf-16-be", bom=codecs.BOM_UTF16_BE))
    fx.append(Fixture("text/enc_windows1252.txt", enc_text, [num("d_nummer", "plain", variant="d")],
                      encoding="cp1252", newline="\r\n"))
    fx.append(Fixture("text/enc_utf8_bom.txt", enc_text, [num("fodselsnummer", "dash_6_5")],
                      encoding="utf-8", bom=codecs.BOM_UTF8))
    grng = random.Random(7)
    garbage = bytearray(b"\x7fELF\x02\x01\x01\x00" + bytes(8))
    for _ in range(2040):
        r = grng.random()
        garbage.append(0 if r < 0.25 else grng.randrange(0x80, 0x100) if r < 0.6 else grng.randrange(0, 0x100))
    fx.append(Fixture("text/binary_garbage.txt", None, raw=bytes(garbage), verdict="error"))
    fx.append(Fixture("text/empty.txt", "", verdict="pass"))
    return fx


# ------------------------------------------------------------------ self-check

def _decode(data, fxt):
    return data[len(fxt.bom):].decode(fxt.encoding)


def verify(fxt, data, gold):
    problems = []
    if fxt.raw is not None:
        try:
            data.decode("utf-8")
            problems.append("garbage decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        if b"\x00" not in data:
            problems.append("garbage has no NUL")
        return problems
    for f in gold["findings"]:
        span = data[f["start"]:f["end"]].decode(fxt.encoding)
        if ID.classify(ID.digits_only(span)) != f["type"] or not (span[:1].isdigit() and span[-1:].isdigit()):
            problems.append("bad span %r for %r" % (span, f))
        if any(c not in "0123456789 .-\r\n\t" for c in span):
            problems.append("bad separator in %r" % span)
        before = data[len(fxt.bom):f["start"]].decode(fxt.encoding)
        if before.count("\n") + 1 != f["line"]:
            problems.append("bad line for %r" % f)
    # independent re-scan of the text (as UTF-8 bytes; offsets mapped back for other encodings)
    text = _decode(data, fxt)
    u8 = text.encode("utf-8")
    ref = ID.reference_findings(u8)
    mapped = []
    for s, e, t in ref:
        cs, ce = len(u8[:s].decode("utf-8")), len(u8[:e].decode("utf-8"))
        bs = len(fxt.bom) + len(text[:cs].encode(fxt.encoding))
        mapped.append((bs, bs + len(text[cs:ce].encode(fxt.encoding)), t))
    exp = [(f["start"], f["end"], f["type"]) for f in gold["findings"]]
    if sorted(mapped) != sorted(exp):
        problems.append("reference finder %r != gold %r" % (mapped, exp))
    want = "quarantine" if any(t in QUARANTINE for _, _, t in exp) else "pass"
    if gold["verdict"] != want:
        problems.append("verdict %s, expected %s" % (gold["verdict"], want))
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write corpora/demo and corpora/text fixtures with gold labels")
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check", action="store_true", help="compare files on disk with a fresh generation")
    a = ap.parse_args(argv)
    bad = 0
    n = 0
    for fxt in build():
        data, gold = fxt.render()
        probs = verify(fxt, data, gold)
        for p in probs:
            print("%s: %s" % (fxt.path, p), file=sys.stderr)
        bad += bool(probs)
        gjson = (json.dumps(gold, indent=1) + "\n").encode()
        path = os.path.join(a.out, fxt.path)
        for p, content in ((path, data), (path + ".gold.json", gjson)):
            if a.check:
                try:
                    with open(p, "rb") as f:
                        if f.read() != content:
                            print("%s: differs from a fresh generation" % p, file=sys.stderr)
                            bad += 1
                except OSError as e:
                    print("%s: %s" % (p, e), file=sys.stderr)
                    bad += 1
            else:
                os.makedirs(os.path.dirname(p), exist_ok=True)
                with open(p, "wb") as f:
                    f.write(content)
        n += 1
    print("%s %d fixtures%s" % ("checked" if a.check else "wrote", n, "" if not bad else ", %d PROBLEMS" % bad),
          file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
