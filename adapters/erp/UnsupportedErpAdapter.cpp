#include "adapters/erp/UnsupportedErpAdapter.h"

namespace garagereg {

UnsupportedErpAdapter::UnsupportedErpAdapter(QString provider, QString displayName)
    : m_provider(std::move(provider))
    , m_displayName(std::move(displayName))
{
}

ErpError UnsupportedErpAdapter::notSupported() const
{
    return {ErpErrorCategory::NotSupported,
            std::nullopt,
            tr("%1 is not supported yet: GarageReg Integrations cannot connect to it in this version. "
               "Use the rest-json provider with a profile for its REST API, or ask for the %1 adapter.")
                .arg(m_displayName),
            {},
            std::nullopt};
}

QFuture<ErpResult<QString>> UnsupportedErpAdapter::testConnection()
{
    return QtFuture::makeReadyFuture(ErpResult<QString>::failure(notSupported()));
}

QFuture<ErpResult<PartPage>> UnsupportedErpAdapter::listParts(const PartQuery &)
{
    return QtFuture::makeReadyFuture(ErpResult<PartPage>::failure(notSupported()));
}

QFuture<ErpResult<std::optional<RemotePart>>> UnsupportedErpAdapter::getPart(const QString &)
{
    return QtFuture::makeReadyFuture(ErpResult<std::optional<RemotePart>>::failure(notSupported()));
}

QFuture<ErpResult<RemotePart>> UnsupportedErpAdapter::createPart(const RemotePart &)
{
    return QtFuture::makeReadyFuture(ErpResult<RemotePart>::failure(notSupported()));
}

QFuture<ErpResult<RemotePart>> UnsupportedErpAdapter::updatePart(const RemotePart &, const QString &)
{
    return QtFuture::makeReadyFuture(ErpResult<RemotePart>::failure(notSupported()));
}

} // namespace garagereg
