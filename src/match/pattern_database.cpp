#include "match/pattern_database.hpp"

#include <algorithm>
#include <map>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <tuple>
#include <unistd.h>

#include "core/sha256.hpp"
#include "core/utf8.hpp"

namespace jv {

namespace {

struct CompileInput {
    std::vector<std::string> expressions;
    std::vector<unsigned> flags;
    std::vector<unsigned> ids;
    std::vector<PatternDatabase::ExpressionInfo> id_to_pattern;
};

CompileInput collect_expressions(const RuleSet& rules) {
    CompileInput in;
    for (std::size_t r = 0; r < rules.rules.size(); ++r) {
        const auto& rule = rules.rules[r];
        // Start offsets are needed to report a span; patterns are short and bounded, so
        // leftmost start-of-match costs little.
        for (std::size_t p = 0; p < rule.patterns.size(); ++p) {
            in.ids.push_back(static_cast<unsigned>(in.expressions.size()));
            in.expressions.push_back(rule.patterns[p].regex);
            in.flags.push_back(HS_FLAG_SOM_LEFTMOST);
            in.id_to_pattern.push_back({static_cast<std::uint32_t>(r), static_cast<std::uint32_t>(p)});
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
};

int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned, void* ctx) {
    auto* sink = static_cast<MatchSink*>(ctx);
    if (id >= sink->ids->size()) return 0;  // never trust a database read from disk blindly
    const auto& info = (*sink->ids)[id];
    sink->out->push_back({info.rule, info.pattern, Span{static_cast<std::size_t>(from), static_cast<std::size_t>(to)}});
    return 0;
}

// The rules' context keywords as one caseless lexicon, each distinct keyword once with
// the (rule, keyword) pairs it stands for.
std::pair<WordLexicon, std::vector<std::vector<KeywordHit>>> keyword_lexicon(const RuleSet& rules) {
    std::vector<std::string> words;
    std::vector<std::vector<KeywordHit>> targets;
    std::map<std::string, std::size_t> index;
    for (std::size_t r = 0; r < rules.rules.size(); ++r) {
        const ContextSpec& c = rules.rules[r].context;
        std::vector<std::string> keywords = c.keywords;
        keywords.insert(keywords.end(), c.negative_keywords.begin(), c.negative_keywords.end());
        for (std::size_t k = 0; k < keywords.size(); ++k) {
            const auto [it, added] = index.emplace(keywords[k], words.size());
            if (added) {
                words.push_back(keywords[k]);
                targets.emplace_back();
            }
            targets[it->second].push_back({static_cast<std::uint32_t>(r), static_cast<std::uint32_t>(k), {}});
        }
    }
    WordLexiconOptions options;
    options.caseless = true;
    return {WordLexicon(words, options), std::move(targets)};
}

}  // namespace

PatternDatabase::PatternDatabase(HsDatabase db, std::vector<ExpressionInfo> ids, std::vector<RuleLexicon> lexicons,
                                 bool from_cache)
    : db_(std::move(db)), expression_ids_(std::move(ids)), lexicons_(std::move(lexicons)), from_cache_(from_cache) {}

Result<PatternDatabase> PatternDatabase::build(const RuleSet& rules, const DatabaseOptions& options) {
    CompileInput in = collect_expressions(rules);
    HsDatabase db;
    bool from_cache = false;
    // Rules of lexicons alone (health terms) need no pattern database.
    if (!in.expressions.empty()) {
        std::filesystem::path file;
        if (!options.cache_dir.empty()) {
            file = cache_file(options.cache_dir, in);
            if (auto cached = read_cache(file)) {
                db = std::move(*cached);
                from_cache = true;
            }
        }
        if (!db) {
            auto compiled = compile(in, rules);
            if (!compiled) return compiled.error();
            db = std::move(*compiled);
            if (!file.empty()) write_cache(file, db.get());
        }
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
    PatternDatabase out(std::move(db), std::move(in.id_to_pattern), std::move(lexicons), from_cache);
    std::tie(out.keywords_, out.keyword_targets_) = keyword_lexicon(rules);
    for (const Rule& rule : rules.rules) out.reach_.emplace_back(rule.context.before, rule.context.after);
    out.build_key_filter();
    return out;
}

void PatternDatabase::build_key_filter() {
    std::size_t keys = keywords_.key_count();
    for (const RuleLexicon& l : lexicons_) keys += l.lexicon.key_count();
    any_key_ = BitFilter(keys);
    keywords_.add_folded_keys(any_key_);
    for (const RuleLexicon& l : lexicons_) {
        l.lexicon.add_folded_keys(any_key_);
        const WordLexiconOptions& o = l.lexicon.options();
        any_genitive_ = any_genitive_ || o.genitive;
        if (o.compound_min > 0 && (shortest_compound_ == 0 || o.compound_min < shortest_compound_))
            shortest_compound_ = o.compound_min;
    }
}

namespace {

bool in_text_order(const Candidate& a, const Candidate& b) {
    return std::tie(a.span.begin, a.span.end, a.rule, a.pattern) < std::tie(b.span.begin, b.span.end, b.rule, b.pattern);
}

}  // namespace

void PatternDatabase::scan_words(std::string_view text, Span range, Matches& out) const {
    KeyBuffer buffer;
    std::string scratch;
    std::vector<LexiconHit> hits;
    // A range starts and ends at word boundaries, so no word is read in part.
    while (range.begin > 0 && word_end_at(text, previous_offset(text, range.begin)) > range.begin)
        range.begin = previous_offset(text, range.begin);
    range.end = std::max(range.end, word_end_at(text, range.end));
    for_each_word(text.substr(range.begin, range.size()), [&](Span in_range) {
        const Span word = in_range.shifted(range.begin);
        // Exact and folded: the folded key first, for the filter; the exact one, and a
        // lexicon's cheap head test, when a lexicon asks for them.
        std::uint32_t heads[2] = {0, 0};
        LookupKey keys[2];
        bool have_head[2] = {false, false}, made[2] = {false, true};
        keys[1] = make_lookup_key(text, word, true, buffer);
        // A word no lexicon may hold is looked up only as the start of a compound.
        bool listed = any_key_.may_hold(keys[1].hash);
        if (!listed && any_genitive_ && keys[1].bytes.size() > 1 && keys[1].bytes.back() == 's') {
            const std::string_view base = keys[1].bytes.substr(0, keys[1].bytes.size() - 1);
            listed = any_key_.may_hold(key_hash(base));
        }
        if (!listed && (shortest_compound_ == 0 || keys[1].bytes.size() <= shortest_compound_)) return;
        const auto first = static_cast<unsigned char>(text[word.begin]);
        // The entries of `lexicon` that start at this word, into `hits`.
        const auto look_up = [&](const WordLexicon& lexicon) {
            const WordLexiconOptions& o = lexicon.options();
            hits.clear();
            if (!listed && (o.compound_min == 0 || keys[1].bytes.size() <= o.compound_min)) return false;
            if (!lexicon.may_start(o.caseless && first >= 'A' && first <= 'Z' ? first + 32 : first)) return false;
            const int mode = o.caseless ? 1 : 0;
            const auto make_key = [&]() -> const LookupKey& {
                if (!made[mode]) keys[mode] = make_lookup_key(text, word, o.caseless, buffer);
                made[mode] = true;
                return keys[mode];
            };
            if (!have_head[mode]) {
                heads[mode] = 0;
                if (!ascii_head(text, word, o.caseless, heads[mode])) heads[mode] = make_key().head;
                have_head[mode] = true;
            }
            // (A genitive of a name of three bytes or less has another head than the name.)
            if (!lexicon.may_begin(heads[mode]) && !(o.genitive && word.size() <= 4)) return false;
            const LookupKey& key = make_key();
            lexicon.match(text, word, key.bytes, key.hash, hits, scratch);
            return !hits.empty();
        };
        const std::size_t first_new = out.candidates.size();
        for (const RuleLexicon& l : lexicons_)
            if (look_up(l.lexicon))
                for (const LexiconHit& h : hits) out.candidates.push_back({l.rule, Candidate::kLexicon, h.span});
        // Words come in order, so sorting each word's few hits keeps all of them in order.
        if (out.candidates.size() - first_new > 1)
            std::sort(out.candidates.begin() + static_cast<std::ptrdiff_t>(first_new), out.candidates.end(), in_text_order);
        if (look_up(keywords_))
            for (const LexiconHit& h : hits)
                for (KeywordHit k : keyword_targets_[h.entry]) {
                    k.span = h.span;
                    out.keywords.push_back(k);
                }
    });
}

Result<Matches> PatternDatabase::scan(std::string_view text, const ScanScratch& scratch) const {
    Matches out;
    if (db_) {
        MatchSink sink{&out.candidates, &expression_ids_};
        // hs_scan takes an unsigned length: larger inputs go in overlapping blocks so no
        // pattern (at most a few dozen bytes) is cut.
        constexpr std::size_t kBlock = std::size_t{1} << 30;
        constexpr std::size_t kOverlap = 4096;
        for (std::size_t at = 0; at < text.size() || at == 0; at += kBlock - kOverlap) {
            const std::size_t len = std::min(kBlock, text.size() - at);
            const std::size_t before = out.candidates.size();
            if (hs_scan(db_.get(), text.data() + at, static_cast<unsigned>(len), 0, scratch.get(), on_match, &sink) !=
                HS_SUCCESS)
                return Error{"pattern scan failed"};
            for (std::size_t i = before; i < out.candidates.size(); ++i)
                out.candidates[i].span = out.candidates[i].span.shifted(at);
            if (at + len >= text.size()) break;
        }
        std::sort(out.candidates.begin(), out.candidates.end(), in_text_order);
    }
    const auto from_patterns = static_cast<std::ptrdiff_t>(out.candidates.size());
    if (!lexicons_.empty()) {
        scan_words(text, {0, text.size()}, out);  // its candidates come in order
    } else if (keywords_.size() > 0 && !out.candidates.empty()) {
        // Without lexicons (an identity-number scan) keywords matter only around the
        // pattern candidates: read the words there, not the whole text.
        std::vector<Span> windows;
        for (const Candidate& c : out.candidates) {
            const auto [before, after] = reach_[c.rule];
            windows.push_back({c.span.begin > before ? c.span.begin - before : 0, std::min(text.size(), c.span.end + after)});
        }
        std::sort(windows.begin(), windows.end(), [](Span a, Span b) { return a.begin < b.begin; });
        Span merged = windows.front();
        for (const Span& w : windows) {
            if (w.begin <= merged.end) {
                merged.end = std::max(merged.end, w.end);
                continue;
            }
            scan_words(text, merged, out);
            merged = w;
        }
        scan_words(text, merged, out);
    }
    std::inplace_merge(out.candidates.begin(), out.candidates.begin() + from_patterns, out.candidates.end(), in_text_order);
    out.candidates.erase(std::unique(out.candidates.begin(), out.candidates.end(),
                                     [](const Candidate& a, const Candidate& b) { return a.rule == b.rule && a.span == b.span; }),
                         out.candidates.end());
    // Keywords come in text order: words are visited in order, ranges too. (Ranges widened
    // to word boundaries may meet; a word read twice gives its hit twice.)
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
