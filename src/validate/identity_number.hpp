#pragma once
#include <string>
#include <string_view>

namespace jv {

// What a Norwegian identity number is, once its eleven digits check out.
enum class IdentityKind { fnr, dnr, hnr, dnr_hnr, fh, tenor, nhn_test };

struct IdentityCheck {
    bool valid = false;
    IdentityKind kind = IdentityKind::fnr;
    bool only_under_2032_rule = false;  // k1 passes only with the relaxed remainder 1..3
    std::string birth_date;             // ISO date with D/H/test offsets removed; empty for FH
    std::string reason;                 // first failing check when invalid: length, format, k1, k2, day, month, century, date
};

// Checks eleven ASCII digits against the published rules: both control digits (the first
// under the classic rule or the 2032 relaxation), the individual-number century table and
// a real birth date (D: day+40, H: month+40, NHN test: month+65, Tenor test: month+80;
// FH: first digit 8 or 9, no date). The date is not compared with today.
IdentityCheck check_identity_number(std::string_view digits);

// The report type for a kind: fodselsnummer, d_nummer, h_nummer, fh_nummer, test_number.
std::string_view finding_type(IdentityKind kind);
std::string_view to_string(IdentityKind kind);

}  // namespace jv
