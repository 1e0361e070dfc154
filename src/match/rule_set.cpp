#include "match/rule_set.hpp"

#include <yaml-cpp/yaml.h>


#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "core/read_file.hpp"
#include "core/sha256.hpp"
#include "normalize/case_fold.hpp"
#include "validate/validator.hpp"

namespace jv {

namespace {

std::vector<std::string> string_list(const YAML::Node& node) {
    std::vector<std::string> out;
    if (!node) return out;
    for (const auto& item : node) out.push_back(item.as<std::string>());
    return out;
}

// Replaces ${NAME} with the named definition, so a rule file spells a shared piece
// (the separator class) once.
Result<std::string> expand_definitions(std::string regex, const std::map<std::string, std::string>& defs) {
    for (std::size_t at = regex.find("${"); at != std::string::npos; at = regex.find("${", at)) {
        const std::size_t close = regex.find('}', at);
        if (close == std::string::npos) return Error{"unclosed ${ in pattern: " + regex};
        const std::string name = regex.substr(at + 2, close - at - 2);
        const auto def = defs.find(name);
        if (def == defs.end()) return Error{"unknown definition ${" + name + "}"};
        regex.replace(at, close - at + 1, def->second);
        at += def->second.size();
    }
    return regex;
}

Result<Severity> parse_severity(const YAML::Node& node, Severity fallback) {
    if (!node) return fallback;
    const auto name = node.as<std::string>();
    if (auto severity = severity_from_string(name)) return *severity;
    return Error{"unknown severity '" + name + "'"};
}

Result<ContextSpec> parse_context(const YAML::Node& node) {
    ContextSpec spec;
    if (!node) return spec;
    spec.before = node["before"].as<std::size_t>(spec.before);
    spec.after = node["after"].as<std::size_t>(spec.after);
    spec.keyword_boost = node["keyword_boost"].as<double>(spec.keyword_boost);
    spec.negative_penalty = node["negative_penalty"].as<double>(spec.negative_penalty);
    spec.label_distance = node["label_distance"].as<std::size_t>(spec.label_distance);
    if (const auto reach = node["negative_reach"]) {
        const auto name = reach.as<std::string>();
        if (name == "line") spec.negative_reach = ContextSpec::NegativeReach::line;
        else if (name == "beside") spec.negative_reach = ContextSpec::NegativeReach::beside;
        else if (name == "window") spec.negative_reach = ContextSpec::NegativeReach::window;
        else return Error{"negative_reach must be line, beside or window, not '" + name + "'"};
    }
    // Folded once here so each candidate's window is compared with folded keywords.
    for (const auto& k : string_list(node["keywords"])) spec.keywords.push_back(fold_case(k));
    for (const auto& k : string_list(node["negative_keywords"])) spec.negative_keywords.push_back(fold_case(k));
    for (const auto& k : string_list(node["negative_suffixes"])) spec.negative_suffixes.push_back(fold_case(k));
    for (const auto& k : string_list(node["negative_tags"])) spec.negative_tags.push_back(fold_case(k));
    if (const YAML::Node c = node["negative_complements"]) {
        for (const auto& k : string_list(c["prepositions"])) spec.negative_complements.prepositions.push_back(fold_case(k));
        for (const auto& k : string_list(c["endings"])) spec.negative_complements.endings.push_back(fold_case(k));
        if (c["max_words"]) spec.negative_complements.max_words = c["max_words"].as<std::size_t>();
    }
    spec.negative_before_only.assign(spec.negative_keywords.size(), false);
    for (const auto& k : string_list(node["negative_before_only"])) {
        const auto it = std::find(spec.negative_keywords.begin(), spec.negative_keywords.end(), fold_case(k));
        if (it == spec.negative_keywords.end())
            return Error{"negative_before_only names '" + k + "', which is not among the negative keywords"};
        spec.negative_before_only[static_cast<std::size_t>(it - spec.negative_keywords.begin())] = true;
    }
    return spec;
}

Lexicon parse_lexicon(const std::string& file, const std::string& content) {
    Lexicon lex;
    lex.file = file;
    std::size_t at = 0;
    while (at < content.size()) {
        std::size_t nl = content.find('\n', at);
        if (nl == std::string::npos) nl = content.size();
        std::string line = content.substr(at, nl - at);
        at = nl + 1;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cols;
        std::size_t c = 0;
        for (std::size_t tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', c)) {
            cols.push_back(line.substr(c, tab - c));
            c = tab + 1;
        }
        cols.push_back(line.substr(c));
        if (cols[0].empty()) continue;
        lex.entries.push_back(cols[0]);
        lex.columns.push_back(std::move(cols));
    }
    return lex;
}

// Which lexicons give candidates by word lookup, and how their entries compare.
Result<bool> parse_word_lexicons(Rule& rule, const YAML::Node& node) {
    if (node["literal_lexicons"])
        return Error{"rule " + rule.id + ": 'literal_lexicons' is now 'word_lexicons' (entries are found word by word)"};
    rule.word_lexicons = string_list(node["word_lexicons"]);
    for (const auto& name : rule.word_lexicons)
        if (rule.lexicons.count(name) == 0)
            return Error{"rule " + rule.id + ": word lexicon '" + name + "' is not among its lexicons"};
    WordLexiconOptions& o = rule.word_options;
    o.caseless = node["caseless"].as<bool>(false);
    // Very short entries ("Bo", "Li") are ordinary words far more often than names; they
    // still count when the validator meets them beside a longer name.
    o.min_length = node["min_literal_length"].as<std::size_t>(1);
    o.compound_min = node["compounds"].as<std::size_t>(0);
    if (o.compound_min > 0 && o.compound_min < 4)
        return Error{"rule " + rule.id + ": compounds must be at least 4 bytes (or 0 for whole words only)"};
    o.genitive = node["genitive"].as<bool>(false);
    return true;
}

Result<Rule> parse_rule(const YAML::Node& node, const std::map<std::string, std::string>& defs,
                        const std::string& file, const std::map<std::string, const std::string*>& files) {
    Rule rule;
    rule.source_file = file;
    rule.id = node["id"].as<std::string>("");
    if (rule.id.empty()) return Error{file + ": a rule has no id"};
    rule.name = node["name"].as<std::string>(rule.id);
    rule.finding_type = node["finding_type"].as<std::string>("");
    rule.validator = node["validator"].as<std::string>("");
    auto severity = parse_severity(node["severity"], Severity::high);
    if (!severity) return Error{file + ": rule " + rule.id + ": " + severity.error().message};
    rule.severity = *severity;
    rule.references = string_list(node["references"]);
    for (const auto& p : node["patterns"]) {
        auto regex = expand_definitions(p["regex"].as<std::string>(""), defs);
        if (!regex) return Error{file + ": rule " + rule.id + ": " + regex.error().message};
        rule.patterns.push_back({p["layout"].as<std::string>(""), *regex});
    }
    for (const auto& entry : node["lexicons"]) {
        const auto name = entry.first.as<std::string>();
        const auto path = entry.second.as<std::string>();
        const auto content = files.find(path);
        if (content == files.end())
            return Error{file + ": rule " + rule.id + ": lexicon file " + path + " not found in the rule folder"};
        rule.lexicons[name] = parse_lexicon(path, *content->second);
    }
    for (const auto& entry : node["word_lists"]) {
        Lexicon lex;
        lex.file = "inline";
        for (const auto& w : string_list(entry.second)) {
            lex.entries.push_back(w);
            lex.columns.push_back({w});
        }
        rule.lexicons[entry.first.as<std::string>()] = std::move(lex);
    }
    rule.min_score = node["min_score"].as<double>(0.0);
    if (auto ok = parse_word_lexicons(rule, node); !ok) return Error{file + ": " + ok.error().message};
    if (!validator_exists(rule.validator))
        return Error{file + ": rule " + rule.id + " names unknown validator '" + rule.validator + "'"};
    if (rule.patterns.empty() && rule.word_lexicons.empty())
        return Error{file + ": rule " + rule.id + " has no patterns and no word lexicons"};
    rule.layouts = string_list(node["layouts"]);
    auto context = parse_context(node["context"]);
    if (!context) return Error{file + ": rule " + rule.id + ": " + context.error().message};
    rule.context = std::move(*context);
    rule.examples = string_list(node["examples"]);
    rule.negative_examples = string_list(node["negative_examples"]);
    return rule;
}

Result<Policy> parse_policy(const YAML::Node& node) {
    Policy policy;
    auto at = parse_severity(node["quarantine_at"], policy.quarantine_at);
    if (!at) return at.error();
    policy.quarantine_at = *at;
    for (const auto& entry : node["severity_by_type"]) {
        auto severity = parse_severity(entry.second, Severity::high);
        if (!severity) return severity.error();
        policy.severity_by_type.emplace_back(entry.first.as<std::string>(), *severity);
    }
    policy.low_score_threshold = node["low_score_threshold"].as<double>(policy.low_score_threshold);
    if (const auto combine = node["combine"]) {
        CombinePolicy& cp = policy.combine;
        cp.proximity_bytes = combine["proximity_bytes"].as<std::size_t>(cp.proximity_bytes);
        if (combine["identity_types"]) cp.identity_types = string_list(combine["identity_types"]);
        if (combine["health_types"]) cp.health_types = string_list(combine["health_types"]);
        if (combine["name_types"]) cp.name_types = string_list(combine["name_types"]);
        auto idh = parse_severity(combine["identity_with_health"], cp.identity_with_health);
        auto nh = parse_severity(combine["name_with_health"], cp.name_with_health);
        if (!idh) return idh.error();
        if (!nh) return nh.error();
        cp.identity_with_health = *idh;
        cp.name_with_health = *nh;
        cp.min_name_score = combine["min_name_score"].as<double>(cp.min_name_score);
        cp.min_health_score = combine["min_health_score"].as<double>(cp.min_health_score);
        for (const auto& label : string_list(combine["subject_labels"])) cp.subject_labels.push_back(fold_case(label));
        for (const auto& label : string_list(combine["correspondent_labels"]))
            cp.correspondent_labels.push_back(fold_case(label));
        for (const auto& label : string_list(combine["patient_labels"])) cp.patient_labels.push_back(fold_case(label));
        for (const auto& g : string_list(combine["signature_greetings"])) cp.signature_greetings.push_back(fold_case(g));
        for (const auto& w : string_list(combine["first_person_words"])) cp.first_person_words.push_back(fold_case(w));
        for (const auto& w : string_list(combine["salutations"])) cp.salutations.push_back(fold_case(w));
        for (const auto& w : string_list(combine["decision_words"])) cp.decision_words.push_back(fold_case(w));
        for (const auto& w : string_list(combine["pronouns"])) cp.pronouns.push_back(fold_case(w));
        for (const auto& w : string_list(combine["own_health_links"])) cp.own_health_links.push_back(fold_case(w));
        for (const auto& d : string_list(combine["staff_mail_domains"])) cp.staff_mail_domains.push_back(fold_case(d));
    }
    return policy;
}

}  // namespace

Result<RuleSet> load_rule_set(const std::vector<SourceFile>& unsorted) {
    std::vector<SourceFile> files = unsorted;
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    RuleSet set;
    Sha256 hash;
    bool have_version = false;
    std::map<std::string, const std::string*> by_path;
    for (const auto& file : files) by_path[file.path] = &file.content;
    try {
        for (const auto& file : files) {
            hash.update(file.path);
            hash.update(std::string_view("\0", 1));
            hash.update(file.content);
            if (file.path.size() < 4 || file.path.substr(file.path.size() - 4) != ".yml") continue;  // lexicons
            const YAML::Node root = YAML::Load(file.content);
            if (file.path == "ruleset.yml") {
                set.version = root["version"].as<std::string>("");
                have_version = !set.version.empty();
            } else if (file.path == "policy.yml") {
                auto policy = parse_policy(root);
                if (!policy) return Error{"policy.yml: " + policy.error().message};
                set.policy = *policy;
            } else if (root["rules"]) {
                std::map<std::string, std::string> defs;
                for (const auto& d : root["definitions"]) defs[d.first.as<std::string>()] = d.second.as<std::string>();
                for (const auto& node : root["rules"]) {
                    auto rule = parse_rule(node, defs, file.path, by_path);
                    if (!rule) return rule.error();
                    set.rules.push_back(std::move(*rule));
                }
            }
        }
    } catch (const YAML::Exception& e) {
        return Error{std::string("rule file is not valid YAML: ") + e.what()};
    }
    if (!have_version) return Error{"ruleset.yml with a version is missing from the rule folder"};
    if (set.rules.empty()) return Error{"the rule folder holds no rules"};
    for (std::size_t i = 0; i < set.rules.size(); ++i)
        for (std::size_t j = i + 1; j < set.rules.size(); ++j)
            if (set.rules[i].id == set.rules[j].id) return Error{"duplicate rule id " + set.rules[i].id};
    set.hash = hash.hex_digest();
    return set;
}

Result<RuleSet> load_builtin_rule_set() {
    std::vector<SourceFile> files;
    for (const auto& f : builtin_rule_files()) files.push_back({std::string(f.path), std::string(f.content)});
    return load_rule_set(files);
}

Result<RuleSet> load_rule_set_from_dir(const std::filesystem::path& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return Error{"rule folder not found: " + dir.string()};
    std::vector<SourceFile> files;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        const auto ext = it->path().extension();
        if (!it->is_regular_file() || (ext != ".yml" && ext != ".txt" && ext != ".tsv")) continue;
        auto content = read_whole_file(it->path());
        if (!content) return content.error();
        files.push_back({std::filesystem::relative(it->path(), dir).generic_string(), std::move(*content)});
    }
    if (ec) return Error{"cannot list rule folder " + dir.string() + ": " + ec.message()};
    return load_rule_set(files);
}

Result<RuleSet> select_rules(RuleSet set, const std::vector<std::string>& ids) {
    for (const auto& id : ids)
        if (std::none_of(set.rules.begin(), set.rules.end(), [&](const Rule& r) { return r.id == id; }))
            return Error{"no rule with id " + id};
    std::erase_if(set.rules, [&](const Rule& r) { return std::find(ids.begin(), ids.end(), r.id) == ids.end(); });
    // A selection compiles to another database: its hash (the cache key) must differ.
    Sha256 hash;
    hash.update(set.hash);
    for (const Rule& r : set.rules) hash.update("|" + r.id);
    set.hash = hash.hex_digest();
    return set;
}

Result<Policy> load_policy_file(const std::filesystem::path& file) {
    auto content = read_whole_file(file);
    if (!content) return content.error();
    try {
        return parse_policy(YAML::Load(*content));
    } catch (const YAML::Exception& e) {
        return Error{file.string() + " is not valid YAML: " + e.what()};
    }
}

}  // namespace jv
