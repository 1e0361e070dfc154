#pragma once
#include <string>
#include <string_view>

#include "core/verdict.hpp"

namespace jv {

// The jsonl line for one document, written straight into a string: the same fields and
// order as document_to_json (a test holds them equal), without building a JSON tree,
// which cost more than the scan on documents with thousands of findings.
std::string document_to_json_line(const ScanResult& result, const std::string& ruleset_version);

// Appends `s` as a JSON string literal; bytes that are not UTF-8 become U+FFFD.
void append_json_string(std::string& out, std::string_view s);

}  // namespace jv
