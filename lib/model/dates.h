// Calendar days as the compiler compares them: YYYY-MM-DD text, which orders as the days do.
#pragma once

#include <string>

namespace slsc {

// Today's date in UTC, YYYY-MM-DD.
std::string todayUtc();

}  // namespace slsc
