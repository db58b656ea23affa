#include "models/common/Error.h"
#include "models/webhooks/WebhookSignature.h"

#include <QtTest>

using namespace garagereg;

namespace {
// Published test vectors, computed independently of this code:
// GitHub's webhook documentation ("Testing the webhook payload validation").
const QByteArray githubSecret = "It's a Secret to Everybody";
const QByteArray githubBody = "Hello, World!";
const QByteArray githubSignature = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
// The Standard Webhooks specification's reference vector.
const QByteArray standardSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const QString standardId = QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek");
const qint64 standardTimestamp = 1614265330;
const QByteArray standardBody = R"({"test": 2432232314})";
const QByteArray standardSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}
} // namespace

class TestWebhookSignature : public QObject
{
    Q_OBJECT

private slots:
    void garageRegMatchesThePublishedVector()
    {
        QCOMPARE(WebhookSignature::garageReg(githubSecret, githubBody), githubSignature);
    }

    void standardWebhooksMatchesThePublishedVector()
    {
        QCOMPARE(WebhookSignature::standardWebhooks({standardSecret}, standardId, standardTimestamp, standardBody),
                 standardSignature);
    }

    void rotationSignsWithEverySecret()
    {
        const QByteArray next = WebhookSignature::generateSecret(SignatureScheme::StandardWebhooks);
        const QByteArray header = WebhookSignature::standardWebhooks({next, standardSecret}, standardId,
                                                                     standardTimestamp, standardBody);
        const QList<QByteArray> entries = header.split(' ');
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1), standardSignature);
        // A receiver holding either secret accepts it.
        for (const QByteArray &secret : {next, standardSecret}) {
            QVERIFY(WebhookSignature::verify(SignatureScheme::StandardWebhooks, secret, standardBody, header,
                                             standardId, standardTimestamp, 300, at(standardTimestamp + 10))
                        .valid);
        }
    }

    void verifiesAndRejects()
    {
        const auto garageReg = [](const QByteArray &body, const QByteArray &signature) {
            return WebhookSignature::verify(SignatureScheme::GarageReg, githubSecret, body, signature, {}, std::nullopt,
                                            300, at(0));
        };
        QVERIFY(garageReg(githubBody, githubSignature).valid);
        QVERIFY(!garageReg(githubBody + ' ', githubSignature).valid);
        QVERIFY(!garageReg(githubBody, githubSignature.left(20)).valid);

        const auto standard = [](const QByteArray &signature, qint64 now) {
            return WebhookSignature::verify(SignatureScheme::StandardWebhooks, standardSecret, standardBody, signature,
                                            standardId, standardTimestamp, 300, at(now));
        };
        QVERIFY(standard(standardSignature, standardTimestamp).valid);
        QVERIFY(!standard("v1,AAAA" + standardSignature.mid(7), standardTimestamp).valid);
        const WebhookSignature::Verification stale = standard(standardSignature, standardTimestamp + 301);
        QVERIFY(!stale.valid);
        QVERIFY2(stale.reason.contains(QLatin1String("tolerance")), qPrintable(stale.reason));
        QVERIFY(!standard(standardSignature, standardTimestamp - 301).valid); // from the future
    }

    void generatedSecretsAreUsableAndDistinct()
    {
        for (SignatureScheme scheme : {SignatureScheme::GarageReg, SignatureScheme::StandardWebhooks}) {
            const QByteArray first = WebhookSignature::generateSecret(scheme);
            QVERIFY(WebhookSignature::secretProblem(scheme, first).isEmpty());
            QVERIFY(first != WebhookSignature::generateSecret(scheme));
        }
        QVERIFY(WebhookSignature::generateSecret(SignatureScheme::StandardWebhooks).startsWith("whsec_"));
    }

    void badSecretsAreRefused()
    {
        QVERIFY(!WebhookSignature::secretProblem(SignatureScheme::GarageReg, {}).isEmpty());
        QVERIFY(!WebhookSignature::secretProblem(SignatureScheme::GarageReg, "short").isEmpty());
        QVERIFY(!WebhookSignature::secretProblem(SignatureScheme::StandardWebhooks, "whsec_not base64!").isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, WebhookSignature::standardWebhooks({"whsec_!!"}, standardId, 1, "{}"));
    }

    void constantTimeEquality()
    {
        QVERIFY(WebhookSignature::constantTimeEquals("abc", "abc"));
        QVERIFY(!WebhookSignature::constantTimeEquals("abc", "abd"));
        QVERIFY(!WebhookSignature::constantTimeEquals("abc", "abcd"));
        QVERIFY(!WebhookSignature::constantTimeEquals("", "a"));
        QVERIFY(WebhookSignature::constantTimeEquals("", ""));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_webhook_signature.moc"
