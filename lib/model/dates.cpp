// Calendar days, with std::chrono's calendar.
#include "model/dates.h"

#include <fmt/format.h>

#include <charconv>
#include <chrono>

#include "slsc/compile.h"

namespace slsc {
namespace {

bool digits(std::string_view text, int& out) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size();
}

std::string format(const std::chrono::year_month_day& day) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()),
                     static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
}

}  // namespace

bool isIsoDate(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  if (!digits(text.substr(0, 4), year) || !digits(text.substr(5, 2), month) ||
      !digits(text.substr(8, 2), day))
    return false;
  return std::chrono::year_month_day(std::chrono::year(year),
                                     std::chrono::month(static_cast<unsigned>(month)),
                                     std::chrono::day(static_cast<unsigned>(day)))
      .ok();
}

std::string todayUtc() {
  auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return format(std::chrono::year_month_day(now));
}

}  // namespace slsc
