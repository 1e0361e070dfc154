#include "match/hs_handles.hpp"

namespace jv {

bool ScanScratch::allocate_for(const hs_database_t* db) {
    hs_scratch_t* raw = scratch_.release();
    const bool ok = hs_alloc_scratch(db, &raw) == HS_SUCCESS;
    scratch_.reset(raw);
    return ok;
}

Result<ScanScratch> ScanScratch::clone() const {
    if (!scratch_) return ScanScratch();  // no database needed any
    hs_scratch_t* copy = nullptr;
    if (hs_clone_scratch(scratch_.get(), &copy) != HS_SUCCESS) return Error{"cannot allocate scan memory"};
    return ScanScratch(copy);
}

}  // namespace jv
