#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace garagereg {

enum class IntegrationType { Erp, Webhook, Api };
// healthy: >= 95 % of the last 100 attempts succeeded; warning: >= 80 %;
// error: below that, or a circuit breaker is open; unknown: no attempts yet.
enum class HealthStatus { Unknown, Healthy, Warning, Error };

QString integrationTypeName(IntegrationType type);
std::optional<IntegrationType> integrationTypeFromString(const QString &text);
QString healthStatusName(HealthStatus status);
// The health for people, translated.
QString healthStatusTitle(HealthStatus status);
std::optional<HealthStatus> healthStatusFromString(const QString &text);

// A connection to another system: an ERP, a webhook consumer or an API client.
struct Integration
{
    qint64 id = 0; // 0 until stored
    QString name;
    IntegrationType type = IntegrationType::Webhook;
    QString provider; // one of knownIntegrationProviders()
    QString endpointUrl;
    QJsonObject settings;
    QString secretRef; // keychain key, never the secret
    bool active = true;

    HealthStatus health = HealthStatus::Unknown;
    qint64 requestCount = 0;
    qint64 successCount = 0;
    qint64 errorCount = 0;
    std::optional<double> averageResponseMs;
    std::optional<qint64> lastResponseMs;
    QDateTime lastSuccessAt;
    QDateTime lastErrorAt;
    QString lastError;

    std::optional<int> rateLimitPerMinute;
    QString organizationId;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Integration &, const Integration &) = default;
};

const QStringList &knownIntegrationProviders();

class IntegrationValidator
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationValidator)

public:
    // Every problem, one sentence each; empty when the integration may be stored.
    static QStringList problems(const Integration &integration);
};

// The integration's own CA certificates (settings key "ca_certificates", PEM):
// when set, its webhooks and ERP calls trust only these CAs. Public data, so it
// lives in the database. Empty: the system's CAs.
QByteArray integrationCaCertificates(const Integration &integration);
inline constexpr QLatin1StringView caCertificatesSetting{"ca_certificates"};

// An http or https URL with a host; used for endpoints everywhere.
bool isHttpUrl(const QString &text);
// The URL for a message: without a user name or password it might carry.
QString redactedUrl(const QString &text);
// Whether an http(s) URL carries a user name or password ("https://user:pass@host/"):
// endpoint URLs are stored and shown, so credentials never go in them.
bool hasUserInfo(const QString &text);

} // namespace garagereg
