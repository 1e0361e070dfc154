#pragma once
#include <chrono>
#include <cstdint>
#include <cstdio>

namespace jv {

// A one-line progress bar on stderr for multi-file scans on a terminal.
class Progress {
public:
    Progress(std::size_t total, bool enabled);
    ~Progress();
    void advance(std::uint64_t bytes);

private:
    void draw(bool final);
    std::size_t total_;
    std::size_t done_ = 0;
    std::uint64_t bytes_ = 0;
    bool enabled_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace jv
