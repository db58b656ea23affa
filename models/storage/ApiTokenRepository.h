#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace garagereg {

class Clock;
class Database;

// A REST API token as stored: never the token itself, only its hash.
struct ApiToken
{
    qint64 id = 0;
    QString name;
    QString prefix;         // the token's first characters, to tell tokens apart
    QString organizationId; // empty: every organization
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime revokedAt;

    bool revoked() const { return revokedAt.isValid(); }
};

struct CreatedApiToken
{
    ApiToken token;
    QString secret; // "grt_…": shown once, then only its hash exists
};

class ApiTokenRepository
{
    Q_DECLARE_TR_FUNCTIONS(ApiTokenRepository)

public:
    ApiTokenRepository(const Database &database, const Clock &clock);

    // Throws garagereg::Error for an empty name.
    CreatedApiToken create(const QString &name, const QString &organizationId = {});
    QList<ApiToken> list() const;
    // Throws garagereg::Error when there is no such token; revoking twice is harmless.
    void revoke(qint64 id);
    // The token a request presented, when it exists and is not revoked; records its use.
    std::optional<ApiToken> authenticate(const QString &secret);

    static QString hashOf(const QString &secret);

private:
    const Database &m_database;
    const Clock &m_clock;
};

} // namespace garagereg
