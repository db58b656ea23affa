#pragma once

#include "adapters/secrets/SecretStore.h"
#include "models/common/Allocator.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

namespace garagereg::bench {

// Secrets in memory: the keychain is not what is being measured.
class MemorySecretStore : public SecretStore
{
public:
    QFuture<SecretResult> read(const QString &key) override
    {
        const auto found = m_entries.constFind(key);
        return QtFuture::makeReadyFuture(found == m_entries.cend()
                                             ? SecretResult{SecretStatus::NotFound, {}, QStringLiteral("no entry")}
                                             : SecretResult{SecretStatus::Ok, found.value(), {}});
    }
    QFuture<SecretResult> write(const QString &key, const QByteArray &value) override
    {
        m_entries.insert(key, value);
        return QtFuture::makeReadyFuture(SecretResult{SecretStatus::Ok, {}, {}});
    }
    QFuture<SecretResult> remove(const QString &key) override
    {
        m_entries.remove(key);
        return QtFuture::makeReadyFuture(SecretResult{SecretStatus::Ok, {}, {}});
    }

private:
    QHash<QString, QByteArray> m_entries;
};

// CPU seconds (user + system) and peak resident memory of this process.
struct ResourceUse
{
    double cpuSeconds = 0;
    double peakRssMb = 0;

    static ResourceUse now()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        return {cpu, double(usage.ru_maxrss) / 1024.0};
    }
};

inline double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(fraction * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

// One measurement: the RESULT line other tools read, and a JSON object for bench/results.
inline void report(const QString &name, const QJsonObject &values, const QString &resultLine)
{
    std::printf("RESULT %s %s\n", qPrintable(name), qPrintable(resultLine));
    QJsonObject json = values;
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("allocator"), allocatorName());
    std::printf("JSON %s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace garagereg::bench
