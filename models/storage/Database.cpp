#include "models/storage/Database.h"

#include "models/common/Error.h"
#include "models/storage/Migrator.h"
#include "models/storage/SqlQuery.h"
#include "models/storage/Transaction.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <atomic>

namespace garagereg {

Q_LOGGING_CATEGORY(lcDatabase, "garagereg.storage.database")

namespace {

// Which generation of Database::setSqlitePragmas() a connection has applied,
// kept on its driver (one per connection).
const char *const pragmaGenerationProperty = "garageregPragmaGeneration";

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("garagereg-%1").arg(++counter);
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString driverReason(const QSqlError &error)
{
    const QString text = error.driverText().isEmpty() ? error.text() : error.driverText();
    const QString detail = error.databaseText().trimmed();
    return (detail.isEmpty() ? text : detail).simplified(); // libpq's lines and tabs in one line
}

} // namespace

struct Database::Connections
{
    QMutex mutex;
    QHash<QThread *, QString> names;
    QSet<QThread *> watched; // threads whose finished() closes their connection
    QStringList sqlitePragmas;
    std::atomic<int> pragmaGeneration{0};

    QString take(QThread *thread)
    {
        QMutexLocker lock(&mutex);
        return names.take(thread);
    }
};

Database::Database(DatabaseUrl url, QString password)
    : m_url(std::move(url))
    , m_password(std::move(password))
    , m_connections(std::make_shared<Connections>())
{
}

Database::~Database()
{
    QStringList names;
    {
        QMutexLocker lock(&m_connections->mutex);
        names = m_connections->names.values();
        m_connections->names.clear();
    }
    for (const QString &name : std::as_const(names))
        closeConnection(name);
}

std::unique_ptr<Database> Database::connect(const DatabaseUrl &url, const QString &password)
{
    std::unique_ptr<Database> database(new Database(url, password));
    if (url.isSqlite())
        database->verifyReadable();
    database->connection(); // connects now, so errors surface here
    return database;
}

std::unique_ptr<Database> Database::open(const DatabaseUrl &url, const QString &password)
{
    auto database = connect(url, password);
    Migrator(*database).migrate();
    return database;
}

void Database::verifyReadable() const
{
    const QFileInfo file(m_url.filePath());
    if (file.isDir())
        throw Error(tr("Cannot open the database %1: it is a folder, not a database file.").arg(m_url.filePath()));
    if (!file.dir().exists())
        throw Error(tr("Cannot open the database %1: the folder %2 does not exist.")
                        .arg(m_url.filePath(), QDir::toNativeSeparators(file.absolutePath())));
    if (file.exists() && !file.isReadable())
        throw Error(
            tr("Cannot open the database %1: the file is not readable (check its permissions).").arg(m_url.filePath()));
}

QSqlDatabase Database::connection() const
{
    QThread *thread = QThread::currentThread();
    QString name;
    {
        QMutexLocker lock(&m_connections->mutex);
        name = m_connections->names.value(thread);
    }
    if (!name.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // QPSQL's isOpen() is libpq's PQstatus(): bad once a statement or the
        // notification socket met the closed connection. Inside a transaction the
        // connection stays as it is: the transaction is lost with it and fails.
        if (m_url.isSqlite() || db.isOpen() || openTransactionDepth(db) > 0) {
            if (m_url.isSqlite())
                applySqlitePragmas(db);
            return db;
        }
        qCWarning(lcDatabase) << "the connection to" << m_url.toString() << "was lost; opening a new one";
        db = QSqlDatabase();
        m_connections->take(thread);
        closeConnection(name); // also ends its notification socket before a new socket may reuse the number
    }
    name = nextConnectionName();
    {
        QMutexLocker lock(&m_connections->mutex);
        m_connections->names.insert(thread, name);
    }
    try {
        QSqlDatabase db = openConnection(name);
        closeWhenThreadFinishes(thread);
        if (m_url.isSqlite())
            applySqlitePragmas(db);
        return db;
    } catch (...) {
        m_connections->take(thread);
        QSqlDatabase::removeDatabase(name);
        throw;
    }
}

bool Database::hasLostConnection() const
{
    if (m_url.isSqlite())
        return false;
    QString name;
    {
        QMutexLocker lock(&m_connections->mutex);
        name = m_connections->names.value(QThread::currentThread());
    }
    return !name.isEmpty() && !QSqlDatabase::database(name, false).isOpen();
}

void Database::setSqlitePragmas(const QStringList &pragmas)
{
    QMutexLocker lock(&m_connections->mutex);
    m_connections->sqlitePragmas = pragmas;
    ++m_connections->pragmaGeneration;
}

void Database::applySqlitePragmas(const QSqlDatabase &db) const
{
    const int generation = m_connections->pragmaGeneration.load();
    if (generation == 0 || !db.driver() || db.driver()->property(pragmaGenerationProperty).toInt() == generation)
        return;
    QStringList pragmas;
    {
        QMutexLocker lock(&m_connections->mutex);
        pragmas = m_connections->sqlitePragmas;
    }
    for (const QString &pragma : std::as_const(pragmas))
        execSql(db, QStringLiteral("PRAGMA ") + pragma);
    db.driver()->setProperty(pragmaGenerationProperty, generation);
}

void Database::closeWhenThreadFinishes(QThread *thread) const
{
    if (QCoreApplication::instance() && thread == QCoreApplication::instance()->thread())
        return; // the main thread's connection lives as long as this object
    {
        QMutexLocker lock(&m_connections->mutex);
        if (m_connections->watched.contains(thread))
            return; // a connection opened again after the first was lost
        m_connections->watched.insert(thread);
    }
    // finished is emitted in the finishing thread itself, where its connection must be closed.
    QObject::connect(
        thread, &QThread::finished, thread,
        [weak = std::weak_ptr<Connections>(m_connections), thread] {
            if (const auto connections = weak.lock()) {
                {
                    QMutexLocker lock(&connections->mutex);
                    connections->watched.remove(thread);
                }
                const QString name = connections->take(thread);
                if (!name.isEmpty())
                    closeConnection(name);
            }
        },
        Qt::DirectConnection);
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    if (m_url.isSqlite()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid())
            throw Error(tr("The Qt SQLite driver (QSQLITE) is not installed. Install libqt6sql6-sqlite."));
        db.setDatabaseName(m_url.filePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open())
            throw Error(tr("Cannot open the database %1: %2").arg(m_url.filePath(), driverReason(db.lastError())));
        // Reading the schema proves the file is an SQLite database before anything is written.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            throw Error(tr("Cannot open the database %1: it is not a GarageReg database or it is damaged (%2).")
                            .arg(m_url.filePath(), driverReason(probe.lastError())));
        execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        // Every commit reaches the disk before it returns (SQLite's default, stated
        // here because the delivery queue relies on it; see DeliveryRepository::claimDue).
        execSql(db, QStringLiteral("PRAGMA synchronous = FULL"));
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        throw Error(tr("The Qt PostgreSQL driver (QPSQL) is not installed. Install libqt6sql6-psql."));
    db.setHostName(m_url.host());
    db.setPort(m_url.port());
    db.setUserName(m_url.userName());
    db.setDatabaseName(m_url.databaseName());
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    // TCP keepalives find a server that vanished without closing the connection
    // (a cut cable, a host that died) in about 25 s instead of the system's two
    // hours; the statement waiting on it then fails and the connection is opened again.
    QStringList options{QStringLiteral("connect_timeout=%1").arg(m_url.connectTimeoutSeconds()),
                        QStringLiteral("application_name=garagereg-integrations"),
                        QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=5"),
                        QStringLiteral("keepalives_count=3")};
    if (!m_url.sslMode().isEmpty())
        options << QStringLiteral("sslmode=") + m_url.sslMode();
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        throw Error(tr("Cannot connect to PostgreSQL at %1: %2").arg(m_url.toString(), driverReason(db.lastError())));
    execSql(db, QStringLiteral("SET TIME ZONE 'UTC'"));
    return db;
}

void Database::enablePersistentSqliteOptions() const
{
    if (!m_url.isSqlite())
        return;
    const QSqlDatabase db = connection();
    const auto currentMode = [&db] { return SqlQuery(db, QStringLiteral("PRAGMA journal_mode")).scalar().toString(); };
    // Switching to WAL needs the file to itself, and SQLite answers "locked" at
    // once instead of waiting when another process opens it at the same moment:
    // wait for that process a bounded time, as SQLite's own busy handler would.
    QDeadlineTimer deadline(std::chrono::seconds(10));
    while (currentMode().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next()) {
            const QString mode = query.value(0).toString();
            if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
                return;
            throw Error(
                tr("Cannot switch the database %1 to WAL mode (it stays in \"%2\" mode).").arg(m_url.filePath(), mode));
        }
        if (deadline.hasExpired())
            throw Error(tr("Cannot switch the database %1 to WAL mode: %2")
                            .arg(m_url.filePath(), driverReason(query.lastError())));
        QThread::msleep(20);
    }
}

QString Database::databaseId() const
{
    return SqlQuery(connection(), QStringLiteral("SELECT value FROM app_meta WHERE key = 'database_id'"))
        .scalar()
        .toString();
}

} // namespace garagereg
