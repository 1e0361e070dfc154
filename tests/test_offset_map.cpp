#include <catch2/catch.hpp>

#include "core/offset_map.hpp"

using jv::OffsetMap;
using jv::Span;

TEST_CASE("identity map returns offsets unchanged", "[offset_map]") {
    const auto map = OffsetMap::identity(100);
    CHECK(map.is_identity());
    CHECK(map.to_source(0) == 0);
    CHECK(map.to_source(57) == 57);
    CHECK(map.to_source(Span{10, 20}) == Span{10, 20});
}

TEST_CASE("removed bytes are skipped on the way back", "[offset_map]") {
    // source "ab--cd" where "--" was removed: derived "abcd"
    OffsetMap map;
    map.append(2, 2);
    map.append(0, 2);
    map.append(2, 2);
    CHECK(map.to_source(0) == 0);
    CHECK(map.to_source(2) == 4);
    CHECK(map.to_source(Span{1, 3}) == Span{1, 5});
    CHECK(map.to_source(Span{0, 2}) == Span{0, 2});
}

TEST_CASE("a widened character maps to its whole source", "[offset_map]") {
    // windows-1252 "aøb": ø is one source byte, two UTF-8 bytes
    OffsetMap map;
    map.append(1, 1);
    map.append(2, 1);
    map.append(1, 1);
    CHECK(map.derived_size() == 4);
    CHECK(map.source_size() == 3);
    CHECK(map.to_source(3) == 2);
    CHECK(map.to_source(Span{1, 3}) == Span{1, 2});
    CHECK(map.to_source(Span{2, 3}) == Span{1, 2});  // inside the character: the whole of it
    CHECK(map.to_source(Span{0, 4}) == Span{0, 3});
}
