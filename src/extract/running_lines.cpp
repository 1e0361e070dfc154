#include "extract/running_lines.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>

namespace jv {

namespace {

constexpr std::size_t kZone = 3;

struct Line {
    std::size_t begin, end;  // in the page text, without the line break
};

std::vector<Line> lines_of(const std::string& text) {
    std::vector<Line> out;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string::npos) nl = text.size();
        out.push_back({at, nl});
        at = nl + 1;
    }
    return out;
}

std::string_view trimmed(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\f");
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\f") - b + 1);
}

// Page numbers and dates change from page to page; the rest of a running line does not.
std::string key_of(std::string_view line) {
    std::string key;
    for (char c : trimmed(line)) key.push_back(std::isdigit(static_cast<unsigned char>(c)) ? '#' : c);
    return key;
}

bool blank_line(const std::string& text, const Line& l) {
    return trimmed(std::string_view(text).substr(l.begin, l.end - l.begin)).empty();
}

// Indexes of the first (top) or last (bottom) non-blank lines of a page: at most
// kZone, and at most half of the page's lines, so the zones never meet.
std::vector<std::size_t> zone(const std::string& text, const std::vector<Line>& lines, bool top) {
    const auto non_blank = static_cast<std::size_t>(
        std::count_if(lines.begin(), lines.end(), [&](const Line& l) { return !blank_line(text, l); }));
    const std::size_t size = std::min(kZone, non_blank / 2);
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < lines.size() && out.size() < size; ++k) {
        const std::size_t i = top ? k : lines.size() - 1 - k;
        if (!blank_line(text, lines[i])) out.push_back(i);
    }
    return out;
}

}  // namespace

RunningLines split_running_lines(std::vector<std::string>& pages) {
    RunningLines out;
    const std::size_t with_text = static_cast<std::size_t>(
        std::count_if(pages.begin(), pages.end(), [](const std::string& p) { return !trimmed(p).empty(); }));
    if (with_text < 3) return out;
    const std::size_t needed = std::max<std::size_t>(3, (with_text * 6 + 9) / 10);

    std::vector<std::vector<Line>> lines;
    std::map<std::string, std::size_t> top_count, bottom_count;
    for (const auto& page : pages) {
        lines.push_back(lines_of(page));
        for (const bool top : {true, false}) {
            std::set<std::string> seen;  // a key counts once per page
            for (std::size_t i : zone(page, lines.back(), top)) {
                const auto& l = lines.back()[i];
                const std::string key = key_of(std::string_view(page).substr(l.begin, l.end - l.begin));
                if (!key.empty() && seen.insert(key).second) ++(top ? top_count : bottom_count)[key];
            }
        }
    }

    std::set<std::string> kept_header, kept_footer;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        std::string& page = pages[p];
        std::vector<bool> drop(lines[p].size(), false);
        for (const bool top : {true, false}) {
            const auto& counts = top ? top_count : bottom_count;
            for (std::size_t i : zone(page, lines[p], top)) {
                const auto& l = lines[p][i];
                const std::string_view text = std::string_view(page).substr(l.begin, l.end - l.begin);
                const auto c = counts.find(key_of(text));
                if (c == counts.end() || c->second < needed) continue;
                drop[i] = true;
                const std::string line(trimmed(text));
                if ((top ? kept_header : kept_footer).insert(line).second) (top ? out.header : out.footer) += line + '\n';
            }
        }
        std::string rest;
        bool first = true;
        for (std::size_t i = 0; i < lines[p].size(); ++i) {
            if (drop[i]) continue;
            if (!first) rest.push_back('\n');
            first = false;
            rest.append(page, lines[p][i].begin, lines[p][i].end - lines[p][i].begin);
        }
        page = std::move(rest);
    }
    return out;
}

}  // namespace jv
