#pragma once
#include <initializer_list>
#include <memory>

#include <hs/hs.h>

#include "core/result.hpp"

namespace jv {

struct HsDatabaseDeleter {
    void operator()(hs_database_t* db) const { hs_free_database(db); }
};
struct HsScratchDeleter {
    void operator()(hs_scratch_t* scratch) const { hs_free_scratch(scratch); }
};
using HsDatabase = std::unique_ptr<hs_database_t, HsDatabaseDeleter>;

// Per-thread working memory for Vectorscan scans. One scratch serves every database it
// was allocated for, so a worker needs only one.
class ScanScratch {
public:
    ScanScratch() = default;
    explicit ScanScratch(hs_scratch_t* scratch) : scratch_(scratch) {}
    [[nodiscard]] hs_scratch_t* get() const { return scratch_.get(); }

    // Grows this scratch to serve `db` too (Vectorscan reallocates in place).
    [[nodiscard]] bool allocate_for(const hs_database_t* db);
    [[nodiscard]] Result<ScanScratch> clone() const;

private:
    std::unique_ptr<hs_scratch_t, HsScratchDeleter> scratch_;
};

}  // namespace jv
