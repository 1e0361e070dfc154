#include "match/pattern_database.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <tuple>
#include <unistd.h>

#include "core/sha256.hpp"
#include "core/utf8.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace jv {

namespace {

struct CompileInput {
    std::vector<std::string> expressions;
    std::vector<unsigned> flags;
    std::vector<unsigned> ids;
    std::vector<PatternDatabase::ExpressionInfo> id_to_pattern;
};

// A literal as a Vectorscan expression: letters and digits as they are, every other
// byte escaped, so no literal can be read as regex syntax.
std::string escape_literal(const std::string& literal) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : literal) {
        if (std::isalnum(c)) {
            out.push_back(static_cast<char>(c));
        } else {
            out += "\\x";
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0xF]);
        }
    }
    return out;
}

// The written forms a folded keyword can take: Vectorscan's caseless matching covers
// ASCII letters only, so a keyword with æ/ø/å also gets its capitalised and upper-case forms.
std::vector<std::string> keyword_forms(const std::string& folded) {
    std::vector<std::string> forms{folded};
    if (std::all_of(folded.begin(), folded.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return forms;
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(folded);
    icu::UnicodeString capitalised(static_cast<UChar32>(u_toupper(s.char32At(0))));
    capitalised.append(s, U16_LENGTH(s.char32At(0)), s.length() - U16_LENGTH(s.char32At(0)));
    for (icu::UnicodeString variant : {capitalised, icu::UnicodeString(s).toUpper()}) {
        std::string utf8;
        variant.toUTF8String(utf8);
        if (std::find(forms.begin(), forms.end(), utf8) == forms.end()) forms.push_back(std::move(utf8));
    }
    return forms;
}

bool ends_in_word_character(const std::string& s) { return !s.empty() && is_alnum(code_point_before(s, s.size())); }

CompileInput collect_expressions(const RuleSet& rules) {
    CompileInput in;
    const auto add = [&](std::string expression, unsigned flags, PatternDatabase::ExpressionInfo info) {
        in.ids.push_back(static_cast<unsigned>(in.expressions.size()));
        in.expressions.push_back(std::move(expression));
        in.flags.push_back(flags);
        in.id_to_pattern.push_back(info);
    };
    for (std::size_t r = 0; r < rules.rules.size(); ++r) {
        const auto& rule = rules.rules[r];
        const auto rule_id = static_cast<std::uint32_t>(r);
        // Start offsets are needed to report a span; patterns are short and bounded, so
        // leftmost start-of-match costs little.
        for (std::size_t p = 0; p < rule.patterns.size(); ++p)
            add(rule.patterns[p].regex, HS_FLAG_SOM_LEFTMOST, {rule_id, static_cast<std::uint32_t>(p), 0, false});
        // Keywords are literals: a span is its end minus the length, no start tracking.
        std::vector<std::string> keywords = rule.context.keywords;
        keywords.insert(keywords.end(), rule.context.negative_keywords.begin(), rule.context.negative_keywords.end());
        for (std::size_t k = 0; k < keywords.size(); ++k)
            for (const std::string& form : keyword_forms(keywords[k]))
                add(escape_literal(form), HS_FLAG_CASELESS,
                    {rule_id, static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(form.size()),
                     ends_in_word_character(form)});
    }
    return in;
}

Result<HsDatabase> compile(const CompileInput& in, const RuleSet& rules) {
    std::vector<const char*> exprs;
    for (const auto& e : in.expressions) exprs.push_back(e.c_str());
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    const hs_error_t rc = hs_compile_multi(exprs.data(), in.flags.data(), in.ids.data(),
                                           static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &db, &error);
    if (rc != HS_SUCCESS) {
        std::string message = "pattern does not compile";
        if (error != nullptr) {
            message = error->message;
            if (error->expression >= 0) {
                const auto& info = in.id_to_pattern[static_cast<std::size_t>(error->expression)];
                const std::size_t r = info.rule, p = info.pattern;
                message = "rule " + rules.rules[r].id + " layout " + rules.rules[r].patterns[p].layout + ": " + message;
            }
            hs_free_compile_error(error);
        }
        return Error{message};
    }
    return HsDatabase(db);
}

std::filesystem::path cache_file(const std::filesystem::path& dir, const CompileInput& in) {
    // The key is exactly what is compiled (every expression with its flags and id, so a
    // change in how rules become expressions can never load a stale database) and the
    // library and CPU features it was compiled for.
    hs_platform_info_t platform{};
    hs_populate_platform(&platform);
    Sha256 key;
    for (std::size_t i = 0; i < in.expressions.size(); ++i) {
        key.update(in.expressions[i]);
        for (const std::string& field : {std::to_string(in.flags[i]), std::to_string(in.ids[i])}) {
            key.update("|");
            key.update(field);
        }
    }
    for (const std::string& field :
         {std::string(hs_version()), std::to_string(platform.tune), std::to_string(platform.cpu_features)}) {
        key.update("|");
        key.update(field);
    }
    return dir / (key.hex_digest().substr(0, 32) + ".hsdb");
}

std::optional<HsDatabase> read_cache(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string data = bytes.str();
    hs_database_t* db = nullptr;
    if (hs_deserialize_database(data.data(), data.size(), &db) != HS_SUCCESS) return std::nullopt;
    return HsDatabase(db);
}

void write_cache(const std::filesystem::path& file, const hs_database_t* db) {
    // Best effort: a read-only home must not stop a scan. Written to a temporary name and
    // renamed so a concurrent reader never sees half a file.
    char* bytes = nullptr;
    std::size_t length = 0;
    if (hs_serialize_database(db, &bytes, &length) != HS_SUCCESS) return;
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    const auto tmp = file.string() + ".tmp." + std::to_string(::getpid());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (out) out.write(bytes, static_cast<std::streamsize>(length));
    }
    std::free(bytes);
    std::filesystem::rename(tmp, file, ec);
    if (ec) std::filesystem::remove(tmp, ec);
}

struct MatchSink {
    Matches* out;
    const std::vector<PatternDatabase::ExpressionInfo>* ids;
    std::string_view block;  // the text being scanned, for word-boundary checks
};

// A keyword counts as a whole word: no letter or digit glued before it, nor after it
// unless it ends in punctuation ("f.nr." may be followed directly by the number).
bool whole_word(std::string_view text, std::size_t begin, std::size_t end, bool ends_in_word) {
    if (is_alnum(code_point_before(text, begin))) return false;
    return !(ends_in_word && is_alnum(code_point_at(text, end)));
}

int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned, void* ctx) {
    auto* sink = static_cast<MatchSink*>(ctx);
    if (id >= sink->ids->size()) return 0;  // never trust a database read from disk blindly
    const auto& info = (*sink->ids)[id];
    const auto end = static_cast<std::size_t>(to);
    if (info.keyword_length == 0) {
        sink->out->candidates.push_back({info.rule, info.pattern, Span{static_cast<std::size_t>(from), end}});
        return 0;
    }
    const std::size_t begin = end - info.keyword_length;
    if (whole_word(sink->block, begin, end, info.keyword_ends_in_word))
        sink->out->keywords.push_back({info.rule, info.pattern, Span{begin, end}});
    return 0;
}

}  // namespace

PatternDatabase::PatternDatabase(HsDatabase db, std::vector<ExpressionInfo> ids, std::vector<RuleLexicon> lexicons,
                                 bool from_cache)
    : db_(std::move(db)), expression_ids_(std::move(ids)), lexicons_(std::move(lexicons)), from_cache_(from_cache) {}

Result<PatternDatabase> PatternDatabase::build(const RuleSet& rules, const DatabaseOptions& options) {
    CompileInput in = collect_expressions(rules);
    std::optional<HsDatabase> db;
    bool from_cache = false;
    std::filesystem::path file;
    if (!options.cache_dir.empty()) {
        file = cache_file(options.cache_dir, in);
        db = read_cache(file);
        from_cache = db.has_value();
    }
    if (!db) {
        auto compiled = compile(in, rules);
        if (!compiled) return compiled.error();
        db = std::move(*compiled);
        if (!file.empty()) write_cache(file, db->get());
    }
    // One table per rule over all its word lexicons: one lookup per word and rule.
    std::vector<RuleLexicon> lexicons;
    for (std::size_t r = 0; r < rules.rules.size(); ++r) {
        const Rule& rule = rules.rules[r];
        if (rule.word_lexicons.empty()) continue;
        std::vector<std::string> entries;
        for (const auto& name : rule.word_lexicons) {
            const auto& lex = rule.lexicons.at(name).entries;
            entries.insert(entries.end(), lex.begin(), lex.end());
        }
        lexicons.push_back({r, WordLexicon(entries, rule.word_options)});
    }
    return PatternDatabase(std::move(*db), std::move(in.id_to_pattern), std::move(lexicons), from_cache);
}

void PatternDatabase::scan_lexicons(std::string_view text, std::vector<Candidate>& out) const {
    if (lexicons_.empty()) return;
    KeyBuffer buffer;
    std::string scratch;
    std::vector<Span> spans;
    for_each_word(text, [&](Span word) {
        LookupKey keys[2];  // exact, folded: made when a lexicon first asks for one
        bool made[2] = {false, false};
        for (const RuleLexicon& l : lexicons_) {
            const WordLexiconOptions& o = l.lexicon.options();
            const int mode = o.caseless ? 1 : 0;
            if (!made[mode]) {
                keys[mode] = make_lookup_key(text, word, o.caseless, buffer);
                made[mode] = true;
            }
            const LookupKey& key = keys[mode];
            // (A genitive of a name of three bytes or less has another head than the name.)
            if (!l.lexicon.may_begin(key.head) && !(o.genitive && word.size() <= 4)) continue;
            spans.clear();
            l.lexicon.match(text, word, key.bytes, key.hash, spans, scratch);
            for (const Span& s : spans) out.push_back({l.rule, Candidate::kLexicon, s});
        }
    });
}

Result<Matches> PatternDatabase::scan(std::string_view text, const ScanScratch& scratch) const {
    Matches out;
    MatchSink sink{&out, &expression_ids_, {}};
    // hs_scan takes an unsigned length: larger inputs go in overlapping blocks so no
    // pattern (at most a few dozen bytes) is cut.
    constexpr std::size_t kBlock = std::size_t{1} << 30;
    constexpr std::size_t kOverlap = 4096;
    for (std::size_t at = 0; at < text.size() || at == 0; at += kBlock - kOverlap) {
        const std::size_t len = std::min(kBlock, text.size() - at);
        const std::size_t candidates_before = out.candidates.size(), keywords_before = out.keywords.size();
        sink.block = text.substr(at, len);
        if (hs_scan(db_.get(), text.data() + at, static_cast<unsigned>(len), 0, scratch.get(), on_match, &sink) !=
            HS_SUCCESS)
            return Error{"pattern scan failed"};
        for (std::size_t i = candidates_before; i < out.candidates.size(); ++i) out.candidates[i].span = out.candidates[i].span.shifted(at);
        for (std::size_t i = keywords_before; i < out.keywords.size(); ++i) out.keywords[i].span = out.keywords[i].span.shifted(at);
        if (at + len >= text.size()) break;
    }
    scan_lexicons(text, out.candidates);
    std::sort(out.candidates.begin(), out.candidates.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.span.begin, a.span.end, a.rule, a.pattern) < std::tie(b.span.begin, b.span.end, b.rule, b.pattern);
    });
    out.candidates.erase(std::unique(out.candidates.begin(), out.candidates.end(),
                                     [](const Candidate& a, const Candidate& b) { return a.rule == b.rule && a.span == b.span; }),
                         out.candidates.end());
    std::sort(out.keywords.begin(), out.keywords.end(), [](const KeywordHit& a, const KeywordHit& b) {
        return std::tie(a.span.begin, a.span.end, a.rule, a.keyword) < std::tie(b.span.begin, b.span.end, b.rule, b.keyword);
    });
    // Two written forms of one keyword at one place are one hit.
    out.keywords.erase(std::unique(out.keywords.begin(), out.keywords.end(),
                                   [](const KeywordHit& a, const KeywordHit& b) {
                                       return a.rule == b.rule && a.keyword == b.keyword && a.span == b.span;
                                   }),
                       out.keywords.end());
    return out;
}

std::filesystem::path default_cache_dir() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0')
        return std::filesystem::path(xdg) / "journalvakt";
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        return std::filesystem::path(home) / ".cache" / "journalvakt";
    return {};
}

}  // namespace jv
