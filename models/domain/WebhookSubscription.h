#pragma once

#include "models/webhooks/CircuitBreaker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace garagereg {

enum class SignatureScheme { GarageReg, StandardWebhooks };

QString signatureSchemeName(SignatureScheme scheme);
std::optional<SignatureScheme> signatureSchemeFromString(const QString &text);

// An endpoint that receives the events it subscribes to.
struct WebhookSubscription
{
    static constexpr int defaultMaxRetries = 3;
    static constexpr int defaultTimeoutSeconds = 30;
    static constexpr int maxRetryDelaySeconds = 7 * 24 * 3600;
    static QList<int> defaultRetryDelaysSeconds() { return {60, 300, 900}; }
    static QString defaultSignatureHeader() { return QStringLiteral("X-GarageReg-Signature"); }

    qint64 id = 0;
    qint64 integrationId = 0;
    QString name;
    QString endpointUrl;
    QStringList eventTypes;
    QJsonObject eventFilters;
    QString secretRef; // keychain key, never the secret
    SignatureScheme signatureScheme = SignatureScheme::GarageReg;
    QString signatureHeader = defaultSignatureHeader();
    int maxRetries = defaultMaxRetries;
    QList<int> retryDelaysSeconds = defaultRetryDelaysSeconds();
    int timeoutSeconds = defaultTimeoutSeconds;
    bool active = true;
    QString disabledReason;
    QString organizationId;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Kept by the delivery engine and secret rotation; update() leaves them alone.
    QString previousSecretRef;
    QDateTime previousSecretExpiresAt;
    BreakerState breaker;

    friend bool operator==(const WebhookSubscription &, const WebhookSubscription &) = default;
};

class WebhookSubscriptionValidator
{
    Q_DECLARE_TR_FUNCTIONS(WebhookSubscriptionValidator)

public:
    static QStringList problems(const WebhookSubscription &subscription);
};

} // namespace garagereg
