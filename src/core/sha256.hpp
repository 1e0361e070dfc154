#pragma once
#include <memory>
#include <string>
#include <string_view>

namespace jv {

// Lower-case hex SHA-256 (OpenSSL: uses the CPU's SHA extensions, so hashing every
// document costs little next to scanning it).
std::string sha256_hex(std::string_view bytes);

// Incremental form, for hashing several pieces without joining them.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void update(std::string_view bytes);
    std::string hex_digest();

private:
    struct Context;
    std::unique_ptr<Context> ctx_;
};

}  // namespace jv
