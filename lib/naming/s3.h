// The logical ids of the s3 family, named as the Serverless Framework v3 names them.
#pragma once

#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

// "my.bucket-1" → "Mybucket1": letters and digits only, the first upper-cased.
std::string normalizedBucketName(std::string_view bucket);
// A bucket the service creates: S3Bucket<Bucket> (by its provider.s3 key, or its name).
std::string s3Bucket(std::string_view bucket);
std::string s3Permission(std::string_view function, std::string_view bucket);
// An existing bucket's notifications, one custom resource per function: <Fn>CustomS31.
std::string s3ExistingBucketResource(std::string_view function);
// The custom resource's handler function (its name without the service-stage prefix).
inline constexpr std::string_view kS3HandlerFunctionName = "custom-resource-existing-s3";
inline constexpr std::string_view kS3HandlerFunction =
    "CustomDashresourceDashexistingDashs3LambdaFunction";
inline constexpr std::string_view kS3HandlerLogGroup = "CustomDashresourceDashexistingDashs3LogGroup";

}  // namespace slsc::naming
