#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes corpora/name-context/: short letters that test what a name's surroundings say
about it.

- A staff cue ("Att.:", "Saksbehandler:", "lege", "Med vennlig hilsen") near, but not
  beside, a patient's name: held back, since a role word labels the name it stands by, not
  a patient named on the next line.
- Staff labelled beside their names, in every usual layout, next to health terms: pass.
- A letter to a patient (the name in the recipient block) whose health data comes
  paragraphs later, in the second person ("Du har fått diagnosen demens"): held back; the
  same layout without health data, or addressed to an organisation, passes.
- Names in capitals and inverted ("NORDMANN, KARI", "Pasient: Nordmann, Kari"), as journal
  extracts, forms and address labels write them: held back beside health data; officials,
  streets and headings in capitals pass.
- A citizen's own letter in the first person about their health, signed under a greeting
  ("Hilsen Mona Knutsen"): held back; a case officer's decision in the first person, signed
  the same way, passes.
- Letters 39-47 come from a red-team round: the layouts whose verdicts were wrong then
  (a ward in a complaint's title, a citizen's own letter, a fracture in plain words; role
  words of meetings, courses, rotas, research and appointments; a foundation's name).
- Letters 48-56 come from a second, independent red-team round: a relative's letter about
  a mother in a care home, a child-welfare concern report (`quarantine`); a course holder,
  foundations and hospitals named after people, a lecturer, a staff table, a tender's
  contact, a minister's visit, a royal prize (`pass`); a citizen's e-mail in lower case
  (`quarantine`).
- A patient named by initials after a patient label, with age and place ("Pasient K.N.,
  45 år, busett i Førde"): held back.
- Entries of a public postal journal, whose titles can name a patient ("Anmodning om
  journal - pasient NN", "Henvisning - Nordmann, Kari - ortopedi"): held back; entries
  naming staff and a job applicant pass.

Hand-written for journalvakt (all persons fictional), GPL-3.0-or-later like the project.

Markup in the letters below: [N:...] a private person's name, [O:...] an official's name,
[H:...] a health term. Each letter becomes NAME.txt and NAME.txt.gold.json (byte offsets,
end exclusive), the format of corpora/letters.

    python3 corpora/make_name_context.py [OUT_DIR]     # default: corpora/name-context
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
    # ---- a letter to the patient: the health data is paragraphs below the name
    ("14-addressee-decision-nob", "health_person", "nob", "quarantine", """\
Til: [N:Kari Nordmann]
Storgata 12
8006 Bodø

Vedtak om tildeling av tjenester

Vi viser til søknaden din mottatt 12. februar 2024. Kommunen har behandlet saken etter
helse- og omsorgstjenesteloven. Vi har innhentet opplysninger fra deg og fra andre
instanser, og saken ble drøftet i tildelingsmøtet 3. mars. Du har rett til å se
dokumentene i saken din, og du kan klage på vedtaket innen tre uker. Klagen sendes til
kommunen, som vurderer den før den eventuelt går videre til Statsforvalteren.

Du har fått [H:diagnosen] [H:demens] og har behov for [H:langtidsopphold i sykehjem]. Du
tildeles plass fra 1. april.
"""),
    ("15-addressee-decision-nno", "health_person", "nno", "quarantine", """\
[N:Nils Aasen]
Fjordvegen 3
6800 Førde

Vedtak om [H:støttekontakt]

Vi viser til søknaden din, motteken 2. september. Kommunen har handsama saka etter
helse- og omsorgstenestelova og har innhenta opplysningar frå deg og frå andre
instansar. Du har rett til å sjå dokumenta i saka, og du kan klage på vedtaket innan tre
veker. Klaga sender du til kommunen, som vurderer ho før ho eventuelt går vidare.

Du har [H:angst] og [H:depresjon] og får [H:støttekontakt] tre timar i veka frå 1. oktober.
"""),
    ("16-addressee-no-health-nob", "person_no_health", "nob", "pass", """\
Til: [N:Ola Berg]
Fjellveien 7
8006 Bodø

Svar på søknad om byggetillatelse

Vi viser til søknaden din om tilbygg. Tiltaket er i tråd med reguleringsplanen, og
søknaden innvilges. Du kan klage på vedtaket innen tre uker.
"""),
    ("17-organisation-recipient-policy-nob", "health_policy", "nob", "pass", """\
Fjellstad kommune
Att.: [O:Tone Lie]
Postboks 30
6850 Fjellstad

Kapasitet i [H:psykisk helsevern]

Helseforetaket har i dag 48 [H:døgnplasser] i [H:rusbehandling], og ventetiden er åtte
uker. Vi inviterer kommunene til dialogmøte i juni.
"""),
    # ---- a letter about a person named once, in the subject line or at the start
    ("18-subject-line-nob", "health_person", "nob", "quarantine", """\
Helse Nordlia HF
Postboks 1
8000 Bodø

Gjelder: [N:Kari Nordmann], f. 12.03.1965

Vi viser til deres brev av 2. februar. Kommunen har innhentet opplysninger og vurdert
saken samlet, og saken ble drøftet i samarbeidsmøtet 3. mars. Vi har også vært i kontakt
med pårørende, som støtter søknaden. Kommunen ber om at opplysningene sendes innen to
uker, slik at vedtak kan fattes før sommeren. Spørsmål om saken kan rettes til
servicetorget.

Hun er [H:innlagt] ved [H:psykiatrisk avdeling] og trenger bolig med oppfølging.
"""),
    ("19-subject-line-nno", "health_person", "nno", "quarantine", """\
Gjeld: [N:Nils Aasen]

Vi viser til brevet dykkar av 2. februar. Kommunen har henta inn opplysningar og vurdert
saka samla, og saka vart drøfta i samarbeidsmøtet 3. mars. Vi har også vore i kontakt med
pårørande, som støttar søknaden. Kommunen ber om at opplysningane blir sende innan to
veker, slik at vedtak kan gjerast før sommaren. Spørsmål om saka kan rettast til
servicetorget.

Han har [H:schizofreni] og får oppfølging frå [H:psykisk helseteneste].
"""),
    ("20-pronoun-later-nob", "health_person", "nob", "quarantine", """\
Vi skriver om herr [N:Hansen], som har søkt om tilrettelegging av arbeidsplassen.

Arbeidsgiver har gjennomført et dialogmøte og kartlagt oppgavene. Det er enighet om at
arbeidstiden kan justeres i en periode, og at oppgavene fordeles på nytt i avdelingen.
Tiltakene evalueres etter tre måneder, og partene møtes igjen i september.

Han har [H:diabetes type 1] og trenger faste pauser.
"""),
    ("21-minutes-citizen-and-health-policy-nob", "health_policy", "nob", "pass", """\
Referat fra møte i hovedutvalg for helse og omsorg

Sak 1/24 Spørretime
Innbygger [N:Ola Berg] spurte om brøyting av Fjellveien og parkering ved rådhuset.
Utvalget takket for spørsmålet og ba administrasjonen svare skriftlig.

Sak 2/24 Budsjett
Utvalget drøftet budsjettet for 2025. Rammene for drift og investeringer ble lagt fram,
og utvalget ba om en oversikt over vedlikeholdsbehovet i kommunale bygg. Administrasjonen
orienterte om nye regler for innkjøp og om arbeidet med digitalisering av arkivet.
Utvalget ba om at saken legges fram på nytt i neste møte, med en plan for gjennomføring.
Det ble også orientert om rekruttering, [H:sykefravær] i administrasjonen og om
opplæringstiltak for nye medarbeidere. Utvalget tok orienteringen til etterretning.

Sak 3/24 Orientering
Helseforetaket orienterte om kapasiteten i [H:psykisk helsevern] og planene for 2025.
"""),
    # ---- a person named by the given name alone
    ("22-given-name-alone-nob", "health_person", "nob", "quarantine", """\
Referat fra ansvarsgruppemøte 4. mars

Til stede: skole og foresatte.

I dag fikk [N:Emma] [H:diagnosen] [H:autisme]. Skolen tilrettelegger med faste rutiner og
egen assistent i friminuttene.
"""),
    ("23-given-name-genitive-nno", "health_person", "nno", "quarantine", """\
I samtalen kom det fram at [N:Ingrids] diagnose er [H:kols], og ho treng
[H:heimesjukepleie] to gonger i veka.
"""),
    ("24-ordinary-word-name-policy-nob", "health_policy", "nob", "pass", """\
Liv og røre i sentrum: kommunen inviterer til åpen dag om folkehelse og
[H:fysioterapi] lørdag 4. mai.
"""),
    # ---- names in capitals and inverted ("NORDMANN, KARI"), as journal extracts, forms and
    # address labels write them
    ("25-capitals-inverted-extract-nob", "health_person", "nob", "quarantine", """\
Utskrift fra pasientjournal, vedlegg til klagesak 2024/311

[N:NORDMANN, KARI] - [H:innlagt] 12.03. med [H:akutt psykose], overført til [H:lukket post].
"""),
    ("26-capitals-complainant-nob", "health_person", "nob", "quarantine", """\
KLAGE PÅ [H:BEHANDLING]

Klager: [N:PER OLAV JOHANSEN]

Klagen gjelder oppfølgingen av hans [H:kreft] ved [H:onkologisk avdeling] høsten 2023.
"""),
    ("27-capitals-address-label-nno", "health_person", "nno", "quarantine", """\
[N:NILS AASEN]
FJELLVEGEN 4
6800 FØRDE

Vedtak om tildeling av [H:omsorgsbustad]

Vi viser til søknaden din av 2. februar. Kommunen har vurdert saka samla og drøfta ho i
tildelingsmøtet 3. mars. Du får tildelt husvære i Fjellvegen [H:omsorgsbustader] frå 1. mai.

Sidan du har [H:demens], får du også tilbod om [H:heimesjukepleie] kvar dag.
"""),
    ("28-inverted-form-field-nob", "health_person", "nob", "quarantine", """\
Henvisning til spesialisthelsetjenesten

Pasient: [N:Nordmann, Kari]
Årsak: [H:depresjon], [H:sykmeldt] siden januar
"""),
    ("29-capitals-register-line-nob", "health_person", "nob", "quarantine", """\
Oversikt over avvik, 2. kvartal

[N:HANSEN OLE PETTER]: [H:feilmedisinering] på [H:sengepost] 3, meldt 14. mai.
"""),
    ("30-capitals-signature-policy-nob", "health_policy", "nob", "pass", """\
VEDTAK OM TILSKUDD TIL TILTAK I [H:PSYKISK HELSEVERN]

Kommunen får tilskudd til lavterskeltilbud for personer med [H:depresjon] og
[H:rusavhengighet].

MED VENNLIG HILSEN

[O:KARI NORDMANN]
SAKSBEHANDLER
"""),
    ("31-capitals-streets-headings-nob", "health_policy", "nob", "pass", """\
HELSE NORDLIA HF
HARALD HÅRFAGRES GATE 5
OLE BULLS PLASS 3

LIV OG HELSE I KOMMUNEN

Rapport om ventetider i [H:psykisk helsevern] og tilbudet til personer med [H:diabetes].
"""),
    ("32-inverted-case-officer-nno", "health_policy", "nno", "pass", """\
Sakshandsamar: [O:Moen, Kari]

Helseføretaket orienterte om ventetidene i [H:psykisk helsevern] og planane for 2025.
"""),
    # ---- entries of a public postal journal: the title alone can name a patient
    ("33-journal-titles-patient-nob", "health_person", "nob", "quarantine", """\
Offentlig journal 14.03.2024

2024/1187-3  Innkommende  14.03.2024
Anmodning om kopi av journal - pasient [N:Ahmed Ali]
Avsender: Advokatfirmaet Lund AS   Saksbehandler: [O:Per Hansen]

2024/1190-1  Utgående  14.03.2024
Svar på henvendelse om parkering ved sykehuset
Mottaker: Fjellstad kommune   Saksbehandler: [O:Nina Haugland]
"""),
    ("34-journal-titles-referral-nob", "health_person", "nob", "quarantine", """\
Offentlig journal 15.03.2024

2024/1201-1  Innkommende  15.03.2024
Henvisning - [N:Nordmann, Kari] - [H:ortopedi]
Avsender: Fjellstad legesenter   Saksbehandler: [O:Nina Haugland]

2024/1204-2  Innkommende  15.03.2024
Tilsynssak - [N:Hansen, Ole] - [H:feilbehandling]
Avsender: Statens helsetilsyn   Saksbehandler: [O:Per Hansen]
"""),
    # ---- a citizen's own letter, signed under a greeting, in the first person
    ("37-patient-signs-own-letter-nob", "health_person", "nob", "quarantine", """\
Til Helse Nordlia HF

Jeg har ventet i åtte måneder på [H:operasjon] for [H:brystkreft] og har ikke fått noen dato.
Kan dere gi meg svar innen jul?

Hilsen
[N:Mona Knutsen]
"""),
    ("38-officer-first-person-decision-nno", "health_policy", "nno", "pass", """\
Vedtak om [H:langtidsopphald i sjukeheim]

Eg har vurdert søknaden om [H:langtidsopphald i sjukeheim], og kommunen innvilgar han frå 1. mai.

Med venleg helsing
[O:Kari Moen]
"""),
    # ---- from a red-team round (2026-12-02): wrong verdicts, each fixed
    ("39-title-complaint-ward-nob", "health_person", "nob", "quarantine", """\
Klage på [H:behandling] ved [H:ortopedisk avdeling] - [N:Kari Nordmann]
"""),
    ("40-own-letter-ms-nno", "health_person", "nno", "quarantine", """\
Klage på avslag om [H:BPA]

Eg heiter [N:Ragnhild Aasen] og har [H:MS]. Eg har søkt om [H:brukarstyrt personleg assistanse] men fått avslag.
Eg klagar på vedtaket.
"""),
    ("41-fall-fracture-nob", "health_person", "nob", "quarantine", """\
Tilsynssak - Statsforvalteren

Statsforvalteren har mottatt klage fra pårørende etter at [N:Erik Berntsen] (84) falt og [H:brakk lårhalsen]
ved Nordby omsorgssenter. Han ble ikke tilsett av lege før neste dag.
"""),
    ("42-minutes-roles-nob", "health_policy", "nob", "pass", """\
Referat fra klinikkledermøte

Til stede: klinikkdirektør [O:Anne Grethe Lie], overlege [O:Tor Bakken], avdelingssjef [O:Siri Nygaard].

Sak 12/24: Kapasitet i [H:akuttmottaket] og ventetid på [H:MR]. Overlege [O:Tor Bakken] orienterte om økt pågang
av pasienter med [H:hjerneslag].
"""),
    ("43-foundation-project-nob", "health_policy", "nob", "pass", """\
Tilskudd fra Stiftelsen Dam

Prosjekt: Aktivitetstilbud for ungdom med [H:diabetes] og [H:overvekt]. Prosjektleder: [O:Sara Haugen], helsesykepleier.
"""),
    ("44-course-speaker-nob", "health_policy", "nob", "pass", """\
Invitasjon til fagdag om [H:hjerte- og lungeredning]

Foredragsholder: anestesilege [O:Kristin Røed]. Tema: [H:hjertestans], [H:defibrillering] og [H:medikamenter].
"""),
    ("45-rota-table-nob", "admin", "nob", "pass", """\
Vaktliste [H:akuttmottak] uke 12

Navn | Rolle | Vakt
[O:Ola Nyhus] | Lege i spesialisering | Dag
[O:Eirin Moen] | Sykepleier | Kveld
[O:Jan Sørli] | Overlege [H:kirurgi] | Natt
"""),
    ("46-research-prize-nob", "health_policy", "nob", "pass", """\
Tildeling av forskningspris

Professor [O:Anne Sørbøen] tildeles årets forskningspris for sitt arbeid om [H:immunologi] og [H:multippel sklerose].
"""),
    ("47-appointment-nno", "admin", "nno", "pass", """\
Tilsetjing – lege i spesialisering

[O:Kari Sunde] er tilsett som lege i spesialisering i [H:psykiatri] ved [H:Psykiatrisk klinikk] frå 1. september.
Kontaktperson: personalkonsulent [O:Per Bru]
"""),
    # ---- from a second, independent red-team round (2026-12-02): wrong verdicts, each fixed
    ("48-relative-letter-care-home-nno", "health_person", "nno", "quarantine", """\
Til Volda kommune, Helse og omsorg

Mor mi, [N:Ingebjørg Flatmo], bur no på avdeling 2 ved Volda omsorgssenter.
Ho har vorte mykje meir [H:gløymsk] sidan jul og kjenner ikkje alltid att barnebarna.
Førre veke datt ho i gangen og [H:slo hovudet], og vi fekk ikkje beskjed før dagen etter.

Helsing [N:Arnfinn Flatmo]
"""),
    ("49-concern-report-child-nob", "health_person", "nob", "quarantine", """\
Bekymringsmelding til barneverntjenesten i Nordre Follo

Gjelder: [N:Emma Solberg], f. 2017, 2. trinn Sofiemyr skole
[N:Emma] har flere ganger kommet på skolen med [H:blåmerker] på overarmene og sier hun "falt".
Melder: rektor [O:Torill Vang]
"""),
    ("50-course-holder-nob", "health_policy", "nob", "pass", """\
Kurs i [H:førstehjelp] og [H:hjerte-lunge-redning] for ansatte i barnehagene

Kursholder: [O:Marit Skogen], intensivsykepleier
Tema: [H:bevisstløshet], [H:hjertestans], [H:kvelning], [H:brannskader] og [H:allergiske] reaksjoner.
Påmelding til [O:Vidar Haug] innen 1. april.
"""),
    ("51-foundations-hospitals-nob", "health_policy", "nob", "pass", """\
Søknad om midler – Sophies Minde [H:Ortopedi] og Stiftelsen Dam

Oslo universitetssykehus søker om 500 000 kr fra Stiftelsen Dam og Sophies Minde til et prosjekt om
[H:rehabilitering] etter [H:hofteproteser]. Prosjektet gjennomføres i samarbeid med Martina Hansens Hospital.
"""),
    ("52-guest-lecture-nob", "health_policy", "nob", "pass", """\
Gjesteforelesning for sykepleierstudenter

Professor [O:Knut Aas] foreleser om [H:hjertesvikt] og [H:KOLS] hos eldre pasienter.
Etterpå holder universitetslektor [O:Hanne Rud] seminar om legemiddelhåndtering og [H:bivirkninger] av [H:Marevan].
"""),
    ("53-staff-table-nob", "admin", "nob", "pass", """\
Oversikt over nyansatte, Medisinsk klinikk, mars

Navn            | Stilling              | Avdeling
[O:Eva Lunde]       | Sykepleier            | [H:Kardiologi] [H:sengepost]
[O:Jørgen Mikalsen] | LIS1                  | Gastromedisin
[O:Fatima Noor]     | Helsefagarbeider      | [H:Slagenheten]
"""),
    ("54-tender-contact-nob", "admin", "nob", "pass", """\
Konkurransegrunnlag – levering av [H:insulinpumper] og [H:blodsukkermålere]

Kontaktperson: innkjøpsrådgiver [O:Geir Nilsen]
Kvalitetskrav: pumpene skal kunne kobles til kontinuerlig [H:glukosemåler] for barn og voksne med [H:diabetes type 1].
"""),
    ("55-minister-visit-nob", "health_policy", "nob", "pass", """\
Pressemelding – Sunnaas sykehus

Helse- og omsorgsminister [O:Jan Christian Vestre] besøkte onsdag avdeling for [H:ryggmargsskader].
Avdelingsoverlege [O:Kristin Hjelle] viste fram ny robotteknologi for [H:gangtrening] etter [H:hjerneslag].
"""),
    ("56-royal-prize-nob", "health_policy", "nob", "pass", """\
Kong Olav Vs kreftforskningspris 2024

Kreftforeningen tildeler årets pris til professor [O:Randi Eik] for hennes forskning på [H:immunterapi]
mot [H:føflekkreft].
"""),
    ("57-lower-case-email-nob", "health_person", "nob", "quarantine", """\
hei. jeg heter [N:marius johnsen] og har hatt [H:migrene] nesten hver dag siden ulykken i fjor,
jeg har prøvd [H:sumatriptan] og [H:maxalt] men ingenting hjelper. hva kan jeg gjøre?
"""),
    # Letters 58-61: from a sixth red-team round (2026-12-02), cases the scanner got wrong
    # before that day's fixes: a nickname in quotes inside a patient's name (`quarantine`);
    # a programme whose indented speaker lines follow long lines, one speaker titled by a
    # role in nynorsk; a press release whose director's name is wrapped over a line; a staff
    # list with "Ph.d." before a doctor's name (`pass`).
    ("58-nickname-minutes-nob", "health_person", "nob", "quarantine", """\
Referat fra møte i tildelingsteamet 14.05.2025

Sak 12/25: [N:Bjørnar «Bønna» Tveit] ble [H:innlagt] med [H:lungebetennelse] i april og trenger
[H:hjemmesykepleie] morgen og kveld etter [H:utskrivning].
"""),
    ("59-programme-speakers-nno", "health_policy", "nno", "pass", """\
Fagdag om [H:demens] i kommunane, 12. november

09.30  Opning og velkomst ved kommunedirektøren i Sogndal kommune
       Kommunedirektør [O:Randi Nes Hovden]
10.00  [H:Demensvenlege] lokalsamfunn – erfaringar frå tre kommunar i fylket
       Prosjektleiar [O:Mari Hauge Grøtte], Nasjonalforeningen for folkehelsen
"""),
    ("60-press-release-wrapped-nob", "health_policy", "nob", "pass", """\
Pressemelding: Nytt strålesenter åpnet

– Dette er en milepæl for [H:kreftbehandlingen] i regionen, og vi får et fagmiljø som gjør
det lettere å rekruttere spesialister, sier administrerende direktør [O:Elin
Sæther Grøndahl].
"""),
    ("61-staff-list-phd-nob", "admin", "nob", "pass", """\
Oversikt over leger, [H:medisinsk avdeling]

Seksjon for [H:mage- og tarmsykdommer]
Seksjonsoverlege             Ph.d. [O:Sigurd Eide], [H:gastroenterologi], [H:endoskopi]
Overlege                     [O:Malgorzata Nowak], [H:gastroenterologi]
"""),
    # Letters 62-65: from a seventh red-team round (2026-12-02): staff write from their
    # body's mail domain, and are named again in quoted headers and greetings (`pass`),
    # while the patient they write about stays a patient (`quarantine`); a plural role
    # over a list of staff; a tax "utskrevet" (`pass`).
    ("62-staff-thread-nob", "admin", "nob", "pass", """\
Fra: [O:Lars Henrik Aune] <lars.henrik.aune@sykehuspartner-midt.no>
Til: [O:Tone Grøtting] <tone.grotting@helse-fjell.no>
Emne: SV: Integrasjonstest [H:e-resept]

Takk, vi kjører ny test 5. november.

> Fra: [O:Tone Grøtting]
> Til: [O:Lars Henrik Aune]
>
> Hei [O:Lars Henrik], [H:e-resept] og kjernejournal er testet på [H:sengepost] 3 med syntetiske testpersoner.
"""),
    ("63-staff-thread-patient-nno", "health_person", "nno", "quarantine", """\
Frå: [O:Anne Holm] <anne.holm@fjordvik.kommune.no>
Til: [O:Per Dahl] <per.dahl@fjordvik.kommune.no>
Emne: Bebuar på avdeling 2

Hei [O:Per], [N:Solveig Brekke] har hatt to fall denne veka og har fått [H:brot i handleddet].
Kan fysioterapeuten sjå på henne fredag?
"""),
    ("64-plural-role-list-nno", "admin", "nno", "pass", """\
Budsjett 2026 for helse og omsorg

Einingsleiarane: [O:Mona Olsen] (heimetenesta) og [O:Jan Rønning] (omsorgssenteret) legg fram tal for
[H:demensomsorga] på møtet 3. oktober.
"""),
    ("65-property-tax-nob", "person_no_health", "nob", "pass", """\
[N:Randi Helene Moen]
Furulundveien 7
2050 Åsheim

Vedtak i klagesak om eiendomsskatt

Vi viser til klagen din på utskrevet eiendomsskatt for 2025. Klagen er tatt til følge.
"""),
    ("66-mayor-own-sick-leave-nob", "health_person", "nob", "quarantine", """\
Notat til formannskapet

Konstituering av varaordfører

Ordfører [N:Gunnar Sunde] er [H:sykmeldt] fra 3. februar. Han har selv bedt om at det opplyses
at fraværet skyldes et [H:hjerteinfarkt]. Varaordfører [O:Anita Rød] fungerer som ordfører i
perioden.

Med hilsen
[O:Lars Bøe]
politisk sekretær
"""),
    ("67-form-in-capitals-nob", "health_person", "nob", "quarantine", """\
SKJEMA - SØKNAD OM PARKERINGSTILLATELSE FOR FORFLYTNINGSHEMMEDE
Innsendt: 2025-03-04

FORNAVN: [N:TORILL]
ETTERNAVN: [N:BREKKE]
ADRESSE: LIAVEGEN 4, 3825 LUNDE

BESKRIVELSE AV [H:FUNKSJONSNEDSETTELSE]:
[H:KOLS] MED STERKT NEDSATT GANGFUNKSJON. KAN GÅ CA 30 METER.
"""),
    ("68-referral-unlisted-family-name-nob", "health_person", "nob", "quarantine", """\
HENVISNING

Til:      Øyepoliklinikken
Dato:     11.02.2025

PASIENT:  [N:ÅSMUND KVÆRNESTAD]
ADRESSE:  FJELLVEIEN 2, 3800 BØ I TELEMARK

Henvisningsårsak: Tiltakende [H:grå stær] begge øyne. Kjører ikke lenger bil i mørket.
"""),
    ("69-sick-leave-plan-initials-nno", "health_person", "nno", "quarantine", """\
Oppfølgingsplan ved [H:sjukmelding]

Tilsett:        [N:R. T. Skjelbreid]
Stilling:       Reinhaldar, Vindenes skule
Næraste leiar:  [O:Ranveig Ulvestad], einingsleiar

[N:Skjelbreid] har fortalt at ho har fått påvist [H:revmatisme] i hendene og kan ikkje
gjere tunge løft.
"""),
    ("70-course-programme-sector-head-nno", "health_policy", "nno", "pass", """\
Kursprogram: [H:Førstehjelp] for tilsette i barnehagane

09.00  Velkomen ved kommunalsjef for oppvekst [O:Hilde Nesse]
09.15  Hjarte-lunge-redning på små born
11.00  [H:Allergiske reaksjonar] og [H:anafylaksi]
"""),
    ("71-duty-rota-role-compound-nob", "admin", "nob", "pass", """\
Vaktliste - interkommunal [H:legevakt], uke 12

Endringer:
- Byttet nattevakt 19.03 (godkjent av legevaktsjef).
- [O:Bjørg Rognstad] er på kurs 21.03, erstattes av [O:Håvard Sunde].
"""),
    ("72-sector-head-no-preposition-nno", "health_policy", "nno", "pass", """\
Fagdag om [H:demens] for tilsette i [H:heimetenestene]

09.00  Opning ved kommunalsjef helse og omsorg [O:Berit Kvam]
09.15  Kva veit vi om [H:demens] i dag?
"""),
    ("73-clinic-head-apposition-nob", "health_policy", "nob", "pass", """\
Utdrag fra årsmeldingen 2024

Av pasientene med [H:brystkreft] startet 78 prosent [H:behandling] innen normert forløpstid.
Klinikksjef for [H:kirurgi], [O:Eirik Vatne], peker på at kapasiteten fortsatt er en flaskehals.
"""),
    ("74-job-offer-unit-name-nob", "person_no_health", "nob", "pass", """\
[N:Solveig Hovland]
Storgata 17B
9405 Harstad

Tilbud om fast stilling som sykepleier

Vi har gleden av å tilby deg 80 % fast stilling som sykepleier ved avdeling for
[H:langtidsopphold]. For ansatte i helsetjenesten gjelder tuberkuloseforskriftens regler.
"""),
    ("75-greeted-reply-quoting-illness-nob", "health_person", "nob", "quarantine", """\
Fra: [O:Åse Strand] <ase.strand@eksempel.kommune.no>
Til: mk1977@online.no
Emne: SV: Utsettelse av eiendomsskatt

Hei [N:Mona],

Takk for at du tok kontakt. Vi har registrert søknaden om betalingsutsettelse.

Med vennlig hilsen
[O:Åse Strand]
rådgiver

> Fra: mk1977@online.no
> Jeg fikk påvist [H:brystkreft] i november og er nå 100 % [H:sykmeldt].
> Kan jeg få utsatt betalingen til høsten?
"""),
    ("36-initials-incident-nno", "health_person", "nno", "quarantine", """\
Avviksmelding 2024/77

Pasient [N:K.N.], 45 år, busett i Førde, fekk feil dose [H:litium] på [H:sengepost] 2 natt
til 12. mars. Pasienten vart overvaka og fekk ikkje varige skadar.
"""),
    ("35-journal-titles-admin-nob", "admin", "nob", "pass", """\
Offentlig journal 16.03.2024

2024/1210-1  Utgående  16.03.2024
Tilsetting i stilling som overlege ved [H:ortopedisk avdeling]
Mottaker: [N:Ola Berg]   Saksbehandler: [O:Nina Haugland]

2024/1211-1  Innkommende  16.03.2024
Invitasjon til møte om pasientsikkerhet - Pasient- og brukerombudet
Avsender: Helse Nordlia HF   Saksbehandler: [O:Per Hansen]
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
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "name-context"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, category, language, verdict, marked in LETTERS:
        text, entities = render(marked)
        (out_dir / f"{name}.txt").write_bytes(text)
        gold = {"verdict": verdict, "category": category, "language": language, "entities": entities}
        (out_dir / f"{name}.txt.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
