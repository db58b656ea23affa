#include "app/services/SyncScheduler.h"

#include "app/services/ErpSyncEngine.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/domain/Integration.h"
#include "models/storage/ErpSyncRepository.h"
#include "models/storage/IntegrationRepository.h"

#include <QPointer>

namespace garagereg {

SyncScheduler::SyncScheduler(const Database &database, ErpSyncEngine &engine, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_engine(engine)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::check);
}

void SyncScheduler::start()
{
    m_active = true;
    check();
}

void SyncScheduler::stop()
{
    m_active = false;
    m_timer.stop();
}

void SyncScheduler::check()
{
    if (!m_active)
        return;
    const QDateTime now = m_clock.now();
    QDateTime nextDue;
    try {
        const ErpSyncRepository logs(m_database, m_clock);
        for (const Integration &integration : IntegrationRepository(m_database, m_clock).list()) {
            const int minutes = integration.settings.value(QLatin1String("sync_interval_minutes")).toInt();
            if (integration.type != IntegrationType::Erp || !integration.active || minutes <= 0
                || m_running.contains(integration.id))
                continue;
            const QList<SyncLog> last = logs.logs(integration.id, 1);
            const QDateTime due = last.isEmpty() ? now : last.first().startedAt.addSecs(minutes * 60LL);
            if (due > now) {
                if (!nextDue.isValid() || due < nextDue)
                    nextDue = due;
                continue;
            }
            m_running.insert(integration.id);
            emit syncStarted(integration.id);
            SyncRequest request;
            request.integrationId = integration.id;
            request.direction = SyncDirection::Bidirectional;
            request.triggeredBy = QStringLiteral("schedule");
            const qint64 id = integration.id;
            m_engine.run(request).then(this, [this, id](const SyncOutcome &outcome) {
                m_running.remove(id);
                if (!outcome.error.isEmpty())
                    emit problem(tr("Scheduled sync of integration %1: %2").arg(id).arg(outcome.error));
                emit syncFinished(id);
                check();
            });
        }
    } catch (const Error &error) {
        emit problem(error.message());
        nextDue = now.addSecs(60);
    }
    if (nextDue.isValid())
        m_timer.start(std::chrono::milliseconds(std::clamp<qint64>(now.msecsTo(nextDue), 0, 24 * 3600 * 1000)));
}

} // namespace garagereg
