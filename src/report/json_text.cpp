#include "report/json_text.hpp"

#include <unicode/utf8.h>

#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/byte_scan.hpp"

namespace jv {

namespace {

void append_number(std::string& out, std::uint64_t n) {
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
    out.append(buf, end);
}

// Scores are rounded to two decimals, as in document_to_json (which prints them with
// %.15g): "0.95", "0.9", "1". Scores lie in [0, 1]; anything else takes the slow road.
void append_score(std::string& out, double score) {
    const double cents = std::round(score * 100.0);
    if (cents >= 0 && cents < 100) {
        const int c = static_cast<int>(cents);
        if (c == 0) {
            out.push_back('0');
            return;
        }
        out += "0.";
        out.push_back(static_cast<char>('0' + c / 10));
        if (c % 10 != 0) out.push_back(static_cast<char>('0' + c % 10));
        return;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", cents / 100.0);
    out += buf;
}

void append_strings(std::string& out, const std::vector<std::string>& items) {
    out.push_back('[');
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out.push_back(',');
        append_json_string(out, items[i]);
    }
    out.push_back(']');
}

void append_key(std::string& out, const char* key, bool first = false) {
    if (!first) out.push_back(',');
    out.push_back('"');
    out += key;
    out += "\":";
}

void append_finding(std::string& out, const Finding& f) {
    out.push_back('{');
    append_key(out, "type", true);
    append_json_string(out, f.type);
    append_key(out, "rule");
    append_json_string(out, f.rule);
    append_key(out, "severity");
    append_json_string(out, to_string(f.severity));
    append_key(out, "score");
    append_score(out, f.score);
    append_key(out, "start");
    append_number(out, f.span.begin);
    append_key(out, "end");
    append_number(out, f.span.end);
    append_key(out, "line");
    append_number(out, f.line);
    append_key(out, "part");
    append_json_string(out, f.part);
    append_key(out, "page");
    if (f.page) out += std::to_string(*f.page);
    else out += "null";
    append_key(out, "masked");
    append_json_string(out, f.masked);
    append_key(out, "context");
    append_json_string(out, f.context);
    append_key(out, "evidence");
    append_strings(out, f.evidence);
    out.push_back('}');
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
    const auto length = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < length;) {
        // Printable ASCII other than '"' and '\\' is copied as it is, a run at a time.
        const auto run = static_cast<int32_t>(
            skip_json_plain(bytes, static_cast<std::size_t>(i), static_cast<std::size_t>(length)));
        out.append(s.data() + i, static_cast<std::size_t>(run - i));
        i = run;
        if (i >= length) break;
        const uint8_t c = bytes[i];
        if (c < 0x80) {
            switch (c) {
                case '"': out += "\\\""; break;
                case '\\': out += "\\\\"; break;
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                case '\b': out += "\\b"; break;
                case '\f': out += "\\f"; break;
                default:
                    out += "\\u00";
                    out.push_back(kHex[c >> 4]);
                    out.push_back(kHex[c & 0xF]);
            }
            ++i;
            continue;
        }
        const int32_t start = i;
        UChar32 cp = 0;
        U8_NEXT(bytes, i, length, cp);
        if (cp < 0) out += "\xEF\xBF\xBD";  // U+FFFD for bytes that are not UTF-8
        else out.append(s.data() + start, static_cast<std::size_t>(i - start));
    }
    out.push_back('"');
}

std::string document_to_json_line(const ScanResult& r, const std::string& ruleset_version) {
    std::string out;
    out.reserve(256 + r.findings.size() * 320);
    out.push_back('{');
    append_key(out, "path", true);
    append_json_string(out, r.path);
    append_key(out, "sha256");
    append_json_string(out, r.sha256);
    append_key(out, "bytes");
    append_number(out, r.bytes);
    append_key(out, "format");
    append_json_string(out, r.format);
    append_key(out, "verdict");
    append_json_string(out, to_string(r.verdict.kind));
    append_key(out, "reasons");
    append_strings(out, r.verdict.reasons);
    append_key(out, "notes");
    append_strings(out, r.notes);
    append_key(out, "ruleset");
    append_json_string(out, ruleset_version);
    append_key(out, "findings");
    out.push_back('[');
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
        if (i > 0) out.push_back(',');
        append_finding(out, r.findings[i]);
    }
    out += "]}";
    return out;
}

}  // namespace jv
