// Plain YAML scalars as the reference's JavaScript sees them: its YAML reader makes a float a
// double and a timestamp a Date, and JavaScript writes them back in its own way (1.0 → 1,
// 1e3 → 1000, 2024-01-02 → 2024-01-02T00:00:00.000Z). Compat output must write the same.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/node.h"

namespace slsc {

// Number.prototype.toString of `value` (shortest round-trip digits, JavaScript's exponent rules).
std::string jsNumberText(double value);

// A YAML 1.1 timestamp (2024-01-02, 2001-12-14t21:59:43.10-05:00, 2001-12-14 21:59:43.10 -5)
// as Date.prototype.toISOString writes it, in UTC with milliseconds; nothing when `text` is none.
std::optional<std::string> yamlTimestampIso(std::string_view text);

// A scalar as the string the reference's schema coercion makes of it (1 → "1", 1.0 → "1",
// true → "true", a timestamp → its ISO form); quoted text and non-scalars are returned as given.
Node asStringNode(const Node& scalar);

// Text that is a whole number ("600", what variables give) as that number, as the reference's
// validator coerces it where a number is asked for; anything else as given.
Node asNumberNode(const Node& value);

// A JavaScript object lists its integer-like keys ("0", "7", "2024") first, in ascending order,
// then the others in the order written; the reference's template follows that order.
void orderKeysAsJavaScript(std::vector<MapEntry>& entries);

// A boolean, or the text "true" / "false" (what ${env:…} and ${opt:…} give), as the reference's
// validator coerces it; nothing for anything else.
std::optional<bool> coercedBool(const Node& value);

// JavaScript truthiness of a setting: absent, null, false, 0, "" and "false" (coerced) are off.
bool isSet(const Node* value);

}  // namespace slsc
