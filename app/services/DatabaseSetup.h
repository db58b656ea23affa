#pragma once

#include "models/storage/DatabaseUrl.h"

#include <QFuture>
#include <QProcessEnvironment>
#include <QString>

namespace garagereg {

class SecretStore;

// Chooses the database: the --database option, else GARAGEREG_DATABASE, else the
// per-user SQLite default (whose folder is created). Throws garagereg::Error on a
// malformed URL.
DatabaseUrl resolveDatabaseUrl(const QString &option, const QProcessEnvironment &environment);

struct DatabasePassword
{
    QString password;
    // Why there is no password, for the error message when the server wants one.
    QString missingReason;
};

// The PostgreSQL password: PGPASSWORD when set, else the keychain entry
// DatabaseUrl::passwordSecretKey(). SQLite needs none (the future is ready at once).
QFuture<DatabasePassword> lookUpDatabasePassword(SecretStore &secrets, const DatabaseUrl &url,
                                                 const QProcessEnvironment &environment);

// Connects to a database without changing it and says what is there, for the
// desktop application's Test button: the schema version, or that the database
// is new and will be set up when it is opened. Blocks: run it off the UI thread.
// Throws garagereg::Error when it cannot connect.
QString checkDatabaseConnection(const DatabaseUrl &url, const QString &password);

} // namespace garagereg
