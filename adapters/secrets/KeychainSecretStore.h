#pragma once

#include "adapters/secrets/SecretStore.h"

#include <QCoreApplication>

#include <chrono>

namespace garagereg {

// SecretStore on the operating system's keychain through QtKeychain: the Secret
// Service (gnome-keyring, KWallet) on Linux, the Credential Store on Windows,
// the Keychain on macOS. There is no plaintext fallback: without a keychain
// every operation fails with BackendUnavailable and a message saying what to do.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    // All entries are kept under this service name, so they group together in
    // the keychain's own user interface.
    // A job that has not finished after `timeout` fails as BackendUnavailable: a
    // locked keyring may wait for a password prompt that a headless worker can
    // never show, and nothing may wait on it forever.
    explicit KeychainSecretStore(QString serviceName = QStringLiteral("garagereg-integrations"),
                                 std::chrono::milliseconds timeout = std::chrono::minutes(2));

    QFuture<SecretResult> read(const QString &key) override;
    QFuture<SecretResult> write(const QString &key, const QByteArray &value) override;
    QFuture<SecretResult> remove(const QString &key) override;

    // What a user reads when no keychain backend answers.
    static QString unavailableMessage(const QString &detail);

private:
    QString m_serviceName;
    std::chrono::milliseconds m_timeout;
};

} // namespace garagereg
