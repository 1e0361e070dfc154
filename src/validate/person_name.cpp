#include "validate/person_name.hpp"

#include <algorithm>
#include <bitset>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/lines.hpp"
#include "core/ending_set.hpp"
#include "core/order_by_start.hpp"
#include "core/utf8.hpp"
#include "core/words.hpp"
#include "match/word_lexicon.hpp"
#include "normalize/case_fold.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace jv {

namespace {

// Looked up by string_view without building a string.
struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return key_hash(s); }  // short words: faster than std::hash
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

WordSet set_of(const Rule& rule, const std::string& name) {
    WordSet out;
    const auto it = rule.lexicons.find(name);
    if (it != rule.lexicons.end()) out.insert(it->second.entries.begin(), it->second.entries.end());
    return out;
}

std::vector<std::string> list_of(const Rule& rule, const std::string& name) {
    const auto it = rule.lexicons.find(name);
    return it == rule.lexicons.end() ? std::vector<std::string>{} : it->second.entries;
}

bool is_upper_initial(std::string_view t, Span w) {
    const UChar32 c = code_point_at(t, w.begin);
    return c >= 0 && u_isupper(c);
}

// "K." — one capital letter and a full stop.
bool is_initial(std::string_view t, Span w) {
    return w.size() > 0 && next_offset(t, w.begin) == w.end && is_upper_initial(t, w) && w.end < t.size() &&
           t[w.end] == '.';
}

struct Token {
    Span span;        // the word (for an initial, without its full stop)
    std::string word; // as written, genitive -s removed
    bool genitive = false;
};

class PersonNameValidator final : public Validator {
    struct Name {
        Span span;
        std::vector<Token> tokens;
        Confirmed confirmed;
        bool upper_case = false;  // written in capitals; its tokens' words are title case
        bool labelled = false;    // the value of a form's name field ("Pasient: ÅSMUND TVEITERÅS")
    };

public:
    explicit PersonNameValidator(const Rule& rule)
        : given_(set_of(rule, "given")),
          family_(set_of(rule, "family")),
          name_words_(set_of(rule, "name_words")),
          common_(set_of(rule, "common_capitalised")),
          months_(set_of(rule, "month_day")),
          streets_(set_of(rule, "street_suffixes")),
          particles_(set_of(rule, "particles")),
          organisation_suffixes_(set_of(rule, "organisation_suffixes")),
          non_name_prefixes_(set_of(rule, "non_name_prefixes")),
          places_(set_of(rule, "places")),
          stop_tokens_(set_of(rule, "stop_tokens")),
          place_prepositions_(set_of(rule, "place_prepositions")),
          verbs_after_(set_of(rule, "person_verbs_after")),
          words_before_(set_of(rule, "person_words_before")),
          organisation_endings_(list_of(rule, "organisation_endings")),
          organisations_(list_of(rule, "organisations")),
          self_introductions_(anchored(list_of(rule, "self_introductions"))) {
        for (const auto& label : list_of(rule, "field_labels")) field_labels_.insert(fold_case(label));
        for (const auto& k : rule.context.keywords) person_cues_.insert(fold_case(k));
        for (const auto& k : rule.context.negative_keywords)
            if (word_end_at(k, 0) == k.size()) role_keywords_.insert(fold_case(k));
        // A role noun in the definite form ("Ordføreren svarte") is no name to learn.
        for (const auto& suffix : rule.context.negative_suffixes)
            for (const char* ending : ContextSpec::kRoleEndings) role_nouns_.add(suffix + ending, suffix);
        for (const auto& org : organisations_) {
            std::size_t at = 0;
            while (at < org.size()) {
                const Span w = word_at(org, at);
                if (w.size() > 0) {
                    organisations_by_word_[org.substr(w.begin, w.size())].push_back(&org);
                    at = w.end;
                }
                at = std::max(at + 1, w.end);
            }
        }
    }

    bool needs_candidates() const override { return false; }

    std::vector<Confirmed> validate(std::string_view text, const std::vector<Span>& candidates) const override {
        // Seeds: lexicon hits as they are; a cue ("sa Robolis") seeds the word after it.
        std::vector<std::pair<Span, bool>> seeds;  // span, cued
        for (const Span& c : candidates) {
            const UChar32 first = code_point_at(text, c.begin);
            if (first >= 0 && u_islower(first)) {
                const std::size_t at = previous_offset(text, c.end);
                seeds.emplace_back(Span{at, word_at(text, at).end}, true);
            } else {
                seeds.emplace_back(c, false);
            }
        }
        // At one place a cued reading ("konkluderte Tveit") goes before the bare lexicon hit.
        std::sort(seeds.begin(), seeds.end(), [](const auto& a, const auto& b) {
            return a.first.begin != b.first.begin ? a.first.begin < b.first.begin : a.second > b.second;
        });
        std::vector<Name> names;
        WordSet mentioned_in_full;  // tokens of full or cued names, for later single mentions
        std::size_t consumed = 0;
        for (const auto& [seed, cued] : seeds) {
            if (seed.begin < consumed) continue;
            auto name = assemble(text, seed, cued);
            if (!name) continue;
            consumed = name->span.end;
            if (name->tokens.size() >= 2 || cued)
                for (const auto& t : name->tokens)
                    if (!stop_word(t.word)) mentioned_in_full.insert(t.word);
            names.push_back(std::move(*name));
        }
        const std::vector<Span> capitalised = capitalised_words(text);
        add_upper_case_names(text, capitalised, names);
        add_cued_initials(text, capitalised, names);
        add_self_introduced(text, names);
        add_labelled_fields(text, capitalised, names);
        for (const auto& n : names)
            if (n.upper_case || n.labelled)
                for (const auto& t : n.tokens) mentioned_in_full.insert(t.word);
        // Words only the text's own usage makes names count less than names given in full.
        const std::map<std::string, std::string> proper = learn_proper_nouns(text, capitalised, names);
        const WordSet named_in_full = mentioned_in_full;
        for (const auto& [word, cue] : proper) mentioned_in_full.insert(word);
        add_later_mentions(text, capitalised, mentioned_in_full, names);
        std::vector<Confirmed> out;
        for (auto& n : names) {
            const std::string& word = n.tokens[0].word;
            const bool in_full = named_in_full.count(word) != 0;
            const auto learnt = proper.find(word);
            // (A name that is also a word, "Berg", "Liv", counts again only where its capital
            // is not just a sentence's, unless the text's usage made it a name.)
            const bool ordinary_start =
                learnt == proper.end() && name_words_.count(word) != 0 && sentence_initial(text, n.span.begin);
            if (n.tokens.size() == 1 && (in_full || learnt != proper.end()) && !ordinary_start) {
                n.confirmed.base_score = std::max(n.confirmed.base_score, in_full ? 0.75 : 0.55);
                if (!in_full) std::erase(n.confirmed.evidence, "cue");
                n.confirmed.evidence.push_back(in_full ? "named-in-full-nearby" : "proper-noun:" + learnt->second);
            }
            out.push_back(std::move(n.confirmed));
        }
        // (A later single mention may start where a fuller name does: the fuller one wins.)
        order_by_start(out, /*longest_first=*/true);
        return out;
    }

private:
    // Words learnt as names in this text (from a full or cued name) that are in no list
    // are found again wherever they stand alone ("Robolis ... Robolis").
    void add_later_mentions(std::string_view t, const std::vector<Span>& capitalised, const WordSet& learnt,
                            std::vector<Name>& names) const {
        const std::vector<Span> taken = spans_by_start(names);
        WordSet unknown;  // list names already had their hits
        for (const auto& word : learnt)
            if (!known(word)) unknown.insert(word);
        if (unknown.empty()) return;
        for (const Span w : capitalised) {
            std::string_view word = t.substr(w.begin, w.size());
            if (unknown.count(word) == 0) {
                if (word.size() < 3 || word.back() != 's' || unknown.count(word.substr(0, word.size() - 1)) == 0) continue;
                word.remove_suffix(1);
            }
            if (overlaps_any(taken, w)) continue;
            if (auto name = assemble(t, Span{w.begin, w.begin + word.size()}, true)) names.push_back(std::move(*name));
        }
    }

    // The names' spans, ordered by start, for overlaps_any.
    static std::vector<Span> spans_by_start(const std::vector<Name>& names) {
        std::vector<Span> out;
        for (const auto& n : names) out.push_back(n.span);
        std::sort(out.begin(), out.end(), [](Span a, Span b) { return a.begin < b.begin; });
        return out;
    }

    // Appends each of `found` that overlaps none of `names` (names found first win).
    static void add_where_free(std::vector<Name> found, std::vector<Name>& names) {
        const std::vector<Span> taken = spans_by_start(names);
        for (auto& n : found)
            if (!overlaps_any(taken, n.span)) names.push_back(std::move(n));
    }

    // Whether `w` overlaps one of `sorted` (disjoint spans ordered by start), in O(log n).
    static bool overlaps_any(const std::vector<Span>& sorted, Span w) {
        auto it = std::upper_bound(sorted.begin(), sorted.end(), w.begin, [](std::size_t b, Span s) { return b < s.begin; });
        if (it != sorted.end() && it->begin < w.end) return true;
        return it != sorted.begin() && std::prev(it)->end > w.begin;
    }

    // Names written in capitals, as forms, journal extracts and address labels write them:
    // "KARI NORDMANN", "NORDMANN KARI", "HANSEN, OLE PETTER", "NORDMANN, Kari". Capitals
    // hide the sign the other passes read (a capital mid-sentence), so only listed names
    // count: two or more with a given name among them, or a family name, a comma and given
    // names, and not every word one that is also an ordinary word ("LIV OG SOL" is none).
    // A name found so from the same words wins over a shorter one found in them.
    void add_upper_case_names(std::string_view t, const std::vector<Span>& capitalised, std::vector<Name>& names) const {
        std::vector<Span> upper;
        for (const Span w : capitalised)
            if (all_capitals(t.substr(w.begin, w.size()))) upper.push_back(w);
        std::vector<Name> found;
        for (std::size_t i = 0; i < upper.size();) {
            std::optional<Name> name = upper_case_name_at(t, upper, i);
            if (!name) {
                ++i;
                continue;
            }
            while (i < upper.size() && upper[i].begin < name->span.end) ++i;
            found.push_back(std::move(*name));
        }
        if (found.empty()) return;
        const std::vector<Span> taken = spans_by_start(found);
        std::erase_if(names, [&](const Name& n) { return overlaps_any(taken, n.span); });
        for (auto& n : found) names.push_back(std::move(n));
    }

    // Initials that a person's cue labels: "Pasient K.N., 45 år", "brukeren O. H.". Alone,
    // "K.N." may be anything; after "pasient" it is the patient, as identifying with an age
    // and a place as a name is.
    void add_cued_initials(std::string_view t, const std::vector<Span>& capitalised, std::vector<Name>& names) const {
        const auto initial_at = [&](std::size_t at) {
            return at < t.size() && is_upper_initial(t, Span{at, at + 1}) && next_offset(t, at) < t.size() &&
                   t[next_offset(t, at)] == '.' && !is_letter(code_point_before(t, at));
        };
        std::vector<Name> found;
        for (const Span w : capitalised) {
            if (!initial_at(w.begin) || next_offset(t, w.begin) != w.end) continue;
            if (!found.empty() && w.begin < found.back().span.end) continue;
            std::vector<Token> tokens;
            std::size_t at = w.begin;
            while (tokens.size() < 3 && initial_at(at)) {
                const std::size_t letter_end = next_offset(t, at);
                tokens.push_back(Token{Span{at, letter_end}, std::string(t.substr(at, letter_end - at)), false});
                at = letter_end + 1;  // past the full stop
                if (at < t.size() && t[at] == ' ' && initial_at(at + 1)) ++at;
            }
            if (tokens.size() < 2 || is_letter(code_point_at(t, tokens.back().span.end + 1))) continue;
            const Span cue = word_before(t, w.begin, std::string_view::npos);
            if (cue.size() == 0 || person_cues_.count(fold_case(t.substr(cue.begin, cue.size()))) == 0) continue;
            const Span span{w.begin, tokens.back().span.end + 1};
            found.push_back(make_name(t, span, std::move(tokens), 0.6, {"initials", "cue"}));
        }
        add_where_free(std::move(found), names);
    }

    // The value of a form's field for a private person, one line: "PASIENT: ÅSMUND
    // TVEITERÅS", "FORNAVN: SIGRUN", "Tilsett: M. K. Fjærli". The label says a name
    // follows, so a name in capitals may be one word, and a family name in no list counts
    // after a listed name or initials. It wins over a shorter name found in its words.
    void add_labelled_fields(std::string_view t, const std::vector<Span>& capitalised, std::vector<Name>& names) const {
        std::vector<Name> found;
        for (const Span w : capitalised) {
            if ((!found.empty() && w.begin < found.back().span.end) || !field_label_before(t, w.begin)) continue;
            std::vector<Token> tokens;
            bool listed = false, initials = false;
            for (std::size_t at = w.begin; tokens.size() < 4;) {
                const Span word = word_at(t, at);
                if (word.begin != at || word.size() == 0 || !is_upper_initial(t, word)) break;
                const std::string_view written = t.substr(word.begin, word.size());
                if (is_initial(t, word)) {
                    initials = true;
                    tokens.push_back(Token{word, std::string(written), false});
                    at = word.end + 1;  // past the full stop
                } else {
                    std::string name = all_capitals(written) ? title_case(written) : std::string(written);
                    if (stop_word(name) || common_.count(name) != 0 || months_.count(name) != 0) break;
                    listed = listed || known_parts(name);
                    tokens.push_back(Token{word, std::move(name), false});
                    at = word.end;
                }
                if (at >= t.size() || t[at] != ' ') break;
                ++at;
            }
            const bool has_word = std::any_of(tokens.begin(), tokens.end(), [](const Token& tk) { return tk.word.size() > 1; });
            if (!has_word || !(listed || initials)) continue;
            const Span span{tokens.front().span.begin, tokens.back().span.end};
            Name name = make_name(t, span, std::move(tokens), 0.85, {"labelled-field"});
            name.labelled = true;
            found.push_back(std::move(name));
        }
        if (found.empty()) return;
        // (A name found in the field's words goes; one reaching beyond them stays: "Pasient:
        // Nordmann, Kari".)
        std::erase_if(names, [&](const Name& n) {
            return std::any_of(found.begin(), found.end(), [&](const Name& f) {
                return f.span.begin <= n.span.begin && n.span.end <= f.span.end && f.span.size() > n.span.size();
            });
        });
        add_where_free(std::move(found), names);
    }

    // Whether the line up to `begin` is a private person's field label and a colon:
    // "Pasient:", "FORNAVN:  ", "Tilsett:".
    bool field_label_before(std::string_view t, std::size_t begin) const {
        std::size_t colon = begin;  // (most capitalised words have no colon before them: asked first)
        while (colon > 0 && (t[colon - 1] == ' ' || t[colon - 1] == '\t')) --colon;
        if (colon == 0 || t[colon - 1] != ':') return false;
        const Span line = line_around(t, begin);
        std::string_view before = t.substr(line.begin, colon - 1 - line.begin);
        while (!before.empty() && (before.front() == ' ' || before.front() == '\t')) before.remove_prefix(1);
        if (before.empty() || before.size() > 40) return false;
        const std::string label = fold_case(before);
        return person_cues_.count(label) != 0 || field_labels_.count(label) != 0;
    }

    // Each phrase with the offset of its longest word (the last of equals).
    static std::vector<std::pair<std::string, std::size_t>> anchored(const std::vector<std::string>& phrases) {
        std::vector<std::pair<std::string, std::size_t>> out;
        for (const auto& phrase : phrases) {
            std::size_t best = 0, best_len = 0;
            for (std::size_t at = 0; at < phrase.size();) {
                const std::size_t end = std::min(phrase.find(' ', at), phrase.size());
                if (end - at >= best_len) best = at, best_len = end - at;
                at = end + 1;
            }
            out.emplace_back(phrase, best);
        }
        return out;
    }

    // A writer who gives their own name ("jeg heter marius johnsen", "eg heiter Kari
    // Nordmann"), in lower case too, as quick e-mails are written: the words after the
    // verb that spell a given name and a listed name (title-cased).
    void add_self_introduced(std::string_view t, std::vector<Name>& names) const {
        std::vector<Name> found;
        // Each phrase is looked for by its longest word, which starts with a rarer letter than
        // "eg" does; the whole phrase is then compared, its first letter in either case.
        for (const auto& [phrase, anchor] : self_introductions_) {
            const std::string_view word = std::string_view(phrase).substr(anchor);
            const std::size_t anchor_len = std::min(word.find(' '), word.size());
            for (std::size_t hit = t.find(word.substr(0, anchor_len)); hit != std::string_view::npos;
                 hit = t.find(word.substr(0, anchor_len), hit + 1)) {
                if (hit < anchor) continue;
                const std::size_t at = hit - anchor, end = at + phrase.size();
                if (end >= t.size() || t[end] != ' ' || (at > 0 && is_letter(code_point_before(t, at)))) continue;
                const char first = t[at];
                if ((first | 0x20) != phrase[0] || t.substr(at + 1, phrase.size() - 1) != std::string_view(phrase).substr(1))
                    continue;
                std::vector<Token> tokens;
                for (std::size_t w_at = end + 1; tokens.size() < 3;) {
                    const Span w = word_at(t, w_at);
                    if (w.begin != w_at || w.size() == 0) break;
                    std::string word = title_case(t.substr(w.begin, w.size()));
                    if (!known_parts(word) || stop_word(word)) break;
                    tokens.push_back(Token{w, std::move(word), false});
                    if (w.end >= t.size() || t[w.end] != ' ') break;
                    w_at = w.end + 1;
                }
                if (tokens.size() < 2 || !given_first(tokens.front().word)) continue;
                const Span span{tokens.front().span.begin, tokens.back().span.end};
                found.push_back(make_name(t, span, std::move(tokens), 0.85, {"given+family-name", "self-introduced"}));
            }
        }
        add_where_free(std::move(found), names);
    }

    // The name in capitals that starts at upper[i], if any.
    std::optional<Name> upper_case_name_at(std::string_view t, const std::vector<Span>& upper, std::size_t i) const {
        // Listed names in capitals, one space apart (a genitive ends them).
        std::vector<Token> tokens;
        for (std::size_t j = i; j < upper.size() && tokens.size() < 4; ++j) {
            if (!tokens.empty() && upper[j].begin != tokens.back().span.end + 1) break;
            if (!tokens.empty() && t[tokens.back().span.end] != ' ') break;
            auto tok = upper_case_token(t, upper[j]);
            if (!tok) break;
            tokens.push_back(std::move(*tok));
            if (tokens.back().genitive) break;
        }
        if (tokens.empty()) return std::nullopt;
        const char* evidence = "given+family-name";
        if (take_given_names_after_comma(t, tokens)) evidence = "family,given-name";
        const bool has_given =
            std::any_of(tokens.begin(), tokens.end(), [&](const Token& tk) { return given_first(tk.word); });
        const bool all_words =
            std::all_of(tokens.begin(), tokens.end(), [&](const Token& tk) { return name_words_.count(tk.word) != 0; });
        if (tokens.size() < 2 || !has_given || all_words) return std::nullopt;
        const Span span{tokens.front().span.begin, tokens.back().span.end};
        // "HARALD HÅRFAGRES GATE", "OLE BULL SENTER": a street or an organisation.
        const Span after = next_word(t, span.end);
        if (after.size() > 0) {
            const std::string_view a = t.substr(after.begin, after.size());
            const std::string lower = fold_case(a);
            if (streets_.count(lower) != 0 || organisation_suffixes_.count(lower) != 0 || organisation_suffixes_.count(a) != 0)
                return std::nullopt;
        }
        const bool genitive = tokens.back().genitive;
        Name name = make_name(t, span, std::move(tokens), 0.85, {evidence, "upper-case"});
        name.upper_case = true;
        if (genitive) name.confirmed.evidence.push_back("genitive");
        return name;
    }

    // A name of `tokens` at `span`, confirmed with its score and evidence and masked.
    static Name make_name(std::string_view t, Span span, std::vector<Token> tokens, double score,
                          std::vector<std::string> evidence) {
        Name name;
        name.span = span;
        name.tokens = std::move(tokens);
        name.confirmed.span = span;
        name.confirmed.type = "person_name";
        name.confirmed.base_score = score;
        name.confirmed.evidence = std::move(evidence);
        name.confirmed.masked = mask_name(t.substr(span.begin, span.size()));
        return name;
    }

    // "HANSEN, OLE PETTER", "Nordmann, Kari": one or two family names, a comma, then given
    // names (in capitals or not) are one name, inverted as registers and forms write it.
    // Not in capitals, only where a field starts: in prose a comma after a name more often
    // starts a list or an apposition ("til John, Kyle Reese").
    // Appends the given names to `tokens`; whether there were any.
    bool take_given_names_after_comma(std::string_view t, std::vector<Token>& tokens) const {
        if (tokens.empty() || tokens.size() > 2 || tokens.back().genitive ||
            !std::all_of(tokens.begin(), tokens.end(), [&](const Token& tk) { return family_.count(tk.word) != 0; }) ||
            (!all_capitals(t.substr(tokens.front().span.begin, tokens.front().span.size())) &&
             !field_start(t, tokens.front().span.begin)) ||
            t.substr(tokens.back().span.end, 2) != ", ")
            return false;
        const std::size_t family_count = tokens.size();
        for (std::size_t at = tokens.back().span.end + 2; tokens.size() < family_count + 3;) {
            const Span w = word_at(t, at);
            if (w.begin != at || w.size() == 0) break;
            const std::string_view word = t.substr(w.begin, w.size());
            std::string given = all_capitals(word) ? title_case(word) : std::string(word);
            if (!given_first(given) || stop_word(given)) break;
            tokens.push_back(Token{w, std::move(given), false});
            if (w.end >= t.size() || t[w.end] != ' ') break;
            at = w.end + 1;
        }
        return tokens.size() > family_count;
    }

    // Whether `begin` starts a line, a labelled field ("Pasient: "), a table cell (after a
    // tab or a run of spaces) or a part of a journal entry's title ("Henvisning - ").
    static bool field_start(std::string_view t, std::size_t begin) {
        std::size_t at = begin, spaces = 0;
        while (at > 0 && t[at - 1] == ' ') --at, ++spaces;
        if (at == 0 || t[at - 1] == '\n' || t[at - 1] == '\t' || spaces >= 2) return true;
        if (spaces == 0) return false;
        if (t[at - 1] == ':') return true;
        const std::string_view before = t.substr(0, at);
        return before.ends_with(" -") || before.ends_with(" \u2013");  // (en dash)
    }

    // The listed name a word in capitals spells ("NORDMANN" is "Nordmann"), or none.
    std::optional<Token> upper_case_token(std::string_view t, Span w) const {
        std::string word = title_case(t.substr(w.begin, w.size()));
        if (stop_word(word) || particles_.count(word) != 0) return std::nullopt;
        if (known_parts(word)) return Token{w, std::move(word), false};
        if (word.size() > 3 && word.back() == 's' && known(std::string_view(word).substr(0, word.size() - 1))) {
            word.pop_back();
            return Token{w, std::move(word), true};
        }
        return std::nullopt;
    }

    // A listed name, or a double name of listed names ("Anne-Lise", "Bakke-Olsen").
    bool known_parts(std::string_view word) const {
        if (known(word)) return true;
        if (word.find('-') == std::string_view::npos) return false;
        for (std::size_t at = 0; at <= word.size();) {
            const std::size_t end = std::min(word.find('-', at), word.size());
            if (!known(word.substr(at, end - at))) return false;
            at = end + 1;
        }
        return true;
    }

    // A given name, or a double name that starts with one ("Anne-Lise").
    bool given_first(std::string_view word) const {
        return given_.count(word) != 0 || given_.count(word.substr(0, word.find('-'))) != 0;
    }

    // Two letters or more, all of them capitals ("NORDMANN", "ANNE-LISE").
    static bool all_capitals(std::string_view w) {
        std::size_t letters = 0;
        for (std::size_t i = 0; i < w.size(); i = next_offset(w, i)) {
            const UChar32 c = code_point_at(w, i);
            if (!is_letter(c)) continue;
            if (c < 0x80 ? c >= 'a' : !u_isupper(c)) return false;  // (ASCII without ICU: most words)
            ++letters;
        }
        return letters >= 2;
    }

    // "ANNE-LISE" and "anne-lise" as "Anne-Lise", "ØSTBØ" as "Østbø": a capital at the start
    // and after a hyphen, small letters elsewhere.
    static std::string title_case(std::string_view word) {
        if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
            std::string out(word);
            bool start = true;
            for (char& c : out) {
                if (!start && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
                if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
                start = c == '-' || c == '\'';
            }
            return out;
        }
        icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
        s.toLower(icu::Locale::getRoot());
        bool start = true;
        for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
            const UChar32 c = s.char32At(i);
            if (start && u_isalpha(c)) s.replace(i, U16_LENGTH(c), u_totitle(c));
            start = c == '-' || c == '\'';
        }
        std::string out;
        return s.toUTF8String(out);
    }

    // The capitalised words of a text (words as word_at reads them, so "Anne-Lise" is
    // one), found once with the block tokenizer for both passes that read them.
    static std::vector<Span> capitalised_words(std::string_view t) {
        std::vector<Span> out;
        std::size_t covered = 0;
        for_each_word(t, [&](Span run) {
            if (run.begin < covered) return;
            const auto byte = static_cast<unsigned char>(t[run.begin]);
            if (byte < 0x80 ? !(byte >= 'A' && byte <= 'Z') : !u_isupper(code_point_at(t, run.begin))) return;
            const Span w = word_at(t, run.begin);
            covered = w.end;
            out.push_back(w);
        });
        return out;
    }

    // Names learnt from how this text uses them: words in no list, and list names that
    // stand alone where a lone list name says little ("Gross"). A capitalised word is a
    // proper noun when the text writes it so mid-sentence and never in lower case; it is a
    // person when one of its mentions has a person's cue: a verb of saying or thinking
    // after it ("Epiktet skriv"), a nynorsk possessive ("Rimbaud sitt"), "hos" before it,
    // "og" joining it to a name, or a citation ("(Gross, 1996"). A given name at the
    // start of a line before a colon is a speaker in an interview or minutes ("Elling:").
    // Returns each word learnt with the cue that made it.
    std::map<std::string, std::string> learn_proper_nouns(std::string_view t, const std::vector<Span>& capitalised,
                                                          const std::vector<Name>& names) const {
        // Names of two words or more cover their words; any name found so far (of a fair
        // score) can be joined to another by "og".
        std::vector<Span> full;
        std::unordered_set<std::size_t> name_begins, name_ends;
        for (const auto& n : names) {
            if (n.tokens.size() >= 2) full.push_back(n.span);
            if (n.confirmed.base_score >= 0.45) {
                name_begins.insert(n.span.begin);
                name_ends.insert(n.span.end);
            }
        }
        std::sort(full.begin(), full.end(), [](Span a, Span b) { return a.begin < b.begin; });
        const auto inside_full_name = [&](Span w) {
            auto it = std::upper_bound(full.begin(), full.end(), w.begin, [](std::size_t b, Span s) { return b < s.begin; });
            return it != full.begin() && std::prev(it)->end >= w.end;
        };
        struct Usage {
            bool eligible = false;  // could_be_name, asked once per word
            bool mid_sentence = false;
            std::size_t mentions = 0, after_place_preposition = 0;
            const char* cue = nullptr;
        };
        std::unordered_map<std::string_view, Usage> usage;  // by the word as written in `t`
        std::map<std::string, std::string> learnt;
        for (const Span w : capitalised) {
            const std::string_view word = t.substr(w.begin, w.size());
            const bool line_start = w.begin == 0 || t[w.begin - 1] == '\n';
            if (line_start && w.end < t.size() && t[w.end] == ':' && given_.count(word) != 0 && !stop_word(word)) {
                learnt.emplace(word, "speaker");
                continue;
            }
            const auto [entry, first] = usage.try_emplace(word);
            Usage& u = entry->second;
            if (first) u.eligible = could_be_name(std::string(word));
            if (!u.eligible || inside_full_name(w)) continue;
            const Span after = next_word(t, w.end);
            const std::string_view after_word = t.substr(after.begin, after.size());
            const Span before = previous_word(t, w.begin);
            std::string before_word(t.substr(before.begin, before.size()));
            if (before.size() > 0 && is_upper_initial(t, before)) {
                // The second word of a proper name that is no person's ("Raude Kross", "Gatas
                // Parlament") learns nothing; after a given name or an initial it may, and
                // after a cue word that starts the sentence ("Hos Epiktet").
                before_word = lower_first(before_word);
                if (!is_initial(t, before) && given_.count(t.substr(before.begin, before.size())) == 0 &&
                    !(sentence_initial(t, before.begin) && words_before_.count(before_word) != 0))
                    continue;
            }
            u.mid_sentence = u.mid_sentence || !sentence_initial(t, w.begin);
            ++u.mentions;
            if (place_prepositions_.count(before_word) != 0) ++u.after_place_preposition;
            if (u.cue != nullptr) continue;
            if (verbs_after_.count(after_word) != 0) u.cue = "verb-after";
            else if (words_before_.count(before_word) != 0) u.cue = "word-before";
            else if ((before_word == "og" && name_ends.count(before.begin - 1) != 0) ||
                     (after_word == "og" && name_begins.count(after.end + 1) != 0))
                u.cue = "joined-to-name";
            else if (w.begin > 0 && t[w.begin - 1] == '(' && t.substr(w.end, 2) == ", " && w.end + 2 < t.size() &&
                     t[w.end + 2] >= '1' && t[w.end + 2] <= '2')
                u.cue = "citation";
        }
        std::unordered_map<std::string, std::string, WordHash, std::equal_to<>> candidates;  // lower-case form -> word
        std::bitset<256> first_bytes;
        std::bitset<64> lengths;  // of the candidates, in bytes (longer ones share the last bit)
        for (const auto& [word, u] : usage) {
            // A word that mostly follows "i", "på", "til" is a place or an organisation.
            if (!u.mid_sentence || u.cue == nullptr || 3 * u.after_place_preposition >= u.mentions) continue;
            const auto [it, added] = candidates.emplace(lower_first(std::string(word)), word);
            first_bytes.set(static_cast<unsigned char>(it->first[0]));
            lengths.set(std::min<std::size_t>(it->first.size(), 63));
        }
        if (candidates.empty()) return learnt;
        // A word the text also writes in lower case is an ordinary word, capitalised at times.
        std::set<std::string, std::less<>> ordinary;
        for_each_word(t, [&](Span w) {
            if (!lengths.test(std::min<std::size_t>(w.size(), 63)) || !first_bytes.test(static_cast<unsigned char>(t[w.begin])))
                return;
            const auto it = candidates.find(t.substr(w.begin, w.size()));
            if (it != candidates.end()) ordinary.insert(it->second);
        });
        for (const auto& [lower, word] : candidates)
            if (ordinary.count(word) == 0) learnt.emplace(word, usage.at(word).cue);
        return learnt;
    }

    // Whether a capitalised word may be a name at all: not an abbreviation, a listed
    // non-name or its genitive ("Høyres"), an organisation's word or one shaped like
    // an organisation ("Fremskrittspartiet", "Dagbladet"), nor a compound of a lower-case
    // noun ("Obama-administrasjonen").
    bool could_be_name(const std::string& word) const {
        if (acronym_or_letter(word) || lower_case_compound(word)) return false;
        for (const std::string& w : {word, word.back() == 's' ? word.substr(0, word.size() - 1) : std::string()}) {
            if (w.empty()) continue;
            if (stop_word(w) || organisations_by_word_.count(w) != 0) return false;
        }
        for (const auto& ending : organisation_endings_)
            if (word.size() > ending.size() && word.compare(word.size() - ending.size(), ending.size(), ending) == 0)
                return false;
        return !role_word(word);
    }

    // A role written with a capital ("Prosjektleiar", "Seksjonsoverlegen"): a staff
    // keyword, or a word that ends as a role does. Never a name of its own.
    bool role_word(std::string_view word) const {
        const std::string lower = lower_first(std::string(word));
        return role_keywords_.count(lower) != 0 || !role_nouns_.find(lower, false).empty();
    }

    // "Obama-administrasjonen", "Jan Mayen-loven": a hyphen before a lower-case letter joins
    // a name to a noun; the whole is the noun.
    static bool lower_case_compound(std::string_view word) {
        for (std::size_t at = word.find('-'); at != std::string_view::npos; at = word.find('-', at + 1)) {
            const UChar32 c = code_point_at(word, at + 1);
            if (c >= 0 && u_islower(c)) return true;
        }
        return false;
    }

    static std::string lower_first(const std::string& word) {
        const UChar32 c = code_point_at(word, 0);
        std::string out;
        UChar buf[2];
        int32_t len = 0;
        U16_APPEND_UNSAFE(buf, len, u_tolower(c));
        icu::UnicodeString(buf, len).toUTF8String(out);
        return out + word.substr(next_offset(word, 0));
    }

    // "NRK", "NHO", a lone "B": abbreviations and letters are not names.
    static bool acronym_or_letter(const std::string& w) {
        std::size_t letters = 0, upper = 0;
        for (std::size_t i = 0; i < w.size(); i = next_offset(w, i)) {
            const UChar32 c = code_point_at(w, i);
            if (!is_letter(c)) continue;
            ++letters;
            if (u_isupper(c)) ++upper;
        }
        return letters <= 1 || (letters >= 2 && upper == letters);
    }

    bool known(std::string_view w) const { return given_.count(w) != 0 || family_.count(w) != 0; }
    // A cue ("sa Viken") outweighs a place of the same name; nothing outweighs a stop word.
    bool blocked(std::string_view w, bool cued) const {
        if (common_.count(w) != 0 || months_.count(w) != 0 || stop_tokens_.count(w) != 0) return true;
        return !cued && places_.count(w) != 0;
    }

    bool stop_word(std::string_view w) const {
        return common_.count(w) != 0 || months_.count(w) != 0 || places_.count(w) != 0 || stop_tokens_.count(w) != 0;
    }

    // The token at `w`, with a genitive -s split off when the rest is a known name.
    Token token(std::string_view t, Span w) const {
        Token tok{w, std::string(t.substr(w.begin, w.size())), false};
        if (tok.word.size() > 2 && tok.word.back() == 's' && !known(tok.word) && !stop_word(tok.word) &&
            known(tok.word.substr(0, tok.word.size() - 1))) {
            tok.word.pop_back();
            tok.genitive = true;
        }
        return tok;
    }

    // The word after `end` separated by exactly one space, or by the line break of prose
    // wrapped mid-sentence ("sier direktør Elin\nSæther Grøndahl"); else an empty span.
    // (A full stop ends the name: the caller steps over an initial's own full stop.)
    static Span next_word(std::string_view t, std::size_t end) {
        std::size_t at = end;
        if (at >= t.size() || (t[at] != ' ' && !(t[at] == '\n' && wrapped_line_before(t, at)))) return {};
        ++at;
        if (!is_letter(code_point_at(t, at))) return {};
        return word_at(t, at);
    }

    // After a given name, the end of a nickname in quotes that stands before the family
    // name ("Bjørnar «Bønna» Tveit", "Kari \"Kaja\" Hansen"): at most two words on the
    // line, the first with a capital. `end` itself when there is none.
    static std::size_t after_nickname(std::string_view t, std::size_t end) {
        static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
            {"\u00AB", "\u00BB"}, {"\"", "\""}, {"\u201C", "\u201D"}, {"'", "'"}};
        constexpr std::size_t kLongest = 30;
        if (end >= t.size() || t[end] != ' ') return end;
        for (const auto& [open, close] : kQuotes) {
            const std::size_t inner = end + 1 + open.size();
            if (t.substr(end + 1, open.size()) != open || inner >= t.size() || !is_upper_initial(t, word_at(t, inner)))
                continue;
            const std::size_t shut = t.find(close, inner);
            if (shut == std::string_view::npos || shut - inner > kLongest) continue;
            const std::string_view nickname = t.substr(inner, shut - inner);
            if (nickname.find('\n') != std::string_view::npos || std::count(nickname.begin(), nickname.end(), ' ') > 1)
                continue;
            return shut + close.size();
        }
        return end;
    }

    // Whether the words from `begin` to `end` are a line of their own over an address.
    static bool top_of_address_block(std::string_view t, std::size_t begin, std::size_t end) {
        constexpr std::size_t kBlockLines = 4;  // name, street or c/o lines, then the postcode line
        const std::size_t line_begin = line_around(t, begin).begin, line_end = line_around(t, end).end;
        const auto blank = [](std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; };
        return blank(t.substr(line_begin, begin - line_begin)) && blank(t.substr(end, line_end - end)) &&
               address_block_below(t, line_end, kBlockLines);
    }

    static Span previous_word(std::string_view t, std::size_t begin) {
        if (begin < 2 || t[begin - 1] != ' ') return {};
        std::size_t at = begin - 1;
        const bool full_stop = t[at - 1] == '.';
        if (full_stop) --at;
        const std::size_t last = previous_offset(t, at);
        if (!is_letter(code_point_at(t, last))) return {};
        const Span w = word_at(t, last);
        // Across a full stop only an initial ("K. Nordmann") belongs to the name.
        if (full_stop && next_offset(t, w.begin) != w.end) return {};
        return w;
    }

    // Whether `begin` starts a sentence, a line or a table cell (after "|" or a tab): where
    // every word has a capital.
    bool sentence_initial(std::string_view t, std::size_t begin) const {
        std::size_t at = begin, spaces = 0;
        bool tab = false;
        while (at > 0 && (t[at - 1] == ' ' || t[at - 1] == '\t' || t[at - 1] == '"' || t[at - 1] == '(')) {
            tab = tab || t[at - 1] == '\t';
            spaces += t[at - 1] == ' ' ? 1 : 0;
            --at;
        }
        // (Two spaces or more part a table's columns, "eining      Tal plassar", or indent a
        // list's line: neither is prose going on.)
        if (at == 0 || tab || spaces >= 2) return true;
        const char c = t[at - 1];
        if (c == '\n') return !wrapped_line_before(t, at - 1);
        // (An en dash starts a title's part too: "Tabell 2 \u2013 Andel fristbrudd".)
        if (t.substr(0, at).ends_with("\u2013")) return true;
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '-' || c == '|';
    }

    // Only organisations that contain one of the name's words can cover it.
    bool inside_organisation(std::string_view t, Span span, const std::vector<Token>& tokens) const {
        const std::size_t from = span.begin > 80 ? span.begin - 80 : 0;
        const std::string_view window = t.substr(from, std::min(t.size(), span.end + 80) - from);
        for (const auto& tk : tokens) {
            const auto orgs = organisations_by_word_.find(tk.word);
            if (orgs == organisations_by_word_.end()) continue;
            for (const std::string* org : orgs->second) {
                for (std::size_t at = window.find(*org); at != std::string_view::npos; at = window.find(*org, at + 1)) {
                    const std::size_t b = from + at;
                    if (b < span.end && span.begin < b + org->size()) return true;
                }
            }
        }
        return false;
    }

    std::optional<Name> assemble(std::string_view t, Span hit, bool cued = false) const {
        const Span w = word_at(t, hit.begin);
        if (w.begin != hit.begin || w.size() == 0 || !is_upper_initial(t, w)) return std::nullopt;
        // The hit must be the whole word, its genitive, or the first part of a double name.
        const bool whole = w.end == hit.end || (w.end == hit.end + 1 && t[hit.end] == 's') ||
                           (hit.end < t.size() && t[hit.end] == '-');
        if (!whole) return std::nullopt;

        std::vector<Token> tokens{token(t, w)};
        if (non_name_prefixes_.count(tokens.front().word) != 0) return std::nullopt;
        if (blocked(tokens.front().word, cued) && !known(tokens.front().word)) return std::nullopt;
        if (acronym_or_letter(tokens.front().word)) return std::nullopt;
        // Leftwards: given names and initials before ("Kari Anne Nordmann", "K. Nordmann").
        for (int guard = 0; guard < 3; ++guard) {
            const Span p = previous_word(t, tokens.front().span.begin);
            if (p.size() == 0 || !is_upper_initial(t, p)) break;
            const Token pt = token(t, p);
            if (non_name_prefixes_.count(pt.word) != 0) return std::nullopt;  // "Stiftelsen Dam", "Kong Olav"
            // An unknown capitalised word before a family name is its given name
            // ("Bollette Berg"), unless it starts the sentence or is a known non-name.
            const bool unknown_given = family_.count(tokens.front().word) != 0 && !known(pt.word) &&
                                       !stop_word(pt.word) && !role_word(pt.word) && !sentence_initial(t, p.begin);
            if (pt.genitive || !(given_.count(pt.word) != 0 || is_initial(t, p) || unknown_given)) break;
            tokens.insert(tokens.begin(), pt);
        }
        // Rightwards: family names, unknown capitalised words after a name, initials,
        // particles before a capitalised word ("Jan van der Berg").
        for (int guard = 0; guard < 4 && !tokens.back().genitive; ++guard) {
            std::size_t from = tokens.back().span.end + (is_initial(t, tokens.back().span) ? 1 : 0);
            if (given_.count(tokens.back().word) != 0) from = after_nickname(t, from);
            Span n = next_word(t, from);
            if (n.size() == 0) break;
            std::vector<Token> particles;
            while (n.size() > 0 && particles_.count(t.substr(n.begin, n.size())) != 0 && particles.size() < 3) {
                particles.push_back(token(t, n));
                n = next_word(t, n.end);
            }
            if (n.size() == 0 || !is_upper_initial(t, n)) break;
            const Token nt = token(t, n);
            // Unknown capitalised words join only a given name that is no ordinary word.
            const Token& last = tokens.back();
            // ("Hans" is also "his", but mid-sentence its capital makes it the name.)
            // (A mail address after the pair says it is a name: "Til: Tone Grøtting <tone@...>";
            // so does an address below it: "Bjørnar Skaret\nVikavegen 102\n6230 Sykkylven".)
            const bool after_given = given_.count(last.word) != 0 &&
                                     (name_words_.count(last.word) == 0 || !sentence_initial(t, last.span.begin) ||
                                      t.substr(n.end).starts_with(" <") || top_of_address_block(t, last.span.begin, n.end));
            const bool takes = (known(nt.word) && !stop_word(nt.word)) || is_initial(t, n) ||
                               (after_given && !stop_word(nt.word) && !role_word(nt.word) && streets_.count(nt.word) == 0);
            if (!takes) break;
            tokens.insert(tokens.end(), particles.begin(), particles.end());
            tokens.push_back(nt);
        }
        const bool inverted = take_given_names_after_comma(t, tokens);
        Span span{tokens.front().span.begin, tokens.back().span.end};
        if (is_initial(t, tokens.back().span)) span.end += 1;

        // Streets and places named after people: "Sofies gate", "Thorvald Meyers gate".
        const Span after = next_word(t, span.end);
        const std::string_view after_word = t.substr(after.begin, after.size());
        if (after.size() > 0) {
            // (As written, "HF", and with a capital that only starts a name: "Martina Hansens Hospital".)
            const std::string lower = lower_first(std::string(after_word));
            if (streets_.count(after_word) != 0 || organisation_suffixes_.count(after_word) != 0 ||
                streets_.count(lower) != 0 || organisation_suffixes_.count(lower) != 0)
                return std::nullopt;
        }
        const Span before = previous_word(t, span.begin);
        if (before.size() > 0) {
            const std::string_view b = t.substr(before.begin, before.size());
            if ((b == "St" || b == "Sankt") && t[before.end] == '.') return std::nullopt;
            if (non_name_prefixes_.count(b) != 0) return std::nullopt;
        }
        if (span.begin >= 4 && t.substr(span.begin - 4, 4) == "St. ") return std::nullopt;
        if (inside_organisation(t, span, tokens)) return std::nullopt;

        std::size_t names = 0;
        bool has_given = false;
        bool all_stop = true;
        for (const auto& tk : tokens) {
            if (particles_.count(tk.word) != 0) continue;
            ++names;
            has_given = has_given || given_.count(tk.word) != 0 || is_initial(t, tk.span);
            all_stop = all_stop && blocked(tk.word, cued);
        }
        if (all_stop) return std::nullopt;

        Name name = make_name(t, span, std::move(tokens), 0.0, {});
        Confirmed& c = name.confirmed;
        const bool initial_first = is_initial(t, name.tokens.front().span);
        if (inverted) {
            c.base_score = 0.85;
            c.evidence.push_back("family,given-name");
        } else if (names >= 2 && has_given) {
            c.base_score = initial_first ? 0.75 : 0.85;
            c.evidence.push_back(initial_first ? "initial+family-name" : "given+family-name");
        } else if (names >= 2) {
            c.base_score = 0.6;
            c.evidence.push_back("name-sequence");
        } else if (cued) {
            c.base_score = 0.65;
            c.evidence.push_back("cue");
        } else {
            const std::string& word = name.tokens.front().word;
            const bool given = given_.count(word) != 0;
            c.base_score = given ? 0.45 : 0.35;
            c.evidence.push_back(given ? "given-name" : "family-name");
        }
        // Mid-sentence, an ordinary word is written in lower case, so a capital there marks
        // a name; at a sentence start every word has one, and a name that is also a word
        // ("Tore", "Liv", "Berg") says little.
        if (sentence_initial(t, span.begin) && names == 1) {
            const bool ordinary = name_words_.count(name.tokens.front().word) != 0;
            c.base_score -= ordinary ? 0.3 : 0.05;
            c.evidence.push_back(ordinary ? "sentence-initial-ordinary-word" : "sentence-initial");
        }
        if (names == 1 && before.size() > 0 &&
            place_prepositions_.count(t.substr(before.begin, before.size())) != 0) {
            c.base_score -= 0.15;
            c.evidence.push_back("after-place-preposition");
        }
        if (name.tokens.back().genitive) c.evidence.push_back("genitive");
        return name;
    }

    WordSet person_cues_;  // the rule's context keywords, case-folded ("pasient", "fru")
    WordSet field_labels_;  // labels of a form's name field, folded ("fornavn", "tilsett")
    WordSet role_keywords_;  // one-word staff keywords, folded ("overlege", "rektor")
    EndingSet role_nouns_;  // role endings, bare, definite and plural ("ordfører", "ordføraren")
    WordSet given_, family_, name_words_, common_, months_, streets_, particles_, organisation_suffixes_, non_name_prefixes_,
        places_, stop_tokens_, place_prepositions_, verbs_after_, words_before_;
    std::vector<std::string> organisation_endings_;
    std::vector<std::string> organisations_;
    // "jeg heter", "eg heiter" (lower case), each with where its longest word starts.
    std::vector<std::pair<std::string, std::size_t>> self_introductions_;
    std::unordered_map<std::string, std::vector<const std::string*>, WordHash, std::equal_to<>> organisations_by_word_;
};

}  // namespace

std::string mask_name(std::string_view name) {
    std::string out;
    bool word_start = true;
    for (std::size_t i = 0; i < name.size();) {
        const UChar32 c = code_point_at(name, i);
        const std::size_t next = next_offset(name, i);
        if (is_letter(c)) {
            if (word_start) {
                out.append(name.substr(i, next - i));
                out += "***";
            }
            word_start = false;
        } else {
            const std::string_view piece = name.substr(i, next - i);
            out.append(piece == "\n" ? std::string_view(" ") : piece);
            word_start = true;
        }
        i = next;
    }
    return out;
}

std::unique_ptr<Validator> make_person_name_validator(const Rule& rule) {
    return std::make_unique<PersonNameValidator>(rule);
}

}  // namespace jv
