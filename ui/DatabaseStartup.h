#pragma once

#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace garagereg {

class SecretStore;

// The database the desktop application opens at start-up, or why it could not.
struct StartupDatabase
{
    std::unique_ptr<Database> database;
    QString errorText; // set when database is null

    bool ok() const { return database != nullptr; }
};

// The start-up flow of the desktop application, kept out of main() so tests
// can run it without a modal dialog: choose the database (--database,
// GARAGEREG_DATABASE or the per-user default), find the PostgreSQL password
// (PGPASSWORD or the keychain) and open it, which migrates its schema. A
// database that cannot be opened is left as it is.
class DatabaseStartup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseStartup)

public:
    // Never throws garagereg::Error: the message (and why there is no password,
    // when that matters) is returned in errorText.
    static StartupDatabase open(const QString &databaseOption, const QProcessEnvironment &environment,
                                SecretStore &secrets);

    // The texts of the error dialog main() shows.
    static QString errorTitle();
    static QString errorMessage(const QString &errorText);
    // Asked when the database chosen in Settings does not open.
    static QString savedDatabaseFailedQuestion(const QString &errorText);
};

} // namespace garagereg
