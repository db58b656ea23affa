#include "app/cli/CliContext.h"
#include "app/services/JsonFormat.h"

#include "models/storage/ApiTokenRepository.h"

namespace garagereg {

namespace {

// Bearer tokens for the REST API of `serve`: created (shown once), listed, revoked.
class TokenCommands
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommands)

public:
    static QList<CliCommand> commands();

private:
    static int create(CliContext &context);
    static int list(CliContext &context);
    static int revoke(CliContext &context);
};

int TokenCommands::create(CliContext &context)
{
    const CreatedApiToken created = ApiTokenRepository(context.database(), context.clock())
                                        .create(context.requiredValue(QStringLiteral("name")),
                                                context.value(QStringLiteral("organization")));
    if (context.json()) {
        QJsonObject json = toJson(created.token);
        json.insert(QStringLiteral("token"), created.secret);
        context.printJson(json);
        return ExitSuccess;
    }
    context.out() << created.secret << '\n';
    context.err() << tr("API token %1 created. It is shown only this once; only its hash is stored. Send it as "
                        "\"Authorization: Bearer <token>\".")
                         .arg(created.token.id)
                  << '\n';
    return ExitSuccess;
}

int TokenCommands::list(CliContext &context)
{
    const QList<ApiToken> tokens = ApiTokenRepository(context.database(), context.clock()).list();
    if (context.json()) {
        QJsonArray array;
        for (const ApiToken &token : tokens)
            array.append(toJson(token));
        context.printJson(array);
        return ExitSuccess;
    }
    context.out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(tr("ID"), -6)
                         .arg(tr("NAME"), -24)
                         .arg(tr("PREFIX"), -14)
                         .arg(tr("ORGANIZATION"), -16)
                         .arg(tr("STATUS"))
                  << '\n';
    for (const ApiToken &token : tokens)
        context.out() << QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(token.id, -6)
                             .arg(token.name, -24)
                             .arg(token.prefix + QStringLiteral("…"), -14)
                             .arg(token.organizationId.isEmpty() ? tr("(all)") : token.organizationId, -16)
                             .arg(token.revoked() ? tr("revoked") : tr("active"))
                      << '\n';
    return ExitSuccess;
}

int TokenCommands::revoke(CliContext &context)
{
    const qint64 id = context.idArgument(0, tr("The token id"));
    ApiTokenRepository(context.database(), context.clock()).revoke(id);
    context.out() << tr("API token %1 is revoked.").arg(id) << '\n';
    return ExitSuccess;
}

QList<CliCommand> TokenCommands::commands()
{
    const QString token = QStringLiteral("token");
    return {
        {{token, QStringLiteral("create")},
         {},
         tr("Create a REST API token and print it (shown once)."),
         {{QStringLiteral("name"), QStringLiteral("name"), tr("Who uses it, e.g. \"garagereg-prod\".")},
          {QStringLiteral("organization"), QStringLiteral("id"), tr("Limit the token to this organization's data.")}},
         0,
         0,
         create},
        {{token, QStringLiteral("list")}, {}, tr("List the API tokens (never the tokens themselves)."), {}, 0, 0, list},
        {{token, QStringLiteral("revoke")}, QStringLiteral("ID"), tr("Revoke an API token."), {}, 1, 1, revoke},
    };
}

} // namespace

QList<CliCommand> tokenCommands()
{
    return TokenCommands::commands();
}

} // namespace garagereg
