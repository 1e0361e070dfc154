#include "extract/sniff.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace jv {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

using namespace std::string_view_literals;  // several signatures hold NUL bytes
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kMagic{{
    {"%PDF-"sv, "pdf"sv},
    {"PK\x03\x04"sv, "zip"sv},
    {"PK\x05\x06"sv, "zip"sv},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, "ole"sv},
    {"{\\rtf"sv, "rtf"sv},
    {"\x1F\x8B"sv, "gzip"sv},
    {"\x89PNG"sv, "image"sv},
    {"\xFF\xD8\xFF"sv, "image"sv},
    {"GIF8"sv, "image"sv},
    {"II*\x00"sv, "image"sv},
    {"MM\x00*"sv, "image"sv},
    {"7z\xBC\xAF\x27\x1C"sv, "7z"sv},
}};

// E-mail starts with header lines; these are the ones a saved message opens with.
bool looks_like_email(std::string_view head) {
    static constexpr std::array<std::string_view, 7> kHeaders{"received:", "return-path:", "from:", "mime-version:",
                                                              "message-id:", "delivered-to:", "x-"};
    const std::string lower = lower_ascii(head.substr(0, 64));
    bool header = false;
    for (auto h : kHeaders) header = header || starts_with(lower, h);
    return header && lower_ascii(head).find("\nsubject:") != std::string::npos;
}

}  // namespace

std::string sniff_format(std::string_view bytes) {
    for (const auto& [magic, format] : kMagic)
        if (starts_with(bytes, magic)) return std::string(format);
    std::string_view head = bytes.substr(0, 4096);
    if (starts_with(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
    const auto first = head.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos) head.remove_prefix(first);
    const std::string lower = lower_ascii(head.substr(0, 256));
    if (starts_with(lower, "<!doctype html") || starts_with(lower, "<html")) return "html";
    if (looks_like_email(head)) return "eml";
    return "txt";
}

std::string format_from_name(std::string_view path) {
    const auto dot = path.rfind('.');
    const auto slash = path.find_last_of("/\\");
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
    const std::string ext = lower_ascii(path.substr(dot + 1));
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kByExt{{
        {"pdf", "pdf"}, {"docx", "docx"}, {"xlsx", "xlsx"}, {"pptx", "pptx"}, {"odt", "odt"}, {"ods", "ods"},
        {"odp", "odp"}, {"zip", "zip"}, {"doc", "ole"}, {"xls", "ole"}, {"msg", "ole"}, {"rtf", "rtf"},
        {"html", "html"}, {"htm", "html"}, {"eml", "eml"}, {"txt", "txt"}, {"csv", "txt"}, {"png", "image"},
        {"jpg", "image"}, {"jpeg", "image"}, {"tif", "image"}, {"gz", "gzip"},
    }};
    for (const auto& [e, format] : kByExt)
        if (ext == e) return std::string(format);
    return {};
}

}  // namespace jv
