#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace garagereg {

enum class SecretStatus {
    Ok,
    NotFound,
    // No keychain service is reachable (no Secret Service, no D-Bus session, ...).
    BackendUnavailable,
    AccessDenied,
    Failed,
};

struct SecretResult
{
    SecretStatus status = SecretStatus::Failed;
    QByteArray value;     // only for a successful read
    QString errorMessage; // for people; never contains the secret

    bool ok() const { return status == SecretStatus::Ok; }
};

// Where secrets live: HMAC keys, ERP credentials, database passwords. The
// database stores only the key (a reference). Every operation is asynchronous;
// continue with QFuture::then(context, ...) and never block on the future.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    virtual QFuture<SecretResult> read(const QString &key) = 0;
    virtual QFuture<SecretResult> write(const QString &key, const QByteArray &value) = 0;
    // Removing a key that does not exist succeeds.
    virtual QFuture<SecretResult> remove(const QString &key) = 0;
};

// The reference stored in the database for a secret that belongs to an object:
// "<database id>/<kind>/<object id>", e.g. "3f2a.../subscription/17".
QString secretKeyFor(const QString &databaseId, const QString &objectKind, qint64 objectId);

} // namespace garagereg
