#pragma once
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/words.hpp"
#include "match/word_lexicon.hpp"
#include "pipeline/engine.hpp"

namespace jv::test {

inline std::filesystem::path source_dir() { return JV_SOURCE_DIR; }

// Every entry of `lexicon` found by looking each word of `text` up on its own: the plain
// reading that faster paths must agree with.
inline std::vector<LexiconHit> look_up_each_word(const WordLexicon& lexicon, std::string_view text) {
    std::vector<LexiconHit> out, hits;
    KeyBuffer buffer;
    std::string scratch;
    for_each_word(text, [&](Span w) {
        const auto key = make_lookup_key(text, w, lexicon.options().caseless, buffer);
        hits.clear();
        lexicon.match(text, w, key.bytes, key.hash, hits, scratch);
        out.insert(out.end(), hits.begin(), hits.end());
    });
    return out;
}

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// The built-in identity-number rule alone: the fixtures of the identity and document
// tests are labelled for identity numbers only, so names and health terms in their
// prose must not change their verdicts.
inline RuleSet identity_rules() {
    auto rules = load_builtin_rule_set();
    if (!rules) throw std::runtime_error(rules.error().message);
    auto selected = select_rules(std::move(*rules), {"no.fnr"});
    if (!selected) throw std::runtime_error(selected.error().message);
    return std::move(*selected);
}

// One engine per rule selection for the whole test run: building it compiles the
// pattern database, which is the slow part.
inline const Engine& builtin_engine() {
    static const Engine engine = [] {
        auto e = Engine::create(identity_rules(), EngineConfig{});
        if (!e) throw std::runtime_error(e.error().message);
        return std::move(*e);
    }();
    return engine;
}

// Every built-in rule: identity numbers, names, health terms, diagnosis codes.
inline const Engine& full_engine() {
    static const Engine engine = [] {
        auto rules = load_builtin_rule_set();
        if (!rules) throw std::runtime_error(rules.error().message);
        auto e = Engine::create(std::move(*rules), EngineConfig{});
        if (!e) throw std::runtime_error(e.error().message);
        return std::move(*e);
    }();
    return engine;
}

inline ScanResult scan_text(std::string_view text) {
    auto worker = builtin_engine().make_worker();
    return builtin_engine().scan_bytes(*worker, "test", std::string(text));
}

}  // namespace jv::test
