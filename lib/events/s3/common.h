// What the s3 units and checks share: the buckets the service creates, grouped by name as the
// reference groups them, and the existing buckets' custom resources, one per function.
#pragma once

#include <string>
#include <vector>

#include "events/s3/model.h"
#include "model/service.h"

namespace slsc::s3 {

struct CreatedBucket {
  std::string name;       // its BucketName
  std::string key;        // its provider.s3 key, else its name: what its ids are made of
  const Node* settings = nullptr;  // provider.s3.<key>, when it has one
  std::vector<const Event*> events;
};

// The buckets of the events without `existing`, whose bucket is a name, in first-seen order.
std::vector<CreatedBucket> createdBuckets(const Service& service);

// One function's events on an existing bucket (its custom resource).
struct ExistingBucket {
  const Function* fn = nullptr;
  std::vector<const Event*> events;
};
std::vector<ExistingBucket> existingBuckets(const Service& service);

// What identifies an existing bucket: its name, or the CloudFormation function as text.
std::string bucketIdentity(const Node& bucket);

}  // namespace slsc::s3
