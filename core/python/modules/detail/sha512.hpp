// SHA-512 and SHA-384 (FIPS 180-4), for the _sha512 module that
// random.seed() hashes str and bytes seeds with.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace py::detail {

/// An incremental SHA-512 (or, with `sha384`, SHA-384) computation.
class Sha512 {
public:
  explicit Sha512(bool sha384 = false);
  /// Feeds more bytes.
  void update(std::string_view data);
  /// The digest of everything fed so far (64 bytes, or 48 for SHA-384); the
  /// object can still be updated afterwards.
  std::string_view digest(std::array<unsigned char, 64>* out) const;
  /// Bytes of the digest.
  size_t digest_size() const { return sha384_ ? 48 : 64; }

private:
  void compress(const unsigned char* block);

  std::array<uint64_t, 8> state_;
  std::array<unsigned char, 128> buffer_{};
  /// Bytes fed in total (messages beyond 2**64 bytes are not a concern here).
  uint64_t length_ = 0;
  bool sha384_;
};

} // namespace py::detail
