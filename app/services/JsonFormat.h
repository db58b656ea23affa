#pragma once

#include "models/domain/Integration.h"
#include "models/domain/WebhookSubscription.h"
#include "models/erp/Sync.h"
#include "models/storage/ApiTokenRepository.h"
#include "models/storage/WebhookStatistics.h"
#include "models/webhooks/Delivery.h"

#include <QJsonArray>
#include <QJsonObject>

namespace garagereg {

// The JSON shapes of the command line (--json) and the REST API (documented in
// docs/webhooks.md and docs/openapi.json): the same objects in both.
QJsonValue jsonTime(const QDateTime &time); // ISO 8601 UTC with milliseconds, or null
QJsonObject toJson(const Integration &integration);
QJsonObject toJson(const WebhookSubscription &subscription); // references only, never a secret
QJsonObject toJson(const Delivery &delivery);
QJsonObject toJson(const DeliveryAttempt &attempt);
QJsonObject toJson(const IntegrationHealth &health);
QJsonObject toJson(const DeliveryMetrics &metrics);
QJsonObject toJson(const ApiToken &token); // never the token itself
QJsonObject toJson(const SyncLog &log);
QJsonObject syncSummaryJson(const SyncLog &log); // id, status and counts
QJsonArray headersToJson(const HttpHeaders &headers);

} // namespace garagereg
