// Plain YAML scalars written back as the reference's JavaScript writes them.
#include <gtest/gtest.h>

#include "source/js_scalars.h"

namespace slsc {
namespace {

TEST(JsNumberText, WritesWhatNumberToStringWrites) {
  EXPECT_EQ(jsNumberText(1.0), "1");
  EXPECT_EQ(jsNumberText(1e3), "1000");
  EXPECT_EQ(jsNumberText(-0.50), "-0.5");
  EXPECT_EQ(jsNumberText(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(jsNumberText(123.456), "123.456");
  EXPECT_EQ(jsNumberText(0.000001), "0.000001");
  EXPECT_EQ(jsNumberText(1e-7), "1e-7");
  EXPECT_EQ(jsNumberText(1.5e-7), "1.5e-7");
  EXPECT_EQ(jsNumberText(1e21), "1e+21");
  EXPECT_EQ(jsNumberText(123e20), "1.23e+22");
  EXPECT_EQ(jsNumberText(9007199254740993.0), "9007199254740992");
  EXPECT_EQ(jsNumberText(0.0), "0");
}

TEST(YamlTimestampIso, ReadsTheYaml11TimestampForms) {
  EXPECT_EQ(yamlTimestampIso("2024-01-02"), "2024-01-02T00:00:00.000Z");
  EXPECT_EQ(yamlTimestampIso("2001-12-14t21:59:43.10-05:00"), "2001-12-15T02:59:43.100Z");
  EXPECT_EQ(yamlTimestampIso("2001-12-14 21:59:43.10 -5"), "2001-12-15T02:59:43.100Z");
  EXPECT_EQ(yamlTimestampIso("2001-12-15T02:59:43.1Z"), "2001-12-15T02:59:43.100Z");
  EXPECT_EQ(yamlTimestampIso("2002-12-14 10:00:00"), "2002-12-14T10:00:00.000Z");
  EXPECT_EQ(yamlTimestampIso("1969-12-31 23:00:00 +02:00"), "1969-12-31T21:00:00.000Z");
}

TEST(YamlTimestampIso, LeavesOtherTextAlone) {
  EXPECT_FALSE(yamlTimestampIso("2024-1-2"));  // a date alone needs two-digit month and day
  EXPECT_FALSE(yamlTimestampIso("2024-01-02x"));
  EXPECT_FALSE(yamlTimestampIso("v2024-01-02"));
  EXPECT_FALSE(yamlTimestampIso("release-2024"));
  EXPECT_FALSE(yamlTimestampIso(""));
}

}  // namespace
}  // namespace slsc
