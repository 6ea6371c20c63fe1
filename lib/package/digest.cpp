// package: SHA-256 and MD5 of a file, in one pass (OpenSSL's EVP interface).
#include "package/digest.h"

#include <openssl/evp.h>

#include <fstream>
#include <memory>
#include <vector>

#include "compile/hash.h"

namespace slsc {
namespace {

using Context = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

std::string finish(EVP_MD_CTX* context) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_DigestFinal_ex(context, out, &size);
  return std::string(reinterpret_cast<const char*>(out), size);
}

}  // namespace

std::optional<FileDigest> digestFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  Context sha(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  Context md5(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!sha || !md5 || EVP_DigestInit_ex(sha.get(), EVP_sha256(), nullptr) != 1 ||
      EVP_DigestInit_ex(md5.get(), EVP_md5(), nullptr) != 1)
    return std::nullopt;
  FileDigest digest;
  std::vector<char> block(1 << 16);
  while (in) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    auto got = static_cast<std::size_t>(in.gcount());
    EVP_DigestUpdate(sha.get(), block.data(), got);
    EVP_DigestUpdate(md5.get(), block.data(), got);
    digest.size += got;
  }
  if (in.bad()) return std::nullopt;
  std::string raw = finish(sha.get());
  digest.sha256Hex = toHex(raw);
  digest.sha256Base64 = toBase64(raw);
  digest.md5Hex = toHex(finish(md5.get()));
  return digest;
}

}  // namespace slsc
