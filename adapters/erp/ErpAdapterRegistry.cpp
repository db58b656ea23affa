#include "adapters/erp/ErpAdapterRegistry.h"

#include "adapters/erp/DummyErpAdapter.h"
#include "adapters/erp/RestJsonAdapter.h"
#include "adapters/erp/UnsupportedErpAdapter.h"
#include "models/common/EnumNames.h"
#include "models/common/Error.h"
#include "models/domain/Integration.h"

namespace garagereg {

namespace {
const EnumNameTable<ErpErrorCategory, 11> categoryNames{{
    {ErpErrorCategory::None, QLatin1String("")},
    {ErpErrorCategory::Network, QLatin1String("network")},
    {ErpErrorCategory::Timeout, QLatin1String("timeout")},
    {ErpErrorCategory::RateLimited, QLatin1String("rate_limited")},
    {ErpErrorCategory::Server, QLatin1String("server")},
    {ErpErrorCategory::Authentication, QLatin1String("authentication")},
    {ErpErrorCategory::Validation, QLatin1String("validation")},
    {ErpErrorCategory::Conflict, QLatin1String("conflict")},
    {ErpErrorCategory::NotFound, QLatin1String("not_found")},
    {ErpErrorCategory::NotSupported, QLatin1String("not_supported")},
    {ErpErrorCategory::Configuration, QLatin1String("configuration")},
}};
} // namespace

QString erpErrorCategoryName(ErpErrorCategory category)
{
    return enumName(categoryNames, category);
}

ErpAdapterRegistry ErpAdapterRegistry::withBuiltInProviders()
{
    ErpAdapterRegistry registry;
    registry.registerProvider(QStringLiteral("dummy"), createDummyErpAdapter);
    registry.registerProvider(QStringLiteral("rest-json"), createRestJsonAdapter);
    registry.registerProvider(QStringLiteral("microsoft-dynamics"), createBusinessCentralAdapter);
    registry.registerProvider(QStringLiteral("billingo"), createBillingoAdapter);
    registry.registerProvider(QStringLiteral("sap"), [](const ErpAdapterContext &) {
        return std::make_unique<UnsupportedErpAdapter>(QStringLiteral("sap"), QStringLiteral("SAP"));
    });
    registry.registerProvider(QStringLiteral("oracle"), [](const ErpAdapterContext &) {
        return std::make_unique<UnsupportedErpAdapter>(QStringLiteral("oracle"), QStringLiteral("Oracle"));
    });
    return registry;
}

void ErpAdapterRegistry::registerProvider(const QString &provider, Factory factory)
{
    m_factories.insert(provider, std::move(factory));
}

QStringList ErpAdapterRegistry::providers() const
{
    QStringList names = m_factories.keys();
    names.sort();
    return names;
}

std::unique_ptr<ErpAdapter> ErpAdapterRegistry::create(const ErpAdapterContext &context) const
{
    const auto factory = m_factories.constFind(context.integration.provider);
    if (factory == m_factories.cend())
        throw Error(tr("The provider \"%1\" has no ERP adapter; ERP providers are: %2.")
                        .arg(context.integration.provider, providers().join(QStringLiteral(", "))));
    return (*factory)(context);
}

} // namespace garagereg
