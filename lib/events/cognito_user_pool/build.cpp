// cognitoUserPool, model: the `cognitoUserPool` events of a function ({pool, trigger, existing,
// forceDeploy, kmsKeyId}; the schema has checked their types).
#include "events/cognito_user_pool/family.h"
#include "events/event_source/permission.h"
#include "model/builders.h"
#include "model/fields.h"

namespace slsc::cognito {

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  eventsource::forEachEvent(in, "cognitoUserPool", [&](const Node& value, const Location& at) {
    if (!value.isMap()) return;
    Fields fields(value, diagnostics);
    Event e;
    e.function = in.function;
    e.at = at;
    auto pool = fields.text("pool");
    auto trigger = fields.text("trigger");
    if (!pool || !trigger) return;  // the schema requires both
    e.pool = *pool;
    e.trigger = *trigger;
    e.poolAt = fields.node("pool")->location();
    e.triggerAt = fields.node("trigger")->location();
    e.existing = fields.boolean("existing").value_or(false);
    e.forceDeploy = fields.boolean("forceDeploy").value_or(false);
    e.kmsKeyId = fields.copy("kmsKeyId");
    service.events.cognitoUserPool.events.push_back(std::move(e));
  });
}

}  // namespace slsc::cognito
