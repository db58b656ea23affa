#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <QStringList>

#include <qcoro/qcorotask.h>

namespace garagereg {

class Clock;
class Database;
class TeamSecretStore;

struct TeamKeyOutcome
{
    QString error;          // empty on success
    QString keyId;          // the team key in use afterwards
    qint64 secretCount = 0; // secrets moved, re-encrypted or stored
    QString exportedKey;    // only from exportKey(): the key as text, to be piped to another machine
};

struct TeamKeyStatus
{
    QString error;
    QString keyId; // empty: keychain-only mode
    bool machineHasKey = false;
    QString keyProblem; // why this machine cannot use the key
    qint64 secretCount = 0;
};

// The administrator's side of team mode (see TeamSecretStore): create the team
// key on the first machine, copy it to the others, rotate it. The key leaves a
// machine only through exportKey(), whose text the CLI writes to stdout for a
// pipe; it is never written to the database, a log or a command line.
class TeamKeyService
{
    Q_DECLARE_TR_FUNCTIONS(TeamKeyService)

public:
    TeamKeyService(TeamSecretStore &store, const Database &database, const Clock &clock);

    // Switches the database to team mode: a new key goes into this machine's
    // keychain, and every secret the subscriptions and integrations refer to
    // moves from this machine's keychain into the database, encrypted. Refused
    // when a secret is missing here (nothing changes then).
    QFuture<TeamKeyOutcome> create();
    QFuture<TeamKeyOutcome> exportKey();
    // `text` is what exportKey() gave on another machine.
    QFuture<TeamKeyOutcome> importKey(const QString &text);
    // A new key: every secret is re-encrypted in one transaction, the old key
    // leaves this machine's keychain; the other machines import the new one.
    QFuture<TeamKeyOutcome> rotate();
    QFuture<TeamKeyStatus> status();

    static constexpr QLatin1StringView exportPrefix{"garagereg-team-key:v1:"};

private:
    using Step = QCoro::Task<TeamKeyOutcome> (TeamKeyService::*)(QString);
    QFuture<TeamKeyOutcome> start(Step step, QString argument);
    QCoro::Task<TeamKeyOutcome> createTask(QString);
    QCoro::Task<TeamKeyOutcome> exportTask(QString);
    QCoro::Task<TeamKeyOutcome> importTask(QString text);
    QCoro::Task<TeamKeyOutcome> rotateTask(QString);
    QCoro::Task<TeamKeyStatus> statusTask();

    TeamSecretStore &m_store;
    const Database &m_database;
    const Clock &m_clock;
};

} // namespace garagereg
