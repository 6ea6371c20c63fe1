// websocket: provider.websocket.apiKeys and usagePlan (sls-compile's), bound to the websocket
// stage: AWS::ApiGateway::ApiKey, UsagePlan and UsagePlanKey serve WebSocket APIs too (keys
// have no StageKeys there; the plan's ApiStages bind them). Routes check keys with
// apiKeyRequired, read as apiKeySelectionExpression says.
#include "events/apigateway/keys.h"
#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {

void compileKeys(CompileContext& context, const std::string& deploymentId) {
  const Settings& s = model(context.service).settings;
  if (!s.apiKeys && !s.usagePlan) return;
  JsonFactory& json = context.json();
  bool existing = usesExistingApi(context.service);
  apigateway::KeySettings settings{s.apiKeys, s.usagePlan, s.usagePlanAt};
  apigateway::KeyTarget target{
      .settingsPath = "provider.websocket",
      .planKind = "websocket",
      .apiId = apiId(context),
      .stage = existing ? json.str(context.provider.stage) : json.ref(naming::kWebsocketsStage),
      .stageKeys = false,
      .dependsOn = deploymentId,
      .keyId = naming::websocketsApiKey,
      .planId = naming::websocketsUsagePlan,
      .planKeyId = naming::websocketsUsagePlanKey};
  apigateway::compileKeys(context, settings, target);
}

}  // namespace slsc::websockets
