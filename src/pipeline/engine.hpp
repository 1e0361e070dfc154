#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "core/verdict.hpp"
#include "extract/extract.hpp"
#include "extract/isolation.hpp"
#include "match/pattern_database.hpp"
#include "match/rule_set.hpp"
#include "score/combine.hpp"
#include "score/context.hpp"
#include "validate/validator.hpp"

namespace jv {

struct EngineConfig {
    ExtractConfig extract;
    DatabaseOptions database;
    // Staff and officials whose names are reported at severity info and never combine
    // with health terms (an employee-directory export, the letterhead's names).
    std::vector<std::string> allowlist;
};

// The whole pipeline (extract -> normalise -> match -> validate -> score) behind one
// immutable object, shared by every thread of the CLI and the service. Each thread
// brings its own Worker with its scan memory.
class Engine {
public:
    class Worker {
    public:
        explicit Worker(ScanScratch scratch) : scratch_(std::move(scratch)) {}

    private:
        friend class Engine;
        ScanScratch scratch_;
        std::unique_ptr<IsolatedExtractor> isolated_;  // started on the first document that needs it
    };

    static Result<Engine> create(RuleSet rules, const EngineConfig& config);

    [[nodiscard]] Result<Worker> make_worker() const;
    [[nodiscard]] const RuleSet& rules() const { return rules_; }
    [[nodiscard]] bool database_from_cache() const { return database_.loaded_from_cache(); }

    // Scans bytes already in memory (stdin, an HTTP body, a rule example).
    ScanResult scan_bytes(Worker& worker, std::string path, std::string bytes) const;
    // Reads and scans a file; an unreadable file gives an `error` result, not an exception.
    ScanResult scan_file(Worker& worker, const std::filesystem::path& path, std::string display_path) const;

private:
    Engine(RuleSet rules, PatternDatabase database, std::vector<ContextMatcher> context,
           std::vector<std::unique_ptr<Validator>> validators, ScanScratch prototype, EngineConfig config);
    std::vector<Finding> find_in_part(Worker& worker, const Part& part, std::vector<std::string>& problems) const;
    ScanResult finish(Document doc, std::vector<Finding> findings) const;
    Document extract(Worker& worker, std::string path, std::string bytes) const;
    bool is_name_type(const std::string& type) const;

    RuleSet rules_;
    PatternDatabase database_;
    std::vector<ContextMatcher> context_;  // one per rule, same order
    std::vector<std::unique_ptr<Validator>> validators_;  // one per rule, same order
    ScanScratch prototype_;                // allocated for every database above; cloned per worker
    EngineConfig config_;
    Allowlist allowlist_;
};

}  // namespace jv
