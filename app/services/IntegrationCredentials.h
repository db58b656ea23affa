#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace garagereg {

class Clock;
class Database;
class SecretStore;

// An integration's credential (API key, token, user:password) goes to the
// keychain; the integration row keeps only the reference. Used by the CLI
// (`erp set-credential`) and the desktop application's integration form.
class IntegrationCredentials
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationCredentials)

public:
    // The future holds an empty string on success, else what went wrong; the row
    // changes only after the keychain has the credential.
    static QFuture<QString> store(const Database &database, SecretStore &secrets, const Clock &clock,
                                  qint64 integrationId, const QByteArray &credential);
};

} // namespace garagereg
