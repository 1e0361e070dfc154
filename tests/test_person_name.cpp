// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "test_support.hpp"

using jv::test::full_engine;

namespace {

// The person names the full rule set finds in `text`, as written.
std::vector<std::string> names_in(const std::string& text) {
    auto worker = full_engine().make_worker();
    const auto result = full_engine().scan_bytes(*worker, "t.txt", text);
    std::vector<std::string> out;
    for (const auto& f : result.findings)
        if (f.type == "person_name") out.push_back(text.substr(f.span.begin, f.span.size()));
    return out;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("names in capitals are found as one name", "[names]") {
    CHECK(names_in("KARI NORDMANN er innlagt.\n") == Names{"KARI NORDMANN"});
    CHECK(names_in("Klager: PER OLAV JOHANSEN\n") == Names{"PER OLAV JOHANSEN"});
    CHECK(names_in("VEDTAK OM TVANG FOR KARI NORDMANN\n") == Names{"KARI NORDMANN"});
    CHECK(names_in("Pasient: ANNE-LISE BAKKE-OLSEN\n") == Names{"ANNE-LISE BAKKE-OLSEN"});
    CHECK(names_in("Gjelder: ØYVIND SØRENSEN\n") == Names{"ØYVIND SØRENSEN"});
    // Inverted, as registers and journal extracts write them, with or without a comma.
    CHECK(names_in("NORDMANN, KARI - innlagt 12.03.\n") == Names{"NORDMANN, KARI"});
    CHECK(names_in("Pasientens navn: HANSEN, OLE PETTER\n") == Names{"HANSEN, OLE PETTER"});
    CHECK(names_in("HANSEN OLE PETTER: avvik meldt\n") == Names{"HANSEN OLE PETTER"});
    CHECK(names_in("NORDMANN, Kari\n") == Names{"NORDMANN, Kari"});
    CHECK(names_in("BAKKE, ANNE-LISE\n") == Names{"BAKKE, ANNE-LISE"});
    // A genitive ends the name.
    CHECK(names_in("KARI NORDMANNS SØKNAD\n") == Names{"KARI NORDMANNS"});
}

TEST_CASE("capitals that are no person's name", "[names]") {
    CHECK(names_in("HARALD HÅRFAGRES GATE 5\n").empty());
    CHECK(names_in("LIV OG HELSE I KOMMUNEN\n").empty());
    CHECK(names_in("SANDNES KOMMUNE\n").empty());
    CHECK(names_in("NAV OG HELSE BERGEN\n").empty());
    // A single word in capitals says too little: a heading, an acronym, a shout.
    CHECK(names_in("NORDMANN\n").empty());
    CHECK(names_in("KARI\n").empty());
}

TEST_CASE("a form's name field holds a name: one word in capitals, a family name in no list", "[names]") {
    CHECK(names_in("FORNAVN: SIGRUN\nETTERNAVN: ØDEGÅRD\n") == Names{"SIGRUN", "ØDEGÅRD"});
    CHECK(names_in("PASIENT:     ÅSMUND KVÆRNESTAD\n") == Names{"ÅSMUND KVÆRNESTAD"});
    CHECK(names_in("Tilsett:        R. T. Skjelbreid\n") == Names{"R. T. Skjelbreid"});
    // Without the label, or with a label for something else, or a value that is no name.
    CHECK(names_in("Status: SIGRUN\n").empty());
    CHECK(names_in("Pasient: Ukjent\n").empty());
    CHECK(names_in("Navn: KVÆRNESTAD\n").empty());  // one word in no list, no initials
    CHECK(names_in("Tilsett: JA\n").empty());
}

TEST_CASE("an en dash starts a title's part as a hyphen does", "[names]") {
    // "Andel" is a listed name and a word ("share"): at a start it says little.
    CHECK(names_in("Tabell 2 \u2013 Andel fristbrudd per avdeling\n").empty());
    CHECK(names_in("Tabell 2 - Andel fristbrudd per avdeling\n").empty());
}

TEST_CASE("a family name, a comma and given names start a field — in prose they are a list", "[names]") {
    CHECK(names_in("Pasient: Nordmann, Kari\n") == Names{"Nordmann, Kari"});
    CHECK(names_in("Nordmann, Kari Anne ble innlagt.\n") == Names{"Nordmann, Kari Anne"});
    CHECK(names_in("Navn\tHansen, Ola\n") == Names{"Hansen, Ola"});
    CHECK(names_in("Henvisning - Nordmann, Kari - ortopedi\n") == Names{"Nordmann, Kari"});
    // Mid-sentence the comma starts an apposition or a list: two names.
    CHECK(names_in("Han møtte John, Kyle Reese og Sarah.\n") == Names{"John", "Kyle Reese", "Sarah"});
}

TEST_CASE("initials count as a person only after a person's cue", "[names]") {
    CHECK(names_in("Pasient K.N., 45 år, ble innlagt.\n") == Names{"K.N."});
    CHECK(names_in("Brukeren O. H. har søkt.\n") == Names{"O. H."});
    CHECK(names_in("Pasient: K.N.O.\n") == Names{"K.N.O."});
    // Without a cue, or anonymised without full stops, or one letter: nothing.
    CHECK(names_in("Se vedlegg A.B. om saken.\n").empty());
    CHECK(names_in("Pasient NN ble innlagt.\n").empty());
    CHECK(names_in("Pasient K. ble innlagt.\n").empty());
    // An initial before a family name stays one name with it.
    CHECK(names_in("Pasient K. Nordmann ble innlagt.\n") == Names{"K. Nordmann"});
}

TEST_CASE("a writer who gives their own name is found in lower case too", "[names]") {
    CHECK(names_in("hei. jeg heter marius johnsen og trenger hjelp.\n") == Names{"marius johnsen"});
    CHECK(names_in("Eg heiter Kari Nordmann og bur i Førde.\n") == Names{"Kari Nordmann"});
    // Only listed names, a given name first, two of them at least.
    CHECK(names_in("jeg heter ikke det, og jeg heter kari.\n").empty());
    CHECK(names_in("det jeg heter nordmann kari i registeret\n").empty());
}

TEST_CASE("a line of prose wrapped mid-sentence does not start a sentence", "[names]") {
    // "Geir" is also a word: at a sentence's start it says little, so "Apeland" joins it only here.
    CHECK(names_in("Vi har i dag vore på heimebesøk hos ein brukar i sone 2, nemleg hos\nGeir Apeland, som bur åleine.\n") ==
          Names{"Geir Apeland"});
}

TEST_CASE("a nickname in quotes between given and family name is part of the name", "[names]") {
    CHECK(names_in("Bjørnar \u00ABBønna\u00BB Tveit ble innlagt.\n") == Names{"Bjørnar \u00ABBønna\u00BB Tveit"});
    CHECK(names_in("Vi snakket med Kari \"Kaja\" Hansen i går.\n") == Names{"Kari \"Kaja\" Hansen"});
    // A quoted title after a name is no nickname: it stands before no family name.
    CHECK(names_in("Kari Hansen leste \u00ABDen store boka\u00BB i går.\n") == Names{"Kari Hansen"});
    // Nor is a quote that runs on over the line.
    CHECK(names_in("Kari \u00ABhun sa\nHansen\u00BB kom.\n") != Names{"Kari \u00ABhun sa\nHansen\u00BB"});
}

TEST_CASE("a word after two spaces starts a table's cell, as at a line's start", "[names]") {
    // "Tal" is a listed given name and the nynorsk word for "number".
    CHECK(names_in("  Teneste / eining                         Tal plassar\n").empty());
    CHECK(names_in("Dette er  Tal plassar.\n").empty());
    CHECK(names_in("Vi snakket med Tal Cohen i dag.\n") == Names{"Tal Cohen"});
}

TEST_CASE("a given name that is also a word, over an address, takes the unknown family name", "[names]") {
    // "Bjørnar" is also nynorsk for "bears"; at a line's start it says little alone.
    CHECK(names_in("Bjørnar Skaret\nVikavegen 102\n6230 Sykkylven\n\nVedtak.\n") == Names{"Bjørnar Skaret"});
    CHECK(names_in("Bjørnar Skaret\n\nVedtak.\n").empty());
}
