#include <catch2/catch.hpp>

#include "core/part.hpp"
#include "extract/running_lines.hpp"

TEST_CASE("running lines repeated on most pages are split off once", "[extract][normalize]") {
    std::vector<std::string> pages{
        "Helse Eksempel HF\nFørste side tekst.\nSide 1 av 3",
        "Helse Eksempel HF\nAndre side tekst.\nSide 2 av 3",
        "Helse Eksempel HF\nTredje side tekst.\nSide 3 av 3",
    };
    const auto running = jv::split_running_lines(pages);
    CHECK(running.header == "Helse Eksempel HF\n");
    CHECK(running.footer == "Side 1 av 3\nSide 2 av 3\nSide 3 av 3\n");
    CHECK(pages[0] == "Første side tekst.");
    CHECK(pages[2] == "Tredje side tekst.");
}

TEST_CASE("lines that do not repeat enough stay in the text", "[extract][normalize]") {
    std::vector<std::string> pages{"Tittel\nA", "Tittel\nB", "Annet\nC", "Annet2\nD", "Annet3\nE"};
    const auto running = jv::split_running_lines(pages);
    CHECK(running.header.empty());
    CHECK(pages[0] == "Tittel\nA");
    std::vector<std::string> two{"X\na", "X\nb"};  // too few pages to tell
    CHECK(jv::split_running_lines(two).header.empty());
}

TEST_CASE("a part spanning pages reports the page of an offset", "[extract]") {
    jv::Part part;
    part.text = "page one\npage two\npage three";
    part.page_starts = {{0, 1}, {9, 2}, {18, 3}};
    CHECK(part.page_at(0) == 1);
    CHECK(part.page_at(12) == 2);
    CHECK(part.page_at(25) == 3);
}
