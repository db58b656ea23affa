#include "ui/LiveUpdates.h"

#include "app/services/DeliveryEngine.h"
#include "app/services/WebhookEventService.h"
#include "models/storage/DatabaseChangeWatcher.h"

namespace garagereg {

LiveUpdates::LiveUpdates(const Database &database, WebhookEventService &events, DeliveryEngine *engine, QObject *parent)
    : QObject(parent)
    , m_watcher(std::make_unique<DatabaseChangeWatcher>(database))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &LiveUpdates::changed);
    // The poll only covers writers that neither notify nor touch a watched file.
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &LiveUpdates::poke);
    m_poll.start();

    connect(m_watcher.get(), &DatabaseChangeWatcher::changed, this, &LiveUpdates::poke);
    connect(&events, &WebhookEventService::deliveriesQueued, this, &LiveUpdates::poke);
    if (engine)
        connect(engine, &DeliveryEngine::attemptFinished, this, &LiveUpdates::poke);
}

LiveUpdates::~LiveUpdates() = default;

void LiveUpdates::poke()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

} // namespace garagereg
