#include "app/cli/CliContext.h"

#include "adapters/secrets/SecretStore.h"
#include "app/services/DatabaseSetup.h"
#include "app/services/TeamSecretStore.h"
#include "models/common/AwaitFuture.h"
#include "models/storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace garagereg {

CliContext::CliContext(const QCommandLineParser &parser, QStringList arguments, QTextStream &out, QTextStream &err,
                       QProcessEnvironment environment, SecretStore &secrets, const Clock &clock,
                       QString databaseOption)
    : m_parser(parser)
    , m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
    , m_environment(std::move(environment))
    , m_secrets(secrets)
    , m_clock(clock)
    , m_databaseOption(std::move(databaseOption))
{
}

CliContext::~CliContext() = default;

SecretStore &CliContext::secrets()
{
    return teamSecrets();
}

TeamSecretStore &CliContext::teamSecrets()
{
    if (!m_teamSecrets)
        m_teamSecrets = std::make_unique<TeamSecretStore>(m_secrets, database(), m_clock);
    return *m_teamSecrets;
}

Database &CliContext::database()
{
    if (m_database)
        return *m_database;
    const DatabaseUrl url = resolveDatabaseUrl(m_databaseOption, m_environment);
    const DatabasePassword password = awaitFuture(lookUpDatabasePassword(m_secrets, url, m_environment));
    try {
        m_database = Database::open(url, password.password);
    } catch (const Error &error) {
        if (password.missingReason.isEmpty())
            throw;
        throw Error(error.message() + QLatin1Char(' ') + password.missingReason);
    }
    return *m_database;
}

QString CliContext::requiredValue(const QString &option) const
{
    const QString text = m_parser.value(option);
    if (!m_parser.isSet(option) || text.trimmed().isEmpty())
        throw UsageError{tr("--%1 is required.").arg(option)};
    return text;
}

qint64 CliContext::idArgument(int index, const QString &what) const
{
    bool ok = false;
    const qint64 id = m_arguments.value(index).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{tr("%1 must be a positive number, not \"%2\".").arg(what, m_arguments.value(index))};
    return id;
}

qint64 CliContext::idOption(const QString &option) const
{
    bool ok = false;
    const qint64 id = requiredValue(option).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{tr("--%1 must be a positive number, not \"%2\".").arg(option, m_parser.value(option))};
    return id;
}

std::optional<int> CliContext::intOption(const QString &option, int minimum, int maximum) const
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int value = m_parser.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        throw UsageError{tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                             .arg(option)
                             .arg(minimum)
                             .arg(maximum)
                             .arg(m_parser.value(option))};
    return value;
}

QStringList CliContext::listOption(const QString &option) const
{
    QStringList items;
    for (const QString &item : m_parser.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}

QList<int> CliContext::intListOption(const QString &option, int minimum, int maximum) const
{
    QList<int> values;
    for (const QString &item : listOption(option)) {
        bool ok = false;
        const int value = item.toInt(&ok);
        if (!ok || value < minimum || value > maximum)
            throw UsageError{tr("--%1 takes whole numbers from %2 to %3 separated by commas; \"%4\" is not one.")
                                 .arg(option)
                                 .arg(minimum)
                                 .arg(maximum)
                                 .arg(item)};
        values << value;
    }
    return values;
}

std::optional<QDateTime> CliContext::timeOption(const QString &option) const
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    QDateTime time = QDateTime::fromString(m_parser.value(option), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(m_parser.value(option), Qt::ISODate);
    if (!time.isValid())
        throw UsageError{tr("--%1 must be an ISO 8601 time such as 2026-11-28T08:00:00Z, not \"%2\".")
                             .arg(option, m_parser.value(option))};
    return time.toUTC();
}

QByteArray CliContext::secretFromEnvironment(const QString &option) const
{
    if (!m_parser.isSet(option))
        return {};
    const QString variable = m_parser.value(option);
    if (!m_environment.contains(variable))
        throw UsageError{tr("--%1 names the environment variable %2, which is not set.").arg(option, variable)};
    const QByteArray secret = m_environment.value(variable).toUtf8();
    if (secret.isEmpty())
        throw Error(tr("The environment variable %1 is empty; a secret must not be empty.").arg(variable));
    return secret;
}

QByteArray CliContext::textOrFile(const QString &option) const
{
    const QString text = m_parser.value(option);
    if (!text.startsWith(QLatin1Char('@')))
        return text.toUtf8();
    QFile file(text.mid(1));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    return file.readAll();
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

void CliContext::printFields(const QJsonObject &fields)
{
    qsizetype width = 0;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        width = std::max(width, it.key().size() + 2);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else if (value.isObject())
            text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else
            text = value.toVariant().toString();
        m_out << QStringLiteral("%1%2").arg(it.key() + QLatin1Char(':'), -static_cast<int>(width)).arg(text) << '\n';
    }
}

// Reads one line from stdin without echoing it when stdin is a terminal.
QString readSecretLine()
{
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
#endif
    return line;
}

} // namespace garagereg
