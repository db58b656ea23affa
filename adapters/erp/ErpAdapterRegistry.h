#pragma once

#include "adapters/erp/ErpAdapter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace garagereg {

class OutboundGuard;

class Clock;
struct Integration;

// What an adapter is made from: the integration (provider, endpoint URL,
// settings JSON), its credential from the keychain (API key, token; may be
// empty), and the injected network access and clock.
struct ErpAdapterContext
{
    const Integration &integration;
    QByteArray credential;
    QNetworkAccessManager &network;
    const Clock &clock;
    // The outbound policy every request of the adapter is checked against; none: nothing checked.
    OutboundGuard *guard = nullptr;
};

// Creates the adapter for an integration's provider. A new ERP is added by
// registering one factory; nothing else changes.
class ErpAdapterRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ErpAdapterRegistry)

public:
    using Factory = std::function<std::unique_ptr<ErpAdapter>(const ErpAdapterContext &)>;

    // dummy, rest-json, microsoft-dynamics, billingo, and sap/oracle (which say "not supported yet").
    static ErpAdapterRegistry withBuiltInProviders();

    void registerProvider(const QString &provider, Factory factory);
    QStringList providers() const;
    bool supports(const QString &provider) const { return m_factories.contains(provider); }

    // Throws garagereg::Error for an unknown provider or a configuration the
    // adapter cannot work with (the message says which setting is wrong).
    std::unique_ptr<ErpAdapter> create(const ErpAdapterContext &context) const;

private:
    QHash<QString, Factory> m_factories;
};

} // namespace garagereg
