#pragma once

#include "adapters/secrets/SecretStore.h"

#include <QHash>

namespace garagereg::test {

// For unit tests only: secrets in a hash. Can pretend to have no backend.
class InMemorySecretStore final : public SecretStore
{
public:
    QFuture<SecretResult> read(const QString &key) override;
    QFuture<SecretResult> write(const QString &key, const QByteArray &value) override;
    QFuture<SecretResult> remove(const QString &key) override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    const QHash<QString, QByteArray> &entries() const { return m_entries; }

private:
    bool m_unavailable = false;
    QHash<QString, QByteArray> m_entries;
};

} // namespace garagereg::test
