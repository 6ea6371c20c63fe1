// cognitoUserPool, model: checks across the service. The reference's own refusals (a custom
// sender without its KMS key, two keys for one pool, two existing pools on one function), and
// what it merges or drops without a word: two pool names that make one logical id (one pool
// then takes both), a trigger given twice for one pool (the last one wins), a KMS key on a
// trigger that takes none.
#include <fmt/format.h>

#include <map>
#include <set>
#include <tuple>

#include "events/cognito_user_pool/family.h"
#include "naming/cognito_user_pool.h"

namespace slsc::cognito {
namespace {

bool sameValue(const Node& a, const Node& b) {
  if (a.kind() != b.kind()) return false;
  if (a.isScalar()) return a.text() == b.text();
  if (a.isSeq()) {
    if (a.items().size() != b.items().size()) return false;
    for (std::size_t i = 0; i < a.items().size(); ++i)
      if (!sameValue(a.items()[i], b.items()[i])) return false;
    return true;
  }
  if (a.isMap()) {
    if (a.entries().size() != b.entries().size()) return false;
    for (std::size_t i = 0; i < a.entries().size(); ++i)
      if (a.entries()[i].key != b.entries()[i].key ||
          !sameValue(a.entries()[i].value, b.entries()[i].value))
        return false;
    return true;
  }
  return true;
}

const std::string& functionKey(const Service& service, const Event& e) {
  return service.functions[e.function].key;
}

void checkKmsKeys(const Service& service, Diagnostics& diagnostics) {
  // One key per pool, created and existing pools apart (the reference checks them apart).
  std::map<std::pair<bool, std::string>, const Event*> keyOf;
  for (const auto& e : service.events.cognitoUserPool.events) {
    if (!isCustomSender(e.trigger)) {
      if (e.kmsKeyId)
        diagnostics.warning(e.kmsKeyId->location(), "cognito-kms-key-unused",
                            fmt::format("trigger '{}' takes no KMS key (only CustomSMSSender and "
                                        "CustomEmailSender do): 'kmsKeyId' is ignored",
                                        e.trigger));
      continue;
    }
    if (!e.kmsKeyId) {
      diagnostics.error(e.at, "cognito-kms-key-missing",
                        fmt::format("trigger '{}' of pool '{}' needs 'kmsKeyId', the KMS key "
                                    "Cognito encrypts the codes it sends with",
                                    e.trigger, e.pool));
      continue;
    }
    auto [it, fresh] = keyOf.emplace(std::make_pair(e.existing, e.pool), &e);
    if (!fresh && !sameValue(*it->second->kmsKeyId, *e.kmsKeyId))
      diagnostics.error(e.kmsKeyId->location(), "cognito-kms-key-conflict",
                        fmt::format("pool '{}' takes one KMS key, and line {} gives another",
                                    e.pool, it->second->kmsKeyId->location().line));
  }
}

void checkExistingPools(const Service& service, Diagnostics& diagnostics) {
  std::map<std::size_t, const Event*> poolOf;
  for (const auto& e : service.events.cognitoUserPool.events) {
    if (!e.existing) continue;
    auto [it, fresh] = poolOf.emplace(e.function, &e);
    if (!fresh && it->second->pool != e.pool)
      diagnostics.error(e.poolAt, "cognito-existing-pools-per-function",
                        fmt::format("function '{}' configures existing pool '{}' (line {}) and "
                                    "'{}': one existing pool per function",
                                    functionKey(service, e), it->second->pool,
                                    it->second->poolAt.line, e.pool));
    if (e.forceDeploy)
      diagnostics.warning(e.at, "cognito-force-deploy",
                          "'forceDeploy' is not reproduced: the template is the same on every "
                          "compile; the pool is configured again whenever its triggers or "
                          "functions change");
  }
}

void checkPoolIds(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, const Event*> byId;
  std::set<std::string> reported;  // each pool name once
  for (const auto& e : service.events.cognitoUserPool.events) {
    if (e.existing) continue;
    auto [it, fresh] = byId.emplace(naming::cognitoUserPool(e.pool), &e);
    if (!fresh && it->second->pool != e.pool && reported.insert(e.pool).second)
      diagnostics.error(e.poolAt, "cognito-pool-id-collision",
                        fmt::format("pools '{}' (line {}) and '{}' both make the logical id "
                                    "'{}': one pool would take both",
                                    it->second->pool, it->second->poolAt.line, e.pool,
                                    it->first));
  }
}

void checkTriggers(const Service& service, Diagnostics& diagnostics) {
  std::map<std::tuple<bool, std::string, std::string>, const Event*> seen;
  for (const auto& e : service.events.cognitoUserPool.events) {
    auto [it, fresh] = seen.emplace(std::make_tuple(e.existing, e.pool, e.trigger), &e);
    if (fresh) continue;
    const Event& first = *it->second;
    std::string message = fmt::format(
        "trigger '{}' of pool '{}' is given twice (line {}, function '{}', and here, function "
        "'{}'): a pool has one function per trigger, and only the last one would be kept",
        e.trigger, e.pool, first.at.line, functionKey(service, first), functionKey(service, e));
    // The reference keeps the last one silently; compat mode does too, with a warning.
    if (service.compat == Compat::ServerlessV3)
      diagnostics.warning(e.triggerAt, "cognito-trigger-duplicate", message);
    else
      diagnostics.error(e.triggerAt, "cognito-trigger-duplicate", message);
  }
}

}  // namespace

void checkModel(const Service& service, Diagnostics& diagnostics) {
  checkKmsKeys(service, diagnostics);
  checkExistingPools(service, diagnostics);
  checkPoolIds(service, diagnostics);
  checkTriggers(service, diagnostics);
}

}  // namespace slsc::cognito
