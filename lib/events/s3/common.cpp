// The s3 family's buckets, grouped as the reference groups them.
#include "events/s3/common.h"

#include "events/event_source/lambda.h"

namespace slsc::s3 {

std::vector<CreatedBucket> createdBuckets(const Service& service) {
  const auto& model = service.events.s3;
  std::vector<CreatedBucket> out;
  for (const auto& e : model.events) {
    if (e.existing || !e.bucket.isScalar()) continue;
    const std::string& ref = e.bucket.text();
    const Node* settings = model.providerBuckets ? model.providerBuckets->get(ref) : nullptr;
    std::string name = ref;
    if (settings && settings->isMap())
      if (const Node* n = settings->get("name"); n && n->isScalar() && !n->text().empty()) name = n->text();
    CreatedBucket* bucket = nullptr;
    for (auto& b : out)
      if (b.name == name) bucket = &b;
    if (!bucket) bucket = &out.emplace_back(CreatedBucket{name, name, nullptr, {}});
    if (settings) {
      bucket->key = ref;
      bucket->settings = settings;
    }
    bucket->events.push_back(&e);
  }
  return out;
}

std::vector<ExistingBucket> existingBuckets(const Service& service) {
  std::vector<ExistingBucket> out;
  for (const auto& e : service.events.s3.events) {
    if (!e.existing) continue;
    const Function* fn = &service.functions[e.function];
    if (out.empty() || out.back().fn != fn) out.push_back(ExistingBucket{fn, {}});
    out.back().events.push_back(&e);
  }
  return out;
}

std::string bucketIdentity(const Node& bucket) { return eventsource::identity(bucket); }

}  // namespace slsc::s3
