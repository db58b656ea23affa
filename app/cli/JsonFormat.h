#pragma once

#include "models/domain/Integration.h"
#include "models/domain/WebhookSubscription.h"
#include "models/storage/WebhookStatistics.h"
#include "models/webhooks/Delivery.h"

#include <QJsonArray>
#include <QJsonObject>

namespace garagereg {

// The --json shapes of the command line (documented in the README).
QJsonValue jsonTime(const QDateTime &time); // ISO 8601 UTC with milliseconds, or null
QJsonObject toJson(const Integration &integration);
QJsonObject toJson(const WebhookSubscription &subscription); // references only, never a secret
QJsonObject toJson(const Delivery &delivery);
QJsonObject toJson(const DeliveryAttempt &attempt);
QJsonObject toJson(const IntegrationHealth &health);
QJsonObject toJson(const DeliveryMetrics &metrics);
QJsonArray headersToJson(const HttpHeaders &headers);

} // namespace garagereg
