#include "app/services/TeamSecretStore.h"

#include "adapters/secrets/SecretBox.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/EncryptedSecretRepository.h"
#include "models/storage/Transaction.h"

#include <QMutexLocker>

namespace garagereg {

namespace {

QFuture<SecretResult> ready(SecretResult result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

SecretResult failure(const QString &message)
{
    return {SecretStatus::Failed, {}, message};
}

} // namespace

QString TeamSecretStore::databaseId() const
{
    // Fixed for the database's life: read once, not on every secret.
    QMutexLocker lock(&m_mutex);
    if (m_databaseId.isEmpty())
        m_databaseId = m_database.databaseId();
    return m_databaseId;
}

bool TeamSecretStore::sharedInDatabase(const QString &ref) const
{
    // Only the secrets of this database's own objects ("<database id>/<kind>/<id>");
    // database passwords and the team keys themselves stay in the keychain.
    const QString prefix = databaseId() + QLatin1Char('/');
    return ref.startsWith(prefix) && !ref.startsWith(prefix + QStringLiteral("team-key/"));
}

TeamSecretStore::TeamSecretStore(SecretStore &keychain, const Database &database, const Clock &clock)
    : m_keychain(keychain)
    , m_database(database)
    , m_clock(clock)
{
}

QString TeamSecretStore::teamKeyRef(const QString &databaseId, const QString &keyId)
{
    return databaseId + QStringLiteral("/team-key/") + keyId;
}

QByteArray TeamSecretStore::associatedData(const QString &databaseId, const QString &ref, const QString &keyId)
{
    QByteArray data("garagereg secret v1");
    for (const QString &part : {databaseId, ref, keyId})
        data += '\0' + part.toUtf8();
    return data;
}

QString TeamSecretStore::missingKeyMessage(const QString &keyId)
{
    return tr("This database's secrets are encrypted with a team key (id %1) that this machine does not have: "
              "run \"garagereg-integrations-cli team-key export\" on a machine that has it and pipe the output "
              "into \"garagereg-integrations-cli team-key import\" on this one.")
        .arg(keyId);
}

QFuture<SecretResult> TeamSecretStore::teamKey(const QString &keyId)
{
    {
        QMutexLocker lock(&m_mutex);
        if (const auto found = m_keys.constFind(keyId); found != m_keys.cend())
            return ready({SecretStatus::Ok, *found, {}});
    }
    QString ref;
    try {
        ref = teamKeyRef(databaseId(), keyId);
    } catch (const Error &error) {
        return ready(failure(error.message()));
    }
    return m_keychain.read(ref).then([this, keyId](SecretResult result) {
        if (result.status == SecretStatus::NotFound)
            return SecretResult{SecretStatus::NotFound, {}, missingKeyMessage(keyId)};
        if (!result.ok())
            return result;
        if (SecretBox::keyIdOf(result.value) != keyId)
            return failure(
                tr("The team key in this machine's keychain does not match its id %1; import it again.").arg(keyId));
        QMutexLocker lock(&m_mutex);
        m_keys.insert(keyId, result.value);
        return result;
    });
}

void TeamSecretStore::forgetTeamKey(const QString &keyId)
{
    QMutexLocker lock(&m_mutex);
    m_keys.remove(keyId);
}

SecretResult TeamSecretStore::decrypt(const QString &ref, const QString &keyId, const QByteArray &nonce,
                                      const QByteArray &ciphertext, const QByteArray &key) const
{
    try {
        const std::optional<QByteArray> plain = SecretBox::open(key, nonce, ciphertext,
                                                                associatedData(databaseId(), ref, keyId));
        if (!plain)
            return failure(tr("The encrypted secret \"%1\" failed its integrity check: it was altered in the "
                              "database, or copied from another row or database. Set it again.")
                               .arg(ref));
        return {SecretStatus::Ok, *plain, {}};
    } catch (const Error &error) {
        return failure(error.message());
    }
}

SecretResult TeamSecretStore::writeSealed(const QString &ref, const QByteArray &value, const QString &keyId,
                                          const QByteArray &key) const
{
    try {
        Transaction transaction(m_database);
        EncryptedSecretRepository repository(m_database);
        if (repository.lockTeamKeyId() != keyId)
            return failure(tr("The team key changed while \"%1\" was being stored; try again.").arg(ref));
        const SecretBox::Sealed sealed = SecretBox::seal(key, value, associatedData(databaseId(), ref, keyId));
        repository.put({ref, keyId, sealed.nonce, sealed.ciphertext}, m_clock.now());
        transaction.commit();
        return {SecretStatus::Ok, {}, {}};
    } catch (const Error &error) {
        return failure(error.message());
    }
}

QFuture<SecretResult> TeamSecretStore::read(const QString &key)
{
    std::optional<EncryptedSecret> stored;
    try {
        EncryptedSecretRepository repository(m_database);
        if (!sharedInDatabase(key) || repository.teamKeyId().isEmpty())
            return m_keychain.read(key);
        stored = repository.find(key);
    } catch (const Error &error) {
        return ready(failure(error.message()));
    }
    if (!stored)
        return ready({SecretStatus::NotFound,
                      {},
                      tr("The database has no encrypted secret \"%1\". If it was set on a machine while the database "
                         "was switched to a team key, it stayed in that machine's keychain: set it again "
                         "(subscription rotate-secret, erp set-credential).")
                          .arg(key)});
    return teamKey(stored->keyId).then([this, key, stored = *stored](const SecretResult &teamKey) {
        if (!teamKey.ok())
            return SecretResult{teamKey.status == SecretStatus::NotFound ? SecretStatus::AccessDenied : teamKey.status,
                                {},
                                teamKey.errorMessage};
        return decrypt(key, stored.keyId, stored.nonce, stored.ciphertext, teamKey.value);
    });
}

QFuture<SecretResult> TeamSecretStore::write(const QString &key, const QByteArray &value)
{
    QString keyId;
    try {
        if (sharedInDatabase(key))
            keyId = EncryptedSecretRepository(m_database).teamKeyId();
    } catch (const Error &error) {
        return ready(failure(error.message()));
    }
    if (keyId.isEmpty())
        return m_keychain.write(key, value);
    return teamKey(keyId).then([this, key, value, keyId](const SecretResult &teamKey) {
        if (!teamKey.ok())
            return SecretResult{teamKey.status == SecretStatus::NotFound ? SecretStatus::AccessDenied : teamKey.status,
                                {},
                                teamKey.errorMessage};
        return writeSealed(key, value, keyId, teamKey.value);
    });
}

QFuture<SecretResult> TeamSecretStore::remove(const QString &key)
{
    try {
        EncryptedSecretRepository repository(m_database);
        if (!sharedInDatabase(key) || repository.teamKeyId().isEmpty())
            return m_keychain.remove(key);
        repository.remove(key);
        return ready({SecretStatus::Ok, {}, {}});
    } catch (const Error &error) {
        return ready(failure(error.message()));
    }
}

} // namespace garagereg
