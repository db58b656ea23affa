#include "models/common/Error.h"
#include "models/common/Sha256.h"
#include "models/webhooks/WebhookSignature.h"

#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QThread>
#include <QtTest>

#include <limits>
#include <memory>

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

    // RFC 4231's HMAC-SHA256 vectors: a short key, a key with a short message and a
    // key longer than SHA-256's block (hashed first), over OpenSSL or Qt alike.
    void garageRegMatchesRfc4231_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("mac");
        QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("case 6") << QByteArray(131, '\xaa')
                                << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                                << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    void garageRegMatchesRfc4231()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, mac);
        QCOMPARE(WebhookSignature::garageReg(key, message), QByteArray("sha256=") + mac);
    }

    // The OpenSSL context is reused per thread: each signature must take its own
    // key (an empty one included), never the previous signature's, on any thread.
    void signaturesInTurnUseTheirOwnKeys()
    {
        const QList<QByteArray> keys{QByteArray("first key"), QByteArray(), QByteArray(131, '\xaa'),
                                     QByteArray("first key"), QByteArray("Jefe")};
        const auto expected = [](const QByteArray &key) -> QByteArray {
            return QByteArray("sha256=")
                   + QMessageAuthenticationCode::hash(githubBody, key, QCryptographicHash::Sha256).toHex();
        };
        for (const QByteArray &key : keys)
            QCOMPARE(WebhookSignature::garageReg(key, githubBody), expected(key));
        QList<QByteArray> onOtherThread;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            for (const QByteArray &key : keys)
                onOtherThread << WebhookSignature::garageReg(key, githubBody);
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        for (qsizetype i = 0; i < keys.size(); ++i)
            QCOMPARE(onOtherThread.at(i), expected(keys.at(i)));
    }

    // The ERP fingerprints and API token hashes: the published vectors (FIPS
    // 180-2), then Qt's own SHA-256 on lengths around the 64-byte block, on two threads.
    void sha256MatchesThePublishedVectorsAndQt()
    {
        QCOMPARE(sha256("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256({}).toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        const auto check = [] {
            for (int length : {1, 55, 56, 63, 64, 65, 300, 100000}) {
                const QByteArray data(length, char('a' + length % 26));
                if (sha256(data) != QCryptographicHash::hash(data, QCryptographicHash::Sha256))
                    return length;
            }
            return 0;
        };
        QCOMPARE(check(), 0);
        int failedOnOtherThread = -1;
        std::unique_ptr<QThread> thread(QThread::create([&] { failedOnOtherThread = check(); }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QCOMPARE(failedOnOtherThread, 0);
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

    // Replay protection: a signature that is right but whose timestamp lies outside
    // the tolerance, in the past or in the future, is refused; the edges are inclusive.
    void staleAndFutureTimestampsAreRefused()
    {
        const auto standard = [](qint64 now, qint64 tolerance = 300) {
            return WebhookSignature::verify(SignatureScheme::StandardWebhooks, standardSecret, standardBody,
                                            standardSignature, standardId, standardTimestamp, tolerance, at(now));
        };
        QVERIFY(standard(standardTimestamp + 300).valid);
        QVERIFY(standard(standardTimestamp - 300).valid);
        const WebhookSignature::Verification old = standard(standardTimestamp + 301);
        QVERIFY(!old.valid);
        QVERIFY2(old.reason.contains(QLatin1String("301 seconds old")), qPrintable(old.reason));
        const WebhookSignature::Verification future = standard(standardTimestamp - 301);
        QVERIFY(!future.valid);
        QVERIFY2(future.reason.contains(QLatin1String("301 seconds in the future")), qPrintable(future.reason));
        // The tolerance is the caller's: a day-old message passes a day's tolerance, not ten seconds'.
        QVERIFY(standard(standardTimestamp + 86400, 86400).valid);
        QVERIFY(!standard(standardTimestamp + 11, 10).valid);
        QVERIFY(!standard(standardTimestamp - 11, 10).valid);
        QVERIFY(standard(standardTimestamp, 0).valid);
        QVERIFY(!standard(standardTimestamp + 1, 0).valid);
        QVERIFY(!standard(standardTimestamp + 1, -5).valid); // a negative tolerance is none

        // The garagereg scheme checks X-GarageReg-Timestamp the same way when it is given.
        const auto garageReg = [](std::optional<qint64> timestamp) {
            return WebhookSignature::verify(SignatureScheme::GarageReg, githubSecret, githubBody, githubSignature, {},
                                            timestamp, 300, at(1'800'000'000));
        };
        QVERIFY(garageReg(1'800'000'000 - 300).valid);
        QVERIFY(!garageReg(1'800'000'000 - 301).valid);
        QVERIFY(!garageReg(1'800'000'000 + 301).valid);
        QVERIFY(garageReg(std::nullopt).valid);
    }

    // Timestamps from outside input at the ends of the range are refused without
    // an overflowing difference (undefined behaviour, caught by UBSan).
    void extremeTimestampsAreRefused()
    {
        for (const qint64 timestamp : {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min() + 1,
                                       std::numeric_limits<qint64>::max(), qint64(-1)}) {
            // Correctly signed, so only the timestamp can refuse it.
            const QByteArray signature = WebhookSignature::standardWebhooks({standardSecret}, standardId, timestamp,
                                                                            standardBody);
            const WebhookSignature::Verification verification =
                WebhookSignature::verify(SignatureScheme::StandardWebhooks, standardSecret, standardBody, signature,
                                         standardId, timestamp, 300, at(standardTimestamp));
            QVERIFY2(!verification.valid, qPrintable(QString::number(timestamp)));
            QVERIFY2(!verification.reason.isEmpty(), qPrintable(QString::number(timestamp)));
        }
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

    // The comparison takes as long when the first byte differs as when only the
    // last one does. An early-exit comparison (QByteArray ==, memcmp) answers a
    // first-byte difference thousands of times faster and fails here. The
    // fastest of several runs is compared, so a busy machine only slows both.
    void comparisonTimeDoesNotDependOnWhereTheDifferenceIs()
    {
        const QByteArray expected(4 * 1024 * 1024, 'x');
        QByteArray firstDiffers = expected;
        firstDiffers[0] = 'y';
        QByteArray lastDiffers = expected;
        lastDiffers[lastDiffers.size() - 1] = 'y';
        const auto fastest = [&expected](const QByteArray &given) {
            qint64 best = std::numeric_limits<qint64>::max();
            for (int run = 0; run < 5; ++run) {
                QElapsedTimer timer;
                timer.start();
                const bool equal = WebhookSignature::constantTimeEquals(expected, given);
                best = std::min(best, timer.nsecsElapsed());
                if (equal)
                    qFatal("the different arrays compared equal");
            }
            return best;
        };
        const qint64 early = fastest(firstDiffers);
        const qint64 late = fastest(lastDiffers);
        QVERIFY2(early * 3 >= late && late * 3 >= early,
                 qPrintable(QStringLiteral("first byte differs: %1 ns, last byte differs: %2 ns").arg(early).arg(late)));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_webhook_signature.moc"
