#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes corpora/staff-cues/: short letters where a staff cue ("Att.:", "Saksbehandler:",
"lege", "Med vennlig hilsen") stands near, but not beside, a patient's name, and letters
where staff are labelled in every usual layout beside health terms.

The first kind must be held back: a role word labels the name it stands by, not a patient
named on the next line. The second must pass. Hand-written for journalvakt (all persons
fictional), GPL-3.0-or-later like the project.

Markup in the letters below: [N:...] a private person's name, [O:...] an official's name,
[H:...] a health term. Each letter becomes NAME.txt and NAME.txt.gold.json (byte offsets,
end exclusive), the format of corpora/letters.

    python3 corpora/make_staff_cues.py [OUT_DIR]     # default: corpora/staff-cues
"""
import json
import re
import sys
from pathlib import Path

LETTERS = [
    # ---- held back: the staff cue is near the patient, not beside them
    ("01-att-line-nob", "health_person", "nob", "quarantine", """\
Helse Nordlia HF
Att.: [O:Nina Haugland]
Postboks 400
2301 Østmark

Vedr. pasient [N:Kari Nordmann], [H:innlagt] ved [H:psykiatrisk avdeling] 3. mars.

Vi ber om at journalopplysninger sendes oss innen to uker.
"""),
    ("02-case-officer-header-nob", "health_person", "nob", "quarantine", """\
Vår ref.: 2024/1187
Saksbehandler: [O:Per Hansen]

[N:Ola Berg] er [H:innlagt] ved [H:rusbehandling] og søker om forlenget opphold.
"""),
    ("03-doctor-after-name-nob", "health_person", "nob", "quarantine", """\
Pasient [N:Kari Nordmann] ble [H:undersøkt] av lege 2. mai og fikk [H:diagnosen] [H:depresjon].
Vi har mottatt klagen og vil svare innen fire uker.
"""),
    ("04-gp-after-name-nob", "health_person", "nob", "quarantine", """\
[N:Ahmed Ali] ble henvist av fastlege til [H:psykiatrisk poliklinikk] i januar.
Ventetiden var tolv uker, og klagen er sendt videre til Statsforvalteren.
"""),
    ("05-att-line-nno", "health_person", "nno", "quarantine", """\
Sjukehuset Fjordane HF
Att.: [O:Sigrid Lunde]

Gjeld pasient [N:Nils Aasen], [H:innlagd] ved [H:psykiatrisk avdeling] frå 4. april.
Vi ber om kopi av [H:epikrisen].
"""),
    ("06-name-above-greeting-nob", "health_person", "nob", "quarantine", """\
Vi har i dag snakket med [N:Lise Dahl], som er [H:innlagt] ved [H:hjerteavdelingen].

Med vennlig hilsen

[O:Per Hansen]
saksbehandler
"""),
    ("07-adviser-line-above-nno", "health_person", "nno", "quarantine", """\
Rådgjevar: [O:Kari Moen]

[N:Ingrid Vik] har fått [H:diagnosen] [H:diabetes type 2] og søkjer om støtte til kosthald.
"""),
    ("08-copy-to-before-patient-nob", "health_person", "nob", "quarantine", """\
Kopi til: [O:Ole Strand]

Vedtaket gjelder [N:Maria Johansen], som har [H:demens] og trenger [H:sykehjemsplass].
"""),
    # ---- pass: officials labelled beside their names, health terms nearby
    ("09-signature-title-after-nob", "health_policy", "nob", "pass", """\
Plan for [H:rusomsorgen] legges fram for kommunestyret i juni.
Spørsmål kan rettes til [O:Randi Vik].

Med vennlig hilsen

[O:Randi Vik]
førstekonsulent
"""),
    ("10-title-before-name-nob", "health_policy", "nob", "pass", """\
Kommuneoverlege dr. [O:Marianne Aas] presenterte ventetider i [H:psykisk helsevern].
Saken ble ledet av [O:Arne Skarstein].
"""),
    ("11-contact-and-att-nno", "health_policy", "nno", "pass", """\
Helse Vest RHF
v/ [O:Sigrid Lunde]

Kapasiteten i [H:rusbehandlinga] aukar med tolv plassar i 2025.
Kontaktperson: [O:Eirik Moe], tlf. 55 11 22 33.
"""),
    ("12-comma-title-nob", "health_policy", "nob", "pass", """\
Arbeidsgruppen for [H:diabetesomsorgen] ledes av [O:Tone Lie], seniorrådgiver.
[O:Jon Eide], avdelingsleder, deltar fra helse og omsorg.
"""),
    ("13-signature-two-signers-nno", "health_policy", "nno", "pass", """\
Talet på pasientar i [H:legemiddelassistert rehabilitering] auka i 2023.

Med venleg helsing

[O:Arne Skarstein]
avdelingsdirektør

[O:Liv Strøm]
rådgjevar
"""),
]

MARK = re.compile(r"\[(N|O|H):([^\]]+)\]")


def render(marked):
    """The text without markup, and the entities with byte offsets."""
    out, entities, pos = bytearray(), [], 0
    for m in MARK.finditer(marked):
        out += marked[pos:m.start()].encode("utf-8")
        kind, text = m.group(1), m.group(2)
        start = len(out)
        out += text.encode("utf-8")
        entity = {"type": "health_term" if kind == "H" else "person_name", "start": start, "end": len(out), "text": text}
        if kind != "H":
            entity["private"] = kind == "N"
        entities.append(entity)
        pos = m.end()
    out += marked[pos:].encode("utf-8")
    return bytes(out), entities


def main():
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "staff-cues"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, category, language, verdict, marked in LETTERS:
        text, entities = render(marked)
        (out_dir / f"{name}.txt").write_bytes(text)
        gold = {"verdict": verdict, "category": category, "language": language, "entities": entities}
        (out_dir / f"{name}.txt.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
