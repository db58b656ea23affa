#include "adapters/secrets/KeychainSecretStore.h"
#include "models/common/AwaitFuture.h"

#include <QtTest>

using namespace garagereg;

// Runs with no usable Secret Service: no session bus, or one whose keyring is
// locked (see CMakeLists.txt).
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void everyOperationSaysWhatIsMissing()
    {
        KeychainSecretStore store(QStringLiteral("garagereg-integrations-test"), std::chrono::seconds(5));
        const QList<QFuture<SecretResult>> operations{
            store.write(QStringLiteral("db/subscription/1"), "top-secret-value"),
            store.read(QStringLiteral("db/subscription/1")),
            store.remove(QStringLiteral("db/subscription/1")),
        };
        for (const QFuture<SecretResult> &operation : operations) {
            const SecretResult result = awaitFuture(operation);
            QVERIFY2(result.status == SecretStatus::BackendUnavailable, qPrintable(result.errorMessage));
            QVERIFY2(result.errorMessage.contains(QLatin1String("No keychain is available")),
                     qPrintable(result.errorMessage));
            QVERIFY2(result.errorMessage.contains(QLatin1String("gnome-keyring")), qPrintable(result.errorMessage));
            QVERIFY(!result.errorMessage.contains(QLatin1String("top-secret-value")));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
