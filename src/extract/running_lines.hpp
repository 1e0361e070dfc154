#pragma once
#include <string>
#include <vector>

namespace jv {

struct RunningLines {
    std::string header;  // each distinct removed line once
    std::string footer;
};

// Letterheads, running titles and "Side 2 av 5" repeat at the top or bottom of most
// pages; left in the page text they cut sentences (and names, and numbers) that run
// over a page break. Removes such lines from `pages` (top or bottom three lines of a
// page; the same line, digits aside, on at least three pages and 60% of them) and
// returns them once, to be scanned as a header and footer part.
RunningLines split_running_lines(std::vector<std::string>& pages);

}  // namespace jv
