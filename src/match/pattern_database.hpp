#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>


#include "core/result.hpp"
#include "core/span.hpp"
#include "match/hs_handles.hpp"
#include "match/rule_set.hpp"

namespace jv {

// A place in the normalised text where a rule's pattern matched; not yet confirmed.
struct Candidate {
    std::size_t rule = 0;     // index into RuleSet::rules
    std::size_t pattern = 0;  // index into Rule::patterns
    Span span;
};

struct DatabaseOptions {
    // Where the compiled database is kept between runs; empty disables the cache.
    std::filesystem::path cache_dir;
};

// Every pattern of every rule compiled into one Vectorscan block-mode database.
class PatternDatabase {
public:
    struct ExpressionInfo {
        std::size_t rule = 0;
        std::size_t pattern = 0;
        std::size_t literal_length = 0;  // 0 for regular expressions
        bool whole_word = false;         // literal must not be glued to letters
    };

    static Result<PatternDatabase> build(const RuleSet& rules, const DatabaseOptions& options);

    [[nodiscard]] const hs_database_t* database() const { return db_.get(); }
    // Candidates ordered by start, duplicates of one span (two layouts) kept once.
    [[nodiscard]] Result<std::vector<Candidate>> scan(std::string_view text, const ScanScratch& scratch) const;
    [[nodiscard]] bool loaded_from_cache() const { return from_cache_; }

private:
    PatternDatabase(HsDatabase db, std::vector<ExpressionInfo> ids, bool from_cache);
    HsDatabase db_;
    std::vector<ExpressionInfo> expression_ids_;  // by Vectorscan expression id
    bool from_cache_ = false;
};

// The default cache folder: $XDG_CACHE_HOME/journalvakt or ~/.cache/journalvakt.
std::filesystem::path default_cache_dir();

}  // namespace jv
