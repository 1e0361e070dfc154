#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build journalvakt's name, health-term and negative lexicons in patterns/lexicons/.

Reproducible: npm packages are pinned to exact versions and fetched with `npm pack` into a
temporary directory; the Debian word list `wnorwegian` is read from /usr/share/dict.
Hand-curated inputs live in curated/*.lst (project-written, GPL-3.0-or-later; .lst so that the
pattern embedding, which takes *.txt and *.tsv, leaves them out).

    apt-get install -y --no-install-recommends wnorwegian
    python3 patterns/lexicons/build_lexicons.py          # build + self-check
    python3 patterns/lexicons/build_lexicons.py --check  # self-check the committed files only

Needs python3 (stdlib only), npm (and node, the runtime npm itself runs on: it is used only to
read the data bundled in @faker-js/faker, which ships as minified ES modules).
NorNE is never read here: it is the evaluation set.
"""
import argparse
import bisect
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CURATED = HERE / "curated"
SCRIPT = "patterns/lexicons/build_lexicons.py"

# ---- pinned sources -------------------------------------------------------------------------
FAKER = ("@faker-js/faker", "10.6.0")            # MIT (LICENSE in package)
DIAG = ("@navikt/diagnosekoder", "1.2026.0")     # MIT (package.json "license")
GENDER = ("gender-detection-from-name", "1.11.5")  # MIT (LICENSE in package)
ISO = ("i18n-iso-countries", "7.14.0")           # MIT (LICENSE in package)
ISO_LOCALES = ("nb", "nn", "no")                 # its Norwegian country names
WNORWEGIAN = ("wnorwegian", "2.2-4")             # GPL-2 or (at your option) any later version
DICT_FILES = ("/usr/share/dict/bokmaal", "/usr/share/dict/nynorsk")

# faker locales whose person names are in Latin script
FAKER_LOCALES = [
    "nb_NO", "sv", "da", "fi", "de", "de_AT", "de_CH", "nl", "nl_BE", "pl", "lv", "cs_CZ", "sk",
    "sl_SI", "hr", "sr_RS_latin", "hu", "ro", "ro_MD", "tr", "ku_kmr_latin", "az", "uz_UZ_latin",
    "vi", "id_ID", "en", "en_AU", "en_IN", "en_NP", "en_NG", "en_GH", "en_ZA", "en_HK", "yo_NG",
    "zu_ZA", "af_ZA", "fr", "fr_BE", "fr_CH", "fr_SN", "it", "es", "es_MX", "pt_BR", "pt_PT",
]
NORDIC_LOCALES = {"nb_NO", "sv", "da"}
MIN_COUNTS = {
    "given_names.txt": 5000, "family_names.txt": 5000, "name_words.txt": 100,
    "common_capitalised.txt": 100, "health_terms.tsv": 1500, "diagnosis_codes.tsv": 20000,
    "organisations.txt": 80, "street_suffixes.txt": 40, "month_day.txt": 30, "places.txt": 500,
}
HEALTH_MIN = {"condition": 600, "drug": 150, "ward": 80, "care": 30, "treatment": 100, "special": 40}
MAX_TOTAL_BYTES = 3 * 1024 * 1024

NAME_RE = re.compile(r"^[^\W\d_][^\W\d_]*(?:-[^\W\d_]+)*$")
FAMILY_SUFFIXES = (
    "heim", "dal", "dahl", "vik", "land", "stad", "rud", "ruud", "seth", "set", "haug", "haugen",
    "bakken", "bakke", "lie", "lien", "moen", "nes", "næs", "ness", "berg", "berget", "by", "bye",
    "gard", "gård", "gaard", "vold", "voll", "tveit", "tveiten", "teig", "eid", "rød", "myr",
    "sæther", "sæter", "seter", "holm", "lund", "aas", "ås", "åsen", "aasen", "stuen", "engen",
    "hagen", "hol", "hovd", "vang", "fjeld", "fjell", "skog", "brekke", "bråten", "sveen", "løkken",
    "strand", "bø", "bøe", "mo", "li", "lid", "bakk", "nes", "haugan", "rønning", "sletten",
    "stranden", "viken", "dalen", "eng", "nesset", "hus", "huus", "sen", "ssen", "son", "sson",
)
# Medical endings of head words in ICD-10/ICPC-2 titles. "-om" is the tumour ending (hematom,
# lipom), not the noun suffix -dom (ungdom), the adjective suffix -som (langsom, smittsom) or
# the -rom of hulrom/kromosom; those are excluded by the look-behind.
MEDICAL_HEAD = re.compile(
    r"(itt|itis|ose|oser|(?<![dsr])om|(?<![dsr])omer|syndromer|emi|algi|pati|plegi|ektomi|syndrom|sykdom|lidelse|svikt|kreft|"
    r"infeksjon|betennelse|forgiftning|misbruk|avhengighet|demens|epilepsi|diabetes|astma|allergi|"
    r"feber|svulst|sklerose|psykose|depresjon|fobi|mani|angst|nevrose|anoreksi|bulimi|autisme|"
    r"ia|ismus|isme|cele|trofi|plasi|ptose|rragi|stenose|trombose|emboli|infarkt|insuffisiens|"
    r"parese|ruptur|fraktur|hepatitt|lymfom|leukemi|melanom|karsinom|sarkom|gangren|abscess|"
    r"cyste|polypp|brokk|sår|eksem|psoriasis|akne|gikt|artrose|skoliose|migrene|hodepine|"
    r"hiv|aids|tuberkulose|klamydia|syfilis|gonoré|herpes|malaria|kolera|tyfus|difteri|"
    r"meslinger|kusma|røde hunder|vannkopper|influensa|covid-19|schizofreni|skrumplever)$"
)
DIAG_STOP = {
    "uspesifisert", "uspesifiserte", "spesifisert", "spesifiserte", "annen", "andre", "annet",
    "ikke", "klassifisert", "klassifisert annet sted", "tilstand", "tilstander", "følgetilstand",
    "følgetilstander", "komplikasjon", "komplikasjoner", "symptom", "symptomer", "problem",
    "undersøkelse", "observasjon", "kontroll", "behandling", "oppfølging", "screening",
    "rådgivning", "forebygging", "medisinsk", "medisinske", "kirurgisk", "kirurgiske", "akutt",
    "kronisk", "tilbakevendende", "sekundær", "primær", "medfødt", "medfødte", "ervervet",
    "tilstand etter", "reaksjon", "reaksjoner", "skade", "skader", "funn", "unormal", "unormale",
    "abnorm", "abnorme", "fremmedlegeme", "hode", "hals", "ansikt", "mage", "rygg", "hånd", "fot",
    "stomi", "kontakt", "person", "personer", "fødsel", "barn", "mor", "far", "familie",
    "utdanning", "arbeid", "bolig", "økonomi", "omsorg", "ulykke", "transport", "sted",
    "aktivitet", "hendelse", "vold", "overgrep", "feil", "bruk", "mangel", "press", "tap",
    "frykt", "atferd", "tretthet", "hoste", "kløe", "utslett", "kvalme", "sår", "bom", "sekvele",
    "misbruk",
}
# Norwegian function words (bokmål and nynorsk prepositions, conjunctions, adverbs, pronouns,
# determiners, numerals). They occur inside diagnosis titles ("... gjennom ...", "... mellom ...")
# and some end like a diagnosis (-om): never a term, never a head word, never a title's first or
# last word.
FUNCTION_WORDS = set("""
    av bak bakom blant bortenfor etter for foran forbi fra frå framfor fremfor gjennom hos i imellom
    innen innan innenfor innanfor innom langs med mellom mot nedenfor om omkring ovenfor over per
    pr på rundt rundtom sammen saman siden sidan til tross trass under unntatt utenfor utanfor uten
    utan utenom utanom ved via inntil attåt ifølge iblant istedenfor istadenfor oppå nedi uti
    og eller men samt enn som at fordi når da dersom hvis viss enten verken hverken både korkje
    ikke ikkje også òg ofte alltid aldri bare berre svært veldig mer meir mest mindre minst
    ganske nokså særlig særleg spesielt dessuten derfor difor likevel allerede allereie tidligere
    tidlegare senere seinare igjen att her der hit dit nå no så slik sånn heller dels
    den det de dei denne dette disse desse en ein ei et eit annen anna annet andre all alle alt
    hver kvar hvert kvart hvilken kva kven hvem noen nokon noe noko ingen inga ingenting
    seg sin sitt sine sjølv selv begge samme same egen eigen eget eige egne eigne
    to tre fire fem seks sju syv åtte ni ti første fyrste tredje
""".split())
# General nouns that end like a diagnosis but are none (found by reading the extracted head
# words; the endings rule and the function-word and adjective checks catch the rest).
NOT_MEDICAL_HEAD = {
    "diagnose", "glukose", "stråledose", "organisme", "mikroorganisme", "terrorisme",
    "analfabetisme", "parasittisme", "arteria", "cardia", "subclavia", "praevia", "factitia",
    "capitis", "incontinentia",
}
CURATED_SOURCE = "journalvakt-curated"
# place names that the farm-name heuristic would otherwise take as family names
NOT_FAMILY = {"Nederland", "Grønland", "Finland", "Island", "Irland", "England", "Skottland",
              "Tyskland", "Russland", "Sverige", "Danmark", "Norge", "Halmstad", "Majorstuen",
              "Sydkorset", "Blefjell", "Hemsedal", "Dombås", "Byåsen", "Tyristrand"}


# ---- helpers --------------------------------------------------------------------------------
def nfc(s):
    return unicodedata.normalize("NFC", s)


def read_curated_words(name):
    """Whitespace-separated entries, '#' lines are comments."""
    out = []
    for line in (CURATED / name).read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        out.extend(nfc(w) for w in s.split())
    return out


def read_curated_lines(name):
    out = []
    for line in (CURATED / name).read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if s and not s.startswith("#"):
            out.append(nfc(s))
    return out


def npm_pack(pkg, version, dest):
    r = subprocess.run(["npm", "pack", f"{pkg}@{version}", "--silent", "--pack-destination", dest],
                       capture_output=True, text=True, check=True)
    tgz = Path(dest) / r.stdout.strip().splitlines()[-1]
    root = Path(dest) / (tgz.name + ".d")
    with tarfile.open(tgz) as t:
        t.extractall(root, filter="data")
    pj = json.loads((root / "package" / "package.json").read_text(encoding="utf-8"))
    assert pj["version"] == version, (pkg, pj["version"])
    return root / "package", pj


def title_case(name):
    return "-".join(p[:1].upper() + p[1:] for p in name.split("-"))


FOLD_MAP = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                          "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ŋ": "ng", "Ŋ": "Ng"})


def ascii_fold(name):
    """Strip diacritics of foreign names (å, æ, ø are kept: Norwegian letters)."""
    keep = {"å", "Å", "æ", "Æ", "ø", "Ø"}
    out = []
    for ch in name.translate(FOLD_MAP):
        if ch in keep:
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in d if not unicodedata.combining(c)))
    return nfc("".join(out))


def clean_name(raw):
    """Return a list of capitalised single-token names from a source entry."""
    res = []
    for tok in nfc(raw).replace("\u200c", "").split():
        tok = tok.strip(".,")
        if len(tok) < 2 or not NAME_RE.match(tok):
            continue
        if not all(unicodedata.name(c, "").startswith("LATIN") or c == "-" for c in tok):
            continue
        if tok.isupper() and len(tok) > 1:
            tok = title_case(tok.lower())
        if not tok[0].isupper():
            continue
        res.append(tok)
    return res


def sort_key(s):
    return (s.casefold(), s)


def write_list(path, header, entries):
    lines = ["# " + h for h in header] + sorted(set(entries), key=sort_key)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_wordlist_files():
    """The Debian word lists, one set per file (bokmål, nynorsk)."""
    out = []
    for f in DICT_FILES:
        p = Path(f)
        if not p.exists():
            sys.exit(f"missing {f}: apt-get install -y --no-install-recommends wnorwegian")
        out.append({w for w in (nfc(l.strip()) for l in p.read_bytes().decode("latin-1").splitlines()) if w})
    return out


def load_wordlists():
    return set().union(*load_wordlist_files())


class OrdinaryWords:
    """Whether a capitalised entry is also an ordinary lowercase word. The nynorsk list also
    holds some proper names in lower case without any inflected form (nansen, narvesen,
    fosen, ibsen): there a lowercase form counts only with an inflection beside it."""

    ENDINGS = ("s", "e", "en", "et", "er", "ar", "a", "ane", "ene", "t", "ne", "r", "n")

    def __init__(self, bokmaal, nynorsk):
        self.bm = {w for w in bokmaal if w[:1].islower()}
        self.nn = {w for w in nynorsk if w[:1].islower()}

    def __call__(self, w):
        lw = w.lower()
        if lw in self.bm:
            return True
        if lw not in self.nn:
            return False
        stems = {lw} | ({lw[:-2]} if lw.endswith(("en", "et")) else set())  # dessen: dess-ar
        return any(st + e in self.bm or st + e in self.nn for st in stems for e in self.ENDINGS
                   if st + e != lw)


def dpkg_version(pkg):
    r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 else None


# ---- source readers -------------------------------------------------------------------------
FAKER_JS = r"""
const m = await import(process.argv[1]);
const out = {};
for (const [k, v] of Object.entries(m.allLocales)) {
  if (v.person) out[k] = {first: v.person.first_name ?? null, middle: v.person.middle_name ?? null,
                          last: v.person.last_name ?? null};
}
process.stdout.write(JSON.stringify(out));
"""


def faker_names(pkgdir):
    r = subprocess.run(["node", "--input-type=module", "-e", FAKER_JS,
                        str(pkgdir / "dist" / "index.js")],
                       capture_output=True, text=True, check=True)
    data = json.loads(r.stdout)
    given, family, nordic_male = {}, {}, set()

    def flat(x):
        if x is None:
            return []
        if isinstance(x, dict):
            return [v for vs in x.values() for v in (vs or [])]
        return list(x)

    for loc in FAKER_LOCALES:
        d = data.get(loc)
        if not d:
            continue
        for raw in flat(d["first"]) + (flat(d["middle"]) if loc in ("vi", "nb_NO", "sv") else []):
            for n in clean_name(raw):
                given.setdefault(n, loc)
        for raw in flat(d["last"]):
            for n in clean_name(raw):
                family.setdefault(n, loc)
        if loc in NORDIC_LOCALES and isinstance(d["first"], dict):
            for raw in d["first"].get("male") or []:
                nordic_male.update(clean_name(raw))
    return given, family, nordic_male


def gender_names(pkgdir):
    out = {}
    for f in sorted((pkgdir / "names").glob("*.js")):
        lang = f.stem
        for m in re.finditer(r"\[\s*'([^']+)'\s*,\s*'(?:male|female|unisex)'\s*\]",
                             f.read_text(encoding="utf-8")):
            for n in clean_name(title_case(m.group(1))):
                out.setdefault(n, set()).add(lang)
    return out


def diagnosis_codes(pkgdir):
    icd = json.loads((pkgdir / "lib" / "ICD10.json").read_text(encoding="utf-8"))
    icpc = json.loads((pkgdir / "lib" / "ICPC2.json").read_text(encoding="utf-8"))
    rows = []
    for e in icd:
        code = e["code"].strip()
        if re.fullmatch(r"[A-Z]\d\d\d{1,2}", code):
            code = code[:3] + "." + code[3:]
        rows.append((code, "ICD-10", " ".join(nfc(e["text"]).split())))
    for e in icpc:
        rows.append((e["code"].strip(), "ICPC-2", " ".join(nfc(e["text"]).split())))
    return rows


def country_names(pkgdir):
    """One-word country names (hyphens allowed: "Sør-Afrika") of the Norwegian locales."""
    out = set()
    for loc in ISO_LOCALES:
        d = json.loads((pkgdir / "langs" / f"{loc}.json").read_text(encoding="utf-8"))
        assert d["locale"] == loc, (loc, d["locale"])
        for v in d["countries"].values():
            for name in (v if isinstance(v, list) else [v]):
                name = nfc(name)
                if NAME_RE.match(name) and name[:1].isupper():
                    out.add(name)
    return out


# ---- builders -------------------------------------------------------------------------------
def social_code(code, system):
    """Codes for social and economic circumstances, not health: ICPC-2 chapter Z ("Problem
    økonomi/fattigdom", "aleneboende"), ICD-10 Z55-Z65 (education, work, housing, poverty,
    family and psychosocial circumstances) and V01-Y98 (external causes: events, not states)."""
    if system == "ICPC-2":
        return code.startswith("Z")
    if code[:1] in "VWXY":
        return True
    return code[:1] == "Z" and code[1:3].isdigit() and 55 <= int(code[1:3]) <= 65


def adjective_or_particle(w, words):
    """A word in the general word list that inflects like an adjective or participle
    (langsom/langsomme, angitt/angitte, smittsom/smittsomt) and has no noun forms."""
    if w not in words:
        return False
    nouns = [w + s for s in ("en", "et", "er", "a", "ar", "ane", "ene")]
    if w.endswith("e"):
        nouns += [w[:-1] + s for s in ("en", "er", "ar", "ane", "ene")]
    nouns += [w + w[-1] + s for s in ("en", "et", "er", "a", "ar")]
    if w.endswith(("er", "ar")) or any(f in words for f in nouns):
        return False
    return any(f in words for f in (w + "e", w + "t", w + w[-1] + "e", w + w[-1] + "t"))


def head_word(tok, words):
    """A word of a title that names a disease on its own: a medical ending, at least six
    letters, not a function word, not an adjective or participle, not a general noun."""
    return (len(tok) >= 6 and tok not in DIAG_STOP and tok not in FUNCTION_WORDS and
            tok not in NOT_MEDICAL_HEAD and not tok.endswith("diagnose") and
            MEDICAL_HEAD.search(tok) is not None and not adjective_or_particle(tok, words))


def diagnosis_terms(rows, words):
    """Distinctive lowercase titles and head words from ICD-10/ICPC-2 titles."""
    terms = {}
    for code, system, title in rows:
        if social_code(code, system):
            continue
        src = f"{system} ({DIAG[0]} {DIAG[1]})"
        t = title.lower()
        toks = t.split()
        bad = (re.search(r"[\d.;/(),:+&]", t) or "uspes" in t or " ika" in f" {t}" or
               "ikke klass" in t or any(w in DIAG_STOP for w in toks[:1]) or
               toks[0] in FUNCTION_WORDS or toks[-1] in FUNCTION_WORDS or
               (len(toks) == 1 and (toks[0] in NOT_MEDICAL_HEAD or adjective_or_particle(t, words))) or
               t.startswith(("annen ", "andre ", "annet ", "problem", "redusert", "engstelig",
                             "bekymring", "frykt", "kontakt", "tilstand", "oppfølging")))
        if not bad and 1 <= len(toks) <= 4 and len(t) >= 5 and t not in DIAG_STOP:
            terms.setdefault(t, src)
        for tok in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", t):
            if head_word(tok, words):
                terms.setdefault(tok, src)
    return terms


# Inflection endings tried on curated terms marked '*' (kept only when wnorwegian has the form).
# No genitive -s: the validator accepts it on any term of six bytes or more, and on short
# terms it makes other words ("slags", "legs").
SUFFIXES = ("en", "a", "et", "er", "ene", "ar", "ane", "e", "ne", "r", "n",
            "heten", "heita", "heit")


def inflections(base, words):
    forms = set()
    stems = {base}
    if base.endswith("e"):
        stems.add(base[:-1])
    if base[-1:] in "mnlkpt" and len(base) > 3:
        stems.add(base + base[-1])
    if base.endswith(("el", "er")) and len(base) > 4:
        stem = base[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2]:  # legemiddel -> legemidl-er
            stem = stem[:-1]
        stems.add(stem + base[-1])
    for s in stems:
        for suf in SUFFIXES:
            f = s + suf
            if f != base and f in words:
                forms.add(f)
    return forms


def expand_alternatives(line):
    """'{psykiatrisk|nevrologisk} {avdeling|poliklinikk}' -> every combination."""
    m = re.search(r"\{([^{}]*)\}", line)
    if not m:
        return [line]
    return [x for alt in m.group(1).split("|")
            for x in expand_alternatives(line[:m.start()] + alt + line[m.end():])]


class EndingIndex:
    """The words of a list by their endings: the reversed words, sorted, so that the words
    ending in a string are one bisected range."""

    def __init__(self, words):
        self.rev = sorted(w[::-1] for w in words)

    def ending_in(self, end):
        r = end[::-1]
        i = bisect.bisect_left(self.rev, r)
        while i < len(self.rev) and self.rev[i].startswith(r):
            yield self.rev[i][::-1]
            i += 1


def compounds_ending_in(head, lower, index, allowed_first, not_health):
    """Words of the word list that end in `head` or one of its attested inflections, whose
    first part (less a linking s or e) is a word for which `allowed_first` is true."""
    forms = ({head} | inflections(head, lower)) - not_health
    out = set()
    for f in forms:
        for w in index.ending_in(f):
            first = w[:-len(f)]
            if len(first) < 3:
                continue
            parts = {first} | ({first[:-1]} if len(first) > 3 and first[-1] in "se" else set())
            if any(allowed_first(x) for x in parts):
                out.add(w)
    return out


def health_terms(words, diag):
    """Curated terms with their attested inflections and compounds, then diagnosis titles.

    Marks in curated/health_terms.lst: '!' weak; '*' add attested inflections; '+' add the
    attested compounds ending in the term whose first part is any word ("lungekreft",
    "hjartesjukdom"); '^' add the attested compounds whose first part is a body part,
    bodily function or substance (curated/compound_modifiers.lst) or a curated health term
    ("fotsår" no, "magesår" yes, "lårhalsbrudd" but not "lovbrudd"); '~' the term is only a
    compound head, not a term of its own ("svikt", "brudd"); {a|b} alternatives. Words under
    [not_health] are never terms (homographs such as "krefter", "the forces")."""
    lower = {w for w in words if w[:1].islower() and "-" not in w and w.isalpha()}
    entries, not_health = [], set()
    cat = None
    for line in read_curated_lines("health_terms.lst"):
        if line.startswith("["):
            cat = line.strip("[]")
            continue
        for term in expand_alternatives(line):
            if cat == "not_health":
                not_health.add(term)
                continue
            weak = term.startswith("!")
            head_only = term.lstrip("!").startswith("~")
            term = term.lstrip("!~")
            marks = term[len(term.rstrip("*+^")):]
            entries.append((term.rstrip("*+^"), cat, weak, head_only, marks))
    modifiers = set(read_curated_words("compound_modifiers.lst"))
    # Curated conditions, drugs and treatments of five letters or more are first parts too
    # ("kreftbehandling", "metadonbehandling"); not the special categories ("straffesak").
    modifiers |= {t for t, c, weak, head_only, m in entries
                  if c in ("condition", "drug", "treatment") and not weak and not head_only
                  and " " not in t and len(t) >= 5}
    any_word = lambda x: x in lower and len(x) >= 3 and x not in FUNCTION_WORDS
    index = EndingIndex(lower)
    rows = {}  # term -> (category, source, weak)

    def add(term, value):
        if term not in not_health:
            rows.setdefault(term, value)

    for term, cat, weak, head_only, marks in entries:
        if not head_only:
            add(term, (cat, CURATED_SOURCE, weak))
        if " " in term:
            continue
        if "*" in marks and not head_only:
            for f in sorted(inflections(term, words)):
                add(f, (cat, CURATED_SOURCE + "+wnorwegian-inflection", weak))
        if "+" in marks or "^" in marks:
            first = any_word if "+" in marks else modifiers.__contains__
            for f in sorted(compounds_ending_in(term, lower, index, first, not_health) - {term}):
                add(f, (cat, CURATED_SOURCE + "+wnorwegian-compound", False))
    for term, src in diag.items():
        if term not in rows and term not in not_health:
            rows[term] = ("diagnosis", src, False)
    return rows


PATRONYMIC_ENDINGS = ("sen", "ssen", "son", "sson", "sdotter", "sdatter")
PLACE_WORDS = re.compile(
    r"(kommune|fylke|fjord|fjorden|sundet|øya|øyane|tunnelen|brua|bane|banen|feltet|senteret|"
    r"hallen|kirke|kyrkje|parken|skolen|skulen|stadion|sjøen|vatnet|vannet|elva|prisen|huset|"
    r"korset|fossen|plassen|torget|gata|veien|vegen|bryggen|kaia|dalen$)")


def farm_and_patronymic_names(words, nordic_male, given_all, ordinary, places):
    """Family names from the Debian word list: capitalised entries with typical Norwegian
    farm-name endings; capitalised entries ending like a patronymic (-sen, -ssen, -son, -sson,
    -sdotter, -sdatter: Nansen, Berntsen, Lavransdatter) that are no ordinary word and no
    place, also when they are a given name elsewhere (Nelson, Harrison); and patronymics of
    Nordic given names that the word list attests."""
    lower = {w for w in words if w[:1].islower()}
    caps = {w for w in words if NAME_RE.match(w) and w[:1].isupper() and not w.isupper()}
    out = set()
    for w in caps:
        if w.endswith("s") and w[:-1] in caps:  # genitive of another entry
            continue
        if "-" in w or len(w) < 4:
            continue
        lw = w.lower()
        if PLACE_WORDS.search(lw) and not lw.endswith("dal"):
            continue
        if w in NOT_FAMILY:
            continue
        if any(lw.endswith(s) and len(lw) > len(s) + 1 for s in PATRONYMIC_ENDINGS):
            if not ordinary(w) and w not in places:
                out.add(w)
            continue
        if w.lower() in lower:  # ordinary word, handled via name_words if a name
            continue
        if any(lw.endswith(s) and len(lw) > len(s) + 1 for s in FAMILY_SUFFIXES):
            if w in given_all:
                continue
            out.add(w)
    pats = set()
    for g in nordic_male:
        for suf in ("sen", "ssen", "son", "sson"):
            for stem in {g, g[:-1] if g.endswith("e") else g}:
                c = stem + suf
                if c in caps:
                    pats.add(c)
    return out, pats


def given_from_patronymics(words, ordinary, places, family_like):
    """Capitalised entries X of the word list whose patronymic X+sen/son/ssen/sson/sdatter/
    sdotter the list also has (Elling -> Ellingsen, Gulbrand -> Gulbrandsen): very likely a
    given name, unless X is an ordinary word (Brede, Hole), a genitive of another entry
    (Abels -> Abelsson), a place or itself a family name (Holm -> Holmsen)."""
    caps = {w for w in words if NAME_RE.match(w) and w[:1].isupper() and not w.isupper()}
    out = set()
    for x in caps:
        if len(x) < 3 or "-" in x or (x.endswith("s") and (x[:-1] in caps or ordinary(x[:-1]))):
            continue
        if not any(x + suf in caps and x + suf not in places for suf in PATRONYMIC_ENDINGS):
            continue
        if ordinary(x) or x in places or x in family_like:
            continue
        out.add(x)
    return out


def build():
    bokmaal, nynorsk = load_wordlist_files()
    words = bokmaal | nynorsk
    ordinary = OrdinaryWords(bokmaal, nynorsk)
    wv = dpkg_version(WNORWEGIAN[0])
    if wv != WNORWEGIAN[1]:
        print(f"warning: wnorwegian {wv} installed, README documents {WNORWEGIAN[1]}",
              file=sys.stderr)
    lower_words = {w for w in words if w[:1].islower()}

    with tempfile.TemporaryDirectory() as tmp:
        fdir, _ = npm_pack(*FAKER, tmp)
        ddir, _ = npm_pack(*DIAG, tmp)
        gdir, _ = npm_pack(*GENDER, tmp)
        idir, _ = npm_pack(*ISO, tmp)
        countries = country_names(idir)
        f_given, f_family, nordic_male = faker_names(fdir)
        g_names = gender_names(gdir)
        diag_rows = diagnosis_codes(ddir)

    month_day = set()
    for w in read_curated_words("month_day.lst"):
        month_day.add(w)
        month_day.add(w[:1].upper() + w[1:])
    common_cap = set(read_curated_words("common_capitalised.lst"))
    negatives = month_day | common_cap

    # curated names
    cur_given = set()
    for f in ("given_names_no.lst", "given_names_sami.lst", "given_names_immigrant.lst"):
        cur_given.update(n for w in read_curated_words(f) for n in clean_name(w))
    cur_family = set()
    for f in ("family_names_no.lst", "family_names_immigrant.lst"):
        cur_family.update(n for w in read_curated_words(f) for n in clean_name(w))

    # places: the hand-kept list as it is; countries, Norwegian counties, regions and
    # municipalities and world cities unless they are also a common name in the curated lists
    # ("Vik", "Lier", "Sofia"), which the name validator could then never report.
    places = set(read_curated_words("places.lst"))
    # A Norwegian place that is a bare landscape word of farm names ("Nes", "Vik", "Bø", "Strand")
    # is as often a family name; a country name that is an ordinary word ("Man", the Isle of
    # Man) says nothing.
    farm_like = lambda w: w.lower() in FAMILY_SUFFIXES
    places |= ({c for c in countries if c.lower() not in lower_words} |
               {w for w in read_curated_words("places_no.lst") if not farm_like(w)} |
               set(read_curated_words("cities.lst"))) - cur_given - cur_family

    # given names
    caps_dict = {w for w in words if w[:1].isupper()}
    given = set(cur_given) | set(f_given)
    for n, langs in g_names.items():
        if langs & {"tr", "de"} or n in f_given or n in caps_dict:
            given.add(n)
    patronymic_given = given_from_patronymics(
        words, ordinary, places | negatives,
        cur_family | set(f_family) | {w for w in caps_dict if farm_like(w)})
    given |= patronymic_given
    foreign = {n for n in given if n not in cur_given or f_given.get(n) not in NORDIC_LOCALES}
    given |= {ascii_fold(n) for n in foreign if ascii_fold(n) != n and len(ascii_fold(n)) >= 2}
    # Hand-curated names stay even when they double as a month abbreviation or another
    # capitalised word ("Jan", "Mai"): the matcher weighs that ambiguity, not the list.
    given -= (negatives - cur_given)

    # family names
    farm, pats = farm_and_patronymic_names(words, nordic_male | {
        n for n in cur_given if n in read_curated_words("given_names_no.lst")}, given, ordinary, places)
    family = cur_family | set(f_family) | farm | pats
    family |= {ascii_fold(n) for n in (set(f_family) | cur_family) if ascii_fold(n) != n}
    family -= (negatives - cur_family)

    # name words: names that are also ordinary lowercase Norwegian words
    name_words = {n for n in given | family if n.lower() in lower_words}

    hdr = lambda *l: list(l)
    fv, dv, gv = FAKER[1], DIAG[1], GENDER[1]
    write_list(HERE / "given_names.txt", hdr(
        "Given names (capital initial), one per line; foreign names also in ASCII-folded spelling.",
        f"Sources: @faker-js/faker {fv} (MIT), gender-detection-from-name {gv} (MIT), Debian wnorwegian",
        "(GPL-2+, used only as a filter), curated/given_names_*.lst (project-written, GPL-3.0-or-later).",
        "Licence of this file: GPL-3.0-or-later. Generated by build_lexicons.py; see README.md."), given)
    write_list(HERE / "family_names.txt", hdr(
        "Family names (capital initial), one per line: Norwegian, farm, Sami and immigrant names.",
        f"Sources: @faker-js/faker {fv} (MIT), Debian wnorwegian {WNORWEGIAN[1]} (GPL-2+: farm names,",
        "patronymics), curated/family_names_*.lst (project-written, GPL-3.0-or-later).",
        "Licence of this file: GPL-3.0-or-later. Generated by build_lexicons.py; see README.md."), family)
    write_list(HERE / "name_words.txt", hdr(
        "Names from given_names.txt/family_names.txt that are also ordinary lowercase Norwegian",
        f"words (bokmål or nynorsk, Debian wnorwegian {WNORWEGIAN[1]}, GPL-2+): weak name evidence.",
        "Licence of this file: GPL-3.0-or-later. Generated by build_lexicons.py; see README.md."),
        name_words)
    write_list(HERE / "common_capitalised.txt", hdr(
        "Capitalised non-name words common in letters (greetings, institutions, roles, document",
        "words, months, weekdays). Source: curated/common_capitalised.lst + month_day.lst",
        "(project-written). Licence: GPL-3.0-or-later. Generated by build_lexicons.py."),
        common_cap | {w for w in month_day if w[:1].isupper()})
    write_list(HERE / "month_day.txt", hdr(
        "Months and weekdays in bokmål and nynorsk (lowercase and capitalised), abbreviations.",
        "Source: curated/month_day.lst (project-written). Licence: GPL-3.0-or-later.",
        "Generated by build_lexicons.py."), month_day)
    write_list(HERE / "organisations.txt", hdr(
        "Hospitals, health trusts, public bodies and streets whose names contain or look like",
        "person names. Source: curated/organisations.lst (project-written, public knowledge).",
        "Licence: GPL-3.0-or-later. Generated by build_lexicons.py."),
        read_curated_lines("organisations.lst"))
    write_list(HERE / "places.txt", hdr(
        "Places: countries, Norwegian counties, regions and municipalities, world cities, one word each,",
        f"so that a lone \"Israel\" or \"Voss\" is not taken for a person. Sources: {ISO[0]} {ISO[1]} (MIT;",
        "nb/nn/no country names), curated/places.lst, places_no.lst, cities.lst (project-written).",
        "Licence of this file: GPL-3.0-or-later. Generated by build_lexicons.py; see README.md."), places)
    write_list(HERE / "street_suffixes.txt", hdr(
        "Street/place words that follow a name in addresses (bokmål and nynorsk).",
        "Source: curated/street_suffixes.lst (project-written). Licence: GPL-3.0-or-later.",
        "Generated by build_lexicons.py."), read_curated_words("street_suffixes.lst"))

    # health terms
    diag_terms = diagnosis_terms(diag_rows, words)
    rows = health_terms(words, diag_terms)
    lines = [
        "# Norwegian health terms and other special-category words for journalvakt.",
        f"# Sources: {DIAG[0]} {dv} (MIT; ICD-10/ICPC-2 titles), curated/health_terms.lst",
        f"# (project-written), inflections attested in Debian wnorwegian {WNORWEGIAN[1]} (GPL-2+).",
        "# Licence: GPL-3.0-or-later. Generated by build_lexicons.py; see README.md.",
        "# columns: term<TAB>category<TAB>source[<TAB>1 if weak]",
    ]
    for term in sorted(rows, key=sort_key):
        c, s, w = rows[term]
        lines.append("\t".join([term, c, s] + (["1"] if w else [])))
    (HERE / "health_terms.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    lines = [
        "# ICD-10 and ICPC-2 codes with Norwegian titles.",
        f"# Source: {DIAG[0]} {dv} (MIT); ICD-10 codes of the form A000/M8312 are dotted (A00.0,",
        "# M83.12); codes with letters after position 3 (Norwegian extensions, e.g. X8nxy) are kept as is.",
        "# Licence: GPL-3.0-or-later (as the project). Generated by build_lexicons.py.",
        "# columns: code<TAB>system<TAB>title",
    ]
    seen = set()
    for code, system, title in diag_rows:
        if (code, system) in seen:
            continue
        seen.add((code, system))
        lines.append(f"{code}\t{system}\t{title}")
    (HERE / "diagnosis_codes.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---- self-check -----------------------------------------------------------------------------
def self_check():
    ok = True
    total = 0
    counts = {}

    def fail(msg):
        nonlocal ok
        ok = False
        print("FAIL:", msg)

    for name, minimum in MIN_COUNTS.items():
        p = HERE / name
        if not p.exists():
            fail(f"{name} missing")
            continue
        raw = p.read_bytes()
        total += len(raw)
        text = raw.decode("utf-8")
        if nfc(text) != text:
            fail(f"{name}: not NFC")
        entries = []
        header = 0
        for i, line in enumerate(text.split("\n")[:-1], 1):
            if line.startswith("#"):
                header += 1
                continue
            if not line.strip():
                fail(f"{name}:{i}: empty line")
            if line != line.strip():
                fail(f"{name}:{i}: surrounding whitespace")
            if name.endswith(".tsv"):
                cols = line.split("\t")
                n_ok = len(cols) in ((3, 4) if name == "health_terms.tsv" else (3,))
                if not n_ok or any(not c for c in cols) or (len(cols) == 4 and cols[3] != "1"):
                    fail(f"{name}:{i}: bad columns {cols!r}")
                entries.append(cols[0] if name == "health_terms.tsv" else (cols[0], cols[1]))
            else:
                entries.append(line)
        if not 3 <= header <= 6:
            fail(f"{name}: header has {header} comment lines")
        if len(entries) != len(set(entries)):
            fail(f"{name}: {len(entries) - len(set(entries))} duplicates")
        if len(entries) < minimum:
            fail(f"{name}: {len(entries)} entries < {minimum}")
        counts[name] = len(entries)
    # health categories
    cats = {}
    if (HERE / "health_terms.tsv").exists():
        for line in (HERE / "health_terms.tsv").read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                c = line.split("\t")[1]
                cats[c] = cats.get(c, 0) + 1
        for c, m in HEALTH_MIN.items():
            if cats.get(c, 0) < m:
                fail(f"health_terms.tsv: {c} has {cats.get(c, 0)} < {m}")
    # name_words must be names
    def load(n):
        return {l for l in (HERE / n).read_text(encoding="utf-8").splitlines()
                if l and not l.startswith("#")}
    # (month_day.lst lives in curated/; reading it from here used to raise FileNotFoundError,
    # which skipped both checks.) Curated names that double as a month or weekday ("Jan",
    # "Mai") stay on purpose, see build().
    names = load("given_names.txt") | load("family_names.txt")
    if not load("name_words.txt") <= names:
        fail("name_words.txt has entries that are not in given/family names")
    curated_names = {n for f in ("given_names_no.lst", "given_names_sami.lst",
                                 "given_names_immigrant.lst", "family_names_no.lst",
                                 "family_names_immigrant.lst") for n in read_curated_words(f)}
    month_day = {v for w in read_curated_words("month_day.lst") for v in (w, w[:1].upper() + w[1:])}
    stray = sorted((names & month_day) - curated_names)
    if stray:
        fail(f"month/day words in name lists: {stray[:10]}")
    if total > MAX_TOTAL_BYTES:
        fail(f"total size {total} > {MAX_TOTAL_BYTES}")
    for n, c in counts.items():
        print(f"{n:24s} {c:7d}")
    print("health_terms categories:", ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    print(f"total bytes {total}")
    print("self-check:", "OK" if ok else "FAILED")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only run the self-check")
    a = ap.parse_args()
    if not a.check:
        build()
    sys.exit(0 if self_check() else 1)


if __name__ == "__main__":
    main()
