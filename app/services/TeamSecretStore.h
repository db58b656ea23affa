#pragma once

#include "adapters/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace garagereg {

class Clock;
class Database;

// The secrets of one database, where they are kept depending on its mode:
//
// - keychain-only (the default, and what SQLite keeps): every secret is in this
//   machine's keychain; the database holds only references.
// - team mode (for a PostgreSQL database shared by several machines, switched on
//   with `team-key create`): every secret is in the database's encrypted_secrets
//   table, sealed with XChaCha20-Poly1305 under a 256-bit team key. The team key
//   is in the keychain of each machine that may sign or call the ERP, under
//   teamKeyRef(); the database knows only the key's id.
//
// The services (subscriptions, delivery engine, ERP sync, REST API) see one
// SecretStore either way. Only the secrets of the database's own objects
// (references "<database id>/...") are shared: database passwords, which unlock
// the database, and the team keys stay in the keychain.
class TeamSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(TeamSecretStore)

public:
    // `keychain` is this machine's keychain; both it and `database` outlive this.
    TeamSecretStore(SecretStore &keychain, const Database &database, const Clock &clock);

    QFuture<SecretResult> read(const QString &key) override;
    QFuture<SecretResult> write(const QString &key, const QByteArray &value) override;
    QFuture<SecretResult> remove(const QString &key) override;

    // The team key with this id from this machine's keychain (kept in memory
    // after the first read). A machine without it gets missingKeyMessage().
    QFuture<SecretResult> teamKey(const QString &keyId);
    void forgetTeamKey(const QString &keyId);

    // The keychain entry of a team key: "<database id>/team-key/<key id>".
    static QString teamKeyRef(const QString &databaseId, const QString &keyId);
    // What binds a sealed secret to its database, reference and key.
    static QByteArray associatedData(const QString &databaseId, const QString &ref, const QString &keyId);
    static QString missingKeyMessage(const QString &keyId);

    SecretStore &keychain() { return m_keychain; }

private:
    QString databaseId() const;
    bool sharedInDatabase(const QString &ref) const;
    SecretResult decrypt(const QString &ref, const QString &keyId, const QByteArray &nonce,
                         const QByteArray &ciphertext, const QByteArray &key) const;
    SecretResult writeSealed(const QString &ref, const QByteArray &value, const QString &keyId,
                             const QByteArray &key) const;

    SecretStore &m_keychain;
    const Database &m_database;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_keys; // by key id
    mutable QString m_databaseId;
};

} // namespace garagereg
