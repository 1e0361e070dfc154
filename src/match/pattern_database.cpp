#include "match/pattern_database.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <tuple>
#include <unistd.h>

#include "core/sha256.hpp"

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

CompileInput collect_expressions(const RuleSet& rules) {
    CompileInput in;
    for (std::size_t r = 0; r < rules.rules.size(); ++r) {
        const auto& rule = rules.rules[r];
        for (std::size_t p = 0; p < rule.patterns.size(); ++p) {
            const RulePattern& pattern = rule.patterns[p];
            in.ids.push_back(static_cast<unsigned>(in.expressions.size()));
            if (!pattern.literal.empty()) {
                // A literal's start is its end minus its length: no start tracking needed.
                in.expressions.push_back(escape_literal(pattern.literal));
                in.flags.push_back(pattern.caseless ? HS_FLAG_CASELESS : 0);
                in.id_to_pattern.push_back({r, p, pattern.literal.size(), pattern.whole_word});
            } else {
                // Start offsets are needed to report a span; patterns are short and bounded,
                // so leftmost start-of-match costs little.
                in.expressions.push_back(pattern.regex);
                in.flags.push_back(HS_FLAG_SOM_LEFTMOST);
                in.id_to_pattern.push_back({r, p, 0, false});
            }
        }
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
    std::vector<Candidate>* out;
    const std::vector<PatternDatabase::ExpressionInfo>* ids;
    std::string_view block;  // the text being scanned, for word-boundary checks
};

bool ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// A whole-word literal glued to letters is part of a longer word ("Per" in "Personer"):
// dropped here, before it costs a candidate. A trailing "s" stays (genitive "Hansens"),
// and bytes of non-ASCII letters are left to the validator.
bool inside_word(std::string_view text, std::size_t begin, std::size_t end) {
    if (begin > 0 && ascii_letter(static_cast<unsigned char>(text[begin - 1]))) return true;
    if (end >= text.size()) return false;
    const auto next = static_cast<unsigned char>(text[end]);
    if (next == 's' && (end + 1 >= text.size() || !ascii_letter(static_cast<unsigned char>(text[end + 1]))))
        return false;
    return ascii_letter(next);
}

int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned, void* ctx) {
    auto* sink = static_cast<MatchSink*>(ctx);
    if (id >= sink->ids->size()) return 0;  // never trust a database read from disk blindly
    const auto& info = (*sink->ids)[id];
    const auto end = static_cast<std::size_t>(to);
    const std::size_t begin = info.literal_length > 0 ? end - info.literal_length : static_cast<std::size_t>(from);
    if (info.whole_word && inside_word(sink->block, begin, end)) return 0;
    sink->out->push_back({info.rule, info.pattern, Span{begin, end}});
    return 0;
}

}  // namespace

PatternDatabase::PatternDatabase(HsDatabase db, std::vector<ExpressionInfo> ids,
                                 bool from_cache)
    : db_(std::move(db)), expression_ids_(std::move(ids)), from_cache_(from_cache) {}

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
    return PatternDatabase(std::move(*db), std::move(in.id_to_pattern), from_cache);
}

Result<std::vector<Candidate>> PatternDatabase::scan(std::string_view text, const ScanScratch& scratch) const {
    std::vector<Candidate> out;
    MatchSink sink{&out, &expression_ids_, {}};
    // hs_scan takes an unsigned length: larger inputs go in overlapping blocks so no
    // pattern (at most a few dozen bytes) is cut.
    constexpr std::size_t kBlock = std::size_t{1} << 30;
    constexpr std::size_t kOverlap = 4096;
    for (std::size_t at = 0; at < text.size() || at == 0; at += kBlock - kOverlap) {
        const std::size_t len = std::min(kBlock, text.size() - at);
        const std::size_t before = out.size();
        sink.block = text.substr(at, len);
        if (hs_scan(db_.get(), text.data() + at, static_cast<unsigned>(len), 0, scratch.get(), on_match, &sink) !=
            HS_SUCCESS)
            return Error{"pattern scan failed"};
        for (std::size_t i = before; i < out.size(); ++i) {
            out[i].span.begin += at;
            out[i].span.end += at;
        }
        if (at + len >= text.size()) break;
    }
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.span.begin, a.span.end, a.rule, a.pattern) < std::tie(b.span.begin, b.span.end, b.rule, b.pattern);
    });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const Candidate& a, const Candidate& b) { return a.rule == b.rule && a.span == b.span; }),
              out.end());
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
