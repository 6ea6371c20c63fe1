// s3, model: checks across the service. The reference's own refusals (a CloudFormation function
// as a bucket to create, a bucket name S3 refuses, two existing buckets on one function), and
// what fails at deploy time: two bucket names that make one logical id, a bucket created both
// by an event and in `resources:`, notifications S3 refuses because they overlap.
#include <fmt/format.h>

#include <map>
#include <regex>

#include "events/s3/common.h"
#include "events/s3/family.h"
#include "naming/s3.h"

namespace slsc::s3 {
namespace {

void checkEachEvent(const Service& service, Diagnostics& diagnostics) {
  // The reference's pattern (awsS3BucketName).
  static const std::regex kBucketName(
      R"((?!^(\d{1,3}\.){3}\d{1,3}$)(^(([a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])\.)*([a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])$))");
  std::map<std::size_t, const Event*> existingOf;
  for (const auto& e : service.events.s3.events) {
    const std::string& fn = service.functions[e.function].key;
    if (!e.existing) {
      if (!e.bucket.isScalar())
        diagnostics.error(e.bucket.location(), "s3-bucket-function",
                          fmt::format("the s3 event of function '{}' gives its bucket as a "
                                      "CloudFormation function: add 'existing: true' for a bucket "
                                      "that exists, or give the name of the bucket to create",
                                      fn));
      continue;
    }
    if (e.forceDeploy)
      diagnostics.warning(e.forceDeployAt, "s3-force-deploy",
                          "forceDeploy is not applied: it would make every compile differ (a "
                          "timestamp); the notifications are set when the event changes");
    auto [it, fresh] = existingOf.emplace(e.function, &e);
    if (!fresh && bucketIdentity(it->second->bucket) != bucketIdentity(e.bucket))
      diagnostics.error(e.bucket.location(), "s3-existing-buckets",
                        fmt::format("function '{}' has s3 events on two existing buckets (line {} and "
                                    "here); one existing bucket can be configured per function",
                                    fn, it->second->at.line));
  }
  std::map<std::string, const CreatedBucket*> byId;
  auto buckets = createdBuckets(service);
  for (const auto& b : buckets) {
    const Event& first = *b.events.front();
    if (!std::regex_search(b.name, kBucketName))
      diagnostics.error(first.bucket.location(), "s3-bucket-name-invalid",
                        fmt::format("'{}' is not a bucket name S3 accepts (lower-case letters, "
                                    "digits, '.' and '-')",
                                    b.name));
    std::string id = naming::s3Bucket(b.key);
    if (auto [it, fresh] = byId.emplace(id, &b); !fresh)
      diagnostics.error(first.bucket.location(), "s3-id-collision",
                        fmt::format("buckets '{}' (line {}) and '{}' both make the logical id '{}': "
                                    "one would replace the other",
                                    it->second->name, it->second->events.front()->at.line, b.name, id));
  }
}

// A bucket of `resources:` with the BucketName of a bucket an event creates: two buckets of one
// name, and the second fails the deploy. The same logical id is an override, and fine.
void checkResources(const Service& service, Diagnostics& diagnostics) {
  if (!service.resources) return;
  auto buckets = createdBuckets(service);
  auto checkSection = [&](const Node& fragment) {
    const Node* resources = fragment.isMap() ? fragment.get("Resources") : nullptr;
    if (!resources || !resources->isMap()) return;
    for (const auto& r : resources->entries()) {
      if (!r.value.isMap()) continue;
      const Node* type = r.value.get("Type");
      const Node* props = r.value.get("Properties");
      const Node* name = props && props->isMap() ? props->get("BucketName") : nullptr;
      if (!type || !type->isScalar() || type->text() != "AWS::S3::Bucket" || !name || !name->isScalar()) continue;
      for (const auto& b : buckets)
        if (b.name == name->text() && naming::s3Bucket(b.key) != r.key)
          diagnostics.error(b.events.front()->bucket.location(), "s3-bucket-in-resources",
                            fmt::format("bucket '{}' is created by this s3 event and by resource "
                                        "'{}' ({}:{}); the second fails the deploy. Add "
                                        "'existing: true' to the event, or name the resource '{}'",
                                        b.name, r.key, name->location().line, name->location().column,
                                        naming::s3Bucket(b.key)));
    }
  };
  if (service.resources->isSeq())
    for (const auto& fragment : service.resources->items()) checkSection(fragment);
  else
    checkSection(*service.resources);
}

// "s3:ObjectCreated:*" covers "s3:ObjectCreated:Put"; equal types overlap.
bool eventsOverlap(const std::string& a, const std::string& b) {
  auto covers = [](const std::string& wide, const std::string& narrow) {
    return wide.size() >= 1 && wide.back() == '*' && narrow.rfind(wide.substr(0, wide.size() - 1), 0) == 0;
  };
  return a == b || covers(a, b) || covers(b, a);
}

// The rule's value, or nothing when there is none; false when it is a CloudFormation function.
bool ruleValue(const Event& e, const std::string& name, std::string& out) {
  out.clear();
  for (const auto& r : e.rules) {
    if (r.name != name) continue;
    if (!r.value.isScalar()) return false;
    out = r.value.text();
  }
  return true;
}

bool filtersOverlap(const Event& a, const Event& b) {
  std::string pa, pb, sa, sb;
  if (!ruleValue(a, "prefix", pa) || !ruleValue(b, "prefix", pb) || !ruleValue(a, "suffix", sa) ||
      !ruleValue(b, "suffix", sb))
    return false;
  auto prefixes = [](const std::string& x, const std::string& y) {
    return x.rfind(y, 0) == 0 || y.rfind(x, 0) == 0;
  };
  auto suffixes = [](const std::string& x, const std::string& y) {
    auto ends = [](const std::string& s, const std::string& t) {
      return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
    };
    return ends(x, y) || ends(y, x);
  };
  return prefixes(pa, pb) && suffixes(sa, sb);
}

void checkOverlaps(const std::vector<const Event*>& events, const std::string& bucket, Diagnostics& diagnostics) {
  for (std::size_t i = 0; i < events.size(); ++i)
    for (std::size_t j = 0; j < i; ++j) {
      const Event& a = *events[j];
      const Event& b = *events[i];
      if (!eventsOverlap(a.event, b.event) || !filtersOverlap(a, b)) continue;
      diagnostics.error(b.at, "s3-notification-overlap",
                        fmt::format("this s3 event on bucket '{}' overlaps the one at line {} (event "
                                    "types '{}' and '{}', and prefix and suffix that both can "
                                    "match): S3 refuses overlapping notifications",
                                    bucket, a.at.line, a.event, b.event));
      break;
    }
}

}  // namespace

void checkModel(const Service& service, Diagnostics& diagnostics) {
  if (service.events.s3.events.empty()) return;
  checkEachEvent(service, diagnostics);
  checkResources(service, diagnostics);
  for (const auto& b : createdBuckets(service)) checkOverlaps(b.events, b.name, diagnostics);
  std::map<std::string, std::vector<const Event*>> existing;
  std::vector<std::string> order;
  for (const auto& e : service.events.s3.events) {
    if (!e.existing) continue;
    auto key = bucketIdentity(e.bucket);
    if (existing[key].empty()) order.push_back(key);
    existing[key].push_back(&e);
  }
  for (const auto& key : order) checkOverlaps(existing[key], key, diagnostics);
}

}  // namespace slsc::s3
