#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "match/hs_handles.hpp"

namespace jv {

// Many literal strings compiled into one Vectorscan literal database; each match is
// reported with the literal's index and its span. Empty sets compile to nothing and
// match nothing.
class LiteralSet {
public:
    static Result<LiteralSet> build(std::vector<std::string> literals);

    // Calls `on_match(index, begin, end)` for every occurrence, overlapping ones included.
    void scan(std::string_view text, const ScanScratch& scratch,
              const std::function<void(std::size_t, std::size_t, std::size_t)>& on_match) const;

    [[nodiscard]] const hs_database_t* database() const { return db_.get(); }
    [[nodiscard]] const std::vector<std::string>& literals() const { return literals_; }

private:
    HsDatabase db_;
    std::vector<std::string> literals_;
};

}  // namespace jv
