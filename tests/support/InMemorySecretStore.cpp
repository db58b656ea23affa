#include "tests/support/InMemorySecretStore.h"

namespace garagereg::test {

namespace {
SecretResult unavailable()
{
    return {SecretStatus::BackendUnavailable, {}, QStringLiteral("in-memory store switched off")};
}
} // namespace

QFuture<SecretResult> InMemorySecretStore::read(const QString &key)
{
    if (m_unavailable)
        return QtFuture::makeReadyFuture(unavailable());
    const auto found = m_entries.constFind(key);
    if (found == m_entries.cend())
        return QtFuture::makeReadyFuture(SecretResult{SecretStatus::NotFound, {}, QStringLiteral("no entry")});
    return QtFuture::makeReadyFuture(SecretResult{SecretStatus::Ok, found.value(), {}});
}

QFuture<SecretResult> InMemorySecretStore::write(const QString &key, const QByteArray &value)
{
    if (m_unavailable)
        return QtFuture::makeReadyFuture(unavailable());
    m_entries.insert(key, value);
    return QtFuture::makeReadyFuture(SecretResult{SecretStatus::Ok, {}, {}});
}

QFuture<SecretResult> InMemorySecretStore::remove(const QString &key)
{
    if (m_unavailable)
        return QtFuture::makeReadyFuture(unavailable());
    m_entries.remove(key);
    return QtFuture::makeReadyFuture(SecretResult{SecretStatus::Ok, {}, {}});
}

} // namespace garagereg::test
