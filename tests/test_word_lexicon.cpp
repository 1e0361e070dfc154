// Words and word lexicons: the tokenizer against a code-point reference, and entries
// found by lookup as the rules need them (case, phrases, compounds, genitives).
#include <vector>
#include <catch2/catch.hpp>

#include <random>

#include "core/ending_set.hpp"
#include "core/utf8.hpp"
#include "core/words.hpp"
#include "match/word_lexicon.hpp"
#include "normalize/case_fold.hpp"
#include "test_support.hpp"

using jv::Span;

namespace {

// Words by decoding every code point with ICU: slow and plain, the behaviour to match.
std::vector<Span> reference_words(std::string_view t) {
    std::vector<Span> out;
    std::size_t at = 0;
    while (at < t.size()) {
        const std::size_t next = jv::next_offset(t, at);
        const UChar32 c = jv::code_point_at(t, at);
        const bool word = c >= 0 && (static_cast<unsigned char>(t[at]) < 0x80 || next - at > 1) && jv::is_alnum(c);
        if (word) {
            if (!out.empty() && out.back().end == at) out.back().end = next;
            else out.push_back({at, next});
        }
        at = next;
    }
    return out;
}

std::vector<Span> words(std::string_view t) {
    std::vector<Span> out;
    jv::for_each_word(t, [&](Span w) { out.push_back(w); });
    return out;
}

std::vector<std::string> found(const jv::WordLexicon& lex, std::string_view text) {
    std::vector<std::string> out;
    for (const auto& h : jv::test::look_up_each_word(lex, text)) out.emplace_back(text.substr(h.span.begin, h.span.size()));
    return out;
}

}  // namespace

TEST_CASE("words are runs of letters and digits, non-ASCII letters included", "[words]") {
    const std::string t = "«Kåre» Ødegård-Nilsen, 12 år – ÆØÅ’s B12\xC3";
    std::vector<std::string> got;
    for (const Span& w : words(t)) got.emplace_back(t.substr(w.begin, w.size()));
    CHECK(got == std::vector<std::string>{"Kåre", "Ødegård", "Nilsen", "12", "år", "ÆØÅ", "s", "B12"});
}

TEST_CASE("the block tokenizer agrees with a code-point reference on random text", "[words]") {
    // Pieces chosen to straddle the 64-byte blocks: multi-byte letters and non-letters,
    // stray continuation bytes, truncated sequences.
    const std::vector<std::string> pieces = {"a", "Z", "7", " ", "\n", "-", ".", "æ", "Ø", "å", "é", "ß", "«", "»",
                                             "–", "’", "Ł", "ž", "€", "\xE2\x80\x8B", "\x80", "\xC3", "\xF0\x9F\x98\x80",
                                             "ﬁ", "Ω", "½", "µ", "ª"};
    std::mt19937 rng(7);
    for (int round = 0; round < 2000; ++round) {
        std::string t;
        const int n = std::uniform_int_distribution<int>(0, 200)(rng);
        for (int i = 0; i < n; ++i) t += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
        INFO("round " << round);
        REQUIRE(words(t) == reference_words(t));
    }
}

TEST_CASE("lookup keys of text words hash as the stored keys do", "[words]") {
    // Words at the very end of a text take the careful path, words of eight ASCII bytes
    // or fewer with text after them the inline one: same hash and head.
    std::vector<std::string> texts;
    for (const std::string t : {"Helse", "x helse", "abcdefgh", "ABCDEFGH", "abcdefghi", "A1b2C3", "en abcdefghijklmnopqrstuvwxyz0123456789 slutt",
                                "ØYE", "Ødegård", "straße", "ab", "KARI og Nordmann"}) {
        texts.push_back(t);
        texts.push_back(t + std::string(16, ' '));
    }
    for (const std::string& t : texts) {
        jv::KeyBuffer buffer;
        jv::for_each_word(t, [&](Span w) {
            const std::string word = t.substr(w.begin, w.size());
            for (const bool fold : {false, true}) {
                const auto key = jv::make_lookup_key(t, w, fold, buffer);
                const std::string want = fold ? jv::fold_case(word) : word;
                CHECK(std::string(key.bytes) == want);
                CHECK(key.hash == jv::key_hash(want));
                CHECK(key.head == jv::key_head(want));
            }
        });
    }
}

TEST_CASE("a case-sensitive lexicon of names: whole words, genitives, double names", "[words]") {
    jv::WordLexiconOptions o;
    o.min_length = 3;
    o.genitive = true;
    const jv::WordLexicon names({"Kari", "Hansen", "Anne-Lise", "Bo", "Per"}, o);
    CHECK(names.size() == 4);  // "Bo" is shorter than min_length
    CHECK(found(names, "Kari Hansen kom") == std::vector<std::string>{"Kari", "Hansen"});
    CHECK(found(names, "per post til Per.") == std::vector<std::string>{"Per"});
    CHECK(found(names, "Hansens sak") == std::vector<std::string>{"Hansen"});
    CHECK(found(names, "Personer, Karianne, Kari2, Bo") == std::vector<std::string>{});
    CHECK(found(names, "Anne-Lise og Anne-Lises bror") == std::vector<std::string>{"Anne-Lise", "Anne-Lise"});
    CHECK(found(names, "Anne-Lisebeth") == std::vector<std::string>{});
}

TEST_CASE("a caseless lexicon of health terms: folding, phrases over line breaks, compounds", "[words]") {
    jv::WordLexiconOptions o;
    o.caseless = true;
    o.compound_min = 6;
    const jv::WordLexicon health({"øye", "kreft", "depresjon", "psykisk helsevern", "diabetes type 2", "sår"}, o);
    CHECK(found(health, "ØYE og Øye") == std::vector<std::string>{"ØYE", "Øye"});
    CHECK(found(health, "Psykisk\n  helsevern for barn") == std::vector<std::string>{"Psykisk\n  helsevern"});
    CHECK(found(health, "diabetes type 2") == std::vector<std::string>{"diabetes type 2"});
    CHECK(found(health, "diabetes type 1") == std::vector<std::string>{});
    // An entry of six bytes or more may begin a longer word; a shorter one may not.
    CHECK(found(health, "depresjonsbehandling") == std::vector<std::string>{"depresjon"});
    CHECK(found(health, "kreftsyk, sårbar, såret") == std::vector<std::string>{});
    CHECK(found(health, "psykisk helsevernet") == std::vector<std::string>{"psykisk helsevern"});
}

TEST_CASE("a hit names its entry — an entry ending in punctuation may touch what follows", "[words]") {
    jv::WordLexiconOptions o;
    o.caseless = true;
    const jv::WordLexicon keywords({"fnr", "f.nr.", "kid", "kto."}, o);
    const std::string text = "F.nr.26111593816, KID 123, kto.1234, fnr2";
    std::vector<std::pair<std::string, std::uint32_t>> got;
    for (const auto& h : jv::test::look_up_each_word(keywords, text))
        got.emplace_back(text.substr(h.span.begin, h.span.size()), h.entry);
    CHECK(got == std::vector<std::pair<std::string, std::uint32_t>>{{"F.nr.", 1}, {"KID", 2}, {"kto.", 3}});
}

TEST_CASE("an ending set finds the longest ending and its value", "[words]") {
    jv::EndingSet roles;
    for (const std::string suffix : {"leiar", "lege", "sykepleier"})
        for (const char* ending : {"", "ane", "ne", "e"}) roles.add(suffix + ending, suffix);
    CHECK(roles.find("einingsleiarane", true) == "leiar");
    CHECK(roles.find("overlegene", true) == "lege");
    CHECK(roles.find("legene", true).empty());  // the ending is the whole word
    CHECK(roles.find("legene", false) == "lege");
    CHECK(roles.find("intensivsykepleier", true) == "sykepleier");
    CHECK(roles.find("lege", true).empty());  // a proper ending is shorter than the word
    CHECK(roles.find("lege", false) == "lege");
    CHECK(roles.find("leiarskap", true).empty());
    CHECK(roles.find("", false).empty());
    jv::EndingSet first;
    first.add("ar", "one");
    first.add("ar", "two");
    CHECK(first.find("bar", true) == "one");
}
