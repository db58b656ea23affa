#include "app/gui/DesktopServices.h"

#include "models/storage/Database.h"
#include "models/storage/OutboundPolicyRepository.h"

namespace garagereg {

namespace {

DeliveryEngineOptions engineOptions(const WorkerLock::Result &lock)
{
    DeliveryEngineOptions options;
    options.soleWorker = lock.lock != nullptr; // SQLite: leases left by a crash are this process's to give back
    return options;
}

} // namespace

DesktopServices::DesktopServices(const Database &database, SecretStore &secrets)
    : m_guard(OutboundPolicyRepository::loader(database))
    , m_localSender(m_network, m_clock)
    , m_events(database, m_clock)
    , m_lock(WorkerLock::acquire(database))
    , m_sender(m_localSender, m_clock, m_lock.held ? WebhookSenderPool::defaultLanes() - 1 : 0,
               [&database] { return std::make_unique<OutboundGuard>(OutboundPolicyRepository::loader(database)); })
    , m_engine(database, secrets, m_sender, m_clock, engineOptions(m_lock))
    , m_registry(ErpAdapterRegistry::withBuiltInProviders())
    , m_inventory(m_events)
    , m_sync(database, secrets, m_network, m_clock, m_registry, &m_inventory)
    , m_scheduler(database, m_sync, m_clock)
    , m_liveUpdates(database, m_events, m_lock.held ? &m_engine : nullptr)
    , m_services{database, secrets,        m_clock,           m_network, m_events, m_lock.held ? &m_engine : nullptr,
                 &m_sync,  &m_liveUpdates, &m_backgroundReads}
{
    m_localSender.setOutboundGuard(&m_guard);
    m_sync.setOutboundGuard(&m_guard);
    if (m_lock.held)
        QObject::connect(&m_events, &WebhookEventService::deliveriesQueued, &m_engine, &DeliveryEngine::wake);
}

DesktopServices::~DesktopServices()
{
    m_scheduler.stop();
}

void DesktopServices::start()
{
    if (m_lock.held)
        m_engine.start();
    m_scheduler.start();
}

QString DesktopServices::deliveryStatus() const
{
    return m_lock.held ? tr("Webhooks are delivered by this application.")
                       : tr("Webhooks are delivered by another worker.");
}

} // namespace garagereg
