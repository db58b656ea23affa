#pragma once

#include "models/domain/WebhookSubscription.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace garagereg {

// The signatures of ../shared/design/webhooks.md, for sending and for receivers.
//  garagereg:          X-GarageReg-Signature: sha256=<hex HMAC-SHA256(secret UTF-8 bytes, body)>
//  standard-webhooks:  webhook-signature: v1,<base64 HMAC-SHA256(base64-decoded key, "id.timestamp.body")>
//                      one entry per active secret during a rotation, separated by spaces
class WebhookSignature
{
    Q_DECLARE_TR_FUNCTIONS(WebhookSignature)

public:
    static QByteArray garageReg(const QByteArray &secret, const QByteArray &body);
    // Throws garagereg::Error when a secret is not a valid whsec_ secret.
    static QByteArray standardWebhooks(const QList<QByteArray> &secrets, const QString &id, qint64 timestamp,
                                       const QByteArray &body);

    // The HMAC key of a Standard Webhooks secret ("whsec_" + base64), or nullopt.
    static std::optional<QByteArray> standardWebhooksKey(const QByteArray &secret);

    // A new random secret in the scheme's format.
    static QByteArray generateSecret(SignatureScheme scheme);
    // Empty when the secret is usable for the scheme, else why not.
    static QString secretProblem(SignatureScheme scheme, const QByteArray &secret);

    struct Verification
    {
        bool valid = false;
        QString reason; // why not, when invalid
    };
    // Checks a received signature in constant time. For standard-webhooks the id
    // and timestamp are required; when a timestamp is given it must lie within
    // toleranceSeconds of now, before or after (replay protection; receivers pass
    // 300 like Standard Webhooks and Stripe). Only standard-webhooks signs the
    // timestamp: the garagereg signature covers the body alone, so there a stale
    // X-GarageReg-Timestamp is refused but a rewritten one cannot be told apart.
    static Verification verify(SignatureScheme scheme, const QByteArray &secret, const QByteArray &body,
                               const QByteArray &signatureHeader, const QString &id, std::optional<qint64> timestamp,
                               qint64 toleranceSeconds, const QDateTime &now);

    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace garagereg
