// Compiles a websocket service held in a string with the installed slsc library, lists the
// template's resources and prints the diagnostics of a broken service.
#include <slsc/slsc.h>

#include <iostream>

int main() {
  const std::string service =
      "service: consumer\n"
      "provider:\n"
      "  name: aws\n"
      "  runtime: nodejs24.x\n"
      "functions:\n"
      "  chat:\n"
      "    handler: chat.handler\n"
      "    events:\n"
      "      - websocket: $default\n";
  slsc::Options options;
  options.stage = "prod";
  slsc::Result result = slsc::compileString(service, "serverless.yml", options);
  if (!result.ok) {
    for (const auto& d : result.diagnostics) std::cerr << slsc::renderDiagnostic(d);
    return 1;
  }
  std::cout << "slsc " << slsc::version() << "\n";
  slsc::Value tmpl = slsc::parseTemplate(result.templateJson);
  for (const auto& [id, resource] : tmpl["Resources"].members)
    std::cout << id << " " << resource["Type"].string << "\n";

  slsc::Result broken = slsc::compileString(
      "service: x\nprovider:\n  name: aws\nfunctions:\n  a:\n    events: []\n", "broken.yml",
      options);
  for (const auto& d : broken.diagnostics)
    std::cout << d.file << ":" << d.line << ":" << d.column << " " << d.code << "\n";
  return broken.ok ? 1 : 0;
}
