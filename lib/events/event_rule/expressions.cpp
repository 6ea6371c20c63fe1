// Schedule expressions as EventBridge reads them: rate(value unit), cron(six fields), and the
// Scheduler's at(timestamp). A problem points at the part of the text that is wrong.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <vector>

#include "events/event_rule/target.h"
#include "source/ascii.h"

namespace slsc::eventrule {
namespace {

struct Problem {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string message;
};

// Where text[offset, offset + length) stands in the file: the scalar's own position moved along
// its line when the line holds the text as written (plain, or right after a quote).
Location within(const Node& value, std::size_t offset, std::size_t length) {
  Location at = value.location();
  if (!at.file || at.line <= 0 || at.column <= 0) return at;
  std::string_view line = at.file->line(at.line);
  std::size_t start = static_cast<std::size_t>(at.column - 1);
  const std::string& text = value.text();
  std::size_t shift = 0;
  if (start < line.size() && (line[start] == '"' || line[start] == '\'')) shift = 1;
  if (line.substr(start + shift, text.size()) != text) return at;
  at.column = static_cast<int>(start + shift + offset + 1);
  at.length = static_cast<int>(std::max<std::size_t>(length, 1));
  return at;
}

bool allDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<Problem> rateProblem(std::string_view text) {
  const std::size_t open = 5;  // "rate("
  std::string_view inner = text.substr(open, text.size() - open - 1);
  std::size_t space = inner.find(' ');
  if (space == std::string_view::npos || inner.find(' ', space + 1) != std::string_view::npos ||
      space == 0 || space + 1 == inner.size())
    return Problem{open, inner.size(),
                   fmt::format("rate expression '{}' is not 'rate(<value> <unit>)', e.g. "
                               "rate(5 minutes)",
                               text)};
  std::string_view value = inner.substr(0, space);
  std::string_view unit = inner.substr(space + 1);
  if (!allDigits(value) || std::all_of(value.begin(), value.end(), [](char c) { return c == '0'; }))
    return Problem{open, value.size(),
                   fmt::format("rate value '{}' is not a positive integer", value)};
  bool one = value.find_first_not_of('0') == value.size() - 1 && value.back() == '1';
  static const char* const units[] = {"minute", "hour", "day"};
  for (const char* u : units) {
    std::string singular = u;
    std::string plural = singular + "s";
    if (unit == singular && !one)
      return Problem{open + space + 1, unit.size(),
                     fmt::format("rate unit '{}' must be '{}' for a value of {}", unit, plural,
                                 value)};
    if (unit == plural && one)
      return Problem{open + space + 1, unit.size(),
                     fmt::format("rate unit '{}' must be '{}' for a value of 1", unit, singular)};
    if (unit == singular || unit == plural) return std::nullopt;
  }
  return Problem{open + space + 1, unit.size(),
                 fmt::format("rate unit '{}' is not one of minute(s), hour(s) or day(s)", unit)};
}

struct FieldSpec {
  const char* name;
  int min;
  int max;
  const char* const* names;  // JAN…DEC or SUN…SAT, numbered from min
  bool slash;
  bool question;
  bool dayOfMonth;
  bool dayOfWeek;
};

const char* const kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                               "JUL", "AUG", "SEP", "OCT", "NOV", "DEC", nullptr};
const char* const kDays[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", nullptr};

const FieldSpec kFields[] = {
    {"minutes", 0, 59, nullptr, true, false, false, false},
    {"hours", 0, 23, nullptr, true, false, false, false},
    {"day-of-month", 1, 31, nullptr, true, true, true, false},
    {"month", 1, 12, kMonths, true, false, false, false},
    {"day-of-week", 1, 7, kDays, false, true, false, true},
    {"year", 1970, 2199, nullptr, true, false, false, false},
};

// Why `v` is no value of the field, or empty.
std::string valueProblem(std::string_view v, const FieldSpec& spec) {
  if (spec.names) {
    std::string upper = asciiUpper(std::string(v));
    for (int i = 0; spec.names[i]; ++i)
      if (upper == spec.names[i]) return {};
  }
  if (!allDigits(v) || v.size() > 4) {
    return spec.names ? fmt::format("'{}' is neither {}-{} nor a name ({}-{})", v, spec.min,
                                    spec.max, spec.names[0],
                                    spec.dayOfWeek ? "SAT" : "DEC")
                      : fmt::format("'{}' is not a number", v);
  }
  int n = std::stoi(std::string(v));
  if (n < spec.min || n > spec.max)
    return fmt::format("'{}' is out of the range {}-{}", v, spec.min, spec.max);
  return {};
}

std::string itemProblem(std::string_view item, const FieldSpec& spec) {
  if (item.empty()) return "an empty list item";
  if (item == "?") return "'?' must stand alone";
  if (spec.dayOfMonth) {
    if (item == "L" || item == "LW") return {};
    if (item.size() > 1 && item.back() == 'W') return valueProblem(item.substr(0, item.size() - 1), spec);
  }
  if (spec.dayOfWeek) {
    if (item == "L") return {};
    if (item.size() > 1 && item.back() == 'L') return valueProblem(item.substr(0, item.size() - 1), spec);
    if (std::size_t hash = item.find('#'); hash != std::string_view::npos) {
      if (auto why = valueProblem(item.substr(0, hash), spec); !why.empty()) return why;
      std::string_view nth = item.substr(hash + 1);
      if (nth.size() != 1 || nth[0] < '1' || nth[0] > '5')
        return fmt::format("'#{}' is not an occurrence 1-5 of the day in the month", nth);
      return {};
    }
  }
  std::string_view base = item;
  if (std::size_t slash = item.find('/'); slash != std::string_view::npos) {
    if (!spec.slash) return fmt::format("'/' is not allowed in the {} field", spec.name);
    std::string_view step = item.substr(slash + 1);
    if (!allDigits(step) || std::all_of(step.begin(), step.end(), [](char c) { return c == '0'; }))
      return fmt::format("step '{}' is not a positive integer", step);
    base = item.substr(0, slash);
  }
  if (base == "*") return {};
  if (std::size_t dash = base.find('-'); dash != std::string_view::npos) {
    if (auto why = valueProblem(base.substr(0, dash), spec); !why.empty()) return why;
    return valueProblem(base.substr(dash + 1), spec);
  }
  return valueProblem(base, spec);
}

std::string fieldProblem(std::string_view field, const FieldSpec& spec) {
  if (field == "?") return spec.question ? std::string() : fmt::format("'?' is not allowed in the {} field", spec.name);
  std::size_t start = 0;
  while (true) {
    std::size_t comma = field.find(',', start);
    std::string_view item = field.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    if (auto why = itemProblem(item, spec); !why.empty()) return why;
    if (comma == std::string_view::npos) return {};
    start = comma + 1;
  }
}

std::optional<Problem> cronProblem(std::string_view text) {
  const std::size_t open = 5;  // "cron("
  std::string_view inner = text.substr(open, text.size() - open - 1);
  struct Field {
    std::string_view text;
    std::size_t offset;
  };
  std::vector<Field> fields;
  for (std::size_t i = 0; i < inner.size();) {
    if (inner[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t end = inner.find(' ', i);
    if (end == std::string_view::npos) end = inner.size();
    fields.push_back(Field{inner.substr(i, end - i), open + i});
    i = end;
  }
  if (fields.size() != 6)
    return Problem{open, inner.size(),
                   fmt::format("cron expression has {} field{}; EventBridge takes six: minutes "
                               "hours day-of-month month day-of-week year",
                               fields.size(), fields.size() == 1 ? "" : "s")};
  for (std::size_t i = 0; i < 6; ++i)
    if (auto why = fieldProblem(fields[i].text, kFields[i]); !why.empty())
      return Problem{fields[i].offset, fields[i].text.size(),
                     fmt::format("cron {} field '{}' is not valid: {}", kFields[i].name,
                                 fields[i].text, why)};
  bool domAny = fields[2].text == "?";
  bool dowAny = fields[4].text == "?";
  if (domAny == dowAny)
    return Problem{fields[4].offset, fields[4].text.size(),
                   fmt::format("cron day-of-month '{}' and day-of-week '{}': exactly one of "
                               "them must be '?'",
                               fields[2].text, fields[4].text)};
  return std::nullopt;
}

std::optional<Problem> atProblem(std::string_view text) {
  // at(yyyy-mm-ddThh:mm:ss)
  std::string_view inner = text.substr(3, text.size() - 4);
  static const char shape[] = "dddd-dd-ddTdd:dd:dd";
  bool ok = inner.size() == sizeof(shape) - 1;
  for (std::size_t i = 0; ok && i < inner.size(); ++i)
    ok = shape[i] == 'd' ? (inner[i] >= '0' && inner[i] <= '9') : inner[i] == shape[i];
  if (ok) return std::nullopt;
  return Problem{3, inner.size(),
                 fmt::format("at expression '{}' is not at(yyyy-mm-ddThh:mm:ss)", text)};
}

bool wraps(std::string_view text, std::string_view head) {
  return text.size() > head.size() && text.substr(0, head.size()) == head && text.back() == ')';
}

}  // namespace

void checkExpression(const Node& value, bool allowAt, Diagnostics& diagnostics) {
  if (!value.isScalar()) return;
  std::string_view text = value.text();
  std::optional<Problem> problem;
  if (wraps(text, "rate(")) problem = rateProblem(text);
  else if (wraps(text, "cron(")) problem = cronProblem(text);
  else if (allowAt && wraps(text, "at(")) problem = atProblem(text);
  else
    problem = Problem{0, text.size(),
                      fmt::format("schedule expression '{}' is neither rate(…) nor cron(…){}",
                                  text, allowAt ? " nor at(…)" : "")};
  if (!problem) return;
  diagnostics.error(within(value, problem->offset, problem->length), "schedule-expression-invalid",
                    problem->message);
}

}  // namespace slsc::eventrule
