// The journalvakt binary as operators and archive systems call it: exit codes, output
// files, stdin, ordering under parallel jobs, and gold labels through the CLI.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <map>
#include <sstream>

#include "gold.hpp"

using namespace jv::test;

namespace {

struct Run {
    int exit_code = -1;
    std::string out;
};

Run run(const std::string& args, const std::string& stdin_file = "") {
    // A private cache folder, so tests neither use nor leave a user's cache.
    std::string cmd = "XDG_CACHE_HOME=" + (std::filesystem::temp_directory_path() / "jv-cli-test-cache").string() +
                      " " + JV_BINARY + " " + args;
    if (!stdin_file.empty()) cmd += " < " + stdin_file;
    cmd += " 2>/dev/null";
    Run r;
    FILE* pipe = ::popen(cmd.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) r.out.append(buf, n);
    const int status = ::pclose(pipe);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string tmp_file(const std::string& name, const std::string& content) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
}

std::vector<nlohmann::json> jsonl(const std::string& text) {
    std::vector<nlohmann::json> docs;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) docs.push_back(nlohmann::json::parse(line));
    return docs;
}

}  // namespace

TEST_CASE("exit codes: 0 pass, 1 quarantine, 2 error or usage", "[cli]") {
    const auto clean = tmp_file("jv-clean.txt", "Møtereferat uten personopplysninger.\n");
    const auto person = tmp_file("jv-person.txt", "fnr 26111593816\n");
    const auto binary = tmp_file("jv-binary.txt", std::string("\x00\x01\x02\x03", 4));
    CHECK(run("scan --only no.fnr " + clean).exit_code == 0);
    CHECK(run("scan --only no.fnr " + person).exit_code == 1);
    CHECK(run("scan --only no.fnr " + binary).exit_code == 2);
    CHECK(run("scan --only no.fnr " + clean + " " + person).exit_code == 1);
    CHECK(run("scan --only no.fnr " + person + " " + binary).exit_code == 2);
    CHECK(run("scan --only no.fnr /nonexistent/file.txt").exit_code == 2);
    CHECK(run("scan --no-such-flag " + clean).exit_code == 2);
    CHECK(run("scan --format xml " + clean).exit_code == 2);
    CHECK(run("scan").exit_code == 2);
}

TEST_CASE("the version flag names program and rule set", "[cli]") {
    const auto r = run("--version");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("journalvakt") != std::string::npos);
    CHECK(r.out.find("rule set 2026.") != std::string::npos);
}

TEST_CASE("rules list and rules check", "[cli][rules]") {
    const auto list = run("rules list");
    CHECK(list.exit_code == 0);
    CHECK(list.out.find("no.fnr") != std::string::npos);
    const auto check = run("rules check");
    CHECK(check.exit_code == 0);
    CHECK(check.out.find(" 0 failed") != std::string::npos);
}

TEST_CASE("rules check fails loudly on a rule whose example does not match", "[cli][rules]") {
    const auto dir = std::filesystem::temp_directory_path() / "jv-bad-rules";
    std::filesystem::remove_all(dir);
    std::filesystem::copy(source_dir() / "patterns", dir, std::filesystem::copy_options::recursive);
    std::ofstream(dir / "rules" / "broken.yml")
        << "rules:\n  - id: test.broken\n    validator: no_identity_number\n"
           "    patterns: [{layout: '11', regex: '\\d{11}'}]\n    layouts: ['11']\n"
           "    examples: ['no number here']\n    negative_examples: ['fnr 26111593816']\n";
    const auto r = run("rules check --rules " + dir.string());
    CHECK(r.exit_code == 2);
    CHECK(r.out.find("FAIL test.broken: example gives no finding") != std::string::npos);
    CHECK(r.out.find("FAIL test.broken: negative example gives a finding") != std::string::npos);
    CHECK(r.out.find("26111593816") == std::string::npos);  // masked even here
    std::filesystem::remove_all(dir);
}

TEST_CASE("stdin and --output", "[cli]") {
    const auto input = tmp_file("jv-stdin.txt", "Fødselsnummer 151086 95088\n");
    const auto out = (std::filesystem::temp_directory_path() / "jv-out.jsonl").string();
    const auto r = run("scan --only no.fnr --format jsonl --output " + out + " -", input);
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    const auto docs = jsonl(read_file(out));
    REQUIRE(docs.size() == 1);
    CHECK(docs[0]["path"] == "-");
    CHECK(docs[0]["findings"][0]["masked"] == "151086*****");
}

TEST_CASE("parallel jobs give the same report in input order", "[cli]") {
    const auto dir = (source_dir() / "corpora").string();
    const auto one = run("scan --only no.fnr --format jsonl --jobs 1 " + dir);
    const auto many = run("scan --only no.fnr --format jsonl --jobs 4 " + dir);
    CHECK(one.exit_code == many.exit_code);
    CHECK(one.out == many.out);
    const auto docs = jsonl(one.out);
    REQUIRE(docs.size() > 20);
    for (std::size_t i = 1; i < docs.size(); ++i)
        CHECK(docs[i - 1]["path"].get<std::string>() < docs[i]["path"].get<std::string>());
}

TEST_CASE("the CLI reproduces the gold labels of the text fixtures", "[cli][corpus]") {
    const auto dir = source_dir() / "corpora/text";
    const auto r = run("scan --only no.fnr --format jsonl " + dir.string());
    CHECK(r.exit_code == 2);  // the corpus holds a binary file, which cannot be verified
    std::map<std::string, nlohmann::json> by_path;
    for (auto& doc : jsonl(r.out)) by_path[doc["path"].get<std::string>()] = doc;
    const auto fixtures = fixtures_in(dir);
    REQUIRE(fixtures.size() >= 20);
    for (const auto& fx : fixtures) {
        INFO(fx.file.string());
        REQUIRE(by_path.count(fx.file.string()) == 1);
        const auto& doc = by_path[fx.file.string()];
        CHECK(doc["verdict"] == fx.verdict);
        std::multiset<GoldFinding> got;
        for (const auto& f : doc["findings"])
            got.insert({f["type"].get<std::string>(), f["start"].get<std::size_t>(), f["end"].get<std::size_t>(),
                        f["line"].get<std::size_t>()});
        CHECK(got == fx.findings);
    }
}

TEST_CASE("an exclude glob leaves out matching files found below a directory", "[cli]") {
    const auto dir = (source_dir() / "corpora/demo").string();
    const auto all = jsonl(run("scan --only no.fnr --format jsonl " + dir).out);
    const auto letters = jsonl(run("scan --only no.fnr --format jsonl --exclude '*.gold.json' " + dir).out);
    REQUIRE(letters.size() >= 5);
    CHECK(all.size() == 2 * letters.size());
    for (const auto& d : letters) CHECK(d["path"].get<std::string>().find(".gold.json") == std::string::npos);
}
