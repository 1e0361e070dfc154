#include "pipeline/engine.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

#include "core/order_by_start.hpp"
#include "core/sha256.hpp"
#include "extract/sniff.hpp"
#include "normalize/normalize.hpp"
#include "score/context.hpp"
#include "score/score.hpp"
#include "score/snippet.hpp"
#include "validate/validator.hpp"

namespace jv {

namespace {

// Counts lines incrementally: candidates arrive in order of their start.
class LineCounter {
public:
    explicit LineCounter(std::string_view text) : text_(text) {}
    std::size_t line_at(std::size_t offset) {
        for (; pos_ < offset && pos_ < text_.size(); ++pos_)
            if (text_[pos_] == '\n') ++line_;
        return line_;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

std::string part_label(const Part& part) {
    return part.name.empty() ? std::string(to_string(part.kind)) : part.name;
}

ScanResult error_result(std::string path, std::string problem) {
    ScanResult r;
    r.path = std::move(path);
    r.format = "unknown";
    r.verdict.kind = VerdictKind::error;
    r.verdict.reasons.push_back(std::move(problem));
    return r;
}

}  // namespace

Engine::Engine(RuleSet rules, PatternDatabase database, std::vector<ContextMatcher> context,
               std::vector<std::unique_ptr<Validator>> validators, ScanScratch prototype, EngineConfig config)
    : rules_(std::move(rules)),
      database_(std::move(database)),
      context_(std::move(context)),
      validators_(std::move(validators)),
      prototype_(std::move(prototype)),
      config_(std::move(config)),
      allowlist_(config_.allowlist) {}

Result<Engine> Engine::create(RuleSet rules, const EngineConfig& config) {
    auto database = PatternDatabase::build(rules, config.database);
    if (!database) return database.error();
    ScanScratch prototype;
    if (database->database() != nullptr && !prototype.allocate_for(database->database()))
        return Error{"cannot allocate scan memory"};
    std::vector<ContextMatcher> context;
    std::vector<std::unique_ptr<Validator>> validators;
    for (const Rule& rule : rules.rules) {
        validators.push_back(make_validator(rule));
        if (!validators.back()) return Error{"rule " + rule.id + " names unknown validator " + rule.validator};
        context.emplace_back(rule.context);
    }
    return Engine(std::move(rules), std::move(*database), std::move(context), std::move(validators),
                  std::move(prototype), config);
}

Result<Engine::Worker> Engine::make_worker() const {
    auto scratch = prototype_.clone();
    if (!scratch) return scratch.error();
    return Worker(std::move(*scratch));
}

bool Engine::is_name_type(const std::string& type) const {
    const auto& names = rules_.policy.combine.name_types;
    return std::find(names.begin(), names.end(), type) != names.end();
}

std::vector<Finding> Engine::find_in_part(Worker& worker, const Part& part, std::vector<std::string>& problems) const {
    std::vector<Finding> findings;
    NormText norm;
    normalize(part.text, norm);
    auto matches = database_.scan(norm.text, worker.scratch_);
    if (!matches) {
        problems.push_back(matches.error().message + ", not verified");
        return findings;
    }
    // Each rule's validator sees all of its candidates at once: a name validator grows
    // "Kari" and "Nordmann" into one name.
    std::vector<std::vector<Span>> by_rule(rules_.rules.size());
    for (const Candidate& c : matches->candidates) by_rule[c.rule].push_back(c.span);
    std::vector<std::vector<KeywordHit>> keywords_by_rule(rules_.rules.size());
    for (const KeywordHit& k : matches->keywords) keywords_by_rule[k.rule].push_back(k);
    for (std::size_t r = 0; r < rules_.rules.size(); ++r) {
        if (by_rule[r].empty() && validators_[r]->needs_candidates()) continue;
        const Rule& rule = rules_.rules[r];
        std::size_t accepted_end = 0;  // confirmed spans come in order; overlaps are one finding
        for (Confirmed& confirmed : validators_[r]->validate(norm.text, by_rule[r])) {
            if (confirmed.span.begin < accepted_end) continue;
            const ContextCues cues = context_[r].find(norm.text, confirmed.span, keywords_by_rule[r]);
            if (cues.labelled_negative) continue;
            Scored scored = score_candidate(confirmed, cues, rule, rules_.policy);
            if (!score_reaches(scored.score, rule.min_score)) continue;
            Finding f;
            f.type = confirmed.type;
            f.rule = rule.id;
            f.severity = scored.severity;
            f.score = scored.score;
            f.evidence = std::move(scored.evidence);
            f.span = confirmed.span;  // normalised for now; mapped below
            f.part = part_label(part);
            f.page = part.page;
            f.masked = std::move(confirmed.masked);
            if (!allowlist_.empty() && is_name_type(f.type) &&
                allowlist_.contains(norm.text.substr(confirmed.span.begin, confirmed.span.size()))) {
                f.severity = Severity::info;
                f.evidence.push_back("allowlisted");
            }
            accepted_end = confirmed.span.end;
            findings.push_back(std::move(f));
        }
    }
    mark_letter_writers(norm.text, findings, rules_.policy.combine);
    mark_greeted_correspondents(norm.text, findings, rules_.policy.combine);
    mark_staff_addresses(norm.text, findings, rules_.policy.combine);
    mark_listed_with_officials(norm.text, findings, rules_.policy.combine);
    mark_officials_named_again(norm.text, findings, rules_.policy.combine);
    mark_letter_persons(norm.text, findings, rules_.policy.combine);
    mark_named_patients(norm.text, findings, rules_.policy.combine);
    pair_names_with_health_nearby(norm.text, findings, rules_.policy.combine);
    mark_officials_own_health(norm.text, findings, rules_.policy.combine);
    // Lines are counted once, in order of position.
    order_by_start(findings);
    LineCounter lines(norm.text);
    for (Finding& f : findings) f.line = lines.line_at(f.span.begin);
    // Snippets once every finding is known, so each can mask its neighbours.
    std::vector<MaskedSpan> shown;
    shown.reserve(findings.size());
    for (const Finding& f : findings) shown.push_back({f.span, f.masked});
    std::size_t first_near = 0;
    for (Finding& f : findings) {
        constexpr std::size_t kReach = 200;  // farther than any snippet's radius and widening
        while (first_near < shown.size() && shown[first_near].span.end + kReach < f.span.begin) ++first_near;
        std::vector<MaskedSpan> near;
        for (std::size_t i = first_near; i < shown.size() && shown[i].span.begin < f.span.end + kReach; ++i)
            near.push_back(shown[i]);
        f.context = masked_snippet(norm.text, f.span, f.masked, near);
    }
    for (Finding& f : findings) {
        const Span in_part = norm.to_part(f.span);
        f.page = part.page_at(in_part.begin);
        f.span = part.origin ? part.origin->to_source(in_part) : in_part;
    }
    return findings;
}

Document Engine::extract(Worker& worker, std::string path, std::string bytes) const {
    // Plain text is read by our own code and ICU in this process (the fast path); every
    // format that needs a third-party parser goes to the isolated worker.
    const bool isolate = !config_.extract.worker_binary.empty() && bytes.size() <= config_.extract.max_file_bytes &&
                         sniff_format(bytes) != "txt";
    if (!isolate) return extract_document(std::move(path), std::move(bytes), config_.extract);
    if (!worker.isolated_) worker.isolated_ = std::make_unique<IsolatedExtractor>(config_.extract);
    Document doc = worker.isolated_->extract(path, bytes);
    if (doc.sha256.empty()) doc.sha256 = sha256_hex(bytes);
    doc.bytes = bytes.size();
    return doc;
}

ScanResult Engine::finish(Document doc, std::vector<Finding> findings) const {
    ScanResult r;
    r.verdict = decide_verdict(findings, doc.problems, rules_.policy);
    r.path = std::move(doc.path);
    r.sha256 = std::move(doc.sha256);
    r.bytes = doc.bytes;
    r.format = std::move(doc.format);
    r.notes = std::move(doc.notes);
    r.findings = std::move(findings);
    return r;
}

ScanResult Engine::scan_bytes(Worker& worker, std::string path, std::string bytes) const {
    Document doc = extract(worker, std::move(path), std::move(bytes));
    std::vector<Finding> findings;
    for (const Part& part : doc.parts) {
        auto found = find_in_part(worker, part, doc.problems);
        findings.insert(findings.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    doc.parts.clear();
    combine_evidence(findings, rules_.policy.combine);
    return finish(std::move(doc), std::move(findings));
}

ScanResult Engine::scan_file(Worker& worker, const std::filesystem::path& path, std::string display_path) const {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return error_result(std::move(display_path), std::string("cannot read: ") + std::strerror(errno));
    if (!S_ISREG(st.st_mode)) return error_result(std::move(display_path), "not a regular file, not verified");
    std::ifstream in(path, std::ios::binary);
    if (!in) return error_result(std::move(display_path), std::string("cannot read: ") + std::strerror(errno));
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size > config_.extract.max_file_bytes) {
        // Hash without holding the file, so the report still identifies it.
        Sha256 hash;
        std::string buffer(1 << 20, '\0');
        while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
            hash.update(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
        ScanResult r = error_result(std::move(display_path), "file larger than the limit of " +
                                                                 std::to_string(config_.extract.max_file_bytes) +
                                                                 " bytes, not verified");
        r.sha256 = hash.hex_digest();
        r.bytes = size;
        return r;
    }
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uint64_t>(in.gcount()) != size)
        return error_result(std::move(display_path), "file changed or could not be read in full, not verified");
    return scan_bytes(worker, std::move(display_path), std::move(bytes));
}

}  // namespace jv
