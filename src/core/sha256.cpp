#include "core/sha256.hpp"

#include <sodium.h>

#include <array>
#include <cstring>

namespace jv {

static_assert(sizeof(crypto_hash_sha256_state) <= 256, "state buffer too small");

namespace {
crypto_hash_sha256_state* as_state(unsigned char* raw) {
    return reinterpret_cast<crypto_hash_sha256_state*>(raw);
}

std::string to_hex(const unsigned char* digest) {
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest, crypto_hash_sha256_BYTES);
    return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}
}  // namespace

std::string sha256_hex(std::string_view bytes) {
    Sha256 hash;
    hash.update(bytes);
    return hash.hex_digest();
}

Sha256::Sha256() { crypto_hash_sha256_init(as_state(state_)); }

void Sha256::update(std::string_view bytes) {
    crypto_hash_sha256_update(as_state(state_), reinterpret_cast<const unsigned char*>(bytes.data()),
                              bytes.size());
}

std::string Sha256::hex_digest() {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(as_state(state_), digest);
    return to_hex(digest);
}

}  // namespace jv
