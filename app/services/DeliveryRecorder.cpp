#include "app/services/DeliveryRecorder.h"

#include "models/common/Error.h"

#include <QLoggingCategory>

namespace garagereg {

Q_LOGGING_CATEGORY(lcRecorder, "garagereg.webhooks.recorder")

DeliveryRecorder::DeliveryRecorder(const Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

DeliveryRecorder::~DeliveryRecorder() = default;

void DeliveryRecorder::record(quint64 batch, const Attempts &attempts, const QDateTime &now)
{
    QString error;
    try {
        if (!m_repository)
            m_repository = std::make_unique<DeliveryRepository>(m_database, m_clock);
        m_repository->recordAttempts(attempts, now);
    } catch (const Error &failure) {
        error = failure.message();
        qCWarning(lcRecorder) << attempts.size() << "finished attempt(s) not recorded:" << error;
    }
    emit recorded(batch, error);
}

void DeliveryRecorder::close()
{
    m_repository.reset();
}

} // namespace garagereg
