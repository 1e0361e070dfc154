#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include <hs/hs.h>

#include "core/result.hpp"
#include "core/span.hpp"
#include "match/rule_set.hpp"

namespace jv {

// A place in the normalised text where a rule's pattern matched; not yet confirmed.
struct Candidate {
    std::size_t rule = 0;     // index into RuleSet::rules
    std::size_t pattern = 0;  // index into Rule::patterns
    Span span;
};

struct HsDatabaseDeleter {
    void operator()(hs_database_t* db) const { hs_free_database(db); }
};
struct HsScratchDeleter {
    void operator()(hs_scratch_t* scratch) const { hs_free_scratch(scratch); }
};
using HsDatabase = std::unique_ptr<hs_database_t, HsDatabaseDeleter>;

// Per-thread working memory for a scan; cheap to clone from the database's prototype.
class ScanScratch {
public:
    explicit ScanScratch(hs_scratch_t* scratch) : scratch_(scratch) {}
    [[nodiscard]] hs_scratch_t* get() const { return scratch_.get(); }

private:
    std::unique_ptr<hs_scratch_t, HsScratchDeleter> scratch_;
};

struct DatabaseOptions {
    // Where the compiled database is kept between runs; empty disables the cache.
    std::filesystem::path cache_dir;
};

// Every pattern of every rule compiled into one Vectorscan block-mode database.
class PatternDatabase {
public:
    static Result<PatternDatabase> build(const RuleSet& rules, const DatabaseOptions& options);

    [[nodiscard]] Result<ScanScratch> make_scratch() const;
    // Candidates ordered by start, duplicates of one span (two layouts) kept once.
    [[nodiscard]] Result<std::vector<Candidate>> scan(std::string_view text, const ScanScratch& scratch) const;
    [[nodiscard]] bool loaded_from_cache() const { return from_cache_; }

private:
    PatternDatabase(HsDatabase db, std::vector<std::pair<std::size_t, std::size_t>> ids, bool from_cache);
    HsDatabase db_;
    std::unique_ptr<hs_scratch_t, HsScratchDeleter> prototype_;
    std::vector<std::pair<std::size_t, std::size_t>> expression_ids_;  // hs id -> (rule, pattern)
    bool from_cache_ = false;
};

// The default cache folder: $XDG_CACHE_HOME/journalvakt or ~/.cache/journalvakt.
std::filesystem::path default_cache_dir();

}  // namespace jv
