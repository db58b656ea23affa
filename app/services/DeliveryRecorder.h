#pragma once

#include "models/storage/DeliveryRepository.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace garagereg {

class Clock;
class Database;

// The delivery engine's database writes on a thread of its own, with its own
// database connection: the finished attempts and the claims. A commit (an fsync
// on SQLite) or a claim queued behind one then no longer stops the engine from
// sending. One batch at a time; what finishes meanwhile waits in the engine and
// becomes the next batch, so batches grow with load.
class DeliveryRecorder : public QObject
{
    Q_OBJECT

public:
    // `workerId`: the engine's, whose leases the attempts hold.
    DeliveryRecorder(const Database &database, const Clock &clock, QString workerId);
    ~DeliveryRecorder() override;

    using Attempts = QList<std::pair<Delivery, AttemptRecord>>;

    // Called on the recorder's thread (QMetaObject::invokeMethod): writes the
    // batch in one transaction and then emits recorded(). With `recheck` the
    // batch is one that failed before: only what is not recorded yet and still
    // held by this worker is written (DeliveryRepository::recordAttemptsStillHeld).
    void record(quint64 batch, const Attempts &attempts, const QDateTime &now, bool recheck = false);
    // Called on the recorder's thread: leases what is due, as
    // DeliveryRepository::claimDue, and emits claimed().
    void claim(int limit, const QStringList &busyHosts, qint64 leaseMs, const QDateTime &dueBefore,
               const QDateTime &notDueBefore);
    // Releases the prepared statements, on the recorder's thread, before it ends.
    void close();

signals:
    // `error` is empty when the batch is committed.
    void recorded(quint64 batch, const QString &error);
    // `error` is empty when the claim is committed; `deliveries` are in due order.
    void claimed(const QList<garagereg::ClaimedDelivery> &deliveries, const QString &error);

private:
    // Made on the recorder's thread, at first use.
    DeliveryRepository &repository();
    // WAL checkpoints run here between batches, not inside their commits.
    void checkpointWhenDue();

    const Database &m_database;
    const Clock &m_clock;
    const QString m_workerId;
    std::unique_ptr<DeliveryRepository> m_repository; // made on the recorder's thread
    QString m_lastError;                              // of the last batch, empty when it was recorded
    QDateTime m_lastCheckpoint;                       // on m_clock
    int m_batchesSinceCheckpoint = 0;
};

} // namespace garagereg
