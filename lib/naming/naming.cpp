// Logical ids and the normalizations behind them.
#include "naming/naming.h"

#include <algorithm>
#include <cctype>

#include "naming/websocket.h"
#include "source/ascii.h"

namespace slsc::naming {

std::string concat(std::string_view a, std::string_view b) {
  std::string out;
  out.reserve(a.size() + b.size());
  out.append(a);
  out.append(b);
  return out;
}

std::string upperFirst(std::string_view text) {
  std::string out(text);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

std::string normalizedResourceName(std::string_view name) {
  std::string out;
  out.reserve(name.size() + 32);  // room for the suffix most ids append
  for (char c : name) {
    if (c == '-')
      out += "Dash";
    else if (c == '_')
      out += "Underscore";
    else
      out += c;
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

std::string normalizedRouteKey(std::string_view route) {
  std::string out;
  out.reserve(route.size() + 32);  // room for the suffix most ids append
  for (char c : route) {
    switch (c) {
      case '$': out += 'S'; break;
      case '/': out += "Slash"; break;
      case '-': out += "Dash"; break;
      case '_': out += "Underscore"; break;
      case '.': out += "Period"; break;
      default: out += c;
    }
  }
  return out;
}

std::string alphanumericOnly(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (isAsciiAlphanumeric(c)) out += c;
  }
  return out;
}

std::string functionRole(std::string_view f) { return concat(normalizedResourceName(f), kLambdaRole); }
std::string logGroup(std::string_view f) { return concat(normalizedResourceName(f), "LogGroup"); }
std::string lambdaFunction(std::string_view f) {
  return concat(normalizedResourceName(f), "LambdaFunction");
}
std::string lambdaVersion(std::string_view f, std::string_view hash) {
  return concat(normalizedResourceName(f), concat("LambdaVersion", alphanumericOnly(hash)));
}
std::string lambdaQualifiedArnOutput(std::string_view f) {
  return concat(lambdaFunction(f), "QualifiedArn");
}
std::string provisionedConcurrencyAlias(std::string_view f) {
  return concat(normalizedResourceName(f), "ProvConcLambdaAlias");
}
std::string snapStartAlias(std::string_view f) {
  return concat(normalizedResourceName(f), "SnapStartLambdaAlias");
}
std::string lambdaFunctionUrl(std::string_view f) {
  return concat(normalizedResourceName(f), "LambdaFunctionUrl");
}
std::string lambdaFunctionUrlPermission(std::string_view f) {
  return concat(normalizedResourceName(f), "LambdaPermissionFnUrl");
}
std::string lambdaEventInvokeConfig(std::string_view f) {
  return concat(normalizedResourceName(f), "LambdaEvConf");
}

std::string hashedIdStem(std::string_view id) {
  // The hash is base64 digits only (alphanumericOnly), 16 or more of them.
  static const std::string_view kHashedStems[] = {"LambdaVersion", kWebsocketsDeploymentStem};
  for (std::string_view stem : kHashedStems) {
    // The last occurrence first: a function's own name may hold the stem.
    for (auto at = id.rfind(stem); at != std::string_view::npos;
         at = at == 0 ? std::string_view::npos : id.rfind(stem, at - 1)) {
      std::string_view hash = id.substr(at + stem.size());
      bool prefixOk = stem == kWebsocketsDeploymentStem ? at == 0 : at > 0;
      if (!prefixOk || hash.size() < 16 || alphanumericOnly(hash).size() != hash.size()) continue;
      return std::string(id.substr(0, at + stem.size())) + "#";
    }
  }
  return std::string(id);
}

std::string exportName(std::string_view service, std::string_view stage, std::string_view output) {
  std::string out = "sls-";
  out.append(service);
  out += '-';
  out.append(stage);
  out += '-';
  out.append(output);
  return out;
}

bool isValidLogicalId(std::string_view id) {
  if (id.empty() || id.size() > 255) return false;
  return std::all_of(id.begin(), id.end(), isAsciiAlphanumeric);
}

}  // namespace slsc::naming
