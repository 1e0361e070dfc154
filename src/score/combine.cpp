#include "score/combine.hpp"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "core/lines.hpp"
#include "core/utf8.hpp"
#include "core/words.hpp"
#include "normalize/case_fold.hpp"
#include "score/score.hpp"

namespace jv {

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

bool has_evidence_prefix(const Finding& f, std::string_view prefix) {
    return std::any_of(f.evidence.begin(), f.evidence.end(),
                       [&](const std::string& e) { return e.compare(0, prefix.size(), prefix) == 0; });
}

// The evidence a role word beside a name leaves (score/score.cpp writes it).
constexpr std::string_view kRoleEvidence = "negative-keyword:";

bool is_official(const Finding& f) {
    if (has_evidence_prefix(f, "allowlisted") || has_evidence_prefix(f, "staff-address")) return true;
    // A form's field for a private person ("Tilsett: M. K. Fjærli") names one, whatever
    // role stands beside it ("Stilling: Reinhaldar").
    if (has_evidence_prefix(f, "labelled-field")) return false;
    return has_evidence_prefix(f, kRoleEvidence) || has_evidence_prefix(f, "official-elsewhere") ||
           has_evidence_prefix(f, "listed-with-official");
}

// A name that may combine with health data: of a name type, scored enough, no official's.
bool private_person(const Finding& f, const CombinePolicy& p) {
    return contains(p.name_types, f.type) && score_reaches(f.score, p.min_name_score) && !is_official(f);
}

bool strong_health(const Finding& f, const CombinePolicy& p) {
    return contains(p.health_types, f.type) && score_reaches(f.score, p.min_health_score) &&
           !has_evidence_prefix(f, "general-sense-term");
}

std::size_t distance(const Finding& a, const Finding& b) {
    if (a.span.end <= b.span.begin) return b.span.begin - a.span.end;
    if (b.span.end <= a.span.begin) return a.span.begin - b.span.end;
    return 0;
}

void raise(Finding& f, Severity to, const std::string& why) {
    if (f.severity < to) f.severity = to;
    if (!contains(f.evidence, why)) f.evidence.push_back(why);
}

std::string single_spaced(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

// The sentence around `span`: it ends at . ! ? or a line break (not one of prose wrapped
// mid-sentence), and is read at most a few hundred bytes each way.
Span sentence_around(std::string_view text, Span span) {
    constexpr std::size_t kReach = 300;
    std::size_t begin = span.begin, end = span.end;
    const auto ends_sentence = [&](std::size_t at) {
        const char c = text[at];
        return c == '.' || c == '!' || c == '?' || (c == '\n' && !wrapped_line_before(text, at));
    };
    while (begin > 0 && span.begin - begin < kReach && !ends_sentence(begin - 1)) --begin;
    while (end < text.size() && end - span.end < kReach && !ends_sentence(end)) ++end;
    return {begin, end};
}

// Whether `sentence` has one of `words` (folded).
bool has_any_word(std::string_view text, Span sentence, const std::vector<std::string>& words) {
    std::size_t longest = 0;
    for (const auto& w : words) longest = std::max(longest, w.size());
    bool found = false;
    for_each_word(text.substr(sentence.begin, sentence.size()), [&](Span w) {
        if (found || w.size() > longest) return;
        found = contains(words, fold_case(text.substr(sentence.begin + w.begin, w.size())));
    });
    return found;
}

}  // namespace

void combine_evidence(std::vector<Finding>& findings, const CombinePolicy& p) {
    // Classify once; then, per part, find the health terms near each name by binary
    // search over their start offsets (documents can hold thousands of findings).
    std::map<std::string, std::vector<std::size_t>> health_by_part;
    bool document_has_health = false;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (!strong_health(findings[i], p)) continue;
        health_by_part[findings[i].part].push_back(i);
        document_has_health = true;
    }
    for (auto& [part, ids] : health_by_part)
        std::sort(ids.begin(), ids.end(),
                  [&](std::size_t a, std::size_t b) { return findings[a].span.begin < findings[b].span.begin; });
    for (Finding& f : findings)
        if (document_has_health && contains(p.identity_types, f.type) && f.severity >= Severity::high)
            raise(f, p.identity_with_health, "health-data-in-document");

    for (Finding& name : findings) {
        if (!private_person(name, p)) continue;
        if (has_evidence_prefix(name, "patient-label")) raise(name, p.name_with_health, "named-as-patient");
        if (has_evidence_prefix(name, "correspondent")) {  // a message's writer or reader: every part
            for (const auto& [other, ids] : health_by_part)
                for (const std::size_t id : ids) {
                    raise(name, p.name_with_health, "health-term-in-message");
                    raise(findings[id], p.name_with_health, "about-correspondent");
                }
            continue;
        }
        const auto part = health_by_part.find(name.part);
        if (part == health_by_part.end()) continue;
        const auto& ids = part->second;
        if (has_evidence_prefix(name, "addressee") || has_evidence_prefix(name, "letter-subject") ||
            has_evidence_prefix(name, "letter-writer")) {
            // The letter is about them throughout.
            raise(name, p.name_with_health, "health-term-in-letter");
            for (const std::size_t id : ids) raise(findings[id], p.name_with_health, "about-addressee");
        }
    }
}

namespace {

// Where each paragraph of `text` starts: after a blank line (spacing only between two
// line breaks). Agenda items, letter sections and table blocks are paragraphs.
std::vector<std::size_t> paragraph_starts(std::string_view text) {
    std::vector<std::size_t> starts{0};
    for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) {
        std::size_t next = at + 1;
        while (next < text.size() && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r')) ++next;
        if (next < text.size() && text[next] == '\n') starts.push_back(next + 1);
    }
    return starts;
}

std::size_t paragraph_of(const std::vector<std::size_t>& starts, std::size_t at) {
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), at) - starts.begin());
}

}  // namespace

void pair_names_with_health_nearby(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& p) {
    std::vector<std::size_t> health, names;  // indexes, by start
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (strong_health(findings[i], p)) health.push_back(i);
        else if (private_person(findings[i], p)) names.push_back(i);
    }
    if (health.empty() || names.empty()) return;
    const auto by_start = [&](std::size_t a, std::size_t b) { return findings[a].span.begin < findings[b].span.begin; };
    std::sort(health.begin(), health.end(), by_start);
    std::sort(names.begin(), names.end(), by_start);
    const std::vector<std::size_t> paragraphs = paragraph_starts(text);
    // Whether each health term's sentence has a pronoun: asked at most once per term.
    std::vector<signed char> pronoun(findings.size(), -1);
    const auto has_pronoun = [&](std::size_t id) {
        if (pronoun[id] < 0) pronoun[id] = has_any_word(text, sentence_around(text, findings[id].span), p.pronouns) ? 1 : 0;
        return pronoun[id] == 1;
    };
    constexpr std::size_t kLongestTerm = 256;  // no health term is longer: where a near one can start
    for (std::size_t n = 0; n < names.size(); ++n) {
        Finding& name = findings[names[n]];
        const std::size_t paragraph = paragraph_of(paragraphs, name.span.begin);
        // The next private person named after this one: a pronoun beyond it is theirs.
        const std::size_t next_name = n + 1 < names.size() ? findings[names[n + 1]].span.begin : text.size();
        const std::size_t from = name.span.begin > p.proximity_bytes + kLongestTerm
                                     ? name.span.begin - p.proximity_bytes - kLongestTerm
                                     : 0;
        auto it = std::lower_bound(health.begin(), health.end(), from,
                                   [&](std::size_t id, std::size_t off) { return findings[id].span.begin < off; });
        for (; it != health.end() && findings[*it].span.begin <= name.span.end + p.proximity_bytes; ++it) {
            Finding& term = findings[*it];
            if (distance(name, term) > p.proximity_bytes) continue;
            // In the same paragraph; in a later one only where the term's sentence goes on
            // about them by a pronoun, before anyone else is named ("... herr Hansen.\n\nHan
            // har diabetes"), not an agenda item or a section on something else.
            const bool same_paragraph = paragraph_of(paragraphs, term.span.begin) == paragraph;
            const bool referred_to = !same_paragraph && term.span.begin > name.span.end &&
                                     term.span.begin < next_name && has_pronoun(*it);
            if (!same_paragraph && !referred_to) continue;
            raise(name, p.name_with_health, "health-term-nearby");
            raise(term, p.name_with_health, "about-named-person");
        }
    }
}

void mark_officials_named_again(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& p) {
    const auto full_name = [&](const Finding& f) {
        return single_spaced(fold_case(text.substr(f.span.begin, f.span.size())));
    };
    // (Only names of two words or more: a hash set, since a long document names many.)
    const auto several_words = [&](const Finding& f) {
        return text.substr(f.span.begin, f.span.size()).find_first_of(" \n\t") != std::string_view::npos;
    };
    // The words of names: an official's, and a private person's named in full.
    const auto words_of = [](const std::string& name, std::unordered_set<std::string>& into) {
        for (std::size_t at = 0; at <= name.size();) {
            const std::size_t end = std::min(name.find(' ', at), name.size());
            into.insert(name.substr(at, end - at));
            at = end + 1;
        }
    };
    // Officials' names in full and their leading and trailing words ("lars henrik aune",
    // "lars henrik", "henrik aune", ...): a later mention may give the given names alone.
    std::unordered_set<std::string> official_names, official_words, private_words;
    std::vector<std::string> names(findings.size());  // folded, for the names only
    for (std::size_t i = 0; i < findings.size(); ++i)
        if (contains(p.name_types, findings[i].type)) names[i] = full_name(findings[i]);
    for (std::size_t i = 0; i < findings.size(); ++i)
        if (contains(p.name_types, findings[i].type) && several_words(findings[i]) && is_official(findings[i])) {
            const std::string& name = names[i];
            official_names.insert(name);
            for (std::size_t at = name.find(' '); at != std::string::npos; at = name.find(' ', at + 1)) {
                official_names.insert(name.substr(0, at));
                official_names.insert(name.substr(at + 1));
            }
            words_of(name, official_words);
        }
    if (official_names.empty()) return;
    const auto official_named = [&](const std::string& name) { return official_names.count(name) != 0; };
    // (A private person's name in full that is an official's named again is no private
    // person's: "Til: Kenneth Solli" in a quoted header below "Kenneth Solli <...@...>".)
    for (std::size_t i = 0; i < findings.size(); ++i)
        if (contains(p.name_types, findings[i].type) && several_words(findings[i]) && !is_official(findings[i]) &&
            !official_named(names[i]))
            words_of(names[i], private_words);
    for (std::size_t i = 0; i < findings.size(); ++i) {
        Finding& f = findings[i];
        if (!contains(p.name_types, f.type) || is_official(f)) continue;
        // A single word counts only where the validator took it for a mention of a name in
        // full ("... sier Hansen."), and no private person named in full shares it.
        const bool again = several_words(f) ? official_named(names[i])
                                            : has_evidence_prefix(f, "named-in-full-nearby") &&
                                                  official_words.count(names[i]) != 0 &&
                                                  private_words.count(names[i]) == 0;
        if (again) f.evidence.push_back("official-elsewhere");
    }
}

namespace {

// Whether `before` (the line up to a name) is one of `labels` and spacing, a colon too
// unless told not: "Gjelder: ", "Hei ".
bool subject_label_before(std::string_view before, const std::vector<std::string>& labels, bool colon = true) {
    const std::size_t first = before.find_first_not_of(" \t");
    if (first == std::string_view::npos) return false;
    const std::string line = fold_case(before.substr(first));
    return std::any_of(labels.begin(), labels.end(), [&](const std::string& label) {
        return line.size() > label.size() && line.compare(0, label.size(), label) == 0 &&
               line.find_first_not_of(colon ? " \t:" : " \t", label.size()) == std::string::npos;
    });
}

}  // namespace

void mark_letter_persons(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& p) {
    constexpr std::size_t kTop = 1500;      // the recipient block stands at the top of a letter
    constexpr std::size_t kBlockLines = 4;  // name, street or c/o lines, then the postcode line
    const auto blank = [](std::string_view s) { return s.find_first_not_of(" \t\r,") == std::string_view::npos; };
    for (Finding& f : findings) {
        if (f.span.begin > kTop || !private_person(f, p)) continue;
        const Span line = line_around(text, f.span.begin);
        const std::string_view before = text.substr(line.begin, f.span.begin - line.begin);
        const std::string_view after = text.substr(f.span.end, line.end - f.span.end);
        // (After a correspondent's name may come their address: "Kari Nordmann <kari@...>".)
        if (subject_label_before(before, p.correspondent_labels) &&
            (blank(after) || after.substr(0, 2) == " <" || after[0] == ',')) {
            f.evidence.push_back("correspondent");
            continue;
        }
        // (After the subject's name may come a birth date or a number: "Kari Nordmann, f. 1965".)
        if (subject_label_before(before, p.subject_labels) &&
            (blank(after) || after[0] == ',' || after.substr(0, 2) == " (")) {
            f.evidence.push_back("letter-subject");
            continue;
        }
        if (!blank(before)) continue;
        // The whole address on the name's line: "Gunnar Tveit, Bakkevegen 27, 5700 Voss".
        if (after.starts_with(", ")) {
            if (const std::size_t last = after.rfind(", "); postcode_line(after.substr(last + 2)))
                f.evidence.push_back("addressee");
            continue;
        }
        if (blank(after) && address_block_below(text, line.end, kBlockLines)) f.evidence.push_back("addressee");
    }
}

namespace {

// Whether the sentence around `span` speaks of the writer ("Jeg har fått diagnosen kols"):
// one of the first person's words, and none of the words of a case officer's decision
// ("Jeg har vurdert søknaden om sykehjemsplass").
bool sentence_about_writer(std::string_view text, Span span, const CombinePolicy& p) {
    const Span sentence = sentence_around(text, span);
    return has_any_word(text, sentence, p.first_person_words) && !has_any_word(text, sentence, p.decision_words);
}

// Whether every role cue of a name is a signature greeting (and it has one).
bool signed_with_greeting_only(const Finding& f, const std::vector<std::string>& greetings) {
    bool greeting = false;
    for (const auto& e : f.evidence) {
        if (e.compare(0, kRoleEvidence.size(), kRoleEvidence) != 0) continue;
        if (!contains(greetings, e.substr(kRoleEvidence.size()))) return false;
        greeting = true;
    }
    return greeting && !has_evidence_prefix(f, "allowlisted");
}

// Whether a strong health term of the part stands in a sentence in the first person.
bool health_in_first_person(std::string_view text, const std::vector<Finding>& findings, const CombinePolicy& p) {
    return !p.first_person_words.empty() && std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
        return strong_health(f, p) && sentence_about_writer(text, f.span, p);
    });
}

// The domain of the mail address right after `end` (" <kari@helse-bergen.no>"), folded;
// empty if none follows.
std::string mail_domain_after(std::string_view text, std::size_t end) {
    constexpr std::size_t kLongest = 120;
    const std::string_view after = text.substr(end, kLongest);
    if (!after.starts_with(" <")) return {};
    const std::size_t close = after.find('>'), at = after.find('@');
    if (close == std::string_view::npos || at == std::string_view::npos || at > close) return {};
    const std::string_view address = after.substr(2, close - 2);
    if (address.find_first_of(" \n") != std::string_view::npos) return {};
    return fold_case(after.substr(at + 1, close - at - 1));
}

// Whether `between` (from one name's end to the next's start) only lists: a tag in
// parentheses, then ", ", " og ", " and ", "; " or " & ".
bool only_a_list_separator(std::string_view between) {
    constexpr std::size_t kLongestTag = 40;
    if (between.starts_with(" (")) {
        const std::size_t close = between.find(')');
        if (close == std::string_view::npos || close > kLongestTag ||
            between.substr(0, close).find('\n') != std::string_view::npos)
            return false;
        between.remove_prefix(close + 1);
    }
    for (const std::string_view separator : {", ", " og ", ", og ", " and ", "; ", " & "})
        if (between == separator) return true;
    return false;
}

}  // namespace

void mark_listed_with_officials(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& p) {
    std::vector<std::size_t> names;
    for (std::size_t i = 0; i < findings.size(); ++i)
        if (contains(p.name_types, findings[i].type)) names.push_back(i);
    std::sort(names.begin(), names.end(),
              [&](std::size_t a, std::size_t b) { return findings[a].span.begin < findings[b].span.begin; });
    for (std::size_t k = 1; k < names.size(); ++k) {
        const Finding& before = findings[names[k - 1]];
        Finding& f = findings[names[k]];
        if (!is_official(before) || is_official(f) || has_evidence_prefix(f, "keyword:") ||
            before.span.end > f.span.begin)
            continue;
        if (only_a_list_separator(text.substr(before.span.end, f.span.begin - before.span.end)))
            f.evidence.push_back("listed-with-official");
    }
}

void mark_staff_addresses(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& p) {
    std::vector<std::size_t> staff;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (!private_person(findings[i], p)) continue;
        const std::string domain = mail_domain_after(text, findings[i].span.end);
        if (!domain.empty() && std::any_of(p.staff_mail_domains.begin(), p.staff_mail_domains.end(),
                                           [&](const std::string& d) { return domain.find(d) != std::string::npos; }))
            staff.push_back(i);
    }
    // (The first person is looked for only where it matters: most parts have no address.)
    if (staff.empty() || health_in_first_person(text, findings, p)) return;
    for (const std::size_t i : staff) findings[i].evidence.push_back("staff-address");
}

void mark_letter_writers(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& p) {
    if (p.signature_greetings.empty() || !health_in_first_person(text, findings, p)) return;
    for (Finding& f : findings) {
        if (!contains(p.name_types, f.type) || !signed_with_greeting_only(f, p.signature_greetings)) continue;
        std::erase_if(f.evidence, [](const std::string& e) { return e.rfind(kRoleEvidence, 0) == 0; });
        f.evidence.push_back("letter-writer");
    }
}

void mark_greeted_correspondents(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& p) {
    if (p.salutations.empty()) return;
    std::vector<Finding*> greeted;
    for (Finding& f : findings) {
        if (!private_person(f, p)) continue;
        const Span line = line_around(text, f.span.begin);
        const std::string_view before = text.substr(line.begin, f.span.begin - line.begin);
        const std::string_view after = text.substr(f.span.end, line.end - f.span.end);
        if (!subject_label_before(before, p.salutations, /*colon=*/false)) continue;
        if (after.empty() || after[0] == ',' || after[0] == '!') greeted.push_back(&f);
    }
    if (greeted.empty() || !health_in_first_person(text, findings, p)) return;
    for (Finding* f : greeted) f->evidence.push_back("correspondent");
}

void mark_named_patients(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& p) {
    if (p.patient_labels.empty()) return;
    for (Finding& f : findings) {
        if (!private_person(f, p)) continue;
        const Span word = word_before(text, f.span.begin, std::string_view::npos);
        if (word.size() > 0 && contains(p.patient_labels, fold_case(text.substr(word.begin, word.size()))))
            f.evidence.push_back("patient-label");
    }
}

void mark_officials_own_health(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& p) {
    if (p.own_health_links.empty()) return;
    std::map<std::size_t, std::size_t> health_at;  // start -> index
    for (std::size_t i = 0; i < findings.size(); ++i)
        if (strong_health(findings[i], p)) health_at.emplace(findings[i].span.begin, i);
    if (health_at.empty()) return;
    constexpr std::size_t kMaxLinks = 4;
    // The strong health term said of the name at `name`: after it, one space apart, only
    // links, then the term; or none.
    const auto term_said_of = [&](Span name) -> const std::size_t* {
        std::size_t at = name.end, links = 0;
        while (at < text.size() && text[at] == ' ' && links <= kMaxLinks) {
            const Span w = word_at(text, at + 1);
            if (w.begin != at + 1 || w.size() == 0) break;
            if (const auto term = health_at.find(w.begin); term != health_at.end() && links > 0) return &term->second;
            if (!contains(p.own_health_links, fold_case(text.substr(w.begin, w.size())))) break;
            ++links;
            at = w.end;
        }
        return nullptr;
    };
    for (Finding& name : findings) {
        if (!contains(p.name_types, name.type) || !score_reaches(name.score, p.min_name_score)) continue;
        const std::size_t* term = term_said_of(name.span);
        if (term == nullptr || !is_official(name) || has_evidence_prefix(name, "allowlisted")) continue;
        raise(name, p.name_with_health, "health-said-of-official");
        raise(findings[*term], p.name_with_health, "about-named-person");
    }
}

Allowlist::Allowlist(const std::vector<std::string>& names) {
    for (const auto& n : names) {
        const std::string folded = single_spaced(fold_case(n));
        if (folded.empty()) continue;
        names_.push_back(folded);
        family_names_.push_back(folded.substr(folded.rfind(' ') == std::string::npos ? 0 : folded.rfind(' ') + 1));
    }
}

bool Allowlist::contains(std::string_view name) const {
    const std::string folded = single_spaced(fold_case(name));
    if (jv::contains(names_, folded)) return true;
    // A single word matches an allowlisted family name ("Nordmann", "Nordmanns").
    if (folded.find(' ') == std::string::npos) {
        std::string stem = folded;
        if (stem.size() > 2 && stem.back() == 's') stem.pop_back();
        return jv::contains(family_names_, folded) || jv::contains(family_names_, stem);
    }
    return false;
}

}  // namespace jv
