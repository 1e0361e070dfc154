#pragma once
#include <nlohmann/json.hpp>

#include "core/verdict.hpp"

namespace jv {

// The stable report fields for one document (the jsonl line; an element of json's list).
nlohmann::ordered_json document_to_json(const ScanResult& result, const std::string& ruleset_version);
nlohmann::ordered_json finding_to_json(const Finding& finding);

// Serialises without throwing on file names that are not valid UTF-8.
std::string dump_json(const nlohmann::ordered_json& value, int indent = -1);

}  // namespace jv
