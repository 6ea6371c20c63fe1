// The sns family's logical ids.
#include "naming/sns.h"

namespace slsc::naming {

std::string normalizedTopicName(std::string_view topic) { return upperFirst(alphanumericOnly(topic)); }
std::string snsTopic(std::string_view topic) { return concat("SNSTopic", normalizedTopicName(topic)); }
std::string snsSubscription(std::string_view f, std::string_view topic) {
  return concat(normalizedResourceName(f), concat("SnsSubscription", normalizedTopicName(topic)));
}
std::string snsPermission(std::string_view f, std::string_view topic) {
  return concat(normalizedResourceName(f),
                concat("LambdaPermission", concat(normalizedTopicName(topic), "SNS")));
}
std::string snsDeadLetterQueuePolicy(std::string_view f, std::string_view topic) {
  return concat(normalizedTopicName(topic), concat("To", concat(normalizedResourceName(f), "DLQPolicy")));
}

}  // namespace slsc::naming
