#include "models/storage/DatabaseUrl.h"

#include "models/common/Error.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace garagereg {

namespace {
const QString sqliteScheme = QStringLiteral("sqlite://");
} // namespace

DatabaseUrl DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        throw Error(tr("The database URL is empty. Use sqlite:///absolute/path.db or "
                       "postgresql://user@host:port/dbname."));

    if (trimmed.startsWith(sqliteScheme, Qt::CaseInsensitive)) {
        const QString path = trimmed.mid(sqliteScheme.size());
        if (path.isEmpty() || !QDir::isAbsolutePath(path))
            throw Error(tr("Invalid database URL \"%1\": an SQLite URL needs an absolute file path, "
                           "for example sqlite:///home/user/garagereg.db.")
                            .arg(trimmed));
        DatabaseUrl url = sqliteFile(path);
        // "/data /." is "/data ": a path ending in white space would not read back
        // from the URL, whose surrounding white space is dropped.
        if (url.m_filePath.back().isSpace())
            throw Error(tr("Invalid database URL \"%1\": the file path must not end with white space.").arg(trimmed));
        return url;
    }
    if (trimmed.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive))
        return parsePostgreSql(trimmed);

    throw Error(tr("Invalid database URL \"%1\": it must start with sqlite:// or postgresql://.").arg(trimmed));
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString &absolutePath)
{
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_filePath = QDir::cleanPath(absolutePath);
    return url;
}

DatabaseUrl DatabaseUrl::defaultSqlite()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqliteFile(folder + QStringLiteral("/garagereg.db"));
}

DatabaseUrl DatabaseUrl::parsePostgreSql(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto invalid = [&text](const QString &why) {
        return Error(tr("Invalid database URL \"%1\": %2").arg(text, why));
    };
    if (!url.isValid())
        throw invalid(url.errorString());
    if (!url.password().isEmpty())
        throw Error(tr("The database URL must not contain a password. Store it in the keychain "
                       "(garagereg-integrations-cli db set-password) or set PGPASSWORD."));
    if (url.host().isEmpty())
        throw invalid(tr("the host name is missing."));
    if (url.userName().isEmpty())
        throw invalid(tr("the user name is missing (postgresql://user@host:port/dbname)."));

    const QString path = url.path();
    const QString name = path.startsWith(QLatin1Char('/')) ? path.mid(1) : path;
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        throw invalid(tr("the database name is missing (postgresql://user@host:port/dbname)."));

    DatabaseUrl result;
    result.m_backend = Backend::PostgreSql;
    result.m_host = url.host();
    result.m_port = url.port(5432);
    result.m_userName = url.userName();
    result.m_databaseName = name;

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                           QStringLiteral("prefer"),    QStringLiteral("require"),
                                           QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                throw invalid(tr("sslmode must be one of %1.").arg(modes.join(QStringLiteral(", "))));
            result.m_sslMode = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600)
                throw invalid(tr("connect_timeout must be a number of seconds from 1 to 600."));
            result.m_connectTimeoutSeconds = seconds;
        } else {
            throw invalid(tr("unknown option \"%1\" (supported: sslmode, connect_timeout).").arg(key));
        }
    }
    return result;
}

QString DatabaseUrl::toString() const
{
    if (isSqlite())
        return sqliteScheme + m_filePath;
    // Through QUrl, so that a user or database name holding URL delimiters ('@',
    // '/', '?', '%', ...) and an IPv6 host ([::1]) give a URL that parses back to
    // this one (the settings page stores this form).
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_userName);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    QString text = url.toString(QUrl::EncodeSpaces); // parse() reads in strict mode: no bare spaces
    QStringList options;
    if (!m_sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_sslMode;
    if (m_connectTimeoutSeconds != 10)
        options << QStringLiteral("connect_timeout=") + QString::number(m_connectTimeoutSeconds);
    if (!options.isEmpty())
        text += QLatin1Char('?') + options.join(QLatin1Char('&'));
    return text;
}

QString DatabaseUrl::passwordSecretKey() const
{
    return QStringLiteral("database-password/%1@%2:%3/%4")
        .arg(m_userName, m_host, QString::number(m_port), m_databaseName);
}

DatabaseUrl DatabaseUrl::withDatabaseName(const QString &name) const
{
    DatabaseUrl copy = *this;
    copy.m_databaseName = name;
    return copy;
}

} // namespace garagereg
