#pragma once
#include <filesystem>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "pipeline/engine.hpp"

namespace jv {

// Counts for one finding type: a finding that overlaps a gold entity of its type is a
// true positive (each gold entity is matched once); `exact` counts identical spans.
struct TypeScore {
    std::size_t tp = 0, fp = 0, fn = 0, exact = 0;
    [[nodiscard]] double precision() const { return tp + fp == 0 ? 1.0 : double(tp) / double(tp + fp); }
    [[nodiscard]] double recall() const { return tp + fn == 0 ? 1.0 : double(tp) / double(tp + fn); }
};

struct CategoryScore {
    std::size_t documents = 0;
    std::size_t quarantined = 0;
    std::size_t expected_quarantine = 0;  // gold verdict quarantine
};

struct Evaluation {
    std::map<std::string, TypeScore> types;
    std::map<std::string, CategoryScore> categories;
    std::size_t documents = 0;
    std::size_t verdict_agrees = 0;
};

// Scans every X.txt (or other file) that has X.gold.json beside it under `dir` and
// compares entities (type, byte span) and verdicts with the gold (corpora/letters format).
Result<Evaluation> evaluate_corpus(const Engine& engine, const std::filesystem::path& dir);

// NorNE dev splits (../shared/data/norne-dev): person names in ordinary prose. Each
// split file is scanned as one text; PER entities are the gold for person_name.
Result<TypeScore> evaluate_norne(const Engine& engine, const std::filesystem::path& text,
                                 const std::filesystem::path& gold);

void print_evaluation(std::ostream& out, const Evaluation& e);
void print_type_score(std::ostream& out, const std::string& label, const TypeScore& s);

}  // namespace jv
