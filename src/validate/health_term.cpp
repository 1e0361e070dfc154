#include "validate/health_term.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "normalize/case_fold.hpp"
#include "core/utf8.hpp"

namespace jv {

namespace {

// Hits ordered by start, the longest first at each start, so "psykiatrisk avdeling"
// wins over "avdeling" and "F20.0" over "F20".
std::vector<Span> longest_first(const std::vector<Span>& hits) {
    std::vector<Span> sorted = hits;
    std::sort(sorted.begin(), sorted.end(), [](Span a, Span b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    return sorted;
}

struct TermInfo {
    std::string category;
    bool weak = false;
};

std::unordered_set<std::string> folded_list(const Rule& rule, const std::string& name) {
    std::unordered_set<std::string> out;
    const auto it = rule.lexicons.find(name);
    if (it != rule.lexicons.end())
        for (const auto& e : it->second.entries) out.insert(fold_case(e));
    return out;
}

class HealthTermValidator final : public Validator {
public:
    explicit HealthTermValidator(const Rule& rule)
        : inflection_endings_(folded_list(rule, "inflection_endings")),
          non_health_tails_(folded_list(rule, "non_health_tails")),
          non_health_next_words_(folded_list(rule, "non_health_next_words")),
          compound_categories_(folded_list(rule, "compound_categories")),
          unreported_categories_(folded_list(rule, "unreported_categories")) {
        for (const auto& words : folded_list(rule, "unit_words_before")) {
            units_before_.push_back(words + " ");
            // The word all of them end in, if they share one ("for"); else none is asked first.
            const std::string last = words.substr(words.rfind(' ') + 1);
            last_word_of_units_ = units_before_.size() == 1 || last == last_word_of_units_ ? last : "";
        }
        const auto it = rule.lexicons.find("health");
        if (it == rule.lexicons.end()) return;
        for (const auto& cols : it->second.columns) {
            TermInfo info;
            info.category = cols.size() > 1 ? cols[1] : "condition";
            info.weak = cols.size() > 3 && cols[3] == "1";
            terms_.emplace(fold_case(cols[0]), std::move(info));
        }
    }

    std::vector<Confirmed> validate(std::string_view t, const std::vector<Span>& hits) const override {
        const std::vector<Span> sorted = longest_first(hits);
        std::vector<Confirmed> out;
        std::size_t consumed = 0;
        for (const Span& hit : sorted) {
            if (hit.begin < consumed) continue;
            if (is_alnum(code_point_before(t, hit.begin))) continue;  // not at a word start
            const auto info = terms_.find(fold_case(t.substr(hit.begin, hit.size())));
            if (info == terms_.end()) continue;
            const bool glued = is_letter(code_point_at(t, hit.end));
            // An institution's name ("Klinikk for psykisk helsevern") is no health information:
            // it swallows the terms inside it and is not reported.
            if (!glued && unreported_categories_.count(info->second.category) != 0) {
                consumed = hit.end;
                continue;
            }
            // A short word inside a longer one ("slag" in "slagord", "ME" in "men") says nothing.
            if (glued && hit.size() < 6) continue;
            // The end of the word the hit ends in (its last word, for a term of several words).
            const std::size_t word_end = glued ? word_at(t, char_start(t, hit.end - 1)).end : hit.end;
            const std::string rest = fold_case(t.substr(hit.end, word_end - hit.end));
            // An ending the list lacks ("helsehjelpa", "Alzheimers") is the term itself.
            const bool inflected = glued && inflection_endings_.count(rest) != 0;
            const bool compound = glued && !inflected;
            if (compound && !compound_start(info->second, rest)) continue;
            if (followed_by_other_sense(t, word_end)) continue;
            Confirmed c;
            c.span = hit;
            c.span.end = word_end;
            c.type = "health_term";
            // A ward or unit is where people work as well as where patients lie ("stilling
            // ved akuttmottaket"): on its own it does not make a letter about someone's health.
            const bool place_of_care = info->second.category == "ward";
            // A term that names a unit says what the unit does, nothing of anyone.
            const bool unit = !place_of_care && names_a_unit(t, hit.begin);
            const bool weak = info->second.weak || unit;
            c.base_score = weak ? 0.3 : place_of_care ? 0.45 : compound ? 0.5 : 0.7;
            c.evidence.push_back("category:" + info->second.category);
            if (unit) c.evidence.push_back("unit-name");
            if (weak) c.evidence.push_back("general-sense-term");
            if (compound) c.evidence.push_back("compound");
            if (inflected) c.evidence.push_back("inflected");
            c.masked = std::string(t.substr(c.span.begin, c.span.size()));
            consumed = c.span.end;
            out.push_back(std::move(c));
        }
        return out;
    }

private:
    // A term may start a longer word only when that word stays about health: not weak ("pasient" -> "pasientreise",
    // "fødsel" -> "fødselsnummer"), of a category that forms health compounds (a diagnosis or
    // condition: "diabeteskontroll", "demensteamet"; a treatment, a drug), and not followed
    // (after a linking s or e) by a word that makes the compound money or paperwork
    // ("svangerskapspenger", "diagnosekode").
    bool compound_start(const TermInfo& info, std::string_view rest) const {
        if (info.weak || compound_categories_.count(info.category) == 0) return false;
        for (std::string_view tail : {rest, rest.substr(rest.empty() || (rest[0] != 's' && rest[0] != 'e') ? 0 : 1)})
            for (const auto& word : non_health_tails_)
                if (tail.substr(0, word.size()) == word) return false;
        return true;
    }

    // The word after a term gives it another sense ("utskrevet eiendomsskatt", "innlagt
    // vann og strøm").
    bool followed_by_other_sense(std::string_view t, std::size_t end) const {
        if (non_health_next_words_.empty() || end + 1 >= t.size() || t[end] != ' ') return false;
        const Span next = word_at(t, end + 1);
        return next.begin == end + 1 && non_health_next_words_.count(fold_case(t.substr(next.begin, next.size()))) != 0;
    }

    // The term names a unit, as a ward does ("avdeling for langtidsopphold", "senter for
    // sjeldne diagnosar"): the words before it end so (a line may break between).
    bool names_a_unit(std::string_view t, std::size_t begin) const {
        if (units_before_.empty() || begin == 0 || (t[begin - 1] != ' ' && t[begin - 1] != '\n')) return false;
        // (Every unit's words end in the same word, "for": a byte test spares most terms the fold.)
        const std::string_view last = last_word_of_units_;
        if (!last.empty() &&
            (begin < last.size() + 1 || fold_case(t.substr(begin - 1 - last.size(), last.size())) != last))
            return false;
        constexpr std::size_t kLongest = 40;
        const std::size_t from = begin > kLongest ? begin - kLongest : 0;
        std::string before = fold_case(t.substr(from, begin - from));
        std::replace_if(before.begin(), before.end(), [](char c) { return c == '\n' || c == '\t' || c == '\r'; }, ' ');
        return std::any_of(units_before_.begin(), units_before_.end(), [&](const std::string& words) {
            return before.ends_with(words) &&
                   (before.size() == words.size() || !is_alnum(code_point_before(before, before.size() - words.size())));
        });
    }

    std::vector<std::string> units_before_;  // "avdeling for ", folded
    std::string last_word_of_units_;         // "for", when every one ends so
    std::unordered_map<std::string, TermInfo> terms_;
    std::unordered_set<std::string> inflection_endings_, non_health_tails_, non_health_next_words_, compound_categories_,
        unreported_categories_;
};

class DiagnosisCodeValidator final : public Validator {
public:
    explicit DiagnosisCodeValidator(const Rule& rule) : shape_(R"(([A-Z])(\d{2})(?:\.(\d{1,2}))?)") {
        const auto it = rule.lexicons.find("codes");
        if (it == rule.lexicons.end()) return;
        for (const auto& cols : it->second.columns) {
            const std::string system = cols.size() > 1 ? cols[1] : "";
            codes_.emplace(cols[0], std::make_pair(system, cols.size() > 2 ? cols[2] : ""));
            // The list holds leaf codes (E11.9); the category (E11) is a code too.
            const auto dot = cols[0].find('.');
            if (dot != std::string::npos) codes_.emplace(cols[0].substr(0, dot), std::make_pair(system, std::string()));
        }
    }

    std::vector<Confirmed> validate(std::string_view t, const std::vector<Span>& hits) const override {
        const std::vector<Span> sorted = longest_first(hits);
        std::vector<Confirmed> out;
        std::size_t consumed = 0;
        for (const Span& hit : sorted) {
            if (hit.begin < consumed) continue;
            if (is_alnum(code_point_before(t, hit.begin)) || is_alnum(code_point_at(t, hit.end))) continue;
            // "-" or "/" glued before means a reference like "E-18" or "A/S12": not a code.
            if (hit.begin > 0 && (t[hit.begin - 1] == '-' || t[hit.begin - 1] == '/')) continue;
            std::string letter, number, sub;
            if (!RE2::FullMatch(re2::StringPiece(t.data() + hit.begin, hit.size()), shape_, &letter, &number, &sub))
                continue;
            const std::string code = letter + number + (sub.empty() ? "" : "." + sub);
            const auto found = codes_.find(code);
            if (found == codes_.end()) continue;
            Confirmed c;
            c.span = hit;
            c.type = "diagnosis_code";
            // The dotted form is unmistakably ICD-10; a bare code needs its context.
            c.base_score = sub.empty() ? 0.3 : 0.55;
            c.evidence.push_back("code:" + found->second.first);
            if (!found->second.second.empty()) c.evidence.push_back("title:" + found->second.second);
            c.masked = code;
            consumed = hit.end;
            out.push_back(std::move(c));
        }
        return out;
    }

private:
    RE2 shape_;
    std::unordered_map<std::string, std::pair<std::string, std::string>> codes_;  // code -> system, title
};

}  // namespace

std::unique_ptr<Validator> make_health_term_validator(const Rule& rule) {
    return std::make_unique<HealthTermValidator>(rule);
}

std::unique_ptr<Validator> make_diagnosis_code_validator(const Rule& rule) {
    return std::make_unique<DiagnosisCodeValidator>(rule);
}

}  // namespace jv
