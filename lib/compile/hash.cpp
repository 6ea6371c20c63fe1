// SHA-256 through OpenSSL's EVP interface.
#include "compile/hash.h"

#include <openssl/evp.h>
#include <rapidjson/writer.h>

#include <stdexcept>

namespace slsc {

Sha256::Sha256() : context_(EVP_MD_CTX_new()) {
  if (!context_ || EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(context_), EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("SHA-256 is not available");
}

Sha256::~Sha256() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(context_)); }

Sha256& Sha256::update(std::string_view data) {
  EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(context_), data.data(), data.size());
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
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(context_), out, &size);
  return std::string(reinterpret_cast<const char*>(out), size);
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
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(data.data(), data.size(), out, &size, EVP_md5(), nullptr);
  return toHex(std::string_view(reinterpret_cast<const char*>(out), size));
}

}  // namespace slsc
