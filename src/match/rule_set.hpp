#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/finding.hpp"
#include "core/result.hpp"
#include "match/builtin_rules.hpp"
#include "match/word_lexicon.hpp"

namespace jv {

// One written form of a rule: a Vectorscan expression and the layout name it stands for.
struct RulePattern {
    std::string layout;
    std::string regex;
};

// A lexicon: the entries of a .txt file (one per line) or the rows of a .tsv file,
// comment lines (#) and blank lines dropped.
struct Lexicon {
    std::string file;
    std::vector<std::string> entries;                // first column
    std::vector<std::vector<std::string>> columns;   // all columns of each entry
};

// Context cues looked for around a candidate, case-folded.
struct ContextSpec {
    std::size_t before = 60;
    std::size_t after = 30;
    double keyword_boost = 0.2;
    double negative_penalty = 0.3;
    std::size_t label_distance = 6;
    // Where in the window a negative word counts (rule key `negative_reach`):
    //   line    on the candidate's own line (labels beside a number: "Kontonr. 1234...");
    //   beside  only with nothing but spacing, punctuation and short abbreviations between
    //           it and the candidate, across lines too: a role labels the name it stands by
    //           ("Saksbehandler: Per Hansen", "Per Hansen\nseniorrådgiver", "Med vennlig
    //           hilsen\n\nPer Hansen"), not a patient named further on;
    //   window  anywhere in the window.
    enum class NegativeReach { line, beside, window };
    NegativeReach negative_reach = NegativeReach::line;
    std::vector<std::string> keywords;
    std::vector<std::string> negative_keywords;
    // Negative words that label only what follows them (`negative_before_only`): an
    // address line's "Att:", a greeting over a signature. A name that ends a paragraph
    // just above "Med vennlig hilsen" is not the signer.
    std::vector<bool> negative_before_only;  // by index into negative_keywords
    // Endings of role words (`negative_suffixes`): a word that ends so directly beside the
    // candidate, before it or after a comma, a line break or a table's bar, is a negative
    // keyword too ("intensivsykepleier", "Kursholder:", "helse- og omsorgsminister").
    std::vector<std::string> negative_suffixes;
    // The endings a role word takes, definite and plural ("leiar" -> "leiarane"): a word
    // that ends in a negative suffix and one of these is a role too.
    static constexpr const char* kRoleEndings[] = {"", "e", "en", "et", "a", "n", "r", "ne", "ene", "ane", "ar", "er"};
    // Whole words in parentheses right after the candidate that mark it the same way: party
    // labels after a politician's name, "Elin Skår (SV)" (`negative_tags`).
    std::vector<std::string> negative_tags;
    // What a role may take between it and the name before the name still stands beside it
    // (`negative_complements`): a preposition and a few words that end in a body's name,
    // "Leiar av helse- og omsorgsutvalet Anne Fimreite", "lege ved legevakta Ola Dahl".
    struct Complements {
        std::vector<std::string> prepositions;  // av, for, i, ved (folded)
        std::vector<std::string> endings;       // of the last word: utvalet, komiteen, styret (folded)
        std::size_t max_words = 6;              // after the preposition
    };
    Complements negative_complements;
};

struct Rule {
    std::string id;
    std::string name;
    std::string finding_type;
    std::string validator;
    Severity severity = Severity::high;
    std::vector<std::string> references;
    std::vector<RulePattern> patterns;
    // Digit groupings the validator accepts, e.g. "6-5" (for digit-layout validators).
    std::vector<std::string> layouts;
    // Named word lists the validator consults (given names, street suffixes, ...), from
    // lexicon files or written inline in the rule (`word_lists`).
    std::map<std::string, Lexicon> lexicons;
    // Lexicons (names among `lexicons`) whose entries are candidates themselves, found
    // word by word (match/word_lexicon.hpp), and how they are compared.
    std::vector<std::string> word_lexicons;
    WordLexiconOptions word_options;
    // Findings scoring below this after context are not reported (too likely chance).
    double min_score = 0.0;
    ContextSpec context;
    std::vector<std::string> examples;
    std::vector<std::string> negative_examples;
    std::string source_file;
};

// How findings raise each other within a document (score/combine.hpp).
struct CombinePolicy {
    std::size_t proximity_bytes = 300;
    std::vector<std::string> identity_types{"fodselsnummer", "d_nummer", "h_nummer", "fh_nummer"};
    std::vector<std::string> health_types{"health_term", "diagnosis_code"};
    std::vector<std::string> name_types{"person_name"};
    Severity identity_with_health = Severity::critical;
    Severity name_with_health = Severity::high;
    double min_name_score = 0.5;
    double min_health_score = 0.5;
    // Words that open a letter's subject line ("Gjelder:", "Vedr."): the private person
    // named right after one is what the letter is about (policy key `subject_labels`).
    std::vector<std::string> subject_labels;
    // Header labels of the persons who write or receive a message ("From:", "Til:"): the
    // private person named after one is a correspondent, and health data anywhere in the
    // document, in any part, is taken to be about them (policy key `correspondent_labels`).
    std::vector<std::string> correspondent_labels;
    // Words that call the private person named right after them a patient ("pasient Ahmed
    // Ali"): being a patient is health data of its own (policy key `patient_labels`).
    std::vector<std::string> patient_labels;
    // Greetings over a signature ("Med vennlig hilsen") and the first person's words ("jeg",
    // "min"): a letter that says "jeg" beside health data is written by the person it is
    // about, so the name under its greeting is that person, not staff (policy keys
    // `signature_greetings`, `first_person_words`).
    std::vector<std::string> signature_greetings;
    std::vector<std::string> first_person_words;
    std::vector<std::string> salutations;  // "hei", "kjære": the greeting over a message (`salutations`)
    // Pronouns that open a sentence going on about the person named before (`pronouns`).
    std::vector<std::string> pronouns;
    std::vector<std::string> decision_words;  // a case officer's: "vurdert", "innvilger" (`decision_words`)
    // Words that may stand between an official's name and a health term said of them
    // ("Ordfører Tove Åsen er sykmeldt"): the official's own health (`own_health_links`).
    std::vector<std::string> own_health_links;
    // Parts of a public body's or a health provider's mail domain ("kommune.no", "helse-"):
    // a name written with such an address is that body's staff (`staff_mail_domains`).
    std::vector<std::string> staff_mail_domains;
};

struct Policy {
    Severity quarantine_at = Severity::medium;
    CombinePolicy combine;
    std::vector<std::pair<std::string, Severity>> severity_by_type;
    double low_score_threshold = 0.5;
};

// Everything loaded from a patterns folder. `hash` is the SHA-256 of every file read,
// in path order: it keys the compiled-database cache and names the exact rule text.
struct RuleSet {
    std::string version;
    std::string hash;
    std::vector<Rule> rules;
    Policy policy;
};

// A rule file's text and its path relative to the patterns folder.
struct SourceFile {
    std::string path;
    std::string content;
};

Result<RuleSet> load_rule_set(const std::vector<SourceFile>& files);
Result<RuleSet> load_builtin_rule_set();
// Reads every *.yml below `dir` (ruleset.yml, policy.yml, rules/*.yml).
Result<RuleSet> load_rule_set_from_dir(const std::filesystem::path& dir);
// Keeps only the rules with the given ids (an operator's --only, or a test's focus).
Result<RuleSet> select_rules(RuleSet set, const std::vector<std::string>& ids);
// Replaces the policy of `rules` with the one in `file`.
Result<Policy> load_policy_file(const std::filesystem::path& file);

}  // namespace jv
