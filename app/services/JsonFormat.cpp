#include "app/services/JsonFormat.h"

namespace garagereg {

namespace {
QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonValue jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonArray headersToJson(const HttpHeaders &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return array;
}

QJsonObject toJson(const Integration &integration)
{
    return {
        {QStringLiteral("id"), integration.id},
        {QStringLiteral("name"), integration.name},
        {QStringLiteral("type"), integrationTypeName(integration.type)},
        {QStringLiteral("provider"), integration.provider},
        {QStringLiteral("endpoint_url"), textOrNull(integration.endpointUrl)},
        {QStringLiteral("settings"), integration.settings},
        {QStringLiteral("active"), integration.active},
        {QStringLiteral("request_count"), integration.requestCount},
        {QStringLiteral("success_count"), integration.successCount},
        {QStringLiteral("error_count"), integration.errorCount},
        {QStringLiteral("average_response_ms"),
         integration.averageResponseMs ? QJsonValue(*integration.averageResponseMs) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_response_ms"), optionalNumber(integration.lastResponseMs)},
        {QStringLiteral("last_success_at"), jsonTime(integration.lastSuccessAt)},
        {QStringLiteral("last_error_at"), jsonTime(integration.lastErrorAt)},
        {QStringLiteral("last_error"), textOrNull(integration.lastError)},
        {QStringLiteral("rate_limit_per_minute"),
         integration.rateLimitPerMinute ? QJsonValue(*integration.rateLimitPerMinute) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("organization_id"), textOrNull(integration.organizationId)},
        {QStringLiteral("created_at"), jsonTime(integration.createdAt)},
        {QStringLiteral("updated_at"), jsonTime(integration.updatedAt)},
    };
}

QJsonObject toJson(const WebhookSubscription &subscription)
{
    QJsonArray delays;
    for (int delay : subscription.retryDelaysSeconds)
        delays.append(delay);
    return {
        {QStringLiteral("id"), subscription.id},
        {QStringLiteral("integration_id"), subscription.integrationId},
        {QStringLiteral("name"), subscription.name},
        {QStringLiteral("endpoint_url"), subscription.endpointUrl},
        {QStringLiteral("event_types"), QJsonArray::fromStringList(subscription.eventTypes)},
        {QStringLiteral("event_filters"), subscription.eventFilters},
        {QStringLiteral("has_secret"), !subscription.secretRef.isEmpty()},
        {QStringLiteral("signature_scheme"), signatureSchemeName(subscription.signatureScheme)},
        {QStringLiteral("signature_header"), subscription.signatureHeader},
        {QStringLiteral("max_retries"), subscription.maxRetries},
        {QStringLiteral("retry_delays"), delays},
        {QStringLiteral("timeout_seconds"), subscription.timeoutSeconds},
        {QStringLiteral("active"), subscription.active},
        {QStringLiteral("disabled_reason"), textOrNull(subscription.disabledReason)},
        {QStringLiteral("organization_id"), textOrNull(subscription.organizationId)},
        {QStringLiteral("previous_secret_expires_at"), jsonTime(subscription.previousSecretExpiresAt)},
        {QStringLiteral("consecutive_failures"), subscription.breaker.consecutiveFailures},
        {QStringLiteral("breaker_open_until"), jsonTime(subscription.breaker.openUntil)},
        {QStringLiteral("created_at"), jsonTime(subscription.createdAt)},
        {QStringLiteral("updated_at"), jsonTime(subscription.updatedAt)},
    };
}

QJsonObject toJson(const Delivery &delivery)
{
    return {
        {QStringLiteral("request_id"), delivery.requestId},
        {QStringLiteral("event_id"), delivery.eventUuid},
        {QStringLiteral("event_type"), delivery.eventType},
        {QStringLiteral("subscription_id"), optionalNumber(delivery.subscriptionId)},
        {QStringLiteral("endpoint_url"), delivery.endpointUrl},
        {QStringLiteral("status"), deliveryStatusName(delivery.status)},
        {QStringLiteral("attempt_count"), delivery.attemptCount},
        {QStringLiteral("created_at"), jsonTime(delivery.createdAt)},
        {QStringLiteral("first_attempt_at"), jsonTime(delivery.firstAttemptAt)},
        {QStringLiteral("last_attempt_at"), jsonTime(delivery.lastAttemptAt)},
        {QStringLiteral("completed_at"), jsonTime(delivery.completedAt)},
        {QStringLiteral("next_retry_at"),
         jsonTime(delivery.status == DeliveryStatus::Retrying ? delivery.nextAttemptAt : QDateTime())},
        {QStringLiteral("last_http_status"),
         delivery.lastHttpStatus ? QJsonValue(*delivery.lastHttpStatus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_error"), textOrNull(delivery.lastError)},
    };
}

QJsonObject toJson(const DeliveryAttempt &attempt)
{
    return {
        {QStringLiteral("number"), attempt.number},
        {QStringLiteral("trigger"), attempt.manual ? QStringLiteral("manual") : QStringLiteral("scheduled")},
        {QStringLiteral("started_at"), jsonTime(attempt.startedAt)},
        {QStringLiteral("duration_ms"), attempt.durationMs},
        {QStringLiteral("url"), attempt.url},
        {QStringLiteral("request_headers"), headersToJson(attempt.requestHeaders)},
        {QStringLiteral("response_status"),
         attempt.responseStatus ? QJsonValue(*attempt.responseStatus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("response_headers"), headersToJson(attempt.responseHeaders)},
        {QStringLiteral("response_body"), QString::fromUtf8(attempt.responseBody)},
        {QStringLiteral("response_truncated"), attempt.responseTruncated},
        {QStringLiteral("error_class"), textOrNull(attempt.errorClass)},
        {QStringLiteral("error"), textOrNull(attempt.errorMessage)},
    };
}

QJsonObject toJson(const IntegrationHealth &health)
{
    return {
        {QStringLiteral("integration_id"), health.integrationId},
        {QStringLiteral("name"), health.name},
        {QStringLiteral("status"), healthStatusName(health.status)},
        {QStringLiteral("request_count"), health.requestCount},
        {QStringLiteral("success_count"), health.successCount},
        {QStringLiteral("error_count"), health.errorCount},
        {QStringLiteral("success_rate"),
         health.requestCount > 0 ? QJsonValue(static_cast<double>(health.successCount) / health.requestCount)
                                 : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("average_response_ms"),
         health.averageResponseMs ? QJsonValue(*health.averageResponseMs) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_response_ms"), optionalNumber(health.lastResponseMs)},
        {QStringLiteral("recent_attempts"), health.recentAttempts},
        {QStringLiteral("recent_succeeded"), health.recentSucceeded},
        {QStringLiteral("open_breakers"), health.openBreakers},
    };
}

QJsonObject toJson(const DeliveryMetrics &metrics)
{
    QJsonObject statuses;
    for (const auto &entry : metrics.statusDistribution)
        statuses.insert(entry.status, entry.count);
    QJsonArray attempts;
    for (const auto &entry : metrics.averageAttemptsPerSubscription)
        attempts.append(QJsonObject{{QStringLiteral("subscription_id"), entry.subscriptionId},
                                    {QStringLiteral("name"), entry.name},
                                    {QStringLiteral("average_attempts"), entry.averageAttempts}});
    QJsonArray failures;
    for (const auto &entry : metrics.failures)
        failures.append(QJsonObject{{QStringLiteral("http_status"),
                                     entry.httpStatus ? QJsonValue(*entry.httpStatus) : QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("error_class"), entry.errorClass},
                                    {QStringLiteral("count"), entry.count}});
    QJsonArray daily;
    for (const auto &entry : metrics.dailySuccess)
        daily.append(QJsonObject{{QStringLiteral("day"), entry.day.toString(Qt::ISODate)},
                                 {QStringLiteral("attempts"), entry.attempts},
                                 {QStringLiteral("succeeded"), entry.succeeded},
                                 {QStringLiteral("success_rate"),
                                  entry.attempts > 0 ? static_cast<double>(entry.succeeded) / entry.attempts : 0.0}});
    return {{QStringLiteral("status_distribution"), statuses},
            {QStringLiteral("average_attempts_per_subscription"), attempts},
            {QStringLiteral("failures"), failures},
            {QStringLiteral("daily_success"), daily}};
}

QJsonObject toJson(const ApiToken &token)
{
    return QJsonObject{
        {QStringLiteral("id"), static_cast<double>(token.id)},
        {QStringLiteral("name"), token.name},
        {QStringLiteral("prefix"), token.prefix},
        {QStringLiteral("organization_id"), textOrNull(token.organizationId)},
        {QStringLiteral("created_at"), jsonTime(token.createdAt)},
        {QStringLiteral("last_used_at"), jsonTime(token.lastUsedAt)},
        {QStringLiteral("revoked_at"), jsonTime(token.revokedAt)},
    };
}

QJsonObject syncSummaryJson(const SyncLog &log)
{
    return {{QStringLiteral("id"), log.id},
            {QStringLiteral("status"), syncStatusName(log.status)},
            {QStringLiteral("processed"), log.processed},
            {QStringLiteral("succeeded"), log.succeeded},
            {QStringLiteral("failed"), log.failed},
            {QStringLiteral("skipped"), log.skipped},
            {QStringLiteral("conflicts"), log.conflicts},
            {QStringLiteral("duration_ms"), log.durationMs}};
}

QJsonObject toJson(const SyncLog &log)
{
    QJsonObject json = syncSummaryJson(log);
    json.insert(QStringLiteral("integration_id"), log.integrationId ? QJsonValue(*log.integrationId) : QJsonValue());
    json.insert(QStringLiteral("sync_type"), syncDirectionName(log.direction));
    json.insert(QStringLiteral("triggered_by"), log.triggeredBy);
    json.insert(QStringLiteral("started_at"), log.startedAt.toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("finished_at"),
                log.finishedAt.isValid() ? QJsonValue(log.finishedAt.toString(Qt::ISODateWithMs)) : QJsonValue());
    json.insert(QStringLiteral("cursor_before"), log.cursorBefore);
    json.insert(QStringLiteral("cursor_after"), log.cursorAfter);
    json.insert(QStringLiteral("conflict_policy"), log.conflictPolicy);
    json.insert(QStringLiteral("part_numbers"), QJsonArray::fromStringList(log.partNumbers));
    json.insert(QStringLiteral("force_update"), log.forceUpdate);
    json.insert(QStringLiteral("error"), log.errorMessage);
    return json;
}

} // namespace garagereg
