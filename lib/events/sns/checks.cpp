// sns, model: checks across the service. Two events of one function on one topic make one
// subscription and one permission (the reference merges them, keeping one filter policy); two
// topics whose names make one logical id share one resource; settings that do nothing on an
// existing topic, or that the reference v3 drops.
#include <fmt/format.h>

#include <map>

#include "events/event_source/lambda.h"
#include "events/sns/family.h"
#include "naming/sns.h"

namespace slsc::sns {
namespace {

std::string topicIdentity(const Event& e) { return e.arn ? eventsource::identity(*e.arn) : "name:" + e.topicName; }

std::string topicShown(const Event& e) {
  return e.arn && e.arn->isScalar() ? e.arn->text() : e.topicName;
}

void checkIds(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, const Event*> byPermission;
  std::map<std::string, const Event*> byTopic;
  for (const auto& e : service.events.sns.events) {
    const std::string& fn = service.functions[e.function].key;
    std::string id = naming::snsPermission(fn, e.topicName);
    if (auto [it, fresh] = byPermission.emplace(id, &e); !fresh) {
      if (topicIdentity(*it->second) == topicIdentity(e))
        diagnostics.error(e.at, "sns-topic-duplicate",
                          fmt::format("function '{}' subscribes to topic '{}' twice (line {} and "
                                      "here); the two would make one subscription",
                                      fn, topicShown(e), it->second->at.line));
      else
        diagnostics.error(e.at, "sns-id-collision",
                          fmt::format("topics '{}' (line {}) and '{}' of function '{}' both make the "
                                      "logical id '{}': one would replace the other",
                                      topicShown(*it->second), it->second->at.line, topicShown(e), fn,
                                      id));
      continue;
    }
    if (e.arn) continue;
    std::string topic = naming::snsTopic(e.topicName);
    if (auto [it, fresh] = byTopic.emplace(topic, &e); !fresh && it->second->topicName != e.topicName)
      diagnostics.error(e.topicAt, "sns-id-collision",
                        fmt::format("topics '{}' (line {}) and '{}' both make the logical id '{}': "
                                    "only the first would be created",
                                    it->second->topicName, it->second->at.line, e.topicName, topic));
  }
}

void checkSettings(const Service& service, Diagnostics& diagnostics) {
  bool compat = service.compat == Compat::ServerlessV3;
  for (const auto& e : service.events.sns.events) {
    if (e.arn && e.displayName)
      diagnostics.warning(e.displayNameAt, "sns-setting-unused",
                          "displayName has no effect on an existing topic (given by 'arn')");
    if (!e.kmsMasterKeyId) continue;
    if (e.arn)
      diagnostics.warning(e.kmsAt, "sns-setting-unused",
                          "kmsMasterKeyId has no effect on an existing topic (given by 'arn')");
    else if (compat)
      diagnostics.warning(e.kmsAt, "sns-setting-unused",
                          "kmsMasterKeyId is not applied with --compat serverless-v3 (the "
                          "Serverless Framework v3 ignores it): the topic is not encrypted");
  }
}

}  // namespace

void checkModel(const Service& service, Diagnostics& diagnostics) {
  if (service.events.sns.events.empty()) return;
  checkIds(service, diagnostics);
  checkSettings(service, diagnostics);
}

}  // namespace slsc::sns
