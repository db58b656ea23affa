#pragma once

#include "models/common/Clock.h"

namespace garagereg::test {

// A clock that moves only when the test says so.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 1, 15), QTime(8, 30, 0, 125), Qt::UTC))
        : m_now(std::move(start))
    {
    }

    QDateTime now() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(const QDateTime &time) { m_now = time.toUTC(); }

private:
    QDateTime m_now;
};

} // namespace garagereg::test
