#pragma once

#include "adapters/erp/DummyErp.h"
#include "adapters/erp/ErpAdapter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace garagereg {

struct ErpAdapterContext;

// Serves a DummyErp through the ErpAdapter interface. Every answer comes later
// on the event loop of the thread the adapter lives on (after the simulated
// latency, or on the next iteration), never synchronously. Destroying the
// adapter finishes the futures still waiting with a Network error.
//
// With a file path the ERP's parts live in that JSON file (docs/dummy-erp.md):
// the constructor loads it (or creates it from the ERP's current parts when it
// does not exist), every request first reloads it when someone else changed it,
// and every change is saved back atomically. A malformed file is never
// overwritten: requests fail with a Configuration error until it is fixed.
class DummyErpAdapter final : public ErpAdapter
{
    Q_DECLARE_TR_FUNCTIONS(DummyErpAdapter)

public:
    // Throws garagereg::Error when the file cannot be read, parsed or created.
    explicit DummyErpAdapter(std::shared_ptr<DummyErp> erp, QString filePath = {});
    ~DummyErpAdapter() override;

    // The integration's settings as options; throws garagereg::Error naming
    // the setting that is wrong. Keys it does not know are left to others.
    static DummyErpOptions optionsFromSettings(const QJsonObject &settings);

    const std::shared_ptr<DummyErp> &erp() const { return m_erp; }
    const QString &filePath() const { return m_filePath; }

    QString providerName() const override { return QStringLiteral("dummy"); }
    ErpCapabilities capabilities() const override;
    QFuture<ErpResult<QString>> testConnection() override;
    QFuture<ErpResult<PartPage>> listParts(const PartQuery &query) override;
    QFuture<ErpResult<std::optional<RemotePart>>> getPart(const QString &partNumber) override;
    QFuture<ErpResult<RemotePart>> createPart(const RemotePart &part) override;
    QFuture<ErpResult<RemotePart>> updatePart(const RemotePart &part, const QString &ifMatch) override;

private:
    template<typename T>
    QFuture<ErpResult<T>> answerLater(std::function<ErpResult<T>()> handle);
    template<typename T>
    ErpResult<T> handleNow(const std::function<ErpResult<T>()> &handle);
    void reloadIfChanged();
    void saveIfChanged();

    std::shared_ptr<DummyErp> m_erp;
    QString m_filePath;
    QByteArray m_fileBytes;         // the file as last loaded or saved
    qint64 m_savedChangeCount = -1; // m_erp->changeCount() when the file matched it
    std::unique_ptr<QObject> m_context;
    quint64 m_lastPendingId = 0;
    QHash<quint64, std::function<void()>> m_cancelPending;
};

// Built by the registry for provider "dummy". The settings are described in
// docs/dummy-erp.md; a "file:" endpoint URL keeps the ERP in that JSON file,
// any other endpoint keeps it in memory, seeded with DummyErp::seedParts().
// Throws garagereg::Error for bad settings or an unusable file.
std::unique_ptr<ErpAdapter> createDummyErpAdapter(const ErpAdapterContext &context);

} // namespace garagereg
