#pragma once

#include "adapters/erp/ErpAdapter.h"

namespace garagereg {

// For providers GarageReg knows but does not connect to yet (SAP, Oracle):
// every operation fails with NotSupported and says so plainly, instead of
// pretending to work.
class UnsupportedErpAdapter final : public ErpAdapter
{
    Q_DECLARE_TR_FUNCTIONS(UnsupportedErpAdapter)

public:
    UnsupportedErpAdapter(QString provider, QString displayName);

    QString providerName() const override { return m_provider; }
    ErpCapabilities capabilities() const override { return {}; }
    QFuture<ErpResult<QString>> testConnection() override;
    QFuture<ErpResult<PartPage>> listParts(const PartQuery &query) override;
    QFuture<ErpResult<std::optional<RemotePart>>> getPart(const QString &partNumber) override;
    QFuture<ErpResult<RemotePart>> createPart(const RemotePart &part) override;
    QFuture<ErpResult<RemotePart>> updatePart(const RemotePart &part, const QString &ifMatch) override;

private:
    ErpError notSupported() const;

    QString m_provider;
    QString m_displayName;
};

} // namespace garagereg
