#pragma once

#include "models/common/Clock.h"

#include <QMutex>
#include <QMutexLocker>

namespace garagereg::test {

// A clock that moves only when the test says so. Thread-safe, as the
// clock of a WebhookSenderPool must be (its senders read it on their threads).
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 1, 15), QTime(8, 30, 0, 125), Qt::UTC))
        : m_now(std::move(start))
    {
    }

    QDateTime now() const override
    {
        QMutexLocker locker(&m_mutex);
        return m_now;
    }
    void advanceMs(qint64 ms)
    {
        QMutexLocker locker(&m_mutex);
        m_now = m_now.addMSecs(ms);
    }
    void set(const QDateTime &time)
    {
        QMutexLocker locker(&m_mutex);
        m_now = time.toUTC();
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace garagereg::test
