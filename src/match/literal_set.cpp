#include "match/literal_set.hpp"

namespace jv {

namespace {

struct Sink {
    const std::vector<std::string>* literals;
    const std::function<void(std::size_t, std::size_t, std::size_t)>* on_match;
};

int on_literal(unsigned id, unsigned long long, unsigned long long to, unsigned, void* ctx) {
    const auto* sink = static_cast<Sink*>(ctx);
    const std::size_t end = static_cast<std::size_t>(to);
    (*sink->on_match)(id, end - (*sink->literals)[id].size(), end);
    return 0;
}

}  // namespace

Result<LiteralSet> LiteralSet::build(std::vector<std::string> literals) {
    LiteralSet set;
    set.literals_ = std::move(literals);
    if (set.literals_.empty()) return set;
    std::vector<const char*> exprs;
    std::vector<std::size_t> lengths;
    std::vector<unsigned> flags(set.literals_.size(), 0);
    std::vector<unsigned> ids;
    for (std::size_t i = 0; i < set.literals_.size(); ++i) {
        if (set.literals_[i].empty()) return Error{"an empty literal cannot be matched"};
        exprs.push_back(set.literals_[i].data());
        lengths.push_back(set.literals_[i].size());
        ids.push_back(static_cast<unsigned>(i));
    }
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lengths.data(),
                             static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &db, &error) != HS_SUCCESS) {
        std::string message = error != nullptr ? error->message : "literal set does not compile";
        hs_free_compile_error(error);
        return Error{message};
    }
    set.db_.reset(db);
    return set;
}

void LiteralSet::scan(std::string_view text, const ScanScratch& scratch,
                      const std::function<void(std::size_t, std::size_t, std::size_t)>& on_match) const {
    if (!db_ || text.empty()) return;
    Sink sink{&literals_, &on_match};
    hs_scan(db_.get(), text.data(), static_cast<unsigned>(text.size()), 0, scratch.get(), on_literal, &sink);
}

}  // namespace jv
