#include "adapters/secrets/KeychainSecretStore.h"

#include <QPromise>
#include <qt6keychain/keychain.h>

#include <memory>

namespace garagereg {

namespace {

// Messages from D-Bus when no session bus or no Secret Service is there. QtKeychain
// reports some of these as OtherError; to the user they all mean "no keychain".
bool looksLikeMissingBackend(const QString &detail)
{
    static const QStringList markers{
        QStringLiteral("autolaunch"),
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("ServiceUnknown"),
        QStringLiteral("No such interface"),
        QStringLiteral("Not connected to D-Bus"),
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("Unknown error"),
        QStringLiteral("No keychain service available"),
    };
    for (const QString &marker : markers) {
        if (detail.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretResult resultOf(const QKeychain::Job &job, const QString &key)
{
    SecretResult result;
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStatus::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStatus::NotFound;
        result.errorMessage = KeychainSecretStore::tr("The keychain has no entry \"%1\".").arg(key);
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStatus::AccessDenied;
        result.errorMessage = KeychainSecretStore::tr("The keychain refused access to \"%1\": %2").arg(key, detail);
        return result;
    case QKeychain::NoBackendAvailable:
        result.status = SecretStatus::BackendUnavailable;
        result.errorMessage = KeychainSecretStore::unavailableMessage(detail);
        return result;
    default:
        if (looksLikeMissingBackend(detail)) {
            result.status = SecretStatus::BackendUnavailable;
            result.errorMessage = KeychainSecretStore::unavailableMessage(detail);
        } else {
            result.status = SecretStatus::Failed;
            result.errorMessage = KeychainSecretStore::tr("The keychain failed for \"%1\": %2").arg(key, detail);
        }
        return result;
    }
}

// Starts a QtKeychain job and resolves the returned future when it finishes.
// The job deletes itself; the promise lives as long as the connection.
template<typename Job, typename Prepare>
QFuture<SecretResult> runJob(const QString &service, const QString &key, Prepare prepare)
{
    auto promise = std::make_shared<QPromise<SecretResult>>();
    promise->start();
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    prepare(*job);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, key](QKeychain::Job *finished) {
        SecretResult result = resultOf(*finished, key);
        if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>) {
            if (result.ok())
                result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
        }
        if constexpr (std::is_same_v<Job, QKeychain::DeletePasswordJob>) {
            if (result.status == SecretStatus::NotFound)
                result = SecretResult{SecretStatus::Ok, {}, {}};
        }
        promise->addResult(result);
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName)
    : m_serviceName(std::move(serviceName))
{
}

QString KeychainSecretStore::unavailableMessage(const QString &detail)
{
    return tr("No keychain is available to store secrets (%1). On Linux, run a Secret Service "
              "provider such as gnome-keyring or KWallet in your desktop session and unlock it; "
              "on a server without a desktop, start one with: dbus-run-session -- sh -c "
              "'gnome-keyring-daemon --unlock --components=secrets'. Secrets are never written "
              "in plaintext instead.")
        .arg(detail.trimmed());
}

QFuture<SecretResult> KeychainSecretStore::read(const QString &key)
{
    return runJob<QKeychain::ReadPasswordJob>(m_serviceName, key, [](auto &) {});
}

QFuture<SecretResult> KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    return runJob<QKeychain::WritePasswordJob>(m_serviceName, key, [&value](auto &job) { job.setBinaryData(value); });
}

QFuture<SecretResult> KeychainSecretStore::remove(const QString &key)
{
    return runJob<QKeychain::DeletePasswordJob>(m_serviceName, key, [](auto &) {});
}

} // namespace garagereg
