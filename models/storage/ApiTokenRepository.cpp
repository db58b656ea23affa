#include "models/storage/ApiTokenRepository.h"

#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/common/Sha256.h"
#include "models/storage/Database.h"
#include "models/storage/SqlQuery.h"

#include <QRandomGenerator>

namespace garagereg {

namespace {

const QString tokenPrefix = QStringLiteral("grt_");
constexpr int shownPrefixLength = 12; // "grt_" and 8 characters of the random part

const QString selectColumns = QStringLiteral(
    "SELECT id, name, token_prefix, organization_id, created_at, last_used_at, revoked_at FROM api_tokens");

ApiToken fromRow(const SqlQuery &query)
{
    ApiToken token;
    token.id = query.value(0).toLongLong();
    token.name = query.value(1).toString();
    token.prefix = query.value(2).toString();
    token.organizationId = query.value(3).toString();
    token.createdAt = fromDbTime(query.value(4));
    token.lastUsedAt = fromDbTime(query.value(5));
    token.revokedAt = fromDbTime(query.value(6));
    return token;
}

QString newSecret()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return tokenPrefix
           + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

ApiTokenRepository::ApiTokenRepository(const Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

QString ApiTokenRepository::hashOf(const QString &secret)
{
    return QString::fromLatin1(sha256(secret.toUtf8()).toHex());
}

CreatedApiToken ApiTokenRepository::create(const QString &name, const QString &organizationId)
{
    if (name.trimmed().isEmpty())
        throw Error(tr("The token needs a name, e.g. the server or script that uses it."));
    const QString secret = newSecret();
    SqlQuery query(m_database.connection(),
                   QStringLiteral("INSERT INTO api_tokens (name, token_hash, token_prefix, organization_id, created_at)"
                                  " VALUES (:name, :hash, :prefix, :organization, :created) RETURNING id"));
    query.bind(QStringLiteral(":name"), name.trimmed())
        .bind(QStringLiteral(":hash"), hashOf(secret))
        .bind(QStringLiteral(":prefix"), secret.left(shownPrefixLength))
        .bind(QStringLiteral(":organization"), nullableText(organizationId.trimmed()))
        .bind(QStringLiteral(":created"), toDbTime(m_clock.now()));
    const qint64 id = query.scalar().toLongLong();
    SqlQuery read(m_database.connection(), selectColumns + QStringLiteral(" WHERE id = :id"));
    read.bind(QStringLiteral(":id"), id).exec();
    read.next();
    return CreatedApiToken{fromRow(read), secret};
}

QList<ApiToken> ApiTokenRepository::list() const
{
    SqlQuery query(m_database.connection(), selectColumns + QStringLiteral(" ORDER BY id"));
    query.exec();
    QList<ApiToken> tokens;
    while (query.next())
        tokens << fromRow(query);
    return tokens;
}

void ApiTokenRepository::revoke(qint64 id)
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, :now) WHERE id = :id"));
    query.bind(QStringLiteral(":now"), toDbTime(m_clock.now())).bind(QStringLiteral(":id"), id).exec();
    if (query.rowsAffected() == 0)
        throw Error(tr("There is no API token with id %1.").arg(id));
}

std::optional<ApiToken> ApiTokenRepository::authenticate(const QString &secret)
{
    if (!secret.startsWith(tokenPrefix))
        return std::nullopt;
    // The lookup is by hash, so comparing in constant time is not needed: the
    // database never sees anything an attacker could time against the token.
    SqlQuery query(m_database.connection(),
                   selectColumns + QStringLiteral(" WHERE token_hash = :hash AND revoked_at IS NULL"));
    query.bind(QStringLiteral(":hash"), hashOf(secret)).exec();
    if (!query.next())
        return std::nullopt;
    ApiToken token = fromRow(query);
    // SQLite: an unfinished SELECT keeps its read open, and a connection with an
    // open read that writes while another connection holds the write lock gets
    // "locked" at once, without the busy wait (seen as API requests failing
    // with 500 while the delivery engine's recorder claimed).
    query.finish();
    token.lastUsedAt = m_clock.now();
    SqlQuery touch(m_database.connection(), QStringLiteral("UPDATE api_tokens SET last_used_at = :now WHERE id = :id"));
    touch.bind(QStringLiteral(":now"), toDbTime(token.lastUsedAt)).bind(QStringLiteral(":id"), token.id).exec();
    return token;
}

} // namespace garagereg
