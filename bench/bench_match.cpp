// SPDX-License-Identifier: GPL-3.0-or-later
//
// Where a plain-text scan spends its time once tens of thousands of lexicon entries are
// loaded, stage by stage, with two baselines measured in the same run:
//   - the identity-number rule alone (what the scan costs without names and health terms);
//   - every lexicon entry as a Vectorscan literal (the design word lookup replaced).
//
//   journalvakt_bench_match [--repeat N] FILE...
//
// For each file it prints MB/s (1 MB = 2^20 bytes, best of N runs, one thread) of
//   normalise       the normaliser alone
//   match fnr       the pattern scan with the identity rule alone (baseline)
//   match all       the pattern scan with every rule: patterns, names, health terms, keywords
//   literals        every word-lexicon entry and keyword compiled into one Vectorscan
//                   literal database and scanned (baseline for "match all")
//   scan fnr / all  the whole pipeline (decode, normalise, match, validate, score, snippets)
//   report all      scan all plus the jsonl line
// and findings per MB, then the ratios match-all/match-fnr and match-all/literals.
#include <hs/hs.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "core/read_file.hpp"
#include "match/hs_handles.hpp"
#include "match/pattern_database.hpp"
#include "match/rule_set.hpp"
#include "normalize/normalize.hpp"
#include "pipeline/engine.hpp"
#include "report/json_text.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double best_seconds(int repeat, const std::function<void()>& run) {
    double best = 1e30;
    for (int i = 0; i < repeat; ++i) {
        const auto start = Clock::now();
        run();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    return best;
}

// The old design: every entry a literal (names as written, health terms and keywords
// caseless, as the rules compare them), one database.
struct LiteralBaseline {
    jv::HsDatabase db;
    jv::ScanScratch scratch;
    std::size_t literals = 0;

    static LiteralBaseline build(const jv::RuleSet& rules) {
        std::set<std::pair<std::string, bool>> seen;
        for (const jv::Rule& rule : rules.rules) {
            for (const auto& name : rule.word_lexicons)
                for (const auto& e : rule.lexicons.at(name).entries)
                    if (e.size() >= rule.word_options.min_length) seen.insert({e, rule.word_options.caseless});
            for (const auto* list : {&rule.context.keywords, &rule.context.negative_keywords})
                for (const auto& k : *list) seen.insert({k, true});
        }
        std::vector<const char*> exprs;
        std::vector<std::size_t> lengths;
        std::vector<unsigned> flags, ids;
        for (const auto& [text, caseless] : seen) {
            exprs.push_back(text.data());
            lengths.push_back(text.size());
            flags.push_back(caseless ? HS_FLAG_CASELESS : 0);
            ids.push_back(static_cast<unsigned>(ids.size()));
        }
        hs_database_t* db = nullptr;
        hs_compile_error_t* error = nullptr;
        if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lengths.data(),
                                 static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &db, &error) != HS_SUCCESS) {
            std::fprintf(stderr, "literal baseline does not compile: %s\n", error != nullptr ? error->message : "?");
            std::exit(2);
        }
        LiteralBaseline out;
        out.db.reset(db);
        if (!out.scratch.allocate_for(db)) std::exit(2);
        out.literals = exprs.size();
        return out;
    }

    std::size_t scan(std::string_view text) const {
        std::size_t hits = 0;
        hs_scan(db.get(), text.data(), static_cast<unsigned>(text.size()), 0, scratch.get(),
                [](unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
                    ++*static_cast<std::size_t*>(ctx);
                    return 0;
                },
                &hits);
        return hits;
    }
};

struct Pipeline {
    jv::RuleSet rules;
    jv::PatternDatabase database;
    jv::ScanScratch scratch;
    jv::Engine engine;
};

Pipeline make_pipeline(jv::RuleSet rules) {
    jv::DatabaseOptions options;
    options.cache_dir = jv::default_cache_dir();
    auto database = jv::PatternDatabase::build(rules, options);
    jv::EngineConfig config;
    config.database = options;
    auto engine = jv::Engine::create(rules, config);
    if (!database || !engine) {
        std::fprintf(stderr, "cannot build the rule set\n");
        std::exit(2);
    }
    jv::ScanScratch scratch;
    if (database->database() != nullptr && !scratch.allocate_for(database->database())) std::exit(2);
    return Pipeline{std::move(rules), std::move(*database), std::move(scratch), std::move(*engine)};
}

}  // namespace

int main(int argc, char** argv) {
    int repeat = 3;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
        else files.push_back(arg);
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: journalvakt_bench_match [--repeat N] FILE...\n");
        return 2;
    }
    auto all_rules = jv::load_builtin_rule_set();
    if (!all_rules) return 2;
    auto fnr_rules = jv::select_rules(*all_rules, {"no.fnr"});
    if (!fnr_rules) return 2;
    std::size_t entries = 0;
    for (const auto& r : all_rules->rules)
        for (const auto& name : r.word_lexicons) entries += r.lexicons.at(name).entries.size();
    Pipeline all = make_pipeline(*all_rules);
    Pipeline fnr = make_pipeline(*fnr_rules);
    const LiteralBaseline literals = LiteralBaseline::build(*all_rules);
    auto all_worker = all.engine.make_worker();
    auto fnr_worker = fnr.engine.make_worker();
    if (!all_worker || !fnr_worker) return 2;

    std::printf("rule set %s: %zu lexicon entries; literal baseline: %zu literals; best of %d, one thread\n",
                all_rules->version.c_str(), entries, literals.literals, repeat);
    std::printf("%-28s %7s %9s %10s %10s %10s %10s %9s %9s %10s %8s %8s\n", "file", "MB", "findings", "normalise",
                "match fnr", "match all", "literals", "scan fnr", "scan all", "report all", "all/fnr", "all/lit");
    for (const auto& file : files) {
        auto bytes = jv::read_whole_file(file);
        if (!bytes) {
            std::fprintf(stderr, "%s: %s\n", file.c_str(), bytes.error().message.c_str());
            return 2;
        }
        const std::string& text = *bytes;
        const double mb = static_cast<double>(text.size()) / (1024.0 * 1024.0);
        const double t_norm = best_seconds(repeat, [&] {
            jv::NormText n;
            jv::normalize(text, n);
        });
        jv::NormText norm;
        jv::normalize(text, norm);
        const double t_fnr = best_seconds(repeat, [&] { (void)fnr.database.scan(norm.text, fnr.scratch); });
        const double t_all = best_seconds(repeat, [&] { (void)all.database.scan(norm.text, all.scratch); });
        const double t_lit = best_seconds(repeat, [&] { (void)literals.scan(norm.text); });
        const double t_scan_fnr = best_seconds(repeat, [&] { (void)fnr.engine.scan_bytes(*fnr_worker, file, text); });
        std::size_t findings = 0;
        const double t_scan_all = best_seconds(repeat, [&] {
            findings = all.engine.scan_bytes(*all_worker, file, text).findings.size();
        });
        const double t_report = best_seconds(repeat, [&] {
            const auto r = all.engine.scan_bytes(*all_worker, file, text);
            (void)jv::document_to_json_line(r, all_rules->version);
        });
        std::string name = file.size() > 28 ? "..." + file.substr(file.size() - 25) : file;
        std::printf("%-28s %7.1f %9.0f %10.1f %10.1f %10.1f %10.1f %9.1f %9.1f %10.1f %8.2f %8.2f\n", name.c_str(), mb,
                    static_cast<double>(findings) / mb, mb / t_norm, mb / t_fnr, mb / t_all, mb / t_lit, mb / t_scan_fnr,
                    mb / t_scan_all, mb / t_report, t_fnr / t_all, t_lit / t_all);
    }
    std::printf("(columns normalise..report all in MB/s; findings per MB; all/fnr and all/lit: throughput of\n"
                " match all relative to match fnr and to the literal baseline)\n");
    return 0;
}
