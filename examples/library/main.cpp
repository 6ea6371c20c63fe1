// Compiles a service given as text, with its included file in memory, then walks the template
// and prints the routes; on errors, prints them as a compiler would.
#include <slsc/slsc.h>

#include <iostream>
#include <memory>

int main() {
  auto files = std::make_shared<slsc::MemoryFileReader>();
  files->add("config/prod.yml", "memory: 512\n");

  const std::string service = R"(service: chat
provider:
  name: aws
  runtime: nodejs24.x
  memorySize: ${file(config/${sls:stage}.yml):memory}
functions:
  connect:
    handler: src/connect.handler
    events:
      - websocket: $connect
  send:
    handler: src/send.handler
    events:
      - websocket: sendMessage
)";

  slsc::Options options;
  options.stage = "prod";
  options.reader = files;
  slsc::Result result = slsc::compileString(service, "serverless.yml", options);

  for (const auto& d : result.diagnostics) std::cerr << slsc::renderDiagnostic(d);
  if (!result.ok) return 1;

  slsc::Value tmpl = slsc::parseTemplate(result.templateJson);
  for (const auto& [id, resource] : tmpl["Resources"].members) {
    if (resource["Type"].string != "AWS::ApiGatewayV2::Route") continue;
    std::cout << id << ": " << resource["Properties"]["RouteKey"].string << "\n";
  }
  std::cout << "memory: "
            << tmpl["Resources"]["SendLambdaFunction"]["Properties"]["MemorySize"].integer << "\n";
  return 0;
}
