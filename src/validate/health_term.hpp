#pragma once
#include <memory>

#include "validate/validator.hpp"

namespace jv {

// Health terms from the lexicon hits: whole words (or the head of a compound, weaker),
// the longest of overlapping hits; terms marked weak (used in a general or policy
// sense: "helse", "behandling") score low. Lexicon: health (term, category, source, weak).
std::unique_ptr<Validator> make_health_term_validator(const Rule& rule);

// ICD-10 and ICPC-2 codes that exist in the code list (lexicon: codes, columns code,
// system, title), with their system and title as evidence. A bare code such as "E18"
// is a road as often as a diagnosis, so it needs a dotted ICD-10 form or a cue word
// nearby (the rule's context keywords decide the score).
std::unique_ptr<Validator> make_diagnosis_code_validator(const Rule& rule);

}  // namespace jv
