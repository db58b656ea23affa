#include "app/services/TeamKeyService.h"

#include "adapters/secrets/SecretBox.h"
#include "app/services/TeamSecretStore.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/EncryptedSecretRepository.h"
#include "models/storage/Transaction.h"

#include <QCoroFuture>
#include <QPromise>

namespace garagereg {

namespace {

TeamKeyOutcome failed(const QString &message)
{
    TeamKeyOutcome outcome;
    outcome.error = message;
    return outcome;
}

} // namespace

TeamKeyService::TeamKeyService(TeamSecretStore &store, const Database &database, const Clock &clock)
    : m_store(store)
    , m_database(database)
    , m_clock(clock)
{
}

QFuture<TeamKeyOutcome> TeamKeyService::start(Step step, QString argument)
{
    auto promise = std::make_shared<QPromise<TeamKeyOutcome>>();
    promise->start();
    QFuture<TeamKeyOutcome> future = promise->future();
    // A coroutine of its own that owns its arguments (see ErpSyncEngine::run).
    [](TeamKeyService *self, Step step, QString argument,
       std::shared_ptr<QPromise<TeamKeyOutcome>> promise) -> QCoro::Task<void> {
        const TeamKeyOutcome outcome = co_await (self->*step)(std::move(argument));
        promise->addResult(outcome);
        promise->finish();
    }(this, step, std::move(argument), promise);
    return future;
}

QFuture<TeamKeyOutcome> TeamKeyService::create()
{
    return start(&TeamKeyService::createTask, {});
}

QFuture<TeamKeyOutcome> TeamKeyService::exportKey()
{
    return start(&TeamKeyService::exportTask, {});
}

QFuture<TeamKeyOutcome> TeamKeyService::importKey(const QString &text)
{
    return start(&TeamKeyService::importTask, text);
}

QFuture<TeamKeyOutcome> TeamKeyService::rotate()
{
    return start(&TeamKeyService::rotateTask, {});
}

QFuture<TeamKeyStatus> TeamKeyService::status()
{
    auto promise = std::make_shared<QPromise<TeamKeyStatus>>();
    promise->start();
    QFuture<TeamKeyStatus> future = promise->future();
    [](TeamKeyService *self, std::shared_ptr<QPromise<TeamKeyStatus>> promise) -> QCoro::Task<void> {
        const TeamKeyStatus status = co_await self->statusTask();
        promise->addResult(status);
        promise->finish();
    }(this, promise);
    return future;
}

QCoro::Task<TeamKeyOutcome> TeamKeyService::createTask(QString)
{
    QString databaseId;
    QStringList refs;
    try {
        EncryptedSecretRepository repository(m_database);
        if (const QString existing = repository.teamKeyId(); !existing.isEmpty())
            co_return failed(tr("This database already has a team key (id %1). On a new machine, import it with "
                                "\"team-key import\"; to replace it, use \"team-key rotate\".")
                                 .arg(existing));
        databaseId = m_database.databaseId();
        // Only references of this database's objects are shared (TeamSecretStore).
        for (const QString &ref : repository.referencedSecretRefs()) {
            if (ref.startsWith(databaseId + QLatin1Char('/')))
                refs << ref;
        }
    } catch (const Error &error) {
        co_return failed(error.message());
    }

    // Every secret must be here before anything changes.
    QHash<QString, QByteArray> values;
    QStringList missing;
    for (const QString &ref : std::as_const(refs)) {
        QFuture<SecretResult> reading = m_store.keychain().read(ref);
        const SecretResult secret = co_await reading;
        if (secret.status == SecretStatus::NotFound)
            missing << ref;
        else if (!secret.ok())
            co_return failed(secret.errorMessage);
        else
            values.insert(ref, secret.value);
    }
    if (!missing.isEmpty())
        co_return failed(tr("These secrets are not in this machine's keychain, so they cannot be moved into the "
                            "database: %1. Run \"team-key create\" on the machine that set them up, or set them "
                            "again (subscription rotate-secret, erp set-credential) and try again.")
                             .arg(missing.join(QStringLiteral(", "))));

    const QByteArray key = SecretBox::generateKey();
    const QString keyId = SecretBox::keyIdOf(key);
    const QString keyRef = TeamSecretStore::teamKeyRef(databaseId, keyId);
    QFuture<SecretResult> storing = m_store.keychain().write(keyRef, key);
    if (const SecretResult stored = co_await storing; !stored.ok())
        co_return failed(tr("The team key was not stored: %1").arg(stored.errorMessage));

    QString error;
    try {
        Transaction transaction(m_database);
        EncryptedSecretRepository repository(m_database);
        repository.insertTeamKeyId(keyId); // fails if another machine got there first
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const SecretBox::Sealed sealed =
                SecretBox::seal(key, it.value(), TeamSecretStore::associatedData(databaseId, it.key(), keyId));
            repository.put({it.key(), keyId, sealed.nonce, sealed.ciphertext}, m_clock.now());
        }
        transaction.commit();
    } catch (const Error &caught) {
        error = caught.message();
    }
    if (!error.isEmpty()) {
        QFuture<SecretResult> removing = m_store.keychain().remove(keyRef);
        co_await removing;
        co_return failed(tr("The database was not switched to a team key: %1").arg(error));
    }

    // The database has them now: this machine's keychain copies would only go stale.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QFuture<SecretResult> removing = m_store.keychain().remove(it.key());
        co_await removing;
    }
    TeamKeyOutcome outcome;
    outcome.keyId = keyId;
    outcome.secretCount = values.size();
    co_return outcome;
}

QCoro::Task<TeamKeyOutcome> TeamKeyService::exportTask(QString)
{
    QString keyId;
    QString databaseId;
    try {
        keyId = EncryptedSecretRepository(m_database).teamKeyId();
        databaseId = m_database.databaseId();
    } catch (const Error &error) {
        co_return failed(error.message());
    }
    if (keyId.isEmpty())
        co_return failed(tr("This database has no team key: its secrets are in each machine's keychain. Create "
                            "one with \"team-key create\"."));
    QFuture<SecretResult> reading = m_store.teamKey(keyId);
    const SecretResult key = co_await reading;
    if (!key.ok())
        co_return failed(key.errorMessage);
    TeamKeyOutcome outcome;
    outcome.keyId = keyId;
    outcome.exportedKey = exportPrefix + databaseId + QLatin1Char(':')
                          + QString::fromLatin1(
                              key.value.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    co_return outcome;
}

QCoro::Task<TeamKeyOutcome> TeamKeyService::importTask(QString text)
{
    text = text.trimmed();
    const QString notAKey = tr("This is not a GarageReg team key; it starts with \"%1\" and comes from "
                               "\"team-key export\".")
                                .arg(exportPrefix);
    if (!text.startsWith(exportPrefix))
        co_return failed(notAKey);
    const QStringList parts = text.mid(exportPrefix.size()).split(QLatin1Char(':'));
    if (parts.size() != 2)
        co_return failed(notAKey);
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != SecretBox::keySize)
        co_return failed(notAKey);
    const QByteArray key = decoded.decoded;
    const QString keyId = SecretBox::keyIdOf(key);

    QString databaseId;
    QString wanted;
    try {
        databaseId = m_database.databaseId();
        wanted = EncryptedSecretRepository(m_database).teamKeyId();
    } catch (const Error &error) {
        co_return failed(error.message());
    }
    if (parts.at(0) != databaseId)
        co_return failed(
            tr("This team key belongs to another database (%1), not to this one (%2).").arg(parts.at(0), databaseId));
    if (wanted.isEmpty())
        co_return failed(tr("This database has no team key yet: create one with \"team-key create\" first."));
    if (wanted != keyId)
        co_return failed(tr("This is not the team key the database uses now (id %1, this key's id is %2): it was "
                            "rotated since. Export the key again on a machine that has the current one.")
                             .arg(wanted, keyId));
    QFuture<SecretResult> storing = m_store.keychain().write(TeamSecretStore::teamKeyRef(databaseId, keyId), key);
    if (const SecretResult stored = co_await storing; !stored.ok())
        co_return failed(tr("The team key was not stored: %1").arg(stored.errorMessage));
    m_store.forgetTeamKey(keyId);
    TeamKeyOutcome outcome;
    outcome.keyId = keyId;
    co_return outcome;
}

QCoro::Task<TeamKeyOutcome> TeamKeyService::rotateTask(QString)
{
    QString oldId;
    QString databaseId;
    try {
        oldId = EncryptedSecretRepository(m_database).teamKeyId();
        databaseId = m_database.databaseId();
    } catch (const Error &error) {
        co_return failed(error.message());
    }
    if (oldId.isEmpty())
        co_return failed(tr("This database has no team key to rotate. Create one with \"team-key create\"."));
    QFuture<SecretResult> reading = m_store.teamKey(oldId);
    const SecretResult oldKey = co_await reading;
    if (!oldKey.ok())
        co_return failed(oldKey.errorMessage);

    const QByteArray key = SecretBox::generateKey();
    const QString keyId = SecretBox::keyIdOf(key);
    const QString keyRef = TeamSecretStore::teamKeyRef(databaseId, keyId);
    QFuture<SecretResult> storing = m_store.keychain().write(keyRef, key);
    if (const SecretResult stored = co_await storing; !stored.ok())
        co_return failed(tr("The new team key was not stored: %1").arg(stored.errorMessage));

    QString error;
    qint64 count = 0;
    try {
        Transaction transaction(m_database);
        EncryptedSecretRepository repository(m_database);
        // Changed first: on PostgreSQL this waits for the writers holding the old id and holds off new ones.
        if (repository.lockTeamKeyId() != oldId)
            throw Error(tr("The team key was changed by another machine meanwhile; nothing was rotated."));
        repository.setTeamKeyId(keyId);
        for (const EncryptedSecret &secret : repository.all()) {
            if (secret.keyId != oldId)
                throw Error(tr("The secret \"%1\" is encrypted with a team key (id %2) that is no longer in use; "
                               "set it again, then rotate.")
                                .arg(secret.ref, secret.keyId));
            const std::optional<QByteArray> plain = SecretBox::open(oldKey.value, secret.nonce, secret.ciphertext,
                                                                    TeamSecretStore::associatedData(databaseId,
                                                                                                    secret.ref, oldId));
            if (!plain)
                throw Error(tr("The encrypted secret \"%1\" failed its integrity check: it was altered in the "
                               "database. Set it again, then rotate.")
                                .arg(secret.ref));
            const SecretBox::Sealed sealed =
                SecretBox::seal(key, *plain, TeamSecretStore::associatedData(databaseId, secret.ref, keyId));
            repository.put({secret.ref, keyId, sealed.nonce, sealed.ciphertext}, m_clock.now());
            ++count;
        }
        transaction.commit();
    } catch (const Error &caught) {
        error = caught.message();
    }
    if (!error.isEmpty()) {
        QFuture<SecretResult> removing = m_store.keychain().remove(keyRef);
        co_await removing;
        co_return failed(tr("The team key was not rotated: %1").arg(error));
    }
    QFuture<SecretResult> removing = m_store.keychain().remove(TeamSecretStore::teamKeyRef(databaseId, oldId));
    co_await removing;
    m_store.forgetTeamKey(oldId);
    TeamKeyOutcome outcome;
    outcome.keyId = keyId;
    outcome.secretCount = count;
    co_return outcome;
}

QCoro::Task<TeamKeyStatus> TeamKeyService::statusTask()
{
    TeamKeyStatus status;
    try {
        EncryptedSecretRepository repository(m_database);
        status.keyId = repository.teamKeyId();
        status.secretCount = repository.count();
    } catch (const Error &error) {
        status.error = error.message();
        co_return status;
    }
    if (status.keyId.isEmpty())
        co_return status;
    QFuture<SecretResult> reading = m_store.teamKey(status.keyId);
    const SecretResult key = co_await reading;
    status.machineHasKey = key.ok();
    status.keyProblem = key.ok() ? QString() : key.errorMessage;
    co_return status;
}

} // namespace garagereg
