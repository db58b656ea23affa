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

void DeliveryRecorder::record(quint64 batch, const Attempts &attempts, const QDateTime &now, const QString &recheckFor)
{
    QString error;
    try {
        if (!m_repository)
            m_repository = std::make_unique<DeliveryRepository>(m_database, m_clock);
        if (recheckFor.isEmpty()) {
            m_repository->recordAttempts(attempts, now);
        } else {
            const QStringList leftOut = m_repository->recordAttemptsStillHeld(attempts, recheckFor, now);
            if (!leftOut.isEmpty())
                qCWarning(lcRecorder) << leftOut.size()
                                      << "finished attempt(s) not recorded: their deliveries were taken over by "
                                         "another worker while the database was unavailable:"
                                      << leftOut.join(QLatin1Char(' '));
        }
    } catch (const Error &failure) {
        error = failure.message();
        // Tried again while the database is away: the same failure is said once.
        if (error != m_lastError)
            qCWarning(lcRecorder) << attempts.size() << "finished attempt(s) not recorded:" << error;
    }
    m_lastError = error;
    emit recorded(batch, error);
}

void DeliveryRecorder::close()
{
    m_repository.reset();
}

} // namespace garagereg
