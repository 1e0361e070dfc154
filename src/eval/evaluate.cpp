#include "eval/evaluate.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/read_file.hpp"
#include <cstdio>
#include <fstream>
#include <ostream>
#include <sstream>

namespace jv {

namespace {

struct GoldEntity {
    std::string type;
    Span span;
};

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

// Matches findings to gold entities of the same type, each gold entity at most once.
void score_spans(const std::vector<Finding>& findings, const std::vector<GoldEntity>& gold,
                 std::map<std::string, TypeScore>& types) {
    std::vector<bool> used(gold.size(), false);
    for (const Finding& f : findings) {
        TypeScore& s = types[f.type];
        bool matched = false;
        for (std::size_t i = 0; i < gold.size() && !matched; ++i) {
            if (used[i] || gold[i].type != f.type || !overlaps(gold[i].span, f.span)) continue;
            used[i] = true;
            matched = true;
            ++s.tp;
            if (gold[i].span == f.span) ++s.exact;
        }
        // A finding inside an entity already matched (a name mentioned twice in one span)
        // is neither a hit nor a false alarm.
        if (!matched) {
            const bool inside_matched = std::any_of(gold.begin(), gold.end(), [&](const GoldEntity& g) {
                return g.type == f.type && overlaps(g.span, f.span);
            });
            if (!inside_matched) ++s.fp;
        }
    }
    for (std::size_t i = 0; i < gold.size(); ++i)
        if (!used[i]) ++types[gold[i].type].fn;
}

}  // namespace

Result<Evaluation> evaluate_corpus(const Engine& engine, const std::filesystem::path& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return Error{"not a folder: " + dir.string()};
    std::vector<std::filesystem::path> golds;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir, ec)) {
        const auto name = e.path().filename().string();
        if (name.size() > 10 && name.compare(name.size() - 10, 10, ".gold.json") == 0) golds.push_back(e.path());
    }
    std::sort(golds.begin(), golds.end());
    auto worker = engine.make_worker();
    if (!worker) return worker.error();
    Evaluation ev;
    for (const auto& gold_path : golds) {
        auto gold_text = read_whole_file(gold_path);
        if (!gold_text) return gold_text.error();
        nlohmann::json gold;
        try {
            gold = nlohmann::json::parse(*gold_text);
        } catch (const nlohmann::json::exception& e) {
            return Error{gold_path.string() + ": " + e.what()};
        }
        std::string name = gold_path.filename().string();
        const auto doc_path = gold_path.parent_path() / name.substr(0, name.size() - 10);
        const ScanResult r = engine.scan_file(*worker, doc_path, doc_path.string());
        std::vector<GoldEntity> entities;
        for (const auto& g : gold.value("entities", gold.value("findings", nlohmann::json::array())))
            entities.push_back({g["type"], Span{g["start"], g["end"]}});
        score_spans(r.findings, entities, ev.types);
        ++ev.documents;
        const std::string verdict = std::string(to_string(r.verdict.kind));
        if (verdict == gold.value("verdict", "")) ++ev.verdict_agrees;
        CategoryScore& c = ev.categories[gold.value("category", "uncategorised")];
        ++c.documents;
        if (verdict == "quarantine") ++c.quarantined;
        if (gold.value("verdict", "") == "quarantine") ++c.expected_quarantine;
    }
    return ev;
}

Result<TypeScore> evaluate_norne(const Engine& engine, const std::filesystem::path& text_path,
                                 const std::filesystem::path& gold_path) {
    auto text = read_whole_file(text_path);
    if (!text) return text.error();
    auto gold_text = read_whole_file(gold_path);
    if (!gold_text) return gold_text.error();
    std::vector<GoldEntity> gold;
    try {
        for (const auto& g : nlohmann::json::parse(*gold_text))
            if (g["type"] == "PER") gold.push_back({"person_name", Span{g["start"], g["end"]}});
    } catch (const nlohmann::json::exception& e) {
        return Error{gold_path.string() + ": " + e.what()};
    }
    auto worker = engine.make_worker();
    if (!worker) return worker.error();
    const ScanResult r = engine.scan_bytes(*worker, text_path.string(), std::move(*text));
    std::vector<Finding> names;
    for (const auto& f : r.findings)
        if (f.type == "person_name") names.push_back(f);
    std::map<std::string, TypeScore> types;
    score_spans(names, gold, types);
    return types["person_name"];
}

void print_type_score(std::ostream& out, const std::string& label, const TypeScore& s) {
    char line[160];
    std::snprintf(line, sizeof line, "%-22s %6zu %6zu %6zu  %9.3f %7.3f  %6zu\n", label.c_str(), s.tp, s.fp, s.fn,
                  s.precision(), s.recall(), s.exact);
    out << line;
}

void print_evaluation(std::ostream& out, const Evaluation& e) {
    out << "entities (overlap match)   tp     fp     fn  precision  recall   exact\n";
    for (const auto& [type, s] : e.types) print_type_score(out, type, s);
    out << "\ndocuments: " << e.documents << ", verdict as gold: " << e.verdict_agrees << "\n";
    out << "category               docs  quarantined  expected\n";
    for (const auto& [cat, c] : e.categories) {
        char line[160];
        std::snprintf(line, sizeof line, "%-22s %4zu  %11zu  %8zu\n", cat.c_str(), c.documents, c.quarantined,
                      c.expected_quarantine);
        out << line;
    }
    std::size_t positives = 0, caught = 0, negatives = 0, false_alarms = 0;
    for (const auto& [cat, c] : e.categories) {
        if (c.expected_quarantine == c.documents) {
            positives += c.documents;
            caught += c.quarantined;
        } else if (c.expected_quarantine == 0) {
            negatives += c.documents;
            false_alarms += c.quarantined;
        }
    }
    char summary[200];
    std::snprintf(summary, sizeof summary,
                  "\ndocument quarantine recall: %.3f (%zu/%zu)\nfalse quarantine rate:      %.3f (%zu/%zu)\n",
                  positives ? double(caught) / double(positives) : 1.0, caught, positives,
                  negatives ? double(false_alarms) / double(negatives) : 0.0, false_alarms, negatives);
    out << summary;
    const auto health = e.categories.find("health_person");
    const auto admin = e.categories.find("admin");
    if (health != e.categories.end() && admin != e.categories.end()) {
        std::snprintf(summary, sizeof summary,
                      "health-about-a-person recall: %.3f; false quarantine of administrative letters: %.3f\n",
                      double(health->second.quarantined) / double(std::max<std::size_t>(1, health->second.documents)),
                      double(admin->second.quarantined) / double(std::max<std::size_t>(1, admin->second.documents)));
        out << summary;
    }
}

}  // namespace jv
