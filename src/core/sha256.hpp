#pragma once
#include <string>
#include <string_view>

namespace jv {

// Lower-case hex SHA-256 (libsodium).
std::string sha256_hex(std::string_view bytes);

// Incremental form, for hashing several pieces without joining them.
class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    std::string hex_digest();

private:
    alignas(64) unsigned char state_[256];
};

}  // namespace jv
