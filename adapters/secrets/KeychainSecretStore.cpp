#include "adapters/secrets/KeychainSecretStore.h"

#include <QPromise>
#include <QTimer>
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
        QStringLiteral("Could not connect"),
        QStringLiteral("/collection/login"), // a Secret Service without a login keyring
        QStringLiteral("locked collection"),
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
    case QKeychain::NoError: result.status = SecretStatus::Ok; return result;
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

// The promise of one keychain operation, resolved once: by the job or by the timeout.
struct PendingSecret
{
    QPromise<SecretResult> promise;
    bool resolved = false;

    void resolve(const SecretResult &result)
    {
        if (resolved)
            return;
        resolved = true;
        promise.addResult(result);
        promise.finish();
    }
};

// Starts a QtKeychain job and resolves the returned future when it finishes or
// times out. The job deletes itself when it finishes.
template<typename Job, typename Prepare>
QFuture<SecretResult> runJob(const QString &service, const QString &key, std::chrono::milliseconds timeout,
                             Prepare prepare)
{
    auto pending = std::make_shared<PendingSecret>();
    pending->promise.start();
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    prepare(*job);
    QTimer::singleShot(timeout, job, [pending, timeout] {
        const QString detail = KeychainSecretStore::tr("the keychain did not answer within %1 seconds; it may be "
                                                       "locked and waiting for a password prompt that cannot be shown")
                                   .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
        pending->resolve({SecretStatus::BackendUnavailable, {}, KeychainSecretStore::unavailableMessage(detail)});
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [pending, key](QKeychain::Job *finished) {
        SecretResult result = resultOf(*finished, key);
        if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>) {
            if (result.ok())
                result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
        }
        if constexpr (std::is_same_v<Job, QKeychain::DeletePasswordJob>) {
            if (result.status == SecretStatus::NotFound)
                result = SecretResult{SecretStatus::Ok, {}, {}};
        }
        pending->resolve(result);
    });
    job->start();
    return pending->promise.future();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName, std::chrono::milliseconds timeout)
    : m_serviceName(std::move(serviceName))
    , m_timeout(timeout)
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
    return runJob<QKeychain::ReadPasswordJob>(m_serviceName, key, m_timeout, [](auto &) {});
}

QFuture<SecretResult> KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    return runJob<QKeychain::WritePasswordJob>(m_serviceName, key, m_timeout,
                                               [&value](auto &job) { job.setBinaryData(value); });
}

QFuture<SecretResult> KeychainSecretStore::remove(const QString &key)
{
    return runJob<QKeychain::DeletePasswordJob>(m_serviceName, key, m_timeout, [](auto &) {});
}

} // namespace garagereg
