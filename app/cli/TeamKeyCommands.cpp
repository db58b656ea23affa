#include "app/cli/CliContext.h"

#include "app/services/TeamKeyService.h"
#include "app/services/TeamSecretStore.h"
#include "models/common/AwaitFuture.h"

#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace garagereg {

namespace {

// Team mode for a database shared by several machines (TeamSecretStore): the
// secrets live in the database encrypted under a team key that each machine
// keeps in its keychain. The key travels only through stdout and stdin.
class TeamKeyCommands
{
    Q_DECLARE_TR_FUNCTIONS(TeamKeyCommands)

public:
    static QList<CliCommand> commands();

private:
    static int create(CliContext &context);
    static int exportKey(CliContext &context);
    static int importKey(CliContext &context);
    static int rotate(CliContext &context);
    static int status(CliContext &context);
};

TeamKeyOutcome check(const TeamKeyOutcome &outcome)
{
    if (!outcome.error.isEmpty())
        throw Error(outcome.error);
    return outcome;
}

int TeamKeyCommands::create(CliContext &context)
{
    TeamKeyService service(context.teamSecrets(), context.database(), context.clock());
    const TeamKeyOutcome outcome = check(awaitFuture(service.create()));
    if (context.json()) {
        context.printJson(
            QJsonObject{{QStringLiteral("key_id"), outcome.keyId}, {QStringLiteral("secrets"), outcome.secretCount}});
        return ExitSuccess;
    }
    context.out() << tr("The database now keeps its secrets encrypted under team key %1; %2 secret(s) moved there "
                        "from this machine's keychain. The key itself is only in this machine's keychain: copy it "
                        "to every other machine that uses this database with\n"
                        "  garagereg-integrations-cli team-key export | ssh OTHER-MACHINE "
                        "garagereg-integrations-cli team-key import")
                         .arg(outcome.keyId)
                         .arg(outcome.secretCount)
                  << '\n';
    return ExitSuccess;
}

int TeamKeyCommands::exportKey(CliContext &context)
{
    TeamKeyService service(context.teamSecrets(), context.database(), context.clock());
    const TeamKeyOutcome outcome = check(awaitFuture(service.exportKey()));
    // Only the key on stdout, for a pipe; the advice goes to stderr.
    context.out() << outcome.exportedKey << '\n';
    context.out().flush();
    context.err() << tr("This is the team key %1: whoever has it and can read the database can read every secret. "
                        "Pipe it into \"team-key import\" on the other machine; do not store or paste it elsewhere.")
                         .arg(outcome.keyId)
                  << '\n';
    return ExitSuccess;
}

int TeamKeyCommands::importKey(CliContext &context)
{
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO))
#endif
        context.err() << tr("Paste the output of \"team-key export\" and press Enter:") << '\n';
    const QString text = readSecretLine();
    TeamKeyService service(context.teamSecrets(), context.database(), context.clock());
    const TeamKeyOutcome outcome = check(awaitFuture(service.importKey(text)));
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("key_id"), outcome.keyId}});
        return ExitSuccess;
    }
    context.out() << tr("Team key %1 is in this machine's keychain: this machine can now use the database's "
                        "secrets.")
                         .arg(outcome.keyId)
                  << '\n';
    return ExitSuccess;
}

int TeamKeyCommands::rotate(CliContext &context)
{
    TeamKeyService service(context.teamSecrets(), context.database(), context.clock());
    const TeamKeyOutcome outcome = check(awaitFuture(service.rotate()));
    if (context.json()) {
        context.printJson(
            QJsonObject{{QStringLiteral("key_id"), outcome.keyId}, {QStringLiteral("secrets"), outcome.secretCount}});
        return ExitSuccess;
    }
    context.out() << tr("%1 secret(s) are re-encrypted under the new team key %2, and the old key is gone from "
                        "this machine's keychain. The other machines cannot use the secrets until they import "
                        "the new key (team-key export | team-key import).")
                         .arg(outcome.secretCount)
                         .arg(outcome.keyId)
                  << '\n';
    return ExitSuccess;
}

int TeamKeyCommands::status(CliContext &context)
{
    TeamKeyService service(context.teamSecrets(), context.database(), context.clock());
    const TeamKeyStatus status = awaitFuture(service.status());
    if (!status.error.isEmpty())
        throw Error(status.error);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("mode"),
                                       status.keyId.isEmpty() ? QStringLiteral("keychain") : QStringLiteral("team")},
                                      {QStringLiteral("key_id"), status.keyId},
                                      {QStringLiteral("machine_has_key"), status.machineHasKey},
                                      {QStringLiteral("encrypted_secrets"), status.secretCount}});
        return ExitSuccess;
    }
    if (status.keyId.isEmpty()) {
        context.out() << tr("Keychain-only: each secret is in the keychain of the machine that set it. To share the "
                            "secrets with other machines through this database, run \"team-key create\".")
                      << '\n';
        return ExitSuccess;
    }
    context.out() << tr("Team key %1; %2 encrypted secret(s) in the database.").arg(status.keyId).arg(status.secretCount)
                  << '\n';
    if (status.machineHasKey) {
        context.out() << tr("This machine has the team key.") << '\n';
        return ExitSuccess;
    }
    context.out() << status.keyProblem << '\n';
    return ExitRuntimeError;
}

QList<CliCommand> TeamKeyCommands::commands()
{
    const QString teamKey = QStringLiteral("team-key");
    return {
        {{teamKey, QStringLiteral("create")},
         {},
         tr("Share this database's secrets with other machines: move them into the database, encrypted under a "
            "new team key kept in this machine's keychain."),
         {},
         0,
         0,
         create},
        {{teamKey, QStringLiteral("export")},
         {},
         tr("Print the team key, to pipe into \"team-key import\" on another machine."),
         {},
         0,
         0,
         exportKey},
        {{teamKey, QStringLiteral("import")},
         {},
         tr("Read a team key from stdin (the output of \"team-key export\") into this machine's keychain."),
         {},
         0,
         0,
         importKey},
        {{teamKey, QStringLiteral("rotate")},
         {},
         tr("Re-encrypt every secret under a new team key; the other machines then import the new key."),
         {},
         0,
         0,
         rotate},
        {{teamKey, QStringLiteral("status")},
         {},
         tr("Say where this database's secrets are kept and whether this machine has the team key."),
         {},
         0,
         0,
         status},
    };
}

} // namespace

QList<CliCommand> teamKeyCommands()
{
    return TeamKeyCommands::commands();
}

} // namespace garagereg
