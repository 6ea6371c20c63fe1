// functions: one CloudWatch log group per function, unless its logs are disabled.
#include "compile/units.h"
#include "naming/naming.h"

namespace slsc {

void compileLogGroups(CompileContext& context) {
  JsonFactory& json = context.json();
  for (const auto& fn : context.service.functions) {
    if (fn.disableLogs) continue;
    JsonObject properties(json);
    properties.set("LogGroupName", "/aws/lambda/" + fn.name);
    if (fn.logRetentionInDays) properties.set("RetentionInDays", json.num(*fn.logRetentionInDays));
    if (fn.logDataProtectionPolicy)
      properties.set("DataProtectionPolicy", json.fromNode(*fn.logDataProtectionPolicy));
    context.out.addResource(naming::logGroup(fn.key),
                            JsonObject(json)
                                .set("Type", "AWS::Logs::LogGroup")
                                .set("Properties", properties.take())
                                .take(),
                            fn.at);
  }
}

}  // namespace slsc
