#include "adapters/secrets/KeychainSecretStore.h"
#include "models/common/AwaitFuture.h"

#include <QUuid>
#include <QtTest>

using namespace garagereg;

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    // A service name of its own, so the test never touches real entries.
    KeychainSecretStore m_store{QStringLiteral("garagereg-integrations-test")};
    const QString m_key = secretKeyFor(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                       QStringLiteral("subscription"), 17);

private slots:
    void keyIsNamespacedPerDatabaseAndObject()
    {
        QCOMPARE(secretKeyFor(QStringLiteral("db-1"), QStringLiteral("subscription"), 17),
                 QStringLiteral("db-1/subscription/17"));
    }

    void writeReadDelete()
    {
        // Binary-safe: non-UTF-8 bytes, NUL and accented text.
        const QByteArray secret = QByteArray("whsec_\x00\xff\x01 ", 10) + QStringLiteral("titkos-kulcs-ő").toUtf8();

        const SecretResult written = awaitFuture(m_store.write(m_key, secret));
        QVERIFY2(written.ok(), qPrintable(written.errorMessage));

        const SecretResult read = awaitFuture(m_store.read(m_key));
        QVERIFY2(read.ok(), qPrintable(read.errorMessage));
        QCOMPARE(read.value, secret);

        const SecretResult removed = awaitFuture(m_store.remove(m_key));
        QVERIFY2(removed.ok(), qPrintable(removed.errorMessage));

        const SecretResult gone = awaitFuture(m_store.read(m_key));
        QCOMPARE(gone.status, SecretStatus::NotFound);
        QVERIFY(gone.value.isEmpty());
    }

    void overwriteReplacesTheValue()
    {
        QVERIFY(awaitFuture(m_store.write(m_key, "first")).ok());
        QVERIFY(awaitFuture(m_store.write(m_key, "second")).ok());
        QCOMPARE(awaitFuture(m_store.read(m_key)).value, QByteArray("second"));
        QVERIFY(awaitFuture(m_store.remove(m_key)).ok());
    }

    void removingAMissingEntrySucceeds()
    {
        const SecretResult result = awaitFuture(m_store.remove(m_key + QStringLiteral("-never-written")));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
