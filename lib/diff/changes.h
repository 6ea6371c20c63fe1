// diff: what changes between two templates, in the order a reviewer needs it.
#pragma once

#include <rapidjson/document.h>

#include <string>
#include <vector>

namespace slsc::diff {

struct ResourceRef {
  std::string id;
  std::string type;
};

// A route key whose logical id changes: CloudFormation creates the new route before it deletes
// the old one, and API Gateway refuses a second route with the same key (409).
struct RouteMove {
  std::string routeKey;
  std::string oldId;
  std::string newId;
};

struct Replacement {
  ResourceRef resource;
  std::vector<std::string> properties;  // the changed properties that force it ("Type" too)
  std::string source;                   // where the rule comes from
};

struct Redeploy {
  ResourceRef resource;  // with the stem as id: "WebsocketsDeployment", "ChatLambdaVersion"
  std::string oldId;
  std::string newId;
};

struct PropertyChange {
  std::string resource;
  std::string path;      // "Properties.MemorySize"
  std::string oldValue;  // compact JSON; empty when added
  std::string newValue;  // compact JSON; empty when removed
};

enum class IamKind { Added, Removed, Widened, Narrowed, Changed };

struct IamChange {
  IamKind kind;
  std::string resource;  // the role or permission
  std::string summary;   // "Allow dynamodb:PutItem on arn:…"
  std::string detail;    // what changed, for widened / narrowed / changed
};

struct OutputChange {
  char kind;  // '+', '-', '~'
  std::string id;
  std::string oldValue;
  std::string newValue;
};

struct Changes {
  std::vector<RouteMove> routeMoves;
  std::vector<Replacement> replaced;
  std::vector<ResourceRef> added;
  std::vector<ResourceRef> removed;
  std::vector<Redeploy> redeployed;
  std::vector<IamChange> iam;
  std::vector<PropertyChange> properties;
  std::vector<OutputChange> outputs;
  bool empty() const;
};

Changes compare(const rapidjson::Value& oldTemplate, const rapidjson::Value& newTemplate);

// The report, in one of the three formats.
std::string renderText(const Changes& changes, const std::string& oldName,
                       const std::string& newName, bool color);
std::string renderJson(const Changes& changes);
std::string renderMarkdown(const Changes& changes, const std::string& oldName,
                           const std::string& newName);

}  // namespace slsc::diff
