// http: provider.apiGateway.apiKeys and usagePlan, bound to the REST API's stage (the shared
// builder is lib/events/apigateway/keys.cpp).
#include "events/apigateway/keys.h"
#include "events/http/common.h"
#include "events/http/units.h"
#include "naming/http.h"

namespace slsc::http {

void compileKeys(CompileContext& context, const std::string& deployment) {
  const Settings& s = model(context.service).settings;
  apigateway::KeySettings settings{s.apiKeys, s.usagePlan, s.usagePlanAt};
  apigateway::KeyTarget target{.settingsPath = "provider.apiGateway",
                               .planKind = "",
                               .apiId = restApiId(context),
                               .stage = context.json().str(context.provider.stage),
                               .stageKeys = true,
                               .dependsOn = deployment,
                               .keyId = naming::restApiKey,
                               .planId = naming::restApiUsagePlan,
                               .planKeyId = naming::restApiUsagePlanKey};
  apigateway::compileKeys(context, settings, target);
}

}  // namespace slsc::http
