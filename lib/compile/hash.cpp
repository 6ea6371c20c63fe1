// SHA-256 and MD5 through libcrypto's own digest functions, not its EVP interface: EVP's first
// digest fetches the algorithm from a provider, which builds OpenSSL's name map of every
// algorithm (3.6 M instructions, a sixth of a one-function compile). SHA256_Init and MD5 are
// the same implementations called directly; OpenSSL 3 marks them deprecated in favour of EVP
// without removing them, and the suppression below is for this file only.
#define OPENSSL_SUPPRESS_DEPRECATED
#include "compile/hash.h"

#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/sha.h>
#include <rapidjson/writer.h>

#include <stdexcept>

namespace slsc {

Sha256::Sha256() : context_(new SHA256_CTX) {
  if (SHA256_Init(static_cast<SHA256_CTX*>(context_)) != 1) {
    delete static_cast<SHA256_CTX*>(context_);
    throw std::runtime_error("SHA-256 is not available");
  }
}

Sha256::~Sha256() { delete static_cast<SHA256_CTX*>(context_); }

Sha256& Sha256::update(std::string_view data) {
  SHA256_Update(static_cast<SHA256_CTX*>(context_), data.data(), data.size());
  return *this;
}

namespace {

// A RapidJSON output stream into a digest, through a small buffer.
class DigestStream {
 public:
  using Ch = char;
  explicit DigestStream(Sha256& digest) : digest_(digest) {}
  DigestStream(const DigestStream&) = delete;
  DigestStream& operator=(const DigestStream&) = delete;
  ~DigestStream() { Flush(); }
  void Put(char c) {
    buffer_[size_] = c;
    if (++size_ == sizeof buffer_) Flush();
  }
  void Flush() {
    digest_.update(std::string_view(buffer_, size_));
    size_ = 0;
  }

 private:
  Sha256& digest_;
  char buffer_[4096];
  std::size_t size_ = 0;
};

}  // namespace

Sha256& Sha256::update(const Json& value) {
  DigestStream stream(*this);
  rapidjson::Writer<DigestStream> writer(stream);
  value.Accept(writer);
  return *this;
}

std::string Sha256::digest() {
  unsigned char out[SHA256_DIGEST_LENGTH];
  SHA256_Final(out, static_cast<SHA256_CTX*>(context_));
  return std::string(reinterpret_cast<const char*>(out), sizeof out);
}

std::string toBase64(std::string_view raw) {
  std::string out(4 * ((raw.size() + 2) / 3) + 1, '\0');
  int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(raw.data()),
                                static_cast<int>(raw.size()));
  out.resize(static_cast<std::size_t>(written));
  return out;
}

std::string toHex(std::string_view raw) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  out.reserve(raw.size() * 2);
  for (unsigned char c : raw) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

std::string Sha256::base64() { return toBase64(digest()); }

std::string Sha256::hex() { return toHex(digest()); }

std::string md5Hex(std::string_view data) {
  unsigned char out[MD5_DIGEST_LENGTH];
  MD5(reinterpret_cast<const unsigned char*>(data.data()), data.size(), out);
  return toHex(std::string_view(reinterpret_cast<const char*>(out), sizeof out));
}

}  // namespace slsc
