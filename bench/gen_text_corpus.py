#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate a synthetic Norwegian text corpus with planted identity numbers and gold labels.

    gen_text_corpus.py --out DIR --bytes N [--files K] [--seed S]
                       [--mode mixed|negatives|positives] [--verify]

Writes DIR/part-0001.txt ... (UTF-8, Norwegian-like bokmål/nynorsk prose: letters from
health trusts, case handling, invoices, meeting minutes) totalling about N bytes, and
DIR/gold.jsonl with one line per planted identity number:

    {"file": "part-0001.txt", "start": 123, "end": 138, "type": "fodselsnummer", "layout": "space_6_5"}

start/end are byte offsets (end exclusive) of the whole written number including its
separators (and, for the line-break layouts, the newline and any blanks around it).

mixed:     prose + valid identity numbers (about one per 2-4 KB, all kinds and layouts,
           with and without a keyword nearby) + more hard negatives (look-alikes).
negatives: prose + hard negatives only (gold.jsonl is empty).
positives: prose + identity numbers only.

Every planted span is re-checked after writing (bytes decode to a valid number of the
labelled type).  --verify additionally runs an independent reference finder over every
file and requires that it finds exactly the gold spans (no accidental matches, nothing
missing); it is slower (roughly 1 s per 20 MB).

All text is synthetic; all numbers are generated with random digits and checksums.
Python 3 standard library only; output is deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import idnumbers as ID  # noqa: E402

GENERATOR_VERSION = 2

# --------------------------------------------------------------------------- vocabulary

FORNAVN = ("Kari", "Ola", "Ingrid", "Per", "Silje", "Lars", "Marit", "Håkon", "Åse", "Bjørn",
           "Solveig", "Øystein", "Ragnhild", "Torbjørn", "Signe", "Eirik", "Astrid", "Jørgen",
           "Gunnhild", "Sindre", "Mette", "Anders", "Liv", "Knut", "Nora", "Emil", "Sofie",
           "Jakob", "Ida", "Magnus", "Tuva", "Aksel", "Ingeborg", "Geir", "Randi", "Tor", "Åshild",
           "Trond", "Hege", "Sigrid", "Halvard", "Brit", "Vegard", "Frøydis", "Ståle", "Jorunn")
ETTERNAVN = ("Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
             "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen",
             "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen",
             "Henriksen", "Lund", "Sørensen", "Moen", "Gundersen", "Strand", "Solberg", "Bakken",
             "Kristoffersen", "Martinsen", "Rønning", "Sæther", "Aasen", "Økland", "Brækken", "Løvås",
             "Fjellheim", "Vågen", "Håland", "Tveit", "Nygård", "Myrvold", "Kvamme", "Bø", "Ødegård")
STEDER = ("Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Bodø", "Ålesund", "Lillehammer",
          "Hamar", "Gjøvik", "Førde", "Molde", "Kristiansand", "Skien", "Drammen", "Fredrikstad",
          "Tønsberg", "Sogndal", "Voss", "Levanger", "Kirkenes", "Hammerfest", "Mo i Rana", "Arendal",
          "Haugesund", "Elverum", "Kongsvinger", "Florø", "Stord", "Namsos", "Harstad", "Alta", "Ørsta")
GATER = ("Storgata", "Kirkegata", "Parkveien", "Skolegata", "Bjørkeveien", "Fjordgata", "Sjøgata",
         "Åsvegen", "Løkkeveien", "Granvegen", "Strandvegen", "Industrivegen", "Torggata", "Kongens gate")
HF = ("Helse Sør-Øst RHF", "Sykehuset Innlandet HF", "Oslo universitetssykehus HF", "Helse Bergen HF",
      "Helse Førde HF", "St. Olavs hospital HF", "Universitetssykehuset Nord-Norge HF",
      "Helse Stavanger HF", "Sørlandet sykehus HF", "Vestre Viken HF", "Sykehuset Telemark HF",
      "Helse Møre og Romsdal HF", "Nordlandssykehuset HF", "Akershus universitetssykehus HF",
      "Sykehuset i Vestfold HF", "Helse Fonna HF", "Finnmarkssykehuset HF", "Sykehuset Østfold HF")
ETATER = ("Statsforvalteren i Innlandet", "Statsforvaltaren i Vestland", "NAV Hamar", "Bergen kommune",
          "Skatteetaten", "Statens helsetilsyn", "Pasient- og brukerombudet", "Helsedirektoratet",
          "Norsk pasientskadeerstatning", "Trondheim kommune", "Helseklage", "Fylkeskommunen",
          "Kommuneadvokaten", "Sivilombodet", "Datatilsynet", "Arkivverket")
AVDELINGER = ("medisinsk klinikk", "kirurgisk avdeling", "barne- og ungdomsklinikken",
              "klinikk for psykisk helsevern", "ortopedisk poliklinikk", "avdeling for rus og avhengighet",
              "økonomiavdelingen", "innkjøpsavdelingen", "HR-avdelinga", "kvinneklinikken",
              "revmatologisk avdeling", "akuttmottaket", "dokumentasjonssenteret", "arkivtenesta",
              "fagavdelinga for pasientsikkerheit", "habiliteringstjenesten", "nevrologisk avdeling")
STILLINGER = ("rådgiver", "seniorrådgiver", "saksbehandler", "avdelingsleder", "arkivleder",
              "klinikksjef", "overlege", "fagdirektør", "konsulent", "seksjonsleiar", "rådgjevar",
              "spesialsjukepleiar", "kontorleiar", "jurist", "controller")
TEMA = ("ventetid for behandling", "innsyn i journal", "klage på vedtak", "refusjon av reiseutgifter",
        "tilsyn med legemiddelhandtering", "avvik i dokumentasjon", "innkjøp av medisinsk utstyr",
        "budsjettrevisjon for neste år", "tilbakemelding på høringsutkast", "bemanning i sommerferien",
        "oppfølging av pasientskade", "søknad om permisjon", "rutinar for arkivering",
        "informasjonssikkerheit i postjournalen", "fornying av rammeavtale", "digital heimeoppfølging",
        "plassering i sjukeheim", "overføring av journal", "fritak for eigendel", "kvalitetsindikatorar")
FIRMA = ("Medisinteknikk AS", "Nordisk Laboratorieservice AS", "Fjordkraft Drift AS",
         "Vestland Reinhald AS", "Innlandet IT-tenester AS", "Sjukehusapoteka AS", "Hagen & Berg AS",
         "Arkivpartner Norge AS", "Rønning Transport AS", "Nord Vikar AS", "Kontorspesialisten AS")
UKEDAGER = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "måndag", "tysdag")

# Bokmål and nynorsk sentences.  Slots: {navn} {fornavn} {sted} {hf} {etat} {avd} {stilling}
# {tema} {dato} {sak} {firma} {dag} {tid} {n} {n2} {kr} {aar}.  No slot can produce a run of
# more than 8 digits, so the prose itself never contains identity-number candidates.
SETN_NB = (
    "Vi viser til din henvendelse av {dato} om {tema}.",
    "Saken er registrert med referanse {sak} og vil bli behandlet så snart som mulig.",
    "Du har rett til å se dokumentene i saken, jf. forvaltningsloven § 18.",
    "Eventuell klage må sendes innen tre uker fra du mottok dette brevet.",
    "Klagen sendes til {etat}, som vil vurdere saken på nytt.",
    "Pasienten ble undersøkt ved {avd} og fikk time til kontroll om {n} uker.",
    "Det er ikke registrert avvik i perioden, men rutinene for {tema} skal gjennomgås.",
    "Vi beklager at behandlingstiden har vært lengre enn forventet.",
    "Møtet ble holdt {dag} {dato} kl. {tid} på {avd} i {sted}.",
    "Referatet ble godkjent uten merknader.",
    "Styret tok orienteringen om {tema} til etterretning.",
    "Administrerende direktør orienterte om økonomisk status per {dato}.",
    "Det ble vedtatt å utsette saken til neste møte.",
    "Fakturaen gjelder levering av tjenester i henhold til avtale med {firma}.",
    "Beløpet på {kr} forfaller til betaling {dato}.",
    "Ved for sen betaling beregnes forsinkelsesrente etter gjeldende sats.",
    "Spørsmål om fakturaen kan rettes til {avd} på e-post.",
    "{navn} er ansatt som {stilling} ved {avd} fra {dato}.",
    "Søknaden er innvilget for perioden frem til {dato}.",
    "Vi har ikke mottatt etterspurt dokumentasjon og ber om at denne ettersendes.",
    "Journalen er overført til {hf} etter ønske fra pasienten.",
    "Innsyn gis i sin helhet, med unntak av interne notater.",
    "Opplysningene er taushetsbelagt etter offentleglova § 13.",
    "Vedlagt følger kopi av korrespondansen mellom {etat} og {hf}.",
    "Kontrollen viste at {n} av {n2} tiltak var gjennomført innen fristen.",
    "Tilsynet avdekket ingen brudd på regelverket.",
    "Det vises til telefonsamtale med {fornavn} {dato}.",
    "Arbeidsgruppen har hatt {n} møter siden oppstart i {aar}.",
    "Budsjettet for {aar} ble vedtatt med de endringene som fremgår av protokollen.",
    "Pasientreiser dekker utgifter til reise til og fra offentlig godkjent behandling.",
    "Vi ber om tilbakemelding innen {dato} dersom opplysningene ikke er korrekte.",
    "Saksbehandler i saken er {navn}, {stilling} ved {avd}.",
    "Henvisningen er vurdert, og pasienten har fått rett til nødvendig helsehjelp.",
    "Frist for start av helsehjelp er satt til {dato}.",
    "Leveransen ble mottatt i {sted} {dag} og kontrollert av {fornavn}.",
    "Alle dokumenter i saken er journalført og arkivert i sak- og arkivsystemet.",
    "Dette brevet er godkjent elektronisk og har derfor ingen signatur.",
    "Vi gjør oppmerksom på at det kan ta inntil {n} uker før svar foreligger.",
    "Resultatet av høringen vil bli publisert på nettsidene til {hf}.",
    "Tiltaket gjelder alle enheter i {hf} og skal evalueres etter {n} måneder.",
)
SETN_NN = (
    "Vi viser til brevet ditt av {dato} om {tema}.",
    "Saka er registrert med referanse {sak} og vil bli handsama så snart som råd.",
    "Du har rett til å sjå dokumenta i saka, jf. forvaltningslova § 18.",
    "Ein eventuell klage må sendast innan tre veker frå du fekk dette brevet.",
    "Klaga blir send til {etat}, som vil vurdere saka på nytt.",
    "Pasienten vart undersøkt ved {avd} og fekk time til kontroll om {n} veker.",
    "Det er ikkje registrert avvik i perioden, men rutinane for {tema} skal gåast gjennom.",
    "Vi orsakar at sakshandsamingstida har vore lengre enn venta.",
    "Møtet vart halde {dag} {dato} kl. {tid} på {avd} i {sted}.",
    "Referatet vart godkjent utan merknader.",
    "Styret tok orienteringa om {tema} til vitande.",
    "Det vart vedteke å utsetje saka til neste møte.",
    "Fakturaen gjeld levering av tenester i samsvar med avtale med {firma}.",
    "Beløpet på {kr} forfell til betaling {dato}.",
    "{navn} er tilsett som {stilling} ved {avd} frå {dato}.",
    "Søknaden er innvilga for perioden fram til {dato}.",
    "Vi har ikkje fått etterspurd dokumentasjon og ber om at denne blir ettersend.",
    "Journalen er overført til {hf} etter ønske frå pasienten.",
    "Innsyn blir gjeve i sin heilskap, med unntak av interne notat.",
    "Opplysningane er teiepliktige etter offentleglova § 13.",
    "Kontrollen synte at {n} av {n2} tiltak var gjennomførte innan fristen.",
    "Tilsynet fann ingen brot på regelverket.",
    "Arbeidsgruppa har hatt {n} møte sidan oppstarten i {aar}.",
    "Vi ber om tilbakemelding innan {dato} dersom opplysningane ikkje er rette.",
    "Sakshandsamar i saka er {navn}, {stilling} ved {avd}.",
    "Tilvisinga er vurdert, og pasienten har fått rett til naudsynt helsehjelp.",
    "Alle dokument i saka er journalførte og arkiverte i sak- og arkivsystemet.",
    "Dette brevet er godkjent elektronisk og har difor inga underskrift.",
    "Resultatet av høyringa vil bli publisert på nettsidene til {hf}.",
    "Kommunen har sett ned ei arbeidsgruppe som skal sjå på {tema}.",
)
TITLER = ("Svar på søknad om {tema}", "Vedtak om {tema}", "Innkalling til møte om {tema}",
          "Referat frå møte i arbeidsgruppa for {tema}", "Faktura for {tema}",
          "Varsel om tilsyn – {tema}", "Orientering om {tema}", "Svar på klage – {tema}",
          "Melding om {tema}", "Oppfølging av {tema}", "Protokoll fra styremøte {dato}")
STILLING_NN_SIGN = ("Med vennlig hilsen", "Med venleg helsing", "Vennlig hilsen", "Beste helsing")

# Positive templates: {X} is the identity number.  First group: a keyword nearby.
POS_KW = (
    "Pasienten {navn}, fødselsnummer {X}, ble lagt inn ved {avd} {dato}.",
    "Gjelder: {navn} (f.nr. {X})",
    "Vi viser til søknad fra {navn}, fnr. {X}, mottatt {dato}.",
    "Fødselsnr.: {X}",
    "Personnummer {X} er registrert på {navn} i fagsystemet.",
    "Søkjar: {navn}, pnr. {X}, busett i {sted}.",
    "Klaga gjeld {navn}, fødselsnummer {X}, og vart motteken {dato}.",
    "{navn}, født {X}, er henvist til {avd} for videre utredning.",
    "Ettersom {navn} har d-nummer {X}, må saka sendast til {etat}.",
    "Navn: {navn}   Fnr: {X}",
    "Fødselsnummer: {X}",
    "Brukeren ({navn}, fnr {X}) har fått innvilget støtte fra {dato}.",
    "Vedtaket gjeld {navn} med fødselsnummer {X}.",
    "D-nummer: {X} ({navn}, {sted})",
    "Pasient: {navn}, f.nr. {X}, {sted}.",
)
POS_NOKW = (
    "Kopi av epikrise for {navn} {X} er sendt til fastlegen i {sted}.",
    "{navn} ({X}) møtte ikkje til avtalt time {dato}.",
    "Ref. {X} / {navn}",
    "Mottakar: {navn}, {X}, {sted}.",
    "{X} {navn} – innkalling til samtale ved {avd}.",
    "Opplysningene om {navn} {X} ble oversendt {etat} {dato}.",
    "Gjelder {navn}, {X}.",
    "Vi har registrert {X} som ny bruker av tjenesten i {sted}.",
)

# Hard-negative templates: {Y} is the look-alike.
NEG = {
    "account": ("Beløpet betales til konto {Y} innen {dato}.",
                "Bruk kontonr. {Y} ved innbetaling, og merk betalinga med {sak}.",
                "Refusjonen blir utbetalt til konto {Y}."),
    "account_labelled": ("Kontonr. {Y}", "Beløpet kan overførast til kontonummer {Y}.",
                         "Vennligst betal til kontonummer {Y} innen {dato}."),
    "orgnr": ("{firma}, org.nr. {Y}, er tildelt kontrakten.", "Org.nr. {Y} MVA",
              "Leverandør: {firma} (organisasjonsnummer {Y})", "Foretaksregisteret: {Y}"),
    "phone": ("Ring oss på telefon {Y} mellom kl. 08.00 og 15.30.", "Kontakt saksbehandler på {Y}.",
              "Telefon: {Y}", "Sentralbord {Y}, kvardagar kl. 08.00 til 15.30."),
    "case": ("Vi viser til sak {Y}.", "Vår ref.: {Y}", "Deres ref.: {Y}", "Saka har arkivreferanse {Y}."),
    "kid": ("KID: {Y}", "Bruk KID-nummer {Y} ved betaling.", "Husk å oppgi KID: {Y} når du betaler."),
    "amount": ("Samlet kostnad er {Y}.", "Budsjettramma er {Y} for {aar}.", "Sum å betale: {Y}"),
    "date": ("Møtet blir halde {Y} kl. {tid}.", "Dato: {Y}", "Søknaden kom inn {Y} og er under behandling."),
    "isbn": ("Se veilederen fra {etat} (ISBN {Y}).", "ISBN {Y}"),
    "ean": ("Varenummer (EAN) {Y}.", "Strekkode: {Y}"),
    "long_run": ("Transaksjons-ID {Y} er registrert.", "Referanse: {Y}", "Forsendelsesnummer {Y}."),
    "invalid": ("Oppgitt fødselsnummer {Y} er ugyldig og må kontrolleres.", "Nummeret {Y} finst ikkje i registeret."),
    "glued_letter": ("Dokument-ID JV{Y} er arkivert.", "Løpenummer {Y}B er sperret."),
}
NEG_WEIGHTS = {"account": 10, "account_labelled": 6, "orgnr": 10, "phone": 12, "case": 10, "kid": 8,
               "amount": 10, "date": 10, "isbn": 4, "ean": 5, "long_run": 6, "invalid": 6, "glued_letter": 3}

TYPE_WEIGHTS = {"fodselsnummer": 50, "d_nummer": 15, "h_nummer": 8, "fh_nummer": 10, "test_number": 17}
LAYOUT_WEIGHTS = {"plain": 25, "space_6_5": 15, "dash_6_5": 8, "dot_6_5": 7, "groups_2_2_2_3_2": 10,
                  "groups_2_2_2_2_3": 10, "dash_2_2_2_5": 8, "linebreak_6_5": 9, "linebreak_inside": 8}


def _wchoice(rng, weights):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


# --------------------------------------------------------------------------- text building

def recent_date(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025)
    style = rng.randrange(3)
    if style == 0:
        return "%02d.%02d.%04d" % (d, m, y)
    if style == 1:
        return "%04d-%02d-%02d" % (y, m, d)
    return "%d. %s %d" % (d, ID.MONTHS_NB[m - 1], y)


def _slot_values(rng):
    return {
        "navn": rng.choice(FORNAVN) + " " + rng.choice(ETTERNAVN),
        "fornavn": rng.choice(FORNAVN),
        "sted": rng.choice(STEDER), "hf": rng.choice(HF), "etat": rng.choice(ETATER),
        "avd": rng.choice(AVDELINGER), "stilling": rng.choice(STILLINGER), "tema": rng.choice(TEMA),
        "dato": recent_date(rng),
        "sak": ID.make_case_number(rng), "firma": rng.choice(FIRMA), "dag": rng.choice(UKEDAGER),
        "tid": "%02d.%s" % (rng.randint(8, 15), rng.choice(("00", "15", "30", "45"))),
        "n": str(rng.randint(2, 12)), "n2": str(rng.randint(13, 40)),
        "kr": "kr " + "{:,}".format(rng.randint(500, 250_000)).replace(",", " "),
        "aar": str(rng.randint(2016, 2025)),
    }


def fill(rng, template, extra=None):
    v = _slot_values(rng)
    if extra:
        v.update(extra)
    return template.format(**v)


def wrap(words, width, mark=None):
    """Greedy word wrap.  Never lets a line that ends with a digit be followed by a line that
    starts with a digit (so no accidental line-break joins).  Words may contain spaces or a
    newline (they are never broken).  If `mark` = (word_index, offset, length), returns the
    character span of that part of the output as well."""
    out = []
    base = 0          # length of completed lines incl. their newlines
    cur = ""
    span = None
    for i, w in enumerate(words):
        if not w:            # runs of spaces in a template are kept as they are
            if cur:
                cur += " "
            continue
        if not cur:
            pos = 0
            cur = w
        else:
            last = cur.rsplit("\n", 1)[-1]
            first = w.split("\n", 1)[0]
            if len(last) + 1 + len(first) <= width or (w[0].isdigit() and cur[-1].isdigit()):
                pos = len(cur) + 1
                cur = cur + " " + w
            else:
                out.append(cur)
                base += len(cur) + 1
                pos = 0
                cur = w
        if mark is not None and i == mark[0]:
            span = (base + pos + mark[1], base + pos + mark[1] + mark[2])
    if cur:
        out.append(cur)
    return "\n".join(out), span


def paragraph(rng, n_sent=None, nynorsk=None):
    if nynorsk is None:
        nynorsk = rng.random() < 0.35
    pool = SETN_NN if nynorsk else SETN_NB
    n = n_sent or rng.randint(2, 6)
    words = " ".join(fill(rng, rng.choice(pool)) for _ in range(n)).split(" ")
    return wrap(words, rng.randint(62, 96))[0] + "\n"


def header_block(rng):
    hf = rng.choice(HF + ETATER)
    lines = [hf, rng.choice(AVDELINGER).capitalize(),
             "Postboks %d, %04d %s" % (rng.randint(1, 9999), rng.randint(1, 9990), rng.choice(STEDER)),
             "Telefon: %s   Org.nr.: %s" % (ID.make_phone(rng, rng.choice(("landline", "landline_cc"))),
                                            ID.fmt_orgnr(ID.make_orgnr(rng), True)),
             "",
             "Vår ref.: %s   Deres ref.: %s   Dato: %s" % (ID.make_case_number(rng), ID.make_case_number(rng),
                                                            recent_date(rng)),
             "",
             "Til: %s %s" % (rng.choice(FORNAVN), rng.choice(ETTERNAVN)),
             "%s %d, %s" % (rng.choice(GATER), rng.randint(1, 120), rng.choice(STEDER)),
             "",
             fill(rng, rng.choice(TITLER)).upper() if rng.random() < 0.3 else fill(rng, rng.choice(TITLER)),
             ""]
    return "\n".join(lines) + "\n"


def invoice_block(rng):
    a = ID.make_account(rng)
    lines = ["FAKTURA", "",
             "Leverandør: %s, org.nr. %s" % (rng.choice(FIRMA), ID.fmt_orgnr(ID.make_orgnr(rng), rng.random() < 0.5)),
             "Kunde: %s, %s" % (rng.choice(HF), rng.choice(AVDELINGER)),
             "Fakturanr.: %d   Fakturadato: %s   Forfall: %s" % (rng.randint(10000, 999999),
                                                                  recent_date(rng), recent_date(rng)),
             "Beløp å betale: %s" % ID.make_amount(rng),
             "Kontonr.: %s   KID: %s" % (ID.fmt_account(a, rng.choice(("dots", "spaces"))), ID.make_kid(rng)),
             ""]
    return "\n".join(lines) + "\n"


def signature_block(rng):
    return "%s\n\n%s %s\n%s\n" % (rng.choice(STILLING_NN_SIGN), rng.choice(FORNAVN), rng.choice(ETTERNAVN),
                                  rng.choice(STILLINGER))


def planted_segment(rng, template, value, slot):
    """Fill `template`, put `value` at {slot}, wrap.  Returns (text, char_start, char_end)."""
    marker = "\x00"
    t = template.replace("{" + slot + "}", marker)
    text = fill(rng, t)
    words = text.split(" ")
    for i, w in enumerate(words):
        j = w.find(marker)
        if j >= 0:
            words[i] = w.replace(marker, value)
            mark = (i, j, len(value))
            if j == 0 and i > 0 and words[i - 1].lower() in ("kontonr.", "kontonummer"):
                # keep an account label on the same line as its number ("directly labelled")
                label = words[i - 1]
                words[i - 1:i + 1] = [label + " " + words[i]]
                mark = (i - 1, len(label) + 1, len(value))
            break
    else:
        raise AssertionError(template)
    if rng.random() < 0.5:   # some context before the sentence
        pre = paragraph(rng, n_sent=rng.randint(1, 2)).rstrip("\n").replace("\n", " ").split(" ")
        mark = (mark[0] + len(pre), mark[1], mark[2])
        words = pre + words
    out, span = wrap(words, rng.randint(62, 96), mark)
    return out + "\n", span[0], span[1]


def make_positive(rng):
    kind = _wchoice(rng, TYPE_WEIGHTS)
    rule = "2032" if rng.random() < 0.1 else "classic"
    digits = ID.make_number(rng, kind, rule)
    layout = _wchoice(rng, LAYOUT_WEIGHTS)
    written = ID.fmt_layout(digits, layout, rng)
    tpl = rng.choice(POS_KW) if rng.random() < 0.6 else rng.choice(POS_NOKW)
    text, s, e = planted_segment(rng, tpl, written, "X")
    return text, s, e, kind, layout


def make_negative(rng):
    kind = _wchoice(rng, NEG_WEIGHTS)
    if kind == "account":
        y = ID.fmt_account(ID.make_account(rng), rng.choice(("dots", "spaces")))
    elif kind == "account_labelled":
        y = ID.make_account(rng)
    elif kind == "orgnr":
        y = ID.fmt_orgnr(ID.make_orgnr(rng), rng.random() < 0.6)
    elif kind == "phone":
        y = ID.make_phone(rng, rng.choice(("landline", "mobile", "mobile_cc", "landline_cc")))
    elif kind == "case":
        y = ID.make_case_number(rng)
    elif kind == "kid":
        y = ID.make_kid(rng)
    elif kind == "amount":
        y = ID.make_amount(rng)
    elif kind == "date":
        y = ID.make_date(rng)
    elif kind == "isbn":
        y = ID.make_isbn13(rng) if rng.random() < 0.6 else ID.make_isbn10(rng)
    elif kind == "ean":
        y = ID.make_ean13(rng)
    elif kind == "long_run":
        y = ID.make_long_run(rng)
    elif kind == "invalid":
        y = ID.fmt_layout(ID.make_invalid(rng), rng.choice(("plain", "space_6_5", "dash_6_5", "groups_2_2_2_3_2")))
    else:  # glued_letter
        y = ID.make_number(rng, "fodselsnummer")
    text, _, _ = planted_segment(rng, rng.choice(NEG[kind]), y, "Y")
    return text


# --------------------------------------------------------------------------- corpus

class Pools:
    def __init__(self, rng, n_par=3000):
        self.paragraphs = [paragraph(rng).encode() for _ in range(n_par)]
        self.headers = [header_block(rng).encode() for _ in range(400)]
        self.invoices = [invoice_block(rng).encode() for _ in range(200)]
        self.signatures = [signature_block(rng).encode() for _ in range(200)]
        # self-check: the pooled prose has no identity-number candidates and no digit-newline-digit
        for b in self.paragraphs + self.headers + self.invoices + self.signatures:
            assert not ID.reference_findings(b), b
            assert not ID.digit_newline_digit(b), b


def build_file(rng, pools, target, mode, name):
    chunks = []
    gold = []
    size = 0
    next_pos = size + rng.randint(2000, 4000)
    next_neg = size + rng.randint(800, 2000)

    def add(b):
        nonlocal size
        chunks.append(b)
        size += len(b)

    while size < target:
        add(rng.choice(pools.headers))
        if rng.random() < 0.25:
            add(rng.choice(pools.invoices))
            add(b"\n")
        for _ in range(rng.randint(3, 9)):
            add(rng.choice(pools.paragraphs))
            add(b"\n")
            if mode != "negatives" and size >= next_pos:
                text, s, e, kind, layout = make_positive(rng)
                pre = text[:s].encode()
                num = text[s:e].encode()
                gold.append({"file": name, "start": size + len(pre), "end": size + len(pre) + len(num),
                             "type": kind, "layout": layout})
                add(text.encode())
                add(b"\n")
                next_pos = size + rng.randint(2000, 4000)
            if mode != "positives" and size >= next_neg:
                add(make_negative(rng).encode())
                add(b"\n")
                next_neg = size + rng.randint(800, 2000)
            if size >= target:
                break
        add(rng.choice(pools.signatures))
        add(b"\n\f\n" if rng.random() < 0.2 else b"\n\n")
    return b"".join(chunks), gold


def check_gold_spans(data, gold):
    for g in gold:
        span = data[g["start"]:g["end"]].decode("utf-8")
        d = ID.digits_only(span)
        if ID.classify(d) != g["type"] or not span[0].isdigit() or not span[-1].isdigit():
            raise SystemExit("gold self-check failed: %r %r" % (g, span))
        if any(c not in "0123456789 .-\n\t" for c in span):
            raise SystemExit("gold self-check failed (bad separator): %r %r" % (g, span))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--bytes", required=True, metavar="N", help="total size in bytes; K, M, G suffixes allowed")
    ap.add_argument("--files", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mode", choices=("mixed", "negatives", "positives"), default="mixed")
    ap.add_argument("--verify", action="store_true",
                    help="run the independent reference finder over every file and compare with gold")
    a = ap.parse_args(argv)
    s = a.bytes.strip().upper()
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(s[-1:], 1)
    total = int(float(s[:-1] if s[-1:] in "KMG" else s) * mult)
    if a.files < 1 or total < 1:
        ap.error("--files and --bytes must be positive")
    t0 = time.time()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    pools = Pools(rng)
    per_file = max(1, total // a.files)
    n_gold = 0
    written = 0
    problems = 0
    with open(os.path.join(a.out, "gold.jsonl"), "w", encoding="utf-8") as gf:
        for i in range(1, a.files + 1):
            name = "part-%04d.txt" % i
            frng = random.Random("%d/%d" % (a.seed, i))
            data, gold = build_file(frng, pools, per_file, a.mode, name)
            check_gold_spans(data, gold)
            if a.verify:
                ref = [(s, e, t) for s, e, t in ID.reference_findings(data)]
                exp = [(g["start"], g["end"], g["type"]) for g in gold]
                if ref != exp:
                    problems += 1
                    extra = sorted(set(ref) - set(exp))[:5]
                    missing = sorted(set(exp) - set(ref))[:5]
                    print("verify %s: reference finder disagrees; extra=%r missing=%r"
                          % (name, [(s, e, t, data[s:e]) for s, e, t in extra], missing), file=sys.stderr)
                lb = set(ID.digit_newline_digit(data))
                stray = [p for p in lb if not any(g["start"] <= p < g["end"] for g in gold)]
                if stray:
                    problems += 1
                    print("verify %s: digit-newline-digit outside gold at %r" % (name, stray[:5]), file=sys.stderr)
            with open(os.path.join(a.out, name), "wb") as f:
                f.write(data)
            for g in gold:
                gf.write(json.dumps(g) + "\n")
            n_gold += len(gold)
            written += len(data)
    dt = time.time() - t0
    print("wrote %d files, %d bytes, %d planted identity numbers to %s in %.1f s%s"
          % (a.files, written, n_gold, a.out, dt, " (verified)" if a.verify and not problems else ""),
          file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
