#include "models/domain/Integration.h"

#include "models/common/EnumNames.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QUrl>
#include <QtNetwork/qtnetwork-config.h>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#endif

namespace garagereg {

namespace {

const EnumNameTable<IntegrationType, 3> typeNames{{
    {IntegrationType::Erp, QLatin1String("erp")},
    {IntegrationType::Webhook, QLatin1String("webhook")},
    {IntegrationType::Api, QLatin1String("api")},
}};

const EnumNameTable<HealthStatus, 4> healthNames{{
    {HealthStatus::Unknown, QLatin1String("unknown")},
    {HealthStatus::Healthy, QLatin1String("healthy")},
    {HealthStatus::Warning, QLatin1String("warning")},
    {HealthStatus::Error, QLatin1String("error")},
}};

} // namespace

QString integrationTypeName(IntegrationType type)
{
    return enumName(typeNames, type);
}

std::optional<IntegrationType> integrationTypeFromString(const QString &text)
{
    return enumFromName(typeNames, text);
}

QString healthStatusName(HealthStatus status)
{
    return enumName(healthNames, status);
}

std::optional<HealthStatus> healthStatusFromString(const QString &text)
{
    return enumFromName(healthNames, text);
}

const QStringList &knownIntegrationProviders()
{
    static const QStringList providers{
        QStringLiteral("dummy"),     QStringLiteral("rest-json"), QStringLiteral("microsoft-dynamics"),
        QStringLiteral("microsoft"), QStringLiteral("billingo"),  QStringLiteral("sap"),
        QStringLiteral("oracle"),    QStringLiteral("slack"),     QStringLiteral("teams"),
        QStringLiteral("zapier"),    QStringLiteral("custom"),
    };
    return providers;
}

QByteArray integrationCaCertificates(const Integration &integration)
{
    return integration.settings.value(caCertificatesSetting).toString().trimmed().toUtf8();
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && !url.host().isEmpty();
}

QString redactedUrl(const QString &text)
{
    const QUrl url(text);
    if (!url.isValid() || url.userInfo().isEmpty())
        return text.contains(QLatin1Char('@')) ? text.section(QLatin1Char('@'), -1) : text;
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

bool hasUserInfo(const QString &text)
{
    return !QUrl(text).userInfo().isEmpty();
}

QStringList IntegrationValidator::problems(const Integration &integration)
{
    QStringList problems;
    if (integration.name.trimmed().isEmpty())
        problems << tr("The name is empty.");
    else if (integration.name.size() > 200)
        problems << tr("The name is longer than 200 characters.");
    if (!knownIntegrationProviders().contains(integration.provider))
        problems << tr("Unknown provider \"%1\"; known providers: %2.")
                        .arg(integration.provider, knownIntegrationProviders().join(QStringLiteral(", ")));
    // The dummy ERP may keep its state in a local file instead of answering over HTTP.
    const bool dummyFile = integration.provider == QLatin1String("dummy")
                           && integration.endpointUrl.startsWith(QLatin1String("file:"), Qt::CaseInsensitive);
    if (!integration.endpointUrl.isEmpty() && !isHttpUrl(integration.endpointUrl) && !dummyFile)
        problems << tr("The endpoint URL \"%1\" is not an http or https URL.").arg(redactedUrl(integration.endpointUrl));
    else if (hasUserInfo(integration.endpointUrl))
        problems << tr("The endpoint URL \"%1\" contains a user name or password, which would be stored and shown "
                       "with it. Remove it and store the credential in the keychain (erp set-credential).")
                        .arg(redactedUrl(integration.endpointUrl));
    if (integration.rateLimitPerMinute && *integration.rateLimitPerMinute <= 0)
        problems << tr("The rate limit must be a positive number of requests per minute.");
    if (const QJsonValue ca = integration.settings.value(caCertificatesSetting); !ca.isUndefined() && !ca.isNull()) {
        bool valid = ca.isString();
#if QT_CONFIG(ssl)
        valid = valid
                && (ca.toString().trimmed().isEmpty()
                    || !QSslCertificate::fromData(ca.toString().toUtf8(), QSsl::Pem).isEmpty());
#endif
        if (!valid)
            problems << tr("The CA certificates (%1) are not PEM certificates (-----BEGIN CERTIFICATE-----).")
                            .arg(caCertificatesSetting);
    }
    return problems;
}

QString healthStatusTitle(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Unknown: return QCoreApplication::translate("HealthStatus", "Unknown");
    case HealthStatus::Healthy: return QCoreApplication::translate("HealthStatus", "Healthy");
    case HealthStatus::Warning: return QCoreApplication::translate("HealthStatus", "Warning");
    case HealthStatus::Error: return QCoreApplication::translate("HealthStatus", "Error");
    }
    return healthStatusName(status);
}

} // namespace garagereg
