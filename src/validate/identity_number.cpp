#include "validate/identity_number.hpp"

#include <array>
#include <cstdio>
#include <optional>

namespace jv {

namespace {

constexpr std::array<int, 9> kWeightsK1{3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr std::array<int, 10> kWeightsK2{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

int digit(std::string_view s, std::size_t i) { return s[i] - '0'; }
int two_digits(std::string_view s, std::size_t i) { return digit(s, i) * 10 + digit(s, i + 1); }

// Remainder of the first control sum; 0 is the classic rule, 1..3 the 2032 relaxation.
int k1_remainder(std::string_view d) {
    int sum = 0;
    for (std::size_t i = 0; i < kWeightsK1.size(); ++i) sum += kWeightsK1[i] * digit(d, i);
    return (sum + digit(d, 9)) % 11;
}

bool k2_ok(std::string_view d) {
    int sum = 0;
    for (std::size_t i = 0; i < kWeightsK2.size(); ++i) sum += kWeightsK2[i] * digit(d, i);
    return (sum + digit(d, 10)) % 11 == 0;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

std::optional<int> full_year(int yy, int individual) {
    if (individual <= 499) return 1900 + yy;
    if (individual <= 749 && yy >= 54) return 1800 + yy;
    if (individual >= 500 && yy <= 39) return 2000 + yy;
    if (individual >= 900 && yy >= 40) return 1900 + yy;
    return std::nullopt;
}

struct MonthRange {
    int month;
    bool h = false;
    bool nhn = false;
    bool tenor = false;
};

std::optional<MonthRange> decode_month(int mm) {
    if (mm >= 1 && mm <= 12) return MonthRange{mm};
    if (mm >= 41 && mm <= 52) return MonthRange{mm - 40, true};
    if (mm >= 66 && mm <= 77) return MonthRange{mm - 65, false, true};
    if (mm >= 81 && mm <= 92) return MonthRange{mm - 80, false, false, true};
    return std::nullopt;
}

IdentityCheck invalid(const char* reason) {
    IdentityCheck c;
    c.reason = reason;
    return c;
}

IdentityKind kind_of(bool d, const MonthRange& m) {
    if (m.tenor) return IdentityKind::tenor;
    if (m.nhn) return IdentityKind::nhn_test;
    if (d && m.h) return IdentityKind::dnr_hnr;
    if (d) return IdentityKind::dnr;
    if (m.h) return IdentityKind::hnr;
    return IdentityKind::fnr;
}

}  // namespace

IdentityCheck check_identity_number(std::string_view d) {
    if (d.size() != 11) return invalid("length");
    for (char c : d)
        if (c < '0' || c > '9') return invalid("format");
    const int remainder = k1_remainder(d);
    if (remainder > 3) return invalid("k1");
    if (!k2_ok(d)) return invalid("k2");

    IdentityCheck check;
    check.only_under_2032_rule = remainder != 0;
    if (digit(d, 0) >= 8) {
        check.valid = true;
        check.kind = IdentityKind::fh;
        return check;
    }
    int day = two_digits(d, 0);
    const bool d_number = day >= 41;
    if (d_number) day -= 40;
    if (day < 1 || day > 31) return invalid("day");
    const auto month = decode_month(two_digits(d, 2));
    if (!month) return invalid("month");
    const auto year = full_year(two_digits(d, 4), digit(d, 6) * 100 + two_digits(d, 7));
    if (!year) return invalid("century");
    if (day > days_in_month(*year, month->month)) return invalid("date");

    check.valid = true;
    check.kind = kind_of(d_number, *month);
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", *year, month->month, day);
    check.birth_date = iso;
    return check;
}

std::string_view finding_type(IdentityKind kind) {
    switch (kind) {
        case IdentityKind::fnr: return "fodselsnummer";
        case IdentityKind::dnr:
        case IdentityKind::dnr_hnr: return "d_nummer";
        case IdentityKind::hnr: return "h_nummer";
        case IdentityKind::fh: return "fh_nummer";
        case IdentityKind::tenor:
        case IdentityKind::nhn_test: return "test_number";
    }
    return "fodselsnummer";
}

std::string_view to_string(IdentityKind kind) {
    switch (kind) {
        case IdentityKind::fnr: return "fnr";
        case IdentityKind::dnr: return "dnr";
        case IdentityKind::hnr: return "hnr";
        case IdentityKind::dnr_hnr: return "dnr+hnr";
        case IdentityKind::fh: return "fh";
        case IdentityKind::tenor: return "tenor";
        case IdentityKind::nhn_test: return "nhn_test";
    }
    return "fnr";
}

}  // namespace jv
