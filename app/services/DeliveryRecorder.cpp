#include "app/services/DeliveryRecorder.h"

#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"

#include <QLoggingCategory>

namespace garagereg {

Q_LOGGING_CATEGORY(lcRecorder, "garagereg.webhooks.recorder")

DeliveryRecorder::DeliveryRecorder(const Database &database, const Clock &clock, QString workerId)
    : m_database(database)
    , m_clock(clock)
    , m_workerId(std::move(workerId))
{
}

DeliveryRecorder::~DeliveryRecorder() = default;

void DeliveryRecorder::record(quint64 batch, const Attempts &attempts, const QDateTime &now, bool recheck)
{
    QString error;
    // A connection the server closed while the recorder had nothing to write is
    // found by this batch's first statement: once reopened, the batch goes again
    // at once rather than after the engine's retry interval.
    for (int tries = 1;; ++tries) {
        try {
            if (!recheck) {
                repository().recordAttempts(attempts, now);
            } else {
                const QStringList leftOut = repository().recordAttemptsStillHeld(attempts, m_workerId, now);
                if (!leftOut.isEmpty())
                    qCWarning(lcRecorder) << leftOut.size()
                                          << "finished attempt(s) not recorded: their deliveries were taken over by "
                                             "another worker while the database was unavailable:"
                                          << leftOut.join(QLatin1Char(' '));
            }
            break;
        } catch (const Error &failure) {
            if (tries == 1 && m_database.hasLostConnection()) {
                // Whether the commit got through is unknown: check against it.
                recheck = true;
                continue;
            }
            error = failure.message();
            // Tried again while the database is away: the same failure is said once.
            if (error != m_lastError)
                qCWarning(lcRecorder) << attempts.size() << "finished attempt(s) not recorded:" << error;
            break;
        }
    }
    m_lastError = error;
    emit recorded(batch, error);
    if (error.isEmpty())
        checkpointWhenDue();
}

void DeliveryRecorder::claim(int limit, const QStringList &busyHosts, qint64 leaseMs, const QDateTime &dueBefore,
                             const QDateTime &notDueBefore)
{
    QList<ClaimedDelivery> deliveries;
    QString error;
    // A connection the server closed meanwhile is found by the claim itself:
    // once reopened, it claims again at once. Rows the lost commit may have
    // leased are claimed again when their leases run out.
    for (int tries = 1;; ++tries) {
        try {
            deliveries = repository().claimDue(m_workerId, limit, busyHosts, leaseMs, dueBefore, notDueBefore);
        } catch (const Error &failure) {
            if (tries == 1 && m_database.hasLostConnection())
                continue;
            error = failure.message();
        }
        break;
    }
    emit claimed(deliveries, error);
}

DeliveryRepository &DeliveryRecorder::repository()
{
    if (!m_repository) {
        m_repository = std::make_unique<DeliveryRepository>(m_database, m_clock);
        m_repository->takeOverWalCheckpoints();
    }
    return *m_repository;
}

// After the batch is reported, so the engine claims and sends meanwhile. At
// most once a second, and when quiet after 64 batches or 10 s: the WAL holds at
// most about a second of a burst, and a trickle of events does not pay a
// database fsync each second.
void DeliveryRecorder::checkpointWhenDue()
{
    const QDateTime now = m_clock.now();
    if (!m_lastCheckpoint.isValid())
        m_lastCheckpoint = now;
    ++m_batchesSinceCheckpoint;
    const qint64 elapsedMs = m_lastCheckpoint.msecsTo(now);
    if (elapsedMs < 1000 || (m_batchesSinceCheckpoint < 64 && elapsedMs < 10000))
        return;
    try {
        m_repository->checkpointWal();
    } catch (const Error &failure) {
        qCWarning(lcRecorder) << "WAL checkpoint failed:" << failure.message(); // the next one tries again
    }
    m_lastCheckpoint = now;
    m_batchesSinceCheckpoint = 0;
}

void DeliveryRecorder::close()
{
    m_repository.reset();
}

} // namespace garagereg
