#include "app/cli/CliApplication.h"

#include "adapters/secrets/KeychainSecretStore.h"
#include "models/common/Clock.h"

#include <QCommandLineParser>
#include <QSet>

namespace garagereg {

namespace {

const QList<CliOption> &globalOptions()
{
    static const QList<CliOption> options{
        {QStringLiteral("database"), QStringLiteral("url"),
         QCoreApplication::translate("CliApplication",
                                     "sqlite:///absolute/path.db or postgresql://user@host:port/dbname")},
        {QStringLiteral("json"), {}, QCoreApplication::translate("CliApplication", "Machine-readable output.")},
    };
    return options;
}

QCommandLineOption toQt(const CliOption &option)
{
    return option.valueName.isEmpty() ? QCommandLineOption(option.name, option.description)
                                      : QCommandLineOption(option.name, option.description, option.valueName);
}

} // namespace

CliApplication::CliApplication()
    : m_out(stdout)
    , m_err(stderr)
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_clock(std::make_unique<SystemClock>())
{
    for (const auto &group : {databaseCommands(), integrationCommands(), subscriptionCommands(), eventCommands(),
                              deliveryCommands(), workerCommands(), endpointCommands(), partCommands(), erpCommands(),
                              tokenCommands(), teamKeyCommands(), policyCommands()})
        m_commands << group;
}

CliApplication::~CliApplication() = default;

QString CliApplication::helpText() const
{
    QString text = tr("Usage: garagereg-integrations-cli [--database URL] [--json] <command> [options]\n"
                      "\n"
                      "GarageReg Integrations command line tool and headless worker.\n"
                      "\n"
                      "Commands:\n");
    for (const CliCommand &command : m_commands) {
        const QString syntax =
            QString(command.words.join(QLatin1Char(' ')) + QLatin1Char(' ') + command.argumentsSyntax).trimmed();
        text += QStringLiteral("  %1\n      %2\n").arg(syntax, command.summary);
    }
    text += tr("\n"
               "Global options:\n"
               "  --database <url>  sqlite:///absolute/path.db or postgresql://user@host:port/dbname\n"
               "                    (default: $GARAGEREG_DATABASE, else the per-user SQLite file).\n"
               "  --json            Machine-readable output.\n"
               "  -h, --help        Show this help, or a command's help after its name.\n"
               "  -v, --version     Show the version.\n"
               "\n"
               "Exit codes: 0 success, 1 runtime error, 2 usage error.\n");
    return text;
}

QString CliApplication::commandHelp(const CliCommand &command) const
{
    QString text = tr("Usage: garagereg-integrations-cli %1 %2 [options]\n\n%3\n")
                       .arg(command.words.join(QLatin1Char(' ')), command.argumentsSyntax, command.summary);
    if (!command.options.isEmpty())
        text += tr("\nOptions:\n");
    for (const CliOption &option : command.options) {
        const QString name = option.valueName.isEmpty()
                                 ? QStringLiteral("--%1").arg(option.name)
                                 : QStringLiteral("--%1 <%2>").arg(option.name, option.valueName);
        text += QStringLiteral("  %1\n      %2\n").arg(name, option.description);
    }
    return text;
}

// The words on the command line that are not options or option values.
QStringList CliApplication::positionalWords(const QStringList &arguments) const
{
    QSet<QString> takesValue;
    for (const CliOption &option : globalOptions())
        if (!option.valueName.isEmpty())
            takesValue.insert(option.name);
    for (const CliCommand &command : m_commands)
        for (const CliOption &option : command.options)
            if (!option.valueName.isEmpty())
                takesValue.insert(option.name);

    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (token == QLatin1String("--")) {
            words << arguments.mid(i + 1);
            break;
        }
        if (token.startsWith(QLatin1Char('-')) && token.size() > 1) {
            const QString name =
                token.mid(token.startsWith(QLatin1String("--")) ? 2 : 1).section(QLatin1Char('='), 0, 0);
            if (takesValue.contains(name) && !token.contains(QLatin1Char('=')))
                ++i;
            continue;
        }
        words << token;
    }
    return words;
}

const CliCommand *CliApplication::findCommand(const QStringList &words) const
{
    const CliCommand *best = nullptr;
    for (const CliCommand &command : m_commands) {
        if (words.mid(0, command.words.size()) == command.words && (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    return best;
}

int CliApplication::run(const QStringList &arguments)
{
    try {
        return execute(arguments);
    } catch (const UsageError &error) {
        m_err << tr("error: %1").arg(error.message) << '\n'
              << tr("Run \"garagereg-integrations-cli --help\" for usage.") << '\n';
        return ExitUsageError;
    } catch (const Error &error) {
        m_err << tr("error: %1").arg(error.message()) << '\n';
        return ExitRuntimeError;
    }
}

int CliApplication::execute(const QStringList &arguments)
{
    const QStringList words = positionalWords(arguments);
    const CliCommand *command = findCommand(words);
    const bool wantsHelp = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
    if (!command) {
        if (wantsHelp) {
            m_out << helpText();
            return ExitSuccess;
        }
        if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
            m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
            return ExitSuccess;
        }
        if (words.isEmpty())
            throw UsageError{tr("no command given.")};
        throw UsageError{tr("unknown command \"%1\".").arg(words.join(QLatin1Char(' ')))};
    }
    if (wantsHelp) {
        m_out << commandHelp(*command);
        return ExitSuccess;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const CliOption &option : globalOptions())
        parser.addOption(toQt(option));
    for (const CliOption &option : command->options)
        parser.addOption(toQt(option));
    if (!parser.parse(arguments))
        throw UsageError{parser.errorText()};

    const QStringList commandArguments = parser.positionalArguments().mid(command->words.size());
    const QString name = command->words.join(QLatin1Char(' '));
    if (commandArguments.size() < command->minArguments)
        throw UsageError{tr("\"%1\" needs %2.").arg(name, command->argumentsSyntax)};
    if (commandArguments.size() > command->maxArguments)
        throw UsageError{tr("\"%1\" takes %2; \"%3\" is too many.")
                             .arg(name,
                                  command->argumentsSyntax.isEmpty() ? tr("no arguments") : command->argumentsSyntax,
                                  commandArguments.mid(command->maxArguments).join(QLatin1Char(' ')))};
    if (parser.isSet(QStringLiteral("database")) && parser.value(QStringLiteral("database")).trimmed().isEmpty())
        throw UsageError{tr("--database needs a URL.")};

    CliContext context(parser, commandArguments, m_out, m_err, QProcessEnvironment::systemEnvironment(), *m_secrets,
                       *m_clock, parser.value(QStringLiteral("database")));
    return command->run(context);
}

} // namespace garagereg
