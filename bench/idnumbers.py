# SPDX-License-Identifier: GPL-3.0-or-later
"""Synthetic Norwegian identity numbers and look-alikes for journalvakt's test corpora.

Python 3 standard library only.  Shared by bench/gen_text_corpus.py and
corpora/make_text_fixtures.py.  The validity rules are the "rules" list of
corpora/vectors/fnr-vectors.json:

* 11 digits DDMMYYIIIKK;
* k1: (3,7,6,1,8,9,4,5,2 . d1..d9 + k1) mod 11 == 0 (classic) or 0..3 (2032 rule);
* k2: (5,4,3,2,7,6,5,4,3,2 . d1..d9,k1 + k2) mod 11 == 0;
* FH-number: first digit 8 or 9, no date, valid when the control digits are;
* D-number day+40, H-number month+40, NHN test month+65, Tenor test month+80;
* century table from the individual number; the birth date must exist.

It also holds a small *reference finder* (`reference_findings`) that re-implements
the layouts the scanner must find.  It is used only to verify generated corpora
(no accidental matches, every planted number found), never by the scanner.
"""

from __future__ import annotations

import datetime as _dt
import random
import re

W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
ORG_W = (3, 2, 7, 6, 5, 4, 3, 2)

TYPES = ("fodselsnummer", "d_nummer", "h_nummer", "fh_nummer", "test_number")
QUARANTINE_TYPES = ("fodselsnummer", "d_nummer", "h_nummer", "fh_nummer")

LAYOUTS = (
    "plain",             # 01019012345
    "space_6_5",         # 010190 12345
    "dash_6_5",          # 010190-12345
    "dot_6_5",           # 010190.12345
    "groups_2_2_2_3_2",  # 01 01 90 123 45
    "groups_2_2_2_2_3",  # 10 04 87 44 732
    "dash_2_2_2_5",      # 13-04-99-58441
    "linebreak_6_5",     # 010190\n12345   (optionally spaces/indent around the newline)
    "linebreak_inside",  # 0101901\n2345   (split anywhere inside a plain run)
)


# --------------------------------------------------------------------------- validity

def _dot(weights, digits):
    return sum(w * (ord(c) - 48) for w, c in zip(weights, digits))


def checksums_ok(d: str) -> bool:
    if (_dot(W1, d[:9]) + ord(d[9]) - 48) % 11 not in (0, 1, 2, 3):
        return False
    return (_dot(W2, d[:10]) + ord(d[10]) - 48) % 11 == 0


def classify(d: str):
    """Type name of a valid identity number (11 ASCII digits), else None."""
    if len(d) != 11 or not d.isascii() or not d.isdigit():
        return None
    if not checksums_ok(d):
        return None
    if d[0] in "89":
        return "fh_nummer"
    day, month, yy, ind = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6:9])
    dnr = hnr = test = False
    if day > 40:
        dnr, day = True, day - 40
    if 81 <= month <= 92:
        test, month = True, month - 80
    elif 66 <= month <= 77:
        test, month = True, month - 65
    elif 41 <= month <= 52:
        hnr, month = True, month - 40
    if ind <= 499:
        year = 1900 + yy
    elif ind <= 749 and yy >= 54:
        year = 1800 + yy
    elif ind >= 500 and yy <= 39:
        year = 2000 + yy
    elif ind >= 900 and yy >= 40:
        year = 1900 + yy
    else:
        return None
    try:
        _dt.date(year, month, day)
    except ValueError:
        return None
    if test:
        return "test_number"
    if dnr:
        return "d_nummer"
    if hnr:
        return "h_nummer"
    return "fodselsnummer"


def digits_only(s: str) -> str:
    return "".join(c for c in s if "0" <= c <= "9")


# --------------------------------------------------------------------------- generation

_D0 = _dt.date(1930, 1, 1).toordinal()
_D1 = _dt.date(2024, 12, 31).toordinal()


def _control_digits(rng: random.Random, nine: str, rule: str):
    s1 = _dot(W1, nine)
    if rule == "2032":
        k1 = (rng.choice((1, 2, 3)) - s1) % 11
    else:
        k1 = (-s1) % 11
    if k1 > 9:
        return None
    ten = nine + chr(48 + k1)
    k2 = (-_dot(W2, ten)) % 11
    if k2 > 9:
        return None
    return ten + chr(48 + k2)


def make_number(rng: random.Random, kind: str = "fodselsnummer", rule: str = "classic",
                variant: str | None = None) -> str:
    """A valid synthetic identity number of `kind` (one of TYPES).

    rule: "classic" (k1 remainder 0) or "2032" (k1 remainder 1..3 only).
    variant for d_nummer: "d" or "d+h"; for test_number: "tenor", "nhn" or "d+tenor".
    """
    while True:
        if kind == "fh_nummer":
            nine = rng.choice("89") + "".join(rng.choice("0123456789") for _ in range(8))
        else:
            date = _dt.date.fromordinal(rng.randint(_D0, _D1))
            day, month, yy = date.day, date.month, date.year % 100
            if date.year >= 2000:
                ind = rng.randint(500, 999)
            elif date.year >= 1940 and rng.random() < 0.15:
                ind = rng.randint(900, 999)
            else:
                ind = rng.randint(0, 499)
            v = variant
            if kind == "d_nummer":
                v = v or rng.choice(("d", "d", "d", "d+h"))
                day += 40
                if v == "d+h":
                    month += 40
            elif kind == "h_nummer":
                month += 40
            elif kind == "test_number":
                v = v or rng.choice(("tenor", "tenor", "tenor", "nhn", "d+tenor"))
                month += 65 if v == "nhn" else 80
                if v == "d+tenor":
                    day += 40
            nine = "%02d%02d%02d%03d" % (day, month, yy, ind)
        num = _control_digits(rng, nine, rule)
        if num is None:
            continue
        assert classify(num) == kind, (num, kind)
        return num


def fmt_layout(d: str, layout: str, rng: random.Random | None = None, split: int | None = None,
               before_nl: str = "", after_nl: str = "") -> str:
    """Write 11 digits in one of LAYOUTS."""
    if layout == "plain":
        return d
    if layout == "space_6_5":
        return d[:6] + " " + d[6:]
    if layout == "dash_6_5":
        return d[:6] + "-" + d[6:]
    if layout == "dot_6_5":
        return d[:6] + "." + d[6:]
    if layout == "groups_2_2_2_3_2":
        return " ".join((d[0:2], d[2:4], d[4:6], d[6:9], d[9:11]))
    if layout == "groups_2_2_2_2_3":
        return " ".join((d[0:2], d[2:4], d[4:6], d[6:8], d[8:11]))
    if layout == "dash_2_2_2_5":
        return "-".join((d[0:2], d[2:4], d[4:6], d[6:11]))
    if layout in ("linebreak_6_5", "linebreak_inside"):
        if split is None:
            split = 6 if layout == "linebreak_6_5" else (rng.choice((1, 2, 3, 4, 5, 7, 8, 9, 10)) if rng else 7)
        if rng is not None and not before_nl and not after_nl:
            before_nl = rng.choice(("", "", "", " "))
            after_nl = rng.choice(("", "", "  ", "    "))
        return d[:split] + before_nl + "\n" + after_nl + d[split:]
    raise ValueError(layout)


# --------------------------------------------------------------------------- look-alikes

def _rdig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_account(rng: random.Random) -> str:
    """11-digit Norwegian bank account number, MOD11 (5,4,3,2,7,6,5,4,3,2)."""
    while True:
        ten = rng.choice(("1503", "1506", "1594", "1607", "1813", "2050", "3000", "3201", "6011",
                          "7874", "8601", "9710", "9235", "1254", "0540", "1822", "4202")) + _rdig(rng, 6)
        c = (-_dot(W2, ten)) % 11
        if c <= 9:
            return ten + chr(48 + c)


def fmt_account(a: str, style: str) -> str:
    if style == "dots":
        return "%s.%s.%s" % (a[:4], a[4:6], a[6:])
    if style == "spaces":
        return "%s %s %s" % (a[:4], a[4:6], a[6:])
    return a


def make_orgnr(rng: random.Random) -> str:
    while True:
        eight = rng.choice("89") + _rdig(rng, 7)
        c = (-_dot(ORG_W, eight)) % 11
        if c <= 9:
            return eight + chr(48 + c)


def fmt_orgnr(o: str, spaced: bool) -> str:
    return "%s %s %s" % (o[:3], o[3:6], o[6:]) if spaced else o


def make_phone(rng: random.Random, style: str) -> str:
    if style == "landline":      # 21 49 50 70
        d = rng.choice("234567") + _rdig(rng, 7)
        return " ".join((d[0:2], d[2:4], d[4:6], d[6:8]))
    if style == "mobile":        # 915 12 345
        d = rng.choice("49") + _rdig(rng, 7)
        return "%s %s %s" % (d[:3], d[3:5], d[5:])
    if style == "mobile_cc":     # +47 915 12 345
        return "+47 " + make_phone(rng, "mobile")
    if style == "landline_cc":   # (+47) 22 33 44 55
        return "(+47) " + make_phone(rng, "landline")
    raise ValueError(style)


def make_case_number(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "%d/%05d-%d" % (rng.randint(2015, 2025), rng.randint(1, 99999), rng.randint(1, 40))
    return "%02d/%05d-%d" % (rng.randint(15, 25), rng.randint(1, 99999), rng.randint(1, 40))


def _luhn_digit(body: str) -> int:
    total = 0
    for i, c in enumerate(reversed(body)):
        v = ord(c) - 48
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return (10 - total % 10) % 10


def make_kid(rng: random.Random, length: int | None = None) -> str:
    """KID number (7..25 digits) with a MOD10 (Luhn) or MOD11 check digit.

    Never an 11-digit string that is a valid identity number."""
    while True:
        n = length or rng.choice((7, 8, 9, 10, 11, 11, 12, 13, 14, 15, 16, 18, 20, 25))
        body = rng.choice("123456789") + _rdig(rng, n - 2)
        if rng.random() < 0.5:
            kid = body + str(_luhn_digit(body))
        else:
            w = [2 + (i % 6) for i in range(len(body))]  # 2,3,4,5,6,7 from the right
            s = sum(wi * (ord(c) - 48) for wi, c in zip(w, reversed(body)))
            c = (-s) % 11
            if c == 10:
                continue
            kid = body + str(c)
        if len(kid) == 11 and classify(kid):
            continue
        return kid


def make_amount(rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:   # kr 1 234 567,50
        v = rng.randint(1_000_000, 9_999_999)
        s = "{:,}".format(v).replace(",", " ")
        return "kr %s,%02d" % (s, rng.randint(0, 99))
    if style == 1:   # 12 345 678,00
        v = rng.randint(10_000_000, 99_999_999)
        return "{:,}".format(v).replace(",", " ") + ",00"
    if style == 2:   # kr 45 300,-
        return "kr " + "{:,}".format(rng.randint(1000, 999_999)).replace(",", " ") + ",-"
    return "NOK " + "{:,}".format(rng.randint(100_000, 99_999_999)).replace(",", " ")


MONTHS_NB = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
             "september", "oktober", "november", "desember")


def make_date(rng: random.Random) -> str:
    d = _dt.date.fromordinal(rng.randint(_dt.date(1930, 1, 1).toordinal(), _dt.date(2025, 12, 31).toordinal()))
    style = rng.randrange(3)
    if style == 0:
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == 1:
        return d.isoformat()
    return "%d. %s %d" % (d.day, MONTHS_NB[d.month - 1], d.year)


def make_isbn13(rng: random.Random) -> str:
    body = "97882" + rng.choice(("05", "02", "03", "15", "21", "41", "52")) + _rdig(rng, 5)
    s = sum((1 if i % 2 == 0 else 3) * (ord(c) - 48) for i, c in enumerate(body))
    c = (10 - s % 10) % 10
    return "%s-%s-%s-%s-%d" % (body[:3], body[3:5], body[5:7], body[7:12], c)


def make_isbn10(rng: random.Random) -> str:
    while True:
        body = "82" + rng.choice(("05", "02", "03", "15", "21", "41", "52")) + _rdig(rng, 5)
        s = sum((10 - i) * (ord(c) - 48) for i, c in enumerate(body))
        c = (-s) % 11
        if c == 10:
            continue  # avoid the X check digit to keep it a pure digit look-alike
        return "%s-%s-%s-%d" % (body[:2], body[2:4], body[4:9], c)


def make_ean13(rng: random.Random) -> str:
    body = rng.choice(("70", "70", "73", "57", "40")) + _rdig(rng, 10)
    s = sum((1 if i % 2 == 0 else 3) * (ord(c) - 48) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def make_long_run(rng: random.Random) -> str:
    """12..20 digit run that contains a valid 11-digit identity number window."""
    d = make_number(rng, rng.choice(("fodselsnummer", "fodselsnummer", "d_nummer", "fh_nummer")))
    extra = rng.randint(1, 9)
    k = rng.randint(0, extra)
    return _rdig(rng, k) + d + _rdig(rng, extra - k)


def make_invalid(rng: random.Random) -> str:
    """11 digits that look like a fødselsnummer but fail the checks."""
    while True:
        d = make_number(rng, "fodselsnummer")
        i = rng.choice((9, 10, 10, 3, 0))
        bad = d[:i] + str((int(d[i]) + rng.randint(1, 9)) % 10) + d[i + 1:]
        if classify(bad) is None:
            return bad


# --------------------------------------------------------------------------- reference finder

_NB = rb"(?<![0-9A-Za-z\x80-\xff])"
_NA = rb"(?![0-9A-Za-z\x80-\xff])"
_RE_PLAIN = re.compile(_NB + rb"\d{11}" + _NA)
_RE_65 = re.compile(_NB + rb"\d{6}([ .\-])\d{5}" + _NA)
_RE_G23232 = re.compile(_NB + rb"\d\d([ .\-])\d\d\1\d\d\1\d{3}\1\d\d" + _NA)
_RE_G22223 = re.compile(_NB + rb"\d\d([ .\-])\d\d\1\d\d\1\d\d\1\d{3}" + _NA)
_RE_G2225 = re.compile(_NB + rb"\d\d([ .\-])\d\d\1\d\d\1\d{5}" + _NA)
_RE_LB = re.compile(_NB + rb"(\d{1,10})[ \t]*\r?\n[ \t]*(\d{1,10})" + _NA)
# a number directly labelled as an account number: "Kontonr. " / "kontonummer " right before it
_RE_LABEL = re.compile(rb"(?:kontonr\.|kontonummer) ?\Z", re.I)
_RE_DIGIT_NL_DIGIT = re.compile(rb"\d[ \t]*\r?\n[ \t]*\d")


def reference_findings(data: bytes):
    """Yield (start, end, type) for every identity number the scanner is specified to find
    in UTF-8/ASCII `data` (byte offsets, end exclusive)."""
    out = {}

    def add(s, e):
        d = re.sub(rb"\D", b"", data[s:e]).decode()
        t = classify(d)
        if t is None:
            return
        if _RE_LABEL.search(data[max(0, s - 20):s]):
            return
        out[(s, e)] = t

    for m in _RE_PLAIN.finditer(data):
        add(m.start(), m.end())
    for rx in (_RE_65, _RE_G23232, _RE_G22223, _RE_G2225):
        for m in rx.finditer(data):
            s, e, sep = m.start(), m.end(), m.group(1)
            if s >= 2 and data[s - 1:s] == sep and data[s - 2:s - 1].isdigit():
                continue
            if data[e:e + 1] == sep and data[e + 1:e + 2].isdigit():
                continue
            add(s, e)
    for m in _RE_LB.finditer(data):
        if len(m.group(1)) + len(m.group(2)) == 11:
            add(m.start(), m.end())
    return sorted((s, e, t) for (s, e), t in out.items())


def digit_newline_digit(data: bytes):
    """Offsets where a digit, optional blanks, a newline, optional blanks and a digit meet."""
    return [m.start() for m in _RE_DIGIT_NL_DIGIT.finditer(data)]
