#include "models/storage/EncryptedSecretRepository.h"

#include "models/storage/Database.h"
#include "models/storage/SqlQuery.h"

namespace garagereg {

namespace {

const QString teamKeyIdSql = QStringLiteral("SELECT value FROM app_meta WHERE key = 'team_key_id'");

EncryptedSecret fromRow(const SqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toByteArray(),
            query.value(3).toByteArray()};
}

} // namespace

EncryptedSecretRepository::EncryptedSecretRepository(const Database &database)
    : m_database(database)
{
}

QString EncryptedSecretRepository::teamKeyId() const
{
    SqlQuery query(m_database.connection(), teamKeyIdSql);
    query.exec();
    return query.next() ? query.value(0).toString() : QString();
}

QString EncryptedSecretRepository::lockTeamKeyId() const
{
    SqlQuery query(m_database.connection(), m_database.backend() == Backend::PostgreSql
                                                ? teamKeyIdSql + QStringLiteral(" FOR SHARE")
                                                : teamKeyIdSql);
    query.exec();
    return query.next() ? query.value(0).toString() : QString();
}

void EncryptedSecretRepository::setTeamKeyId(const QString &keyId)
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('team_key_id', :value)"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bind(QStringLiteral(":value"), keyId).exec();
}

void EncryptedSecretRepository::insertTeamKeyId(const QString &keyId)
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('team_key_id', :value)"));
    query.bind(QStringLiteral(":value"), keyId).exec();
}

std::optional<EncryptedSecret> EncryptedSecretRepository::find(const QString &ref) const
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral("SELECT secret_ref, key_id, nonce, ciphertext FROM encrypted_secrets"
                                  " WHERE secret_ref = :ref"));
    query.bind(QStringLiteral(":ref"), ref).exec();
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<EncryptedSecret> EncryptedSecretRepository::all() const
{
    SqlQuery query(m_database.connection(), QStringLiteral("SELECT secret_ref, key_id, nonce, ciphertext"
                                                           " FROM encrypted_secrets ORDER BY secret_ref"));
    query.exec();
    QList<EncryptedSecret> secrets;
    while (query.next())
        secrets << fromRow(query);
    return secrets;
}

void EncryptedSecretRepository::put(const EncryptedSecret &secret, const QDateTime &now)
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral("INSERT INTO encrypted_secrets (secret_ref, key_id, nonce, ciphertext, updated_at)"
                                  " VALUES (:ref, :key, :nonce, :ciphertext, :now)"
                                  " ON CONFLICT (secret_ref) DO UPDATE SET key_id = excluded.key_id,"
                                  " nonce = excluded.nonce, ciphertext = excluded.ciphertext,"
                                  " updated_at = excluded.updated_at"));
    query.bind(QStringLiteral(":ref"), secret.ref)
        .bind(QStringLiteral(":key"), secret.keyId)
        .bind(QStringLiteral(":nonce"), secret.nonce)
        .bind(QStringLiteral(":ciphertext"), secret.ciphertext)
        .bind(QStringLiteral(":now"), toDbTime(now))
        .exec();
}

void EncryptedSecretRepository::remove(const QString &ref)
{
    SqlQuery query(m_database.connection(), QStringLiteral("DELETE FROM encrypted_secrets WHERE secret_ref = :ref"));
    query.bind(QStringLiteral(":ref"), ref).exec();
}

qint64 EncryptedSecretRepository::count() const
{
    return SqlQuery(m_database.connection(), QStringLiteral("SELECT COUNT(*) FROM encrypted_secrets"))
        .scalar()
        .toLongLong();
}

QStringList EncryptedSecretRepository::referencedSecretRefs() const
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral("SELECT secret_ref FROM webhook_subscriptions WHERE secret_ref IS NOT NULL"
                                  " UNION SELECT previous_secret_ref FROM webhook_subscriptions"
                                  " WHERE previous_secret_ref IS NOT NULL"
                                  " UNION SELECT secret_ref FROM integrations WHERE secret_ref IS NOT NULL"));
    query.exec();
    QStringList refs;
    while (query.next()) {
        const QString ref = query.value(0).toString();
        if (!ref.isEmpty())
            refs << ref;
    }
    refs.sort();
    return refs;
}

} // namespace garagereg
