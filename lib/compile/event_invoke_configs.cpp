// functions: the asynchronous invocation settings (destinations, maximum event age, retries).
#include "compile/units.h"
#include "naming/naming.h"

namespace slsc {
namespace {

// A destination: {arn, type}'s arn, an ARN, or a function of the service (its alias if any).
// The reference knows a function's alias only once it has finished compiling that function, so
// it names the alias of a function that finishes after this one by the function's own ARN;
// compat mode follows it.
Json destination(CompileContext& context, const Function& from, const Node& target) {
  JsonFactory& json = context.json();
  if (target.isMap()) {
    const Node* arn = target.get("arn");
    return arn ? json.fromNode(*arn) : Json();
  }
  if (target.isScalar() && target.text().rfind("arn:", 0) != 0)
    if (const Function* fn = context.function(target.text())) {
      if (context.compat() && context.finishesAfter(*fn, from))
        return json.getAtt(naming::lambdaFunction(fn->key), "Arn");
      return context.lambdaTarget(*fn);
    }
  return json.fromNode(target);
}

Json destinationConfig(CompileContext& context, const Function& fn) {
  JsonFactory& json = context.json();
  JsonObject config(json);
  if (!fn.destinations || !fn.destinations->isMap()) return config.take();
  for (auto [key, property] : {std::pair{"onSuccess", "OnSuccess"}, std::pair{"onFailure", "OnFailure"}}) {
    const Node* target = fn.destinations->get(key);
    if (!target || target->isNull()) continue;
    config.set(property, JsonObject(json).set("Destination", destination(context, fn, *target)).take());
  }
  return config.take();
}

}  // namespace

void compileEventInvokeConfigs(CompileContext& context) {
  JsonFactory& json = context.json();
  for (const auto& fn : context.service.functions) {
    if (!fn.destinations && !fn.maximumEventAge && !fn.maximumRetryAttempts) continue;
    JsonObject properties(json);
    properties.set("FunctionName", json.ref(naming::lambdaFunction(fn.key)))
        .set("DestinationConfig", destinationConfig(context, fn))
        .set("Qualifier", context.aliasName(fn).value_or("$LATEST"));
    if (fn.maximumEventAge) properties.set("MaximumEventAgeInSeconds", json.fromNode(*fn.maximumEventAge));
    if (fn.maximumRetryAttempts)
      properties.set("MaximumRetryAttempts", json.fromNode(*fn.maximumRetryAttempts));
    JsonObject resource(json);
    resource.set("Type", "AWS::Lambda::EventInvokeConfig").set("Properties", properties.take());
    if (auto alias = context.aliasId(fn)) resource.set("DependsOn", *alias);
    context.out.addResource(naming::lambdaEventInvokeConfig(fn.key), resource.take(), fn.at);
  }
}

}  // namespace slsc
