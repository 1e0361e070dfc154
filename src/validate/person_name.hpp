#pragma once
#include <memory>

#include "validate/validator.hpp"

namespace jv {

// Person names from given- and family-name hits: grows each hit into the whole name
// (given + family, initials, particles, hyphenated double names, genitive -s), rejects
// streets ("Sofies gate"), organisations ("St. Olavs hospital") and ordinary words,
// and scores by how much of a name it is. Lexicons the rule must name: given, family;
// optional: name_words, common_capitalised, month_day, organisations, street_suffixes,
// particles.
std::unique_ptr<Validator> make_person_name_validator(const Rule& rule);

// Hides a name but keeps its shape: "Kari Nordmann" -> "K*** N***".
std::string mask_name(std::string_view name);

}  // namespace jv
