// SHA-256 digests (OpenSSL's libcrypto) in the encodings the template uses.
#pragma once

#include <string>
#include <string_view>

#include "compile/json.h"

namespace slsc {

// Incremental SHA-256.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  Sha256& update(std::string_view data);
  // The value's compact JSON (as toCompactJson writes it), streamed without building the text.
  Sha256& update(const Json& value);
  std::string base64();  // the digest, base64-encoded (44 characters)
  std::string hex();     // the digest, lower-case hex (64 characters)

 private:
  std::string digest();
  void* context_;
};

// Raw digest bytes as base64, and as lower-case hex.
std::string toBase64(std::string_view raw);
std::string toHex(std::string_view raw);

// MD5 in lower-case hex: the reference shortens long custom-resource function names with it.
std::string md5Hex(std::string_view data);

}  // namespace slsc
