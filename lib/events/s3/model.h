// s3 family: its part of the model, every `s3` event of the service's functions: a bucket the
// service creates (by name, or by a provider.s3 key), or an existing one (`existing: true`),
// whose notifications our custom resource sets.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "source/node.h"

namespace slsc::s3 {

// One of `rules`: prefix or suffix, and its value (text or a CloudFormation function).
struct Rule {
  std::string name;  // "prefix" or "suffix"
  Node value;
};

struct Event {
  std::size_t function = 0;
  Location at;
  Node bucket;          // as written: a name, a provider.s3 key, or (existing) a function
  std::string event = "s3:ObjectCreated:*";
  Location eventAt;
  std::vector<Rule> rules;
  bool existing = false;
  bool forceDeploy = false;
  Location forceDeployAt;
};

struct Model {
  std::vector<Event> events;  // function by function, in the order written
  std::optional<Node> providerBuckets;  // provider.s3: bucket settings by key
};

}  // namespace slsc::s3
