#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace garagereg {

class Database;

// A secret as the database keeps it in team mode: sealed under a team key.
struct EncryptedSecret
{
    QString ref;   // the same reference the rows hold (secretKeyFor())
    QString keyId; // SecretBox::keyIdOf() of the key that sealed it
    QByteArray nonce;
    QByteArray ciphertext;
};

// The encrypted_secrets table and the database's team key id (app_meta
// 'team_key_id'). Holds no key and no plaintext; see TeamSecretStore.
class EncryptedSecretRepository
{
public:
    explicit EncryptedSecretRepository(const Database &database);

    // The id of the team key this database's secrets are sealed with; empty
    // when the database is in keychain-only mode.
    QString teamKeyId() const;
    // The same inside a write transaction, holding the value still until the
    // transaction ends (PostgreSQL: a share lock on the row; SQLite's write
    // transaction already excludes every other writer). A key rotation, which
    // changes it, waits for the writers that read it, and they for it.
    QString lockTeamKeyId() const;
    void setTeamKeyId(const QString &keyId);
    // Switches to team mode; throws garagereg::Error when the database has a team key already.
    void insertTeamKeyId(const QString &keyId);

    std::optional<EncryptedSecret> find(const QString &ref) const;
    QList<EncryptedSecret> all() const;
    void put(const EncryptedSecret &secret, const QDateTime &now);
    void remove(const QString &ref);
    qint64 count() const;

    // Every secret reference the subscriptions and integrations hold.
    QStringList referencedSecretRefs() const;

private:
    const Database &m_database;
};

} // namespace garagereg
