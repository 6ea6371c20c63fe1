// Plain YAML scalars as the reference's JavaScript sees them.
#include "source/js_scalars.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstdint>
#include <algorithm>
#include <regex>

namespace slsc {

std::string jsNumberText(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  if (value == 0) return "0";
  std::string sign = value < 0 ? "-" : "";
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value),
                              std::chars_format::scientific);
  std::string scientific(buffer, result.ptr);  // d.ddde±XX, the shortest round-trip digits
  std::size_t e = scientific.find('e');
  std::string digits = scientific.substr(0, 1);
  if (e > 2) digits += scientific.substr(2, e - 2);
  int n = std::stoi(scientific.substr(e + 1)) + 1;  // the decimal point's position
  int k = static_cast<int>(digits.size());
  if (k <= n && n <= 21) return sign + digits + std::string(static_cast<std::size_t>(n - k), '0');
  if (0 < n && n <= 21) return sign + digits.substr(0, n) + "." + digits.substr(n);
  if (-6 < n && n <= 0) return sign + "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
  std::string mantissa = k == 1 ? digits : digits.substr(0, 1) + "." + digits.substr(1);
  return fmt::format("{}{}e{}{}", sign, mantissa, n - 1 >= 0 ? "+" : "-", std::abs(n - 1));
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
}

}  // namespace

std::optional<std::string> yamlTimestampIso(std::string_view text) {
  if (text.size() < 10 || text.size() > 64 || text[4] != '-' || text[0] < '0' || text[0] > '9')
    return std::nullopt;
  static const std::regex dateOnly("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  static const std::regex full(
      "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})"
      "(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?");
  std::match_results<std::string_view::const_iterator> m;
  bool withTime = false;
  if (!std::regex_match(text.begin(), text.end(), m, dateOnly)) {
    if (!std::regex_match(text.begin(), text.end(), m, full)) return std::nullopt;
    withTime = true;
  }
  auto number = [&](int i) { return m[i].matched ? std::stoll(m[i].str()) : 0LL; };
  std::int64_t days = daysFromCivil(number(1), static_cast<unsigned>(number(2)),
                                    static_cast<unsigned>(number(3)));
  std::int64_t millis = days * 86400000;
  if (withTime) {
    millis += (number(4) * 3600 + number(5) * 60 + number(6)) * 1000;
    std::string fraction = m[7].matched ? m[7].str() : "";
    fraction = (fraction + "000").substr(0, 3);
    millis += std::stoll(fraction);
    if (m[9].matched) {
      std::int64_t offset = (number(10) * 60 + number(11)) * 60000;
      millis -= m[9].str() == "-" ? -offset : offset;
    }
  }
  std::int64_t dayOf = millis >= 0 ? millis / 86400000 : (millis - 86399999) / 86400000;
  std::int64_t rest = millis - dayOf * 86400000;
  std::int64_t year = 0;
  unsigned month = 0, day = 0;
  civilFromDays(dayOf, year, month, day);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", year, month, day,
                     rest / 3600000, rest / 60000 % 60, rest / 1000 % 60, rest % 1000);
}

Node asStringNode(const Node& scalar) {
  if (!scalar.isScalar() || scalar.scalarType() == ScalarType::Null) return scalar;
  if (scalar.scalarType() == ScalarType::String) {
    if (scalar.quoted()) return scalar;
    auto iso = yamlTimestampIso(scalar.text());
    return iso ? Node::scalar(std::move(*iso), true, scalar.location()) : scalar;
  }
  std::string text = scalar.text();
  if (auto flag = scalar.asBool()) text = *flag ? "true" : "false";
  if (auto number = scalar.asInt()) {
    text = std::abs(*number) <= (std::int64_t{1} << 53) ? std::to_string(*number)
                                                        : jsNumberText(static_cast<double>(*number));
  } else if (auto real = scalar.asDouble()) {
    text = jsNumberText(*real);
  }
  return Node::scalar(std::move(text), true, scalar.location());
}

Node asNumberNode(const Node& value) {
  if (!value.isScalar() || value.asInt() || value.asDouble()) return value;
  if (!Node::plainInt(value.text())) return value;
  return Node::scalar(value.text(), false, value.location());
}

namespace {

std::optional<std::uint32_t> arrayIndex(const std::string& key) {
  if (key.empty() || key.size() > 10 || (key.size() > 1 && key[0] == '0')) return std::nullopt;
  std::uint64_t value = 0;
  for (char c : key) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (value > 4294967294u) return std::nullopt;
  return static_cast<std::uint32_t>(value);
}

}  // namespace

void orderKeysAsJavaScript(std::vector<MapEntry>& entries) {
  bool any = false;
  for (const auto& e : entries) any = any || arrayIndex(e.key).has_value();
  if (!any) return;
  std::stable_sort(entries.begin(), entries.end(), [](const MapEntry& a, const MapEntry& b) {
    auto ia = arrayIndex(a.key);
    auto ib = arrayIndex(b.key);
    if (ia && ib) return *ia < *ib;
    return ia.has_value() && !ib.has_value();
  });
}

std::optional<bool> coercedBool(const Node& value) {
  if (!value.isScalar()) return std::nullopt;
  if (auto flag = value.asBool()) return flag;
  if (value.text() == "true") return true;
  if (value.text() == "false") return false;
  return std::nullopt;
}

bool isSet(const Node* value) {
  if (!value || value->isNull()) return false;
  if (!value->isScalar()) return true;
  if (auto flag = coercedBool(*value)) return *flag;
  if (auto number = value->asDouble()) return *number != 0;
  return !value->text().empty();
}

}  // namespace slsc
