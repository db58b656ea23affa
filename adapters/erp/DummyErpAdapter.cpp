#include "adapters/erp/DummyErpAdapter.h"

#include "adapters/erp/ErpAdapterRegistry.h"
#include "models/common/Error.h"
#include "models/domain/Integration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QPromise>
#include <QTimer>
#include <QUrl>

#include <cmath>
#include <exception>
#include <limits>

namespace garagereg {

namespace {

QString describeValue(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString());
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

ErpError adapterError(ErpErrorCategory category, const QString &message)
{
    return ErpError{category, std::nullopt, message, {}, std::nullopt};
}

} // namespace

DummyErpAdapter::DummyErpAdapter(std::shared_ptr<DummyErp> erp, QString filePath)
    : m_erp(std::move(erp))
    , m_filePath(std::move(filePath))
    , m_context(std::make_unique<QObject>())
{
    if (m_filePath.isEmpty())
        return;
    QFile file(m_filePath);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            throw Error(tr("Cannot read the dummy ERP file \"%1\": %2").arg(m_filePath, file.errorString()));
        const QByteArray bytes = file.readAll();
        m_erp->loadJson(bytes, m_filePath);
        m_fileBytes = bytes;
    } else {
        m_erp->save(m_filePath);
        m_fileBytes = m_erp->toJson();
    }
    m_savedChangeCount = m_erp->changeCount();
}

DummyErpAdapter::~DummyErpAdapter()
{
    // Stop the timers first, then answer whoever still waits.
    m_context.reset();
    const auto pending = std::exchange(m_cancelPending, {});
    for (const auto &cancel : pending)
        cancel();
}

ErpCapabilities DummyErpAdapter::capabilities() const
{
    ErpCapabilities capabilities;
    capabilities.deltaQueries = true;
    capabilities.dateOnlyCursor = m_erp->options().dateOnlyTimestamps;
    capabilities.etags = true;
    capabilities.writableStock = !m_erp->options().stockReadOnly;
    capabilities.naturalKeyLookup = true;
    capabilities.deletes = true;
    return capabilities;
}

void DummyErpAdapter::reloadIfChanged()
{
    if (m_filePath.isEmpty())
        return;
    QFile file(m_filePath);
    if (!file.exists())
        return; // removed by someone: the next save writes it again
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read the dummy ERP file \"%1\": %2").arg(m_filePath, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes == m_fileBytes)
        return;
    m_erp->loadJson(bytes, m_filePath);
    m_fileBytes = bytes;
    m_savedChangeCount = m_erp->changeCount();
}

void DummyErpAdapter::saveIfChanged()
{
    if (m_filePath.isEmpty())
        return;
    if (m_erp->changeCount() == m_savedChangeCount && QFileInfo::exists(m_filePath))
        return;
    m_erp->save(m_filePath);
    m_fileBytes = m_erp->toJson();
    m_savedChangeCount = m_erp->changeCount();
}

template<typename T>
ErpResult<T> DummyErpAdapter::handleNow(const std::function<ErpResult<T>()> &handle)
{
    // Nothing may throw out of here: this runs in a timer callback.
    try {
        reloadIfChanged();
    } catch (const Error &error) {
        return ErpResult<T>::failure(adapterError(ErpErrorCategory::Configuration, error.message()));
    }
    ErpResult<T> result = ErpResult<T>::failure(adapterError(ErpErrorCategory::Server, {}));
    try {
        result = handle();
    } catch (const Error &error) {
        result = ErpResult<T>::failure(adapterError(ErpErrorCategory::Server, error.message()));
    } catch (const std::exception &error) {
        result = ErpResult<T>::failure(adapterError(ErpErrorCategory::Server, QString::fromLocal8Bit(error.what())));
    }
    try {
        saveIfChanged();
    } catch (const Error &error) {
        result = ErpResult<T>::failure(
            adapterError(ErpErrorCategory::Server,
                         tr("The dummy ERP changed but the change could not be saved: %1").arg(error.message())));
    }
    return result;
}

template<typename T>
QFuture<ErpResult<T>> DummyErpAdapter::answerLater(std::function<ErpResult<T>()> handle)
{
    auto promise = std::make_shared<QPromise<ErpResult<T>>>();
    promise->start();
    QFuture<ErpResult<T>> future = promise->future();

    const quint64 id = ++m_lastPendingId;
    m_cancelPending.insert(id, [promise] {
        promise->addResult(
            ErpResult<T>::failure(adapterError(ErpErrorCategory::Network,
                                               tr("The dummy ERP adapter was closed before the answer arrived."))));
        promise->finish();
    });
    const int latency = std::max(0, m_erp->options().latencyMs);
    QTimer::singleShot(latency, m_context.get(), [this, id, promise, handle = std::move(handle)] {
        m_cancelPending.remove(id);
        promise->addResult(handleNow(handle));
        promise->finish();
    });
    return future;
}

QFuture<ErpResult<QString>> DummyErpAdapter::testConnection()
{
    return answerLater<QString>([this] {
        ErpResult<QString> result = m_erp->testConnection();
        if (result.ok() && !m_filePath.isEmpty())
            result.value = tr("Dummy ERP with %1 parts, stored in %2")
                               .arg(m_erp->liveCount())
                               .arg(QDir::toNativeSeparators(m_filePath));
        return result;
    });
}

QFuture<ErpResult<PartPage>> DummyErpAdapter::listParts(const PartQuery &query)
{
    return answerLater<PartPage>([this, query] { return m_erp->list(query); });
}

QFuture<ErpResult<std::optional<RemotePart>>> DummyErpAdapter::getPart(const QString &partNumber)
{
    return answerLater<std::optional<RemotePart>>([this, partNumber] { return m_erp->get(partNumber); });
}

QFuture<ErpResult<RemotePart>> DummyErpAdapter::createPart(const RemotePart &part)
{
    return answerLater<RemotePart>([this, part] { return m_erp->create(part); });
}

QFuture<ErpResult<RemotePart>> DummyErpAdapter::updatePart(const RemotePart &part, const QString &ifMatch)
{
    return answerLater<RemotePart>([this, part, ifMatch] { return m_erp->update(part, ifMatch); });
}

DummyErpOptions DummyErpAdapter::optionsFromSettings(const QJsonObject &settings)
{
    const auto bad = [](const QString &key, const QString &expected, const QJsonValue &value) {
        return Error(tr("The dummy ERP setting \"%1\" must be %2; it is %3.").arg(key, expected, describeValue(value)));
    };
    const auto number = [&](const QString &key, double minimum, double maximum, bool whole,
                            const QString &expected) -> std::optional<double> {
        const QJsonValue value = settings.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        double result = std::numeric_limits<double>::quiet_NaN();
        if (value.isDouble()) {
            result = value.toDouble();
        } else if (value.isString()) {
            bool ok = false;
            result = value.toString().trimmed().toDouble(&ok);
            if (!ok)
                throw bad(key, expected, value);
        } else {
            throw bad(key, expected, value);
        }
        if (!std::isfinite(result) || result < minimum || result > maximum || (whole && std::trunc(result) != result))
            throw bad(key, expected, value);
        return result;
    };
    const auto whole = [&](const QString &key, qint64 minimum, qint64 maximum, qint64 fallback) {
        const QString expected = tr("a whole number from %1 to %2").arg(minimum).arg(maximum);
        const auto value = number(key, double(minimum), double(maximum), true, expected);
        return value ? qint64(*value) : fallback;
    };
    const auto probability = [&](const QString &key, double fallback) {
        return number(key, 0.0, 1.0, false, tr("a probability from 0 to 1")).value_or(fallback);
    };
    const auto boolean = [&](const QString &key, bool fallback) {
        const QJsonValue value = settings.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (value.isBool())
            return value.toBool();
        if (value.isString()) {
            const QString text = value.toString().trimmed().toLower();
            if (text == QStringLiteral("true"))
                return true;
            if (text == QStringLiteral("false"))
                return false;
        }
        throw bad(key, tr("true or false"), value);
    };

    DummyErpOptions options;
    options.seed = quint32(whole(QStringLiteral("seed"), 0, std::numeric_limits<quint32>::max(), options.seed));
    options.latencyMs = int(whole(QStringLiteral("latency_ms"), 0, 600000, options.latencyMs));
    options.retryAfterSeconds = int(whole(QStringLiteral("retry_after_seconds"), 0, 86400, options.retryAfterSeconds));
    options.pageSizeLimit = int(whole(QStringLiteral("page_size_limit"), 1, 100000, options.pageSizeLimit));
    options.rateLimitProbability = probability(QStringLiteral("rate_limit_probability"), 0);
    options.serverErrorProbability = probability(QStringLiteral("server_error_probability"), 0);
    options.timeoutProbability = probability(QStringLiteral("timeout_probability"), 0);
    options.lostResponseProbability = probability(QStringLiteral("lost_response_probability"), 0);
    options.concurrentEditProbability = probability(QStringLiteral("concurrent_edit_probability"), 0);
    options.authExpiryProbability = probability(QStringLiteral("auth_expiry_probability"), 0);
    options.stockReadOnly = boolean(QStringLiteral("stock_read_only"), false);
    options.dateOnlyTimestamps = boolean(QStringLiteral("date_only_timestamps"), false);

    const QString pagingKey = QStringLiteral("paging");
    const QJsonValue paging = settings.value(pagingKey);
    if (!paging.isUndefined() && !paging.isNull()) {
        if (paging == QJsonValue(QStringLiteral("next_link")))
            options.paging = DummyErpPaging::NextLink;
        else if (paging == QJsonValue(QStringLiteral("offset")))
            options.paging = DummyErpPaging::Offset;
        else
            throw bad(pagingKey, tr("\"next_link\" or \"offset\""), paging);
    }
    return options;
}

std::unique_ptr<ErpAdapter> createDummyErpAdapter(const ErpAdapterContext &context)
{
    const Integration &integration = context.integration;
    auto erp = std::make_shared<DummyErp>(context.clock, DummyErpAdapter::optionsFromSettings(integration.settings));

    const QString endpoint = integration.endpointUrl.trimmed();
    QString filePath;
    if (endpoint.startsWith(QStringLiteral("file:"), Qt::CaseInsensitive)) {
        const QUrl url(endpoint);
        filePath = url.isValid() ? url.toLocalFile() : QString();
        if (filePath.isEmpty())
            throw Error(DummyErpAdapter::tr("The endpoint URL \"%1\" does not name a file; use a URL such as "
                                            "file:///home/me/dummy-erp.json, or leave it empty to keep the dummy "
                                            "ERP in memory.")
                            .arg(endpoint));
    }
    if (filePath.isEmpty() || !QFileInfo::exists(filePath))
        erp->addSeedParts();
    return std::make_unique<DummyErpAdapter>(std::move(erp), filePath);
}

} // namespace garagereg
