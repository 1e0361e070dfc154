// journalvakt command line: parses flags and wires the stages; no scanning logic here.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <thread>

#include "cli/inputs.hpp"
#include "cli/progress.hpp"
#include "cli/scan_runner.hpp"
#include "eval/evaluate.hpp"
#include "pipeline/engine.hpp"
#include "pipeline/rule_check.hpp"
#include "report/report.hpp"

#ifndef JOURNALVAKT_VERSION
#define JOURNALVAKT_VERSION "0.0.0"
#endif

namespace {

constexpr int kExitPass = 0;
constexpr int kExitQuarantine = 1;
constexpr int kExitError = 2;

struct RuleOptions {
    std::string rules_dir;
    std::string allowlist;
    std::vector<std::string> only;
    std::string policy_file;
    std::string cache_dir;
    bool no_cache = false;
};

struct ScanOptions {
    std::vector<std::string> paths;
    std::vector<std::string> exclude;
    std::string format = "human";
    std::string output;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    jv::ExtractConfig extract;
    double timeout_seconds = 60;
    std::string ocr = "auto";
    bool in_process = false;
};

// The running binary, to start extraction workers from (the same program).
std::filesystem::path self_binary() {
    std::error_code ec;
    auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : path;
}

jv::Result<jv::RuleSet> load_rules(const RuleOptions& o) {
    auto rules = o.rules_dir.empty() ? jv::load_builtin_rule_set() : jv::load_rule_set_from_dir(o.rules_dir);
    if (rules && !o.only.empty()) rules = jv::select_rules(std::move(*rules), o.only);
    if (!rules || o.policy_file.empty()) return rules;
    auto policy = jv::load_policy_file(o.policy_file);
    if (!policy) return policy.error();
    rules->policy = *policy;
    return rules;
}

// One name per line; '#' starts a comment line.
jv::Result<std::vector<std::string>> read_allowlist(const std::string& file) {
    std::vector<std::string> names;
    if (file.empty()) return names;
    std::ifstream in(file);
    if (!in) return jv::Error{"cannot read allowlist " + file};
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty() && line[0] != '#') names.push_back(line);
    }
    return names;
}

jv::Result<jv::Engine> make_engine(const RuleOptions& o, const jv::ExtractConfig& extract) {
    auto rules = load_rules(o);
    if (!rules) return rules.error();
    auto allowlist = read_allowlist(o.allowlist);
    if (!allowlist) return allowlist.error();
    jv::EngineConfig config;
    config.allowlist = std::move(*allowlist);
    config.extract = extract;
    if (!o.no_cache) config.database.cache_dir = o.cache_dir.empty() ? jv::default_cache_dir() : std::filesystem::path(o.cache_dir);
    return jv::Engine::create(std::move(*rules), config);
}

int fail(const std::string& message) {
    std::cerr << "journalvakt: " << message << '\n';
    return kExitError;
}

int run_scan_command(const RuleOptions& rule_options, const ScanOptions& o) {
    jv::ExtractConfig extract = o.extract;
    extract.timeout = std::chrono::milliseconds(static_cast<long long>(o.timeout_seconds * 1000));
    extract.ocr = o.ocr == "off" ? jv::OcrMode::off : o.ocr == "require" ? jv::OcrMode::require : jv::OcrMode::automatic;
    if (!o.in_process) extract.worker_binary = self_binary();
    auto engine = make_engine(rule_options, extract);
    if (!engine) return fail(engine.error().message);
    std::ofstream file;
    if (!o.output.empty()) {
        file.open(o.output, std::ios::binary | std::ios::trunc);
        if (!file) return fail("cannot write " + o.output);
    }
    std::ostream& out = o.output.empty() ? std::cout : file;
    const bool terminal = o.output.empty() && ::isatty(STDOUT_FILENO) == 1;
    auto writer = jv::make_report_writer(o.format, out, {JOURNALVAKT_VERSION, &engine->rules(), terminal});

    const auto inputs = jv::expand_inputs(o.paths, o.exclude);
    jv::ScanSummary summary;
    const auto start = std::chrono::steady_clock::now();
    {
        jv::Progress progress(inputs.size(), o.format == "human" && inputs.size() > 1 && ::isatty(STDERR_FILENO) == 1);
        jv::run_scan(*engine, inputs, {o.jobs}, [&](const jv::ScanResult& r) {
            summary.add(r);
            writer->document(r);
            progress.advance(r.bytes);
        });
    }
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    writer->finish(summary);
    if (!out) return fail("could not write the report");
    if (summary.errors > 0) return kExitError;
    return summary.quarantined > 0 ? kExitQuarantine : kExitPass;
}

int run_rules_list(const RuleOptions& o) {
    auto rules = load_rules(o);
    if (!rules) return fail(rules.error().message);
    std::cout << "rule set " << rules->version << " (sha256 " << rules->hash.substr(0, 16) << ")\n";
    for (const auto& r : rules->rules) {
        std::size_t entries = 0;
        for (const auto& name : r.word_lexicons) entries += r.lexicons.at(name).entries.size();
        std::cout << r.id << "\t" << r.finding_type << "\t" << jv::to_string(r.severity) << "\t" << r.patterns.size()
                  << " patterns\t" << entries << " lexicon entries\t" << r.examples.size() << " examples\t"
                  << r.negative_examples.size() << " negative examples\t" << r.name << '\n';
    }
    return kExitPass;
}

int run_rules_check(const RuleOptions& o) {
    auto engine = make_engine(o, jv::ExtractConfig{});
    if (!engine) return fail(engine.error().message);
    auto worker = engine->make_worker();
    if (!worker) return fail(worker.error().message);
    const auto failures = jv::check_rule_examples(*engine, *worker);
    std::size_t examples = 0;
    for (const auto& r : engine->rules().rules) examples += r.examples.size() + r.negative_examples.size();
    for (const auto& f : failures) std::cout << "FAIL " << f.rule << ": " << f.problem << ": " << f.example << '\n';
    std::cout << (examples - failures.size()) << " passed, " << failures.size() << " failed\n";
    return failures.empty() ? kExitPass : kExitError;
}

int run_eval(const RuleOptions& o, const std::string& corpus, const std::string& norne) {
    if (corpus.empty() && norne.empty()) return fail("eval needs a corpus folder or --norne");
    auto engine = make_engine(o, jv::ExtractConfig{});
    if (!engine) return fail(engine.error().message);
    if (!corpus.empty()) {
        auto ev = jv::evaluate_corpus(*engine, corpus);
        if (!ev) return fail(ev.error().message);
        std::cout << "corpus " << corpus << (o.allowlist.empty() ? "" : " (allowlist " + o.allowlist + ")") << "\n";
        jv::print_evaluation(std::cout, *ev);
    }
    if (!norne.empty()) {
        std::cout << "\nNorNE person names (PER)     tp     fp     fn  precision  recall   exact\n";
        for (const char* split : {"nob-dev", "nno-dev"}) {
            const std::filesystem::path dir(norne);
            auto score = jv::evaluate_norne(*engine, dir / (std::string(split) + ".txt"),
                                            dir / (std::string(split) + ".gold.json"));
            if (!score) return fail(score.error().message);
            jv::print_type_score(std::cout, split, *score);
        }
    }
    return kExitPass;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && std::string_view(argv[1]) == "__extract-worker") return jv::run_extract_worker(argc, argv);
    CLI::App app{"journalvakt: holds back documents with personal and health data before they reach the public journal"};
    app.require_subcommand(0, 1);
    bool show_version = false;
    app.add_flag("--version", show_version, "print program and rule-set version");

    RuleOptions rule_options;
    auto add_rule_options = [&](CLI::App* cmd) {
        cmd->add_option("--rules", rule_options.rules_dir, "rule folder (default: the built-in rule set from patterns/)");
        cmd->add_option("--policy", rule_options.policy_file, "verdict policy file (default: patterns/policy.yml)");
        cmd->add_option("--cache-dir", rule_options.cache_dir, "where the compiled pattern database is cached");
        cmd->add_flag("--no-cache", rule_options.no_cache, "compile the pattern database without the cache");
        cmd->add_option("--allowlist", rule_options.allowlist,
                        "names of staff and officials, one per line: reported at severity info, never held back");
        cmd->add_option("--only", rule_options.only, "use only these rules (ids, comma-separated or repeated)")
            ->allow_extra_args(false)
            ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
            ->delimiter(',');
    };

    ScanOptions scan;
    auto* scan_cmd = app.add_subcommand("scan", "scan files, directories (recursively) or - for stdin");
    scan_cmd->add_option("paths", scan.paths, "files, directories or -")->required();
    scan_cmd->add_option("--format", scan.format, "human | json | jsonl | sarif")
        ->check(CLI::IsMember({"human", "json", "jsonl", "sarif"}));
    scan_cmd->add_option("--output,-o", scan.output, "write the report to FILE");
    scan_cmd->add_option("--exclude", scan.exclude, "leave out files below a directory whose name matches this glob (repeatable)")
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    scan_cmd->add_option("--jobs,-j", scan.jobs, "documents scanned in parallel (default: all cores)")
        ->check(CLI::Range(1u, 1024u));
    scan_cmd->add_option("--ocr", scan.ocr, "OCR for image-only PDF pages: off | auto (default) | require")
        ->check(CLI::IsMember({"off", "auto", "require"}));
    scan_cmd->add_option("--timeout", scan.timeout_seconds, "seconds one document may take to read (default 60)")
        ->check(CLI::Range(0.1, 86400.0));
    scan_cmd->add_option("--max-file-size", scan.extract.max_file_bytes, "largest file read, in bytes (default 256 MiB)");
    scan_cmd->add_option("--max-expanded-size", scan.extract.max_expanded_bytes,
                         "most bytes decompressed from one document's archives (default 1 GiB)");
    scan_cmd->add_option("--max-depth", scan.extract.max_depth, "containers inside containers (default 8)")
        ->check(CLI::Range(0, 64));
    scan_cmd->add_option("--max-memory", scan.extract.max_worker_memory,
                         "address space of an extraction worker, in bytes (default 4 GiB)");
    scan_cmd->add_flag("--in-process", scan.in_process,
                       "read documents in the scanner's own process (no isolation; for debugging)");
    add_rule_options(scan_cmd);

    auto* rules_cmd = app.add_subcommand("rules", "list or check the rule set");
    rules_cmd->require_subcommand(1);
    auto* list_cmd = rules_cmd->add_subcommand("list", "list the rules");
    auto* check_cmd = rules_cmd->add_subcommand("check", "run every rule's examples and negative examples");
    add_rule_options(list_cmd);
    add_rule_options(check_cmd);

    std::string eval_dir;
    std::string norne_dir;
    auto* eval_cmd = app.add_subcommand("eval", "precision and recall against gold-labelled corpora");
    eval_cmd->add_option("corpus", eval_dir, "folder of documents with X.gold.json beside each (e.g. corpora/letters)");
    eval_cmd->add_option("--norne", norne_dir, "NorNE dev folder (nob-dev.txt, nno-dev.txt and their .gold.json)");
    add_rule_options(eval_cmd);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? kExitPass : kExitError;
    }

    if (show_version) {
        auto rules = load_rules(rule_options);
        std::cout << "journalvakt " << JOURNALVAKT_VERSION << ", rule set "
                  << (rules ? rules->version + " (sha256 " + rules->hash.substr(0, 16) + ")" : "unavailable") << '\n';
        return rules ? kExitPass : kExitError;
    }
    if (scan_cmd->parsed()) return run_scan_command(rule_options, scan);
    if (list_cmd->parsed()) return run_rules_list(rule_options);
    if (check_cmd->parsed()) return run_rules_check(rule_options);
    if (eval_cmd->parsed()) return run_eval(rule_options, eval_dir, norne_dir);
    std::cout << app.help();
    return kExitError;
}
