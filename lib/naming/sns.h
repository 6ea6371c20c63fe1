// The logical ids of the sns family, named as the Serverless Framework v3 names them.
#pragma once

#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

// "my-topic" → "Mytopic": letters and digits only, the first upper-cased.
std::string normalizedTopicName(std::string_view topic);
// The topic the service creates for an event by name: SNSTopic<Topic>.
std::string snsTopic(std::string_view topic);
// A subscription of its own (existing topic, filter policy, redrive policy).
std::string snsSubscription(std::string_view function, std::string_view topic);
std::string snsPermission(std::string_view function, std::string_view topic);
// The dead-letter queue's policy that lets the topic send to it.
std::string snsDeadLetterQueuePolicy(std::string_view function, std::string_view topic);

}  // namespace slsc::naming
