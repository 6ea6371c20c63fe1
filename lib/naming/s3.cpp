// The s3 family's logical ids.
#include "naming/s3.h"

namespace slsc::naming {

std::string normalizedBucketName(std::string_view bucket) { return upperFirst(alphanumericOnly(bucket)); }
std::string s3Bucket(std::string_view bucket) { return concat("S3Bucket", normalizedBucketName(bucket)); }
std::string s3Permission(std::string_view f, std::string_view bucket) {
  return concat(normalizedResourceName(f),
                concat("LambdaPermission", concat(normalizedBucketName(bucket), "S3")));
}
std::string s3ExistingBucketResource(std::string_view f) { return concat(normalizedResourceName(f), "CustomS31"); }

}  // namespace slsc::naming
