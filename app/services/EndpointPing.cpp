#include "app/services/EndpointPing.h"

#include "models/webhooks/EventTypes.h"
#include "models/webhooks/WebhookRequest.h"

#include <QJsonObject>
#include <QUuid>

namespace garagereg {

QString EndpointPing::urlProblem(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return tr("\"%1\" is not an http or https URL.").arg(url.toString());
    return {};
}

OutgoingWebhook EndpointPing::request(const QUrl &url, SignatureScheme scheme, const QString &signatureHeader,
                                      const QByteArray &secret, const QDateTime &now, std::chrono::seconds timeout)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray body = WebhookRequest::envelope(requestId, EventTypes::ping(), now, {}, {},
                                                     QJsonObject{
                                                         {QStringLiteral("message"),
                                                          QStringLiteral("GarageReg Integrations endpoint test")}});
    const HttpHeaders headers = WebhookRequest::headers(scheme, signatureHeader, EventTypes::ping(), requestId,
                                                        now.toSecsSinceEpoch(), body, {secret});
    return OutgoingWebhook{url, body, headers, timeout, {}};
}

QString EndpointPing::summary(const AttemptResult &result)
{
    if (result.httpStatus)
        return tr("HTTP %1 in %2 ms").arg(*result.httpStatus).arg(result.durationMs);
    return tr("No answer after %1 ms: %2").arg(result.durationMs).arg(result.errorMessage);
}

} // namespace garagereg
