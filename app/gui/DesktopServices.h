#pragma once

#include "adapters/erp/ErpAdapterRegistry.h"
#include "adapters/http/WebhookSender.h"
#include "adapters/http/WebhookSenderPool.h"
#include "app/services/DeliveryEngine.h"
#include "app/services/ErpSyncEngine.h"
#include "app/services/InventoryEvents.h"
#include "app/services/SyncScheduler.h"
#include "app/services/WebhookEventService.h"
#include "app/services/WorkerLock.h"
#include "models/common/Clock.h"
#include "ui/BackgroundReads.h"
#include "ui/GuiServices.h"
#include "ui/LiveUpdates.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace garagereg {

class Database;
class SecretStore;

// The desktop application's composition root: the core services it runs,
// wired the same way as the headless worker. Deliveries go out from here only
// when no other worker delivers from the same SQLite file.
class DesktopServices
{
    Q_DECLARE_TR_FUNCTIONS(DesktopServices)

public:
    DesktopServices(const Database &database, SecretStore &secrets);
    ~DesktopServices();

    GuiServices &services() { return m_services; }
    // Starts deliveries (when this process may deliver) and scheduled syncs.
    void start();
    // One line for the status bar about who delivers.
    QString deliveryStatus() const;

private:
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    OutboundGuard m_guard;
    WebhookSender m_localSender;
    WebhookEventService m_events;
    WorkerLock::Result m_lock;
    WebhookSenderPool m_sender; // m_localSender and, when this process delivers, more threads
    DeliveryEngine m_engine;
    ErpAdapterRegistry m_registry;
    WebhookInventoryEvents m_inventory;
    ErpSyncEngine m_sync;
    SyncScheduler m_scheduler;
    LiveUpdates m_liveUpdates;
    BackgroundReads m_backgroundReads; // large reads off the UI thread
    GuiServices m_services;
};

} // namespace garagereg
