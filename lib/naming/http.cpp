// The http family's logical ids.
#include "naming/http.h"

#include <cctype>
#include <vector>

#include "source/ascii.h"

namespace slsc::naming {

std::string normalizedPathPart(std::string_view part) {
  // lodash's capitalize: the first character upper-cased, the rest lower-cased.
  std::string text;
  for (std::size_t i = 0; i < part.size(); ++i) {
    auto c = static_cast<unsigned char>(part[i]);
    text += static_cast<char>(i == 0 ? std::toupper(c) : std::tolower(c));
  }
  std::string dashed;
  for (char c : text) {
    if (c == '-') dashed += "Dash";
    else dashed += c;
  }
  // /\{(.*)\}/: from the first '{' to the last '}', greedily, becomes its inside and "Var".
  std::size_t open = dashed.find('{');
  std::size_t close = open == std::string::npos ? open : dashed.rfind('}');
  if (open != std::string::npos && close != std::string::npos && close > open)
    dashed = dashed.substr(0, open) + dashed.substr(open + 1, close - open - 1) + "Var" +
             dashed.substr(close + 1);
  std::string out;
  for (char c : dashed)
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  return upperFirst(out);
}

std::string normalizedPath(std::string_view path) {
  std::string out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= path.size(); ++i) {
    if (i == path.size() || path[i] == '/') {
      out += normalizedPathPart(path.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::string restApiResource(std::string_view path) {
  return concat("ApiGatewayResource", normalizedPath(path));
}

std::string restApiMethod(std::string_view path, std::string_view method) {
  return concat(concat("ApiGatewayMethod", path.empty() ? "" : normalizedPath(path)),
                upperFirst(asciiLower(method)));
}

std::string restApiAuthorizer(std::string_view name) {
  return concat(normalizedResourceName(name), "ApiGatewayAuthorizer");
}

std::string restApiPermission(std::string_view function) {
  return concat(normalizedResourceName(function), "LambdaPermissionApiGateway");
}

std::string restApiDeployment(std::string_view suffix) {
  return concat(kRestApiDeploymentStem, alphanumericOnly(suffix));
}

std::string restApiKey(std::size_t number, std::string_view usagePlan) {
  return concat(concat("ApiGatewayApiKey", upperFirst(usagePlan)), std::to_string(number));
}

std::string restApiUsagePlan(std::string_view name) {
  return concat("ApiGatewayUsagePlan", upperFirst(name));
}

std::string restApiUsagePlanKey(std::size_t number, std::string_view usagePlan) {
  return concat(concat("ApiGatewayUsagePlanKey", upperFirst(usagePlan)), std::to_string(number));
}

std::string restApiRequestValidator(std::string_view service) {
  std::string alphanumeric;
  for (char c : service)
    if (std::isalnum(static_cast<unsigned char>(c))) alphanumeric += c;
  return concat(concat("ApiGateway", upperFirst(alphanumeric)), "RequestValidator");
}

namespace {

// lodash's words, simplified: runs of letters and digits, split where a lower-case letter or a
// digit is followed by an upper-case one.
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (!std::isalnum(c)) {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
      continue;
    }
    if (!word.empty() && std::isupper(c) && !std::isupper(static_cast<unsigned char>(word.back()))) {
      out.push_back(std::move(word));
      word.clear();
    }
    word += static_cast<char>(c);
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

std::string capitalized(const std::string& word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    auto c = static_cast<unsigned char>(word[i]);
    out += static_cast<char>(i == 0 ? std::toupper(c) : std::tolower(c));
  }
  return out;
}

}  // namespace

std::string restApiModel(std::string_view schemaId) {
  std::string camel;
  for (const auto& word : words(schemaId)) camel += capitalized(word);
  return concat(concat("ApiGateway", camel), "Model");
}

std::string restApiEndpointModel(std::string_view methodId, std::string_view contentType) {
  // lodash's startCase without its spaces: each word capitalized.
  std::string start;
  for (const auto& word : words(contentType)) start += upperFirst(word);
  return concat(concat(methodId, start), "Model");
}

}  // namespace slsc::naming
