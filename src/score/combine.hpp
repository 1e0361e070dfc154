#pragma once
#include <string>
#include <vector>

#include "core/finding.hpp"
#include "match/rule_set.hpp"

namespace jv {

// Evidence combined over a document: an identity number in a document with health
// data is critical; the addressee, subject or writer of a letter pairs with every health
// term of its part and a message's correspondent with those of every part, raising both
// to high (names and health terms close by are paired per part by
// pair_names_with_health_nearby); alone, a name stays low and a health term
// informational. Names marked as officials (role words, allowlist) never combine.
void combine_evidence(std::vector<Finding>& findings, const CombinePolicy& policy);

// A name that a role word marks as staff in one place ("Med vennlig hilsen\n\nRandi
// Vik") is staff wherever `text` (the part the findings' spans point into) names them
// in full ("Spørsmål kan rettes til Randi Vik."): those mentions get the evidence
// "official-elsewhere" and never combine. A name of one word counts so only where it was
// found as a later mention of a name in full ("... sier Hansen.") and no private person
// named in full shares it: a patient may share a family name with the case officer.
void mark_officials_named_again(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& policy);

// The private persons a letter or message is written by, to or about:
//   - named alone on a line of the recipient block ("Kari Nordmann\nStorgata 12\n8006
//     Bodø"), at most a few lines above a postcode line near the top, or with the whole
//     address on its line ("Kari Nordmann, Storgata 12, 8006 Bodø") (evidence "addressee");
//   - right after a subject label ("Gjelder: Kari Nordmann, f. 1965"; "letter-subject");
//   - right after a correspondent label ("From: Kari Nordmann <kari@...>", "Til: Kari
//     Nordmann"; "correspondent").
// combine_evidence pairs the first two with health terms anywhere in the part ("Du har
// fått diagnosen demens", "Hun er innlagt"), not only nearby, and correspondents with
// health terms in every part of the document (an e-mail's header and body are parts of
// their own).
void mark_letter_persons(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& policy);

// A letter in the first person beside health data ("Jeg venter på operasjon for brystkreft")
// is written by the person it is about: a name that only a signature greeting marked as
// staff ("Hilsen Mona Knutsen") becomes the writer (evidence "letter-writer"; its greeting
// evidence goes), and combine_evidence pairs it with every health term of the part. Runs
// before mark_officials_named_again, so the writer named again stays private.
void mark_letter_writers(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& policy);

// In a message where health data stands in the first person, the private person its
// greeting names ("Hei Mona," over a reply that quotes "Jeg fikk påvist brystkreft") is a
// correspondent (evidence "correspondent"): the first person is most likely them, the
// message written to or by them. Policy `salutations`.
void mark_greeted_correspondents(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& policy);
// A name listed right after an official's on one line, with only a tag in parentheses and
// ", ", " og " or "; " between ("Einingsleiarane: Mona Olsen (heimetenesta) og Jan
// Rønning"), is one of the same officials (evidence "listed-with-official"), unless a
// keyword of its own calls it a private person.
void mark_listed_with_officials(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& policy);

// A name written with a mail address at a public body or health provider ("Anne Holm
// <anne.holm@helse-nordkyst.no>", policy `staff_mail_domains`) is that body's staff
// (evidence "staff-address"): citizens write from their own addresses. Not in a part
// where health data stands in the first person: staff may write about themselves. Runs
// before mark_officials_named_again, so "Hei Anne" below is staff too.
void mark_staff_addresses(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& policy);

// Within one part: a private person and a strong health term at most proximity_bytes apart
// are about the same person when they stand in one paragraph, or when the term's sentence,
// in a later paragraph, has a pronoun (policy `pronouns`) and no one else is named between.
// Both are raised to name_with_health ("health-term-nearby", "about-named-person").
void pair_names_with_health_nearby(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& policy);

// A private person that one of the policy's patient labels names right before the name,
// with only spacing or a colon between ("pasient Ahmed Ali", "Pasient:\nKari Nordmann"),
// gets the evidence "patient-label"; combine_evidence raises them as named with health data.
void mark_named_patients(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& policy);

// An official (a role word beside the name, staff named again) with a strong health term
// said of them right after the name, only the policy's `own_health_links` between ("Ordfører
// Tove Åsen er sykmeldt", "Overlege Per Dahl har fått påvist kreft"): the role does not make
// their own health public. Both are raised to name_with_health ("health-said-of-official",
// "about-named-person"). Not an allowlisted name: the allowlist never holds back.
void mark_officials_own_health(std::string_view text, std::vector<Finding>& findings, const CombinePolicy& policy);
// A name on the allowlist (staff, officials, the sender's letterhead) is kept in the
// report for transparency, at severity info, and never combines with health terms.
class Allowlist {
public:
    Allowlist() = default;
    explicit Allowlist(const std::vector<std::string>& names);
    [[nodiscard]] bool contains(std::string_view name) const;
    [[nodiscard]] bool empty() const { return names_.empty(); }

private:
    std::vector<std::string> names_;        // folded, single-spaced full names
    std::vector<std::string> family_names_; // their last words, for "fru Nordmann"
};

}  // namespace jv
