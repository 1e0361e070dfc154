// The database's word pass (first-byte and head filters shared by all tables, keys made
// once per word, phrases tested at their junction first) must find exactly what looking
// every word up in every lexicon finds.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <tuple>

#include "match/pattern_database.hpp"
#include "test_support.hpp"

using jv::Span;

namespace {

using Hit = std::tuple<std::size_t, std::size_t, std::size_t>;  // rule (or keyword entry), begin, end

// Every lexicon entry of every rule that starts at some word, by plain lookup.
std::set<Hit> plain_lookup(const jv::RuleSet& rules, std::string_view text) {
    std::set<Hit> out;
    for (std::size_t r = 0; r < rules.rules.size(); ++r) {
        const jv::Rule& rule = rules.rules[r];
        if (rule.word_lexicons.empty()) continue;
        std::vector<std::string> entries;
        for (const auto& name : rule.word_lexicons) {
            const auto& lex = rule.lexicons.at(name).entries;
            entries.insert(entries.end(), lex.begin(), lex.end());
        }
        for (const auto& h : jv::test::look_up_each_word(jv::WordLexicon(entries, rule.word_options), text))
            out.insert({r, h.span.begin, h.span.end});
    }
    return out;
}

using KeywordSpan = std::tuple<std::string, std::size_t, std::size_t>;

// Every context keyword of every rule, by plain lookup in one caseless lexicon.
std::set<KeywordSpan> plain_keywords(const jv::RuleSet& rules, std::string_view text) {
    std::vector<std::string> keywords;
    for (const auto& rule : rules.rules)
        for (const auto* list : {&rule.context.keywords, &rule.context.negative_keywords})
            keywords.insert(keywords.end(), list->begin(), list->end());
    std::sort(keywords.begin(), keywords.end());
    keywords.erase(std::unique(keywords.begin(), keywords.end()), keywords.end());
    jv::WordLexiconOptions options;
    options.caseless = true;
    std::set<KeywordSpan> out;
    for (const auto& h : jv::test::look_up_each_word(jv::WordLexicon(keywords, options), text))
        out.insert({keywords[h.entry], h.span.begin, h.span.end});
    return out;
}

std::set<Hit> database_lookup(const jv::RuleSet& rules, std::string_view text, std::set<KeywordSpan>& keywords) {
    auto db = jv::PatternDatabase::build(rules, jv::DatabaseOptions{});
    REQUIRE(db.ok());
    jv::ScanScratch scratch;
    if (db->database() != nullptr) REQUIRE(scratch.allocate_for(db->database()));
    auto matches = db->scan(text, scratch);
    REQUIRE(matches.ok());
    std::set<Hit> out;
    for (const auto& c : matches->candidates)
        if (c.pattern == jv::Candidate::kLexicon) out.insert({c.rule, c.span.begin, c.span.end});
    for (const auto& k : matches->keywords) {
        const auto& c = rules.rules[k.rule].context;
        const std::string& word =
            k.keyword < c.keywords.size() ? c.keywords[k.keyword] : c.negative_keywords[k.keyword - c.keywords.size()];
        keywords.insert({word, k.span.begin, k.span.end});
    }
    CHECK(std::is_sorted(matches->candidates.begin(), matches->candidates.end(),
                         [](const jv::Candidate& a, const jv::Candidate& b) { return a.span.begin < b.span.begin; }));
    return out;
}

}  // namespace

TEST_CASE("the word pass finds what plain lookup finds, repeated words and phrases included", "[words][match]") {
    const auto rules = jv::load_builtin_rule_set();
    REQUIRE(rules.ok());
    // Every letter of the corpus, and words whose entries depend on what follows them, in
    // changing company.
    std::string text;
    for (const auto& entry : std::filesystem::directory_iterator(jv::test::source_dir() / "corpora" / "letters"))
        if (entry.path().extension() == ".txt") text += jv::test::read_file(entry.path()) + "\n";
    for (int i = 0; i < 50; ++i)
        text += "Anne-Lise Anne Marie Anne. Med vennlig hilsen med Kari Per Olav Pers Per-Olav psykisk helsevern psykisk "
                "diabetesen Diabetes KREFTBEHANDLING kreft fødselsnummer f.nr. att.: ";
    const auto plain = plain_lookup(*rules, text);
    std::set<KeywordSpan> pass_keywords;
    const auto pass = database_lookup(*rules, text, pass_keywords);
    CHECK(plain.size() > 1000);
    CHECK(pass == plain);
    const auto keywords = plain_keywords(*rules, text);
    CHECK(keywords.size() > 1000);
    CHECK(pass_keywords == keywords);
}
