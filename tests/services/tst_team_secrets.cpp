#include "adapters/http/WebhookSender.h"
#include "adapters/secrets/KeychainSecretStore.h"
#include "adapters/secrets/SecretBox.h"
#include "app/services/DeliveryEngine.h"
#include "app/services/IntegrationCredentials.h"
#include "app/services/SubscriptionService.h"
#include "app/services/TeamKeyService.h"
#include "app/services/TeamSecretStore.h"
#include "app/services/WebhookEventService.h"
#include "models/common/AwaitFuture.h"
#include "models/common/Clock.h"
#include "models/storage/EncryptedSecretRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/SqlQuery.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "models/webhooks/WebhookSignature.h"
#include "tests/support/LoopbackReceiver.h"
#include "tests/support/SecretScan.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestSubscriptions.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;
using namespace std::chrono_literals;

namespace {
constexpr int waitMs = 30000;

QByteArray randomSecret(const char *prefix)
{
    return QByteArray(prefix) + SecretBox::generateKey().toHex();
}
} // namespace

// Team mode with the real keychain: two "machines" are two keychain services
// and two connections sharing one database, on both backends.
class TestTeamSecrets : public QObject
{
    Q_OBJECT

private:
    // What one machine has: its own keychain, its own connection, its own store.
    struct Machine
    {
        std::unique_ptr<KeychainSecretStore> keychain;
        std::unique_ptr<Database> database;
        std::unique_ptr<TeamSecretStore> secrets;
        QStringList keychainEntries; // to clean up

        TeamKeyService teamKeys(const Clock &clock) { return TeamKeyService(*secrets, *database, clock); }
    };

    SystemClock m_clock;
    std::unique_ptr<TestDatabase> m_testDatabase;
    Machine m_a;
    Machine m_b;
    qint64 m_integrationId = 0;
    QString m_run = QUuid::createUuid().toString(QUuid::WithoutBraces);

    void setUpMachine(Machine &machine, const QString &name)
    {
        machine.keychain = std::make_unique<KeychainSecretStore>(
            QStringLiteral("garagereg-team-test-%1-%2").arg(name, m_run));
        machine.database = m_testDatabase->open();
        machine.secrets = std::make_unique<TeamSecretStore>(*machine.keychain, *machine.database, m_clock);
    }

    void tearDownMachine(Machine &machine)
    {
        if (machine.keychain && machine.database) {
            QStringList refs = EncryptedSecretRepository(*machine.database).referencedSecretRefs();
            const QString databaseId = machine.database->databaseId();
            SqlQuery keys(machine.database->connection(),
                          QStringLiteral("SELECT DISTINCT key_id FROM encrypted_secrets"));
            keys.exec();
            while (keys.next())
                refs << TeamSecretStore::teamKeyRef(databaseId, keys.value(0).toString());
            refs << TeamSecretStore::teamKeyRef(databaseId, EncryptedSecretRepository(*machine.database).teamKeyId());
            for (const QString &ref : std::as_const(refs))
                awaitFuture(machine.keychain->remove(ref));
        }
        machine.secrets.reset();
        machine.database.reset();
        machine.keychain.reset();
    }

    WebhookSubscription subscribe(Machine &machine, const QByteArray &secret, SignatureScheme scheme, const QString &url)
    {
        return subscribeTo(
            *machine.database, *machine.secrets, m_clock, m_integrationId,
            url.isEmpty() ? QStringLiteral("https://example.hu/hook") : url,
            [scheme](WebhookSubscription &subscription) {
                subscription.retryDelaysSeconds = {1, 1, 1};
                subscription.signatureScheme = scheme;
                if (scheme == SignatureScheme::StandardWebhooks)
                    subscription.signatureHeader = QStringLiteral("webhook-signature");
            },
            secret);
    }

    // Every value in the database, and for SQLite the file itself with its journal.
    QStringList leaksIn(const SecretScan &scan) const
    {
        QStringList found = scan.findIn(SecretScan::databaseContents(*m_a.database), QStringLiteral("database"));
        if (m_testDatabase->url().isSqlite()) {
            const QString path = m_testDatabase->url().filePath();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                found << scan.findInFile(path + suffix);
        }
        return found;
    }

    SecretResult read(Machine &machine, const QString &ref) { return awaitFuture(machine.secrets->read(ref)); }

    TeamKeyOutcome createTeamKey()
    {
        const TeamKeyOutcome created = awaitFuture(m_a.teamKeys(m_clock).create());
        if (!created.error.isEmpty())
            qFatal("team-key create failed: %s", qPrintable(created.error));
        return created;
    }

    void copyKeyToB()
    {
        const TeamKeyOutcome exported = awaitFuture(m_a.teamKeys(m_clock).exportKey());
        QVERIFY2(exported.error.isEmpty(), qPrintable(exported.error));
        const TeamKeyOutcome imported = awaitFuture(m_b.teamKeys(m_clock).importKey(exported.exportedKey));
        QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        setUpMachine(m_a, QStringLiteral("a"));
        setUpMachine(m_b, QStringLiteral("b"));
        m_integrationId = createTestIntegration(*m_a.database, m_clock);
    }

    void cleanup()
    {
        tearDownMachine(m_a);
        tearDownMachine(m_b);
        m_testDatabase.reset();
    }

    // The default, and what SQLite keeps: secrets in the keychain of the machine
    // that set them; the database holds none, and another machine cannot sign.
    void keychainOnlyByDefault()
    {
        const QByteArray secret = randomSecret("hook-");
        const WebhookSubscription subscription = subscribe(m_a, secret, SignatureScheme::GarageReg, {});
        QCOMPARE(awaitFuture(m_a.keychain->read(subscription.secretRef)).value, secret);
        QCOMPARE(EncryptedSecretRepository(*m_a.database).count(), 0);
        QVERIFY(EncryptedSecretRepository(*m_a.database).teamKeyId().isEmpty());
        QCOMPARE(read(m_b, subscription.secretRef).status, SecretStatus::NotFound);
        const TeamKeyStatus status = awaitFuture(m_a.teamKeys(m_clock).status());
        QVERIFY(status.keyId.isEmpty());
    }

    // The whole story: A switches the shared database to a team key; B cannot
    // sign until it imports the key, then signs with A's secrets; the database
    // holds only ciphertext all along.
    void machineBSignsWithMachineAsSecretsAfterImport()
    {
        LoopbackReceiver receiver;
        const QByteArray hookSecret = randomSecret("hook-");
        const QByteArray standardSecret = WebhookSignature::generateSecret(SignatureScheme::StandardWebhooks);
        const QByteArray erpCredential = randomSecret("erp-token-");
        SecretScan scan;
        scan.add(QStringLiteral("hook secret"), hookSecret);
        scan.add(QStringLiteral("standard-webhooks secret"), standardSecret);
        scan.add(QStringLiteral("ERP credential"), erpCredential);

        const WebhookSubscription hook = subscribe(m_a, hookSecret, SignatureScheme::GarageReg,
                                                   receiver.url(QStringLiteral("/garagereg")).toString());
        const WebhookSubscription standard = subscribe(m_a, standardSecret, SignatureScheme::StandardWebhooks,
                                                       receiver.url(QStringLiteral("/standard")).toString());
        QCOMPARE(awaitFuture(IntegrationCredentials::store(*m_a.database, *m_a.secrets, m_clock, m_integrationId,
                                                           erpCredential)),
                 QString());
        const QString erpRef = IntegrationRepository(*m_a.database, m_clock).find(m_integrationId)->secretRef;

        const TeamKeyOutcome created = createTeamKey();
        QCOMPARE(created.secretCount, 3);
        QCOMPARE(EncryptedSecretRepository(*m_a.database).count(), 3);
        // Moved, not copied: A's keychain keeps only the team key.
        QCOMPARE(awaitFuture(m_a.keychain->read(hook.secretRef)).status, SecretStatus::NotFound);
        QCOMPARE(read(m_a, hook.secretRef).value, hookSecret);
        QCOMPARE(read(m_a, erpRef).value, erpCredential);
        const QStringList leaks = leaksIn(scan);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

        // B without the key: a clear error, and its engine waits instead of sending unsigned.
        const SecretResult refused = read(m_b, hook.secretRef);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage.contains(QLatin1String("team key"))
                     && refused.errorMessage.contains(QLatin1String("does not have"))
                     && refused.errorMessage.contains(QLatin1String("team-key import")),
                 qPrintable(refused.errorMessage));
        QVERIFY(!refused.errorMessage.contains(QString::fromLatin1(hookSecret)));
        QNetworkAccessManager network;
        WebhookSender sender(network, m_clock);
        DeliveryEngineOptions options;
        options.problemRetry = 200ms;
        const TriggeredEvent event = WebhookEventService(*m_b.database, m_clock)
                                         .trigger(QStringLiteral("gate.inspection_due"),
                                                  QJsonDocument::fromJson(R"({"gate_id": "K-7"})").object(),
                                                  QStringLiteral("org-1"), QStringLiteral("K-7"));
        QCOMPARE(event.requestIds.size(), 2);
        {
            DeliveryEngine engine(*m_b.database, *m_b.secrets, sender, m_clock, options);
            QSignalSpy problems(&engine, &DeliveryEngine::problem);
            engine.start();
            QVERIFY(problems.wait(waitMs));
            QVERIFY2(problems.first().first().toString().contains(QLatin1String("team-key import")),
                     qPrintable(problems.first().first().toString()));
            QSignalSpy stopped(&engine, &DeliveryEngine::stopped);
            engine.stop();
            QVERIFY(stopped.count() > 0 || stopped.wait(waitMs));
        }
        QCOMPARE(receiver.requestCount(), 0);

        copyKeyToB();
        QCOMPARE(read(m_b, erpRef).value, erpCredential);
        {
            DeliveryEngine engine(*m_b.database, *m_b.secrets, sender, m_clock, options);
            QSignalSpy finished(&engine, &DeliveryEngine::attemptFinished);
            engine.start();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, waitMs);
            QSignalSpy stopped(&engine, &DeliveryEngine::stopped);
            engine.stop();
            QVERIFY(stopped.count() > 0 || stopped.wait(waitMs));
        }
        QCOMPARE(receiver.requestCount(), 2);
        for (const ReceivedRequest &request : receiver.requests()) {
            WebhookSignature::Verification verification;
            if (request.target == "/garagereg") {
                verification = WebhookSignature::verify(SignatureScheme::GarageReg, hookSecret, request.body,
                                                        request.header("X-GarageReg-Signature"), {}, std::nullopt, 300,
                                                        m_clock.now());
            } else {
                QCOMPARE(request.target, QByteArray("/standard"));
                verification = WebhookSignature::verify(SignatureScheme::StandardWebhooks, standardSecret, request.body,
                                                        request.header("webhook-signature"),
                                                        QString::fromLatin1(request.header("webhook-id")),
                                                        request.header("webhook-timestamp").toLongLong(), 300,
                                                        m_clock.now());
            }
            QVERIFY2(verification.valid, qPrintable(verification.reason));
        }

        // A secret B sets goes into the database, sealed, and A can use it.
        const QByteArray fromB = randomSecret("hook-b-");
        scan.add(QStringLiteral("B's secret"), fromB);
        const WebhookSubscription setByB = subscribe(m_b, fromB, SignatureScheme::GarageReg, {});
        QCOMPARE(awaitFuture(m_b.keychain->read(setByB.secretRef)).status, SecretStatus::NotFound);
        QCOMPARE(read(m_a, setByB.secretRef).value, fromB);
        const QStringList after = leaksIn(scan);
        QVERIFY2(after.isEmpty(), qPrintable(after.join(QLatin1Char('\n'))));
    }

    // The scan above can fail: it finds a planted secret.
    void scanFindsAPlantedSecret()
    {
        const QByteArray secret = randomSecret("planted-");
        SecretScan scan;
        scan.add(QStringLiteral("planted"), secret);
        QVERIFY(leaksIn(scan).isEmpty());
        SqlQuery(m_a.database->connection(), QStringLiteral("UPDATE integrations SET last_error = :e"))
            .bind(QStringLiteral(":e"), QString::fromLatin1("oops " + secret.toBase64()))
            .exec();
        const QStringList found = leaksIn(scan);
        QVERIFY2(found.join(QLatin1Char('\n')).contains(QLatin1String("planted as base64 in database")),
                 qPrintable(found.join(QLatin1Char('\n'))));
    }

    void tamperedCiphertextIsRefused()
    {
        const QByteArray first = randomSecret("first-");
        const QByteArray second = randomSecret("second-");
        const WebhookSubscription one = subscribe(m_a, first, SignatureScheme::GarageReg, {});
        const WebhookSubscription two = subscribe(m_a, second, SignatureScheme::GarageReg, {});
        createTeamKey();
        QCOMPARE(read(m_a, one.secretRef).value, first);

        // One bit of the ciphertext changed.
        const std::optional<EncryptedSecret> stored = EncryptedSecretRepository(*m_a.database).find(one.secretRef);
        QVERIFY(stored);
        EncryptedSecret flipped = *stored;
        flipped.ciphertext[3] = char(flipped.ciphertext.at(3) ^ 0x01);
        EncryptedSecretRepository(*m_a.database).put(flipped, m_clock.now());
        SecretResult result = read(m_a, one.secretRef);
        QCOMPARE(result.status, SecretStatus::Failed);
        QVERIFY2(result.errorMessage.contains(QLatin1String("integrity")), qPrintable(result.errorMessage));
        QVERIFY(result.value.isEmpty());

        // A valid ciphertext copied onto another secret's row.
        const std::optional<EncryptedSecret> other = EncryptedSecretRepository(*m_a.database).find(two.secretRef);
        EncryptedSecret swapped = *other;
        swapped.ref = one.secretRef;
        EncryptedSecretRepository(*m_a.database).put(swapped, m_clock.now());
        result = read(m_a, one.secretRef);
        QCOMPARE(result.status, SecretStatus::Failed);
        QVERIFY2(result.errorMessage.contains(QLatin1String("integrity")), qPrintable(result.errorMessage));
        QCOMPARE(read(m_a, two.secretRef).value, second);

        // Rotation refuses to re-encrypt what it cannot open, and changes nothing.
        const QString keyId = EncryptedSecretRepository(*m_a.database).teamKeyId();
        const TeamKeyOutcome rotated = awaitFuture(m_a.teamKeys(m_clock).rotate());
        QVERIFY2(rotated.error.contains(one.secretRef), qPrintable(rotated.error));
        QCOMPARE(EncryptedSecretRepository(*m_a.database).teamKeyId(), keyId);
        QCOMPARE(read(m_a, two.secretRef).value, second);
    }

    void rotationReEncryptsAndOtherMachinesReimport()
    {
        const QByteArray secret = randomSecret("rotated-");
        const WebhookSubscription subscription = subscribe(m_a, secret, SignatureScheme::GarageReg, {});
        createTeamKey();
        const TeamKeyOutcome oldExport = awaitFuture(m_a.teamKeys(m_clock).exportKey());
        copyKeyToB();
        const EncryptedSecret before = *EncryptedSecretRepository(*m_a.database).find(subscription.secretRef);

        const TeamKeyOutcome rotated = awaitFuture(m_a.teamKeys(m_clock).rotate());
        QVERIFY2(rotated.error.isEmpty(), qPrintable(rotated.error));
        QCOMPARE(rotated.secretCount, 1);
        QVERIFY(rotated.keyId != oldExport.keyId);
        const EncryptedSecret after = *EncryptedSecretRepository(*m_a.database).find(subscription.secretRef);
        QCOMPARE(after.keyId, rotated.keyId);
        QVERIFY(after.ciphertext != before.ciphertext);
        QCOMPARE(read(m_a, subscription.secretRef).value, secret);
        // The old key left A's keychain.
        const QString databaseId = m_a.database->databaseId();
        QCOMPARE(awaitFuture(m_a.keychain->read(TeamSecretStore::teamKeyRef(databaseId, oldExport.keyId))).status,
                 SecretStatus::NotFound);

        // B still has only the old key.
        const SecretResult stale = read(m_b, subscription.secretRef);
        QVERIFY2(stale.errorMessage.contains(QLatin1String("team-key import")), qPrintable(stale.errorMessage));
        const TeamKeyOutcome oldImport = awaitFuture(m_b.teamKeys(m_clock).importKey(oldExport.exportedKey));
        QVERIFY2(oldImport.error.contains(QLatin1String("rotated")), qPrintable(oldImport.error));
        copyKeyToB();
        QCOMPARE(read(m_b, subscription.secretRef).value, secret);
    }

    void importRefusesGarbageAndOtherDatabasesKeys()
    {
        createTeamKey();
        const QStringList garbageKeys{QString(), QStringLiteral("hello"),
                                      QString(QString(TeamKeyService::exportPrefix) + QStringLiteral("x:!!!"))};
        for (const QString &garbage : garbageKeys) {
            const TeamKeyOutcome refused = awaitFuture(m_b.teamKeys(m_clock).importKey(garbage));
            QVERIFY2(refused.error.contains(QLatin1String("not a GarageReg team key")), qPrintable(refused.error));
        }

        TestDatabase otherDatabase;
        const std::unique_ptr<Database> other = otherDatabase.open();
        TeamSecretStore otherSecrets(*m_a.keychain, *other, m_clock);
        TeamKeyService otherKeys(otherSecrets, *other, m_clock);
        const TeamKeyOutcome otherCreated = awaitFuture(otherKeys.create());
        QVERIFY2(otherCreated.error.isEmpty(), qPrintable(otherCreated.error));
        const TeamKeyOutcome otherExport = awaitFuture(otherKeys.exportKey());
        const TeamKeyOutcome refused = awaitFuture(m_b.teamKeys(m_clock).importKey(otherExport.exportedKey));
        QVERIFY2(refused.error.contains(QLatin1String("another database")), qPrintable(refused.error));
        awaitFuture(m_a.keychain->remove(TeamSecretStore::teamKeyRef(other->databaseId(), otherCreated.keyId)));

        // A second create is refused; the key stays.
        const QString keyId = EncryptedSecretRepository(*m_a.database).teamKeyId();
        const TeamKeyOutcome again = awaitFuture(m_b.teamKeys(m_clock).create());
        QVERIFY2(again.error.contains(QLatin1String("already has a team key")), qPrintable(again.error));
        QCOMPARE(EncryptedSecretRepository(*m_a.database).teamKeyId(), keyId);
    }

    // A machine that lacks some of the secrets cannot switch the database: the
    // secrets would be lost to everyone.
    void createIsRefusedWhenASecretIsNotHere()
    {
        const WebhookSubscription subscription = subscribe(m_a, randomSecret("only-on-a-"), SignatureScheme::GarageReg,
                                                           {});
        const TeamKeyOutcome refused = awaitFuture(m_b.teamKeys(m_clock).create());
        QVERIFY2(refused.error.contains(subscription.secretRef), qPrintable(refused.error));
        QVERIFY(EncryptedSecretRepository(*m_a.database).teamKeyId().isEmpty());
        QCOMPARE(EncryptedSecretRepository(*m_a.database).count(), 0);
    }

    // Database passwords unlock the database: they never go into it.
    void databasePasswordsStayInTheKeychain()
    {
        createTeamKey();
        const QString ref = QStringLiteral("database-password/u@h:5432/d");
        const QByteArray password = randomSecret("pw-");
        QVERIFY(awaitFuture(m_a.secrets->write(ref, password)).ok());
        QCOMPARE(awaitFuture(m_a.keychain->read(ref)).value, password);
        QCOMPARE(EncryptedSecretRepository(*m_a.database).count(), 0);
        QVERIFY(awaitFuture(m_a.secrets->remove(ref)).ok());
        QCOMPARE(awaitFuture(m_a.keychain->read(ref)).status, SecretStatus::NotFound);
    }

    void removeDeletesTheEncryptedSecret()
    {
        const WebhookSubscription subscription = subscribe(m_a, randomSecret("gone-"), SignatureScheme::GarageReg, {});
        createTeamKey();
        QCOMPARE(awaitFuture(SubscriptionService(*m_a.database, *m_a.secrets, m_clock).remove(subscription.id)),
                 QString());
        QCOMPARE(EncryptedSecretRepository(*m_a.database).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTeamSecrets)
#include "tst_team_secrets.moc"
