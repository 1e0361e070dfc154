#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write journalvakt's annotated evaluation corpus of Norwegian letters.

    corpora/make_letters.py [--out corpora/letters] [--check]

Writes ~120 short synthetic public-sector letters (bokmål and nynorsk) to
corpora/letters/NNN-slug.txt, beside each X.txt a gold file X.txt.gold.json:

    {"verdict": "quarantine"|"pass", "category": "...", "language": "nob"|"nno",
     "entities": [{"type": "person_name", "start": N, "end": N, "text": "...", "private": true},
                  {"type": "health_term"|"diagnosis_code"|"fodselsnummer", "start": N, "end": N,
                   "text": "..."}, ...]}

start/end are byte offsets into the UTF-8 file, end exclusive.  Also writes
corpora/letters/allowlist.txt (staff and officials of the fictional senders) and
corpora/letters/README.md (with the counts of this run).

Letters are built from many sentence templates in which every entity is marked inline
(⟨n|..⟩ private person, ⟨o|..⟩ official, ⟨h|..⟩ health term, ⟨c|..⟩ diagnosis code,
⟨f|..⟩ identity number); rendering strips the marks and records the spans.  Deterministic:
the same script always writes the same bytes.  After writing, every span is checked
(bytes at [start, end) == text), the category rules are checked, every occurrence of a
used name part must lie inside a gold name span (unless inside a listed hard-negative
phrase such as a street or hospital name), and an independent identity-number finder
(bench/idnumbers.py) must find exactly the gold fodselsnummer spans.  --check verifies the
files on disk against a fresh generation without writing.

All text is synthetic and written for this project (GPL-3.0-or-later).  The five identity
numbers are public test numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "..", "bench"))

SEED = 20240605
SHY = "\u00ad"    # in a name: break the line here with a hyphen ("Nord-\nmann")
BRK = "\u200b"    # in a name: break the line here without adding a hyphen ("Bakke-\nOlsen")


def N(x):  # private person
    return "⟨n|%s⟩" % x


def O(x):  # official / staff (not private)
    return "⟨o|%s⟩" % x


def H(x):  # health term
    return "⟨h|%s⟩" % x


def C(x):  # diagnosis code
    return "⟨c|%s⟩" % x


def F(x):  # fødselsnummer
    return "⟨f|%s⟩" % x


# ----------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------

class Person:
    def __init__(self, full, sur, given, g, hy=None, middle=None, initial=True):
        self.full, self.sur, self.given, self.g = full, sur, given, g
        self.hy, self.middle, self.initial = hy, middle, initial

    def tokens(self):
        return [t for t in re.split(r"[\s-]+", self.full + " " + (self.middle or "")) if t]


def P_(full, g, sur=None, given=None, hy=None, middle=None, initial=True):
    parts = full.split()
    return Person(full, sur or parts[-1], given or parts[0], g, hy, middle, initial)


PRIVATE = [
    P_("Kari Nordmann", "f", hy="Kari Nord" + SHY + "mann", middle="Elise"),
    P_("Ola Hansen", "m", middle="Magnus"),
    P_("Per Olsen", "m"),
    P_("Anne-Lise Bakke-Olsen", "f", hy="Anne-Lise Bakke-" + BRK + "Olsen"),
    P_("Jan van der Berg", "m", sur="van der Berg"),
    P_("Maria de Souza", "f", sur="de Souza"),
    P_("Áile Somby", "f"),
    P_("Niillas Gaup", "m"),
    P_("Mohammed Ali", "m"),
    P_("Fatima Hassan", "f", hy="Fatima Has" + SHY + "san"),
    P_("Agnieszka Nowak", "f"),
    P_("Nguyen Van Minh", "m", sur="Nguyen", given="Minh", initial=False),
    P_("Abdi Warsame", "m", hy="Abdi War" + SHY + "same"),
    P_("Tomas Kazlauskas", "m", hy="Tomas Kaz" + SHY + "lauskas"),
    P_("Ingrid Haugen", "f", middle="Marie"),
    P_("Marit Solberg", "f", hy="Marit Sol" + SHY + "berg"),
    P_("Astrid Lie", "f"),
    P_("Eva Johansen", "f"),
    P_("Randi Strand", "f"),
    P_("Tone Bakken", "f"),
    P_("Liv Halvorsen", "f", hy="Liv Halvor" + SHY + "sen"),
    P_("Solfrid Kleppe", "f"),
    P_("Nora Eriksen", "f"),
    P_("Thea Sandvik", "f"),
    P_("Gunn Aasen", "f"),
    P_("Berit Fjeld", "f"),
    P_("Åse Ruud", "f"),
    P_("Synnøve Helland", "f"),
    P_("Ragna Bø", "f"),
    P_("Marte Lysne", "f"),
    P_("Kjell Berg", "m"),
    P_("Bjørn Larsen", "m"),
    P_("Gunnar Pedersen", "m"),
    P_("Arve Nilsen", "m"),
    P_("Sigurd Dahl", "m"),
    P_("Håkon Andersen", "m"),
    P_("Trygve Fossheim", "m"),
    P_("Odd Skogen", "m"),
    P_("Leif Rønning", "m"),
    P_("Steinar Vold", "m"),
    P_("Jørgen Aune", "m"),
    P_("Asbjørn Myrvold", "m"),
    P_("Mari-Ann Strand-Eriksen", "f"),
    P_("Per-Erik Lund-Hansen", "m"),
    P_("Elise de Vries", "f", sur="de Vries"),
    P_("Máret Eira", "f"),
    P_("Ánde Hætta", "m"),
    P_("Biret Utsi", "f"),
    P_("Amina Mohamed", "f"),
    P_("Ahmed Yusuf", "m"),
    P_("Piotr Wiśniewski", "m"),
    P_("Zainab Hussein", "f"),
    P_("Mehmet Demir", "m"),
    P_("Tran Thi Lan", "f", sur="Tran", given="Lan", initial=False),
    P_("Dawit Tesfaye", "m"),
    P_("Olena Kovalenko", "f"),
    P_("Leyla Karimi", "f"),
    P_("Hamid Rahmani", "m"),
    P_("Ana Petrović", "f"),
    P_("Saba Ahmadi", "f"),
    P_("Vegar Tveiten", "m"),
    P_("Sunniva Hjelmeland", "f"),
    P_("Eirik Grøtta", "m"),
    P_("Hallvard Sæle", "m"),
    P_("Gudrun Kvamme", "f"),
    P_("Torbjørg Nesheim", "f"),
    P_("Anders Vatne", "m"),
    P_("Oddvar Høyland", "m"),
]

# Relatives (children, spouses) get the family name of the person they belong to, with
# a given name from these lists.
CHILD_GIVEN = {"f": ["Emma", "Sofie", "Ingeborg", "Maja", "Selma", "Tiril"],
               "m": ["Emil", "Jakob", "Filip", "Aksel", "Noah", "Olav"]}
ADULT_GIVEN = {"f": ["Hilde", "Siv", "Tove", "Mette", "Bente", "Grethe"],
               "m": ["Rolf", "Terje", "Geir", "Frode", "Svein", "Rune"]}

# Officials and staff: (name, title nob, title nno)
OFFICIALS = [
    "Ingrid Solheim", "Torstein Rud", "Hilde Moe", "Marianne Aas", "Geir Tangen",
    "Siri Lunde", "Knut Eide", "Randi Vik", "Øystein Brekke", "Camilla Sæther",
    "Henrik Dale", "Trine Mo", "Espen Holm", "Lene Fossum", "Bjørg Nilsen",
    "Arild Strøm", "Mona Kristiansen", "Sindre Hauge", "Anita Bråten", "Ragnhild Tveit",
    "Jon Inge Sørli", "Karin Ask", "Thomas Lien", "Nina Haugland", "Eirik Myhre",
    "Silje Ødegård", "Vegard Nygaard", "Heidi Bjerke", "Per Arne Foss", "Hanne Sletten",
    "Amir Rahimi", "Sara Yilmaz", "Máret Sara", "Ahmed Qureshi", "Ewa Kowalska",
    "Solveig Nes", "Olav Kvåle", "Gunnhild Hjelle", "Arne Skarstein", "Margit Rygg",
    "Sigrid Flatebø", "Lars Vadheim", "Ingebjørg Myklebust", "Audun Hatlevik",
    "Kristin Sunde", "Ivar Hovland", "Turid Grov", "Jostein Eikås", "Oddny Lidal",
    "Terje Aarsheim",
]
DOCTORS = [
    "Nils Berge", "Kristine Vang", "Martin Lervik", "Elisabeth Furu", "Jens Kolstad",
    "Marta Rosseland", "Rasmus Dyrnes", "Guro Kvalheim", "Yusuf Demir", "Hege Nordvik",
    "Tor Atle Selnes", "Linnea Ravn",
]

TITLES = {
    "nob": {"case": ["saksbehandler", "rådgiver", "seniorrådgiver", "konsulent", "førstekonsulent"],
            "lead": ["enhetsleder", "avdelingsdirektør", "seksjonsleder", "kontorsjef", "fagleder"],
            "top_kommune": ["kommunedirektør", "kommunalsjef for helse og omsorg", "ordfører"],
            "top_hf": ["klinikksjef", "administrerende direktør", "fagdirektør", "avdelingssjef"],
            "top_nav": ["leder NAV-kontoret", "avdelingsleder"],
            "top_sf": ["avdelingsdirektør", "fylkeslege", "assisterende statsforvalter"]},
    "nno": {"case": ["sakshandsamar", "rådgjevar", "seniorrådgjevar", "konsulent", "førstekonsulent"],
            "lead": ["einingsleiar", "avdelingsdirektør", "seksjonsleiar", "kontorsjef", "fagleiar"],
            "top_kommune": ["kommunedirektør", "kommunalsjef for helse og omsorg", "ordførar"],
            "top_hf": ["klinikksjef", "administrerande direktør", "fagdirektør", "avdelingssjef"],
            "top_nav": ["leiar NAV-kontoret", "avdelingsleiar"],
            "top_sf": ["avdelingsdirektør", "fylkeslege", "assisterande statsforvaltar"]},
}

# ----------------------------------------------------------------------------------------
# Senders (fictional organisations).  Addresses deliberately use person-named streets.
# ----------------------------------------------------------------------------------------

SENDERS = {
    ("hf", "nob"): [("Sykehuset Østmark HF", ["Klinikk for psykisk helse og rus", "Medisinsk klinikk", "Kirurgisk klinikk", "Kreftklinikken"],
                     ["Postboks 400", "2301 Østmark"], "Sykehusveien 1, Østmark"),
                    ("Sykehuset Nordlia HF", ["Divisjon psykisk helsevern", "Medisinsk divisjon", "Pasientreiser"],
                     ["Postboks 1100", "8601 Nordlia"], "Dronning Eufemias gate 16, Nordlia")],
    ("hf", "nno"): [("Helse Vestvik HF", ["Klinikk for psykisk helsevern", "Medisinsk klinikk", "Kirurgisk klinikk", "Pasientreiser"],
                     ["Postboks 1000", "6800 Vestvik"], "Olav Kyrres gate 19, Vestvik")],
    ("kommune", "nob"): [("Sjøvik kommune", ["Helse og omsorg", "Tildelingskontoret", "Plan og bygg", "Tekniske tjenester", "Økonomiavdelingen"],
                          ["Postboks 50", "3050 Sjøvik"], "Rådhuset, Kongens gate 12, Sjøvik"),
                         ("Berg kommune", ["Helse og velferd", "Tildelingskontoret", "Byggesak", "Kommunalteknikk", "Økonomi"],
                          ["Postboks 7", "9380 Berg"], "Rådhusveien 3, Berg"),
                         ("Nordlia kommune", ["Helse- og omsorgstjenesten", "Servicetorget", "Samfunnsutvikling"],
                          ["Postboks 23", "8610 Nordlia"], "Thorvald Meyers gate 45, Nordlia")],
    ("kommune", "nno"): [("Fjellstad kommune", ["Helse og omsorg", "Tildelingskontoret", "Plan og byggesak", "Teknisk drift", "Økonomi"],
                          ["Postboks 30", "6850 Fjellstad"], "Kommunehuset, Kong Oscars gate 4, Fjellstad"),
                         ("Dalsbygd kommune", ["Helse og velferd", "Sørvistorget", "Oppvekst", "Samfunnsutvikling"],
                          ["Postboks 4", "5745 Dalsbygd"], "Sofies gate 2, Dalsbygd")],
    ("nav", "nob"): [("NAV Sjøvik", [""], ["Postboks 2200", "3052 Sjøvik"], "Christian Michelsens gate 8, Sjøvik"),
                     ("NAV Nordlia", [""], ["Postboks 800", "8612 Nordlia"], "Henrik Ibsens gate 3, Nordlia")],
    ("nav", "nno"): [("NAV Fjellstad", [""], ["Postboks 60", "6851 Fjellstad"], "Ole Bulls plass 2, Fjellstad")],
    ("sf", "nob"): [("Statsforvalteren i Østmark", ["Helse- og omsorgsavdelingen", "Kommunal- og samordningsstaben", "Miljøvernavdelingen"],
                     ["Postboks 4089", "2306 Østmark"], "Kristian Augusts gate 7, Østmark")],
    ("sf", "nno"): [("Statsforvaltaren i Vestfjord", ["Helse- og sosialavdelinga", "Kommunal- og samordningsstaben", "Landbruksavdelinga"],
                     ["Postboks 173", "6801 Vestvik"], "Njøsavegen 2, Vestvik")],
}

HOSPITALS = {
    "nob": ["St. Olavs hospital", "Haukeland universitetssjukehus", "Martina Hansens hospital",
            "Diakonhjemmet sykehus", "Lovisenberg Diakonale sykehus", "Sykehuset Østmark",
            "Sykehuset Nordlia", "Haraldsplass Diakonale sykehus", "Betanien sykehus"],
    "nno": ["Haukeland universitetssjukehus", "St. Olavs hospital", "Helse Vestvik, Vestvik sjukehus",
            "Haraldsplass Diakonale sykehus", "Voss sjukehus", "Martina Hansens hospital"],
}

# Phrases that contain name-like words but are not person names (used by the coverage
# check; they are the hard negatives of this corpus).
NEG_PHRASES = [
    "St. Olavs hospital", "Haukeland universitetssjukehus", "Martina Hansens hospital",
    "Lovisenberg Diakonale", "Haraldsplass Diakonale", "Kongens gate", "Sofies gate",
    "Thorvald Meyers gate", "Dronning Eufemias gate", "Olav Kyrres gate", "Kong Oscars gate",
    "Christian Michelsens gate", "Henrik Ibsens gate", "Ole Bulls plass", "Kristian Augusts gate",
    "Jonas Lies vei", "Prinsesse Kristinas gate", "Fridtjof Nansens plass", "Karl Johans gate",
    "Haakon VIIs gate", "Dag Hammarskjölds vei", "Berg kommune", "Berg", "Dag for dag",
    "Liv og lære", "Liv og lagnad", "Strand skole", "Strand skule", "Bakken barnehage",
    "Haugen barnehage", "Alzheimers sykdom", "Alzheimers sjukdom", "Bechterews sykdom",
    "Parkinsons sykdom", "Parkinsons sjukdom", "9380 Berg", "3, Berg",
]
NEG_REGEX = [r"Berg, \d"]

STREETS_PRIV = {
    "nob": ["Storgata 5", "Kirkeveien 31", "Fjordveien 12", "Sofies gate 14 B", "Skogveien 7",
            "Bakkehaugen 3", "Solåsen 22", "Elvegata 9", "Lykkeveien 2", "Furuveien 18 H0201"],
    "nno": ["Fjordvegen 12", "Kyrkjevegen 4", "Bøgata 9", "Skulevegen 21", "Myrane 3",
            "Åsvegen 15", "Strandvegen 40", "Tunvegen 6"],
}
POSTPLACES = {"nob": ["3050 Sjøvik", "2300 Østmark", "8602 Nordlia", "9380 Berg", "3055 Sjøvik"],
              "nno": ["6800 Vestvik", "6850 Fjellstad", "5745 Dalsbygd", "6856 Fjellstad"]}

MONTHS = {"nob": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                  "september", "oktober", "november", "desember"]}
MONTHS["nno"] = MONTHS["nob"]
WEEKDAYS = {"nob": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
            "nno": ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"]}

# Public test identity numbers, grouped by the age they encode.
FNR = {"child": ["26111593816"], "old": ["23114038547"],
       "adult": ["15108695088", "13097248022", "29029648784"]}


# ----------------------------------------------------------------------------------------
# Medical conditions: nob/nno text, treatment, ward, code (system, code)
# ----------------------------------------------------------------------------------------

def cond(nob, nno, treat, ward, code=None, sys_="ICD-10", age="adult", sex=None, sym=None):
    return dict(nob=nob, nno=nno, treat=treat, ward=ward, code=code, sys=sys_, age=age, sex=sex)


CONDS = [
    cond("diabetes type 2", "diabetes type 2", ("insulinbehandling", "insulinbehandling"),
         ("medisinsk poliklinikk", "medisinsk poliklinikk"), "E11"),
    cond("brystkreft", "brystkreft", ("cellegiftbehandling", "cellegiftbehandling"),
         ("kreftavdelingen", "kreftavdelinga"), "C50.9", sex="f"),
    cond("moderat depressiv episode", "moderat depressiv episode", ("samtalebehandling", "samtalebehandling"),
         ("distriktspsykiatrisk senter", "distriktspsykiatrisk senter"), "F32.1"),
    cond("depresjon", "depresjon", ("samtalebehandling", "samtalebehandling"),
         ("psykiatrisk poliklinikk", "psykiatrisk poliklinikk"), "P76", "ICPC-2"),
    cond("epilepsi", "epilepsi", ("medikamentell behandling", "medikamentell behandling"),
         ("nevrologisk avdeling", "nevrologisk avdeling"), "G40"),
    cond("hjerneslag", "hjerneslag", ("rehabilitering", "rehabilitering"),
         ("slagenheten", "slageininga"), "I63", age="old"),
    cond("lårhalsbrudd", "lårhalsbrot", ("opptrening", "opptrening"),
         ("ortopedisk avdeling", "ortopedisk avdeling"), "S72.0", age="old"),
    cond("multippel sklerose", "multippel sklerose", ("infusjonsbehandling", "infusjonsbehandling"),
         ("nevrologisk poliklinikk", "nevrologisk poliklinikk"), "G35"),
    cond("alkoholavhengighet", "alkoholavhengnad", ("rusbehandling", "rusbehandling"),
         ("avdeling for rus og avhengighet", "avdeling for rus og avhengnad"), "F10.2"),
    cond("KOLS", "KOLS", ("lungerehabilitering", "lungerehabilitering"),
         ("lungeavdelingen", "lungeavdelinga"), "J44", age="old"),
    cond("lungekreft", "lungekreft", ("strålebehandling", "strålebehandling"),
         ("kreftavdelingen", "kreftavdelinga"), "C34.9"),
    cond("schizofreni", "schizofreni", ("antipsykotisk behandling", "antipsykotisk behandling"),
         ("akuttpsykiatrisk avdeling", "akuttpsykiatrisk avdeling"), "F20.0"),
    cond("generalisert angstlidelse", "generalisert angstliding", ("kognitiv terapi", "kognitiv terapi"),
         ("psykiatrisk poliklinikk", "psykiatrisk poliklinikk"), "F41.1"),
    cond("type 2-diabetes", "type 2-diabetes", ("kostveiledning", "kostrettleiing"),
         ("diabetespoliklinikken", "diabetespoliklinikken"), "T90", "ICPC-2"),
    cond("nyresvikt", "nyresvikt", ("dialyse", "dialyse"),
         ("dialyseavdelingen", "dialyseavdelinga"), "N18.5"),
    cond("Alzheimers sykdom", "Alzheimers sjukdom", ("demensutredning", "demensutgreiing"),
         ("hukommelsesklinikken", "minneklinikken"), "G30", age="old"),
    cond("vaskulær demens", "vaskulær demens", ("demensutredning", "demensutgreiing"),
         ("alderspsykiatrisk poliklinikk", "alderspsykiatrisk poliklinikk"), "F01", age="old"),
    cond("hjertesvikt", "hjartesvikt", ("medikamentell behandling", "medikamentell behandling"),
         ("hjerteavdelingen", "hjarteavdelinga"), "I50", age="old"),
]
COND_BY = lambda pred: [c for c in CONDS if pred(c)]  # noqa: E731
DEMENTIA = [c for c in CONDS if c["code"] in ("G30", "F01")]
ELDERLY = [c for c in CONDS if c["code"] in ("I63", "S72.0", "J44", "I50", "G30", "F01")]
TRAVEL = [c for c in CONDS if c["code"] in ("E11", "C50.9", "C34.9", "G35", "N18.5", "F32.1", "I63", "S72.0", "J44")]
SICKLEAVE = [c for c in CONDS if c["code"] in ("F32.1", "P76", "G35", "F41.1", "C50.9", "C34.9", "T90")]
CANCER = [c for c in CONDS if c["code"] in ("C50.9", "C34.9")]
ADDICT = [c for c in CONDS if c["code"] == "F10.2"] + [
    cond("opioidavhengighet", "opioidavhengnad", ("legemiddelassistert rehabilitering", "legemiddelassistert rehabilitering"),
         ("avdeling for rus og avhengighet", "avdeling for rus og avhengnad"), "F11.2")]
SURGERY = [c for c in CONDS if c["code"] in ("S72.0", "I63")] + [
    cond("kneleddsartrose", "kneleddsartrose", ("opptrening", "opptrening"), ("ortopedisk avdeling", "ortopedisk avdeling"), "M17", age="old")]
EPILEPSY = [c for c in CONDS if c["code"] in ("G40",)]
SYMPTOMS = {"nob": ["sterke brystsmerter", "høy feber", "pustebesvær", "akutte magesmerter",
                    "kraftig hodepine", "blødning"],
            "nno": ["sterke brystsmerter", "høg feber", "pustevanskar", "akutte magesmerter",
                    "kraftig hovudverk", "blødingar"]}
WARDS_ER = {"nob": ["akuttmottaket", "medisinsk sengepost", "kirurgisk avdeling", "observasjonsposten"],
            "nno": ["akuttmottaket", "medisinsk sengepost", "kirurgisk avdeling", "observasjonsposten"]}


# ----------------------------------------------------------------------------------------
# Rendering: marked text -> plain text + spans
# ----------------------------------------------------------------------------------------

TAG = re.compile(r"⟨([nohcf])\|(.*?)⟩", re.S)
ETYPE = {"n": "person_name", "o": "person_name", "h": "health_term", "c": "diagnosis_code",
         "f": "fodselsnummer"}


def parse(marked):
    out, pos = [], 0
    for m in TAG.finditer(marked):
        if m.start() > pos:
            out.append((marked[pos:m.start()], None))
        out.append((m.group(2), m.group(1)))
        pos = m.end()
    if pos < len(marked):
        out.append((marked[pos:], None))
    assert "⟨" not in "".join(t for t, _ in out) and "⟩" not in "".join(t for t, _ in out), marked
    return out


def to_words(pieces):
    words, cur = [], []
    for text, tag in pieces:
        if tag is not None:
            cur.append((text, tag))
            continue
        parts = text.split(" ")
        for i, p in enumerate(parts):
            if i > 0:
                if cur:
                    words.append(cur)
                cur = []
            if p:
                cur.append((p, None))
    if cur:
        words.append(cur)
    return words


def breaks(t):
    return t.replace(SHY, "-\n").replace(BRK, "\n")


def render_para(marked, width):
    out, linelen = [], 0
    for w in to_words(parse(marked)):
        wl = sum(len(t) for t, _ in w)
        if linelen > 0:
            if width and linelen + 1 + wl > width:
                out.append(("\n", None))
                linelen = 0
            else:
                out.append((" ", None))
                linelen += 1
        for t, tag in w:
            t = breaks(t)
            out.append((t, tag))
            linelen = len(t.rsplit("\n", 1)[1]) if "\n" in t else linelen + len(t)
    return out


def render_letter(blocks, width):
    pieces = []
    for i, (kind, content) in enumerate(blocks):
        if i:
            pieces.append(("\n\n", None))
        if kind == "p":
            pieces += render_para(content, width)
        else:
            for j, line in enumerate(content):
                if j:
                    pieces.append(("\n", None))
                pieces += [(breaks(t), tag) for t, tag in parse(line)]
    pieces.append(("\n", None))
    text, ents, pos = [], [], 0
    for t, tag in pieces:
        b = len(t.encode("utf-8"))
        if tag:
            e = {"type": ETYPE[tag], "start": pos, "end": pos + b, "text": t}
            if tag in "no":
                e["private"] = tag == "n"
            ents.append(e)
        text.append(t)
        pos += b
    return "".join(text), ents


# ----------------------------------------------------------------------------------------
# Small generators
# ----------------------------------------------------------------------------------------

def mod11(digits, weights):
    s = sum(int(d) * w for d, w in zip(digits, weights))
    c = (-s) % 11
    return c


def make_account(rng):
    while True:
        ten = rng.choice(["1503", "1506", "1607", "2050", "3201", "6011", "7874", "8601", "9710"]) + \
            "".join(rng.choice("0123456789") for _ in range(6))
        c = mod11(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if c <= 9:
            a = ten + str(c)
            return "%s.%s.%s" % (a[:4], a[4:6], a[6:])


def make_orgnr(rng):
    while True:
        eight = rng.choice("89") + "".join(rng.choice("0123456789") for _ in range(7))
        c = mod11(eight, [3, 2, 7, 6, 5, 4, 3, 2])
        if c <= 9:
            o = eight + str(c)
            return "%s %s %s" % (o[:3], o[3:6], o[6:])


def make_phone(rng):
    d = rng.choice("2357") + "".join(rng.choice("0123456789") for _ in range(7))
    return " ".join((d[0:2], d[2:4], d[4:6], d[6:8]))


def make_mobile(rng):
    d = rng.choice("49") + "".join(rng.choice("0123456789") for _ in range(7))
    return "%s %s %s" % (d[:3], d[3:5], d[5:])


def make_amount(rng, lo=300, hi=9000):
    v = rng.randint(lo, hi)
    s = "{:,}".format(v).replace(",", " ")
    return s


def fmt_date(rng, lang, y, m, d, style=None):
    style = rng.randrange(3) if style is None else style
    if style == 0:
        return "%d. %s %d" % (d, MONTHS[lang][m - 1], y)
    if style == 1:
        return "%02d.%02d.%d" % (d, m, y)
    return "%d. %s" % (d, MONTHS[lang][m - 1])


def rand_date(rng, y=None):
    return (y or rng.choice([2023, 2024, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))


def fnr_birth(fnr):
    d, m, yy, ind = int(fnr[:2]), int(fnr[2:4]), int(fnr[4:6]), int(fnr[6:9])
    y = 2000 + yy if ind >= 500 and yy < 40 else 1900 + yy
    return "%02d.%02d.%d" % (d, m, y), y


def fmt_fnr(rng, fnr):
    return fnr if rng.random() < 0.75 else fnr[:6] + " " + fnr[6:]


# ----------------------------------------------------------------------------------------
# Forms: a mapping whose values are marked text; "P" hyphenates on its first use when asked
# ----------------------------------------------------------------------------------------

class Forms(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.hyph_first = {}
        self.hyphenated = False

    def __getitem__(self, k):
        if k in self.hyph_first:
            return N(self.hyph_first.pop(k))
        return super().__getitem__(k)


def genitive(name):
    return name + ("'" if name[-1] in "sxz" else "s")


def person_forms(f, key, p, lang, rng, first_full_with_middle=False):
    full = p.full
    if first_full_with_middle and p.middle:
        parts = full.split(" ", 1)
        full = "%s %s %s" % (parts[0], p.middle, parts[1])
    f[key] = N(full)
    f[key + "a"] = N(p.full)                       # address block
    f[key + "f"] = N(p.full)
    f[key + "g"] = N(genitive(p.full))
    f[key + "sg"] = N(genitive(p.sur))
    f[key + "giv"] = N(p.given)
    f[key + "givg"] = N(genitive(p.given))
    title = {"f": "fru", "m": "herr"}[p.g]
    f[key + "t"] = "%s %s" % (title, N(p.sur))
    f[key + "i"] = N("%s. %s" % (p.given[0], p.sur)) if p.initial else N(p.full)
    # the short reference used for later mentions varies per letter
    choice = rng.choice(["sur", "sur", "title", "full", "init"])
    if choice == "sur":
        f[key + "s"] = N(p.sur[0].upper() + p.sur[1:]) if p.sur.startswith(("van ", "de ")) else N(p.sur)
    elif choice == "title":
        f[key + "s"] = f[key + "t"]
    elif choice == "init":
        f[key + "s"] = f[key + "i"]
    else:
        f[key + "s"] = N(p.full)
    # sentence-initial: particles capitalised ("Van der Berg")
    f[key + "S"] = f[key + "s"]
    if choice == "sur" and p.sur.startswith(("van ", "de ")):
        f[key + "s"] = N(p.sur)
    if choice == "title":
        f[key + "S"] = "%s %s" % (title.capitalize(), N(p.sur))
    pro = {"nob": {"f": ("hun", "henne", "hennes", "Hun"), "m": ("han", "ham", "hans", "Han")},
           "nno": {"f": ("ho", "henne", "hennar", "Ho"), "m": ("han", "han", "hans", "Han")}}[lang][p.g]
    f[key + "hun"], f[key + "henne"], f[key + "hennes"], f[key + "Hun"] = pro
    return f


VOWELS = "aeiouyæøåáéAEIOUYÆØÅÁÉ"


def auto_hyphen(p):
    """Hyphenate a family name between two consonants near its middle ("Lar-sen")."""
    sur = p.sur
    if " " in sur or "-" in sur or len(sur) < 6:
        return None
    cands = [i for i in range(2, len(sur) - 2) if sur[i - 1] not in VOWELS and sur[i] not in VOWELS]
    if not cands:
        return None
    i = min(cands, key=lambda k: abs(k - len(sur) / 2))
    return p.full[:-len(sur)] + sur[:i] + SHY + sur[i:]


def code_phrase(rng, c, lang):
    if not c["code"]:
        return ""
    if c["sys"] == "ICPC-2":
        return rng.choice([" (ICPC-2 %s)", " (ICPC-2-kode %s)", " (ICPC-2: %s)"]) % C(c["code"])
    return rng.choice([" (ICD-10 %s)", " (diagnosekode %s)", " (%s)", " (diagnose %s)", " (ICD-10: %s)"]) % C(c["code"])


# ----------------------------------------------------------------------------------------
# Shared sentence pools
# ----------------------------------------------------------------------------------------

APPEAL = {
    "nob": ["Du kan klage på vedtaket. Klagefristen er tre uker fra du mottok dette brevet. Klagen sendes til oss, og vi vurderer saken på nytt før den eventuelt sendes til klageinstansen.",
            "Du har rett til å klage på vedtaket innen seks uker, jf. forvaltningsloven § 29. Klagen må være skriftlig og begrunnet.",
            "Vedtaket kan påklages. Fristen er tre uker. Opplys hvilket vedtak du klager på, og hvilken endring du ønsker."],
    "nno": ["Du kan klage på vedtaket. Klagefristen er tre veker frå du fekk dette brevet. Klaga skal sendast til oss, og vi vurderer saka på nytt før ho eventuelt går vidare til klageinstansen.",
            "Du har rett til å klage på vedtaket innan seks veker, jf. forvaltningslova § 29. Klaga må vere skriftleg og grunngitt.",
            "Vedtaket kan påklagast. Fristen er tre veker. Skriv kva vedtak du klagar på, og kva endring du ønskjer."],
}
CONTACT = {
    "nob": ["Har du spørsmål, kan du kontakte saksbehandler {S} på telefon {phone}.",
            "Spørsmål om saken kan rettes til {S}, telefon {phone}.",
            "Ta gjerne kontakt med oss på telefon {phone} dersom noe er uklart."],
    "nno": ["Har du spørsmål, kan du kontakte sakshandsamar {S} på telefon {phone}.",
            "Spørsmål om saka kan rettast til {S}, telefon {phone}.",
            "Ta gjerne kontakt med oss på telefon {phone} dersom noko er uklart."],
}
INNSYN = {
    "nob": "Du har rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19.",
    "nno": "Du har rett til å sjå dokumenta i saka, jf. forvaltningslova §§ 18 og 19.",
}
EXEMPT = {
    "nob": ["Unntatt offentlighet, jf. offentleglova § 13 første ledd og forvaltningsloven § 13",
            "Unntatt offentlighet – offl. § 13, jf. fvl. § 13 første ledd nr. 1"],
    "nno": ["Unnateke offentlegheit, jf. offentleglova § 13 første ledd og forvaltningslova § 13",
            "Unnateke offentlegheit – offl. § 13, jf. fvl. § 13 første ledd nr. 1"],
}
ELEC = {"nob": "Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.",
        "nno": "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar."}
CLOSE = {"nob": ["Med vennlig hilsen", "Med vennlig hilsen", "Vennlig hilsen", "Med hilsen"],
         "nno": ["Med venleg helsing", "Med venleg helsing", "Venleg helsing", "Helsing"]}
NEG_SENT = {
    "nob": ["Dag for dag blir det mer krevende å rekruttere fagfolk til distriktet.",
            "Liv og lære i skolen er tema for neste samling.",
            "Berg kommune har sagt ja til å delta i samarbeidet.",
            "Strand skole og Bakken barnehage får nye ventilasjonsanlegg i løpet av året.",
            "Mai og juni er travle måneder for arkivtjenesten.",
            "Fredag før påske er kontoret stengt fra kl. 12.00."],
    "nno": ["Dag for dag vert det vanskelegare å rekruttere fagfolk til distriktet.",
            "Liv og lagnad i bygda er tema for kulturveka i haust.",
            "Berg kommune har sagt ja til å vere med i samarbeidet.",
            "Strand skule og Haugen barnehage får nytt ventilasjonsanlegg i løpet av året.",
            "Mai og juni er travle månader for arkivtenesta.",
            "Fredag før påske er kontoret stengt frå kl. 12.00."],
}


# ----------------------------------------------------------------------------------------
# Scenarios.  Each returns (title, [paragraph or ("l", lines)], options).
# The templates are format strings over the Forms mapping f.
# ----------------------------------------------------------------------------------------

def pick(rng, *alts):
    return rng.choice(alts)


def fill(tpl, f):
    """Format a template; "{wd} {dateX}" becomes the weekday of that date plus the date."""
    return re.sub(r"\{wd\} \{(date\w*)\}", r"{wd_\1}", tpl).format_map(f)


def S_travel(lang, rng, f):
    c = f.cond
    if lang == "nob":
        title = pick(rng, "Vedtak – refusjon av reiseutgifter", "Svar på søknad om dekning av pasientreise",
                     "Melding om vedtak – pasientreiser")
        p1 = pick(rng, "Vi viser til søknad om refusjon av reiseutgifter, mottatt {date}.",
                  "Vi har mottatt søknad om dekning av utgifter til pasientreise, datert {date}.") + " " + \
            pick(rng, "Søknaden gjelder reise for {P} til {treat} ved {ward}, {hosp}, den {date2}.",
                 "Reisen gjaldt {Pg} {treat} ved {hosp}, {ward}, den {date2}.")
        p2 = pick(rng, "Av dokumentasjonen fremgår det at {Ps} har {cond}{codep} og at " + H("behandlingen") + " ikke kan gis nærmere hjemstedet.",
                  "Behandlende lege har bekreftet at {Ps} er under {treat} for {cond}{codep}.") + " " + \
            pick(rng, "Vi har innvilget søknaden og utbetaler kr {amt} til kontonummeret som er registrert på deg.",
                 "Søknaden er innvilget med standardsats. Beløpet, kr {amt}, blir utbetalt innen tre uker.",
                 "Utgifter til drosje dekkes ikke, fordi det ikke er dokumentert behov for det. Resten av søknaden er innvilget, og kr {amt} blir utbetalt.")
    else:
        title = pick(rng, "Vedtak – refusjon av reiseutgifter", "Svar på søknad om dekking av pasientreise")
        p1 = pick(rng, "Vi viser til søknaden om refusjon av reiseutgifter, motteken {date}.",
                  "Vi har motteke søknad om dekking av utgifter til pasientreise, datert {date}.") + " " + \
            pick(rng, "Søknaden gjeld reise for {P} til {treat} ved {ward}, {hosp}, den {date2}.",
                 "Reisa gjaldt {Pg} {treat} ved {hosp}, {ward}, den {date2}.")
        p2 = pick(rng, "Av dokumentasjonen går det fram at {Ps} har {cond}{codep} og at " + H("behandlinga") + " ikkje kan givast nærare heimstaden.",
                  "Lækjaren har stadfesta at {Ps} er under {treat} for {cond}{codep}.") + " " + \
            pick(rng, "Vi har innvilga søknaden og betaler ut kr {amt} til kontonummeret som er registrert på deg.",
                 "Søknaden er innvilga med standardsats. Beløpet, kr {amt}, vert utbetalt innan tre veker.")
    return title, [p1, p2, pick(rng, *APPEAL[lang]), pick(rng, *CONTACT[lang])]


def S_complaint(lang, rng, f):
    if lang == "nob":
        title = pick(rng, "Svar på klage på " + H("behandling"), "Tilbakemelding på klage", "Svar på henvendelse om " + H("helsehjelp"))
        p1 = "Vi har mottatt klage fra {P}, datert {date}, på " + H("behandlingen") + " {Phun} fikk ved {erward}, {hosp}. " + \
            "{PS} skriver at {Phun} ble " + H("innlagt") + " {date2} med " + "{symptom}" + \
            " og måtte vente i over fire timer før {Phun} ble " + H("undersøkt") + " av lege."
        p2 = pick(rng,
                  "Klinikken har gått gjennom journalen. Overlege {D} opplyser at ventetiden skyldtes stor pågang i " + H("akuttmottaket") + " samme kveld, og at tilstanden ble vurdert som stabil.",
                  "Vi har innhentet uttalelse fra avdelingssjef {D}. Det fremgår at {Ps} fikk " + H("smertestillende") + " kort tid etter ankomst, men at " + H("undersøkelsen") + " ble forsinket.")
        p3 = pick(rng, "Vi beklager at {Ps} opplevde ventetiden som belastende. Saken er meldt i avvikssystemet og blir brukt i forbedringsarbeidet.",
                  "Vi beklager det som skjedde. Rutinene for prioritering i mottaket er nå gjennomgått.")
        p4 = "Dersom du ikke er fornøyd med svaret, kan du be Statsforvalteren vurdere saken, jf. pasient- og brukerrettighetsloven § 7-4."
    else:
        title = pick(rng, "Svar på klage på " + H("helsehjelp"), "Førebels svar på klage")
        p1 = "Vi har motteke klage frå {P}, datert {date}, på " + H("helsehjelpa") + " {Phun} fekk ved {erward}, {hosp}. " + \
            "{PS} skriv at {Phun} vart " + H("innlagd") + " {date2} med {symptom} og vart sendt heim utan " + H("undersøking") + " av lege."
        p2 = pick(rng,
                  "Statsforvaltaren har bede sjukehuset om ei utgreiing og kopi av journalen. Overlege {D} har svart at pasienten vart vurdert av sjukepleiar og fekk " + H("smertestillande") + ".",
                  "Vi har henta inn fråsegn frå avdelingssjef {D}. Der går det fram at {Ps} fekk " + H("behandling") + " for {symptom2}, men at legetilsynet kom seint.")
        p3 = "Vi vil vurdere om " + H("helsehjelpa") + " var forsvarleg, jf. helsepersonellova § 4 og spesialisthelsetenestelova § 2-2."
        p4 = "Sakshandsamingstida er om lag fire månader. Vi kontaktar {Pt} dersom vi treng fleire opplysningar."
    return title, [p1, p2, p3, p4]


def S_referral(lang, rng, f):
    if lang == "nob":
        title = pick(rng, "Vurdering av henvisning", "Melding om rett til nødvendig " + H("helsehjelp"))
        p1 = "Vi har mottatt henvisning fra fastlege {D}, datert {date}, som gjelder {P}, født {born}."
        p2 = "Henvisningen er vurdert ved {ward}. {PS} har rett til nødvendig " + H("helsehjelp") + \
            " i spesialisthelsetjenesten for {cond}{codep}. Frist for oppstart av " + H("utredning") + " er satt til {date3}."
        p3 = pick(rng, "Du får innkalling til første time i god tid. Ta med oversikt over " + H("legemidlene") + " du bruker.",
                  "Dersom fristen ikke kan holdes, kontakter vi deg og Helfo. Du har da rett til " + H("behandling") + " ved et annet sykehus.")
    else:
        title = pick(rng, "Vurdering av tilvising", "Melding om rett til naudsynt " + H("helsehjelp"))
        p1 = "Vi har motteke tilvising frå fastlege {D}, datert {date}, som gjeld {P}, fødd {born}."
        p2 = "Tilvisinga er vurdert ved {ward}. {PS} har rett til naudsynt " + H("helsehjelp") + \
            " i spesialisthelsetenesta for {cond}{codep}. Fristen for oppstart av " + H("utgreiing") + " er sett til {date3}."
        p3 = pick(rng, "Du får innkalling til første time i god tid. Ta med oversikt over " + H("medisinane") + " du bruker.",
                  "Dersom vi ikkje kan halde fristen, kontaktar vi deg og Helfo.")
    return title, [p1, p2, p3, pick(rng, *CONTACT[lang])]


def S_nursinghome(lang, rng, f):
    if lang == "nob":
        title = pick(rng, "Vedtak om " + H("langtidsopphold i sykehjem"), "Vedtak om tildeling av " + H("sykehjemsplass"))
        p1 = "Vi viser til søknad om " + H("langtidsopphold i sykehjem") + " for {P}, mottatt {date}. Søknaden er sendt av {rel} {R}."
        p2 = "{PS} har {cond}{codep} og har de siste månedene fått stadig større " + H("hjelpebehov") + \
            ". " + H("Hjemmesykepleien") + " har siden {date2} gitt " + H("tilsyn") + " fire ganger i døgnet."
        p3 = "Tildelingskontoret har vurdert at {Phun} ikke lenger kan bo trygt hjemme. {PS} tildeles langtidsplass ved {inst} fra {date3}."
        p4 = "Vederlaget beregnes etter forskrift om egenandel for kommunale helse- og omsorgstjenester."
    else:
        title = pick(rng, "Vedtak om " + H("langtidsopphald i sjukeheim"), "Vedtak om " + H("sjukeheimsplass"))
        p1 = "Vi viser til søknaden om " + H("langtidsopphald i sjukeheim") + " for {P}, motteken {date}. Søknaden er sendt av {rel} {R}."
        p2 = "{PS} har {cond}{codep}, og " + H("hjelpebehovet") + " har auka mykje det siste halvåret."
        p3 = "Tildelingskontoret meiner at {Phun} ikkje lenger kan bu trygt heime, sjølv med " + H("tilsyn") + " frå " + \
            H("heimesjukepleia") + " fleire gonger i døgnet. {PS} får plass ved {inst} frå {date3}."
        p4 = "Vederlaget vert rekna ut etter forskrift om eigendel for kommunale helse- og omsorgstenester."
    return title, [p1, p2, p3, p4, pick(rng, *APPEAL[lang])]


def S_homecare(lang, rng, f):
    if lang == "nob":
        title = pick(rng, "Vedtak om " + H("hjemmesykepleie"), "Vedtak om " + H("helsetjenester i hjemmet"))
        p1 = "{P} ble " + H("utskrevet") + " fra {ward} ved {hosp} {date} etter " + H("operasjon") + " for {cond}."
        p2 = "Etter hjemmebesøk hos {Pt} sammen med {rel} {R} har vi vurdert behovet for hjelp."
        p3 = "{PS} innvilges " + H("hjemmesykepleie") + " morgen og kveld, med hjelp til " + H("sårstell") + \
            " og " + H("medisinering") + ". Vedtaket gjelder fra {date3} og evalueres innen {date4}."
    else:
        title = pick(rng, "Vedtak om " + H("heimesjukepleie"), "Vedtak om " + H("helsetenester i heimen"))
        p1 = "{P} vart " + H("utskriven") + " frå {ward} ved {hosp} {date} etter " + H("operasjon") + " for {cond}."
        p2 = "Etter heimebesøk hos {Pt} saman med {rel} {R} har vi vurdert kva hjelp som trengst."
        p3 = "{PS} får " + H("heimesjukepleie") + " morgon og kveld, mellom anna hjelp med " + H("sårstell") + \
            " og " + H("medisinar") + ". Vedtaket gjeld frå {date3} og vert evaluert innan {date4}."
    return title, [p1, p2, p3, pick(rng, *APPEAL[lang])]


def S_nav(lang, rng, f):
    if lang == "nob":
        if rng.random() < 0.5:
            title = "Vedtak om arbeidsavklaringspenger"
            p1 = pick(rng, "Vi viser til søknad om arbeidsavklaringspenger fra {P}, fødselsnummer {fnr}.",
                      "Vi viser til søknad om arbeidsavklaringspenger fra {P}, mottatt {date}.")
            p2 = "{PS} har vært " + H("sykmeldt") + " siden {date2} på grunn av {cond}{codep}. Legeerklæring fra {D} viser at {Phun} er under {treat} ved {ward}."
            p3 = "Vi har kommet frem til at vilkårene i folketrygdloven kapittel 11 er oppfylt, og {Phun} får arbeidsavklaringspenger fra {date3}."
        else:
            title = "Innkalling til dialogmøte"
            p1 = "NAV kaller inn til dialogmøte i sykefraværsoppfølgingen av {P}. Møtet holdes {wd} {date3} kl. {time} på NAV-kontoret."
            p2 = "{PS} har vært " + H("sykmeldt") + " siden {date2}. " + H("Diagnosen") + " på " + H("sykmeldingen") + \
                " er {cond}{codep}. Fastlege {D} og arbeidsgiver er også invitert."
            p3 = "Målet med møtet er å finne ut om det er mulig å prøve ut " + H("gradert sykmelding") + " eller tilrettelegging på arbeidsplassen."
    else:
        if rng.random() < 0.5:
            title = "Vedtak om sjukepengar"
            p1 = "Vi viser til " + H("sjukmeldinga") + " for {P} frå {D}, datert {date}."
            p2 = "{PS} har vore " + H("sjukmeld") + " sidan {date2} på grunn av {cond}{codep}. Legeerklæringa viser at {Phun} får {treat} ved {ward}."
            p3 = "Vilkåra i folketrygdlova kapittel 8 er oppfylte, og {Phun} får sjukepengar frå {date3}."
        else:
            title = "Innkalling til dialogmøte"
            p1 = "NAV kallar inn til dialogmøte i oppfølginga av {P}. Møtet er {wd} {date3} kl. {time} på NAV-kontoret."
            p2 = "{PS} har vore " + H("sjukmeld") + " sidan {date2} med " + H("diagnosen") + " {cond}{codep}. Fastlege {D} og arbeidsgivaren er òg inviterte."
            p3 = "Målet er å finne ut om " + H("gradert sjukmelding") + " eller tilrettelegging på arbeidsplassen kan prøvast ut."
    return title, [p1, p2, p3, pick(rng, *CONTACT[lang])]


def S_addiction(lang, rng, f):
    if lang == "nob":
        title = pick(rng, "Bekreftelse på inntak – " + H("tverrfaglig spesialisert rusbehandling"), "Melding om inntak til " + H("døgnbehandling"))
        p1 = "{P} er vurdert å ha rett til " + H("tverrfaglig spesialisert rusbehandling") + " etter henvisning fra fastlege {D}."
        p2 = "Inntak ved {ward} er planlagt {wd} {date3}. " + H("Behandlingen") + " varer i inntil tolv uker. Diagnose ved henvisning: {cond}{codep}."
        p3 = pick(rng, "{PS} har opplyst at {Phun} får " + H("metadon") + " i " + H("LAR") + ", og dosen vil bli videreført under oppholdet.",
                  "Det er avtalt at {PS} først skal gjennom " + H("avrusning") + " i fem døgn.")
        p4 = "Husk å ta med " + H("medisiner") + " for de første dagene og gyldig legitimasjon."
    else:
        title = pick(rng, "Stadfesting av inntak – " + H("rusbehandling"), "Melding om inntak til " + H("døgnbehandling"))
        p1 = "{P} har rett til " + H("tverrfagleg spesialisert rusbehandling") + " etter tilvising frå fastlege {D}."
        p2 = "Inntaket ved {ward} er planlagt til {wd} {date3}. Diagnose ved tilvising: {cond}{codep}."
        p3 = pick(rng, "{PS} har opplyst at {Phun} er i " + H("LAR") + " og får " + H("buprenorfin") + ". Dosen held fram under opphaldet.",
                  "Det er avtalt at {PS} først skal gjennom " + H("avrusing") + " i fem døgn.")
        p4 = "Ta med " + H("medisinar") + " for dei første dagane og gyldig legitimasjon."
    return title, [p1, p2, p3, p4]


def S_cancer(lang, rng, f):
    if lang == "nob":
        title = pick(rng, "Innkalling til samtale", "Innkalling til time – " + H("pakkeforløp"))
        head = ("l", ["Pasient: {Pa}", "Fødselsnummer: {fnr}"])
        p1 = "Du er henvist i " + H("pakkeforløp") + " for {cond}{codep} og har time hos overlege {D} ved {ward} {wd} {date3} kl. {time}."
        p2 = "Ved timen går vi gjennom svaret på " + H("biopsien") + " og " + H("MR-undersøkelsen") + \
            ", og legger en plan for videre " + H("behandling") + ". Du kan gjerne ta med en pårørende."
        p3 = "Timen er obligatorisk. Dersom du ikke kan møte, må du gi beskjed senest to virkedager før."
    else:
        title = pick(rng, "Innkalling til samtale", "Innkalling til time – " + H("pakkeforløp"))
        head = ("l", ["Pasient: {Pa}", "Fødselsnummer: {fnr}"])
        p1 = "Du er tilvist i " + H("pakkeforløp") + " for {cond}{codep} og har time hos overlege {D} ved {ward} {wd} {date3} kl. {time}."
        p2 = "På timen går vi gjennom svaret på " + H("vevsprøva") + " og " + H("CT-undersøkinga") + \
            ", og legg ein plan for vidare " + H("behandling") + ". Du kan gjerne ta med ein pårørande."
        p3 = "Gi beskjed seinast to yrkedagar før dersom du ikkje kan møte."
    return title, [head, p1, p2, p3]


def S_supervision(lang, rng, f):
    if lang == "nob":
        title = pick(rng, "Anmodning om opplysninger – tilsynssak", "Varsel om tilsynssak")
        p1 = "Statsforvalteren har mottatt en henvendelse fra {rel} {R} om " + H("helsehjelpen") + " {Pf} fikk ved {hosp} i perioden {date2}–{date}."
        p2 = "Av henvendelsen går det frem at {Ps} hadde {cond}{codep}, og at " + H("innleggelsen") + \
            " i {ward} ble forsinket fordi " + H("henvisningen") + " ikke ble fulgt opp."
        p3 = "Vi ber sykehuset sende kopi av {Psg} journal for perioden og en redegjørelse fra ansvarlig lege, {D}. Frist for svar er {date3}."
    else:
        title = pick(rng, "Førespurnad om opplysningar – tilsynssak", "Varsel om tilsynssak")
        p1 = "Statsforvaltaren har motteke ei henvending frå {rel} {R} om " + H("helsehjelpa") + " {Pf} fekk ved {hosp} i perioden {date2}–{date}."
        p2 = "Henvendinga viser at {Ps} hadde {cond}{codep}, og at " + H("innlegginga") + " ved {ward} vart forseinka."
        p3 = "Vi ber sjukehuset sende kopi av {Psg} journal for perioden og ei utgreiing frå ansvarleg lege, {D}. Fristen for svar er {date3}."
    return title, [p1, p2, p3]


def S_licence(lang, rng, f):
    if lang == "nob":
        title = "Vedtak om dispensasjon fra helsekravene for førerett"
        p1 = "Statsforvalteren viser til søknad fra {P} om dispensasjon fra helsekravene i førerkortforskriften vedlegg 1."
        p2 = "Av legeattest fra {D} fremgår det at {Ps} har {cond}{codep} og har vært " + H("anfallsfri") + \
            " i ti måneder på " + H("medikamentell behandling") + "."
        p3 = "Vi innvilger dispensasjon for førerkortklasse B for to år. Ny legeattest må sendes før {date4}."
    else:
        title = "Vedtak om dispensasjon frå helsekrava for førarrett"
        p1 = "Statsforvaltaren viser til søknad frå {P} om dispensasjon frå helsekrava i førarkortforskrifta vedlegg 1."
        p2 = "Legeattesten frå {D} viser at {Ps} har {cond}{codep} og har vore " + H("anfallsfri") + \
            " i ti månader med " + H("medikamentell behandling") + "."
        p3 = "Vi gir dispensasjon for klasse B i to år. Ny legeattest må sendast før {date4}."
    return title, [p1, p2, p3, pick(rng, *APPEAL[lang])]


def S_child(lang, rng, f):
    if lang == "nob":
        title = pick(rng, "Vedtak om " + H("avlastning"), "Melding om vedtak – " + H("avlastning"))
        p1 = "Vi viser til søknad om " + H("avlastning") + " for {P}, født {byear}, fra {rel} {R}."
        p2 = "{Pgiv} har " + H("autismespekterforstyrrelse") + " (ICD-10 " + C("F84.0") + "). " + \
            H("Diagnosen") + " ble satt ved " + H("BUP") + " i {byear2}, og {Phun} har behov for tett oppfølging hele døgnet."
        p3 = "Kommunen innvilger " + H("avlastning") + " i Solbakken avlastningsbolig to helger i måneden fra {date3}."
    else:
        title = pick(rng, "Vedtak om " + H("avlasting"), "Melding om vedtak – " + H("avlasting"))
        p1 = "Vi viser til søknaden om " + H("avlasting") + " for {P}, fødd {byear}, frå {rel} {R}."
        p2 = "{Pgiv} har " + H("autismespekterforstyrring") + " (ICD-10 " + C("F84.0") + "). " + \
            H("Diagnosen") + " vart sett ved " + H("BUP") + " i {byear2}, og {Phun} treng tett oppfølging heile døgnet."
        p3 = "Kommunen gir " + H("avlasting") + " i Solbakken avlastingsbustad to helger i månaden frå {date3}."
    return title, [p1, p2, p3, pick(rng, *APPEAL[lang])]


def S_pregnancy(lang, rng, f):
    if lang == "nob":
        title = "Vedtak om svangerskapspenger"
        p1 = "Vi har mottatt søknad om svangerskapspenger fra {P}. {PHun} er " + H("gravid") + " med termin {date4}."
        p2 = "I legeerklæringen fra {D} står det at {Ps} har " + H("svangerskapsdiabetes") + " (ICD-10 " + C("O24.4") + \
            ") og ikke bør arbeide nattskift. Arbeidsgiveren har bekreftet at det ikke er mulig å tilrettelegge arbeidet."
        p3 = "Søknaden er innvilget. {PHun} får svangerskapspenger fra {date3} til tre uker før termin."
    else:
        title = "Vedtak om svangerskapspengar"
        p1 = "Vi har motteke søknad om svangerskapspengar frå {P}. {PHun} er " + H("gravid") + " med termin {date4}."
        p2 = "Legeerklæringa frå {D} viser at {Ps} har " + H("svangerskapsdiabetes") + " (ICD-10 " + C("O24.4") + \
            ") og ikkje bør arbeide nattskift."
        p3 = "Søknaden er innvilga. {PHun} får svangerskapspengar frå {date3} til tre veker før termin."
    return title, [p1, p2, p3, pick(rng, *CONTACT[lang])]


def S_journal(lang, rng, f):
    if lang == "nob":
        title = "Svar på begjæring om innsyn i egen journal"
        p1 = "Vi viser til brev fra {P} av {date}, der {Phun} ber om kopi av journalen fra {ward} for perioden {year}–{year2}."
        p2 = "Journalen inneholder " + H("epikriser") + ", " + H("behandlingsplan") + " og notater fra samtaler med psykolog {D}. " + \
            "Siste " + H("epikrise") + " beskriver {cond}{codep}."
        p3 = "Kopien sendes rekommandert til adressen din. Ett notat er holdt tilbake etter pasient- og brukerrettighetsloven § 5-1 annet ledd."
    else:
        title = "Svar på krav om innsyn i eigen journal"
        p1 = "Vi viser til brev frå {P} av {date}, der {Phun} ber om kopi av journalen frå {ward} for perioden {year}–{year2}."
        p2 = "Journalen inneheld " + H("epikriser") + ", " + H("behandlingsplan") + " og notat frå samtalar med psykolog {D}. " + \
            "Den siste " + H("epikrisa") + " skildrar {cond}{codep}."
        p3 = "Kopien vert send rekommandert til adressa di."
    return title, [p1, p2, p3]


# ---- person without health information ------------------------------------------------

def S_building(lang, rng, f):
    if lang == "nob":
        title = pick(rng, "Rammetillatelse – oppføring av garasje", "Tillatelse til tiltak – tilbygg til bolig")
        p1 = "Vi viser til søknad om tillatelse til tiltak fra {P}, mottatt {date}, for eiendommen gnr. {gnr} bnr. {bnr}, {street2}."
        p2 = pick(rng, "Tiltaket er i samsvar med reguleringsplanen, og det er ikke kommet merknader fra naboer.",
                  "Naboen {R} har kommet med merknad om høyden på bygget. Kommunen mener merknaden ikke gir grunn til å avslå søknaden.")
        p3 = "Tillatelse gis etter plan- og bygningsloven § 20-1. Gebyr på kr {amt} blir fakturert {Ps}."
    else:
        title = pick(rng, "Løyve til tiltak – tilbygg til bustad", "Rammeløyve – oppføring av garasje")
        p1 = "Vi viser til søknaden frå {P}, motteken {date}, om løyve til tiltak på eigedomen gnr. {gnr} bnr. {bnr}, {street2}."
        p2 = pick(rng, "Tiltaket er i samsvar med reguleringsplanen, og det er ikkje kome merknader frå naboar.",
                  "Naboen {R} har kome med merknad om høgda på bygget. Kommunen meiner merknaden ikkje gir grunn til avslag.")
        p3 = "Løyve vert gitt etter plan- og bygningslova § 20-1. Gebyr på kr {amt} vert fakturert {Ps}."
    return title, [p1, p2, p3, pick(rng, *APPEAL[lang])]


def S_access(lang, rng, f):
    if lang == "nob":
        title = "Svar på innsynskrav"
        p1 = "Vi viser til e-post fra {P} {date}, der {Phun} ber om innsyn i sak {case2} om reguleringsplan for {place} sentrum."
        p2 = "Vi gir innsyn i dokument 1–7. Dokument 8 er unntatt etter offentleglova § 14, fordi det er et organinternt dokument."
        p3 = "Dokumentene er vedlagt. {PS} kan klage på avslaget innen tre uker."
    else:
        title = "Svar på krav om innsyn"
        p1 = "Vi viser til e-post frå {P} {date}, der {Phun} ber om innsyn i sak {case2} om reguleringsplan for {place} sentrum."
        p2 = "Vi gir innsyn i dokument 1–7. Dokument 8 er unnateke etter offentleglova § 14, fordi det er eit organinternt dokument."
        p3 = "Dokumenta ligg ved. {PS} kan klage på avslaget innan tre veker."
    return title, [p1, p2, p3]


def S_road(lang, rng, f):
    if lang == "nob":
        title = pick(rng, "Svar på henvendelse om vedlikehold av kommunal vei", "Svar på klage på brøyting")
        p1 = "{P} har i brev av {date} klaget på hull i veien og mangelfull brøyting i {road}."
        p2 = "Vi var på befaring {wd} {date0}. Veien har skader etter vinteren, og strekningen står på listen for asfaltering i {year2}."
        p3 = "Takk for at {Ps} sa fra. Vi har bedt entreprenøren brøyte strekningen tidligere på morgenen."
    else:
        title = pick(rng, "Svar på klage på brøyting", "Svar på førespurnad om vedlikehald av kommunal veg")
        p1 = "{P} har i brev av {date} klaga på hol i vegen og mangelfull brøyting i {road}."
        p2 = "Vi var på synfaring {wd} {date0}. Vegen har skadar etter vinteren og står på lista for asfaltering i {year2}."
        p3 = "Takk for at {Ps} sa frå. Vi har bede entreprenøren brøyte tidlegare på morgonen."
    return title, [p1, p2, p3]


def S_propertytax(lang, rng, f):
    title = "Vedtak i klage på eigedomsskatt" if lang == "nno" else "Vedtak i klage på eiendomsskatt"
    if lang == "nob":
        p1 = "Vi viser til klage fra {P} på eiendomsskatten for {year} for eiendommen i {street2}."
        p2 = "Sakkyndig nemnd behandlet klagen i møte {date2}. Nemnda fant at boligen var gitt feil areal, og takstgrunnlaget er redusert til kr {amt} 000."
        p3 = "Ny skatteseddel blir sendt {Pt}. Vedtaket er endelig og kan ikke påklages."
    else:
        p1 = "Vi viser til klaga frå {P} på eigedomsskatten for {year} for eigedomen i {street2}."
        p2 = "Sakkunnig nemnd handsama klaga i møte {date2}. Nemnda fann at bustaden var gitt feil areal, og takstgrunnlaget er redusert til kr {amt} 000."
        p3 = "Ny skattesetel vert sendt {Pt}. Vedtaket er endeleg og kan ikkje påklagast."
    return title, [p1, p2, p3]


def S_grant(lang, rng, f):
    if lang == "nob":
        title = "Tildeling av kulturstipend"
        p1 = "Kulturutvalget behandlet søknadene om kulturstipend i møte {date}."
        p2 = "{P} tildeles stipend på kr {amt} for prosjektet «{project}». Utvalget la vekt på at prosjektet når barn og unge i hele kommunen."
        p3 = "Stipendet utbetales når {Ps} har bekreftet at tildelingen tas imot. Rapport sendes innen {date3}."
    else:
        title = "Tildeling av kulturstipend"
        p1 = "Kulturutvalet handsama søknadene om kulturstipend i møte {date}."
        p2 = "{P} får stipend på kr {amt} til prosjektet «{project}». Utvalet la vekt på at prosjektet når born og unge i heile kommunen."
        p3 = "Stipendet vert utbetalt når {Ps} har stadfesta at tildelinga vert teken imot."
    return title, [p1, p2, p3]


def S_schoolbus(lang, rng, f):
    if lang == "nob":
        title = "Vedtak om skoleskyss"
        p1 = "Vi viser til søknad fra {P} om skoleskyss for sønnen {R}, som går i 3. klasse ved Strand skole."
        p2 = "Skoleveien langs fylkesveien er vurdert som særlig farlig, og {Rgiv} har rett til gratis skyss etter opplæringslova § 7-1."
        p3 = "Skyssen gjelder skoleåret {year}/{year2}."
    else:
        title = "Vedtak om skuleskyss"
        p1 = "Vi viser til søknaden frå {P} om skuleskyss for sonen {R}, som går i 3. klasse ved Strand skule."
        p2 = "Skulevegen langs fylkesvegen er vurdert som særleg farleg, og {Rgiv} har rett til gratis skyss etter opplæringslova § 7-1."
        p3 = "Skyssen gjeld skuleåret {year}/{year2}."
    return title, [p1, p2, p3, pick(rng, *APPEAL[lang])]


# ---- identity number, no health ----------------------------------------------------------

def S_startloan(lang, rng, f):
    if lang == "nob":
        title = "Vedtak om startlån"
        head = ("l", ["Søker: {Pa}", "Fødselsnummer: {fnr}"])
        p1 = "Du har fått innvilget startlån på kr {amt} 000 til kjøp av bolig i {street2}."
        p2 = "Lånet har flytende rente og en nedbetalingstid på 30 år. Det utbetales når pantedokumentet er tinglyst."
    else:
        title = "Vedtak om startlån"
        head = ("l", ["Søkjar: {Pa}", "Fødselsnummer: {fnr}"])
        p1 = "Du har fått innvilga startlån på kr {amt} 000 til kjøp av bustad i {street2}."
        p2 = "Lånet har flytande rente og ei nedbetalingstid på 30 år. Det vert utbetalt når pantedokumentet er tinglyst."
    return title, [head, p1, p2, pick(rng, *APPEAL[lang])]


def S_debt(lang, rng, f):
    if lang == "nob":
        title = "Varsel om tvangsinnkreving av kommunale avgifter"
        p1 = pick(rng, "Skyldner: {P} (f.nr. {fnr})", "Gjelder: {P}, fnr. {fnr}")
        p2 = "Kommunale avgifter for {year}, kr {amt}, er ikke betalt innen forfall. Beløpet må betales til kontonummer {acct} innen 14 dager."
        p3 = "Dersom beløpet ikke blir betalt, vil kravet bli sendt til tvangsinnkreving med utleggsforretning."
    else:
        title = "Varsel om tvangsinnkrevjing av kommunale avgifter"
        p1 = pick(rng, "Skuldnar: {P} (f.nr. {fnr})", "Gjeld: {P}, fnr. {fnr}")
        p2 = "Kommunale avgifter for {year}, kr {amt}, er ikkje betalte innan forfall. Beløpet må betalast til kontonummer {acct} innan 14 dagar."
        p3 = "Dersom beløpet ikkje vert betalt, vert kravet sendt til tvangsinnkrevjing."
    return title, [p1, p2, p3]


def S_sfo(lang, rng, f):
    if lang == "nob":
        title = "Bekreftelse på plass i skolefritidsordningen"
        head = ("l", ["Elev: {R}", "Fødselsnummer: {fnr}", "Foresatt: {Pa}"])
        p1 = "{Rgiv} har fått plass i SFO ved Strand skole fra {date3}. Foreldrebetalingen er kr {amt} per måned."
        p2 = "Oppsigelse må skje skriftlig med én måneds varsel. Endringer i oppholdstid meldes til rektor."
    else:
        title = "Stadfesting av plass i skulefritidsordninga"
        head = ("l", ["Elev: {R}", "Fødselsnummer: {fnr}", "Føresett: {Pa}"])
        p1 = "{Rgiv} har fått plass i SFO ved Strand skule frå {date3}. Foreldrebetalinga er kr {amt} i månaden."
        p2 = "Oppseiing må skje skriftleg med ein månads varsel."
    return title, [head, p1, p2]


def S_register(lang, rng, f):
    if lang == "nob":
        title = "Melding om rettet adresse i Folkeregisteret"
        p1 = "Vi har rettet bostedsadressen for personen med fødselsnummer {fnr} etter melding fra kommunen {date}."
        p2 = "Ny adresse er {street2}. Endringen gjelder fra {date2}. Tidligere adresse var registrert ved en feil."
        p3 = "Meldingen er sendt til kommunen og til skatteetaten for videre oppfølging."
    else:
        title = "Melding om retta adresse i Folkeregisteret"
        p1 = "Vi har retta bustadadressa for personen med fødselsnummer {fnr} etter melding frå kommunen {date}."
        p2 = "Ny adresse er {street2}. Endringa gjeld frå {date2}."
        p3 = "Meldinga er sendt til skatteetaten for vidare oppfølging."
    return title, [p1, p2, p3]


# ---- administrative letters ---------------------------------------------------------------

def S_meeting(lang, rng, f):
    if lang == "nob":
        title = pick(rng, "Innkalling til møte i samarbeidsutvalget", "Innkalling til møte i overordnet samarbeidsorgan")
        p1 = "Det innkalles til møte {wd} {date3} kl. {time} i møterom Fjorden, {venue}."
        agenda = ("l", ["Saksliste:", "Sak 12/{yy} Godkjenning av innkalling og saksliste",
                        "Sak 13/{yy} Budsjett og økonomiplan", "Sak 14/{yy} Orientering fra ordfører {O1}",
                        "Sak 15/{yy} Eventuelt"])
        p2 = "Forfall meldes til {S} på telefon {phone} innen {datef}. Møtet ledes av kommunedirektør {O2}."
        return title, [p1, agenda, p2, pick(rng, *NEG_SENT[lang])]
    title = pick(rng, "Innkalling til møte i samarbeidsutvalet", "Innkalling til møte i regionalt samarbeidsorgan")
    p1 = "Det vert kalla inn til møte {wd} {date3} kl. {time} i møterom Fjorden, {venue}."
    agenda = ("l", ["Saksliste:", "Sak 12/{yy} Godkjenning av innkalling og sakliste",
                    "Sak 13/{yy} Budsjett og økonomiplan", "Sak 14/{yy} Orientering frå ordførar {O1}",
                    "Sak 15/{yy} Eventuelt"])
    p2 = "Forfall vert meldt til {S} på telefon {phone} innan {datef}. Møtet vert leia av kommunedirektør {O2}."
    return title, [p1, agenda, p2, pick(rng, *NEG_SENT[lang])]


def S_budget(lang, rng, f):
    if lang == "nob":
        title = pick(rng, "Budsjett {year2} – fordeling av rammer", "Tildelingsbrev for {year2}")
        p1 = "Kommunestyret vedtok {date} budsjett for {year2}. Rammen til oppvekst økes med 4,2 millioner kroner, mens teknisk sektor får et kutt på 1,1 millioner."
        p2 = "Enhetene bes melde inn eventuelle endringer i driften innen {datef}. Økonomisjef {O1} orienterer på ledermøtet {wd} {date3}."
        p3 = "Tilskudd fra staten utbetales til kontonummer {acct}. Organisasjonsnummer {orgnr} må oppgis på alle fakturaer."
    else:
        title = pick(rng, "Budsjett {year2} – fordeling av rammer", "Tildelingsbrev for {year2}")
        p1 = "Kommunestyret vedtok {date} budsjettet for {year2}. Ramma til oppvekst aukar med 4,2 millionar kroner, medan teknisk sektor får eit kutt på 1,1 millionar."
        p2 = "Einingane vert bedne om å melde inn endringar i drifta innan {datef}. Økonomisjef {O1} orienterer på leiarmøtet {wd} {date3}."
        p3 = "Tilskot frå staten vert utbetalt til kontonummer {acct}. Organisasjonsnummer {orgnr} må førast på alle fakturaer."
    return title, [p1, p2, p3, pick(rng, *NEG_SENT[lang])]


def S_procure(lang, rng, f):
    if lang == "nob":
        title = pick(rng, "Kunngjøring – konkurranse om renholdstjenester", "Invitasjon til konkurranse – kontorrekvisita")
        p1 = "{org}, org.nr. {orgnr}, inviterer til åpen anbudskonkurranse om rammeavtale for en periode på to år med opsjon på ett pluss ett år."
        p2 = "Tilbud leveres elektronisk innen {date3} kl. 12.00. Befaring holdes {wd} {datef} kl. 10.00 i Kongens gate 12."
        p3 = "Kontaktperson: {S}, tlf. {phone}. Spørsmål om konkurransegrunnlaget besvares anonymisert til alle leverandører."
    else:
        title = pick(rng, "Kunngjering – konkurranse om reinhaldstenester", "Invitasjon til konkurranse – kontorrekvisita")
        p1 = "{org}, org.nr. {orgnr}, inviterer til open anbodskonkurranse om rammeavtale for ein periode på to år med opsjon på eitt pluss eitt år."
        p2 = "Tilbod skal leverast elektronisk innan {date3} kl. 12.00. Synfaring er {wd} {datef} kl. 10.00 i Kong Oscars gate 4."
        p3 = "Kontaktperson: {S}, tlf. {phone}. Spørsmål om konkurransegrunnlaget vert svara på anonymisert til alle leverandørar."
    return title, [p1, p2, p3]


def S_invoice(lang, rng, f):
    if lang == "nob":
        title = "Purring – faktura {inv}"
        p1 = "Vi kan ikke se å ha mottatt betaling for faktura {inv} av {date}, pålydende kr {amt}, for leie av lokaler i Thorvald Meyers gate 45."
        p2 = "Beløpet bes innbetalt til kontonummer {acct} innen {datef}. Oppgi fakturanummeret ved betaling."
        p3 = "Ta kontakt med {S} i regnskapsavdelingen, telefon {phone}, dersom kravet er betalt eller bestridt."
    else:
        title = "Purring – faktura {inv}"
        p1 = "Vi kan ikkje sjå at vi har fått betaling for faktura {inv} av {date}, pålydande kr {amt}, for leige av lokale i Olav Kyrres gate 19."
        p2 = "Beløpet må betalast til kontonummer {acct} innan {datef}. Oppgi fakturanummeret ved betaling."
        p3 = "Ta kontakt med {S} i rekneskapsavdelinga, telefon {phone}, dersom kravet er betalt."
    return title, [p1, p2, p3]


def S_move(lang, rng, f):
    if lang == "nob":
        title = "Ny besøksadresse"
        p1 = "Fra {wd} {date3} flytter {unit} til nye lokaler i {street}. Postadressen er uendret."
        p2 = "Sentralbordet har fortsatt telefon {phone}. Kontoret er stengt {datef} på grunn av flyttingen."
        p3 = pick(rng, *NEG_SENT[lang])
    else:
        title = "Ny besøksadresse"
        p1 = "Frå {wd} {date3} flyttar {unit} til nye lokale i {street}. Postadressa er uendra."
        p2 = "Sentralbordet har framleis telefon {phone}. Kontoret er stengt {datef} på grunn av flyttinga."
        p3 = pick(rng, *NEG_SENT[lang])
    return title, [p1, p2, p3]


def S_hearing(lang, rng, f):
    if lang == "nob":
        title = "Høringssvar – endringer i forskrift om kommunal beredskapsplikt"
        p1 = "Vi viser til høringsbrev av {date}. {org} støtter i hovedsak forslaget, men mener fristen for å oppdatere helhetlig ROS-analyse er for kort."
        p2 = "Kommunen har de siste årene samarbeidet med Berg kommune om felles øvelser. Beredskapsrådgiver {O1} har ledet arbeidet."
        p3 = "Høringssvaret er behandlet i formannskapet {date0} og er signert av ordfører {O2}."
    else:
        title = "Høyringsfråsegn – endringar i forskrift om kommunal beredskapsplikt"
        p1 = "Vi viser til høyringsbrevet av {date}. {org} støttar i hovudsak framlegget, men meiner fristen for å oppdatere heilskapleg ROS-analyse er for kort."
        p2 = "Kommunen har dei siste åra samarbeidd med Berg kommune om felles øvingar. Beredskapsrådgjevar {O1} har leia arbeidet."
        p3 = "Fråsegna er handsama i formannskapet {date0} og er underskriven av ordførar {O2}."
    return title, [p1, p2, p3]


def S_grant_org(lang, rng, f):
    if lang == "nob":
        title = "Tilsagn om tilskudd til friluftslivstiltak"
        p1 = "Statsforvalteren gir tilsagn om kr {amtk} 000 til prosjektet «Turvei langs Strandveien» i {place}."
        p2 = "Tilskuddet utbetales til kommunens konto {acct} når sluttrapport og regnskap er mottatt, senest {date4}."
        p3 = "Kontaktperson hos oss er seniorrådgiver {O1}."
    else:
        title = "Tilsegn om tilskot til friluftslivstiltak"
        p1 = "Statsforvaltaren gir tilsegn om kr {amtk} 000 til prosjektet «Turveg langs Strandvegen» i {place}."
        p2 = "Tilskotet vert utbetalt til konto {acct} når sluttrapport og rekneskap er motteke, seinast {date4}."
        p3 = "Kontaktperson hos oss er seniorrådgjevar {O1}."
    return title, [p1, p2, p3]


def S_eformidling(lang, rng, f):
    if lang == "nob":
        title = "Omlegging av postmottak – overgang til eFormidling"
        p1 = "Fra {date3} skal all post til {org} sendes digitalt via eFormidling. Brev på papir skannes fortsatt i en overgangsperiode."
        p2 = "St. Olavs hospital og Haukeland universitetssjukehus har allerede tatt løsningen i bruk, og erfaringene er gode."
        p3 = "Arkivleder {O1} og IT-rådgiver {O2} svarer på spørsmål på telefon {phone}."
    else:
        title = "Omlegging av postmottak – overgang til eFormidling"
        p1 = "Frå {date3} skal all post til {org} sendast digitalt via eFormidling. Brev på papir vert framleis skanna i ein overgangsperiode."
        p2 = "Haukeland universitetssjukehus og St. Olavs hospital har alt teke løysinga i bruk."
        p3 = "Arkivleiar {O1} og IT-rådgjevar {O2} svarar på spørsmål på telefon {phone}."
    return title, [p1, p2, p3]


def S_conference(lang, rng, f):
    if lang == "nob":
        title = "Invitasjon til fagdag om arkiv og journalføring"
        p1 = "Vi inviterer til fagdag {wd} {date3} i Christian Michelsens gate 8. Tema er offentlig journal, innsyn og nye krav til arkivering."
        p2 = "Innledere er arkivleder {O1} fra Martina Hansens hospital og seniorrådgiver {O2} fra Statsforvalteren."
        p3 = "Påmelding innen {datef}. Fagdagen er gratis, men vi fakturerer kr 450 ved uteblivelse."
    else:
        title = "Invitasjon til fagdag om arkiv og journalføring"
        p1 = "Vi inviterer til fagdag {wd} {date3} i Jonas Lies vei 65. Tema er offentleg journal, innsyn og nye krav til arkivering."
        p2 = "Innleiarar er arkivleiar {O1} frå Haukeland universitetssjukehus og seniorrådgjevar {O2} frå Statsforvaltaren."
        p3 = "Påmelding innan {datef}. Fagdagen er gratis."
    return title, [p1, p2, p3]


# ---- health policy -------------------------------------------------------------------------

def S_waiting(lang, rng, f):
    if lang == "nob":
        title = "Rapportering av ventetider i " + H("psykisk helsevern") + ", 2. tertial"
        p1 = "Gjennomsnittlig ventetid i " + H("psykisk helsevern for voksne") + " var {n2} dager i andre tertial, mot {n3} dager i samme periode i fjor."
        p2 = "For " + H("tverrfaglig spesialisert rusbehandling") + " var ventetiden {n4} dager. Andelen " + H("fristbrudd") + " er redusert til 4 prosent."
        p3 = "Arbeidet med å korte ned ventetidene ledes av klinikksjef {O1}. Dag for dag følges kapasiteten opp på ledermøtene."
    else:
        title = "Ventetider i " + H("psykisk helsevern for barn og unge")
        p1 = "Gjennomsnittleg ventetid i " + H("psykisk helsevern for barn og unge") + " var {n2} dagar i andre tertial, mot {n3} dagar same periode i fjor."
        p2 = "Talet på tilvisingar til " + H("BUP") + " auka med 12 prosent. Delen " + H("fristbrot") + " er no 6 prosent."
        p3 = "Klinikksjef {O1} leier arbeidet med tiltak for å korte ned ventetida."
    return title, [p1, p2, p3]


def S_capacity(lang, rng, f):
    if lang == "nob":
        title = "Kapasitet i " + H("rusbehandling") + " – orientering til kommunene"
        p1 = "Helseforetaket har i dag 48 " + H("døgnplasser") + " i " + H("rusbehandling") + ", hvorav 12 er forbeholdt " + H("avrusning") + "."
        p2 = "Antallet pasienter i " + H("legemiddelassistert rehabilitering") + " (" + H("LAR") + ") økte til {n1} i {year}. Kommunene melder om behov for flere " + H("ettervernsplasser") + "."
        p3 = "Vi inviterer kommunene til dialogmøte {date3}. Spørsmål kan rettes til {S}."
    else:
        title = "Kapasitet i " + H("rusbehandlinga") + " – orientering til kommunane"
        p1 = "Helseføretaket har i dag 48 " + H("døgnplassar") + " i " + H("rusbehandling") + ", og 12 av dei er sette av til " + H("avrusing") + "."
        p2 = "Talet på pasientar i " + H("legemiddelassistert rehabilitering") + " auka til {n1} i {year}."
        p3 = "Vi inviterer kommunane til dialogmøte {date3}. Spørsmål kan rettast til {S}."
    return title, [p1, p2, p3]


def S_admissions(lang, rng, f):
    if lang == "nob":
        title = "Antall " + H("innleggelser") + " i {year}"
        p1 = "Sykehuset hadde {n1} " + H("innleggelser") + " i {year}, en økning på 3 prosent fra året før. Økningen var størst for " + H("hjertesvikt") + " og " + H("KOLS") + "."
        p2 = "Gjennomsnittlig liggetid var 3,9 døgn. Det var i snitt elleve pasienter på korridor per dag i " + H("medisinsk klinikk") + "."
        p3 = "Tallene er hentet fra Norsk pasientregister og presenteres for styret {date3}."
    else:
        title = "Tal på " + H("innleggingar") + " i {year}"
        p1 = "Sjukehuset hadde {n1} " + H("innleggingar") + " i {year}, ein auke på 3 prosent frå året før. Auken var størst for " + H("hjartesvikt") + " og " + H("hjerneslag") + "."
        p2 = "Talet på " + H("akuttinnleggingar") + " var 9 800. Gjennomsnittleg liggjetid var 3,9 døgn."
        p3 = "Tala er henta frå Norsk pasientregister og vert lagde fram for styret {date3}."
    return title, [p1, p2, p3]


def S_diabetes(lang, rng, f):
    if lang == "nob":
        title = "Plan for " + H("diabetesomsorgen") + " i kommunen"
        p1 = "Kommunen har om lag {n1} innbyggere med " + H("diabetes type 2") + ". Mange får " + H("diagnosen") + " sent, og en del utvikler " + H("fotsår") + " og " + H("nyresvikt") + "."
        p2 = "Planen foreslår faste " + H("diabeteskontroller") + " hos fastlegen, kurs i kosthold og et lavterskeltilbud om fysisk aktivitet."
        p3 = "Planen legges fram for hovedutvalg for helse og omsorg {date3}. Kommuneoverlege {O1} har ledet arbeidsgruppen."
    else:
        title = H("Diabetesomsorga") + " i kommunen"
        p1 = "Kommunen har om lag {n1} innbyggjarar med " + H("diabetes type 2") + ". Mange får " + H("diagnosen") + " seint, og ein del utviklar " + H("fotsår") + "."
        p2 = "Planen gjer framlegg om faste " + H("diabeteskontrollar") + " hos fastlegen, kurs i kosthald og eit lågterskeltilbod om fysisk aktivitet."
        p3 = "Kommuneoverlege {O1} har leia arbeidsgruppa. Planen vert lagd fram {date3}."
    return title, [p1, p2, p3]


def S_dementia(lang, rng, f):
    if lang == "nob":
        title = H("Demensplan") + " {year2}–{year3}"
        p1 = "Om lag {n1} innbyggere i kommunen lever med " + H("demens") + ", og tallet ventes å dobles innen 2040. " + \
            H("Alzheimers sykdom") + " er den vanligste formen."
        p2 = "Kommunen vil styrke " + H("hukommelsesteamet") + ", bygge ut " + H("dagaktivitetstilbudet") + " og gi pårørende mer " + H("avlastning") + "."
        p3 = "Planen er utarbeidet av en arbeidsgruppe ledet av {O1}. Dag for dag merker tjenestene at behovet øker."
    else:
        title = H("Demensplan") + " {year2}–{year3}"
        p1 = "Om lag {n1} innbyggjarar i kommunen lever med " + H("demens") + ", og talet vil truleg doblast innan 2040. " + \
            H("Alzheimers sjukdom") + " er den vanlegaste forma."
        p2 = "Kommunen vil styrkje " + H("demensteamet") + ", byggje ut " + H("dagaktivitetstilbodet") + " og gi pårørande meir " + H("avlasting") + "."
        p3 = "Planen er utarbeidd av ei arbeidsgruppe leia av {O1}."
    return title, [p1, p2, p3]


def S_vaccine(lang, rng, f):
    title = H("Vaksinasjonsdekning") + " og folkehelse – status"
    p1 = "Dekningen for " + H("influensavaksine") + " blant innbyggere over 65 år var {n4} prosent sist sesong. Målet er 75 prosent."
    p2 = "Helsestasjonen melder at nesten alle barn får " + H("MMR-vaksinen") + ", men at det har vært to tilfeller av " + H("kikhoste") + " på barneskolene i år."
    p3 = "Folkehelsekoordinator {O1} presenterer tallene for formannskapet {wd} {date3}."
    return title, [p1, p2, p3]


def S_legevakt(lang, rng, f):
    title = "Kapasitet i " + H("legevakta") + " og fastlegeordninga"
    p1 = H("Legevakta") + " hadde {n1} konsultasjonar i {year}. Dei fleste gjaldt " + H("luftvegsinfeksjonar") + ", " + H("skadar") + " og " + H("psykiske kriser") + "."
    p2 = "Tre fastlegeheimlar står ledige, og om lag 900 innbyggjarar står utan fastlege."
    p3 = "Kommunalsjef {O1} vil leggje fram ei sak om rekruttering {date3}. Dag for dag vert situasjonen følgd opp."
    return title, [p1, p2, p3]


# (category, lang, scenario, count, sender kind, needs)
PLAN = [
    # health_person nob: 24
    ("health_person", "nob", S_travel, 3, "hf", "travel"),
    ("health_person", "nob", S_complaint, 2, "hf", "er"),
    ("health_person", "nob", S_referral, 2, "hf", "any"),
    ("health_person", "nob", S_nursinghome, 2, "kommune", "dementia"),
    ("health_person", "nob", S_homecare, 2, "kommune", "surgery"),
    ("health_person", "nob", S_nav, 3, "nav", "sick"),
    ("health_person", "nob", S_addiction, 2, "hf", "addict"),
    ("health_person", "nob", S_cancer, 2, "hf", "cancer"),
    ("health_person", "nob", S_supervision, 2, "sf", "any"),
    ("health_person", "nob", S_licence, 1, "sf", "epilepsy"),
    ("health_person", "nob", S_child, 1, "kommune", "child"),
    ("health_person", "nob", S_pregnancy, 1, "nav", "preg"),
    ("health_person", "nob", S_journal, 1, "hf", "psych"),
    # health_person nno: 16
    ("health_person", "nno", S_travel, 2, "hf", "travel"),
    ("health_person", "nno", S_complaint, 2, "sf", "er"),
    ("health_person", "nno", S_referral, 1, "hf", "any"),
    ("health_person", "nno", S_nursinghome, 2, "kommune", "dementia"),
    ("health_person", "nno", S_homecare, 2, "kommune", "surgery"),
    ("health_person", "nno", S_nav, 2, "nav", "sick"),
    ("health_person", "nno", S_addiction, 1, "hf", "addict"),
    ("health_person", "nno", S_cancer, 1, "hf", "cancer"),
    ("health_person", "nno", S_licence, 1, "sf", "epilepsy"),
    ("health_person", "nno", S_child, 1, "kommune", "child"),
    ("health_person", "nno", S_journal, 1, "hf", "psych"),
    # person_no_health: 9 + 6
    ("person_no_health", "nob", S_building, 2, "kommune", "none"),
    ("person_no_health", "nob", S_access, 2, "kommune", "none"),
    ("person_no_health", "nob", S_road, 2, "kommune", "none"),
    ("person_no_health", "nob", S_propertytax, 1, "kommune", "none"),
    ("person_no_health", "nob", S_grant, 1, "kommune", "none"),
    ("person_no_health", "nob", S_schoolbus, 1, "kommune", "none"),
    ("person_no_health", "nno", S_building, 2, "kommune", "none"),
    ("person_no_health", "nno", S_access, 1, "sf", "none"),
    ("person_no_health", "nno", S_road, 1, "kommune", "none"),
    ("person_no_health", "nno", S_propertytax, 1, "kommune", "none"),
    ("person_no_health", "nno", S_schoolbus, 1, "kommune", "none"),
    # identity_only: 6 + 4
    ("identity_only", "nob", S_startloan, 2, "kommune", "none"),
    ("identity_only", "nob", S_debt, 2, "kommune", "none"),
    ("identity_only", "nob", S_sfo, 1, "kommune", "none"),
    ("identity_only", "nob", S_register, 1, "kommune", "none"),
    ("identity_only", "nno", S_startloan, 1, "kommune", "none"),
    ("identity_only", "nno", S_debt, 1, "kommune", "none"),
    ("identity_only", "nno", S_sfo, 1, "kommune", "none"),
    ("identity_only", "nno", S_register, 1, "kommune", "none"),
    # admin: 21 + 14
    ("admin", "nob", S_meeting, 3, "kommune", "none"),
    ("admin", "nob", S_budget, 3, "kommune", "none"),
    ("admin", "nob", S_procure, 3, "kommune", "none"),
    ("admin", "nob", S_invoice, 2, "hf", "none"),
    ("admin", "nob", S_move, 2, "nav", "none"),
    ("admin", "nob", S_hearing, 2, "kommune", "none"),
    ("admin", "nob", S_grant_org, 2, "sf", "none"),
    ("admin", "nob", S_eformidling, 2, "hf", "none"),
    ("admin", "nob", S_conference, 2, "sf", "none"),
    ("admin", "nno", S_meeting, 2, "kommune", "none"),
    ("admin", "nno", S_budget, 2, "kommune", "none"),
    ("admin", "nno", S_procure, 2, "hf", "none"),
    ("admin", "nno", S_invoice, 2, "kommune", "none"),
    ("admin", "nno", S_move, 1, "nav", "none"),
    ("admin", "nno", S_hearing, 2, "kommune", "none"),
    ("admin", "nno", S_grant_org, 1, "sf", "none"),
    ("admin", "nno", S_eformidling, 1, "hf", "none"),
    ("admin", "nno", S_conference, 1, "sf", "none"),
    # health_policy: 12 + 8
    ("health_policy", "nob", S_waiting, 2, "hf", "none"),
    ("health_policy", "nob", S_capacity, 2, "hf", "none"),
    ("health_policy", "nob", S_admissions, 2, "hf", "none"),
    ("health_policy", "nob", S_diabetes, 2, "kommune", "none"),
    ("health_policy", "nob", S_dementia, 2, "kommune", "none"),
    ("health_policy", "nob", S_vaccine, 2, "kommune", "none"),
    ("health_policy", "nno", S_waiting, 2, "hf", "none"),
    ("health_policy", "nno", S_capacity, 1, "hf", "none"),
    ("health_policy", "nno", S_admissions, 2, "hf", "none"),
    ("health_policy", "nno", S_diabetes, 1, "kommune", "none"),
    ("health_policy", "nno", S_dementia, 1, "kommune", "none"),
    ("health_policy", "nno", S_legevakt, 1, "kommune", "none"),
]

NEEDS = {
    "travel": TRAVEL, "er": None, "any": [c for c in CONDS if c["age"] == "adult"],
    "dementia": DEMENTIA, "surgery": SURGERY, "sick": SICKLEAVE, "addict": ADDICT,
    "cancer": CANCER, "epilepsy": EPILEPSY, "psych": [c for c in CONDS if c["code"] in ("F32.1", "F20.0", "F41.1", "P76")],
}

HP_WITH_FNR = {S_cancer}            # always
HP_MAYBE_FNR = {S_travel, S_referral, S_nursinghome, S_supervision, S_licence, S_homecare}


# ----------------------------------------------------------------------------------------
# Letter assembly
# ----------------------------------------------------------------------------------------

def _staff_table():
    """Each sender gets three staff members of its own; the rest are officials elsewhere."""
    r = random.Random("%s/staff" % SEED)
    pool = OFFICIALS[:]
    r.shuffle(pool)
    table, i = {}, 0
    for key in sorted(SENDERS):
        for s in SENDERS[key]:
            table[s[0]] = pool[i:i + 3]
            i += 3
    return table, pool[i:]


STAFF, EXTERNAL = _staff_table()


def staff_for(sender_name, rng_seed):
    return STAFF[sender_name]


def title_for(name, lang, kind, role):
    r = random.Random("%s/%s/%s" % (SEED, name, role))
    if role == "case":
        return r.choice(TITLES[lang]["case"])
    return r.choice(TITLES[lang]["top_" + kind] + TITLES[lang]["lead"])


UNIT_KEYS = {
    "S_travel": ["Pasientreiser"], "S_complaint": ["Helse"], "S_supervision": ["Helse"],
    "S_licence": ["Helse"], "S_nursinghome": ["Tildeling"], "S_homecare": ["Tildeling", "Helse"],
    "S_child": ["Helse", "Tildeling"], "S_building": ["Plan", "Bygg"],
    "S_access": ["Servicetorg", "Sørvistorg", "Plan", "Samfunn", "Kommunal- og"],
    "S_road": ["Tekni", "Kommunaltek"], "S_propertytax": ["Økonomi"], "S_grant": ["Servicetorg", "Sørvistorg", "Oppvekst"],
    "S_schoolbus": ["Oppvekst", "Servicetorg", "Sørvistorg"], "S_startloan": ["Servicetorg", "Sørvistorg", "Økonomi"],
    "S_debt": ["Økonomi"], "S_sfo": ["Oppvekst", "Servicetorg", "Sørvistorg"], "S_register": ["Servicetorg", "Sørvistorg"],
    "S_budget": ["Økonomi"], "S_procure": ["Økonomi"], "S_invoice": ["Økonomi"],
    "S_hearing": ["Samfunn", "Kommunal- og"], "S_grant_org": ["Miljø", "Landbruk", "Kommunal- og"],
    "S_eformidling": [], "S_conference": ["Kommunal- og"], "S_meeting": [],
    "S_waiting": ["psyk"], "S_capacity": ["psyk", "rus"], "S_admissions": ["Medisinsk"],
    "S_diabetes": ["Helse"], "S_dementia": ["Helse"], "S_vaccine": ["Helse"], "S_legevakt": ["Helse"],
}
NEED_UNIT = {"travel": ["Pasientreiser"], "psych": ["psyk"], "addict": ["psyk"], "cancer": ["Kreft", "Medisinsk"],
             "surgery": ["Kirurg"], "sick": [], "epilepsy": ["Helse"]}


def choose_unit(units, scen, need, rng):
    keys = UNIT_KEYS.get(scen.__name__)
    if keys is None:
        keys = NEED_UNIT.get(need, ["Medisinsk", "psyk"])
    for k in keys:
        for u in units:
            if u and k.lower() in u.lower():
                return u
    return ""


def build_letter(idx, cat, lang, scen, kind, need, rng, people, used_officials, hyph):
    sender, units, postaddr, visit = rng.choice(SENDERS[(kind, lang)])
    staff = staff_for(sender, SEED)
    unit = choose_unit(units, scen, need, rng)
    f = Forms()
    f.cond = None
    y = rng.choice([2023, 2024, 2024, 2025])
    mdate = (y, rng.randint(1, 12), rng.randint(1, 28))
    import datetime as _dt
    while _dt.date(*mdate).weekday() > 4:
        mdate = (mdate[0], mdate[1], mdate[2] + 1)

    def d(offset_days_min=3, offset_days_max=60):
        import datetime as _dt
        base = _dt.date(*mdate)
        dd = base + _dt.timedelta(days=rng.randint(offset_days_min, offset_days_max))
        return fmt_date(rng, lang, dd.year, dd.month, dd.day)

    import datetime as _dt
    base = _dt.date(*mdate)
    past = lambda lo, hi: base - _dt.timedelta(days=rng.randint(lo, hi))  # noqa: E731
    fut = lambda lo, hi: base + _dt.timedelta(days=rng.randint(lo, hi))  # noqa: E731
    fd = lambda x: fmt_date(rng, lang, x.year, x.month, x.day)  # noqa: E731
    for key, dt in (("date0", past(1, 8)), ("date", past(10, 60)), ("date2", past(70, 120)),
                    ("datef", fut(3, 12)), ("date3", fut(14, 60)), ("date4", fut(61, 150))):
        if key in ("date3", "datef"):
            while dt.weekday() > 4:      # meetings and deadlines on working days
                dt += _dt.timedelta(days=1)
        f[key] = fd(dt)
        f["wd_" + key] = "%s %s" % (WEEKDAYS[lang][dt.weekday()], f[key]) if dt.weekday() < 5 else f[key]
    f["time"] = rng.choice(["09.00", "10.00", "10.30", "12.30", "13.00", "14.15"])
    f["amt"] = make_amount(rng)
    f["amtk"] = str(rng.randint(40, 900))
    f["phone"] = make_phone(rng)
    f["acct"] = make_account(rng)
    f["orgnr"] = make_orgnr(rng)
    f["org"] = sender
    f["unit"] = unit or sender
    f["year"] = str(y - 1)
    f["year2"] = str(y + (0 if cat in ("person_no_health", "identity_only") else 1))
    f["year3"] = str(y + 4)
    f["yy"] = str(y)[2:]
    f["n1"] = make_amount(rng, 300, 15000)
    f["n2"], f["n3"], f["n4"] = str(rng.randint(40, 80)), str(rng.randint(30, 70)), str(rng.randint(55, 72))
    f["hosp"] = rng.choice(HOSPITALS[lang])
    f["venue"] = rng.choice(["St. Olavs hospital, Prinsesse Kristinas gate 3", "Rådhuset, Fridtjof Nansens plass",
                             "Haukeland universitetssjukehus, Jonas Lies vei 65", "Kongens gate 12",
                             "Dag Hammarskjölds vei 2"])
    f["place"] = sender.split()[0] if kind == "kommune" else rng.choice(["Sjøvik", "Fjellstad", "Nordlia"])
    f["street"] = rng.choice(["Thorvald Meyers gate 45", "Sofies gate 3", "Karl Johans gate 22",
                              "Haakon VIIs gate 9", "Kongens gate 12"])
    f["street2"] = rng.choice(STREETS_PRIV[lang])
    f["road"] = rng.choice(["Bakkeveien", "Skoleveien", "Lia", "Fjellvegen", "Sandvikvegen"])
    f["gnr"], f["bnr"] = str(rng.randint(1, 120)), str(rng.randint(1, 400))
    f["case2"] = "%d/%05d" % (y - 1, rng.randint(100, 9999))
    f["inv"] = str(rng.randint(100000, 999999))
    f["project"] = rng.choice(["Fortellinger fra fjorden", "Sanger fra bygda", "Lys i mørketida"])
    f["inst"] = rng.choice(["Solhaugen sykehjem", "Fjordtun omsorgssenter", "Lindely bo- og omsorgssenter"]
                           if lang == "nob" else ["Fjordtun omsorgssenter", "Solbakken sjukeheim", "Eikely bu- og omsorgssenter"])
    f["symptom"] = H(rng.choice(SYMPTOMS[lang]))
    f["symptom2"] = H(rng.choice(SYMPTOMS[lang]))
    f["erward"] = H(rng.choice(WARDS_ER[lang]))

    # officials
    case_officer = staff[0]
    leader = staff[1]
    others = [o for o in OFFICIALS if o not in staff]
    o1, o2 = staff[2], rng.choice(EXTERNAL)
    doc = rng.choice(DOCTORS)
    f["S"], f["O1"], f["O2"], f["D"] = O(case_officer), O(o1), O(o2), O(doc)

    # private persons
    persons = []
    if cat in ("health_person", "person_no_health", "identity_only"):
        want_sex = "f" if need == "preg" or (need == "cancer" and False) else None
        p = people.next(want_sex, special=cat == "health_person")
        persons.append(p)
        # condition
        if need == "cancer":
            pool = CANCER if p.g == "f" else [c for c in CANCER if c["sex"] != "f"]
        elif need in NEEDS and NEEDS[need] is not None:
            pool = [c for c in NEEDS[need] if c["sex"] in (None, p.g)]
        else:
            pool = [c for c in CONDS if c["sex"] in (None, p.g)]
        c = rng.choice(pool)
        f.cond = c
        f["cond"] = H(c[lang])
        f["treat"] = H(c["treat"][0 if lang == "nob" else 1])
        f["ward"] = H(c["ward"][0 if lang == "nob" else 1])
        f["codep"] = code_phrase(rng, c, lang) if rng.random() < 0.7 or scen is S_cancer else ""
        person_forms(f, "P", p, lang, rng, first_full_with_middle=rng.random() < 0.3)
        if cat == "health_person" and scen not in (S_child, S_cancer) and (p.hy or hyph):
            hy = p.hy or auto_hyphen(p)
            if hy:
                f.hyph_first["P"] = hy
                f.hyphenated = True
        # relative
        child = scen in (S_child, S_sfo, S_schoolbus)
        if child:
            rg = rng.choice("fm") if scen is not S_schoolbus else "m"
            rgiven = rng.choice(CHILD_GIVEN[rg])
            rel = {"nob": {"f": "mor", "m": "far"}, "nno": {"f": "mor", "m": "far"}}[lang][p.g]
            if scen is S_child:
                # the child is the patient (P), the drawn person is the parent (R)
                par = p
                f["rel"] = {"f": "mor", "m": "far"}[par.g]
                person_forms(f, "R", par, lang, rng)
                cp = Person("%s %s" % (rgiven, p.sur), p.sur, rgiven, rg)
                persons = [cp, par]
                person_forms(f, "P", cp, lang, rng)
                f.hyph_first.pop("P", None)
                f.hyphenated = False
                f["byear"] = str(y - rng.randint(6, 12))
                f["byear2"] = str(y - rng.randint(1, 3))
            else:
                cp = Person("%s %s" % (rgiven, p.sur), p.sur, rgiven, rg)
                persons.append(cp)
                person_forms(f, "R", cp, lang, rng)
                f["rel"] = rel
        else:
            rg = rng.choice("fm")
            sur = p.sur if rng.random() < 0.6 and not p.sur.startswith(("van", "de ")) else rng.choice(
                ["Lunde", "Nygård", "Berge", "Sørensen", "Holm"])
            r = Person("%s %s" % (rng.choice(ADULT_GIVEN[rg]), sur), sur, None, rg)
            r.given = r.full.split()[0]
            persons.append(r)
            person_forms(f, "R", r, lang, rng)
            if scen in (S_nursinghome, S_homecare, S_supervision):
                relw = {"nob": {"f": ["datteren", "datter", "ektefellen"], "m": ["sønnen", "sønn", "ektefellen"]},
                        "nno": {"f": ["dottera", "dotter", "ektefellen"], "m": ["sonen", "son", "ektefellen"]}}[lang][rg]
                f["rel"] = rng.choice(relw)
            else:
                f["rel"] = ""
        # identity number
        age = "old" if (c["age"] == "old" or scen is S_nursinghome) else "adult"
        if scen is S_sfo:
            age = "child"
        fnr = rng.choice(FNR[age])
        f["fnr"] = F(fmt_fnr(rng, fnr))
        f["born"] = None
    else:
        f["cond"] = f["treat"] = f["ward"] = f["codep"] = ""

    title, paras = scen(lang, rng, f)

    # birth date if needed (referral): consistent with the fnr if the letter shows one
    use_fnr_header = False
    if cat == "health_person" and (scen in HP_MAYBE_FNR) and rng.random() < 0.45:
        use_fnr_header = True
    if cat == "health_person":
        fnr_digits = re.sub(r"\D", "", TAG.sub(lambda m: m.group(2), f["fnr"]))
        b, by = fnr_birth(fnr_digits)
        if not use_fnr_header and scen is not S_cancer:
            # invent a birth date not tied to the number
            by = rng.randint(1938, 2000) if age != "old" else rng.randint(1930, 1945)
            b = "%02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12), by)
        f["born"] = b

    # --- assemble blocks
    blocks = []
    nl = lang
    head = [sender.upper() if rng.random() < 0.5 else sender]
    if unit:
        head.append(unit)
    blocks.append(("l", head))
    if cat in ("health_person",) and rng.random() < 0.5:
        blocks.append(("l", [rng.choice(EXEMPT[lang])]))
    # recipient
    if cat in ("health_person", "person_no_health", "identity_only") and scen not in (S_supervision, S_register):
        addressee = "{Pa}" if scen is not S_child else "{Ra}"
        blocks.append(("l", [addressee.format_map(f), rng.choice(STREETS_PRIV[lang]), rng.choice(POSTPLACES[lang])]))
    else:
        rec = rng.choice([s for s in sum(SENDERS.values(), []) if s[0] != sender])
        lines = [rec[0]]
        if rng.random() < 0.5:
            lines.append(("Att.: " if rng.random() < 0.5 else "v/ ") + O(rng.choice(STAFF[rec[0]])))
        lines += rec[2]
        blocks.append(("l", lines))
    # refs
    case = "%d/%05d-%d" % (y, rng.randint(10, 99999), rng.randint(1, 30)) if rng.random() < 0.5 else \
        "%02d/%05d-%d" % (y % 100, rng.randint(10, 99999), rng.randint(1, 30))
    datestr = fmt_date(rng, lang, *mdate, style=rng.choice([0, 1]))
    their = rng.choice(["", "", "%d/%d" % (y, rng.randint(10, 9999)), "e-post " + f["date"]])
    yours = "Deres ref.:" if lang == "nob" else "Dykkar ref.:"
    officer = "Saksbehandler:" if lang == "nob" else "Sakshandsamar:"
    style = rng.randrange(4)
    if style == 0:
        blocks.append(("l", ["Vår ref.: " + case + "    " + yours + " " + their + "    Dato: " + datestr]))
    elif style == 1:
        blocks.append(("l", ["Vår ref.: " + case, (yours + " " + their).rstrip(), officer + " " + O(case_officer),
                             "Dato: " + datestr]))
    elif style == 2:
        blocks.append(("l", ["Saksnr.: " + case.split("-")[0] + "  Løpenr.: " + str(rng.randint(1000, 99999)) + "/" + str(y),
                             ("Arkivkode: " + rng.choice(["033", "G10", "F03", "210", "H12", "614"])) if cat == "admin" else "Arkivkode: 008",
                             officer + " " + O(case_officer) + ", tlf. " + make_phone(rng)]))
        blocks.append(("l", [visit.split(",")[-1].strip() + ", " + fmt_date(rng, lang, *mdate, style=0)]))
    else:
        blocks.append(("l", [visit.split(",")[-1].strip() + ", " + fmt_date(rng, lang, *mdate, style=0),
                             "Vår referanse: " + case]))
    blocks.append(("l", [fill(title, f)]))
    if use_fnr_header:
        if lang == "nob":
            fl = rng.choice([["Gjelder: {Pa}, f.nr. {fnr}"], ["Pasient: {Pa} – fødselsnummer {fnr}"],
                             ["Navn: {Pa}", "Fødselsnr.: {fnr}"]])
        else:
            fl = rng.choice([["Gjeld: {Pa}, f.nr. {fnr}"], ["Pasient: {Pa} – fødselsnummer {fnr}"],
                             ["Namn: {Pa}", "Fødselsnr.: {fnr}"]])
        blocks.append(("l", [x.format_map(f) for x in fl]))
    for para in paras:
        if isinstance(para, tuple):
            blocks.append(("l", [fill(x, f) for x in para[1]]))
        else:
            blocks.append(("p", fill(para, f)))
    # signature
    sig = [rng.choice(CLOSE[lang])]
    if rng.random() < 0.6:
        sig += ["", O(leader), title_for(leader, lang, kind, "lead"), "", O(case_officer), title_for(case_officer, lang, kind, "case")]
    else:
        sig += [sender if rng.random() < 0.3 else "", O(case_officer), title_for(case_officer, lang, kind, "case")]
        sig = [s for s in sig if s != ""] if rng.random() < 0.5 else sig
    blocks.append(("l", sig))
    if rng.random() < 0.5:
        blocks.append(("l", [ELEC[lang]]))
    if rng.random() < 0.25 and cat == "health_person":
        blocks.append(("l", ["Kopi til:", "Fastlege " + O(rng.choice([x for x in DOCTORS if x != doc]))]))
    # footer
    if rng.random() < 0.6:
        foot = "Postadresse: %s, %s | Besøksadresse: %s | Telefon: %s | Org.nr.: %s" % (
            postaddr[0], postaddr[1], visit, make_phone(rng), make_orgnr(rng))
        if rng.random() < 0.5:
            foot += " | Kontonr.: " + make_account(rng)
        blocks.append(("l", [foot]))

    used_officials.update([case_officer, leader, o1, o2, doc] + [x for x in OFFICIALS])
    hyphenated = f.hyphenated
    width = rng.choice([None, 64, 70, 72, 76, 80]) if not hyphenated else rng.choice([60, 64, 70])
    text, ents = render_letter(blocks, width)
    return text, ents, persons


SPECIAL = {"Kari Nordmann", "Ola Hansen", "Per Olsen", "Anne-Lise Bakke-Olsen", "Jan van der Berg",
           "Maria de Souza", "Áile Somby", "Niillas Gaup", "Mohammed Ali", "Fatima Hassan",
           "Agnieszka Nowak", "Nguyen Van Minh", "Abdi Warsame", "Tomas Kazlauskas"}


class People:
    """Hands out private persons: the required special names first, then the rest, cycling."""

    def __init__(self, rng):
        self.rng = rng
        order = PRIVATE[:]
        rng.shuffle(order)
        self.queue = order
        self.i = 0
        self.special = [p for p in PRIVATE if p.full in SPECIAL]
        rng.shuffle(self.special)
        self.used_special = set()

    def state(self):
        return (self.i, set(self.used_special))

    def restore(self, st):
        self.i, self.used_special = st[0], set(st[1])

    def next(self, sex=None, special=False):
        if special:
            for p in self.special:
                if p.full not in self.used_special and (sex is None or p.g == sex):
                    self.used_special.add(p.full)
                    return p
        for k in range(len(self.queue)):
            p = self.queue[(self.i + k) % len(self.queue)]
            if (sex is None or p.g == sex) and p.full not in SPECIAL:
                self.i = (self.i + k + 1) % len(self.queue)
                return p
        raise RuntimeError("no person")


def slugify(s):
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "o"), ("å", "a"), ("é", "e")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:40].rstrip("-")


def generate():
    rng = random.Random(SEED)
    people = People(rng)
    jobs = []
    for cat, lang, scen, count, kind, need in PLAN:
        for k in range(count):
            jobs.append((cat, lang, scen, kind, need))
    rng.shuffle(jobs)
    letters = []
    used = set()
    n_hyph = 0
    for idx, (cat, lang, scen, kind, need) in enumerate(jobs, 1):
        for attempt in range(200):
            sub = random.Random("%d/%d/%d" % (SEED, idx, attempt))
            # hyphenate a name across a line in a few health letters
            state = people.state()
            hyph = cat == "health_person" and n_hyph < 3 and scen not in (S_child, S_cancer)
            text, ents, persons = build_letter(idx, cat, lang, scen, kind, need, sub, people, used, hyph)
            nw = len(text.split())
            if 60 <= nw <= 250:
                break
            people.restore(state)
        else:
            raise RuntimeError("letter %d: cannot reach the word range" % idx)
        if any("\n" in e["text"] for e in ents if e["type"] == "person_name"):
            n_hyph += 1
        title_line = [l for l in text.split("\n\n") if l][0]
        slug = slugify(scen.__name__[2:] + "-" + lang)
        name = "%03d-%s.txt" % (idx, slug)
        verdict = "quarantine" if cat in ("health_person", "identity_only") else "pass"
        gold = {"verdict": verdict, "category": cat, "language": lang,
                "entities": sorted(ents, key=lambda e: (e["start"], e["end"]))}
        letters.append((name, text, gold, persons))
    return letters


# ----------------------------------------------------------------------------------------
# Verification
# ----------------------------------------------------------------------------------------

def verify(letters, allow):
    import idnumbers as ID  # bench/idnumbers.py
    errors = []
    for name, text, gold, persons in letters:
        data = text.encode("utf-8")
        ents = gold["entities"]
        cat = gold["category"]

        def err(msg):
            errors.append("%s: %s" % (name, msg))
        if "\r" in text or "⟨" in text or "⟩" in text or "{" in text or "}" in text:
            err("stray markup or CR")
        if SHY in text or BRK in text:
            err("stray break marker")
        last = 0
        for e in ents:
            if data[e["start"]:e["end"]].decode("utf-8") != e["text"]:
                err("span mismatch %r" % e)
            if e["start"] < last:
                err("overlap at %d" % e["start"])
            last = e["end"]
            if e["text"] != e["text"].strip():
                err("span has outer blanks %r" % e["text"])
            if e["type"] == "diagnosis_code" and not re.fullmatch(r"[A-Z]\d\d(\.\d{1,2})?", e["text"]):
                err("bad code %r" % e["text"])
        types = {}
        for e in ents:
            k = e["type"] + ("/priv" if e.get("private") else "")
            types[k] = types.get(k, 0) + 1
        priv, health = types.get("person_name/priv", 0), types.get("health_term", 0) + types.get("diagnosis_code", 0)
        fnr = types.get("fodselsnummer", 0)
        rules = {
            "health_person": priv > 0 and health > 0,
            "person_no_health": priv > 0 and health == 0 and fnr == 0,
            "identity_only": fnr > 0 and health == 0,
            "admin": priv == 0 and health == 0 and fnr == 0,
            "health_policy": priv == 0 and health > 0 and fnr == 0,
        }
        if not rules[cat]:
            err("category rule broken: %s %r" % (cat, types))
        nw = len(text.split())
        if not 60 <= nw <= 250:
            err("word count %d" % nw)
        # identity numbers: the independent finder must find exactly the gold spans
        ref = {(s, e) for s, e, t in ID.reference_findings(data)}
        goldf = {(e["start"], e["end"]) for e in ents if e["type"] == "fodselsnummer"}
        if ref != goldf:
            err("identity numbers: finder %r gold %r" % (sorted(ref), sorted(goldf)))
        # officials in the allowlist, private persons not
        for e in ents:
            if e["type"] != "person_name":
                continue
            if e.get("private") and e["text"] in allow:
                err("private name in allowlist: %r" % e["text"])
            if not e.get("private") and e["text"] not in allow:
                err("official not in allowlist: %r" % e["text"])
        # coverage: every occurrence of a name part lies in a gold name span
        covered = [(e["start"], e["end"]) for e in ents if e["type"] == "person_name"]
        neg = []
        for rx in [r"\s+".join(re.escape(w) for w in ph.split()) for ph in NEG_PHRASES] + NEG_REGEX:
            for m in re.finditer(rx.encode(), data):
                neg.append((m.start(), m.end()))
        tokens = set()
        for p in persons:
            tokens.update(t for t in p.tokens() if len(t) >= 3 and t[0].isupper())
        for e in ents:
            if e["type"] == "person_name":
                tokens.update(t for t in re.split(r"[\s-]+", e["text"]) if len(t) >= 3 and t[0].isupper())
        for t in tokens:
            base = t[:-1] if t.endswith("s") and t[:-1] in tokens else t
            for m in re.finditer(r"(?<![\w])" + re.escape(base) + r"s?(?![\w])", text):
                s = len(text[:m.start()].encode())
                e_ = s + len(m.group(0).encode())
                if any(a <= s and e_ <= b for a, b in covered):
                    continue
                if any(a <= s and e_ <= b for a, b in neg):
                    continue
                err("unannotated name part %r at %d: %r" % (m.group(0), s, text[max(0, m.start() - 30):m.end() + 30]))
    return errors


# ----------------------------------------------------------------------------------------
# Output
# ----------------------------------------------------------------------------------------

ALLOW_HEAD = """\
# journalvakt evaluation allowlist for corpora/letters/
#
# Staff and officials of the fictional senders in this corpus (case officers, directors,
# mayors, archivists, physicians, and the named officials of the bodies they write to), one
# full name per line -- the list a deployment would export from its employee directory and
# letterhead/signature data so that case officers and directors do not quarantine every
# letter.  Evaluate the scanner with and without it.  Private persons are never listed here.
# Synthetic, written for this project; GPL-3.0-or-later.
"""


def counts_table(letters):
    cats = ["health_person", "person_no_health", "identity_only", "admin", "health_policy"]
    rows = []
    tot = {"nob": 0, "nno": 0}
    for c in cats:
        nob = sum(1 for _, _, g, _ in letters if g["category"] == c and g["language"] == "nob")
        nno = sum(1 for _, _, g, _ in letters if g["category"] == c and g["language"] == "nno")
        v = "quarantine" if c in ("health_person", "identity_only") else "pass"
        rows.append("| `%s` | %s | %d | %d | %d |" % (c, v, nob, nno, nob + nno))
        tot["nob"] += nob
        tot["nno"] += nno
    rows.append("| **total** | | %d | %d | %d |" % (tot["nob"], tot["nno"], tot["nob"] + tot["nno"]))
    ent = {}
    for _, _, g, _ in letters:
        for e in g["entities"]:
            k = e["type"] + ((" (private)" if e["private"] else " (official/staff)") if e["type"] == "person_name" else "")
            ent[k] = ent.get(k, 0) + 1
    erows = ["| %s | %d |" % (k, v) for k, v in sorted(ent.items())]
    hy = sum(1 for _, _, g, _ in letters for e in g["entities"] if e["type"] == "person_name" and "\n" in e["text"])
    return "\n".join(rows), "\n".join(erows), hy


README = """\
# corpora/letters/ — annotated Norwegian letters for evaluating names and health terms

{n} short synthetic public-sector letters (60–250 words each) in bokmål (`nob`) and
nynorsk (`nno`), as a public postal journal would publish them: letters from health
trusts, municipalities, NAV offices and the county governor, with letterheads, recipient
blocks, reference lines ("Vår ref.", "Deres ref."/"Dykkar ref.", "Saksnr.", "Arkivkode"),
dates, signatures ("Med vennlig hilsen"/"Med venleg helsing") and page footers with phone,
organisation and bank account numbers.  Made by `corpora/make_letters.py` (Python 3 standard
library; deterministic).

## Categories

| category | verdict | nob | nno | total |
|---|---|---|---|---|
{table}

* `health_person` — a named private person plus health information about them: patient
  transport decisions, complaints about treatment, referrals, nursing-home and home-care
  decisions, sick leave and work-assessment allowance, addiction treatment, cancer pathways,
  supervision cases, driving-licence health requirements, relief care for a child,
  pregnancy benefits, access to one's own medical record.  Some carry an identity number,
  many a diagnosis code (ICD-10 such as `F32.1`, `E11`, `C50.9`, `G30`; ICPC-2 such as `P76`,
  `T90`), some are marked "Unntatt offentlighet".  Name forms: full names, middle names,
  `fru`/`herr` + family name, initial + family name ("K. Nordmann"), genitive ("Hansens"),
  family name alone, given name alone (children), hyphenated double names, particles
  ("Jan van der Berg", "Maria de Souza"), Sami names, immigrant names common in Norway, and
  {hy} names hyphenated across a line break ("Nord-\\nmann", "Bakke-\\nOlsen").  Relatives
  (daughter, son, spouse, parent) are also private persons.
* `person_no_health` — a private person named without health information (building permit,
  access request, road complaint, property tax, culture grant, school transport).
* `identity_only` — a private person's identity number without health information (start
  loan, debt collection, after-school care place, a Folkeregister correction that names no
  one).
* `admin` — no private person: meeting notices, budget letters, procurement, invoices
  between bodies, address changes, consultation replies, grants, e-delivery, a conference.
  Hard negatives: signed and mentioned officials, person-named streets and hospitals ("St.
  Olavs hospital", "Martina Hansens hospital", "Thorvald Meyers gate", "Jonas Lies vei",
  "Dag Hammarskjölds vei"), "Berg kommune", sentence-initial "Dag for dag", "Liv og lære",
  "Mai og juni", "Strand skole", bank accounts (`1503.12.34567` style, MOD11-valid), spaced
  organisation numbers, phone numbers, case numbers, archive codes such as `G10`/`F03`
  (letter+digits but not diagnosis codes).
* `health_policy` — health words in a general or policy sense, no private person: waiting
  times in mental health care, capacity in addiction treatment, admissions per year,
  diabetes care, dementia plan (with the eponym "Alzheimers sykdom"), vaccination coverage,
  out-of-hours service.  Officials are named, sometimes close to health terms.

## Gold format

Beside each letter `X.txt` (UTF-8, LF line ends) is `X.txt.gold.json`:

```json
{{"verdict": "quarantine", "category": "health_person", "language": "nob",
 "entities": [
   {{"type": "person_name", "start": 120, "end": 133, "text": "Kari Nordmann", "private": true}},
   {{"type": "person_name", "start": 900, "end": 911, "text": "Siri Lunde", "private": false}},
   {{"type": "health_term", "start": 140, "end": 147, "text": "innlagt"}},
   {{"type": "diagnosis_code", "start": 200, "end": 205, "text": "F32.1"}},
   {{"type": "fodselsnummer", "start": 300, "end": 311, "text": "26111593816"}}]}}
```

* `start`/`end`: byte offsets into the UTF-8 file, end exclusive; `text` is exactly those
  bytes (the script checks every span).  Entities are sorted by `start` and never overlap.
* `verdict`: `quarantine` for `health_person` and `identity_only`, `pass` otherwise (a name
  alone is low severity; health words alone are info).
* `person_name`: every mention, each occurrence separately, of private persons
  (`"private": true`) and of officials/staff (`"private": false`).  The span is the name as
  written without title or role word ("pasienten [Per Olsen]", "fru [Berg]", "datteren [Hilde
  Berg]", "Att.: [Siri Lunde]"); an initial is included ("[K. Nordmann]"); a genitive
  includes its `s` ("[Hansens]"); particles are included ("[Jan van der Berg]", "[van der
  Berg]"); a name broken across a line spans the hyphen and newline ("[Kari Nord-\\nmann]").
  Not person names: streets, hospitals, schools, organisations named after people, and
  disease eponyms ("Alzheimers sykdom").
* `health_term`: words and phrases that carry health information: diagnoses and conditions
  ("brystkreft", "moderat depressiv episode", "Alzheimers sykdom"), symptoms, treatments,
  procedures and examinations ("cellegiftbehandling", "biopsien", "avrusning"), drugs
  ("metadon", "buprenorfin"), care services ("hjemmesykepleie", "langtidsopphold i
  sykehjem", "avlastning"), wards and units ("psykiatrisk poliklinikk", "akuttmottaket",
  "BUP"), and health-status words (innlagt, utskrevet, sykmeldt, gravid, diagnosen,
  behandling, helsehjelp).  In `health_policy` letters the same kinds of words are
  annotated although no person is concerned.  Not annotated: institution names (hospitals,
  health trusts, nursing homes), role words (pasient, fastlege, overlege, pårørende),
  administrative terms (henvisning as a document, journal, legeattest).
* `diagnosis_code`: the code alone (`F32.1`, `P76`), without its system prefix ("ICD-10",
  "ICPC-2", "diagnosekode").
* `fodselsnummer`: the identity number as written (11 digits, sometimes `DDMMYY NNNNN`).
  Only five public test numbers are used: 26111593816, 15108695088, 13097248022,
  29029648784, 23114038547 (birth dates shown next to them are consistent with them).
* Not labelled (present as hard negatives): bank account numbers, organisation numbers,
  phone numbers, case numbers, invoice numbers, amounts, dates, archive codes.  An
  independent identity-number finder (`bench/idnumbers.py`) finds exactly the gold
  `fodselsnummer` spans in every letter.

Entity totals:

| type | count |
|---|---|
{etable}

## Allowlist

`allowlist.txt` lists every official/staff name used (one full name per line, `#`
comments): the employee-directory export a deployment would configure.  Every
`"private": false` span text is in it, no private person is.  Evaluate with and without it:
without it, officials named close to health terms (health policy letters, signatures under
health letters) are the hard false positives.

## Regenerating

```sh
python3 corpora/make_letters.py            # rewrites corpora/letters/ (deterministic)
python3 corpora/make_letters.py --check    # verify the checked-in files match
```

The script verifies every span (bytes at `[start, end)` equal `text`), the category rules
(e.g. `admin` has no private name, no health term, no identity number), the word count,
that every occurrence of a used name part lies inside a gold name span unless it is inside a
listed hard-negative phrase (street, hospital, "Berg kommune", ...), that the allowlist
holds every official and no private person, and that `bench/idnumbers.py` finds exactly the
gold identity numbers.

## Provenance and licence

All letters, names, addresses and numbers are synthetic, written for this project, and
licensed like the project: GPL-3.0-or-later.  People and organisations are invented (towns
such as Sjøvik, Østmark, Nordlia, Vestvik, Fjellstad and Dalsbygd are fictional; real
hospital and street names appear only as hard negatives).  The identity numbers are public
test numbers.  Nothing is taken from NorNE or any other corpus.
"""


def outputs(letters):
    allow = sorted(set(OFFICIALS + DOCTORS))
    files = {}
    for name, text, gold, _ in letters:
        files[name] = text.encode("utf-8")
        files[name + ".gold.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    files["allowlist.txt"] = (ALLOW_HEAD + "\n".join(allow) + "\n").encode("utf-8")
    table, etable, hy = counts_table(letters)
    files["README.md"] = README.format(n=len(letters), table=table, etable=etable, hy=hy).encode("utf-8")
    return files, set(allow)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(HERE, "letters"))
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    letters = generate()
    files, allow = outputs(letters)
    errors = verify(letters, allow)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    if a.check:
        bad = []
        for fn, data in files.items():
            p = os.path.join(a.out, fn)
            if not os.path.exists(p) or open(p, "rb").read() != data:
                bad.append(fn)
        extra = set(os.listdir(a.out)) - set(files) if os.path.isdir(a.out) else set()
        if bad or extra:
            print("differs: %s; extra: %s" % (sorted(bad)[:10], sorted(extra)[:10]), file=sys.stderr)
            return 1
        print("ok: %d files match" % len(files))
        return 0
    os.makedirs(a.out, exist_ok=True)
    for fn in os.listdir(a.out):
        if fn not in files and (fn.endswith(".txt") or fn.endswith(".gold.json")):
            os.remove(os.path.join(a.out, fn))
    for fn, data in files.items():
        with open(os.path.join(a.out, fn), "wb") as fh:
            fh.write(data)
    # summary
    table, etable, hy = counts_table(letters)
    words = [len(t.split()) for _, t, _, _ in letters]
    print("wrote %d letters to %s (words %d-%d, mean %.0f)" % (len(letters), a.out, min(words), max(words), sum(words) / len(words)))
    print(table)
    print(etable)
    print("names hyphenated across a line: %d" % hy)
    print("all spans verified")
    return 0


if __name__ == "__main__":
    sys.exit(main())
