#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>


#include "core/result.hpp"
#include "core/span.hpp"
#include "match/hs_handles.hpp"
#include "match/rule_set.hpp"
#include "match/word_lexicon.hpp"

namespace jv {

// A place in the normalised text where a rule's pattern or lexicon matched; not yet confirmed.
struct Candidate {
    static constexpr std::size_t kLexicon = static_cast<std::size_t>(-1);
    std::size_t rule = 0;     // index into RuleSet::rules
    std::size_t pattern = 0;  // index into Rule::patterns, or kLexicon for a word-lexicon entry
    Span span;
};

// A rule's context keyword, found as a whole word.
struct KeywordHit {
    std::uint32_t rule = 0;
    std::uint32_t keyword = 0;  // into the rule's context keywords, then its negative keywords
    Span span;
};

// Everything one scan found, each list ordered by start.
struct Matches {
    std::vector<Candidate> candidates;
    std::vector<KeywordHit> keywords;
};

struct DatabaseOptions {
    // Where the compiled database is kept between runs; empty disables the cache.
    std::filesystem::path cache_dir;
};

// What one scan of a text finds for every rule: its patterns, compiled into one Vectorscan
// block-mode database, and, in one pass over the words of the text, its lexicon entries
// and context keywords.
class PatternDatabase {
public:
    struct ExpressionInfo {
        std::uint32_t rule = 0;
        std::uint32_t pattern = 0;
    };
    struct RuleLexicon {
        std::size_t rule = 0;
        WordLexicon lexicon;
    };

    static Result<PatternDatabase> build(const RuleSet& rules, const DatabaseOptions& options);

    // Null when no rule has a pattern (lexicons alone need no Vectorscan database).
    [[nodiscard]] const hs_database_t* database() const { return db_.get(); }
    // Candidates ordered by start, duplicates of one span (two layouts) kept once; and
    // the context keywords around them.
    [[nodiscard]] Result<Matches> scan(std::string_view text, const ScanScratch& scratch) const;
    [[nodiscard]] bool loaded_from_cache() const { return from_cache_; }

private:
    PatternDatabase(HsDatabase db, std::vector<ExpressionInfo> ids, std::vector<RuleLexicon> lexicons, bool from_cache);
    void build_key_filter();
    // Lexicon entries and keywords of the words in `range` (widened to whole words).
    void scan_words(std::string_view text, Span range, Matches& out) const;

    HsDatabase db_;
    std::vector<ExpressionInfo> expression_ids_;  // by Vectorscan expression id
    std::vector<RuleLexicon> lexicons_;
    WordLexicon keywords_;  // every rule's context keywords, each once
    // Every key of every lexicon above, folded: most words are in none, and one test
    // of the folded word here spares them a lookup per lexicon.
    BitFilter any_key_;
    bool any_genitive_ = false;             // a lexicon finds "Hansens" as "Hansen"
    std::size_t shortest_compound_ = 0;     // the least compound_min of a lexicon (0: none)
    std::vector<std::vector<KeywordHit>> keyword_targets_;  // by keyword entry: (rule, keyword) it stands for
    std::vector<std::pair<std::size_t, std::size_t>> reach_;  // by rule: context bytes before and after
    bool from_cache_ = false;
};

// The default cache folder: $XDG_CACHE_HOME/journalvakt or ~/.cache/journalvakt.
std::filesystem::path default_cache_dir();

}  // namespace jv
