#include "extract/sink.hpp"

#include "extract/readers.hpp"
#include "extract/sniff.hpp"

namespace jv {

ExtractSink::ExtractSink(Document& doc, const ExtractConfig& config)
    : ExtractSink(doc, config, doc.path, "", 0, std::make_shared<Budget>()) {}

ExtractSink::ExtractSink(Document& doc, const ExtractConfig& config, std::string name, std::string prefix, int depth,
                         std::shared_ptr<Budget> budget)
    : doc_(doc),
      config_(config),
      name_(std::move(name)),
      prefix_(std::move(prefix)),
      depth_(depth),
      budget_(std::move(budget)) {}

void ExtractSink::add_part(PartKind kind, std::optional<int> page, std::string text) {
    if (text.empty()) return;
    budget_->text += text.size();
    if (budget_->text > config_.max_text_bytes) {
        if (!budget_->text_reported) problem("extracted text over the limit of " + std::to_string(config_.max_text_bytes) + " bytes");
        budget_->text_reported = true;
        return;
    }
    Part part;
    part.kind = kind;
    part.page = page;
    if (!prefix_.empty()) part.name = prefix_ + std::string(to_string(kind));
    part.text = std::move(text);
    doc_.parts.push_back(std::move(part));
}

void ExtractSink::add_paged_part(PartKind kind, std::string text, std::vector<std::pair<std::size_t, int>> page_starts) {
    const std::size_t before = doc_.parts.size();
    add_part(kind, std::nullopt, std::move(text));
    if (doc_.parts.size() > before) doc_.parts.back().page_starts = std::move(page_starts);
}

void ExtractSink::problem(const std::string& what) {
    std::string message = prefix_.empty() ? what : prefix_ + ": " + what;
    if (message.find("not verified") == std::string::npos) message += ", not verified";
    for (const auto& p : doc_.problems)
        if (p == message) return;
    doc_.problems.push_back(std::move(message));
}

void ExtractSink::note(const std::string& what) { doc_.notes.push_back(prefix_.empty() ? what : prefix_ + ": " + what); }

void ExtractSink::set_format(const std::string& format) {
    if (outermost()) doc_.format = format;
}

bool ExtractSink::spend_expanded(std::uint64_t bytes) {
    budget_->expanded += bytes;
    if (budget_->expanded <= config_.max_expanded_bytes) return true;
    if (!budget_->expanded_reported)
        problem("decompressed size over the limit of " + std::to_string(config_.max_expanded_bytes) + " bytes");
    budget_->expanded_reported = true;
    return false;
}

std::uint64_t ExtractSink::expanded_left() const {
    return budget_->expanded >= config_.max_expanded_bytes ? 0 : config_.max_expanded_bytes - budget_->expanded;
}

void ExtractSink::nested(const std::string& name, std::string_view bytes) {
    if (depth_ + 1 > config_.max_depth) {
        problem("nesting depth limit of " + std::to_string(config_.max_depth) + " containers hit at " + name);
        return;
    }
    ExtractSink child(doc_, config_, name, prefix_ + "attachment:" + name + "/", depth_ + 1, budget_);
    extract_into(bytes, child);
}

void extract_into(std::string_view bytes, ExtractSink& sink) {
    const std::string format = sniff_format(bytes);
    sink.set_format(format);
    if (format == "txt") read_text(bytes, sink);
    else if (format == "pdf") read_pdf(bytes, sink);
    else if (format == "zip") read_zip(bytes, sink);
    else if (format == "html") read_html(bytes, sink);
    else if (format == "eml") read_eml(bytes, sink);
    else sink.problem("format " + format + " cannot be read");
}

}  // namespace jv
